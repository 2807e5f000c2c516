// English post: fintech statements, an international employer, e-mails, a collector, GDPR.
import {
  C,
  Doc,
  dmy,
  enLong,
  footer,
  GEM,
  GREY,
  hand,
  INK,
  letterhead,
  MAIL_EN,
  mailPrint,
  refs,
  roundStamp,
  type Spec,
  scribble,
  sticky,
  strangerBsn,
  windowAddress,
} from '../lib.ts';

const kidane = C('K-100136');
const yonas = C('K-100297');
const selam = C('K-100241');
const dawit = C('K-100409');
const ermias = C('K-100185');
const senait = C('K-100353');
const luwam = C('K-100465');
const appBsn = strangerBsn('Liam Fitzgerald');

function fintechStatement(
  d: Doc,
  o: {
    brand: string;
    color: [number, number, number];
    holder: string[];
    iban: string;
    period: string;
    rows: string[][];
    open: string;
    close: string;
    note?: string;
  },
): void {
  const p = d.page();
  p.left = 48;
  p.right = 547;
  p.t(p.left, 50, o.brand, { f: 'sansB', size: 20, color: o.color });
  p.t(p.right, 44, 'EUR Statement', { f: 'sansB', size: 12, align: 'right' });
  p.t(p.right, 58, `Generated on ${o.period.split(' – ')[1]}`, { size: 8, align: 'right', color: GREY });
  p.at(86);
  o.holder.forEach((l) => {
    p.ln(l, { size: 9.5 });
  });
  p.gap(10);
  p.kv(
    [
      ['IBAN', o.iban],
      ['Period', o.period],
    ],
    { labelW: 60, size: 9 },
  );
  p.rect(p.left, p.y, p.right - p.left, 40, { fill: [0.95, 0.95, 0.97] });
  p.t(p.left + 10, p.y + 16, 'Opening balance', { size: 8, color: GREY });
  p.t(p.left + 10, p.y + 31, o.open, { f: 'sansB', size: 11 });
  p.t(p.left + 260, p.y + 16, 'Closing balance', { size: 8, color: GREY });
  p.t(p.left + 260, p.y + 31, o.close, { f: 'sansB', size: 11 });
  p.gap(52);
  p.table(
    [
      { h: 'Date', w: 70 },
      { h: 'Description', w: 250 },
      { h: 'Money out', w: 85, r: true },
      { h: 'Money in', w: 85, r: true },
    ],
    o.rows,
    { size: 8.2, zebra: [0.97, 0.97, 0.99] },
  );
  if (o.note) p.p(o.note, { size: 7.5, color: GREY });
}

export const en: Spec[] = [
  {
    slug: 'en-fintech-statement-two-pages',
    type: 'bank_statement',
    client: 'K-100136',
    language: 'en',
    render: 'digital',
    label: 'two-page statement from a foreign fintech bank',
    date: '2026-04-02',
    author: 'Nimbus Bank',
    build() {
      const d = new Doc('sans', 9);
      const rows = [
        ['1 Mar 2026', 'Gemeente Voorbeeld — PW UITKERING 03-2026', '', '€1,098.20'],
        ['1 Mar 2026', 'Transfer to Woningstichting Het Anker', '€655.00', ''],
        ['3 Mar 2026', 'Card: De Korf Supermarkt', '€42.18', ''],
        ['4 Mar 2026', 'Top-up by Yohannes T.', '', '€100.00'],
        ['6 Mar 2026', 'Card: Habesha Store Amsterdam', '€23.50', ''],
        ['9 Mar 2026', 'Transfer to Eritrea — family support (via RemitWay)', '€150.00', ''],
        ['11 Mar 2026', 'Card: NS Reizigers', '€17.40', ''],
        ['14 Mar 2026', 'Direct debit: Zilverlinde Zorg', '€148.95', ''],
        ['17 Mar 2026', 'Card: De Korf Supermarkt', '€61.02', ''],
        ['20 Mar 2026', 'Belastingdienst — zorgtoeslag', '', '€131.00'],
        ['23 Mar 2026', 'Direct debit: Stroomwijs Energie', '€89.00', ''],
        ['25 Mar 2026', 'Card: Lebara top-up', '€10.00', ''],
        ['28 Mar 2026', 'Card: De Korf Supermarkt', '€33.77', ''],
        ['31 Mar 2026', 'Nimbus Standard plan fee', '€0.00', ''],
      ];
      fintechStatement(d, {
        brand: 'nimbus',
        color: [0.35, 0.2, 0.85],
        holder: ['Kidane Tesfay', kidane.street, kidane.city, 'Netherlands'],
        iban: 'LT62 3250 0447 1190 2281',
        period: '1 March 2026 – 31 March 2026',
        rows: rows.slice(0, 9),
        open: '€212.64',
        close: '€332.02',
      });
      const q = d.page();
      q.left = 48;
      q.right = 547;
      q.at(50);
      q.table(
        [
          { h: 'Date', w: 70 },
          { h: 'Description', w: 250 },
          { h: 'Money out', w: 85, r: true },
          { h: 'Money in', w: 85, r: true },
        ],
        rows.slice(9),
        { size: 8.2, zebra: [0.97, 0.97, 0.99] },
      );
      q.gap(10);
      q.p(
        'Nimbus Bank UAB is licensed by the Bank of Lithuania. Your eligible deposits are protected up to €100,000 by the Lithuanian deposit insurance scheme. Report unrecognised transactions in the app within 13 months.',
        { size: 7.5, color: GREY },
      );
      footer(q, 'Nimbus Bank UAB · Konstitucijos pr. 21, Vilnius · page 2 of 2');
      return d;
    },
  },
  {
    slug: 'en-scan-multicurrency-statement',
    type: 'bank_statement',
    client: 'K-100297',
    language: 'en',
    render: 'scan',
    label: 'printed multi-currency account statement, scanned',
    date: '2026-03-04',
    author: 'Tally',
    build() {
      const d = new Doc('sans', 9);
      fintechStatement(d, {
        brand: 'tally.',
        color: [0.1, 0.55, 0.3],
        holder: ['Yonas Berhane', yonas.street, yonas.city],
        iban: 'BE71 9670 4412 3098',
        period: '1 February 2026 – 28 February 2026',
        rows: [
          ['02 Feb', 'Received from GEMEENTE VOORBEELD', '', '1,101.37 EUR'],
          ['02 Feb', 'Converted 200.00 EUR to 10,480.00 ETB', '200.00 EUR', ''],
          ['02 Feb', 'Sent to Meron B. (Addis Ababa)', '10,480.00 ETB', ''],
          ['05 Feb', 'Card transaction: Action Voorbeeld', '14.95 EUR', ''],
          ['10 Feb', 'Sent to Het Anker Woonstichting', '602.10 EUR', ''],
          ['12 Feb', 'Received from BERHANE Y. (own NL account)', '', '50.00 EUR'],
          ['18 Feb', 'Card transaction: Lidl Voorbeeld', '48.30 EUR', ''],
          ['24 Feb', 'Card transaction: Kapsalon Mo', '15.00 EUR', ''],
        ],
        open: '98.14 EUR',
        close: '368.96 EUR',
        note: 'Tally Payments S.A. is authorised by the National Bank of Belgium as an electronic money institution. Funds are safeguarded, not covered by deposit insurance.',
      });
      const p = d.pages[0]!;
      hand(p, 360, 700, ['I hand in all my accounts', 'Y. Berhane'], { size: 13 });
      return d;
    },
  },
  {
    slug: 'en-payslip-logistics-company',
    type: 'payslip',
    client: 'K-100241',
    language: 'en',
    render: 'digital',
    label: 'English payslip from an international logistics employer',
    date: '2026-03-25',
    author: 'Harbourline Logistics',
    build() {
      const d = new Doc('sans', 9);
      const p = d.page();
      letterhead(p, {
        name: 'Harbourline Logistics B.V.',
        sub: 'Payroll Services',
        lines: ['Havenweg 300', '1238 XZ Voorbeeld', 'payroll@harbourline.example'],
        style: 'bar',
        color: [0.05, 0.2, 0.35],
      });
      p.ln('PAYSLIP — March 2026', { f: 'sansB', size: 13, after: 8 });
      p.kv(
        [
          ['Employee', `Ms ${selam.name}`],
          ['Employee ID', 'HL-03391'],
          ['Citizen service number (BSN)', selam.bsn],
          ['Department', 'Warehouse B — returns'],
          ['Contract hours', '24 per week'],
          ['Pay date', '25 March 2026'],
        ],
        { labelW: 170, after: 10 },
      );
      p.table(
        [
          { h: 'Earnings', w: 200 },
          { h: 'Hours', w: 60, r: true },
          { h: 'Rate', w: 60, r: true },
          { h: 'Amount (EUR)', w: 100, r: true },
        ],
        [
          ['Basic pay', '103.92', '14.71', '1,528.66'],
          ['Overtime 125%', '4.00', '18.39', '73.56'],
          ['Shift allowance', '', '', '61.20'],
          ['Gross pay', '', '', '1,663.42'],
        ],
        { size: 8.5 },
      );
      p.table(
        [
          { h: 'Deductions', w: 320 },
          { h: 'Amount (EUR)', w: 100, r: true },
        ],
        [
          ['Wage tax / national insurance (loonheffing)', '96.55'],
          ['Pension (BPF Beroepsgoederenvervoer)', '92.34'],
          ['Employee WGA premium', '5.82'],
          ['Total deductions', '194.71'],
          ['NET PAY', '1,468.71'],
        ],
        { size: 8.5 },
      );
      p.kv(
        [
          ['Year to date gross', '4,702.10'],
          ['Holiday allowance accrued (8%)', '376.17'],
          ['Leave balance (hours)', '52.8'],
        ],
        { size: 8.5, labelW: 200 },
      );
      footer(p, 'Harbourline Logistics B.V. · Chamber of Commerce 80011223 · Questions: payroll@harbourline.example');
      return d;
    },
  },
  {
    slug: 'en-employment-contract-scan',
    type: 'employment_contract',
    client: 'K-100409',
    language: 'en',
    render: 'scan',
    label: 'two-page English employment contract',
    date: '2026-02-12',
    author: 'Meridian Facility Services',
    build() {
      const d = new Doc('serif', 10);
      const p = d.page();
      letterhead(p, {
        name: 'Meridian Facility Services B.V.',
        lines: ['Parklaan 12, 1234 PL Voorbeeld'],
        style: 'center',
        color: [0.2, 0.2, 0.2],
        font: 'serifB',
      });
      p.ln('EMPLOYMENT AGREEMENT (fixed term)', { f: 'serifB', size: 12, align: 'center', after: 10 });
      p.p(`The undersigned:

Meridian Facility Services B.V., having its registered office in Voorbeeld, hereinafter "the Employer",

and

Mr Dawit Tekle, born on ${enLong(dawit.birthDate)}, residing at ${dawit.street}, ${dawit.city}, hereinafter "the Employee",

agree as follows:

1. Position. The Employee is employed as cleaner / facility assistant at client locations in Voorbeeld and surroundings.
2. Term. This agreement commences on 1 March 2026 and ends by operation of law on 31 August 2026. A probationary period of one month applies.
3. Working hours. 16 hours per week, mostly early mornings (06:00–10:00), Monday to Thursday.
4. Salary. EUR 14.46 gross per hour, in accordance with the Collective Labour Agreement for the Cleaning Industry, plus 8% holiday allowance paid in May.`);
      const q = d.page();
      q.at(60);
      q.p(
        `5. Illness. The Employee reports sick by telephone to the planner before 05:30.
6. Holidays. Statutory holidays pro rata.
7. Applicable law. Dutch law applies. In case of discrepancies between this English version and the Dutch version, the Dutch version prevails.

Signed in duplicate in Voorbeeld on 12 February 2026.`,
        { after: 30 },
      );
      q.t(q.left, q.y, 'For the Employer', { size: 9 });
      q.t(q.left + 260, q.y, 'The Employee', { size: 9 });
      scribble(q, q.left, q.y + 30, 80, [0.1, 0.1, 0.1]);
      hand(q, q.left + 260, q.y + 32, 'Dawit Tekle', { size: 16 });
      q.gap(50);
      q.t(q.left, q.y, 'R. de Haas, HR manager', { size: 9 });
      return d;
    },
  },
  {
    slug: 'en-email-complaint-with-reply',
    type: 'complaint',
    client: 'K-100185',
    language: 'en',
    render: 'digital',
    label: 'printed e-mail complaint with a quoted reply',
    date: '2026-03-16',
    author: 'Ermias Ghebremedhin',
    build() {
      const d = new Doc('sans', 10);
      const p = d.page();
      mailPrint(
        p,
        'Print — ermias.g@mailbox.example',
        {
          from: 'Ermias Ghebremedhin <ermias.g@mailbox.example>',
          to: 'klachten@gemeente-voorbeeld.example',
          cc: 'Welzijn De Brug <info@welzijndebrug.example>',
          date: 'Mon, 16 Mar 2026 09:41',
          subject: 'Formal complaint – no interpreter and rude treatment at the desk',
        },
        `Dear complaints officer,

I want to make a formal complaint. My client number is ${ermias.clientNumber}.

On 10 March 2026 I had an appointment at the town hall about my re-integration plan. I asked beforehand for an interpreter (Tigrinya) because my Dutch is not good enough for a conversation about my obligations. When I arrived, there was no interpreter. The employee said I should "just try in Dutch" and that I would otherwise get a sanction for not cooperating. I felt humiliated in front of other people in the waiting room.

I signed a paper which I did not understand. I ask you:
– to give me a copy of what I signed;
– to plan a new appointment with an interpreter;
– to confirm that I will not be sanctioned because of this.

Kind regards,
Ermias Ghebremedhin`,
        {
          intro: 'On Thu, 12 Mar 2026 at 14:20, Werk en Inkomen <werkeninkomen@gemeente-voorbeeld.example> wrote:',
          text: `Geachte heer Ghebremedhin,

Wij hebben uw bericht ontvangen. Voor een klacht kunt u terecht bij de klachtencoördinator via klachten@gemeente-voorbeeld.example.

Met vriendelijke groet,
Team Werk`,
        },
        MAIL_EN,
      );
      return d;
    },
  },
  {
    slug: 'en-photo-objection-letter',
    type: 'objection',
    client: 'K-100353',
    language: 'en',
    render: 'photo',
    label: 'photo of a handwritten-style objection letter in English',
    date: '2026-04-06',
    build() {
      const d = new Doc('sans', 11);
      const p = d.page();
      p.left = 70;
      hand(p, p.left, 70, ['Senait Kahsay', senait.street, senait.city], { size: 14 });
      hand(p, 330, 140, ['Voorbeeld, 6 April 2026'], { size: 14 });
      hand(p, p.left, 190, ['To: Gemeente Voorbeeld, bezwaar (objection)', `BSN ${senait.bsn}`], { size: 14 });
      hand(
        p,
        p.left,
        250,
        [
          'Dear Sir / Madam,',
          '',
          'I object to your decision of 2 March 2026. You stopped',
          'my special assistance (bijzondere bijstand) for the',
          'costs of my glasses and dentist. You say I did not send',
          'the bills in time. I gave them at the desk on 20 February,',
          'the lady put a stamp on my copy. I include this copy.',
          '',
          'I am 66 years old and I have only the benefit. Please',
          'look again at my request.',
          '',
          'Thank you,',
        ],
        { size: 14 },
      );
      hand(p, p.left, 560, 'S. Kahsay', { size: 20 });
      return d;
    },
  },
  {
    slug: 'en-fax-hospital-letter',
    type: 'medical_statement',
    client: 'K-100465',
    language: 'en',
    render: 'fax',
    label: "hospital's faxed statement in English",
    date: '2026-03-10',
    author: 'St. Aurelius Ziekenhuis',
    build() {
      const d = new Doc('sans', 10);
      const p = d.page();
      letterhead(p, {
        name: 'St. Aurelius Hospital',
        sub: 'Department of Internal Medicine',
        lines: ['Gasthuislaan 1, 1235 ZH Voorbeeld', 'Fax +31 123 99 88 01'],
        style: 'left',
        color: [0, 0, 0],
      });
      p.at(140);
      p.ln('CONFIDENTIAL — MEDICAL', { f: 'sansB', size: 11, after: 8 });
      p.kv(
        [
          ['To', 'Municipality of Voorbeeld, Work & Income, attn. work consultant'],
          ['Patient', 'Ms L. Asmerom'],
          ['Date of birth', dmy(luwam.birthDate)],
          ['Date', '10 March 2026'],
        ],
        { labelW: 90, after: 10 },
      );
      p.p(`To whom it may concern,

At the request of the patient, who has given written consent, I confirm that Ms Asmerom has been admitted to our hospital from 2 March to 9 March 2026 and remains under outpatient treatment. In my opinion she is unable to take part in work or work-related activities until at least 30 April 2026. A follow-up appointment is scheduled for 21 April 2026.

No further medical details are disclosed in this letter.

Yours faithfully,`);
      hand(p, p.left, p.y + 10, 'A. Mensah', { size: 16, color: [0, 0, 0] });
      p.gap(30);
      p.ln('Dr A. Mensah, internist');
      return d;
    },
  },
  {
    slug: 'en-email-application-new-resident',
    type: 'benefit_application',
    client: null,
    language: 'en',
    render: 'digital',
    label: 'printed e-mail asking for income support by a new resident',
    date: '2026-02-09',
    author: 'Liam Fitzgerald',
    note: 'stranger Liam Fitzgerald applies',
    build() {
      const d = new Doc('sans', 10);
      const p = d.page();
      mailPrint(
        p,
        'liam.fitz@mailbox.example',
        {
          from: 'Liam Fitzgerald <liam.fitz@mailbox.example>',
          to: 'werkeninkomen@gemeente-voorbeeld.example',
          date: 'Mon, 9 Feb 2026 22:05',
          subject: 'Application for social assistance (bijstand) – lost my job',
        },
        `Hello,

I am an Irish citizen and have lived and worked in the Netherlands since 2019. I moved to Voorbeeld in December (Ringweg 14B, 1236 MT Voorbeeld). My BSN is ${appBsn}, date of birth 3 October 1990.

My contract with a call centre in Haarlem ended on 31 January and I was told I am not entitled to WW because I worked there via a payroll company for only 6 months. I have no income now and about 400 euro savings. My rent is 890 euro per month.

I would like to apply for social assistance. The website says I have to report first ("melden") – please consider this e-mail my report, and tell me which documents I should bring. I do not speak Dutch well yet, so an English conversation would help.

Best regards,
Liam Fitzgerald
+31 6 28 19 44 02`,
        undefined,
        MAIL_EN,
      );
      return d;
    },
  },
  {
    slug: 'en-collection-agency-letter',
    type: 'debt_notice',
    client: null,
    language: 'en',
    render: 'scan',
    label: "foreign collection agency's letter to someone not in the directory",
    date: '2026-04-13',
    author: 'Castleford Recoveries',
    note: 'stranger',
    build() {
      const d = new Doc('sans', 10);
      const p = d.page();
      letterhead(p, {
        name: 'CASTLEFORD RECOVERIES LTD',
        sub: 'International Debt Collection',
        lines: ['PO Box 7731, Leeds LS1 9ZZ, United Kingdom', 'www.castlefordrecoveries.example'],
        style: 'bar',
        color: [0.55, 0.1, 0.1],
      });
      windowAddress(p, ['Mr D. Okafor', 'Stationsweg 201', '1234 KT Voorbeeld', 'THE NETHERLANDS'], { y: 120 });
      refs(
        p,
        [
          ['Our reference', 'CR/NL/559120'],
          ['Original creditor', 'Brightline Mobile UK'],
          ['Date', '13 April 2026'],
        ],
        { x: p.left, lw: 110 },
      );
      p.ln('FINAL NOTICE BEFORE LEGAL ACTION', { f: 'sansB', size: 13, color: [0.55, 0.1, 0.1], after: 6 });
      p.p(`Dear Mr Okafor,

Despite previous reminders, the balance below remains unpaid. We have been instructed by our client to recover this debt, which relates to a mobile phone contract that was terminated in 2024.

Outstanding balance: £ 842.16 (approx. € 985.00)

Please pay the full balance within 14 days of the date of this letter, or contact us to agree an affordable payment plan. If we do not hear from you, our client may instruct a Dutch bailiff to start proceedings, which will increase the costs.

If you are receiving debt advice, please ask your adviser to contact us so that we can put the account on hold.

Yours sincerely,

Collections Team`);
      hand(p, 330, 720, ['he moved, not known here?', 'post for flat 201 — returned?'], { size: 11 });
      return d;
    },
  },
  {
    slug: 'en-email-travel-notice-funeral',
    type: 'holiday_notice',
    client: 'K-100409',
    language: 'en',
    render: 'digital',
    label: 'printed e-mail notifying travel abroad for a funeral',
    date: '2026-05-12',
    author: 'Dawit Tekle',
    build() {
      const d = new Doc('sans', 10);
      const p = d.page();
      mailPrint(
        p,
        'dawit.t@mailbox.example',
        {
          from: 'Dawit Tekle <dawit.t@mailbox.example>',
          to: 'werkeninkomen@gemeente-voorbeeld.example',
          date: 'Tue, 12 May 2026 07:58',
          subject: `Travel abroad – client number ${dawit.clientNumber}`,
          attach: 'ticket_ADD_19may.pdf',
        },
        `Dear consultant,

My father died last week in Ethiopia. I will travel to Addis Ababa for the funeral and the mourning period. I leave on 19 May 2026 and come back on 9 June 2026 (ticket attached).

I know I must tell you when I go abroad. I will not work in this period; my employer (Meridian) gave me unpaid leave. Please tell me if I need to do anything else.

With regards,
Dawit Tekle
client number ${dawit.clientNumber}`,
        undefined,
        MAIL_EN,
      );
      return d;
    },
  },
  {
    slug: 'en-gdpr-subject-access-request',
    type: 'other',
    client: 'K-100297',
    language: 'en',
    render: 'digital',
    label: 'GDPR subject access request in English',
    date: '2026-04-27',
    author: 'Yonas Berhane',
    build() {
      const d = new Doc('serif', 10.5);
      const p = d.page();
      p.t(p.right, 50, 'Yonas Berhane', { align: 'right' });
      p.t(p.right, 64, yonas.street, { align: 'right' });
      p.t(p.right, 78, yonas.city, { align: 'right' });
      windowAddress(p, ['Municipality of Voorbeeld', 'Data Protection Officer', 'Postbus 1234', '1230 AA Voorbeeld'], { y: 120 });
      p.ln('27 April 2026', { after: 10 });
      p.ln('Subject access request under Article 15 GDPR', { f: 'serifB', after: 8 });
      p.p(`Dear Data Protection Officer,

I would like to receive a copy of all personal data that the Work and Income department holds about me, including case notes, the results of any fraud or risk checks, information received from other organisations, and the names of organisations you shared my data with. Please also tell me how long you keep this data.

My BSN is ${yonas.bsn}. I can show my residence permit at the desk if you need to verify my identity.

I understand that you must answer within one month. I prefer to receive the information by e-mail in English if possible, otherwise by post.

Yours faithfully,`);
      hand(p, p.left, p.y + 8, 'Yonas B.', { size: 18 });
      return d;
    },
  },
  {
    slug: 'en-forwarded-interview-invitation',
    type: 'job_application_proof',
    client: 'K-100136',
    language: 'en',
    render: 'digital',
    label: 'forwarded e-mail: invitation to a job interview',
    date: '2026-03-27',
    author: 'Kidane Tesfay',
    build() {
      const d = new Doc('sans', 10);
      const p = d.page();
      mailPrint(
        p,
        'kidane.t@mailbox.example',
        {
          from: 'Kidane Tesfay <kidane.t@mailbox.example>',
          to: 'werk@gemeente-voorbeeld.example',
          date: 'Fri, 27 Mar 2026 12:30',
          subject: 'Fwd: Interview invitation – kitchen assistant',
        },
        `Good afternoon,

For my file (client number ${kidane.clientNumber}): proof that I applied and was invited. I applied on 19 March.

Kidane`,
        {
          intro: '---------- Forwarded message ---------  From: HR Grandcafé De Waag <jobs@dewaag.example>  Date: Thu, 26 Mar 2026',
          text: `Dear Mr Tesfay,

Thank you for your application for the position of kitchen assistant (20–24 hours per week). We would like to invite you for an interview and a short trial shift on Wednesday 1 April 2026 at 14:00 at Grandcafé De Waag, Markt 2, Voorbeeld.

Please bring your ID and wear closed shoes. Let us know if this time does not suit you.

Kind regards,
Sophie Claassen, restaurant manager`,
        },
        MAIL_EN,
      );
      return d;
    },
  },
  {
    slug: 'en-photo-statement-partner-sticky-note',
    type: 'bank_statement',
    client: null,
    conflict: ['K-100241', 'K-100409'],
    language: 'en',
    render: 'photo',
    label: "photo of one client's statement with her partner's client number on a sticky note",
    date: '2026-04-15',
    build() {
      const d = new Doc('sans', 9);
      fintechStatement(d, {
        brand: 'nimbus',
        color: [0.35, 0.2, 0.85],
        holder: [`Selam Habte`, selam.street, selam.city],
        iban: 'LT11 3250 0993 4471 0026',
        period: '1 March 2026 – 31 March 2026',
        rows: [
          ['2 Mar 2026', 'Harbourline Logistics B.V. — salary', '', '€1,441.09'],
          ['3 Mar 2026', 'Transfer to D. Tekle', '€300.00', ''],
          ['5 Mar 2026', 'Card: De Korf Supermarkt', '€56.80', ''],
          ['11 Mar 2026', 'Card: Kruidvat', '€12.49', ''],
          ['18 Mar 2026', 'Card: De Korf Supermarkt', '€70.13', ''],
          ['25 Mar 2026', 'Harbourline Logistics B.V. — salary', '', '€1,468.71'],
        ],
        open: '€402.11',
        close: '€2,872.49',
      });
      sticky(d.pages[0]!, 300, 560, ['for my file', 'K-100409', 'Dawit'], 5);
      return d;
    },
  },
];

export { GEM, INK, roundStamp, scribble };
