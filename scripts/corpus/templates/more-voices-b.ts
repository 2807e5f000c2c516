import { isValidBsn } from '../../../shared/domain/bsn.ts';
import { makeIban } from '../people.ts';
import { BANKS, COURTS, CREDITORS, DEBT_COLLECTORS, EMPLOYERS, HOSPITALS, HOUSING_CORPS, INSURERS, SHOPS, STAFFING } from '../pools.ts';
import type { Rng } from '../random.ts';
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
  formatIbanSafe,
  ibanText,
  MONTHS_EN,
  MONTHS_SHORT,
  money,
  moneyEn,
  monthName,
  paginate,
  paras,
  row,
  salutation,
  sloppy,
  wrap,
} from '../template.ts';

/**
 * More voices (set B): layouts and writers the first template sets lacked, so the classifier meets
 * post that is less uniform than one issuer per type: a room let by hand, a bank app screenshot, an
 * ATM mini-statement, a bakery's self-made payslip, a GP's three-line note, a Turkish hospital
 * report, a summons, a Polish driving licence, a newspaper clipping, a GDPR request. Every
 * template is its own split group.
 */

// ---------------------------------------------------------------------------------------------
// Helpers

/** Nine digits that fail the elfproef: a reference number that is never read as a BSN. */
function nonBsn9(rng: Rng): string {
  for (;;) {
    const s = String(rng.int(1, 9)) + rng.digits(8);
    if (!isValidBsn(s)) return s;
  }
}

/** A birth date with a label of the document's own language. */
function birthAs(c: Ctx, label: string, style: 'dmy' | 'dot' | 'slash' = 'dmy'): string[] {
  return c.show.birthDate ? [`${label}: ${fmtIso(c.p.birthDate, style)}`] : [];
}

const year = (c: Ctx) => c.date.getUTCFullYear();
const eur = (x: number) => money(x, { euro: true });
const initialsName = (c: Ctx) => `${c.p.initials} ${c.p.lastName}`;

interface Mv {
  d: Date;
  who: string;
  what: string;
  amt: number;
}

/** A month of movements on a social assistance client's account. */
function movements(c: Ctx, n: number, from: Date): Mv[] {
  const { rng } = c;
  const out: Mv[] = [];
  for (let i = 0; i < n; i++) {
    const d = addDays(from, Math.floor((i * 30) / n));
    const r = rng.next();
    if (r < 0.07)
      out.push({
        d,
        who: c.org.name,
        what: `Uitkering PW ${monthName(d)} ${d.getUTCFullYear()} ref ${rng.digits(10)}`,
        amt: rng.amount(650, 1380),
      });
    else if (r < 0.13)
      out.push({ d, who: rng.pick(EMPLOYERS), what: `Loon wk ${rng.int(1, 52)} pers.nr ${rng.digits(5)}`, amt: rng.amount(90, 950) });
    else if (r < 0.18)
      out.push({
        d,
        who: 'Belastingdienst Toeslagen',
        what: `${rng.pick(['Zorgtoeslag', 'Huurtoeslag', 'Kindgebonden budget', 'Kinderopvangtoeslag'])} ${monthName(d)}`,
        amt: rng.amount(35, 460),
      });
    else if (r < 0.34) {
      const [cred, what] = rng.pick(CREDITORS);
      out.push({ d, who: cred, what: `${what} machtiging ${rng.digits(10)}`, amt: -rng.amount(12, 720) });
    } else if (r < 0.42)
      out.push({
        d,
        who: rng.pick(['Tikkie', 'Spaarrekening', 'J. Bakker', 'F. El Idrissi', 'K. Nowak', 'Moeder']),
        what: rng.pick(['Terug voor eten', 'lening', 'Huur kamer', 'Verjaardag', 'Van spaar']),
        amt: rng.chance(0.5) ? rng.amount(5, 150) : -rng.amount(5, 150),
      });
    else if (r < 0.48)
      out.push({
        d,
        who: 'Geldmaat',
        what: `Opname ${rng.pick(['Centrum', 'Station', 'Winkelcentrum'])}`,
        amt: -rng.pick([20, 40, 50, 100]),
      });
    else
      out.push({
        d,
        who: rng.pick(SHOPS),
        what: rng.pick(['Betaalpas', 'Apple Pay', 'Google Pay', 'Contactloos']),
        amt: -rng.amount(1.2, 95),
      });
  }
  return out;
}

const balanceAfter = (start: number, mv: Mv[]) => Math.round((start + mv.reduce((s, m) => s + m.amt, 0)) * 100) / 100;

// ---------------------------------------------------------------------------------------------
// Rental agreements

const kamerHandgeschreven: Template = {
  id: 'rental_agreement.b-kamer-handgeschreven',
  type: 'rental_agreement',
  lang: 'nl',
  style: 'handwritten',
  weight: 0.8,
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const rent = rng.amount(300, 620);
    const start = addDays(c.date, rng.int(-25, 10));
    const text = sloppy(
      `Ik ${c.r.name} verhuur aan ${c.p.name} een kamer op de ${rng.pick(['eerste', 'tweede', 'zolder'])} verdieping van mijn huis ${c.p.street} ${c.p.houseNumber} in ${c.p.city}. De huur is ${money(rent)} euro per maand alles inbegrepen (gas water licht en wifi). Betalen voor de 1e van de maand ${rng.chance(0.5) ? 'contant' : `op rekening ${ibanText(c.r.iban, rng)}`}. Keuken en douche delen we. Geen bezoek na 23 uur en niet roken op de kamer. Opzeggen kan met 1 maand.`,
      rng,
      0.5,
    );
    return [
      [
        rng.pick(['Huur contract kamer', 'HUURCONTRACT', 'huurovereenkomst (kamer)', 'Afspraak huur kamer']),
        '',
        ...wrap(text, rng.int(48, 62)),
        '',
        `vanaf ${fmtDate(start, rng.pick(['dmy', 'slash', 'long'] as const))}`,
        `borg ${money(rng.pick([250, 300, 400, 500]))} ${rng.pick(['ontvangen', 'betaald', 'krijgt hij terug bij vertrek'])}`,
        ...bsnLine(c, 'nl', ' '),
        ...birthLine(c, 'nl', ' '),
        '',
        `handtekening verhuurder: ${c.r.lastName}`,
        `handtekening huurder: ${c.p.firstName} ${c.p.lastName}`,
        `${c.p.city} ${fmtDate(c.date, 'slash')}`,
      ],
    ];
  },
};

const modelVoorstelHuurverhoging: Template = {
  id: 'rental_agreement.b-modelvoorstel-huurverhoging',
  type: 'rental_agreement',
  lang: 'nl',
  style: 'form',
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const corp = rng.pick(HOUSING_CORPS);
    const kale = rng.amount(480, 900);
    const pct = rng.pick([3.3, 4.1, 4.4, 5.0, 5.8, 6.1]);
    const nieuw = Math.round(kale * (1 + pct / 100) * 100) / 100;
    const sk = rng.amount(10, 75);
    const w = [44, 16, 16];
    return [
      [
        `${corp}   |   Postbus ${rng.int(100, 9999)}   |   klantenservice 088 ${rng.digits(7)}`,
        '',
        ...addressFormal(c.p, rng),
        '',
        'VOORSTEL HUURVERHOGING (ex artikel 7:252 BW)',
        `Huurovereenkomst ${rng.digits(6)}/${rng.digits(2)}    Datum ${fmtDate(c.date, 'dot')}`,
        '',
        '1. Gegevens verhuurder',
        `   Naam: ${corp}`,
        '2. Gegevens huurder',
        `   Naam: ${c.p.name}`,
        ...bsnLine(c).map((l) => `   ${l}`),
        ...birthLine(c).map((l) => `   ${l}`),
        `   Adres gehuurde: ${c.p.street} ${c.p.houseNumber}, ${c.p.postcode} ${c.p.city}`,
        '3. Huurprijs',
        row(['', 'tot 1 juli', 'per 1 juli'], w),
        row(['   a. kale huurprijs', eur(kale), eur(nieuw)], w),
        row(['   b. voorschot servicekosten', eur(sk), eur(sk)], w),
        row(['   c. totaal (a + b)', eur(kale + sk), eur(nieuw + sk)], w),
        row(['   verhogingspercentage', '', `${String(pct).replace('.', ',')} %`], w),
        row(['   maximale huurprijs (WWS-punten)', '', `${rng.int(118, 190)} punten`], w),
        '4. Ingangsdatum',
        `   1 juli ${year(c)}`,
        '',
        ...paras(
          84,
          '[ ] Ik ga akkoord met dit voorstel.   [ ] Ik ga niet akkoord en maak bezwaar (vóór de ingangsdatum).',
          'Betaalt u de nieuwe huur zonder bezwaar te maken, dan geldt dat als instemming met dit voorstel.',
          'Een inkomensafhankelijke huurverhoging is alleen toegestaan met een inkomensverklaring van de Belastingdienst.',
        ),
        '',
        'Handtekening huurder: ____________________',
        `Pagina 1 van 1 · ${corp} · KvK ${rng.digits(8)}`,
      ],
    ];
  },
};

const huurverlaging: Template = {
  id: 'rental_agreement.b-huurverlaging',
  type: 'rental_agreement',
  lang: 'nl',
  style: 'printed',
  weight: 0.7,
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const corp = rng.pick(HOUSING_CORPS);
    const oud = rng.amount(620, 920);
    const nieuw = rng.chance(0.5) ? rng.pick([498.2, 545.0, 650.43, 712.0]) : Math.round(oud * 0.93 * 100) / 100;
    const reden = rng.pick([
      `Uit de inkomensgegevens die u ons stuurde blijkt dat uw huishoudinkomen laag is. Daarom verlagen wij uw kale huur naar ${eur(nieuw)}.`,
      `Na de uitspraak van de Huurcommissie van ${fmtDate(addDays(c.date, -rng.int(20, 60)), 'long')} (zaaknummer ${rng.letters(3)}${rng.digits(6)}) passen wij de huurprijs aan naar ${eur(nieuw)} per maand.`,
      `U vroeg ons om huurverlaging omdat uw inkomen is gedaald na het ontslag van uw partner. Uw aanvraag is toegekend: de kale huur wordt ${eur(nieuw)}.`,
    ]);
    return [
      [
        corp.toUpperCase(),
        `Team Huuradministratie`,
        '',
        ...addressFormal(c.p, rng),
        '',
        `Datum: ${fmtDate(c.date, 'long')}`,
        `Ons kenmerk: HV-${rng.digits(6)}`,
        ...bsnLine(c),
        ...birthLine(c),
        'Onderwerp: verlaging van uw huur',
        '',
        salutation(c.p, rng),
        '',
        ...paras(
          86,
          reden,
          `De verlaging gaat in op ${fmtDate(addDays(c.date, rng.int(10, 40)), 'long')}. Uw oude kale huur was ${eur(oud)}. Betaalt u via automatische incasso, dan passen wij het bedrag zelf aan. Betaalt u zelf, wilt u dan uw periodieke overboeking wijzigen?`,
          'Let op: krijgt u huurtoeslag, geef de nieuwe huur dan door aan de Belastingdienst/Toeslagen.',
        ),
        '',
        'Met vriendelijke groet,',
        '',
        c.r.name,
        'Woonconsulent',
      ],
    ];
  },
};

const onderhuurFormulier: Template = {
  id: 'rental_agreement.b-onderhuur-afspraken',
  type: 'rental_agreement',
  lang: 'nl',
  style: 'form',
  weight: 0.6,
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const rent = rng.amount(250, 700);
    const tick = () => (rng.chance(0.7) ? '[X]' : '[ ]');
    return [
      [
        'OVEREENKOMST ONDERHUUR',
        '(model - in te vullen door hoofdhuurder en onderhuurder)',
        '',
        `Hoofdhuurder .......... ${c.q.name}`,
        `Adres ................. ${c.q.street} ${c.q.houseNumber}, ${c.q.postcode} ${c.q.city}`,
        `Onderhuurder .......... ${c.p.name}`,
        ...bsnLine(c, 'nl', ' ......... '),
        ...birthLine(c, 'nl', ' .......... '),
        '',
        `Het onderverhuurde:  ${tick()} één kamer   ${tick()} gebruik keuken   ${tick()} gebruik badkamer   ${tick()} berging`,
        `Periode: van ${fmtDate(addDays(c.date, rng.int(-10, 14)))} tot ${fmtDate(addDays(c.date, rng.int(120, 400)))}`,
        `Onderhuurprijs per maand: ${eur(rent)}   inclusief energie: ${rng.chance(0.6) ? 'ja' : 'nee'}`,
        `Waarborg: ${eur(rng.pick([0, 200, 350, 500]))}`,
        '',
        ...paras(
          84,
          `De hoofdhuurder verklaart dat de verhuurder (${rng.pick(HOUSING_CORPS)}) ${rng.pick(['toestemming heeft gegeven voor onderverhuur', 'op de hoogte is gebracht'])}. De onderhuurder heeft geen huurbescherming tegenover de verhuurder. Eindigt de hoofdhuur, dan eindigt ook deze onderhuur.`,
        ),
        '',
        `Plaats: ${c.q.city}     Datum: ${fmtDate(c.date)}`,
        'Hoofdhuurder: ______________    Onderhuurder: ______________',
      ],
    ];
  },
};

const leaseEnglish: Template = {
  id: 'rental_agreement.b-en-residential-lease',
  type: 'rental_agreement',
  lang: 'en',
  style: 'printed',
  weight: 0.7,
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const rent = rng.amount(750, 1650);
    const agency = rng.pick(['Expat Housing Holland B.V.', 'CityNest Rentals', 'Dutch Home Partners', 'Randstad Residential Lettings']);
    const body = [
      `THIS RESIDENTIAL LEASE AGREEMENT is made on ${fmtDate(c.date, 'en')} between ${c.r.name}, represented by ${agency} ("the Landlord"), and ${c.p.name} ("the Tenant").`,
      `1. PREMISES. The Landlord lets to the Tenant the ${rng.pick(['furnished studio', 'two-room apartment', 'upstairs apartment'])} at ${c.p.street} ${c.p.houseNumber}, ${c.p.postcode} ${c.p.city}, the Netherlands.`,
      `2. TERM. The lease starts on ${fmtDate(addDays(c.date, rng.int(5, 30)), 'en')} for a fixed period of ${rng.pick(['12', '24'])} months (Dutch Civil Code, art. 7:271). After that it continues for an indefinite period unless terminated.`,
      `3. RENT. The monthly rent is ${moneyEn(rent)}, payable in advance before the 1st of each month to account ${formatIbanSafe(c.r.iban)}. Service charges of ${moneyEn(rng.amount(20, 90))} are paid on account.`,
      `4. DEPOSIT. The Tenant pays a security deposit of ${moneyEn(rent * 2)}, refunded within 14 days after the end of the lease, less any amounts owed.`,
      '5. USE. The premises are used solely as a private residence. Subletting requires written consent.',
      '6. REGISTRATION. The Tenant will register at this address with the municipality (BRP) within five days.',
      '7. GOVERNING LAW. This agreement is governed by Dutch law. The Dutch text of the general conditions prevails.',
    ];
    const lines = [
      ...bsnLine(c, 'en').map((l) => `Tenant ${l}`),
      ...birthLine(c, 'en').map((l) => `Tenant ${l}`),
      ...paras(90, ...body),
      '',
      'Signed in duplicate:',
      'The Landlord ____________________      The Tenant ____________________',
    ];
    return paginate(
      lines,
      22,
      (p) => (p === 1 ? [agency, 'RESIDENTIAL LEASE AGREEMENT - LIVING SPACE', `Ref. ${rng.letters(2)}-${rng.digits(5)}`, ''] : []),
      (p, n) => ['', `Initials Landlord ____  Tenant ____                                   page ${p}/${n}`],
    );
  },
};

const huurIndexMail: Template = {
  id: 'rental_agreement.b-indexatie-email',
  type: 'rental_agreement',
  lang: 'nl',
  style: 'printed',
  weight: 0.6,
  supports: ['name-birthdate'],
  render(c) {
    const { rng } = c;
    const old = rng.amount(700, 1400);
    const pct = rng.pick([2.8, 3.4, 4.1, 5.5]);
    const beheerder = rng.pick(['Vastgoedbeheer Rijnmond', 'Hofstad Vastgoed B.V.', 'MVGM Vastgoedmanagement', 'Bouwinvest Beheer']);
    return [
      [
        `Van: huuradministratie@${beheerder.toLowerCase().replace(/[^a-z]/g, '')}.nl`,
        `Aan: ${c.p.email}`,
        `Verzonden: ${fmtDate(c.date, 'weekday')} ${rng.int(8, 17)}:${rng.digits(2)}`,
        `Onderwerp: Jaarlijkse huurindexatie ${c.p.street} ${c.p.houseNumber}`,
        '',
        `Beste ${c.p.firstName} ${c.p.lastName},`,
        ...birthLine(c),
        '',
        ...paras(
          80,
          `Conform artikel 4 van uw huurovereenkomst wordt de huur per 1 juli ${year(c)} geïndexeerd met ${String(pct).replace('.', ',')}% (CPI + 1%). Uw nieuwe huur bedraagt ${eur(old * (1 + pct / 100))} (was ${eur(old)}).`,
          'De brief met het officiële voorstel vindt u als bijlage. Vragen? Beantwoord deze e-mail.',
        ),
        '',
        'Met vriendelijke groet,',
        `Team Huuradministratie | ${beheerder}`,
        '',
        `Bijlage: Voorstel_huurverhoging_${year(c)}.pdf (84 KB)`,
      ],
    ];
  },
};

// ---------------------------------------------------------------------------------------------
// Bank statements

const abnRekeningoverzicht: Template = {
  id: 'bank_statement.b-abn-rekeningoverzicht',
  type: 'bank_statement',
  lang: 'nl',
  style: 'printed',
  supports: ['client-number'],
  render(c) {
    const { rng } = c;
    const from = addDays(c.date, -rng.int(28, 35));
    const mv = movements(c, rng.int(10, 45), from);
    const start = rng.amount(-80, 1800);
    const lines = mv.flatMap((m) => [
      row(
        [fmtDate(m.d, 'dot'), fmtDate(addDays(m.d, rng.int(0, 1)), 'dot'), m.amt < 0 ? money(-m.amt) : '', m.amt > 0 ? money(m.amt) : ''],
        [11, 11, 14, 14],
      ),
      `   ${m.amt < 0 && rng.chance(0.4) ? 'SEPA Incasso algemeen doorlopend' : m.who.startsWith('Geldmaat') ? 'GEA' : 'SEPA Overboeking'}  Naam: ${m.who}`,
      `   Omschrijving: ${m.what}`,
    ]);
    return paginate(
      lines,
      36,
      (p, n) => [
        `ABN·AMRO   Rekeningoverzicht   blad ${p}/${n}`,
        ...(p === 1
          ? [
              '',
              ...address(c.p),
              ...clientLine(c),
              '',
              `Rekening ${formatIbanSafe(c.p.iban)}  ${rng.pick(['BasisPakket', 'Betaalrekening', 'Student Pakket'])}`,
              `Periode ${fmtDate(from, 'dot')} - ${fmtDate(c.date, 'dot')}   Vorig saldo ${money(start)} ${start < 0 ? 'D' : 'C'}`,
            ]
          : []),
        'Boekdatum  Valutadatum      Debet         Credit',
      ],
      (p, n) =>
        p === n
          ? ['', `Nieuw saldo ${money(balanceAfter(start, mv))}`, 'ABN AMRO Bank N.V., Amsterdam. Handelsregister KvK 34334259']
          : ['', 'Zie ommezijde'],
    );
  },
};

const raboCsv: Template = {
  id: 'bank_statement.b-rabo-csv-afdruk',
  type: 'bank_statement',
  lang: 'nl',
  style: 'printed',
  weight: 0.7,
  supports: [],
  render(c) {
    const { rng } = c;
    const from = addDays(c.date, -rng.int(28, 33));
    const mv = movements(c, rng.int(8, 40), from);
    let bal = rng.amount(0, 1500);
    const iban = c.p.iban;
    const lines = mv.map((m, i) => {
      bal = Math.round((bal + m.amt) * 100) / 100;
      return `"${iban}","EUR","RABONL2U","${String(i + 1).padStart(18, '0')}","${fmtDate(m.d, 'iso')}","${fmtDate(m.d, 'iso')}","${m.amt < 0 ? '-' : '+'}${Math.abs(m.amt).toFixed(2).replace('.', ',')}","${bal.toFixed(2).replace('.', ',')}","","${m.who}","","","${m.amt < 0 && m.what.includes('machtiging') ? 'ei' : 'cb'}","${m.what}"`;
    });
    return paginate(
      lines,
      30,
      (p) =>
        p === 1
          ? [
              `CSV_A_${c.p.iban}_EUR_${fmtDate(from, 'iso').replace(/-/g, '')}_${fmtDate(c.date, 'iso').replace(/-/g, '')}.csv`,
              `Rabo Internetbankieren - ${rng.pick([`${c.p.initials} ${c.p.lastName}`, c.p.name, `${c.p.lastName.toUpperCase()} ${c.p.initials}`])} - Downloaden transacties`,
              '"IBAN/BBAN","Munt","BIC","Volgnr","Datum","Rentedatum","Bedrag","Saldo na trn","Tegenrekening IBAN/BBAN","Naam tegenpartij","Naam uiteindelijke partij","Naam initiërende partij","Transactiecode","Omschrijving-1"',
            ]
          : [],
      (p, n) => [`Pagina ${p} van ${n}    afgedrukt ${fmtDate(c.date, 'dmy')} ${rng.int(9, 22)}:${rng.digits(2)}`],
    );
  },
};

const atmMini: Template = {
  id: 'bank_statement.b-geldautomaat-mini',
  type: 'bank_statement',
  lang: 'nl',
  style: 'printed',
  weight: 0.6,
  supports: [],
  render(c) {
    const { rng } = c;
    const mv = movements(c, rng.int(5, 10), addDays(c.date, -14));
    const bal = rng.amount(-50, 600);
    const bank = BANKS[c.p.bank].name;
    return [
      [
        'GELDMAAT',
        `${rng.pick(['Stationsplein', 'Winkelcentrum Zuid', 'Marktplein', 'Jumbo Centrum'])} ${c.p.city.toUpperCase()}`,
        `AUTOMAAT ${rng.digits(6)}  ${fmtDate(c.date, 'dot')} ${rng.int(7, 23)}:${rng.digits(2)}`,
        '',
        'MINI-AFSCHRIFT',
        `${bank.toUpperCase().slice(0, 18)}`,
        `REK ${c.p.iban.slice(0, 4)} **** **** ${c.p.iban.slice(-4)}`,
        '--------------------------',
        ...mv.map((m) => `${fmtDate(m.d, 'short')} ${m.who.toUpperCase().slice(0, 12).padEnd(12)} ${money(m.amt).padStart(9)}`),
        '--------------------------',
        `BESCHIKB. SALDO  ${money(bal).padStart(9)}`,
        '',
        'BEWAAR DIT BONNETJE',
      ],
    ];
  },
};

const appScreenshot: Template = {
  id: 'bank_statement.b-bankapp-screenshot',
  type: 'bank_statement',
  lang: 'nl',
  style: 'printed',
  weight: 0.8,
  supports: [],
  render(c) {
    const { rng } = c;
    const mv = movements(c, rng.int(6, 16), addDays(c.date, -rng.int(5, 20))).reverse();
    const days = ['Vandaag', 'Gisteren'];
    const out: string[] = [];
    let last = '';
    for (const [i, m] of mv.entries()) {
      const label = i < 2 ? (days[i] as string) : `${m.d.getUTCDate()} ${MONTHS_SHORT[m.d.getUTCMonth()]}`;
      if (label !== last) out.push('', label.toUpperCase());
      last = label;
      out.push(`${m.who}`, `   ${m.what.slice(0, 28)}${' '.repeat(4)}${m.amt > 0 ? '+' : '-'} ${money(Math.abs(m.amt))}`);
    }
    return [
      [
        `${rng.int(7, 23)}:${rng.digits(2)}${' '.repeat(18)}${rng.pick(['4G', '5G', 'WiFi'])}  ${rng.int(8, 99)}%`,
        `< Rekeningen${' '.repeat(14)}Zoeken`,
        '',
        `${rng.pick(['Betaalrekening', 'Basisrekening', 'Gezamenlijke rekening', 'Lopende rekening'])}`,
        `${c.p.initials} ${c.p.lastName}`,
        formatIbanSafe(c.p.iban),
        '',
        `€ ${money(rng.amount(-40, 900))}`,
        'Beschikbaar saldo',
        '[ Overmaken ]  [ Betaalverzoek ]  [ Details ]',
        ...out,
        '',
        'Home    Rekeningen    Betalen    Sparen    Meer',
      ],
    ];
  },
};

const snsGezamenlijk: Template = {
  id: 'bank_statement.b-gezamenlijke-rekening',
  type: 'bank_statement',
  lang: 'nl',
  style: 'printed',
  supports: ['client-number'],
  render(c) {
    const { rng } = c;
    const bank = rng.pick(['SNS', 'ASN Bank', 'RegioBank']);
    const from = addDays(c.date, -rng.int(28, 31));
    const mv = movements(c, rng.int(12, 40), from);
    const start = rng.amount(-200, 2200);
    const holders = `${c.p.gender === 'f' ? 'Mw' : 'Dhr'} ${c.p.initials} ${c.p.lastName} en/of ${c.q.gender === 'f' ? 'Mw' : 'Dhr'} ${c.q.initials} ${c.q.lastName}`;
    const w = [7, 30, 28, 12];
    const lines = mv.map((m) => row([fmtDate(m.d, 'short'), m.who.slice(0, 29), m.what.slice(0, 27), money(m.amt, { sign: true })], w));
    return paginate(
      lines,
      38,
      (p) => [
        `${bank}  |  Rekeningafschrift nr. ${rng.int(1, 12)}/${year(c)}`,
        ...(p === 1
          ? [
              holders,
              `${c.p.street} ${c.p.houseNumber}`,
              `${c.p.postcode}  ${c.p.city}`,
              ...clientLine(c),
              '',
              `Gezamenlijke betaalrekening ${ibanText(c.p.iban, rng)}`,
              `Saldo ${fmtDate(from)}: ${money(start)}`,
            ]
          : []),
        row(['Datum', 'Tegenpartij', 'Omschrijving', 'Bedrag'], w),
      ],
      (p, n) => (p === n ? [`Saldo ${fmtDate(c.date)}: ${money(balanceAfter(start, mv))}`, `Blad ${p}`] : [`Blad ${p}`]),
    );
  },
};

const revolutEn: Template = {
  id: 'bank_statement.b-en-neobank',
  type: 'bank_statement',
  lang: 'en',
  style: 'printed',
  weight: 0.8,
  supports: [],
  render(c) {
    const { rng } = c;
    const from = addDays(c.date, -rng.int(28, 31));
    const mv = movements(c, rng.int(8, 30), from);
    const start = rng.amount(0, 900);
    let bal = start;
    const w = [13, 30, 11, 11, 11];
    const lines = mv.map((m) => {
      bal += m.amt;
      const desc = m.who === 'Geldmaat' ? 'Cash withdrawal at Geldmaat' : m.amt > 0 ? `Payment from ${m.who}` : `To ${m.who}`;
      return row(
        [
          `${MONTHS_EN[m.d.getUTCMonth()]?.slice(0, 3)} ${m.d.getUTCDate()}, ${m.d.getUTCFullYear()}`,
          desc.slice(0, 29),
          m.amt < 0 ? moneyEn(-m.amt) : '',
          m.amt > 0 ? moneyEn(m.amt) : '',
          moneyEn(bal),
        ],
        w,
      );
    });
    const lt = `LT${rng.digits(2)} 3250 0${rng.digits(3)} ${rng.digits(4)} ${rng.digits(4)}`;
    return paginate(
      lines,
      32,
      (p) =>
        p === 1
          ? [
              rng.pick(['Revolut', 'Wise', 'N26']),
              `EUR Statement`,
              `Generated on the ${fmtDate(c.date, 'en')}`,
              '',
              c.p.name.toUpperCase(),
              `${c.p.street} ${c.p.houseNumber}`,
              `${c.p.postcode} ${c.p.city}, NL`,
              '',
              `IBAN ${lt}    BIC REVOLT21`,
              `Balance summary  Opening ${moneyEn(start)}  Closing ${moneyEn(balanceAfter(start, mv))}`,
              '',
              row(['Date', 'Description', 'Money out', 'Money in', 'Balance'], w),
            ]
          : [row(['Date', 'Description', 'Money out', 'Money in', 'Balance'], w)],
      (p, n) => ['', `Report lost or stolen cards · Get help in the app                   Page ${p} of ${n}`],
    );
  },
};

const bunqEn: Template = {
  id: 'bank_statement.b-en-bunq-monthly',
  type: 'bank_statement',
  lang: 'en',
  style: 'printed',
  weight: 0.6,
  supports: ['client-number'],
  render(c) {
    const { rng } = c;
    const from = addDays(c.date, -30);
    const mv = movements(c, rng.int(6, 24), from);
    const start = rng.amount(10, 700);
    const iban = c.p.bank === 'BUNQ' ? c.p.iban : makeIban(rng, 'BUNQ');
    return [
      [
        'bunq',
        `Statement of account ${monthName(from, 'en')} ${from.getUTCFullYear()}`,
        '',
        `${c.p.name}`,
        `${c.p.street} ${c.p.houseNumber}, ${c.p.postcode} ${c.p.city}`,
        ...clientLine(c, 'en'),
        `Account: ${rng.pick(['Main', 'Household', 'Bills', 'Easy Money'])}  ${formatIbanSafe(iban)}`,
        '',
        ...mv.map(
          (m) => `${fmtDate(m.d, 'iso')}  ${m.amt > 0 ? 'IN ' : 'OUT'}  ${moneyEn(Math.abs(m.amt)).padStart(10)}  ${m.who} — ${m.what}`,
        ),
        '',
        `Starting balance ${moneyEn(start)}   Ending balance ${moneyEn(balanceAfter(start, mv))}`,
        'bunq B.V. · Naritaweg 131-133, Amsterdam · bunq is supervised by De Nederlandsche Bank',
      ],
    ];
  },
};

const saldoOpgave: Template = {
  id: 'bank_statement.b-saldo-opgave-peildatum',
  type: 'bank_statement',
  lang: 'nl',
  style: 'printed',
  weight: 0.6,
  supports: ['client-number'],
  render(c) {
    const { rng } = c;
    const bank = BANKS[c.p.bank].name;
    const peil = new Date(Date.UTC(year(c), rng.pick([0, c.date.getUTCMonth()]), 1));
    const w = [30, 26, 14];
    const accounts: [string, string, number][] = [
      ['Betaalrekening', formatIbanSafe(c.p.iban), rng.amount(-150, 1800)],
      ...(rng.chance(0.6)
        ? ([['Spaarrekening', `${c.p.iban.slice(0, 8)} ${rng.digits(10)}`, rng.amount(0, 6000)]] as [string, string, number][])
        : []),
      ...(rng.chance(0.2) ? ([['Creditcard', `**** ${rng.digits(4)}`, -rng.amount(0, 900)]] as [string, string, number][]) : []),
    ];
    return [
      [
        bank,
        '',
        ...addressFormal(c.p, rng),
        ...clientLine(c),
        '',
        `Saldo-opgave per ${fmtDate(peil, 'long')}`,
        '',
        ...paras(
          86,
          'Op uw verzoek geven wij hieronder een overzicht van de saldi van uw rekeningen op de peildatum. Dit overzicht kunt u gebruiken voor uw aangifte of voor een instantie die om uw vermogen vraagt.',
        ),
        '',
        row(['Product', 'Rekeningnummer', 'Saldo'], w),
        ...accounts.map(([a, n, s]) => row([a, n, money(s)], w)),
        row(['Totaal', '', money(accounts.reduce((s, [, , x]) => s + x, 0))], w),
        '',
        'Dit overzicht is automatisch aangemaakt en daarom niet ondertekend.',
      ],
    ];
  },
};

// ---------------------------------------------------------------------------------------------
// Payslips

const bakkerijStrookje: Template = {
  id: 'payslip.b-zelfgemaakt-excel',
  type: 'payslip',
  lang: 'nl',
  style: 'printed',
  weight: 0.8,
  supports: ['bsn'],
  render(c) {
    const { rng } = c;
    const emp = rng.pick([
      'Bakkerij De Korenaar',
      'Snackbar ’t Hoekje',
      'Schildersbedrijf P. de Groot',
      'Kapsalon Linda',
      'Groentehandel Öztürk',
      'Café De Zwaan',
    ]);
    const uren = rng.int(6, 32);
    const uurloon = rng.pick([14.06, 14.4, 14.71, 15.2, 16.0]);
    const bruto = Math.round(uren * uurloon * 100) / 100;
    const vak = Math.round(bruto * 0.08 * 100) / 100;
    const lh = Math.round(bruto * rng.pick([0, 0, 0.04, 0.09]) * 100) / 100;
    const week = rng.int(1, 52);
    return [
      [
        `${emp}`,
        `loonstrook ${rng.chance(0.5) ? `week ${week}` : monthName(c.date)} ${year(c)}`,
        '',
        `naam: ${c.p.name}`,
        ...bsnLine(c),
        '',
        `uren gewerkt\t${uren}`,
        `uurloon\t${money(uurloon)}`,
        `bruto\t${money(bruto)}`,
        `vak.geld 8%\t${money(vak)}`,
        `loonheffing\t-${money(lh)}`,
        '-----------------------',
        `netto uitbetaald\t${money(bruto + vak - lh)}`,
        '',
        rng.pick([`overgemaakt naar ${ibanText(c.p.iban, rng)}`, 'contant betaald, voor ontvangst getekend:', 'wordt vrijdag overgemaakt']),
      ],
    ];
  },
};

const uitzendWeek: Template = {
  id: 'payslip.b-uitzend-weekstrook',
  type: 'payslip',
  lang: 'nl',
  style: 'printed',
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const bureau = rng.pick(STAFFING);
    const week = rng.int(1, 52);
    const uurloon = rng.amount(14.06, 17.5);
    const uren = rng.int(16, 40);
    const ov = rng.chance(0.4) ? rng.int(1, 8) : 0;
    const basis = uren * uurloon;
    const ovb = ov * uurloon * 1.25;
    const vg = (basis + ovb) * 0.08;
    const fd = (basis + ovb) * 0.0207;
    const kv = (basis + ovb) * 0.0065;
    const bruto = basis + ovb;
    const lh = bruto * rng.pick([0.05, 0.08, 0.11]);
    const pens = rng.chance(0.5) ? bruto * 0.061 : 0;
    const w = [8, 28, 8, 10, 12];
    return [
      [
        `${bureau}  —  Loonspecificatie week ${week} ${year(c)}`,
        `Fase ${rng.pick(['A', 'A', 'B', '1-2'])}  |  CAO ${rng.pick(['ABU', 'NBBU'])}  |  Opdrachtgever: ${rng.pick(EMPLOYERS)}`,
        '',
        `Medewerker ${rng.digits(7)}  ${initialsName(c)}`,
        ...bsnLine(c),
        ...birthLine(c),
        `Loonheffingskorting: ${rng.pick(['ja', 'nee'])}   Tabel: groen/week`,
        '',
        row(['Code', 'Omschrijving', 'Aantal', 'Tarief', 'Bedrag'], w),
        row(['1000', 'Gewerkte uren 100%', uren, money(uurloon), money(basis)], w),
        ...(ov ? [row(['1125', 'Overuren 125%', ov, money(uurloon * 1.25), money(ovb)], w)] : []),
        row(['5010', 'Res. vakantiegeld 8%', '', '', money(vg)], w),
        row(['5020', 'Res. feestdagen', '', '', money(fd)], w),
        row(['5030', 'Res. kort verzuim', '', '', money(kv)], w),
        row(['', 'Bruto loon', '', '', money(bruto)], w),
        row(['7000', 'Loonheffing', '', '', money(-lh)], w),
        ...(pens ? [row(['7100', 'Pensioen StiPP basis', '', '', money(-pens)], w)] : []),
        row(['', 'NETTO', '', '', money(bruto - lh - pens)], w),
        '',
        `Saldo reserveringen: vakantiegeld ${money(vg * rng.int(3, 30))}  vakantie-uren ${rng.int(4, 80)},${rng.digits(2)}`,
        `Uitbetaald op ${ibanText(c.p.iban, rng)} d.d. ${fmtDate(addDays(c.date, rng.int(0, 6)))}`,
      ],
    ];
  },
};

const tweeKolommen: Template = {
  id: 'payslip.b-twee-kolommen',
  type: 'payslip',
  lang: 'nl',
  style: 'printed',
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const emp = rng.pick(EMPLOYERS);
    const bruto = rng.amount(900, 2900);
    const lh = bruto * rng.amount(0.04, 0.16);
    const pens = bruto * 0.055;
    const zvw = rng.chance(0.5) ? bruto * 0.0532 : 0;
    const left = [
      'WERKNEMER',
      c.p.name,
      `${c.p.street} ${c.p.houseNumber}`,
      `${c.p.postcode} ${c.p.city}`,
      ...bsnLine(c),
      ...birthLine(c),
      `In dienst: ${fmtDate(addDays(c.date, -rng.int(60, 2000)))}`,
      `Functie: ${rng.pick(['medewerker', 'chauffeur', 'schoonmaker', 'verzorgende IG', 'kok'])}`,
      `Parttime: ${rng.int(40, 90)}%`,
      `Uurloon: ${money(rng.amount(14.06, 19))}`,
    ];
    const right = [
      'BEREKENING',
      `Salaris            ${money(bruto)}`,
      `Toeslag onr.       ${money(rng.amount(0, 140))}`,
      `Pensioenpremie    -${money(pens)}`,
      `Loon lb/pvv        ${money(bruto - pens)}`,
      `Loonheffing       -${money(lh)}`,
      ...(zvw ? [`Bijdrage Zvw      -${money(zvw)}`] : []),
      `Reiskosten         ${money(rng.amount(0, 90))}`,
      `NETTO              ${money(bruto - pens - lh - zvw)}`,
    ];
    const n = Math.max(left.length, right.length);
    const lines = Array.from({ length: n }, (_, i) => `${(left[i] ?? '').padEnd(44)}${right[i] ?? ''}`);
    return [
      [
        `${emp.toUpperCase()}${' '.repeat(8)}SALARISSTROOK ${monthName(c.date).toUpperCase()} ${year(c)}`,
        `Periode ${c.date.getUTCMonth() + 1}  Verloningsdatum ${fmtDate(addDays(c.date, rng.int(-3, 3)))}`,
        '='.repeat(76),
        ...lines,
        '='.repeat(76),
        `Tabel: wit maand   Heffingskorting: ${rng.pick(['Ja', 'Nee'])}   Bijz. tarief: ${rng.int(0, 49)},${rng.digits(3)}%`,
        `Betaald op rekening ${formatIbanSafe(c.p.iban)}`,
      ],
    ];
  },
};

const periode13: Template = {
  id: 'payslip.b-decemberstrook-cumulatieven',
  type: 'payslip',
  lang: 'nl',
  style: 'printed',
  weight: 0.7,
  supports: ['bsn'],
  render(c) {
    const { rng } = c;
    const emp = rng.pick(EMPLOYERS);
    const bruto = rng.amount(1100, 2700);
    const lh = bruto * rng.amount(0.05, 0.15);
    const n = rng.int(9, 13);
    const w = [28, 14, 16];
    return [
      [
        `${emp}`,
        `Loonstrook periode ${n} / ${year(c)}  (4-wekenverloning)`,
        `${initialsName(c)}  personeelsnr. ${rng.digits(4)}`,
        ...bsnLine(c),
        '',
        row(['', 'Deze periode', 't/m deze periode'], w),
        row(['Bruto loon', money(bruto), money(bruto * n)], w),
        row(['Vakantietoeslag', money(0), money(bruto * n * 0.08)], w),
        row(['Loon voor loonheffing', money(bruto * 0.95), money(bruto * n * 1.03)], w),
        row(['Ingehouden loonheffing', money(lh), money(lh * n)], w),
        row(['Toegepaste arbeidskorting', money(rng.amount(150, 400)), money(rng.amount(2000, 5000))], w),
        row(['Werknemersbijdrage pensioen', money(bruto * 0.05), money(bruto * n * 0.05)], w),
        row(['Netto', money(bruto - lh - bruto * 0.05), money((bruto - lh - bruto * 0.05) * n)], w),
        '',
        'Let op: de cumulatieve bedragen zijn geen jaaropgaaf. De jaaropgaaf ontvangt u in januari.',
        `Verlofsaldo: ${rng.int(0, 180)} uur   Uitbetaling ${fmtDate(c.date)} op ${ibanText(c.p.iban, rng)}`,
      ],
    ];
  },
};

const payslipEn: Template = {
  id: 'payslip.b-en-international',
  type: 'payslip',
  lang: 'en',
  style: 'printed',
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const emp = rng.pick([
      'Northwind Logistics B.V.',
      'Contoso Fulfilment Netherlands B.V.',
      'Global Food Services Amsterdam',
      'Harbour Hotels Rotterdam',
    ]);
    const gross = rng.amount(1400, 3100);
    const tax = gross * rng.amount(0.06, 0.18);
    const pension = gross * 0.045;
    const w = [34, 14];
    return [
      [
        emp,
        `PAYSLIP  ·  Pay period: ${monthName(c.date, 'en')} ${year(c)}  ·  Pay date: ${fmtDate(addDays(c.date, rng.int(-4, 2)), 'en')}`,
        '',
        `Employee: ${c.p.name}    Employee ID: E${rng.digits(5)}`,
        ...bsnLine(c, 'en'),
        ...birthLine(c, 'en'),
        `Job title: ${rng.pick(['Warehouse associate', 'Housekeeping attendant', 'Kitchen porter', 'Customer service agent'])}   Hours/week: ${rng.int(16, 40)}`,
        '',
        row(['EARNINGS', 'EUR'], w),
        row(['Base salary', money(gross)], w),
        row(['Shift allowance', money(rng.amount(0, 120))], w),
        row(['Holiday allowance accrued (8%)', money(gross * 0.08)], w),
        row(['DEDUCTIONS', ''], w),
        row(['Wage tax / national insurance', money(-tax)], w),
        row(['Pension (employee share)', money(-pension)], w),
        ...(rng.chance(0.3) ? [row(['30% ruling', 'not applied'], w)] : []),
        row(['NET PAY', money(gross - tax - pension)], w),
        '',
        `Paid to ${formatIbanSafe(c.p.iban)}`,
        'Questions about your pay? Contact payroll@ or HR self-service. This payslip is generated electronically.',
      ],
    ];
  },
};

const horecaBriefje: Template = {
  id: 'payslip.b-handgeschreven-loonbriefje',
  type: 'payslip',
  lang: 'nl',
  style: 'handwritten',
  weight: 0.5,
  supports: [],
  render(c) {
    const { rng } = c;
    const rows = Array.from({ length: rng.int(2, 5) }, (_, i) => {
      const d = addDays(c.date, -i * rng.int(1, 3));
      const h = rng.int(3, 9);
      return `${fmtDate(d, 'short')}  ${h} uur`;
    });
    const uren = rng.int(12, 40);
    const tarief = rng.pick([12.5, 13, 14, 14.5]);
    return [
      [
        rng.pick(['Loonbriefje', 'loon', 'Uitbetaling uren']),
        `${c.p.firstName} ${c.p.lastName}`,
        ...rows,
        `totaal ${uren} uur x ${money(tarief)} = ${money(uren * tarief)}`,
        rng.pick(['contant ontvangen', 'overgemaakt', 'betaald']),
        `${rng.pick(['Restaurant Het Anker', 'Cafetaria De Brug', 'Pizzeria Napoli', 'Kapsalon Linda'])}`,
        `${fmtDate(c.date, 'slash')}`,
      ],
    ];
  },
};

// ---------------------------------------------------------------------------------------------
// Tax documents

const toeslagBeschikking: Template = {
  id: 'tax_document.b-voorschotbeschikking-huurtoeslag',
  type: 'tax_document',
  lang: 'nl',
  style: 'printed',
  supports: ['bsn'],
  render(c) {
    const { rng } = c;
    const soort = rng.pick(['huurtoeslag', 'zorgtoeslag', 'kindgebonden budget']);
    const perMaand = soort === 'zorgtoeslag' ? rng.amount(90, 140) : rng.amount(80, 420);
    const y = year(c) + (c.date.getUTCMonth() >= 10 ? 1 : 0);
    const w = [14, 14, 14];
    const months = Array.from({ length: 12 }, (_, i) =>
      row(
        [`${MONTHS_SHORT[i]} ${y}`, money(perMaand), fmtDate(new Date(Date.UTC(y - (i === 0 ? 1 : 0), i === 0 ? 11 : i - 1, 20)), 'dmy')],
        w,
      ),
    );
    return paginate(
      [
        ...paras(
          86,
          `U krijgt een voorschot ${soort} over ${y}. U krijgt ${eur(perMaand)} per maand. Wij hebben uw voorschot berekend met een geschat toetsingsinkomen van ${eur(rng.amount(12000, 31000))}${soort === 'huurtoeslag' ? ` en een rekenhuur van ${eur(rng.amount(420, 880))}` : ''}.`,
          'Klopt een gegeven niet? Geef de wijziging dan binnen 4 weken door via Mijn toeslagen. Anders moet u misschien geld terugbetalen.',
        ),
        '',
        row(['Maand', 'Bedrag', 'Betaaldatum'], w),
        ...months,
        '',
        ...paras(86, 'Bent u het niet eens met deze beschikking? Dan kunt u binnen 6 weken na de datum van deze brief bezwaar maken.'),
      ],
      26,
      (p) =>
        p === 1
          ? [
              'Belastingdienst/Toeslagen',
              `Voorschotbeschikking ${soort} ${y}`,
              '',
              ...addressFormal(c.p, rng),
              '',
              `Datum ${fmtDate(c.date, 'long')}`,
              ...bsnLine(c),
              `Beschikkingsnummer ${rng.digits(4)}.${rng.digits(2)}.${rng.digits(3)}.T.${rng.digits(2)}`,
              '',
            ]
          : ['Belastingdienst/Toeslagen - vervolg', ''],
      (p, n) => ['', `${p}/${n}   TS 301 - ${rng.digits(1)}Z${rng.digits(1)}FD`],
    );
  },
};

const zorgtoeslagTerug: Template = {
  id: 'tax_document.b-definitieve-berekening-zorgtoeslag',
  type: 'tax_document',
  lang: 'nl',
  style: 'printed',
  supports: ['bsn'],
  render(c) {
    const { rng } = c;
    const y = year(c) - rng.int(1, 2);
    const recht = rng.amount(0, 1100);
    const gehad = recht + rng.amount(80, 1300);
    const terug = gehad - recht;
    const w = [50, 14];
    const kenmerk = `${rng.digits(4)} ${rng.digits(4)} ${rng.digits(4)} ${rng.digits(4)}`;
    return [
      [
        'Belastingdienst/Toeslagen',
        '',
        ...address(c.p),
        '',
        `Datum: ${fmtDate(c.date, 'long')}`,
        ...bsnLine(c),
        `Onderwerp: definitieve berekening zorgtoeslag ${y}`,
        '',
        ...paras(
          86,
          `U moet ${eur(terug)} zorgtoeslag terugbetalen. Uw inkomen over ${y} was hoger dan wij dachten toen wij uw voorschot berekenden.`,
        ),
        '',
        row(['Berekening', ''], w),
        row(['Toetsingsinkomen (aanslag inkomstenbelasting)', eur(rng.amount(27000, 42000))], w),
        row(['Zorgtoeslag waar u recht op heeft', eur(recht)], w),
        row(['Voorschotten die u heeft gekregen', eur(gehad)], w),
        row(['Terug te betalen', eur(terug)], w),
        '',
        ...paras(
          86,
          'U krijgt hierover binnen 8 weken een aparte brief: de terugvordering. Daarin staat hoe en wanneer u moet betalen. Kunt u niet in één keer betalen? Dan krijgt u automatisch een betalingsregeling van maximaal 24 maanden.',
        ),
        '',
        '- - - - - - - - - - - - - - - - - - - - knip hier - - - - - - - - - - - - - - - - - - - -',
        `Betalingskenmerk ${kenmerk}   Bedrag ${eur(terug)}`,
        'Rekening NL86 INGB 0002 4455 88 t.n.v. Belastingdienst/Toeslagen Utrecht',
      ],
    ];
  },
};

const voorlopigeMaand: Template = {
  id: 'tax_document.b-voorlopige-aanslag-maandbedragen',
  type: 'tax_document',
  lang: 'nl',
  style: 'printed',
  supports: ['bsn'],
  render(c) {
    const { rng } = c;
    const y = year(c) + (c.date.getUTCMonth() >= 10 ? 1 : 0);
    const teruggaaf = rng.chance(0.6);
    const total = rng.amount(120, 2600);
    const termijnen = rng.int(6, 11);
    const per = Math.round((total / termijnen) * 100) / 100;
    const aanslag = `${c.p.bsn}.H.${String(y).slice(2)}.${rng.pick(['01', '02', '16'])}`;
    return [
      [
        'Belastingdienst',
        `VOORLOPIGE AANSLAG INKOMSTENBELASTING ${y}`,
        '',
        ...addressFormal(c.p, rng),
        '',
        ...bsnLine(c),
        ...(c.show.bsn ? [`Aanslagnummer ${aanslag}`] : []),
        `Dagtekening ${fmtDate(c.date, 'long')}`,
        '',
        ...paras(
          86,
          teruggaaf
            ? `U krijgt over ${y} vooraf ${eur(total)} terug. Wij betalen dit in ${termijnen} maandelijkse termijnen van ${eur(per)} op rekening ${ibanText(c.p.iban, rng)}.`
            : `U moet over ${y} ${eur(total)} betalen. U betaalt dit in ${termijnen} termijnen van ${eur(per)}.`,
        ),
        '',
        'Termijn   Vervaldatum       Bedrag',
        ...Array.from(
          { length: termijnen },
          (_, i) =>
            `${String(i + 1).padStart(4)}      ${fmtDate(new Date(Date.UTC(y, 12 - termijnen + i, 28)))}      ${money(per).padStart(10)}`,
        ),
        '',
        ...paras(
          86,
          'Deze voorlopige aanslag is gebaseerd op de gegevens die u ons gaf. Veranderen uw inkomen of aftrekposten? Pas uw voorlopige aanslag dan aan via Mijn Belastingdienst.',
        ),
        '',
        `IB 65 - 2Z*1FD`,
      ],
    ];
  },
};

const jaaropgaveSvb: Template = {
  id: 'tax_document.b-jaaropgave-svb-pensioen',
  type: 'tax_document',
  lang: 'nl',
  style: 'printed',
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const issuer = rng.pick([
      'Sociale Verzekeringsbank',
      'Pensioenfonds PFZW',
      'bpfBOUW',
      'Pensioenfonds Horeca & Catering',
      'PMT Pensioenfonds',
    ]);
    const y = year(c) - (c.date.getUTCMonth() < 6 ? 1 : 0);
    const loon = rng.amount(800, 21000);
    const lh = loon * rng.amount(0.02, 0.2);
    const w = [44, 14];
    return [
      [
        issuer,
        `JAAROPGAAF ${y}`,
        '',
        ...address(c.p),
        '',
        ...bsnLine(c),
        ...birthLine(c),
        `Soort uitkering: ${issuer === 'Sociale Verzekeringsbank' ? rng.pick(['AOW', 'ANW', 'Kinderbijslag (geen loon)']) : 'Ouderdomspensioen / nabestaandenpensioen'}`,
        `Tijdvak: 01-01-${y} t/m 31-12-${y}`,
        '',
        row(['Loon voor de loonheffingen', money(loon)], w),
        row(['Ingehouden loonheffing', money(lh)], w),
        row(['Verrekende arbeidskorting', money(0)], w),
        row(['Loonheffingskorting toegepast', rng.pick(['ja', 'nee', 'ja, vanaf 01-04'])], w),
        row(['Bijdrage Zvw', money(loon * 0.0526)], w),
        '',
        ...paras(
          86,
          'Bewaar deze jaaropgaaf. U heeft hem nodig voor uw aangifte inkomstenbelasting en soms voor toeslagen of de gemeente.',
        ),
      ],
    ];
  },
};

const toeslagenEn: Template = {
  id: 'tax_document.b-en-benefits-notice',
  type: 'tax_document',
  lang: 'en',
  style: 'printed',
  weight: 0.5,
  supports: ['bsn'],
  render(c) {
    const { rng } = c;
    const y = year(c);
    return [
      [
        'Belastingdienst/Toeslagen (Benefits Agency) — unofficial translation',
        '',
        ...address(c.p),
        ...bsnLine(c, 'en'),
        `Date: ${fmtDate(c.date, 'en')}`,
        `Subject: Change to your ${rng.pick(['healthcare allowance', 'rent allowance', 'child budget'])} ${y}`,
        '',
        salutation(c.p, rng, 'en'),
        '',
        ...paras(
          84,
          `We have recalculated your advance payment because your estimated income changed to ${eur(rng.amount(14000, 36000))}. From ${monthName(addDays(c.date, 35), 'en')} you will receive ${eur(rng.amount(40, 380))} per month.`,
          `The advances you received so far were ${eur(rng.amount(50, 600))} too high. You will receive a separate letter about repayment.`,
          'If you do not agree with this decision, you can lodge an objection within 6 weeks. The Dutch version of this letter is the legally binding version.',
        ),
        '',
        'Yours sincerely,',
        'Benefits Agency of the Tax and Customs Administration',
      ],
    ];
  },
};

// ---------------------------------------------------------------------------------------------
// UWV decisions

const uwvHeader = (c: Ctx, subject: string): string[] => [
  'UWV',
  `Retouradres Postbus ${c.rng.pick([58285, 57260, 58076])}, 1040 HG Amsterdam`,
  '',
  ...addressFormal(c.p, c.rng),
  '',
  `Datum   ${fmtDate(c.date, 'long')}`,
  `Onze referentie   ${c.rng.digits(8)}`,
  ...bsnLine(c, 'nl', '   '),
  `Onderwerp   ${subject}`,
  '',
];
const uwvFooter = (c: Ctx) => [
  '',
  'Met vriendelijke groet,',
  '',
  `${c.r.initials} ${c.r.lastName}`,
  `${c.rng.pick(['Afdeling Uitkeren', 'Team WW', 'Sociaal Medische Zaken', 'Team Ziektewet'])}`,
  '',
  'Bekijk uw gegevens op werk.nl of uwv.nl/mijnuwv · Telefoon 088 - 898 92 94',
];

const wwToekenningB1: Template = {
  id: 'uwv_decision.b-ww-toekenning-eenvoudig',
  type: 'uwv_decision',
  lang: 'nl',
  style: 'printed',
  supports: ['bsn'],
  render(c) {
    const { rng } = c;
    const dagloon = rng.amount(60, 220);
    const maanden = rng.int(3, 24);
    const start = addDays(c.date, -rng.int(5, 40));
    const w = [44, 16];
    const body = [
      ...uwvHeader(c, 'U krijgt een WW-uitkering'),
      salutation(c.p, rng),
      '',
      ...paras(
        84,
        `U krijgt een WW-uitkering vanaf ${fmtDate(start, 'long')}. In deze brief leest u hoe hoog uw uitkering is en hoe lang u die krijgt.`,
      ),
      '',
      'Dit is uw WW-uitkering',
      row(['Uw dagloon', eur(dagloon)], w),
      row(['Eerste 2 maanden: 75% van uw dagloon', eur(dagloon * 0.75)], w),
      row(['Daarna: 70% van uw dagloon', eur(dagloon * 0.7)], w),
      row(['Zo lang krijgt u WW (maximaal)', `${maanden} maanden`], w),
      row(['Laatste dag WW', fmtDate(addDays(start, maanden * 30))], w),
      '',
      'Wat moet u doen?',
      ...paras(
        84,
        '- Geef elke maand uw inkomsten door via het formulier Inkomstenopgave.\n- Solliciteer elke week minimaal 1 keer en houd dit bij op werk.nl.\n- Geef wijzigingen direct aan ons door.',
        'Bent u het niet eens met dit besluit? Maak dan binnen 6 weken bezwaar. Dat kan online via Mijn UWV.',
      ),
      ...uwvFooter(c),
    ];
    return paginate(body, 40, undefined, (p, n) => [`Pagina ${p} van ${n}`]);
  },
};

const wwAfwijzingVerwijtbaar: Template = {
  id: 'uwv_decision.b-ww-geen-recht-verwijtbaar',
  type: 'uwv_decision',
  lang: 'nl',
  style: 'printed',
  weight: 0.8,
  supports: ['bsn'],
  render(c) {
    const { rng } = c;
    const emp = rng.pick(EMPLOYERS);
    const reden = rng.pick([
      `U heeft zelf ontslag genomen bij ${emp}. U had een andere oplossing kunnen zoeken voordat u ontslag nam.`,
      `U bent op staande voet ontslagen door ${emp} omdat u ${rng.pick(['meerdere keren niet op uw werk kwam', 'zonder toestemming vrij nam', 'een conflict had met uw leidinggevende'])}. Dit rekenen wij u aan.`,
      `U heeft in de 36 weken voor uw werkloosheid minder dan 26 weken gewerkt. U voldoet daarom niet aan de wekeneis.`,
    ]);
    return [
      [
        ...uwvHeader(c, 'Beslissing op uw aanvraag WW'),
        salutation(c.p, rng),
        '',
        'Ons besluit',
        ...paras(84, `U krijgt geen WW-uitkering. U vroeg de uitkering aan op ${fmtDate(addDays(c.date, -rng.int(10, 40)), 'long')}.`),
        '',
        'Waarom krijgt u geen WW?',
        ...paras(84, reden, 'Dit staat in artikel 24 en 27 van de Werkloosheidswet.'),
        '',
        'Heeft u te weinig inkomen?',
        ...paras(84, 'Misschien heeft u recht op een bijstandsuitkering. Neem dan contact op met uw gemeente. Wacht hier niet mee.'),
        '',
        'Bent u het niet eens met deze beslissing?',
        ...paras(84, 'Dan kunt u binnen 6 weken na de datum van deze brief bezwaar maken.'),
        ...uwvFooter(c),
      ],
    ];
  },
};

const ziektewetEinde: Template = {
  id: 'uwv_decision.b-ziektewet-ezwb-einde',
  type: 'uwv_decision',
  lang: 'nl',
  style: 'printed',
  supports: ['bsn'],
  render(c) {
    const { rng } = c;
    const pct = rng.int(0, 34);
    const eind = addDays(c.date, rng.int(28, 35));
    return [
      [
        ...uwvHeader(c, 'Uw Ziektewet-uitkering stopt'),
        salutation(c.p, rng),
        '',
        ...paras(
          84,
          `U bent nu een jaar ziek. Daarom hebben wij beoordeeld of u recht blijft houden op een Ziektewet-uitkering (Eerstejaars Ziektewet-beoordeling). De verzekeringsarts en de arbeidsdeskundige hebben bekeken welk werk u nog kunt doen.`,
          `Uit ons onderzoek blijkt dat u met passend werk ${100 - pct}% of meer kunt verdienen van wat u verdiende. Uw verlies aan verdiencapaciteit is ${pct}%. Dat is minder dan 35%. Uw Ziektewet-uitkering stopt daarom op ${fmtDate(eind, 'long')}.`,
          'Functies die u volgens ons kunt doen: ' +
            rng
              .sample(
                ['productiemedewerker', 'administratief medewerker', 'telefonist', 'inpakker', 'receptionist', 'kantinemedewerker'],
                3,
              )
              .join(', ') +
            '.',
          'Heeft u na het einde van uw uitkering geen werk? Misschien heeft u dan recht op WW of bijstand.',
          'Het rapport van de verzekeringsarts en de arbeidsdeskundige sturen wij mee.',
        ),
        ...uwvFooter(c),
      ],
    ];
  },
};

const wgaOverzicht: Template = {
  id: 'uwv_decision.b-wia-wga-vervolg',
  type: 'uwv_decision',
  lang: 'nl',
  style: 'printed',
  weight: 0.8,
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const pct = rng.pick(['35 - 45', '45 - 55', '55 - 65', '65 - 80']);
    const maatman = rng.amount(2100, 3800);
    const rvc = maatman * rng.amount(0.2, 0.6);
    const w = [48, 16];
    const body = [
      ...uwvHeader(c, 'Uw WIA-uitkering verandert in een WGA-vervolguitkering'),
      ...birthLine(c),
      '',
      salutation(c.p, rng),
      '',
      ...paras(
        84,
        `Uw WGA-loongerelateerde uitkering stopt op ${fmtDate(addDays(c.date, rng.int(20, 40)), 'long')}. U verdient minder dan 50% van uw resterende verdiencapaciteit. Daarom krijgt u daarna een WGA-vervolguitkering.`,
      ),
      '',
      row(['Mate van arbeidsongeschiktheid', `${pct}%`], w),
      row(['Maatmaninkomen per maand', eur(maatman)], w),
      row(['Resterende verdiencapaciteit per maand', eur(rvc)], w),
      row(['Minimumloon (grondslag vervolguitkering)', eur(rng.amount(2000, 2200))], w),
      row(['WGA-vervolguitkering bruto per maand', eur(rng.amount(400, 1100))], w),
      '',
      ...paras(
        84,
        'Gaat u (meer) werken of verandert uw inkomen? Geef dit dan binnen een week aan ons door. Anders moet u misschien geld terugbetalen.',
      ),
      ...uwvFooter(c),
    ];
    return paginate(body, 34, (p) => (p > 1 ? [`UWV · referentie ${rng.digits(8)} · vervolg`, ''] : []));
  },
};

const mijnUwvBericht: Template = {
  id: 'uwv_decision.b-mijnuwv-bericht-print',
  type: 'uwv_decision',
  lang: 'nl',
  style: 'printed',
  weight: 0.7,
  supports: [],
  render(c) {
    const { rng } = c;
    const subject = rng.pick([
      'Uw WW-uitkering stopt',
      'Wij hebben uw inkomstenopgave verwerkt',
      'Maatregel: wij verlagen uw WW-uitkering',
      'Uw uitkering wordt herzien',
    ]);
    const text = {
      'Uw WW-uitkering stopt': `Uw WW-uitkering stopt op ${fmtDate(addDays(c.date, rng.int(3, 20)), 'long')}. U heeft ons laten weten dat u werk heeft gevonden bij ${rng.pick(EMPLOYERS)} voor ${rng.int(24, 40)} uur per week. Dat is meer dan de helft van uw gewerkte uren. Daarom eindigt uw recht op WW.`,
      'Wij hebben uw inkomstenopgave verwerkt': `U heeft over ${monthName(addDays(c.date, -30))} ${eur(rng.amount(200, 1200))} inkomsten opgegeven. Wij verrekenen 70% van dit bedrag met uw WW-uitkering. U krijgt deze maand ${eur(rng.amount(300, 1400))} bruto.`,
      'Maatregel: wij verlagen uw WW-uitkering': `U heeft in de periode tot ${fmtDate(addDays(c.date, -rng.int(7, 30)), 'long')} niet genoeg gesolliciteerd. Wij verlagen daarom uw WW-uitkering ${rng.pick(['één maand met 25%', 'twee maanden met 25%'])}.`,
      'Uw uitkering wordt herzien': `Uit gegevens van de Belastingdienst blijkt dat u inkomsten had die u niet aan ons heeft doorgegeven. Wij herzien uw WW-uitkering over de periode ${fmtDate(addDays(c.date, -120))} tot ${fmtDate(addDays(c.date, -60))}.`,
    }[subject];
    return [
      [
        `https://mijn.uwv.nl/berichtenbox/bericht/${rng.digits(9)}        ${fmtDate(c.date, 'dmy')} ${rng.int(8, 22)}:${rng.digits(2)}`,
        'UWV  |  Mijn UWV  |  Berichtenbox',
        `Ingelogd als ${c.p.name}                                    Uitloggen`,
        '',
        `Bericht van UWV · ${fmtDate(c.date, 'long')}`,
        subject,
        '',
        salutation(c.p, rng),
        '',
        ...paras(78, text ?? '', 'Bent u het niet eens met dit besluit? Dan kunt u binnen 6 weken bezwaar maken via Mijn UWV.'),
        '',
        'Met vriendelijke groet, UWV',
        '',
        '< Terug naar berichten        Afdrukken        Opslaan als pdf',
        `1 van 1`,
      ],
    ];
  },
};

// ---------------------------------------------------------------------------------------------
// Medical statements

const huisartsBriefje: Template = {
  id: 'medical_statement.b-huisarts-kort-briefje',
  type: 'medical_statement',
  lang: 'nl',
  style: 'handwritten',
  supports: ['name-birthdate'],
  render(c) {
    const { rng } = c;
    const praktijk = rng.pick([
      'Huisartsenpraktijk De Poort',
      'Gezondheidscentrum Het Lindeplein',
      'Huisarts J. Visser',
      'Medisch Centrum Oost',
    ]);
    return [
      [
        `${praktijk}`,
        `${c.r.street} ${c.r.houseNumber}, ${c.r.postcode} ${c.p.city}`,
        '',
        'Verklaring',
        '',
        `${c.p.gender === 'f' ? 'Mw.' : 'Dhr.'} ${initialsName(c)}`,
        ...(c.show.birthDate ? [`geb. ${fmtIso(c.p.birthDate)}`] : []),
        ...wrap(
          rng.pick([
            'is vandaag op mijn spreekuur geweest en is i.v.m. medische klachten tot nader order niet in staat om te werken / deel te nemen aan een traject.',
            `is bij mij bekend met klachten waardoor zij/hij de komende ${rng.int(2, 8)} weken niet naar afspraken kan komen.`,
            'kan om medische redenen niet op de afspraak verschijnen. Graag een nieuwe afspraak maken.',
          ]),
          rng.int(40, 56),
        ),
        '',
        `${c.p.city}, ${fmtDate(c.date, 'dmy')}`,
        `${c.r.initials} ${c.r.lastName}, huisarts`,
        `[stempel] AGB ${rng.digits(8)}`,
      ],
    ];
  },
};

const ontslagbrief: Template = {
  id: 'medical_statement.b-ziekenhuis-ontslagbrief',
  type: 'medical_statement',
  lang: 'nl',
  style: 'printed',
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const hosp = rng.pick(HOSPITALS);
    const afd = rng.pick(['Interne Geneeskunde', 'Orthopedie', 'Longziekten', 'Cardiologie', 'Chirurgie']);
    const opname = addDays(c.date, -rng.int(4, 30));
    const body = [
      `Aan: huisarts ${c.q.initials} ${c.q.lastName}`,
      `Kopie: patiënt`,
      '',
      `Betreft: ${c.p.gender === 'f' ? 'mevrouw' : 'de heer'} ${c.p.initials} ${c.p.lastName}`,
      ...birthLine(c),
      ...bsnLine(c),
      `Patiëntnummer ${rng.digits(7)}`,
      `Opname ${fmtDate(opname)} - ontslag ${fmtDate(addDays(opname, rng.int(1, 12)))}`,
      '',
      'Geachte collega,',
      '',
      ...paras(
        88,
        `Uw patiënt werd opgenomen op onze afdeling ${afd} in verband met ${rng.pick(['een pneumonie', 'een enkelfractuur waarvoor operatieve behandeling', 'pijn op de borst', 'een ontregelde diabetes mellitus', 'een acute buikoperatie'])}.`,
        `Beloop: ${rng.pick(['ongecompliceerd', 'voorspoedig herstel', 'herstel verliep traag, fysiotherapie gestart'])}.`,
        `Beleid: controle op de polikliniek over ${rng.int(2, 8)} weken. ${rng.pick(['Patiënt is de komende 6 weken niet belastbaar voor werk.', 'Geen zwaar tillen gedurende 3 maanden.', 'Volledige belastbaarheid naar verwachting na 8 weken.'])}`,
        'Medicatie bij ontslag: zie medicatieoverzicht (bijlage).',
      ),
      '',
      'Met collegiale groet,',
      `${c.r.initials} ${c.r.lastName}, ${rng.pick(['arts-assistent', 'AIOS', 'internist', 'orthopedisch chirurg'])}`,
    ];
    return paginate(
      body,
      30,
      (p) => [`${hosp}  —  afdeling ${afd}`, ...(p === 1 ? ['ONTSLAGBRIEF', ''] : ['vervolg', ''])],
      (p, n) => ['', `Vertrouwelijk - medisch geheim · pagina ${p} van ${n}`],
    );
  },
};

const psycholoog: Template = {
  id: 'medical_statement.b-psycholoog-verklaring',
  type: 'medical_statement',
  lang: 'nl',
  style: 'printed',
  supports: ['name-birthdate', 'bsn'],
  render(c) {
    const { rng } = c;
    const praktijk = rng.pick([
      'Psychologenpraktijk De Ruimte',
      'GZ-praktijk Hart & Hoofd',
      'Praktijk voor Psychotherapie Zuid',
      'Basis GGZ Voorbeeld',
    ]);
    return [
      [
        praktijk,
        `${c.r.street} ${c.r.houseNumber} · ${c.r.postcode} ${c.r.city} · info@praktijk.nl`,
        '',
        `${c.p.city}, ${fmtDate(c.date, 'long')}`,
        '',
        'Aan wie het aangaat,',
        '',
        ...paras(
          86,
          `Hierbij verklaar ik dat ${c.p.name}${c.show.birthDate ? `, geboren op ${fmtIso(c.p.birthDate)},` : ''} sinds ${fmtDate(addDays(c.date, -rng.int(40, 500)), 'long')} bij mij in behandeling is.`,
          'In verband met het beroepsgeheim noem ik geen diagnose. Cliënt heeft mij toestemming gegeven deze verklaring op te stellen.',
          rng.pick([
            'Op dit moment is re-integratie of deelname aan een werktraject niet in het belang van het herstel. Ik verwacht dat dit over ongeveer drie maanden opnieuw kan worden bekeken.',
            'Cliënt kan gesprekken met veel personen of op drukke locaties moeilijk verdragen. Ik adviseer gesprekken met één vaste contactpersoon en zo mogelijk telefonisch.',
            'De behandeling vraagt wekelijks een afspraak van een uur op dinsdagochtend. Ik verzoek u daar rekening mee te houden.',
          ]),
        ),
        ...bsnLine(c),
        '',
        'Hoogachtend,',
        '',
        `drs. ${c.r.initials} ${c.r.lastName}`,
        `GZ-psycholoog, BIG-registratie ${rng.digits(11)}`,
      ],
    ];
  },
};

const physioEn: Template = {
  id: 'medical_statement.b-en-physiotherapy',
  type: 'medical_statement',
  lang: 'en',
  style: 'printed',
  weight: 0.6,
  supports: ['name-birthdate'],
  render(c) {
    const { rng } = c;
    const sessions = rng.int(4, 18);
    return [
      [
        rng.pick(['Physio Centre Riverside', 'FysioFit International', 'Sports & Physio Clinic']),
        'TREATMENT STATEMENT',
        '',
        `Patient: ${c.p.name}`,
        ...birthLine(c, 'en'),
        `Referral: ${rng.pick(['GP', 'orthopaedic surgeon', 'direct access'])}`,
        `Period of treatment: ${fmtDate(addDays(c.date, -rng.int(30, 120)), 'en')} – ongoing`,
        '',
        ...paras(
          84,
          `The above patient has attended ${sessions} sessions of physiotherapy for ${rng.pick(['chronic lower back pain', 'shoulder impingement', 'knee rehabilitation after surgery', 'neck and shoulder complaints'])}.`,
          `At this moment the patient should avoid ${rng.pick(['lifting more than 5 kg', 'standing for more than one hour', 'repetitive overhead work', 'cycling long distances'])}. Expected recovery time: ${rng.int(4, 16)} weeks.`,
        ),
        '',
        `${c.r.name}, physiotherapist (BIG ${rng.digits(11)})`,
        fmtDate(c.date, 'en'),
      ],
    ];
  },
};

const doktorRaporuTr: Template = {
  id: 'medical_statement.b-tr-saglik-raporu',
  type: 'medical_statement',
  lang: 'tr',
  style: 'form',
  weight: 0.6,
  supports: ['name-birthdate'],
  render(c) {
    const { rng } = c;
    const city = rng.pick(['Ankara', 'İstanbul', 'Konya', 'Kayseri', 'Afyonkarahisar', 'Yozgat', 'Trabzon']);
    const gun = rng.int(3, 21);
    const from = addDays(c.date, -rng.int(gun, gun + 20));
    return [
      [
        'T.C.',
        'SAĞLIK BAKANLIĞI',
        `${city.toUpperCase()} ${rng.pick(['DEVLET HASTANESİ', 'ŞEHİR HASTANESİ', 'EĞİTİM VE ARAŞTIRMA HASTANESİ'])}`,
        '',
        'İSTİRAHAT RAPORU',
        `Rapor No: ${rng.digits(8)}     Protokol No: ${rng.digits(6)}`,
        '',
        `Adı Soyadı: ${c.p.name.toUpperCase()}`,
        ...birthAs(c, 'Doğum Tarihi', 'dot'),
        `Uyruğu: ${rng.pick(['T.C.', 'Hollanda', 'T.C. / Hollanda'])}`,
        `Pasaport No: ${rng.letters(1)}${rng.digits(8)}`,
        '',
        `Tanı: ${rng.pick(['Akut gastroenterit', 'Pnömoni', 'Bel fıtığı', 'Hipertansiyon', 'Kırık (sol ayak bileği)'])}`,
        `Hastanın ${fmtDate(from, 'dot')} tarihinden itibaren ${gun} (${gun}) gün istirahati uygundur.`,
        ...wrap(
          rng.pick([
            'Hasta bu süre içinde seyahat edemez.',
            'Hastanın uçakla yolculuk yapması tıbben sakıncalıdır.',
            'Kontrol muayenesi önerilir.',
          ]),
          70,
        ),
        '',
        `Tarih: ${fmtDate(addDays(from, 1), 'dot')}`,
        `Dr. ${rng.pick(['Ahmet', 'Ayşe', 'Mehmet', 'Fatma', 'Emre'])} ${rng.pick(['Yıldız', 'Kaya', 'Demir', 'Çelik', 'Aydın'])}`,
        `Dip. Tes. No: ${rng.digits(6)}      [MÜHÜR / İMZA]`,
      ],
    ];
  },
};

const tibbiArabic: Template = {
  id: 'medical_statement.b-ar-taqrir-tibbi',
  type: 'medical_statement',
  lang: 'ar',
  style: 'printed',
  weight: 0.6,
  supports: ['name-birthdate'],
  render(c) {
    const { rng } = c;
    const days = rng.int(5, 30);
    const place = rng.pick(['مستشفى الشفاء', 'مستشفى ابن سينا', 'عيادة الدكتور كريم', 'المركز الطبي الحديث', 'مستشفى الأمل']);
    const country = rng.pick(['الدار البيضاء - المغرب', 'دمشق - سوريا', 'القاهرة - مصر', 'عمّان - الأردن', 'بغداد - العراق']);
    return [
      [
        place,
        country,
        '',
        'تقرير طبي',
        `رقم التقرير: ${rng.digits(6)}`,
        '',
        `اسم المريض: ${c.p.name}`,
        ...birthAs(c, 'تاريخ الميلاد', 'slash'),
        `التشخيص: ${rng.pick(['التهاب رئوي حاد', 'كسر في الساق اليمنى', 'ارتفاع ضغط الدم', 'عملية جراحية في البطن', 'التهاب المعدة والأمعاء'])}`,
        '',
        ...wrap(
          `نشهد بأن المريض المذكور أعلاه راجع ${rng.pick(['المستشفى', 'العيادة'])} بتاريخ ${fmtDate(addDays(c.date, -days - rng.int(1, 10)), 'slash')} وقد تم إدخاله للعلاج. ويحتاج إلى راحة تامة لمدة ${days} يوماً ولا يستطيع السفر خلال هذه الفترة.`,
          70,
        ),
        '',
        'أعطي هذا التقرير بناءً على طلبه لتقديمه إلى الجهات المختصة.',
        '',
        `التاريخ: ${fmtDate(c.date, 'slash')}`,
        `الطبيب المعالج: د. ${rng.pick(['محمد', 'أحمد', 'سامي', 'ليلى', 'هدى'])} ${rng.pick(['العلي', 'حسن', 'الخطيب', 'بنعلي'])}`,
        '[ختم]',
        ...(rng.chance(0.5) ? ['Medical report - translation available on request'] : []),
      ],
    ];
  },
};

// ---------------------------------------------------------------------------------------------
// Debt notices

const wikSommatie: Template = {
  id: 'debt_notice.b-incasso-wik-sommatie',
  type: 'debt_notice',
  lang: 'nl',
  style: 'printed',
  supports: ['name-birthdate'],
  render(c) {
    const { rng } = c;
    const coll = rng.pick(DEBT_COLLECTORS);
    const [cred] = rng.pick(CREDITORS);
    const hoofdsom = rng.amount(45, 2400);
    const kosten = Math.max(40, Math.round(hoofdsom * 0.15 * 100) / 100);
    const rente = rng.amount(1, 80);
    const w = [40, 14];
    return [
      [
        coll.toUpperCase(),
        `Dossiernr ${rng.letters(2)}${rng.digits(7)}`,
        '',
        ...addressFormal(c.p, rng),
        ...birthLine(c),
        '',
        `${c.p.city}, ${fmtDate(c.date, 'long')}`,
        '',
        'VEERTIENDAGENBRIEF / LAATSTE SOMMATIE',
        '',
        salutation(c.p, rng),
        '',
        ...paras(
          86,
          `Onze opdrachtgever ${cred} heeft ons gevraagd de onderstaande vordering bij u te innen. Ondanks eerdere herinneringen heeft u niet betaald.`,
          `U kunt nog zonder incassokosten betalen als u de hoofdsom binnen 14 dagen na ontvangst van deze brief betaalt. Betaalt u niet op tijd, dan bent u de incassokosten volgens de Wet incassokosten (WIK) verschuldigd.`,
        ),
        '',
        row(['Hoofdsom', eur(hoofdsom)], w),
        row(['Buitengerechtelijke incassokosten (WIK)', eur(kosten)], w),
        row(['Wettelijke rente t/m heden', eur(rente)], w),
        row(['', '-----------'], w),
        row(['Totaal na 14 dagen', eur(hoofdsom + kosten + rente)], w),
        '',
        `Betaal op ${formatIbanSafe(makeIban(rng, rng.pick(['ING', 'RABO', 'ABN'] as const)))} o.v.v. ${rng.digits(10)}.`,
        'Kunt u niet in één keer betalen? Bel ons voor een betalingsregeling of kijk op mijndossier.',
        '',
        `${coll} — aangesloten bij de NVI`,
      ],
    ];
  },
};

const dagvaarding: Template = {
  id: 'debt_notice.b-deurwaarder-dagvaarding',
  type: 'debt_notice',
  lang: 'nl',
  style: 'printed',
  supports: ['name-birthdate'],
  render(c) {
    const { rng } = c;
    const [cred] = rng.pick(CREDITORS);
    const dw = rng.pick([
      'Flanderijn Gerechtsdeurwaarders',
      'GGN Gerechtsdeurwaarders',
      'Van der Linden & Jansen Gerechtsdeurwaarders',
      'Lavg Gerechtsdeurwaarders',
    ]);
    const court = rng.pick(COURTS);
    const zitting = addDays(c.date, rng.int(21, 56));
    const som = rng.amount(180, 4800);
    const lines = [
      'DAGVAARDING',
      'KANTONZAAK / handelszaak',
      '',
      ...paras(
        90,
        `Heden, ${fmtDate(c.date, 'weekday')}, op verzoek van ${cred}, gevestigd te ${rng.pick(['Amsterdam', 'Arnhem', 'Rotterdam', 'Hoofddorp'])}, voor deze zaak woonplaats kiezende ten kantore van ${dw}, heb ik, ${c.r.initials} ${c.r.lastName}, gerechtsdeurwaarder te ${rng.pick(['Utrecht', 'Zwolle', 'Den Haag', 'Eindhoven'])},`,
        `GEDAGVAARD: ${c.p.name.toUpperCase()}${c.show.birthDate ? `, geboren op ${fmtIso(c.p.birthDate)}` : ''}, wonende te ${c.p.postcode} ${c.p.city}, ${c.p.street} ${c.p.houseNumber}, aldaar mijn exploot doende en afschrift dezes latende aan ${rng.pick(['hem/haar in persoon', 'een huisgenoot', 'in een gesloten envelop in de brievenbus, omdat ik daar niemand aantrof'])},`,
        `OM: op ${fmtDate(zitting, 'weekday')} om ${rng.pick(['09.30', '10.00', '13.30'])} uur te verschijnen ter terechtzitting van de ${court}, sector kanton, locatie ${rng.pick(['Utrecht', 'Arnhem', 'Den Haag', 'Haarlem'])}.`,
        `Eiseres vordert betaling van ${eur(som)} aan hoofdsom, vermeerderd met rente en kosten, wegens onbetaalde facturen.`,
        'Verschijnt u niet, dan kan de kantonrechter de vordering toewijzen zonder u te hebben gehoord (verstek). U kunt zelf verschijnen; u hoeft geen advocaat te hebben.',
      ),
      '',
      `Kosten dezes: ${eur(rng.amount(110, 130))}`,
      '',
      `De gerechtsdeurwaarder,  ${c.r.initials} ${c.r.lastName}`,
    ];
    return paginate(
      lines,
      28,
      (p) => (p === 1 ? [dw, `Ons kenmerk ${rng.digits(7)}.${rng.digits(3)}`, ''] : [`${dw} - blad ${p}`, '']),
      () => ['', 'Dit exploot is betekend in het kader van artikel 45 Rv. Bewaar dit document.'],
    );
  },
};

const cakBronheffing: Template = {
  id: 'debt_notice.b-cak-wanbetalersregeling',
  type: 'debt_notice',
  lang: 'nl',
  style: 'printed',
  supports: ['bsn'],
  render(c) {
    const { rng } = c;
    const ins = rng.pick(INSURERS);
    return [
      [
        'CAK',
        `Postbus 84030, 2508 AA Den Haag`,
        '',
        ...addressFormal(c.p, rng),
        '',
        `Datum ${fmtDate(c.date, 'long')}`,
        ...bsnLine(c),
        `Relatienummer CAK ${rng.digits(10)}`,
        'Betreft: u betaalt een hogere premie voor uw zorgverzekering',
        '',
        salutation(c.p, rng),
        '',
        ...paras(
          86,
          `Uw zorgverzekeraar ${ins} heeft u bij ons aangemeld. U heeft een premieachterstand van 6 maanden of meer. Daarom betaalt u vanaf ${fmtDate(addDays(c.date, rng.int(20, 40)), 'long')} een bestuursrechtelijke premie van ${eur(rng.amount(180, 200))} per maand aan het CAK in plaats van de premie aan uw zorgverzekeraar.`,
          `Wij houden dit bedrag in op uw ${rng.pick(['uitkering', 'loon', 'uitkering van de gemeente'])} (bronheffing). Uw ${rng.pick(['uitkeringsinstantie', 'werkgever', 'gemeente'])} krijgt hierover bericht.`,
          'Lost u uw schuld af of gaat u in de schuldhulpverlening? Dan kunt u uit deze regeling komen. Neem hiervoor contact op met uw zorgverzekeraar of gemeente.',
        ),
        '',
        'Met vriendelijke groet,',
        'CAK',
      ],
    ];
  },
};

const energieAfsluiting: Template = {
  id: 'debt_notice.b-energie-afsluitaankondiging',
  type: 'debt_notice',
  lang: 'nl',
  style: 'printed',
  weight: 0.8,
  supports: [],
  render(c) {
    const { rng } = c;
    const lev = rng.pick(['Vattenfall', 'Eneco', 'Essent', 'Budget Energie', 'Greenchoice', 'Vandebron']);
    const open = rng.amount(140, 1900);
    return [
      [
        lev,
        '',
        ...address(c.p),
        '',
        `Klantreferentie ${rng.digits(10)}   Datum ${fmtDate(c.date)}`,
        '',
        '!! AANKONDIGING AFSLUITING !!',
        '',
        ...paras(
          82,
          `Op uw rekening staat nog ${eur(open)} open. U heeft onze herinnering en aanmaning niet betaald. Als u niet vóór ${fmtDate(addDays(c.date, 14), 'long')} betaalt of contact met ons opneemt, sluiten wij uw ${rng.pick(['stroom en gas', 'stroom', 'gas'])} af.`,
          'Heeft u geldproblemen? Wij geven uw gegevens, als u daar geen bezwaar tegen heeft, door aan de gemeente voor schuldhulp (vroegsignalering). De gemeente neemt dan contact met u op.',
          'Tussen 1 oktober en 1 april sluiten wij niet af als u meewerkt aan schuldhulpverlening.',
        ),
        '',
        `Betaal direct via iDEAL: ${lev.toLowerCase().replace(/\s/g, '')}.nl/betalen`,
      ],
    ];
  },
};

const zorgverzekeraarOverzicht: Template = {
  id: 'debt_notice.b-zorgverzekeraar-openstaande-posten',
  type: 'debt_notice',
  lang: 'nl',
  style: 'printed',
  supports: ['bsn'],
  render(c) {
    const { rng } = c;
    const ins = rng.pick(INSURERS);
    const n = rng.int(2, 6);
    const w = [14, 34, 12];
    const posts = Array.from({ length: n }, (_, i) => {
      const d = addDays(c.date, -30 * (n - i));
      return [
        fmtDate(d),
        rng.chance(0.7) ? `Premie ${monthName(d)}` : `Eigen risico declaratie ${rng.digits(7)}`,
        rng.amount(40, 390),
      ] as const;
    });
    const total = posts.reduce((s, [, , a]) => s + a, 0);
    return [
      [
        ins,
        'Herinnering: u heeft nog niet betaald',
        '',
        ...address(c.p),
        '',
        `Polisnummer ${nonBsn9(rng)}`,
        ...bsnLine(c),
        `Datum ${fmtDate(c.date)}`,
        '',
        row(['Datum', 'Omschrijving', 'Bedrag'], w),
        ...posts.map(([d, o, a]) => row([d, o, money(a)], w)),
        row(['', 'Totaal openstaand', money(total)], w),
        '',
        ...paras(
          84,
          `Wilt u het totaalbedrag van ${eur(total)} binnen 14 dagen betalen? Bij een achterstand van ${n >= 4 ? 'zes' : 'twee'} maandpremies bieden wij u een betalingsregeling aan. Bij zes maanden achterstand melden wij u aan bij het CAK en betaalt u een hogere premie.`,
        ),
      ],
    ];
  },
};

const telecomEn: Template = {
  id: 'debt_notice.b-en-telecom-collection',
  type: 'debt_notice',
  lang: 'en',
  style: 'printed',
  weight: 0.6,
  supports: ['name-birthdate'],
  render(c) {
    const { rng } = c;
    const tel = rng.pick(['Lebara', 'Lycamobile', 'Odido', 'Simyo']);
    const amt = rng.amount(30, 600);
    return [
      [
        rng.pick(['Intrum Nederland B.V.', 'Hoist Finance', 'Cannock Chase', 'Vesting Finance']),
        `on behalf of ${tel}`,
        '',
        ...address(c.p),
        ...birthLine(c, 'en'),
        '',
        `Date: ${fmtDate(c.date, 'en')}    Case number: ${rng.digits(10)}`,
        '',
        'FINAL NOTICE BEFORE LEGAL ACTION',
        '',
        salutation(c.p, rng, 'en'),
        '',
        ...paras(
          84,
          `Your mobile subscription with ${tel} was terminated because of unpaid invoices. The outstanding amount of ${moneyEn(amt)} has been transferred to us for collection.`,
          `Please pay ${moneyEn(amt + 40)} (including collection costs) within 14 days. If you cannot pay in full, contact us to agree a payment plan. If we do not hear from you, we may pass the case to a bailiff (deurwaarder), which will add further costs.`,
        ),
        '',
        'Kind regards,',
        'Collections department',
      ],
    ];
  },
};

const cjibNaamAdres: Template = {
  id: 'debt_notice.b-cjib-verhoging-naam-adres',
  type: 'debt_notice',
  lang: 'nl',
  style: 'printed',
  weight: 0.7,
  supports: [],
  render(c) {
    const { rng } = c;
    const boete = rng.pick([69, 109, 114, 145, 199, 280]);
    const verh = Math.round(boete * 0.5);
    return [
      [
        'Centraal Justitieel Incassobureau',
        'Ministerie van Justitie en Veiligheid',
        '',
        address(c.p)[0] as string,
        `${c.p.street} ${c.p.houseNumber}`,
        `${c.p.postcode} ${c.p.city}`,
        '',
        `Datum ${fmtDate(c.date, 'long')}`,
        `CJIB-nummer ${rng.digits(4)} ${rng.digits(4)} ${rng.digits(4)} ${rng.digits(4)}`,
        'Onderwerp: eerste aanmaning - verhoging',
        '',
        ...paras(
          84,
          `U heeft de boete van ${eur(boete)} (${rng.pick(['snelheidsovertreding', 'parkeren op een invalidenplaats', 'rijden door rood licht', 'geen geldige APK'])}, kenteken ${rng.letters(2)}-${rng.digits(3)}-${rng.letters(1)}) niet op tijd betaald. Daarom is het bedrag verhoogd met ${eur(verh)}. U moet nu ${eur(boete + verh)} betalen.`,
          'Betaal vóór de vervaldatum. Doet u dat niet, dan wordt het bedrag nog een keer verhoogd.',
          'Kunt u niet in één keer betalen? Vraag dan een betalingsregeling aan op cjib.nl.',
        ),
        '',
        'Betaalgegevens: NL19 INGB 0705 0050 07 t.n.v. CJIB Leeuwarden, met het betalingskenmerk hierboven.',
      ],
    ];
  },
};

const bdHerinnering: Template = {
  id: 'debt_notice.b-belastingdienst-betalingsherinnering',
  type: 'debt_notice',
  lang: 'nl',
  style: 'printed',
  supports: ['bsn'],
  render(c) {
    const { rng } = c;
    const soort = rng.pick([
      'inkomstenbelasting',
      'motorrijtuigenbelasting',
      'zorgtoeslag (terugvordering)',
      'huurtoeslag (terugvordering)',
    ]);
    const bedrag = rng.amount(40, 2600);
    const y = year(c) - rng.int(0, 2);
    return [
      [
        'Belastingdienst',
        '',
        ...addressFormal(c.p, rng),
        '',
        'BETALINGSHERINNERING',
        `Datum ${fmtDate(c.date, 'long')}`,
        ...bsnLine(c),
        ...(c.show.bsn ? [`Aanslagnummer ${c.p.bsn}.${soort.includes('toeslag') ? 'T' : 'H'}.${String(y).slice(2)}.${rng.digits(2)}`] : []),
        `Betalingskenmerk ${rng.digits(4)} ${rng.digits(4)} ${rng.digits(4)} ${rng.digits(4)}`,
        '',
        ...paras(
          86,
          `U heeft de aanslag ${soort} ${y} nog niet (helemaal) betaald. Er staat nog ${eur(bedrag)} open. Betaal dit bedrag binnen 14 dagen. Doet u dat niet, dan krijgt u een aanmaning en betaalt u extra kosten.`,
          'Heeft u al betaald? Dan kunt u deze herinnering als niet verzonden beschouwen.',
          'Kunt u niet betalen? Vraag dan een betalingsregeling of kwijtschelding aan.',
        ),
        '',
        'Belastingdienst, Postbus 9045, 7300 GZ Apeldoorn',
      ],
    ];
  },
};

const korteVordering: Template = {
  id: 'debt_notice.b-korte-vordering-naam-adres',
  type: 'debt_notice',
  lang: 'nl',
  style: 'printed',
  weight: 0.6,
  supports: [],
  render(c) {
    const { rng } = c;
    const shop = rng.pick(['Wehkamp', 'Otto', 'Klarna', 'Riverty (AfterPay)', 'Fonq', 'Zalando']);
    return [
      [
        rng.pick(DEBT_COLLECTORS),
        '',
        `${c.p.firstName} ${c.p.lastName}`,
        `${c.p.street} ${c.p.houseNumber}, ${c.p.postcode} ${c.p.city}`,
        '',
        `Betreft: openstaande vordering ${shop} - ${eur(rng.amount(25, 700))}`,
        '',
        ...paras(
          80,
          `Wij hebben nog geen betaling van u ontvangen. Betaal binnen 7 dagen of neem contact met ons op via ${rng.digits(3)}-${rng.digits(7)}.`,
        ),
        '',
        fmtDate(c.date),
      ],
    ];
  },
};

// ---------------------------------------------------------------------------------------------
// Identity documents

function mrzName(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/[^A-Z ]/g, '')
    .trim()
    .replace(/\s+/g, '<');
}

function mrzCheck(s: string): string {
  const weights = [7, 3, 1];
  let sum = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i] as string;
    const v = ch === '<' ? 0 : /\d/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 55;
    sum += v * (weights[i % 3] as number);
  }
  return String(sum % 10);
}

const yymmdd = (iso: string) => iso.slice(2, 4) + iso.slice(5, 7) + iso.slice(8, 10);
const isoOf = (d: Date) => d.toISOString().slice(0, 10);

const turkishPassport: Template = {
  id: 'identity_document.b-tr-pasaport',
  type: 'identity_document',
  lang: 'tr',
  style: 'printed',
  weight: 0.7,
  supports: ['name-birthdate'],
  render(c) {
    const { rng, p } = c;
    const num = `U${rng.digits(8)}`;
    const birth = yymmdd(p.birthDate);
    const exp = yymmdd(isoOf(addDays(c.date, rng.int(300, 3500))));
    const pers = rng.digits(11);
    const l1 = `P<TUR${mrzName(p.lastName)}<<${mrzName(p.firstName)}`.padEnd(44, '<').slice(0, 44);
    const l2 =
      `${num}${mrzCheck(num)}TUR${birth}${mrzCheck(birth)}${p.gender === 'f' ? 'F' : 'M'}${exp}${mrzCheck(exp)}${pers}<<<${mrzCheck(`${pers}<<<`)}`.padEnd(
        43,
        '<',
      ) + '0';
    return [
      [
        'TÜRKİYE CUMHURİYETİ  REPUBLIC OF TÜRKİYE',
        'PASAPORT / PASSPORT',
        `Tipi/Type P   Ülke Kodu/Country Code TUR   Pasaport No/Passport No ${num}`,
        `Soyadı/Surname ${p.lastName.toUpperCase()}`,
        `Adı/Given Name(s) ${p.firstName.toUpperCase()}`,
        'Uyruğu/Nationality TÜRKİYE CUMHURİYETİ/TUR',
        `Doğum Tarihi/Date of Birth ${fmtIso(p.birthDate, 'dot')}`,
        `Cinsiyeti/Sex ${p.gender === 'f' ? 'K/F' : 'E/M'}   Doğum Yeri/Place of Birth ${rng.pick(['KONYA', 'ANKARA', 'KAYSERİ', 'AMSTERDAM', 'ROTTERDAM'])}`,
        `T.C. Kimlik No/Personal No ${pers}`,
        `Veriliş Tarihi/Date of Issue ${fmtDate(addDays(c.date, -rng.int(100, 3000)), 'dot')}`,
        `Geçerlilik Tarihi/Date of Expiry ${fmtDate(addDays(c.date, rng.int(300, 3500)), 'dot')}`,
        `Makam/Authority ${rng.pick(['T.C. LAHEY BÜYÜKELÇİLİĞİ', 'T.C. ROTTERDAM BAŞKONSOLOSLUĞU', 'T.C. AMSTERDAM BAŞKONSOLOSLUĞU'])}`,
        '',
        l1,
        l2,
      ],
    ];
  },
};

const verblijfspasAchterzijde: Template = {
  id: 'identity_document.b-verblijfsvergunning-td1',
  type: 'identity_document',
  lang: 'nl',
  style: 'printed',
  supports: ['name-birthdate', 'bsn'],
  render(c) {
    const { rng, p } = c;
    const num = `${rng.letters(1, 'XWY')}${rng.digits(8)}`;
    const l1 = `IRNLD${num}${mrzCheck(num)}${c.show.bsn ? p.bsn : ''}`.padEnd(30, '<').slice(0, 30);
    const birth = yymmdd(p.birthDate);
    const exp = yymmdd(isoOf(addDays(c.date, rng.int(200, 1800))));
    const nat = rng.pick(['SYR', 'ERI', 'AFG', 'TUR', 'MAR', 'UKR', 'IRN', 'YEM']);
    const l2core = `${birth}${mrzCheck(birth)}${p.gender === 'f' ? 'F' : 'M'}${exp}${mrzCheck(exp)}${nat}`.padEnd(29, '<');
    const l2 = `${l2core}${mrzCheck(l1.slice(5) + l2core.slice(0, 7) + l2core.slice(8, 15))}`;
    const l3 = `${mrzName(p.lastName)}<<${mrzName(p.firstName)}`.padEnd(30, '<').slice(0, 30);
    const front = [
      'VERBLIJFSDOCUMENT  RESIDENCE PERMIT',
      'KONINKRIJK DER NEDERLANDEN',
      `Naam ${p.lastName.toUpperCase()}   Voornamen ${p.firstName.toUpperCase()}`,
      `Documentnr. ${num}   Geldig tot ${fmtDate(addDays(c.date, rng.int(200, 1800)), 'dmy')}`,
      `Soort ${rng.pick(['ASIEL BEPAALDE TIJD', 'REGULIER BEPAALDE TIJD', 'VERBLIJF ALS FAMILIE-/GEZINSLID', 'TIJDELIJKE BESCHERMING'])}`,
      `Opmerkingen ${rng.pick(['ARBEID VRIJ TOEGESTAAN. TWV NIET VEREIST.', 'ARBEID ALLEEN TOEGESTAAN MET TWV.', 'ARBEID VRIJ TOEGESTAAN.'])}`,
    ];
    const back = [
      `Geboortedatum ${fmtIso(p.birthDate, 'dmy')}   Geslacht ${p.gender === 'f' ? 'V' : 'M'}`,
      `Nationaliteit ${nat}   Geboorteplaats ${rng.pick(['DAMASCUS', 'ASMARA', 'KABUL', 'ALEPPO', 'KHARKIV', 'NADOR'])}`,
      `V-nummer ${rng.digits(10)}`,
      ...(c.show.bsn ? [`BSN ${p.bsn}`] : []),
      `Afgegeven door IND, ${fmtDate(addDays(c.date, -rng.int(30, 800)), 'dmy')}`,
      '',
      l1,
      l2,
      l3,
    ];
    return rng.chance(0.5) ? [[...front, '', ...back]] : [front, ['(achterzijde / verso)', ...back]];
  },
};

const prawoJazdy: Template = {
  id: 'identity_document.b-pl-prawo-jazdy',
  type: 'identity_document',
  lang: 'pl',
  style: 'printed',
  weight: 0.6,
  supports: ['name-birthdate'],
  render(c) {
    const { rng, p } = c;
    const cats = rng.sample(['AM', 'A1', 'B', 'B1', 'C', 'CE', 'BE'], rng.int(1, 3));
    return [
      [
        'RZECZPOSPOLITA POLSKA',
        'PRAWO JAZDY',
        `1. ${p.lastName.toUpperCase()}`,
        `2. ${p.firstName.toUpperCase()}`,
        `3. ${fmtIso(p.birthDate, 'dot')} ${rng.pick(['WARSZAWA', 'KRAKÓW', 'LUBLIN', 'POZNAŃ', 'RZESZÓW', 'ŁÓDŹ'])}`,
        `4a. ${fmtDate(addDays(c.date, -rng.int(200, 4000)), 'dot')}   4b. ${fmtDate(addDays(c.date, rng.int(300, 4000)), 'dot')}`,
        `4c. ${rng.pick(['STAROSTA POWIATU', 'PREZYDENT MIASTA'])} ${rng.pick(['LUBELSKIEGO', 'KRAKOWA', 'BIAŁEGOSTOKU', 'POZNANIA'])}`,
        `4d. ${rng.digits(11)}`,
        `5. ${rng.digits(5)}/${rng.digits(2)}/${rng.digits(4)}`,
        `9. ${cats.join(' ')}`,
        '',
        '(rewers)',
        '9.      10.         11.        12.',
        ...cats.map(
          (k) =>
            `${k.padEnd(7)} ${fmtDate(addDays(c.date, -rng.int(200, 4000)), 'dot')}  ${fmtDate(addDays(c.date, rng.int(300, 4000)), 'dot')}`,
        ),
      ],
    ];
  },
};

const kopieIdMasked: Template = {
  id: 'identity_document.b-kopie-id-afgeschermd',
  type: 'identity_document',
  lang: 'nl',
  style: 'printed',
  weight: 0.7,
  supports: ['name-birthdate'],
  render(c) {
    const { rng, p } = c;
    const purpose = `Kopie voor ${c.org.name} t.b.v. ${rng.pick(['aanvraag bijstand', 'identificatie', 'inkomensonderzoek'])} ${fmtDate(c.date)}`;
    return [
      [
        purpose,
        'KONINKRIJK DER NEDERLANDEN - IDENTITEITSKAART',
        `Naam/Surname ${p.lastName.toUpperCase()}`,
        `Voornamen/Given names ${p.firstName.toUpperCase()}`,
        `Geboortedatum/Date of birth ${fmtIso(p.birthDate, 'dmy')}`,
        `Documentnummer ████████`,
        'Persoonsnummer ████.██.███ (afgeschermd)',
        '[pasfoto afgeschermd]',
        purpose,
        'KopieID - Rijksoverheid',
      ],
    ];
  },
};

// ---------------------------------------------------------------------------------------------
// Employment contracts

const oproepKort: Template = {
  id: 'employment_contract.b-oproepovereenkomst-kort',
  type: 'employment_contract',
  lang: 'nl',
  style: 'printed',
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const emp = rng.pick(EMPLOYERS);
    return [
      [
        `OPROEPOVEREENKOMST (nulurencontract)`,
        '',
        `Werkgever: ${emp}`,
        `Werknemer: ${c.p.name}, ${c.p.street} ${c.p.houseNumber}, ${c.p.postcode} ${c.p.city}`,
        ...bsnLine(c),
        ...birthLine(c),
        '',
        `1. Werknemer werkt op oproepbasis als ${rng.pick(['medewerker bediening', 'bezorger', 'vakkenvuller', 'schoonmaker', 'afwasser'])}, met ingang van ${fmtDate(addDays(c.date, rng.int(0, 14)))}.`,
        `2. Er is geen vast aantal uren. Werkgever roept minimaal 4 dagen van tevoren op. Per oproep minimaal 3 uur.`,
        `3. Uurloon: ${eur(rng.amount(14.06, 16.5))} bruto, exclusief 8% vakantietoeslag.`,
        `4. Duur: ${rng.pick(['6 maanden', '12 maanden', '7 maanden'])}. Na 12 maanden biedt werkgever een vast aantal uren aan.`,
        '5. Op deze overeenkomst is geen cao van toepassing, tenzij anders vermeld.',
        '',
        `${c.p.city}, ${fmtDate(c.date)}      werkgever ________   werknemer ________`,
      ],
    ];
  },
};

const uitzendBevestiging: Template = {
  id: 'employment_contract.b-uitzend-plaatsingsbevestiging',
  type: 'employment_contract',
  lang: 'nl',
  style: 'form',
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const bureau = rng.pick(STAFFING);
    const w = [30, 40];
    return [
      [
        `${bureau}`,
        'UITZENDOVEREENKOMST - PLAATSINGSBEVESTIGING',
        '',
        row(['Uitzendkracht', c.p.name], w),
        ...bsnLine(c).map((l) => row(['', l], w)),
        ...birthLine(c).map((l) => row(['', l], w)),
        row(['Inlener', rng.pick(EMPLOYERS)], w),
        row(['Functie', rng.pick(['productiemedewerker', 'orderpicker', 'heftruckchauffeur', 'schoonmaker', 'inpakker'])], w),
        row(
          ['Fase / ABU-cao', `Fase ${rng.pick(['A', 'A', 'B'])} - uitzendbeding ${rng.pick(['van toepassing', 'niet van toepassing'])}`],
          w,
        ),
        row(['Startdatum', fmtDate(addDays(c.date, rng.int(0, 10)))], w),
        row(['Verwachte duur', rng.pick(['4 weken', '3 maanden', 'onbepaald (uitzendbeding)'])], w),
        row(['Uren per week', `${rng.int(16, 40)} (indicatief)`], w),
        row(['Uurloon (inlenersbeloning)', eur(rng.amount(14.06, 18.2))], w),
        row(['Reserveringen', 'vakantiegeld 8%, feestdagen, kort verzuim'], w),
        row(['Pensioen', 'StiPP Basisregeling na 8 weken'], w),
        '',
        ...paras(
          84,
          'Bij ziekte meldt u zich vóór 09.00 uur af bij het uitzendbureau én de inlener. Met uitzendbeding eindigt deze overeenkomst van rechtswege als de inlener de opdracht beëindigt.',
        ),
        '',
        '[ ] Akkoord via app / handtekening uitzendkracht: ______________',
      ],
    ];
  },
};

const contractEnShort: Template = {
  id: 'employment_contract.b-en-fixed-term-short',
  type: 'employment_contract',
  lang: 'en',
  style: 'printed',
  weight: 0.7,
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const emp = rng.pick(['Harbour Hotels Rotterdam', 'Northwind Logistics B.V.', 'GreenLeaf Catering', 'City Clean Services B.V.']);
    const start = addDays(c.date, rng.int(0, 20));
    return [
      [
        emp,
        'FIXED-TERM EMPLOYMENT CONTRACT',
        '',
        `Employee: ${c.p.name}`,
        ...bsnLine(c, 'en'),
        ...birthLine(c, 'en'),
        `Address: ${c.p.street} ${c.p.houseNumber}, ${c.p.postcode} ${c.p.city}`,
        '',
        ...paras(
          86,
          `1. Position: ${rng.pick(['housekeeping attendant', 'warehouse operative', 'kitchen assistant', 'cleaner'])}. Start date ${fmtDate(start, 'en')}, end date ${fmtDate(addDays(start, rng.pick([90, 182, 365])), 'en')}. No notice is needed at the end of the term.`,
          `2. Probation period: ${rng.pick(['none', 'one month'])}. 3. Working hours: ${rng.int(12, 40)} hours per week, according to roster.`,
          `4. Gross hourly wage ${moneyEn(rng.amount(14.06, 17))} plus 8% holiday allowance paid in May. 5. Collective agreement (CAO): ${rng.pick(['Horeca', 'Schoonmaak', 'Beroepsgoederenvervoer', 'none'])}.`,
          '6. Sickness must be reported to your manager before 9 am. This contract is governed by Dutch law; a Dutch translation is available.',
        ),
        '',
        `Signed in ${c.p.city}, ${fmtDate(c.date, 'en')}`,
        'Employer ________________     Employee ________________',
      ],
    ];
  },
};

const indiensttredingBrief: Template = {
  id: 'employment_contract.b-bevestiging-indiensttreding',
  type: 'employment_contract',
  lang: 'nl',
  style: 'printed',
  weight: 0.7,
  supports: ['name-birthdate'],
  render(c) {
    const { rng } = c;
    const emp = rng.pick(EMPLOYERS);
    const min = rng.int(8, 20);
    return [
      [
        emp,
        '',
        ...addressFormal(c.p, rng),
        ...birthLine(c),
        '',
        `${c.org.city}, ${fmtDate(c.date, 'long')}`,
        'Betreft: bevestiging indiensttreding (min-maxcontract)',
        '',
        salutation(c.p, rng),
        '',
        ...paras(
          86,
          `Met plezier bevestigen wij dat u per ${fmtDate(addDays(c.date, rng.int(3, 21)), 'long')} bij ons in dienst treedt als ${rng.pick(['verkoopmedewerker', 'medewerker logistiek', 'helpende zorg', 'productiemedewerker'])}.`,
          `U krijgt een arbeidsovereenkomst voor bepaalde tijd van ${rng.pick(['6', '12'])} maanden met minimaal ${min} en maximaal ${min + rng.int(8, 20)} uur per week (min-maxcontract). Uw salaris is ${eur(rng.amount(14.06, 17))} bruto per uur, ingedeeld in schaal ${rng.int(1, 5)} van de cao.`,
          'De volledige arbeidsovereenkomst ontvangt u digitaal ter ondertekening. Wilt u op uw eerste werkdag een geldig identiteitsbewijs meenemen?',
        ),
        '',
        'Met vriendelijke groet,',
        `${c.r.name}, HR-adviseur`,
      ],
    ];
  },
};

// ---------------------------------------------------------------------------------------------
// Court documents

const uitspraakMeervoudig: Template = {
  id: 'court_document.b-uitspraak-genummerde-overwegingen',
  type: 'court_document',
  lang: 'nl',
  style: 'printed',
  supports: ['name-birthdate'],
  render(c) {
    const { rng } = c;
    const court = rng.pick(COURTS);
    const code = rng.pick(['UTR', 'ARN', 'SGR', 'ROT', 'HAA', 'SHE', 'ZWO', 'BRE']);
    const zaak = `${code} ${String(year(c)).slice(2)}/${rng.digits(4)}`;
    const gegrond = rng.chance(0.4);
    const lines = [
      `ECLI:NL:RB${rng.pick(['MNE', 'GEL', 'DHA', 'ROT', 'NHO', 'OBR', 'OVE', 'ZWB'])}:${year(c)}:${rng.int(100, 9999)}`,
      '',
      court.toUpperCase(),
      'Bestuursrecht',
      `zaaknummer: ${zaak}`,
      '',
      `uitspraak van ${rng.pick(['de enkelvoudige kamer', 'de meervoudige kamer'])} van ${fmtDate(c.date, 'long')} in de zaak tussen`,
      '',
      `${c.p.name}, uit ${c.p.city}, eiser${c.p.gender === 'f' ? 'es' : ''}`,
      ...(c.show.birthDate ? [`(geboren op ${fmtIso(c.p.birthDate)})`] : []),
      `(gemachtigde: mr. ${c.q.initials} ${c.q.lastName}),`,
      '',
      `en het college van burgemeester en wethouders van ${c.org.city}, verweerder.`,
      '',
      'Procesverloop',
      ...paras(
        90,
        `1.1. Met het besluit van ${fmtDate(addDays(c.date, -rng.int(200, 300)), 'long')} heeft verweerder de bijstandsuitkering van eiser ${rng.pick(['ingetrokken', 'herzien en teruggevorderd', 'verlaagd met 100% gedurende een maand'])}.`,
        `1.2. Met het bestreden besluit van ${fmtDate(addDays(c.date, -rng.int(100, 190)), 'long')} heeft verweerder het bezwaar van eiser ongegrond verklaard.`,
        '1.3. De rechtbank heeft het beroep op zitting behandeld. Eiser is verschenen, bijgestaan door zijn gemachtigde. Verweerder heeft zich laten vertegenwoordigen.',
      ),
      '',
      'Overwegingen',
      ...paras(
        90,
        '2.1. Het gaat in deze zaak om de vraag of eiser de inlichtingenplicht van artikel 17, eerste lid, van de Participatiewet heeft geschonden.',
        gegrond
          ? '2.2. De rechtbank is van oordeel dat verweerder onvoldoende heeft onderzocht of eiser een gezamenlijke huishouding voerde. Het bestreden besluit is onzorgvuldig voorbereid (artikel 3:2 Awb).'
          : '2.2. De rechtbank is van oordeel dat verweerder terecht heeft vastgesteld dat eiser de inkomsten niet heeft gemeld. Het recht op bijstand kan daardoor niet worden vastgesteld.',
      ),
      '',
      'Beslissing',
      'De rechtbank:',
      ...(gegrond
        ? [
            '- verklaart het beroep gegrond;',
            '- vernietigt het bestreden besluit;',
            '- draagt verweerder op binnen zes weken een nieuw besluit te nemen;',
            `- draagt verweerder op het griffierecht van ${eur(rng.pick([50, 53]))} aan eiser te vergoeden.`,
          ]
        : ['- verklaart het beroep ongegrond.']),
      '',
      `Deze uitspraak is gedaan door mr. ${c.r.initials} ${c.r.lastName}, rechter, in aanwezigheid van ${rng.pick(['mr.', ''])} ${rng.letters(1)}. ${rng.pick(['de Boer', 'Smit', 'Bakker'])}, griffier.`,
      '',
      'Rechtsmiddel: tegen deze uitspraak kan binnen zes weken hoger beroep worden ingesteld bij de Centrale Raad van Beroep.',
    ];
    return paginate(lines, 30, (p) => (p > 1 ? [`zaaknummer ${zaak}`, `blad ${p}`, ''] : []));
  },
};

const beroepschriftHand: Template = {
  id: 'court_document.b-beroepschrift-handgeschreven',
  type: 'court_document',
  lang: 'nl',
  style: 'handwritten',
  weight: 0.8,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const court = rng.pick(COURTS);
    const text = sloppy(
      `Ik ben het niet eens met de beslissing op bezwaar van de gemeente ${c.org.city} van ${fmtDate(addDays(c.date, -rng.int(10, 40)), 'long')}. ${rng.pick(
        [
          'De gemeente zegt dat ik samenwoon maar dat is niet waar, mijn vriend woont bij zijn moeder.',
          'Ze willen het hele bedrag terug maar ik wist niet dat ik het moest melden van mijn bijbaan.',
          'Mijn uitkering is gestopt en ik heb nu geen geld voor eten en huur.',
          'Ik heb wel gesolliciteerd maar de gemeente gelooft me niet.',
        ],
      )} Ik wil dat de rechter hiernaar kijkt. De brief van de gemeente doe ik erbij.`,
      rng,
      0.6,
    );
    return [
      [
        `aan de ${court}`,
        rng.pick(['sector bestuursrecht', 'afdeling bestuursrecht', 'team bestuursrecht']),
        '',
        `van ${c.p.name}`,
        `${c.p.street} ${c.p.houseNumber} ${c.p.postcode} ${c.p.city}`,
        ...bsnLine(c, 'nl', ' '),
        ...clientLine(c, 'nl', ' '),
        ...birthLine(c, 'nl', ' '),
        '',
        rng.pick(['BEROEPSCHRIFT', 'Beroep', 'ik ga in beroep']),
        '',
        ...wrap(text, rng.int(46, 60)),
        '',
        `${fmtDate(c.date, 'slash')}`,
        `${c.p.firstName} ${c.p.lastName}`,
        ...(rng.chance(0.6) ? [rng.pick(['bijlage: beslissing op bezwaar', 'bijlage 2 brieven'])] : []),
      ],
    ];
  },
};

const zittingUitnodiging: Template = {
  id: 'court_document.b-griffie-uitnodiging-zitting',
  type: 'court_document',
  lang: 'nl',
  style: 'printed',
  supports: ['name-birthdate'],
  render(c) {
    const { rng } = c;
    const court = rng.pick(COURTS);
    const zitting = addDays(c.date, rng.int(20, 60));
    const code = rng.pick(['UTR', 'ARN', 'SGR', 'ROT', 'HAA', 'SHE', 'ZWO', 'BRE']);
    return [
      [
        court,
        'Bestuursrecht',
        `Retouradres Postbus ${rng.int(1000, 9999)}, ${rng.int(1000, 9999)} ${rng.letters(2)} ${rng.pick(['Utrecht', 'Arnhem', 'Den Haag', 'Rotterdam', 'Haarlem', "'s-Hertogenbosch"])}`,
        '',
        ...addressFormal(c.p, rng),
        ...birthLine(c),
        '',
        `datum ${fmtDate(c.date, 'long')}`,
        `zaaknummer ${code} ${String(year(c)).slice(2)}/${rng.digits(4)} ${rng.pick(['PW', 'WWB', 'PARTW'])}`,
        `onderwerp uitnodiging zitting`,
        '',
        salutation(c.p, rng),
        '',
        ...paras(
          86,
          `In uw zaak tegen het college van burgemeester en wethouders van ${c.org.city} vindt een zitting plaats op ${fmtDate(zitting, 'weekday')} om ${rng.pick(['09:30', '10:15', '11:00', '13:45', '14:30'])} uur in het gerechtsgebouw, ${rng.pick(['Vrouwe Justitiaplein 1', 'Walburgstraat 2-4', 'Prins Clauslaan 60', 'Wilhelminaplein 100'])}.`,
          'U bent niet verplicht te komen, maar de rechter stelt uw aanwezigheid op prijs. Komt u niet, dan doet de rechter toch uitspraak.',
          'Wilt u nog stukken indienen? Dat kan tot uiterlijk tien dagen vóór de zitting. Heeft u een tolk nodig? Laat het ons dan zo snel mogelijk weten.',
        ),
        '',
        'Hoogachtend,',
        'de griffier',
        '',
        'Bij correspondentie altijd het zaaknummer vermelden. Neem een geldig identiteitsbewijs mee.',
      ],
    ];
  },
};

// ---------------------------------------------------------------------------------------------
// Other (no team route): flyer, newspaper clipping, "zie bijlage", data-subject requests

const flyer: Template = {
  id: 'other.b-flyer',
  type: 'other',
  lang: 'nl',
  style: 'printed',
  supports: [],
  render(c) {
    const { rng } = c;
    const kind = rng.pick(['buurthuis', 'supermarkt', 'kerk', 'sport']);
    const lines =
      kind === 'buurthuis'
        ? [
            '*** GRATIS FORMULIERENSPREEKUUR ***',
            `Buurthuis ${rng.pick(['De Schakel', 'Het Trefpunt', 'De Ontmoeting'])}`,
            'Elke dinsdag 10.00 - 12.00 uur',
            'Hulp bij brieven, toeslagen en DigiD',
            'Geen afspraak nodig · koffie staat klaar',
          ]
        : kind === 'supermarkt'
          ? [
              `${rng.pick(['MEGA', 'SUPER', 'WEEK'])} AANBIEDING!!`,
              `${rng.pick(SHOPS)}`,
              `2e halve prijs op ${rng.pick(['alle koffie', 'wasmiddel', 'verse pizza', 'frisdrank'])}`,
              `Geldig t/m ${fmtDate(addDays(c.date, 6), 'short')}`,
              'OP = OP   zolang de voorraad strekt',
            ]
          : kind === 'kerk'
            ? [
                'Voedselbank & kledingbank',
                `Uitgifte: ${rng.pick(['woensdag', 'vrijdag'])} 14.00 uur`,
                `${rng.pick(['Pauluskerk', 'Moskee Al Fath', 'Wijkcentrum Noord'])}, ${c.p.city}`,
                'Aanmelden via uw hulpverlener',
              ]
            : [
                'KOM SPORTEN! Eerste maand gratis',
                `Sportschool ${rng.pick(['FitLife', 'Basic Gym', 'Sportcity'])}`,
                'Met ooievaarspas / stadspas 50% korting',
                `Open dag ${fmtDate(addDays(c.date, rng.int(3, 20)), 'long')}`,
              ];
    return [[...lines, '', rng.pick(['Niet weggooien maar doorgeven!', 'www.facebook.com/buurtinfo', 'Scan de QR-code ▣', ''])]];
  },
};

const krantenknipsel: Template = {
  id: 'other.b-krantenknipsel',
  type: 'other',
  lang: 'nl',
  style: 'printed',
  supports: [],
  render(c) {
    const { rng } = c;
    const krant = rng.pick(['Dagblad van het Noorden', 'AD', 'De Gelderlander', 'Brabants Dagblad', 'Het Parool', 'De Stentor']);
    const story = rng.pick([
      `De gemeente ${c.org.city} gaat volgend jaar minder geld uitgeven aan re-integratie. Dat blijkt uit de begroting die het college dinsdag presenteerde. Volgens wethouder ${c.r.lastName} is de bezuiniging nodig omdat het Rijk minder bijdraagt. Oppositiepartijen reageren kritisch: 'Juist mensen in de bijstand worden hiervan de dupe.'`,
      `Steeds meer inwoners van ${c.org.city} kloppen aan bij de voedselbank. Het aantal huishoudens dat een pakket krijgt, steeg dit jaar met ${rng.int(8, 30)} procent. 'We zien vooral werkende mensen die net boven de bijstandsgrens zitten', zegt coördinator ${c.r.name}.`,
      `Een ${rng.int(30, 60)}-jarige inwoner van ${c.org.city} moet ruim ${rng.int(10, 60)}.000 euro bijstand terugbetalen omdat hij niet had gemeld dat hij samenwoonde. Dat bepaalde de rechter woensdag. De man zegt in hoger beroep te gaan.`,
    ]);
    const col = wrap(story, 38);
    const half = Math.ceil(col.length / 2);
    const two = rng.chance(0.5);
    const body = two ? Array.from({ length: half }, (_, i) => `${(col[i] ?? '').padEnd(40)}${col[i + half] ?? ''}`) : col;
    return [
      [
        `${krant.toUpperCase()}  ${fmtDate(c.date, 'weekday').toUpperCase()}  ${rng.int(2, 19)}`,
        'REGIO',
        '',
        rng.pick(['Gemeente schrapt in werkbudget', 'Drukte bij voedselbank neemt toe', 'Bijstandsfraude: man moet geld terugbetalen']),
        '',
        ...body,
        '',
        `${rng.pick(['Door onze verslaggever', `Door ${c.r.name}`, 'ANP'])}`,
        rng.chance(0.4) ? `(knipsel meegestuurd door ${c.p.name})` : '[advertentie]',
      ],
    ];
  },
};

const zieBijlage: Template = {
  id: 'other.b-zie-bijlage-briefje',
  type: 'other',
  lang: 'nl',
  style: 'handwritten',
  weight: 0.6,
  supports: ['client-number'],
  render(c) {
    const { rng } = c;
    return [
      [
        rng.pick(['zie bijlage', 'Zie bijlage.', 'hierbij de papieren', 'voor de gemeente - zie bijlage', 'Zie bijlagen, groet']),
        ...clientLine(c, 'nl', ' '),
        rng.pick([`${c.p.firstName}`, `${c.p.initials} ${c.p.lastName}`, `${c.p.lastName}`]),
      ],
    ];
  },
};

const avgInzage: Template = {
  id: 'other.b-avg-inzageverzoek',
  type: 'other',
  lang: 'nl',
  style: 'printed',
  supports: ['bsn', 'name-birthdate', 'client-number'],
  render(c) {
    const { rng } = c;
    const art = rng.pick(['15', '16', '17']);
    const wat = {
      '15': 'Ik verzoek u mij een overzicht en een kopie te sturen van alle persoonsgegevens die uw organisatie over mij verwerkt, met het doel van de verwerking, de ontvangers aan wie de gegevens zijn verstrekt, de bewaartermijn en de herkomst van de gegevens.',
      '16': `Ik verzoek u de volgende onjuiste gegevens in uw administratie te corrigeren: ${rng.pick(['mijn adres is niet goed gespeld', 'mijn geboortedatum staat verkeerd in uw systeem', 'mijn achternaam is verkeerd geschreven', 'u noemt een partner die niet bij mij woont'])}.`,
      '17': 'Ik verzoek u de gegevens die u over mij bewaart en die niet langer nodig zijn, te verwijderen.',
    }[art];
    return [
      [
        c.p.name,
        `${c.p.street} ${c.p.houseNumber}`,
        `${c.p.postcode} ${c.p.city}`,
        '',
        `Aan: ${c.org.name}, t.a.v. de Functionaris Gegevensbescherming`,
        c.org.postbus,
        '',
        `${c.p.city}, ${fmtDate(c.date, 'long')}`,
        '',
        `Betreft: verzoek op grond van artikel ${art} AVG`,
        ...bsnLine(c),
        ...clientLine(c),
        ...birthLine(c),
        '',
        'Geachte heer/mevrouw,',
        '',
        ...paras(
          86,
          wat ?? '',
          'U moet binnen een maand op mijn verzoek reageren (artikel 12 AVG). Een kopie van mijn identiteitsbewijs, met afgeschermde pasfoto en BSN, stuur ik mee.',
        ),
        '',
        'Met vriendelijke groet,',
        '',
        c.p.name,
      ],
    ];
  },
};

const gdprEn: Template = {
  id: 'other.b-en-gdpr-request',
  type: 'other',
  lang: 'en',
  style: 'printed',
  weight: 0.6,
  supports: ['name-birthdate', 'client-number'],
  render(c) {
    const { rng } = c;
    return [
      [
        `From: ${c.p.name} <${c.p.email}>`,
        `To: privacy@${c.org.city.toLowerCase().replace(/[^a-z]/g, '')}.nl`,
        `Date: ${fmtDate(c.date, 'en')}`,
        `Subject: ${rng.pick(['Subject access request (Article 15 GDPR)', 'Request to correct my personal data (Art. 16 GDPR)', 'GDPR request – copy of my file'])}`,
        '',
        'Dear Data Protection Officer,',
        '',
        ...clientLine(c, 'en'),
        ...birthLine(c, 'en'),
        ...paras(
          82,
          'Under the General Data Protection Regulation I would like to receive a copy of all personal data your municipality holds about me, including notes made by my consultant, the purposes of the processing and the parties the data was shared with.',
          rng.chance(0.5) ? 'I also ask you to correct my address and telephone number, which are out of date in your records.' : '',
          'Please respond within one month. I can identify myself at your office if needed.',
        ),
        '',
        'Kind regards,',
        c.p.name,
      ],
    ];
  },
};

/** Set B of the "more voices" templates: 50 layouts across the 11 types listed in the brief. */
export const moreVoicesBTemplates: Template[] = [
  kamerHandgeschreven,
  modelVoorstelHuurverhoging,
  huurverlaging,
  onderhuurFormulier,
  leaseEnglish,
  huurIndexMail,
  abnRekeningoverzicht,
  raboCsv,
  atmMini,
  appScreenshot,
  snsGezamenlijk,
  revolutEn,
  bunqEn,
  saldoOpgave,
  bakkerijStrookje,
  uitzendWeek,
  tweeKolommen,
  periode13,
  payslipEn,
  horecaBriefje,
  toeslagBeschikking,
  zorgtoeslagTerug,
  voorlopigeMaand,
  jaaropgaveSvb,
  toeslagenEn,
  wwToekenningB1,
  wwAfwijzingVerwijtbaar,
  ziektewetEinde,
  wgaOverzicht,
  mijnUwvBericht,
  huisartsBriefje,
  ontslagbrief,
  psycholoog,
  physioEn,
  doktorRaporuTr,
  tibbiArabic,
  wikSommatie,
  dagvaarding,
  cakBronheffing,
  energieAfsluiting,
  zorgverzekeraarOverzicht,
  telecomEn,
  cjibNaamAdres,
  bdHerinnering,
  korteVordering,
  turkishPassport,
  verblijfspasAchterzijde,
  prawoJazdy,
  kopieIdMasked,
  oproepKort,
  uitzendBevestiging,
  contractEnShort,
  indiensttredingBrief,
  uitspraakMeervoudig,
  beroepschriftHand,
  zittingUitnodiging,
  flyer,
  krantenknipsel,
  zieBijlage,
  avgInzage,
  gdprEn,
];
