import { EMPLOYERS } from '../pools.ts';
import type { Ctx, Page, Template } from '../template.ts';
import {
  addDays,
  addressFormal,
  birthLine,
  bsnLine,
  fmtDate,
  ibanText,
  money,
  monthName,
  paginate,
  paras,
  row,
  salutation,
} from '../template.ts';

// ---------------------------------------------------------------------------------------------
// UWV

function uwvLetter(c: Ctx, subject: string, body: string[], opts: { extra?: string[]; pages?: number } = {}): Page[] {
  const { rng } = c;
  const head = [
    'UWV',
    rng.pick(['Postbus 58285, 1040 HG Amsterdam', 'Postbus 57, 9700 AB Groningen', 'Postbus 5300, 1100 HV Amsterdam']),
    '',
    ...addressFormal(c.p, rng),
    '',
    `Datum ${fmtDate(c.date, 'long')}`,
    `Ons kenmerk ${rng.pick(['WW', 'WIA', 'ZW', 'WJ'])}/${rng.digits(9)}`,
    ...bsnLine(c, 'nl', '  '),
    ...birthLine(c),
    `Onderwerp ${subject}`,
    '',
    salutation(c.p, rng),
    '',
  ];
  const tail = [
    '',
    'Bent u het niet eens met deze beslissing?',
    ...paras(
      88,
      'Dan kunt u binnen 6 weken na de datum van deze brief bezwaar maken. Dat kan online via Mijn UWV op uwv.nl of met een brief. Zet in uw brief uw burgerservicenummer en waarom u het niet eens bent met de beslissing.',
    ),
    '',
    'Met vriendelijke groet,',
    `${rng.pick(['Afdeling Uitkeren', 'UWV Werkbedrijf', 'Sociaal Medische Zaken', 'UWV Klantenservice'])}`,
    `${c.r.initials} ${c.r.lastName}`,
    '',
    'Heeft u vragen? Kijk op uwv.nl of bel ons via 088 - 898 92 94.',
  ];
  return paginate([...body, ...(opts.extra ?? []), ...tail], 26, (p, n) =>
    p === 1 ? head : [`Datum ${fmtDate(c.date, 'long')}`, `Blad ${p} van ${n}`, ''],
  );
}

const wwToekenning: Template = {
  id: 'uwv_decision.ww-toekenning',
  type: 'uwv_decision',
  lang: 'nl',
  style: 'printed',
  weight: 1.5,
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const start = addDays(c.date, -rng.int(5, 30));
    const months = rng.int(3, 24);
    const dagloon = rng.amount(60, 180);
    return uwvLetter(c, 'U krijgt een WW-uitkering', [
      ...paras(
        88,
        `U heeft een WW-uitkering aangevraagd. U krijgt deze uitkering vanaf ${fmtDate(start, 'long')}. In deze brief leest u hoe hoog uw uitkering is en hoe lang u deze krijgt.`,
        `Hoe lang krijgt u een WW-uitkering? U krijgt uw uitkering maximaal ${months} maanden, tot en met ${fmtDate(addDays(start, months * 30), 'long')}. Dit hangt af van uw arbeidsverleden.`,
        `Hoe hoog is uw uitkering? Uw dagloon is ${money(dagloon, { euro: true })}. De eerste 2 maanden krijgt u 75% van uw dagloon, daarna 70%. Uw uitkering is ongeveer ${money(dagloon * 21.75 * 0.75, { euro: true })} bruto per maand.`,
        'U moet solliciteren: minimaal 4 sollicitatieactiviteiten per 4 weken. Geef deze door op werk.nl.',
        `De uitkering wordt betaald op rekening ${ibanText(c.p.iban, rng)}.`,
      ),
    ]);
  },
};

const wwEinde: Template = {
  id: 'uwv_decision.ww-beeindiging',
  type: 'uwv_decision',
  lang: 'nl',
  style: 'printed',
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    return uwvLetter(c, 'Uw WW-uitkering stopt', [
      ...paras(
        88,
        `Uw WW-uitkering stopt op ${fmtDate(addDays(c.date, rng.int(5, 30)), 'long')}. ${rng.pick([
          'U heeft de maximale duur van uw WW-uitkering bereikt.',
          `U werkt weer. Uw nieuwe werkgever is ${rng.pick(EMPLOYERS)} en u verdient meer dan 87,5% van uw oude loon.`,
          'U bent niet verschenen op de afspraak en u heeft niet laten weten waarom.',
        ])}`,
        'Heeft u hierna geen inkomen? Dan kunt u misschien bijstand aanvragen bij uw gemeente. Doe dit op tijd.',
      ),
    ]);
  },
};

const wia: Template = {
  id: 'uwv_decision.wia-beslissing',
  type: 'uwv_decision',
  lang: 'nl',
  style: 'printed',
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const pct = rng.pick(['minder dan 35%', '35 tot 80%', '80 tot 100%', '100%']);
    return uwvLetter(c, 'Beslissing op uw WIA-aanvraag', [
      ...paras(
        88,
        `U heeft een WIA-uitkering aangevraagd. Wij hebben onderzocht hoeveel u nog kunt verdienen met werk. De verzekeringsarts en de arbeidsdeskundige hebben uw situatie beoordeeld. U bent ${pct} arbeidsongeschikt.`,
        pct === 'minder dan 35%'
          ? 'Dit betekent dat u geen recht heeft op een WIA-uitkering. U kunt nog genoeg verdienen met werk dat bij u past.'
          : `U krijgt een ${pct === '35 tot 80%' ? 'WGA-uitkering' : 'IVA-uitkering'} vanaf ${fmtDate(addDays(c.date, rng.int(-20, 10)), 'long')}. De hoogte van uw uitkering is ${money(rng.amount(900, 2600), { euro: true })} bruto per maand.`,
        'In de bijlage vindt u het rapport van de verzekeringsarts en de arbeidsdeskundige.',
      ),
    ]);
  },
};

const wajong: Template = {
  id: 'uwv_decision.wajong',
  type: 'uwv_decision',
  lang: 'nl',
  style: 'printed',
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    return uwvLetter(c, `Beslissing Wajong`, [
      ...paras(
        88,
        `U heeft een Wajong-uitkering. Vanaf ${fmtDate(addDays(c.date, rng.int(10, 40)), 'long')} verandert de hoogte van uw uitkering, omdat u ${rng.pick(['inkomsten uit werk heeft', 'op een andere woonvorm bent overgegaan', '21 jaar bent geworden'])}.`,
        `Uw nieuwe Wajong-uitkering is ${money(rng.amount(300, 1400), { euro: true })} bruto per maand. Dit bedrag is berekend volgens de Wet arbeidsongeschiktheidsvoorziening jonggehandicapten.`,
      ),
    ]);
  },
};

const ziektewet: Template = {
  id: 'uwv_decision.ziektewet',
  type: 'uwv_decision',
  lang: 'nl',
  style: 'printed',
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    return uwvLetter(c, 'Uw Ziektewet-uitkering', [
      ...paras(
        88,
        `U heeft zich ziek gemeld op ${fmtDate(addDays(c.date, -rng.int(10, 60)), 'long')}. U had op dat moment geen werkgever (vangnetter). Daarom krijgt u een Ziektewet-uitkering van UWV.`,
        `De hoogte van uw uitkering is 70% van uw dagloon van ${money(rng.amount(50, 150), { euro: true })}. U krijgt de uitkering zolang u ziek bent, maar maximaal 104 weken.`,
        'Wij verwachten dat u meewerkt aan uw herstel en aan afspraken met de verzekeringsarts.',
      ),
    ]);
  },
};

const betaalspecificatie: Template = {
  id: 'uwv_decision.betaalspecificatie',
  type: 'uwv_decision',
  lang: 'nl',
  style: 'printed',
  weight: 1.3,
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const gross = rng.amount(800, 2400);
    const tax = gross * rng.amount(0.05, 0.2);
    const w = [36, 14];
    return [
      [
        'UWV',
        `Betaalspecificatie ${rng.pick(['WW', 'WIA', 'Ziektewet', 'Wajong'])}-uitkering`,
        '',
        ...addressFormal(c.p, rng),
        ...bsnLine(c),
        ...birthLine(c),
        '',
        `Periode ${monthName(c.date)} ${c.date.getUTCFullYear()}   Betaaldatum ${fmtDate(addDays(c.date, rng.int(0, 5)))}`,
        '',
        row(['Bruto uitkering', money(gross, { euro: true })], w),
        row(['Vakantiegeld (opbouw)', money(gross * 0.08, { euro: true })], w),
        row(['Loonheffing', money(-tax, { euro: true })], w),
        row(['Verrekening inkomsten', money(-rng.amount(0, 300), { euro: true })], w),
        row(['Netto uitkering', money(gross - tax, { euro: true })], w),
        '',
        `Overgemaakt op ${ibanText(c.p.iban, rng)}`,
        `Loonheffingskorting: ${rng.pick(['ja', 'nee'])}`,
        '',
        'Deze specificatie is geen beslissing. U kunt er geen bezwaar tegen maken.',
        'Mijn UWV: bekijk uw betalingen op uwv.nl',
      ],
    ];
  },
};

const wwInkomsten: Template = {
  id: 'uwv_decision.ww-verrekening-inkomsten',
  type: 'uwv_decision',
  lang: 'nl',
  style: 'printed',
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    return uwvLetter(c, 'Uw WW-uitkering verandert door inkomsten', [
      ...paras(
        88,
        `U heeft inkomsten doorgegeven over ${monthName(addDays(c.date, -30))}. U heeft ${rng.int(20, 100)} uur gewerkt en ${money(rng.amount(200, 1500), { euro: true })} verdiend. Wij trekken 70% van deze inkomsten af van uw WW-uitkering.`,
        `Uw WW-uitkering over deze maand is daarom ${money(rng.amount(200, 1200), { euro: true })} bruto.`,
        'Geef elke maand uw inkomsten door via Mijn UWV. Doet u dat niet, dan kunnen wij uw uitkering niet betalen.',
      ),
    ]);
  },
};

const uwvTerugvordering: Template = {
  id: 'uwv_decision.terugvordering',
  type: 'uwv_decision',
  lang: 'nl',
  style: 'printed',
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const amount = rng.amount(150, 4500);
    return uwvLetter(c, 'U moet een bedrag terugbetalen', [
      ...paras(
        88,
        `U heeft te veel ${rng.pick(['WW-uitkering', 'WIA-uitkering', 'Ziektewet-uitkering'])} gekregen over de periode ${fmtDate(addDays(c.date, -120))} tot en met ${fmtDate(addDays(c.date, -30))}. Dit komt doordat u uw inkomsten te laat heeft doorgegeven.`,
        `U moet ${money(amount, { euro: true })} bruto terugbetalen. U krijgt hierover een aparte brief met een betaalverzoek. Kunt u niet in één keer betalen? Dan kunt u een betalingsregeling aanvragen.`,
      ),
    ]);
  },
};

const iow: Template = {
  id: 'uwv_decision.iow-toekenning',
  type: 'uwv_decision',
  lang: 'nl',
  style: 'printed',
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    return uwvLetter(c, 'Beslissing over uw IOW-uitkering', [
      ...paras(
        88,
        `U krijgt een uitkering op grond van de Wet inkomensvoorziening oudere werklozen (IOW) vanaf ${fmtDate(addDays(c.date, rng.int(-10, 20)), 'long')}. U krijgt deze uitkering tot uw AOW-leeftijd.`,
        `De IOW-uitkering is ${money(rng.amount(1100, 1700), { euro: true })} bruto per maand. Het inkomen van uw partner telt niet mee. Uw eigen vermogen telt ook niet mee.`,
      ),
    ]);
  },
};

// ---------------------------------------------------------------------------------------------
// Belastingdienst

function bdHead(c: Ctx, sender: 'Belastingdienst' | 'Belastingdienst/Toeslagen'): string[] {
  const { rng } = c;
  return [
    sender,
    sender === 'Belastingdienst' ? 'Postbus 9059, 7300 GM Apeldoorn' : 'Postbus 8060, 7300 GM Apeldoorn',
    '',
    ...addressFormal(c.p, rng),
    '',
    `Datum ${fmtDate(c.date, 'long')}`,
    ...(c.show.bsn ? [`${rng.pick(['Burgerservicenummer', 'BSN', 'Ons kenmerk (BSN)'])} ${c.p.bsn}`] : []),
    ...birthLine(c),
  ];
}

const toeslagBeschikking = (id: string, kind: string, weight = 1): Template => ({
  id: `tax_document.${id}`,
  group: 'tax_document.toeslag-beschikking',
  type: 'tax_document',
  lang: 'nl',
  style: 'printed',
  weight,
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const year = c.date.getUTCFullYear() + (rng.chance(0.5) ? 0 : -1);
    const monthly = rng.amount(20, 480);
    const definitive = rng.chance(0.3);
    return [
      [
        ...bdHead(c, 'Belastingdienst/Toeslagen'),
        `Onderwerp ${definitive ? 'Definitieve berekening' : 'Voorschot'} ${kind} ${year}`,
        '',
        salutation(c.p, rng),
        '',
        ...paras(
          88,
          definitive
            ? `Wij hebben uw ${kind} over ${year} definitief berekend. U had recht op ${money(monthly * 12, { euro: true })}. U heeft ${money(monthly * 12 + rng.amount(-400, 400), { euro: true })} aan voorschotten gekregen.`
            : `U krijgt een voorschot ${kind} over ${year}. Het voorschot is ${money(monthly, { euro: true })} per maand. Wij betalen het voorschot rond de 20e van de maand op rekening ${ibanText(c.p.iban, rng)}.`,
          `Wij hebben bij de berekening gebruikgemaakt van een geschat toetsingsinkomen van ${money(rng.amount(9000, 38000), { euro: true })}. Verandert uw inkomen of uw situatie? Geef dit dan op tijd door via Mijn toeslagen.`,
          'Bent u het niet eens met deze beschikking? Dan kunt u binnen 6 weken bezwaar maken.',
        ),
        '',
        'Met vriendelijke groet,',
        'Belastingdienst/Toeslagen',
      ],
    ];
  },
});

const voorlopigeAanslag: Template = {
  id: 'tax_document.voorlopige-aanslag',
  type: 'tax_document',
  lang: 'nl',
  style: 'printed',
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const year = c.date.getUTCFullYear();
    const refund = rng.chance(0.6);
    return [
      [
        ...bdHead(c, 'Belastingdienst'),
        `Aanslagnummer ${c.p.bsn}.H.${String(year).slice(2)}.01`,
        '',
        `VOORLOPIGE AANSLAG INKOMSTENBELASTING EN PREMIE VOLKSVERZEKERINGEN ${year}`,
        '',
        ...paras(
          88,
          `Dit is uw voorlopige aanslag over ${year}. ${refund ? `U krijgt ${money(rng.amount(50, 2500), { euro: true })} terug. Wij betalen dit in maandelijkse termijnen uit.` : `U moet ${money(rng.amount(50, 3000), { euro: true })} betalen in ${rng.int(3, 11)} termijnen.`}`,
          'Berekening',
        ),
        row(['Belastbaar inkomen uit werk en woning', money(rng.amount(8000, 40000), { euro: true })], [50, 16]),
        row(['Inkomstenbelasting / premie volksverzekeringen', money(rng.amount(1000, 9000), { euro: true })], [50, 16]),
        row(['Algemene heffingskorting', money(-rng.amount(800, 3300), { euro: true })], [50, 16]),
        row(['Arbeidskorting', money(-rng.amount(0, 5000), { euro: true })], [50, 16]),
        row(['Ingehouden loonheffing', money(-rng.amount(0, 4000), { euro: true })], [50, 16]),
        '',
        'Klopt deze aanslag niet? Dan kunt u binnen 6 weken bezwaar maken of de aanslag laten wijzigen via Mijn Belastingdienst.',
      ],
    ];
  },
};

const definitieveAanslag: Template = {
  id: 'tax_document.aanslag-inkomstenbelasting',
  type: 'tax_document',
  lang: 'nl',
  style: 'printed',
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const year = c.date.getUTCFullYear() - rng.int(1, 2);
    return [
      [
        ...bdHead(c, 'Belastingdienst'),
        '',
        `Aanslag inkomstenbelasting ${year}`,
        `Dagtekening ${fmtDate(c.date)}   Vervaldatum ${fmtDate(addDays(c.date, 56))}`,
        '',
        row(['Verzamelinkomen', money(rng.amount(9000, 35000))], [40, 14]),
        row(['Verschuldigde belasting en premie', money(rng.amount(300, 6000))], [40, 14]),
        row(['Eerder vastgesteld / voorlopige aanslagen', money(rng.amount(0, 6000))], [40, 14]),
        row(['Te betalen / terug te ontvangen', money(rng.amount(-900, 900))], [40, 14]),
        '',
        ...paras(
          88,
          'Dit is een definitieve aanslag. De toelichting vindt u op de achterkant. Betaal het bedrag vóór de vervaldatum op NL86 INGB 0002 4455 88 o.v.v. het betalingskenmerk.',
        ),
        `Betalingskenmerk ${rng.digits(4)} ${rng.digits(4)} ${rng.digits(4)} ${rng.digits(4)}`,
      ],
    ];
  },
};

const jaaropgaveWerkgever: Template = {
  id: 'tax_document.jaaropgave-werkgever',
  type: 'tax_document',
  lang: 'nl',
  style: 'printed',
  weight: 1.3,
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const year = c.date.getUTCFullYear() - 1;
    const loon = rng.amount(4000, 36000);
    const w = [44, 14];
    return [
      [
        `JAAROPGAVE ${year}`,
        `Werkgever: ${rng.pick(EMPLOYERS)}   Loonheffingennummer ${rng.digits(9)}L${rng.digits(2)}`,
        '',
        `Werknemer: ${c.p.initials} ${c.p.lastName}`,
        `${c.p.street} ${c.p.houseNumber}, ${c.p.postcode} ${c.p.city}`,
        ...bsnLine(c),
        ...birthLine(c),
        `Periode: 01-01-${year} t/m 31-12-${year}   Personeelsnummer ${rng.digits(5)}`,
        '',
        row(['Loon voor de loonheffing (fiscaal loon)', money(loon)], w),
        row(['Ingehouden loonheffing', money(loon * rng.amount(0.03, 0.2))], w),
        row(['Verrekende arbeidskorting', money(rng.amount(0, 4000))], w),
        row(['Loon Zvw', money(loon)], w),
        row(['Ingehouden bijdrage Zvw', money(0)], w),
        row(['Loonheffingskorting toegepast', rng.pick(['ja', 'nee'])], w),
        row(['Tabelkleur / code', 'wit / 010'], w),
        '',
        'Bewaar deze jaaropgave bij uw belastingpapieren. U heeft deze nodig voor uw aangifte inkomstenbelasting.',
      ],
    ];
  },
};

const jaaropgaveUitkering: Template = {
  id: 'tax_document.jaaropgave-uitkering',
  type: 'tax_document',
  lang: 'nl',
  style: 'printed',
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const year = c.date.getUTCFullYear() - 1;
    const issuer = rng.pick(['UWV', c.org.name, 'Sociale Verzekeringsbank']);
    return [
      [
        issuer,
        `Jaaropgave ${year}`,
        '',
        ...addressFormal(c.p, rng),
        '',
        ...bsnLine(c),
        ...birthLine(c),
        `Soort inkomen: ${issuer === 'UWV' ? rng.pick(['WW-uitkering', 'WIA-uitkering', 'Ziektewet']) : issuer === 'Sociale Verzekeringsbank' ? 'AOW' : 'Participatiewet (bijstand)'}`,
        '',
        `Fiscaal loon ${year}:                ${money(rng.amount(6000, 20000), { euro: true })}`,
        `Ingehouden loonheffing:          ${money(rng.amount(0, 2000), { euro: true })}`,
        `Verrekende heffingskorting:      ${money(rng.amount(0, 3000), { euro: true })}`,
        `Bijdrage Zvw:                    ${money(rng.amount(200, 900), { euro: true })}`,
        '',
        'Deze jaaropgave heeft u nodig voor uw aangifte inkomstenbelasting en voor toeslagen.',
      ],
    ];
  },
};

const aangifteOverzicht: Template = {
  id: 'tax_document.aangifte-overzicht',
  type: 'tax_document',
  lang: 'nl',
  style: 'printed',
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const year = c.date.getUTCFullYear() - 1;
    return [
      [
        'Mijn Belastingdienst',
        `Overzicht aangifte inkomstenbelasting ${year}`,
        `Verzonden op ${fmtDate(addDays(c.date, -rng.int(1, 40)))}`,
        '',
        `Naam ${c.p.name}`,
        ...bsnLine(c),
        ...birthLine(c),
        '',
        'Inkomsten uit werk en woning',
        `  Loon en uitkeringen       ${money(rng.amount(5000, 30000), { euro: true })}`,
        `  Eigen woning              ${money(0, { euro: true })}`,
        'Aftrekposten',
        `  Zorgkosten                ${money(rng.amount(0, 900), { euro: true })}`,
        `  Giften                    ${money(0, { euro: true })}`,
        '',
        `Berekend resultaat: ${rng.chance(0.6) ? 'terug te krijgen' : 'te betalen'} ${money(rng.amount(0, 1500), { euro: true })}`,
        'Dit is een voorlopige berekening. U ontvangt de aanslag binnen 3 maanden.',
      ],
    ];
  },
};

const toeslagTerugvordering: Template = {
  id: 'tax_document.toeslag-terugvordering',
  type: 'tax_document',
  lang: 'nl',
  style: 'printed',
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const year = c.date.getUTCFullYear() - 1;
    return [
      [
        ...bdHead(c, 'Belastingdienst/Toeslagen'),
        `Onderwerp Terugvordering ${rng.pick(['zorgtoeslag', 'huurtoeslag', 'kindgebonden budget'])} ${year}`,
        '',
        salutation(c.p, rng),
        '',
        ...paras(
          88,
          `Bij de definitieve berekening van uw toeslag over ${year} bleek dat u te veel voorschot heeft ontvangen. U moet ${money(rng.amount(80, 2200), { euro: true })} terugbetalen.`,
          'U krijgt binnenkort een betaalverzoek met de manier waarop u kunt betalen. U kunt ook een persoonlijke betalingsregeling aanvragen.',
          'Bent u het niet eens met deze beschikking? Dan kunt u binnen 6 weken bezwaar maken.',
        ),
        '',
        'Belastingdienst/Toeslagen',
      ],
    ];
  },
};

export const uwvTemplates: Template[] = [
  wwToekenning,
  wwEinde,
  wia,
  wajong,
  ziektewet,
  betaalspecificatie,
  wwInkomsten,
  uwvTerugvordering,
  iow,
];
export const taxTemplates: Template[] = [
  toeslagBeschikking('zorgtoeslag', 'zorgtoeslag', 1.3),
  toeslagBeschikking('huurtoeslag', 'huurtoeslag'),
  toeslagBeschikking('kindgebonden-budget', 'kindgebonden budget'),
  toeslagBeschikking('kinderopvangtoeslag', 'kinderopvangtoeslag', 0.6),
  voorlopigeAanslag,
  definitieveAanslag,
  jaaropgaveWerkgever,
  jaaropgaveUitkering,
  aangifteOverzicht,
  toeslagTerugvordering,
];
