/**
 * Independent evaluation set for document splitting: envelopes and mailroom stacks scanned as one PDF,
 * with ground truth. Written from scratch by an author who never saw the project's own corpus generator.
 *
 *   npx tsx eval/independent-envelopes/make.ts
 *
 * Output (deterministic): files/*.pdf, truth.json, README.md in this folder.
 */
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DocCtx } from './docs/common.ts';
import * as F from './docs/forms.ts';
import * as G from './docs/legal.ts';
import * as L from './docs/letters.ts';
import * as X from './docs/misc.ts';
import * as M from './docs/money.ts';
import { addDays, type Day, DOC_TYPES, type Doc, type DocType, day, loadPeople, OUT_DIR, type Person, Rng, weekday } from './lib/core.ts';
import { type RenderPage, renderScanPdf, renderTextPdf } from './lib/render.ts';

const SEED = 'independent-envelopes/v1';
const FILES = join(OUT_DIR, 'files');

const { clients, strangers, invalidBsnStrangers } = loadPeople();
const byNumber = new Map(clients.map((c) => [c.clientNumber!, c]));
const client = (n: string): Person => {
  const p = byNumber.get(n);
  if (!p) throw new Error(`no client ${n}`);
  return p;
};
const stranger = (name: string): Person => {
  const p = strangers.find((s) => s.name === name);
  if (!p) throw new Error(`no stranger ${name}`);
  return p;
};

// ---------------------------------------------------------------------------------------------
// Plans

interface Item {
  doc: Doc;
  /** in a duplex scan: printed on one side only (every page gets a blank back) or on both sides */
  print?: 'simplex' | 'duplex';
  /** 0-based pages of this document that lie upside down, or all of them */
  rotate?: 'all' | number[];
  /** a blank separator sheet is put in front of this document */
  separatorBefore?: boolean;
}

interface Plan {
  file: string;
  kind: 'envelope' | 'stack';
  scan: boolean;
  /** scanned double-sided: blank back sides become pages */
  duplex?: boolean;
  /** upside-down pages of a scan are flagged with /Rotate 180 instead of being stored upside down */
  rotateFlag?: boolean;
  items: Item[];
  notes: string[];
  mailDate: Day;
}

interface TruthDoc {
  pages: number[];
  type: DocType;
  clientNumber: string | null;
  restricted: boolean;
  language: string;
  label: string;
  numbered: boolean;
  note?: string;
}

interface Truth {
  file: string;
  pages: number;
  kind: 'envelope' | 'stack';
  render: 'text' | 'scan';
  documents: TruthDoc[];
  blankPages: number[];
  rotatedPages: number[];
  /** pages that are images inside a text-layer file (photocopies of ID documents) */
  imagePages: number[];
  notes: string[];
}

const master = new Rng(SEED);
let fileRng = master.fork('files');

/** a context for one document: its own random stream, the person, and a date shortly before the mail day */
function ctx(plan: { mailDate: Day }, p: Person, daysBefore: [number, number] = [2, 12], tag = ''): DocCtx {
  const r = fileRng.fork(`${p.name}:${tag}`);
  return { r, p, date: weekday(addDays(plan.mailDate, -r.int(daysBefore[0], daysBefore[1]))) };
}

const mailDays: Day[] = [];
for (let d = day(2026, 2, 2); d <= day(2026, 3, 20); d = addDays(d, 1)) if (d.getUTCDay() !== 0 && d.getUTCDay() !== 6) mailDays.push(d);

// ---------------------------------------------------------------------------------------------
// Hand-made scenarios: each aims at one splitting difficulty.

type Scenario = (plan: Plan, r: Rng) => void;

const scenarios: [string, 'envelope' | 'stack', boolean, Scenario][] = [];
const S = (kind: 'envelope' | 'stack', scan: boolean, f: Scenario) => scenarios.push([`${kind}`, kind, scan, f]);

// 1. change form + three weekly payslips of the same employer + GP statement, all one client
S('envelope', false, (pl) => {
  const p = client('K-100122');
  const monday = addDays(pl.mailDate, -((pl.mailDate.getUTCDay() + 6) % 7) - 21);
  pl.items.push({ doc: F.changeForm(ctx(pl, p), { kind: 'werk', employer: 'FlexWerk uitzendbureau', typed: false }) });
  for (let w = 0; w < 3; w++)
    pl.items.push({
      doc: M.payslip(ctx(pl, p, [1, 3], `w${w}`), { employer: 'flexwerk', period: addDays(monday, 7 * w), personnelNo: '481516' }),
    });
  pl.items.push({ doc: X.gpStatement(ctx(pl, p)) });
  pl.notes.push('drie weekloonstroken van dezelfde werkgever, zelfde opmaak, zelfde cliënt, direct achter elkaar');
});

// 2. objection (two pages, "- 2 -") + copy of the decision + hospital statement; scanned
S('envelope', true, (pl, r) => {
  const p = client('K-100150');
  const dec = ctx(pl, p, [25, 35], 'besluit');
  pl.items.push({
    doc: L.objectionLetter(ctx(pl, p), { topic: 'terugvordering', long: true, num: 'dashX', decisionDate: dec.date, ids: 'both' }),
  });
  pl.items.push({ doc: L.gemeenteBesluit(dec, { topic: 'terugvordering' }) });
  pl.items.push({ doc: X.hospitalStatement(ctx(pl, p)), rotate: r.chance(0.5) ? 'all' : undefined });
  pl.notes.push('bezwaarschrift met als bijlage het eigen besluit van de gemeente (zelfde kenmerk in beide)');
});

// 3. application form (numbered "Blad x van n") + ID copy + bank statements + rent increase
S('envelope', false, (pl) => {
  const p = client('K-100129');
  pl.items.push({ doc: F.aanvraagBijstand(ctx(pl, p)) });
  pl.items.push({ doc: X.identityCopy(ctx(pl, p), { kind: 'residence', watermark: true }) });
  pl.items.push({ doc: M.bankStatement(ctx(pl, p), { from: day(2026, 1, 1), to: day(2026, 1, 31), num: 'none' }) });
  pl.items.push({ doc: X.rentIncrease(ctx(pl, p)) });
  pl.notes.push('kopie verblijfsdocument als afbeelding in een pdf met tekstlaag');
});

// 4. duplex scan: cover note, rental contract printed double-sided, ID copy
S('envelope', true, (pl) => {
  const p = client('K-100192');
  pl.duplex = true;
  pl.items.push({ doc: L.coverNote(ctx(pl, p), { what: 'het nieuwe huurcontract en een kopie van mijn ID' }), print: 'simplex' });
  pl.items.push({ doc: X.rentalContract(ctx(pl, p), { num: 'none' }), print: 'duplex' });
  pl.items.push({ doc: X.identityCopy(ctx(pl, p), { kind: 'idcard', maskBsn: true }), print: 'simplex' });
  pl.notes.push(
    'dubbelzijdig gescand: lege achterkanten (soms met doorschijnende voorkant); huurcontract zonder paginanummers, dubbelzijdig bedrukt',
  );
});

// 5. English-speaking client: application letter, English room rental, English contract, residence permit
S('envelope', false, (pl) => {
  const p = client('K-100136');
  pl.items.push({ doc: L.applicationLetter(ctx(pl, p), { ids: 'both' }) });
  pl.items.push({ doc: X.roomRentalEnglish(ctx(pl, p)) });
  pl.items.push({ doc: X.employmentContract(ctx(pl, p), { kind: 'english' }) });
  pl.items.push({ doc: X.identityCopy(ctx(pl, p), { kind: 'residence' }) });
  pl.notes.push('alles in het Engels behalve het verblijfsdocument');
});

// 6. Polish client: Polish medical certificate + handwritten change form + note
S('envelope', true, (pl) => {
  const p = client('K-100171');
  pl.items.push({ doc: L.coverNote(ctx(pl, p), { what: 'formulier en brief van dokter uit Polen' }) });
  pl.items.push({ doc: F.changeForm(ctx(pl, p), { kind: 'ziek', num: 'XslashN' }) });
  pl.items.push({ doc: X.polishMedical(ctx(pl, p, [20, 30])) });
  pl.notes.push('Poolse medische verklaring (taal pl)');
});

// 7. another client's medical statement inside the envelope
S('envelope', false, (pl) => {
  const p = client('K-100262');
  const other = client('K-100276');
  pl.items.push({ doc: F.inkomstenopgave(ctx(pl, p), { month: pl.mailDate.getUTCMonth(), year: 2026, employer: 'Glansrijk' }) });
  pl.items.push({ doc: M.payslip(ctx(pl, p), { employer: 'glansrijk', period: addDays(pl.mailDate, -30), hoursPage: true }) });
  pl.items.push({ doc: X.ggzLetter(ctx(pl, other)) });
  pl.notes.push(
    'medische verklaring van een andere cliënt (K-100276) in de envelop van K-100262; salarisspecificatie met vervolgpagina zonder paginanummer',
  );
});

// 8. holiday letter (handwritten, simple Dutch) + e-ticket + matrix-printed payslip
S('envelope', true, (pl) => {
  const p = client('K-100115');
  const dep = addDays(pl.mailDate, 40);
  pl.items.push({
    doc: L.holidayLetter(ctx(pl, p), { depart: dep, back: addDays(dep, 21), country: 'Turkije', hand: true, ids: 'klant' }),
  });
  pl.items.push({ doc: X.eTicket(ctx(pl, p), { from: dep, to: addDays(dep, 21), dest: 'Kayseri', code: 'ASR' }) });
  pl.items.push({ doc: M.payslip(ctx(pl, p), { employer: 'damarco', period: addDays(pl.mailDate, -25) }), rotate: 'all' });
});

// 9. debts of one client: note, collection letter with specification, bailiff, energy reminder, debt counselling
S('envelope', false, (pl) => {
  const p = client('K-100199');
  pl.items.push({ doc: L.coverNote(ctx(pl, p), { what: 'alle brieven over mijn schulden, voor het gesprek', hand: false }) });
  pl.items.push({ doc: M.sommatie(ctx(pl, p, [10, 30], 's'), { spec: true }) });
  pl.items.push({ doc: M.deurwaarder(ctx(pl, p, [5, 20], 'd')) });
  pl.items.push({ doc: M.energieAanmaning(ctx(pl, p, [20, 40], 'e')) });
  pl.items.push({ doc: M.kredietbank(ctx(pl, p, [2, 6], 'k')) });
  pl.notes.push('vier schuldenbrieven van dezelfde cliënt achter elkaar, verschillende afzenders');
});

// 10. job applications: list form + four printed e-mails of the same client
S('envelope', true, (pl, r) => {
  const p = client('K-100143');
  pl.items.push({ doc: F.sollicitatieOverzicht(ctx(pl, p), { month: pl.mailDate.getUTCMonth(), rows: 6 }) });
  const cos = r.sample([0, 1, 2, 3, 4, 5, 6], 4);
  cos.forEach((co, i) => {
    pl.items.push({ doc: X.jobEmail(ctx(pl, p, [5, 30], `j${i}`), { company: co, variant: i === 2 ? 'received' : 'rejection' }) });
  });
  pl.notes.push('vier losse geprinte e-mails (elk één document) van dezelfde cliënt achter elkaar');
});

// 11. lawyer's objection + decision copy + authorisation
S('envelope', false, (pl) => {
  const p = client('K-100213');
  const dec = ctx(pl, p, [30, 40], 'besluit');
  pl.items.push({ doc: G.lawyerObjection(ctx(pl, p), { topic: 'intrekking', decisionDate: dec.date }) });
  pl.items.push({ doc: L.gemeenteBesluit(dec, { topic: 'intrekking', num: 'none' }) });
  pl.items.push({ doc: X.machtiging(ctx(pl, p), { helper: client('K-100381') }) });
});

// 12. envelope from the court: ruling and a registry letter about the same case
S('envelope', false, (pl) => {
  const p = client('K-100311');
  pl.items.push({ doc: G.courtLetter(ctx(pl, p), { kind: 'stukken' }) });
  pl.items.push({ doc: G.courtRuling(ctx(pl, p, [5, 9])) });
  pl.notes.push('post van de rechtbank; de uitspraak heeft op vervolgpagina’s alleen het zaaknummer bovenaan');
});

// 13. two UWV decisions of the same client, then a change letter; scanned with one page upside down
S('envelope', true, (pl) => {
  const p = client('K-100325');
  pl.items.push({ doc: G.uwvDecision(ctx(pl, p, [40, 60]), { kind: 'ww-toekenning', num: 'paginaXvanN' }) });
  pl.items.push({ doc: G.uwvDecision(ctx(pl, p, [3, 10]), { kind: 'ww-einde', num: 'paginaXvanN' }), rotate: [1] });
  pl.items.push({ doc: L.changeLetter(ctx(pl, p), { what: 'werk' }) });
  pl.notes.push('twee UWV-beslissingen van dezelfde cliënt direct achter elkaar, zelfde huisstijl');
});

// 14. three Belastingdienst papers of the same client
S('envelope', false, (pl) => {
  const p = client('K-100346');
  pl.items.push({ doc: M.huurtoeslag(ctx(pl, p, [20, 40])) });
  pl.items.push({ doc: M.zorgtoeslagTerug(ctx(pl, p, [10, 20])) });
  pl.items.push({ doc: M.aanslagIB(ctx(pl, p, [5, 15])) });
  pl.notes.push('drie belastingbrieven van dezelfde cliënt, zelfde afzender, elk met paginanummering');
});

// 15. new job: contract with initials boxes, change letter, four-weekly payslip
S('envelope', false, (pl) => {
  const p = client('K-100360');
  pl.items.push({ doc: L.changeLetter(ctx(pl, p), { what: 'werk', stampDate: pl.mailDate }) });
  pl.items.push({ doc: X.employmentContract(ctx(pl, p), { kind: 'wilgenhof' }) });
  pl.items.push({ doc: M.payslip(ctx(pl, p), { employer: 'wilgenhof', period: addDays(pl.mailDate, -20) }) });
});

// 16. bank papers of one client: current account (several pages, no numbers), savings, year overview
S('envelope', true, (pl) => {
  const p = client('K-100353');
  pl.items.push({ doc: M.bankStatement(ctx(pl, p), { from: day(2025, 12, 1), to: day(2026, 2, 28), num: 'none' }) });
  pl.items.push({ doc: M.bankStatement(ctx(pl, p), { from: day(2025, 12, 1), to: day(2026, 2, 28), savings: true, num: 'none' }) });
  pl.items.push({ doc: M.bankYearOverview(ctx(pl, p)) });
  pl.notes.push('drie bankstukken van dezelfde cliënt; het lange afschrift heeft geen paginanummers');
});

// 17. internet banking print, note, income statement
S('envelope', false, (pl) => {
  const p = client('K-100157');
  pl.items.push({ doc: L.coverNote(ctx(pl, p), { what: 'bankafschriften en inkomstenopgave' }) });
  pl.items.push({ doc: M.bankStatement(ctx(pl, p), { from: day(2026, 1, 15), to: day(2026, 2, 28) }) });
  pl.items.push({ doc: F.inkomstenopgave(ctx(pl, p), { month: pl.mailDate.getUTCMonth(), year: 2026, none: true }) });
});

// 18. two handwritten letters of the same client in a row, then an ID copy
S('envelope', true, (pl) => {
  const p = client('K-100458');
  pl.items.push({ doc: L.complaintLetter(ctx(pl, p), { hand: true, ruled: true, ids: 'typo' }) });
  pl.items.push({ doc: L.objectionLetter(ctx(pl, p), { hand: true, ruled: true, topic: 'verlaging', ids: 'klant' }) });
  pl.items.push({ doc: X.identityCopy(ctx(pl, p), { kind: 'passport' }) });
  pl.notes.push(
    'twee handgeschreven brieven (klacht en bezwaar) van dezelfde cliënt achter elkaar; in de klacht staat een BSN met verwisselde cijfers',
  );
});

// 19. someone who is not (yet) a client
S('envelope', false, (pl) => {
  const p = stranger('Olena Kovalenko');
  pl.items.push({ doc: L.applicationLetter(ctx(pl, p), { ids: 'bsn' }) });
  pl.items.push({ doc: X.identityCopy(ctx(pl, p), { kind: 'passport', nationality: 'UKR' }) });
  pl.items.push({
    doc: M.bankStatement(ctx(pl, p), { from: day(2026, 1, 1), to: day(2026, 1, 31), benefit: false, salary: 'Polder Fresh Logistics' }),
  });
  pl.notes.push('aanvrager staat niet in het klantenbestand');
});

// 20. stack: eight letters of eight clients, separator sheets between some
S('stack', false, (pl, r) => {
  const ps = r.sample(clients, 9);
  const makers: ((c: DocCtx) => Doc)[] = [
    (c) => L.objectionLetter(c, { stampDate: pl.mailDate }),
    (c) => L.complaintLetter(c, { long: true, num: 'paginaXvanN' }),
    (c) => L.changeLetter(c),
    (c) =>
      L.holidayLetter(c, {
        depart: addDays(pl.mailDate, 30),
        back: addDays(pl.mailDate, 44),
        country: r.pick(['Marokko', 'Polen', 'Suriname', 'Ethiopië']),
      }),
    (c) => L.applicationLetter(c),
    (c) => L.objectionLetter(c, { topic: 'bijzondere-bijstand', hand: true }),
    (c) => X.gpStatement(c, { refusesOpinion: true }),
    (c) => L.complaintLetter(c),
    (c) => L.coverNote(c, { what: 'de gevraagde papieren', hand: false }),
  ];
  makers.forEach((m, i) => {
    pl.items.push({ doc: m(ctx(pl, ps[i]!)), separatorBefore: i > 0 && r.chance(0.4) });
  });
  pl.notes.push('stapel losse brieven van verschillende cliënten; soms een leeg scheidingsvel');
});

// 21. stack: three FlexWerk payslips of three clients in a row, then mixed post
S('stack', true, (pl, r) => {
  const three = [client('K-100283'), client('K-100339'), client('K-100395')];
  const monday = addDays(pl.mailDate, -((pl.mailDate.getUTCDay() + 6) % 7) - 14);
  for (const p of three) pl.items.push({ doc: M.payslip(ctx(pl, p), { employer: 'flexwerk', period: monday }) });
  const rest = r.sample(clients, 5);
  pl.items.push({ doc: G.uwvDecision(ctx(pl, rest[0]!)) });
  pl.items.push({ doc: M.jaaropgaaf(ctx(pl, rest[1]!), { employer: 'glansrijk' }) });
  pl.items.push({ doc: L.complaintLetter(ctx(pl, rest[2]!), { lang: 'nl' }) });
  pl.items.push({ doc: X.flyer(ctx(pl, rest[3]!)) });
  pl.items.push({ doc: F.changeForm(ctx(pl, rest[4]!), { kind: 'samenwonen' }) });
  pl.notes.push('drie weekloonstroken van drie verschillende cliënten, dezelfde week en werkgever');
});

// 22. stack, duplex scan: many one-sided papers with blank backs
S('stack', true, (pl, r) => {
  pl.duplex = true;
  const ps = r.sample(clients, 8);
  pl.items.push({ doc: M.energieAanmaning(ctx(pl, ps[0]!)), print: 'simplex' });
  pl.items.push({ doc: X.identityCopy(ctx(pl, ps[1]!), { kind: 'idcard' }), print: 'simplex' });
  pl.items.push({ doc: G.uwvDecision(ctx(pl, ps[2]!), { kind: 'zw-einde' }), print: 'duplex' });
  pl.items.push({ doc: F.inkomstenopgave(ctx(pl, ps[3]!), { month: pl.mailDate.getUTCMonth(), year: 2026 }), print: 'simplex' });
  pl.items.push({ doc: M.gemeentebelastingAanmaning(ctx(pl, ps[4]!)), print: 'simplex' });
  pl.items.push({ doc: X.jobEmail(ctx(pl, ps[5]!), { english: ps[5]!.language === 'en' }), print: 'simplex' });
  pl.items.push({ doc: L.changeLetter(ctx(pl, ps[6]!)), print: 'simplex' });
  pl.items.push({ doc: X.hospitalStatement(ctx(pl, ps[7]!)), print: 'simplex' });
  pl.notes.push('dubbelzijdig gescande stapel: bijna elk vel heeft een lege achterkant');
});

// 23. stack of institutional mail for different clients, some pages upside down
S('stack', false, (pl, r) => {
  const ps = r.sample(clients, 8);
  pl.items.push({ doc: G.courtRuling(ctx(pl, ps[0]!)) });
  pl.items.push({ doc: M.deurwaarder(ctx(pl, ps[1]!)), rotate: [0] });
  pl.items.push({ doc: M.huurtoeslag(ctx(pl, ps[2]!)) });
  pl.items.push({ doc: G.uwvDecision(ctx(pl, ps[3]!), { kind: 'wga' }) });
  pl.items.push({ doc: M.kredietbank(ctx(pl, ps[4]!)) });
  pl.items.push({ doc: G.appeal(ctx(pl, ps[5]!)) });
  pl.items.push({ doc: M.sommatie(ctx(pl, ps[6]!)), rotate: 'all' });
  pl.items.push({ doc: G.courtLetter(ctx(pl, ps[7]!), { kind: 'zitting' }) });
  pl.notes.push('stapel brieven van instanties voor verschillende cliënten');
});

// 24. stack: medical statements of several clients between other post, door-to-door mail without a person
S('stack', true, (pl, r) => {
  const ps = r.sample(clients, 8);
  pl.items.push({ doc: X.newsletter(ctx(pl, ps[0]!)) });
  pl.items.push({ doc: X.gpStatement(ctx(pl, ps[1]!)) });
  pl.items.push({ doc: F.verklaringBehandelaar(ctx(pl, ps[2]!)) });
  pl.items.push({ doc: L.changeLetter(ctx(pl, ps[3]!)) });
  pl.items.push({ doc: X.ggzLetter(ctx(pl, ps[4]!)) });
  pl.items.push({ doc: X.identityCopy(ctx(pl, ps[5]!), { kind: 'idcard', watermark: true }) });
  pl.items.push({ doc: X.flyer(ctx(pl, ps[6]!)) });
  pl.items.push({ doc: M.bankStatement(ctx(pl, ps[7]!), { from: day(2026, 2, 1), to: day(2026, 2, 28), num: 'bladXvanN' }) });
  pl.notes.push('drie medische stukken van drie cliënten; huis-aan-huispost zonder persoon');
});

// 25. stack with a run of documents of one client in the middle
S('stack', false, (pl, r) => {
  const ps = r.sample(clients, 6);
  const x = client('K-100416');
  pl.items.push({ doc: L.objectionLetter(ctx(pl, ps[0]!)) });
  pl.items.push({ doc: G.uwvDecision(ctx(pl, ps[1]!)) });
  pl.items.push({ doc: L.coverNote(ctx(pl, x), { what: 'mijn arbeidscontract en loonstrook' }) });
  pl.items.push({ doc: X.employmentContract(ctx(pl, x), { kind: 'flexwerk' }) });
  pl.items.push({ doc: M.payslip(ctx(pl, x), { employer: 'flexwerk', period: addDays(pl.mailDate, -10) }) });
  pl.items.push({ doc: F.changeForm(ctx(pl, x), { kind: 'werk', employer: 'FlexWerk' }) });
  pl.items.push({ doc: X.rentIncrease(ctx(pl, ps[2]!), { num: 'paginaXvanN' }) });
  pl.items.push({ doc: M.zorgtoeslagTerug(ctx(pl, ps[3]!)) });
  pl.items.push({ doc: L.complaintLetter(ctx(pl, ps[4]!)) });
  pl.notes.push('vier documenten van cliënt K-100416 achter elkaar midden in de stapel');
});

// 26. stack: strangers, a misaddressed letter from another town, an invalid BSN
S('stack', true, (pl, r) => {
  const abdi = stranger('Abdi Warsame');
  if (!invalidBsnStrangers.has(abdi.name)) throw new Error('Abdi Warsame should carry an invalid BSN');
  const application = L.applicationLetter(ctx(pl, abdi), { ids: 'bsn' });
  application.note = 'de BSN in de brief voldoet bewust niet aan de elfproef';
  pl.items.push({ doc: application });
  pl.items.push({ doc: L.objectionLetter(ctx(pl, stranger('Monique Brouwer')), { ids: 'bsn' }) });
  pl.items.push({ doc: M.sommatie(ctx(pl, stranger('Łukasz Dąbrowski'))) });
  pl.items.push({ doc: X.identityCopy(ctx(pl, stranger('Łukasz Dąbrowski')), { kind: 'passport' }) });
  const ps = r.sample(clients, 4);
  pl.items.push({ doc: M.payslip(ctx(pl, ps[0]!), { employer: 'glansrijk', period: addDays(pl.mailDate, -30) }) });
  pl.items.push({ doc: X.turkishRegistry(ctx(pl, client('K-100500'))) });
  pl.items.push({
    doc: L.holidayLetter(ctx(pl, ps[1]!), {
      depart: addDays(pl.mailDate, 20),
      back: addDays(pl.mailDate, 34),
      country: 'Polen',
      lang: 'nl',
    }),
  });
  pl.items.push({ doc: X.energyBill(ctx(pl, ps[2]!)) });
  pl.notes.push(
    'onbekende personen; de BSN in de aanvraag van Abdi Warsame voldoet bewust niet aan de elfproef; Monique Brouwer woont in een andere gemeente',
  );
});

// 27. the same type for different clients, three times over (UWV, UWV, UWV; huurtoeslag x2; ID x2)
S('stack', false, (pl, r) => {
  const ps = r.sample(clients, 9);
  pl.items.push({ doc: G.uwvDecision(ctx(pl, ps[0]!), { kind: 'ww-toekenning' }) });
  pl.items.push({ doc: G.uwvDecision(ctx(pl, ps[1]!), { kind: 'ww-toekenning' }) });
  pl.items.push({ doc: G.uwvDecision(ctx(pl, ps[2]!), { kind: 'ww-einde' }) });
  pl.items.push({ doc: M.huurtoeslag(ctx(pl, ps[3]!)) });
  pl.items.push({ doc: M.huurtoeslag(ctx(pl, ps[4]!)) });
  pl.items.push({ doc: X.identityCopy(ctx(pl, ps[5]!), { kind: 'idcard' }) });
  pl.items.push({ doc: X.identityCopy(ctx(pl, ps[6]!), { kind: 'idcard' }) });
  pl.items.push({
    doc: F.vakantieFormulier(ctx(pl, ps[7]!), {
      from: addDays(pl.mailDate, 15),
      to: addDays(pl.mailDate, 29),
      country: 'Marokko',
      address: 'bij familie, Rue Ibn Sina 14, Nador',
    }),
  });
  pl.notes.push('hetzelfde documenttype voor verschillende cliënten direct achter elkaar');
});

// 28. envelope, text layer, with pages flagged as rotated by the scanner (/Rotate) — scan variant
S('envelope', true, (pl) => {
  const p = client('K-100227');
  pl.rotateFlag = true;
  pl.items.push({
    doc: F.vakantieFormulier(ctx(pl, p), {
      from: addDays(pl.mailDate, 25),
      to: addDays(pl.mailDate, 46),
      country: 'Polen',
      address: 'ul. Ogrodowa 7, Opole (bij mijn ouders)',
    }),
  });
  pl.items.push({
    doc: X.eTicket(ctx(pl, p), { from: addDays(pl.mailDate, 25), to: addDays(pl.mailDate, 46), dest: 'Katowice', code: 'KTW' }),
    rotate: 'all',
  });
  pl.items.push({ doc: F.inkomstenopgave(ctx(pl, p), { month: pl.mailDate.getUTCMonth(), year: 2026 }) });
  pl.notes.push('het e-ticket staat rechtop in het beeld maar de pagina heeft /Rotate 180 en wordt dus ondersteboven getoond');
});

// ---------------------------------------------------------------------------------------------
// Random compositions on top of the scenarios.

const themes: ((pl: Plan, r: Rng, p: Person) => void)[] = [
  // income check
  (pl, r, p) => {
    const e = r.pick<M.Employer>(['flexwerk', 'glansrijk', 'wilgenhof', 'damarco']);
    if (r.chance(0.5)) pl.items.push({ doc: L.coverNote(ctx(pl, p), { what: 'de loonstroken', hand: r.chance(0.7) }) });
    pl.items.push({ doc: F.inkomstenopgave(ctx(pl, p), { month: pl.mailDate.getUTCMonth(), year: 2026, typed: r.chance(0.3) }) });
    const n = e === 'flexwerk' ? r.int(2, 3) : r.int(1, 2);
    for (let i = 0; i < n; i++) {
      const period = e === 'flexwerk' ? addDays(pl.mailDate, -7 * (n - i) - 7) : addDays(pl.mailDate, -28 * (n - i));
      pl.items.push({ doc: M.payslip(ctx(pl, p, [1, 5], `p${i}`), { employer: e, period, hoursPage: r.chance(0.5) }) });
    }
  },
  // application
  (pl, r, p) => {
    pl.items.push({
      doc: r.chance(0.6)
        ? F.aanvraagBijstand(ctx(pl, p), { typed: r.chance(0.3), num: r.pick(['bladXvanN', 'none', 'paginaXvanN']) })
        : L.applicationLetter(ctx(pl, p)),
    });
    pl.items.push({ doc: X.identityCopy(ctx(pl, p), { kind: p.language === 'nl' ? 'idcard' : r.pick(['passport', 'residence']) }) });
    if (r.chance(0.6)) pl.items.push({ doc: M.bankStatement(ctx(pl, p), { from: day(2026, 1, 1), to: day(2026, 1, 31), benefit: false }) });
  },
  // work
  (pl, r, p) => {
    const kind = r.pick<X.ContractKind>(['wilgenhof', 'flexwerk', 'damarco']);
    pl.items.push({
      doc: F.changeForm(ctx(pl, p), { kind: 'werk', typed: r.chance(0.25), num: r.pick(['paginaXvanN', 'none', 'XslashN']) }),
    });
    pl.items.push({
      doc: X.employmentContract(ctx(pl, p), {
        kind,
        num: kind === 'damarco' ? 'none' : r.pick(['paginaXvanN', 'none', 'XslashN', 'bladX']),
      }),
    });
    const e: M.Employer = kind === 'wilgenhof' ? 'wilgenhof' : kind === 'flexwerk' ? 'flexwerk' : 'damarco';
    pl.items.push({ doc: M.payslip(ctx(pl, p), { employer: e, period: addDays(pl.mailDate, -14) }) });
  },
  // debts
  (pl, r, p) => {
    pl.items.push({ doc: L.coverNote(ctx(pl, p), { what: 'de brieven van de schuldeisers' }) });
    const ds = r.sample<(c: DocCtx) => Doc>(
      [
        (c) => M.sommatie(c, { spec: r.chance(0.6) }),
        M.energieAanmaning,
        M.gemeentebelastingAanmaning,
        (c) => M.deurwaarder(c, { num: r.pick(['dashX', 'none', 'bladX']) }),
      ],
      r.int(2, 3),
    );
    ds.forEach((d, i) => {
      pl.items.push({ doc: d(ctx(pl, p, [5, 40], `d${i}`)) });
    });
  },
  // sick
  (pl, r, p) => {
    pl.items.push({ doc: r.chance(0.5) ? F.changeForm(ctx(pl, p), { kind: 'ziek' }) : L.changeLetter(ctx(pl, p)) });
    pl.items.push({
      doc: r.pick<(c: DocCtx) => Doc>([
        X.gpStatement,
        X.hospitalStatement,
        F.verklaringBehandelaar,
        (c) => X.ggzLetter(c, { num: r.pick(['paginaXvanN', 'none']) }),
      ])(ctx(pl, p)),
    });
  },
  // holiday
  (pl, r, p) => {
    const dep = addDays(pl.mailDate, r.int(10, 50));
    const back = addDays(dep, r.int(7, 27));
    const c = r.pick([
      ['Marokko', 'Nador', 'NDR'],
      ['Turkije', 'Izmir', 'ADB'],
      ['Suriname', 'Paramaribo', 'PBM'],
      ['Polen', 'Gdańsk', 'GDN'],
    ] as const);
    if (r.chance(0.5))
      pl.items.push({
        doc: F.vakantieFormulier(ctx(pl, p), {
          from: dep,
          to: back,
          country: c[0],
          address: `bij familie in ${c[1]}`,
          typed: r.chance(0.2),
        }),
      });
    else pl.items.push({ doc: L.holidayLetter(ctx(pl, p), { depart: dep, back, country: c[0], hand: r.chance(0.5) }) });
    pl.items.push({ doc: X.eTicket(ctx(pl, p), { from: dep, to: back, dest: c[1], code: c[2] }) });
  },
  // applications for jobs
  (pl, r, p) => {
    pl.items.push({ doc: F.sollicitatieOverzicht(ctx(pl, p), { month: pl.mailDate.getUTCMonth(), rows: r.int(4, 14) }) });
    const n = r.int(1, 3);
    for (let i = 0; i < n; i++)
      pl.items.push({ doc: X.jobEmail(ctx(pl, p, [4, 30], `j${i}`), { english: p.language === 'en' && r.chance(0.5) }) });
  },
  // UWV
  (pl, r, p) => {
    pl.items.push({ doc: G.uwvDecision(ctx(pl, p)) });
    pl.items.push({ doc: r.chance(0.5) ? L.changeLetter(ctx(pl, p)) : L.coverNote(ctx(pl, p), { what: 'de brief van het UWV' }) });
    if (r.chance(0.5)) pl.items.push({ doc: M.bankStatement(ctx(pl, p), { from: day(2026, 2, 1), to: day(2026, 2, 28) }) });
  },
  // housing
  (pl, r, p) => {
    pl.items.push({ doc: L.changeLetter(ctx(pl, p), { what: 'adres' }) });
    pl.items.push({ doc: X.rentalContract(ctx(pl, p), { street: `Eikenlaan ${r.int(2, 140)}` }) });
    if (r.chance(0.5)) pl.items.push({ doc: M.huurtoeslag(ctx(pl, p)) });
  },
  // objection
  (pl, r, p) => {
    const dec = ctx(pl, p, [20, 35], 'besluit');
    const topic = r.pick<L.ObjectionTopic>(['verlaging', 'terugvordering', 'bijzondere-bijstand', 'kostendelers']);
    pl.items.push({
      doc: L.objectionLetter(ctx(pl, p), {
        topic,
        decisionDate: dec.date,
        long: r.chance(0.6),
        num: r.pick(['none', 'none', 'dashX', 'paginaX']),
      }),
    });
    pl.items.push({ doc: L.gemeenteBesluit(dec, { topic, num: r.pick(['paginaXvanN', 'none']) }) });
    if (r.chance(0.4)) pl.items.push({ doc: X.gpStatement(ctx(pl, p)) });
  },
];

const stackMakers: ((c: DocCtx, r: Rng, pl: Plan) => Doc)[] = [
  (c, r) => L.objectionLetter(c, { hand: r.chance(0.3), long: r.chance(0.5) }),
  (c, r) => L.complaintLetter(c, { hand: r.chance(0.3), long: r.chance(0.4) }),
  (c) => L.changeLetter(c),
  (c, r) =>
    F.changeForm(c, {
      kind: r.pick(['werk', 'samenwonen', 'verhuizing', 'inkomen-partner', 'auto', 'ziek'] as const),
      num: r.pick(['paginaXvanN', 'none', 'XslashN']),
    }),
  (c, r) => G.courtRuling(c, { num: r.pick(['bladXvanN', 'bare', 'none']) }),
  (c, r) => X.employmentContract(c, { kind: r.pick(['wilgenhof', 'flexwerk', 'damarco'] as const) }),
  (c, r) => X.rentalContract(c, { num: r.pick(['none', 'paginaXvanN', 'bladX']) }),
  (c, r) =>
    L.gemeenteBesluit(c, {
      num: r.pick(['none', 'paginaXvanN']),
      returned: true,
      topic: r.pick(['verlaging', 'terugvordering', 'kostendelers'] as const),
    }),
  (c, _r, pl) => F.inkomstenopgave(c, { month: pl.mailDate.getUTCMonth(), year: 2026 }),
  (c, r, pl) =>
    M.payslip(c, {
      employer: r.pick(['flexwerk', 'glansrijk', 'wilgenhof', 'damarco'] as const),
      period: addDays(pl.mailDate, -20),
      hoursPage: r.chance(0.5),
    }),
  (c) => M.bankStatement(c, { from: day(2026, 2, 1), to: day(2026, 2, 28) }),
  (c) => G.uwvDecision(c),
  (c, r) => r.pick([M.huurtoeslag, M.zorgtoeslagTerug, M.aanslagIB])(c),
  (c) => M.jaaropgaaf(c, { employer: 'flexwerk' }),
  (c, r) =>
    r.pick<(c: DocCtx) => Doc>([(x) => M.sommatie(x, { spec: true }), M.energieAanmaning, M.gemeentebelastingAanmaning, M.kredietbank])(c),
  (c, r) => X.identityCopy(c, { kind: c.p.language === 'nl' ? 'idcard' : r.pick(['passport', 'residence', 'idcard'] as const) }),
  (c, r) => r.pick([X.gpStatement, X.hospitalStatement])(c),
  (c, r) => X.jobEmail(c, { english: c.p.language === 'en' && r.chance(0.5) }),
  (c) => L.coverNote(c, { what: 'de papieren die u vroeg' }),
  (c, r) => r.pick([X.rentIncrease, X.energyBill])(c),
  (c) => G.courtLetter(c),
  (c, r, pl) =>
    L.holidayLetter(c, {
      depart: addDays(pl.mailDate, 30),
      back: addDays(pl.mailDate, 51),
      country: r.pick(['Turkije', 'Marokko', 'Egypte', 'Polen']),
    }),
];

function randomEnvelope(pl: Plan, r: Rng): void {
  const p = r.pick(clients);
  r.pick(themes)(pl, r, p);
  if (pl.items.length < 2 || r.chance(0.3)) pl.items.unshift({ doc: L.coverNote(ctx(pl, p), { what: 'de stukken', hand: r.chance(0.6) }) });
  if (r.chance(0.5)) {
    // something else the client found useful to add
    const extra = r.pick<(c: DocCtx) => Doc>([
      (c) => X.identityCopy(c, { kind: p.language === 'nl' ? 'idcard' : r.pick(['passport', 'residence'] as const) }),
      (c) => M.bankStatement(c, { from: day(2026, 1, 1), to: day(2026, 1, 31) }),
      (c) => M.jaaropgaaf(c, { employer: r.pick(['flexwerk', 'glansrijk', 'wilgenhof'] as const) }),
      (c) => X.rentIncrease(c),
      (c) => M.energieAanmaning(c),
      (c) => M.huurtoeslag(c, { num: r.pick(['paginaXvanN', 'none']) }),
    ]);
    pl.items.push({ doc: extra(ctx(pl, p, [5, 40], 'extra')) });
  }
  if (r.chance(pl.scan ? 0.45 : 0.15)) {
    pl.duplex = true;
    for (const it of pl.items) it.print = it.doc.pages.length > 1 && r.chance(0.5) ? 'duplex' : 'simplex';
    pl.notes.push('dubbelzijdig gescand');
  }
}

/** papers that usually run over several pages, for the big morning stacks */
const longMakers: ((c: DocCtx, r: Rng, pl: Plan) => Doc)[] = [
  (c, r) => G.courtRuling(c, { num: r.pick(['bladXvanN', 'bare', 'none']) }),
  (c, r) =>
    X.employmentContract(c, {
      kind: c.p.language === 'en' || c.p.language === 'pl' ? 'english' : r.pick(['wilgenhof', 'flexwerk'] as const),
      num: r.pick(['paginaXvanN', 'none', 'XslashN']),
    }),
  (c, r) => X.rentalContract(c, { num: r.pick(['none', 'paginaXvanN', 'bladX']) }),
  (c) => M.bankStatement(c, { from: day(2026, 1, 1), to: day(2026, 2, 28), num: 'none' }),
  (c, r) => F.aanvraagBijstand(c, { num: r.pick(['bladXvanN', 'none']) }),
  (c) => G.uwvDecision(c, { kind: 'ww-toekenning' }),
  (c, r) => L.complaintLetter(c, { long: true, num: r.pick(['none', 'paginaXvanN']) }),
  (c, r) => L.objectionLetter(c, { long: true, num: r.pick(['none', 'dashX']) }),
  (c, r) => M.huurtoeslag(c, { num: r.pick(['paginaXvanN', 'none']) }),
  (c, r) => X.ggzLetter(c, { num: r.pick(['paginaXvanN', 'none']) }),
  (c, r, pl) =>
    M.payslip(c, { employer: r.pick(['flexwerk', 'glansrijk', 'wilgenhof'] as const), period: addDays(pl.mailDate, -16), hoursPage: true }),
  (c, r, pl) => F.sollicitatieOverzicht(c, { month: pl.mailDate.getUTCMonth(), rows: r.int(10, 18) }),
];

function randomStack(pl: Plan, r: Rng): void {
  const big = r.chance(0.4);
  if (big) pl.notes.push('grote ochtendstapel met veel meerbladige stukken');
  const n = big ? r.int(10, 12) : r.int(7, 12);
  let i = 0;
  while (pl.items.length < n) {
    if (r.chance(0.15)) {
      // the same kind of paper for two or three different clients in a row
      const m = r.pick(stackMakers);
      const k = r.int(2, 3);
      for (const p of r.sample(clients, k)) if (pl.items.length < n) pl.items.push({ doc: m(ctx(pl, p, [2, 20], `s${i++}`), r, pl) });
      continue;
    }
    const p = r.pick(clients);
    // sometimes a run of two or three documents of the same client
    const run = r.chance(0.25) ? r.int(2, 3) : 1;
    for (let k = 0; k < run && pl.items.length < n; k++) {
      const m = big && r.chance(0.6) ? r.pick(longMakers) : r.pick(stackMakers);
      pl.items.push({ doc: m(ctx(pl, p, [2, 20], `s${i++}`), r, pl), separatorBefore: pl.items.length > 0 && k === 0 && r.chance(0.25) });
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Assembly

function assemble(pl: Plan, r: Rng): { pages: RenderPage[]; truth: Truth } {
  const pages: RenderPage[] = [];
  const docs: TruthDoc[] = [];
  const blank: number[] = [];
  const rotated: number[] = [];
  const images: number[] = [];
  const addBlank = (front?: RenderPage) => {
    pages.push({
      spec: null,
      rotated: false,
      seed: `${pl.file}:${pages.length}`,
      bleed: front?.spec && r.chance(0.5) ? front.spec.ops : undefined,
    });
    blank.push(pages.length);
  };
  pl.items.forEach((it, di) => {
    if (it.separatorBefore && di > 0) addBlank();
    const own: number[] = [];
    const n = it.doc.pages.length;
    it.doc.pages.forEach((spec, k) => {
      const rot = it.rotate === 'all' || (Array.isArray(it.rotate) && it.rotate.includes(k));
      const page: RenderPage = { spec, rotated: rot, rotateFlag: rot && pl.rotateFlag, seed: `${pl.file}:${pages.length}` };
      pages.push(page);
      own.push(pages.length);
      if (rot) rotated.push(pages.length);
      if (spec.photo && !pl.scan) images.push(pages.length);
      if (pl.duplex) {
        const print = it.print ?? 'simplex';
        if (print === 'simplex' || (k % 2 === 0 && k === n - 1)) addBlank(page);
      }
    });
    docs.push({
      pages: own,
      type: it.doc.type,
      clientNumber: it.doc.clientNumber,
      restricted: it.doc.type === 'medical_statement',
      language: it.doc.language,
      label: it.doc.label,
      numbered: it.doc.numbered,
      ...(it.doc.note ? { note: it.doc.note } : {}),
    });
  });
  return {
    pages,
    truth: {
      file: pl.file,
      pages: pages.length,
      kind: pl.kind,
      render: pl.scan ? 'scan' : 'text',
      documents: docs,
      blankPages: blank,
      rotatedPages: rotated,
      imagePages: images,
      notes: pl.notes,
    },
  };
}

function checkPlan(t: Truth): string | null {
  const nd = t.documents.length;
  if (t.kind === 'envelope' && (nd < 2 || nd > 5 || t.pages < 2 || t.pages > 12)) return `envelope with ${nd} documents / ${t.pages} pages`;
  if (t.kind === 'stack' && (nd < 6 || nd > 12 || t.pages > 40)) return `stack with ${nd} documents / ${t.pages} pages`;
  const seen = new Set<number>();
  for (const d of t.documents) for (const p of d.pages) seen.add(p);
  for (const b of t.blankPages) if (seen.has(b)) return 'blank page inside a document';
  if (seen.size + t.blankPages.length !== t.pages) return 'pages not covered';
  const blank = new Set(t.blankPages);
  for (const [i, d] of t.documents.entries()) {
    const first = d.pages[0]!;
    const last = d.pages[d.pages.length - 1]!;
    for (let q = first; q <= last; q++) if (!d.pages.includes(q) && !blank.has(q)) return 'documents interleave';
    const next = t.documents[i + 1];
    if (next && next.pages[0]! <= last) return 'documents out of order';
  }
  return null;
}

async function main() {
  rmSync(FILES, { recursive: true, force: true });
  mkdirSync(FILES, { recursive: true });
  const plans: Plan[] = [];
  const truths: Truth[] = [];
  const rendered: RenderPage[][] = [];
  let env = 0;
  let stk = 0;
  const nameFor = (kind: 'envelope' | 'stack') =>
    kind === 'envelope' ? `envelope-${String(++env).padStart(2, '0')}.pdf` : `stack-${String(++stk).padStart(2, '0')}.pdf`;
  const order = master.fork('order');

  // scenarios first, then random envelopes and stacks; the order of files is shuffled afterwards by name only
  const jobs: { kind: 'envelope' | 'stack'; scan: boolean; fill: Scenario }[] = scenarios.map(([, kind, scan, fill]) => ({
    kind,
    scan,
    fill,
  }));
  const randomEnvelopes = 20;
  const randomStacks = 10;
  for (let i = 0; i < randomEnvelopes; i++) jobs.push({ kind: 'envelope', scan: i % 5 === 1, fill: randomEnvelope });
  for (let i = 0; i < randomStacks; i++) jobs.push({ kind: 'stack', scan: i % 5 === 2, fill: randomStack });

  for (const [ji, job] of order.shuffle(jobs.map((j, i) => [i, j] as const))) {
    for (let attempt = 0; ; attempt++) {
      fileRng = master.fork(`job${ji}:${attempt}`);
      const r = fileRng.fork('plan');
      const pl: Plan = { file: '', kind: job.kind, scan: job.scan, items: [], notes: [], mailDate: r.pick(mailDays) };
      job.fill(pl, r);
      pl.file = 'pending';
      // random rotations on top: a page or a whole document upside down now and then
      if (!pl.items.some((i) => i.rotate) && r.chance(0.3)) {
        const it = r.pick(pl.items);
        it.rotate = r.chance(0.3) ? 'all' : [r.int(0, it.doc.pages.length - 1)];
      }
      const { truth } = assemble(pl, r.fork('probe'));
      const problem = checkPlan(truth);
      if (problem) {
        if (attempt > 40) throw new Error(`cannot satisfy plan ${ji}: ${problem}`);
        continue;
      }
      pl.file = nameFor(job.kind);
      const done = assemble(pl, r.fork('assemble'));
      plans.push(pl);
      truths.push(done.truth);
      rendered.push(done.pages);
      break;
    }
  }

  for (const [i, pl] of plans.entries()) {
    const t = truths[i]!;
    const bytes = pl.scan
      ? await renderScanPdf(rendered[i]!, 'Postkamer scanstraat (simulated) / independent eval set')
      : await renderTextPdf(rendered[i]!, { title: pl.file, producer: 'independent eval set', creator: 'make.ts' });
    writeFileSync(join(FILES, pl.file), bytes);
    process.stdout.write(
      `${pl.file}  ${t.render.padEnd(4)}  ${String(t.pages).padStart(2)} p  ${t.documents.length} docs  ${(bytes.length / 1024).toFixed(0)} kB\n`,
    );
  }
  truths.sort((a, b) => a.file.localeCompare(b.file));
  writeFileSync(join(OUT_DIR, 'truth.json'), `${JSON.stringify(truths, null, 2)}\n`);
  writeFileSync(join(OUT_DIR, 'README.md'), readme(truths));
}

// ---------------------------------------------------------------------------------------------
// README with statistics

/** a markdown table padded the way the repository's formatter (biome) writes it */
function mdTable(head: string[], align: string, rows: string[][]): string {
  const len = (x: string) => [...x].length;
  const w = head.map((h, i) => Math.max(3, len(h), ...rows.map((r) => len(r[i] ?? ''))));
  const cell = (x: string, i: number) => (align[i] === 'r' ? ' '.repeat(w[i]! - len(x)) + x : x + ' '.repeat(w[i]! - len(x)));
  const line = (cells: string[]) => `| ${cells.map(cell).join(' | ')} |`;
  const sep = `| ${w.map((n, i) => (align[i] === 'r' ? `${'-'.repeat(n - 1)}:` : '-'.repeat(n))).join(' | ')} |`;
  return [line(head), sep, ...rows.map(line)].join('\n');
}

function readme(ts: Truth[]): string {
  const docs = ts.flatMap((t) => t.documents);
  const pages = ts.reduce((a, t) => a + t.pages, 0);
  const blank = ts.reduce((a, t) => a + t.blankPages.length, 0);
  const rotated = ts.reduce((a, t) => a + t.rotatedPages.length, 0);
  const scans = ts.filter((t) => t.render === 'scan');
  const perType = DOC_TYPES.map((ty) => [ty, docs.filter((d) => d.type === ty)] as const);
  const multi = docs.filter((d) => d.pages.length > 1);
  const multiNumbered = multi.filter((d) => d.numbered);
  let sameClient = 0;
  let sameTypeOther = 0;
  let boundaries = 0;
  for (const t of ts)
    for (let i = 1; i < t.documents.length; i++) {
      const a = t.documents[i - 1]!;
      const b = t.documents[i]!;
      boundaries++;
      if (a.clientNumber && a.clientNumber === b.clientNumber) sameClient++;
      if (a.type === b.type && a.clientNumber !== b.clientNumber) sameTypeOther++;
    }
  const langs = new Map<string, number>();
  for (const d of docs) langs.set(d.language, (langs.get(d.language) ?? 0) + 1);
  const size = readdirSync(FILES).reduce((a, f) => a + statSync(join(FILES, f)).size, 0);
  const scanPages = scans.reduce((a, t) => a + t.pages, 0);
  const env = ts.filter((t) => t.kind === 'envelope');
  const stk = ts.filter((t) => t.kind === 'stack');
  return `# Independent envelope set (splitting evaluation)

**Do not train, tune, calibrate or pick thresholds on this set. Do not copy its texts into the corpus.
Report figures on it separately from every other evaluation, and say so when you report them.**

## What it is

${ts.length} multi-document PDFs as they come out of the mailroom scanner of a Werk & Inkomen department:
_envelopes_ (one sender, ${Math.min(...env.map((t) => t.documents.length))}–${Math.max(...env.map((t) => t.documents.length))} documents, ${Math.min(...env.map((t) => t.pages))}–${Math.max(...env.map((t) => t.pages))} pages) and
_mailroom stacks_ (many senders scanned as one file, ${Math.min(...stk.map((t) => t.documents.length))}–${Math.max(...stk.map((t) => t.documents.length))} documents, up to ${Math.max(...stk.map((t) => t.pages))} pages),
with ground truth in \`truth.json\`: where each document starts and ends, its type, the client it belongs to,
whether it is restricted (medical), its language, and which pages are blank or upside down.

It was written by an independent author who never saw the project's own document generator
(\`scripts/corpus/\`) nor anything it produced (\`data/corpus\`). All letter texts, layouts, letterheads,
forms and scan effects are new, so the set measures how splitting generalises to post that the
generator's author did not imagine. People are the clients of \`examples/directory.json\` plus a few
strangers who are not in the directory (their \`clientNumber\` is \`null\`). Organisations, banks (with valid
IBAN check digits), employers and addresses are fictitious; UWV, Belastingdienst and the court are
named because the document types are defined by them.

## Regenerate

\`\`\`
npx tsx eval/independent-envelopes/make.ts
\`\`\`

Generation is deterministic (seed \`${SEED}\`, byte-identical output on re-runs); it rewrites \`files/\`,
\`truth.json\` and this README. The repository's \`tsconfig.json\` does not include \`eval/\`; type-check this
folder with \`npx tsc --noEmit -p eval/independent-envelopes/tsconfig.json\`.
Code: \`make.ts\` (plans and assembly), \`docs/\` (document templates), \`lib/\` (layout, rendering).
Text-layer PDFs are drawn with the Skia PDF backend of \`@napi-rs/canvas\` (DejaVu fonts, subset, with
ToUnicode maps). Scans are rasterised at 150 dpi, greyed, slightly skewed and shifted, given paper
noise, dust, sometimes a scanner-lid shadow or punch holes, blurred and stored as greyscale JPEG
(quality 60) through \`pdf-lib\`; they have no text layer, so OCR is needed.

## truth.json

One entry per file:

\`\`\`
{ file, pages, kind: "envelope" | "stack", render: "text" | "scan",
  documents: [{ pages: [1,2,3], type, clientNumber | null, restricted, language, label, numbered, note? }],
  blankPages: [..], rotatedPages: [..], imagePages: [..], notes: [..] }
\`\`\`

- Page numbers are 1-based. Every page is either in exactly one document or in \`blankPages\`; blank pages
  belong to no document. Documents never interleave, but a document printed on one side and scanned
  double-sided has blank back sides _between_ its pages (e.g. \`pages: [3, 5]\` with page 4 blank): the
  blank is not a document boundary.
- \`rotatedPages\`: pages that are _displayed_ upside down (180°). In text-layer files the content is drawn
  upside down (the text layer too). In scans the image is upside down, except in files whose notes say
  otherwise: there the image is upright and the page carries \`/Rotate 180\`.
- \`imagePages\`: image-only pages inside text-layer files (photocopies of identity documents).
- \`numbered\`: the document prints page numbers of some kind (\`pagina 2 van 3\`, \`2/3\`, \`Blad 2 van 3\`,
  \`blad 2\`, \`- 2 -\`, \`Pagina 2\`, \`Page 2 of 3\`, a bare \`2\`, or a browser footer \`1/2\`).
- \`restricted\` is true exactly for \`medical_statement\`.
- \`language\` is the language of the document text (\`nl\`, \`en\`, \`pl\`, \`tr\`). Clients with another mother tongue
  mostly write in simple Dutch; those letters are \`nl\`.
- \`clientNumber\` is the client the document is about or belongs to, also when the document itself shows
  only a name and address (bank statements), only a BSN (payslips), or a mistyped BSN (see \`note\`).

Judgement calls, so you can disagree knowingly:

- A short covering note ("hierbij stuur ik ...") is its own document of type \`other\`.
- Each printed e-mail (rejection, confirmation) is its own \`job_application_proof\` document.
- A copy of the municipality's own decision enclosed with an objection is a separate document of type \`other\`.
- A change reported by letter instead of on the form is \`change_form\`; an application by letter is \`benefit_application\`.
- An e-ticket enclosed with a holiday notice is \`other\`; an authorisation (machtiging) is \`other\`.
- A Belastingdienst/employer annual statement (jaaropgaaf) is \`tax_document\`.
- The explanation page on the back of a payslip, the day-by-day hours page of a salary specification and
  the specification page of a collection letter belong to that document.

## Statistics

${mdTable(['', ''], 'll', [
  ['files', `${ts.length} (${env.length} envelopes, ${stk.length} stacks)`],
  ['scanned (image only) / text layer', `${scans.length} / ${ts.length - scans.length}`],
  ['pages', `${pages} (scanned ${scanPages}, text layer ${pages - scanPages})`],
  ['documents', `${docs.length}`],
  ['multi-page documents', `${multi.length} (with page numbering ${multiNumbered.length}, without ${multi.length - multiNumbered.length})`],
  ['blank pages', `${blank} (in ${ts.filter((t) => t.blankPages.length).length} files)`],
  ['upside-down pages', `${rotated} (in ${ts.filter((t) => t.rotatedPages.length).length} files)`],
  ['image pages inside text-layer files', `${ts.reduce((a, t) => a + t.imagePages.length, 0)}`],
  ['document boundaries', `${boundaries}; same client on both sides ${sameClient}; same type, different client ${sameTypeOther}`],
  ['restricted (medical) documents', `${docs.filter((d) => d.restricted).length}`],
  ['documents of people not in the directory', `${docs.filter((d) => d.clientNumber === null && !/huis-aan-huis/.test(d.label)).length}`],
  ['documents about no person at all', `${docs.filter((d) => d.clientNumber === null && /huis-aan-huis/.test(d.label)).length}`],
  ['languages', [...langs.entries()].map(([k, v]) => `${k} ${v}`).join(', ')],
  ['total size of files/', `${(size / 1024 / 1024).toFixed(1)} MB`],
])}

Documents per type:

${mdTable(
  ['type', 'documents', 'pages', 'multi-page'],
  'lrrr',
  perType.map(([ty, ds]) => [
    ty,
    `${ds.length}`,
    `${ds.reduce((a, d) => a + d.pages.length, 0)}`,
    `${ds.filter((d) => d.pages.length > 1).length}`,
  ]),
)}

## Files

${mdTable(
  ['file', 'render', 'pages', 'documents', 'blank', 'rotated'],
  'llrrrr',
  ts.map((t) => [t.file, t.render, `${t.pages}`, `${t.documents.length}`, `${t.blankPages.length}`, `${t.rotatedPages.length}`]),
)}

What some files are about:

${ts
  .filter((t) => t.notes.length)
  .map((t) => `- ${t.file}: ${t.notes.join('; ')}`)
  .join('\n')}

The post in the set arrives between 2 February and 20 March 2026.
`;
}

await main();
