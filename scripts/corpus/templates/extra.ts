import { COUNTRIES_EN, EMPLOYERS, HOSPITALS, HOUSING_CORPS, JOB_TITLES, JOB_TITLES_EN } from '../pools.ts';
import type { Ctx, Template } from '../template.ts';
import {
  addDays,
  address,
  addressFormal,
  birthLine,
  bsnLine,
  clientLine,
  fmtDate,
  ibanText,
  kenmerk,
  MONTHS_EN,
  money,
  monthName,
  paras,
  row,
  salutation,
} from '../template.ts';

/**
 * More layouts: English versions of what clients send (so one English template per type is not
 * all the model knows of English), the municipality's own letters coming back (hard negatives),
 * and second issuers for the types whose layouts vary most.
 */

// ---------------------------------------------------------------------------------------------
// English

const enHeader = (c: Ctx) => [
  c.p.name,
  `${c.p.street} ${c.p.houseNumber}, ${c.p.postcode} ${c.p.city}`,
  ...clientLine(c, 'en'),
  ...bsnLine(c, 'en'),
  ...birthLine(c, 'en'),
];

const changeEmailEn: Template = {
  id: 'change_form.english-email',
  type: 'change_form',
  lang: 'en',
  style: 'printed',
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    return [
      [
        `From: ${c.p.name} <${c.p.email}>`,
        `To: werkeninkomen@${c.org.city.toLowerCase()}.nl`,
        `Date: ${fmtDate(c.date, 'en')}`,
        `Subject: ${rng.pick(['Income this month', 'Reporting a change', 'My new job'])}`,
        '',
        'Hello,',
        '',
        ...paras(
          80,
          rng.pick([
            `I am reporting my income for ${MONTHS_EN[c.date.getUTCMonth()]}: I earned ${money(rng.amount(150, 900), { euro: true })} working ${rng.int(10, 60)} hours for ${rng.pick(EMPLOYERS)}. My payslip is attached.`,
            `My situation has changed. Since ${fmtDate(addDays(c.date, -rng.int(1, 20)), 'en')} my brother lives with me and pays part of the rent.`,
            `I want to let you know that my income changed: my hours were reduced to ${rng.int(8, 20)} per week from next month.`,
          ]),
          'Please update my file. Let me know if you need anything else.',
        ),
        ...enHeader(c),
      ],
    ];
  },
};

const holidayEmailEn: Template = {
  id: 'holiday_notice.english-email',
  type: 'holiday_notice',
  lang: 'en',
  style: 'printed',
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const from = addDays(c.date, rng.int(5, 40));
    return [
      [
        `From: ${c.p.email}`,
        `To: ${c.org.city.toLowerCase()}@gemeente.nl`,
        `Sent: ${fmtDate(c.date, 'en')}`,
        'Subject: Going abroad - holiday notice',
        '',
        'Dear consultant,',
        '',
        ...paras(
          80,
          `I will be abroad from ${fmtDate(from, 'en')} to ${fmtDate(addDays(from, rng.int(7, 25)), 'en')}. I am travelling to ${rng.pick(COUNTRIES_EN)} to visit my family. I will be back in time for my next appointment.`,
        ),
        '',
        ...enHeader(c),
      ],
    ];
  },
};

const applicationEmailEn: Template = {
  id: 'job_application_proof.english-application-email',
  type: 'job_application_proof',
  lang: 'en',
  style: 'printed',
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const job = rng.pick(JOB_TITLES_EN);
    return [
      [
        ...clientLine(c, 'en'),
        ...bsnLine(c, 'en'),
        ...birthLine(c, 'en'),
        `From: ${c.p.name} <${c.p.email}>`,
        `To: jobs@${rng.pick(['picnic', 'coolblue', 'bol', 'dhl', 'postnl'])}.nl`,
        `Date: ${fmtDate(addDays(c.date, -rng.int(1, 20)), 'en')}`,
        `Subject: Application for the position of ${job}`,
        'Attachment: CV.pdf',
        '',
        'Dear hiring manager,',
        '',
        ...paras(
          80,
          `I am writing to apply for the ${job} vacancy I found on ${rng.pick(['Indeed', 'LinkedIn', 'your website'])}. I have two years of experience in a similar role and I am available immediately.`,
          'I have attached my CV. I would welcome the opportunity to discuss my application in an interview.',
        ),
        '',
        'Kind regards,',
        c.p.name,
      ],
    ];
  },
};

const complaintEmailEn: Template = {
  id: 'complaint.english-email',
  type: 'complaint',
  lang: 'en',
  style: 'printed',
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    return [
      [
        `From: ${c.p.email}`,
        `To: complaints@${c.org.city.toLowerCase()}.nl`,
        `Subject: ${rng.pick(['Complaint about my case manager', 'I want to complain', 'Complaint - no response'])}`,
        '',
        ...paras(
          80,
          `I am very unhappy with how my case is handled. ${rng.pick(['Nobody answers my calls or e-mails.', 'My documents were lost twice.', 'I was treated rudely at the counter.'])} I would like this complaint to be investigated and I expect a reply.`,
        ),
        '',
        ...enHeader(c),
      ],
    ];
  },
};

const objectionEmailEn: Template = {
  id: 'objection.english-email',
  type: 'objection',
  lang: 'en',
  style: 'printed',
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    return [
      [
        `From: ${c.p.name} <${c.p.email}>`,
        `To: bezwaar@${c.org.city.toLowerCase()}.nl`,
        `Date: ${fmtDate(c.date, 'en')}`,
        'Subject: Objection against your decision',
        '',
        ...paras(
          80,
          `I disagree with the decision you sent me on ${fmtDate(addDays(c.date, -rng.int(5, 30)), 'en')} about ${rng.pick(['my benefit', 'paying back money', 'the energy allowance'])}. I want to file an objection. The decision is based on wrong information: I did report my income on time.`,
          'Please confirm that you received my objection.',
        ),
        '',
        ...enHeader(c),
      ],
    ];
  },
};

const payslipBilingual: Template = {
  id: 'payslip.bilingual',
  type: 'payslip',
  lang: 'en',
  style: 'printed',
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const gross = rng.amount(900, 3200);
    const tax = gross * rng.amount(0.05, 0.2);
    return [
      [
        `${rng.pick(['Flexport Logistics', 'Hotel Okura Staffing', 'Just Eat Takeaway', 'Philips Services'])}`,
        'Salary slip / Loonstrook',
        `Period / Periode: ${monthName(c.date)} ${c.date.getUTCFullYear()}`,
        `Employee / Werknemer: ${c.p.name}`,
        ...bsnLine(c, 'en'),
        ...birthLine(c, 'en'),
        '',
        row(['Gross salary / Brutoloon', money(gross)], [40, 12]),
        row(['Wage tax / Loonheffing', money(-tax)], [40, 12]),
        row(['Pension / Pensioen', money(-gross * 0.04)], [40, 12]),
        row(['Net salary / Nettoloon', money(gross - tax - gross * 0.04)], [40, 12]),
        '',
        `Paid to / Betaald op: ${ibanText(c.p.iban, rng)}`,
      ],
    ];
  },
};

const hospitalEn: Template = {
  id: 'medical_statement.english-hospital',
  type: 'medical_statement',
  lang: 'en',
  style: 'printed',
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    return [
      [
        rng.pick(HOSPITALS),
        'Outpatient clinic',
        '',
        'To whom it may concern',
        `Date: ${fmtDate(c.date, 'en')}`,
        `Re: ${c.p.name}`,
        ...birthLine(c, 'en'),
        ...bsnLine(c, 'en'),
        '',
        ...paras(
          80,
          `This letter confirms that the above patient is receiving treatment at our hospital for a chronic condition. Due to the treatment the patient cannot work full-time for at least ${rng.int(2, 6)} months.`,
        ),
        '',
        `Dr ${c.r.initials} ${c.r.lastName}, consultant`,
      ],
    ];
  },
};

const roomEn: Template = {
  id: 'rental_agreement.english-room',
  type: 'rental_agreement',
  lang: 'en',
  style: 'printed',
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    return [
      [
        'ROOM RENTAL AGREEMENT',
        ...bsnLine(c, 'en'),
        ...birthLine(c, 'en'),
        `Landlord: ${c.r.name}`,
        `Tenant: ${c.p.name}`,
        `Room at: ${c.p.street} ${c.p.houseNumber}, ${c.p.postcode} ${c.p.city} (shared kitchen and bathroom)`,
        `Rent: €${rng.amount(350, 750).toFixed(2)} per month, all-in`,
        `Start date: ${fmtDate(addDays(c.date, rng.int(-20, 20)), 'en')}`,
        `Deposit: €${rng.amount(400, 1200).toFixed(2)}`,
        '',
        ...paras(80, 'The tenant pays the rent before the first of each month. Notice period is one month. Subletting is not allowed.'),
        '',
        'Signatures: landlord ________ tenant ________',
      ],
    ];
  },
};

// ---------------------------------------------------------------------------------------------
// The municipality's own letters and other unrelated post (type "other")

const other = (id: string, render: (c: Ctx) => string[][], extra: Partial<Template> = {}): Template => ({
  id: `other.${id}`,
  type: 'other',
  lang: 'nl',
  style: 'printed',
  supports: ['client-number'],
  render,
  ...extra,
});

const beslissingOpBezwaar = other('gemeente-beslissing-op-bezwaar', (c) => {
  const { rng } = c;
  return [
    [
      c.org.name,
      'Team Bezwaar en Beroep',
      '',
      ...addressFormal(c.p, rng),
      '',
      `Datum ${fmtDate(c.date, 'long')}`,
      `Zaaknummer BZ-${rng.digits(6)}`,
      ...clientLine(c),
      'Onderwerp Beslissing op uw bezwaarschrift',
      '',
      salutation(c.p, rng),
      '',
      ...paras(
        88,
        `Op ${fmtDate(addDays(c.date, -rng.int(40, 90)), 'long')} heeft u bezwaar gemaakt tegen ons besluit over ${rng.pick(['uw bijstandsuitkering', 'de terugvordering', 'bijzondere bijstand'])}. U bent op ${fmtDate(addDays(c.date, -rng.int(10, 30)), 'long')} gehoord door de bezwaarcommissie.`,
        `Wij hebben besloten uw bezwaar ${rng.pick(['ongegrond', 'gegrond', 'gedeeltelijk gegrond'])} te verklaren. Het advies van de commissie en de motivering vindt u in de bijlage.`,
        'Bent u het niet eens met deze beslissing? Dan kunt u binnen zes weken beroep instellen bij de rechtbank. Daarvoor betaalt u griffierecht.',
      ),
      '',
      'Het college van burgemeester en wethouders,',
      `namens deze, ${c.r.name}`,
    ],
  ];
});

const herinneringGegevens = other('gemeente-herinnering-gegevens', (c) => {
  const { rng } = c;
  return [
    [
      `${c.org.name} | Werk en Inkomen`,
      '',
      ...addressFormal(c.p, rng),
      '',
      `Datum ${fmtDate(c.date, 'long')}`,
      ...clientLine(c),
      'Onderwerp Herinnering: wij missen nog gegevens',
      '',
      salutation(c.p, rng),
      '',
      ...paras(
        88,
        `Op ${fmtDate(addDays(c.date, -rng.int(14, 30)), 'long')} hebben wij u gevraagd om gegevens. Wij hebben nog niet alles ontvangen. Het gaat om: ${rng.sample(['uw loonstroken', 'uw bankafschriften', 'de huurverhoging', 'uw arbeidsovereenkomst', 'het bewijs van uw sollicitaties', 'een kopie van uw paspoort'], 3).join(', ')}.`,
        `Lever de gegevens uiterlijk ${fmtDate(addDays(c.date, 7), 'long')} in. Anders kunnen wij uw uitkering stopzetten. Heeft u vragen? Bel ons op 14 0123.`,
      ),
      '',
      'Met vriendelijke groet,',
      `${c.r.name}, consulent Inkomen`,
    ],
  ];
});

const besluitBijzondere = other(
  'gemeente-besluit-bijzondere-bijstand',
  (c) => {
    const { rng } = c;
    return [
      [
        c.org.name,
        '',
        ...addressFormal(c.p, rng),
        '',
        `Datum ${fmtDate(c.date, 'long')}`,
        `Ons kenmerk ${kenmerk(rng, 'BB')}`,
        ...clientLine(c),
        ...bsnLine(c),
        'Onderwerp Besluit bijzondere bijstand',
        '',
        salutation(c.p, rng),
        '',
        ...paras(
          88,
          `U heeft bijzondere bijstand gevraagd voor ${rng.pick(['een wasmachine', 'de eigen bijdrage rechtsbijstand', 'tandartskosten', 'een bril'])}. Wij hebben besloten u ${money(rng.amount(80, 600), { euro: true })} toe te kennen. Wij maken het bedrag binnen 10 werkdagen over op ${ibanText(c.p.iban, rng)}.`,
          'Bewaar de aankoopbon: wij kunnen hierom vragen. Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken bezwaar maken.',
        ),
        '',
        'Met vriendelijke groet,',
        `namens het college, ${c.r.name}`,
      ],
    ];
  },
  { supports: ['client-number', 'bsn'] },
);

const vacatureOverzicht = other(
  'vacatureoverzicht-werk-nl',
  (c) => {
    const { rng } = c;
    return [
      [
        'werk.nl - Vacatures voor jou',
        `Zoekopdracht: ${rng.pick(JOB_TITLES)} in de buurt van ${c.p.city}`,
        '',
        ...Array.from(
          { length: rng.int(4, 8) },
          () =>
            `${rng.pick(JOB_TITLES)} - ${rng.pick(EMPLOYERS)} - ${rng.int(16, 40)} uur - geplaatst ${fmtDate(addDays(c.date, -rng.int(0, 10)), 'short')}`,
        ),
        '',
        'Bekijk alle vacatures op werk.nl. Je ontvangt deze e-mail omdat je een vacaturealert hebt ingesteld.',
      ],
    ];
  },
  { supports: [] },
);

const renovatie = other(
  'woningcorporatie-renovatiebrief',
  (c) => {
    const { rng } = c;
    const corp = rng.pick(HOUSING_CORPS);
    return [
      [
        corp,
        '',
        ...address(c.p),
        '',
        `${fmtDate(c.date, 'long')}`,
        'Onderwerp: onderhoud aan uw woning',
        '',
        'Beste bewoner,',
        '',
        ...paras(
          88,
          `Vanaf ${fmtDate(addDays(c.date, rng.int(14, 60)), 'long')} voeren wij groot onderhoud uit aan de woningen in uw straat. Wij vervangen de kozijnen en isoleren het dak. Uw huur verandert hierdoor niet.`,
          'Een opzichter maakt vooraf een afspraak met u. Heeft u vragen? Kom naar de informatieavond in het buurthuis.',
        ),
        '',
        `Met vriendelijke groet, ${corp}`,
      ],
    ];
  },
  { supports: [] },
);

// ---------------------------------------------------------------------------------------------
// Second issuers

const uwvMaatregel: Template = {
  id: 'uwv_decision.ww-maatregel',
  type: 'uwv_decision',
  lang: 'nl',
  style: 'printed',
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    return [
      [
        'UWV WERKbedrijf',
        '',
        ...addressFormal(c.p, rng),
        '',
        `Datum ${fmtDate(c.date, 'long')}`,
        ...bsnLine(c),
        ...birthLine(c),
        'Onderwerp Wij verlagen uw WW-uitkering (maatregel)',
        '',
        salutation(c.p, rng),
        '',
        ...paras(
          88,
          `U heeft in de periode tot ${fmtDate(addDays(c.date, -rng.int(5, 20)), 'long')} te weinig gesolliciteerd. Daarom verlagen wij uw WW-uitkering ${rng.int(1, 4)} maanden met ${rng.pick([25, 50])}%.`,
          'Wij hebben deze beslissing genomen op grond van de Werkloosheidswet. Bent u het niet eens met deze beslissing? Maak dan binnen 6 weken bezwaar.',
        ),
        '',
        'Met vriendelijke groet,',
        'UWV',
      ],
    ];
  },
};

const uwvAfwijzing: Template = {
  id: 'uwv_decision.ww-afwijzing',
  type: 'uwv_decision',
  lang: 'nl',
  style: 'printed',
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    return [
      [
        'Uitvoeringsinstituut Werknemersverzekeringen',
        `Kenmerk ${rng.digits(10)}`,
        '',
        ...addressFormal(c.p, rng),
        ...bsnLine(c),
        ...birthLine(c),
        '',
        `${fmtDate(c.date, 'long')}`,
        'Beslissing op uw aanvraag WW',
        '',
        ...paras(
          88,
          `U heeft op ${fmtDate(addDays(c.date, -rng.int(10, 40)), 'long')} een WW-uitkering aangevraagd. U krijgt geen WW-uitkering, omdat ${rng.pick(['u in de laatste 36 weken niet 26 weken heeft gewerkt (wekeneis)', 'u zelf ontslag heeft genomen', 'u nog loon krijgt van uw werkgever'])}.`,
          'Heeft u geen ander inkomen? Dan kunt u bij uw gemeente bijstand aanvragen. Niet eens met deze beslissing? U kunt binnen 6 weken bezwaar maken.',
        ),
      ],
    ];
  },
};

const huurAanpassingInvesteerder: Template = {
  id: 'rental_agreement.huurprijsaanpassing-belegger',
  type: 'rental_agreement',
  lang: 'nl',
  style: 'printed',
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const old = rng.amount(750, 1400);
    return [
      [
        rng.pick(['Vesteda', 'Bouwinvest Residential', 'MVGM Vastgoedbeheer', 'Rebo Vastgoedbeheer']),
        '',
        ...addressFormal(c.p, rng),
        ...bsnLine(c),
        ...birthLine(c),
        '',
        `Datum ${fmtDate(c.date, 'long')}`,
        'Betreft: jaarlijkse huurprijsaanpassing',
        '',
        salutation(c.p, rng),
        '',
        ...paras(
          88,
          `Conform de huurovereenkomst wordt de huurprijs van uw woning jaarlijks geïndexeerd. Per ${fmtDate(addDays(c.date, rng.int(20, 60)), 'long')} wordt de kale huur ${money(old * 1.05, { euro: true })} (was ${money(old, { euro: true })}). De servicekosten blijven gelijk.`,
          'Betaalt u via automatische incasso, dan passen wij het bedrag automatisch aan.',
        ),
        '',
        'Met vriendelijke groet,',
        'Afdeling Verhuur',
      ],
    ];
  },
};

export const extraTemplates: Template[] = [
  changeEmailEn,
  holidayEmailEn,
  applicationEmailEn,
  complaintEmailEn,
  objectionEmailEn,
  payslipBilingual,
  hospitalEn,
  roomEn,
  beslissingOpBezwaar,
  herinneringGegevens,
  besluitBijzondere,
  vacatureOverzicht,
  renovatie,
  uwvMaatregel,
  uwvAfwijzing,
  huurAanpassingInvesteerder,
];
