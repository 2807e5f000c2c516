import { INSURERS, STAFFING } from '../pools.ts';
import type { Ctx, DateStyle, IdLabels, Template } from '../template.ts';
import {
  addDays,
  addressFormal,
  ahead,
  fmtDate,
  idLine,
  ids,
  maybe,
  money,
  moneyEn,
  one,
  paginate,
  paras,
  past,
  row,
  sloppy,
} from '../template.ts';

/**
 * Money lines: the border between debt letters (`debt_notice`), tax decisions and statements
 * (`tax_document`) and unrelated post that talks about money (`other`).
 *
 * - A demand to pay what is overdue is a debt notice, whoever sends it: the Belastingdienst's own
 *   aanmaning and dwangbevel, a Toeslagen reminder about a terugvordering, CJIB, DUO, UWV/SVB,
 *   gemeentebelastingen, a komornik or an icra dairesi, and the schuldhulp team's letters.
 * - A decision or statement that mentions amounts but demands nothing overdue is a tax document:
 *   an assessment with its payment schedule, a toeslag calculation that announces a future
 *   collection, a jaaropgave, a WOZ assessment, a kwijtschelding decision, foreign tax forms.
 * - Advertising for loans and debt relief, courses, a request for missing papers, a bank's
 *   marketing and an energy price change are `other`.
 *
 * Each template is its own group with its own wording. Client evidence appears only through
 * `c.show`, next to the writer's own label.
 */

// ---------------------------------------------------------------------------------------------
// Helpers

const idsInline = (c: Ctx, l: IdLabels, joint = '   ', style: DateStyle = 'dmy') => idLine(c, l, joint, { birthStyle: style });
const yearOf = (c: Ctx) => c.date.getUTCFullYear();
const eur = (x: number) => money(x, { euro: true });
const r2 = (x: number) => Math.round(x * 100) / 100;
const groups4 = (c: Ctx, n = 4) => Array.from({ length: n }, () => c.rng.digits(4)).join(' ');
const rule = (n: number, ch = '-') => ch.repeat(n);
/** A table row whose first column is text (left) and the others amounts or dates (right). */
const tr = (cols: string[], widths: number[]) =>
  cols.map((col, i) => (i === 0 ? col.padEnd(widths[i] ?? 0) : col.padStart(widths[i] ?? 0))).join(' ');
const box = (lines: string[], width = 70) => [`+${rule(width)}+`, ...lines.map((l) => `| ${l.padEnd(width - 2)} |`), `+${rule(width)}+`];

const NL_TAX_IDS: IdLabels = {
  bsn: ['Burgerservicenummer', 'BSN', 'BSN/fiscaal nummer', 'Uw burgerservicenummer'],
  client: ['Klantnummer', 'Dossiernummer'],
  birth: ['Geboortedatum', 'Geb.datum'],
};
const TR_LABELS: IdLabels = {
  bsn: ['Hollanda BSN', 'BSN no', 'BSN'],
  client: ['Belediye dosya no', 'Klantnummer'],
  birth: ['Doğum Tarihi', 'Doğum tarihi', 'D.Tarihi'],
};
const PL_LABELS: IdLabels = {
  bsn: ['Numer BSN (Holandia)', 'BSN', 'holenderski nr BSN'],
  client: ['Nr klienta gminy (klantnummer)', 'Klantnummer'],
  birth: ['Data urodzenia', 'data ur.'],
};

const MUNI_TAX_OFFICES = [
  'BSGR Belastingsamenwerking',
  'SVHW Belastingen',
  'GBLT Gemeenschappelijk Belastingkantoor Lococensus-Tricijn',
  'BghU Belastingsamenwerking',
  'Cocensus',
  'Belastingsamenwerking Gemeenten en Waterschappen',
  'Regionale Belastinggroep',
];
const WATERBOARDS = [
  'Waterschap Rivierenland',
  'Hoogheemraadschap van Delfland',
  'Waterschap Vechtstromen',
  'Waterschap Aa en Maas',
  'Wetterskip Fryslân',
];

// =============================================================================================
// DEBT NOTICES: overdue money, from public and private creditors
// =============================================================================================

const bdAanmaning: Template = {
  id: 'debt_notice.nl.belastingdienst-aanmaning-ib-aanslag',
  type: 'debt_notice',
  lang: 'nl',
  style: 'printed',
  weight: 0.7,
  supports: ['bsn'],
  render(c) {
    const { rng } = c;
    const taxYear = yearOf(c) - rng.int(1, 2);
    const kind = rng.pick([
      ['inkomstenbelasting/premie volksverzekeringen', 'H'],
      ['inkomensafhankelijke bijdrage Zorgverzekeringswet', 'Z'],
      ['motorrijtuigenbelasting', 'M'],
    ] as const);
    const aanslag = `${rng.digits(4)}.${rng.digits(2)}.${rng.digits(3)}.${kind[1]}.${String(taxYear).slice(2)}.${rng.pick(['01', '02', '06'])}`;
    const open = rng.amount(60, 2600);
    const kosten = open > 454 ? 16 : 8;
    const w = [44, 12];
    return [
      [
        'Belastingdienst',
        rng.pick(['Postbus 9048, 7300 GK Apeldoorn', 'Centrale administratie - Postbus 9048 - 7300 GK  Apeldoorn']),
        '',
        ...addressFormal(c.p, rng),
        '',
        `Datum      ${fmtDate(c.date, 'long')}`,
        ...ids(c, NL_TAX_IDS, '   '),
        `Aanslagnummer   ${aanslag}`,
        `Betalingskenmerk   ${groups4(c)}`,
        '',
        'Aanmaning',
        '',
        ...paras(
          88,
          `De uiterste betaaldatum van de aanslag ${kind[0]} ${taxYear} is verstreken. Volgens onze administratie hebt u het bedrag van deze aanslag niet, of niet helemaal, betaald.`,
          'Met deze brief manen wij u aan het openstaande bedrag alsnog te betalen, binnen 14 dagen na de dagtekening van deze brief. Voor het versturen van een aanmaning moeten wij kosten in rekening brengen.',
        ),
        '',
        row(['Openstaand op de aanslag', money(open)], w),
        row(['Kosten aanmaning', money(kosten)], w),
        rule(57),
        row(['U moet nog betalen', money(open + kosten)], w),
        '',
        ...paras(
          88,
          `Maak dit bedrag uiterlijk ${fmtDate(addDays(c.date, 14), 'long')} over op rekening NL86 INGB 0002 4455 88 ten name van Belastingdienst. Vermeld altijd het betalingskenmerk.`,
          'Hebt u niet op tijd betaald? Dan kunnen wij u een dwangbevel sturen. Dat kost u extra geld. Ook kunnen wij dan beslag leggen op uw loon, uitkering, bankrekening of spullen.',
          rng.chance(0.6) &&
            'Kunt u het bedrag niet in een keer betalen? Neem dan zo snel mogelijk contact met ons op over een betalingsregeling. Ook kunt u onder voorwaarden kwijtschelding aanvragen.',
          rng.chance(0.3) && 'Hebt u het bedrag inmiddels betaald? Dan kunt u deze aanmaning als niet verzonden beschouwen.',
        ),
        '',
        'Met vriendelijke groet,',
        'De ontvanger van de Belastingdienst',
        '',
        'BelastingTelefoon 0800 - 0543 (gratis)',
      ],
    ];
  },
};

const bdDwangbevel: Template = {
  id: 'debt_notice.nl.dwangbevel-deurwaarder-der-belastingen',
  type: 'debt_notice',
  lang: 'nl',
  style: 'printed',
  weight: 0.6,
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const taxYear = yearOf(c) - rng.int(1, 3);
    const hoofd = rng.amount(150, 4800);
    const aanmaning = hoofd > 454 ? 16 : 8;
    const dwang = r2(Math.max(43, hoofd * 0.05));
    const betekening = rng.pick([46, 48.5, 51]);
    const rente = rng.amount(3, 90);
    const total = r2(hoofd + aanmaning + dwang + betekening + rente);
    const deurwaarder = `${c.r.initials} ${c.r.lastName}`;
    const w = [46, 12];
    const page1 = [
      rng.pick(['BELASTINGDIENST', 'Belastingdienst / Invordering']),
      '',
      'DWANGBEVEL',
      '',
      ...paras(
        88,
        `De ontvanger van de Belastingdienst verklaart dat de hierna genoemde belastingschuldige de hieronder vermelde bedragen verschuldigd is en dat die, hoewel daartoe aangemaand, niet zijn voldaan.`,
      ),
      '',
      `Belastingschuldige: ${c.p.name}`,
      `${c.p.street} ${c.p.houseNumber}, ${c.p.postcode} ${c.p.city}`,
      ...ids(c, { bsn: ['Burgerservicenummer', 'BSN'], birth: ['Geboren', 'Geboortedatum'] }, ': ', 'long'),
      '',
      row(['Omschrijving', 'Bedrag'], w),
      row([`Aanslag inkomstenbelasting ${taxYear}`, money(hoofd)], w),
      row(['Kosten aanmaning', money(aanmaning)], w),
      row(['Kosten dwangbevel', money(dwang)], w),
      row(['Invorderingsrente tot heden', money(rente)], w),
      row(['Kosten betekening', money(betekening)], w),
      rule(59),
      row(['Totaal', money(total)], w),
      '',
      ...paras(
        88,
        'IN NAAM VAN DE KONING beveelt de ontvanger de belastingschuldige om binnen twee dagen na betekening van dit dwangbevel het totaalbedrag te betalen, op straffe van tenuitvoerlegging van dit dwangbevel op zijn of haar goederen.',
      ),
      '',
      `Apeldoorn, ${fmtDate(past(c, 2, 8), 'long')}`,
      'De ontvanger',
    ];
    const page2 = [
      'EXPLOOT VAN BETEKENING',
      '',
      ...paras(
        88,
        `Op ${fmtDate(c.date, 'weekday')} heb ik, ${deurwaarder}, belastingdeurwaarder van de Belastingdienst, dit dwangbevel betekend aan ${c.p.name} en daarvan afschrift gelaten ${one(rng, 'aan de belastingschuldige in persoon', 'in een gesloten envelop in de brievenbus van de woning', 'aan een huisgenoot die verklaarde tot dat huishouden te behoren')}.`,
        'Betaalt u niet binnen twee dagen, dan kan ik zonder verdere aankondiging beslag leggen op uw roerende zaken, uw bankrekening of op uw loon of uitkering. De kosten daarvan komen voor uw rekening.',
        `Betalen of een regeling vragen kan via de Belastingdienst, tel. 0800-0543, of bij de belastingdeurwaarder: ${c.r.phone}.`,
      ),
      '',
      'De belastingdeurwaarder,',
      deurwaarder,
      rng.pick(['', '(paraaf)', '[stempel Belastingdienst - Invordering]']),
    ];
    return [page1, page2];
  },
};

const toeslagenHerinnering: Template = {
  id: 'debt_notice.nl.toeslagen-betalingsherinnering-terugvordering',
  type: 'debt_notice',
  lang: 'nl',
  style: 'printed',
  weight: 0.7,
  supports: ['bsn'],
  render(c) {
    const { rng } = c;
    const toeslag = rng.pick(['huurtoeslag', 'zorgtoeslag', 'kindgebonden budget', 'kinderopvangtoeslag']);
    const jaar = yearOf(c) - rng.int(1, 2);
    const open = rng.amount(90, 3800);
    const vervallen = past(c, 20, 60);
    return [
      [
        'Dienst Toeslagen',
        'Postbus 8140, 6710 EC Ede',
        '',
        ...addressFormal(c.p, rng),
        '',
        `Datum: ${fmtDate(c.date, 'long')}`,
        ...ids(c, { bsn: ['Burgerservicenummer', 'BSN'] }),
        `Kenmerk: ${rng.digits(4)}.${rng.digits(2)}.${rng.digits(3)}.T.${String(jaar).slice(2)}`,
        '',
        `Onderwerp: betalingsherinnering terugbetalen ${toeslag} ${jaar}`,
        '',
        'Geachte heer/mevrouw,',
        '',
        ...paras(
          88,
          `U moest ${toeslag} over ${jaar} terugbetalen. De betaaltermijn daarvoor is op ${fmtDate(vervallen, 'long')} afgelopen. Wij hebben nog niet het hele bedrag van u ontvangen.`,
          `Het bedrag dat nog openstaat is ${eur(open)}. Wij vragen u dit binnen 4 weken te betalen. Gebruik daarvoor de acceptgiro of het betalingskenmerk ${groups4(c)}.`,
          one(
            rng,
            'Lukt het niet om alles in een keer te betalen? Vraag dan een persoonlijke betalingsregeling aan via Mijn toeslagen. Wij kijken dan hoeveel u per maand kunt missen.',
            'Kunt u dit bedrag niet betalen? Via Mijn toeslagen kunt u een persoonlijke betalingsregeling aanvragen, zodat u in maandelijkse termijnen betaalt die passen bij uw inkomen.',
          ),
          'Reageert u niet en betaalt u niet? Dan gaan wij het bedrag invorderen. Wij kunnen het dan verrekenen met andere toeslagen die u krijgt, of beslag leggen op uw inkomen. Dat brengt extra kosten met zich mee.',
        ),
        '',
        'Met vriendelijke groet,',
        'Dienst Toeslagen',
        '',
        rng.pick(['BelastingTelefoon Toeslagen: 0800-0543', 'Vragen? Kijk op toeslagen.nl of bel 0800-0543']),
      ],
    ];
  },
};

const gemBelAanmaning: Template = {
  id: 'debt_notice.nl.gemeentebelastingen-waterschap-aanmaning-envelop',
  type: 'debt_notice',
  lang: 'nl',
  style: 'printed',
  weight: 0.6,
  supports: ['bsn'],
  render(c) {
    const { rng } = c;
    const office = rng.pick(MUNI_TAX_OFFICES);
    const ws = rng.pick(WATERBOARDS);
    const y = yearOf(c);
    const lines: [string, number][] = [
      [`Afvalstoffenheffing ${y} (gemeente ${c.org.city})`, rng.amount(180, 420)],
      [`Rioolheffing gebruiker ${y}`, rng.amount(90, 260)],
      [`Zuiveringsheffing woonruimte ${y} (waterschap)`, rng.amount(110, 330)],
      ...maybe(rng, 0.4, () => [[`Watersysteemheffing ingezetenen ${y}`, rng.amount(60, 120)] as [string, number]]),
    ];
    const paid = rng.chance(0.5) ? r2(rng.amount(0.2, 0.6) * lines.reduce((s, [, a]) => s + a, 0)) : 0;
    const open = r2(lines.reduce((s, [, a]) => s + a, 0) - paid);
    const kosten = rng.pick([7, 8.5, 10]);
    const w = [60, 11];
    const envelope = [
      '[scan envelop, voorzijde]',
      `${office}  -  Retouradres: Postbus ${rng.int(100, 9999)}, ${rng.int(1000, 9999)} ${rng.letters(2)} ${rng.pick(['Bergen op Zoom', 'Gorinchem', 'Deventer', 'Helmond', 'Breda'])}`,
      rng.pick(['PostNL  Port betaald', 'Sandd/PostNL  Frankeermachine', 'Port betaald - Business Post']),
      '',
      ...addressFormal(c.p, rng),
      '',
      rng.pick(['HERINNERING / AANMANING - spoed', 'Dringend: betaalachterstand', '']),
    ];
    const letter = [
      office,
      `namens gemeente ${c.org.city} en ${ws}`,
      '',
      `Dagtekening: ${fmtDate(c.date, 'dmy')}`,
      `Aanslagnummer: ${rng.digits(10)}`,
      `Subjectnummer: ${rng.digits(7)}`,
      ...ids(c, { bsn: 'BSN' }),
      '',
      'AANMANING',
      '',
      ...paras(
        86,
        `U hebt onderstaande aanslag niet op tijd betaald. ${paid ? `Er is ${eur(paid)} ontvangen, de rest staat nog open.` : 'Wij hebben nog geen betaling ontvangen.'} Wij sommeren u het openstaande bedrag met de aanmaningskosten binnen 14 dagen te betalen.`,
      ),
      '',
      row(['Belastingsoort', 'Bedrag'], w),
      ...lines.map(([l, a]) => row([l, money(a)], w)),
      ...(paid ? [row(['Reeds ontvangen', `-${money(paid)}`], w)] : []),
      row(['Aanmaningskosten', money(kosten)], w),
      rule(72),
      row(['Te betalen', money(open + kosten)], w),
      '',
      ...paras(
        86,
        `Betaal vóór ${fmtDate(addDays(c.date, 14), 'dmy')} op NL${rng.digits(2)} BNGH 0285 ${rng.digits(4)} ${rng.digits(2)} o.v.v. het aanslagnummer.`,
        'Na deze termijn volgt een dwangbevel met hogere kosten. Hebt u een laag inkomen? Dan kunt u misschien kwijtschelding aanvragen; dat moet binnen drie maanden na de dagtekening van de aanslag.',
      ),
      '',
      'De invorderingsambtenaar',
    ];
    return [envelope, letter];
  },
};

const cjibAanmaning: Template = {
  id: 'debt_notice.nl.cjib-verhoogde-aanmaning-tabel',
  type: 'debt_notice',
  lang: 'nl',
  style: 'printed',
  weight: 0.6,
  supports: ['name-birthdate'],
  render(c) {
    const { rng } = c;
    const second = rng.chance(0.45);
    const [feit, base] = rng.pick([
      ['Overschrijding maximumsnelheid binnen de bebouwde kom met 14 km/h (na correctie)', 164],
      ['Rijden door rood licht', 290],
      ['Als bestuurder een mobiele telefoon vasthouden', 430],
      ['Parkeren op een invalidenparkeerplaats', 450],
      ['Niet voeren van verlichting op de fiets', 70],
      ['Overschrijding maximumsnelheid buiten de bebouwde kom met 9 km/h', 85],
    ] as const);
    const admin = 9;
    const verh1 = r2(base * 0.5);
    const verh2 = second ? r2(base * 1.0) : 0;
    const pleeg = past(c, 70, 160);
    const w = [40, 12];
    return [
      [
        'Centraal Justitieel Incassobureau',
        'Ministerie van Justitie en Veiligheid',
        'Postbus 1794, 8901 CB Leeuwarden',
        '',
        ...addressFormal(c.p, rng),
        '',
        `Datum: ${fmtDate(c.date, 'long')}`,
        `CJIB-nummer: ${rng.digits(4)} ${rng.digits(4)} ${rng.digits(4)} ${rng.digits(4)}`,
        `Betalingskenmerk: ${groups4(c)}`,
        ...ids(c, { birth: ['Geboortedatum betrokkene', 'Geboortedatum'] }, ': ', 'long'),
        '',
        second ? 'TWEEDE AANMANING' : 'EERSTE AANMANING',
        '',
        ...paras(
          86,
          second
            ? 'U heeft de verkeersboete ook na de eerste aanmaning niet betaald. Daarom is het bedrag nu verdubbeld ten opzichte van de oorspronkelijke boete. Dit is de laatste kans om te betalen voordat wij verdere maatregelen nemen.'
            : 'De verkeersboete die wij u stuurden, is niet binnen de termijn betaald. Volgens de wet wordt het bedrag daarom met 50% verhoogd.',
        ),
        '',
        `Gegevens overtreding: ${feit}`,
        `Pleegdatum: ${fmtDate(pleeg, 'dmy')}   Kenteken: ${rng.letters(2)}-${rng.digits(3)}-${rng.letters(1)}`,
        '',
        row(['Oorspronkelijke sanctie', money(base)], w),
        row(['Administratiekosten', money(admin)], w),
        row(['Verhoging eerste aanmaning', money(verh1)], w),
        ...(second ? [row(['Verhoging tweede aanmaning', money(verh2)], w)] : []),
        rule(53),
        row(['Totaal te betalen', money(base + admin + verh1 + verh2)], w),
        '',
        ...paras(
          86,
          `Betaal het totaalbedrag uiterlijk ${fmtDate(addDays(c.date, second ? 56 : 56), 'long')} op rekening NL67 INGB 0000 0027 83 t.n.v. CJIB Leeuwarden, met het betalingskenmerk.`,
          second
            ? 'Betaalt u weer niet, dan kan het CJIB een deurwaarder inschakelen, beslag leggen op uw bankrekening, inkomen of auto, of de officier van justitie om gijzeling laten vragen.'
            : 'Betaalt u niet op tijd, dan volgt een tweede aanmaning en wordt het bedrag nog verder verhoogd.',
          rng.chance(0.6) &&
            'Hebt u problemen met betalen? Vanaf € 225 kunt u een betalingsregeling aanvragen via cjib.nl. Ook kunt u hulp vragen bij het schuldhulpteam van uw gemeente.',
        ),
      ],
    ];
  },
};

const duoAchterstand: Template = {
  id: 'debt_notice.nl.mijnduo-betalingsachterstand-printscherm',
  type: 'debt_notice',
  lang: 'nl',
  style: 'printed',
  weight: 0.5,
  supports: ['bsn'],
  render(c) {
    const { rng } = c;
    const termijn = rng.amount(38, 210);
    const missed = rng.int(2, 6);
    const months = Array.from({ length: missed }, (_, i) => addDays(c.date, -30 * (missed - i) - 5));
    const schuld = rng.amount(6000, 38000);
    return [
      [
        `mijn.duo.nl/terugbetalen/berichten   ${fmtDate(c.date, 'dmy')} ${rng.int(8, 22)}:${String(rng.int(10, 59))}`,
        '',
        'DUO  |  Mijn DUO',
        `Ingelogd als: ${c.p.name}`,
        ...idsInline(c, { bsn: ['BSN', 'Burgerservicenummer'] }),
        '',
        'Bericht: U heeft een betalingsachterstand',
        rule(60, '='),
        ...paras(
          80,
          `Wij hebben ${missed} maandbedragen van uw studieschuld niet ontvangen. Daardoor heeft u nu een achterstand van ${eur(r2(termijn * missed))}.`,
        ),
        '',
        tr(['Termijn', 'Maandbedrag', 'Status'], [16, 12, 16]),
        ...months.map((m) => tr([`${m.getUTCMonth() + 1}-${m.getUTCFullYear()}`, money(termijn), 'niet betaald'], [16, 12, 16])),
        '',
        ...paras(
          80,
          `Betaal de achterstand binnen 2 weken via iDEAL in Mijn DUO. Uw totale studieschuld is ${eur(schuld)}; daarvan is alleen de achterstand nu direct opeisbaar.`,
          one(
            rng,
            'Is uw inkomen te laag om het maandbedrag te betalen? Vraag dan een aanpassing van uw maandbedrag aan op basis van uw draagkracht. Een nieuw maandbedrag geldt niet met terugwerkende kracht voor de achterstand.',
            'Verdient u minder dan vroeger? Dan kunt u vragen om een lager maandbedrag (draagkrachtmeting). Voor de achterstand kunt u bellen over een regeling.',
          ),
          'Betaalt u niet, dan kunnen wij een deurwaarder inschakelen en beslag laten leggen op uw loon of uitkering. De kosten daarvan betaalt u zelf.',
        ),
        '',
        '[Achterstand betalen]   [Maandbedrag aanpassen]   [Contact]',
      ],
    ];
  },
};

const uwvSvbHerinnering: Template = {
  id: 'debt_notice.nl.uwv-svb-terugvordering-herinnering-regeling',
  type: 'debt_notice',
  lang: 'nl',
  style: 'printed',
  weight: 0.6,
  supports: ['bsn'],
  render(c) {
    const { rng } = c;
    const uwv = rng.chance(0.55);
    const [org, regeling] = uwv
      ? ['UWV Debiteurenbeheer', rng.pick(['WW-uitkering', 'Ziektewet-uitkering', 'WIA-uitkering'])]
      : ['Sociale Verzekeringsbank - Debiteuren', rng.pick(['kinderbijslag', 'AOW-pensioen', 'ANW-uitkering'])];
    const totaal = rng.amount(250, 6800);
    const betaald = rng.chance(0.4) ? rng.amount(20, totaal / 3) : 0;
    const voorstel = rng.pick([25, 35, 50, 75, 100]);
    return [
      [
        org,
        uwv ? 'Postbus 58285, 1040 HG Amsterdam' : 'Postbus 1100, 1180 BH Amstelveen',
        '',
        ...addressFormal(c.p, rng),
        '',
        `${fmtDate(c.date, 'long')}`,
        ...ids(c, { bsn: ['Burgerservicenummer', 'BSN'] }),
        `Vorderingsnummer: ${rng.digits(9)}`,
        '',
        `Herinnering: u heeft nog niet terugbetaald`,
        '',
        'Beste heer, mevrouw,',
        '',
        ...paras(
          86,
          `Eerder hebben wij u laten weten dat u te veel ${regeling} heeft ontvangen en dat u ${eur(totaal)} moet terugbetalen. ${betaald ? `Tot nu toe hebben wij ${eur(betaald)} ontvangen.` : 'Wij hebben nog geen betaling van u ontvangen.'} Er staat dus nog ${eur(r2(totaal - betaald))} open. De termijn om te betalen is verlopen.`,
          `Wij stellen u voor om het bedrag in maandelijkse termijnen te betalen, bijvoorbeeld ${eur(voorstel)} per maand. Vul daarvoor het antwoordformulier hieronder in en stuur het binnen 14 dagen terug. Past dit bedrag niet bij uw inkomen, geef dan op het formulier aan wat u wel kunt betalen en stuur een overzicht van uw inkomsten en uitgaven mee.`,
          'Horen wij niets van u, dan moeten wij de vordering uit handen geven aan een gerechtsdeurwaarder of verrekenen met een uitkering. Daar komen kosten bij.',
        ),
        '',
        rule(30, '- ') + ' knip hier',
        'ANTWOORDFORMULIER BETALINGSREGELING',
        `Naam: ${c.p.name}`,
        `Vorderingsnummer: ____________`,
        '[ ] Ik betaal het hele bedrag in één keer',
        `[ ] Ik betaal € ${voorstel},- per maand`,
        '[ ] Ik kan maximaal € ______ per maand betalen (bewijsstukken bijgevoegd)',
        'Handtekening: ____________________     Datum: ____________',
      ],
    ];
  },
};

const zvPremieAchterstand: Template = {
  id: 'debt_notice.nl.zorgverzekeraar-premieachterstand-twee-maanden',
  type: 'debt_notice',
  lang: 'nl',
  style: 'printed',
  weight: 0.6,
  supports: ['name-birthdate'],
  render(c) {
    const { rng } = c;
    const ins = rng.pick(INSURERS);
    const premie = rng.amount(138, 172);
    const m1 = addDays(c.date, -rng.int(55, 70));
    const m2 = addDays(m1, 30);
    const w = [10, 26, 10, 10];
    return [
      [
        ins,
        'afdeling Debiteurenbeheer',
        '',
        ...addressFormal(c.p, rng),
        '',
        `Relatienummer: ${rng.digits(9)}`,
        ...ids(c, { birth: ['Geboortedatum', 'Geboortedatum verzekerde'] }),
        `Datum: ${fmtDate(c.date, 'dmy')}`,
        '',
        'Betreft: u heeft een premieachterstand van 2 maanden',
        '',
        ...paras(86, `Wij hebben de premie voor uw zorgverzekering over twee maanden niet ontvangen. Het gaat om de volgende bedragen:`),
        '',
        tr(['Periode', 'Omschrijving', 'Bedrag', 'Open'], w),
        tr([`${m1.getUTCMonth() + 1}/${m1.getUTCFullYear()}`, 'premie basis', money(premie), money(premie)], w),
        tr([`${m2.getUTCMonth() + 1}/${m2.getUTCFullYear()}`, 'premie basis', money(premie), money(premie)], w),
        ...maybe(rng, 0.35, () => [tr(['', 'eigen risico zorgkosten', money(rng.amount(40, 385)), money(rng.amount(40, 385))], w)]),
        '',
        ...paras(
          86,
          'De Zorgverzekeringswet verplicht ons om u nu een betalingsregeling aan te bieden. Als u die accepteert, betaalt u de achterstand in termijnen naast uw gewone maandpremie. U machtigt ons dan om de premie voortaan automatisch af te schrijven.',
          `Wilt u de regeling? Stuur het bijgevoegde formulier voor ${fmtDate(addDays(c.date, 28), 'long')} terug of bel ons. Betaalt u in plaats daarvan de ${eur(r2(premie * 2))} in één keer, dan is de zaak afgedaan.`,
          'Loopt de achterstand op tot vier maanden, dan krijgt u opnieuw bericht. Bij zes maanden achterstand moeten wij u aanmelden bij het CAK. U betaalt dan een hogere bestuursrechtelijke premie, die wordt ingehouden op uw loon of uitkering.',
          rng.chance(0.5) &&
            'Met uw toestemming mogen wij uw gegevens ook doorgeven aan de gemeente, zodat een schuldhulpverlener contact met u kan opnemen.',
        ),
        '',
        `Met vriendelijke groet,`,
        `${ins} - Debiteurenbeheer`,
      ],
    ];
  },
};

const plKomornikZajecie: Template = {
  id: 'debt_notice.pl.komornik-zajecie-rachunku-wezwanie',
  type: 'debt_notice',
  lang: 'pl',
  style: 'printed',
  weight: 0.45,
  supports: ['name-birthdate'],
  render(c) {
    const { rng } = c;
    const [city, town] = rng.pick([
      ['Poznaniu', 'Poznań'],
      ['Wrocławiu', 'Wrocław'],
      ['Opolu', 'Opole'],
      ['Rzeszowie', 'Rzeszów'],
      ['Lublinie', 'Lublin'],
      ['Białymstoku', 'Białystok'],
      ['Gdańsku', 'Gdańsk'],
    ] as const);
    const sign = `KM ${rng.int(100, 4999)}/${String(yearOf(c)).slice(2)}`;
    const glowna = rng.int(900, 24000) + rng.int(0, 99) / 100;
    const odsetki = rng.amount(80, 3400);
    const koszty = rng.amount(60, 900);
    const oplata = r2((glowna + odsetki) * 0.1);
    const w = [44, 14];
    const zl = (x: number) => `${money(x)} zł`;
    return [
      [
        `Komornik Sądowy przy Sądzie Rejonowym w ${city}`,
        `${rng.pick(['Marek Kowalczyk', 'Anna Wiśniewska', 'Tomasz Zieliński', 'Joanna Lewandowska', 'Piotr Mazur'])}`,
        `Kancelaria Komornicza nr ${rng.pick(['I', 'II', 'III', 'IV', 'VI'])}`,
        '',
        `Sygn. akt ${sign}`,
        `${town}, dnia ${fmtDate(c.date, 'dot')} r.`,
        '',
        'Dłużnik:',
        c.p.name,
        `${c.p.street} ${c.p.houseNumber}, ${c.p.postcode} ${c.p.city}, HOLANDIA`,
        ...ids(c, PL_LABELS),
        '',
        'ZAWIADOMIENIE O ZAJĘCIU RACHUNKU BANKOWEGO',
        'ORAZ WEZWANIE DO ZAPŁATY',
        '',
        ...paras(
          86,
          `Na podstawie tytułu wykonawczego - nakazu zapłaty Sądu Rejonowego ${rng.pick(['Lublin-Zachód w Lublinie (EPU)', `w ${city}`])} - komornik zawiadamia, że w sprawie z wniosku wierzyciela ${rng.pick(['Kruk S.A.', 'Best S.A.', 'PKO BP S.A.', 'Provident Polska S.A.', 'Ultimo S.A.'])} dokonał zajęcia wierzytelności z rachunku bankowego dłużnika.`,
          'Jednocześnie wzywa się dłużnika do zapłaty całości należności w terminie 7 dni. Dłużnikowi nie wolno rozporządzać zajętą wierzytelnością poza kwotą wolną od zajęcia.',
        ),
        '',
        row(['Należność główna', zl(glowna)], w),
        row(['Odsetki na dzień zajęcia', zl(odsetki)], w),
        row(['Koszty procesu i klauzuli', zl(koszty)], w),
        row(['Opłata egzekucyjna (10%)', zl(oplata)], w),
        rule(59),
        row(['RAZEM DO ZAPŁATY', zl(r2(glowna + odsetki + koszty + oplata))], w),
        '',
        `Rachunek kancelarii: PL ${rng.digits(2)} ${groups4(c, 6)}  tytułem: ${sign}`,
        '',
        ...paras(
          86,
          'Pouczenie: na czynności komornika przysługuje skarga do sądu rejonowego w terminie 7 dni od dnia doręczenia zawiadomienia. Dłużnik ma obowiązek informować komornika o zmianie miejsca zamieszkania.',
        ),
        '',
        'Komornik Sądowy',
        '(pieczęć i podpis)',
      ],
    ];
  },
};

const enPhoneFinalDemand: Template = {
  id: 'debt_notice.en.phone-company-final-demand-tearoff',
  type: 'debt_notice',
  lang: 'en',
  style: 'printed',
  weight: 0.45,
  supports: [],
  render(c) {
    const { rng } = c;
    const co = rng.pick(['Lebara Mobile', 'Odido (formerly T-Mobile)', 'Simyo', 'Vodafone', 'Lycamobile']);
    const acct = rng.digits(10);
    const bills = Array.from({ length: rng.int(2, 4) }, (_, i) => ({
      inv: `INV-${rng.digits(7)}`,
      date: addDays(c.date, -30 * (i + 2)),
      amt: rng.amount(18, 95),
    }));
    const fee = rng.pick([15, 25, 40]);
    const total = r2(bills.reduce((s, b) => s + b.amt, 0) + fee);
    return [
      [
        co,
        'Customer Finance - Collections',
        '',
        c.p.name,
        `${c.p.street} ${c.p.houseNumber}`,
        `${c.p.postcode} ${c.p.city}`,
        '',
        `Account number: ${acct}`,
        `Mobile number: ${c.p.phone}`,
        `Date: ${fmtDate(c.date, 'en')}`,
        '',
        '*** FINAL DEMAND ***',
        '',
        `Dear ${c.p.firstName} ${c.p.lastName},`,
        '',
        ...paras(
          86,
          `Despite our previous reminders, your account remains in arrears. Your outgoing services were restricted on ${fmtDate(past(c, 5, 20), 'en')}.`,
        ),
        '',
        tr(['Invoice', 'Date', 'Amount'], [16, 18, 10]),
        ...bills.map((b) => tr([b.inv, fmtDate(b.date, 'en'), moneyEn(b.amt)], [16, 18, 10])),
        tr(['Late payment fee', '', moneyEn(fee)], [16, 18, 10]),
        tr(['TOTAL OVERDUE', '', moneyEn(total)], [16, 18, 10]),
        '',
        ...paras(
          86,
          `Unless the full balance of ${moneyEn(total)} reaches us within 7 days, your contract will be terminated, the remaining contract term will become payable at once, and your file will be handed over to ${rng.pick(['Intrum', 'GGN', 'Vesting Finance', 'a debt collection agency'])} without further notice. Collection costs under Dutch law will then be added.`,
          'If you are having difficulty paying, please call us before the deadline. We may be able to agree on a payment plan.',
        ),
        '',
        rule(34, '- ') + ' detach and return',
        `PAYMENT SLIP   Account ${acct}   Amount due ${moneyEn(total)}`,
        `Pay by: ${fmtDate(addDays(c.date, 7), 'en')}   Reference: ${rng.digits(16)}`,
      ],
    ];
  },
};

const trIcraTebligat: Template = {
  id: 'debt_notice.tr.icra-ornek7-odeme-emri-tebligat-zarfi',
  type: 'debt_notice',
  lang: 'tr',
  style: 'printed',
  weight: 0.45,
  supports: ['name-birthdate'],
  render(c) {
    const { rng } = c;
    const city = rng.pick(['İstanbul Anadolu', 'Ankara', 'İzmir', 'Konya', 'Kayseri', 'Bursa']);
    const no = rng.int(1, 24);
    const dosya = `${yearOf(c)}/${rng.int(1000, 99999)} Esas`;
    const asil = rng.int(3000, 180000);
    const faiz = rng.amount(200, 30000);
    const masraf = rng.amount(150, 1800);
    const tl = (x: number) => `${money(x)} TL`;
    const envelope = [
      '[Tebligat zarfı - taranmış]',
      'T.C.',
      `${city} ${no}. İcra Dairesi`,
      'PTT  -  Elektronik olmayan tebligat  -  Yurt dışı',
      '',
      `Muhatap: ${c.p.name}`,
      `Adres: ${c.p.street} ${c.p.houseNumber} ${c.p.postcode} ${c.p.city} / HOLLANDA`,
      '',
      `Dosya No: ${dosya}`,
      'Gönderilen evrak: Ödeme emri (Örnek 7)',
      rng.pick(['Barkod: RR' + rng.digits(9) + 'TR', 'Barkod: ' + rng.digits(13)]),
    ];
    const w = [36, 16];
    const letter = [
      'T.C.',
      `${city.toLocaleUpperCase('tr-TR')} ${no}. İCRA DAİRESİ`,
      '',
      'ÖRNEK NO: 7',
      'ÖDEME EMRİ',
      '(Genel haciz yoluyla ilamsız takipte)',
      '',
      `Dosya No: ${dosya}`,
      `Alacaklı: ${rng.pick(['Türkiye Garanti Bankası A.Ş.', 'Akbank T.A.Ş.', 'Turkcell İletişim Hizmetleri A.Ş.', 'Yapı Kredi Bankası A.Ş.'])}`,
      `Vekili: Av. ${rng.pick(['Selim Korkmaz', 'Derya Aksu', 'Kemal Uçar'])}`,
      `Borçlu: ${c.p.name}`,
      ...ids(c, TR_LABELS, ': ', 'dot'),
      '',
      row(['Alacak kalemi', 'Tutar'], w),
      row(['Asıl alacak', tl(asil)], w),
      row(['İşlemiş faiz', tl(faiz)], w),
      row(['Takip masrafları', tl(masraf)], w),
      row(['Toplam', tl(r2(asil + faiz + masraf))], w),
      '',
      `Borcun sebebi: ${rng.pick(['Kredi kartı borcu', 'Tüketici kredisi sözleşmesi', 'Fatura borcu (GSM hattı)', 'Kredili mevduat hesabı'])}`,
      '',
      ...paras(
        86,
        'Yukarıda yazılı alacak ve masrafları bu ödeme emrinin tebliği tarihinden itibaren 10 gün içinde ödemeniz, borcun tamamına veya bir kısmına itirazınız varsa yine bu süre içinde icra dairesine bildirmeniz gerekir.',
        'Süresinde ödeme yapmaz veya itiraz etmezseniz takip kesinleşir ve cebri icraya (haciz) devam olunur. Mal beyanında bulunmamak veya gerçeğe aykırı beyanda bulunmak cezayı gerektirir.',
      ),
      '',
      `Banka hesabı: ${city} İcra Dairesi - IBAN TR${rng.digits(2)} ${groups4(c, 5)} ${rng.digits(2)}`,
      `Tarih: ${fmtDate(past(c, 10, 40), 'dot')}`,
      'İcra Müdürü   (mühür - imza)',
    ];
    return [envelope, letter];
  },
};

const schuldhulpIntake: Template = {
  id: 'debt_notice.nl.schuldhulp-intakebrief-meenemen',
  type: 'debt_notice',
  lang: 'nl',
  style: 'printed',
  weight: 0.6,
  supports: ['bsn', 'client-number'],
  render(c) {
    const { rng } = c;
    const when = ahead(c, 5, 21);
    const adviser = `${c.r.firstName} ${c.r.lastName}`;
    const team = rng.pick(['Team Schuldhulpverlening', 'Geldzaken & Schuldhulp', 'Schuldhulp en Budgetbeheer', 'Team Financiële Hulp']);
    return [
      [
        `Gemeente ${c.org.city}`,
        team,
        c.org.postbus,
        '',
        ...addressFormal(c.p, rng),
        '',
        `Datum: ${fmtDate(c.date, 'long')}`,
        `Ons kenmerk: SHV-${rng.digits(6)}`,
        ...ids(c, { bsn: 'BSN', client: ['Dossiernummer', 'Klantnummer'] }),
        '',
        'Onderwerp: uitnodiging intakegesprek schuldhulp',
        '',
        `Beste ${c.p.firstName} ${c.p.lastName},`,
        '',
        ...paras(
          86,
          `Op ${fmtDate(past(c, 3, 15), 'long')} heeft u zich bij ons gemeld omdat u betalingsachterstanden heeft. Goed dat u die stap heeft gezet. In een eerste gesprek brengen we samen uw schulden, inkomsten en vaste lasten in kaart en kijken we welke hulp past.`,
          `Uw afspraak is op ${fmtDate(when, 'weekday')} om ${rng.pick(['09.00', '10.30', '13.30', '14.15', '15.45'])} uur, ${rng.pick(['in het stadskantoor', 'bij het wijkteam', 'bij de Kredietbank', 'in het gemeentehuis'])}. U spreekt met ${adviser}, schuldhulpverlener.`,
        ),
        '',
        'Neem mee naar het gesprek:',
        '  - alle brieven van schuldeisers, incassobureaus en deurwaarders (ook ongeopende post)',
        '  - aanmaningen van de Belastingdienst, Toeslagen, CJIB of DUO',
        '  - bankafschriften van de laatste 3 maanden, van alle rekeningen',
        '  - uw loonstroken of uitkeringsspecificaties',
        '  - uw huurcontract en de polis van uw zorgverzekering',
        '  - een geldig identiteitsbewijs',
        '',
        ...paras(
          86,
          'Zolang wij met u in gesprek zijn, kunnen wij schuldeisers vragen om even te wachten met incasso. Krijgt u intussen een brief over afsluiting van energie of water, of een huisuitzetting, bel ons dan meteen.',
          rng.chance(0.5) && 'Kunt u niet komen? Laat het ons uiterlijk een dag van tevoren weten, dan maken we een nieuwe afspraak.',
        ),
        '',
        'Met vriendelijke groet,',
        adviser,
        `${team}, telefoon ${c.org.phone}`,
      ],
    ];
  },
};

// =============================================================================================
// TAX DOCUMENTS: decisions and statements with amounts, nothing overdue
// =============================================================================================

const vaBetaalschema: Template = {
  id: 'tax_document.nl.voorlopige-aanslag-met-betaalschema',
  type: 'tax_document',
  lang: 'nl',
  style: 'printed',
  weight: 0.6,
  supports: ['bsn'],
  render(c) {
    const { rng } = c;
    const y = yearOf(c);
    const total = rng.amount(220, 3400);
    const n = rng.pick([9, 10, 11]);
    const part = r2(total / n);
    const first = addDays(c.date, 30);
    const schema = Array.from({ length: n }, (_, i) => {
      const d = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + i, 28));
      return tr([`${i + 1}`, fmtDate(d, 'dmy'), money(i === n - 1 ? r2(total - part * (n - 1)) : part)], [8, 14, 12]);
    });
    return paginate(
      [
        'Belastingdienst',
        '',
        ...addressFormal(c.p, rng),
        '',
        `Dagtekening ${fmtDate(c.date, 'dmy')}`,
        ...ids(c, NL_TAX_IDS, ' '),
        `Aanslagnummer ${rng.digits(4)}.${rng.digits(2)}.${rng.digits(3)}.H.${String(y).slice(2)}.01`,
        '',
        `Voorlopige aanslag inkomstenbelasting en premie volksverzekeringen ${y}`,
        '',
        ...paras(
          86,
          `Dit is uw voorlopige aanslag over ${y}. Wij hebben die berekend op basis van de gegevens die wij nu van u hebben, zoals uw verwachte inkomen en aftrekposten. Het te betalen bedrag is ${eur(total)}.`,
          `U mag dit bedrag in ${n} termijnen betalen volgens het schema hieronder. Betaalt u via automatische incasso, dan schrijven wij de termijnen zelf af. Een termijn die nog niet is vervallen, hoeft u nu niet te betalen.`,
        ),
        '',
        tr(['Termijn', 'Vervaldatum', 'Bedrag'], [8, 14, 12]),
        ...schema,
        '',
        'Berekening (verkort)',
        row(['Belastbaar inkomen uit werk en woning', money(rng.amount(18000, 52000))], [46, 12]),
        row(['Inkomstenbelasting/premie volksverz.', money(rng.amount(3000, 14000))], [46, 12]),
        row(['Af: heffingskortingen', `-${money(rng.amount(1800, 6000))}`], [46, 12]),
        row(['Af: verwachte ingehouden loonheffing', `-${money(rng.amount(1000, 9000))}`], [46, 12]),
        '',
        ...paras(
          86,
          'Klopt uw inkomen niet meer, bijvoorbeeld omdat u minder bent gaan werken of een uitkering krijgt? Wijzig dan uw voorlopige aanslag via Mijn Belastingdienst. De termijnen worden daarna opnieuw berekend.',
          'Na afloop van het jaar doet u aangifte. Daarna krijgt u een definitieve aanslag en verrekenen wij wat u al hebt betaald.',
        ),
      ],
      rng.int(34, 60),
      (p, t) => (p > 1 ? [`Voorlopige aanslag ${y} - vervolgblad ${p}/${t}`, ''] : []),
    );
  },
};

const definitieveAanslag: Template = {
  id: 'tax_document.nl.definitieve-aanslag-ib-verrekening',
  type: 'tax_document',
  lang: 'nl',
  style: 'printed',
  weight: 0.6,
  supports: ['bsn'],
  render(c) {
    const { rng } = c;
    const y = yearOf(c) - 1;
    const box1 = rng.amount(14000, 48000);
    const ib = r2(box1 * rng.amount(0.3, 0.37));
    const korting = rng.amount(2200, 6200);
    const loonheffing = rng.amount(800, 9000);
    const va = rng.chance(0.5) ? rng.amount(100, 1500) : 0;
    const result = r2(ib - korting - loonheffing - va);
    const terug = result < 0;
    const w = [50, 12];
    return [
      [
        'Belastingdienst',
        '',
        `Aan: ${c.p.name}`,
        `${c.p.street} ${c.p.houseNumber}  ${c.p.postcode}  ${c.p.city}`,
        '',
        ...ids(c, NL_TAX_IDS),
        `Datum: ${fmtDate(c.date, 'long')}`,
        '',
        `AANSLAG INKOMSTENBELASTING ${y}`,
        '',
        ...paras(
          86,
          `Dit is de aanslag over ${y}. Wij hebben uw aangifte gecontroleerd en uw belasting berekend. Hieronder ziet u de uitkomst.`,
        ),
        '',
        row(['Inkomen uit werk en woning (box 1)', money(box1)], w),
        row(['Belasting en premie volksverzekeringen', money(ib)], w),
        row(['Min: algemene heffingskorting en arbeidskorting', `-${money(korting)}`], w),
        row(['Min: ingehouden loonheffing', `-${money(loonheffing)}`], w),
        ...(va ? [row(['Min: voorlopige aanslag(en)', `-${money(va)}`], w)] : []),
        rule(63),
        row([terug ? 'U krijgt terug' : 'U moet nog betalen', money(Math.abs(result))], w),
        '',
        ...paras(
          86,
          terug
            ? `Wij betalen ${eur(-result)} binnen enkele weken uit op rekening ${c.p.iban.slice(0, 4)} **** **** ${c.p.iban.slice(-4)}.`
            : `Het bedrag van ${eur(result)} moet uiterlijk ${fmtDate(addDays(c.date, 56), 'long')} zijn betaald. U kunt ook betalen in maandelijkse termijnen via automatische incasso; vraag dat aan in Mijn Belastingdienst.`,
          rng.chance(0.6) && 'Bent u het niet eens met deze aanslag? Dan kunt u binnen zes weken na de datum van deze brief bezwaar maken.',
          rng.chance(0.3) && 'Deze aanslag kan gevolgen hebben voor uw toeslagen. Controleer uw inkomen in Mijn toeslagen.',
        ),
        '',
        'Belastingdienst - aanslag opgelegd namens de inspecteur',
      ],
    ];
  },
};

const toeslagDefinitief: Template = {
  id: 'tax_document.nl.toeslagen-definitieve-berekening-inning-later',
  type: 'tax_document',
  lang: 'nl',
  style: 'printed',
  weight: 0.6,
  supports: ['bsn'],
  render(c) {
    const { rng } = c;
    const t = rng.pick(['huurtoeslag', 'zorgtoeslag', 'kindgebonden budget']);
    const y = yearOf(c) - rng.int(1, 2);
    const voorschot = rng.amount(900, 4400);
    const recht = r2(voorschot - rng.amount(80, Math.min(1800, voorschot - 50)));
    const terug = r2(voorschot - recht);
    const w = [54, 12];
    return [
      [
        'Dienst Toeslagen',
        '',
        ...addressFormal(c.p, rng),
        '',
        `Datum ${fmtDate(c.date, 'long')}`,
        ...ids(c, { bsn: ['Burgerservicenummer', 'BSN'] }, '  '),
        `Beschikkingsnummer ${rng.digits(4)}.${rng.digits(2)}.${rng.digits(3)}.T.${String(y).slice(2)}.2`,
        '',
        `Definitieve berekening ${t} ${y}`,
        '',
        ...paras(
          86,
          `Wij hebben uw ${t} over ${y} definitief berekend. Daarvoor hebben wij uw inkomen van ${y} gebruikt zoals dat nu bij de Belastingdienst bekend is${t === 'huurtoeslag' ? ', en uw huur' : ''}. Uw recht is lager dan het voorschot dat u kreeg.`,
        ),
        '',
        row(['Ontvangen voorschot', money(voorschot)], w),
        row([`Recht op ${t} volgens definitieve berekening`, money(recht)], w),
        rule(67),
        row(['Terug te betalen', money(terug)], w),
        '',
        row(['Toetsingsinkomen gebruikt', money(rng.amount(19000, 39000))], w),
        ...(t === 'huurtoeslag' ? [row(['Rekenhuur per maand', money(rng.amount(480, 860))], w)] : []),
        '',
        ...paras(
          86,
          `U hoeft nu nog niets te doen. Over ongeveer ${rng.pick(['zes weken', 'twee maanden', 'vier tot zes weken'])} ontvangt u een aparte brief met de betaaltermijn en de manieren om te betalen. Dan kunt u ook een betalingsregeling aanvragen.`,
          rng.chance(0.5) &&
            'Krijgt u nu nog toeslag? Dan kunnen wij het bedrag ook verrekenen met uw toekomstige maandbedragen. Dat staat dan in die brief.',
          'Bent u het niet eens met deze beslissing? Dien dan binnen 6 weken na de datum van deze brief bezwaar in via Mijn toeslagen of per post.',
        ),
      ],
    ];
  },
};

const jaaropgaveUitzend: Template = {
  id: 'tax_document.nl.jaaropgave-uitzendbureau-tabel',
  type: 'tax_document',
  lang: 'nl',
  style: 'printed',
  weight: 0.5,
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const y = yearOf(c) - 1;
    const loon = rng.amount(3000, 32000);
    const lh = r2(loon * rng.amount(0.04, 0.2));
    const zvw = r2(loon * 0.0657);
    const w = [46, 14];
    return [
      [
        rng.pick(STAFFING),
        'Salarisadministratie',
        '',
        `JAAROPGAVE ${y}`,
        rule(62, '='),
        `Werknemer: ${c.p.name}`,
        `Adres: ${c.p.street} ${c.p.houseNumber}, ${c.p.postcode} ${c.p.city}`,
        ...ids(c, { bsn: ['Burgerservicenummer', 'BSN/sofinummer'], birth: 'Geboortedatum' }),
        `Personeelsnummer: ${rng.digits(6)}`,
        `Periode: 01-01-${y} t/m ${rng.chance(0.6) ? `31-12-${y}` : fmtDate(new Date(Date.UTC(y, rng.int(3, 10), 28)), 'dmy')}`,
        `Loonheffingennummer werkgever: ${rng.digits(9)}L${rng.digits(2)}`,
        '',
        row(['Omschrijving', 'Bedrag €'], w),
        rule(62),
        row(['Fiscaal loon', money(loon)], w),
        row(['Ingehouden loonheffing', money(lh)], w),
        row(['Loon voor de Zvw', money(loon)], w),
        row(['Werkgeversheffing Zvw', money(zvw)], w),
        row(['Verrekende arbeidskorting', money(rng.amount(200, 4000))], w),
        row(['Loonheffingskorting toegepast', rng.pick(['Ja', 'Ja', 'Nee', 'Gedeeltelijk'])], w),
        row(['Vakantiegeld uitbetaald (in fiscaal loon)', money(r2(loon * 0.08))], w),
        '',
        ...paras(
          86,
          'Bewaar deze opgave bij uw belastingaangifte. Deze bedragen zijn ook aan de Belastingdienst doorgegeven en staan in uw vooraf ingevulde aangifte.',
        ),
      ],
    ];
  },
};

const wozAanslag: Template = {
  id: 'tax_document.nl.aanslagbiljet-gemeentelijke-belastingen-woz',
  type: 'tax_document',
  lang: 'nl',
  style: 'printed',
  weight: 0.6,
  supports: ['bsn'],
  render(c) {
    const { rng } = c;
    const y = yearOf(c);
    const office = rng.pick(MUNI_TAX_OFFICES);
    const owner = rng.chance(0.3);
    const woz = rng.int(160, 420) * 1000;
    const items: [string, string, number][] = [
      ...(owner
        ? [
            [`OZB eigenaar woning`, `${money(woz, {})} x 0,0${rng.int(700, 1100)}%`, r2(woz * rng.amount(0.0007, 0.0011))] as [
              string,
              string,
              number,
            ],
          ]
        : []),
      ['Afvalstoffenheffing', rng.pick(['meerpersoonshuishouden', 'eenpersoonshuishouden']), rng.amount(220, 410)],
      ['Rioolheffing', owner ? 'eigenaar' : 'gebruiker', rng.amount(120, 280)],
    ];
    const total = r2(items.reduce((s, [, , a]) => s + a, 0));
    const termijnen = rng.pick([8, 10, 12]);
    const w = [26, 30, 10];
    return [
      [
        office,
        `Gemeente ${c.org.city}`,
        '',
        ...addressFormal(c.p, rng),
        '',
        `AANSLAGBILJET GEMEENTELIJKE BELASTINGEN ${y} EN WOZ-BESCHIKKING`,
        '',
        `Aanslagnummer: ${rng.digits(11)}        Dagtekening: ${fmtDate(c.date, 'dmy')}`,
        `Subjectnummer: ${rng.digits(8)}`,
        ...ids(c, { bsn: 'BSN' }),
        '',
        'WOZ-beschikking',
        `Object: ${c.p.street} ${c.p.houseNumber}, ${c.p.city}`,
        `Vastgestelde waarde: ${eur(woz)}    Waardepeildatum: 1 januari ${y - 1}`,
        `Belanghebbende: ${owner ? 'eigenaar' : 'gebruiker'}`,
        '',
        row(['Belastingsoort', 'Grondslag', 'Bedrag'], w),
        ...items.map(([a, b, x]) => row([a, b, money(x)], w)),
        rule(68),
        row(['Totaal aanslag', '', money(total)], w),
        '',
        ...paras(
          86,
          `U betaalt dit bedrag in ${termijnen} maandelijkse termijnen van ${eur(r2(total / termijnen))} als u ons machtigt voor automatische incasso. Anders moet u in twee delen betalen: de eerste helft uiterlijk ${fmtDate(addDays(c.date, 60), 'dmy')}, de tweede uiterlijk ${fmtDate(addDays(c.date, 120), 'dmy')}.`,
          'Is de WOZ-waarde of de aanslag volgens u niet juist? Maak dan binnen zes weken na de dagtekening bezwaar via het digitale loket.',
          'Heeft u een laag inkomen en weinig vermogen, dan kunt u kwijtschelding vragen voor de afvalstoffenheffing en rioolheffing.',
        ),
      ],
    ];
  },
};

const kwijtscheldingBesluit: Template = {
  id: 'tax_document.nl.kwijtschelding-gemeentebelastingen-besluit',
  type: 'tax_document',
  lang: 'nl',
  style: 'printed',
  weight: 0.55,
  supports: ['bsn', 'client-number'],
  render(c) {
    const { rng } = c;
    const y = yearOf(c);
    const office = rng.pick([`Gemeente ${c.org.city}, afdeling Belastingen`, rng.pick(MUNI_TAX_OFFICES)]);
    const afval = rng.amount(220, 400);
    const riool = rng.amount(110, 260);
    const kind = rng.weighted([
      ['full', 5],
      ['partial', 2],
      ['denied', 2],
    ] as const);
    const part = kind === 'partial' ? r2((afval + riool) * rng.amount(0.3, 0.7)) : 0;
    const w = [40, 12];
    const besluit =
      kind === 'full'
        ? `Wij verlenen u volledige kwijtschelding voor de afvalstoffenheffing en de rioolheffing ${y}. U hoeft deze bedragen niet te betalen. Een eventuele automatische incasso voor deze heffingen stoppen wij.`
        : kind === 'partial'
          ? `Wij verlenen u gedeeltelijke kwijtschelding. Uit de berekening van uw betalingscapaciteit blijkt dat u ${eur(part)} zelf kunt betalen; de rest schelden wij kwijt. Voor het deel dat u zelf betaalt, blijven de oorspronkelijke vervaldata gelden.`
          : `Wij wijzen uw verzoek af. Uw betalingscapaciteit is hoger dan de aanslag, omdat uw netto besteedbaar inkomen boven de kosten van bestaan ligt. De aanslag blijft staan met de vervaldata die op het aanslagbiljet vermeld staan.`;
    return [
      [
        office,
        '',
        ...addressFormal(c.p, rng),
        '',
        `Datum: ${fmtDate(c.date, 'long')}`,
        `Aanslagnummer: ${rng.digits(10)}`,
        ...ids(c, { bsn: 'BSN', client: ['Klantnummer W&I', 'Klantnummer'] }),
        '',
        'Onderwerp: beslissing op uw verzoek om kwijtschelding',
        '',
        `Geachte ${c.p.gender === 'f' ? 'mevrouw' : 'heer'} ${c.p.lastName},`,
        '',
        ...paras(
          86,
          `Op ${fmtDate(past(c, 20, 70), 'long')} ontvingen wij uw verzoek om kwijtschelding van gemeentelijke belastingen ${y}. ${rng.chance(0.5) ? 'Omdat u een bijstandsuitkering ontvangt, hebben wij uw gegevens automatisch getoetst via het Inlichtingenbureau.' : 'Wij hebben uw inkomen, vaste lasten en vermogen beoordeeld.'}`,
        ),
        '',
        row(['Afvalstoffenheffing', money(afval)], w),
        row(['Rioolheffing gebruiker', money(riool)], w),
        row(['Totaal waarvoor kwijtschelding is gevraagd', money(afval + riool)], w),
        ...(kind === 'partial' ? [row(['Zelf te betalen', money(part)], w)] : []),
        '',
        'Beslissing',
        ...paras(86, besluit),
        '',
        ...paras(
          86,
          'Bent u het niet eens met deze beslissing? Dan kunt u binnen zes weken administratief beroep instellen bij de invorderingsambtenaar. Stuur daarbij mee waarom u het er niet mee eens bent.',
        ),
        '',
        'De invorderingsambtenaar,',
        `${c.r.initials} ${c.r.lastName}`,
      ],
    ];
  },
};

const plPit11: Template = {
  id: 'tax_document.pl.pit-11-informacja-o-dochodach',
  type: 'tax_document',
  lang: 'pl',
  style: 'form',
  weight: 0.4,
  supports: ['name-birthdate'],
  render(c) {
    const { rng } = c;
    const y = yearOf(c) - 1;
    const przychod = rng.amount(4000, 68000);
    const koszty = rng.pick([3000, 3600, 2700]);
    const skladki = r2(przychod * 0.1371);
    const zaliczka = r2(Math.max(0, (przychod - koszty - skladki) * 0.12 - 300 * 12));
    const zdr = r2((przychod - skladki) * 0.09);
    const pole = (n: number, l: string, v: string) => `${String(n).padStart(2)}. ${l.padEnd(44)} ${v.padStart(12)}`;
    return [
      [
        `PIT-11 (29)   INFORMACJA O DOCHODACH ORAZ O POBRANYCH ZALICZKACH NA PODATEK DOCHODOWY`,
        `za rok ${y}`,
        '',
        'A. MIEJSCE I CEL SKŁADANIA INFORMACJI',
        `   Urząd skarbowy: ${rng.pick(['Pierwszy Urząd Skarbowy w Poznaniu', 'Urząd Skarbowy w Opolu', 'Drugi Urząd Skarbowy w Lublinie', 'Urząd Skarbowy Wrocław-Krzyki'])}`,
        '   Cel: [x] złożenie informacji   [ ] korekta informacji',
        '',
        'B. DANE PŁATNIKA',
        `   NIP: ${rng.digits(10)}   ${rng.pick(['PPHU Kowalski Sp. z o.o.', 'Agencja Pracy Tymczasowej Work-Flex', 'Zakład Usług Remontowych Bud-Mar', 'Gminny Ośrodek Pomocy Społecznej'])}`,
        '',
        'C. DANE PODATNIKA',
        `   Identyfikator podatkowy: PESEL ${rng.digits(11)}`,
        `   Nazwisko: ${c.p.lastName.toUpperCase()}   Pierwsze imię: ${c.p.firstName.toUpperCase()}`,
        ...ids(c, { birth: '   Data urodzenia' }, ': ', 'dot'),
        `   Adres zamieszkania: ${c.p.street} ${c.p.houseNumber}, ${c.p.postcode} ${c.p.city}, Kraj: HOLANDIA`,
        '',
        'D. INFORMACJA O PRZYCHODACH, KOSZTACH, DOCHODACH ORAZ POBRANYCH ZALICZKACH',
        pole(29, 'Przychód ze stosunku pracy', money(przychod)),
        pole(30, 'Koszty uzyskania przychodu', money(koszty)),
        pole(31, 'Dochód', money(r2(przychod - koszty))),
        pole(32, 'Zaliczka pobrana przez płatnika', money(zaliczka)),
        '',
        'E. SKŁADKI',
        pole(79, 'Składki na ubezpieczenia społeczne', money(skladki)),
        pole(81, 'Składka na ubezpieczenie zdrowotne', money(zdr)),
        '',
        `Data sporządzenia: ${fmtDate(new Date(Date.UTC(y + 1, 1, rng.int(1, 28))), 'dot')}`,
        'Podpis osoby reprezentującej płatnika: ____________',
        '',
        rng.pick([
          'Ręczna notatka: dla gminy - dochód z Polski, pracowałem tam do kwietnia',
          'Dopisek: kopia do aangifte Belastingdienst',
          '',
        ]),
      ],
    ];
  },
};

const enVolunteerToeslag: Template = {
  id: 'tax_document.en.buddy-email-explaining-toeslag-decision',
  type: 'tax_document',
  lang: 'en',
  style: 'printed',
  weight: 0.4,
  supports: ['bsn', 'client-number'],
  render(c) {
    const { rng } = c;
    const vol = c.r.firstName;
    const t = rng.pick(['huurtoeslag (rent benefit)', 'zorgtoeslag (healthcare allowance)', 'kindgebonden budget (child budget)']);
    const monthly = rng.amount(25, 380);
    const before = r2(monthly + rng.amount(-60, 60));
    const y = yearOf(c);
    return [
      [
        `From: ${vol} <${vol.toLowerCase()}.${c.r.lastName.toLowerCase().replace(/[^a-z]/g, '')}@${rng.pick(['gmail.com', 'vluchtelingenwerk.nl', 'outlook.com', 'humanitas.nl'])}>`,
        `To: ${c.p.email}`,
        `Cc: ${rng.pick(['inkomen', 'werkeninkomen', 'info'])}@${c.org.website.replace(/^(https?:\/\/)?(www\.)?/, '').replace(/\/.*$/, '')}`,
        `Date: ${fmtDate(c.date, 'en')}`,
        `Subject: ${rng.pick(['your letter from Toeslagen - what it means', 'RE: brief Belastingdienst??', 'explanation of the new toeslag decision'])}`,
        '',
        `Hi ${c.p.firstName},`,
        '',
        ...paras(
          84,
          `I had a look at the letter you sent me a photo of. Don't worry, it is not a bill. It is a "beschikking", a decision about your ${t} for ${y}.`,
        ),
        '',
        'In short:',
        `  * From ${rng.pick(['January', 'next month', 'the first of next month'])} you get ${moneyEn(monthly)} per month (was ${moneyEn(Math.max(0, before))}).`,
        '  * They calculated this with the income you told them. If your income changes, you must change it in Mijn toeslagen, otherwise you may have to pay back later.',
        '  * You do not have to pay anything now and you do not need to reply.',
        `  * If you think it is wrong, you can object ("bezwaar") within 6 weeks, so before ${fmtDate(addDays(c.date, 42), 'en')}.`,
        '',
        ...paras(
          84,
          one(
            rng,
            'I am forwarding this to your consultant at the municipality as you asked, with your details below, so they can update your file.',
            'I copied the municipality so your income consultant knows about the new amount.',
          ),
        ),
        ...ids(c, { bsn: ['BSN', 'Citizen service number (BSN)'], client: ['Client number municipality', 'Klantnummer'] }),
        '',
        `Best, ${vol}`,
        rng.pick(['(volunteer, language buddy)', 'Vrijwilliger Thuisadministratie', '']),
      ],
    ];
  },
};

const trVergiLevhasi: Template = {
  id: 'tax_document.tr.gib-vergi-levhasi-ciktisi',
  type: 'tax_document',
  lang: 'tr',
  style: 'printed',
  weight: 0.35,
  supports: [],
  render(c) {
    const { rng } = c;
    const y = yearOf(c);
    const city = rng.pick(['Konya', 'Kayseri', 'Ankara', 'İzmir', 'Yozgat', 'Sivas', 'Denizli']);
    const rows = [y - 1, y - 2, y - 3].map((yy) => {
      const m = rng.amount(40000, 420000);
      return tr([String(yy), `${money(m)} TL`, `${money(r2(m * rng.amount(0.12, 0.25)))} TL`], [8, 20, 20]);
    });
    return [
      [
        'T.C. HAZİNE VE MALİYE BAKANLIĞI',
        'GELİR İDARESİ BAŞKANLIĞI',
        '',
        'VERGİ LEVHASI',
        '',
        `ADI SOYADI: ${c.p.name.toLocaleUpperCase('tr-TR')}`,
        `TİCARET ÜNVANI: ${rng.pick([`${c.p.lastName.toLocaleUpperCase('tr-TR')} TİCARET`, `${c.p.firstName.toLocaleUpperCase('tr-TR')} OTO YEDEK PARÇA`, 'ŞAHIS İŞLETMESİ'])}`,
        `İŞ YERİ ADRESİ: ${rng.pick(['Cumhuriyet Mah. Atatürk Cad. No:', 'Yeni Sanayi Sitesi Blok', 'Hal Yolu Sok. No:'])}${rng.int(2, 140)} ${city}`,
        `VERGİ TÜRÜ: ${rng.pick(['GELİR VERGİSİ', 'GELİR VERGİSİ (BASİT USUL)'])}`,
        `VERGİ DAİRESİ: ${city.toLocaleUpperCase('tr-TR')} ${rng.pick(['MERKEZ VERGİ DAİRESİ', 'VERGİ DAİRESİ MÜDÜRLÜĞÜ', 'MALMÜDÜRLÜĞÜ'])}`,
        `VERGİ KİMLİK NO: ${rng.digits(10)}`,
        `İŞE BAŞLAMA TARİHİ: ${fmtDate(new Date(Date.UTC(rng.int(2008, 2022), rng.int(0, 11), rng.int(1, 28))), 'dot')}`,
        `ANA FAALİYET KODU VE ADI: ${rng.pick(['452001 - Motorlu kara taşıtlarının bakım ve onarımı', '471104 - Bakkal ve market', '561001 - Lokanta faaliyetleri'])}`,
        '',
        'GEÇMİŞ YILLAR MATRAH / TAHAKKUK EDEN VERGİ',
        tr(['YIL', 'MATRAH', 'TAHAKKUK'], [8, 20, 20]),
        ...rows,
        '',
        `Onay Kodu: ${rng.letters(3)}${rng.digits(6)}   Onay Zamanı: ${fmtDate(c.date, 'dot')}`,
        'Bu belge internet vergi dairesinden alınmıştır; doğruluğu onay kodu ile sorgulanabilir.',
        ...maybe(rng, 0.5, () => [
          '',
          sloppy(
            rng.pick([
              'El yazısı not: bu benim kardeşimin dükkanı, ben ortak değilim. Gemeente sordu diye gönderiyorum.',
              'Not: Türkiye deki eski işyerim, 2023 te kapattım ama levha hala çıkıyor.',
            ]),
            rng,
            0.3,
          ),
        ]),
      ],
    ];
  },
};

const trGelirBeyan: Template = {
  id: 'tax_document.tr.hazir-beyan-gelir-vergisi-kira-geliri',
  type: 'tax_document',
  lang: 'tr',
  style: 'printed',
  weight: 0.35,
  supports: ['name-birthdate'],
  render(c) {
    const { rng } = c;
    const y = yearOf(c) - 1;
    const kira = rng.int(36000, 240000);
    const istisna = rng.pick([21000, 33000, 47000]);
    const gider = r2((kira - istisna) * 0.15);
    const matrah = Math.max(0, r2(kira - istisna - gider));
    const vergi = r2(matrah * 0.15);
    const w = [44, 18];
    return [
      [
        'GELİR İDARESİ BAŞKANLIĞI - Hazır Beyan Sistemi',
        `YILLIK GELİR VERGİSİ BEYANNAMESİ (${y} yılı)`,
        `Beyanname onay tarihi: ${fmtDate(past(c, 5, 60), 'dot')}`,
        '',
        `Mükellef: ${c.p.name}`,
        ...ids(c, TR_LABELS, ': ', 'dot'),
        `T.C. Kimlik No: ${rng.digits(11)}`,
        `İkametgah: Hollanda / ${c.p.city}`,
        '',
        'GAYRİMENKUL SERMAYE İRADI (Konut kira geliri)',
        row(['Gayrimenkulün adresi', `${rng.pick(['Konya/Karatay', 'Kayseri/Talas', 'Yozgat/Sorgun', 'Ankara/Keçiören'])}`], w),
        row(['Yıllık hasılat', `${money(kira)} TL`], w),
        row(['Konut istisnası', `-${money(istisna)} TL`], w),
        row(['Götürü gider (%15)', `-${money(gider)} TL`], w),
        row(['Vergiye tabi gelir (matrah)', `${money(matrah)} TL`], w),
        '',
        'TAHAKKUK FİŞİ (ÖZET)',
        row(['Hesaplanan gelir vergisi', `${money(vergi)} TL`], w),
        row(['Damga vergisi', `${money(rng.amount(300, 700))} TL`], w),
        row(['1. taksit vadesi', `31.03.${y + 1}`], w),
        row(['2. taksit vadesi', `31.07.${y + 1}`], w),
        '',
        ...paras(
          86,
          'Beyannameniz başarıyla onaylanmıştır. Tahakkuk eden vergiyi vadesinde internet vergi dairesinden veya anlaşmalı bankalardan ödeyebilirsiniz.',
        ),
        ...maybe(rng, 0.5, () => [
          '',
          rng.pick([
            '(Not: Bu evin kirası Türkiye deki hesaba yatıyor, gemeente için çıktı aldım.)',
            '(Vergi dairesi çıktısı - oğlum e-Devlet ten indirdi)',
          ]),
        ]),
      ],
    ];
  },
};

// =============================================================================================
// OTHER: post about money that is neither a debt nor a tax document
// =============================================================================================

const nlOversluitenFlyer: Template = {
  id: 'other.nl.schulden-oversluiten-huis-aan-huis-folder',
  type: 'other',
  lang: 'nl',
  style: 'printed',
  weight: 0.4,
  supports: [],
  render(c) {
    const { rng } = c;
    const brand = rng.pick(['GeldRust Nederland', 'Schuldvrij Direct', 'EénLast Financieel', 'Budgetlijn BV', 'RustigRond.nl']);
    const bedrag = rng.pick([5000, 10000, 15000, 25000]);
    return [
      [
        `>>> ${brand} <<<`,
        '',
        rng.pick(['Stapel rekeningen op de mat?', 'Word jij ook gek van al die enveloppen?', 'Elke maand te veel afschrijvingen?']),
        'Bundel al je leningen en achterstanden in ÉÉN overzichtelijk maandbedrag!',
        '',
        `  ✓ Oversluiten tot € ${money(bedrag).replace(',00', '')},-`,
        '  ✓ Binnen 24 uur een persoonlijk voorstel',
        '  ✓ Ook met een uitkering of flexcontract',
        `  ✓ ${rng.pick(['Geen gedoe met formulieren', 'Wij bellen al je schuldeisers voor je', 'Gratis eerste gesprek aan huis'])}`,
        '',
        `Voorbeeld: lenen € ${money(bedrag)}, looptijd ${rng.pick([48, 60, 72])} maanden, effectieve rente ${rng.int(8, 14)},${rng.int(0, 9)}% per jaar.`,
        '',
        box(['LET OP! Geld lenen kost geld.'], 34).join('\n'),
        '',
        `Bel gratis 0800-${rng.digits(4)} of app ${c.r.phone}`,
        `www.${brand.toLowerCase().replace(/[^a-z]/g, '')}.nl`,
        '',
        rng.pick([
          'Geen kredietverstrekker maar bemiddelaar. Ingeschreven bij de AFM.',
          'Actie geldig zolang de voorraad strekt. Aan deze folder kunnen geen rechten worden ontleend.',
        ]),
        rng.pick(['[huis-aan-huis - NEE/NEE-sticker? Dan niet bezorgen]', '', '[folder zat bij de post]']),
      ],
    ];
  },
};

const enExpatLoanAd: Template = {
  id: 'other.en.expat-consolidation-loan-web-ad-printout',
  type: 'other',
  lang: 'en',
  style: 'printed',
  weight: 0.35,
  supports: [],
  render(c) {
    const { rng } = c;
    const brand = rng.pick(['ExpatCredit NL', 'Holland Easy Money', 'ClearDebt Europe', 'FlexiLoan Benelux']);
    const apr = `${rng.int(9, 15)}.${rng.int(0, 9)}%`;
    return [
      [
        `https://www.${brand.toLowerCase().replace(/[^a-z]/g, '')}.com/apply    ${fmtDate(c.date, 'slash')}`,
        '',
        `${brand} - Sponsored`,
        '',
        rng.pick([
          'New in the Netherlands and struggling with bills?',
          'Bills piling up? Take back control today.',
          'Tired of collection letters in Dutch?',
        ]),
        '',
        ...paras(
          80,
          `Combine your credit cards, phone contracts and overdue bills into one simple monthly payment. English-speaking advisors, 100% online, decision in minutes. No BSN history needed${rng.chance(0.5) ? '*' : ''}.`,
        ),
        '',
        `  Borrow:   € 2,000 – € 30,000`,
        `  APR:      from ${apr} (representative)`,
        `  Term:     12 – 96 months`,
        '',
        "[ Check your rate - it won't affect your score ]",
        '',
        'What our customers say:',
        `  "${rng.pick(['Finally one payment instead of six!', 'Fast and friendly, they even spoke Polish.', 'Got my money in two days.'])}" - ${c.r.firstName} ${c.r.lastName[0]}., ${rng.pick(['Rotterdam', 'Eindhoven', 'Utrecht', 'Tilburg'])}`,
        '',
        'Let op! Geld lenen kost geld. / Borrowing money costs money.',
        rng.pick(['* Subject to BKR check and affordability assessment.', '* Terms apply. Credit is offered by a partner lender.']),
        '',
        rng.pick(['(printed by client, asked if the municipality can help with this)', '(printout found in scan batch)', '']),
      ],
    ];
  },
};

const arNoBkrLoanAd: Template = {
  id: 'other.ar.qard-bidun-bkr-risalat-whatsapp',
  type: 'other',
  lang: 'ar',
  style: 'printed',
  weight: 0.3,
  supports: [],
  render(c) {
    const { rng } = c;
    const t = `${rng.int(8, 23)}:${String(rng.int(0, 59)).padStart(2, '0')}`;
    const name = rng.pick(['مكتب الأمل للاستشارات المالية', 'الحل السريع - Snel Oplossing', 'مؤسسة يسّر للديون', 'Finance Hulp Al-Baraka']);
    return [
      [
        `WhatsApp  -  ${rng.pick(['مجموعة الجالية العربية', 'عرب ' + c.org.city, 'أخبار وإعلانات هولندا'])}`,
        `${fmtDate(c.date, 'slash')}`,
        '',
        `[${t}] ~ ${rng.pick(['+31 6', '+32 4', '+49 15'])}${rng.digits(8)}: ↪ رسالة معاد توجيهها`,
        '',
        `📢 ${name}`,
        ...paras(
          64,
          'هل عندك ديون أو رسائل إنذار من البنك أو شركة التأمين الصحي؟ نحن نساعدك!',
          `قرض حتى ${rng.pick(['١٠٬٠٠٠', '١٥٬٠٠٠', '٢٠٬٠٠٠'])} يورو بدون فحص BKR، حتى لو كنت على المساعدة الاجتماعية (bijstand).`,
          'نجمع كل ديونك في قسط شهري واحد. نتكلم معك بالعربي والهولندي. السرية مضمونة.',
          rng.chance(0.5) && 'متوافق مع الشريعة - بدون فوائد ربوية، فقط رسوم خدمة.',
        ),
        `📞 ${c.r.phone}   ✉️ ${rng.pick(['info', 'hulp', 'contact'])}@${rng.pick(['alamal', 'yasser', 'snelhulp'])}-finance.nl`,
        '',
        ...maybe(rng, 0.6, () => [
          `[${t}] ${c.q.firstName}: ${rng.pick(['انتبهوا يا جماعة، هدول غالباً نصابين', 'حدا جربهم؟', 'الأفضل تروحوا على schuldhulp بالبلدية ببلاش'])}`,
        ]),
        '',
        rng.pick(['(طبعت الرسالة لأسأل المستشار إذا هذا آمن)', '(صورة شاشة مطبوعة)', '']),
      ],
    ];
  },
};

const trGazeteIlani: Template = {
  id: 'other.tr.gazete-ilani-borc-danismanlik-burosu',
  type: 'other',
  lang: 'tr',
  style: 'printed',
  weight: 0.3,
  supports: [],
  render(c) {
    const { rng } = c;
    const buro = rng.pick(['Anadolu Finans Danışmanlık', 'Güven Borç Çözüm Merkezi', 'Avrupa Kredi Ofisi', 'Huzur Finans B.V.']);
    return [
      [
        `[${rng.pick(['Haber Hollanda', 'Yeni Birlik Gazetesi', 'Avrupa Postası', 'Hollanda Türk Gazetesi'])} - sayfa ${rng.int(4, 22)} - ilan]`,
        '',
        rule(44, '*'),
        `   ${buro.toLocaleUpperCase('tr-TR')}`,
        rule(44, '*'),
        '',
        rng.pick([
          'BORÇLARINIZ MI VAR? ARTIK UYKUSUZ GECELER YOK!',
          'İCRA, İNCASSO, DEURWAARDER... BIKTINIZ MI?',
          'Kredi reddedildi mi? Biz çözeriz!',
        ]),
        '',
        ...paras(
          70,
          'Tüm borçlarınızı tek çatı altında topluyoruz. Hollanda ve Türkiye’deki bankalarla, incasso bürolarıyla sizin adınıza görüşüyoruz.',
          `${rng.pick(['BKR kaydı olanlara da', 'Uitkering alanlara da', 'Esnaf ve şoförlere de'])} kredi imkanı! İlk görüşme ÜCRETSİZ.`,
        ),
        '',
        `  • Türkçe hizmet  • ${rng.pick(['Rotterdam', 'Den Haag', 'Zaandam', 'Utrecht', 'Deventer'])} ofisimizde veya evinizde`,
        '  • Borç yapılandırma  • Kredi birleştirme  • Vergi iadesi yardımı',
        '',
        `Tel / WhatsApp: ${c.r.phone}`,
        '',
        'Let op! Geld lenen kost geld.',
        rng.pick([
          '',
          '(Gazeteden kestim, belediyeye sormak istiyorum bunlar güvenilir mi)',
          '(kesik gazete sayfası, arkasında spor haberleri)',
        ]),
      ],
    ];
  },
};

const bibliotheekCursus: Template = {
  id: 'other.nl.bibliotheek-cursus-grip-op-geld-uitnodiging',
  type: 'other',
  lang: 'nl',
  style: 'printed',
  weight: 0.4,
  supports: [],
  render(c) {
    const { rng } = c;
    const start = ahead(c, 10, 40);
    const lessen = rng.int(3, 6);
    return [
      [
        `Bibliotheek ${rng.pick([c.org.city, 'Rivierenland', 'Midden-Brabant', 'Kennemerwaard', 'De Kempen'])}`,
        rng.pick(['Informatiepunt Digitale Overheid', 'Taalhuis & Geldloket', 'Digisterker / Geldzaken']),
        '',
        `Beste ${c.p.firstName},`,
        '',
        ...paras(
          84,
          rng.pick([
            'Heb je soms ook moeite om overzicht te houden in je post en je geld? Daar ben je niet de enige in.',
            'Wil je weten wat er elke maand binnenkomt en wat eruit gaat? Kom dan naar onze gratis cursus.',
          ]),
          `In de cursus "${rng.pick(['Grip op je geld', 'Rondkomen met je budget', 'Geldzaken op orde', 'Mijn huishoudboekje'])}" leer je in ${lessen} bijeenkomsten hoe je een begroting maakt, hoe je je vaste lasten op een rij zet, hoe Mijn Belastingdienst en DigiD werken en waar je op moet letten bij kopen op afbetaling.`,
          `We starten op ${fmtDate(start, 'weekday')} van ${rng.pick(['10.00 tot 12.00', '13.30 tot 15.30', '19.00 tot 21.00'])} uur in de bibliotheek. Koffie en thee staan klaar. Je hoeft niets te kopen of mee te nemen; een laptop kun je bij ons lenen.`,
          'De cursus is gratis en je hoeft geen lid te zijn van de bibliotheek. Er is plek voor 10 mensen.',
        ),
        '',
        `Aanmelden: bij de balie, via ${rng.pick(['bibliotheek', 'debieb', 'bieb'])}.nl/geldzaken of bel ${c.org.phone.replace(/\d{2}$/, rng.digits(2))}`,
        '',
        'Tot ziens in de bieb!',
        `${c.r.firstName}, ${rng.pick(['cursusbegeleider', 'vrijwilliger Geldloket', 'medewerker Informatiepunt'])}`,
        '',
        rng.pick([
          'In samenwerking met de gemeente en Humanitas Thuisadministratie.',
          'Mede mogelijk gemaakt door het Rijk (Digitale Overheid).',
          '',
        ]),
      ],
    ];
  },
};

const gemeenteOntbrekend: Template = {
  id: 'other.nl.gemeente-herinnering-ontbrekende-gegevens',
  type: 'other',
  lang: 'nl',
  style: 'printed',
  weight: 0.4,
  supports: ['client-number', 'bsn'],
  render(c) {
    const { rng } = c;
    const over = rng.pick([
      'uw aanvraag bijzondere bijstand voor een wasmachine',
      'uw aanvraag voor de meedoenregeling',
      'uw aanvraag individuele inkomenstoeslag',
      'de vergoeding van de eigen bijdrage voor uw bewindvoering',
    ]);
    const items = rng.sample(
      [
        'een kopie van uw bankafschriften van de laatste drie maanden (alle rekeningen)',
        'een offerte of aankoopbon',
        'een kopie van uw huurcontract',
        'uw laatste loonstrook of specificatie van uw uitkering',
        'de polis van uw zorgverzekering',
        'een kopie van uw identiteitsbewijs (voor- en achterkant)',
      ],
      rng.int(2, 4),
    );
    const deadline = addDays(c.date, rng.pick([7, 10, 14]));
    return [
      [
        `Gemeente ${c.org.city}`,
        'Werk en Inkomen',
        c.org.postbus,
        '',
        ...addressFormal(c.p, rng),
        '',
        `Datum: ${fmtDate(c.date, 'long')}`,
        ...ids(c, { client: ['Klantnummer', 'Dossiernummer'], bsn: 'BSN' }),
        '',
        'Onderwerp: wij missen nog gegevens',
        '',
        `Beste ${c.p.gender === 'f' ? 'mevrouw' : 'meneer'} ${c.p.lastName},`,
        '',
        ...paras(
          86,
          `U heeft ons op ${fmtDate(past(c, 10, 30), 'long')} een brief gestuurd over ${over}. Wij hebben nog niet alles ontvangen om die te kunnen beoordelen. Wij hebben nog het volgende van u nodig:`,
        ),
        '',
        ...items.map((i) => `  - ${i}`),
        '',
        ...paras(
          86,
          `Wilt u deze papieren vóór ${fmtDate(deadline, 'long')} inleveren? Dat kan via het digitale loket, per post of bij de balie van het gemeentehuis. Zet uw naam op elk blad.`,
          'U hoeft ons verder niets te betalen en er is nog geen besluit genomen. Zodra wij alles hebben, beoordelen wij uw aanvraag en krijgt u van ons bericht.',
          rng.chance(0.5) && 'Lukt het niet om de papieren op tijd te sturen? Bel ons dan, dan spreken we een andere datum af.',
        ),
        '',
        'Met vriendelijke groet,',
        `${c.r.firstName} ${c.r.lastName}`,
        `consulent Werk en Inkomen - ${c.org.phone}`,
      ],
    ];
  },
};

const bankMarketing: Template = {
  id: 'other.nl.bank-marketingbrief-betaalpakket-sparen',
  type: 'other',
  lang: 'nl',
  style: 'printed',
  weight: 0.4,
  supports: [],
  render(c) {
    const { rng } = c;
    const bank = rng.pick(['ING', 'Rabobank', 'ABN AMRO', 'SNS', 'ASN Bank', 'Triodos Bank', 'bunq']);
    const offer = rng.pick(['spaar', 'pakket', 'krediet'] as const);
    const body =
      offer === 'spaar'
        ? [
            `Zet iedere maand automatisch een klein bedrag opzij. Met de ${bank} ${rng.pick(['Potjes', 'Doelsparen', 'Spaarrekening Plus'])} spaart u voor later, voor een onverwachte rekening of voor de feestdagen.`,
            `De rente is nu ${rng.int(1, 2)},${rng.int(0, 9)}% per jaar en u kunt altijd gratis bij uw geld. Al vanaf € 5 per maand.`,
          ]
        : offer === 'pakket'
          ? [
              `Vanaf ${fmtDate(ahead(c, 30, 70), 'long')} vernieuwen wij onze betaalpakketten. Kies nu voor het ${rng.pick(['Basispakket', 'Plus Pakket', 'Gemakspakket'])} en betaal de eerste drie maanden geen kosten.`,
              'Inclusief betaalpas, app met inzicht in uw uitgaven en meldingen zodra uw saldo onder een bedrag komt dat u zelf kiest.',
            ]
          : [
              `Even wat meer ruimte nodig? Met een doorlopend krediet tot € ${rng.pick(['5.000', '7.500', '10.000'])} heeft u altijd een buffer achter de hand.`,
              `Rekenvoorbeeld: kredietlimiet € 5.000, effectieve rente ${rng.int(9, 13)},${rng.int(0, 9)}%, maandtermijn € 100. Let op! Geld lenen kost geld.`,
            ];
    return [
      [
        bank,
        '',
        c.p.name,
        `${c.p.street} ${c.p.houseNumber}`,
        `${c.p.postcode} ${c.p.city}`,
        '',
        `${fmtDate(c.date, 'long')}`,
        '',
        rng.pick(['Iets moois voor u', 'Meer uit uw geld halen?', 'Persoonlijk aanbod', 'Nieuw bij ' + bank]),
        '',
        `Beste ${c.p.firstName},`,
        '',
        ...paras(84, ...body),
        '',
        rng.pick([
          'Scan de QR-code of log in op de app om het aan te vragen.',
          'Kijk voor de voorwaarden op onze website.',
          'Vragen? Onze adviseurs helpen u graag.',
        ]),
        '',
        'Met vriendelijke groet,',
        `${c.r.firstName} ${c.r.lastName}`,
        `${rng.pick(['Directeur Particulieren', 'Team Klantcontact', 'Marketing & Klantbeleving'])}, ${bank}`,
        '',
        rng.pick([
          'Wilt u geen aanbiedingen meer per post? Meld u af in de app onder Instellingen > Privacy.',
          'Deze brief is verstuurd aan klanten van 18 jaar en ouder.',
        ]),
      ],
    ];
  },
};

const energiePrijswijziging: Template = {
  id: 'other.nl.energieleverancier-tariefwijziging-nieuw-termijnbedrag',
  type: 'other',
  lang: 'nl',
  style: 'printed',
  weight: 0.4,
  supports: [],
  render(c) {
    const { rng } = c;
    const supplier = rng.pick(['Vattenfall', 'Eneco', 'Essent', 'Greenchoice', 'Budget Energie', 'Vandebron', 'Pure Energie']);
    const ingang = ahead(c, 30, 35);
    const stroomOud = rng.amount(0.24, 0.34);
    const stroomNieuw = r2(stroomOud + rng.amount(-0.03, 0.04));
    const gasOud = rng.amount(1.1, 1.5);
    const gasNieuw = r2(gasOud + rng.amount(-0.1, 0.12));
    const termijnOud = rng.int(95, 210);
    const termijnNieuw = termijnOud + rng.int(-15, 25);
    const w = [30, 14, 14];
    const t4 = (x: number) => `€ ${x.toFixed(4).replace('.', ',')}`;
    return [
      [
        supplier,
        '',
        ...addressFormal(c.p, rng),
        '',
        `Klantnummer ${supplier}: ${rng.digits(8)}`,
        `Datum: ${fmtDate(c.date, 'long')}`,
        '',
        `Uw tarieven veranderen per ${fmtDate(ingang, 'long')}`,
        '',
        ...paras(
          84,
          `Wij passen de tarieven van uw variabele contract aan, omdat de inkoopprijzen van energie zijn ${stroomNieuw >= stroomOud ? 'gestegen' : 'veranderd'}. Hieronder ziet u uw oude en nieuwe tarieven, inclusief btw en energiebelasting.`,
        ),
        '',
        row(['', 'Nu', 'Vanaf ingang'], w),
        row(['Stroom per kWh', t4(stroomOud), t4(stroomNieuw)], w),
        row(['Gas per m3', t4(gasOud), t4(gasNieuw)], w),
        row(['Vaste leveringskosten p/mnd', money(rng.amount(5, 8), { euro: true }), money(rng.amount(5, 9), { euro: true })], w),
        '',
        ...paras(
          84,
          `Uw termijnbedrag gaat daardoor van € ${termijnOud},- naar € ${termijnNieuw},- per maand. Dit is een voorschot; op uw jaarnota verrekenen wij het met uw werkelijke verbruik.`,
          'Wilt u niet akkoord gaan met de nieuwe tarieven? Dan kunt u uw contract kosteloos opzeggen met een opzegtermijn van 30 dagen. U hoeft verder niets te doen als u blijft.',
          rng.chance(0.4) &&
            'Tip: past u uw termijnbedrag zelf aan in de app, kies dan een bedrag dat bij uw verbruik past, zodat u achteraf niet veel hoeft bij te betalen.',
        ),
        '',
        'Met vriendelijke groet,',
        `${supplier} Klantenservice`,
      ],
    ];
  },
};

export const moneyLinesTemplates: Template[] = [
  bdAanmaning,
  bdDwangbevel,
  toeslagenHerinnering,
  gemBelAanmaning,
  cjibAanmaning,
  duoAchterstand,
  uwvSvbHerinnering,
  zvPremieAchterstand,
  plKomornikZajecie,
  enPhoneFinalDemand,
  trIcraTebligat,
  schuldhulpIntake,
  vaBetaalschema,
  definitieveAanslag,
  toeslagDefinitief,
  jaaropgaveUitzend,
  wozAanslag,
  kwijtscheldingBesluit,
  plPit11,
  enVolunteerToeslag,
  trVergiLevhasi,
  trGelirBeyan,
  nlOversluitenFlyer,
  enExpatLoanAd,
  arNoBkrLoanAd,
  trGazeteIlani,
  bibliotheekCursus,
  gemeenteOntbrekend,
  bankMarketing,
  energiePrijswijziging,
];
