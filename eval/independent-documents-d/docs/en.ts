// English post: clients who write in English, and English papers from banks, employers and hospitals.
import { DARK, type Spec } from '../spec.ts';
import { BLUE_INK, C, clientLetter, Doc, euro, footer, GREY, handLines, notebook, scribble } from './kit.ts';

const kidane = C('K-100136');
const selam = C('K-100241');
const ermias = C('K-100185');
const senait = C('K-100353');
const dawit = C('K-100409');
const luwam = C('K-100465');
const yonas = C('K-100297');

function mailHeader(p: ReturnType<Doc['page']>, rows: [string, string][], title: string) {
  p.left = 50;
  p.right = 545;
  p.t(p.left, 40, 'Outlook', { f: 'sansB', size: 12, color: [0.0, 0.35, 0.7] });
  p.line(p.left, 48, p.right, 48, 0.5, GREY);
  p.at(60);
  p.ln(title, { f: 'sansB', size: 13, after: 6 });
  p.kv(rows, { lf: 'sansB', labelW: 60, size: 9, after: 10 });
}

export const EN: Spec[] = [
  {
    slug: 'revolut-statement-number-in-pen',
    type: 'bank_statement',
    client: kidane.clientNumber,
    language: 'en',
    render: 'scan',
    label: 'English e-money account statement, printed, client number written in pen',
    date: '2026-11-03',
    build: () => {
      const d = new Doc('sans', 9);
      const p = d.page();
      p.t(p.left, 54, 'Swiftly', { f: 'sansB', size: 20 });
      p.t(p.right, 48, 'EUR Statement', { f: 'sansB', size: 12, align: 'right' });
      p.t(p.right, 62, 'Generated on 3 November 2026', { size: 8, align: 'right', color: GREY });
      p.at(86);
      p.p(`KIDANE TESFAY\n${kidane.street}\n${kidane.city}\nNetherlands`, { size: 9 });
      p.kv(
        [
          ['IBAN', 'LT93 3250 0761 4418 2290'],
          ['BIC', 'SWFTLT21'],
          ['Period', '1 October 2026 – 31 October 2026'],
        ],
        { labelW: 60, size: 8.5 },
      );
      p.table(
        [
          { h: 'Date', w: 70 },
          { h: 'Description', w: 210 },
          { h: 'Money out', w: 70, r: true },
          { h: 'Money in', w: 60, r: true },
          { h: 'Balance', w: 60, r: true },
        ],
        [
          ['Oct 1, 2026', 'Opening balance', '', '', '23.40'],
          ['Oct 2, 2026', 'Transfer from T. Gebru', '', '150.00', '173.40'],
          ['Oct 2, 2026', 'Top-up by *4471', '', '40.00', '213.40'],
          ['Oct 5, 2026', 'Transfer to Habesha Market', '62.15', '', '151.25'],
          ['Oct 9, 2026', 'Western Union – Asmara', '100.00', '', '51.25'],
          ['Oct 14, 2026', 'Lebara mobile', '10.00', '', '41.25'],
          ['Oct 20, 2026', 'Transfer from T. Gebru', '', '50.00', '91.25'],
          ['Oct 23, 2026', 'Aldi 7721', '24.88', '', '66.37'],
          ['Oct 30, 2026', 'Monthly plan fee', '3.99', '', '62.38'],
        ],
        { size: 8, zebra: [0.95, 0.95, 0.95] },
      );
      p.kv(
        [
          ['Money out', '€201.02'],
          ['Money in', '€240.00'],
          ['Closing balance', '€62.38'],
        ],
        { labelW: 100, f: 'sansB', size: 9 },
      );
      p.p(
        'Swiftly Payments UAB is authorised by the Bank of Lithuania as an electronic money institution. Funds are safeguarded, not covered by the deposit guarantee scheme.',
        { size: 7, color: GREY },
      );
      scribble(p, 330, 120, [kidane.clientNumber, 'my brother sends me money'], { rot: -3, size: 13.5 });
      return d;
    },
  },
  {
    slug: 'n26-style-statement-stranger',
    type: 'bank_statement',
    client: null,
    language: 'en',
    render: 'digital',
    author: 'Nordbank',
    label: 'English online-bank statement of someone who is not a client',
    date: '2026-10-31',
    build: () => {
      const d = new Doc('sans', 9);
      const p = d.page();
      p.t(p.left, 52, 'NORDBANK', { f: 'sansB', size: 18, color: [0.1, 0.6, 0.55] });
      p.t(p.right, 52, 'Bank statement  01.10.2026 – 31.10.2026', { size: 9, align: 'right' });
      p.at(84);
      p.p('Daniel Okafor\nZuiderhaven 12-B\n1230 XK Voorbeeld', { size: 9.5 });
      p.kv(
        [
          ['IBAN', 'DE44 1001 1001 2628 4471 90'],
          ['Opening balance', '€ 842.10'],
          ['Closing balance', '€ 315.77'],
        ],
        { labelW: 100, size: 9 },
      );
      const rows = [
        ['01.10.', 'Rent – K. Smit', '-650.00'],
        ['03.10.', 'Salary – BrightCall Services B.V.', '+1,204.55'],
        ['04.10.', 'Vodafone', '-22.50'],
        ['08.10.', 'Albert Heijn', '-71.30'],
        ['11.10.', 'Bitvavo', '-500.00'],
        ['15.10.', 'CZ zorgverzekering', '-141.20'],
        ['18.10.', 'Uber Eats', '-31.85'],
        ['22.10.', 'Transfer to savings space', '-200.00'],
        ['27.10.', 'Spotify', '-11.99'],
        ['30.10.', 'ATM Amsterdam Centraal', '-102.04'],
      ];
      p.table(
        [
          { h: 'Booking date', w: 80 },
          { h: 'Description', w: 270 },
          { h: 'Amount (EUR)', w: 100, r: true },
        ],
        rows,
        { size: 8.5 },
      );
      const q = d.page();
      q.at(60);
      q.p(
        'This statement was generated electronically and is valid without a signature. Please check your statement and tell us within 6 weeks if anything is not correct.\n\nNordbank AG · Friedrichstraße 90 · 10117 Berlin · HRB 170602',
        { size: 8, color: GREY },
      );
      return d;
    },
  },
  {
    slug: 'letter-started-new-job',
    type: 'change_form',
    client: selam.clientNumber,
    language: 'en',
    render: 'digital',
    author: 'Selam',
    label: 'typed letter in English: started a part-time job',
    date: '2026-10-07',
    build: () => {
      const d = new Doc('sans', 10.5);
      const p = d.page();
      clientLetter(p, {
        from: [selam.name, selam.street, selam.city],
        place: 'Voorbeeld, 7 October 2026',
        subject: 'Change in my situation – new job',
      });
      p.kv(
        [
          ['Client number:', selam.clientNumber],
          ['BSN:', selam.bsn],
        ],
        { labelW: 100 },
      );
      p.p(`Dear Sir or Madam,

I want to inform you that I started working on 5 October 2026 at a cleaning company (Glans Facilitair, in the hospital). It is a job of 16 hours per week, evenings from 18:00 until 22:00, Monday to Thursday. The contract is for 7 months.

I will get paid every 4 weeks. My first payslip will come at the beginning of November and I will bring it to the desk.

I understand that you will lower my benefit because of my salary. Please let me know how much I will still receive, because I need to know if I can pay my rent.

I am also still following the Dutch language course on Tuesday and Friday mornings, that does not change.

Kind regards,

Selam Habte
06 - 3390 7712`);
      return d;
    },
  },
  {
    slug: 'objection-email-reduction',
    type: 'objection',
    client: ermias.clientNumber,
    language: 'en',
    render: 'digital',
    author: 'Ermias Ghebremedhin',
    label: 'objection by e-mail in English against a recovery decision',
    date: '2026-10-20',
    build: () => {
      const d = new Doc('sans', 10);
      const p = d.page();
      mailHeader(
        p,
        [
          ['From:', 'Ermias Ghebremedhin <ermias.ghebremedhin@example.com>'],
          ['To:', 'bezwaar@gemeente-voorbeeld.example'],
          ['Date:', 'Tuesday, 20 October 2026 22:31'],
          ['Subject:', 'Objection (bezwaar) letter 8 October'],
          ['Attach.:', 'brief_gemeente.jpg'],
        ],
        'Objection (bezwaar) letter 8 October',
      );
      p.p(`To the municipality of Voorbeeld,

My name is Ermias Ghebremedhin, BSN ${ermias.bsn}. I write in English because my Dutch is not good enough for this.

I do not agree with your letter of 8 October 2026 (reference TV-2026-3371). You say that I have to pay back € 2.480 because I did not tell you about money I received in March and April 2026. That money was not income. It was money from my church to pay for the funeral of my mother in Eritrea. I have the letter of the church and the receipts of the transfers.

I told my consultant about this on the phone in April. She said it was OK. I did not know I had to put it on a form as well.

I ask you to cancel the decision. If this is not possible, I ask for a small payment arrangement, because I have no savings.

I would like to explain this in a meeting, with an interpreter for Tigrinya if possible.

Thank you,
Ermias Ghebremedhin`);
      return d;
    },
  },
  {
    slug: 'complaint-handwritten-interpreter',
    type: 'complaint',
    client: senait.clientNumber,
    language: 'en',
    render: 'photo',
    table: DARK,
    label: 'handwritten complaint in English: no interpreter at appointment',
    date: '2026-11-12',
    build: () => {
      const d = new Doc();
      const p = d.page();
      notebook(p, { lh: 24, top: 84 });
      handLines(
        p,
        [
          'COMPLAINT',
          'Senait Kahsay  -  date of birth 22/03/1960',
          '',
          'On 10 November I had appointment at the Werkplein',
          'about my re-integration. I asked before for interpreter',
          '(Tigrinya) and the lady said on the phone it is arranged.',
          'But there was no interpreter. The man talked Dutch',
          'very fast and gave me papers to sign. I did not sign',
          'because I do not understand them.',
          'Now I got a letter that I "refused to cooperate".',
          'This is not true and not fair.',
          'I want a new appointment WITH interpreter, and I want',
          'that the letter is taken back.',
          '',
          'Senait K.',
        ],
        { top: 106, lh: 24, size: 14, ink: BLUE_INK },
      );
      return d;
    },
  },
  {
    slug: 'gdpr-access-request-email',
    type: 'other',
    client: dawit.clientNumber,
    language: 'en',
    render: 'digital',
    author: 'Dawit Tekle',
    label: 'GDPR subject access request by e-mail',
    date: '2026-11-06',
    build: () => {
      const d = new Doc('sans', 10);
      const p = d.page();
      mailHeader(
        p,
        [
          ['From:', 'Dawit Tekle <dawit.tekle@example.org>'],
          ['To:', 'privacy@gemeente-voorbeeld.example; info@gemeente-voorbeeld.example'],
          ['Date:', 'Friday, 6 November 2026 09:05'],
          ['Subject:', `Request for access to my personal data (GDPR art. 15) – ${dawit.clientNumber}`],
        ],
        'Request for access to my personal data',
      );
      p.p(`Dear data protection officer,

Under Article 15 of the General Data Protection Regulation I would like to receive a copy of all personal data the Work and Income department holds about me, client number ${dawit.clientNumber}.

Specifically I would like to know:
- which data you have and where it came from;
- whether you shared my data with other organisations (for example the reintegration company Pro-Start or the police) and when;
- whether any automated system or risk score was used in my file.

I have the impression that information about a conflict with my former landlord ended up in my file, and I want to check this.

Please send the information by e-mail in a common electronic format. I can identify myself at the desk if needed.

Best regards,
Dawit Tekle`);
      return d;
    },
  },
  {
    slug: 'payslip-cleaning-company-english',
    type: 'payslip',
    client: selam.clientNumber,
    language: 'en',
    render: 'scan',
    crumple: 1,
    label: 'English payslip of a cleaning company, four-week period',
    date: '2026-11-04',
    build: () => {
      const d = new Doc('sans', 9);
      const p = d.page();
      p.t(p.left, 54, 'GLANS FACILITAIR', { f: 'sansB', size: 15, color: [0.1, 0.35, 0.6] });
      p.t(p.right, 54, 'PAYSLIP / LOONSTROOK', { f: 'sansB', size: 11, align: 'right' });
      p.t(p.right, 66, 'Period 11 (2026)  ·  05-10-2026 – 01-11-2026', { size: 8, align: 'right' });
      p.at(88);
      p.kv(
        [
          ['Employee', 'S. Habte'],
          ['Employee no.', '40217'],
          ['BSN / citizen service no.', selam.bsn],
          ['Department', 'Ziekenhuis Voorbeeld – avonddienst'],
          ['Hours per week', '16'],
          ['Hourly wage', '€ 14,40'],
        ],
        { labelW: 140, size: 9 },
      );
      p.table(
        [
          { h: 'Item', w: 220 },
          { h: 'Hours', w: 50, r: true },
          { h: 'Earnings', w: 80, r: true },
          { h: 'Deductions', w: 80, r: true },
        ],
        [
          ['Basic pay', '60,00', euro(864), ''],
          ['Evening allowance 22%', '60,00', euro(190.08), ''],
          ['Travel allowance', '', euro(37.4), ''],
          ['Wage tax (loonheffing)', '', '', euro(41.12)],
          ['Pension (PFZW)', '', '', euro(58.3)],
          ['Net pay', '', euro(864 + 190.08 + 37.4 - 41.12 - 58.3), ''],
        ],
        { size: 8.5, grid: true },
      );
      p.p(
        'Paid to account NL** INGB **** **** 61 on 04-11-2026. Holiday allowance (8%) is paid in May. Questions: hr@glans-facilitair.example',
        { size: 8 },
      );
      return d;
    },
  },
  {
    slug: 'hospital-letter-unfit',
    type: 'medical_statement',
    client: luwam.clientNumber,
    language: 'en',
    render: 'scan',
    label: 'hospital outpatient letter in English about limitations, two pages',
    date: '2026-10-15',
    build: () => {
      const d = new Doc('serif', 10);
      const p = d.page();
      p.t(p.left, 54, 'St. Elisabeth Medical Centre', { f: 'serifB', size: 15 });
      p.t(p.left, 68, 'Department of Rheumatology · outpatient clinic', { size: 9 });
      p.at(100);
      p.ln('CONFIDENTIAL – MEDICAL INFORMATION', { f: 'sansB', size: 9, after: 8 });
      p.kv(
        [
          ['Patient', 'Luwam Asmerom'],
          ['Date of birth', '08-06-1970'],
          ['Hospital no.', '7720014'],
          ['Date', '15 October 2026'],
        ],
        { labelW: 100, size: 10 },
      );
      p.p(`To whom it may concern,

At the request of the patient, who does not speak Dutch well, this letter is written in English.

Mrs Asmerom has been under treatment at our clinic since 2024 for a chronic inflammatory joint condition. Despite medication, she has daily pain and stiffness in her hands and knees, worst in the mornings. Her condition varies and she has periods with severe flare-ups.

In our opinion she is currently not able to do physical work, work that requires standing for long periods or fine work with her hands. Sedentary work for a few hours a day might be possible in the future, depending on the response to the new treatment that started in September.`);
      const q = d.page();
      q.at(60);
      q.p(`We advise a reassessment in about six months. We are happy to provide further information to a company doctor or insurance physician, provided that the patient gives written consent.

Yours sincerely,

Dr. H. Vos-Tammes
rheumatologist

cc: general practitioner`);
      footer(q, 'St. Elisabeth Medical Centre · page 2 of 2');
      return d;
    },
  },
  {
    slug: 'email-travel-funeral',
    type: 'holiday_notice',
    client: kidane.clientNumber,
    language: 'en',
    render: 'digital',
    author: 'Kidane Tesfay',
    label: 'e-mail in English: travelling abroad for a funeral, with reply quoted',
    date: '2026-11-17',
    build: () => {
      const d = new Doc('sans', 10);
      const p = d.page();
      mailHeader(
        p,
        [
          ['From:', 'Kidane Tesfay <kidane.tesfay@example.org>'],
          ['To:', 'inkomen@gemeente-voorbeeld.example'],
          ['Date:', 'Tuesday, 17 November 2026 14:20'],
          ['Subject:', 'RE: travel abroad'],
        ],
        'RE: travel abroad',
      );
      p.p(`Hello,

Thank you for your answer. Here are the details you asked:

Client number: ${kidane.clientNumber}
Destination: Addis Ababa, Ethiopia (funeral of my uncle and family visit)
Leaving: 1 December 2026
Coming back: 22 December 2026 (ticket attached)
Address there: with my cousin, Bole area, phone +251 91 144 2207

I will come to the desk with my passport when I am back.

Regards,
Kidane`);
      p.gap(4);
      const y0 = p.y;
      p.left += 12;
      p.p(
        `On Mon 16 Nov 2026 at 10:02, Team Inkomen wrote:
Dear Mr Tesfay,
You can stay abroad for a maximum of 4 weeks per year while receiving benefit. Please send us your travel dates, the country, your address abroad and your client number, at least 2 weeks before you leave.
Kind regards, Team Inkomen`,
        { size: 9, color: [0.35, 0.35, 0.35] },
      );
      p.line(p.left - 8, y0, p.left - 8, p.y - 6, 1.2, [0.6, 0.6, 0.6]);
      return d;
    },
  },
  {
    slug: 'debt-collector-fax-stranger',
    type: 'debt_notice',
    client: null,
    language: 'en',
    render: 'fax',
    faxHeader: '05-11-2026 16:55  CREDITGUARD COLLECTIONS  +44 161 000 4410',
    label: 'English debt collector letter about a person not in the directory, faxed',
    date: '2026-11-05',
    build: () => {
      const d = new Doc('sans', 10);
      const p = d.page();
      p.t(p.left, 58, 'CREDITGUARD COLLECTIONS LTD', { f: 'sansB', size: 14 });
      p.t(p.left, 72, 'International debt recovery', { size: 9 });
      p.at(100);
      p.p(
        'To: Municipality of Voorbeeld – Debt Counselling\nRe: Mr Liam O\u2019Connell, last known address Havenkade (no number), Voorbeeld\nOur ref: CG/NL/88127',
        { size: 10 },
      );
      p.gap(6);
      p.p(`Dear Sir/Madam,

We act on behalf of Brightline Telecom Ireland in relation to an outstanding balance of € 1,174.60 on a mobile contract of the above-named person. We understand he has moved to your municipality.

We would be grateful if you could forward the enclosed letter to him, or let us know whether he is receiving debt assistance (schuldhulpverlening) from your service, so that we can put collection on hold.

Please note that we are not able to share further details without his consent.

Yours faithfully,

R. Whitfield
Collections Officer`);
      return d;
    },
  },
  {
    slug: 'room-tenancy-agreement-english',
    type: 'rental_agreement',
    client: yonas.clientNumber,
    language: 'en',
    render: 'digital',
    author: 'P. de Boer',
    label: 'room tenancy agreement in English with a private landlord, two pages',
    date: '2026-10-01',
    build: () => {
      const d = new Doc('serif', 10);
      const p = d.page();
      p.ln('ROOM RENTAL AGREEMENT', { f: 'serifB', size: 14, align: 'center', after: 10 });
      p.p(`The undersigned:

1. Mr P. de Boer, Wilhelminapark 12, 1234 TA Voorbeeld, hereinafter "the Landlord",

2. Mr Yonas Berhane, born on 12 November 1993, hereinafter "the Tenant",

agree as follows:`);
      const art = (t: string, s: string, q = p) => {
        q.ln(t, { f: 'serifB', after: 1 });
        q.p(s);
      };
      art(
        '1. The room',
        `The Landlord rents to the Tenant one unfurnished room of approx. 14 m² on the first floor of the property at ${yonas.street}, ${yonas.city}, with shared use of the kitchen, bathroom and toilet with two other tenants.`,
      );
      art('2. Period', 'The agreement starts on 1 November 2026 and is entered into for an indefinite period.');
      art(
        '3. Rent',
        'The monthly rent is € 485.00 (bare rent) plus € 95.00 advance service costs for gas, water, electricity and internet, in total € 580.00 per month, payable in advance before the 1st of each month to account NL-- ---- ---- 2231 in the name of P. de Boer.',
      );
      art(
        '4. Deposit',
        'The Tenant pays a deposit of € 485.00 before the key is handed over. The deposit is returned within 14 days after the end of the tenancy, minus any costs of damage.',
      );
      const q = d.page();
      q.at(60);
      art('5. Registration', 'The Tenant may register at the address in the Personal Records Database (BRP).', q);
      art(
        '6. House rules',
        'No smoking inside. Quiet after 23:00. The Tenant cleans the shared rooms according to the schedule in the kitchen.',
        q,
      );
      art(
        '7. Notice',
        'The Tenant may give notice with a period of one month. The Landlord can only terminate on the grounds mentioned in the Dutch Civil Code.',
        q,
      );
      q.gap(10);
      q.p('Signed in duplicate in Voorbeeld on 1 October 2026.');
      q.gap(30);
      q.t(q.left, q.y, 'Landlord: P. de Boer');
      q.t(q.left + 260, q.y, 'Tenant: Y. Berhane');
      return d;
    },
  },
  {
    slug: 'moving-in-together-both-numbers',
    type: 'change_form',
    client: null,
    conflict: [selam.clientNumber, dawit.clientNumber],
    language: 'en',
    render: 'scan',
    crumple: 1,
    label: 'letter: two clients announce they will live together, both identified',
    date: '2026-11-19',
    build: () => {
      const d = new Doc('sans', 10.5);
      const p = d.page();
      clientLetter(p, {
        from: ['Selam Habte & Dawit Tekle', selam.street, selam.city],
        place: 'Voorbeeld, 19 November 2026',
        subject: 'We will live together from 1 December',
      });
      p.p(`Dear consultant,

We are writing together to tell you that from 1 December 2026 Dawit will move into my apartment at Lindelaan 136. We are a couple and we want to build a family together.

We both receive bijstand at the moment:
- Selam Habte, client number ${selam.clientNumber}
- Dawit Tekle, client number ${dawit.clientNumber}

We understand that we will get one benefit together as a couple. Please tell us what we need to do and which papers you need. Dawit will cancel his room rent at Beatrixstraat at the end of November.

With kind regards,`);
      p.t(p.left, p.y + 14, 'Selam H.', { f: 'hand', size: 16, color: BLUE_INK });
      p.t(p.left + 200, p.y + 14, 'D. Tekle', { f: 'hand', size: 16, color: [0.1, 0.1, 0.1] });
      return d;
    },
  },
];
