import { EMPLOYERS, JOB_TITLES, JOB_TITLES_EN, STAFFING } from '../pools.ts';
import type { Ctx, DateStyle, IdLabels, Template } from '../template.ts';
import {
  addDays,
  address,
  addressFormal,
  ahead,
  birthLine,
  bsnLine,
  clientLine,
  fmtDate,
  fmtIso,
  ibanText,
  idLine,
  ids,
  kenmerk,
  money,
  moneyEn,
  one,
  paginate,
  paras,
  past,
  sloppy,
} from '../template.ts';

/**
 * More voices for the types people write themselves or send in as proof: objections, complaints,
 * applications, change notices, holiday notices and proof of job applications. The existing
 * templates are tidy letters in a few fixed phrasings; these are the other writers: an angry client
 * in broken Dutch, a lawyer's full objection with letterhead and footer, a legal-aid worker's form,
 * an objection about a rejected application that says "aanvraag" more than "bezwaar", anonymous
 * complaints, newcomers asking for help in their own language, online-form printouts with browser
 * headers, agency and applicant-tracking e-mails. Each template is its own group.
 */

// ---------------------------------------------------------------------------------------------
// Helpers

/** The client's identifying lines (those this document shows) with the writer's own labels; on one line, the way people squeeze them under their name. */
const idsInline = (c: Ctx, labels: IdLabels, birthStyle: DateStyle = 'dmy') => idLine(c, labels, '  -  ', { birthStyle });

const TR: IdLabels = { bsn: 'BSN (vatandaşlık no)', client: 'Müşteri numarası', birth: 'Doğum tarihi' };
const PL: IdLabels = { bsn: 'Numer BSN', client: 'Numer klienta', birth: 'Data urodzenia' };
const UK: IdLabels = { bsn: 'BSN', client: 'Номер клієнта', birth: 'Дата народження' };
const AR: IdLabels = { bsn: 'رقم BSN', client: 'رقم الملف', birth: 'تاريخ الميلاد' };
const EN: IdLabels = { bsn: 'BSN', client: 'Client number', birth: 'Date of birth' };

const muni = (c: Ctx, dept = 'Afdeling Werk en Inkomen') => [c.org.name, dept, c.org.postbus];

/** A municipal decision a client may object against. */
function decision(c: Ctx): string {
  return c.rng.pick([
    'de terugvordering van bijstand',
    'de stopzetting van mijn uitkering',
    'de verlaging van mijn uitkering',
    'de boete',
    'de kostendelersnorm',
    'de afwijzing van bijzondere bijstand',
  ]);
}

/** A time of day, hh:mm. */
const clock = (rng: Ctx['rng'], from: number, to: number) => `${rng.int(from, to)}:${String(rng.int(0, 59)).padStart(2, '0')}`;
const consultantName = (c: Ctx) => `${c.r.gender === 'f' ? 'mevrouw' : 'meneer'} ${c.r.lastName}`;
const mailDomain = (s: string) =>
  s
    .toLowerCase()
    .replace(/\b(b\.v\.|gmbh|nederland)\b/g, '')
    .replace(/[^a-z]/g, '')
    .slice(0, 16);

// ---------------------------------------------------------------------------------------------
// Objections

const angryClient: Template = {
  id: 'objection.boze-klant-gebroken-nl',
  type: 'objection',
  lang: 'nl',
  style: 'handwritten',
  weight: 0.8,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const amount = money(rng.amount(300, 6000), { euro: true });
    const body = one(
      rng,
      `IK BEN HET NIET EENS!!! ik krijg brief dat ik ${amount} moet terug betalen. Waarom?? Ik heb niks fout gedaan. ik heb alles gezegd aan mevrouw van gemeente. Nu jullie zeggen ik heb gelogen. Dat is niet waar. Ik maak bezwaar. Ik heb 3 kinderen en geen geld voor eten. Jullie moet dit stoppen.`,
      `Waarom jullie stop mijn geld? Deze maand ik heb niks gekregen. Huur moet betaald en energie ook. ik ben boos. Niemand neemt telefoon op. Ik wil bezwaar tegen die brief van ${fmtDate(past(c, 3, 20))}. Ik heb papieren wel gestuurd, twee keer!!`,
      `Ik ben heel boos over jullie besluit. Altijd zelfde verhaal, ik moet bewijs geven en bewijs geven en dan toch nee. Mijn zoon woont niet hier hij woont in Rotterdam, dus geen kostendelers. Ik teken bezwaar. Bel mij niet maar schrijf brief want mijn nederlands is niet goed.`,
      `bezwaar!! ik heb boete gekregen ${amount}. Ik heb niet geweten dat ik dat moest melden, niemand heeft mij gezegd. Dit is onrecht. ik wil praten met iemand die de baas is.`,
    );
    return [
      [
        rng.pick([`Van: ${c.p.name}`, c.p.name, c.p.name.toUpperCase()]),
        `${c.p.street} ${c.p.houseNumber}`,
        `${c.p.postcode} ${c.p.city}`,
        ...clientLine(c, 'nl', ' '),
        ...bsnLine(c, 'nl', ' '),
        ...birthLine(c),
        '',
        rng.pick(['Aan gemeente', 'Voor de gemeente, afdeling uitkering', `Aan ${c.org.name}`]),
        '',
        rng.pick(['BEZWAAR', 'bezwaar maken!!', 'Betreft: bezwaar', 'ik maak bezwaar']),
        '',
        ...paras(rng.int(48, 62), sloppy(body, rng, 0.3 + rng.next() * 0.5)),
        '',
        rng.pick(['groet', 'Met groet', 'dank u']),
        c.p.firstName,
        ...(rng.chance(0.5) ? ['', `tel ${c.p.phone}`] : []),
      ],
    ];
  },
};

const lawyerFull: Template = {
  id: 'objection.advocaat-volledig-briefpapier',
  type: 'objection',
  lang: 'nl',
  style: 'printed',
  weight: 0.8,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const firm = rng.pick([
      'Verbeek Hoogstraten Advocaten',
      'Kantoor Sociaal Recht Oost',
      'Advocatenkollektief Zuid',
      'Maas & Terpstra advocaten',
    ]);
    const city = rng.pick(['Utrecht', 'Nijmegen', 'Tilburg', 'Zwolle', 'Haarlem']);
    const lawyer = `mr. ${c.r.initials} ${c.r.lastName}`;
    const zij = c.p.gender === 'f';
    const client = `${zij ? 'mevrouw' : 'de heer'} ${c.p.initials} ${c.p.lastName}`;
    const d = decision(c);
    const decided = past(c, 10, 40);
    const body = paras(
      90,
      `Namens ${client}, wonende te ${c.p.city}, hierna: cliënt${zij ? 'e' : ''}, maak ik bezwaar tegen uw besluit van ${fmtDate(decided, 'long')} (verzonden ${fmtDate(addDays(decided, 1), 'long')}), inzake ${d}. Het bezwaar is tijdig ingediend.`,
      '1. FEITEN',
      `1.1 Cliënt${zij ? 'e' : ''} ontvangt sinds ${rng.int(2016, 2023)} een uitkering ingevolge de Participatiewet naar de norm voor een ${rng.pick(['alleenstaande', 'alleenstaande ouder', 'gehuwde'])}.`,
      `1.2 Naar aanleiding van ${rng.pick(['een anonieme tip', 'een heronderzoek', 'een melding van het Inlichtingenbureau', 'een huisbezoek'])} heeft uw college onderzoek ingesteld. Cliënt${zij ? 'e' : ''} heeft daaraan volledig meegewerkt.`,
      '2. GRONDEN',
      '2.1 Het besluit is in strijd met artikel 3:2 Awb. Het college heeft nagelaten de relevante feiten en omstandigheden te onderzoeken en heeft uitsluitend het rapport van de handhavingsspecialist gevolgd.',
      `2.2 Het besluit ontbeert een deugdelijke motivering (artikel 7:12 Awb). Met de schriftelijke verklaring van cliënt${zij ? 'e' : ''} is niets gedaan.`,
      `2.3 Subsidiair: er zijn dringende redenen als bedoeld in artikel 58, achtste lid, Participatiewet. Cliënt${zij ? 'e' : ''} heeft problematische schulden en staat onder beschermingsbewind.`,
      '3. VERZOEK',
      `Ik verzoek u het bezwaar gegrond te verklaren, het bestreden besluit te herroepen, cliënt${zij ? 'e' : ''} te horen en de kosten van rechtsbijstand te vergoeden conform het Besluit proceskosten bestuursrecht. Aan cliënt${zij ? 'e' : ''} is een toevoeging verleend (zie bijlage).`,
    );
    return paginate(
      body,
      rng.int(18, 26),
      (p, n) =>
        p === 1
          ? [
              firm.toUpperCase(),
              `${rng.pick(['Maliebaan', 'Oranjesingel', 'Vestdijk', 'Catharijnesingel'])} ${rng.int(2, 90)}  |  ${rng.int(1000, 9999)} ${rng.letters(2)}  ${city}`,
              `T 0${rng.int(10, 79)}-${rng.digits(7)}  |  www.${mailDomain(firm)}.nl`,
              '',
              'PER AANGETEKENDE POST',
              ...muni(c, 't.a.v. het college van burgemeester en wethouders'),
              '',
              `${city}, ${fmtDate(c.date, 'long')}`,
              `Ons kenmerk: ${rng.int(2025, 2026)}.${rng.digits(4)}/${c.r.initials.replace(/\./g, '')}`,
              `Uw kenmerk: ${kenmerk(rng)}`,
              `Betreft: bezwaarschrift ${c.p.lastName} / ${c.org.name}`,
              ...bsnLine(c),
              ...clientLine(c),
              ...birthLine(c),
              '',
              'Geacht college,',
              '',
            ]
          : [`${firm}  -  ${fmtDate(c.date, 'dmy')}  -  pagina ${p}/${n}`, ''],
      (p, n) => [
        ...(p === n ? ['', 'Hoogachtend,', '', lawyer, 'advocaat', '', 'Bijlagen: besluit, toevoeging, machtiging'] : []),
        '',
        `Op al onze werkzaamheden zijn de algemene voorwaarden van ${firm} van toepassing. KvK ${rng.digits(8)}. Pagina ${p} van ${n}`,
      ],
    );
  },
};

const legalAidForm: Template = {
  id: 'objection.sociaal-raadslid-formulier',
  type: 'objection',
  lang: 'nl',
  style: 'form',
  weight: 0.7,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const org = rng.pick([
      'Stichting Sociaal Raadslieden',
      'Formulierenbrigade / Sociaal Raadslid',
      'Het Juridisch Loket',
      'Vraagwijzer - sociaal juridisch spreekuur',
    ]);
    const box = (on: boolean) => (on ? '[X]' : '[ ]');
    const kind = rng.int(0, 3);
    return [
      [
        `${org.toUpperCase()}     |     BEZWAARSCHRIFT NAMENS CLIËNT`,
        '__________________________________________________________________',
        `Aan: ${c.org.name}, ${c.org.postbus}`,
        `Datum: ${fmtDate(c.date)}        Behandelaar: ${c.r.name} (sociaal raadslid)`,
        '',
        'GEGEVENS BELANGHEBBENDE',
        `Naam ........................ ${c.p.name}`,
        `Adres ....................... ${c.p.street} ${c.p.houseNumber}, ${c.p.postcode} ${c.p.city}`,
        ...ids(
          c,
          { bsn: 'BSN ......................... ', client: 'Klantnummer ................. ', birth: 'Geboortedatum ............... ' },
          '',
        ),
        '',
        'BESTREDEN BESLUIT',
        `Datum besluit: ${fmtDate(past(c, 7, 42))}    Kenmerk: ${kenmerk(rng)}`,
        `${box(kind === 0)} terugvordering   ${box(kind === 1)} beëindiging/intrekking   ${box(kind === 2)} afwijzing aanvraag   ${box(kind === 3)} maatregel/boete`,
        '',
        'GRONDEN (kort)',
        ...paras(
          78,
          one(
            rng,
            'Belanghebbende beheerst de Nederlandse taal onvoldoende en heeft de brief met de vraag om stukken niet begrepen. Er is geen sprake van opzet. Wij verzoeken om heroverweging.',
            'De inkomsten waarop de terugvordering is gebaseerd zijn giften van familie voor de aanschaf van een bed en een koelkast. Deze horen bij de bijzondere bijstand buiten beschouwing te blijven.',
            'Het gezin verkeert in een financiële noodsituatie. De huur is al twee maanden achterstallig. Wij vragen het besluit te herroepen en de invordering op te schorten.',
            'Belanghebbende woont niet samen. De heer/mevrouw die op het adres staat ingeschreven is een onderhuurder met een eigen huishouding (huurcontract bijgevoegd).',
          ),
        ),
        '',
        `Horen gewenst:  ${box(true)} ja  ${box(false)} nee       Tolk nodig: ${box(rng.chance(0.5))} ja, taal: ${rng.pick(['Arabisch', 'Tigrinya', 'Turks', 'Pools', 'Dari', '-'])}`,
        `Machtiging belanghebbende bijgevoegd: ${box(true)}`,
        '',
        `Handtekening sociaal raadslid: ________________      Handtekening belanghebbende: ________________`,
        '__________________________________________________________________',
        `${org}  -  gratis en onafhankelijk  -  spreekuur di en do 9.00-12.00`,
      ],
    ];
  },
};

const rejectedApplication: Template = {
  id: 'objection.afgewezen-aanvraag',
  type: 'objection',
  lang: 'nl',
  style: 'printed',
  weight: 1,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const applied = past(c, 40, 90);
    const what = rng.pick([
      'een bijstandsuitkering',
      'bijzondere bijstand voor de eigen bijdrage van mijn bewindvoerder',
      'de individuele inkomenstoeslag',
      'bijzondere bijstand voor woninginrichting',
      'een uitkering levensonderhoud',
    ]);
    const reason = one(
      rng,
      'U schrijft dat mijn aanvraag niet volledig was. Dat klopt niet: ik heb bij mijn aanvraag alle bankafschriften meegestuurd, ook die van mijn spaarrekening.',
      'Mijn aanvraag is afgewezen omdat ik te veel vermogen zou hebben. Maar de auto op mijn naam is van mijn broer, die betaalt ook alles. Dat heb ik bij de aanvraag ook verteld.',
      'Volgens uw brief heb ik niet meegewerkt aan het onderzoek naar mijn aanvraag. Ik heb de afspraak afgezegd omdat ik in het ziekenhuis lag. Dat heb ik telefonisch gemeld.',
      'In de afwijzing van mijn aanvraag staat dat ik geen woonadres heb. Ik slaap bij vrienden, maar ik sta wel ingeschreven op een briefadres. Dat mag volgens de wet.',
    );
    return [
      [
        ...address(c.p),
        ...clientLine(c),
        ...bsnLine(c),
        ...birthLine(c),
        '',
        ...muni(c, rng.pick(['t.a.v. de bezwaarcommissie', 'Juridische Zaken', 'Team Bezwaar'])),
        '',
        `${c.p.city}, ${fmtDate(c.date, rng.pick(['long', 'dmy'] as const))}`,
        '',
        `Onderwerp: ${rng.pick(['afwijzing van mijn aanvraag', `mijn aanvraag van ${fmtDate(applied, 'long')}`, `aanvraag ${what}`, 'reactie op beslissing op aanvraag'])}`,
        '',
        'Geachte heer, mevrouw,',
        '',
        ...paras(
          84,
          `Op ${fmtDate(applied, 'long')} heb ik een aanvraag gedaan voor ${what}. Met uw brief van ${fmtDate(past(c, 5, 30), 'long')} heeft u mijn aanvraag afgewezen. Ik ben het daar niet mee eens.`,
          reason,
          `Ik vraag u daarom mijn aanvraag opnieuw te beoordelen en alsnog toe te kennen. ${one(rng, 'Dit is mijn bezwaar tegen de afwijzing.', 'Beschouwt u deze brief als bezwaarschrift.', 'Ik maak hierbij dus bezwaar.', 'Ik wil graag dat u de beslissing op mijn aanvraag herziet.')}`,
          rng.chance(0.5) && 'Als u nog stukken nodig heeft voor de aanvraag, hoor ik dat graag. Ik wil ook graag uitleggen hoe het zit.',
        ),
        '',
        'Met vriendelijke groet,',
        '',
        c.p.name,
        ...(rng.chance(0.5) ? ['', 'Bijlage: kopie afwijzing aanvraag'] : []),
      ],
    ];
  },
};

const rejectedApplicationNewcomer: Template = {
  id: 'objection.afgewezen-aanvraag-nieuwkomer',
  type: 'objection',
  lang: 'nl',
  style: 'handwritten',
  weight: 0.6,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const body = one(
      rng,
      `Ik heb aanvraag gedaan voor bijstand in ${fmtDate(past(c, 40, 80), 'long').replace(/^\d+ /, '')}. Nu ik krijg brief: aanvraag afgewezen. Ik begrijp niet waarom. Ik heb geen werk, geen geld. Mijn aanvraag is goed, alle papier ik heb gegeven. Ik wil niet eens met deze brief. Alstublieft kijk nog een keer naar mijn aanvraag.`,
      `Mijn aanvraag is nee. De brief zegt ik heb niet de papieren van bank. Maar bank geeft mij pas later, het is niet mijn schuld. Ik stuur nu de papieren mee. Ik maak bezwaar en vraag opnieuw beslissen over aanvraag.`,
      `Goedendag, ik schrijf voor mijn aanvraag levensonderhoud. Die is afgewezen want ik woon bij mijn neef. Maar ik betaal huur aan hem. Ik ben het niet eens met afwijzen. Ik vraag u mijn aanvraag weer open maken.`,
    );
    return [
      [
        c.p.name,
        `${c.p.street} ${c.p.houseNumber}  ${c.p.postcode} ${c.p.city}`,
        ...idsInline(c, { bsn: 'BSN', client: 'klantnummer', birth: 'geboren' }),
        '',
        fmtDate(c.date, rng.pick(['dmy', 'slash', 'dot'] as const)),
        '',
        rng.pick(['Aan de gemeente', 'Beste gemeente', 'Geachte mevrouw meneer']),
        '',
        ...paras(rng.int(46, 60), sloppy(body, rng, 0.3)),
        '',
        rng.pick(['Dankjewel', 'groeten', 'Met vriendelijk groet']),
        c.p.name,
      ],
    ];
  },
};

const proFormaClient: Template = {
  id: 'objection.pro-forma-klant-kort',
  type: 'objection',
  lang: 'nl',
  style: 'printed',
  weight: 0.6,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    return [
      [
        `${c.p.name}, ${c.p.street} ${c.p.houseNumber}, ${c.p.postcode} ${c.p.city}`,
        ...idsInline(c, { bsn: 'BSN', client: 'Klantnummer', birth: 'geb.' }),
        '',
        `Aan: ${c.org.name}`,
        `Datum: ${fmtDate(c.date)}`,
        `Betreft: pro forma bezwaar, besluit van ${fmtDate(past(c, 20, 42))}`,
        '',
        ...paras(
          84,
          one(
            rng,
            'Hierbij maak ik pro forma bezwaar tegen het bovengenoemde besluit, om de termijn te halen. De gronden stuur ik binnen vier weken na.',
            'Omdat de bezwaartermijn bijna verloopt maak ik alvast bezwaar. Ik heb een afspraak bij het Juridisch Loket; de redenen volgen daarna.',
            'Ik teken alvast bezwaar aan. Mijn toelichting volgt zo snel mogelijk, ik wacht nog op stukken van mijn werkgever.',
          ),
        ),
        '',
        'Met vriendelijke groet,',
        c.p.name,
      ],
    ];
  },
};

const proFormaFax: Template = {
  id: 'objection.pro-forma-fax-voorblad',
  type: 'objection',
  lang: 'nl',
  style: 'printed',
  weight: 0.5,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const firm = rng.pick(['Advocatenpraktijk Hendriks', 'De Wit Bestuursrecht', 'Bakker Sociale Advocatuur']);
    const faxNo = `0${rng.int(10, 79)}-${rng.digits(7)}`;
    const when = `${fmtDate(c.date)} ${clock(rng, 15, 23)}`;
    const faxHead = `${when}   FROM: ${firm.toUpperCase().slice(0, 20)}   TO: ${c.org.name.toUpperCase()}`;
    return [
      [
        `${faxHead}   P.1/2`,
        '',
        'F A X B E R I C H T',
        '+------------------+---------------------------------------------+',
        `| Aan              | ${c.org.name}, Team Bezwaar                 `,
        `| Van              | mr. ${c.r.initials} ${c.r.lastName}`,
        `| Fax              | ${faxNo}`,
        `| Datum            | ${fmtDate(c.date, 'dmy')}`,
        `| Pagina's         | 2 (incl. voorblad)`,
        `| Betreft          | pro forma bezwaar ${c.p.lastName}`,
        '+------------------+---------------------------------------------+',
        '',
        'Origineel volgt per post.  [ ] spoed  [X] ter afhandeling  [ ] ter info',
        '',
        'Dit faxbericht is uitsluitend bestemd voor de geadresseerde. Indien u dit bericht ten onrechte ontvangt, verzoeken wij u ons te bellen en het te vernietigen.',
      ],
      [
        `${faxHead}   P.2/2`,
        '',
        firm,
        '',
        `Inzake: ${c.p.initials} ${c.p.lastName}, ${c.p.city}`,
        ...bsnLine(c),
        ...clientLine(c),
        ...birthLine(c),
        '',
        'Geacht college,',
        '',
        ...paras(
          84,
          `Namens bovengenoemde cliënt maak ik bij deze pro forma bezwaar tegen uw besluit van ${fmtDate(past(c, 30, 42), 'long')} inzake ${decision(c)}. Ik verzoek u mij een termijn van vier weken te geven voor het indienen van de gronden en mij het dossier toe te zenden.`,
        ),
        '',
        'Hoogachtend,',
        `mr. ${c.r.initials} ${c.r.lastName}`,
      ],
    ];
  },
};

const englishObjectionFormal: Template = {
  id: 'objection.en-notice-of-objection',
  type: 'objection',
  lang: 'en',
  style: 'printed',
  weight: 0.5,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const what = rng.pick([
      'to reclaim social assistance I received',
      'to stop my social assistance benefit',
      'to reduce my benefit by 100% for one month',
      'to reject my application for special assistance',
      'to impose a fine for not reporting income',
    ]);
    return [
      [
        ...address(c.p),
        c.p.email,
        '',
        ...muni(c, 'Objections Department (Bezwaar)'),
        '',
        fmtDate(c.date, 'en'),
        '',
        `NOTICE OF OBJECTION (BEZWAARSCHRIFT)`,
        ...ids(c, EN),
        `Decision dated: ${fmtDate(past(c, 8, 40), 'en')}   Your reference: ${kenmerk(rng)}`,
        '',
        'Dear Sir or Madam,',
        '',
        ...paras(
          86,
          `I hereby lodge an objection against your decision ${what}. I disagree with this decision for the following reasons.`,
          `1. ${one(rng, 'The money you call income was a loan from a friend, which I am paying back. I have attached the loan agreement.', 'I reported the change by telephone on the day it happened. Your consultant told me this was sufficient.', 'The decision letter was only in Dutch and I did not understand what was asked of me. Nobody offered an interpreter.')}`,
          `2. ${one(rng, 'The amount is disproportionate. I cannot repay it and I have two children to support.', 'You did not hear me before taking the decision, although I asked for a meeting.', 'My personal circumstances, including my illness, were not taken into account.')}`,
          'I ask you to revoke the decision and to invite me to a hearing. Please communicate with me in English if possible.',
        ),
        '',
        'Yours faithfully,',
        '',
        c.p.name,
      ],
    ];
  },
};

const englishObjectionShort: Template = {
  id: 'objection.en-short-email',
  type: 'objection',
  lang: 'en',
  style: 'printed',
  weight: 0.4,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    return [
      [
        `From: ${c.p.name} <${c.p.email}>`,
        `To: bezwaar@${mailDomain(c.org.city)}.nl`,
        `Date: ${fmtDate(c.date, 'en')}`,
        `Subject: ${rng.pick(['objection', 'I object to your decision', 'Re: Besluit', 'appeal against letter'])}`,
        '',
        'Hello,',
        '',
        ...paras(
          76,
          one(
            rng,
            `I got your letter last week saying my benefit stops. I don't agree and I want to object. I still have no job and no income. Please tell me what I need to send.`,
            `I want to make an objection against the decision to reclaim ${moneyEn(rng.amount(400, 5000))}. I never received that money, it must be a mistake.`,
            `This is my formal objection to your decision of ${fmtDate(past(c, 5, 30), 'en')}. Reasons will follow, I am collecting documents from my employer.`,
          ),
        ),
        ...ids(c, EN),
        '',
        'Regards,',
        c.p.firstName,
        '',
        'Sent from my iPhone',
      ],
    ];
  },
};

// ---------------------------------------------------------------------------------------------
// Complaints

const waitingEmail: Template = {
  id: 'complaint.wachten-email-sarcastisch',
  type: 'complaint',
  lang: 'nl',
  style: 'printed',
  weight: 0.7,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const weeks = rng.int(6, 16);
    return [
      [
        `${fmtDate(c.date, 'dmy')} ${clock(rng, 8, 23)}          Gmail - Klacht: ${weeks} weken niks gehoord`,
        '',
        `${c.p.name} <${c.p.email}>`,
        `aan klachten@${mailDomain(c.org.city)}.nl`,
        '',
        ...paras(
          82,
          `Geachte klachtencoördinator,`,
          `Ik wil een klacht indienen over de manier waarop met mij wordt omgegaan. Het is nu ${weeks} weken geleden dat ik alles heb ingeleverd en ik heb nog steeds niets gehoord. De wettelijke termijn is acht weken, dat staat op uw eigen website.`,
          `Ik heb ${rng.int(4, 11)} keer gebeld met 14 0${rng.int(10, 99)}. Elke keer hoor ik "uw consulent belt u terug binnen twee werkdagen". Niemand belt terug. Fijn hoor, zo'n service.`,
          `Ondertussen loopt mijn huurachterstand op en krijg ik aanmaningen. Ik vind dit onacceptabel en wil een schriftelijke reactie op deze klacht, niet weer een belbericht.`,
          rng.chance(0.5) && 'Als ik binnen twee weken niets hoor, stap ik naar de Nationale ombudsman.',
        ),
        '',
        'Met vriendelijke groet,',
        c.p.name,
        ...ids(c, { bsn: 'BSN', client: 'Klantnummer', birth: 'Geboortedatum' }),
        '',
        `https://mail.google.com/mail/u/0/#inbox/${rng.letters(16, 'abcdefghjkmnpqrstvwxyz')}                1/1`,
      ],
    ];
  },
};

const rudeConsultant: Template = {
  id: 'complaint.onbeschofte-consulent-handgeschreven',
  type: 'complaint',
  lang: 'nl',
  style: 'handwritten',
  weight: 0.7,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const when = fmtDate(past(c, 2, 20), rng.pick(['long', 'dmy'] as const));
    const who = consultantName(c);
    const body = one(
      rng,
      `Op ${when} had ik een gesprek met ${who}. ${c.r.gender === 'f' ? 'Zij' : 'Hij'} was heel onbeschoft tegen mij. Ik werd uitgelacht toen ik vertelde dat ik moeite heb met lezen. Ook zei ${who} dat ik "gewoon moet gaan werken" terwijl ik een briefje van de dokter heb. Ik voel mij vernederd.`,
      `Ik wil klagen over ${who}. Aan de balie op ${when} schreeuwde ${c.r.gender === 'f' ? 'zij' : 'hij'} tegen mij waar andere mensen bij waren. Ik wilde alleen mijn papieren inleveren. Dit is geen manier om met mensen om te gaan.`,
      `Mijn klacht gaat over het huisbezoek van ${when}. ${who} kwam zonder afspraak, opende zonder te vragen mijn kasten en maakte foto's van mijn slaapkamer. Mijn kinderen waren erbij en waren bang. Ik vind dat dit niet kan.`,
    );
    return [
      [
        ...address(c.p),
        ...clientLine(c),
        ...bsnLine(c),
        ...birthLine(c),
        '',
        rng.pick(['Klacht', 'KLACHT over medewerker', 'Betreft: klacht', 'Onderwerp: een klacht']),
        '',
        rng.pick(['Geachte heer/mevrouw,', 'Aan de klachtencommissie,', 'Beste mensen van de gemeente,']),
        '',
        ...paras(62, sloppy(body, rng, rng.next() * 0.5)),
        '',
        ...paras(62, sloppy('Ik wil graag een ander consulent en ik wil excuses.', rng, 0.3)),
        '',
        rng.pick(['Met vriendelijke groet', 'Groeten', 'Hoogachtend']),
        c.p.name,
        fmtDate(c.date),
      ],
    ];
  },
};

const lostDocuments: Template = {
  id: 'complaint.kwijtgeraakte-stukken-tabel',
  type: 'complaint',
  lang: 'nl',
  style: 'printed',
  weight: 0.7,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const dates = [past(c, 60, 75), past(c, 35, 50), past(c, 10, 25)];
    const how = ['per post', 'aan de balie', 'via Mijn Gemeente (upload)', 'per e-mail aan consulent'];
    return [
      [
        ...address(c.p),
        '',
        ...muni(c, 't.a.v. de klachtenfunctionaris'),
        '',
        `${c.p.city}, ${fmtDate(c.date, 'long')}`,
        'Betreft: klacht - stukken steeds kwijt',
        ...bsnLine(c),
        ...clientLine(c),
        ...birthLine(c),
        '',
        'Geachte heer/mevrouw,',
        '',
        ...paras(
          86,
          `Hierbij dien ik een klacht in. Voor de ${rng.pick(['derde', 'vierde'])} keer krijg ik een brief dat mijn ${rng.pick(['bankafschriften', 'loonstroken', 'huurcontract', 'identiteitsbewijs en bankafschriften'])} ontbreken. Ik heb ze al die keren ingeleverd:`,
        ),
        '',
        'Datum            | Hoe ingeleverd                  | Bewijs',
        '-----------------+---------------------------------+------------------------',
        ...dates.map(
          (d, i) =>
            `${fmtDate(d).padEnd(16)} | ${rng.pick(how).padEnd(31)} | ${rng.pick(['ontvangstbewijs', 'foto', 'verzendbevestiging', 'geen'])}${i === 2 ? ' (bijgevoegd)' : ''}`,
        ),
        '',
        ...paras(
          86,
          'Het is niet mijn schuld dat de stukken bij u zoekraken. Toch dreigt u nu mijn uitkering op te schorten. Ik vraag u om uit te zoeken waar mijn stukken zijn gebleven, en om te bevestigen dat mijn uitkering gewoon doorloopt.',
          'Ik verwacht binnen zes weken een reactie op deze klacht.',
        ),
        '',
        'Met vriendelijke groet,',
        '',
        c.p.name,
      ],
    ];
  },
};

const anonymousComplaint: Template = {
  id: 'complaint.anoniem',
  type: 'complaint',
  lang: 'nl',
  style: 'printed',
  weight: 0.5,
  supports: [],
  render(c) {
    const { rng } = c;
    return [
      [
        `Aan ${c.org.name}`,
        rng.pick(['t.a.v. de wethouder sociale zaken', 'Klachtenafhandeling', 'Afdeling Werk en Inkomen, de leidinggevende']),
        '',
        fmtDate(c.date, 'long'),
        '',
        rng.pick(['Anonieme klacht', 'Klacht (ik blijf liever anoniem)', 'Een klacht over uw afdeling']),
        '',
        ...paras(
          84,
          one(
            rng,
            'Ik schrijf deze brief zonder mijn naam, omdat ik bang ben dat het gevolgen heeft voor mijn uitkering. Bij de balie van Werk en Inkomen worden mensen behandeld alsof ze fraudeurs zijn. Er wordt hardop gepraat over iemands schulden terwijl de hele wachtruimte meeluistert.',
            'Ik ben een van uw klanten en ik wil niet dat mijn naam bekend wordt. Bij de informatiebijeenkomst van vorige week zei een medewerker dat "mensen in de bijstand lui zijn". Iedereen hoorde het. Dit hoort niet bij een gemeente.',
            'Ik werk zelf in de zorg en begeleid mensen naar uw loket. Ik zie steeds dat mensen die slecht Nederlands spreken worden weggestuurd zonder tolk. Mijn naam laat ik weg om mijn cliënten niet te benadelen.',
          ),
          'Ik hoop dat u hier iets mee doet, ook al kunt u mij niet antwoorden.',
        ),
        '',
        rng.pick(['Een bezorgde inwoner', 'Een klant', '(naam bij de redactie bekend)', 'N.N.']),
      ],
    ];
  },
};

const conductNotDecision: Template = {
  id: 'complaint.gedrag-niet-besluit',
  type: 'complaint',
  lang: 'nl',
  style: 'printed',
  weight: 0.8,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const who = consultantName(c);
    return [
      [
        ...addressFormal(c.p, rng),
        ...ids(c, { bsn: 'BSN', client: 'Klantnummer', birth: 'Geboortedatum' }),
        '',
        ...muni(c, 'Klachtencoördinator'),
        '',
        `Datum: ${fmtDate(c.date, 'long')}`,
        `Onderwerp: klacht over de behandeling (geen bezwaar)`,
        '',
        'Geachte heer/mevrouw,',
        '',
        ...paras(
          86,
          `Op ${fmtDate(past(c, 10, 30), 'long')} heb ik een besluit ontvangen over ${rng.pick(['de terugvordering van mijn uitkering', 'mijn aanvraag bijzondere bijstand', 'de kostendelersnorm', 'een maatregel'])}. Tegen dat besluit zelf maak ik geen bezwaar; dat heb ik met mijn consulent besproken en ik begrijp het.`,
          `Wel wil ik een klacht indienen over de manier waarop het is gegaan. ${who} heeft mij tijdens het gesprek ${rng.pick(['meerdere keren onderbroken en uitgelachen', 'gezegd dat ik "blij mag zijn dat ik überhaupt iets krijg"', 'het besluit al voorgelezen voordat ik mijn verhaal kon doen', 'onder druk gezet om een verklaring te tekenen die ik niet begreep'])}. Ook werd mijn dossier besproken waar een collega bij stond die niets met mijn zaak te maken had.`,
          'Ik wil dat hiernaar gekeken wordt en dat mijn klacht schriftelijk wordt beantwoord. Ik stel een gesprek met de leidinggevende op prijs.',
        ),
        '',
        'Met vriendelijke groet,',
        '',
        c.p.name,
      ],
    ];
  },
};

const englishComplaintConduct: Template = {
  id: 'complaint.en-appointment-conduct',
  type: 'complaint',
  lang: 'en',
  style: 'printed',
  weight: 0.4,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    return [
      [
        c.p.name,
        `${c.p.street} ${c.p.houseNumber}, ${c.p.postcode} ${c.p.city}`,
        ...idsInline(c, EN, 'slash'),
        '',
        `To: ${c.org.name} - complaints officer`,
        `Date: ${fmtDate(c.date, 'en')}`,
        '',
        'RE: COMPLAINT ABOUT MY APPOINTMENT',
        '',
        'Dear Sir or Madam,',
        '',
        ...paras(
          84,
          `I would like to file a complaint about the way I was treated at my appointment on ${fmtDate(past(c, 3, 25), 'en')} with ${c.r.gender === 'f' ? 'Ms' : 'Mr'} ${c.r.lastName}.`,
          one(
            rng,
            'I had asked in advance for the conversation to be held in English. When I arrived I was told that "in the Netherlands we speak Dutch" and the meeting went ahead in Dutch anyway. I signed a form I did not understand.',
            'I waited for more than an hour in the waiting room and was then told the appointment had been cancelled. Nobody had informed me, even though I had taken unpaid leave from my trial job to come.',
            'During the meeting the consultant made remarks about my background and asked why I had "come here for benefits". I found this discriminatory and humiliating.',
          ),
          'I would like a written response, and I would like a different consultant for future meetings.',
        ),
        '',
        'Kind regards,',
        c.p.name,
      ],
    ];
  },
};

const turkishComplaint: Template = {
  id: 'complaint.tr.sikayet-mektubu',
  type: 'complaint',
  lang: 'tr',
  style: 'handwritten',
  weight: 0.35,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    return [
      [
        ...address(c.p),
        ...ids(c, TR, ': ', 'dot'),
        '',
        `${c.org.name} - Werk en Inkomen`,
        '',
        `Tarih: ${fmtDate(c.date, 'dot')}`,
        `Konu: ${rng.pick(['Şikayet (klacht)', 'ŞİKAYET', 'Danışmanım hakkında şikayet'])}`,
        '',
        rng.pick(['Sayın yetkili,', 'Sayın Belediye,']),
        '',
        ...paras(
          66,
          one(
            rng,
            `Üç aydır başvurumun sonucunu bekliyorum. Defalarca aradım ama kimse geri dönmedi. Kira borcum birikti ve ev sahibim beni uyardı. Bu durumu kabul etmiyorum ve resmi olarak şikayet etmek istiyorum.`,
            `${fmtDate(past(c, 3, 20), 'dot')} tarihinde danışmanım ${c.r.lastName} ile görüştüm. Benimle çok kaba konuştu ve "önce Hollandaca öğrenin" dedi. Tercüman istedim ama vermediler. Bu davranış için şikayette bulunuyorum.`,
            `Banka dökümlerimi iki kere gönderdim, ama yine kayboldu diyorlar. Şimdi yardımımı durdurmakla tehdit ediyorlar. Bu benim hatam değil. Lütfen bu konuyu araştırın.`,
          ),
          'Yazılı cevap bekliyorum. Hollandaca iyi bilmiyorum, mümkünse Türkçe veya İngilizce cevap verin.',
        ),
        '',
        'Saygılarımla,',
        c.p.name,
      ],
    ];
  },
};

const polishComplaint: Template = {
  id: 'complaint.pl.skarga-email',
  type: 'complaint',
  lang: 'pl',
  style: 'printed',
  weight: 0.35,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    return [
      [
        `Od: ${c.p.name} <${c.p.email}>`,
        `Do: info@${mailDomain(c.org.city)}.nl`,
        `Wysłano: ${fmtDate(c.date, 'dot')} ${clock(rng, 7, 22)}`,
        `Temat: ${rng.pick(['Skarga', 'skarga / klacht', 'Skarga na pracownika', 'Zgubione dokumenty - skarga'])}`,
        '',
        'Szanowni Państwo,',
        '',
        ...paras(
          80,
          one(
            rng,
            `${c.p.gender === 'f' ? 'chciałabym' : 'chciałbym'} złożyć skargę na zachowanie pracownika działu Werk en Inkomen. Podczas wizyty w dniu ${fmtDate(past(c, 3, 20), 'dot')} konsultant podniósł na mnie głos i powiedział, że nie ma czasu na moje pytania.`,
            `już trzeci raz wysyłam wyciągi z banku i umowę najmu. Za każdym razem dostaję list, że dokumenty nie dotarły. Teraz grożą mi wstrzymaniem zasiłku. To nie jest moja wina.`,
            `czekam już ${rng.int(9, 14)} tygodni na decyzję w sprawie mojego wniosku. Nikt nie odpowiada na telefony ani e-maile. Nie mam pieniędzy na czynsz.`,
          ),
          'Proszę o pisemną odpowiedź na tę skargę. Mogę też rozmawiać po angielsku.',
        ),
        ...ids(c, PL, ': ', 'dot'),
        '',
        'Z poważaniem,',
        c.p.name,
        c.p.phone,
      ],
    ];
  },
};

// ---------------------------------------------------------------------------------------------
// Benefit applications

const newcomerDutch: Template = {
  id: 'benefit_application.nieuwkomer-hulpvraag',
  type: 'benefit_application',
  lang: 'nl',
  style: 'handwritten',
  weight: 0.8,
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const body = one(
      rng,
      `Mijn naam is ${c.p.name}. Ik ben statushouder en ik woon sinds ${rng.int(2, 8)} weken in ${c.p.city}. Ik heb een huis gekregen maar ik heb geen geld voor eten en meubels. Ik wil bijstand aanvragen. Wat moet ik doen? Ik spreek een beetje Nederlands.`,
      `Ik kom uit ${rng.pick(['Syrië', 'Eritrea', 'Afghanistan', 'Jemen', 'Turkije'])}. Nu ik heb verblijfsvergunning. Het COA zegt ik moet naar gemeente voor geld levensonderhoud. Ik heb vrouw en ${rng.int(1, 4)} kinderen. Wij hebben niks. Alstublieft help ons met uitkering.`,
      `Goedemorgen. Ik werk niet meer, mijn contract is klaar. Ik heb geen WW want te kort gewerkt. Ik wil vragen om bijstand voor leven. Mijn huur is ${money(rng.amount(500, 900), { euro: true })}. Kunt u mij een formulier sturen of afspraak maken?`,
    );
    return [
      [
        c.p.name,
        `${c.p.street} ${c.p.houseNumber}`,
        `${c.p.postcode} ${c.p.city}`,
        ...bsnLine(c, 'nl', ' '),
        ...birthLine(c),
        `tel: ${c.p.phone}`,
        '',
        rng.pick(['Aan gemeente', 'Beste meneer/mevrouw', 'Voor: afdeling uitkering']),
        '',
        ...paras(rng.int(48, 60), sloppy(body, rng, 0.3 + rng.next() * 0.4)),
        '',
        rng.pick(['Dank u wel', 'Bedankt', 'groetjes']),
        c.p.firstName,
      ],
    ];
  },
};

const advanceRequest: Template = {
  id: 'benefit_application.verzoek-voorschot',
  type: 'benefit_application',
  lang: 'nl',
  style: 'printed',
  weight: 0.8,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const applied = past(c, 10, 35);
    return [
      [
        ...address(c.p),
        ...ids(c, { bsn: 'BSN', client: 'Klantnummer', birth: 'Geboortedatum' }),
        '',
        ...muni(c),
        '',
        `${c.p.city}, ${fmtDate(c.date, 'long')}`,
        `Betreft: ${rng.pick(['verzoek om voorschot', 'aanvraag voorschot bijstand', 'Voorschot levensonderhoud'])}`,
        '',
        'Geachte heer/mevrouw,',
        '',
        ...paras(
          84,
          `Op ${fmtDate(applied, 'long')} heb ik bijstand aangevraagd. Ik heb nog geen beslissing ontvangen en ook nog geen geld. ${one(rng, `Mijn laatste loon kreeg ik op ${fmtDate(past(c, 30, 60), 'long')}.`, 'Mijn WW is gestopt en ik heb geen spaargeld.', 'Mijn partner is vertrokken en ik sta er nu alleen voor met de kinderen.')}`,
          `Ik vraag u daarom om een voorschot op mijn uitkering. Mijn huur van ${money(rng.amount(450, 1000), { euro: true })} moet ${rng.pick(['volgende week', 'op de 1e', 'deze maand'])} betaald worden en ik heb ${rng.pick(['nog maar', 'minder dan'])} ${money(rng.amount(5, 60), { euro: true })} op mijn rekening.`,
          `U kunt het voorschot overmaken op ${ibanText(c.p.iban, rng)} t.n.v. ${c.p.initials} ${c.p.lastName}.`,
        ),
        '',
        'Met vriendelijke groet,',
        '',
        c.p.name,
        c.p.phone,
      ],
    ];
  },
};

const advanceShortNote: Template = {
  id: 'benefit_application.voorschot-briefje',
  group: 'benefit_application.verzoek-voorschot',
  type: 'benefit_application',
  lang: 'nl',
  style: 'handwritten',
  weight: 0.4,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    return [
      [
        `${c.p.name}  ${c.p.postcode}`,
        ...idsInline(c, { bsn: 'bsn', client: 'klantnr', birth: 'geb' }),
        '',
        ...paras(
          52,
          sloppy(
            one(
              rng,
              'Ik heb bijstand aangevraagd maar nog niks gekregen. Kan ik voorschot krijgen? Ik heb geen eten meer in huis.',
              'Graag een voorschot want mijn aanvraag duurt lang. Ik kan de huur niet betalen.',
              'Verzoek voorschot. Aanvraag is al gedaan. geld is op.',
            ),
            rng,
            0.5,
          ),
        ),
        '',
        `${fmtDate(c.date, 'short')}  ${c.p.firstName}`,
      ],
    ];
  },
};

const onlineFormPrintout: Template = {
  id: 'benefit_application.online-formulier-afdruk',
  type: 'benefit_application',
  lang: 'nl',
  style: 'form',
  weight: 0.8,
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const stamp = `${fmtDate(c.date)} ${clock(rng, 8, 23)}`;
    const url = `https://mijn.${mailDomain(c.org.city)}.nl/e-formulieren/aanvraag-levensonderhoud/samenvatting`;
    const yes = (p: number) => (rng.chance(p) ? 'Ja' : 'Nee');
    const lines = [
      'Stap 6 van 6: Controleren en versturen',
      '',
      'Aanvraag levensonderhoud (bijstand)',
      '',
      'Uw gegevens',
      `  Naam                          ${c.p.name}`,
      ...(c.show.bsn ? [`  Burgerservicenummer           ${c.p.bsn}`] : []),
      ...(c.show.birthDate ? [`  Geboortedatum                 ${fmtIso(c.p.birthDate)}`] : []),
      `  Adres                         ${c.p.street} ${c.p.houseNumber}`,
      `  Postcode en woonplaats        ${c.p.postcode} ${c.p.city}`,
      `  E-mailadres                   ${c.p.email}`,
      `  Telefoonnummer                ${c.p.phone}`,
      '',
      'Uw situatie',
      `  Woont u samen met een partner?                  ${yes(0.2)}`,
      `  Wonen er andere volwassenen op uw adres?        ${yes(0.3)}`,
      `  Heeft u kinderen jonger dan 18?                 ${yes(0.4)}`,
      `  Ingangsdatum gewenst                            ${fmtDate(ahead(c, 0, 7))}`,
      '',
      'Inkomen en vermogen',
      `  Heeft u inkomsten?                              ${yes(0.25)}`,
      `  Saldo van al uw rekeningen                      ${money(rng.amount(0, 900), { euro: true })}`,
      `  Heeft u een auto, motor of boot?                ${yes(0.15)}`,
      `  Rekeningnummer (IBAN)                           ${ibanText(c.p.iban, rng)}`,
      '',
      'Bijlagen (geüpload)',
      `  identiteitsbewijs.jpg  (${rng.int(200, 900)} kB)`,
      `  bankafschriften-3mnd.pdf  (${rng.int(1, 4)},${rng.int(1, 9)} MB)`,
      ...(rng.chance(0.5) ? [`  huurcontract.pdf  (${rng.int(300, 999)} kB)`] : []),
      '',
      '[X] Ik verklaar dat ik dit formulier naar waarheid heb ingevuld.',
      '',
      `Verzonden op ${stamp}. Referentie: AVL-${rng.letters(3)}${rng.digits(5)}`,
    ];
    return paginate(
      lines,
      rng.int(22, 40),
      () => [`${stamp}                Aanvraag levensonderhoud - ${c.org.name}`, ''],
      (p, n) => ['', `${url}                ${p}/${n}`],
    );
  },
};

const englishApplicationEmail: Template = {
  id: 'benefit_application.en-newcomer-email',
  type: 'benefit_application',
  lang: 'en',
  style: 'printed',
  weight: 0.45,
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    return [
      [
        `From: ${c.p.name} <${c.p.email}>`,
        `To: werkeninkomen@${mailDomain(c.org.city)}.nl`,
        `Sent: ${fmtDate(c.date, 'en')}`,
        `Subject: ${rng.pick(['Applying for social assistance', 'help with income / bijstand', 'How do I apply for benefits?', 'Request for financial support'])}`,
        '',
        'Dear Sir or Madam,',
        '',
        ...paras(
          82,
          one(
            rng,
            `I moved to ${c.p.city} ${rng.int(2, 10)} months ago with my partner, who has a Dutch residence permit. We have now separated and I have no income of my own. I would like to apply for social assistance (bijstand) for myself and my daughter.`,
            `I have been working for an agency since I arrived in the Netherlands, but my contract ended on ${fmtDate(past(c, 10, 40), 'en')}. I am not entitled to WW. I would like to apply for a benefit to cover my living costs and rent.`,
            `I recently received my residence permit and I am now living in ${c.p.city}. The COA told me to contact the municipality for a living allowance. I have no money for groceries this week.`,
          ),
          `My address is ${c.p.street} ${c.p.houseNumber}, ${c.p.postcode} ${c.p.city}. ${rng.pick(['Could you send me the application form in English?', 'Please let me know which documents I need to bring.', 'I would like to make an appointment as soon as possible.'])}`,
        ),
        ...ids(c, EN, ': ', 'slash'),
        '',
        'Thank you very much,',
        c.p.name,
        c.p.phone,
      ],
    ];
  },
};

const turkishApplication: Template = {
  id: 'benefit_application.tr.basvuru-avans',
  type: 'benefit_application',
  lang: 'tr',
  style: 'handwritten',
  weight: 0.35,
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    return [
      [
        c.p.name,
        `${c.p.street} ${c.p.houseNumber}`,
        `${c.p.postcode} ${c.p.city}`,
        ...ids(c, TR, ': ', 'dot'),
        '',
        `Sayın ${c.org.name},`,
        '',
        `Konu: ${rng.pick(['Sosyal yardım başvurusu (aanvraag bijstand)', 'Geçim yardımı başvurusu', 'Yardım ve avans talebi'])}`,
        '',
        ...paras(
          64,
          one(
            rng,
            `Eşimden ayrıldım ve şimdi ${rng.int(1, 3)} çocuğumla tek başıma yaşıyorum. Hiç gelirim yok. Geçimimi sağlamak için sosyal yardım (bijstand) başvurusu yapmak istiyorum.`,
            `${fmtDate(past(c, 20, 60), 'dot')} tarihinde işten çıkarıldım. İşsizlik parası (WW) alamıyorum çünkü çok kısa çalıştım. Yaşam masrafları için yardım istiyorum.`,
            `Türkiye'den aile birleşimi ile geldim. Eşim hastalandı ve artık çalışamıyor. Evde hiç para yok. Belediyeden geçim yardımı istiyoruz.`,
          ),
          rng.chance(0.6) &&
            `Kiramı ödeyemiyorum (${money(rng.amount(450, 950), { euro: true })} aylık). Mümkünse bana avans (voorschot) verin.`,
          'Lütfen bana başvuru formunu gönderin veya bir randevu verin. Hollandaca iyi bilmiyorum, kızım bana yardım ediyor.',
        ),
        '',
        'Saygılarımla,',
        c.p.name,
        `Tel: ${c.p.phone}`,
      ],
    ];
  },
};

const arabicApplication: Template = {
  id: 'benefit_application.ar.statushouder',
  type: 'benefit_application',
  lang: 'ar',
  style: 'handwritten',
  weight: 0.35,
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    return [
      [
        c.p.name,
        `${c.p.street} ${c.p.houseNumber}, ${c.p.postcode} ${c.p.city}`,
        ...ids(c, AR, ': ', 'dmy'),
        '',
        `إلى: ${c.org.name} - قسم العمل والدخل (Werk en Inkomen)`,
        `التاريخ: ${fmtDate(c.date, 'dmy')}`,
        '',
        `الموضوع: ${rng.pick(['طلب مساعدة اجتماعية (aanvraag bijstand)', 'طلب مساعدة مالية للمعيشة', 'طلب سلفة على المساعدة (voorschot)'])}`,
        '',
        rng.pick(['السادة المحترمون،', 'إلى من يهمه الأمر،']),
        '',
        ...paras(
          70,
          one(
            rng,
            `أنا لاجئ حاصل على إقامة وانتقلت مؤخراً إلى بلديتكم. ليس لدي عمل ولا دخل. أطلب منكم مساعدة مالية لتغطية مصاريف المعيشة.`,
            `وصلت إلى هولندا عن طريق لم الشمل مع عائلتي. زوجي لا يعمل بسبب المرض ولدينا ${rng.pick(['طفلان', 'ثلاثة أطفال', 'أربعة أطفال', 'خمسة أطفال'])}. نحتاج إلى مساعدة للمعيشة والإيجار.`,
            `كنت أعمل في مستودع عن طريق وكالة توظيف وانتهى عقدي. لا أحصل على WW. أرجو مساعدتي حتى أجد عملاً جديداً.`,
          ),
          rng.chance(0.5) && 'لا يوجد لدي مال لشراء الطعام هذا الأسبوع، هل يمكن الحصول على سلفة (voorschot)؟',
          `رقم حسابي البنكي: ${ibanText(c.p.iban, rng)}`,
          'أرجو تحديد موعد، وأحتاج إلى مترجم لأنني لا أتكلم الهولندية جيداً.',
        ),
        '',
        'مع خالص الشكر،',
        c.p.name,
      ],
    ];
  },
};

const ukrainianApplication: Template = {
  id: 'benefit_application.uk.zayava-leefgeld',
  type: 'benefit_application',
  lang: 'uk',
  style: 'printed',
  weight: 0.35,
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    return [
      [
        `${c.p.name}`,
        `${c.p.street} ${c.p.houseNumber}, ${c.p.postcode} ${c.p.city}`,
        `Тел.: ${c.p.phone}`,
        ...ids(c, UK, ': ', 'dot'),
        '',
        `${c.org.name}`,
        'Werk en Inkomen',
        '',
        `Дата: ${fmtDate(c.date, 'dot')}`,
        '',
        `ЗАЯВА ${rng.pick(['на отримання допомоги на прожиття (aanvraag levensonderhoud)', 'про призначення соціальної допомоги (bijstand)', 'щодо фінансової допомоги (leefgeld)'])}`,
        '',
        'Шановні пані та панове!',
        '',
        ...paras(
          80,
          one(
            rng,
            `Я з України, маю тимчасовий захист у Нідерландах. Раніше я ${c.p.gender === 'f' ? 'жила' : 'жив'} у муніципальному притулку, тепер маю власне житло за вказаною адресою. Я ${c.p.gender === 'f' ? 'втратила роботу на заводі, яку мала' : 'втратив роботу на заводі, яку мав'} через агентство.`,
            `Я ${c.p.gender === 'f' ? 'приїхала з чоловіком' : 'приїхав з дружиною'} та дитиною з ${rng.pick(['Харкова', 'Києва', 'Одеси', 'Дніпра', 'Запоріжжя'])}. Ми отримали житло в ${c.p.city}, але не маємо доходу. Я шукаю роботу, але поки що не ${c.p.gender === 'f' ? 'знайшла' : 'знайшов'}.`,
            `Моя робота закінчилася ${fmtDate(past(c, 10, 40), 'dot')}. Я не маю права на WW. У мене немає грошей на їжу та оплату житла.`,
          ),
          'Прошу призначити мені допомогу на прожиття. Додаю копії документів: посвідку (W-document), виписку з банку та договір оренди.',
          `Мій банківський рахунок: ${ibanText(c.p.iban, rng)}.`,
        ),
        '',
        'З повагою,',
        c.p.name,
      ],
    ];
  },
};

const polishApplication: Template = {
  id: 'benefit_application.pl.wniosek-po-agencji',
  type: 'benefit_application',
  lang: 'pl',
  style: 'printed',
  weight: 0.35,
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    return [
      [
        `Od: ${c.p.name} <${c.p.email}>`,
        `Do: werkeninkomen@${mailDomain(c.org.city)}.nl`,
        `Data: ${fmtDate(c.date, 'dot')}`,
        `Temat: ${rng.pick(['Wniosek o zasiłek (bijstand)', 'Prośba o pomoc finansową', 'aanvraag bijstand - wniosek'])}`,
        '',
        'Szanowni Państwo,',
        '',
        ...paras(
          80,
          one(
            rng,
            `${c.p.gender === 'f' ? 'pracowałam' : 'pracowałem'} przez agencję pracy ${rng.pick(STAFFING)} w szklarni. Umowa się skończyła i ${c.p.gender === 'f' ? 'straciłam' : 'straciłem'} też mieszkanie od agencji. Teraz mieszkam u kolegi w ${c.p.city}. Nie mam żadnych dochodów.`,
            `od ${rng.int(4, 12)} lat mieszkam w Holandii. Po rozwodzie ${c.p.gender === 'f' ? 'zostałam sama' : 'zostałem sam'} z dziećmi i nie mam pracy. Nie dostaję WW.`,
            `mój kontrakt w magazynie skończył się ${fmtDate(past(c, 10, 40), 'dot')}. Szukam pracy, ale na razie bez skutku. Nie mam pieniędzy na czynsz.`,
          ),
          'Proszę o pomoc finansową na utrzymanie (bijstand). Proszę o informację, jakie dokumenty muszę przysłać, i o termin spotkania.',
          `Adres: ${c.p.street} ${c.p.houseNumber}, ${c.p.postcode} ${c.p.city}. Konto bankowe: ${ibanText(c.p.iban, rng)}.`,
        ),
        ...ids(c, PL, ': ', 'dot'),
        '',
        'Z poważaniem,',
        c.p.name,
      ],
    ];
  },
};

// ---------------------------------------------------------------------------------------------
// Change forms

const handwrittenIncomeForm: Template = {
  id: 'change_form.inkomstenopgave-handgeschreven',
  type: 'change_form',
  lang: 'nl',
  style: 'form',
  weight: 0.8,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const month = fmtDate(past(c, 5, 35), 'long').replace(/^\d+ /, '');
    const employer = rng.pick([...EMPLOYERS, ...STAFFING]);
    const weeks = Array.from({ length: rng.int(4, 5) }, (_, i) => {
      const hours = rng.int(0, 32);
      return `  wk ${i + 1}    ${String(hours).padStart(2)} uur   ${hours === 0 ? 'ziek/geen werk' : money(hours * rng.amount(11, 15), { euro: true })}`;
    });
    return [
      [
        `INKOMSTENOPGAVE  ${c.org.name.toUpperCase()}`,
        'In te vullen met blokletters. Lever uw loonstrook mee!',
        '',
        `Naam: ${rng.chance(0.5) ? c.p.name.toUpperCase() : c.p.name}`,
        ...ids(c, { bsn: 'BSN', client: 'Klantnr', birth: 'Geb.datum' }),
        `Maand: ${month}`,
        `Werkgever/uitzendbureau: ${employer}`,
        '',
        '  week   uren     bruto',
        ...weeks,
        `  totaal netto: ${money(rng.amount(150, 1400), { euro: true })}  ${rng.pick(['', '(zie loonstrook)', '(ongeveer)', '~~ doorgestreept ~~'])}`,
        '',
        `Andere inkomsten?  [${rng.pick(['X', ' '])}] ja  [${rng.pick(['X', ' '])}] nee   zo ja: ${rng.pick(['vakantiegeld', 'kinderalimentatie', 'toeslag', '....................'])}`,
        `Wijzigingen in uw gezin of woonsituatie: ${rng.pick(['nee', 'geen', 'dochter is 18 geworden', 'zoon woont nu bij vader', '-'])}`,
        '',
        ...paras(
          60,
          sloppy(
            rng.pick([
              'ik heb minder uren gewerkt want ziek geweest.',
              'loonstrook komt later, werkgever is laat.',
              'zie achterkant',
              'contract is verlengd tot eind van jaar.',
              '',
            ]),
            rng,
            0.5,
          ),
        ),
        '',
        `Datum: ${fmtDate(c.date, rng.pick(['dmy', 'short', 'slash'] as const))}     Handtekening: ${c.p.initials} ${c.p.lastName}`,
        '_______________________________________________ formulier W&I-07 / versie 2024 _____',
      ],
    ];
  },
};

const changeLetter: Template = {
  id: 'change_form.wijziging-doorgeven-brief',
  type: 'change_form',
  lang: 'nl',
  style: 'printed',
  weight: 0.8,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const from = fmtDate(rng.chance(0.5) ? ahead(c, 1, 30) : past(c, 1, 20), 'long');
    const change = one(
      rng,
      `Per ${from} woont mijn vriend(in) ${c.q.name} bij mij in. ${c.q.firstName} werkt ${rng.int(16, 40)} uur per week bij ${rng.pick(EMPLOYERS)}.`,
      `Mijn zoon is per ${from} uit huis gegaan. Hij woont nu op kamers in ${rng.pick(['Utrecht', 'Groningen', 'Nijmegen', 'Tilburg'])}. Ik woon dus weer alleen.`,
      `Ik ga per ${from} verhuizen naar ${rng.pick(['Lindelaan', 'Oude Haven', 'Kastanjehof', 'Prinsenstraat'])} ${rng.int(1, 200)}, ${rng.int(1000, 9999)} ${rng.letters(2)} ${c.p.city}.`,
      `Ik heb per ${from} werk gevonden als ${rng.pick(JOB_TITLES)} voor ${rng.int(8, 32)} uur per week. Mijn eerste loon krijg ik eind van de maand.`,
      `Mijn partner en ik gaan per ${from} uit elkaar. ${c.q.firstName} heeft een eigen woning gevonden.`,
      `Ik krijg vanaf ${from} kinderalimentatie van ${money(rng.amount(100, 450), { euro: true })} per maand.`,
    );
    return [
      [
        ...address(c.p),
        ...clientLine(c),
        ...bsnLine(c),
        ...birthLine(c),
        '',
        ...muni(c),
        '',
        `${c.p.city}, ${fmtDate(c.date, 'long')}`,
        '',
        `Onderwerp: ${rng.pick(['wijziging doorgeven', 'Wijziging in mijn situatie', 'melding wijziging', 'Doorgeven verandering'])}`,
        '',
        'Geachte heer/mevrouw,',
        '',
        ...paras(
          84,
          `${rng.pick(['Ik wil een wijziging doorgeven.', 'Hierbij geef ik een wijziging door.', 'Zoals verplicht meld ik u een wijziging.'])} ${change}`,
          rng.chance(0.6) &&
            rng.pick([
              'Een kopie van het contract stuur ik mee.',
              'Als u meer gegevens nodig heeft, hoor ik het graag.',
              'Wilt u mijn uitkering daarop aanpassen?',
              'Ik heb het ook al telefonisch gemeld bij mijn consulent.',
            ]),
        ),
        '',
        'Met vriendelijke groet,',
        '',
        c.p.name,
      ],
    ];
  },
};

const englishChangeForm: Template = {
  id: 'change_form.en-income-form-filled',
  type: 'change_form',
  lang: 'en',
  style: 'form',
  weight: 0.4,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const month = fmtDate(past(c, 5, 35), 'en').replace(/^\d+ /, '');
    return [
      [
        `${c.org.name} - Work and Income`,
        'FORM: REPORTING INCOME AND CHANGES (Wijzigingsformulier / inkomstenopgave)',
        '==========================================================================',
        `Name: ${c.p.name}`,
        ...ids(c, EN, ': ', rng.pick(['dmy', 'slash'] as const)),
        `Address: ${c.p.street} ${c.p.houseNumber}, ${c.p.postcode} ${c.p.city}`,
        '',
        'A. INCOME',
        `Month: ${month}`,
        `Employer / agency: ${rng.pick([...STAFFING, ...EMPLOYERS])}`,
        `Gross income: ${moneyEn(rng.amount(200, 2100))}     Net income: ${moneyEn(rng.amount(180, 1700))}`,
        `Hours worked: ${rng.int(12, 140)}`,
        '',
        'B. OTHER CHANGES',
        `[${rng.pick(['X', ' '])}] someone moved in / out     [${rng.pick(['X', ' '])}] new job / job ended     [ ] moving house`,
        `Details: ${rng.pick(['my contract ended on the last day of the month', 'my brother moved in temporarily', 'none', 'I started a new job at a hotel', '-'])}`,
        '',
        'I declare that I have completed this form truthfully.',
        `Date: ${fmtDate(c.date, 'dmy')}        Signature: ${c.p.name}`,
        '==========================================================================',
        'Please attach your payslip(s). Form WI-12E',
      ],
    ];
  },
};

const turkishChangeForm: Template = {
  id: 'change_form.tr.gelir-bildirimi',
  type: 'change_form',
  lang: 'tr',
  style: 'form',
  weight: 0.35,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    return [
      [
        `${c.org.name.toUpperCase()}`,
        'GELİR BİLDİRİMİ / DEĞİŞİKLİK FORMU (inkomstenopgave)',
        '',
        `Adı soyadı: ${c.p.name}`,
        ...ids(c, TR, ': ', 'dot'),
        `Adres: ${c.p.street} ${c.p.houseNumber}, ${c.p.postcode} ${c.p.city}`,
        '',
        `Ay: ${fmtDate(past(c, 5, 35), 'dot').slice(3)}`,
        `İşveren: ${rng.pick([...EMPLOYERS, ...STAFFING])}`,
        `Çalışılan saat: ${rng.int(10, 120)}`,
        `Net gelir: ${money(rng.amount(150, 1500), { euro: true })}`,
        '',
        `Durumunuzda değişiklik var mı?  [${rng.pick(['X', ' '])}] evet  [${rng.pick(['X', ' '])}] hayır`,
        `Açıklama: ${rng.pick(['Oğlum evden ayrıldı.', 'Yeni bir işe başladım.', 'Eşim Türkiye’den geldi, artık bizimle yaşıyor.', 'İşim bitti, artık çalışmıyorum.', '-'])}`,
        '',
        'Maaş bordrosu ektedir.',
        `Tarih: ${fmtDate(c.date, 'dot')}      İmza: ${c.p.name}`,
      ],
    ];
  },
};

const polishChangeEmail: Template = {
  id: 'change_form.pl.zgloszenie-zmiany-email',
  type: 'change_form',
  lang: 'pl',
  style: 'printed',
  weight: 0.35,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    return [
      [
        `Od: ${c.p.name} <${c.p.email}>`,
        `Do: werkeninkomen@${mailDomain(c.org.city)}.nl`,
        `Data: ${fmtDate(c.date, 'dot')}`,
        `Temat: ${rng.pick(['Zgłoszenie zmiany', 'Dochody za miesiąc', 'zmiana sytuacji / wijziging'])}`,
        '',
        'Dzień dobry,',
        '',
        ...paras(
          80,
          one(
            rng,
            `od ${fmtDate(past(c, 5, 30), 'dot')} pracuję ${rng.int(12, 32)} godzin tygodniowo w ${rng.pick(EMPLOYERS)}. Wynagrodzenie za ostatni miesiąc: ${money(rng.amount(300, 1500), { euro: true })} netto. W załączniku pasek wypłaty (loonstrook).`,
            `${c.p.gender === 'f' ? 'chciałabym' : 'chciałbym'} zgłosić zmianę: ${c.q.gender === 'f' ? 'moja partnerka' : 'mój partner'} ${c.q.firstName} ${c.q.gender === 'f' ? 'wprowadziła' : 'wprowadził'} się do mnie od ${fmtDate(ahead(c, 1, 20), 'dot')}. ${c.q.gender === 'f' ? 'Ona' : 'On'} pracuje na pełny etat.`,
            `moja umowa z agencją ${rng.pick(STAFFING)} zakończyła się. Od przyszłego miesiąca nie mam już dochodów z pracy.`,
          ),
          'Proszę o dostosowanie mojego zasiłku.',
        ),
        ...ids(c, PL, ': ', 'dot'),
        '',
        'Pozdrawiam,',
        c.p.name,
      ],
    ];
  },
};

const lateLearnerChangeNote: Template = {
  id: 'change_form.kort-briefje-nt2',
  type: 'change_form',
  lang: 'nl',
  style: 'handwritten',
  weight: 0.4,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    // A short note in the Dutch of someone who learnt it late.
    return [
      [
        c.p.name,
        ...idsInline(c, { bsn: 'BSN', client: 'klantnummer', birth: 'geboren' }),
        '',
        ...paras(
          50,
          one(
            rng,
            `Ik wil wijziging geven. Mijn dochter is nu 18 jaar en gaat werken bij ${rng.pick(['Albert Heijn', 'Jumbo', 'Action', 'bakkerij'])}. Zij woont nog bij mij.`,
            `Wijziging: ik werk nu ${rng.int(8, 24)} uur in de week. loonstrook zit erbij. vorige maand ik heb ${money(rng.amount(200, 900), { euro: true })} gekregen.`,
            `Mijn man is terug naar Turkije voor 3 maand voor zijn moeder. Ik geef door. Hij is niet thuis vanaf ${fmtDate(past(c, 1, 10))}.`,
            `Ik heb nieuwe baan, begin ${fmtDate(ahead(c, 2, 20))}. Contract zit erbij.`,
          ),
        ),
        '',
        fmtDate(c.date),
      ],
    ];
  },
};

// ---------------------------------------------------------------------------------------------
// Holiday notices

const holidayShortNl: Template = {
  id: 'holiday_notice.ik-ga-kort-briefje',
  type: 'holiday_notice',
  lang: 'nl',
  style: 'handwritten',
  weight: 0.7,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const from = ahead(c, 5, 40);
    const to = addDays(from, rng.int(7, 28));
    const where = rng.pick(['Marokko', 'Turkije', 'Suriname', 'Polen', 'mijn familie in Ghana', 'Egypte', 'Spanje', 'Bosnië']);
    return [
      [
        ...idsInline(c, { bsn: 'BSN', client: 'klantnr', birth: 'geb.' }),
        ...paras(
          48,
          sloppy(
            `${rng.pick(['Ik ga', 'Hierbij meld ik, ik ga', 'Beste consulent, ik ga'])} van ${fmtDate(from, rng.pick(['dmy', 'short', 'long'] as const))} tot ${fmtDate(to, rng.pick(['dmy', 'long'] as const))} naar ${where}.${rng.chance(0.5) ? ' Vliegticket zit erbij.' : ''}`,
            rng,
            0.4,
          ),
        ),
        '',
        `${c.p.name}`,
        `${c.p.street} ${c.p.houseNumber}`,
      ],
    ];
  },
};

const holidayFamilyIll: Template = {
  id: 'holiday_notice.familie-ziek-met-vluchttabel',
  type: 'holiday_notice',
  lang: 'nl',
  style: 'printed',
  weight: 0.6,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const from = ahead(c, 3, 25);
    const to = addDays(from, rng.int(10, 28));
    const [country, airport] = rng.pick([
      ['Marokko', 'NDR Nador'],
      ['Turkije', 'ASR Kayseri'],
      ['Egypte', 'CAI Cairo'],
      ['Suriname', 'PBM Paramaribo'],
      ['Irak', 'EBL Erbil'],
      ['Polen', 'KTW Katowice'],
    ] as const);
    const fl = () => `${rng.letters(2)} ${rng.int(100, 9999)}`;
    return [
      [
        ...address(c.p),
        ...ids(c, { bsn: 'BSN', client: 'Klantnummer', birth: 'Geboortedatum' }),
        '',
        ...muni(c),
        '',
        `${c.p.city}, ${fmtDate(c.date, 'long')}`,
        `Betreft: ${rng.pick(['melding verblijf buitenland', 'vakantiemelding', 'tijdelijk verblijf in het buitenland'])}`,
        '',
        'Geachte heer/mevrouw,',
        '',
        ...paras(
          84,
          `Hierbij meld ik dat ik van ${fmtDate(from, 'long')} tot en met ${fmtDate(to, 'long')} in ${country} ben. ${one(rng, 'Mijn moeder is ernstig ziek en ik wil bij haar zijn.', 'Mijn vader is overleden en ik ga naar de begrafenis en de rouwperiode.', 'Mijn zus gaat trouwen.', 'Ik ga mijn familie bezoeken, die ik drie jaar niet heb gezien.')}`,
          'Ik weet dat ik maximaal vier weken per jaar in het buitenland mag zijn met behoud van uitkering. Mijn vluchtgegevens staan hieronder; de e-ticket stuur ik mee.',
        ),
        '',
        'Datum        Vlucht     Van            Naar',
        '-----------  ---------  -------------  -------------',
        `${fmtDate(from).padEnd(11)}  ${fl().padEnd(9)}  AMS Schiphol   ${airport}`,
        `${fmtDate(to).padEnd(11)}  ${fl().padEnd(9)}  ${airport.padEnd(13)}  AMS Schiphol`,
        '',
        ...paras(84, rng.chance(0.5) && `Tijdens mijn afwezigheid ben ik bereikbaar via ${c.p.phone} (WhatsApp).`),
        '',
        'Met vriendelijke groet,',
        '',
        c.p.name,
      ],
    ];
  },
};

const holidayEnglishNote: Template = {
  id: 'holiday_notice.en-handwritten-note',
  type: 'holiday_notice',
  lang: 'en',
  style: 'handwritten',
  weight: 0.35,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const from = ahead(c, 5, 40);
    const to = addDays(from, rng.int(7, 28));
    return [
      [
        c.p.name,
        ...ids(c, EN, ': ', 'slash'),
        '',
        `To my consultant at ${c.org.name},`,
        '',
        ...paras(
          56,
          `I am going to ${rng.pick(['Nigeria', 'India', 'Ghana', 'Eritrea', 'Poland', 'the UK', 'Ethiopia'])} from ${fmtDate(from, rng.pick(['en', 'slash'] as const))} to ${fmtDate(to, rng.pick(['en', 'slash'] as const))} ${rng.pick(['to visit my family.', 'for my brother’s wedding.', 'because my mother is ill.', 'for a holiday.'])}`,
          rng.chance(0.6) &&
            rng.pick(['My ticket is attached.', 'I will be back before my next appointment.', 'Please let me know if this is a problem.']),
        ),
        '',
        'Thanks,',
        c.p.firstName,
        fmtDate(c.date, 'slash'),
      ],
    ];
  },
};

const holidayArabic: Template = {
  id: 'holiday_notice.ar.ishaar-safar',
  type: 'holiday_notice',
  lang: 'ar',
  style: 'handwritten',
  weight: 0.3,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const from = ahead(c, 5, 40);
    const to = addDays(from, rng.int(7, 28));
    const where = rng.pick(['المغرب', 'مصر', 'الأردن', 'لبنان', 'تركيا', 'العراق']);
    return [
      [
        c.p.name,
        `${c.p.street} ${c.p.houseNumber}, ${c.p.postcode} ${c.p.city}`,
        ...ids(c, AR, ': ', 'dmy'),
        '',
        `إلى: ${c.org.name}`,
        `الموضوع: ${rng.pick(['إشعار سفر (vakantiemelding)', 'إشعار بالسفر إلى الخارج', 'إبلاغ عن إجازة'])}`,
        '',
        'السادة المحترمون،',
        '',
        ...paras(
          66,
          `أود إبلاغكم بأنني سأسافر إلى ${where} من ${fmtDate(from, 'dmy')} إلى ${fmtDate(to, 'dmy')} ${rng.pick(['لزيارة عائلتي.', 'لأن والدتي مريضة.', 'لحضور زفاف أخي.', 'لقضاء العطلة مع أطفالي.'])}`,
          'أعلم أن مدة الإقامة في الخارج يجب ألا تتجاوز أربعة أسابيع في السنة.',
          rng.chance(0.6) && 'مرفق نسخة من تذكرة الطيران.',
        ),
        '',
        'مع التحية والتقدير،',
        c.p.name,
        `التاريخ: ${fmtDate(c.date, 'dmy')}`,
      ],
    ];
  },
};

const holidayUkrainian: Template = {
  id: 'holiday_notice.uk.povidomlennia-vyizd',
  type: 'holiday_notice',
  lang: 'uk',
  style: 'printed',
  weight: 0.3,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const from = ahead(c, 5, 40);
    const to = addDays(from, rng.int(7, 28));
    return [
      [
        `${c.p.name}, ${c.p.street} ${c.p.houseNumber}, ${c.p.postcode} ${c.p.city}`,
        ...ids(c, UK, ': ', 'dot'),
        '',
        `${c.org.name} - Werk en Inkomen`,
        `Дата: ${fmtDate(c.date, 'dot')}`,
        '',
        `Тема: ${rng.pick(['Повідомлення про від’їзд за кордон (vakantiemelding)', 'Повідомлення про поїздку', 'Відпустка / поїздка до України'])}`,
        '',
        'Шановні пані та панове!',
        '',
        ...paras(
          80,
          `Повідомляю, що я їду ${rng.pick(['до України', 'до Польщі', 'до Молдови'])} з ${fmtDate(from, 'dot')} по ${fmtDate(to, 'dot')}, ${rng.pick(['щоб відвідати маму, яка хворіє.', 'щоб оформити документи.', 'на весілля сестри.', 'щоб побачити чоловіка.'])}`,
          'Я розумію, що під час перебування за кордоном маю дотримуватися правил щодо допомоги.',
          rng.chance(0.6) && 'Копію квитків на автобус додаю.',
        ),
        '',
        'З повагою,',
        c.p.name,
      ],
    ];
  },
};

const holidayTurkish: Template = {
  id: 'holiday_notice.tr.tatil-bildirimi',
  type: 'holiday_notice',
  lang: 'tr',
  style: 'handwritten',
  weight: 0.3,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const from = ahead(c, 5, 40);
    const to = addDays(from, rng.int(7, 28));
    return [
      [
        c.p.name,
        `${c.p.street} ${c.p.houseNumber}`,
        `${c.p.postcode} ${c.p.city}`,
        ...ids(c, TR, ': ', 'dot'),
        '',
        `${c.org.name}, Werk en Inkomen`,
        '',
        `Konu: ${rng.pick(['Tatil bildirimi (vakantiemelding)', 'Yurt dışına seyahat', 'Türkiye’ye gidiş'])}`,
        '',
        'Sayın yetkili,',
        '',
        ...paras(
          60,
          `${fmtDate(from, 'dot')} - ${fmtDate(to, 'dot')} tarihleri arasında ${rng.pick(['Türkiye’ye', 'Kayseri’ye', 'Konya’ya', 'İzmir’e', 'Bulgaristan’a'])} gideceğim. ${rng.pick(['Annemi ziyaret edeceğim.', 'Babam hasta.', 'Kardeşimin düğünü var.', 'Çocuklarla tatile gidiyoruz.'])}`,
          rng.chance(0.6) && 'Uçak biletimin kopyasını ekte gönderiyorum.',
        ),
        '',
        'Saygılarımla,',
        c.p.name,
        fmtDate(c.date, 'dot'),
      ],
    ];
  },
};

// ---------------------------------------------------------------------------------------------
// Proof of job applications

const atsConfirmation: Template = {
  id: 'job_application_proof.ats-bevestiging-noreply',
  type: 'job_application_proof',
  lang: 'nl',
  style: 'printed',
  weight: 0.8,
  supports: [],
  render(c) {
    const { rng } = c;
    const employer = rng.pick(EMPLOYERS);
    const job = rng.pick(JOB_TITLES);
    const sent = past(c, 1, 20);
    return [
      [
        `${fmtDate(c.date)} ${clock(rng, 8, 22)}                         Outlook`,
        '',
        `Van: ${employer} <no-reply@${rng.pick(['recruitee.com', 'homerun.co', 'werkenbij-mail.nl', 'talentsoft.com'])}>`,
        `Aan: ${c.p.name} <${c.p.email}>`,
        `Datum: ${fmtDate(sent, 'weekday')} ${clock(rng, 8, 22)}`,
        `Onderwerp: ${rng.pick(['Bedankt voor je sollicitatie!', `Je sollicitatie voor ${job} is ontvangen`, 'Bevestiging van ontvangst sollicitatie'])}`,
        '',
        `Hoi ${c.p.firstName},`,
        '',
        ...paras(
          78,
          `Bedankt voor je sollicitatie op de vacature ${job} (vacaturenummer ${rng.digits(5)}) bij ${employer}. We hebben je cv${rng.chance(0.5) ? ' en motivatie' : ''} in goede orde ontvangen.`,
          `We bekijken alle sollicitaties zorgvuldig. Binnen ${rng.int(5, 14)} werkdagen hoor je van ons of we je uitnodigen voor een kennismaking.`,
          'Dit is een automatisch bericht; je kunt niet op deze e-mail reageren.',
        ),
        '',
        'Met vriendelijke groet,',
        `Team Recruitment ${employer}`,
        '',
        '---------------------------------------------------------------',
        'Privacyverklaring  |  Je gegevens verwijderen  |  Vacatures',
        'Je ontvangt deze e-mail omdat je hebt gesolliciteerd via onze website.',
      ],
    ];
  },
};

const employerRejectionShort: Template = {
  id: 'job_application_proof.afwijzing-werkgever-informeel',
  type: 'job_application_proof',
  lang: 'nl',
  style: 'printed',
  weight: 0.7,
  supports: [],
  render(c) {
    const { rng } = c;
    const employer = rng.pick(EMPLOYERS);
    const job = rng.pick(JOB_TITLES);
    const short = rng.chance(0.4);
    return [
      [
        employer.toUpperCase(),
        `${rng.pick(['Ambachtsweg', 'Edisonweg', 'Newtonstraat', 'Bedrijvenweg'])} ${rng.int(1, 150)} | ${rng.int(1000, 9999)} ${rng.letters(2)} ${rng.pick(['Ede', 'Veenendaal', 'Zeist', 'Houten', 'Amersfoort', 'Barneveld'])}`,
        '',
        ...address(c.p),
        '',
        fmtDate(c.date, 'long'),
        `Betreft: je sollicitatie als ${job}`,
        '',
        `Beste ${c.p.firstName},`,
        '',
        ...(short
          ? paras(
              80,
              `Bedankt voor je interesse in de functie van ${job}. Helaas hebben we gekozen voor een andere kandidaat. Veel succes met zoeken!`,
            )
          : paras(
              80,
              `Bedankt voor je sollicitatie en de tijd die je hebt genomen voor ${rng.pick(['het gesprek', 'het proefdraaien', 'de telefonische kennismaking'])} op ${fmtDate(past(c, 3, 15), 'long')}.`,
              `We hebben veel reacties gehad. ${one(rng, 'We hebben gekozen voor iemand met meer ervaring in deze functie.', 'Helaas passen je beschikbare uren niet bij onze roosters.', 'Voor deze functie is een rijbewijs B nodig; daarom kunnen we je niet aannemen.', 'We zoeken iemand die de Nederlandse taal beter beheerst.')}`,
              'We bewaren je gegevens, met je toestemming, nog een jaar voor een volgende vacature.',
            )),
        '',
        'Groeten,',
        `${c.r.firstName} ${c.r.lastName}`,
        rng.pick(['HR-adviseur', 'Vestigingsmanager', 'Teamleider', 'Eigenaar']),
      ],
    ];
  },
};

const agencyRegistrationNl: Template = {
  id: 'job_application_proof.uitzendbureau-inschrijving-app',
  type: 'job_application_proof',
  lang: 'nl',
  style: 'printed',
  weight: 0.6,
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const agency = rng.pick(STAFFING);
    return [
      [
        `${agency}  |  Mijn ${agency.split(' ')[0]}`,
        '',
        'Inschrijving voltooid',
        '',
        `Welkom ${c.p.firstName}! Je inschrijving bij ${agency} vestiging ${c.p.city} is gelukt.`,
        '',
        'JOUW GEGEVENS',
        `Naam .................. ${c.p.name}`,
        ...ids(c, { bsn: 'BSN ...................', client: 'Klantnummer', birth: 'Geboortedatum .........' }, ' '),
        `E-mail ................ ${c.p.email}`,
        `Gewenst werk .......... ${rng.sample(JOB_TITLES, 2).join(', ')}`,
        `Uren per week ......... ${rng.pick(['16-24', '24-32', '32-40', 'fulltime', 'zo veel mogelijk'])}`,
        `Vervoer ............... ${rng.pick(['fiets', 'auto', 'OV', 'scooter'])}`,
        `Beschikbaar vanaf ..... ${fmtDate(ahead(c, 0, 14))}`,
        '',
        `Je intercedent: ${c.r.firstName} ${c.r.lastName}`,
        `Ingeschreven op: ${fmtDate(past(c, 0, 10))}`,
        '',
        ...paras(76, 'Zodra er een passende opdracht is, nemen we contact met je op. Houd je beschikbaarheid actueel in de app.'),
        '',
        `© ${agency} - Privacy - Cookies - App downloaden`,
      ],
    ];
  },
};

const agencyRegistrationEn: Template = {
  id: 'job_application_proof.en-agency-registration',
  type: 'job_application_proof',
  lang: 'en',
  style: 'printed',
  weight: 0.35,
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const agency = rng.pick(['Otto Workforce', 'Covebo', 'Randstad', 'Adecco', 'Hays', 'Manpower']);
    return [
      [
        `From: ${agency} <welcome@${mailDomain(agency)}.com>`,
        `To: ${c.p.email}`,
        `Date: ${fmtDate(past(c, 0, 10), 'en')}`,
        'Subject: Your registration is confirmed',
        '',
        `Dear ${c.p.firstName},`,
        '',
        ...paras(
          80,
          `Thank you for registering with ${agency} in ${c.p.city}. Your registration has been completed and your profile is now visible to our recruiters.`,
        ),
        '',
        'Registration details',
        `  Candidate name:   ${c.p.name}`,
        ...ids(c, EN, ':   ', 'slash').map((l) => `  ${l}`),
        `  Preferred roles:  ${rng.sample(JOB_TITLES_EN, 2).join(', ')}`,
        `  Availability:     from ${fmtDate(ahead(c, 0, 14), 'en')}`,
        `  Candidate ID:     C-${rng.digits(7)}`,
        '',
        ...paras(
          80,
          'Your consultant will contact you when a suitable vacancy comes up. Please keep your availability up to date in the app.',
        ),
        '',
        'Best regards,',
        `${c.r.firstName} ${c.r.lastName}`,
        `Recruitment Consultant, ${agency}`,
      ],
    ];
  },
};

const agencyRegistrationPl: Template = {
  id: 'job_application_proof.pl.potwierdzenie-rejestracji',
  type: 'job_application_proof',
  lang: 'pl',
  style: 'printed',
  weight: 0.35,
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const agency = rng.pick(['Covebo', 'Otto Workforce', 'E&A Uitzendbureau', 'Work Force', 'Randstad']);
    return [
      [
        `${agency.toUpperCase()} - Praca w Holandii`,
        '',
        'POTWIERDZENIE REJESTRACJI',
        '',
        `Dzień dobry ${c.p.firstName},`,
        '',
        ...paras(80, `dziękujemy za rejestrację w ${agency}. Poniżej znajdziesz swoje dane.`),
        '',
        `Imię i nazwisko:      ${c.p.name}`,
        ...ids(c, PL, ':      ', 'dot'),
        `Stanowisko:           ${rng.pick(['pracownik produkcji', 'pracownik magazynu', 'operator wózka widłowego', 'pracownik szklarni', 'kierowca'])}`,
        `Dostępność od:        ${fmtDate(ahead(c, 0, 14), 'dot')}`,
        `Oddział:              ${c.p.city}`,
        `Twój konsultant:      ${c.r.firstName} ${c.r.lastName}`,
        '',
        ...paras(
          80,
          'Skontaktujemy się z Tobą, gdy znajdziemy odpowiednią ofertę pracy. Ten dokument możesz pokazać w gminie jako dowód poszukiwania pracy.',
        ),
        '',
        'Pozdrawiamy,',
        `Zespół ${agency}`,
      ],
    ];
  },
};

const englishAtsConfirmation: Template = {
  id: 'job_application_proof.en-ats-thank-you',
  type: 'job_application_proof',
  lang: 'en',
  style: 'printed',
  weight: 0.35,
  supports: [],
  render(c) {
    const { rng } = c;
    const employer = rng.pick(['Booking.com', 'Tesla Tilburg', 'Amazon Logistics', 'Hilton Amsterdam', 'Coolblue', 'DHL Supply Chain']);
    const job = rng.pick(JOB_TITLES_EN);
    return [
      [
        `From: ${employer} Careers <no-reply@${mailDomain(employer)}.com>`,
        `To: ${c.p.name} <${c.p.email}>`,
        `Sent: ${fmtDate(past(c, 1, 20), 'en')}`,
        `Subject: ${rng.pick([`Application received - ${job}`, 'Thank you for applying', 'We have received your application'])}`,
        '',
        `Hi ${c.p.firstName},`,
        '',
        ...paras(
          80,
          `Thank you for applying for the ${job} position (job ID ${rng.letters(2)}-${rng.digits(5)}). We have received your application and our recruitment team will review it shortly.`,
          'If your profile matches the role, we will contact you to schedule an interview. Due to the high number of applications we may not be able to respond to everyone individually.',
        ),
        '',
        `The ${employer} Talent Acquisition team`,
        '',
        'This is an automated message. Please do not reply.',
        'Unsubscribe | Privacy notice | Candidate portal',
      ],
    ];
  },
};

const polishRejection: Template = {
  id: 'job_application_proof.pl.odmowa-pracodawcy',
  type: 'job_application_proof',
  lang: 'pl',
  style: 'printed',
  weight: 0.3,
  supports: [],
  render(c) {
    const { rng } = c;
    const job = rng.pick(['pracownik magazynu', 'sprzątaczka', 'pomocnik kuchenny', 'kierowca wózka widłowego', 'pracownik produkcji']);
    return [
      [
        `Od: ${rng.pick(['rekrutacja', 'hr', 'praca'])}@${rng.pick(['polwork', 'flexwerk', 'agrostaff', 'logipol'])}.nl`,
        `Do: ${c.p.name} <${c.p.email}>`,
        `Data: ${fmtDate(c.date, 'dot')}`,
        `Temat: Odpowiedź na aplikację - ${job}`,
        '',
        `Szanowny Panie / Szanowna Pani ${c.p.lastName},`,
        '',
        ...paras(
          80,
          `dziękujemy za przesłanie aplikacji na stanowisko ${job}. Niestety tym razem nie możemy zaproponować Panu/Pani pracy. ${rng.pick(['Wybraliśmy kandydata z większym doświadczeniem.', 'Wymagane jest prawo jazdy kat. B.', 'Obecnie nie mamy wolnych miejsc.'])}`,
          'Zachowamy Pana/Pani CV w naszej bazie i skontaktujemy się, gdy pojawi się nowa oferta.',
        ),
        '',
        'Z poważaniem,',
        'Dział Rekrutacji',
      ],
    ];
  },
};

export const moreVoicesATemplates: Template[] = [
  angryClient,
  lawyerFull,
  legalAidForm,
  rejectedApplication,
  rejectedApplicationNewcomer,
  proFormaClient,
  proFormaFax,
  englishObjectionFormal,
  englishObjectionShort,
  waitingEmail,
  rudeConsultant,
  lostDocuments,
  anonymousComplaint,
  conductNotDecision,
  englishComplaintConduct,
  turkishComplaint,
  polishComplaint,
  newcomerDutch,
  advanceRequest,
  advanceShortNote,
  onlineFormPrintout,
  englishApplicationEmail,
  turkishApplication,
  arabicApplication,
  ukrainianApplication,
  polishApplication,
  handwrittenIncomeForm,
  changeLetter,
  englishChangeForm,
  turkishChangeForm,
  polishChangeEmail,
  lateLearnerChangeNote,
  holidayShortNl,
  holidayFamilyIll,
  holidayEnglishNote,
  holidayArabic,
  holidayUkrainian,
  holidayTurkish,
  atsConfirmation,
  employerRejectionShort,
  agencyRegistrationNl,
  agencyRegistrationEn,
  agencyRegistrationPl,
  englishAtsConfirmation,
  polishRejection,
];
