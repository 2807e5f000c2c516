// English post: clients from Eritrea and elsewhere who write in English, international employers,
// a hospital abroad, a neobank, printed e-mails.
import type { Spec } from '../spec.ts';
import {
  addressBlock,
  BLUE_INK,
  C,
  clientLetter,
  Doc,
  emailOf,
  enLong,
  footer,
  GEMEENTE,
  GREY,
  letterhead,
  outlook,
  PAGE_W,
  payslip,
  scribble,
  signature,
  txTable,
  webmail,
} from './kit.ts';

const ukDate = (iso: string) => iso.split('-').reverse().join('/');

export const EN: Spec[] = [
  {
    slug: 'payslip-logistics-english',
    type: 'payslip',
    client: 'K-100241',
    language: 'en',
    render: 'digital',
    label: 'English-language payslip from a logistics company (PDF)',
    date: '2026-11-25',
    author: 'Northbridge Logistics B.V. Payroll',
    build: () => {
      const c = C('K-100241');
      const d = new Doc('sans', 9);
      const p = d.page();
      const lines: [string, string, number][] = [
        ['Base pay (hours)', '86.50', 86.5 * 14.71],
        ['Night shift allowance 30%', '24.00', 24 * 14.71 * 0.3],
        ['Travel allowance (untaxed)', '', 27.4],
        ['Wage tax (loonheffing)', '', -47.85],
        ['Pension contribution', '', -36.44],
        ['Canteen', '', -9.6],
      ];
      payslip(p, {
        band: [0.05, 0.15, 0.3],
        title: 'PAYSLIP',
        employer: ['Northbridge Logistics B.V.', 'Fulfilment Centre Voorbeeld · Logistiekweg 10 · 1239 LT Voorbeeld'],
        who: [
          ['Employee', `${c.first} ${c.last}`],
          ['Employee no.', 'NB-40718'],
          ['BSN', c.bsn],
          ['Date of birth', ukDate(c.birthDate)],
        ],
        period: [
          ['Period', 'November 2026'],
          ['Pay date', '25/11/2026'],
          ['Job title', 'Warehouse associate'],
          ['Contract', '20 hrs/week'],
        ],
        lines,
        net: Math.round(lines.reduce((a, l) => a + l[2], 0) * 100) / 100,
        foot: 'Questions about your pay? Contact payroll@northbridge.example — Northbridge Logistics B.V., KvK 60812345',
      });
      return d;
    },
  },
  {
    slug: 'neobank-statement-two-pages',
    type: 'bank_statement',
    client: 'K-100297',
    language: 'en',
    render: 'scan',
    label: 'Neobank account statement in English with client number written on it (2 pages)',
    date: '2026-11-30',
    build: () => {
      const c = C('K-100297');
      const d = new Doc('sans', 9);
      const p = d.page();
      p.t(p.left, 54, 'nimbus', { f: 'sansB', size: 22, color: [0.35, 0.1, 0.6] });
      p.t(p.right, 54, 'EUR Statement', { f: 'sansB', size: 13, align: 'right' });
      p.at(80);
      p.ln('Generated on 30 November 2026', { size: 8, color: GREY, after: 8 });
      p.ln(`${c.first.toUpperCase()} ${c.last.toUpperCase()}`, { f: 'sansB', size: 10 });
      p.ln(`${c.street}, 1238 WV, Voorbeeld, NL`, { size: 9, after: 8 });
      p.kv(
        [
          ['IBAN', 'LT71 3250 0249 8817 3366'],
          ['BIC', 'NIMBLT21'],
          ['Period', '1 Oct 2026 – 30 Nov 2026'],
        ],
        { size: 8.5, labelW: 60, after: 8 },
      );
      p.table(
        [
          { h: 'Product', w: 200 },
          { h: 'Opening', w: 90, r: true },
          { h: 'Money out', w: 90, r: true },
          { h: 'Money in', w: 87, r: true },
        ],
        [['Account (Current)', '€12.08', '€1,486.41', '€1,530.00']],
        { size: 8.5 },
      );
      const tx1 = [
        { d: '03 Oct', s: 'Transfer from YONAS BERHANE (NL bank)', v: 250 },
        { d: '04 Oct', s: 'Card: Western Union online', v: -150 },
        { d: '04 Oct', s: 'Fee', v: -4.9 },
        { d: '11 Oct', s: 'Card: Lidl', v: -23.18 },
        { d: '18 Oct', s: 'Card: Spotify', v: -6.99 },
        { d: '28 Oct', s: 'Transfer from SELAM H.', v: 40 },
        { d: '02 Nov', s: 'Transfer from YONAS BERHANE (NL bank)', v: 300 },
        { d: '03 Nov', s: 'Card: Western Union online', v: -200 },
      ];
      txTable(p, tx1, 12.08, { cols: 'signed', size: 8, en: true });
      scribble(p, 330, 96, ['client nr. K-100297', 'Yonas Berhane'], { rot: -3, size: 14, ink: BLUE_INK });
      footer(p, 'Nimbus Bank UAB is licensed by the Bank of Lithuania. Deposits are protected up to €100,000. Page 1 of 2');
      const q = d.page();
      q.at(50);
      const tx2 = [
        { d: '03 Nov', s: 'Fee', v: -4.9 },
        { d: '09 Nov', s: 'Card: Albert Heijn', v: -31.6 },
        { d: '14 Nov', s: 'Transfer from YONAS BERHANE (NL bank)', v: 900 },
        { d: '15 Nov', s: 'Card: Ethiopian Airlines', v: -612 },
        { d: '21 Nov', s: 'Card: Primark', v: -28 },
        { d: '26 Nov', s: 'Transfer to YONAS BERHANE (NL bank)', v: -424.84 },
      ];
      txTable(q, tx2, 22.31, { cols: 'signed', size: 8, en: true });
      q.p('Closing balance 30 Nov 2026: €55.67', { f: 'sansB', size: 9 });
      footer(q, 'Nimbus Bank UAB · Page 2 of 2');
      return d;
    },
  },
  {
    slug: 'medical-certificate-addis',
    type: 'medical_statement',
    client: 'K-100353',
    language: 'en',
    render: 'scan',
    crumple: 1,
    label: 'Medical certificate from a hospital abroad (illness during a visit)',
    date: '2026-11-12',
    build: () => {
      const c = C('K-100353');
      const d = new Doc('serif', 10.5);
      const p = d.page();
      p.t(PAGE_W / 2, 54, 'ST. GABRIEL GENERAL HOSPITAL', { f: 'serifB', size: 15, align: 'center' });
      p.t(PAGE_W / 2, 70, 'Bole Sub-City, Addis Ababa · Tel +251 11 661 0000', { size: 8.5, align: 'center' });
      p.line(p.left, 80, p.right, 80, 1.5);
      p.at(100);
      p.ln('MEDICAL CERTIFICATE', { f: 'serifB', size: 13, align: 'center', after: 12 });
      p.kv(
        [
          ['Patient name:', `${c.first} ${c.last}`],
          ['Date of birth:', ukDate(c.birthDate)],
          ['Sex / Age:', 'F / 66'],
          ['Card no.:', 'SG-2026-118830'],
          ['Date of admission:', '19/10/2026'],
          ['Date of discharge:', '07/11/2026'],
        ],
        { labelW: 140, f: 'serif', after: 10 },
      );
      p.p(
        'This is to certify that the above-named patient was admitted to our medical ward with community-acquired pneumonia complicated by poorly controlled type 2 diabetes mellitus. She was treated with intravenous antibiotics and insulin and has improved.\n\nShe was not fit to travel during the period of admission. She is advised to rest for a further two (2) weeks and to follow up with her general practitioner upon return to the Netherlands.\n\nThis certificate is issued at the request of the patient.',
      );
      p.gap(16);
      p.ln('Dr. Meron Alemu, MD, Internist', { f: 'serifB' });
      p.ln('Date: 07/11/2026');
      p.stamp(400, 560, ['ST. GABRIEL GENERAL HOSPITAL', 'MEDICAL DIRECTOR', 'ADDIS ABABA'], { rot: -8, color: [0.2, 0.2, 0.6], size: 8 });
      scribble(p, 80, 680, ['Sorry I came back late,', 'I was in hospital. Senait'], { rot: 2, size: 13 });
      return d;
    },
  },
  {
    slug: 'printed-email-catering-rejection',
    type: 'job_application_proof',
    client: 'K-100465',
    language: 'en',
    render: 'scan',
    label: 'Printed e-mail thread: application and rejection from a catering company',
    date: '2026-11-24',
    build: () => {
      const c = C('K-100465');
      const d = new Doc('sans', 9.5);
      const p = d.page();
      webmail(p, 'luwam.asmerom70@example.com', 'Your application – Kitchen Assistant (ref. SM-2291)', [
        {
          head: {
            from: 'SkyMeals Catering Recruitment <jobs@skymeals.example>',
            to: 'luwam.asmerom70@example.com',
            date: 'Mon 23 Nov 2026, 14:02',
            subject: 'Your application – Kitchen Assistant (ref. SM-2291)',
          },
          body: 'Dear Luwam,\n\nThank you for your interest in the position of Kitchen Assistant at our Schiphol production kitchen and for the time you took to apply.\n\nWe received a large number of applications. After careful consideration we have decided not to invite you for an interview at this time, as we are looking for candidates who can work rotating shifts including nights, and who hold a valid food safety (HACCP) certificate.\n\nWe will keep your details on file for six months and may contact you if a suitable vacancy arises.\n\nKind regards,\nTalent Acquisition Team\nSkyMeals Catering B.V.',
        },
        {
          head: {
            from: 'Luwam Asmerom <luwam.asmerom70@example.com>',
            to: 'jobs@skymeals.example',
            date: 'Tue 10 Nov 2026, 09:31',
            subject: 'Application Kitchen Assistant',
            attachments: 'CV_Luwam.pdf',
          },
          body: 'Dear Sir/Madam,\nI want to apply for the job kitchen assistant. I have worked 6 years in a restaurant kitchen in Asmara and 1 year as a volunteer in the kitchen of the community centre here. I can start immediately.\nThank you,\nLuwam Asmerom',
        },
      ]);
      scribble(p, 350, 770, [`for Linda Kok - ${c.clientNumber}`], { rot: 2, size: 13 });
      return d;
    },
  },
  {
    slug: 'printed-email-hotel-rejection-first-name',
    type: 'job_application_proof',
    client: null,
    language: 'en',
    render: 'scan',
    label: 'Printed rejection e-mail addressed by first name only',
    date: '2026-11-26',
    build: () => {
      const d = new Doc('serif', 10);
      const p = d.page();
      outlook(
        p,
        'yonas.b93@example.net',
        {
          from: 'Harbour Hotel Group HR <careers@harbourhotels.example>',
          date: 'Thursday, 26 November 2026 11:15',
          to: 'yonas.b93@example.net',
          subject: 'RE: Housekeeping job',
        },
        'Dear Yonas,\n\nThank you for coming to our open day on 19 November and for your application for a housekeeping position at the Harbour Hotel Voorbeeld.\n\nUnfortunately we need staff who speak Dutch at B1 level for this role, because of contact with guests and safety instructions. We encourage you to apply again when your Dutch course is completed. Good luck!\n\nBest regards,\n\nNadine Verhoef\nHR Advisor | Harbour Hotel Group',
      );
      return d;
    },
  },
  {
    slug: 'joint-complaint-two-clients',
    type: 'complaint',
    client: null,
    conflict: ['K-100136', 'K-100409'],
    language: 'en',
    render: 'scan',
    label: 'Complaint letter signed by two clients, both client numbers',
    date: '2026-11-27',
    build: () => {
      const a = C('K-100136');
      const b = C('K-100409');
      const d = new Doc('sans', 10.5);
      const p = d.page();
      clientLetter(p, {
        from: [`${a.first} ${a.last} and ${b.first} ${b.last}`, 'Voorbeeld'],
        to: ['Gemeente Voorbeeld', 'Complaints officer (klachten)', 'Postbus 1234', '1230 AA Voorbeeld'],
        place: 'Voorbeeld, 27 November 2026',
        subject: 'Subject: COMPLAINT about the interpreter and the letters only in Dutch',
      });
      p.p(
        `Dear Sir or Madam,\n\nWe are two clients of the Work and Income department and we want to make an official complaint together, because we had the same problem.\n\nOn 10 November we both had an appointment for the "re-examination" (heronderzoek). We asked before for a Tigrinya interpreter, and we were told it was arranged. When we arrived there was no interpreter. The consultant continued the conversation in Dutch and asked us to sign a form. We did not understand what we signed.\n\nAfter this we both got a letter that our benefit is stopped for one month because we "did not cooperate". This is not true. We always cooperate. We cannot read these letters well, and there is no English or Tigrinya explanation.\n\nWe ask:\n1. that the decision is checked again by another person,\n2. that future appointments are with an interpreter,\n3. an explanation why the interpreter was not there.\n\n${a.first} ${a.last}, client number ${a.clientNumber}\n${b.first} ${b.last}, client number ${b.clientNumber}\n\nYours faithfully,`,
      );
      p.gap(4);
      const y = p.y;
      signature(p, `${a.first} ${a.last}`, { printed: false });
      p.at(y);
      signature(p, `${b.first} ${b.last}`, { x: 320, printed: false });
      return d;
    },
  },
  {
    slug: 'employment-contract-english',
    type: 'employment_contract',
    client: 'K-100185',
    language: 'en',
    render: 'digital',
    label: 'Employment contract in English, fixed term (2 pages)',
    date: '2026-11-23',
    author: 'Harbourline Logistics B.V.',
    build: () => {
      const c = C('K-100185');
      const d = new Doc('serif', 10);
      const p = d.page();
      letterhead(p, 'Harbourline Logistics B.V.', ['Port Road 88', '1239 HP Voorbeeld', 'hr@harbourline.example'], {
        f: 'serifB',
        color: [0.0, 0.25, 0.4],
      });
      p.ln('EMPLOYMENT CONTRACT (FIXED TERM)', { f: 'serifB', size: 13, align: 'center', after: 10 });
      p.p(
        `The undersigned:\n\n1. Harbourline Logistics B.V., having its registered office in Voorbeeld, represented by Ms. K. de Ruiter, HR Manager ("the Employer"); and\n\n2. Mr. ${c.first} ${c.last}, born on ${enLong(c.birthDate)}, residing at ${c.address}, citizen service number (BSN) ${c.bsn} ("the Employee");\n\nagree as follows:`,
      );
      const arts: [string, string][] = [
        ['1. Position', 'The Employee is employed as Forklift Driver / Reach Truck Operator at the Voorbeeld terminal.'],
        [
          '2. Term',
          'This agreement is entered into for a fixed term of twelve (12) months, commencing on 1 December 2026 and ending by operation of law on 30 November 2027. A probationary period of one month applies.',
        ],
        ['3. Working hours', 'The working hours are 36 hours per week, in a two-shift roster (06:00–14:30 and 14:00–22:30).'],
        [
          '4. Salary',
          'The gross monthly salary is EUR 2,540.00 based on 36 hours per week, plus a shift allowance in accordance with the collective labour agreement (CAO Beroepsgoederenvervoer). Salary is paid monthly before the 25th.',
        ],
        ['5. Holidays', 'The Employee is entitled to 24 paid holidays per year and a holiday allowance of 8% of the gross salary.'],
      ];
      for (const [h, t] of arts) {
        p.ln(h, { f: 'serifB' });
        p.p(t);
      }
      footer(p, 'Harbourline Logistics B.V. — Employment contract — page 1 of 2');
      const q = d.page();
      q.at(60);
      const arts2: [string, string][] = [
        [
          '6. Sickness',
          'In case of illness the Employee reports sick to the shift supervisor before the start of the shift. During illness the Employer pays 70% of the salary, supplemented to 100% during the first 52 weeks.',
        ],
        ['7. Pension', 'The Employee will participate in the pension scheme of Pensioenfonds Vervoer.'],
        [
          '8. Certificates',
          'The Employee shall hold a valid forklift certificate. The costs of the reach truck course will be paid by the Employer.',
        ],
        [
          '9. Applicable law',
          'This agreement is governed by Dutch law. In case of discrepancies between this English text and any Dutch translation, the Dutch text prevails.',
        ],
      ];
      for (const [h, t] of arts2) {
        q.ln(h, { f: 'serifB' });
        q.p(t);
      }
      q.ln('Signed in duplicate in Voorbeeld on 23 November 2026.', { after: 20 });
      const y = q.y;
      q.t(q.left, y, 'The Employer');
      q.t(q.left + 260, y, 'The Employee');
      signature(q, 'K. de Ruiter', { x: q.left });
      q.at(y);
      signature(q, `${c.first} ${c.last}`, { x: q.left + 260 });
      footer(q, 'Harbourline Logistics B.V. — Employment contract — page 2 of 2');
      return d;
    },
  },
  {
    slug: 'invitation-inclusion-conference',
    type: 'other',
    client: null,
    language: 'en',
    render: 'digital',
    label: 'Invitation to an international conference for the department',
    date: '2026-11-18',
    author: 'European Inclusive Work Network',
    build: () => {
      const d = new Doc('sans', 10.5);
      const p = d.page();
      p.rect(0, 0, PAGE_W, 120, { fill: [0.1, 0.35, 0.45] });
      p.t(p.left, 60, 'INCLUSIVE WORK 2027', { f: 'sansB', size: 26, color: [1, 1, 1] });
      p.t(p.left, 88, 'European conference on activation, work and income · Rotterdam · 11–12 March 2027', { size: 10, color: [1, 1, 1] });
      p.at(150);
      addressBlock(p, ['To the Head of Department', 'Work and Income', 'Municipality of Voorbeeld', 'Postbus 1234', '1230 AA Voorbeeld']);
      p.gap(12);
      p.p(
        'Dear colleague,\n\nOn behalf of the European Inclusive Work Network it is our pleasure to invite you and your team to Inclusive Work 2027, two days of exchange between municipalities, employment services and researchers from 14 countries.\n\nThe programme includes:\n• Keynote: "From sanctions to trust — lessons from basic income experiments"\n• Workshops on digital case management and AI in social services\n• Site visits to social enterprises in the Rotterdam port area\n\nMunicipalities that register before 15 January 2027 receive an early-bird rate of EUR 395 per participant. We are also still looking for speakers: if your department has a practice you would like to share, please submit an abstract of max. 300 words.\n\nWe hope to welcome you in Rotterdam.\n\nWith kind regards,',
      );
      p.ln('Dr. Hanna Lindqvist', { f: 'sansB' });
      p.ln('Programme chair, European Inclusive Work Network', { size: 9, color: GREY });
      footer(p, 'Register at www.inclusivework.example · info@inclusivework.example');
      return d;
    },
  },
  {
    slug: 'printed-email-moving-new-address',
    type: 'change_form',
    client: 'K-100409',
    language: 'en',
    render: 'scan',
    crumple: 1,
    label: 'Printed e-mail: client reports moving to a new address',
    date: '2026-11-25',
    build: () => {
      const c = C('K-100409');
      const d = new Doc('sans', 10);
      const p = d.page();
      webmail(p, emailOf(c.clientNumber), 'change of address', [
        {
          head: {
            from: `Dawit Tekle <${emailOf(c.clientNumber)}>`,
            to: 'inkomen@gemeente-voorbeeld.example',
            date: 'Wed 25 Nov 2026, 22:40',
            subject: 'change of address',
          },
          body: `Hello,\n\nMy name is Dawit Tekle, client number ${c.clientNumber}. I want to tell you that I am moving. From 1 December 2026 my new address is:\n\nPopulierenhof 12\n1230 PC Voorbeeld\n\nIt is a flat from the housing corporation, I will live alone. The rent is 598 euro, I will send the contract when I have it signed. My old room at ${c.street} I leave on 30 November.\n\nPlease also change the address for the letters. Do I need to do something else?\n\nThank you very much,\nDawit`,
        },
      ]);
      p.gap(20);
      p.ln('printed at the library — 26-11-2026', { size: 7, color: GREY });
      return d;
    },
  },
  {
    slug: 'objection-cost-sharing-norm',
    type: 'objection',
    client: 'K-100241',
    language: 'en',
    render: 'scan',
    label: 'Objection in English against reduction for cost-sharing (kostendelersnorm)',
    date: '2026-11-29',
    build: () => {
      const c = C('K-100241');
      const d = new Doc('serif', 11);
      const p = d.page();
      clientLetter(p, {
        from: [`${c.first} ${c.last}`, c.street, '1238 LV Voorbeeld'],
        to: GEMEENTE,
        place: 'Voorbeeld, 29 November 2026',
        subject: 'Objection (bezwaar) against the decision of 23 October 2026',
      });
      p.p(
        `Dear Sir or Madam,\n\nI object to your decision of 23 October 2026 (client number ${c.clientNumber}). In this decision you lowered my benefit from 1 November because my brother Tesfalem lives with me and you apply the cost-sharing norm (kostendelersnorm).\n\nI do not agree for these reasons:\n\n1. My brother is 20 years old and he is a full-time student at ROC (MBO level 4). He gets student finance (studiefinanciering). As far as I know, students with student finance do not count for the cost-sharing norm.\n2. He only stays with me since September, temporarily, because he could not find a student room.\n\nI attach his proof of enrolment and the DUO letter. Please change the decision and pay me the difference for November.\n\nI would like to explain this in person if needed.\n\nKind regards,`,
      );
      p.gap(4);
      signature(p, `${c.first} ${c.last}`);
      p.ln('Attachments: proof of enrolment ROC, DUO decision', { size: 9, f: 'serifI' });
      return d;
    },
  },
];
