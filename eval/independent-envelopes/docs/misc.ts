/**
 * Medical statements, employment contracts, rental papers, identity document photocopies, proof of job
 * applications, and the "other" post: newsletters, flyers, tickets, energy bills, foreign civil records.
 */
import {
  A4,
  addDays,
  addMonths,
  type Day,
  type Doc,
  dDot,
  dEn,
  dLong,
  dNum,
  eur,
  Flow,
  type FontKey,
  fmtIban,
  formal,
  geachte,
  type Lang,
  maand,
  type NumPos,
  type NumStyle,
  numberOps,
  type Op,
  type Person,
  type Rng,
  round2,
  signature,
  stamp,
  tw,
} from '../lib/core.ts';
import { type Block, GEMEENTE_TO, letter, logoOps, type Org } from '../lib/letter.ts';
import { type DocCtx, mk, toAddr } from './common.ts';

// ---------------------------------------------------------------------------------------------
// Medical (always restricted)

const DE_LINDE: Org = {
  name: 'Huisartsenpraktijk De Linde',
  sub: 'A.M. de Ruiter en J. Koster, huisartsen',
  lines: ['Lindelaan 2', '1234 TA Voorbeeld'],
  phone: '0223 - 30 20 10 (spoed: 0223 - 30 20 11)',
  logo: 'cross',
  color: '#2b7a4b',
  place: 'Voorbeeld',
};

const COMPLAINTS = [
  'lichamelijke klachten aan rug en schouders',
  'psychische klachten (somberheid, slaapproblemen en concentratieproblemen)',
  'een chronische longaandoening',
  'klachten na een operatie aan de knie',
  'hart- en vaatklachten',
];

export function gpStatement(c: DocCtx, o: { refusesOpinion?: boolean } = {}): Doc {
  const { r, p } = c;
  const since = addMonths(c.date, -r.int(2, 14));
  const body: Block[] = o.refusesOpinion
    ? [
        `Hierbij verklaar ik dat ${formal(p)}, geboren op ${dLong(p.birth)}, wonende ${p.street} te ${p.city}, als patiënt staat ingeschreven in onze praktijk.`,
        `Op verzoek van betrokkene bevestig ik dat ${p.gender === 'v' ? 'zij' : 'hij'} sinds ${dLong(since)} regelmatig op het spreekuur komt en onder behandeling is.`,
        'Huisartsen geven, conform de richtlijnen van de beroepsgroep, geen oordeel over de mogelijkheden om te werken of deel te nemen aan re-integratie. Daarvoor verwijs ik u naar een onafhankelijk (medisch) adviseur. Met toestemming van patiënt kan ik deze adviseur feitelijke medische informatie verstrekken.',
      ]
    : [
        `Ondergetekende, A.M. de Ruiter, huisarts te ${p.city}, verklaart dat ${formal(p)}, geboren op ${dLong(p.birth)}, bij mij bekend is als patiënt.`,
        `Betrokkene is sinds ${dLong(since)} onder behandeling in verband met ${r.pick(COMPLAINTS)}. Er is een behandeltraject gestart, mede in samenwerking met de praktijkondersteuner en ${r.pick(['een fysiotherapeut', 'de POH-GGZ', 'de specialist in het ziekenhuis'])}.`,
        `Naar mijn oordeel is betrokkene op dit moment tijdelijk niet in staat om deel te nemen aan arbeid, een werkervaringsplaats of een ander re-integratietraject. De verwachte duur hiervan is ongeveer ${r.int(2, 6)} maanden. Ik adviseer om daarna opnieuw te beoordelen.`,
        'Deze verklaring is afgegeven op verzoek van betrokkene en is uitsluitend bestemd voor de gemeente Voorbeeld, afdeling Werk en Inkomen. Voor nadere informatie kunt u, met schriftelijke toestemming van betrokkene, contact opnemen via uw medisch adviseur.',
      ];
  const pages = letter({
    r,
    org: DE_LINDE,
    head: 'left',
    to: r.chance(0.5)
      ? ['Gemeente Voorbeeld', 't.a.v. de medisch adviseur Werk en Inkomen', 'Postbus 1234', '1230 AA  Voorbeeld']
      : ['Aan wie het aangaat'],
    date: c.date,
    subject: o.refusesOpinion ? `Verklaring inzake ${p.initials} ${p.last}` : 'MEDISCHE VERKLARING',
    subjectLabel: o.refusesOpinion ? 'Betreft: ' : '',
    body,
    closing: `${p.city}, ${dLong(c.date)}`,
    signer: ['A.M. de Ruiter, huisarts', `AGB-code 01${c.r.digits(6)}`],
    num: 'none',
    extraFirst: [
      { t: 'text', x: A4.w - 66, y: 130, s: 'MEDISCH GEHEIM', f: 'sansB', size: 9, align: 'right', color: '#a00' },
      stamp(
        r.float(300, 420),
        r.float(640, 700),
        ['Huisartsenpraktijk De Linde', 'Lindelaan 2 Voorbeeld', 'tel. 0223 - 30 20 10'],
        r.float(-0.08, 0.08),
        '#2b4b9a',
      ),
    ],
  });
  return mk('medical_statement', p, 'nl', pages, `medische verklaring huisarts${o.refusesOpinion ? ' (geen oordeel)' : ''}`, false);
}

export function ggzLetter(c: DocCtx, o: { num?: NumStyle } = {}): Doc {
  const { r, p } = c;
  const ns = o.num ?? 'paginaXvanN';
  const org: Org = {
    name: 'GGZ Noorderlicht',
    sub: 'Locatie Voorbeeld · volwassenenzorg',
    lines: ['Wilgenlaan 20', '1236 AB Voorbeeld'],
    phone: '0223 - 80 80 80',
    logo: 'circle',
    color: '#6a3d9a',
    place: 'Voorbeeld',
  };
  const pages = letter({
    r,
    org,
    head: 'corp',
    to: ['Gemeente Voorbeeld', 'Werk en Inkomen, t.a.v. de medisch adviseur', 'Postbus 1234', '1230 AA  Voorbeeld'],
    date: c.date,
    refs: [
      ['Betreft', `${p.name}, geb. ${dNum(p.birth)}`],
      ['Patiëntnummer', r.digits(7)],
    ],
    subject: 'Informatie ten behoeve van de beoordeling arbeidsmogelijkheden',
    salutation: 'Geachte collega,',
    body: [
      `Met toestemming van ${p.gender === 'v' ? 'mevrouw' : 'de heer'} ${p.last} (schriftelijke toestemming bijgevoegd) bericht ik u over de behandeling bij onze instelling. U vroeg ons in uw brief om informatie over de diagnose, de behandeling en de prognose.`,
      { h: 'Aanmelding en diagnose' },
      `${p.gender === 'v' ? 'Mevrouw' : 'De heer'} is op ${dLong(addMonths(c.date, -r.int(4, 10)))} door de huisarts verwezen in verband met ${r.pick(['langdurige somberheid, angstklachten en ernstige slaapproblemen', 'herbelevingen, schrikreacties en vermijding na traumatische ervaringen', 'paniekaanvallen en toenemende sociale terugtrekking'])}. Na intake en diagnostisch onderzoek is de volgende classificatie gesteld: ${r.pick(['depressieve stoornis, eenmalige episode, matig', 'posttraumatische stressstoornis', 'paniekstoornis met agorafobie'])}.`,
      { h: 'Behandeling' },
      'Betrokkene volgt sinds de intake wekelijks individuele gesprekken bij een GZ-psycholoog en is daarnaast gestart met medicatie via onze psychiater. De therapietrouw is goed. Er is een geleidelijke verbetering zichtbaar, maar de belastbaarheid is nog beperkt: betrokkene raakt bij drukte en tijdsdruk snel overprikkeld en heeft moeite om afspraken vol te houden.',
      { h: 'Prognose en advies' },
      'Wij verwachten dat de behandeling nog ongeveer zes maanden zal duren. In deze periode achten wij deelname aan betaald werk niet haalbaar. Wel zien wij mogelijkheden voor een kleinschalige, structurerende dagbesteding van enkele dagdelen per week, in overleg met de behandelaar.',
      'Wij adviseren u om eventuele verplichtingen zo veel mogelijk af te stemmen op de behandeling en contact op te nemen voordat er nieuwe verplichtingen worden opgelegd. Voor vragen ben ik bereikbaar via het secretariaat.',
    ],
    closing: 'Met collegiale groet,',
    signer: [
      r.pick(['drs. M. Hoogland', 'E. Kaya, MSc', 'dr. F. Aarts']),
      r.pick(['GZ-psycholoog', 'psychiater', 'regiebehandelaar']),
      `BIG-nummer ${r.digits(11)}`,
    ],
    enclosures: ['toestemmingsverklaring patiënt'],
    num: ns,
    cont: true,
    footer: ['VERTROUWELIJK - Dit bericht bevat medische informatie en is uitsluitend bestemd voor de geadresseerde.'],
  });
  return mk('medical_statement', p, 'nl', pages, 'brief GGZ-behandelaar aan medisch adviseur', ns !== 'none');
}

export function polishMedical(c: DocCtx): Doc {
  const { r, p } = c;
  const from = addDays(c.date, -r.int(30, 60));
  const to = addDays(from, r.int(10, 25));
  const she = p.gender === 'v';
  const ops: Op[] = [];
  ops.push({ t: 'text', x: 60, y: 60, s: 'NZOZ Przychodnia „Zdrowie”', f: 'sansB', size: 11 });
  ops.push({ t: 'text', x: 60, y: 74, s: 'ul. Legnicka 52, 54-203 Wrocław', f: 'sans', size: 9 });
  ops.push({ t: 'text', x: 60, y: 86, s: 'tel. 71 000 00 00 · REGON 930000000', f: 'sans', size: 9 });
  ops.push({ t: 'text', x: A4.w - 60, y: 60, s: `Wrocław, dnia ${dDot(c.date)}`, f: 'sans', size: 10, align: 'right' });
  const f = new Flow(70, A4.w - 70, 60, A4.h - 60, 150);
  f.pages[0] = ops;
  f.text('ZAŚWIADCZENIE LEKARSKIE', { f: 'sansB', size: 15, align: 'center', after: 20 });
  f.paras(
    [
      `Zaświadcza się, że ${she ? 'Pani' : 'Pan'} ${p.name}, ur. ${dDot(p.birth)}, zam. ${p.street}, ${p.postcode} ${p.city} (Holandia), ${she ? 'była leczona' : 'był leczony'} w naszej przychodni w okresie od ${dDot(from)} do ${dDot(to)}.`,
      `Rozpoznanie: ${r.pick(['ostre zapalenie oskrzeli', 'zespół bólowy kręgosłupa lędźwiowego', 'stan po urazie stawu skokowego'])}.`,
      `${she ? 'Pacjentka była niezdolna' : 'Pacjent był niezdolny'} do pracy oraz do podróży w okresie od ${dDot(from)} do ${dDot(to)} włącznie.`,
      'Zaświadczenie wydaje się na prośbę zainteresowanego w celu przedłożenia w urzędzie gminy w Holandii.',
    ],
    { size: 11, lead: 18 },
  );
  f.space(40);
  f.block(90, (b, y) => {
    b.push(stamp(420, y + 20, ['lek. med. Anna Wróbel', 'specjalista medycyny rodzinnej', `nr PWZ ${r.digits(7)}`], -0.05, '#2244aa'));
    b.push(...signature(r, 380, y + 40, 120, 30));
    b.push({ t: 'text', x: 440, y: y + 85, s: 'pieczątka i podpis lekarza', f: 'sans', size: 8, align: 'center' });
  });
  return mk('medical_statement', p, 'pl', [{ ops: f.ops }], 'zaświadczenie lekarskie (Pools)', false);
}

export function hospitalStatement(c: DocCtx): Doc {
  const { r, p } = c;
  const from = addDays(c.date, -r.int(20, 50));
  const to = addDays(from, r.int(2, 12));
  const org: Org = {
    name: 'Voorbeeld Medisch Centrum',
    sub: `Polikliniek ${r.pick(['Orthopedie', 'Interne geneeskunde', 'Longziekten', 'Chirurgie'])}`,
    lines: ['Ziekenhuislaan 1', '1235 ZH Voorbeeld'],
    phone: '0223 - 60 60 60',
    logo: 'cross',
    color: '#00588f',
    place: 'Voorbeeld',
  };
  const pages = letter({
    r,
    org,
    head: 'gov',
    to: toAddr(p),
    date: c.date,
    refs: [
      ['Patiëntnummer', r.digits(8)],
      ['Geboortedatum', dNum(p.birth)],
    ],
    subject: 'Verklaring opname',
    salutation: 'Aan wie het aangaat,',
    body: [
      `Hierbij verklaren wij dat ${formal(p)}, geboren ${dNum(p.birth)}, van ${dLong(from)} tot en met ${dLong(to)} opgenomen is geweest in het Voorbeeld Medisch Centrum.`,
      `Na ontslag volgt ${p.gender === 'v' ? 'patiënte' : 'patiënt'} een herstelperiode van naar verwachting ${r.int(3, 10)} weken, waarin ${p.gender === 'v' ? 'zij' : 'hij'} beperkt belastbaar is. Controle vindt plaats op de polikliniek.`,
      'Deze verklaring wordt op verzoek van patiënt verstrekt en bevat bewust geen medische gegevens.',
    ],
    closing: 'Met vriendelijke groet,',
    signer: ['afdeling Patiëntenadministratie'],
    sign: r.chance(0.5),
    num: 'none',
  });
  return mk('medical_statement', p, 'nl', pages, 'verklaring opname ziekenhuis', false);
}

// ---------------------------------------------------------------------------------------------
// Employment contracts

function parafen(r: Rng, signed: boolean) {
  return (i: number, n: number): Op[] => {
    if (i === n - 1) return [];
    const ops: Op[] = [
      { t: 'text', x: 70, y: A4.h - 52, s: 'Paraaf werkgever', f: 'sans', size: 7, color: '#444' },
      { t: 'rect', x: 140, y: A4.h - 62, w: 46, h: 16, stroke: '#888', lw: 0.5 },
      { t: 'text', x: 200, y: A4.h - 52, s: 'Paraaf werknemer', f: 'sans', size: 7, color: '#444' },
      { t: 'rect', x: 272, y: A4.h - 62, w: 46, h: 16, stroke: '#888', lw: 0.5 },
    ];
    if (signed) {
      ops.push(...signature(r, 146, A4.h - 60, 34, 12, '#1b2a6b'));
      ops.push(...signature(r, 278, A4.h - 60, 34, 12, '#1b2a6b'));
    }
    return ops;
  };
}

function contractBody(f: Flow, articles: [string, string[]][], o: { f?: FontKey; size?: number } = {}) {
  const fb: FontKey = o.f === 'serif' ? 'serifB' : 'sansB';
  articles.forEach(([title, paras], i) => {
    f.heading(`Artikel ${i + 1}  ${title}`, { f: fb, size: (o.size ?? 9.5) + 0.5, before: 4 });
    paras.forEach((s, k) => {
      f.text(s, {
        f: o.f ?? 'sans',
        size: o.size ?? 9.5,
        indent: paras.length > 1 ? 18 : 0,
        label: paras.length > 1 ? `${i + 1}.${k + 1}` : undefined,
        labelW: 22,
        after: 3,
      });
    });
  });
}

function twoSignatures(f: Flow, r: Rng, place: string, date: Day, left: string[], right: string[], signed = true) {
  f.text(`Aldus overeengekomen en in tweevoud opgemaakt en ondertekend te ${place} op ${dLong(date)}.`, { size: 9.5, after: 14 });
  f.block(110, (ops, y) => {
    left.forEach((l, i) => {
      ops.push({ t: 'text', x: f.left, y: y + 10 + i * 12, s: l, f: i === 0 ? 'sansB' : 'sans', size: 9 });
    });
    right.forEach((l, i) => {
      ops.push({ t: 'text', x: f.left + 250, y: y + 10 + i * 12, s: l, f: i === 0 ? 'sansB' : 'sans', size: 9 });
    });
    ops.push({ t: 'line', x1: f.left, y1: y + 96, x2: f.left + 180, y2: y + 96, w: 0.5, dash: [2, 2] });
    ops.push({ t: 'line', x1: f.left + 250, y1: y + 96, x2: f.left + 430, y2: y + 96, w: 0.5, dash: [2, 2] });
    if (signed) {
      ops.push(...signature(r, f.left + 10, y + 58, 130, 34));
      ops.push(...signature(r, f.left + 262, y + 58, 110, 34, '#1b2a6b'));
    }
  });
}

export type ContractKind = 'wilgenhof' | 'flexwerk' | 'damarco' | 'english';

export function employmentContract(c: DocCtx, o: { kind: ContractKind; num?: NumStyle; start?: Day }): Doc {
  const { r, p } = c;
  const start = o.start ?? addDays(c.date, r.int(-20, 10));
  const hours = r.pick([12, 16, 20, 24, 28, 32]);
  const rate = round2(r.float(14.71, 17.5));
  if (o.kind === 'english') {
    const ns = o.num ?? 'pageXofN';
    const f = new Flow(70, A4.w - 70, 60, A4.h - 70, 60);
    f.ops.push(...logoOps('square', 70, 40, '#2f6b2f', 'PF'));
    f.ops.push({ t: 'text', x: 110, y: 58, s: 'Polder Fresh Logistics B.V.', f: 'sansB', size: 12, color: '#2f6b2f' });
    f.y = 100;
    f.text('EMPLOYMENT CONTRACT FOR A FIXED PERIOD', { f: 'sansB', size: 14, after: 10 });
    f.text('The undersigned:', { size: 9.5, after: 4 });
    f.text(
      '1. Polder Fresh Logistics B.V., having its registered office at Havenweg 80, 1231 HX Voorbeeld, represented by Mr. D. Vos, HR manager, hereinafter: "the Employer",',
      { size: 9.5, after: 4 },
    );
    f.text(`2. ${p.name}, born on ${dEn(p.birth)}, residing at ${p.street}, ${p.postcode} ${p.city}, hereinafter: "the Employee",`, {
      size: 9.5,
      after: 4,
    });
    f.text('agree as follows:', { size: 9.5, after: 6 });
    const arts: [string, string[]][] = [
      [
        'Commencement and duration',
        [
          `The Employee enters into employment on ${dEn(start)} for a fixed period of six months. The contract ends by operation of law on ${dEn(addDays(addMonths(start, 6), -1))}.`,
          'There is no probationary period.',
        ],
      ],
      [
        'Position',
        [
          'The Employee is employed as warehouse operative (order picker) at the distribution centre in Voorbeeld. The Employer may assign other suitable work.',
        ],
      ],
      [
        'Working hours',
        [
          `The working week consists of ${hours} hours, in a rotating schedule of early and late shifts between 06:00 and 23:00. Overtime is compensated in accordance with the collective agreement.`,
        ],
      ],
      [
        'Salary',
        [
          `The gross hourly wage is ${eur(rate)}. Salary is paid every four weeks into the bank account designated by the Employee. Holiday allowance is 8% of the gross wage and is paid in May.`,
        ],
      ],
      [
        'Holidays',
        [
          'The Employee is entitled to the statutory number of holiday hours plus the extra hours granted under the collective agreement, in proportion to the working hours.',
        ],
      ],
      [
        'Illness',
        [
          'In case of illness the Employee must report sick to the team leader before 07:00 on the first day, by telephone. The Employee continues to receive 70% of the wage, supplemented in accordance with the collective agreement.',
        ],
      ],
      ['Collective agreement', ['The collective labour agreement for Transport and Logistics applies to this contract.']],
      [
        'Language',
        [
          'This contract has been drawn up in English at the request of the Employee. In case of a dispute about its interpretation, the Dutch version, which is available on request, prevails.',
        ],
      ],
    ];
    arts.forEach(([t, ps], i) => {
      f.heading(`Article ${i + 1} - ${t}`, { size: 10 });
      for (const s of ps) f.text(s, { size: 9.5, after: 3 });
    });
    f.space(10);
    twoSignatures(f, r, 'Voorbeeld', addDays(start, -r.int(2, 8)), ['The Employer', 'D. Vos, HR manager'], ['The Employee', p.name]);
    const n = f.pages.length;
    return mk(
      'employment_contract',
      p,
      'en',
      f.pages.map((ops, i) => ({ ops: [...ops, ...numberOps(ns, 'bottom-right', i, n)] })),
      'arbeidsovereenkomst (Engels), Polder Fresh Logistics',
      ns !== 'none',
    );
  }
  if (o.kind === 'damarco') {
    // typed by the owner in a word processor: no letterhead, no page numbers
    const f = new Flow(72, A4.w - 72, 70, A4.h - 70, 64);
    for (const l of ['Pizzeria Da Marco', 'Marktplein 9', '1233 WA Voorbeeld', 'KvK 72345678']) f.text(l, { f: 'serif', size: 11 });
    f.space(24);
    f.text('OPROEPOVEREENKOMST', { f: 'serifB', size: 14, after: 12 });
    const P = (s: string) => f.text(s, { f: 'serif', size: 11.5, after: 8 });
    const H = (s: string) => f.text(s, { f: 'serifB', size: 11.5, after: 2 });
    P(
      `Partijen: Pizzeria Da Marco, eigenaar M. Russo (hierna: werkgever) en ${p.name}, geboren ${dNum(p.birth)}, wonende ${p.street} te ${p.city} (hierna: werknemer).`,
    );
    H('1. Ingang');
    P(`Deze overeenkomst gaat in op ${dNum(start)} en geldt voor onbepaalde tijd. De eerste maand is proeftijd.`);
    H('2. Werk');
    P(
      `Werknemer werkt als ${r.pick(['bezorger (scooter van de zaak)', 'keukenhulp', 'medewerker bediening'])}. Werknemer wordt opgeroepen als er werk is. Er is geen vast aantal uren. Een oproep is minimaal 3 uur. Oproepen gebeuren minstens 4 dagen van tevoren via WhatsApp.`,
    );
    H('3. Loon');
    P(
      `Het loon is ${eur(14.71)} bruto per uur plus 8% vakantiegeld. Uitbetaling per maand. Fooi wordt eerlijk verdeeld en valt niet onder het loon.`,
    );
    H('4. Overig');
    P(
      'Werknemer houdt zich aan de hygiëneregels en draagt de bedrijfskleding. Ziekmelden vóór 12.00 uur telefonisch bij Marco. De cao Horeca is van toepassing.',
    );
    P('Na 12 maanden doet de werkgever een aanbod voor een vast aantal uren, gebaseerd op het gemiddelde van het afgelopen jaar.');
    f.space(6);
    twoSignatures(f, r, 'Voorbeeld', addDays(start, -2), ['Werkgever', 'M. Russo'], ['Werknemer', p.name]);
    const n = f.pages.length;
    const ns = o.num ?? 'none';
    return mk(
      'employment_contract',
      p,
      'nl',
      f.pages.map((ops, i) => ({ ops: [...ops, ...numberOps(ns, 'bottom-center', i, n)] })),
      'oproepovereenkomst Pizzeria Da Marco',
      ns !== 'none',
    );
  }
  const flex = o.kind === 'flexwerk';
  const ns = o.num ?? (flex ? 'XslashN' : 'paginaXvanN');
  const f = new Flow(70, A4.w - 70, 60, A4.h - 78, 60);
  if (flex) {
    f.ops.push(...logoOps('circle', 70, 40, '#d35400', 'FW'));
    f.ops.push({ t: 'text', x: 110, y: 54, s: 'FlexWerk Uitzendbureau B.V.', f: 'sansB', size: 12, color: '#d35400' });
    f.ops.push({ t: 'text', x: 110, y: 66, s: 'Industrieweg 12, 1231 BK Voorbeeld · KvK 61234987', f: 'sans', size: 7.5 });
    f.y = 100;
    f.text('UITZENDOVEREENKOMST MET UITZENDBEDING (FASE A)', { f: 'sansB', size: 13, after: 8 });
  } else {
    f.ops.push(...logoOps('house', 70, 36, '#5b3c88'));
    f.ops.push({ t: 'text', x: 112, y: 54, s: 'Zorgcentrum De Wilgenhof', f: 'sansB', size: 13, color: '#5b3c88' });
    f.y = 100;
    f.text('ARBEIDSOVEREENKOMST VOOR BEPAALDE TIJD', { f: 'sansB', size: 13, after: 8 });
  }
  f.text('De ondergetekenden:', { size: 9.5, after: 4 });
  f.text(
    flex
      ? '1. FlexWerk Uitzendbureau B.V., gevestigd te Voorbeeld, hierna te noemen: "het uitzendbureau";'
      : '1. Stichting Zorg Voorbeeld e.o., handelend onder de naam Zorgcentrum De Wilgenhof, gevestigd te Voorbeeld, rechtsgeldig vertegenwoordigd door mevrouw I. Brinkman, manager P&O, hierna te noemen: "werkgever";',
    { size: 9.5, indent: 14, after: 3 },
  );
  f.text(
    `2. ${formal(p)}, geboren op ${dLong(p.birth)}, wonende ${p.street}, ${p.postcode} ${p.city}, BSN ${p.bsn}, hierna te noemen: "${flex ? 'de uitzendkracht' : 'werknemer'}";`,
    {
      size: 9.5,
      indent: 14,
      after: 6,
    },
  );
  f.text('komen het volgende overeen:', { size: 9.5, after: 4 });
  const end = addDays(addMonths(start, flex ? 3 : r.pick([6, 7, 12])), -1);
  const articles: [string, string[]][] = flex
    ? [
        [
          'Terbeschikkingstelling',
          [
            `De uitzendkracht wordt met ingang van ${dLong(start)} ter beschikking gesteld aan ${r.pick(['Distributiecentrum Polderpoort', 'Kwekerij Van Wijk', 'Vleeswaren Noord B.V.'])} (de inlener) in de functie van ${r.pick(['orderpicker', 'productiemedewerker', 'inpakker'])}.`,
          ],
        ],
        [
          'Uitzendbeding',
          [
            'Deze overeenkomst eindigt van rechtswege op het moment dat de terbeschikkingstelling op verzoek van de inlener eindigt. Het uitzendbeding is van toepassing zolang de uitzendkracht in fase A werkzaam is.',
            'De uitzendkracht kan de overeenkomst op elk moment beëindigen met inachtneming van een termijn van één werkdag.',
          ],
        ],
        [
          'Arbeidsduur en beloning',
          [
            `De gemiddelde arbeidsduur bedraagt ${hours} uur per week, afhankelijk van het aanbod van werk. Het bruto uurloon bedraagt ${eur(rate)} conform de inlenersbeloning.`,
            'Vakantiegeld, vakantiedagen en kort verzuim worden gereserveerd en uitbetaald volgens de ABU-cao.',
          ],
        ],
        ['Ziekte', ['Bij ziekte meldt de uitzendkracht zich vóór 9.00 uur ziek bij zowel de inlener als het uitzendbureau.']],
        ['Toepasselijke cao', ['Op deze overeenkomst is de ABU-cao voor uitzendkrachten van toepassing.']],
      ]
    : [
        [
          'Indiensttreding en duur',
          [
            `Werknemer treedt met ingang van ${dLong(start)} in dienst van werkgever voor bepaalde tijd. De arbeidsovereenkomst eindigt van rechtswege op ${dLong(end)}, zonder dat opzegging is vereist.`,
            'Werkgever laat werknemer uiterlijk een maand voor het einde van de overeenkomst schriftelijk weten of de overeenkomst wordt voortgezet.',
          ],
        ],
        [
          'Proeftijd',
          [
            'Er geldt een proeftijd van één maand. Gedurende de proeftijd kunnen beide partijen de overeenkomst met onmiddellijke ingang opzeggen.',
          ],
        ],
        [
          'Functie',
          [
            `Werknemer wordt aangesteld in de functie van ${r.pick(['medewerker facilitair', 'helpende zorg en welzijn', 'medewerker keuken', 'gastvrouw'])}, ingedeeld in FWG ${r.int(15, 30)}. Werknemer verricht ook andere passende werkzaamheden als daarom wordt gevraagd.`,
          ],
        ],
        [
          'Arbeidsduur',
          [
            `De arbeidsduur bedraagt ${hours} uur per week, verdeeld volgens rooster. Werknemer kan worden ingeroosterd op avonden, in het weekend en op feestdagen.`,
          ],
        ],
        [
          'Salaris',
          [
            `Het salaris bedraagt ${eur(round2(rate * hours * 4.33))} bruto per maand bij de genoemde arbeidsduur, conform de salarisschaal van de cao.`,
            'Werknemer ontvangt een vakantietoeslag van 8% en een eindejaarsuitkering van 8,33% van het jaarsalaris.',
          ],
        ],
        ['Vakantie', ['Werknemer heeft recht op vakantie-uren naar rato van de arbeidsduur, zoals vastgelegd in de cao.']],
        [
          'Pensioen',
          [
            'Werknemer neemt deel aan de pensioenregeling van Pensioenfonds Zorg Voorbeeld. Het werknemersdeel van de premie wordt op het salaris ingehouden.',
          ],
        ],
        [
          'Ziekte',
          [
            'Bij ziekte meldt werknemer zich volgens het verzuimprotocol vóór aanvang van de dienst telefonisch ziek bij de leidinggevende.',
          ],
        ],
        [
          'Geheimhouding',
          [
            'Werknemer is verplicht tot geheimhouding van alles wat hem of haar over cliënten en hun naasten ter kennis komt, ook na het einde van de arbeidsovereenkomst.',
          ],
        ],
        ['Cao', ['Op deze arbeidsovereenkomst is de cao Verpleeg-, Verzorgingshuizen en Thuiszorg van toepassing.']],
      ];
  contractBody(f, articles);
  f.space(12);
  twoSignatures(
    f,
    r,
    'Voorbeeld',
    addDays(start, -r.int(3, 12)),
    flex ? ['FlexWerk Uitzendbureau B.V.', 'namens deze: vestigingsmanager'] : ['Werkgever', 'I. Brinkman, manager P&O'],
    [flex ? 'Uitzendkracht' : 'Werknemer', p.name],
  );
  const n = f.pages.length;
  const every = flex ? () => [] : parafen(r, r.chance(0.7));
  return mk(
    'employment_contract',
    p,
    'nl',
    f.pages.map((ops, i) => ({ ops: [...ops, ...every(i, n), ...numberOps(ns, 'bottom-right', i, n)] })),
    flex ? 'uitzendovereenkomst FlexWerk' : 'arbeidsovereenkomst bepaalde tijd De Wilgenhof',
    ns !== 'none',
  );
}

// ---------------------------------------------------------------------------------------------
// Rental

const HET_ANKER: Org = {
  name: 'Woonstichting Het Anker',
  lines: ['Havenkade 1', '1231 GA Voorbeeld'],
  phone: '0223 - 50 50 50',
  web: 'www.hetanker-wonen.example',
  logo: 'house',
  color: '#b03a2e',
  place: 'Voorbeeld',
};

export function rentalContract(c: DocCtx, o: { num?: NumStyle; numPos?: NumPos; start?: Day; street?: string } = {}): Doc {
  const { r, p } = c;
  const ns = o.num ?? r.pick<NumStyle>(['paginaXvanN', 'none', 'bladX']);
  const start = o.start ?? addDays(c.date, r.int(-10, 30));
  const rent = round2(r.float(560, 860));
  const service = round2(r.float(18, 65));
  const street = o.street ?? p.street;
  const f = new Flow(66, A4.w - 66, 60, A4.h - 80, 60);
  f.ops.push(...logoOps('house', 66, 36, HET_ANKER.color));
  f.ops.push({ t: 'text', x: 106, y: 54, s: HET_ANKER.name, f: 'sansB', size: 13, color: HET_ANKER.color });
  f.ops.push({ t: 'text', x: 106, y: 66, s: 'Havenkade 1 · 1231 GA Voorbeeld · KvK 41012345', f: 'sans', size: 7.5 });
  f.y = 96;
  f.text('HUUROVEREENKOMST ZELFSTANDIGE WOONRUIMTE', { f: 'sansB', size: 13, after: 4 });
  f.text(`Contractnummer ${r.digits(6)}-${r.digits(2)}`, { size: 8.5, after: 10 });
  f.text('De ondergetekenden:', { size: 9.5, after: 3 });
  f.text('Woonstichting Het Anker, gevestigd te Voorbeeld, hierna te noemen "verhuurder",', { size: 9.5, indent: 14, after: 3 });
  f.text(`en ${formal(p)}, geboren ${dLong(p.birth)}, hierna te noemen "huurder",`, { size: 9.5, indent: 14, after: 3 });
  f.text('zijn het volgende overeengekomen:', { size: 9.5, after: 4 });
  const articles: [string, string[]][] = [
    [
      'Het gehuurde',
      [
        `Verhuurder verhuurt aan huurder en huurder huurt van verhuurder de zelfstandige woonruimte, plaatselijk bekend als ${street}, ${p.postcode} ${p.city}, hierna te noemen "het gehuurde".`,
        'Het gehuurde wordt aan huurder verhuurd om uitsluitend te worden gebruikt als woonruimte voor huurder en zijn/haar huishouden.',
        'Bij het begin van de huur wordt een door partijen ondertekend opnamerapport opgesteld, dat deel uitmaakt van deze overeenkomst.',
      ],
    ],
    [
      'Duur',
      [
        `Deze overeenkomst gaat in op ${dLong(start)} en is aangegaan voor onbepaalde tijd.`,
        'Huurder kan de huur opzeggen met een opzegtermijn van ten minste één maand. Opzegging door verhuurder kan alleen op de gronden die in de wet zijn genoemd.',
      ],
    ],
    [
      'Huurprijs en servicekosten',
      [
        `De huurprijs bedraagt bij aanvang ${eur(rent)} per maand (kale huur). Voor de levering van zaken en diensten betaalt huurder een voorschot servicekosten van ${eur(service)} per maand.`,
        `Het totaal per maand bedraagt daarmee ${eur(rent + service)}. De betalingsverplichting van huurder per maand bestaat uit de huurprijs en het voorschot op de servicekosten.`,
        'Verhuurder kan de huurprijs jaarlijks per 1 juli wijzigen, met inachtneming van de wettelijke regels.',
      ],
    ],
    [
      'Betaling',
      [
        'De totale betalingsverplichting dient vóór de eerste dag van de maand te worden voldaan. Wij adviseren huurder een automatische incasso af te geven.',
        'Huurder kan zich niet beroepen op verrekening, tenzij de wet dat toestaat.',
      ],
    ],
    [
      'Servicekosten',
      [
        'De servicekosten betreffen: schoonmaak van gemeenschappelijke ruimten, elektra algemene ruimten, onderhoud van de groenvoorziening en de glasverzekering.',
        'Verhuurder verstrekt jaarlijks een overzicht van de werkelijk gemaakte kosten. Te veel betaalde voorschotten worden terugbetaald; tekorten worden in rekening gebracht.',
      ],
    ],
    [
      'Gebruik en onderhoud',
      [
        'Huurder zal het gehuurde zelf bewonen en daarin zijn hoofdverblijf hebben. Onderverhuur is niet toegestaan zonder voorafgaande schriftelijke toestemming van verhuurder.',
        'Kleine herstellingen komen voor rekening van huurder, zoals vermeld in het Besluit kleine herstellingen.',
        'Huurder zal geen overlast veroorzaken voor omwonenden.',
      ],
    ],
    [
      'Algemene bepalingen',
      [
        'Van deze overeenkomst maken deel uit de Algemene Huurvoorwaarden Woonstichting Het Anker 2024, waarvan huurder een exemplaar heeft ontvangen.',
        'In geval van strijdigheid tussen deze overeenkomst en de algemene voorwaarden gaat deze overeenkomst voor.',
      ],
    ],
    [
      'Bijzondere bepalingen',
      [
        'Huurder heeft kennisgenomen van de energieprestatie van het gehuurde (label B).',
        r.pick([
          'In het gehuurde is een rookmelder aanwezig. Huurder test deze iedere maand.',
          'Het houden van huisdieren is toegestaan, mits geen overlast wordt veroorzaakt.',
          'Huurder verklaart het gehuurde in goede staat te hebben aanvaard.',
        ]),
      ],
    ],
  ];
  contractBody(f, articles, { size: 10 });
  f.space(10);
  twoSignatures(f, r, 'Voorbeeld', addDays(start, -r.int(2, 10)), ['Verhuurder', 'namens Woonstichting Het Anker'], ['Huurder', p.name]);
  const n = f.pages.length;
  const every = parafen(r, true);
  return mk(
    'rental_agreement',
    p,
    'nl',
    f.pages.map((ops, i) => ({
      ops: [
        ...ops,
        ...every(i, n),
        { t: 'text', x: A4.w - 66, y: A4.h - 52, s: 'HA-HO-ZW v2024.2', f: 'sans', size: 6.5, align: 'right', color: '#777' },
        ...numberOps(ns, o.numPos ?? 'bottom-center', i, n),
      ],
    })),
    'huurovereenkomst Het Anker',
    ns !== 'none',
  );
}

export function rentIncrease(c: DocCtx, o: { num?: NumStyle } = {}): Doc {
  const { r, p } = c;
  const year = c.date.getUTCFullYear() - (c.date.getUTCMonth() < 4 ? 1 : 0);
  const cur = round2(r.float(540, 840));
  const pct = r.pick([4, 4.5, 5, 5.5]);
  const ns = o.num ?? 'none';
  const pages = letter({
    r,
    org: HET_ANKER,
    head: 'corp',
    to: toAddr(p),
    date: day0(year, 4, r.int(20, 30)),
    refs: [
      ['Huurcontractnummer', `${r.digits(6)}-${r.digits(2)}`],
      ['Adres woning', p.street],
    ],
    subject: `Voorstel huurverhoging per 1 juli ${year}`,
    salutation: geachte(p),
    body: [
      `Ieder jaar mogen verhuurders de huur verhogen. Het Anker verhoogt de huur van uw woning per 1 juli ${year} met ${String(pct).replace('.', ',')}%. In deze brief leest u wat dit voor u betekent.`,
      {
        table: {
          cols: [
            { w: 280, head: '' },
            { w: 90, head: 'Nu', align: 'right' },
            { w: 90, head: 'Per 1 juli', align: 'right' },
          ],
          rows: [
            ['Kale huur', eur(cur), eur(cur * (1 + pct / 100))],
            ['Servicekosten (voorschot)', eur(34.5), eur(34.5)],
            ['Totaal per maand', eur(cur + 34.5), eur(cur * (1 + pct / 100) + 34.5)],
          ],
          bold: [2],
        },
      },
      'Heeft u huurtoeslag? Dan geeft de Belastingdienst de nieuwe huur automatisch door aan Toeslagen. U hoeft daarvoor niets te doen. Betaalt u via automatische incasso, dan passen wij het bedrag automatisch aan.',
      { h: 'Bent u het niet eens met de huurverhoging?' },
      `Dan kunt u vóór 1 juli ${year} bezwaar maken bij ons. Gebruik daarvoor het bezwaarformulier van de Huurcommissie. Neemt u bij vragen eerst contact met ons op; vaak kunnen we het samen oplossen.`,
      { h: 'Moeite met betalen?' },
      'Neem dan op tijd contact met ons op. Wij denken graag met u mee over een betalingsregeling of verwijzen u naar hulp bij geldzaken.',
    ],
    closing: 'Met vriendelijke groet,',
    signer: ['Woonstichting Het Anker', 'afdeling Verhuur'],
    sign: false,
    num: ns,
    footer: ['Woonstichting Het Anker · Havenkade 1 · 1231 GA Voorbeeld · www.hetanker-wonen.example · 0223 - 50 50 50'],
  });
  return mk('rental_agreement', p, 'nl', pages, `huurverhoging per 1 juli ${year}`, ns !== 'none');
}

function day0(y: number, m: number, d: number): Day {
  return new Date(Date.UTC(y, m - 1, d));
}

export function roomRentalEnglish(c: DocCtx): Doc {
  const { r, p } = c;
  const start = addDays(c.date, -r.int(20, 90));
  const f = new Flow(64, A4.w - 64, 60, A4.h - 64, 60);
  f.ops.push(...logoOps('square', 64, 40, '#205080', 'SF'));
  f.ops.push({ t: 'text', x: 102, y: 56, s: 'StayFlex Housing B.V.', f: 'sansB', size: 12, color: '#205080' });
  f.ops.push({ t: 'text', x: 102, y: 68, s: 'Housing for international workers · Stationsweg 2, 1235 AA Voorbeeld', f: 'sans', size: 7.5 });
  f.y = 100;
  f.text('ROOM RENTAL AGREEMENT / HUUROVEREENKOMST KAMER', { f: 'sansB', size: 13, after: 10 });
  f.kv(
    [
      ['Landlord', 'StayFlex Housing B.V., Voorbeeld'],
      ['Tenant', `${p.name}, born ${dEn(p.birth)}`],
      ['Address of the room', `Spoorlaan 12, room ${r.int(1, 9)}, 1233 PT Voorbeeld`],
      ['Shared facilities', 'kitchen, bathroom, toilet, living room (with 5 other tenants)'],
      ['Start date', dEn(start)],
      ['Rent per week', eur(r.int(120, 165))],
      ['Deposit', eur(r.int(300, 500))],
    ],
    { size: 9.5, labelW: 150 },
  );
  f.space(8);
  const rules = [
    'The rent is all-in: it includes gas, water, electricity, internet and furniture. The rent is paid weekly and may be deducted from the salary by the employment agency if the tenant agrees in writing.',
    'The agreement is entered into for an indefinite period. The tenant may terminate with a notice period of one week. The landlord may terminate with a notice period of four weeks.',
    'The tenant may not sublet the room or allow other persons to stay overnight without permission of the landlord.',
    'The tenant keeps the room and the shared areas clean and follows the house rules, which are attached to this agreement.',
    'Smoking, drugs and loud noise after 22:00 are not allowed in the house.',
    'The deposit will be returned within 14 days after the end of the agreement, minus costs for damage or cleaning, if any.',
    'The tenant is allowed to register at this address in the Personal Records Database (BRP) of the municipality.',
    'Dutch law applies to this agreement.',
  ];
  rules.forEach((s, i) => {
    f.text(s, { size: 9.5, indent: 18, label: `${i + 1}.`, labelW: 18, after: 5 });
  });
  f.space(8);
  twoSignatures(f, r, 'Voorbeeld', start, ['Landlord', 'StayFlex Housing B.V.'], ['Tenant', p.name]);
  const n = f.pages.length;
  return mk(
    'rental_agreement',
    p,
    'en',
    f.pages.map((ops, i) => ({ ops: [...ops, ...numberOps('pageXofN', 'bottom-right', i, n)] })),
    'kamerhuurovereenkomst (Engels), StayFlex',
    true,
  );
}

// ---------------------------------------------------------------------------------------------
// Identity documents (photocopies)

const mrzChar = (ch: string) => (ch === '<' ? 0 : /\d/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 55);
export function mrzCheck(s: string): string {
  const w = [7, 3, 1];
  let sum = 0;
  for (let i = 0; i < s.length; i++) sum += mrzChar(s[i]!) * w[i % 3]!;
  return String(sum % 10);
}
const ascii = (s: string) =>
  s
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .replace(/ı/g, 'i')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/[^A-Z ]/g, ' ')
    .trim();
const mrzName = (last: string, first: string, n: number) => {
  const s = `${ascii(last).replace(/ +/g, '<')}<<${ascii(first).replace(/ +/g, '<')}`;
  return (s + '<'.repeat(n)).slice(0, n);
};
const yymmdd = (d: Day) =>
  `${String(d.getUTCFullYear()).slice(2)}${String(d.getUTCMonth() + 1).padStart(2, '0')}${String(d.getUTCDate()).padStart(2, '0')}`;
const docNumber = (r: Rng) => {
  const L = 'ABCDEFGHIJKLMNPRSTUVWXYZ';
  const A = `${L}0123456789`;
  let s = L[r.int(0, L.length - 1)]! + L[r.int(0, L.length - 1)]!;
  for (let i = 0; i < 6; i++) s += A[r.int(0, A.length - 1)]!;
  return s + String(r.int(0, 9));
};
const idDate = (d: Day) =>
  `${String(d.getUTCDate()).padStart(2, '0')} ${['JAN', 'FEB', 'MAA', 'APR', 'MEI', 'JUN', 'JUL', 'AUG', 'SEP', 'OKT', 'NOV', 'DEC'][d.getUTCMonth()]}/${['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'][d.getUTCMonth()]} ${d.getUTCFullYear()}`;

function photo(x: number, y: number, w: number, h: number, r: Rng): Op[] {
  const tone = r.pick(['#777', '#666', '#888']);
  return [
    { t: 'rect', x, y, w, h, fill: '#cfcfcf' },
    { t: 'ellipse', cx: x + w / 2, cy: y + h * 0.4, rx: w * 0.26, ry: h * 0.24, fill: tone },
    {
      t: 'poly',
      pts: [
        [x + w * 0.08, y + h],
        [x + w * 0.18, y + h * 0.72],
        [x + w * 0.5, y + h * 0.64],
        [x + w * 0.82, y + h * 0.72],
        [x + w * 0.92, y + h],
      ],
      closed: true,
      fill: tone,
    },
    { t: 'ellipse', cx: x + w / 2, cy: y + h * 0.3, rx: w * 0.28, ry: h * 0.13, fill: r.pick(['#333', '#444', '#555']) },
  ];
}

function guilloche(x: number, y: number, w: number, h: number): Op[] {
  const ops: Op[] = [];
  for (let k = 0; k < 9; k++) {
    const pts: [number, number][] = [];
    for (let i = 0; i <= 40; i++) pts.push([x + (w * i) / 40, y + h * (0.1 + k * 0.1) + Math.sin(i / 3 + k) * 4]);
    ops.push({ t: 'poly', pts, stroke: '#c9c9c9', lw: 0.4 });
  }
  return ops;
}

export type IdKind = 'idcard' | 'passport' | 'residence';

export function identityCopy(c: DocCtx, o: { kind: IdKind; watermark?: boolean; maskBsn?: boolean; nationality?: string }): Doc {
  const { r, p } = c;
  const ops: Op[] = [];
  const issue = addMonths(c.date, -r.int(6, 80));
  const expiry = addMonths(issue, o.kind === 'residence' ? 60 : 120);
  const dn = docNumber(r);
  const sex = p.gender === 'v' ? 'V/F' : 'M/M';
  const mrzSex = p.gender === 'v' ? 'F' : 'M';
  const byLang: Record<Lang, string> = { nl: 'NLD', tr: 'TUR', pl: 'POL', ar: 'SYR', en: 'ERI' };
  const nat = o.nationality ?? (o.kind === 'idcard' ? 'NLD' : o.kind === 'residence' && p.language === 'nl' ? 'SYR' : byLang[p.language]);
  const natName: Record<string, string> = {
    NLD: 'Nederlandse',
    ERI: 'Eritrese',
    SYR: 'Syrische',
    TUR: 'Turkse',
    POL: 'Poolse',
    UKR: 'Oekraïense',
  };
  const mono: FontKey = 'mono';
  if (o.kind === 'passport') {
    const x = 110;
    const y = 120;
    const w = 380;
    const h = 268;
    ops.push({ t: 'rect', x: x - 6, y: y - 250, w: w + 12, h: h + 256, fill: '#f4f4f4', stroke: '#999', lw: 0.5 });
    ops.push(...guilloche(x, y - 240, w, 230));
    ops.push({ t: 'line', x1: x - 6, y1: y - 2, x2: x + w + 6, y2: y - 2, w: 1.5, color: '#888' });
    ops.push({ t: 'rect', x, y, w, h, fill: '#eeeeee', stroke: '#777', lw: 0.6 });
    ops.push(...guilloche(x, y, w, h));
    const country =
      {
        NLD: 'KONINKRIJK DER NEDERLANDEN',
        TUR: 'TÜRKİYE CUMHURİYETİ',
        POL: 'RZECZPOSPOLITA POLSKA',
        SYR: 'SYRIAN ARAB REPUBLIC',
        ERI: 'STATE OF ERITREA',
        UKR: 'UKRAINE / УКРАЇНА',
      }[nat] ?? nat;
    ops.push({ t: 'text', x: x + w / 2, y: y + 20, s: country, f: 'sansB', size: 10, align: 'center' });
    ops.push({
      t: 'text',
      x: x + w / 2,
      y: y + 34,
      s: nat === 'NLD' ? 'PASPOORT / PASSPORT' : 'PASAPORT / PASSPORT / PASZPORT',
      f: 'sans',
      size: 8,
      align: 'center',
    });
    ops.push(...photo(x + 14, y + 48, 96, 124, r));
    const fields: [string, string][] = [
      ['Type / Type', 'P'],
      ['Code / Code', nat],
      ['Documentnr. / Passport No.', dn],
      ['Naam / Surname', ascii(p.last)],
      ['Voornamen / Given names', ascii(p.first)],
      ['Nationaliteit / Nationality', natName[nat] ?? nat],
      ['Geboortedatum / Date of birth', dNum(p.birth).replace(/-/g, ' ')],
      ['Geslacht / Sex', sex],
      ['Datum van afgifte / Date of issue', dNum(issue).replace(/-/g, ' ')],
      ['Geldig tot / Date of expiry', dNum(expiry).replace(/-/g, ' ')],
    ];
    fields.forEach(([k, v], i) => {
      const fx = x + 124 + (i < 3 ? i * 80 : 0);
      const fy = i < 3 ? y + 56 : y + 56 + (i - 2) * 22;
      ops.push({ t: 'text', x: fx, y: fy, s: k, f: 'sans', size: 5.5, color: '#555' });
      ops.push({ t: 'text', x: fx, y: fy + 9, s: v, f: 'sansB', size: 8 });
    });
    const l1 = (`P<${nat}${mrzName(p.last, p.first, 39)}` + '<'.repeat(44)).slice(0, 44);
    const pn = nat === 'NLD' ? `${p.bsn}<<<<<` : `${r.digits(11)}<<<`;
    const part = `${dn}${mrzCheck(dn)}${nat}${yymmdd(p.birth)}${mrzCheck(yymmdd(p.birth))}${mrzSex}${yymmdd(expiry)}${mrzCheck(yymmdd(expiry))}${pn}${mrzCheck(pn)}`;
    const comp = `${dn}${mrzCheck(dn)}${yymmdd(p.birth)}${mrzCheck(yymmdd(p.birth))}${yymmdd(expiry)}${mrzCheck(yymmdd(expiry))}${pn}${mrzCheck(pn)}`;
    const l2 = part + mrzCheck(comp);
    ops.push({ t: 'text', x: x + 12, y: y + h - 28, s: l1, f: mono, size: 11.2 });
    ops.push({ t: 'text', x: x + 12, y: y + h - 12, s: l2, f: mono, size: 11.2 });
  } else {
    const W = 243 * 1.3;
    const H = 153 * 1.3;
    const x = (A4.w - W) / 2;
    const y1 = 110;
    const y2 = 420;
    const residence = o.kind === 'residence';
    for (const y of [y1, y2]) {
      ops.push({ t: 'rect', x, y, w: W, h: H, fill: '#efefef', stroke: '#666', lw: 0.6, radius: 12 });
      ops.push(...guilloche(x + 6, y + 6, W - 12, H - 12));
    }
    ops.push({ t: 'text', x: x + 14, y: y1 + 18, s: 'KONINKRIJK DER NEDERLANDEN', f: 'sansB', size: 8 });
    ops.push({ t: 'text', x: x + 14, y: y1 + 28, s: 'KINGDOM OF THE NETHERLANDS', f: 'sans', size: 6.5 });
    ops.push({
      t: 'text',
      x: x + W - 14,
      y: y1 + 18,
      s: residence ? 'VERBLIJFSDOCUMENT' : 'IDENTITEITSKAART',
      f: 'sansB',
      size: 8,
      align: 'right',
    });
    ops.push({
      t: 'text',
      x: x + W - 14,
      y: y1 + 28,
      s: residence ? 'RESIDENCE PERMIT' : 'IDENTITY CARD',
      f: 'sans',
      size: 6.5,
      align: 'right',
    });
    ops.push(...photo(x + 14, y1 + 38, 80, 104, r));
    const fields: [string, string][] = residence
      ? [
          ['Naam / Name', ascii(p.last)],
          ['Voornamen / Given names', ascii(p.first)],
          ['Geboortedatum / Date of birth', dNum(p.birth).replace(/-/g, ' ')],
          ['Nationaliteit / Nationality', natName[nat] ?? nat],
          ['Soort verblijfsvergunning / Type of permit', r.pick(['ASIEL BEPAALDE TIJD', 'REGULIER BEPAALDE TIJD'])],
          ['Geldig tot / Date of expiry', idDate(expiry)],
          ['Documentnummer / Document No.', dn],
        ]
      : [
          ['Naam / Surname', ascii(p.last)],
          ['Voornamen / Given names', ascii(p.first)],
          ['Geslacht / Sex', sex],
          ['Nationaliteit / Nationality', 'Nederlandse'],
          ['Geboortedatum / Date of birth', idDate(p.birth)],
          ['Documentnummer / Document No.', dn],
          ['Geldig tot / Date of expiry', idDate(expiry)],
        ];
    fields.forEach(([k, v], i) => {
      ops.push({ t: 'text', x: x + 104, y: y1 + 46 + i * 20, s: k, f: 'sans', size: 5.5, color: '#555' });
      ops.push({ t: 'text', x: x + 104, y: y1 + 55 + i * 20, s: v, f: 'sansB', size: 7.5 });
    });
    ops.push(...signature(r, x + 20, y1 + H - 44, 60, 18, '#222'));
    // back side
    const back: [string, string][] = residence
      ? [
          ['V-nummer', r.digits(10)],
          ['Opmerkingen / Remarks', r.pick(['ARBEID VRIJ TOEGESTAAN. TWV NIET VEREIST', 'ARBEID TOEGESTAAN'])],
          ['Datum van afgifte / Date of issue', idDate(issue)],
          ['Autoriteit / Authority', 'IND'],
        ]
      : [
          ['Persoonsnummer / Personal No.', o.maskBsn ? '' : fmtDots(p.bsn)],
          ['Geboorteplaats / Place of birth', r.pick(['Voorbeeld', 'Amsterdam', 'Paramaribo', 'Rotterdam', 'Den Haag'])],
          ['Datum van afgifte / Date of issue', idDate(issue)],
          ['Autoriteit / Authority', 'Burgemeester van Voorbeeld'],
        ];
    back.forEach(([k, v], i) => {
      ops.push({ t: 'text', x: x + 16, y: y2 + 20 + i * 19, s: k, f: 'sans', size: 5.5, color: '#555' });
      ops.push({ t: 'text', x: x + 16, y: y2 + 29 + i * 19, s: v, f: 'sansB', size: 7.5 });
    });
    if (o.maskBsn) ops.push({ t: 'rect', x: x + 14, y: y2 + 22, w: 110, h: 10, fill: '#111' });
    const code = residence ? 'IR' : 'I<';
    const opt = residence ? '<<<<<<<<<<<<<<<' : `${o.maskBsn ? '<<<<<<<<<' : p.bsn}<<<<<<`;
    const l1 = `${code}NLD${dn}${mrzCheck(dn)}${opt}`.slice(0, 30).padEnd(30, '<');
    const l2core = `${yymmdd(p.birth)}${mrzCheck(yymmdd(p.birth))}${mrzSex}${yymmdd(expiry)}${mrzCheck(yymmdd(expiry))}${residence ? nat : 'NLD'}<<<<<<<<<<<`;
    const l2 = l2core + mrzCheck(l1.slice(5) + l2core.slice(0, 7) + l2core.slice(8, 15) + l2core.slice(18, 29));
    const l3 = mrzName(p.last, p.first, 30);
    [l1, l2, l3].forEach((l, i) => {
      ops.push({ t: 'text', x: x + 14, y: y2 + H - 48 + i * 16, s: l, f: mono, size: 12.4 });
    });
    if (o.maskBsn)
      ops.push({
        t: 'rect',
        x: x + 14 + tw('I<NLD0000000000', mono, 12.4),
        y: y2 + H - 60,
        w: tw('000000000', mono, 12.4),
        h: 14,
        fill: '#111',
      });
  }
  if (o.watermark) {
    ops.push({
      t: 'group',
      tx: A4.w / 2,
      ty: A4.h / 2 - 40,
      rot: -0.5,
      alpha: 0.45,
      ops: [
        {
          t: 'text',
          x: 0,
          y: 0,
          s: `KOPIE - alleen voor Gemeente Voorbeeld - ${dNum(c.date)}`,
          f: 'sansB',
          size: 17,
          align: 'center',
          color: '#555',
        },
        { t: 'text', x: 0, y: 200, s: 'KOPIE - uitsluitend voor aanvraag bijstand', f: 'sansB', size: 15, align: 'center', color: '#555' },
      ],
    });
  }
  if (r.chance(0.35))
    ops.push({
      t: 'text',
      x: 80,
      y: 760,
      s: r.pick(['kopie', 'Kopie ID', `${p.name} ${p.clientNumber ?? ''}`.trim()]),
      f: 'hand',
      size: 13,
      color: '#1b2a6b',
      rot: -0.04,
    });
  const label = {
    idcard: 'kopie identiteitskaart (voor- en achterzijde)',
    passport: `kopie paspoort (${nat})`,
    residence: `kopie verblijfsdocument (${nat})`,
  }[o.kind];
  return mk(
    'identity_document',
    p,
    'nl',
    [{ ops, photo: true, copier: true }],
    label,
    false,
    o.maskBsn ? 'BSN op de kopie afgeschermd' : undefined,
  );
}
const fmtDots = (bsn: string) => `${bsn.slice(0, 4)}.${bsn.slice(4, 6)}.${bsn.slice(6)}`;

// ---------------------------------------------------------------------------------------------
// Proof of job applications: printed e-mails

const COMPANIES = [
  { name: 'Hotel De Rozenhoed', mail: 'vacatures@rozenhoed.example', job: 'medewerker housekeeping', person: 'Linda Schouten, HR' },
  { name: 'Logistiek Centrum Oost', mail: 'werkenbij@lco.example', job: 'orderpicker', person: 'Team Recruitment' },
  { name: 'Thuiszorg Samen', mail: 'sollicitatie@thuiszorgsamen.example', job: 'huishoudelijke hulp', person: 'Ayse Korkmaz, recruiter' },
  {
    name: 'Kinderopvang Kleine Beer',
    mail: 'info@kleinebeer.example',
    job: 'pedagogisch medewerker (BBL)',
    person: 'Jeroen Mulder, locatiemanager',
  },
  { name: 'Supermarkt Versland', mail: 'personeel@versland.example', job: 'vakkenvuller', person: 'filiaalmanager' },
  { name: 'Tuincentrum Groenrijk', mail: 'jobs@groenrijk.example', job: 'medewerker buitenafdeling', person: 'P. de Lange' },
  { name: 'Pakketdienst Snelpost', mail: 'no-reply@careers.snelpost.example', job: 'sorteerder (avond)', person: 'Snelpost Careers' },
];

export function jobEmail(
  c: DocCtx,
  o: { variant?: 'rejection' | 'received' | 'invite'; company?: number; english?: boolean; webmail?: boolean } = {},
): Doc {
  const { r, p } = c;
  const co = COMPANIES[o.company ?? r.int(0, COMPANIES.length - 1)]!;
  const variant = o.variant ?? r.pick(['rejection', 'rejection', 'received', 'invite'] as const);
  const en = o.english ?? false;
  const sent = c.date;
  const hh = `${r.int(8, 18)}:${String(r.int(0, 59)).padStart(2, '0')}`;
  const subject = en
    ? {
        rejection: `Your application for ${co.job}`,
        received: `Application received: ${co.job}`,
        invite: `Invitation: interview for ${co.job}`,
      }[variant]
    : {
        rejection: `Uw sollicitatie als ${co.job}`,
        received: `Bevestiging van je sollicitatie - ${co.job}`,
        invite: `Uitnodiging sollicitatiegesprek ${co.job}`,
      }[variant];
  const body: string[] = en
    ? {
        rejection: [
          `Dear ${p.first},`,
          `Thank you for your application for the position of ${co.job} at ${co.name}. We received many applications. After careful consideration we have decided not to invite you for an interview, because other candidates match the requirements better.`,
          'We wish you every success in your search for a job.',
          `Kind regards,`,
          `${co.person}`,
          co.name,
        ],
        received: [
          `Dear ${p.first},`,
          `Thank you for applying for ${co.job}. We have received your application and will review it within 10 working days. You will hear from us by e-mail.`,
          'This is an automatically generated message. Please do not reply.',
          co.name,
        ],
        invite: [
          `Dear ${p.first},`,
          `We would like to invite you for an interview for the position of ${co.job} on ${dEn(addDays(sent, r.int(3, 9)))} at 10:00.`,
          'Please confirm by replying to this e-mail.',
          'Best regards,',
          co.person,
        ],
      }[variant]
    : {
        rejection: [
          `Beste ${p.first},`,
          `Hartelijk dank voor je sollicitatie naar de functie van ${co.job} bij ${co.name} en de interesse in onze organisatie.`,
          'We hebben veel reacties ontvangen. Na zorgvuldige afweging hebben we besloten om je niet uit te nodigen voor een gesprek. Andere kandidaten sloten beter aan op het profiel, met name wat betreft ervaring en beschikbaarheid.',
          'We wensen je veel succes bij het vinden van een passende baan.',
          'Met vriendelijke groet,',
          co.person,
          co.name,
        ],
        received: [
          `Beste ${p.first},`,
          `Bedankt voor je sollicitatie als ${co.job}! We hebben je gegevens goed ontvangen. Binnen twee weken laten we je weten of we je uitnodigen voor een kennismaking.`,
          'Dit is een automatisch bericht, je kunt hier niet op antwoorden.',
          `Team ${co.name}`,
        ],
        invite: [
          `Beste ${p.first},`,
          `Naar aanleiding van je sollicitatie nodigen we je graag uit voor een gesprek op ${dLong(addDays(sent, r.int(3, 9)))} om ${r.pick(['10.00', '11.30', '14.00'])} uur.`,
          'Wil je laten weten of dit schikt? Neem een geldig identiteitsbewijs mee.',
          'Groet,',
          co.person,
        ],
      }[variant];
  const webmail = o.webmail ?? r.chance(0.5);
  const f = new Flow(60, A4.w - 60, 60, A4.h - 60, webmail ? 70 : 56);
  if (webmail) {
    f.ops.push({
      t: 'text',
      x: 30,
      y: 22,
      s: `${dNum(addDays(sent, r.int(0, 6)))} ${r.int(9, 22)}:${String(r.int(0, 59)).padStart(2, '0')}`,
      f: 'sans',
      size: 7,
    });
    f.ops.push({ t: 'text', x: A4.w / 2, y: 22, s: `Mail - ${subject}`, f: 'sans', size: 7, align: 'center' });
    f.ops.push({ t: 'text', x: 30, y: A4.h - 18, s: `https://webmail.example.com/mail/inbox/${r.digits(12)}`, f: 'sans', size: 7 });
    f.ops.push({ t: 'text', x: A4.w - 30, y: A4.h - 18, s: '1/1', f: 'sans', size: 7, align: 'right' });
    f.ops.push({ t: 'text', x: 60, y: 58, s: 'webmail', f: 'sansB', size: 14, color: '#c0392b' });
    f.ops.push({ t: 'text', x: A4.w - 60, y: 58, s: p.email, f: 'sans', size: 8, align: 'right', color: '#444' });
    f.y = 80;
    f.text(subject, { f: 'sans', size: 15, after: 8 });
    f.text(`${co.name} <${co.mail}>`, { f: 'sansB', size: 9 });
    f.text(`aan mij  ·  ${dLong(sent)} ${hh}`, { size: 8, color: '#555', after: 14 });
  } else {
    f.ops.push({ t: 'text', x: 60, y: 48, s: p.name, f: 'sansB', size: 11 });
    f.ops.push({ t: 'line', x1: 60, y1: 54, x2: A4.w - 60, y2: 54, w: 2 });
    f.y = 62;
    f.kv(
      [
        [en ? 'From:' : 'Van:', `${co.name} <${co.mail}>`],
        [en ? 'Sent:' : 'Verzonden:', `${en ? dEn(sent) : dLong(sent)} ${hh}`],
        [en ? 'To:' : 'Aan:', `${p.name} <${p.email}>`],
        [en ? 'Subject:' : 'Onderwerp:', subject],
      ],
      { size: 9, labelW: 80, f: 'sansB' },
    );
    f.space(14);
  }
  for (const s of body) f.text(s, { size: 10, after: 7 });
  const pages = f.pages.map((ops) => ({ ops }));
  return mk('job_application_proof', p, en ? 'en' : 'nl', pages, `sollicitatie-e-mail ${co.name} (${variant})`, webmail);
}

// ---------------------------------------------------------------------------------------------
// Other post

export function newsletter(c: DocCtx): Doc {
  const { r } = c;
  const colW = (A4.w - 120 - 20) / 2;
  const mkCol = (f: Flow, items: [string, string][]) => {
    for (const [h, t] of items) {
      f.heading(h, { size: 11, color: '#b03a2e' });
      f.text(t, { size: 9, after: 6 });
    }
  };
  const ops: Op[] = [];
  ops.push({ t: 'rect', x: 0, y: 0, w: A4.w, h: 92, fill: '#b03a2e' });
  ops.push({ t: 'text', x: 60, y: 52, s: 'Ankerpost', f: 'serifB', size: 30, color: '#fff' });
  ops.push({
    t: 'text',
    x: 60,
    y: 74,
    s: `Bewonersblad van Woonstichting Het Anker · ${maand(c.date.getUTCMonth() + 1)} ${c.date.getUTCFullYear()}`,
    f: 'sans',
    size: 9,
    color: '#fff',
  });
  const left = new Flow(60, 60 + colW, 60, A4.h - 60, 110);
  const right = new Flow(80 + colW, A4.w - 60, 60, A4.h - 60, 110);
  mkCol(left, [
    [
      'Nieuwe keukens in de Bloemenbuurt',
      'Dit voorjaar vervangen wij de keukens in 64 woningen in de Bloemenbuurt. Bewoners krijgen vooraf bezoek van onze opzichter om de planning en de keuzemogelijkheden te bespreken. Tijdens de werkzaamheden is de keuken ongeveer vijf werkdagen niet te gebruiken.',
    ],
    [
      'Huurverhoging 2026',
      'In april ontvangt u van ons een brief over de huurverhoging per 1 juli. De huurverhoging is dit jaar gemiddeld lager dan vorig jaar. Heeft u een laag inkomen? Kijk dan op onze website of u in aanmerking komt voor huurbevriezing.',
    ],
    [
      'Spreekuur huurdersvereniging',
      'De huurdersvereniging houdt iedere eerste dinsdag van de maand spreekuur in buurthuis De Kade, van 19.00 tot 20.30 uur. U kunt daar terecht met vragen over onderhoud, servicekosten en leefbaarheid.',
    ],
  ]);
  mkCol(right, [
    [
      'Let op met vuurwerk en brandveiligheid',
      'Zet geen spullen in de gangen en trappenhuizen. In geval van brand moeten de vluchtwegen vrij zijn. Onze huismeesters controleren dit regelmatig en laten spullen die in de weg staan verwijderen.',
    ],
    [
      'Geldzorgen? Praat erover',
      'Heeft u moeite om de huur te betalen? Neem dan zo snel mogelijk contact met ons op. Hoe eerder u belt, hoe meer we kunnen doen. Samen met de gemeente en de Kredietbank helpen wij u op weg.',
    ],
    [
      'Tuinwedstrijd',
      'Doe mee met de tuinwedstrijd! Stuur vóór 1 juni een foto van uw tuin of balkon naar redactie@hetanker-wonen.example. De mooiste inzendingen winnen een tuinbon van € 50.',
    ],
    ['Puzzel', 'Los de puzzel op pagina 2 op en maak kans op een cadeaubon. Vorige maand was de oplossing: VOORJAARSSCHOONMAAK.'],
  ]);
  const p1 = [...ops, ...left.pages[0]!, ...right.pages[0]!];
  // page 2: more news and a word puzzle, no page number
  const f2 = new Flow(60, A4.w - 60, 60, A4.h - 60, 60);
  mkCol(f2, [
    [
      'Uit de wijk',
      'Het buurthuis aan de Kade is na de verbouwing weer open. Er is elke woensdag een gratis inloopspreekuur van de formulierenbrigade, waar vrijwilligers helpen met brieven van instanties, toeslagen en formulieren.',
    ],
    [
      'Onderhoud liften',
      `In de week van ${dLong(addDays(c.date, 20))} worden de liften in de flats aan de Havenkade onderhouden. Er is dan steeds één lift tijdelijk buiten gebruik.`,
    ],
  ]);
  f2.heading('Puzzel', { size: 11, color: '#b03a2e' });
  const letters = 'ABCDEFGHIJKLMNOPRSTUVWZ';
  f2.block(220, (b, y) => {
    for (let i = 0; i < 10; i++)
      for (let j = 0; j < 10; j++) {
        b.push({ t: 'rect', x: 60 + j * 20, y: y + i * 20, w: 20, h: 20, stroke: '#333', lw: 0.5 });
        b.push({
          t: 'text',
          x: 70 + j * 20,
          y: y + i * 20 + 14,
          s: letters[r.int(0, letters.length - 1)]!,
          f: 'sansB',
          size: 10,
          align: 'center',
        });
      }
    ['HUUR', 'SLEUTEL', 'BALKON', 'TUIN', 'LIFT', 'BUREN', 'KADE', 'ANKER'].forEach((w, k) => {
      b.push({ t: 'text', x: 300, y: y + 14 + k * 16, s: w, f: 'sans', size: 10 });
    });
  });
  f2.text(
    'Colofon: Ankerpost verschijnt vier keer per jaar en wordt huis-aan-huis verspreid onder alle huurders van Woonstichting Het Anker. Redactie: afdeling Communicatie.',
    { size: 7.5 },
  );
  return mk('other', null, 'nl', [{ ops: p1 }, { ops: f2.pages[0]! }], 'bewonersblad woningcorporatie (huis-aan-huis)', false);
}

export function flyer(c: DocCtx): Doc {
  const { r } = c;
  const ops: Op[] = [
    { t: 'rect', x: 30, y: 30, w: A4.w - 60, h: A4.h - 60, stroke: '#222', lw: 3 },
    { t: 'text', x: A4.w / 2, y: 130, s: 'GROTE OPENING!', f: 'sansB', size: 42, align: 'center' },
    { t: 'text', x: A4.w / 2, y: 180, s: 'Bazaar Voorbeeld · Marktplein 30', f: 'sans', size: 18, align: 'center' },
    { t: 'ellipse', cx: A4.w / 2, cy: 330, rx: 120, ry: 120, fill: '#e74c3c' },
    { t: 'text', x: A4.w / 2, y: 325, s: '-25%', f: 'sansB', size: 60, align: 'center', color: '#fff' },
    { t: 'text', x: A4.w / 2, y: 370, s: 'op álles', f: 'sansB', size: 20, align: 'center', color: '#fff' },
    {
      t: 'text',
      x: A4.w / 2,
      y: 500,
      s: `Van ${dLong(addDays(c.date, 3))} t/m ${dLong(addDays(c.date, 10))}`,
      f: 'sans',
      size: 16,
      align: 'center',
    },
  ];
  const items = [
    'Huishoudartikelen',
    'Speelgoed',
    'Tassen & koffers',
    'Schoonmaakmiddelen',
    'Feestartikelen',
    'Verse noten & gedroogd fruit',
  ];
  items.forEach((it, i) => {
    ops.push({ t: 'text', x: 120 + (i % 2) * 200, y: 560 + Math.floor(i / 2) * 30, s: `✓ ${it}`, f: 'sans', size: 14 });
  });
  ops.push({ t: 'text', x: A4.w / 2, y: 720, s: 'Gratis parkeren · elke dag open van 9 tot 21 uur', f: 'sans', size: 12, align: 'center' });
  ops.push({
    t: 'text',
    x: A4.w / 2,
    y: 780,
    s: `Actiecode ${r.digits(4)} · Zolang de voorraad strekt · Op=op`,
    f: 'sans',
    size: 8,
    align: 'center',
  });
  return mk('other', null, 'nl', [{ ops }], 'reclamefolder (huis-aan-huis)', false);
}

export function eTicket(c: DocCtx, o: { from: Day; to: Day; dest: string; code: string }): Doc {
  const { r, p } = c;
  const f = new Flow(50, A4.w - 50, 50, A4.h - 50, 50);
  f.ops.push({ t: 'rect', x: 0, y: 0, w: A4.w, h: 70, fill: '#0d3b66' });
  f.ops.push({ t: 'text', x: 50, y: 44, s: 'SkyBridge Airlines', f: 'sansB', size: 20, color: '#fff' });
  f.ops.push({ t: 'text', x: A4.w - 50, y: 44, s: 'E-TICKET / BOOKING CONFIRMATION', f: 'sans', size: 9, align: 'right', color: '#fff' });
  f.y = 96;
  f.kv(
    [
      ['Booking reference', r.pick(['K7XQ2M', 'P3ZT9L', 'B8HR4N', 'W2MD7Q'])],
      ['Passenger', `${p.gender === 'v' ? 'MRS' : 'MR'} ${ascii(p.first)} ${ascii(p.last)}`],
      ['Ticket number', `${r.digits(3)}-${r.digits(10)}`],
      ['Date of issue', dEn(addDays(c.date, -r.int(10, 60)))],
    ],
    { size: 10, labelW: 150 },
  );
  f.space(12);
  const fl = `SB ${r.int(1000, 1999)}`;
  const fl2 = `SB ${r.int(1000, 1999)}`;
  f.table(
    [
      { w: 70, head: 'Flight' },
      { w: 110, head: 'Date' },
      { w: 120, head: 'From' },
      { w: 120, head: 'To' },
      { w: 75, head: 'Dep / Arr' },
    ],
    [
      [fl, dEn(o.from), 'Amsterdam (AMS)', `${o.dest} (${o.code})`, `${r.int(6, 14)}:${r.pick(['05', '25', '40'])} / ${r.int(15, 22)}:10`],
      [fl2, dEn(o.to), `${o.dest} (${o.code})`, 'Amsterdam (AMS)', `${r.int(6, 14)}:${r.pick(['15', '35', '50'])} / ${r.int(15, 22)}:45`],
    ],
    { size: 9, rule: true, headFill: '#dde6f0', rowH: 20 },
  );
  f.space(12);
  f.text('Baggage allowance: 1 x 20 kg checked baggage, 1 x 8 kg hand baggage.', { size: 9 });
  f.text(
    'Check-in closes 60 minutes before departure. Please bring a valid passport or ID card. Passengers without valid travel documents will be refused boarding.',
    { size: 9, after: 10 },
  );
  f.text(`Fare: EUR ${r.int(280, 640)},00 · Taxes and charges included · Payment: card ****${r.digits(4)}`, { size: 9 });
  return mk('other', p, 'en', [{ ops: f.ops }], `e-ticket ${o.dest}`, false, 'bijlage bij vakantiemelding');
}

export function energyBill(c: DocCtx): Doc {
  const { r, p } = c;
  const year = c.date.getUTCFullYear() - 1;
  const kwh = r.int(1400, 3200);
  const m3 = r.int(500, 1400);
  const paid = r.int(1200, 2200);
  const cost = round2(kwh * 0.31 + m3 * 1.32 + 2 * 12 * 6.5 - 600);
  const pages = letter({
    r,
    org: {
      name: 'Stroomnet Noord',
      lines: ['Postbus 700', '9700 AS Groningen'],
      web: 'www.stroomnetnoord.example',
      phone: '050 - 800 90 90',
      logo: 'wave',
      color: '#e07b00',
      place: 'Groningen',
    },
    head: 'left',
    to: toAddr(p),
    date: c.date,
    refs: [
      ['Klantnummer', r.digits(7)],
      ['Leveringsadres', `${p.street}, ${p.city}`],
    ],
    subject: `Uw jaarafrekening ${year}`,
    salutation: `Beste ${p.gender === 'v' ? 'mevrouw' : 'meneer'} ${p.last},`,
    body: [
      `Hier is uw jaarafrekening voor stroom en gas over de periode 1 januari tot en met 31 december ${year}. ${paid > cost ? `U krijgt ${eur(paid - cost)} van ons terug. Wij storten dit bedrag binnen 10 dagen op uw rekening ${fmtIban(p.iban)}.` : `U moet ${eur(cost - paid)} bijbetalen.`}`,
      {
        table: {
          cols: [
            { w: 250, head: 'Onderdeel' },
            { w: 90, head: 'Verbruik', align: 'right' },
            { w: 110, head: 'Kosten', align: 'right' },
          ],
          rows: [
            ['Stroom (normaal + dal)', `${kwh} kWh`, eur(kwh * 0.31)],
            ['Gas', `${m3} m³`, eur(m3 * 1.32)],
            ['Vaste leveringskosten', '', eur(2 * 12 * 6.5)],
            ['Netbeheerkosten', '', eur(r.int(420, 520))],
            ['Vermindering energiebelasting', '', `-${eur(r.int(560, 640))}`],
            ['Totaal', '', eur(cost)],
            ['Betaalde termijnbedragen', '', `-${eur(paid)}`],
          ],
          bold: [5],
        },
      },
      `Uw nieuwe termijnbedrag wordt ${eur(Math.round(cost / 12))} per maand, vanaf ${maand(c.date.getUTCMonth() + 2)}.`,
    ],
    closing: 'Met energieke groet,',
    signer: ['Stroomnet Noord'],
    sign: false,
    num: 'none',
  });
  return mk('other', p, 'nl', pages, `jaarafrekening energie ${year}`, false);
}

export function turkishRegistry(c: DocCtx): Doc {
  const { r, p } = c;
  const ops: Op[] = [];
  ops.push({ t: 'text', x: A4.w / 2, y: 60, s: 'T.C.', f: 'sansB', size: 11, align: 'center' });
  ops.push({ t: 'text', x: A4.w / 2, y: 76, s: 'İÇİŞLERİ BAKANLIĞI', f: 'sansB', size: 11, align: 'center' });
  ops.push({ t: 'text', x: A4.w / 2, y: 92, s: 'Nüfus ve Vatandaşlık İşleri Genel Müdürlüğü', f: 'sans', size: 10, align: 'center' });
  ops.push({ t: 'text', x: A4.w / 2, y: 124, s: 'NÜFUS KAYIT ÖRNEĞİ', f: 'sansB', size: 14, align: 'center' });
  const f = new Flow(50, A4.w - 50, 60, A4.h - 60, 150);
  f.pages[0] = ops;
  f.kv(
    [
      ['İl / İlçe', r.pick(['Konya / Meram', 'Kayseri / Kocasinan', 'Yozgat / Sorgun'])],
      ['Mahalle / Köy', r.pick(['Yenice Mah.', 'Karaağaç Köyü', 'Çarşı Mah.'])],
      ['Cilt / Hane No', `${r.int(10, 99)} / ${r.int(100, 999)}`],
      ['Belge tarihi', dDot(c.date)],
    ],
    { size: 9, labelW: 120 },
  );
  f.space(10);
  const sur = ascii(p.last);
  f.table(
    [
      { w: 30, head: 'Sıra' },
      { w: 70, head: 'Yakınlık' },
      { w: 90, head: 'Adı' },
      { w: 90, head: 'Soyadı' },
      { w: 80, head: 'Doğum Tarihi' },
      { w: 70, head: 'Medeni Hali' },
      { w: 65, head: 'Durumu' },
    ],
    [
      ['1', 'Kendisi', ascii(p.first), sur, dDot(p.birth), r.pick(['Evli', 'Bekar', 'Boşanmış']), 'Sağ'],
      [
        '2',
        'Babası',
        r.pick(['AHMET', 'MUSTAFA', 'HASAN']),
        sur,
        dDot(addMonths(p.birth, -12 * r.int(22, 34))),
        'Evli',
        r.pick(['Sağ', 'Ölüm']),
      ],
      ['3', 'Annesi', r.pick(['FATMA', 'AYŞE', 'EMİNE']), sur, dDot(addMonths(p.birth, -12 * r.int(19, 30))), 'Evli', 'Sağ'],
      ['4', 'Çocuğu', r.pick(['EMRE', 'ELİF', 'YUSUF']), sur, dDot(addMonths(c.date, -12 * r.int(3, 16))), 'Bekar', 'Sağ'],
    ],
    { size: 8, grid: true, headFill: '#eee', rowH: 18 },
  );
  f.space(14);
  f.text(
    'Bu belge 5490 sayılı Nüfus Hizmetleri Kanunu uyarınca düzenlenmiştir. Belgenin doğruluğunu e-Devlet üzerinden barkod numarası ile kontrol edebilirsiniz.',
    { size: 8.5, after: 8 },
  );
  f.text(`Barkod No: ${r.digits(4)}-${r.digits(4)}-${r.digits(4)}`, { f: 'mono', size: 9 });
  f.block(80, (b, y) => {
    b.push(stamp(A4.w - 140, y + 40, ['NÜFUS MÜDÜRLÜĞÜ', 'onaylıdır'], 0.1, '#333'));
  });
  return mk(
    'other',
    p,
    'tr',
    [{ ops: f.ops }],
    'Turks uittreksel bevolkingsregister (nüfus kayıt örneği)',
    false,
    'geen BSN of klantnummer; alleen naam en geboortedatum',
  );
}

export function machtiging(c: DocCtx, o: { helper: Person; hand?: boolean }): Doc {
  const { r, p } = c;
  const pages = letter({
    r,
    head: 'plain',
    sender: [p.name, p.street, `${p.postcode} ${p.city}`],
    to: GEMEENTE_TO,
    date: c.date,
    dateLine: `${p.city}, ${dNum(c.date)}`,
    subject: 'Machtiging',
    salutation: 'Geachte heer/mevrouw,',
    body: [
      `Ondergetekende, ${p.name}, geboren ${dNum(p.birth)}, BSN ${p.bsn}, machtigt hierbij ${o.helper.name}, geboren ${dNum(o.helper.birth)}, om namens mij contact te hebben met de gemeente Voorbeeld over mijn uitkering en mijn aanvraag, en om informatie over mij te ontvangen.`,
      'Deze machtiging geldt tot wederopzegging. Een kopie van mijn identiteitsbewijs en van het identiteitsbewijs van de gemachtigde is bijgevoegd.',
    ],
    closing: 'Handtekening,',
    signer: [p.name],
    num: 'none',
    hand: o.hand,
  });
  return mk('other', p, 'nl', pages, 'machtiging', false);
}
