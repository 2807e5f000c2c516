// Set K, English: letters and papers of English-speaking clients (many from the Horn of Africa).
import {
  BLACK_INK,
  BLUE_INK,
  C,
  Doc,
  euro,
  footer,
  GREY,
  groupIban,
  handLines,
  iban,
  letterhead,
  notebook,
  PAGE_W,
  RED,
  scribble,
  strangerBsn,
} from '../../independent-documents-d/docs/kit.ts';
import { DARK, OILCLOTH, type Spec } from '../../independent-documents-d/spec.ts';
import { chat, hand, squared } from './parts.ts';

const kidane = C('K-100136');
const selam = C('K-100241');
const dawit = C('K-100409');
const yonas = C('K-100297');
const luwam = C('K-100465');
const ermias = C('K-100185');
const senait = C('K-100353');

export const EN: Spec[] = [
  {
    slug: 'en-bed-mattress-special-assistance',
    type: 'benefit_application',
    client: kidane.clientNumber,
    language: 'en',
    render: 'scan',
    crumple: 1,
    label: 'Handwritten English request for special assistance (bijzondere bijstand): new beds after bedbugs',
    date: '2026-11-08',
    build() {
      const d = new Doc();
      const p = d.page();
      notebook(p, { top: 66, lh: 24, holes: true });
      handLines(
        p,
        [
          'To the Gemeente Voorbeeld, Werk en Inkomen',
          `From: Kidane Tesfay, ${kidane.street}`,
          `client number ${kidane.clientNumber}`,
          '',
          'Dear Sir / Madam,',
          '',
          'I am writing to ask for bijzondere bijstand. In October',
          'our flat had bedbugs (the housing company sent a man',
          'to spray, I have the paper). He said we must throw',
          'away the two mattresses and the bed of my son because',
          'the bugs live inside. Now we sleep on the floor.',
          'A bed and 2 mattresses at the Kringloop and IKEA cost',
          'together 420 euro (I attach the prices).',
          'I have only my uitkering and no savings.',
          'Please help us, my son is sick from the bites.',
          '',
          'Thank you very much,',
          'Kidane Tesfay     8/11/2026',
        ],
        { top: 90, lh: 24, size: 13.5, ink: BLACK_INK },
      );
      return d;
    },
  },
  {
    slug: 'en-medical-certificate-addis',
    type: 'medical_statement',
    client: selam.clientNumber,
    language: 'en',
    render: 'scan',
    copy: true,
    crumple: 1,
    label: 'Medical certificate from a clinic in Addis Ababa (English), copy of a copy, name and date of birth',
    date: '2026-10-11',
    build() {
      const d = new Doc('serif', 10.5);
      const p = d.page();
      p.t(PAGE_W / 2, 52, 'BETHEL GENERAL HOSPITAL', { f: 'serifB', size: 15, align: 'center' });
      p.t(PAGE_W / 2, 67, 'Bole Sub-City, Addis Ababa, Ethiopia · Tel +251 11 000 7733', { size: 8.5, align: 'center' });
      p.line(p.left, 76, p.right, 76, 1.2);
      p.at(92);
      p.ln('MEDICAL CERTIFICATE', { f: 'serifB', size: 13, align: 'center', after: 8 });
      p.kv(
        [
          ['Name:', 'Selam Habte'],
          ['Age / Sex:', '44 / F'],
          ['Date of birth:', '15/09/1982'],
          ['Card No.:', 'BGH-26-08812'],
          ['Date of examination:', '02/10/2026'],
        ],
        { labelW: 130 },
      );
      p.p(
        `This is to certify that the above named patient was seen at our outpatient department and admitted from 02/10/2026 to 07/10/2026 with the diagnosis of severe typhoid fever with dehydration.

She was treated with IV fluids and antibiotics and has improved. She is advised to rest for 21 (twenty one) days from the date of discharge and is not fit for air travel until 20/10/2026.

This certificate is given upon the request of the patient.`,
        { lh: 15 },
      );
      p.gap(10);
      p.t(p.left, p.y + 18, 'Dr. Meseret Alemu', { f: 'hand', size: 16, color: BLUE_INK });
      p.gap(28);
      p.ln('Internist, Reg. No. EMA/4471', { size: 9 });
      p.stamp(420, p.y - 10, ['BETHEL GENERAL', 'HOSPITAL', 'MEDICAL DIRECTOR'], { rot: 9, color: [0.35, 0.2, 0.6], size: 8.5 });
      return d;
    },
  },
  {
    slug: 'en-online-bank-statement-printed',
    type: 'bank_statement',
    client: dawit.clientNumber,
    language: 'en',
    render: 'scan',
    crumple: 0,
    label: 'English statement of an online bank (printed from the app) with a client number written on top',
    date: '2026-11-04',
    build() {
      const d = new Doc('sans', 9);
      const p = d.page();
      letterhead(p, 'nordpay', ['Nordpay Bank N.V.', 'Keizerslaan 1, Amsterdam', 'Statement generated 04 Nov 2026'], {
        color: [0.1, 0.1, 0.1],
      });
      p.ln('EUR statement', { f: 'sansB', size: 14 });
      p.ln('1 October 2026 – 31 October 2026', { size: 9, color: GREY, after: 8 });
      p.kv(
        [
          ['Account holder', 'Dawit Tekle'],
          ['IBAN', groupIban(iban('NDPY', 'dtekle'))],
          ['Opening balance', '€ 41.09'],
          ['Closing balance', '€ 118.64'],
        ],
        { labelW: 110 },
      );
      p.table(
        [
          { h: 'Date', w: 70 },
          { h: 'Description', w: 240 },
          { h: 'Money out', w: 80, r: true },
          { h: 'Money in', w: 80, r: true },
        ],
        [
          ['01 Oct', 'Gemeente Voorbeeld – uitkering', '', '1,084.12'],
          ['02 Oct', 'Woonstichting Thuis', '571.30', ''],
          ['05 Oct', 'Transfer to M. Tekle (Asmara) via remit', '150.00', ''],
          ['09 Oct', 'Lidl', '38.17', ''],
          ['12 Oct', 'Lebara top-up', '15.00', ''],
          ['17 Oct', 'Zilveren Kruis', '139.65', ''],
          ['21 Oct', 'From: A. Gebre – "loan back"', '', '60.00'],
          ['24 Oct', 'Aldi', '29.40', ''],
          ['30 Oct', 'NS OV-chipkaart top-up', '20.00', ''],
          ['31 Oct', 'Card payment Action', '12.95', ''],
        ],
        { size: 8.5, zebra: [0.96, 0.96, 0.96] },
      );
      footer(p, 'Nordpay Bank N.V. is supervised by DNB. Deposits are protected up to €100,000.');
      scribble(p, 380, 92, [dawit.clientNumber], { rot: -6, size: 16 });
      return d;
    },
  },
  {
    slug: 'en-complaint-consultant-email',
    type: 'complaint',
    client: yonas.clientNumber,
    language: 'en',
    render: 'digital',
    label: 'English e-mail complaint about a consultant who refused an interpreter and lost documents',
    date: '2026-11-11',
    author: 'Yonas Berhane',
    build() {
      const d = new Doc();
      const p = d.page();
      p.left = 48;
      p.right = 547;
      p.at(36);
      p.t(p.left, 44, 'Mail', { f: 'sansB', size: 13, color: [0.2, 0.4, 0.8] });
      p.t(p.right, 44, 'yonas.berhane@example.net', { size: 8, align: 'right', color: GREY });
      p.line(p.left, 52, p.right, 52, 0.5, GREY);
      p.at(64);
      p.kv(
        [
          ['From:', 'Yonas Berhane <yonas.berhane@example.net>'],
          ['Date:', 'Wednesday 11 November 2026 08:12'],
          ['To:', 'klachten@gemeente-voorbeeld.example'],
          ['Subject:', 'Complaint – my consultant'],
        ],
        { lf: 'sansB', labelW: 60, size: 9.5, after: 10 },
      );
      p.p(
        `Dear complaints department,

My name is Yonas Berhane, client number ${yonas.clientNumber}. I want to make an official complaint (klacht) about my consultant at Werk en Inkomen.

1. Three times I handed in my payslips at the desk. Each time she says she did not receive them and my uitkering is stopped for two weeks until it is "found". I have photos of the receipts from the desk.
2. I asked for an interpreter in Tigrinya for the meeting about my re-integration plan. She said this is not possible and I must bring a friend. My friend could not come, so I signed a paper I did not understand.
3. When I called, she said I was "difficult" and hung up.

I would like an apology, a new consultant, and that the plan I signed is discussed again with an interpreter.

Kind regards,
Yonas Berhane
${yonas.street}`,
        { size: 10, lh: 14.5 },
      );
      return d;
    },
  },
  {
    slug: 'en-uwv-letter-with-note',
    type: 'uwv_decision',
    client: luwam.clientNumber,
    language: 'en',
    render: 'scan',
    crumple: 1,
    label: 'English note asking what a UWV letter means, stapled to the UWV decision on sickness benefit (2 pages, BSN)',
    date: '2026-11-16',
    build() {
      const d = new Doc();
      const p = d.page();
      squared(p);
      hand(
        p,
        [
          'Hello,',
          'I got this letter from UWV. My neighbour says it means',
          'my sickness money (ziektewet) stops. Is this true?',
          'What must I do, will the gemeente pay again?',
          'I do not understand Dutch letters very well.',
          '',
          'Luwam Asmerom',
          '16 Nov 2026',
        ],
        { top: 90, lh: 28.4, size: 15, ink: BLUE_INK },
      );
      const q = d.page();
      q.font = 'sans';
      q.t(q.left, 56, 'UWV', { f: 'sansB', size: 22, color: [0.0, 0.3, 0.6] });
      q.at(100);
      q.p(`Mevrouw L. Asmerom\n${luwam.street}\n${luwam.city}`, { lh: 14 });
      q.gap(14);
      q.kv(
        [
          ['Datum', '9 november 2026'],
          ['Burgerservicenummer', luwam.bsn],
          ['Onderwerp', 'Beslissing Ziektewet-uitkering'],
        ],
        { labelW: 130, size: 9.5 },
      );
      q.p(
        `Beste mevrouw Asmerom,

Op 3 november 2026 heeft u een gesprek gehad met onze verzekeringsarts. Hij vindt dat u weer geschikt bent voor uw eigen werk of vergelijkbaar werk. Daarom stopt uw Ziektewet-uitkering op 24 november 2026.

Wat betekent dit voor u?
Na 24 november 2026 krijgt u geen Ziektewet-uitkering meer van ons. Heeft u geen werk? Dan kunt u misschien een WW-uitkering aanvragen of bijstand bij uw gemeente.

Bent u het niet eens met deze beslissing? U kunt binnen 6 weken bezwaar maken.

Met vriendelijke groet,
UWV, afdeling Ziektewet`,
        { lh: 14.5 },
      );
      footer(q, 'Kenmerk ZW-2026-11-0218 · pagina 1 van 1');
      return d;
    },
  },
  {
    slug: 'en-tax-letter-zorgtoeslag-note',
    type: 'tax_document',
    client: ermias.clientNumber,
    language: 'en',
    render: 'scan',
    crumple: 1,
    label: 'English handwritten question on top of a Belastingdienst letter reclaiming healthcare allowance (2 pages, BSN)',
    date: '2026-11-19',
    build() {
      const d = new Doc('sans', 10);
      const p = d.page();
      p.t(p.left, 56, 'Belastingdienst', { f: 'sansB', size: 16, color: [0.05, 0.2, 0.5] });
      p.t(p.left, 70, '/ Toeslagen', { size: 10, color: [0.05, 0.2, 0.5] });
      p.at(110);
      p.p(`De heer E. Ghebremedhin\n${ermias.street}\n${ermias.city}`, { lh: 14 });
      p.gap(14);
      p.kv(
        [
          ['Datum', '12 november 2026'],
          ['Burgerservicenummer', ermias.bsn],
          ['Onderwerp', 'Definitieve berekening zorgtoeslag 2024'],
        ],
        { labelW: 130, size: 9.5 },
      );
      p.p(
        `Geachte heer Ghebremedhin,

Wij hebben uw zorgtoeslag over 2024 definitief berekend. U had recht op € 1.308. U heeft € 1.476 ontvangen. U moet daarom € 168 terugbetalen.

Waarom moet u terugbetalen?
Uw inkomen over 2024 was hoger dan u aan ons had doorgegeven.`,
        { lh: 14.5 },
      );
      p.table(
        [
          { h: '', w: 260 },
          { h: 'Bedrag', w: 120, r: true },
        ],
        [
          ['Ontvangen zorgtoeslag 2024', `€ ${euro(1476)}`],
          ['Recht op zorgtoeslag 2024', `€ ${euro(1308)}`],
          ['Terug te betalen', `€ ${euro(168)}`],
        ],
      );
      p.p('U krijgt hierover nog een aparte betalingsbrief met de betaalgegevens.', { lh: 14 });
      hand(p, ['Why must I pay back? In 2024 I only had', 'the uitkering from gemeente + 3 months', 'work. Please check. Ermias'], {
        top: 620,
        size: 14,
        ink: RED,
      });
      footer(p, 'pagina 1 van 2');
      const q = d.page();
      q.at(60);
      q.ln('Bijlage: berekening', { f: 'sansB', size: 11 });
      q.table(
        [
          { h: 'Gegevens', w: 260 },
          { h: '2024', w: 120, r: true },
        ],
        [
          ['Toetsingsinkomen (Belastingdienst)', `€ ${euro(27840)}`],
          ['Geschat inkomen (door u opgegeven)', `€ ${euro(19500)}`],
          ['Maanden verzekerd', '12'],
        ],
      );
      q.p('Bent u het niet eens met deze beslissing? Dan kunt u binnen 6 weken bezwaar maken via Mijn toeslagen.', { lh: 14 });
      footer(q, 'pagina 2 van 2');
      return d;
    },
  },
  {
    slug: 'en-bank-statement-phone-photo',
    type: 'bank_statement',
    client: senait.clientNumber,
    language: 'en',
    render: 'photo',
    table: OILCLOTH,
    label: 'Phone photo of a printed bank statement page with an English note and client number',
    date: '2026-11-24',
    build() {
      const d = new Doc('sans', 9);
      const p = d.page();
      letterhead(p, 'Voorbeeldse Spaarbank', ['Marktplein 1', '1231 TA Voorbeeld'], { color: [0.0, 0.35, 0.6] });
      p.ln('Rekeningafschrift nr. 11 / 2026', { f: 'sansB', size: 11, after: 4 });
      p.kv(
        [
          ['Naam', 'S. Kahsay'],
          ['Rekening', groupIban(iban('VSBK', 'skahsay'))],
        ],
        { labelW: 80 },
      );
      p.table(
        [
          { h: 'Datum', w: 55 },
          { h: 'Omschrijving', w: 250 },
          { h: 'Af', w: 70, r: true },
          { h: 'Bij', w: 70, r: true },
        ],
        [
          ['01-11', 'Gemeente Voorbeeld', '', '1.091,00'],
          ['01-11', 'Woonstichting Thuis', '602,15', ''],
          ['04-11', 'Eritrean Church Voorbeeld – gift', '10,00', ''],
          ['08-11', 'Dirk van den Broek', '44,31', ''],
          ['15-11', 'T. Kahsay', '', '250,00'],
          ['18-11', 'Vattenfall', '88,00', ''],
          ['22-11', 'Apotheek Centrum', '12,50', ''],
        ],
        { size: 8.5 },
      );
      p.ellipse(270, 312, 120, 10, { stroke: RED, lw: 1.2 });
      hand(p, ['250 from my daughter Tsega for my', 'new glasses — not income!', `Senait Kahsay ${senait.clientNumber}`], {
        top: 420,
        size: 14,
        ink: BLUE_INK,
      });
      return d;
    },
  },
  {
    slug: 'en-payslip-restaurant-stranger',
    type: 'payslip',
    client: null,
    language: 'en',
    render: 'photo',
    table: DARK,
    label: 'Photo of a restaurant payslip with an English sticky note; the employee is not in the directory',
    date: '2026-11-03',
    build() {
      const d = new Doc('sans', 9);
      const p = d.page();
      p.at(50);
      p.ln('Restaurant Zeezicht B.V.', { f: 'sansB', size: 12 });
      p.ln('Boulevard 3 · 1239 ZA Voorbeeld', { size: 8.5, after: 10 });
      p.ln('LOONSTROOK oktober 2026', { f: 'sansB', size: 11, after: 4 });
      p.kv(
        [
          ['Naam', 'A. Tsegaye'],
          ['BSN', strangerBsn('tsegaye-k')],
          ['Functie', 'afwasser'],
        ],
        { labelW: 90 },
      );
      p.table(
        [
          { h: 'Omschrijving', w: 240 },
          { h: 'Bedrag', w: 100, r: true },
        ],
        [
          ['Uren 71,5 × 14,40', euro(1029.6)],
          ['Vakantiegeld', euro(82.37)],
          ['Bruto', euro(1111.97)],
          ['Loonheffing', euro(-41.22)],
          ['Netto', euro(1070.75)],
        ],
      );
      p.rect(330, 420, 190, 150, { fill: [0.99, 0.93, 0.45] });
      hand(p, ['for my file,', 'salary October.', 'Abel'], { x: 345, top: 455, lh: 26, size: 15, ink: BLACK_INK });
      return d;
    },
  },
  {
    slug: 'en-objection-typed-sanction',
    type: 'objection',
    client: dawit.clientNumber,
    language: 'en',
    render: 'digital',
    label: 'English typed objection against a reduction of benefit for missing a language course',
    date: '2026-11-23',
    author: 'Dawit',
    build() {
      const d = new Doc('serif', 11);
      const p = d.page();
      p.at(56);
      p.p(
        `Dawit Tekle
${dawit.street}
${dawit.city}
Client number: ${dawit.clientNumber}

To: Municipality of Voorbeeld
Team Bezwaar en Beroep
Postbus 1234
1230 AA Voorbeeld

Voorbeeld, 23 November 2026

Subject: Objection (bezwaar) against your decision of 13 November 2026

Dear Sir or Madam,

I object to your decision of 13 November 2026 to reduce my benefit by 10% for one month because I "did not attend" the Dutch language course in October.

I missed four lessons because I was in hospital (appendix operation, 8–11 October) and after that I could not walk well. I told the school by telephone and I gave the letter from the hospital to my consultant on 20 October. The course teacher can confirm this.

I ask you to cancel the reduction. I would also like to be heard in person.

Yours faithfully,`,
        { lh: 15.5 },
      );
      p.gap(24);
      p.ln('Dawit Tekle');
      return d;
    },
  },
  {
    slug: 'en-whatsapp-employer-job-proof',
    type: 'job_application_proof',
    client: selam.clientNumber,
    language: 'en',
    render: 'scan',
    crumple: 0,
    label: 'Printed WhatsApp chat with a cleaning company about a job application (English), client number written on it',
    date: '2026-11-20',
    build() {
      const d = new Doc();
      const p = d.page();
      chat(
        p,
        'Clean&Co – Jeroen (planning)',
        [
          {
            me: true,
            s: 'Hello, my name is Selam. I saw your\nvacancy for cleaner in the offices. I\nsend my CV on email yesterday.',
            t: '09:14',
          },
          { me: false, s: 'Hi Selam, thanks. Do you speak\nsome Dutch? And can you work\nevenings 18-22h?', t: '10:02' },
          { me: true, s: 'Yes a little bit, I am in A2 course.\nEvenings is ok, Monday to Thursday.', t: '10:05' },
          { me: false, s: 'Ok. Can you come Thursday 19 Nov\n14:00 to the office Industrieweg 5?', t: '10:31' },
          { me: true, s: 'Yes I will come. Thank you!', t: '10:32' },
          {
            me: false,
            s: 'Thanks for coming today. We chose\nsomeone with more experience, sorry.\nWe keep your CV for later.',
            t: '16:48',
          },
        ],
        { day: '17 november 2026' },
      );
      scribble(p, 360, 720, [`${selam.clientNumber}`, 'bewijs sollicitatie'], { rot: 5, size: 15 });
      return d;
    },
  },
];
