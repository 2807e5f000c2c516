import { BANKS, CREDITORS, EMPLOYERS, SHOPS } from '../pools.ts';
import type { Ctx, Page, Template } from '../template.ts';
import { addDays, clientLine, fmtDate, formatIbanSafe, MONTHS_EN, money, monthName, paginate, row } from '../template.ts';

interface Tx {
  date: Date;
  desc: string;
  counter: string;
  amount: number;
  kind: string;
}

function transactions(c: Ctx, n: number): { txs: Tx[]; start: number; end: number; from: Date; to: Date } {
  const { rng } = c;
  const to = addDays(c.date, -rng.int(0, 6));
  const from = addDays(to, -rng.int(27, 31));
  const txs: Tx[] = [];
  const employer = rng.pick(EMPLOYERS);
  for (let i = 0; i < n; i++) {
    const date = addDays(from, Math.floor((i / n) * 30));
    const r = rng.next();
    let t: Tx;
    if (r < 0.06)
      t = {
        date,
        desc: `Salaris ${monthName(date)} ${rng.pick(['loon', 'periode ' + rng.int(1, 13), 'salarisbetaling'])}`,
        counter: employer,
        amount: rng.amount(300, 1900),
        kind: 'Overschrijving',
      };
    else if (r < 0.1)
      t = {
        date,
        desc: `Uitkering Participatiewet ${monthName(date)}`,
        counter: 'Gemeente Voorbeeld',
        amount: rng.amount(600, 1400),
        kind: 'Overschrijving',
      };
    else if (r < 0.13)
      t = {
        date,
        desc: `${rng.pick(['Zorgtoeslag', 'Huurtoeslag', 'Kindgebonden budget'])} ${monthName(date)}`,
        counter: 'Belastingdienst Toeslagen',
        amount: rng.amount(60, 420),
        kind: 'Overschrijving',
      };
    else if (r < 0.3) {
      const [cred, what] = rng.pick(CREDITORS);
      t = {
        date,
        desc: `${what} ${rng.pick(['termijn', 'factuur', 'maandbedrag'])} ${rng.digits(8)}`,
        counter: cred,
        amount: -rng.amount(15, 650),
        kind: 'Incasso',
      };
    } else if (r < 0.36)
      t = {
        date,
        desc: rng.pick(['Tikkie', 'Terugbetaling', 'Van spaarrekening', 'Boodschappen']),
        counter: rng.pick(['A. Jansen', 'M. Yilmaz', 'S. de Vries', 'Spaarrekening']),
        amount: rng.chance(0.5) ? rng.amount(5, 100) : -rng.amount(5, 100),
        kind: 'Overschrijving',
      };
    else if (r < 0.42)
      t = {
        date,
        desc: `Geldautomaat ${rng.pick(['Centrum', 'Station', 'Markt'])}`,
        counter: 'Geldmaat',
        amount: -rng.pick([20, 50, 100, 70]),
        kind: 'Geldautomaat',
      };
    else
      t = {
        date,
        desc: `Pasnr. ${rng.digits(3)} ${fmtDate(date, 'short')} ${rng.int(8, 21)}:${rng.digits(2)}`,
        counter: rng.pick(SHOPS),
        amount: -rng.amount(1.5, 120),
        kind: 'Betaalautomaat',
      };
    txs.push(t);
  }
  const start = rng.amount(-150, 2500);
  const end = Math.round((start + txs.reduce((s, t) => s + t.amount, 0)) * 100) / 100;
  return { txs, start, end, from, to };
}

const holder = (c: Ctx) =>
  c.rng.pick([`${c.p.initials} ${c.p.lastName}`, c.p.name, `${c.p.gender === 'f' ? 'Mw' : 'Hr'} ${c.p.initials} ${c.p.lastName}`]);

function ing(c: Ctx): Page[] {
  const { rng } = c;
  const s = transactions(c, rng.int(8, 70));
  const lines = s.txs.flatMap((t) => [
    row(
      [fmtDate(t.date, 'dmy'), t.counter, t.kind.slice(0, 2).toUpperCase(), money(Math.abs(t.amount)), t.amount > 0 ? 'Bij' : 'Af'],
      [11, 34, 3, 11, 4],
    ),
    `           ${t.desc}`,
  ]);
  return paginate(
    lines,
    34,
    (p, n) => [
      'ING',
      `Af- en bijschrijvingen   Pagina ${p} van ${n}`,
      ...(p === 1
        ? [
            holder(c),
            `${c.p.street} ${c.p.houseNumber}`,
            `${c.p.postcode} ${c.p.city}`,
            ...clientLine(c),
            '',
            `Rekeningnummer ${formatIbanSafe(c.p.iban)}   Betaalrekening`,
            `Periode ${fmtDate(s.from)} t/m ${fmtDate(s.to)}`,
            `Beginsaldo per ${fmtDate(s.from)}  ${money(s.start, { euro: true })}`,
            '',
            'Datum      Naam / Omschrijving                 Code  Bedrag (EUR)  Af Bij',
          ]
        : ['Datum      Naam / Omschrijving                 Code  Bedrag (EUR)  Af Bij']),
    ],
    (p, n) =>
      p === n
        ? ['', `Eindsaldo per ${fmtDate(s.to)}  ${money(s.end, { euro: true })}`, 'ING Bank N.V. is geregistreerd bij DNB en AFM.']
        : ['Zie ommezijde / volgende pagina'],
  );
}

function rabo(c: Ctx): Page[] {
  const { rng } = c;
  const s = transactions(c, rng.int(8, 60));
  const nr = rng.int(1, 12);
  const lines = s.txs.map((t) =>
    row(
      [
        fmtDate(t.date, 'short'),
        `${t.counter} ${t.desc}`.slice(0, 46),
        t.amount < 0 ? money(-t.amount) : '',
        t.amount > 0 ? money(t.amount) : '',
      ],
      [6, 47, 11, 11],
    ),
  );
  return paginate(
    lines,
    38,
    (p, n) => [
      `Rabobank                                           Rekeningafschrift ${nr}   blad ${p}/${n}`,
      ...(p === 1
        ? [
            `${holder(c)}`,
            `${c.p.street} ${c.p.houseNumber}  ${c.p.postcode} ${c.p.city}`,
            ...clientLine(c),
            `Rekeninghouder: ${c.p.name}`,
            `IBAN: ${formatIbanSafe(c.p.iban)}  BIC: RABONL2U   Rabo BasisRekening`,
            `Datum ${fmtDate(s.to)}   Vorig saldo ${money(s.start)} ${s.start >= 0 ? 'C' : 'D'}`,
          ]
        : [`${formatIbanSafe(c.p.iban)}`]),
      row(['Datum', 'Omschrijving', 'Bedrag af', 'Bedrag bij'], [6, 47, 11, 11]),
    ],
    (p, n) => (p === n ? [`Nieuw saldo ${money(s.end)} ${s.end >= 0 ? 'C' : 'D'}`, 'Rabobank. Een bank met ideeën.'] : []),
  );
}

function abn(c: Ctx): Page[] {
  const { rng } = c;
  const s = transactions(c, rng.int(8, 60));
  const lines = s.txs.flatMap((t) => [
    `${fmtDate(t.date, 'dot')}  ${t.kind.padEnd(16)} ${t.counter.padEnd(28)} ${money(t.amount, { sign: true }).padStart(11)}`,
    `            Omschrijving: ${t.desc}`,
  ]);
  return paginate(
    lines,
    32,
    (p, n) => [
      `ABN AMRO   Bankafschrift    ${p}/${n}`,
      ...(p === 1
        ? [
            `${holder(c)}`,
            `${c.p.street} ${c.p.houseNumber}`,
            `${c.p.postcode} ${c.p.city}`,
            ...clientLine(c),
            `Rekening ${formatIbanSafe(c.p.iban)}  ABN AMRO Betaalrekening`,
            `Overzicht van ${fmtDate(s.from, 'long')} tot en met ${fmtDate(s.to, 'long')}`,
            `Saldo vorig afschrift ${money(s.start, { euro: true })}`,
          ]
        : []),
    ],
    (p, n) =>
      p === n ? [`Saldo dit afschrift ${money(s.end, { euro: true })}`, 'ABN AMRO Bank N.V., Gustav Mahlerlaan 10, Amsterdam'] : [],
  );
}

function snsLike(brand: 'SNS' | 'ASN Bank' | 'RegioBank'): (c: Ctx) => Page[] {
  return (c) => {
    const { rng } = c;
    const s = transactions(c, rng.int(8, 55));
    const lines = s.txs.map(
      (t) => `${fmtDate(t.date)}  ${(t.counter + ' ' + t.desc).slice(0, 44).padEnd(44)} ${money(t.amount).padStart(11)}`,
    );
    const product = brand === 'SNS' ? 'SNS Betalen' : brand === 'ASN Bank' ? 'ASN Betalen' : 'RegioBank Betaalrekening';
    return paginate(
      lines,
      36,
      (p, n) => [
        `${brand}  |  de Volksbank N.V.`,
        `Transactieoverzicht ${product}  - pagina ${p} van ${n}`,
        ...(p === 1
          ? [
              ...[c.p.name, `${c.p.street} ${c.p.houseNumber}`, `${c.p.postcode} ${c.p.city}`],
              ...clientLine(c),
              `IBAN ${formatIbanSafe(c.p.iban)}`,
              `Afschriftdatum ${fmtDate(s.to)}   Saldo begin periode ${money(s.start, { euro: true })}`,
            ]
          : []),
        'Datum       Tegenrekening / omschrijving                      Bedrag',
      ],
      (p, n) => (p === n ? [`Saldo einde periode ${money(s.end, { euro: true })}`] : []),
    );
  };
}

function bunq(c: Ctx): Page[] {
  const { rng } = c;
  const s = transactions(c, rng.int(8, 60));
  const lines = s.txs.map(
    (t) =>
      `${fmtDate(t.date, 'iso')}  ${t.counter.slice(0, 26).padEnd(26)}  ${t.desc.slice(0, 30).padEnd(30)} ${(t.amount >= 0 ? '+' : '') + t.amount.toFixed(2)}`,
  );
  return paginate(
    lines,
    36,
    (p, n) => [
      'bunq',
      `Account statement  ${MONTHS_EN[s.to.getUTCMonth()]} ${s.to.getUTCFullYear()}    page ${p}/${n}`,
      ...(p === 1
        ? [
            `Account holder: ${c.p.name}`,
            `Address: ${c.p.street} ${c.p.houseNumber}, ${c.p.postcode} ${c.p.city}`,
            ...clientLine(c, 'en'),
            `IBAN: ${formatIbanSafe(c.p.iban)}   BIC: BUNQNL2A`,
            `Opening balance: € ${s.start.toFixed(2)}`,
          ]
        : []),
      'Date        Counterparty                Description                    Amount (EUR)',
    ],
    (p, n) =>
      p === n
        ? [
            `Closing balance: € ${s.end.toFixed(2)}`,
            'bunq B.V. - Naritaweg 131-133, Amsterdam - bunq is registered with De Nederlandsche Bank',
          ]
        : [],
  );
}

function knab(c: Ctx): Page[] {
  const { rng } = c;
  const s = transactions(c, rng.int(8, 50));
  const lines = s.txs.flatMap((t) => [
    `${fmtDate(t.date, 'slash')}  ${t.counter}`,
    `            ${t.desc}    ${t.amount < 0 ? 'Debet' : 'Credit'} ${money(Math.abs(t.amount), { euro: true })}`,
  ]);
  return paginate(lines, 34, (p, n) => [
    `knab  Rekeningoverzicht  ${p}/${n}`,
    ...(p === 1
      ? [
          `Tenaamstelling: ${holder(c)}`,
          ...clientLine(c),
          `Rekeningnummer: ${formatIbanSafe(c.p.iban)}`,
          `Van ${fmtDate(s.from)} t/m ${fmtDate(s.to)}`,
          `Startsaldo ${money(s.start, { euro: true })}   Eindsaldo ${money(s.end, { euro: true })}`,
        ]
      : []),
  ]);
}

function triodos(c: Ctx): Page[] {
  const { rng } = c;
  const s = transactions(c, rng.int(8, 50));
  const lines = s.txs.map((t) =>
    row([fmtDate(t.date), t.kind, t.counter.slice(0, 26), t.desc.slice(0, 24), money(t.amount)], [11, 15, 27, 25, 11]),
  );
  return paginate(
    lines,
    38,
    (p, n) => [
      'Triodos Bank',
      `Rekeningafschrift nummer ${rng.int(1, 12)} - ${s.to.getUTCFullYear()}      Blad ${p} van ${n}`,
      ...(p === 1
        ? [
            ...[c.p.name, `${c.p.street} ${c.p.houseNumber}`, `${c.p.postcode}  ${c.p.city}`],
            ...clientLine(c),
            `Triodos Betaalrekening ${formatIbanSafe(c.p.iban)}`,
            `Oud saldo ${money(s.start)}`,
          ]
        : []),
      row(['Datum', 'Soort', 'Tegenpartij', 'Omschrijving', 'Bedrag'], [11, 15, 27, 25, 11]),
    ],
    (p, n) => (p === n ? [`Nieuw saldo ${money(s.end)}`, 'Triodos Bank N.V. - Utrechtseweg 44 Zeist'] : []),
  );
}

function appPrint(c: Ctx): Page[] {
  const { rng } = c;
  const bank = BANKS[c.p.bank];
  const s = transactions(c, rng.int(6, 25));
  return [
    [
      `${rng.pick(['Mijn ING', 'Rabo App', 'Internet Bankieren', 'Mijn ABN AMRO', 'Mobiel bankieren'])} - ${bank.name}`,
      `Transacties ${c.p.name}`,
      ...clientLine(c),
      `${formatIbanSafe(c.p.iban)}   Saldo ${money(s.end, { euro: true })}`,
      '',
      ...s.txs.flatMap((t) => [`${fmtDate(t.date, 'weekday')}`, `  ${t.counter}  ${money(t.amount, { euro: true, sign: true })}`]),
      '',
      `Afgedrukt op ${fmtDate(c.date)} ${rng.int(8, 22)}:${rng.digits(2)}`,
    ],
  ];
}

function saldo(c: Ctx): Page[] {
  const { rng } = c;
  const bank = BANKS[c.p.bank];
  const savings = rng.amount(0, 4000);
  return [
    [
      bank.name,
      rng.pick(['Saldo-overzicht', 'Overzicht rekeningen en saldi', 'Saldoverklaring']),
      `${c.p.name}`,
      `${c.p.street} ${c.p.houseNumber}, ${c.p.postcode} ${c.p.city}`,
      ...clientLine(c),
      '',
      `Peildatum ${fmtDate(c.date)}`,
      row(['Rekening', 'Product', 'Saldo'], [26, 24, 14]),
      row([formatIbanSafe(c.p.iban), 'Betaalrekening', money(rng.amount(-100, 900), { euro: true })], [26, 24, 14]),
      row([`NL${rng.digits(2)}${bank.code}${rng.digits(10)}`, 'Spaarrekening', money(savings, { euro: true })], [26, 24, 14]),
      '',
      'Dit overzicht is op verzoek van de rekeninghouder opgesteld.',
      `Totaal saldo ${money(savings, { euro: true })}`,
    ],
  ];
}

const mk = (id: string, render: (c: Ctx) => Page[], extra: Partial<Template> = {}): Template => ({
  id: `bank_statement.${id}`,
  type: 'bank_statement',
  lang: 'nl',
  style: 'printed',
  supports: [],
  render,
  ...extra,
});

export const bankStatementTemplates: Template[] = [
  mk('ing', ing, { weight: 2 }),
  mk('rabobank', rabo, { weight: 1.5 }),
  mk('abn-amro', abn, { weight: 1.3 }),
  mk('sns', snsLike('SNS')),
  mk('asn', snsLike('ASN Bank'), { group: 'bank_statement.sns', weight: 0.6 }),
  mk('regiobank', snsLike('RegioBank'), { group: 'bank_statement.sns', weight: 0.6 }),
  mk('bunq', bunq, { lang: 'en' }),
  mk('knab', knab),
  mk('triodos', triodos, { weight: 0.7 }),
  mk('app-print', appPrint),
  mk('saldo-overview', saldo, { weight: 0.6 }),
];
