// Set I, English documents.
import type { Spec } from '../spec.ts';
import { BLACK_INK, BLUE_INK, C, Doc, GEMEENTE, GREY, handLines, notebook, payslip, scribble } from './kit.ts';

const selam = C('K-100241');
const kidane = C('K-100136');
const yonas = C('K-100297');
const senait = C('K-100353');

export const EN: Spec[] = [
  {
    slug: 'payslip-english-warehouse',
    type: 'payslip',
    client: selam.clientNumber,
    language: 'en',
    render: 'digital',
    label: 'English payslip from an international logistics employer, with BSN, Selam Habte',
    date: '2026-11-27',
    build: () => {
      const d = new Doc();
      const p = d.page();
      payslip(p, {
        employer: 'NorthSea Fulfilment B.V.',
        employerLines: ['Europaweg 300, 1236 ZA Voorbeeld', 'Payroll department – payroll@nsf.example'],
        title: 'PAYSLIP',
        period: 'Period: November 2026',
        head: [
          ['Employee', 'Selam Habte'],
          ['Employee no.', 'NSF-20931'],
          ['BSN (citizen service no.)', selam.bsn],
        ],
        head2: [
          ['Job title', 'Warehouse associate'],
          ['Contract hours', '24 / week'],
          ['Hourly wage', '15.40'],
        ],
        rows: [
          ['Base pay', '104.00', '1.601,60', ''],
          ['Night shift allowance', '16.00', '61,60', ''],
          ['Holiday allowance reserve 8%', '', '(133,06)', ''],
          ['Pension contribution', '', '', '41,20'],
          ['Wage tax', '', '', '0,00'],
        ],
        totals: [
          ['Gross pay', '1.663,20'],
          ['Net pay', '1.622,00'],
        ],
        note: 'Payment date 27-11-2026. This payslip was generated automatically and is valid without signature.',
      });
      return d;
    },
  },
  {
    slug: 'complaint-english-consultant',
    type: 'complaint',
    client: kidane.clientNumber,
    language: 'en',
    render: 'scan',
    crumple: 1,
    label: 'Typed complaint in English about not getting answers from the consultant, with client number, Kidane Tesfay',
    date: '2026-11-18',
    build: () => {
      const d = new Doc();
      const p = d.page();
      for (const l of ['Kidane Tesfay', kidane.street, kidane.city, 'Client number K-100136']) p.ln(l, { size: 10.5 });
      p.gap(14);
      for (const l of GEMEENTE) p.ln(l, { size: 10.5 });
      p.gap(14);
      p.ln('Voorbeeld, 18 November 2026', { size: 10.5 });
      p.ln('Subject: Complaint', { f: 'sansB', size: 10.5, after: 8 });
      p.p(
        `Dear Sir or Madam,

I want to make a complaint about the way my case is handled. Since August I sent four emails to my consultant about my housing costs and the letter about the "kostendelersnorm", because my nephew only stays with me some weeks. I never got a answer. When I call the number 14 0123 they say the consultant will call me back but nobody calls.

I do not understand the letters in Dutch very good. I asked two times if somebody can explain it in English or with a interpreter, this did not happen. Now my benefit is lower and I do not know why.

I ask you to investigate this complaint and to give me a answer in writing, and a appointment with a interpreter (Tigrinya or English).

Thank you.

Kind regards,`,
        { size: 10.5 },
      );
      p.t(p.left, p.y + 10, 'K. Tesfay', { f: 'hand', size: 18, color: BLUE_INK });
      return d;
    },
  },
  {
    slug: 'job-applications-email-prints',
    type: 'job_application_proof',
    client: yonas.clientNumber,
    language: 'en',
    render: 'scan',
    label: 'Printed confirmation emails of job applications in English, client number written on top, Yonas Berhane',
    date: '2026-12-01',
    build: () => {
      const d = new Doc();
      const p = d.page();
      scribble(p, 360, 40, ['Yonas Berhane K-100297'], { rot: 2, size: 13, ink: BLACK_INK });
      p.at(70);
      const mails: [string, string, string, string][] = [
        [
          'no-reply@careers.tulipfresh.example',
          '3 Nov 2026',
          'Your application for Production Worker (night)',
          'Dear Yonas,\n\nThank you for applying for the position of Production Worker at TulipFresh Foods. We have received your application and will review it carefully. You will hear from us within two weeks.\n\nTulipFresh Recruitment',
        ],
        [
          'jobs@bikeport.example',
          '12 Nov 2026',
          'Re: Application bicycle mechanic',
          'Hi Yonas,\n\nThanks for your CV. Unfortunately we are looking for someone who speaks Dutch at B1 level for the shop. We keep your details for the workshop position in the spring.\n\nBest, Marloes – BikePort',
        ],
        [
          'noreply@werkzoeken.example',
          '24 Nov 2026',
          'Application sent: Order picker – Voorbeeld',
          'Your application has been sent to Randstad for the job Order picker (32-40 hours). Good luck!\n\nThis is an automatically generated message.',
        ],
      ];
      for (const [from, date, subj, body] of mails) {
        p.line(p.left, p.y, p.right, p.y, 0.5, GREY);
        p.gap(6);
        p.ln(subj, { f: 'sansB', size: 11 });
        p.ln(`From: ${from}   ·   ${date}`, { size: 8, color: GREY });
        p.ln('To: yonas.berhane@example.net', { size: 8, color: GREY, after: 4 });
        p.p(body, { size: 9.5 });
      }
      return d;
    },
  },
  {
    slug: 'holiday-note-funeral-photo',
    type: 'holiday_notice',
    client: senait.clientNumber,
    language: 'en',
    render: 'photo',
    label: 'Photo of a handwritten English note about travelling abroad for a funeral, with name and birth date, Senait Kahsay',
    date: '2026-12-02',
    build: () => {
      const d = new Doc();
      const p = d.page();
      notebook(p, { top: 90, lh: 26 });
      handLines(
        p,
        [
          'To the municipality, work and income',
          '',
          'My name is Senait Kahsay, born 22-03-1960.',
          'I must travel to Kampala (Uganda) because',
          'my sister passed away. I leave on 9 December',
          'and I come back on 6 January 2027.',
          'My daughter will empty my mailbox.',
          'I am sorry it is short notice.',
          'Ticket is attached.',
          '',
          'Senait Kahsay',
          'Tulpstraat 19',
        ],
        { top: 116, lh: 26, size: 15, ink: BLUE_INK },
      );
      return d;
    },
  },
];
