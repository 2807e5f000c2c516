import { COUNTRIES_EN, COUNTRIES_HOLIDAY, EMPLOYERS } from '../pools.ts';
import type { Ctx, Template } from '../template.ts';
import {
  addDays,
  address,
  birthLine,
  bsnLine,
  clientLine,
  fmtDate,
  fmtIso,
  ibanText,
  money,
  one,
  paginate,
  paras,
  sloppy,
} from '../template.ts';

const box = (on: boolean) => (on ? '[X]' : '[ ]');

// ---------------------------------------------------------------------------------------------
// Benefit applications

const aanvraagBijstand: Template = {
  id: 'benefit_application.aanvraagformulier',
  type: 'benefit_application',
  lang: 'nl',
  style: 'form',
  weight: 2,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const partner = rng.chance(0.3);
    const lines = [
      '1. Persoonsgegevens aanvrager',
      `Achternaam: ${c.p.lastName}      Voornamen: ${c.p.firstName}`,
      ...bsnLine(c),
      ...birthLine(c),
      ...clientLine(c),
      `Nationaliteit: ${rng.pick(['Nederlandse', 'Turkse', 'Marokkaanse', 'Syrische', 'Eritrese', 'Poolse'])}`,
      `Adres: ${c.p.street} ${c.p.houseNumber}, ${c.p.postcode} ${c.p.city}`,
      `Telefoon: ${c.p.phone}   E-mail: ${c.p.email}`,
      `IBAN: ${ibanText(c.p.iban, rng)}`,
      '',
      '2. Partner',
      `Heeft u een partner met wie u samenwoont? ${box(partner)} ja ${box(!partner)} nee`,
      ...(partner ? [`Naam partner: ${c.q.name}`, `Geboortedatum partner: ${fmtIso(c.q.birthDate)}`] : []),
      '',
      '3. Woonsituatie',
      `${box(rng.chance(0.5))} huurwoning   ${box(rng.chance(0.1))} koopwoning   ${box(rng.chance(0.3))} inwonend bij ouders/familie   ${box(rng.chance(0.1))} dakloos`,
      `Huur per maand: ${money(rng.amount(350, 950), { euro: true })}`,
      `Aantal medebewoners (18 jaar of ouder): ${rng.int(0, 3)}`,
      '',
      '4. Inkomsten',
      `Heeft u op dit moment inkomsten? ${box(rng.chance(0.3))} ja ${box(rng.chance(0.7))} nee`,
      `Laatste werkgever: ${rng.pick(EMPLOYERS)} tot ${fmtDate(addDays(c.date, -rng.int(10, 300)))}`,
      `Heeft u een WW-uitkering aangevraagd? ${box(rng.chance(0.5))} ja ${box(rng.chance(0.5))} nee`,
      '',
      '5. Vermogen',
      `Saldo betaalrekening: ${money(rng.amount(0, 600), { euro: true })}   Spaargeld: ${money(rng.amount(0, 2000), { euro: true })}`,
      `Auto: ${box(rng.chance(0.2))} ja ${box(rng.chance(0.8))} nee`,
      '',
      '6. Verklaring en ondertekening',
      ...paras(
        86,
        'Ik verklaar dat ik dit formulier volledig en naar waarheid heb ingevuld. Ik weet dat ik wijzigingen direct moet doorgeven. Ik geef toestemming om mijn gegevens te controleren bij andere instanties.',
      ),
      `Datum: ${fmtDate(c.date)}   Handtekening aanvrager: ${c.p.initials} ${c.p.lastName}`,
    ];
    return paginate(lines, 24, (p, n) =>
      p === 1
        ? [
            c.org.name,
            'AANVRAAG ALGEMENE BIJSTAND',
            'Participatiewet - levensonderhoud',
            `Meldingsdatum: ${fmtDate(addDays(c.date, -rng.int(1, 10)))}`,
            'Lees de toelichting voordat u het formulier invult. Lever alle gevraagde bewijsstukken in.',
            '',
          ]
        : [`Aanvraag bijstand - pagina ${p} van ${n}`, ''],
    );
  },
};

const aanvraagDigitaal: Template = {
  id: 'benefit_application.digitale-aanvraag',
  type: 'benefit_application',
  lang: 'nl',
  style: 'printed',
  supports: ['bsn', 'client-number'],
  render(c) {
    const { rng } = c;
    return [
      [
        `${c.org.name} - Digitaal loket`,
        'Samenvatting van uw aanvraag levensonderhoud (bijstandsuitkering)',
        `Ingediend op ${fmtDate(c.date)} om ${rng.int(7, 23)}:${rng.digits(2)} met DigiD   Zaaknummer Z-${rng.digits(7)}`,
        '',
        'Aanvrager',
        `${c.p.name}`,
        ...bsnLine(c),
        ...clientLine(c),
        `Adres ${c.p.street} ${c.p.houseNumber}, ${c.p.postcode} ${c.p.city}`,
        '',
        'Uw antwoorden',
        `Gewenste ingangsdatum bijstand: ${fmtDate(addDays(c.date, rng.int(-5, 5)))}`,
        `Leefsituatie: ${rng.pick(['alleenstaande', 'alleenstaande ouder', 'gehuwd/samenwonend'])}`,
        `Inkomen op dit moment: ${rng.pick(['geen', 'WW-uitkering loopt af', 'parttime werk'])}`,
        `Bankrekening: ${ibanText(c.p.iban, rng)}`,
        '',
        'Wat moet u nog inleveren?',
        '- bankafschriften van alle rekeningen van de afgelopen 3 maanden',
        '- loonstroken of uitkeringsspecificaties van de afgelopen 3 maanden',
        '- huurcontract en laatste huurverhoging',
        '- kopie identiteitsbewijs',
        '',
        'U krijgt binnen 8 weken een beslissing op uw aanvraag.',
      ],
    ];
  },
};

const aanvraagBijzondere: Template = {
  id: 'benefit_application.bijzondere-bijstand',
  type: 'benefit_application',
  lang: 'nl',
  style: 'form',
  weight: 1.3,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const item = rng.pick([
      'wasmachine',
      'bril',
      'tandartskosten',
      'eigen bijdrage bewindvoering',
      'inrichtingskosten',
      'reiskosten ziekenhuisbezoek',
      'koelkast',
    ]);
    return [
      [
        c.org.name,
        'Aanvraagformulier bijzondere bijstand',
        '',
        'Persoonlijke gegevens',
        `Naam: ${c.p.name}`,
        ...bsnLine(c),
        ...clientLine(c),
        ...birthLine(c),
        `Adres: ${c.p.street} ${c.p.houseNumber}, ${c.p.postcode} ${c.p.city}`,
        '',
        'Waarvoor vraagt u bijzondere bijstand aan?',
        `Kosten voor: ${item}`,
        `Bedrag: ${money(rng.amount(60, 900), { euro: true })} (offerte / nota bijgevoegd)`,
        `Waarom kunt u deze kosten niet zelf betalen? ${sloppy(rng.pick(['ik heb geen spaargeld', 'mijn oude is kapot en ik heb geen geld', 'ik heb schulden en een laag inkomen']), rng, 0.4)}`,
        '',
        `Inkomen per maand: ${money(rng.amount(900, 1500), { euro: true })}   Bron: ${rng.pick(['bijstand', 'loon', 'WW', 'AOW'])}`,
        '',
        'Ik verklaar dat ik dit formulier naar waarheid heb ingevuld.',
        `Datum ${fmtDate(c.date)}   Handtekening ____`,
      ],
    ];
  },
};

const aanvraagBrief: Template = {
  id: 'benefit_application.client-letter',
  type: 'benefit_application',
  lang: 'nl',
  style: 'handwritten',
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const body = one(
      rng,
      `Ik wil graag een uitkering aanvragen. Ik ben ontslagen bij ${rng.pick(EMPLOYERS)} en ik heb geen inkomen meer. Ik heb geen recht op WW. Kunt u mij helpen?`,
      'Hierbij vraag ik bijstand aan. Mijn man is weggegaan en ik sta er alleen voor met twee kinderen. Ik heb geen geld voor de huur.',
      'Ik ben net uit de gevangenis/opvang gekomen en heb niks. Ik wil een bijstandsuitkering aanvragen zodat ik kan leven.',
      'Mijn WW stopt volgende maand. Ik wil op tijd een bijstandsuitkering aanvragen want ik heb nog geen werk gevonden.',
    );
    return [
      [
        ...address(c.p),
        ...bsnLine(c),
        ...clientLine(c),
        ...birthLine(c),
        '',
        `Aan: ${c.org.name}, afdeling Werk en Inkomen / Intake`,
        fmtDate(c.date),
        '',
        rng.pick(['Betreft: aanvraag bijstand', 'aanvraag uitkering', 'Onderwerp: bijstand aanvragen']),
        '',
        rng.pick(['Geachte heer/mevrouw,', 'Beste mensen,']),
        '',
        ...paras(66, sloppy(body, rng, rng.next())),
        '',
        'Met vriendelijke groet,',
        c.p.name,
        c.p.phone,
      ],
    ];
  },
};

const applicationEnglish: Template = {
  id: 'benefit_application.english-letter',
  type: 'benefit_application',
  lang: 'en',
  style: 'printed',
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    return [
      [
        c.p.name,
        `${c.p.street} ${c.p.houseNumber}, ${c.p.postcode} ${c.p.city}`,
        ...bsnLine(c, 'en'),
        ...clientLine(c, 'en'),
        ...birthLine(c, 'en'),
        '',
        `${c.org.name} - Work and Income, Intake team`,
        fmtDate(c.date, 'en'),
        '',
        'Subject: Application for social assistance benefit',
        '',
        'Dear Sir or Madam,',
        '',
        ...paras(
          86,
          rng.pick([
            `I recently received my residence permit and moved to ${c.p.city} from the asylum seekers centre. I have no income yet and I would like to apply for social assistance (bijstand).`,
            'I lost my job last month and my contract was not extended. I am not entitled to unemployment benefits. I would like to apply for a benefit under the Participation Act.',
          ]),
          `I live ${rng.pick(['alone', 'with my two children', 'with my partner'])} and pay ${money(rng.amount(400, 900), { euro: true })} rent per month. My bank account is ${ibanText(c.p.iban, rng)}.`,
          'Please let me know which documents I need to provide and when I can make an appointment.',
        ),
        '',
        'Yours sincerely,',
        c.p.name,
      ],
    ];
  },
};

const ioaw: Template = {
  id: 'benefit_application.ioaw-ioaz',
  type: 'benefit_application',
  lang: 'nl',
  style: 'form',
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const law = rng.pick(['IOAW', 'IOAZ']);
    return [
      [
        c.org.name,
        `Aanvraag uitkering ${law}`,
        law === 'IOAW'
          ? 'Wet inkomensvoorziening oudere en gedeeltelijk arbeidsongeschikte werkloze werknemers'
          : 'Wet inkomensvoorziening oudere en gedeeltelijk arbeidsongeschikte gewezen zelfstandigen',
        '',
        `Naam aanvrager: ${c.p.name}`,
        ...bsnLine(c),
        ...clientLine(c),
        ...birthLine(c),
        `Adres: ${c.p.street} ${c.p.houseNumber}, ${c.p.postcode} ${c.p.city}`,
        '',
        law === 'IOAW'
          ? `Einddatum WW-uitkering: ${fmtDate(addDays(c.date, rng.int(5, 40)))}`
          : `Datum beëindiging bedrijf: ${fmtDate(addDays(c.date, -rng.int(10, 80)))}`,
        `Inkomen partner per maand: ${money(rng.amount(0, 1800), { euro: true })}`,
        `Gewenste ingangsdatum: ${fmtDate(addDays(c.date, rng.int(5, 40)))}`,
        '',
        'Ik verklaar dit formulier naar waarheid te hebben ingevuld.',
        `Datum ${fmtDate(c.date)}   Handtekening ______`,
      ],
    ];
  },
};

const bbz: Template = {
  id: 'benefit_application.bbz-zelfstandige',
  type: 'benefit_application',
  lang: 'nl',
  style: 'form',
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    return [
      [
        `${rng.pick(['IMK Bbz-loket', 'Regionaal Bureau Zelfstandigen', c.org.name])}`,
        'Aanvraag Bbz 2004 - levensonderhoud en/of bedrijfskapitaal',
        '',
        `Aanvrager: ${c.p.name}`,
        ...bsnLine(c),
        ...clientLine(c),
        ...birthLine(c),
        `KvK-nummer: ${rng.digits(8)}   Bedrijfsnaam: ${c.p.lastName} ${rng.pick(['Klussen', 'Schoonmaak', 'Transport', 'Kapsalon', 'Catering'])}`,
        `Startdatum onderneming: ${fmtDate(addDays(c.date, -rng.int(300, 3000)))}`,
        '',
        `Soort aanvraag: ${box(rng.chance(0.6))} aanvulling levensonderhoud   ${box(rng.chance(0.4))} bedrijfskrediet   ${box(rng.chance(0.2))} beëindiging bedrijf`,
        `Verwachte winst dit jaar: ${money(rng.amount(0, 20000), { euro: true })}`,
        'Bijlagen: jaarcijfers, prognose, bankafschriften zakelijke rekening',
        '',
        `Datum ${fmtDate(c.date)}   Handtekening ${c.p.initials} ${c.p.lastName}`,
      ],
    ];
  },
};

const jongerenloket: Template = {
  id: 'benefit_application.jongerenloket-melding',
  type: 'benefit_application',
  lang: 'nl',
  style: 'form',
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    return [
      [
        `Jongerenloket ${c.org.name.replace('Gemeente ', '')}`,
        'Aanmeldformulier jongeren tot 27 jaar - aanvraag uitkering levensonderhoud',
        'Let op: jongeren onder 27 jaar moeten eerst 4 weken zelf zoeken naar werk of een opleiding (zoektermijn).',
        '',
        `Naam: ${c.p.name}`,
        ...bsnLine(c),
        ...clientLine(c),
        ...birthLine(c),
        `Hoogst afgeronde opleiding: ${rng.pick(['vmbo', 'mbo 1', 'mbo 2', 'havo (niet afgerond)', 'geen'])}`,
        `Woon je bij je ouders? ${box(rng.chance(0.5))} ja ${box(rng.chance(0.5))} nee`,
        `Startdatum zoektermijn: ${fmtDate(c.date)}`,
        '',
        `Handtekening jongere: ${c.p.firstName}`,
      ],
    ];
  },
};

const iit: Template = {
  id: 'benefit_application.individuele-inkomenstoeslag',
  type: 'benefit_application',
  lang: 'nl',
  style: 'form',
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    return [
      [
        c.org.name,
        'Aanvraag individuele inkomenstoeslag',
        'Voor mensen die al 3 jaar of langer een laag inkomen hebben en weinig kans op meer inkomen.',
        '',
        `Naam: ${c.p.name}`,
        ...bsnLine(c),
        ...clientLine(c),
        ...birthLine(c),
        `IBAN: ${ibanText(c.p.iban, rng)}`,
        '',
        `Heeft u de afgelopen 3 jaar een inkomen gehad onder 100% van de bijstandsnorm? ${box(true)} ja ${box(false)} nee`,
        `Heeft u in deze periode inkomsten uit werk gehad? ${box(rng.chance(0.3))} ja ${box(rng.chance(0.7))} nee`,
        `Vermogen: ${money(rng.amount(0, 3000), { euro: true })}`,
        '',
        `Datum ${fmtDate(c.date)}   Handtekening ${c.p.initials} ${c.p.lastName}`,
      ],
    ];
  },
};

// ---------------------------------------------------------------------------------------------
// Holiday notices

const vakantieFormulier: Template = {
  id: 'holiday_notice.vakantiemelding-formulier',
  type: 'holiday_notice',
  lang: 'nl',
  style: 'form',
  weight: 2,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const from = addDays(c.date, rng.int(5, 40));
    const days = rng.int(5, 28);
    return [
      [
        c.org.name,
        'VAKANTIEMELDING / MELDING VERBLIJF BUITENLAND',
        'U mag maximaal 4 weken per jaar op vakantie (Participatiewet). Meld uw vakantie minimaal 2 weken van tevoren.',
        '',
        `Naam: ${c.p.name}`,
        ...bsnLine(c),
        ...clientLine(c),
        ...birthLine(c),
        `Adres: ${c.p.street} ${c.p.houseNumber}, ${c.p.postcode} ${c.p.city}`,
        '',
        `Vertrekdatum: ${fmtDate(from)}`,
        `Datum terugkomst: ${fmtDate(addDays(from, days))}`,
        `Land / bestemming: ${rng.pick(COUNTRIES_HOLIDAY)}`,
        `Gaan uw kinderen/partner mee? ${box(rng.chance(0.5))} ja ${box(rng.chance(0.5))} nee`,
        `Bent u bereikbaar tijdens de vakantie? telefoon ${c.p.phone}`,
        '',
        'Bijlage: kopie vliegticket / boekingsbevestiging',
        `Datum ${fmtDate(c.date)}   Handtekening ${c.p.initials} ${c.p.lastName}`,
        '',
        'In te vullen door de gemeente: vakantiedagen dit jaar gebruikt: ___',
      ],
    ];
  },
};

const vakantieBrief: Template = {
  id: 'holiday_notice.client-letter',
  type: 'holiday_notice',
  lang: 'nl',
  style: 'handwritten',
  weight: 1.5,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const from = addDays(c.date, rng.int(5, 40));
    const to = addDays(from, rng.int(7, 28));
    const land = rng.pick(COUNTRIES_HOLIDAY);
    const body = one(
      rng,
      `Ik ga van ${fmtDate(from)} tot ${fmtDate(to)} naar ${land} voor familiebezoek. Mijn moeder is ziek. Ik wil dit netjes doorgeven.`,
      `Hierbij meld ik dat ik op vakantie ga naar ${land}. Ik vertrek op ${fmtDate(from, 'long')} en ik kom terug op ${fmtDate(to, 'long')}. Het ticket zit erbij.`,
      `Ik wil laten weten dat ik ${rng.int(2, 4)} weken naar het buitenland ga (${land}). Vertrek ${fmtDate(from)}, terug ${fmtDate(to)}.`,
    );
    return [
      [
        ...address(c.p),
        ...clientLine(c),
        ...bsnLine(c),
        ...birthLine(c),
        '',
        `Aan ${c.org.name}`,
        fmtDate(c.date),
        '',
        rng.pick(['Betreft: vakantie', 'vakantiemelding', 'Onderwerp: ik ga op vakantie']),
        '',
        rng.pick(['Beste consulent,', 'Geachte heer/mevrouw,', 'Hallo,']),
        '',
        ...paras(64, sloppy(body, rng, rng.next())),
        '',
        rng.pick(['Met vriendelijke groet', 'groetjes', 'mvg']),
        c.p.name,
      ],
    ];
  },
};

const vakantieEmail: Template = {
  id: 'holiday_notice.email-print',
  type: 'holiday_notice',
  lang: 'nl',
  style: 'printed',
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const from = addDays(c.date, rng.int(5, 40));
    return [
      [
        `Van: ${c.p.email}`,
        `Aan: werkeninkomen@${c.org.city.toLowerCase()}.nl`,
        `Datum: ${fmtDate(c.date, 'weekday')}`,
        `Onderwerp: ${rng.pick(['vakantie melden', 'Melding vakantie', 'afwezig ivm vakantie'])}`,
        '',
        ...paras(
          78,
          sloppy(
            `Beste, ik wil mijn vakantie melden. Ik ben van ${fmtDate(from)} t/m ${fmtDate(addDays(from, rng.int(5, 21)))} in ${rng.pick(COUNTRIES_HOLIDAY)}. In die tijd kan ik niet naar afspraken komen.`,
            rng,
            rng.next() * 0.5,
          ),
          ...clientLine(c),
          ...bsnLine(c),
          ...birthLine(c),
          `Groet, ${c.p.name}`,
        ),
      ],
    ];
  },
};

const vakantieEnglish: Template = {
  id: 'holiday_notice.english',
  type: 'holiday_notice',
  lang: 'en',
  style: 'printed',
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const from = addDays(c.date, rng.int(5, 40));
    return [
      [
        c.p.name,
        ...clientLine(c, 'en'),
        ...bsnLine(c, 'en'),
        ...birthLine(c, 'en'),
        '',
        `To: ${c.org.name}, Work and Income`,
        fmtDate(c.date, 'en'),
        'Subject: Notification of holiday abroad',
        '',
        'Dear consultant,',
        '',
        ...paras(
          84,
          `I would like to inform you that I will travel to ${rng.pick(COUNTRIES_EN)} from ${fmtDate(from, 'en')} until ${fmtDate(addDays(from, rng.int(7, 27)), 'en')} to visit my family.`,
          'I understand that I may stay abroad for a maximum of four weeks per year while receiving a benefit. A copy of my flight ticket is attached.',
        ),
        '',
        'Kind regards,',
        c.p.name,
      ],
    ];
  },
};

const ticketCover: Template = {
  id: 'holiday_notice.booking-confirmation',
  type: 'holiday_notice',
  lang: 'nl',
  style: 'printed',
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const from = addDays(c.date, rng.int(5, 40));
    const back = addDays(from, rng.int(7, 27));
    const airline = rng.pick([
      'Transavia',
      'TUI fly',
      'Corendon',
      'Pegasus Airlines',
      'Royal Air Maroc',
      'KLM',
      'Wizz Air',
      'Turkish Airlines',
    ]);
    const dest = rng.pick([
      'Nador (NDR)',
      'Istanbul (IST)',
      'Paramaribo (PBM)',
      'Gdansk (GDN)',
      'Antalya (AYT)',
      'Casablanca (CMN)',
      'Boekarest (OTP)',
    ]);
    return [
      [
        rng.pick(['Vakantiemelding', 'Melding vakantie buitenland', 'Hierbij mijn vakantie en ticket']),
        `${c.p.name} - ${rng.pick(['ik ga op vakantie', 'vakantie gemeld', 'verblijf in het buitenland'])}`,
        ...clientLine(c),
        ...bsnLine(c),
        ...birthLine(c),
        '',
        `${airline} - Boekingsbevestiging`,
        `Boekingscode: ${rng.letters(6)}`,
        `Passagier: ${c.p.lastName.toUpperCase()}/${c.p.firstName.toUpperCase()} ${c.p.gender === 'f' ? 'MRS' : 'MR'}`,
        '',
        `Heenvlucht  ${fmtDate(from, 'weekday')}  Amsterdam (AMS) - ${dest}  vertrek ${rng.int(6, 22)}:${rng.pick(['05', '20', '45'])}`,
        `Terugvlucht ${fmtDate(back, 'weekday')}  ${dest} - Amsterdam (AMS)  vertrek ${rng.int(6, 22)}:${rng.pick(['10', '35', '50'])}`,
        '',
        `Totaalprijs ${money(rng.amount(180, 1400), { euro: true })}   Betaald met iDEAL`,
        'Bagage: 1x handbagage 10 kg, 1x ruimbagage 20 kg',
        'Neem een geldig paspoort of identiteitskaart mee.',
      ],
    ];
  },
};

const buitenlandLang: Template = {
  id: 'holiday_notice.verblijf-buitenland-langer',
  type: 'holiday_notice',
  lang: 'nl',
  style: 'form',
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const from = addDays(c.date, rng.int(5, 40));
    return [
      [
        `${rng.pick(['ISD', 'Sociale Dienst', 'Werkplein'])} ${c.org.city}`,
        'Melding tijdelijk verblijf in het buitenland',
        '',
        `Naam: ${c.p.name}`,
        ...bsnLine(c),
        ...clientLine(c),
        ...birthLine(c),
        '',
        `Periode verblijf: van ${fmtDate(from)} tot ${fmtDate(addDays(from, rng.int(10, 60)))}`,
        `Reden: ${rng.pick(['vakantie', 'familiebezoek', 'begrafenis familielid', 'ziekte van een ouder', 'huwelijk in de familie'])}`,
        `Adres in het buitenland: ${rng.pick(['bij familie', 'hotel', 'eigen adres familie'])}, ${rng.pick(COUNTRIES_HOLIDAY)}`,
        '',
        'Let op: verblijft u langer dan 4 weken in het buitenland, dan stopt uw uitkering voor die periode.',
        `Handtekening: ${c.p.initials} ${c.p.lastName}   Datum: ${fmtDate(c.date)}`,
      ],
    ];
  },
};

const vakantieKort: Template = {
  id: 'holiday_notice.short-note',
  type: 'holiday_notice',
  lang: 'nl',
  style: 'handwritten',
  weight: 0.8,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const from = addDays(c.date, rng.int(5, 40));
    return [
      [
        sloppy(
          rng.pick([
            `Ik ben op vakantie van ${fmtDate(from, 'short')} tot ${fmtDate(addDays(from, rng.int(7, 20)), 'short')}.`,
            `vakantie ${rng.pick(COUNTRIES_HOLIDAY)} ${fmtDate(from)} - ${fmtDate(addDays(from, 14))}`,
            `Ik ga 2 weken weg naar ${rng.pick(COUNTRIES_HOLIDAY)}, vertrek ${fmtDate(from)}.`,
          ]),
          rng,
          0.5,
        ),
        '',
        c.p.name,
        ...clientLine(c),
        ...bsnLine(c),
        ...birthLine(c),
      ],
    ];
  },
};

const vakantieOnline: Template = {
  id: 'holiday_notice.online-confirmation',
  type: 'holiday_notice',
  lang: 'nl',
  style: 'printed',
  supports: ['bsn', 'client-number'],
  render(c) {
    const { rng } = c;
    const from = addDays(c.date, rng.int(5, 40));
    return [
      [
        `${c.org.name} - Mijn Loket`,
        'Bevestiging: vakantie doorgeven',
        `Referentie VAK-${rng.digits(6)}   Verzonden ${fmtDate(c.date)}`,
        '',
        `Naam ${c.p.name}`,
        ...bsnLine(c),
        ...clientLine(c),
        '',
        `Eerste vakantiedag  ${fmtDate(from)}`,
        `Laatste vakantiedag ${fmtDate(addDays(from, rng.int(5, 27)))}`,
        `Bestemming          ${rng.pick(COUNTRIES_HOLIDAY)}`,
        '',
        'Wij hebben uw vakantiemelding ontvangen. U hoeft niets meer te doen.',
        `U heeft dit jaar nog ${rng.int(0, 20)} vakantiedagen.`,
      ],
    ];
  },
};

export const applicationTemplates: Template[] = [
  aanvraagBijstand,
  aanvraagDigitaal,
  aanvraagBijzondere,
  aanvraagBrief,
  applicationEnglish,
  ioaw,
  bbz,
  jongerenloket,
  iit,
];
export const holidayTemplates: Template[] = [
  vakantieFormulier,
  vakantieBrief,
  vakantieEmail,
  vakantieEnglish,
  ticketCover,
  buitenlandLang,
  vakantieKort,
  vakantieOnline,
];
export type { Ctx };
