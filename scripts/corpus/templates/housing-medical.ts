import { DOCTORS, HOSPITALS, HOUSING_CORPS } from '../pools.ts';
import type { Ctx, Template } from '../template.ts';
import {
  addDays,
  address,
  addressFormal,
  birthLine,
  bsnLine,
  clientLine,
  fmtDate,
  fmtIso,
  ibanText,
  money,
  paginate,
  paras,
  row,
  salutation,
} from '../template.ts';

// ---------------------------------------------------------------------------------------------
// Rental agreements and rent increases

function rentNumbers(c: Ctx) {
  const kale = c.rng.amount(420, 980);
  const service = c.rng.amount(15, 90);
  return { kale, service, total: kale + service };
}

const corporatieContract: Template = {
  id: 'rental_agreement.corporatie-huurovereenkomst',
  type: 'rental_agreement',
  lang: 'nl',
  style: 'printed',
  weight: 1.5,
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const corp = rng.pick(HOUSING_CORPS);
    const n = rentNumbers(c);
    const start = addDays(c.date, rng.int(-20, 30));
    const body = paras(
      90,
      `Ondergetekenden: ${corp}, hierna te noemen verhuurder, en ${c.p.name}, hierna te noemen huurder,`,
      'zijn overeengekomen als volgt:',
      `Artikel 1 - Het gehuurde. Verhuurder verhuurt aan huurder de zelfstandige woonruimte aan de ${c.p.street} ${c.p.houseNumber}, ${c.p.postcode} ${c.p.city}, complexnummer ${rng.digits(4)}.`,
      `Artikel 2 - Duur. Deze overeenkomst gaat in op ${fmtDate(start, 'long')} en is aangegaan voor onbepaalde tijd.`,
      `Artikel 3 - Huurprijs. De huurprijs bedraagt bij aanvang ${money(n.kale, { euro: true })} per maand (kale huur). Daarnaast betaalt huurder een voorschot servicekosten van ${money(n.service, { euro: true })}. Totaal per maand: ${money(n.total, { euro: true })}.`,
      'Artikel 4 - Betaling. De huurder betaalt de huur vóór de eerste van de maand, bij voorkeur via automatische incasso.',
      'Artikel 5 - Algemene bepalingen. Op deze overeenkomst zijn de Algemene Huurvoorwaarden zelfstandige woonruimte van toepassing. Huurder verklaart een exemplaar te hebben ontvangen.',
      'Artikel 6 - Huurverhoging. De huurprijs kan jaarlijks per 1 juli worden verhoogd, met inachtneming van de wettelijke regels.',
      'Artikel 7 - Onderhoud. Kleine herstellingen komen voor rekening van de huurder.',
      `Aldus opgemaakt en ondertekend in tweevoud te ${c.p.city} op ${fmtDate(c.date, 'long')}.`,
      'Verhuurder:                              Huurder:',
    );
    return paginate(body, 20, (p, nPages) =>
      p === 1
        ? [
            corp,
            'HUUROVEREENKOMST WOONRUIMTE',
            `Contractnummer ${rng.digits(8)}`,
            `Huurder: ${c.p.name}`,
            ...bsnLine(c),
            ...birthLine(c),
            '',
          ]
        : [`Huurovereenkomst ${corp} - pagina ${p} van ${nPages}`, ''],
    );
  },
};

const particulierContract: Template = {
  id: 'rental_agreement.particuliere-verhuurder',
  type: 'rental_agreement',
  lang: 'nl',
  style: 'printed',
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const n = rentNumbers(c);
    return [
      [
        'HUURCONTRACT',
        '',
        `Verhuurder: ${c.r.name}, ${c.r.street} ${c.r.houseNumber}, ${c.r.postcode} ${c.r.city}`,
        `Huurder: ${c.p.name}`,
        ...bsnLine(c),
        ...birthLine(c),
        '',
        `Adres woning: ${c.p.street} ${c.p.houseNumber}, ${c.p.postcode} ${c.p.city}`,
        `Ingangsdatum: ${fmtDate(addDays(c.date, rng.int(-30, 20)))}   Duur: ${rng.pick(['onbepaalde tijd', '2 jaar', '12 maanden'])}`,
        `Huur per maand: ${money(n.kale, { euro: true })} exclusief ${rng.pick(['gas, water en licht', 'servicekosten'])}`,
        `Borg: ${money(n.kale * 2, { euro: true })}`,
        `Te betalen op rekening ${ibanText(c.r.iban, rng)} t.n.v. ${c.r.name}`,
        '',
        ...paras(
          86,
          'De huurder gebruikt de woning alleen om in te wonen. Onderverhuur is niet toegestaan. De huurder houdt de woning netjes en meldt gebreken direct aan de verhuurder.',
        ),
        '',
        `Getekend te ${c.p.city} op ${fmtDate(c.date)}`,
        'Handtekening verhuurder ________    Handtekening huurder ________',
      ],
    ];
  },
};

const kamerhuur: Template = {
  id: 'rental_agreement.kamerhuur',
  type: 'rental_agreement',
  lang: 'nl',
  style: 'printed',
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    return [
      [
        'Huurovereenkomst kamer (onzelfstandige woonruimte)',
        '',
        `Verhuurder: ${rng.pick(['Kamerverhuur Noord B.V.', 'Roomspot Beheer', c.r.name])}`,
        `Huurder: ${c.p.name}`,
        ...bsnLine(c),
        ...birthLine(c),
        `Kamer: nr. ${rng.int(1, 12)}, ${c.p.street} ${c.p.houseNumber}, ${c.p.postcode} ${c.p.city} (gedeelde keuken en badkamer)`,
        '',
        `Huurprijs: ${money(rng.amount(280, 650), { euro: true })} per maand inclusief gas, water, licht en internet`,
        `Ingangsdatum: ${fmtDate(addDays(c.date, rng.int(-20, 20)))}`,
        `Waarborgsom: ${money(rng.amount(300, 900), { euro: true })}`,
        '',
        ...paras(
          86,
          'Huurder heeft het recht gebruik te maken van de gemeenschappelijke ruimten. Het is niet toegestaan huisdieren te houden. Roken in de kamer is verboden.',
        ),
        '',
        `Datum ${fmtDate(c.date)}   handtekeningen: ______  ______`,
      ],
    ];
  },
};

const huurverhogingCorp: Template = {
  id: 'rental_agreement.huurverhoging-corporatie',
  type: 'rental_agreement',
  lang: 'nl',
  style: 'printed',
  weight: 1.5,
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const corp = rng.pick(HOUSING_CORPS);
    const n = rentNumbers(c);
    const pct = rng.pick([2.8, 3.1, 4.5, 5.0, 5.5, 6.0]);
    const w = [36, 14, 14];
    return [
      [
        corp,
        '',
        ...addressFormal(c.p, rng),
        ...bsnLine(c),
        ...birthLine(c),
        '',
        `Datum ${fmtDate(c.date, 'long')}`,
        `Huurdernummer ${rng.digits(7)}`,
        'Onderwerp Voorstel huurverhoging per 1 juli',
        '',
        salutation(c.p, rng),
        '',
        ...paras(
          88,
          `Per 1 juli ${c.date.getUTCFullYear()} verhogen wij uw huur met ${String(pct).replace('.', ',')}%. Hieronder ziet u uw huidige en uw nieuwe huur.`,
        ),
        '',
        row(['', 'Huidig', 'Nieuw'], w),
        row(['Kale huur', money(n.kale, { euro: true }), money(n.kale * (1 + pct / 100), { euro: true })], w),
        row(['Servicekosten (voorschot)', money(n.service, { euro: true }), money(n.service, { euro: true })], w),
        row(['Totale huur', money(n.total, { euro: true }), money(n.total + (n.kale * pct) / 100, { euro: true })], w),
        '',
        ...paras(
          88,
          'Bent u het niet eens met de huurverhoging? Dan kunt u vóór 1 juli bezwaar maken bij ons. Gebruik hiervoor het bezwaarformulier van de Huurcommissie.',
          'Heeft u een laag inkomen? Misschien heeft u recht op huurtoeslag. Kijk op toeslagen.nl.',
        ),
        '',
        'Met vriendelijke groet,',
        corp,
      ],
    ];
  },
};

const huurverhogingPart: Template = {
  id: 'rental_agreement.huurverhoging-particulier',
  type: 'rental_agreement',
  lang: 'nl',
  style: 'printed',
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const old = rng.amount(600, 1300);
    return [
      [
        c.r.name,
        `${c.r.street} ${c.r.houseNumber}, ${c.r.postcode} ${c.r.city}`,
        '',
        `Aan: ${c.p.name}`,
        `${c.p.street} ${c.p.houseNumber}, ${c.p.postcode} ${c.p.city}`,
        ...bsnLine(c),
        ...birthLine(c),
        '',
        `${c.r.city}, ${fmtDate(c.date)}`,
        '',
        'Betreft: huuraanpassing',
        '',
        'Beste huurder,',
        '',
        ...paras(
          86,
          `Hierbij deel ik u mee dat de huur van de woning aan de ${c.p.street} ${c.p.houseNumber} per ${fmtDate(addDays(c.date, rng.int(30, 70)), 'long')} wordt verhoogd van ${money(old, { euro: true })} naar ${money(old * 1.045, { euro: true })} per maand, conform de indexering in het huurcontract.`,
          `Wilt u uw betaling aanpassen? Het rekeningnummer blijft ${ibanText(c.r.iban, rng)}.`,
        ),
        '',
        'Met vriendelijke groet,',
        c.r.name,
      ],
    ];
  },
};

const huurprijsopgave: Template = {
  id: 'rental_agreement.huurspecificatie',
  type: 'rental_agreement',
  lang: 'nl',
  style: 'printed',
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const corp = rng.pick(HOUSING_CORPS);
    const n = rentNumbers(c);
    const w = [40, 14];
    return [
      [
        corp,
        'Huurspecificatie / verklaring huurprijs',
        `(voor de gemeente of de Belastingdienst)`,
        '',
        `Huurder: ${c.p.name}`,
        ...bsnLine(c),
        ...birthLine(c),
        `Adres: ${c.p.street} ${c.p.houseNumber}, ${c.p.postcode} ${c.p.city}`,
        `Peildatum: ${fmtDate(c.date)}`,
        '',
        row(['Netto huur (kale huur)', money(n.kale, { euro: true })], w),
        row(['Schoonmaak gemeenschappelijke ruimten', money(n.service * 0.3, { euro: true })], w),
        row(['Energie gemeenschappelijke ruimten', money(n.service * 0.2, { euro: true })], w),
        row(['Huismeester', money(n.service * 0.5, { euro: true })], w),
        row(['Totaal subsidiabele servicekosten', money(n.service, { euro: true })], w),
        row(['Totale huurprijs per maand', money(n.total, { euro: true })], w),
        '',
        `Er is ${rng.chance(0.8) ? 'geen' : 'een'} huurachterstand.`,
        `Afdeling Verhuur, ${fmtDate(c.date)}`,
      ],
    ];
  },
};

const onderhuur: Template = {
  id: 'rental_agreement.onderhuurovereenkomst',
  type: 'rental_agreement',
  lang: 'nl',
  style: 'handwritten',
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    return [
      [
        'Onderhuurovereenkomst',
        '',
        `Ik, ${c.r.name}, hoofdhuurder van ${c.r.street} ${c.r.houseNumber} ${c.r.city},`,
        `verhuur een kamer aan ${c.p.name}.`,
        ...bsnLine(c),
        ...birthLine(c),
        '',
        `Huur: ${money(rng.amount(250, 550), { euro: true })} per maand, alles inbegrepen.`,
        `Vanaf: ${fmtDate(addDays(c.date, -rng.int(0, 30)))}`,
        'De huur wordt contant/per bank betaald voor de 1e van de maand.',
        'Opzegtermijn 1 maand.',
        '',
        `Handtekening hoofdhuurder: ${c.r.initials} ${c.r.lastName}`,
        `Handtekening onderhuurder: ${c.p.initials} ${c.p.lastName}`,
        `Datum ${fmtDate(c.date)}`,
      ],
    ];
  },
};

const tenancyEnglish: Template = {
  id: 'rental_agreement.english-tenancy',
  type: 'rental_agreement',
  lang: 'en',
  style: 'printed',
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const rent = rng.amount(700, 1600);
    const body = paras(
      90,
      `This tenancy agreement is made between ${rng.pick(['Holland2Stay', 'Vesteda Residential', 'Housing Anywhere Rentals B.V.', c.r.name])} (the Landlord) and ${c.p.name} (the Tenant).`,
      `1. Property. The Landlord lets to the Tenant the apartment at ${c.p.street} ${c.p.houseNumber}, ${c.p.postcode} ${c.p.city}, the Netherlands.`,
      `2. Term. The tenancy starts on ${fmtDate(addDays(c.date, rng.int(-10, 30)), 'en')} for a fixed period of ${rng.pick(['12', '24'])} months.`,
      `3. Rent. The monthly rent is €${rent.toFixed(2)}, excluding utilities, payable in advance before the first day of each month. Service charges: €${rng.amount(30, 120).toFixed(2)} per month.`,
      `4. Deposit. The Tenant pays a security deposit of €${(rent * 2).toFixed(2)}.`,
      '5. Use. The Tenant shall use the property as a private residence only and shall not sublet it.',
      'Signed in duplicate.',
    );
    return [
      [
        'RESIDENTIAL TENANCY AGREEMENT',
        ...bsnLine(c, 'en'),
        ...birthLine(c, 'en'),
        '',
        ...body,
        '',
        'Landlord ____________   Tenant ____________',
      ],
    ];
  },
};

const huurBewijs: Template = {
  id: 'rental_agreement.verklaring-inwoning',
  type: 'rental_agreement',
  lang: 'nl',
  style: 'form',
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    return [
      [
        c.org.name,
        'Verklaring hoofdbewoner / kostgangersverklaring',
        '',
        `Hoofdbewoner: ${c.r.name}, ${c.r.street} ${c.r.houseNumber}, ${c.r.city}`,
        `Verklaart dat ${c.p.name}`,
        ...bsnLine(c),
        ...clientLine(c),
        ...birthLine(c),
        `sinds ${fmtDate(addDays(c.date, -rng.int(10, 400)))} een kamer huurt in deze woning.`,
        `De huur bedraagt ${money(rng.amount(200, 500), { euro: true })} per maand (${rng.pick(['kamerhuur', 'kostgeld inclusief eten'])}).`,
        'Er is geen sprake van een gezamenlijke huishouding.',
        '',
        'Een kopie van het huurcontract van de hoofdbewoner is bijgevoegd.',
        `Datum ${fmtDate(c.date)}   Handtekening hoofdbewoner ______`,
      ],
    ];
  },
};

// ---------------------------------------------------------------------------------------------
// Medical statements

const huisarts: Template = {
  id: 'medical_statement.huisarts-verklaring',
  type: 'medical_statement',
  lang: 'nl',
  style: 'printed',
  weight: 1.5,
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    return [
      [
        rng.pick(DOCTORS),
        `${c.r.initials} ${c.r.lastName}, huisarts   AGB-code ${rng.digits(8)}`,
        `${rng.pick(['Kerkstraat', 'Dorpsplein', 'Parkweg'])} ${rng.int(1, 80)}, ${c.p.city}   tel. 0${rng.digits(2)}-${rng.digits(7)}`,
        '',
        `${c.p.city}, ${fmtDate(c.date, 'long')}`,
        '',
        rng.pick(['MEDISCHE VERKLARING', 'Verklaring huisarts', 'Doktersverklaring']),
        '',
        `Hierbij verklaar ik dat ${c.p.gender === 'f' ? 'mevrouw' : 'de heer'} ${c.p.name},`,
        ...(c.show.birthDate ? [`geboren op ${fmtIso(c.p.birthDate)},`] : []),
        ...bsnLine(c),
        `bij mij onder behandeling is ${rng.pick(['vanwege lichamelijke klachten', 'voor psychische klachten', 'in verband met een chronische aandoening', 'na een operatie'])}.`,
        '',
        ...paras(
          86,
          rng.pick([
            `Patiënt is naar mijn oordeel de komende ${rng.int(2, 6)} maanden niet in staat om te werken of deel te nemen aan een re-integratietraject.`,
            'Patiënt kan op dit moment niet solliciteren of voltijds werken. Aangepast werk van maximaal 4 uur per dag is mogelijk.',
            'Om medische redenen kon patiënt niet aanwezig zijn bij de afspraak op het gemeentehuis.',
          ]),
          'Nadere medische informatie kan, met toestemming van patiënt, worden opgevraagd bij een onafhankelijk arts (bijvoorbeeld de GGD).',
        ),
        '',
        `${c.r.initials} ${c.r.lastName}, huisarts`,
        '(stempel en handtekening)',
      ],
    ];
  },
};

const specialist: Template = {
  id: 'medical_statement.ziekenhuis-specialist',
  type: 'medical_statement',
  lang: 'nl',
  style: 'printed',
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const hospital = rng.pick(HOSPITALS);
    const dept = rng.pick([
      'Cardiologie',
      'Orthopedie',
      'Neurologie',
      'Longziekten',
      'Interne geneeskunde',
      'Revalidatiegeneeskunde',
      'Psychiatrie',
    ]);
    return [
      [
        hospital,
        `Afdeling ${dept}`,
        '',
        'Aan wie het aangaat',
        '',
        `Datum: ${fmtDate(c.date)}`,
        `Betreft: ${c.p.gender === 'f' ? 'mevr.' : 'dhr.'} ${c.p.initials} ${c.p.lastName}`,
        ...(c.show.birthDate ? [`Geb.datum: ${fmtIso(c.p.birthDate)}`] : []),
        ...bsnLine(c),
        `Patiëntnummer: ${rng.digits(7)}`,
        '',
        ...paras(
          86,
          `Bovengenoemde patiënt is bekend op onze polikliniek ${dept.toLowerCase()} en wordt sinds ${fmtDate(addDays(c.date, -rng.int(30, 900)), 'long')} behandeld.`,
          `In verband met de behandeling ${rng.pick(['en de herstelperiode na de operatie', 'en de bijwerkingen van de medicatie', 'en regelmatige controles'])} is patiënt de komende periode beperkt belastbaar.`,
          'Wij verzoeken u hiermee rekening te houden bij de arbeidsverplichtingen.',
        ),
        '',
        'Met collegiale groet,',
        `dr. ${c.r.initials} ${c.r.lastName}, ${rng.pick(['cardioloog', 'orthopedisch chirurg', 'neuroloog', 'longarts', 'internist', 'revalidatiearts', 'psychiater'])}`,
      ],
    ];
  },
};

const bedrijfsarts: Template = {
  id: 'medical_statement.bedrijfsarts-advies',
  type: 'medical_statement',
  lang: 'nl',
  style: 'printed',
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    return [
      [
        rng.pick(['ArboNed', 'Zorg van de Zaak', 'Arbo Unie', 'HumanCapitalCare']),
        'Terugkoppeling spreekuur bedrijfsarts / probleemanalyse',
        '',
        `Werknemer: ${c.p.name}`,
        ...bsnLine(c),
        ...birthLine(c),
        `Datum spreekuur: ${fmtDate(addDays(c.date, -rng.int(0, 10)))}`,
        `Eerste ziektedag: ${fmtDate(addDays(c.date, -rng.int(20, 200)))}`,
        '',
        'Belastbaarheid',
        ...paras(
          86,
          `Werknemer heeft beperkingen in ${rng.pick(['tillen en langdurig staan', 'concentratie en omgaan met drukte', 'werken in ploegendienst', 'reizen'])}.`,
        ),
        'Advies',
        ...paras(
          86,
          `Opbouw in ${rng.int(2, 4)} uur per dag, ${rng.int(2, 5)} dagen per week. Volgend spreekuur over ${rng.int(3, 6)} weken.`,
        ),
        'Prognose',
        rng.pick([
          'Gedeeltelijke werkhervatting binnen 6 weken verwacht.',
          'Prognose onzeker; volledig herstel niet binnen 3 maanden.',
          'Naar verwachting volledig herstel.',
        ]),
        '',
        `${c.r.initials} ${c.r.lastName}, bedrijfsarts (BIG ${rng.digits(11)})`,
      ],
    ];
  },
};

const ggz: Template = {
  id: 'medical_statement.ggz-behandelaar',
  type: 'medical_statement',
  lang: 'nl',
  style: 'printed',
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    return [
      [
        rng.pick(['GGZ Centraal', 'Parnassia Groep', 'Lentis', 'GGZ Rivierduinen', 'Indigo', 'Mentaal Beter']),
        '',
        `Aan: ${c.org.name}, klantmanager Werk`,
        `Datum: ${fmtDate(c.date, 'long')}`,
        `Inzake: ${c.p.name}`,
        ...bsnLine(c),
        ...birthLine(c),
        '',
        'Geachte heer/mevrouw,',
        '',
        ...paras(
          86,
          `Op verzoek van cliënt bevestig ik dat ${c.p.gender === 'f' ? 'zij' : 'hij'} sinds ${fmtDate(addDays(c.date, -rng.int(30, 600)), 'long')} bij onze instelling in behandeling is. De behandeling vindt wekelijks plaats.`,
          'Gezien de aard van de klachten adviseren wij om de komende periode geen sollicitatieplicht op te leggen en de focus te leggen op herstel. Inhoudelijke informatie over de behandeling verstrekken wij niet zonder toestemming.',
        ),
        '',
        'Met vriendelijke groet,',
        `${c.r.name}, ${rng.pick(['GZ-psycholoog', 'psychiater', 'verpleegkundig specialist GGZ'])}`,
      ],
    ];
  },
};

const gpEnglish: Template = {
  id: 'medical_statement.english-gp',
  type: 'medical_statement',
  lang: 'en',
  style: 'printed',
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    return [
      [
        rng.pick(['Expat Medical Centre', 'International Health Centre', 'The Hague International GP']),
        '',
        'MEDICAL CERTIFICATE',
        `Date: ${fmtDate(c.date, 'en')}`,
        '',
        `Patient: ${c.p.name}`,
        ...birthLine(c, 'en'),
        ...bsnLine(c, 'en'),
        '',
        ...paras(
          86,
          `This is to certify that the above-named patient has been under my care since ${fmtDate(addDays(c.date, -rng.int(10, 300)), 'en')}.`,
          `In my medical opinion the patient is currently unfit for work for a period of ${rng.int(2, 12)} weeks due to ${rng.pick(['a medical condition', 'an injury', 'ongoing treatment'])}.`,
          'Further medical details can be provided to an independent medical adviser with the consent of the patient.',
        ),
        '',
        `Dr ${c.r.initials} ${c.r.lastName}, general practitioner`,
      ],
    ];
  },
};

const keuring: Template = {
  id: 'medical_statement.medisch-advies-ggd',
  type: 'medical_statement',
  lang: 'nl',
  style: 'printed',
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    return [
      [
        rng.pick(['GGD Regio Voorbeeld', 'Argonaut Advies', 'SMA Keuringsarts', 'Mediquest']),
        'Medisch advies arbeidsmogelijkheden (Participatiewet)',
        '',
        `Aan: ${c.org.name}, Team Werk`,
        `Datum: ${fmtDate(c.date)}`,
        `Cliënt: ${c.p.name}`,
        ...bsnLine(c),
        ...clientLine(c),
        ...birthLine(c),
        '',
        'Vraagstelling: kan cliënt werken en zo ja, hoeveel uur per week?',
        '',
        'Conclusie',
        ...paras(
          86,
          rng.pick([
            'Cliënt is op dit moment volledig arbeidsongeschikt. Herbeoordeling over 6 maanden.',
            `Cliënt is belastbaar voor ${rng.int(8, 24)} uur per week in fysiek licht werk, zonder nachtdiensten.`,
            'Er zijn geen medische beperkingen om volledig aan het werk te gaan.',
          ]),
        ),
        '',
        `${c.r.initials} ${c.r.lastName}, arts M&G / verzekeringsarts`,
      ],
    ];
  },
};

const afspraakZiekenhuis: Template = {
  id: 'medical_statement.afspraak-opname',
  type: 'medical_statement',
  lang: 'nl',
  style: 'printed',
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const hospital = rng.pick(HOSPITALS);
    return [
      [
        hospital,
        'Opnamebevestiging / verklaring van opname',
        '',
        ...address(c.p),
        ...bsnLine(c),
        ...birthLine(c),
        '',
        `Hierbij bevestigen wij dat u ${rng.chance(0.5) ? 'bent' : 'wordt'} opgenomen op de afdeling ${rng.pick(['Chirurgie', 'Interne', 'Neurologie', 'Psychiatrie (PAAZ)'])}`,
        `van ${fmtDate(addDays(c.date, -rng.int(0, 20)))} tot ${fmtDate(addDays(c.date, rng.int(1, 20)))}.`,
        '',
        ...paras(
          86,
          'Deze verklaring kunt u gebruiken voor uw werkgever, uitkeringsinstantie of school. Medische gegevens worden niet vermeld.',
        ),
        '',
        `Patiëntenservice ${hospital}`,
      ],
    ];
  },
};

const fysio: Template = {
  id: 'medical_statement.fysiotherapeut',
  type: 'medical_statement',
  lang: 'nl',
  style: 'printed',
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    return [
      [
        rng.pick(['Fysiotherapie Centrum', 'FysioFit', 'Praktijk voor Fysiotherapie De Brug']),
        '',
        `Verklaring behandeling - ${fmtDate(c.date)}`,
        '',
        `Naam patiënt: ${c.p.name}`,
        ...birthLine(c),
        ...bsnLine(c),
        '',
        ...paras(
          86,
          `Patiënt is sinds ${fmtDate(addDays(c.date, -rng.int(14, 200)))} onder behandeling voor ${rng.pick(['rugklachten', 'nekklachten', 'knieletsel', 'schouderklachten'])}. Er zijn ${rng.int(6, 30)} behandelingen gegeven.`,
          'Op dit moment is zwaar lichamelijk werk (tillen boven 10 kg, langdurig bukken) niet verantwoord.',
        ),
        '',
        `${c.r.name}, fysiotherapeut`,
      ],
    ];
  },
};

export const rentalTemplates: Template[] = [
  corporatieContract,
  particulierContract,
  kamerhuur,
  huurverhogingCorp,
  huurverhogingPart,
  huurprijsopgave,
  onderhuur,
  tenancyEnglish,
  huurBewijs,
];
export const medicalTemplates: Template[] = [huisarts, specialist, bedrijfsarts, ggz, gpEnglish, keuring, afspraakZiekenhuis, fysio];
