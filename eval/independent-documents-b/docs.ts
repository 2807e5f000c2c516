/**
 * The documents of set B: one month (November 2026) of post for Werk & Inkomen of Gemeente Voorbeeld.
 * Each entry says what a careful person in the mailroom would decide (truth) and how it looks (pages).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type FontId, INK, makeRng, Page, PENCIL, type ScanOptions } from './render.ts';
import {
  addrLines,
  bankStatement,
  bsnDotted,
  bsnFrom,
  bsnSpaced,
  type Client,
  elfproef,
  GEMEENTE,
  handLetter,
  letter,
  letterhead,
  longDate,
  mail,
  margin,
  nlDate,
  payslip,
} from './templates.ts';

export type DocType =
  | 'payslip'
  | 'bank_statement'
  | 'change_form'
  | 'benefit_application'
  | 'objection'
  | 'complaint'
  | 'court_document'
  | 'uwv_decision'
  | 'tax_document'
  | 'rental_agreement'
  | 'holiday_notice'
  | 'medical_statement'
  | 'job_application_proof'
  | 'employment_contract'
  | 'identity_document'
  | 'debt_notice'
  | 'other';

export interface DocSpec {
  id: string;
  file: string;
  type: DocType;
  client: string | null;
  expected: 'route' | 'triage';
  reason: string | null;
  candidates: string[];
  language: 'nl' | 'en' | 'tr' | 'ar' | 'pl' | 'uk';
  render: 'scan' | 'photo' | 'fax' | 'digital';
  label: string;
  note?: string;
  pages: Page[];
  scan?: ScanOptions;
  faxHeader?: string;
  photo?: { table?: 'wood' | 'cloth' | 'grey'; flash?: boolean };
  pdfTitle?: string;
  producer?: string;
}

const here = dirname(fileURLToPath(import.meta.url));
const directory = JSON.parse(readFileSync(join(here, '../../examples/directory.json'), 'utf8')) as { clients: Client[] };
const byNumber = new Map(directory.clients.map((c) => [c.clientNumber, c]));
const knownBsn = new Set(directory.clients.map((c) => c.bsn));

function c(n: string): Client {
  const found = byNumber.get(n);
  if (!found) throw new Error(`no client ${n}`);
  return found;
}

/** Made-up elfproef-valid BSNs for people who are not in the directory. */
function strangerBsn(prefix8: string): string {
  for (let p = Number(prefix8); ; p++) {
    const b = bsnFrom(String(p).padStart(8, '0'));
    if (b && !knownBsn.has(b)) return b;
  }
}

/** One digit changed as an OCR or typing slip would; checked to fail the elfproef. */
function typo(bsn: string, pos: number, digit: string): string {
  const t = bsn.slice(0, pos) + digit + bsn.slice(pos + 1);
  if (elfproef(t)) throw new Error(`typo ${t} still passes the elfproef`);
  return t;
}

type Draft = Omit<DocSpec, 'file' | 'candidates' | 'reason'> & { candidates?: string[]; reason?: string | null };

const GREY: [number, number, number] = [0.4, 0.4, 0.4];
const hand = (f: FontId = 'hand') => ({ f, size: 13, c: INK });

export function documents(): DocSpec[] {
  const d: Draft[] = [];
  const add = (x: Draft) => d.push(x);

  // ------------------------------------------------------------------ payslips
  {
    const k = c('K-100507');
    add({
      id: 'payslip-weekly-flex',
      type: 'payslip',
      client: k.clientNumber,
      expected: 'route',
      language: 'nl',
      render: 'digital',
      label: 'Weekly payslip from an uitzendbureau (week 44), BSN and name printed',
      pages: [
        payslip({
          employer: 'FlexVisie Uitzendgroep B.V.',
          employerLines: [
            'Vestiging Voorbeeld-Noord · Industrieweg 14 · 1239 KP Voorbeeld',
            'KvK 71234560 · loonheffingennr. 8591.23.456.L01',
          ],
          title: 'SALARISSPECIFICATIE WEEK 44-2026',
          employee: ['De heer J. Mazur', ...addrLines(k)],
          facts: [
            ['Personeelsnr.', '4471903'],
            ['BSN', k.bsn],
            ['Geboortedatum', nlDate(k.birthDate)],
            ['Periode', 'week 44 (26-10 t/m 01-11)'],
            ['Fase', 'A (uitzendbeding)'],
            ['Functie', 'Orderpicker'],
            ['Inlener', 'DistriCentrum Voorbeeld'],
            ['Loonheffingskorting', 'Ja'],
          ],
          lines: [
            { label: 'Uurloon 100%', qty: '32,00', amount: '€ 448,00' },
            { label: 'Toeslag avonduren 125%', qty: '6,00', amount: '€ 21,00' },
            { label: 'Reservering vakantiegeld 8%', amount: '€ 37,52' },
            { label: 'Reservering feestdagen', amount: '€ 14,07' },
            { label: 'Pensioen StiPP basis', amount: '-/- € 0,00' },
            { label: 'Loonheffing', amount: '-/- € 31,40' },
          ],
          net: '€ 437,60',
          footer: 'Uitbetaling per week op IBAN NL12 ABNA 0123 4567 89. Vragen? loonadministratie@flexvisie.example',
        }),
      ],
    });
  }
  {
    const k = c('K-100283');
    add({
      id: 'payslip-weekly-copy',
      type: 'payslip',
      client: k.clientNumber,
      expected: 'route',
      language: 'nl',
      render: 'scan',
      scan: { gen: 3 },
      label: 'Photocopy of a photocopy of a weekly payslip (weeks 45), BSN in dotted format',
      pages: [
        payslip({
          employer: 'Polder Personeel',
          employerLines: ['Postbus 880 · 1230 AB Voorbeeld · www.polderpersoneel.example'],
          title: 'Loonstrook',
          employee: [`T. Lewandowski`, ...addrLines(k)],
          facts: [
            ['Werknemer', '20931'],
            ['Sofi/BSN', bsnDotted(k.bsn)],
            ['Tijdvak', 'Week 45 2026'],
            ['Loonheffing tabel', 'wit week'],
          ],
          lines: [
            { label: 'Gewerkte uren', qty: '38,00', amount: '548,34' },
            { label: 'Overuren 150%', qty: '4,00', amount: '86,58' },
            { label: 'Vakantiebijslag', amount: '50,75' },
            { label: 'Huisvesting (inhouding)', amount: '-95,00' },
            { label: 'Zorgverzekering (inhouding)', amount: '-36,25' },
            { label: 'Loonheffing', amount: '-41,11' },
          ],
          net: '513,31',
        }),
      ],
    });
  }
  {
    const k = c('K-100143');
    const pg = payslip({
      employer: 'Zorggroep De Linde',
      employerLines: ['Lindelaan 2 · 1238 AA Voorbeeld'],
      title: 'Salarisstrook periode 11',
      employee: ['Mw. S. Pinas', ...addrLines(k)],
      facts: [
        ['Medewerker', '00318'],
        ['Geb. datum', nlDate(k.birthDate)],
        ['Periode', '4 wk 11 (05-10 / 01-11)'],
        ['Dienstverband', 'oproep (0-uren)'],
      ],
      lines: [
        { label: 'Uren volgens rooster', qty: '41,25', amount: '€ 612,56' },
        { label: 'ORT zaterdag', qty: '8,00', amount: '€ 44,16' },
        { label: 'Eindejaarsuitkering reservering', amount: '€ 54,70' },
        { label: 'Pensioenpremie PFZW', amount: '€ -38,12' },
        { label: 'Loonheffing', amount: '€ -12,00' },
      ],
      net: '€ 661,30',
    });
    add({
      id: 'payslip-photo-kitchen',
      type: 'payslip',
      client: k.clientNumber,
      expected: 'route',
      language: 'nl',
      render: 'photo',
      photo: { table: 'cloth', flash: true },
      label: 'Phone photo of a 4-weekly payslip on a kitchen table; name + birth date, no BSN, flash glare',
      pages: [pg],
    });
  }
  {
    const henk = c('K-100199');
    const tineke = c('K-100374');
    add({
      id: 'payslip-partner-bsn',
      type: 'payslip',
      client: null,
      expected: 'triage',
      reason: 'conflict',
      candidates: [henk.clientNumber, tineke.clientNumber],
      language: 'nl',
      render: 'scan',
      label: "Payslip in Henk Bakker's name and birth date, but the BSN printed is Tineke Postma's",
      pages: [
        payslip({
          employer: 'Bouwbedrijf Gebr. Vos',
          employerLines: ['Molenweg 101 · 1231 GC Voorbeeld'],
          employee: ['H. Bakker', ...addrLines(henk)],
          facts: [
            ['Pers.nr', '112'],
            ['BSN', tineke.bsn],
            ['Geboren', nlDate(henk.birthDate)],
            ['Periode', 'oktober 2026'],
          ],
          lines: [
            { label: 'Salaris', qty: '86,00', amount: '1.204,00' },
            { label: 'Reiskosten', amount: '42,80' },
            { label: 'Loonheffing', amount: '-54,00' },
          ],
          net: '1.192,80',
        }),
      ],
    });
  }
  {
    const k = c('K-100542');
    add({
      id: 'payslip-name-only',
      type: 'payslip',
      client: k.clientNumber,
      expected: 'triage',
      reason: 'no-client',
      language: 'nl',
      render: 'digital',
      label: 'Payslip from a cleaning company with only name and personnel number (no BSN, no birth date, no address)',
      note: 'About Winston Doelwijt by name, but a name alone is not evidence',
      pages: [
        payslip({
          employer: 'SchoonTotaal Facilitair',
          employerLines: ['Havenkade 3 · 1238 AA Voorbeeld'],
          title: 'Loonspecificatie',
          employee: ['W. Doelwijt'],
          facts: [
            ['Personeelsnummer', 'ST-5520'],
            ['Periode', 'oktober 2026'],
            ['Afdeling', 'Kantoren ploeg 3'],
          ],
          lines: [
            { label: 'Uren schoonmaak', qty: '52,5', amount: '€ 743,93' },
            { label: 'Vakantietoeslag 8%', amount: '€ 59,51' },
            { label: 'Loonheffing', amount: '€ -20,00' },
          ],
          net: '€ 783,44',
        }),
      ],
    });
  }
  {
    const k = c('K-100171');
    const bad = typo(k.bsn, 4, k.bsn[4] === '8' ? '3' : '8');
    add({
      id: 'payslip-bsn-typo',
      type: 'payslip',
      client: k.clientNumber,
      expected: 'route',
      language: 'nl',
      render: 'scan',
      scan: { gen: 2 },
      label: 'Photocopied payslip whose printed BSN has one wrong digit; name and birth date are right',
      note: `BSN printed as ${bad} (fails the elfproef) instead of ${k.bsn}; name + birth date still identify Piotr Nowak`,
      pages: [
        payslip({
          employer: 'AgriFlex Seizoenswerk',
          employerLines: ['Kassenweg 7 · 1236 ZZ Voorbeeld'],
          title: 'LOONSTROOK WEEK 46',
          employee: ['P. NOWAK', ...addrLines(k)],
          facts: [
            ['BSN', bad],
            ['Geb.datum', nlDate(k.birthDate)],
            ['Week', '46 (09-11 t/m 15-11-2026)'],
          ],
          lines: [
            { label: 'Uren 100%', qty: '40,00', amount: '572,00' },
            { label: 'Huisvesting', amount: '-110,00' },
            { label: 'Loonheffing', amount: '-38,90' },
          ],
          net: '423,10',
        }),
      ],
    });
  }
  {
    const kevin = c('K-100486');
    const linda = c('K-100262');
    const pg = payslip({
      employer: 'Transport Van Rijn',
      employerLines: ['Spoorlaan 200 · 1235 AA Voorbeeld'],
      employee: ['K. Mulder', ...addrLines(kevin)],
      facts: [
        ['BSN', kevin.bsn],
        ['Periode', 'oktober 2026'],
      ],
      lines: [
        { label: 'Loon chauffeur', qty: '120', amount: '1.680,00' },
        { label: 'Loonheffing', amount: '-121,00' },
      ],
      net: '1.559,00',
    });
    margin(pg, 330, 130, `Voor mijn dossier\nL. de Jong ${linda.clientNumber}`, { sticky: true, size: 11 });
    add({
      id: 'payslip-sent-by-other',
      type: 'payslip',
      client: null,
      expected: 'triage',
      reason: 'conflict',
      candidates: [kevin.clientNumber, linda.clientNumber],
      language: 'nl',
      render: 'scan',
      label: "Kevin Mulder's payslip (his BSN) with a sticky note 'voor mijn dossier' by Linda de Jong and her client number",
      pages: [pg],
    });
  }
  {
    const bsn = strangerBsn('99977712');
    add({
      id: 'payslip-stranger',
      type: 'payslip',
      client: null,
      expected: 'triage',
      reason: 'no-client',
      language: 'nl',
      render: 'digital',
      label: 'Payslip of someone not in the directory (valid BSN, unknown person)',
      pages: [
        payslip({
          employer: 'Randstad-achtig Uitzendbureau Voorbeeld',
          employerLines: ['Stationsplein 1 · 1230 BB Voorbeeld'],
          title: 'Salarisstrook week 45',
          employee: ['Dhr. R. Tjon A Fat', 'Oosterstraat 12', '1239 XX Voorbeeld'],
          facts: [
            ['BSN', bsn],
            ['Geboortedatum', '03-03-1988'],
            ['Week', '45'],
          ],
          lines: [
            { label: 'Uren', qty: '24,00', amount: '€ 340,80' },
            { label: 'Loonheffing', amount: '€ -0,00' },
          ],
          net: '€ 340,80',
        }),
      ],
    });
  }

  // ------------------------------------------------------------------ bank statements
  {
    const k = c('K-100395');
    add({
      id: 'bank-partial-page',
      type: 'bank_statement',
      client: k.clientNumber,
      expected: 'triage',
      reason: 'no-client',
      language: 'nl',
      render: 'scan',
      label: 'Page 2 of 3 of a bank statement: account holder name and address only',
      note: 'Name + address of Marek Wójcik, no BSN, client number or birth date',
      pages: [
        bankStatement({
          bank: 'Rabobank',
          color: [0.0, 0.2, 0.55],
          holder: ['Hr M Wojcik', ...addrLines(k)],
          iban: 'NL44 RABO 0312 7788 10',
          period: '01-10-2026 t/m 31-10-2026',
          page: '2 van 3',
          rows: [
            ['14-10', 'Albert Heijn 1432 Voorbeeld', '23,17', ''],
            ['15-10', 'Gemeente Voorbeeld uitkering PW okt', '', '1.091,72'],
            ['15-10', 'Woonstichting Thuis huur', '612,40', ''],
            ['16-10', 'Western Union PL transfer', '150,00', ''],
            ['17-10', 'Lidl Voorbeeld', '31,02', ''],
            ['20-10', 'Zilveren Kruis premie', '148,25', ''],
            ['22-10', 'Tikkie van K. Wojcik', '', '40,00'],
          ],
        }),
      ],
    });
  }
  {
    const k = c('K-100164');
    const pg = bankStatement({
      bank: 'ING',
      color: [1.0, 0.38, 0.0],
      holder: ['S BENALI', ...addrLines(k)],
      iban: 'NL91 INGB 0007 7123 45',
      period: 'oktober 2026',
      page: '1 van 1',
      start: '€ 84,12',
      end: '€ 12,90',
      rows: [
        ['01-10', 'Huur Eigen Haard', '598,00', ''],
        ['05-10', 'Uitkering Gemeente Voorbeeld', '', '1.012,33'],
        ['09-10', 'Jumbo', '44,80', ''],
        ['12-10', 'Odido abonnement', '25,00', ''],
        ['24-10', 'Belastingdienst zorgtoeslag', '', '123,00'],
      ],
    });
    margin(pg, 390, 100, `klantnr\n${k.clientNumber}`, { size: 12 });
    add({
      id: 'bank-margin-number',
      type: 'bank_statement',
      client: k.clientNumber,
      expected: 'route',
      language: 'nl',
      render: 'scan',
      label: 'Bank statement; the only identifier is a client number handwritten in the margin',
      pages: [pg],
    });
  }
  {
    const k = c('K-100150');
    const pg = bankStatement({
      bank: 'ABN AMRO',
      color: [0.0, 0.45, 0.4],
      holder: ['MEVR R JANSEN', ...addrLines(k)],
      iban: 'NL02 ABNA 0458 1122 33',
      period: '01-10-2026 - 31-10-2026',
      page: '1/2',
      rows: [
        ['02-10', 'BETAALVERZOEK R. Jansen jr.', '', '25,00'],
        ['03-10', 'Gemeente Voorbeeld', '', '1.210,40'],
        ['03-10', 'Vattenfall termijn', '129,00', ''],
        ['07-10', 'Kruidvat', '12,49', ''],
        ['11-10', 'Geldautomaat Marktplein', '50,00', ''],
      ],
      footer: 'ABN AMRO Bank N.V., Gustav Mahlerlaan 10, Amsterdam. Dit is een afdruk uit Internet Bankieren.',
    });
    margin(pg, 62, 38, `Ria Jansen geb. ${nlDate(k.birthDate)}  bsn ${k.bsn}`, { size: 11 });
    add({
      id: 'bank-handwritten-header',
      type: 'bank_statement',
      client: k.clientNumber,
      expected: 'route',
      language: 'nl',
      render: 'scan',
      scan: { gen: 2 },
      label: 'Internet-banking printout; client wrote name, birth date and BSN above it',
      pages: [pg],
    });
  }
  {
    const wim = c('K-100367');
    const johan = c('K-100423');
    const cover = handLetter(
      `Voorbeeld 9-11-2026\n\nBeste meneer/mevrouw,\n\nHier de bankafschriften waar u om vroeg. ~~Het~~ De andere rekening is opgeheven.\n\nMet vriendelijke groet\nJ. Smits\nBSN ${johan.bsn}`,
      { lined: true },
    );
    const st = bankStatement({
      bank: 'SNS',
      color: [0.3, 0.1, 0.5],
      holder: ['W VERMEULEN', ...addrLines(wim)],
      iban: 'NL70 SNSB 0901 4455 12',
      period: 'oktober 2026',
      page: '1 van 1',
      rows: [
        ['01-10', 'Gemeente Voorbeeld PW', '', '1.134,10'],
        ['02-10', 'Huur', '701,00', ''],
        ['15-10', 'Dirk van den Broek', '38,20', ''],
      ],
    });
    margin(st, 380, 130, wim.clientNumber, { size: 13 });
    add({
      id: 'bank-cover-other-client',
      type: 'bank_statement',
      client: null,
      expected: 'triage',
      reason: 'conflict',
      candidates: [wim.clientNumber, johan.clientNumber],
      language: 'nl',
      render: 'scan',
      label: "Cover note signed J. Smits with his BSN; attached statement is W. Vermeulen's with his client number in the margin",
      pages: [cover, st],
    });
  }
  add({
    id: 'bank-last-page-only',
    type: 'bank_statement',
    client: null,
    expected: 'triage',
    reason: 'no-client',
    language: 'nl',
    render: 'photo',
    photo: { table: 'wood' },
    label: 'Photo of page 3 of 3 of a bank statement: only transactions and the closing balance',
    pages: [
      bankStatement({
        bank: 'Knab',
        color: [0.1, 0.3, 0.6],
        holder: [],
        iban: 'NL87 KNAB 0255 6677 10',
        period: 'september 2026',
        page: '3 van 3',
        end: '€ 3,14',
        rows: [
          ['26-09', 'Action Voorbeeld', '8,97', ''],
          ['27-09', 'NS reizen', '12,40', ''],
          ['28-09', 'Marktplaats betaling', '', '35,00'],
          ['29-09', 'Tikkie Etentje', '15,00', ''],
          ['30-09', 'Rente en kosten', '4,50', ''],
        ],
      }),
    ],
  });

  // ------------------------------------------------------------------ change forms
  const formHead = (pg: Page, title: string) => {
    pg.put(pg.left, 48, 'Gemeente Voorbeeld', 14, 'bold', { c: [0.0, 0.35, 0.3] });
    pg.put(pg.left, 61, 'Werk en Inkomen', 9, 'sans', { c: GREY });
    pg.put(pg.right, 48, title, 12, 'bold', { al: 'r' });
    pg.put(pg.right, 61, 'Stuur dit formulier binnen 5 werkdagen terug', 8, 'sans', { al: 'r', c: GREY });
    pg.line(pg.left, 70, pg.right, 70, 1.4, [0.0, 0.35, 0.3]);
    pg.at(96);
  };
  {
    const k = c('K-100122');
    const pg = new Page();
    formHead(pg, 'Inkomstenopgave');
    pg.p('1. Uw gegevens', { f: 'bold', after: 4 });
    pg.kv('Naam', 'Anna Kowalska', { hand: 'hand' });
    pg.kv('Klantnummer', k.clientNumber, { hand: 'hand' });
    pg.kv('Burgerservicenummer', null);
    pg.kv('Telefoon', '06-4481 20..', { hand: 'hand' });
    pg.p('2. Over welke maand gaat het?', { f: 'bold', after: 4 });
    pg.kv('Maand en jaar', 'oktober 2026', { hand: 'hand' });
    pg.p('3. Had u inkomsten?', { f: 'bold', after: 4 });
    pg.check('Nee, geen inkomsten', false);
    pg.check('Ja, uit werk (stuur de loonstroken mee)', true);
    pg.check('Ja, uit een andere uitkering', false);
    pg.kv('Bruto bedrag', '€ 612,-', { hand: 'hand' });
    pg.kv('Netto bedrag', '', {});
    pg.p('4. Zijn er andere veranderingen? (verhuizing, samenwonen, vermogen, auto)', { f: 'bold', after: 4 });
    pg.p('nee ~~wel~~ geen', { ...hand(), x: pg.left + 10 });
    pg.gap(10);
    pg.p('5. Ondertekening. Ik heb dit formulier naar waarheid ingevuld.', { f: 'bold', after: 6 });
    pg.kv('Datum', '4/11/26', { hand: 'hand' });
    pg.kv('Handtekening', 'A.Kowalska', { hand: 'hand2' });
    add({
      id: 'change-form-partial',
      type: 'change_form',
      client: k.clientNumber,
      expected: 'route',
      language: 'nl',
      render: 'scan',
      label: 'Municipal income form, partly filled in by hand (client number, no BSN, net amount blank)',
      pages: [pg],
    });
  }
  {
    const piotr = c('K-100171');
    const marek = c('K-100395');
    const pg = new Page();
    formHead(pg, 'Wijzigingsformulier');
    pg.kv('Naam', 'P. Nowak', { hand: 'hand' });
    pg.kv('Klantnummer', piotr.clientNumber, { hand: 'hand' });
    pg.kv('BSN', marek.bsn, { hand: 'hand' });
    pg.p('Wat is er veranderd?', { f: 'bold', after: 6 });
    pg.check('Ik ga samenwonen', false);
    pg.check('Ik ben verhuisd', false);
    pg.check('Ik heb werk gevonden', true);
    pg.check('Anders, namelijk:', true);
    pg.p('vanaf 16 november werk ik bij AgriFlex 3 dagen per week, contract volgt', { ...hand(), x: pg.left + 15 });
    pg.gap(10);
    pg.kv('Ingangsdatum', '16-11-2026', { hand: 'hand' });
    pg.kv('Handtekening', 'Nowak', { hand: 'hand2' });
    add({
      id: 'change-form-mixed-ids',
      type: 'change_form',
      client: null,
      expected: 'triage',
      reason: 'conflict',
      candidates: [piotr.clientNumber, marek.clientNumber],
      language: 'nl',
      render: 'scan',
      scan: { gen: 2 },
      label: "Change form: Piotr Nowak's client number but Marek Wójcik's BSN (both Polish clients, helped by the same friend?)",
      pages: [pg],
    });
  }
  {
    const k = c('K-100367');
    add({
      id: 'change-handwritten-move',
      type: 'change_form',
      client: k.clientNumber,
      expected: 'route',
      language: 'nl',
      render: 'scan',
      label: 'Handwritten note reporting a move, with crossed-out words and BSN',
      pages: [
        handLetter(
          `Aan de gemeente, ~~sociale dienst~~ werk en inkomen\n\nIk ben Wim Vermeulen, mijn bsn is ${bsnSpaced(k.bsn)}.\nIk wil doorgeven dat ik per 1 december ~~ver~~ ga verhuizen naar\nKastanjelaan 4b, 1236 KL Voorbeeld (bij mijn broer ~~in~~ op zolder).\nIk betaal hem 250 euro kostgeld. Moet ik daar nog iets voor invullen?\n\nGroeten\nW. Vermeulen\ntel 06 1122 9087`,
          { lined: true, f: 'hand' },
        ),
      ],
    });
  }
  {
    const henk = c('K-100199');
    const tineke = c('K-100374');
    const pg = new Page();
    formHead(pg, 'Wijzigingsformulier');
    pg.p('Uw gegevens', { f: 'bold', after: 4 });
    pg.kv('Naam', 'Tineke Postma');
    pg.kv('Klantnummer', tineke.clientNumber);
    pg.kv('BSN', tineke.bsn);
    pg.p('Gegevens van uw (nieuwe) partner', { f: 'bold', after: 4 });
    pg.kv('Naam partner', 'Henk Bakker');
    pg.kv('BSN partner', henk.bsn);
    pg.kv('Geboortedatum partner', nlDate(henk.birthDate));
    pg.p('Wijziging', { f: 'bold', after: 4 });
    pg.check('Wij gaan samenwonen op het adres van: mij', true);
    pg.kv('Per datum', '01-12-2026');
    pg.p('Toelichting', { f: 'bold', after: 4 });
    pg.p('Henk komt bij mij wonen. Hij heeft zelf ook een uitkering bij u. Ik begrijp dat wij dan samen een gezinsuitkering krijgen.', {
      after: 10,
    });
    pg.kv('Datum en handtekening', '10-11-2026  T. Postma');
    add({
      id: 'change-form-partner-labelled',
      type: 'change_form',
      client: tineke.clientNumber,
      expected: 'route',
      candidates: [tineke.clientNumber, henk.clientNumber],
      language: 'nl',
      render: 'digital',
      producer: 'Adobe Acrobat Reader (invulformulier)',
      label: "Filled-in PDF form: Tineke Postma reports Henk Bakker moving in; his BSN is in the labelled 'partner' field",
      note: 'Both are clients, but the roles are labelled: the form belongs to the filer. Henk’s consultant should be told too',
      pages: [pg],
    });
  }
  {
    const pg = new Page();
    formHead(pg, 'Inkomstenopgave');
    pg.kv('Naam', null);
    pg.kv('Klantnummer', null);
    pg.kv('Burgerservicenummer', null);
    pg.kv('Maand en jaar', 'okt', { hand: 'hand' });
    pg.check('Ja, uit werk (stuur de loonstroken mee)', true);
    pg.kv('Bruto bedrag', '388,50', { hand: 'hand' });
    pg.kv('Handtekening', 'R. Jansen', { hand: 'hand2' });
    add({
      id: 'change-form-empty-ids',
      type: 'change_form',
      client: null,
      expected: 'triage',
      reason: 'no-client',
      language: 'nl',
      render: 'fax',
      faxHeader: '13-11-2026 08:52  VAN: 0229-555120 BIBLIOTHEEK',
      label: "Income form faxed from the library: all identity fields blank, signed only 'R. Jansen'",
      note: 'Probably Ria Jansen (K-100150), but a signature is not an identifier',
      pages: [pg],
    });
  }
  {
    const k = c('K-100213');
    add({
      id: 'change-mail-car',
      type: 'change_form',
      client: k.clientNumber,
      expected: 'route',
      language: 'nl',
      render: 'digital',
      label: 'Outlook e-mail reporting a car inherited from his father, client number in the subject',
      pages: [
        mail({
          app: 'outlook',
          owner: 'Mustafa Aydın',
          from: `Mustafa Aydın <${k.email}>`,
          to: 'werkeninkomen@gemeente-voorbeeld.example',
          date: 'maandag 9 november 2026 21:14',
          subject: `wijziging ${k.clientNumber} auto`,
          body: 'Goedenavond,\n\nMijn vader is overleden in september en ik heb zijn auto gekregen (Opel Astra 2012, waarde volgens ANWB ongeveer 2.500 euro). Ik wil dit doorgeven want ik weet dat het vermogen is. Moet ik de auto verkopen?\n\nAlvast bedankt.',
          signature: 'Mustafa Aydın\nLindelaan 96\nVerzonden vanaf mijn Samsung Galaxy-smartphone.',
        }),
      ],
    });
  }

  // ------------------------------------------------------------------ applications (intake takes unknown people)
  add({
    id: 'application-english-mail',
    type: 'benefit_application',
    client: null,
    expected: 'route',
    language: 'en',
    render: 'digital',
    label: 'Gmail printout in English: newcomer asks to apply for social assistance',
    pages: [
      mail({
        app: 'gmail',
        owner: 'daniel.okafor88@example.com',
        from: 'Daniel Okafor <daniel.okafor88@example.com>',
        to: 'info@gemeente-voorbeeld.example',
        date: 'di 3 nov. 2026 10:02',
        subject: 'Application for social benefit (bijstand)',
        body: 'Dear Sir/Madam,\n\nI moved to Voorbeeld in October from Rotterdam after my contract as a warehouse worker ended. My WW benefit from UWV stops on 30 November and I have no savings left. I would like to apply for social assistance (bijstand / participatiewet). I live alone in a room at Oosterstraat 40A.\n\nCould you please tell me which documents I need to bring? I have my residence permit, bank statements and the UWV letter. I am available for an appointment any day.\n\nKind regards,\nDaniel Okafor\nDate of birth 14-02-1991\nPhone +31 6 2345 1180',
      }),
    ],
  });
  add({
    id: 'application-turkish-hand',
    type: 'benefit_application',
    client: null,
    expected: 'route',
    language: 'tr',
    render: 'scan',
    label: 'Handwritten Turkish letter: a widow asks for bijstand after her husband died',
    pages: [
      handLetter(
        'Sayın Belediye,\n\nBenim adım Gülsüm Yıldırım. Eşim Ağustos ayında vefat etti. Şimdi hiç gelirim yok, kira ödeyemiyorum. ~~Yardım~~ Bijstand (sosyal yardım) için başvurmak istiyorum.\nDoğum tarihim 12.04.1967. Adresim: Oude Haven 7, 1237 AB Voorbeeld.\nHollandaca iyi konuşamıyorum, oğlum bana yardım ediyor.\n\nSaygılarımla\nGülsüm Yıldırım\ntel: 06 3344 5521',
        { f: 'hand', lined: false },
      ),
    ],
  });
  {
    const pg = new Page();
    pg.put(pg.left, 48, 'VluchtelingenWerk — taalmaatje', 9, 'sans', { c: GREY });
    pg.at(70);
    pg.p('Aanvraag bijstand — dhr. Tarek Nasser (vertaling volgt, ik help hem met het formulier)', {
      f: 'hand',
      size: 12,
      c: PENCIL,
      after: 12,
    });
    pg.p(
      'السادة في البلدية المحترمين،\nأنا طارق ناصر، حصلت على الإقامة في شهر أيلول وانتقلت إلى بيت في فوربيلد.\nأريد أن أقدم طلب مساعدة اجتماعية لأنه ليس لدي عمل ولا دخل.\nتاريخ ميلادي ١٩٨٩/٠٣/٠٥ وعنواني:\nأرجو تحديد موعد معي، ويمكن لمرافقتي أن تحضر معي.\nمع الشكر والاحترام\nطارق ناصر',
      { f: 'hand', size: 14, c: INK, rtl: true, lh: 28 },
    );
    pg.p('Zeeweg 18, 1236 AB Voorbeeld', { f: 'hand', size: 13, c: INK, al: 'r' });
    add({
      id: 'application-arabic-photo',
      type: 'benefit_application',
      client: null,
      expected: 'route',
      language: 'ar',
      render: 'photo',
      photo: { table: 'wood' },
      label: 'Photo of a handwritten Arabic application (right to left) with a Dutch pencil line by a volunteer',
      pages: [pg],
    });
  }
  add({
    id: 'application-polish-mail',
    type: 'benefit_application',
    client: null,
    expected: 'route',
    language: 'pl',
    render: 'digital',
    label: 'Polish e-mail asking to apply for bijstand after losing agency housing and work',
    pages: [
      mail({
        app: 'gmail',
        owner: 'k.dabrowski.nl@example.com',
        from: 'Krzysztof Dąbrowski <k.dabrowski.nl@example.com>',
        to: 'werkeninkomen@gemeente-voorbeeld.example',
        date: 'śr., 4 lis 2026, 19:40',
        subject: 'Wniosek o zasiłek (bijstand)',
        body: 'Dzień dobry,\n\nPracowałem przez agencję pracy w szklarniach. Od 1 listopada nie mam pracy i agencja zabrała mi mieszkanie. Mieszkam teraz tymczasowo u kolegi, Lindelaan 12, Voorbeeld. Chciałbym złożyć wniosek o zasiłek socjalny (bijstand). Jestem zarejestrowany w gminie od 2023 roku.\n\nJakie dokumenty muszę przynieść? Mówię trochę po angielsku.\n\nZ poważaniem\nKrzysztof Dąbrowski\nur. 22.07.1984\ntel. +48 601 234 567 / 06 1987 4410',
      }),
    ],
  });
  add({
    id: 'application-ukrainian-scan',
    type: 'benefit_application',
    client: null,
    expected: 'route',
    language: 'uk',
    render: 'scan',
    label: 'Typed Ukrainian letter from a displaced person asking for income support',
    pages: [
      letter({
        from: ['Олена Коваленко', 'Havenkade 200 kamer 14', '1238 AZ Voorbeeld'],
        to: GEMEENTE,
        date: 'Voorbeeld, 5 листопада 2026 р.',
        subject: 'Заява про надання соціальної допомоги (bijstand)',
        salutation: 'Шановні пані та панове,',
        body: 'Я перебуваю в Нідерландах з 2022 року за тимчасовим захистом. До жовтня я отримувала кошти на проживання від муніципального притулку, але тепер я переїхала до власної кімнати і працюю лише 8 годин на тиждень. Мого доходу не вистачає на оренду та харчування.\n\nПрошу розглянути можливість надання мені допомоги на прожиття. Додаю копію договору оренди та мою виписку з банку.\n\nДата народження: 17.09.1979. Номер документа: UA-TB 5521098.',
        close: 'З повагою,',
        handSign: 'О. Коваленко',
        sign: ['Олена Коваленко', 'тел. 06 4455 1203'],
      }),
    ],
  });
  {
    const pg = new Page();
    pg.put(pg.left, 48, 'Aanvraag Levensonderhoud (Participatiewet)', 13, 'bold');
    pg.put(pg.left, 62, 'Gemeente Voorbeeld · formulier AO-1 · versie 2025', 8, 'sans', { c: GREY });
    pg.line(pg.left, 70, pg.right, 70, 1);
    pg.at(92);
    pg.p('Deel A. Aanvrager', { f: 'bold', after: 4 });
    pg.kv('Achternaam', 'de Groot', { hand: 'hand' });
    pg.kv('Voornamen', 'Melissa Anne', { hand: 'hand' });
    pg.kv('Geboortedatum', '30-01-1998', { hand: 'hand' });
    pg.kv('BSN', null);
    pg.kv('Adres', 'p/a Buurtteam Noord, Kerkplein 2', { hand: 'hand' });
    pg.p('Deel B. Partner', { f: 'bold', after: 4 });
    pg.kv('Naam partner', null);
    pg.p('Deel C. Woonsituatie', { f: 'bold', after: 4 });
    pg.check('Dakloos / geen vast adres', true);
    pg.check('Huurwoning', false);
    pg.check('Inwonend', false);
    pg.p('Deel D. Inkomsten en vermogen', { f: 'bold', after: 4 });
    pg.kv('Inkomen', 'geen', { hand: 'hand' });
    pg.kv('Bank / spaargeld', null);
    pg.gap(6);
    pg.p(
      'Aangevuld door buurtteam: mw. is sinds 2 weken dakloos, verblijft in de nachtopvang. Graag spoed i.v.m. voorschot. — Joris, Buurtteam Noord',
      {
        f: 'hand',
        size: 11,
        c: [0.1, 0.1, 0.1],
      },
    );
    add({
      id: 'application-form-fax-buurtteam',
      type: 'benefit_application',
      client: null,
      expected: 'route',
      language: 'nl',
      render: 'fax',
      faxHeader: '06-11-2026 16:41  VAN: BUURTTEAM NOORD 0229-555300',
      label: 'Application form half filled in (no BSN), faxed by the buurtteam for a homeless young woman',
      pages: [pg],
    });
  }
  {
    const k = c('K-100318');
    add({
      id: 'application-returning-client',
      type: 'benefit_application',
      client: k.clientNumber,
      expected: 'route',
      language: 'nl',
      render: 'digital',
      label: 'Typed letter: a former/known client applies again after her temporary contract ended (BSN, birth date)',
      pages: [
        letter({
          from: ['Sandra Willems', ...addrLines(k)],
          to: GEMEENTE,
          date: `Voorbeeld, ${longDate('2026-11-10')}`,
          subject: 'Opnieuw aanvraag bijstand',
          salutation: 'Geachte heer/mevrouw,',
          body: `Tot 1 juni had ik een uitkering bij u. Daarna heb ik 5 maanden gewerkt bij de thuiszorg, maar mijn tijdelijke contract is niet verlengd. Ik heb geen recht op WW omdat ik te kort heb gewerkt. Daarom vraag ik opnieuw bijstand aan vanaf 1 november.\n\nMijn BSN is ${k.bsn} en ik ben geboren op ${nlDate(k.birthDate)}. Ik woon nog steeds op hetzelfde adres.`,
          close: 'Met vriendelijke groet,',
          sign: ['Sandra Willems', 'tel. 06 5512 8890'],
        }),
      ],
    });
  }

  // ------------------------------------------------------------------ objections
  {
    const k = c('K-100115');
    const pg = letter({
      head: (p) =>
        letterhead(p, 'Van Dam & Öztürk Advocaten', [
          'Sociaal zekerheidsrecht · Bestuursrecht',
          'Singel 22 · 1230 CD Voorbeeld · 020 555 0190 · www.vandamozturk.example',
        ]),
      to: ['Het college van burgemeester en wethouders', 'van de gemeente Voorbeeld', 'Postbus 1234', '1230 AA  Voorbeeld'],
      date: `Voorbeeld, ${longDate('2026-11-12')}`,
      refs: [
        ['Ons kenmerk', '2026.0871/EÖ'],
        ['Uw kenmerk', `${k.clientNumber} / besluit d.d. 2 oktober 2026`],
        ['Betreft', `bezwaar — dhr. M. Yilmaz, BSN ${k.bsn}`],
        ['Per', 'post en e-mail (bezwaar@gemeente-voorbeeld.example)'],
      ],
      salutation: 'Geacht college,',
      body: `Namens mijn cliënt, de heer M. Yilmaz, geboren op ${nlDate(k.birthDate)}, wonende te Voorbeeld, maak ik hierbij bezwaar tegen uw besluit van 2 oktober 2026, waarbij de bijstandsuitkering van cliënt met ingang van 1 september 2026 voor de duur van drie maanden met 100% is verlaagd wegens het niet nakomen van de arbeidsverplichtingen.\n\nDit bezwaar wordt pro forma ingediend om de termijn van zes weken (artikel 6:7 Awb) te bewaren. De gronden volgen zo spoedig mogelijk. Ik verzoek u mij daarvoor een termijn van vier weken te geven en mij een afschrift van het dossier van cliënt toe te zenden (artikel 7:4 Awb).\n\nVoorts verzoek ik u cliënt en ondergetekende in de gelegenheid te stellen te worden gehoord. Cliënt spreekt Turks; ik verzoek u een tolk in te schakelen. De machtiging van cliënt is bijgevoegd.`,
      close: 'Hoogachtend,',
      handSign: 'E. Öztürk',
      sign: ['mr. E. Öztürk', 'advocaat'],
    });
    add({
      id: 'objection-lawyer-proforma',
      type: 'objection',
      client: k.clientNumber,
      expected: 'route',
      language: 'nl',
      render: 'digital',
      label: 'Pro-forma objection by a lawyer on behalf of Mehmet Yilmaz (client number in the reference line, BSN in subject)',
      pages: [pg],
    });
  }
  {
    const k = c('K-100220');
    add({
      id: 'objection-handwritten-angry',
      type: 'objection',
      client: k.clientNumber,
      expected: 'route',
      language: 'nl',
      render: 'scan',
      scan: { gen: 2 },
      label: 'Angry handwritten objection; name, birth date and address only',
      pages: [
        handLetter(
          `K. Ouahabi\n${addrLines(k).join('\n')}\ngeb. ${nlDate(k.birthDate)}\n\nBEZWAAR!!\n\nIk ben het ~~helemaal~~ totaal niet eens met jullie brief van 20 oktober. Jullie zeggen dat ik 1.840 euro moet terugbetalen omdat ik geld van mijn zoon heb gehad. Dat was een lening voor de wasmachine, dat heb ik aan ~~de~~ mijn consulent verteld!! Ik wil dat jullie dit terugdraaien. Ik heb geen geld om dit te betalen.\n\nK Ouahabi`,
          { size: 13.5 },
        ),
      ],
    });
  }
  {
    const rami = c('K-100234');
    const ahmad = c('K-100346');
    const pg = letter({
      head: (p) => letterhead(p, 'Het Juridisch Loket — spreekuur Voorbeeld', ['Bezwaar namens cliënt, per fax vanwege termijn']),
      to: ['Gemeente Voorbeeld', 'Team Bezwaar en Beroep', 'Fax 0229-555999'],
      date: '16 november 2026',
      refs: [
        ['Cliënt', 'dhr. R. Khalil'],
        ['Klantnummer', rami.clientNumber],
        ['BSN', ahmad.bsn],
      ],
      subject: 'Bezwaarschrift (pro forma) tegen besluit van 5 oktober 2026',
      body: 'Hierbij maakt bovengenoemde cliënt bezwaar tegen het besluit tot intrekking van zijn uitkering. Vandaag is de laatste dag van de bezwaartermijn; de gronden volgen. Cliënt heeft het besluit pas laat ontvangen omdat de post naar zijn oude adres ging.\n\nDe handtekening van cliënt volgt per post.',
      close: 'Met vriendelijke groet,',
      sign: ['N. Visscher, juridisch medewerker'],
    });
    add({
      id: 'objection-fax-mixed-ids',
      type: 'objection',
      client: null,
      expected: 'triage',
      reason: 'conflict',
      candidates: [rami.clientNumber, ahmad.clientNumber],
      language: 'nl',
      render: 'fax',
      faxHeader: '16-11-2026 16:58  VAN: JURIDISCH LOKET 088 2020 000',
      label: "Deadline-day pro-forma objection by fax: Rami Khalil's name and client number, Ahmad Darwish's BSN",
      note: 'The team (bezwaar) is clear, but two clients are named: who is the objector must be settled first',
      pages: [pg],
    });
  }
  {
    const k = c('K-100136');
    add({
      id: 'objection-english-outlook-thread',
      type: 'objection',
      client: k.clientNumber,
      expected: 'route',
      language: 'en',
      render: 'digital',
      label: 'Outlook printout in English objecting to the refused energy allowance, with the quoted decision e-mail',
      pages: [
        mail({
          app: 'outlook',
          owner: 'Kidane Tesfay',
          from: `Kidane Tesfay <${k.email}>`,
          to: 'bezwaar@gemeente-voorbeeld.example',
          date: 'Tuesday, 3 November 2026 08:47',
          subject: 'RE: Besluit energietoeslag 2026',
          body: `Dear Sir or Madam,\n\nI object to the decision below. I do not agree that my income was too high: in August I only received holiday money once, it is not my normal income. Please look again at my file, client number ${k.clientNumber}.\n\nI do not read Dutch well, so I ask you to answer in English.\n\nThank you,\nKidane Tesfay`,
          quoted: {
            from: 'Gemeente Voorbeeld <noreply@gemeente-voorbeeld.example>',
            date: 'vrijdag 25 september 2026 14:02',
            to: k.email ?? '',
            subject: 'Besluit energietoeslag 2026',
            body: 'Geachte heer Tesfay,\n\nU heeft energietoeslag aangevraagd. Wij wijzen uw aanvraag af, omdat uw inkomen hoger is dan 130% van het sociaal minimum. Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken na de datum van dit besluit bezwaar maken.\n\nMet vriendelijke groet,\nTeam Inkomen',
          },
        }),
      ],
    });
  }
  add({
    id: 'objection-stranger-energy',
    type: 'objection',
    client: null,
    expected: 'route',
    language: 'nl',
    render: 'digital',
    label: 'Typed objection about the energy allowance by someone not in the directory (name and address only)',
    pages: [
      letter({
        from: ['A. van Houten', 'Rietkraag 9', '1239 PL Voorbeeld'],
        to: GEMEENTE,
        date: 'Voorbeeld, 2 november 2026',
        subject: 'Bezwaar afwijzing energietoeslag',
        salutation: 'Geachte heer, mevrouw,',
        body: 'Op 28 september kreeg ik een afwijzing voor de energietoeslag. Ik ben AOW-gerechtigde met een klein pensioen en mijn energierekening is verdubbeld. Mijn buurvrouw met hetzelfde inkomen kreeg de toeslag wel. Ik maak daarom bezwaar en vraag u de beslissing te herzien.',
        close: 'Hoogachtend,',
        handSign: 'A. v. Houten',
      }),
    ],
  });
  {
    const k = c('K-100269');
    add({
      id: 'objection-turkish',
      type: 'objection',
      client: k.clientNumber,
      expected: 'route',
      language: 'tr',
      render: 'photo',
      photo: { table: 'grey' },
      label: 'Photo of a handwritten Turkish objection with the client number written at the top',
      pages: [
        handLetter(
          `${k.clientNumber}\nZeynep Çelik\n\nItiraz (bezwaar)\n\n8 Ekim tarihli mektubunuza itiraz ediyorum. Yardımımı kestiniz çünkü randevuya gelmedim diyorsunuz. Ama ben o gün hastanedeydim, kızım ameliyat oldu. Hastane kağıdını ekliyorum. Lütfen kararınızı değiştirin.\n\nZeynep Çelik\n11-11-2026`,
          { size: 13.5 },
        ),
      ],
    });
  }

  // ------------------------------------------------------------------ complaints
  {
    const k = c('K-100262');
    add({
      id: 'complaint-gmail-unreachable',
      type: 'complaint',
      client: k.clientNumber,
      expected: 'route',
      language: 'nl',
      render: 'digital',
      label: 'Gmail complaint: consultant unreachable for weeks; quoted auto-reply; BSN in signature',
      pages: [
        mail({
          app: 'gmail',
          owner: k.email ?? '',
          from: `Linda de Jong <${k.email}>`,
          to: 'klachten@gemeente-voorbeeld.example',
          date: 'ma 9 nov. 2026 11:31',
          subject: 'Klacht: al 4 weken geen reactie van mijn consulent',
          body: 'Beste mensen,\n\nIk wil een klacht indienen. Sinds 12 oktober probeer ik mijn consulent te bereiken over mijn bijzondere bijstand voor de tandarts. Ik heb drie keer gemaild en vijf keer gebeld. Elke keer krijg ik dat ze terugbelt, maar er gebeurt niks. Ondertussen staat de tandarts rekening open.\n\nIk voel me niet serieus genomen.',
          signature: `Linda de Jong\nBSN ${k.bsn}\n06-2021 3344`,
          quoted: {
            from: 'Team Inkomen <inkomen@gemeente-voorbeeld.example>',
            date: 'ma 26 okt. 2026 09:00',
            body: 'Dit is een automatisch antwoord. Wij hebben uw bericht ontvangen. U krijgt binnen 5 werkdagen antwoord.',
          },
        }),
      ],
    });
  }
  {
    const k = c('K-100423');
    add({
      id: 'complaint-lost-papers',
      type: 'complaint',
      client: k.clientNumber,
      expected: 'route',
      language: 'nl',
      render: 'scan',
      scan: { gen: 3 },
      label: 'Copy of a copy of a handwritten complaint about papers lost at the front desk (name + birth date)',
      pages: [
        handLetter(
          `Klacht\n\nMijn naam is Johan Smits, geboren ${nlDate(k.birthDate)}.\nOp 14 oktober heb ik aan de balie in het stadhuis mijn bankafschriften ingeleverd. Nu krijg ik een brief dat mijn uitkering stopt omdat ik ze niet heb ingeleverd!! Ik heb geen bewijs gekregen van de baliemedewerker. Dit is de tweede keer dit jaar. ~~Ik eis~~ Ik wil dat er iemand naar kijkt en dat mijn uitkering gewoon doorgaat.\n\nJ. Smits\n${k.address}`,
          { lined: true },
        ),
      ],
    });
  }
  {
    const k = c('K-100276');
    add({
      id: 'complaint-buurtteam',
      type: 'complaint',
      client: k.clientNumber,
      expected: 'route',
      language: 'nl',
      render: 'digital',
      label: 'Complaint by a buurtteam social worker on behalf of Nadia Ait Lahcen (client number and birth date)',
      pages: [
        letter({
          head: (p) =>
            letterhead(p, 'Buurtteam Voorbeeld-Zuid', ['Stichting Samen in de Wijk · Schoolstraat 1 · 1234 AA Voorbeeld'], {
              color: [0.5, 0.2, 0.5],
            }),
          to: ['Gemeente Voorbeeld', 't.a.v. Klachtencoördinatie', 'Postbus 1234', '1230 AA  Voorbeeld'],
          date: `Voorbeeld, ${longDate('2026-11-11')}`,
          refs: [
            ['Betreft', 'klacht namens mw. N. Ait Lahcen'],
            ['Klantnummer', k.clientNumber],
            ['Geboortedatum', nlDate(k.birthDate)],
          ],
          salutation: 'Geachte klachtencoördinator,',
          body: 'Met toestemming van mevrouw Ait Lahcen dien ik namens haar een klacht in over de manier waarop zij aan de telefoon is behandeld. Op 3 november belde zij over haar uitbetaling, die twee weken te laat was. De medewerker zei volgens mevrouw dat ‘zij maar beter moest leren plannen’ en beëindigde het gesprek.\n\nMevrouw is 66, spreekt redelijk Nederlands maar raakt snel in paniek. Zij heeft door de late betaling een aanmaning van haar energieleverancier gekregen. Wij vragen u om een gesprek met mevrouw, in mijn bijzijn.',
          close: 'Met vriendelijke groet,',
          sign: ['Loes Brink', 'maatschappelijk werker, Buurtteam Voorbeeld-Zuid', '06-4000 1234'],
        }),
      ],
    });
  }
  add({
    id: 'complaint-anonymous',
    type: 'complaint',
    client: null,
    expected: 'route',
    language: 'nl',
    render: 'digital',
    label: 'Anonymous typed complaint about the waiting room and the desk',
    pages: [
      letter({
        to: ['Gemeente Voorbeeld', 'Klachten'],
        date: 'november 2026',
        subject: 'Klacht over de balie Werk en Inkomen',
        body: 'Ik wil anoniem blijven omdat ik bang ben dat het gevolgen heeft voor mijn uitkering.\n\nVorige week dinsdag stond ik 50 minuten in de rij bij de balie. Er was één loket open. Een medewerker riep door de wachtruimte mijn achternaam en mijn dossiernummer zodat iedereen het kon horen. Zo ga je niet met mensen om. Ook de klapper met formulieren lag open op de balie.',
        close: 'Een boze inwoner',
      }),
    ],
  });
  {
    const k = c('K-100339');
    add({
      id: 'complaint-polish-photo',
      type: 'complaint',
      client: k.clientNumber,
      expected: 'route',
      language: 'pl',
      render: 'photo',
      photo: { table: 'wood', flash: false },
      label: 'Photo of a Polish handwritten complaint (client number and BSN written under the name)',
      pages: [
        handLetter(
          `Katarzyna Zielińska\n${k.clientNumber} / BSN ${k.bsn}\n\nSkarga\n\nDrugi raz nie dostałam pieniędzy na czas. Dzwoniłam 4 razy i nikt nie oddzwonił. Mam dwoje dzieci i nie mam na jedzenie. Proszę o odpowiedź po polsku albo angielsku.\n\nK. Zielińska, 12.11.2026`,
          { size: 13.5 },
        ),
      ],
    });
  }
  add({
    id: 'complaint-ukrainian',
    type: 'complaint',
    client: null,
    expected: 'route',
    language: 'uk',
    render: 'digital',
    label: 'Ukrainian e-mail complaint about rudeness at the desk, sender not in the directory',
    pages: [
      mail({
        app: 'gmail',
        owner: 'iryna.shevchenko.nl@example.com',
        from: 'Ірина Шевченко <iryna.shevchenko.nl@example.com>',
        to: 'klachten@gemeente-voorbeeld.example',
        date: 'чт, 12 лист. 2026 р., 15:20',
        subject: 'Скарга',
        body: 'Доброго дня,\n\nЯ хочу поскаржитися на працівника на стійці реєстрації 10 листопада. Я прийшла з перекладачем, щоб здати документи, але мені сказали прийти іншого дня і не дали жодного підтвердження. Я хочу знати, чи мої документи отримано.\n\nЗ повагою,\nІрина Шевченко\nRozenstraat 5, Voorbeeld',
      }),
    ],
  });

  // ------------------------------------------------------------------ court
  {
    const k = c('K-100192');
    add({
      id: 'court-ruling',
      type: 'court_document',
      client: k.clientNumber,
      expected: 'route',
      language: 'nl',
      render: 'digital',
      producer: 'Rechtspraak — uitspraakgenerator',
      label: 'District court ruling (two pages) in the appeal of Dewi Soekhoe; name, birth date, case number',
      pages: [
        letter({
          head: (p) =>
            letterhead(p, 'RECHTBANK NOORD-HOLLAND', ['Zittingsplaats Haarlem · Bestuursrecht'], {
              color: [0.2, 0.2, 0.2],
              f: 'serifBold',
            }),
          f: 'serif',
          refs: [
            ['zaaknummer', 'HAA 26/1187 PW'],
            ['uitspraak van', 'de enkelvoudige kamer van 10 november 2026'],
          ],
          subject: 'UITSPRAAK in de zaak tussen',
          body: `Dewi Soekhoe, uit Voorbeeld, geboren op ${nlDate(k.birthDate)}, eiseres\n(gemachtigde: mr. R. Baldew),\n\nen\n\nhet college van burgemeester en wethouders van de gemeente Voorbeeld, verweerder\n(gemachtigde: mr. E. Dekker).\n\nProcesverloop\nMet het besluit van 12 maart 2026 (het primaire besluit) heeft verweerder de bijstand van eiseres op grond van de Participatiewet herzien en ingetrokken over de periode van 1 januari 2025 tot en met 31 december 2025 en de kosten van bijstand tot een bedrag van € 6.412,88 van haar teruggevorderd. Met het besluit van 30 juni 2026 (het bestreden besluit) heeft verweerder het bezwaar van eiseres ongegrond verklaard. Eiseres heeft tegen het bestreden besluit beroep ingesteld.`,
        }),
        (() => {
          const p = new Page();
          p.p(
            'Overwegingen\n1. Verweerder heeft zich op het standpunt gesteld dat eiseres de inlichtingenverplichting heeft geschonden door niet te melden dat zij in 2025 giften van haar moeder ontving. De rechtbank volgt verweerder daarin niet volledig. Niet in geschil is dat de betalingen zagen op de aflossing van een schuld aan de woningcorporatie, die een noodzakelijke uitgave betrof.\n\n2. Het beroep is gegrond. De rechtbank vernietigt het bestreden besluit en draagt verweerder op binnen zes weken na de dag van verzending van deze uitspraak een nieuw besluit op het bezwaar te nemen met inachtneming van deze uitspraak.\n\nBeslissing\nDe rechtbank:\n- verklaart het beroep gegrond;\n- vernietigt het bestreden besluit;\n- draagt verweerder op het griffierecht van € 51,- aan eiseres te vergoeden;\n- veroordeelt verweerder in de proceskosten van eiseres tot een bedrag van € 1.814,-.\n\nDeze uitspraak is gedaan door mr. J.A. de Ruiter, rechter, in aanwezigheid van L. Post, griffier.\n\nRechtsmiddel: tegen deze uitspraak kan hoger beroep worden ingesteld bij de Centrale Raad van Beroep binnen zes weken na de dag van verzending.',
            { f: 'serif' },
          );
          return p;
        })(),
      ],
    });
  }
  {
    const k = c('K-100381');
    add({
      id: 'court-appeal-copy',
      type: 'court_document',
      client: k.clientNumber,
      expected: 'route',
      language: 'nl',
      render: 'scan',
      scan: { gen: 2 },
      label: 'Copy of a notice of appeal (beroepschrift) sent to the court, forwarded by the lawyer; BSN in the body',
      pages: [
        letter({
          head: (p) => letterhead(p, 'Advocatenkantoor Brink', ['Stationsweg 88 · 1235 AB Voorbeeld']),
          to: ['Rechtbank Noord-Holland', 'Sector Bestuursrecht', 'Postbus 1621', '2003 BR  Haarlem'],
          date: `Voorbeeld, ${longDate('2026-11-05')}`,
          subject: 'BEROEPSCHRIFT — afschrift aan verweerder',
          body: `Ondergetekende, mr. P. Brink, advocaat, handelend namens de heer A. Şahin, geboren op ${nlDate(k.birthDate)}, BSN ${k.bsn}, stelt hierbij beroep in tegen de beslissing op bezwaar van het college van burgemeester en wethouders van Voorbeeld van 1 oktober 2026, kenmerk BB-2026-0412, waarbij het bezwaar tegen de weigering van bijzondere bijstand voor woonkosten ongegrond is verklaard.\n\nDe gronden van het beroep worden bij afzonderlijk schrijven aangevuld.`,
          close: 'Hoogachtend,',
          handSign: 'Brink',
        }),
      ],
    });
  }

  // ------------------------------------------------------------------ UWV
  const uwvHead = (p: Page) =>
    letterhead(p, 'UWV', ['Postbus 58285 · 1040 HG Amsterdam', 'www.uwv.nl · 088 - 898 92 94'], { color: [0.0, 0.3, 0.6] });
  {
    const k = c('K-100311');
    add({
      id: 'uwv-ww-decision',
      type: 'uwv_decision',
      client: k.clientNumber,
      expected: 'route',
      language: 'nl',
      render: 'digital',
      producer: 'UWV Documentservice',
      label: 'UWV decision granting WW benefit (BSN, printed)',
      pages: [
        letter({
          head: uwvHead,
          to: [`De heer G. Hoekstra`, ...addrLines(k)],
          date: `Datum ${longDate('2026-10-29')}`,
          refs: [
            ['Ons kenmerk', 'WW-2026-7712093'],
            ['Burgerservicenummer', k.bsn],
            ['Onderwerp', 'U krijgt een WW-uitkering'],
          ],
          salutation: 'Geachte heer Hoekstra,',
          body: 'U heeft op 2 oktober 2026 een WW-uitkering aangevraagd. In deze brief leest u dat u een WW-uitkering krijgt vanaf 5 oktober 2026, hoe hoog de uitkering is en hoe lang u deze krijgt.\n\nUw uitkering\nU krijgt de eerste 2 maanden 75% van uw dagloon. Daarna krijgt u 70% van uw dagloon. Uw dagloon is € 98,12. Uw uitkering duurt tot en met 4 juli 2027.\n\nBent u het niet eens met deze beslissing? Dan kunt u binnen 6 weken na de datum van deze brief bezwaar maken.',
          close: 'Met vriendelijke groet,',
          sign: ['UWV', 'Afdeling Uitkeren'],
        }),
      ],
    });
  }
  {
    const k = c('K-100430');
    add({
      id: 'uwv-copy-spaced-bsn',
      type: 'uwv_decision',
      client: k.clientNumber,
      expected: 'route',
      language: 'nl',
      render: 'scan',
      scan: { gen: 3 },
      label: 'Third-generation copy of a UWV Ziektewet end decision; BSN in groups (9999 60 568)',
      pages: [
        letter({
          head: uwvHead,
          to: ['Mevrouw E. Peters', ...addrLines(k)],
          date: `Datum ${longDate('2026-10-20')}`,
          refs: [
            ['Burgerservicenummer', `${k.bsn.slice(0, 4)} ${k.bsn.slice(4, 6)} ${k.bsn.slice(6)}`],
            ['Onderwerp', 'Uw Ziektewet-uitkering stopt'],
          ],
          salutation: 'Geachte mevrouw Peters,',
          body: 'U bent op 14 oktober 2026 onderzocht door onze verzekeringsarts. Hij vindt dat u weer kunt werken in uw eigen werk of in ander passend werk. Daarom stopt uw Ziektewet-uitkering op 4 november 2026.\n\nWat betekent dit voor u? U kunt een WW-uitkering aanvragen als u geen werk heeft. Heeft u ook een uitkering van de gemeente? Geef deze beslissing dan door aan uw gemeente.',
          close: 'Met vriendelijke groet,',
          sign: ['UWV'],
        }),
      ],
    });
  }
  {
    const karim = c('K-100220');
    const aicha = c('K-100535');
    const dec = letter({
      head: uwvHead,
      to: ['Mevrouw A. Boukhari', ...addrLines(aicha)],
      date: `Datum ${longDate('2026-11-02')}`,
      refs: [
        ['Burgerservicenummer', aicha.bsn],
        ['Onderwerp', 'Wij stoppen uw IOW-uitkering'],
      ],
      body: 'Geachte mevrouw Boukhari,\n\nU heeft een IOW-uitkering. Vanaf 13 februari 2026 heeft u recht op AOW. Daarom stopt uw IOW-uitkering op die datum.',
      close: 'Met vriendelijke groet,',
      sign: ['UWV'],
    });
    margin(dec, 330, 110, `van mijn vrouw\n${karim.clientNumber}\nK. Ouahabi`, { size: 12 });
    add({
      id: 'uwv-partner-note',
      type: 'uwv_decision',
      client: null,
      expected: 'triage',
      reason: 'conflict',
      candidates: [aicha.clientNumber, karim.clientNumber],
      language: 'nl',
      render: 'scan',
      label: "UWV decision for Aïcha Boukhari (her BSN); a margin note 'van mijn vrouw' with Karim Ouahabi's client number",
      note: 'The directory lists them at different addresses; who is it for?',
      pages: [dec],
    });
  }
  {
    const bsn = strangerBsn('99966611');
    add({
      id: 'uwv-stranger',
      type: 'uwv_decision',
      client: null,
      expected: 'triage',
      reason: 'no-client',
      language: 'nl',
      render: 'digital',
      label: 'UWV WIA decision about a person who is not in the directory (valid BSN)',
      pages: [
        letter({
          head: uwvHead,
          to: ['De heer B. Sarmo', 'Dijkweg 144', '1239 LP Voorbeeld'],
          date: `Datum ${longDate('2026-11-06')}`,
          refs: [
            ['Burgerservicenummer', bsn],
            ['Onderwerp', 'Beslissing WIA-aanvraag'],
          ],
          body: 'Geachte heer Sarmo,\n\nU heeft een WIA-uitkering aangevraagd. U krijgt geen WIA-uitkering, omdat u minder dan 35% arbeidsongeschikt bent. U kunt nog 72% van uw oude loon verdienen.\n\nBent u het niet eens met deze beslissing? Dan kunt u binnen 6 weken bezwaar maken.',
          close: 'Met vriendelijke groet,',
          sign: ['UWV'],
        }),
      ],
    });
  }
  {
    const ermias = c('K-100185');
    const selam = c('K-100241');
    const dec = letter({
      head: uwvHead,
      to: ['Mevrouw S. Habte', ...addrLines(selam)],
      date: `Datum ${longDate('2026-10-30')}`,
      refs: [
        ['Burgerservicenummer', selam.bsn],
        ['Onderwerp', 'Wij hebben uw WW-uitkering herzien'],
      ],
      body: 'Geachte mevrouw Habte,\n\nU heeft in september inkomsten gehad uit werk. Wij trekken die inkomsten af van uw WW-uitkering. U krijgt over september € 212,40 minder.',
      close: 'Met vriendelijke groet,',
      sign: ['UWV'],
    });
    margin(dec, 62, 36, `${ermias.clientNumber}  (for my consultant)`, { size: 12 });
    add({
      id: 'uwv-number-of-other',
      type: 'uwv_decision',
      client: null,
      expected: 'triage',
      reason: 'conflict',
      candidates: [selam.clientNumber, ermias.clientNumber],
      language: 'nl',
      render: 'photo',
      photo: { table: 'grey' },
      label: "Photo of a UWV letter to Selam Habte (her BSN) with Ermias Ghebremedhin's client number written on top",
      pages: [dec],
    });
  }

  // ------------------------------------------------------------------ Belastingdienst / toeslagen
  const bdHead = (p: Page, dienst = 'Belastingdienst/Toeslagen') =>
    letterhead(p, dienst, ['Postbus 8080 · 6710 BB Ede', 'BelastingTelefoon Toeslagen 0800 - 0543'], { color: [0.1, 0.2, 0.45] });
  {
    const k = c('K-100164');
    add({
      id: 'tax-huurtoeslag-voorschot',
      type: 'tax_document',
      client: k.clientNumber,
      expected: 'route',
      language: 'nl',
      render: 'digital',
      producer: 'Belastingdienst',
      label: 'Toeslagen: provisional rent allowance 2027 (BSN printed)',
      pages: [
        letter({
          head: (p) => bdHead(p),
          to: ['Mevrouw S. Benali', ...addrLines(k)],
          date: `Datum ${longDate('2026-11-20')}`,
          refs: [
            ['Burgerservicenummer', k.bsn],
            ['Beschikkingsnummer', '7712.45.881.T.72'],
          ],
          subject: 'Voorschot huurtoeslag 2027',
          body: 'Geachte mevrouw Benali,\n\nU krijgt in 2027 een voorschot huurtoeslag van € 3.144. Dat is € 262 per maand. Wij hebben dit bedrag berekend met de gegevens die wij van u hebben: een rekenhuur van € 598 per maand en een verwacht inkomen van € 15.200.\n\nKloppen deze gegevens niet? Geef wijzigingen dan zo snel mogelijk door via Mijn toeslagen.',
          close: 'Met vriendelijke groet,',
          sign: ['Belastingdienst/Toeslagen'],
        }),
      ],
    });
  }
  {
    const k = c('K-100325');
    add({
      id: 'tax-zorgtoeslag-terug',
      type: 'tax_document',
      client: k.clientNumber,
      expected: 'route',
      language: 'nl',
      render: 'digital',
      label: 'Toeslagen letter: health-care allowance 2025 reclaimed (BSN printed)',
      pages: [
        letter({
          head: (p) => bdHead(p),
          to: ['Mevrouw E. Öztürk', ...addrLines(k)],
          date: `Datum ${longDate('2026-10-27')}`,
          refs: [
            ['Burgerservicenummer', k.bsn],
            ['Betalingskenmerk', '4023 7756 1220 0091'],
          ],
          subject: 'Definitieve berekening zorgtoeslag 2025',
          body: 'Geachte mevrouw Öztürk,\n\nWij hebben uw zorgtoeslag over 2025 definitief berekend. U heeft recht op € 1.212. U heeft als voorschot € 1.486 ontvangen. U moet daarom € 274 terugbetalen. U ontvangt hierover een aparte brief met een betaalregeling.',
          close: 'Met vriendelijke groet,',
          sign: ['Belastingdienst/Toeslagen'],
        }),
      ],
    });
  }
  {
    const k = c('K-100437');
    add({
      id: 'tax-jaaropgave-photo',
      type: 'tax_document',
      client: k.clientNumber,
      expected: 'route',
      language: 'nl',
      render: 'photo',
      photo: { table: 'wood' },
      label: 'Photo of an employer jaaropgave 2025 (BSN and birth date)',
      pages: [
        payslip({
          employer: 'Schoonmaakbedrijf Het Zwaluwnest',
          employerLines: ['Industrieweg 60 · 1239 KP Voorbeeld'],
          title: 'JAAROPGAVE 2025',
          employee: ['M. Doğan', ...addrLines(k)],
          facts: [
            ['BSN', k.bsn],
            ['Geboortedatum', nlDate(k.birthDate)],
            ['Periode', '01-01-2025 t/m 31-12-2025'],
            ['Tabel', 'wit maand'],
          ],
          lines: [
            { label: 'Loon voor de loonheffing', amount: '€ 9.812' },
            { label: 'Ingehouden loonheffing', amount: '€ 0' },
            { label: 'Verrekende arbeidskorting', amount: '€ 0' },
            { label: 'Bijdrage Zvw', amount: '€ 515' },
          ],
          net: '',
          footer: 'Deze jaaropgave is bestemd voor uw aangifte inkomstenbelasting. Bewaar haar goed.',
        }),
      ],
    });
  }
  {
    const k = c('K-100304');
    const bsn = strangerBsn('99955501');
    add({
      id: 'tax-addressed-to-partner',
      type: 'tax_document',
      client: k.clientNumber,
      expected: 'triage',
      reason: 'no-client',
      language: 'nl',
      render: 'digital',
      label: 'Toeslagen letter to a stranger (his BSN) naming the client only as toeslagpartner by name',
      note: 'Marlon Kromodimedjo is named as partner without BSN or birth date; the BSN belongs to someone outside the directory',
      pages: [
        letter({
          head: (p) => bdHead(p),
          to: ['De heer J. Pawirodikromo', 'Spoorlaan 91', '1235 PB Voorbeeld'],
          date: `Datum ${longDate('2026-11-04')}`,
          refs: [['Burgerservicenummer', bsn]],
          subject: 'Wijziging toeslagpartner',
          body: 'Geachte heer Pawirodikromo,\n\nU heeft doorgegeven dat u vanaf 1 september 2026 een toeslagpartner heeft: mevrouw M. Kromodimedjo. Wij hebben uw huurtoeslag en zorgtoeslag opnieuw berekend. U krijgt hierover binnen 8 weken een nieuwe beschikking.',
          close: 'Met vriendelijke groet,',
          sign: ['Belastingdienst/Toeslagen'],
        }),
      ],
    });
  }
  {
    const k = c('K-100192');
    add({
      id: 'tax-masked-bsn',
      type: 'tax_document',
      client: k.clientNumber,
      expected: 'triage',
      reason: 'no-client',
      language: 'nl',
      render: 'digital',
      label: 'Bank jaaropgave (interest/balance) with a masked BSN (*****2491) and name/initial only',
      note: 'Only a masked BSN and "D. Soekhoe"; nothing usable',
      pages: [
        letter({
          head: (p) => letterhead(p, 'bunq', ['Jaaroverzicht voor de belastingaangifte'], { color: [0.2, 0.6, 0.3] }),
          to: ['D. Soekhoe'],
          refs: [
            ['BSN', '*****2491'],
            ['Jaar', '2025'],
          ],
          subject: 'Jaaroverzicht 2025 — saldo en rente',
          body: 'Saldo op 1 januari 2025: € 1.204,55\nSaldo op 31 december 2025: € 96,10\nOntvangen rente: € 0,00\n\nDit overzicht kunt u gebruiken voor uw aangifte inkomstenbelasting (box 3).',
        }),
      ],
    });
  }
  {
    const ermias = c('K-100185');
    const dawit = c('K-100409');
    const pg = letter({
      head: (p) => bdHead(p),
      to: ['De heer E. Ghebremedhin', ...addrLines(ermias)],
      date: `Datum ${longDate('2026-11-09')}`,
      refs: [['Burgerservicenummer', ermias.bsn]],
      subject: 'Beschikking zorgtoeslag 2026 — herziening',
      body: 'Geachte heer Ghebremedhin,\n\nWij hebben uw zorgtoeslag voor 2026 opnieuw berekend, omdat uw inkomen is gewijzigd. U krijgt vanaf december € 131 per maand.',
      close: 'Met vriendelijke groet,',
      sign: ['Belastingdienst/Toeslagen'],
    });
    margin(pg, 360, 36, `klant ${dawit.clientNumber}`, { size: 12 });
    add({
      id: 'tax-number-of-other',
      type: 'tax_document',
      client: null,
      expected: 'triage',
      reason: 'conflict',
      candidates: [ermias.clientNumber, dawit.clientNumber],
      language: 'nl',
      render: 'scan',
      label: "Toeslagen letter to Ermias Ghebremedhin (his BSN) with Dawit Tekle's client number written at the top",
      pages: [pg],
    });
  }

  // ------------------------------------------------------------------ rental
  {
    const k = c('K-100493');
    const p1 = letter({
      head: (p) => letterhead(p, 'Woonstichting Thuis in Voorbeeld', ['Marktplein 1 · 1231 AA Voorbeeld · verhuur@wsthuis.example']),
      subject: 'HUUROVEREENKOMST WOONRUIMTE (model ROZ 2024)',
      body: `De ondergetekenden:\n\n1. Woonstichting Thuis in Voorbeeld, hierna te noemen ‘verhuurder’,\n\nen\n\n2. mevrouw Samira Ouled Ali, geboren op ${nlDate(k.birthDate)}, hierna te noemen ‘huurder’,\n\nzijn het volgende overeengekomen:\n\nArtikel 1 — Het gehuurde\nVerhuurder verhuurt aan huurder de zelfstandige woning ${k.address}, bestaande uit een woonkamer, twee slaapkamers, keuken, badkamer en berging.\n\nArtikel 2 — Duur\nDeze overeenkomst gaat in op 1 december 2026 en is aangegaan voor onbepaalde tijd.\n\nArtikel 3 — Huurprijs\nDe huurprijs bedraagt € 687,45 per maand. Daarnaast betaalt huurder een voorschot servicekosten van € 38,20 per maand. Totaal € 725,65 per maand, te voldoen vóór de eerste van de maand.`,
    });
    const p2 = new Page();
    p2.p(
      'Artikel 4 — Waarborgsom\nHuurder is geen waarborgsom verschuldigd.\n\nArtikel 5 — Algemene bepalingen\nOp deze overeenkomst zijn de Algemene Bepalingen Huurovereenkomst Woonruimte van toepassing. Huurder verklaart een exemplaar daarvan te hebben ontvangen.\n\nAldus opgemaakt en ondertekend in tweevoud te Voorbeeld op 6 november 2026.',
      { after: 40 },
    );
    p2.put(p2.left, p2.y, 'Verhuurder', 10, 'bold');
    p2.put(p2.left + 260, p2.y, 'Huurder', 10, 'bold');
    p2.put(p2.left + 10, p2.y + 30, 'p.p. M. Dijkstra', 15, 'hand2', { c: INK });
    p2.put(p2.left + 270, p2.y + 30, 'S. Ouled Ali', 15, 'hand2', { c: INK });
    add({
      id: 'rental-contract',
      type: 'rental_agreement',
      client: k.clientNumber,
      expected: 'route',
      language: 'nl',
      render: 'digital',
      label: 'Two-page housing-association tenancy agreement; tenant by name and birth date',
      pages: [p1, p2],
    });
  }
  {
    const k = c('K-100360');
    const pg = letter({
      head: (p) => letterhead(p, 'Woonbron Voorbeeld', ['Klantenservice 0229 - 555 800']),
      to: ['Mevrouw G. Lieuw', ...addrLines(k)],
      date: `${longDate('2026-04-28')}`,
      refs: [
        ['Huurdernummer', '30.11782.04'],
        ['Betreft', 'huurverhoging per 1 juli 2026'],
      ],
      body: 'Geachte mevrouw Lieuw,\n\nPer 1 juli 2026 verhogen wij uw huur. Uw huidige kale huur is € 702,10. De nieuwe kale huur wordt € 741,41 (een verhoging van 5,6%). De servicekosten blijven gelijk.\n\nBent u het niet eens met deze verhoging? Dan kunt u vóór 1 juli bezwaar maken bij ons.',
      close: 'Met vriendelijke groet,',
      sign: ['Woonbron Voorbeeld'],
    });
    margin(pg, 390, 120, `klantnr ${k.clientNumber}`, { size: 11 });
    add({
      id: 'rental-increase-margin',
      type: 'rental_agreement',
      client: k.clientNumber,
      expected: 'route',
      language: 'nl',
      render: 'scan',
      label: 'Rent increase letter (old, handed in late); client number only in a margin note',
      pages: [pg],
    });
  }
  {
    const k = c('K-100346');
    add({
      id: 'rental-room-sublet',
      type: 'rental_agreement',
      client: k.clientNumber,
      expected: 'route',
      language: 'nl',
      render: 'scan',
      scan: { gen: 2 },
      label: 'Home-made room rental agreement, typed with handwritten fill-ins; tenant BSN filled in',
      pages: [
        (() => {
          const pg = new Page();
          pg.p('HUURCONTRACT KAMER', { f: 'bold', size: 14, al: 'c', after: 14 });
          pg.kv('Verhuurder', 'H. Bos, Kerkstraat 130, Voorbeeld', { hand: 'hand' });
          pg.kv('Huurder', 'Ahmad Darwish', { hand: 'hand' });
          pg.kv('BSN huurder', k.bsn, { hand: 'hand' });
          pg.kv('Kamer', 'zolderkamer, 12 m2, gedeelde keuken + badkamer', { hand: 'hand' });
          pg.kv('Ingangsdatum', '1 november 2026', { hand: 'hand' });
          pg.kv('Huurprijs per maand', '€ 475,- all-in', { hand: 'hand' });
          pg.gap(6);
          pg.p(
            'De huurder betaalt de huur vóór de 1e van de maand contant of per bank. De huurder mag geen andere personen laten inwonen. Opzegtermijn voor beide partijen: 1 maand.',
            {
              after: 24,
            },
          );
          pg.kv('Handtekening verhuurder', 'H.Bos', { hand: 'hand2' });
          pg.kv('Handtekening huurder', 'A. Darwish', { hand: 'hand2' });
          return pg;
        })(),
      ],
    });
  }
  {
    const els = c('K-100430');
    const kevin = c('K-100486');
    add({
      id: 'rental-two-tenants',
      type: 'rental_agreement',
      client: null,
      expected: 'triage',
      reason: 'conflict',
      candidates: [els.clientNumber, kevin.clientNumber],
      language: 'nl',
      render: 'digital',
      label: 'Tenancy agreement with two tenants who are both clients (both BSNs), no cover letter saying whose file',
      pages: [
        letter({
          head: (p) => letterhead(p, 'Particuliere Verhuur Jansma', ['Stationsweg 114 · Voorbeeld']),
          subject: 'Huurovereenkomst',
          body: `Verhuurder: J. Jansma, Voorbeeld.\n\nHuurders (hoofdelijk aansprakelijk):\n1. Els Peters, BSN ${els.bsn}\n2. Kevin Mulder, BSN ${kevin.bsn}\n\nHet gehuurde: bovenwoning Stationsweg 114-II, 1234 JX Voorbeeld.\nIngangsdatum: 1 december 2026, voor de duur van 24 maanden.\nHuurprijs: € 1.150,- per maand, exclusief gas, water en licht.\nWaarborgsom: € 2.300,-.`,
          close: 'Getekend te Voorbeeld, 8 november 2026',
          handSign: 'Jansma      E. Peters      K. Mulder',
        }),
      ],
    });
  }
  add({
    id: 'rental-cropped-photo',
    type: 'rental_agreement',
    client: null,
    expected: 'triage',
    reason: 'no-client',
    language: 'nl',
    render: 'photo',
    photo: { table: 'cloth' },
    label: 'Photo of the middle page of a tenancy agreement: articles and rent, no names',
    pages: [
      (() => {
        const pg = new Page();
        pg.at(40);
        pg.p(
          'Artikel 3 — Huurprijs en betaling\n3.1 De huurprijs bedraagt bij aanvang van de huurovereenkomst € 655,00 per maand.\n3.2 Huurder betaalt daarnaast een voorschot op de kosten van levering van zaken en diensten van € 45,00 per maand.\n3.3 De betalingsverplichting van huurder bestaat uit het totaal van de huurprijs en het voorschot: € 700,00 per maand.\n\nArtikel 4 — Jaarlijkse huurprijsaanpassing\n4.1 De huurprijs wordt jaarlijks per 1 juli aangepast conform de wettelijke regels.\n\nArtikel 5 — Waarborgsom\n5.1 Huurder betaalt vóór de ingangsdatum een waarborgsom van € 700,00.\n\nArtikel 6 — Gebruik\n6.1 Huurder zal het gehuurde gedurende de gehele duur van de huurovereenkomst zelf als woonruimte gebruiken.\n6.2 Het is huurder niet toegestaan het gehuurde geheel of gedeeltelijk onder te verhuren.',
          { size: 10.5 },
        );
        pg.put(pg.right, 800, '— 2 —', 9, 'sans', { al: 'r' });
        return pg;
      })(),
    ],
  });

  // ------------------------------------------------------------------ holiday notices
  {
    const k = c('K-100157');
    const pg = new Page();
    formHead(pg, 'Melding verblijf buitenland');
    pg.kv('Naam', 'Hüseyin Kaya', { hand: 'hand' });
    pg.kv('Klantnummer', k.clientNumber, { hand: 'hand' });
    pg.kv('BSN', k.bsn, { hand: 'hand' });
    pg.kv('Land', 'Turkije (Kayseri)', { hand: 'hand' });
    pg.kv('Vertrekdatum', '14-12-2026', { hand: 'hand' });
    pg.kv('Terugkomstdatum', '04-01-2027', { hand: 'hand' });
    pg.kv('Reden', 'annem hasta — moeder ziek', { hand: 'hand' });
    pg.p('Let op: u mag maximaal 4 weken per jaar naar het buitenland. Neem uw ticket mee naar de balie.', {
      size: 8.5,
      c: GREY,
      after: 10,
    });
    pg.kv('Handtekening', 'H. Kaya', { hand: 'hand2' });
    add({
      id: 'holiday-form-turkey',
      type: 'holiday_notice',
      client: k.clientNumber,
      expected: 'route',
      language: 'nl',
      render: 'scan',
      label: 'Holiday notice form filled in by hand (client number and BSN; reason partly in Turkish)',
      pages: [pg],
    });
  }
  {
    const k = c('K-100241');
    add({
      id: 'holiday-english-outlook',
      type: 'holiday_notice',
      client: k.clientNumber,
      expected: 'route',
      language: 'en',
      render: 'digital',
      label: 'Outlook e-mail in English announcing a trip to Eritrea/Ethiopia, client number in the text',
      pages: [
        mail({
          app: 'outlook',
          owner: 'Selam Habte',
          from: `Selam Habte <${k.email}>`,
          to: 'inkomen@gemeente-voorbeeld.example',
          cc: 'werk@gemeente-voorbeeld.example',
          date: 'Thursday, 5 November 2026 16:12',
          subject: 'Holiday / verblijf buitenland',
          body: `Hello,\n\nI want to inform you that I will travel to Addis Ababa to visit my mother, who is ill. I leave on 20 December 2026 and I come back on 10 January 2027 (3 weeks). My ticket is attached.\n\nMy client number is ${k.clientNumber}. During this time I cannot come to the job training on Mondays; I have told my trainer.\n\nBest regards,\nSelam Habte`,
          attachments: ['e-ticket ET-0712.pdf'],
        }),
      ],
    });
  }
  {
    const k = c('K-100178');
    add({
      id: 'holiday-arabic-photo',
      type: 'holiday_notice',
      client: k.clientNumber,
      expected: 'route',
      language: 'ar',
      render: 'photo',
      photo: { table: 'cloth' },
      label: 'Photo of a handwritten Arabic holiday notice; client number in Latin script',
      pages: [
        (() => {
          const pg = new Page();
          pg.at(80);
          pg.p(k.clientNumber, { f: 'hand', size: 15, c: INK, after: 16 });
          pg.p(
            'إلى البلدية - قسم العمل والدخل\nأود أن أخبركم أنني سأسافر إلى الأردن لزيارة أختي.\nتاريخ السفر: ٢٠٢٦/١٢/١٥\nتاريخ العودة: ٢٠٢٧/٠١/٠٥\nالمدة ثلاثة أسابيع.\nمع الشكر\nياسمين حداد',
            { f: 'hand', size: 15, c: INK, rtl: true, lh: 30 },
          );
          return pg;
        })(),
      ],
    });
  }
  add({
    id: 'holiday-first-name-only',
    type: 'holiday_notice',
    client: 'K-100444',
    expected: 'triage',
    reason: 'no-client',
    language: 'nl',
    render: 'scan',
    label: "Handwritten note: 'ik ga 3 weken naar Marokko', signed with a first name only",
    note: 'Probably Khadija Azzouzi (K-100444); a first name is not an identifier',
    pages: [
      handLetter(
        'Hallo,\n\nIk ga van 18 december tot 8 januari naar Marokko ~~voor~~ naar mijn familie in Nador.\nIk heb het ticket al.\n\nGroetjes\nKhadija',
        { size: 14 },
      ),
    ],
  });
  {
    const saida = c('K-100164');
    const hiba = c('K-100290');
    add({
      id: 'holiday-mail-wrong-account',
      type: 'holiday_notice',
      client: null,
      expected: 'triage',
      reason: 'conflict',
      candidates: [hiba.clientNumber, saida.clientNumber],
      language: 'nl',
      render: 'digital',
      label: "Gmail sent from Saida Benali's address but signed by Hiba Mansour with her client number",
      pages: [
        mail({
          app: 'gmail',
          owner: saida.email ?? '',
          from: `Saida Benali <${saida.email}>`,
          to: 'inkomen@gemeente-voorbeeld.example',
          date: 'vr 13 nov. 2026 20:05',
          subject: 'vakantie',
          body: `Goedenavond,\n\nIk meld dat ik van 21 december tot en met 2 januari naar mijn zus in Brussel ga.\nIk mail via mijn buurvrouw want mijn telefoon is kapot.\n\nHiba Mansour\n${hiba.clientNumber}`,
        }),
      ],
    });
  }

  // ------------------------------------------------------------------ medical (restricted)
  {
    const k = c('K-100206');
    add({
      id: 'medical-gp',
      type: 'medical_statement',
      client: k.clientNumber,
      expected: 'route',
      language: 'nl',
      render: 'digital',
      label: 'GP statement: patient cannot attend work activities for 6 weeks (BSN and birth date)',
      pages: [
        letter({
          head: (p) =>
            letterhead(p, 'Huisartsenpraktijk De Brink', ['E. van Wijk, huisarts · Brink 4 · 1232 AB Voorbeeld · AGB 01-012345']),
          to: ['Gemeente Voorbeeld', 'Team Werk'],
          date: `Voorbeeld, ${longDate('2026-11-04')}`,
          subject: 'Medische verklaring',
          body: `Hierbij verklaar ik dat mevrouw I. van Dijk, geboren ${nlDate(k.birthDate)}, BSN ${k.bsn}, bij mij onder behandeling is. Op medische gronden is zij de komende zes weken niet in staat deel te nemen aan het re-integratietraject en aan sollicitatieactiviteiten.\n\nOver de diagnose kan ik op grond van mijn beroepsgeheim geen mededelingen doen. Voor een nadere beoordeling verwijs ik naar een onafhankelijk arts.`,
          close: 'Met collegiale groet,',
          handSign: 'E. van Wijk',
          sign: ['E. van Wijk, huisarts'],
        }),
      ],
    });
  }
  {
    const k = c('K-100248');
    add({
      id: 'medical-ggz',
      type: 'medical_statement',
      client: k.clientNumber,
      expected: 'route',
      language: 'nl',
      render: 'digital',
      label: 'Letter from a mental-health practice (name and birth date)',
      pages: [
        letter({
          head: (p) =>
            letterhead(p, 'GGZ Kustland — poli Voorbeeld', ['Behandelaar: drs. M. Koster, GZ-psycholoog'], { color: [0.3, 0.5, 0.3] }),
          to: ['Aan wie het aangaat'],
          date: `${longDate('2026-10-30')}`,
          subject: `Betreft: dhr. R. Wongsodikromo, geb. ${nlDate(k.birthDate)}`,
          body: 'Bovengenoemde cliënt is sinds augustus 2026 bij ons in behandeling. Op verzoek van cliënt bevestig ik dat de behandeling twee keer per week plaatsvindt op dinsdag- en donderdagochtend. Het is in het belang van het herstel dat cliënt deze afspraken kan nakomen. Werkzaamheden of trajecten op die tijdstippen raden wij af.',
          close: 'Met vriendelijke groet,',
          handSign: 'M. Koster',
        }),
      ],
    });
  }
  {
    const fatima = c('K-100108');
    const hanan = c('K-100388');
    add({
      id: 'medical-mixed-ids-photo',
      type: 'medical_statement',
      client: null,
      expected: 'triage',
      reason: 'conflict',
      candidates: [fatima.clientNumber, hanan.clientNumber],
      language: 'nl',
      render: 'photo',
      photo: { table: 'wood', flash: true },
      label: "Photo of a hospital statement: patient Fatima el Amrani (name, birth date) but Hanan El Khattabi's BSN",
      pages: [
        letter({
          head: (p) => letterhead(p, 'Ziekenhuis Westland Voorbeeld', ['Polikliniek Orthopedie'], { color: [0.0, 0.4, 0.6] }),
          refs: [
            ['Patiënt', 'F. el Amrani'],
            ['Geboortedatum', nlDate(fatima.birthDate)],
            ['BSN', hanan.bsn],
          ],
          subject: 'Verklaring',
          body: 'Patiënte is op 2 november 2026 geopereerd aan de rechterknie. Zij mag de komende 8 weken niet lang staan, niet tillen en geen fysiek werk doen. Controle op de polikliniek over 6 weken.',
          close: 'Met vriendelijke groet,',
          handSign: 'dr. P. Aksoy',
        }),
      ],
    });
  }
  add({
    id: 'medical-no-ids',
    type: 'medical_statement',
    client: null,
    expected: 'triage',
    reason: 'no-client',
    language: 'nl',
    render: 'fax',
    faxHeader: '10-11-2026 11:03  VAN: FYSIOTHERAPIE CENTRUM  0229-555712',
    label: "Faxed physiotherapist note about 'mevr. S.' with no name, number or birth date",
    pages: [
      letter({
        head: (p) => letterhead(p, 'Fysiotherapie Centrum Voorbeeld', ['Sportlaan 3 · Voorbeeld']),
        date: '10-11-2026',
        subject: 'Verklaring t.b.v. werkconsulent',
        body: 'Mevr. S. is bij ons in behandeling voor chronische rugklachten (12 behandelingen). Wij adviseren geen werk met tillen of langdurig zitten tot na de evaluatie op 15 december. Vragen: bel de praktijk.',
        close: 'Met vriendelijke groet,',
        sign: ['T. de Ruyter, fysiotherapeut'],
      }),
    ],
  });

  // ------------------------------------------------------------------ job applications
  {
    const k = c('K-100297');
    add({
      id: 'jobproof-english-forward',
      type: 'job_application_proof',
      client: k.clientNumber,
      expected: 'route',
      language: 'en',
      render: 'digital',
      label: 'Forwarded rejection e-mail from an employer, in English, with the client number in the forward note',
      pages: [
        mail({
          app: 'gmail',
          owner: k.email ?? '',
          from: `Yonas Berhane <${k.email}>`,
          to: 'werk@gemeente-voorbeeld.example',
          date: 'wo 4 nov. 2026 13:27',
          subject: `Fwd: Your application for Warehouse Assistant — ${k.clientNumber}`,
          body: 'Hello,\n\nThis is proof of my application, as asked by my work consultant. I also applied to PostNL and Bol (no answer yet).\n\nRegards,\nYonas',
          quoted: {
            from: 'Recruitment LogiTrans <jobs@logitrans.example>',
            date: 'di 3 nov. 2026 om 17:02',
            body: 'Dear Yonas,\n\nThank you for your application for the position of Warehouse Assistant (vacancy 2026-114). We received many applications and we have decided to continue with other candidates. We will keep your CV for six months.\n\nKind regards,\nLogiTrans Recruitment',
          },
        }),
      ],
    });
  }
  {
    const k = c('K-100472');
    const pg = new Page();
    formHead(pg, 'Sollicitatieoverzicht');
    pg.kv('Naam', 'Roy Amatmoekrim', { hand: 'hand' });
    pg.kv('Klantnummer', k.clientNumber, { hand: 'hand' });
    pg.kv('Periode', 'oktober 2026', { hand: 'hand' });
    pg.gap(4);
    pg.table(
      [{ w: 70 }, { w: 140 }, { w: 130 }, { w: 130 }],
      [
        ['Datum', 'Bedrijf', 'Functie', 'Resultaat'],
        ['', '', '', ''],
      ],
      { head: true, lines: true },
    );
    const rows = [
      ['2-10', 'Jumbo DC', 'magazijn', 'afgewezen'],
      ['9-10', 'Hoveniersbedr. Groen', 'hovenier', 'gesprek 20/10'],
      ['15-10', 'Tempo-Team', 'productie', 'ingeschreven'],
      ['~~22-10~~ 23/10', 'Gemeente (plantsoen)', 'medewerker', 'geen reactie'],
    ];
    pg.y -= 18;
    for (const r of rows) {
      let x = pg.left;
      r.forEach((cell, i) => {
        pg.p(cell, { x: x + 2, w: 130, f: 'hand', size: 11.5, c: INK });
        pg.y -= 11.5 * 1.75;
        x += [70, 140, 130, 130][i] ?? 0;
      });
      pg.y += 24;
      pg.line(pg.left, pg.y - 16, pg.left + 470, pg.y - 16, 0.4);
    }
    add({
      id: 'jobproof-list-form',
      type: 'job_application_proof',
      client: k.clientNumber,
      expected: 'route',
      language: 'nl',
      render: 'scan',
      label: 'Application log form filled in by hand with four applications (client number)',
      pages: [pg],
    });
  }
  {
    const k = c('K-100255');
    add({
      id: 'jobproof-rejection-name-only',
      type: 'job_application_proof',
      client: k.clientNumber,
      expected: 'triage',
      reason: 'no-client',
      language: 'nl',
      render: 'digital',
      label: 'Employer rejection letter addressed to Bart Meijer (name and address only)',
      note: 'Name and address of Bart Meijer only',
      pages: [
        letter({
          head: (p) => letterhead(p, 'Bakkerij Van der Meulen', ['Ambachtsweg 4 · 1233 AA Voorbeeld']),
          to: ['De heer B. Meijer', ...addrLines(k)],
          date: `Voorbeeld, ${longDate('2026-10-28')}`,
          subject: 'Uw sollicitatie als broodbakker',
          body: 'Geachte heer Meijer,\n\nHartelijk dank voor uw sollicitatie. Wij hebben inmiddels een kandidaat gevonden die beter aansluit bij het profiel. Wij wensen u veel succes met uw verdere zoektocht.',
          close: 'Met vriendelijke groet,',
          sign: ['A. van der Meulen'],
        }),
      ],
    });
  }
  add({
    id: 'jobproof-first-name',
    type: 'job_application_proof',
    client: null,
    expected: 'triage',
    reason: 'no-client',
    language: 'nl',
    render: 'digital',
    label: "Printed e-mail with three application confirmations, signed 'groetjes Sandra' from a gmail address not in the directory",
    pages: [
      mail({
        app: 'gmail',
        owner: 'sandraw1996@example.com',
        from: 'sandra <sandraw1996@example.com>',
        to: 'werk@gemeente-voorbeeld.example',
        date: 'za 14 nov. 2026 09:12',
        subject: 'sollicitaties',
        body: 'hoi hierbij mijn sollicitaties van deze maand:\n- Kruidvat verkoopmedewerker (via werk.nl) 2 nov\n- Thuiszorg West helpende 6 nov\n- HEMA kassa 11 nov\n\nbevestigingen staan hieronder\n\ngroetjes Sandra',
        quoted: {
          from: 'Werken bij HEMA <noreply@werkenbij.example>',
          date: 'wo 11 nov. 2026 om 10:44',
          body: 'Bedankt voor je sollicitatie op de vacature Medewerker kassa (Voorbeeld). We nemen binnen twee weken contact met je op.',
        },
      }),
    ],
  });
  {
    const yonas = c('K-100297');
    const dawit = c('K-100409');
    const pg = new Page();
    formHead(pg, 'Sollicitatieoverzicht');
    pg.kv('Naam', 'Dawit Tekle', { hand: 'hand' });
    pg.kv('Geboortedatum', nlDate(dawit.birthDate), { hand: 'hand' });
    pg.kv('Klantnummer', yonas.clientNumber, { hand: 'hand' });
    pg.gap(6);
    pg.p('1. 3-11 PostNL sorteerder — online\n2. 6-11 Albert Heijn vakkenvuller — afgewezen\n3. 10-11 Schoonmaak Plus — gesprek', {
      f: 'hand',
      size: 12,
      c: INK,
    });
    add({
      id: 'jobproof-other-number',
      type: 'job_application_proof',
      client: null,
      expected: 'triage',
      reason: 'conflict',
      candidates: [dawit.clientNumber, yonas.clientNumber],
      language: 'nl',
      render: 'scan',
      label: "Application log: Dawit Tekle's name and birth date, Yonas Berhane's client number",
      pages: [pg],
    });
  }

  // ------------------------------------------------------------------ employment contracts
  {
    const k = c('K-100171');
    add({
      id: 'contract-agency',
      type: 'employment_contract',
      client: k.clientNumber,
      expected: 'route',
      language: 'nl',
      render: 'digital',
      label: 'Agency employment contract (uitzendovereenkomst fase A) with BSN and birth date',
      pages: [
        letter({
          head: (p) => letterhead(p, 'AgriFlex Seizoenswerk B.V.', ['Kassenweg 7 · 1236 ZZ Voorbeeld · ABU-lid']),
          subject: 'UITZENDOVEREENKOMST MET UITZENDBEDING (fase A)',
          body: `Partijen:\nAgriFlex Seizoenswerk B.V., hierna ‘uitzendonderneming’, en\nde heer Piotr Nowak, geboren ${nlDate(k.birthDate)}, BSN ${k.bsn}, wonende ${k.address}, hierna ‘uitzendkracht’.\n\n1. Uitzendkracht wordt ter beschikking gesteld aan Kwekerij De Zon B.V. als medewerker oogst.\n2. Aanvang: 16 november 2026. De overeenkomst eindigt van rechtswege wanneer de inlener de terbeschikkingstelling beëindigt.\n3. Arbeidsduur: gemiddeld 24 uur per week, verdeeld over 3 dagen.\n4. Loon: € 14,71 bruto per uur, exclusief 8% vakantietoeslag.\n5. Op deze overeenkomst is de ABU-cao voor uitzendkrachten van toepassing.`,
          close: 'Voorbeeld, 12 november 2026',
          handSign: 'P. Nowak',
        }),
      ],
    });
  }
  {
    const k = c('K-100416');
    add({
      id: 'contract-photo-fax-ref',
      type: 'employment_contract',
      client: k.clientNumber,
      expected: 'route',
      language: 'nl',
      render: 'photo',
      photo: { table: 'grey' },
      label: 'Photo of page 1 of an employment contract, employee BSN in the body',
      pages: [
        letter({
          head: (p) => letterhead(p, 'Garage Sitaram & Zn', ['Ambachtsweg 19 · Voorbeeld']),
          subject: 'Arbeidsovereenkomst voor bepaalde tijd',
          body: `De ondergetekenden:\n1. Garage Sitaram & Zn, gevestigd te Voorbeeld, werkgever;\n2. Iwan Sitaldin, BSN ${k.bsn}, werknemer;\n\nkomen overeen:\nArtikel 1. Werknemer treedt op 1 december 2026 in dienst als leerling-monteur voor de duur van 6 maanden.\nArtikel 2. De arbeidsduur is 32 uur per week.\nArtikel 3. Het salaris bedraagt € 2.010,- bruto per maand bij een volledige werkweek van 38 uur, naar rato.\nArtikel 4. Proeftijd: geen.`,
        }),
      ],
    });
  }
  {
    const stefan = c('K-100528');
    const mieke = c('K-100521');
    const cover = mail({
      app: 'outlook',
      owner: 'Mieke de Wit',
      from: `Mieke de Wit <${mieke.email}>`,
      to: 'inkomen@gemeente-voorbeeld.example',
      date: 'woensdag 11 november 2026 10:05',
      subject: `contract ${mieke.clientNumber}`,
      body: 'Goedemorgen,\n\nHierbij mijn nieuwe contract, zoals gevraagd. Ik begin 1 december.\n\nGroet,\nMieke de Wit',
      attachments: ['contract.pdf'],
    });
    const contract = letter({
      head: (p) => letterhead(p, 'Thuiszorg Samen', ['Kerkstraat 50 · Voorbeeld']),
      subject: 'Arbeidsovereenkomst',
      body: `Werkgever: Stichting Thuiszorg Samen.\nWerknemer: S. Kuipers, BSN ${stefan.bsn}, geboren ${nlDate(stefan.birthDate)}.\n\nFunctie: helpende niveau 2. Ingangsdatum 1 december 2026, bepaalde tijd 12 maanden, 20 uur per week. Salaris volgens cao VVT, FWG 25, trede 3.`,
      close: 'Voorbeeld, 9 november 2026',
      handSign: 'S. Kuipers',
    });
    add({
      id: 'contract-cover-other-client',
      type: 'employment_contract',
      client: null,
      expected: 'triage',
      reason: 'conflict',
      candidates: [mieke.clientNumber, stefan.clientNumber],
      language: 'nl',
      render: 'digital',
      label: "E-mail by Mieke de Wit ('mijn nieuwe contract', her client number) with a contract in Stefan Kuipers's name and BSN",
      pages: [cover, contract],
    });
  }
  {
    const bsn = strangerBsn('99944402');
    add({
      id: 'contract-stranger',
      type: 'employment_contract',
      client: null,
      expected: 'triage',
      reason: 'no-client',
      language: 'nl',
      render: 'digital',
      label: 'Employment contract of a person not in the directory (valid BSN)',
      pages: [
        letter({
          head: (p) => letterhead(p, 'Restaurant De Gouden Karper', ['Haven 2 · Voorbeeld']),
          subject: 'Arbeidsovereenkomst oproepkracht',
          body: `Werknemer: L. Brouwer, BSN ${bsn}, geboren 09-09-2002.\nFunctie: afwasser / hulpkok, oproepbasis met minimaal 12 uur per week, vanaf 1 november 2026. Uurloon € 14,40 bruto.`,
          close: 'Voorbeeld, 28 oktober 2026',
          handSign: 'L. Brouwer',
        }),
      ],
    });
  }

  // ------------------------------------------------------------------ identity documents
  const idCard = (pg: Page, o: { title: string; lines: [string, string][]; mrz: string[]; color: [number, number, number] }) => {
    const x = 120;
    const y = 170;
    pg.rect(x, y, 340, 215, { fill: o.color, stroke: [0.3, 0.3, 0.3], lw: 1 });
    pg.rect(x + 14, y + 40, 90, 115, { fill: [0.55, 0.55, 0.58] });
    pg.put(x + 14, y + 24, o.title, 10, 'bold');
    let yy = y + 50;
    for (const [k, v] of o.lines) {
      pg.put(x + 115, yy, k, 6, 'sans', { c: [0.3, 0.3, 0.3] });
      pg.put(x + 115, yy + 10, v, 9, 'bold');
      yy += 22;
    }
    let my = y + 180;
    for (const m of o.mrz) {
      pg.put(x + 12, my, m, 9.5, 'mono');
      my += 13;
    }
  };
  {
    const k = c('K-100129');
    const pg = new Page();
    idCard(pg, {
      title: 'VERBLIJFSDOCUMENT / RESIDENCE PERMIT',
      color: [0.85, 0.9, 0.85],
      lines: [
        ['Naam / Surname', 'AL-HASSAN'],
        ['Voornamen / Given names', 'OMAR'],
        ['Geboortedatum / Date of birth', nlDate(k.birthDate).replace(/-/g, ' ')],
        ['Nationaliteit', 'SYR'],
        ['Verblijfsrecht', 'Asiel bepaalde tijd'],
        ['BSN', k.bsn],
      ],
      mrz: [
        'IRNLDW2X8K4P70<<<<<<<<<<<<<<<',
        `${k.birthDate.slice(2).replace(/-/g, '')}3M3105091SYR<<<<<<<<<<<4`,
        'AL<HASSAN<<OMAR<<<<<<<<<<<<<<',
      ],
    });
    pg.put(120, 420, 'kopie', 16, 'hand', { c: INK });
    add({
      id: 'id-residence-permit',
      type: 'identity_document',
      client: k.clientNumber,
      expected: 'route',
      language: 'nl',
      render: 'scan',
      scan: { gen: 2 },
      label: 'Photocopy of a residence permit (name, birth date, BSN on the card)',
      pages: [pg],
    });
  }
  {
    const k = c('K-100227');
    const pg = new Page();
    idCard(pg, {
      title: 'RZECZPOSPOLITA POLSKA — DOWÓD OSOBISTY',
      color: [0.93, 0.88, 0.9],
      lines: [
        ['Nazwisko / Surname', 'WIŚNIEWSKA'],
        ['Imiona / Given names', 'AGNIESZKA'],
        ['Data urodzenia', nlDate(k.birthDate).replace(/-/g, '.')],
        ['Obywatelstwo', 'POLSKIE'],
        ['Numer dokumentu', 'ZAB 412905'],
      ],
      mrz: [
        'I<POLZAB4129056<<<<<<<<<<<<<<<',
        `${k.birthDate.slice(2).replace(/-/g, '')}2F3306099POL<<<<<<<<<<<2`,
        'WISNIEWSKA<<AGNIESZKA<<<<<<<<',
      ],
    });
    margin(pg, 130, 460, `BSN ${k.bsn}\nnieuwe ID, oude is verlopen`, { size: 13 });
    add({
      id: 'id-polish-card',
      type: 'identity_document',
      client: k.clientNumber,
      expected: 'route',
      language: 'pl',
      render: 'scan',
      label: 'Copy of a Polish ID card with the Dutch BSN handwritten below it',
      pages: [pg],
    });
  }
  {
    const pg = new Page();
    idCard(pg, {
      title: 'KONINKRIJK DER NEDERLANDEN — IDENTITEITSKAART',
      color: [0.85, 0.88, 0.95],
      lines: [
        ['Naam', 'VERSTEEG'],
        ['Voornamen', 'Petra Johanna'],
        ['Geboortedatum', '11 MAA/MAR 1979'],
        ['Persoonsnummer', strangerBsn('99922203')],
      ],
      mrz: ['I<NLDIXR81PLK07<<<<<<<<<<<<<<<', '7903114F3201012NLD<<<<<<<<<<<6', 'VERSTEEG<<PETRA<JOHANNA<<<<<<<'],
    });
    add({
      id: 'id-stranger',
      type: 'identity_document',
      client: null,
      expected: 'triage',
      reason: 'no-client',
      language: 'nl',
      render: 'scan',
      scan: { gen: 3 },
      label: 'Copy of a Dutch ID card of a person not in the directory',
      pages: [pg],
    });
  }
  {
    const nour = c('K-100514');
    const lina = c('K-100402');
    const cover = handLetter(`${lina.clientNumber}\nLina Sabbagh\n\nHier is de kopie van mijn paspoort zoals gevraagd.\nDank u`, {
      size: 13,
    });
    const pg = new Page();
    idCard(pg, {
      title: 'PASSPORT — SYRIAN ARAB REPUBLIC',
      color: [0.82, 0.86, 0.8],
      lines: [
        ['Surname', 'AL-KHATIB'],
        ['Given names', 'NOUR'],
        ['Date of birth', nlDate(nour.birthDate).replace(/-/g, '/')],
        ['Passport No.', 'N01847729'],
      ],
      mrz: [
        'P<SYRAL<KHATIB<<NOUR<<<<<<<<<<<<<<<<<<<<<<<',
        `N018477294SYR${nour.birthDate.slice(2).replace(/-/g, '')}6F2907143<<<<<<<<<<<<<<04`,
      ],
    });
    add({
      id: 'id-passport-other-cover',
      type: 'identity_document',
      client: null,
      expected: 'triage',
      reason: 'conflict',
      candidates: [lina.clientNumber, nour.clientNumber],
      language: 'nl',
      render: 'scan',
      label: "Cover note 'mijn paspoort' by Lina Sabbagh with her client number; the passport is Nour Al-Khatib's",
      pages: [cover, pg],
    });
  }

  // ------------------------------------------------------------------ debt (schuldhulp takes unknown people)
  {
    const k = c('K-100199');
    add({
      id: 'debt-incasso-name-address',
      type: 'debt_notice',
      client: k.clientNumber,
      expected: 'route',
      language: 'nl',
      render: 'digital',
      label: 'Collection agency reminder to Henk Bakker (name and address only), handed in at the desk',
      note: 'Routes to schuldhulp on type; the client link is a bonus (name + address is not evidence)',
      pages: [
        letter({
          head: (p) =>
            letterhead(p, 'Incassobureau Noordkaap B.V.', ['Postbus 4410 · 9701 AA Groningen · 050 - 555 2020'], {
              color: [0.5, 0.1, 0.1],
            }),
          to: ['De heer H. Bakker', ...addrLines(k)],
          date: `Groningen, ${longDate('2026-10-30')}`,
          refs: [
            ['Dossiernummer', 'NK-88.112.904'],
            ['Opdrachtgever', 'Zalando SE'],
          ],
          subject: 'LAATSTE AANMANING VOOR DAGVAARDING',
          body: 'Geachte heer Bakker,\n\nOndanks eerdere herinneringen heeft u de vordering van onze opdrachtgever niet voldaan.\n\nHoofdsom € 186,95\nIncassokosten € 40,00\nRente € 3,12\nTotaal € 230,07\n\nWij verzoeken u dit bedrag binnen 14 dagen over te maken onder vermelding van het dossiernummer. Doet u dat niet, dan dragen wij de zaak over aan onze gerechtsdeurwaarder.',
          close: 'Hoogachtend,',
          sign: ['Incassobureau Noordkaap B.V.'],
        }),
      ],
    });
  }
  {
    const k = c('K-100332');
    add({
      id: 'debt-bailiff-garnishment',
      type: 'debt_notice',
      client: k.clientNumber,
      expected: 'route',
      language: 'nl',
      render: 'digital',
      label: 'Bailiff notice of garnishment on the benefit, addressed to the municipality as third party (BSN)',
      pages: [
        letter({
          head: (p) =>
            letterhead(p, 'Gerechtsdeurwaarderskantoor Hendriks & Co', ['Postbus 90 · 1230 AB Voorbeeld · Bank NL55 RABO 0111 2223 33'], {
              color: [0.2, 0.2, 0.2],
            }),
          to: ['Gemeente Voorbeeld', 'Afdeling Werk en Inkomen — beslagen', 'Postbus 1234', '1230 AA  Voorbeeld'],
          date: `${longDate('2026-11-05')}`,
          refs: [
            ['Dossier', 'HE-2026-01477'],
            ['Debiteur', 'M. Bouchtaoui'],
            ['BSN debiteur', k.bsn],
            ['Geboortedatum', nlDate(k.birthDate)],
          ],
          subject: 'Mededeling derdenbeslag onder de gemeente als uitkeringsinstantie',
          body: 'Geachte heer, mevrouw,\n\nHierbij deel ik u mede dat ik op 4 november 2026 ten laste van bovengenoemde debiteur beslag heb gelegd onder uw gemeente op de periodieke uitkering die u aan debiteur verschuldigd bent, ten behoeve van CZ Zorgverzekeringen. Het exploot is op 4 november aan uw gemeente betekend.\n\nIk verzoek u binnen vier weken een verklaring derdenbeslag af te leggen en de beslagvrije voet te berekenen. De vordering bedraagt in totaal € 2.318,40.',
          close: 'Hoogachtend,',
          sign: ['mr. J. Hendriks, gerechtsdeurwaarder'],
        }),
      ],
    });
  }
  add({
    id: 'debt-energy-stranger',
    type: 'debt_notice',
    client: null,
    expected: 'route',
    language: 'nl',
    render: 'digital',
    label: 'Energy supplier reports a payment arrear (vroegsignalering) of someone not in the directory',
    note: 'Vroegsignalering: the supplier tells the municipality; the person is not a W&I client',
    pages: [
      letter({
        head: (p) =>
          letterhead(p, 'StroomWerk Energie', ['Vroegsignalering schulden · vroegsignalering@stroomwerk.example'], {
            color: [0.9, 0.5, 0.0],
          }),
        to: ['Gemeente Voorbeeld', 'Team Schuldhulpverlening'],
        date: `${longDate('2026-11-03')}`,
        refs: [
          ['Klant', 'mw. C. Zwart, Lisdodde 22, 1239 RT Voorbeeld'],
          ['Klantnummer leverancier', '3004-778-129'],
        ],
        subject: 'Signaal betalingsachterstand (Wet gemeentelijke schuldhulpverlening)',
        body: 'Op grond van artikel 3 Wgs en het Besluit gemeentelijke schuldhulpverlening melden wij een betalingsachterstand van € 412,60 (3 termijnen). Klant heeft niet gereageerd op onze herinnering en aanmaning. Wij verzoeken u contact op te nemen met de klant om hulp aan te bieden.',
        close: 'Met vriendelijke groet,',
        sign: ['Afdeling Debiteurenbeheer'],
      }),
    ],
  });
  add({
    id: 'debt-insurer-stranger-fax',
    type: 'debt_notice',
    client: null,
    expected: 'route',
    language: 'nl',
    render: 'fax',
    faxHeader: '04-11-2026 07:31  VAN: ZORGVERZEKERAAR VGZ-ACHTIG  030-5550000',
    label: 'Faxed health-insurer arrears signal about a person not in the directory',
    pages: [
      letter({
        head: (p) => letterhead(p, 'Zorgverzekeraar Samen Gezond', ['Afdeling Incasso · Postbus 7000 · Arnhem']),
        to: ['Gemeente Voorbeeld', 'Schuldhulpverlening'],
        date: '3 november 2026',
        refs: [
          ['Verzekerde', 'dhr. S. Mahabier'],
          ['Adres', 'Ringdijk 5, 1239 ZA Voorbeeld'],
          ['Achterstand', '2 maandpremies (€ 289,50)'],
        ],
        subject: 'Vroegsignaal premieachterstand',
        body: 'Verzekerde heeft een premieachterstand van twee maanden. Wij bieden hem een betalingsregeling aan en melden dit aan u conform de afspraken over vroegsignalering.',
      }),
    ],
  });
  {
    const k = c('K-100465');
    add({
      id: 'debt-cak-bestuursrechtelijk',
      type: 'debt_notice',
      client: k.clientNumber,
      expected: 'route',
      language: 'nl',
      render: 'digital',
      label: 'CAK letter: health-insurance arrears placed under the bestuursrechtelijke premie (BSN)',
      pages: [
        letter({
          head: (p) => letterhead(p, 'CAK', ['Postbus 84030 · 2508 AA Den Haag · 0800 - 0087'], { color: [0.3, 0.0, 0.4] }),
          to: ['Mevrouw L. Asmerom', ...addrLines(k)],
          date: `${longDate('2026-10-26')}`,
          refs: [
            ['Burgerservicenummer', k.bsn],
            ['Regeling', 'Wanbetalersregeling Zvw'],
          ],
          subject: 'U betaalt de bestuursrechtelijke premie',
          body: 'Geachte mevrouw Asmerom,\n\nUw zorgverzekeraar heeft ons laten weten dat u een betalingsachterstand van 6 maanden of langer heeft. U betaalt daarom vanaf 1 december 2026 de bestuursrechtelijke premie van € 201,46 per maand aan het CAK in plaats van uw gewone premie. Omdat u een uitkering heeft, vragen wij uw uitkeringsinstantie dit bedrag in te houden (broninhouding).',
          close: 'Met vriendelijke groet,',
          sign: ['CAK'],
        }),
      ],
    });
  }
  {
    const k = c('K-100500');
    add({
      id: 'debt-schuldhulp-moratorium',
      type: 'debt_notice',
      client: k.clientNumber,
      expected: 'route',
      language: 'nl',
      render: 'digital',
      label: 'Letter from the credit bank (schuldhulpverlener) on behalf of Derya Arslan asking for a breathing space',
      pages: [
        letter({
          head: (p) => letterhead(p, 'Kredietbank West-Friesland', ['Schuldhulpverlening · Westerdijk 12 · Hoorn']),
          to: ['Gemeente Voorbeeld', 'Team Schuldhulpverlening / Team Inkomen', 'Postbus 1234', '1230 AA  Voorbeeld'],
          date: `Hoorn, ${longDate('2026-11-10')}`,
          refs: [
            ['Cliënt', `mw. D. Arslan, geb. ${nlDate(k.birthDate)}`],
            ['Uw klantnummer', k.clientNumber],
            ['Ons dossier', 'KB-26-3310'],
          ],
          subject: 'Verzoek afkoelingsperiode en informatie beslagvrije voet',
          body: 'Geachte heer, mevrouw,\n\nMevrouw Arslan heeft zich bij ons aangemeld voor een schuldregeling. Er zijn 11 schuldeisers met een totale schuld van circa € 18.400. Twee schuldeisers dreigen met loonbeslag op haar uitkering.\n\nWij verzoeken u (1) mee te werken aan een afkoelingsperiode van zes maanden (art. 5 Wgs), (2) ons de hoogte van de uitkering en eventuele inhoudingen op te geven en (3) huur en energie rechtstreeks te betalen uit de uitkering.\n\nEen machtiging van cliënt is bijgevoegd.',
          close: 'Met vriendelijke groet,',
          sign: ['R. Pool, schuldhulpverlener'],
        }),
      ],
    });
  }
  {
    const k = c('K-100479');
    const pg = letter({
      head: (p) => letterhead(p, 'GGN Gerechtsdeurwaarders', ['Postbus 123 · Utrecht']),
      to: ['Mevrouw J. van der Heijden', ...addrLines(k)],
      date: `${longDate('2026-11-02')}`,
      refs: [['Dossier', '8833120-01']],
      subject: 'Aankondiging beslaglegging',
      body: 'Geachte mevrouw Van der Heijden,\n\nNamens Vodafone Libertel B.V. vorder ik een bedrag van € 1.107,55. U heeft niet gereageerd op het vonnis van de kantonrechter. Ik ben voornemens beslag te leggen op uw inboedel. Betaal binnen 8 dagen of neem contact met mij op.',
      close: 'Hoogachtend,',
      sign: ['GGN'],
    });
    margin(pg, 62, 430, `HELP!! ik kan dit niet betalen\nwie kan mij helpen?\n${k.clientNumber}   06-3129 7740`, { size: 13 });
    add({
      id: 'debt-bailiff-help-note',
      type: 'debt_notice',
      client: k.clientNumber,
      expected: 'route',
      language: 'nl',
      render: 'photo',
      photo: { table: 'wood', flash: true },
      label: "Photo of a bailiff's announcement with a desperate handwritten 'HELP' and the client number",
      pages: [pg],
    });
  }
  {
    const bsn = strangerBsn('99933304');
    add({
      id: 'debt-bailiff-stranger-fax',
      type: 'debt_notice',
      client: null,
      expected: 'route',
      language: 'nl',
      render: 'fax',
      faxHeader: '09-11-2026 13:17  VAN: DEURWAARDERS ROTTERDAM  010-5550101',
      label: 'Faxed bailiff information request (verhaalsinformatie) about a debtor not in the directory',
      note: 'Unknown person: schuldhulp/beslagen team answers that there is no benefit',
      pages: [
        letter({
          head: (p) => letterhead(p, 'Deurwaarderskantoor Maas', ['Coolsingel 88 · Rotterdam']),
          to: ['Gemeente Voorbeeld', 'Sociale Dienst'],
          date: '9 november 2026',
          refs: [
            ['Debiteur', 'dhr. F. El Ouardi, geb. 01-05-1980'],
            ['BSN', bsn],
          ],
          subject: 'Verzoek verhaalsinformatie',
          body: 'Graag verneem ik of bovengenoemde debiteur een uitkering van uw gemeente ontvangt, met ingang van welke datum en tot welk bedrag, ten behoeve van het leggen van derdenbeslag.',
        }),
      ],
    });
  }
  {
    const stefan = c('K-100528');
    const winston = c('K-100542');
    add({
      id: 'debt-incasso-mixed-ids',
      type: 'debt_notice',
      client: null,
      expected: 'triage',
      reason: 'conflict',
      candidates: [stefan.clientNumber, winston.clientNumber],
      language: 'nl',
      render: 'digital',
      label: "Incasso letter to Stefan Kuipers (name, address) but citing Winston Doelwijt's client number as 'uw kenmerk'",
      note: 'The collection agency copied a reference from another file',
      pages: [
        letter({
          head: (p) => letterhead(p, 'Intrum-achtig Incasso', ['Postbus 101 · Zwolle']),
          to: ['De heer S. Kuipers', ...addrLines(stefan)],
          date: `${longDate('2026-11-06')}`,
          refs: [
            ['Uw kenmerk', winston.clientNumber],
            ['Ons kenmerk', 'INC-5512-0087'],
            ['Betreft', 'betalingsregeling schuldhulpverlening'],
          ],
          subject: 'Bevestiging betalingsregeling',
          body: `Geachte heer Kuipers,\n\nWij bevestigen de betalingsregeling die uw schuldhulpverlener voor u heeft getroffen: € 25,00 per maand, ingaande 1 december 2026, tot de vordering van € 812,20 is voldaan.`,
          close: 'Met vriendelijke groet,',
          sign: ['Afdeling Regelingen'],
        }),
      ],
    });
  }

  // ------------------------------------------------------------------ other: AVG requests, SVB, flyers, questions
  {
    const k = c('K-100528');
    add({
      id: 'other-avg-15-inzage',
      type: 'other',
      client: k.clientNumber,
      expected: 'triage',
      reason: 'type-other',
      language: 'nl',
      render: 'digital',
      label: 'Request to see his whole file (AVG art. 15), client number and BSN',
      note: 'No document type for privacy requests: goes to triage, who sends it to the privacy officer',
      pages: [
        letter({
          from: ['S. Kuipers', ...addrLines(k)],
          to: ['Gemeente Voorbeeld', 't.a.v. de functionaris gegevensbescherming', 'Postbus 1234', '1230 AA  Voorbeeld'],
          date: `Voorbeeld, ${longDate('2026-11-02')}`,
          refs: [
            ['Klantnummer', k.clientNumber],
            ['BSN', k.bsn],
          ],
          subject: 'Verzoek om inzage (artikel 15 AVG)',
          body: 'Geachte heer, mevrouw,\n\nOp grond van artikel 15 van de Algemene verordening gegevensbescherming verzoek ik u mij een kopie te sturen van alle persoonsgegevens die de afdeling Werk en Inkomen over mij verwerkt, inclusief gespreksverslagen, rapportages van handhaving, notities van mijn consulent en de gegevens die u van andere instanties heeft ontvangen (zoals via Suwinet).\n\nIk wil ook weten aan wie u mijn gegevens heeft verstrekt. U heeft hiervoor een maand de tijd.',
          close: 'Met vriendelijke groet,',
          handSign: 'S. Kuipers',
        }),
      ],
    });
  }
  {
    const k = c('K-100535');
    add({
      id: 'other-avg-16-correction',
      type: 'other',
      client: k.clientNumber,
      expected: 'triage',
      reason: 'type-other',
      language: 'nl',
      render: 'scan',
      label: 'Handwritten request to correct her name spelling and birth date in the file (AVG art. 16)',
      pages: [
        handLetter(
          `Aan de gemeente\n\nMijn naam is Aïcha Boukhari (met de puntjes op de i). In uw brieven staat steeds "Aicha Boekhari" en mijn geboortedatum staat fout: het is ${nlDate(k.birthDate)} en niet 13-12-1958. Ik wil dat u dit verbetert (artikel 16 privacywet). Ik krijg daardoor problemen met de bank.\n\nMijn BSN is ${k.bsn}\n\nA. Boukhari`,
          { size: 13.5, lined: true },
        ),
      ],
    });
  }
  {
    const k = c('K-100332');
    add({
      id: 'other-svb-aow',
      type: 'other',
      client: k.clientNumber,
      expected: 'triage',
      reason: 'type-other',
      language: 'nl',
      render: 'scan',
      scan: { gen: 2 },
      label: 'SVB decision granting a partial AOW pension (BSN)',
      note: 'SVB is not UWV and not tax: no own type; matters to the inkomen consultant (bijstand aanvulling)',
      pages: [
        letter({
          head: (p) => letterhead(p, 'Sociale Verzekeringsbank', ['Postbus 18 · 1180 AA Amstelveen · www.svb.nl']),
          to: ['De heer M. Bouchtaoui', ...addrLines(k)],
          date: `${longDate('2026-10-15')}`,
          refs: [['Burgerservicenummer', k.bsn]],
          subject: 'U krijgt AOW',
          body: 'Geachte heer Bouchtaoui,\n\nU krijgt AOW vanaf 27 februari 2027. U heeft 34 jaar in Nederland gewoond of gewerkt. Daarom krijgt u 68% van het volledige AOW-bedrag. Omdat uw AOW lager is dan het sociaal minimum, kunt u misschien een aanvulling krijgen (AIO). De SVB stuurt u daarover een aparte brief.',
          close: 'Met vriendelijke groet,',
          sign: ['Sociale Verzekeringsbank'],
        }),
      ],
    });
  }
  add({
    id: 'other-flyer',
    type: 'other',
    client: null,
    expected: 'triage',
    reason: 'type-other',
    language: 'nl',
    render: 'digital',
    label: 'Promotional flyer of a training company (no client, not a client document)',
    pages: [
      (() => {
        const pg = new Page();
        pg.rect(0, 0, 595, 200, { fill: [0.1, 0.5, 0.7] });
        pg.put(297, 90, 'Weer aan het werk in 8 weken!', 26, 'bold', { al: 'c', c: [1, 1, 1] });
        pg.put(297, 130, 'Opleidingen voor werkzoekenden — gratis via uw gemeente*', 13, 'sans', { al: 'c', c: [1, 1, 1] });
        pg.at(250);
        pg.p(
          '✔ Heftruckcertificaat in 2 dagen\n✔ VCA Basis met examengarantie\n✔ Taal op de werkvloer (NT2)\n✔ Sollicitatietraining met échte werkgevers\n\nMeer dan 600 deelnemers gingen u voor. 82% heeft binnen een half jaar werk!\n\nBel 0800-123 4567 of kijk op www.werkfit-academie.example\n\n* vraag uw werkconsulent naar de mogelijkheden',
          { size: 14, lh: 24 },
        );
        return pg;
      })(),
    ],
  });
  {
    const k = c('K-100514');
    add({
      id: 'other-callback-question',
      type: 'other',
      client: k.clientNumber,
      expected: 'triage',
      reason: 'type-other',
      language: 'nl',
      render: 'scan',
      label: 'Short handwritten question (please call me back about the energy allowance), client number',
      pages: [
        handLetter(
          `${k.clientNumber}\nNour Al-Khatib\n\nIk heb een vraag over de energietoeslag. Kunt u mij bellen?\n06-2233 9981\n(na 15.00 uur, dan zijn de kinderen thuis)`,
          { size: 14 },
        ),
      ],
    });
  }

  // number the files in a shuffled order so names say nothing about the contents
  const rng = makeRng(20261130);
  const order = d.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const prefix = { digital: 'post', scan: 'scan', photo: 'IMG', fax: 'fax' } as const;
  const docs: DocSpec[] = [];
  order.forEach((idx, n) => {
    const x = d[idx]!;
    const num = String(n + 1).padStart(3, '0');
    const file = x.render === 'photo' ? `IMG_2026111${n % 10}_${4100 + n * 7}` : `${prefix[x.render]}-${num}`;
    docs.push({ ...x, file, candidates: x.candidates ?? [], reason: x.reason ?? null });
  });
  return docs.sort((a, b) => a.file.localeCompare(b.file));
}
