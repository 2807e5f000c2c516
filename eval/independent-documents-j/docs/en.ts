// English post: an international employer, a UK bank and debt collector, doctors, an expat landlord,
// an airline, and client e-mails (set J).
import { webmail } from '../../independent-documents-c/lib/parts.ts';
import { OILCLOTH, type Spec } from '../../independent-documents-d/spec.ts';
import {
  BLACK_INK,
  BLUE_INK,
  C,
  Doc,
  dmy,
  enLong,
  euro,
  footer,
  GREY,
  groupIban,
  iban,
  instLetter,
  letterhead,
  PAGE_W,
  postStamp,
  RED,
  scribble,
  signature,
} from './jkit.ts';

const KIDANE = C('K-100136');
const _SELAM = C('K-100241');
const _DAWIT = C('K-100409');
const SENAIT = C('K-100353');
const LUWAM = C('K-100465');
const ERMIAS = C('K-100185');
const YONAS = C('K-100297');
const gbp = (n: number) => `£${n.toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`;

export const EN: Spec[] = [
  {
    slug: 'logistics-payslip-english',
    type: 'payslip',
    client: 'K-100136',
    language: 'en',
    render: 'scan',
    label: 'English-language monthly payslip of an international distribution centre (BSN)',
    date: '2026-11-26',
    build: () => {
      const d = new Doc('cond', 9);
      const p = d.page();
      p.rect(p.left, 36, p.right - p.left, 40, { fill: [0.15, 0.15, 0.2] });
      p.t(p.left + 10, 62, 'NORTHGATE LOGISTICS B.V.', { f: 'condB', size: 15, color: [1, 1, 1] });
      p.t(p.right - 10, 62, 'PAY STATEMENT', { f: 'condB', size: 12, color: [1, 1, 1], align: 'right' });
      p.at(92);
      p.kv(
        [
          ['Employee', KIDANE.name],
          ['Employee ID', 'NG-118204'],
          ['BSN', KIDANE.bsn],
          ['Department', 'Inbound / Reach truck'],
          ['Pay period', 'November 2026 (01/11/2026 - 30/11/2026)'],
          ['Pay date', '25/11/2026'],
        ],
        { labelW: 110, size: 9, lh: 12.5, after: 10 },
      );
      p.table(
        [
          { h: 'Earnings', w: 200 },
          { h: 'Hours', w: 60, r: true },
          { h: 'Rate', w: 60, r: true },
          { h: 'Amount EUR', w: 90, r: true },
        ],
        [
          ['Basic pay', '120.00', '15.85', euro(1902)],
          ['Evening shift allowance', '40.00', '3.17', euro(126.8)],
          ['Holiday allowance accrual 8%', '', '', euro(162.3)],
          ['Travel allowance', '', '', euro(52)],
        ],
        { size: 8.5, shade: [0.9, 0.9, 0.9] },
      );
      p.table(
        [
          { h: 'Deductions', w: 320 },
          { h: 'Amount EUR', w: 90, r: true },
        ],
        [
          ['Wage tax (loonheffing)', euro(166)],
          ['Pension (employee part)', euro(68.41)],
          ['Holiday allowance reserved', euro(162.3)],
          ['Canteen', euro(14.5)],
        ],
        { size: 8.5, shade: [0.9, 0.9, 0.9] },
      );
      p.ln(`NET PAY   EUR ${euro(1831.89)}   paid to ${groupIban(iban('INGB', 'kidane-j'))}`, { f: 'condB', size: 11 });
      footer(
        p,
        'Northgate Logistics B.V. · Havenweg 310 · 1236 XR Voorbeeld · payroll@northgate.example · This statement is confidential.',
      );
      return d;
    },
  },
  {
    slug: 'uk-bank-statement',
    type: 'bank_statement',
    client: 'K-100241',
    language: 'en',
    render: 'scan',
    crumple: 1,
    label: 'Statement of a UK current account (assets abroad), client number written at the top',
    date: '2026-11-14',
    build: () => {
      const d = new Doc('sans', 8.5);
      const p = d.page();
      scribble(p, 300, 30, ['K-100241 Selam H.'], { rot: 0 });
      p.t(p.left, 70, 'Thamesbridge Bank', { f: 'serifB', size: 18, color: [0.0, 0.25, 0.2] });
      p.t(p.right, 62, 'Your Statement', { f: 'sansB', size: 11, align: 'right' });
      p.t(p.right, 74, '15 October to 14 November 2026', { size: 8, align: 'right' });
      p.at(96);
      for (const l of ['MS SELAM HABTE', 'FLAT 3', '27 CARLTON ROAD', 'LEICESTER LE2 1RA']) p.ln(l, { size: 9 });
      p.gap(8);
      p.kv(
        [
          ['Account', 'Classic Current Account'],
          ['Sort code', '30-96-44'],
          ['Account number', '41882011'],
          ['Balance brought forward', gbp(1322.1)],
        ],
        { labelW: 140 },
      );
      p.table(
        [
          { h: 'Date', w: 55 },
          { h: 'Description', w: 230 },
          { h: 'Paid out', w: 65, r: true },
          { h: 'Paid in', w: 65, r: true },
          { h: 'Balance', w: 60, r: true },
        ],
        [
          ['15 Oct', 'BALANCE BROUGHT FORWARD', '', '', '1,322.10'],
          ['20 Oct', 'FPI H HABTE REF RENT SHARE', '', '250.00', '1,572.10'],
          ['28 Oct', 'DD EE LIMITED', '12.00', '', '1,560.10'],
          ['02 Nov', 'ATM WITHDRAWAL NL VOORBEELD EUR 100', '87.42', '', '1,472.68'],
          ['05 Nov', 'CARD PAYMENT ALBERT HEIN VOORBEELD', '23.18', '', '1,449.50'],
          ['10 Nov', 'FPO TO 30-11-02 12344321 WISE', '300.00', '', '1,149.50'],
          ['12 Nov', 'NON-STERLING TRANSACTION FEE', '2.99', '', '1,146.51'],
        ],
        { size: 8, zebra: [0.94, 0.96, 0.95] },
      );
      p.ln(`Balance carried forward ${gbp(1146.51)}`, { f: 'sansB', size: 9.5 });
      footer(p, 'Thamesbridge Bank plc. Registered in England and Wales. Authorised by the Prudential Regulation Authority.');
      return d;
    },
  },
  {
    slug: 'job-application-emails-english',
    type: 'job_application_proof',
    client: 'K-100409',
    language: 'en',
    render: 'scan',
    label: 'Web-mail printout: the client forwards three applications he sent in English to his work consultant',
    date: '2026-11-30',
    build: () => {
      const d = new Doc();
      const p = d.page();
      webmail(p, 'dawit.tekle@example.org', 'Fwd: applications november - client K-100409', [
        {
          head: {
            from: 'Dawit Tekle <dawit.tekle@example.org>',
            to: 'werk@gemeente-voorbeeld.example',
            date: '30 Nov 2026, 19:02',
            subject: 'Fwd: applications november',
          },
          body: `Dear Mrs Smit,

As asked in our meeting I forward you the applications I did this month. I also applied by phone at the bicycle repair shop in Spoorlaan but they dont need people now. My Dutch lessons are going well, I am at A2 level now.

Kind regards,
Dawit Tekle (client number K-100409)`,
        },
        {
          head: {
            from: 'Dawit Tekle <dawit.tekle@example.org>',
            to: 'jobs@greenfield-hotels.example',
            date: '12 Nov 2026, 10:41',
            subject: 'Application kitchen assistant',
            attachments: 'CV_Dawit_Tekle.pdf',
          },
          body: `Dear Sir/Madam,

I would like to apply for the position of kitchen assistant at your hotel in Voorbeeld. I have worked 3 years in a restaurant kitchen in Addis Ababa and 6 months as volunteer in the kitchen of the community centre. I am available immediately, also weekends.

Yours sincerely,
Dawit Tekle`,
        },
        {
          head: {
            from: 'Careers Coolfresh <no-reply@coolfresh.example>',
            to: 'dawit.tekle@example.org',
            date: '19 Nov 2026, 08:15',
            subject: 'Your application: Order picker (cold storage) - received',
          },
          body: 'Thank you for applying for Order picker (cold storage). We have received your application and will contact you within 2 weeks if your profile matches. Kind regards, Coolfresh Recruitment Team',
        },
      ]);
      return d;
    },
  },
  {
    slug: 'psychologist-letter-english',
    type: 'medical_statement',
    client: 'K-100353',
    language: 'en',
    render: 'scan',
    label: "Letter of an English-speaking psychologist about the client's treatment (name + DOB)",
    date: '2026-11-25',
    build: () => {
      const d = new Doc('serif', 10.5);
      const p = d.page();
      letterhead(
        p,
        'International Health Centre Voorbeeld',
        ['Mental health · General practice for internationals', 'Stationsweg 40, 1235 AB Voorbeeld', '+31 299 300 700'],
        {
          f: 'serifB',
          color: [0.2, 0.35, 0.55],
        },
      );
      p.ln('CONFIDENTIAL - MEDICAL', { f: 'sansB', size: 9, color: RED, after: 6 });
      p.ln('To: Municipality of Voorbeeld, Work and Income, attn. work consultant');
      p.ln('Date: 25 November 2026', { after: 10 });
      p.ln(`Re: Ms ${SENAIT.name}, DOB ${dmy(SENAIT.birthDate, '/')}`, { f: 'serifB', after: 8 });
      p.p(
        `To whom it may concern,

Ms Kahsay has been under my care since May 2026 for a trauma-related condition. She attends weekly sessions, supported by an interpreter in Tigrinya. She has made progress but continues to experience sleep disturbance, concentration problems and panic in crowded places.

In my professional opinion, Ms Kahsay is at present not able to take part in a full-time work trajectory. A gradual start with a structured daytime activity of no more than 2 half-days per week, in a quiet environment, would be beneficial and is supported by the treatment plan. I expect to re-evaluate in March 2027.

Please do not hesitate to contact me with the written consent of Ms Kahsay.

Yours faithfully,`,
      );
      signature(p, 'Dr. H. Okafor', { ink: BLACK_INK });
      p.ln('Clinical psychologist (BIG 29071234525)', { size: 9 });
      return d;
    },
  },
  {
    slug: 'hospital-report-abroad-photo',
    type: 'medical_statement',
    client: 'K-100465',
    language: 'en',
    render: 'photo',
    table: OILCLOTH,
    label: 'Phone photo of a discharge summary from a hospital abroad (name + date of birth in words)',
    date: '2026-11-22',
    build: () => {
      const d = new Doc('serif', 10);
      const p = d.page();
      p.t(PAGE_W / 2, 56, "ST. LUKE'S MISSION HOSPITAL", { f: 'serifB', size: 15, align: 'center' });
      p.t(PAGE_W / 2, 72, 'P.O. Box 2214, Nakuru, Kenya  ·  Tel +254 51 221 0000', { size: 8, align: 'center' });
      p.line(p.left, 80, p.right, 80, 1.5);
      p.at(92);
      p.ln('DISCHARGE SUMMARY', { f: 'serifB', size: 13, align: 'center', after: 8 });
      p.kv(
        [
          ['Patient name', LUWAM.name.toUpperCase()],
          ['Date of birth', enLong(LUWAM.birthDate)],
          ['Passport no.', 'NX 4410297 (Netherlands)'],
          ['IP number', '26/11/0883'],
          ['Admitted', '3 November 2026'],
          ['Discharged', '17 November 2026'],
          ['Ward', 'Female Medical'],
        ],
        { labelW: 110, size: 9.5 },
      );
      p.p(
        `Diagnosis: Community acquired pneumonia, complicated by uncontrolled type 2 diabetes mellitus.

Course: The patient was admitted while visiting relatives. Treated with IV antibiotics, insulin sliding scale and oxygen therapy. Improved gradually. Blood sugars stabilised on oral medication.

Advice: Not fit to travel by air until 30 November 2026. Continue medication for 14 days. Follow up with her general practitioner in the Netherlands on return. Bed rest and light activity only for 4 weeks after discharge.`,
      );
      p.gap(8);
      p.t(p.left, p.y + 10, 'Dr. W. Kamau', { f: 'hand', size: 16, color: BLUE_INK });
      p.gap(24);
      p.ln('Medical Officer, for Medical Superintendent', { size: 9 });
      p.stamp(430, p.y - 30, ["ST. LUKE'S MISSION HOSP.", 'MEDICAL RECORDS', '17 NOV 2026'], {
        rot: -10,
        size: 8,
        color: [0.2, 0.2, 0.65],
      });
      return d;
    },
  },
  {
    slug: 'expat-tenancy-agreement-2p',
    type: 'rental_agreement',
    client: 'K-100185',
    language: 'en',
    render: 'scan',
    label: 'English tenancy agreement for a room from an expat-housing company (2 pages, name + DOB)',
    date: '2026-10-28',
    build: () => {
      const d = new Doc('sans', 9.5);
      const p = d.page();
      letterhead(
        p,
        'Lowlands Expat Housing',
        ['Furnished rooms & studios', 'Kerkstraat 200, 1235 MN Voorbeeld', 'rent@lowlandsexpat.example'],
        { color: [0.3, 0.3, 0.6] },
      );
      p.ln('TENANCY AGREEMENT (ROOM)', { f: 'sansB', size: 13, align: 'center', after: 10 });
      p.p(`This agreement is made between Lowlands Expat Housing B.V. ("Landlord") and

Mr ${ERMIAS.name}, born ${dmy(ERMIAS.birthDate)} in Asmara, Eritrea ("Tenant").`);
      p.p(
        `1. Property. The Landlord lets to the Tenant a furnished room (no. 4, 14 m²) in the shared house at Eikenlaan 139, 1238 CG Voorbeeld, with shared use of kitchen, bathroom and garden.

2. Term. The tenancy starts on 1 November 2026 for an indefinite period. Notice period for the Tenant: 1 month.

3. Rent. The monthly rent is EUR 575.00, including gas, water, electricity and internet (all-in). Basic rent (kale huur) for housing benefit purposes: EUR 455.00. Service costs: EUR 120.00.

4. Deposit. The Tenant pays a deposit of EUR 575.00 before key handover.

5. Registration. The Tenant may register at this address with the municipality (BRP).`,
      );
      footer(p, 'page 1 of 2 · initials tenant ........');
      const q = d.page();
      q.at(60);
      q.p(
        `6. House rules. No smoking inside. Quiet hours 23:00 - 07:00. Guests may not stay longer than 3 nights in a row.

7. Maintenance. Minor repairs are for the Tenant. Report defects through the tenant portal.

8. Applicable law. This agreement is governed by Dutch law. In case of a dispute about the Dutch and English version, the Dutch version prevails.`,
      );
      q.gap(18);
      q.ln('Signed in Voorbeeld on 28 October 2026', { after: 18 });
      q.t(q.left, q.y, 'Landlord', { f: 'sansB' });
      q.t(q.left + 260, q.y, 'Tenant', { f: 'sansB' });
      q.t(q.left, q.y + 30, 'J. de Bruijn', { f: 'hand', size: 16, color: BLACK_INK });
      q.t(q.left + 260, q.y + 30, 'Ermias G.', { f: 'hand', size: 16, color: BLUE_INK });
      footer(q, 'page 2 of 2');
      return d;
    },
  },
  {
    slug: 'uk-debt-collector-letter',
    type: 'debt_notice',
    client: 'K-100297',
    language: 'en',
    render: 'scan',
    crumple: 2,
    label: 'Letter of a UK debt collection agency about an old phone contract (name + DOB), crumpled',
    date: '2026-11-12',
    build: () => {
      const d = new Doc();
      const p = d.page();
      instLetter(p, {
        org: 'Carrington Recoveries Ltd',
        lines: ['PO Box 5521, Manchester M60 3CR', '0161 496 0000 · carringtonrecoveries.example'],
        color: [0.45, 0.1, 0.1],
        to: [`Mr Yonas Berhane`, YONAS.street, YONAS.city, 'NETHERLANDS'],
        refs: [
          ['Our reference', 'CR/77410928'],
          ['Original creditor', 'Vocalink Mobile UK'],
          ['Date of birth', dmy(YONAS.birthDate, '/')],
          ['Date', '12 November 2026'],
        ],
        subject: 'NOTICE OF INTENDED LEGAL ACTION',
      });
      p.p(
        `Dear Mr Berhane,

We act on behalf of our client, who purchased your debt from Vocalink Mobile UK. Despite previous letters, the balance of ${gbp(683.4)} remains outstanding for your mobile phone contract ending 07/2024.

If we do not receive payment in full, or a proposal for an affordable repayment plan, within 21 days of this letter, our client may instruct solicitors to commence proceedings against you without further notice. This may result in additional costs.

If you are experiencing financial difficulty, please contact us. You can also get free independent debt advice. If you dispute this debt, please write to us with details.

Yours sincerely,
Collections Team`,
      );
      p.table(
        [
          { h: 'Balance', w: 200 },
          { h: '', w: 100, r: true },
        ],
        [
          ['Outstanding balance', gbp(583.4)],
          ['Collection charges', gbp(100.0)],
          ['Total now due', gbp(683.4)],
        ],
        { size: 9 },
      );
      return d;
    },
  },
  {
    slug: 'complaint-email-interpreter',
    type: 'complaint',
    client: 'K-100241',
    language: 'en',
    render: 'scan',
    label: 'Printed e-mail complaint in English: no interpreter at an appointment, client number in the text',
    date: '2026-11-27',
    build: () => {
      const d = new Doc();
      const p = d.page();
      webmail(p, 'selam.habte@example.org', 'Complaint about my appointment 24 november', [
        {
          head: {
            from: 'Selam Habte <selam.habte@example.org>',
            to: 'klachten@gemeente-voorbeeld.example',
            date: '27 Nov 2026, 22:14',
            subject: 'Complaint about my appointment 24 november',
          },
          body: `Dear complaints department,

I want to make an official complaint. I am client K-100241. On 24 November I had an appointment at the town office about my benefit. Before, I asked two times by phone for a Tigrinya interpreter and the lady said it was arranged. When I came there was no interpreter. The consultant continued in Dutch and I had to sign a paper I did not understand. Later I heard it was about paying back money.

I feel this is not fair. I want to know what I signed and I want a new appointment with interpreter. Also I want that this does not happen again to other people.

Please reply to me by e-mail or letter in English.

Regards,
Selam Habte
06 38 11 90 42`,
        },
      ]);
      return d;
    },
  },
  {
    slug: 'airline-eticket-stranger',
    type: 'holiday_notice',
    client: null,
    language: 'en',
    render: 'digital',
    author: 'SkyLink Airways',
    label: 'Airline e-ticket receipt showing a trip abroad for a person not in the directory',
    date: '2026-11-15',
    build: () => {
      const d = new Doc('sans', 9);
      const p = d.page();
      p.rect(0, 0, 595.28, 70, { fill: [0.05, 0.2, 0.45] });
      p.t(p.left, 44, 'SkyLink Airways', { f: 'sansB', size: 20, color: [1, 1, 1] });
      p.t(p.right, 44, 'E-TICKET RECEIPT', { f: 'sansB', size: 11, color: [1, 1, 1], align: 'right' });
      p.at(90);
      p.kv(
        [
          ['Passenger', 'GEBRU/TESFAY MR'],
          ['Booking reference', 'K7QX2M'],
          ['Ticket number', '176-2409918821'],
          ['Issued', '15NOV26  ONLINE'],
          ['Frequent flyer', '-'],
        ],
        { labelW: 120 },
      );
      p.table(
        [
          { h: 'Flight', w: 55 },
          { h: 'Date', w: 55 },
          { h: 'From', w: 110 },
          { h: 'To', w: 110 },
          { h: 'Dep', w: 40 },
          { h: 'Arr', w: 40 },
          { h: 'Bag', w: 40 },
        ],
        [
          ['SL 571', '19DEC', 'AMSTERDAM SCHIPHOL', 'ISTANBUL', '11:25', '15:50', '2PC'],
          ['SL 1188', '19DEC', 'ISTANBUL', 'ADDIS ABABA', '20:35', '01:40+1', '2PC'],
          ['SL 1189', '23JAN', 'ADDIS ABABA', 'ISTANBUL', '02:50', '07:55', '2PC'],
          ['SL 572', '23JAN', 'ISTANBUL', 'AMSTERDAM SCHIPHOL', '09:40', '12:15', '2PC'],
        ],
        { size: 8, shade: [0.9, 0.92, 0.97] },
      );
      p.kv(
        [
          ['Fare', 'EUR 612.00'],
          ['Taxes/fees', 'EUR 233.47'],
          ['Total', 'EUR 845.47  (paid by card ****8812)'],
        ],
        { labelW: 120, f: 'sansB' },
      );
      p.p('Check-in closes 60 minutes before departure. Passport must be valid for 6 months. This receipt is not a boarding pass.', {
        size: 7.5,
        color: GREY,
      });
      return d;
    },
  },
  {
    slug: 'end-of-contract-letter',
    type: 'employment_contract',
    client: 'K-100136',
    language: 'en',
    render: 'scan',
    label: "Employer's English letter that a fixed-term employment contract will not be renewed (aanzegging)",
    date: '2026-11-30',
    build: () => {
      const d = new Doc();
      const p = d.page();
      instLetter(p, {
        org: 'Northgate Logistics B.V.',
        lines: ['Havenweg 310, 1236 XR Voorbeeld', 'HR department · hr@northgate.example'],
        color: [0.15, 0.15, 0.2],
        to: [`Mr K. Tesfay`, KIDANE.street, KIDANE.city],
        refs: [
          ['Date', '30 November 2026'],
          ['Employee ID', 'NG-118204'],
          ['BSN', KIDANE.bsn],
        ],
        subject: 'Notice regarding the end of your fixed-term employment contract',
      });
      p.p(
        `Dear Mr Tesfay,

Your fixed-term employment contract with Northgate Logistics B.V. (start date 1 January 2026) will end by operation of law on 31 December 2026. With this letter we inform you, in accordance with article 7:668 of the Dutch Civil Code, that your contract will not be renewed.

This decision is due to reduced volumes at our Voorbeeld site after a client contract ended, and is not related to your performance. You will receive your final salary, outstanding holiday hours and holiday allowance with the December payroll, as well as your transition payment (transitievergoeding) of EUR 476.20.

We thank you for your efforts and wish you all the best. You may use this letter for your application for unemployment benefits.

Kind regards,`,
      );
      signature(p, 'A. Visscher');
      p.ln('HR Business Partner', { size: 9 });
      postStamp(p, 440, 700, '04 DEC 2026', 4);
      return d;
    },
  },
];
