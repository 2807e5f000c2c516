import { CREDITORS, DEBT_COLLECTORS, INSURERS } from '../pools.ts';
import type { Ctx, Template } from '../template.ts';
import { addDays, addressFormal, birthLine, bsnLine, clientLine, fmtDate, money, paras, row, salutation } from '../template.ts';

function claim(c: Ctx) {
  const principal = c.rng.amount(45, 2400);
  const costs = Math.max(40, Math.round(principal * 0.15 * 100) / 100);
  const interest = Math.round(principal * c.rng.amount(0.01, 0.08) * 100) / 100;
  return { principal, costs, interest, total: principal + costs + interest };
}

const w = [40, 14];

const deurwaarder: Template = {
  id: 'debt_notice.deurwaarder-exploot',
  type: 'debt_notice',
  lang: 'nl',
  style: 'printed',
  weight: 1.5,
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const k = claim(c);
    const [creditor] = rng.pick(CREDITORS);
    return [
      [
        rng.pick([
          'Flanderijn Gerechtsdeurwaarders',
          'Lavg Gerechtsdeurwaarders',
          'Gerechtsdeurwaarderskantoor Van der Meer',
          'DCS Deurwaarders',
        ]),
        'Gerechtsdeurwaarders',
        '',
        ...addressFormal(c.p, rng),
        ...bsnLine(c),
        ...birthLine(c),
        '',
        `Datum ${fmtDate(c.date)}   Dossiernummer ${rng.digits(8)}`,
        `Opdrachtgever ${creditor}`,
        'BETREFT: AANKONDIGING BESLAGLEGGING',
        '',
        salutation(c.p, rng),
        '',
        ...paras(
          88,
          `Ondanks eerdere aanmaningen heeft u de vordering van onze opdrachtgever ${creditor} niet voldaan. Bij vonnis van de kantonrechter bent u veroordeeld tot betaling. Dit vonnis is aan u betekend.`,
          `Wij zullen overgaan tot ${rng.pick(['beslag op uw loon of uitkering', 'beslag op uw bankrekening', 'beslag op uw inboedel'])} als u niet binnen 2 dagen het volledige bedrag betaalt.`,
        ),
        row(['Hoofdsom', money(k.principal, { euro: true })], w),
        row(['Rente', money(k.interest, { euro: true })], w),
        row(['Proceskosten en explootkosten', money(k.costs + 120, { euro: true })], w),
        row(['Totaal te betalen', money(k.total + 120, { euro: true })], w),
        '',
        'Kunt u niet betalen? Neem dan direct contact met ons op of meld u bij de schuldhulpverlening van uw gemeente.',
      ],
    ];
  },
};

const incasso: Template = {
  id: 'debt_notice.incassobureau-aanmaning',
  type: 'debt_notice',
  lang: 'nl',
  style: 'printed',
  weight: 1.5,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const k = claim(c);
    const [creditor] = rng.pick(CREDITORS);
    return [
      [
        rng.pick(DEBT_COLLECTORS),
        '',
        ...addressFormal(c.p, rng),
        ...clientLine(c),
        ...bsnLine(c),
        ...birthLine(c),
        '',
        `Datum: ${fmtDate(c.date)}`,
        `Ons kenmerk: ${rng.digits(9)}   Uw klantnummer bij ${creditor}: ${rng.digits(8)}`,
        `Onderwerp: ${rng.pick(['Aanmaning', 'Laatste aanmaning voor incassokosten (14-dagenbrief)', 'Sommatie', 'Betalingsherinnering'])}`,
        '',
        salutation(c.p, rng),
        '',
        ...paras(
          88,
          `Onze opdrachtgever ${creditor} heeft ons gevraagd de openstaande vordering bij u te innen. Volgens onze administratie staat het volgende bedrag nog open:`,
        ),
        row(['Openstaand bedrag facturen', money(k.principal, { euro: true })], w),
        row(['Incassokosten (wettelijk)', money(k.costs, { euro: true })], w),
        row(['Totaal', money(k.principal + k.costs, { euro: true })], w),
        '',
        ...paras(
          88,
          'Wij verzoeken u het totaalbedrag binnen 14 dagen na dagtekening van deze brief over te maken. Betaalt u niet op tijd, dan kunnen wij zonder nadere aankondiging gerechtelijke maatregelen nemen. De kosten daarvan komen voor uw rekening.',
          'Kunt u niet in één keer betalen? Bel ons voor een betalingsregeling.',
        ),
      ],
    ];
  },
};

const energieAanmaning: Template = {
  id: 'debt_notice.energie-aanmaning',
  type: 'debt_notice',
  lang: 'nl',
  style: 'printed',
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const supplier = rng.pick(['Vattenfall', 'Eneco', 'Essent', 'Greenchoice', 'Budget Energie', 'Vandebron']);
    const amount = rng.amount(80, 900);
    return [
      [
        supplier,
        '',
        ...addressFormal(c.p, rng),
        ...clientLine(c),
        ...bsnLine(c),
        ...birthLine(c),
        '',
        `Datum ${fmtDate(c.date, 'long')}`,
        `Klantnummer ${rng.digits(9)}`,
        'Onderwerp Herinnering: uw termijnbedrag is nog niet betaald',
        '',
        salutation(c.p, rng),
        '',
        ...paras(
          88,
          `Wij hebben uw termijnbedragen van ${rng.pick(['vorige maand', 'de afgelopen twee maanden'])} nog niet ontvangen. Het openstaande bedrag is ${money(amount, { euro: true })}.`,
          `Wilt u dit bedrag binnen 14 dagen betalen? Als u niet betaalt, kunnen wij de vordering uit handen geven aan een incassobureau. Dan komen er kosten bij. In het uiterste geval kunnen wij de levering van energie stoppen (afsluiten).`,
          'Heeft u moeite met betalen? Wij zijn verplicht uw gegevens door te geven aan de gemeente voor vroegsignalering, zodat zij u hulp kunnen aanbieden.',
        ),
        '',
        `Klantenservice ${supplier}`,
      ],
    ];
  },
};

const zorgverzekeraar: Template = {
  id: 'debt_notice.zorgverzekeraar-achterstand',
  type: 'debt_notice',
  lang: 'nl',
  style: 'printed',
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const months = rng.int(2, 6);
    return [
      [
        rng.pick(INSURERS),
        '',
        ...addressFormal(c.p, rng),
        ...bsnLine(c),
        ...birthLine(c),
        '',
        `Datum ${fmtDate(c.date)}   Relatienummer ${rng.digits(9)}`,
        `Onderwerp U heeft een premieachterstand van ${months} maanden`,
        '',
        salutation(c.p, rng),
        '',
        ...paras(
          88,
          `U heeft de premie voor uw zorgverzekering over ${months} maanden niet betaald. De achterstand is ${money(months * rng.amount(120, 160), { euro: true })}.`,
          months >= 6
            ? 'Omdat u 6 maanden of meer achterstand heeft, melden wij u aan bij het CAK. U betaalt dan een hogere bestuursrechtelijke premie die wordt ingehouden op uw inkomen.'
            : 'Wij bieden u een betalingsregeling aan. Als u deze accepteert, kunnen wij u niet aanmelden bij het CAK zolang u zich aan de regeling houdt.',
        ),
        '',
        'Afdeling Debiteurenbeheer',
      ],
    ];
  },
};

const cjib: Template = {
  id: 'debt_notice.cjib-aanmaning',
  type: 'debt_notice',
  lang: 'nl',
  style: 'printed',
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const base = rng.amount(40, 450);
    return [
      [
        'Centraal Justitieel Incassobureau',
        'Ministerie van Justitie en Veiligheid',
        '',
        ...addressFormal(c.p, rng),
        ...bsnLine(c),
        ...birthLine(c),
        '',
        `Datum ${fmtDate(c.date, 'long')}`,
        `CJIB-nummer ${rng.digits(16)}`,
        `Onderwerp ${rng.pick(['Eerste aanmaning', 'Tweede aanmaning'])}`,
        '',
        ...paras(
          88,
          `U heeft de boete voor ${rng.pick(['een verkeersovertreding', 'zwartrijden', 'een parkeerovertreding'])} nog niet betaald. Daarom is het bedrag verhoogd.`,
        ),
        row(['Oorspronkelijk bedrag', money(base, { euro: true })], w),
        row(['Verhoging', money(base * 0.25, { euro: true })], w),
        row(['Te betalen', money(base * 1.25, { euro: true })], w),
        '',
        ...paras(
          88,
          'Betaal vóór de uiterste betaaldatum. Betaalt u niet, dan volgt een tweede aanmaning en kan de deurwaarder beslag leggen.',
        ),
      ],
    ];
  },
};

const schuldhulp: Template = {
  id: 'debt_notice.schuldhulpverlening-brief',
  type: 'debt_notice',
  lang: 'nl',
  style: 'printed',
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    return [
      [
        rng.pick(['Kredietbank Voorbeeld', 'Plangroep Schuldhulpverlening', 'Stadsbank', 'GKB Gemeentelijke Kredietbank']),
        '',
        ...addressFormal(c.p, rng),
        ...clientLine(c),
        ...bsnLine(c),
        ...birthLine(c),
        '',
        `Datum ${fmtDate(c.date, 'long')}`,
        `Onderwerp ${rng.pick(['Overzicht schuldeisers', 'Aanbod schuldregeling', 'Start budgetbeheer', 'Intake schuldhulpverlening'])}`,
        '',
        salutation(c.p, rng),
        '',
        ...paras(
          88,
          `U heeft zich aangemeld voor schuldhulpverlening. Wij hebben uw schulden in kaart gebracht. Op dit moment zijn er ${rng.int(3, 14)} schuldeisers met een totale schuld van ${money(rng.amount(2000, 40000), { euro: true })}.`,
          'In de komende weken vragen wij alle schuldeisers om mee te werken aan een minnelijke schuldregeling. Tijdens de regeling betaalt u drie jaar lang maandelijks uw afloscapaciteit.',
          'Wilt u de ontbrekende stukken (aanmaningen, brieven van de deurwaarder) zo snel mogelijk inleveren?',
        ),
        '',
        `${c.r.name}, schuldhulpverlener`,
      ],
    ];
  },
};

const telecom: Template = {
  id: 'debt_notice.telecom-betalingsherinnering',
  type: 'debt_notice',
  lang: 'nl',
  style: 'printed',
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const prov = rng.pick(['KPN', 'Odido', 'Vodafone', 'Ziggo', 'Lebara', 'Simyo', 'Ben']);
    return [
      [
        prov,
        `${c.p.name}`,
        `${c.p.street} ${c.p.houseNumber}`,
        `${c.p.postcode} ${c.p.city}`,
        ...clientLine(c),
        ...bsnLine(c),
        ...birthLine(c),
        '',
        `${fmtDate(c.date)}`,
        `Klantnummer ${rng.digits(8)}  Factuurnummer ${rng.digits(10)}`,
        `Betalingsherinnering`,
        '',
        ...paras(
          84,
          `Uw factuur van ${fmtDate(addDays(c.date, -rng.int(20, 45)))} van ${money(rng.amount(15, 140), { euro: true })} is nog niet betaald. Misschien is het u ontschoten.`,
          'Betaal binnen 14 dagen om extra kosten en blokkering van uw aansluiting te voorkomen.',
        ),
        '',
        `Klantenservice ${prov}`,
      ],
    ];
  },
};

const huurachterstand: Template = {
  id: 'debt_notice.huurachterstand',
  type: 'debt_notice',
  lang: 'nl',
  style: 'printed',
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const corp = rng.pick(['Woonstichting De Kernen', 'Ymere', 'Woonbron', 'Portaal', 'Mitros']);
    return [
      [
        corp,
        '',
        ...addressFormal(c.p, rng),
        ...clientLine(c),
        ...bsnLine(c),
        ...birthLine(c),
        '',
        `Datum ${fmtDate(c.date, 'long')}   Huurcontractnummer ${rng.digits(8)}`,
        `Onderwerp: ${rng.pick(['huurachterstand', 'Tweede herinnering huurachterstand', 'Aanmaning huur'])}`,
        '',
        salutation(c.p, rng),
        '',
        ...paras(
          88,
          `U heeft een huurachterstand van ${money(rng.amount(500, 3500), { euro: true })} (${rng.int(1, 4)} maanden huur). Wij hebben u hierover al eerder een herinnering gestuurd.`,
          'Wij vragen u het bedrag binnen 14 dagen te betalen of contact met ons op te nemen voor een betalingsregeling. Als u niet reageert, dragen wij uw dossier over aan de deurwaarder. Dat kan leiden tot ontbinding van de huurovereenkomst en ontruiming.',
          'Wij hebben de gemeente gevraagd contact met u op te nemen over schuldhulp.',
        ),
        '',
        'Afdeling Incasso',
      ],
    ];
  },
};

const duo: Template = {
  id: 'debt_notice.duo-achterstand',
  type: 'debt_notice',
  lang: 'nl',
  style: 'printed',
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    return [
      [
        'DUO - Dienst Uitvoering Onderwijs',
        'Postbus 50061, 9702 EB Groningen',
        '',
        ...addressFormal(c.p, rng),
        ...bsnLine(c),
        ...birthLine(c),
        '',
        `Datum ${fmtDate(c.date, 'long')}`,
        `Onderwerp Betalingsachterstand terugbetalen studieschuld`,
        '',
        salutation(c.p, rng),
        '',
        ...paras(
          88,
          `U heeft ${rng.int(1, 5)} maandtermijnen niet betaald. De achterstand is ${money(rng.amount(50, 900), { euro: true })}. Betaal de achterstand binnen 4 weken.`,
          'Betaalt u niet, dan kunnen wij een dwangbevel laten betekenen door een deurwaarder. Heeft u een laag inkomen? Vraag dan een draagkrachtmeting aan via Mijn DUO.',
        ),
        '',
        'Dienst Uitvoering Onderwijs',
      ],
    ];
  },
};

const loonbeslag: Template = {
  id: 'debt_notice.beslag-op-uitkering',
  type: 'debt_notice',
  lang: 'nl',
  style: 'printed',
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    return [
      [
        rng.pick(['Gerechtsdeurwaarderskantoor Van der Meer', 'Flanderijn', 'Lavg', 'Syncasso Gerechtsdeurwaarders']),
        '',
        `Aan: ${c.org.name}, Afdeling Werk en Inkomen (derde-beslagene)`,
        '',
        `Datum ${fmtDate(c.date)}   Dossier ${rng.digits(7)}`,
        `Betreft: beslag onder derden op de uitkering van ${c.p.name}`,
        ...bsnLine(c),
        ...clientLine(c),
        ...birthLine(c),
        '',
        ...paras(
          88,
          `Hierbij betekenen wij u een exploot van beslag onder derden ten laste van ${c.p.name}, wonende te ${c.p.city}, ten behoeve van ${rng.pick(['Vattenfall', 'Zilveren Kruis', 'Intrum'])}.`,
          'U bent verplicht het deel van de uitkering boven de beslagvrije voet aan ons af te dragen totdat de vordering is voldaan. Wilt u binnen vier weken een verklaring derdenbeslag afleggen?',
        ),
        row(['Totale vordering', money(rng.amount(500, 6000), { euro: true })], w),
      ],
    ];
  },
};

export const debtTemplates: Template[] = [
  deurwaarder,
  incasso,
  energieAanmaning,
  zorgverzekeraar,
  cjib,
  schuldhulp,
  telecom,
  huurachterstand,
  duo,
  loonbeslag,
];
