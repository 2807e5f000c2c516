import { COURTS, LAWYERS } from '../pools.ts';
import type { Ctx, Template } from '../template.ts';
import {
  addDays,
  address,
  addressFormal,
  birthLine,
  bsnLine,
  clientLine,
  fmtDate,
  kenmerk,
  money,
  one,
  paginate,
  paras,
  salutation,
  sloppy,
} from '../template.ts';

/** What a client objects to or appeals against: a municipal decision. */
function decisionAbout(c: Ctx): { what: string; short: string } {
  return c.rng.pick([
    { what: 'de afwijzing van mijn aanvraag voor een bijstandsuitkering', short: 'afwijzing bijstand' },
    { what: `de terugvordering van ${money(c.rng.amount(400, 9000), { euro: true })} aan bijstand`, short: 'terugvordering' },
    { what: 'de verlaging van mijn uitkering met 100% gedurende een maand', short: 'maatregel' },
    { what: 'de afwijzing van de energietoeslag', short: 'energietoeslag' },
    { what: 'de afwijzing van mijn aanvraag bijzondere bijstand voor een wasmachine', short: 'bijzondere bijstand' },
    { what: 'de toepassing van de kostendelersnorm', short: 'kostendelersnorm' },
    { what: 'de beëindiging van mijn uitkering', short: 'beëindiging uitkering' },
    { what: `de boete van ${money(c.rng.amount(150, 2500), { euro: true })} wegens schending van de inlichtingenplicht`, short: 'boete' },
    { what: 'de afwijzing van de individuele inkomenstoeslag', short: 'individuele inkomenstoeslag' },
  ]);
}

const senderHead = (c: Ctx) => [...address(c.p), ...clientLine(c), ...bsnLine(c), ...birthLine(c)];
const toMunicipality = (c: Ctx, team = 'Team Bezwaar en Beroep') => [c.org.name, `t.a.v. ${team}`, c.org.postbus];

const formalObjection: Template = {
  id: 'objection.client-typed',
  type: 'objection',
  lang: 'nl',
  style: 'printed',
  weight: 2,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const d = decisionAbout(c);
    const bd = addDays(c.date, -rng.int(5, 40));
    return [
      [
        ...senderHead(c),
        '',
        ...toMunicipality(
          c,
          rng.pick(['Team Bezwaar en Beroep', 'de afdeling Juridische Zaken', 'het college van burgemeester en wethouders']),
        ),
        '',
        `${c.p.city}, ${fmtDate(c.date, 'long')}`,
        '',
        `Betreft: ${rng.pick(['bezwaarschrift', 'bezwaar tegen besluit', 'Bezwaar'])} ${d.short}`,
        `Uw kenmerk: ${kenmerk(rng)}`,
        '',
        'Geacht college,',
        '',
        ...paras(
          86,
          `Hierbij maak ik bezwaar tegen uw besluit van ${fmtDate(bd, 'long')} over ${d.what}. Een kopie van het besluit voeg ik bij.`,
          one(
            rng,
            'Ik ben het niet eens met dit besluit, omdat u geen rekening heeft gehouden met mijn persoonlijke situatie. Ik heb alle gevraagde stukken op tijd ingeleverd.',
            'Het besluit is naar mijn mening onjuist. De inkomsten die u noemt heb ik niet gehad; het ging om een lening van mijn broer die ik moet terugbetalen.',
            'U stelt dat ik de inlichtingenplicht heb geschonden. Dat is niet waar: ik heb de wijziging telefonisch doorgegeven aan mijn consulent.',
          ),
          'Ik verzoek u het besluit te herroepen. Ook wil ik graag gehoord worden over mijn bezwaar.',
        ),
        '',
        'Met vriendelijke groet,',
        '',
        c.p.name,
        'Bijlage: kopie besluit',
      ],
    ];
  },
};

const informalObjection: Template = {
  id: 'objection.client-handwritten',
  type: 'objection',
  lang: 'nl',
  style: 'handwritten',
  weight: 1.5,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const d = decisionAbout(c);
    const body = one(
      rng,
      `Ik ben het er niet mee eens. Jullie brief over ${d.what} klopt niet. Ik heb altijd alles doorgegeven en nu krijg ik dit. Ik wil bezwaar maken.`,
      `Ik maak bezwaar tegen jullie besluit. Ik kan niet leven zonder geld, ik heb kinderen. Het is niet eerlijk. Ik heb de papieren wel ingeleverd bij de balie.`,
      `Hierbij teken ik bezwaar aan tegen ${d.what}. Mijn consulent heeft mij niet goed uitgelegd wat ik moest doen. Ik wil dat u het opnieuw bekijkt.`,
      `Ik wil in bezwaar gaan tegen de brief die ik kreeg op ${fmtDate(addDays(c.date, -rng.int(3, 30)))}. Het bedrag wat ik moet terugbetalen is veel te hoog.`,
    );
    return [
      [
        c.p.name,
        `${c.p.street} ${c.p.houseNumber}`,
        `${c.p.postcode} ${c.p.city}`,
        ...clientLine(c),
        ...bsnLine(c),
        ...birthLine(c),
        '',
        `Aan de ${c.org.name.toLowerCase()}`,
        '',
        fmtDate(c.date),
        '',
        rng.pick(['bezwaar', 'Betreft: bezwaar', 'BEZWAAR', 'Onderwerp: bezwaar maken']),
        '',
        rng.pick(['Geachte heer, mevrouw', 'Beste mensen,', 'Geachte gemeente,']),
        '',
        ...paras(64, sloppy(body, rng, 0.4 + rng.next() * 0.6)),
        '',
        rng.pick(['Met vriendelijke groet', 'groeten', 'Hoogachtend']),
        c.p.name,
      ],
    ];
  },
};

const lawyerProForma: Template = {
  id: 'objection.lawyer-pro-forma',
  type: 'objection',
  lang: 'nl',
  style: 'printed',
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const d = decisionAbout(c);
    const firm = rng.pick(LAWYERS);
    return [
      [
        firm,
        `${rng.pick(['Stationsplein', 'Herengracht', 'Kerkplein'])} ${rng.int(1, 120)}, ${rng.pick(['Utrecht', 'Arnhem', 'Rotterdam', 'Den Bosch'])}`,
        `T 0${rng.digits(2)}-${rng.digits(7)}  |  Stichting Derdengelden`,
        '',
        `Per aangetekende post en per fax`,
        ...toMunicipality(c),
        '',
        `Datum: ${fmtDate(c.date, 'long')}`,
        `Onze referentie: ${rng.digits(4)}/${rng.letters(2)}`,
        `Inzake: ${c.p.gender === 'f' ? 'mevrouw' : 'de heer'} ${c.p.initials} ${c.p.lastName} / ${c.org.name}`,
        ...bsnLine(c),
        ...clientLine(c),
        ...birthLine(c),
        '',
        'Geacht college,',
        '',
        ...paras(
          86,
          `Namens mijn cliënt${c.p.gender === 'f' ? 'e' : ''}, ${c.p.initials} ${c.p.lastName}, wonende te ${c.p.city}, teken ik hierbij pro forma bezwaar aan tegen uw besluit van ${fmtDate(addDays(c.date, -rng.int(10, 40)), 'long')} inzake ${d.what}.`,
          'De gronden van het bezwaar zullen nader worden aangevoerd. Ik verzoek u mij daartoe een redelijke termijn te gunnen van ten minste vier weken en mij de op de zaak betrekking hebbende stukken toe te zenden.',
          'Tevens verzoek ik u cliënt in de gelegenheid te stellen te worden gehoord en de proceskosten ex artikel 7:15 Awb te vergoeden.',
        ),
        '',
        'Hoogachtend,',
        '',
        `mr. ${c.r.initials} ${c.r.lastName}`,
        'advocaat',
      ],
    ];
  },
};

const groundsSupplement: Template = {
  id: 'objection.aanvulling-gronden',
  type: 'objection',
  lang: 'nl',
  style: 'printed',
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const d = decisionAbout(c);
    const body = [
      ...paras(
        88,
        `Bij brief van ${fmtDate(addDays(c.date, -rng.int(20, 50)), 'long')} is namens belanghebbende pro forma bezwaar gemaakt tegen het besluit inzake ${d.what}. Hierbij treft u de gronden van het bezwaar aan.`,
        '1. Feiten. Belanghebbende ontvangt sinds enkele jaren een uitkering op grond van de Participatiewet. Zij heeft steeds aan haar verplichtingen voldaan.',
        '2. Schending zorgvuldigheidsbeginsel (artikel 3:2 Awb). Het college heeft onvoldoende onderzoek gedaan naar de feitelijke woonsituatie. Het rapport van de sociale recherche berust op één waarneming.',
        '3. Motiveringsbeginsel (artikel 7:12 Awb). Het besluit is onvoldoende gemotiveerd. Niet is ingegaan op de verklaring van belanghebbende.',
        '4. Dringende redenen. Er zijn dringende redenen om van terugvordering af te zien, gelet op de schulden en de gezondheid van belanghebbende.',
        'Gelet op het voorgaande verzoek ik u het bezwaar gegrond te verklaren, het bestreden besluit te herroepen en de kosten van rechtsbijstand te vergoeden.',
      ),
    ];
    return paginate(
      body,
      16,
      (p, n) =>
        p === 1
          ? [
              rng.pick(LAWYERS),
              ...toMunicipality(c),
              '',
              `${rng.pick(['Utrecht', 'Arnhem', 'Breda'])}, ${fmtDate(c.date, 'long')}`,
              `Betreft: aanvulling gronden bezwaar ${c.p.initials} ${c.p.lastName}`,
              ...bsnLine(c),
              ...clientLine(c),
              ...birthLine(c),
              `Uw kenmerk: ${kenmerk(rng, 'BZ')}`,
              '',
              'Geacht college,',
              '',
            ]
          : [`Vervolg aanvulling gronden - blad ${p} van ${n}`, ''],
      (p, n) => (p === n ? ['', 'Hoogachtend,', `mr. ${c.r.initials} ${c.r.lastName}`] : []),
    );
  },
};

const juridischLoket: Template = {
  id: 'objection.sociaal-raadslid',
  type: 'objection',
  lang: 'nl',
  style: 'printed',
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const d = decisionAbout(c);
    return [
      [
        rng.pick([
          'Sociaal Raadslieden Voorbeeld',
          'MEE Sociaal Juridisch Team',
          'Stichting Rechtswinkel Voorbeeld',
          'Sociaal Wijkteam - Sociaal raadslid',
        ]),
        '',
        ...toMunicipality(c),
        '',
        fmtDate(c.date, 'long'),
        `Onderwerp: bezwaar namens ${c.p.name}`,
        ...bsnLine(c),
        ...clientLine(c),
        ...birthLine(c),
        '',
        'Geachte heer/mevrouw,',
        '',
        ...paras(
          86,
          `Als sociaal raadslid sta ik ${c.p.gender === 'f' ? 'mevrouw' : 'de heer'} ${c.p.lastName} bij. Namens ${c.p.gender === 'f' ? 'haar' : 'hem'} maak ik bezwaar tegen ${d.what}. Een machtiging is bijgevoegd.`,
          'Cliënt heeft een laag inkomen en kan de gevolgen van dit besluit niet dragen. Wij vragen u het besluit te heroverwegen en in de tussentijd af te zien van invordering.',
          'Graag ontvang ik een ontvangstbevestiging van dit bezwaarschrift.',
        ),
        '',
        'Met vriendelijke groet,',
        `${c.r.name}, sociaal raadslid`,
        'Bijlagen: machtiging, kopie besluit',
      ],
    ];
  },
};

const objectionForm: Template = {
  id: 'objection.bezwaarformulier',
  type: 'objection',
  lang: 'nl',
  style: 'form',
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const d = decisionAbout(c);
    return [
      [
        `${c.org.name}`,
        'Formulier bezwaar maken',
        'Gebruik dit formulier als u het niet eens bent met een besluit van de gemeente. Stuur het besluit mee.',
        '',
        'Uw gegevens',
        `Naam: ${c.p.name}`,
        `Adres: ${c.p.street} ${c.p.houseNumber}, ${c.p.postcode} ${c.p.city}`,
        ...bsnLine(c),
        ...clientLine(c),
        ...birthLine(c),
        `Telefoon: ${c.p.phone}`,
        '',
        'Tegen welk besluit maakt u bezwaar?',
        `Datum besluit: ${fmtDate(addDays(c.date, -rng.int(5, 40)))}   Kenmerk: ${kenmerk(rng)}`,
        `Onderwerp: ${d.short}`,
        '',
        'Waarom bent u het niet eens met het besluit?',
        sloppy(
          one(
            rng,
            'Ik heb wel recht op de uitkering want ik woon alleen.',
            'Het bedrag is te hoog, ik kan dit niet betalen.',
            'Mijn situatie is anders dan u denkt.',
          ),
          rng,
          0.4,
        ),
        '',
        `Wilt u worden gehoord?  [${rng.chance(0.7) ? 'X' : ' '}] ja  [ ] nee`,
        `Datum: ${fmtDate(c.date)}   Handtekening: ${c.p.initials} ${c.p.lastName}`,
      ],
    ];
  },
};

const englishObjection: Template = {
  id: 'objection.english',
  type: 'objection',
  lang: 'en',
  style: 'printed',
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    return [
      [
        ...address(c.p),
        ...clientLine(c, 'en'),
        ...bsnLine(c, 'en'),
        ...birthLine(c, 'en'),
        '',
        `To the Municipal Executive of ${c.org.name}`,
        `Date: ${fmtDate(c.date, 'en')}`,
        `Subject: Notice of objection (bezwaarschrift) against decision of ${fmtDate(addDays(c.date, -rng.int(5, 40)), 'en')}`,
        '',
        'Dear Sir or Madam,',
        '',
        ...paras(
          86,
          `I hereby object to your decision regarding ${rng.pick(['the rejection of my application for social assistance', 'the recovery of benefits paid to me', 'the reduction of my benefit', 'the energy allowance'])}.`,
          'I do not agree with the decision because the information it is based on is not correct. I reported all changes in my situation on time, and I can provide proof of this.',
          'I kindly ask you to reconsider the decision and to invite me for a hearing. If possible, I would like an interpreter to be present.',
        ),
        '',
        'Yours faithfully,',
        c.p.name,
      ],
    ];
  },
};

const emailObjection: Template = {
  id: 'objection.email-print',
  type: 'objection',
  lang: 'nl',
  style: 'printed',
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const d = decisionAbout(c);
    return [
      [
        `Van: ${c.p.name} <${c.p.email}>`,
        `Aan: bezwaar@${c.org.city.toLowerCase()}.nl`,
        `Verzonden: ${fmtDate(c.date, 'weekday')} ${rng.int(7, 23)}:${rng.digits(2)}`,
        `Onderwerp: ${rng.pick(['Bezwaar', 'bezwaar tegen besluit', 'RE: uw besluit', 'Bezwaarschrift'])}`,
        '',
        'Geachte heer/mevrouw,',
        '',
        ...paras(
          80,
          sloppy(
            `Via deze mail maak ik bezwaar tegen ${d.what}. Ik heb de brief gisteren ontvangen. Ik vind het besluit niet terecht want ik heb alles eerlijk gemeld.`,
            rng,
            rng.next() * 0.5,
          ),
          ...clientLine(c),
          ...bsnLine(c),
          ...birthLine(c),
          'Kunt u mij laten weten dat u mijn bezwaar heeft ontvangen?',
        ),
        '',
        'Met vriendelijke groet,',
        c.p.name,
        c.p.phone,
      ],
    ];
  },
};

const energyObjection: Template = {
  id: 'objection.energietoeslag-standaardbrief',
  type: 'objection',
  lang: 'nl',
  style: 'printed',
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    return [
      [
        'BEZWAARSCHRIFT ENERGIETOESLAG',
        '(voorbeeldbrief van de Bond van Huurders / Juridisch Loket)',
        '',
        `Naam: ${c.p.name}`,
        `Adres: ${c.p.street} ${c.p.houseNumber}, ${c.p.postcode} ${c.p.city}`,
        ...bsnLine(c),
        ...clientLine(c),
        ...birthLine(c),
        '',
        `Aan: het college van B&W van ${c.org.name}`,
        `Datum: ${fmtDate(c.date)}`,
        '',
        ...paras(
          86,
          `Ik maak bezwaar tegen het besluit van ${fmtDate(addDays(c.date, -rng.int(5, 40)))} waarin mijn aanvraag voor de energietoeslag ${rng.int(2023, 2026)} is afgewezen.`,
          'Mijn inkomen ligt onder de 120% van het sociaal minimum. Ik voldoe daarom aan de voorwaarden. Ik vraag u de energietoeslag alsnog toe te kennen.',
          'Ik wil graag worden gehoord.',
        ),
        '',
        `Handtekening: ${c.p.name}`,
      ],
    ];
  },
};

// ---------------------------------------------------------------------------------------------
// Complaints

const complaintForm: Template = {
  id: 'complaint.klachtformulier',
  type: 'complaint',
  lang: 'nl',
  style: 'form',
  weight: 1.5,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    return [
      [
        c.org.name,
        'Klachtenformulier',
        'Bent u niet tevreden over hoe een medewerker van de gemeente u heeft behandeld? Dan kunt u een klacht indienen.',
        '',
        `Naam: ${c.p.name}`,
        `Adres: ${c.p.street} ${c.p.houseNumber}, ${c.p.postcode} ${c.p.city}`,
        ...clientLine(c),
        ...bsnLine(c),
        ...birthLine(c),
        `Telefoon: ${c.p.phone}   E-mail: ${c.p.email}`,
        '',
        'Over welke afdeling of medewerker gaat uw klacht?',
        rng.pick(['Werk en Inkomen, mijn consulent', 'de balie in het stadhuis', 'Team Inkomen', 'de klantmanager']),
        '',
        'Wat is er gebeurd? (datum, tijd, wat)',
        sloppy(
          one(
            rng,
            `Op ${fmtDate(addDays(c.date, -rng.int(2, 30)))} had ik een afspraak maar niemand kwam. Ik heb een uur gewacht.`,
            'Ik bel al 3 weken maar mijn consulent belt nooit terug. Ik heb 5 keer een terugbelverzoek gedaan.',
            'De medewerker aan de balie was onbeschoft en schreeuwde tegen mij waar andere mensen bij waren.',
            'Mijn papieren zijn kwijtgeraakt terwijl ik ze zelf heb ingeleverd. Nu krijg ik een boete.',
          ),
          rng,
          0.3,
        ),
        '',
        'Wat wilt u dat de gemeente doet?',
        rng.pick(['excuses en een gesprek', 'dat mijn consulent mij terugbelt', 'een andere consulent', 'dat dit niet meer gebeurt']),
        '',
        `Datum: ${fmtDate(c.date)}   Handtekening: ____`,
      ],
    ];
  },
};

const complaintAngry: Template = {
  id: 'complaint.client-letter',
  type: 'complaint',
  lang: 'nl',
  style: 'handwritten',
  weight: 1.5,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const body = one(
      rng,
      'Ik wil een klacht indienen over mijn consulent. Ik kan hem nooit bereiken en hij reageert niet op mijn mails. Al mijn vragen blijven liggen. Zo kan ik niet verder.',
      'Ik ben heel ontevreden over hoe ik word behandeld. Ik heb mijn loonstroken drie keer ingeleverd en toch zegt de gemeente dat ze niks hebben ontvangen. Dit is de zoveelste keer.',
      'Hierbij dien ik een klacht in. Ik wacht al 10 weken op een beslissing op mijn aanvraag. Niemand kan mij vertellen hoe lang het nog duurt. Ik heb geen geld voor eten.',
      'Ik voel me niet serieus genomen. Bij het gesprek werd er over mij gepraat alsof ik er niet bij was. Ik wil dat iemand hier naar kijkt.',
    );
    return [
      [
        ...address(c.p),
        ...clientLine(c),
        ...bsnLine(c),
        ...birthLine(c),
        '',
        `Aan ${c.org.name}`,
        rng.pick(['t.a.v. klachtencoordinator', 'Afdeling klachten', 'Werk en inkomen']),
        '',
        fmtDate(c.date, rng.pick(['dmy', 'long'] as const)),
        '',
        rng.pick(['Betreft: klacht', 'KLACHT', 'Onderwerp: klacht over behandeling']),
        '',
        rng.pick(['Geachte heer/mevrouw,', 'Beste,', 'Aan wie het aangaat,']),
        '',
        ...paras(66, sloppy(body, rng, 0.3 + rng.next() * 0.7)),
        '',
        rng.pick(['Met vriendelijke groet', 'groet', 'Ik hoop op een snel antwoord.']),
        c.p.name,
      ],
    ];
  },
};

const complaintEmail: Template = {
  id: 'complaint.email-print',
  type: 'complaint',
  lang: 'nl',
  style: 'printed',
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    return [
      [
        `From: ${c.p.email}`,
        `To: klachten@${c.org.city.toLowerCase()}.nl`,
        `Date: ${fmtDate(c.date, 'slash')} ${rng.int(7, 23)}:${rng.digits(2)}`,
        `Subject: ${rng.pick(['Klacht', 'klacht over consulent', 'Klacht over behandeling aan de balie', 'Fw: geen reactie (klacht)'])}`,
        '',
        ...paras(
          80,
          sloppy(
            `Goedemiddag, ik wil een klacht indienen. ${one(rng, 'Sinds maanden krijg ik geen antwoord van Werk en Inkomen.', 'Mijn uitkering is te laat betaald en niemand neemt op.', 'Bij het loket werd ik weggestuurd zonder uitleg.')} Dit is niet normaal voor een gemeente.`,
            rng,
            rng.next() * 0.6,
          ),
          ...clientLine(c),
          ...bsnLine(c),
          ...birthLine(c),
          `Graag een reactie. ${c.p.name}, tel ${c.p.phone}`,
        ),
      ],
    ];
  },
};

const complaintEnglish: Template = {
  id: 'complaint.english',
  type: 'complaint',
  lang: 'en',
  style: 'printed',
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    return [
      [
        c.p.name,
        `${c.p.street} ${c.p.houseNumber}, ${c.p.postcode} ${c.p.city}`,
        ...clientLine(c, 'en'),
        ...bsnLine(c, 'en'),
        ...birthLine(c, 'en'),
        '',
        `${c.org.name} - Complaints officer`,
        fmtDate(c.date, 'en'),
        '',
        'Subject: Formal complaint',
        '',
        'Dear Sir or Madam,',
        '',
        ...paras(
          86,
          `I would like to file a complaint about the way I have been treated by ${rng.pick(['my case manager', 'the staff at the front desk', 'the Work and Income department'])}.`,
          rng.pick([
            'For more than six weeks I have tried to reach my consultant by phone and e-mail, but I never received an answer.',
            'During my appointment I was spoken to in Dutch only, although I asked for an explanation in English. I did not understand what was expected of me.',
            'The documents I handed in at the desk were lost, and now I am told my benefit will be stopped.',
          ]),
          'I expect an apology and a clear answer within the legal term for complaints.',
        ),
        '',
        'Kind regards,',
        c.p.name,
      ],
    ];
  },
};

const ombudsman: Template = {
  id: 'complaint.ombudsman-doorzending',
  type: 'complaint',
  lang: 'nl',
  style: 'printed',
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    return [
      [
        rng.pick(['De Nationale ombudsman', 'Gemeentelijke Ombudsman', 'Ombudsman Metropool']),
        'Postbus 93122, 2509 AC Den Haag',
        '',
        ...toMunicipality(c, 'de klachtcoördinator'),
        '',
        `Datum ${fmtDate(c.date, 'long')}`,
        `Ons kenmerk ${rng.int(2025, 2026)}.${rng.digits(5)}`,
        `Onderwerp doorzending klacht van ${c.p.gender === 'f' ? 'mevrouw' : 'de heer'} ${c.p.initials} ${c.p.lastName}`,
        ...bsnLine(c),
        ...clientLine(c),
        ...birthLine(c),
        '',
        'Geachte heer, mevrouw,',
        '',
        ...paras(
          86,
          `Wij hebben een klacht ontvangen van ${c.p.gender === 'f' ? 'mevrouw' : 'de heer'} ${c.p.lastName} over de gemeente. Volgens de wet moet een klacht eerst door de organisatie zelf worden behandeld. Daarom sturen wij de klacht naar u door.`,
          'De klacht gaat over het uitblijven van een reactie van de afdeling Werk en Inkomen en over de bereikbaarheid van de klantmanager.',
          'Wilt u de klacht behandelen volgens hoofdstuk 9 van de Algemene wet bestuursrecht? Als verzoeker daarna niet tevreden is, kan hij of zij zich opnieuw tot ons wenden.',
        ),
        '',
        'Met vriendelijke groet,',
        `${c.r.name}, medewerker intake`,
        'Bijlage: klachtbrief verzoeker',
      ],
    ];
  },
};

const complaintBuurtteam: Template = {
  id: 'complaint.namens-wijkteam',
  type: 'complaint',
  lang: 'nl',
  style: 'printed',
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    return [
      [
        rng.pick(['Buurtteam Oost', 'Wijkteam Centrum', 'Stichting Schuldhulpmaatje', 'Vluchtelingenwerk Voorbeeld']),
        '',
        `Aan: ${c.org.name}, klachtenbehandeling`,
        `Datum: ${fmtDate(c.date)}`,
        `Betreft: klacht namens ${c.p.name}`,
        ...bsnLine(c),
        ...clientLine(c),
        ...birthLine(c),
        '',
        ...paras(
          86,
          `Namens onze cliënt dien ik een klacht in over de gang van zaken bij Werk en Inkomen. ${rng.pick(['Cliënt heeft meerdere keren documenten ingeleverd die vervolgens zoek zijn geraakt.', 'Cliënt wordt al weken van het kastje naar de muur gestuurd.', 'Er is toegezegd dat cliënt zou worden teruggebeld, maar dat is niet gebeurd.'])}`,
          'Wij vragen om een gesprek met de leidinggevende en om een schriftelijke reactie op deze klacht.',
        ),
        '',
        'Met vriendelijke groet,',
        `${c.r.name}, ${rng.pick(['wijkwerker', 'maatschappelijk werker', 'vrijwilliger'])}`,
      ],
    ];
  },
};

const complaintShort: Template = {
  id: 'complaint.short-note',
  type: 'complaint',
  lang: 'nl',
  style: 'handwritten',
  weight: 0.7,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    return [
      [
        rng.pick(['KLACHT', 'Klacht!', 'Ik heb een klacht']),
        '',
        sloppy(
          rng.pick([
            'Ik wil een klacht indienen want niemand belt mij terug.',
            'ik wil klagen over de behandeling bij de balie vandaag.',
            'Klacht: al 2 maanden geen antwoord op mijn vraag over bijzondere bijstand.',
            'Mijn klantmanager is nooit bereikbaar. Ik wil een andere.',
          ]),
          rng,
          0.6,
        ),
        '',
        c.p.name,
        ...clientLine(c),
        ...bsnLine(c),
        ...birthLine(c),
        c.p.phone,
      ],
    ];
  },
};

const complaintDelay: Template = {
  id: 'complaint.wachttijd-brief',
  type: 'complaint',
  lang: 'nl',
  style: 'printed',
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    return [
      [
        ...address(c.p),
        ...clientLine(c),
        ...bsnLine(c),
        ...birthLine(c),
        '',
        ...toMunicipality(c, 'klachtenfunctionaris'),
        '',
        `${c.p.city}, ${fmtDate(c.date, 'long')}`,
        '',
        'Onderwerp: klacht over de behandelingsduur van mijn aanvraag',
        '',
        'Geachte klachtenfunctionaris,',
        '',
        ...paras(
          86,
          `Op ${fmtDate(addDays(c.date, -rng.int(60, 120)), 'long')} heb ik een aanvraag ingediend. De wettelijke termijn van acht weken is ruim verstreken, maar ik heb nog steeds geen beslissing ontvangen.`,
          'Ik heb meerdere malen gebeld met het algemene nummer. Elke keer kreeg ik te horen dat mijn consulent mij zou terugbellen. Dat is nooit gebeurd. Ik vind dit onbehoorlijk en dien daarom een klacht in.',
          'Ik verzoek u de klacht te behandelen en mij te laten weten wanneer ik een beslissing kan verwachten.',
        ),
        '',
        'Met vriendelijke groet,',
        c.p.name,
      ],
    ];
  },
};

// ---------------------------------------------------------------------------------------------
// Court documents

const zaaknummer = (c: Ctx, prefix = rng3(c)) => `${prefix} ${c.rng.int(24, 26)}/${c.rng.digits(4)}`;
function rng3(c: Ctx) {
  return c.rng.pick(['UTR', 'ARN', 'ROT', 'SGR', 'HAA', 'SHE', 'ZWO', 'BRE', 'AWB']);
}

const beroepschrift: Template = {
  id: 'court_document.beroepschrift',
  type: 'court_document',
  lang: 'nl',
  style: 'printed',
  weight: 1.5,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const court = rng.pick(COURTS);
    const body = paras(
      86,
      `Namens ${c.p.gender === 'f' ? 'mevrouw' : 'de heer'} ${c.p.initials} ${c.p.lastName}, wonende te ${c.p.city}, hierna: eiser${c.p.gender === 'f' ? 'es' : ''}, stel ik hierbij beroep in tegen de beslissing op bezwaar van het college van burgemeester en wethouders van ${c.org.name.replace('Gemeente ', '')} (verweerder) van ${fmtDate(addDays(c.date, -rng.int(10, 40)), 'long')}, kenmerk ${kenmerk(rng, 'BZ')}.`,
      'Een kopie van het bestreden besluit is bijgevoegd. De gronden van het beroep zullen binnen een door uw rechtbank te stellen termijn worden ingediend.',
      'Verzoek: eiser verzoekt de rechtbank het beroep gegrond te verklaren, het bestreden besluit te vernietigen en verweerder te veroordelen in de proceskosten, alsmede te bepalen dat verweerder het griffierecht vergoedt.',
    );
    return [
      [
        rng.pick(LAWYERS),
        '',
        `Aan de ${court}`,
        'Sector bestuursrecht',
        `Postbus ${rng.int(1000, 9999)}`,
        '',
        `Datum: ${fmtDate(c.date, 'long')}`,
        'BEROEPSCHRIFT',
        `inzake ${c.p.initials} ${c.p.lastName}`,
        ...bsnLine(c),
        ...clientLine(c),
        ...birthLine(c),
        'tegen het college van burgemeester en wethouders',
        '',
        'Edelachtbare,',
        '',
        ...body,
        '',
        'Hoogachtend,',
        `mr. ${c.r.initials} ${c.r.lastName}`,
      ],
    ];
  },
};

const uitspraak: Template = {
  id: 'court_document.uitspraak-rechtbank',
  type: 'court_document',
  lang: 'nl',
  style: 'printed',
  weight: 1.5,
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const court = rng.pick(COURTS);
    const zn = zaaknummer(c);
    const eiser = `${c.p.name}, te ${c.p.city}, eiser${c.p.gender === 'f' ? 'es' : ''}`;
    const body = paras(
      90,
      'Procesverloop',
      `Bij besluit van ${fmtDate(addDays(c.date, -rng.int(200, 400)), 'long')} (het primaire besluit) heeft verweerder de bijstand van eiser ingetrokken en teruggevorderd. Bij besluit van ${fmtDate(addDays(c.date, -rng.int(100, 199)), 'long')} (het bestreden besluit) heeft verweerder het bezwaar van eiser ongegrond verklaard. Eiser heeft tegen het bestreden besluit beroep ingesteld. Verweerder heeft een verweerschrift ingediend.`,
      `Het onderzoek ter zitting heeft plaatsgevonden op ${fmtDate(addDays(c.date, -rng.int(14, 60)), 'long')}. Eiser is verschenen, bijgestaan door zijn gemachtigde. Verweerder heeft zich laten vertegenwoordigen door ${c.r.initials} ${c.r.lastName}.`,
      'Overwegingen',
      '1. De rechtbank stelt vast dat verweerder aan het besluit ten grondslag heeft gelegd dat eiser zijn woonadres niet juist heeft opgegeven. Op grond van artikel 17, eerste lid, van de Participatiewet doet de belanghebbende aan het college onverwijld mededeling van alle feiten en omstandigheden waarvan hem redelijkerwijs duidelijk moet zijn dat deze van invloed kunnen zijn op het recht op bijstand.',
      '2. Naar het oordeel van de rechtbank heeft verweerder onvoldoende onderbouwd dat eiser feitelijk op een ander adres verbleef. Het waarnemingsrapport bevat slechts twee waarnemingen. De rechtbank komt tot de conclusie dat het bestreden besluit niet berust op een deugdelijke grondslag.',
      '3. Het beroep is daarom gegrond. De rechtbank vernietigt het bestreden besluit wegens strijd met artikel 7:12 van de Algemene wet bestuursrecht.',
      'Beslissing',
      'De rechtbank: verklaart het beroep gegrond; vernietigt het bestreden besluit; draagt verweerder op binnen zes weken na de dag van verzending van deze uitspraak een nieuw besluit op het bezwaar te nemen; draagt verweerder op het betaalde griffierecht van € 50,00 aan eiser te vergoeden; veroordeelt verweerder in de proceskosten tot een bedrag van € 1.814,00.',
      `Deze uitspraak is gedaan door mr. ${c.r.initials} ${c.r.lastName}, rechter, in aanwezigheid van ${rng.pick(['mr. A. Bos', 'mr. K. Smit', 'mr. L. de Wit'])}, griffier. De uitspraak is uitgesproken in het openbaar op ${fmtDate(c.date, 'long')}.`,
      'Rechtsmiddel: tegen deze uitspraak kunnen partijen binnen zes weken na de dag van verzending hoger beroep instellen bij de Centrale Raad van Beroep.',
    );
    return paginate(body, 20, (p) =>
      p === 1
        ? [
            court.toUpperCase(),
            'Bestuursrecht',
            `zaaknummer: ${zn}`,
            '',
            `uitspraak van de enkelvoudige kamer van ${fmtDate(c.date, 'long')} in de zaak tussen`,
            eiser,
            ...bsnLine(c),
            ...birthLine(c),
            `(gemachtigde: ${rng.pick(LAWYERS)}),`,
            'en',
            `het college van burgemeester en wethouders van ${c.org.name.replace('Gemeente ', '')}, verweerder.`,
            '',
          ]
        : [`zaaknummer: ${zn}`, `blad ${p}`, ''],
    );
  },
};

const crvb: Template = {
  id: 'court_document.crvb-uitspraak',
  type: 'court_document',
  lang: 'nl',
  style: 'printed',
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const zn = `${rng.int(22, 25)}/${rng.digits(4)} PW`;
    const body = paras(
      90,
      'PROCESVERLOOP',
      `Namens appellant heeft mr. ${c.r.initials} ${c.r.lastName}, advocaat, hoger beroep ingesteld tegen de uitspraak van de ${rng.pick(COURTS)} van ${fmtDate(addDays(c.date, -rng.int(300, 500)), 'long')}.`,
      'Het college heeft een verweerschrift ingediend. Het onderzoek ter zitting heeft plaatsgevonden. Appellant is verschenen. Het college heeft zich laten vertegenwoordigen.',
      'OVERWEGINGEN',
      '1.1. Appellant ontving bijstand naar de norm voor een alleenstaande. Naar aanleiding van een melding heeft een handhavingsspecialist onderzoek gedaan naar de woon- en leefsituatie van appellant.',
      '1.2. Het college heeft de bijstand met ingang van de datum van de melding ingetrokken en de over de periode daarvoor gemaakte kosten van bijstand teruggevorderd.',
      '2. De rechtbank heeft het beroep ongegrond verklaard.',
      '3. De Raad komt tot de volgende beoordeling. Het hoger beroep slaagt niet. De rechtbank heeft terecht geoordeeld dat appellant de op hem rustende inlichtingenverplichting heeft geschonden.',
      'BESLISSING',
      'De Centrale Raad van Beroep bevestigt de aangevallen uitspraak.',
      `Deze uitspraak is gedaan door ${rng.pick(['E.C.G. Okhuizen', 'M. Hillen', 'J.S. van der Kolk'])} als voorzitter en ${rng.pick(['B. Fortuin', 'G.M.G. Hink'])} en ${rng.pick(['S.B. Smit-Colenbrander', 'A.M. Overbeeke'])} als leden, in tegenwoordigheid van de griffier. De beslissing is uitgesproken in het openbaar op ${fmtDate(c.date, 'long')}.`,
    );
    return paginate(body, 20, (p, n) =>
      p === 1
        ? [
            'CENTRALE RAAD VAN BEROEP',
            `${zn}`,
            `Datum uitspraak: ${fmtDate(c.date, 'long')}`,
            '',
            `Uitspraak op het hoger beroep tegen de uitspraak van de rechtbank`,
            'Partijen:',
            `${c.p.name} te ${c.p.city} (appellant)`,
            ...bsnLine(c),
            ...birthLine(c),
            `het college van burgemeester en wethouders van ${c.org.name.replace('Gemeente ', '')} (college)`,
            '',
          ]
        : [`${zn}`, `${p} / ${n}`, ''],
    );
  },
};

const griffieBrief: Template = {
  id: 'court_document.griffie-brief',
  type: 'court_document',
  lang: 'nl',
  style: 'printed',
  weight: 1.2,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const court = rng.pick(COURTS);
    const zn = zaaknummer(c);
    const kind = rng.int(0, 2);
    return [
      [
        court,
        'Team bestuursrecht',
        `Bezoekadres ${rng.pick(['Wilhelminasingel 5', 'Vrijthof 9', 'Kalverstraat 2', 'Paleisstraat 3'])}`,
        '',
        ...addressFormal(c.p, rng),
        '',
        `datum ${fmtDate(c.date, 'long')}`,
        `zaaknummer ${zn}`,
        `onderwerp ${['ontvangstbevestiging beroepschrift', 'griffierecht', 'uitnodiging zitting'][kind]}`,
        ...bsnLine(c),
        ...clientLine(c),
        ...birthLine(c),
        '',
        salutation(c.p, rng),
        '',
        ...paras(
          86,
          [
            `De rechtbank heeft uw beroepschrift ontvangen op ${fmtDate(addDays(c.date, -rng.int(2, 10)), 'long')}. Uw zaak is geregistreerd onder het bovenstaande zaaknummer. Vermeld dit nummer bij alle correspondentie.`,
            `Voor de behandeling van uw beroep moet u griffierecht betalen. Het griffierecht bedraagt € ${rng.pick(['50,00', '54,00', '187,00'])}. U moet dit bedrag binnen vier weken na de datum van deze brief overmaken. Als het griffierecht niet op tijd is betaald, kan de rechtbank uw beroep niet-ontvankelijk verklaren.`,
            `Uw zaak wordt behandeld op een zitting van de rechtbank op ${fmtDate(addDays(c.date, rng.int(20, 60)), 'weekday')} om ${rng.int(9, 15)}.${rng.pick(['00', '30'])} uur. U kunt zelf naar de zitting komen of u laten vertegenwoordigen.`,
          ][kind] as string,
          'De griffier van de rechtbank',
        ),
      ],
    ];
  },
};

const voorlopigeVoorziening: Template = {
  id: 'court_document.voorlopige-voorziening',
  type: 'court_document',
  lang: 'nl',
  style: 'printed',
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    return [
      [
        `Aan de voorzieningenrechter van de ${rng.pick(COURTS)}`,
        '',
        'VERZOEK OM VOORLOPIGE VOORZIENING',
        `ex artikel 8:81 Awb`,
        '',
        `Verzoeker: ${c.p.name}, ${c.p.street} ${c.p.houseNumber}, ${c.p.postcode} ${c.p.city}`,
        ...bsnLine(c),
        ...clientLine(c),
        ...birthLine(c),
        `Gemachtigde: mr. ${c.r.initials} ${c.r.lastName}`,
        `Verweerder: het college van burgemeester en wethouders van ${c.org.name.replace('Gemeente ', '')}`,
        '',
        ...paras(
          86,
          `Verzoeker heeft op ${fmtDate(addDays(c.date, -rng.int(3, 20)), 'long')} bezwaar gemaakt tegen het besluit tot beëindiging van zijn bijstandsuitkering. Sindsdien heeft verzoeker geen inkomen. De huur kan niet worden betaald en er dreigt een huisuitzetting.`,
          'Er is sprake van een spoedeisend belang. Verzoeker verzoekt de voorzieningenrechter het besluit te schorsen tot zes weken na de beslissing op bezwaar.',
        ),
        '',
        `Datum: ${fmtDate(c.date)}`,
        `Handtekening gemachtigde`,
      ],
    ];
  },
};

const hogerBeroep: Template = {
  id: 'court_document.hoger-beroepschrift',
  type: 'court_document',
  lang: 'nl',
  style: 'printed',
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    return [
      [
        'Aan de Centrale Raad van Beroep',
        'Postbus 16002',
        '3500 DA Utrecht',
        '',
        `${rng.pick(['Utrecht', 'Amsterdam', 'Zwolle'])}, ${fmtDate(c.date, 'long')}`,
        '',
        'HOGER BEROEPSCHRIFT',
        `Appellant: ${c.p.name}, wonende te ${c.p.city}`,
        ...bsnLine(c),
        ...clientLine(c),
        ...birthLine(c),
        `Tegen: de uitspraak van de ${rng.pick(COURTS)} van ${fmtDate(addDays(c.date, -rng.int(10, 40)), 'long')}, zaaknummer ${zaaknummer(c)}`,
        '',
        'Edelgrootachtbaar college,',
        '',
        ...paras(
          86,
          'Appellant kan zich niet verenigen met de aangevallen uitspraak en stelt hierbij hoger beroep in. De rechtbank heeft ten onrechte geoordeeld dat appellant een gezamenlijke huishouding voerde.',
          'Appellant verzoekt de Raad de aangevallen uitspraak te vernietigen en, doende wat de rechtbank zou behoren te doen, het beroep alsnog gegrond te verklaren.',
        ),
        '',
        `mr. ${c.r.initials} ${c.r.lastName}`,
      ],
    ];
  },
};

const kantonVonnis: Template = {
  id: 'court_document.kantonrechter-vonnis',
  type: 'court_document',
  lang: 'nl',
  style: 'printed',
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const court = rng.pick(COURTS);
    const body = paras(
      90,
      '1. Het verloop van de procedure',
      `1.1. Het verloop van de procedure blijkt uit de dagvaarding van ${fmtDate(addDays(c.date, -rng.int(40, 90)), 'long')} en de mondelinge behandeling.`,
      '2. De feiten',
      `2.1. Gedaagde huurt van eiseres de woonruimte aan het adres ${c.p.street} ${c.p.houseNumber} te ${c.p.city}.`,
      `2.2. Gedaagde heeft een huurachterstand laten ontstaan van ${money(rng.amount(1500, 6000), { euro: true })}.`,
      '3. De beoordeling',
      '3.1. De kantonrechter is van oordeel dat de vordering toewijsbaar is, met dien verstande dat de ontbinding wordt afgewezen nu gedaagde een betalingsregeling is aangegaan.',
      '4. De beslissing',
      'De kantonrechter veroordeelt gedaagde tot betaling van de achterstand, vermeerderd met de wettelijke rente, en veroordeelt gedaagde in de proceskosten.',
      `Dit vonnis is gewezen door mr. ${c.r.initials} ${c.r.lastName}, kantonrechter, en in het openbaar uitgesproken.`,
    );
    return paginate(body, 18, (p) =>
      p === 1
        ? [
            court.toUpperCase(),
            'Kanton',
            `zaaknummer / rolnummer: ${rng.digits(8)} CV EXPL ${rng.int(24, 26)}-${rng.digits(4)}`,
            `Vonnis van de kantonrechter van ${fmtDate(c.date, 'long')}`,
            'in de zaak van',
            `${rng.pick(['Woonstichting De Kernen', 'Ymere', 'Woonbron', 'Portaal'])}, eiseres,`,
            'tegen',
            `${c.p.name}, wonende te ${c.p.city}, gedaagde.`,
            ...bsnLine(c),
            ...birthLine(c),
            '',
          ]
        : ['', `vervolg vonnis - pagina ${p}`, ''],
    );
  },
};

const procesVerbaal: Template = {
  id: 'court_document.proces-verbaal-zitting',
  type: 'court_document',
  lang: 'nl',
  style: 'printed',
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    return [
      [
        rng.pick(COURTS),
        `zaaknummer: ${zaaknummer(c)}`,
        '',
        'Proces-verbaal van de mondelinge uitspraak',
        `in het geding tussen ${c.p.name}, te ${c.p.city}, eiser, en het college van burgemeester en wethouders van ${c.org.name.replace('Gemeente ', '')}, verweerder.`,
        ...bsnLine(c),
        ...birthLine(c),
        '',
        ...paras(
          88,
          `Zitting van ${fmtDate(c.date, 'long')}. Aanwezig: mr. ${c.r.initials} ${c.r.lastName}, rechter, en de griffier.`,
          'De rechter verklaart het beroep ongegrond. Het college heeft zich in redelijkheid op het standpunt kunnen stellen dat eiser niet voldoet aan de voorwaarden voor bijzondere bijstand.',
          'Tegen deze uitspraak staat hoger beroep open bij de Centrale Raad van Beroep, binnen zes weken na verzending van dit proces-verbaal.',
        ),
        '',
        'De griffier                    De rechter',
      ],
    ];
  },
};

export const objectionTemplates: Template[] = [
  formalObjection,
  informalObjection,
  lawyerProForma,
  groundsSupplement,
  juridischLoket,
  objectionForm,
  englishObjection,
  emailObjection,
  energyObjection,
];
export const complaintTemplates: Template[] = [
  complaintForm,
  complaintAngry,
  complaintEmail,
  complaintEnglish,
  ombudsman,
  complaintBuurtteam,
  complaintShort,
  complaintDelay,
];
export const courtTemplates: Template[] = [
  beroepschrift,
  uitspraak,
  crvb,
  griffieBrief,
  voorlopigeVoorziening,
  hogerBeroep,
  kantonVonnis,
  procesVerbaal,
];
