// Set H, English: expats, students, partners of Dutch citizens, Eritrean and Nigerian writers, nurses.
import type { Spec } from '../spec.ts';
import { OAK, OILCLOTH, WHITE_TABLE } from '../spec.ts';
import {
  BLACK_INK,
  BLUE_INK,
  C,
  checkbox,
  clientLetter,
  Doc,
  euro,
  footer,
  GEMEENTE_EN,
  GREY,
  groupIban,
  handLines,
  iban,
  letterhead,
  notebook,
  outlook,
  phoneLetter,
  scribble,
  section,
  signature,
} from './kit.ts';

const KT = C('K-100136'); // Kidane Tesfay
const EG = C('K-100185'); // Ermias Ghebremedhin
const SH = C('K-100241'); // Selam Habte
const YB = C('K-100297'); // Yonas Berhane
const SK = C('K-100353'); // Senait Kahsay
const DT = C('K-100409'); // Dawit Tekle
const LA = C('K-100465'); // Luwam Asmerom

export const EN: Spec[] = [
  {
    slug: 'payslip-northgate-tekle',
    type: 'payslip',
    client: DT.clientNumber,
    language: 'en',
    render: 'digital',
    label: 'Monthly payslip in English from an international warehouse employer (Tekle, BSN)',
    date: '2026-10-25',
    build: () => {
      const d = new Doc('sans', 9);
      const p = d.page();
      letterhead(
        p,
        'Northgate Logistics B.V.',
        ['Europalaan 300, 5232 BC ’s-Hertogenbosch', 'payroll@northgate-logistics.example', 'Loonheffingennr. 8571.22.940.L01'],
        {
          color: [0.1, 0.25, 0.45],
        },
      );
      p.ln('PAYSLIP — October 2026', { f: 'sansB', size: 13, after: 6 });
      p.kv(
        [
          ['Employee', 'D. Tekle'],
          ['Address', 'Beatrixstraat 99, 1232 HL Voorbeeld'],
          ['Citizen service no. (BSN)', '999937285'],
          ['Employee ID', 'NG-04821'],
          ['Job title', 'Warehouse associate (inbound)'],
          ['Contract hours', '32 per week'],
          ['Period', '01-10-2026 to 31-10-2026'],
        ],
        { labelW: 150, size: 9 },
      );
      p.table(
        [
          { h: 'Description', w: 240 },
          { h: 'Units', w: 60, r: true },
          { h: 'Rate', w: 70, r: true },
          { h: 'Amount', w: 97, r: true },
        ],
        [
          ['Base pay', '138,67', '15,02', euro(2082.82)],
          ['Shift allowance (evening) 20%', '42,00', '3,00', euro(126.0)],
          ['Travel allowance (19 days × 22 km)', '', '', euro(97.85)],
          ['Gross taxable', '', '', euro(2208.82)],
          ['Wage tax / social security', '', '', `-${euro(161.33)}`],
          ['Pension contribution (employee, PFZW)', '', '', `-${euro(88.35)}`],
          ['Net pay', '', '', euro(2056.99)],
        ],
        { size: 8.6, zebra: [0.94, 0.95, 0.97] },
      );
      p.kv(
        [
          ['Holiday allowance accrued (8%)', euro(176.71)],
          ['Holiday hours balance', '61,5'],
          ['Paid to', groupIban(iban('INGB', 'h-tekle'))],
          ['Year to date gross', euro(18760.4)],
        ],
        { labelW: 200, size: 8.6 },
      );
      footer(p, 'Questions about your payslip? Contact HR via the Northgate employee portal. This payslip was generated electronically.');
      return d;
    },
  },
  {
    slug: 'statement-partner-conflict',
    type: 'bank_statement',
    client: null,
    conflict: [YB.clientNumber, SH.clientNumber],
    language: 'en',
    render: 'scan',
    crumple: 1,
    label: 'English bank statement of one client with a note naming his partner, both client numbers',
    date: '2026-11-04',
    build: () => {
      const d = new Doc('sans', 9);
      const p = d.page();
      p.t(p.left, 54, 'KADE', { f: 'sansB', size: 22, color: [0.0, 0.5, 0.45] });
      p.t(p.left + 70, 54, 'bank', { size: 14, color: [0.0, 0.5, 0.45] });
      p.t(p.right, 44, 'Kade Bank N.V. · Amsterdam', { size: 7.5, color: GREY, align: 'right' });
      p.at(84);
      p.ln('Account statement', { f: 'sansB', size: 13 });
      p.kv(
        [
          ['Account holder', 'Y. Berhane'],
          ['IBAN', groupIban(iban('KADE', 'h-berhane'))],
          ['Period', '1 October 2026 – 31 October 2026'],
          ['Opening balance', '€ 214,08'],
          ['Closing balance', '€ 37,51'],
        ],
        { labelW: 110, size: 9 },
      );
      p.table(
        [
          { h: 'Date', w: 60 },
          { h: 'Description', w: 260 },
          { h: 'Out', w: 70, r: true },
          { h: 'In', w: 77, r: true },
        ],
        [
          ['01-10', 'Gemeente Voorbeeld bijstand okt', '', '1.021,35'],
          ['01-10', 'Woonstichting Het Anker huur Lindelaan 136', '612,40', ''],
          ['03-10', 'S. HABTE (share rent)', '', '300,00'],
          ['04-10', 'Lidl Voorbeeld', '48,17', ''],
          ['10-10', 'Transfer to Eritrea (via WorldRemit)', '150,00', ''],
          ['15-10', 'Odido mobile', '22,50', ''],
          ['21-10', 'Zorgverzekeraar Rijnzorg', '138,95', ''],
          ['28-10', 'Action Voorbeeld', '19,90', ''],
          ['30-10', 'Eneco energy', '96,00', ''],
        ],
        { size: 8.3, zebra: [0.93, 0.97, 0.96] },
      );
      scribble(p, 300, 90, ['K-100297 Yonas'], { rot: 3, size: 15 });
      scribble(
        p,
        70,
        560,
        [
          'My partner Selam Habte (K-100241) pays me 300 for the rent',
          'because we live together now at Lindelaan. Please put this',
          'in her file also. Yonas',
        ],
        {
          rot: 1,
          size: 12.5,
        },
      );
      return d;
    },
  },
  {
    slug: 'fintra-statement-ermias',
    type: 'bank_statement',
    client: EG.clientNumber,
    language: 'en',
    render: 'photo',
    table: OILCLOTH,
    label: 'Printed app bank statement (Ghebremedhin) with his client number added by hand, photographed',
    date: '2026-11-08',
    build: () => {
      const d = new Doc('sans', 9.5);
      const p = d.page();
      p.at(50);
      p.ln('fintra', { f: 'sansB', size: 20, color: [0.4, 0.2, 0.7] });
      p.ln('EUR statement', { f: 'sansB', size: 14 });
      p.ln('Generated on 8 November 2026', { size: 8.5, color: GREY, after: 6 });
      p.kv(
        [
          ['Name', 'ERMIAS GHEBREMEDHIN'],
          ['Address', 'Eikenlaan 139, 1238 CG Voorbeeld, NL'],
          ['IBAN', 'LT41 3250 0418 2277 6203'],
        ],
        { labelW: 70, size: 9 },
      );
      p.ln('Balance summary', { f: 'sansB', size: 10.5 });
      p.table(
        [
          { h: 'Product', w: 160 },
          { h: 'Opening balance', w: 100, r: true },
          { h: 'Money out', w: 70, r: true },
          { h: 'Money in', w: 70, r: true },
          { h: 'Closing', w: 67, r: true },
        ],
        [['Account (Current)', '€64.20', '€512.60', '€480.00', '€31.60']],
        { size: 8.5 },
      );
      p.ln('Account transactions from 1 October 2026 to 31 October 2026', { f: 'sansB', size: 10.5 });
      p.table(
        [
          { h: 'Date', w: 80 },
          { h: 'Description', w: 250 },
          { h: 'Money out', w: 70, r: true },
          { h: 'Money in', w: 67, r: true },
        ],
        [
          ['2 Oct 2026', 'Transfer from ING account E GHEBREMEDHIN', '', '€300.00'],
          ['2 Oct 2026', 'To MEKDES T (Asmara) — family support', '€250.00', ''],
          ['9 Oct 2026', 'Albert Heijn 1874', '€61.40', ''],
          ['14 Oct 2026', 'Transfer from SOLOMON A — repaid loan', '', '€180.00'],
          ['19 Oct 2026', 'NS Reizen', '€23.20', ''],
          ['26 Oct 2026', 'To Habesha Market Rotterdam', '€178.00', ''],
        ],
        { size: 8.3, zebra: [0.95, 0.94, 0.98] },
      );
      p.p('Report lost or stolen cards: +370 5 214 3608. fintra is a licensed e-money institution (not a bank).', {
        size: 7.5,
        color: GREY,
      });
      scribble(p, 330, 48, ['K-100185', 'second account (fintra)'], { rot: -4, size: 14 });
      return d;
    },
  },
  {
    slug: 'change-son-moved-kidane',
    type: 'change_form',
    client: KT.clientNumber,
    language: 'en',
    render: 'digital',
    label: 'Change of circumstances typed on a phone: adult son moved out',
    date: '2026-11-19',
    build: () => {
      const d = new Doc('sans', 11);
      const p = d.page();
      phoneLetter(
        p,
        'To: Gemeente Voorbeeld, Work and income\nSubject: change in my household — client nr K-100136\n\nDear Sir/Madam\n\nI want to inform you my son Filmon (22 years) is moved out from my house on 15 November 2026. He got a room in Utrecht for his study (HBO). He is now registered on the new address, he did it himself at gemeente Utrecht.\n\nSo from now I live alone at Burgemeester de Withof 78. I understand my benefit can change because of this (he was paying me costs sharing). Please let me know what I have to do and if you need papers from him.\n\nThank you very much for your help.\n\nKind regards\nKidane Tesfay\nTel 06 4128 3390\n\nSent from my Galaxy',
        { size: 11.5 },
      );
      return d;
    },
  },
  {
    slug: 'application-okafor-divorce',
    type: 'benefit_application',
    client: null,
    language: 'en',
    render: 'scan',
    crumple: 0,
    label: 'Formal English application letter for assistance from a Nigerian writer not in the directory',
    date: '2026-11-11',
    build: () => {
      const d = new Doc('serif', 10.5);
      const p = d.page();
      clientLetter(p, {
        from: ['Mr. Chukwuemeka I. Okafor', 'Populierenhof 22', '1230 PC Voorbeeld', 'Tel: 06 8812 0047'],
        to: GEMEENTE_EN,
        place: 'Voorbeeld, 11th November 2026',
        subject: 'APPLICATION FOR SOCIAL ASSISTANCE (BIJSTAND)',
      });
      p.p(
        'Dear Sir/Madam,\n\nI humbly write to apply for social assistance (bijstand) from your good office, in view of my present circumstances which I wish to explain below.\n\nI am a Nigerian national residing in the Netherlands since 2019 on a residence permit as the partner of a Dutch citizen. In September 2026 my wife and I separated and I moved out of our home in Amersfoort. I am now staying temporarily with a friend at the above address and I have registered there with the municipality (BRP) on 4th November 2026.\n\nUntil 30th September 2026 I was employed as a security officer on a temporary contract which was not renewed. I have applied to the UWV for unemployment benefit but was informed that I do not qualify because I did not work long enough in the last 36 weeks. I currently have no income and my savings are exhausted.\n\nI am actively looking for employment and I hold a valid security diploma (Beveiliger 2). I am also attending Dutch classes at level A2.\n\nI therefore kindly request that you consider my application and grant me assistance from 1st November 2026. I am ready to provide all documents required, including my residence permit, bank statements and the UWV letter.\n\nThank you for your kind consideration. I look forward to your favourable response.',
        { size: 10.3 },
      );
      p.ln('Yours faithfully,', { size: 10.3 });
      signature(p, 'C. I. Okafor');
      return d;
    },
  },
  {
    slug: 'application-form-reyes-nurse',
    type: 'benefit_application',
    client: null,
    language: 'en',
    render: 'scan',
    crumple: 1,
    label: 'English-language application form for assistance filled in by hand by a Filipino nurse not in the directory',
    date: '2026-10-28',
    build: () => {
      const d = new Doc('sans', 9.5);
      const p = d.page();
      p.rect(p.left, 34, 30, 30, { fill: [0.1, 0.35, 0.3] });
      p.t(p.left + 15, 55, 'V', { f: 'serifB', size: 20, color: [1, 1, 1], align: 'center' });
      p.t(p.left + 38, 46, 'Municipality of Voorbeeld', { f: 'sansB', size: 12, color: [0.1, 0.35, 0.3] });
      p.t(p.left + 38, 59, 'Work and Income', { size: 8.5, color: GREY });
      p.at(84);
      p.ln('Application for social assistance (Participatiewet)', { f: 'sansB', size: 14 });
      p.p('English version for information. Please return to: Team Poort, Postbus 1234, 1230 AA Voorbeeld.', { size: 8.5, color: GREY });
      section(p, '1. Personal details');
      const box = (label: string, value: string) => {
        p.t(p.left, p.y + 13, label, { size: 9 });
        p.rect(p.left + 160, p.y, p.right - p.left - 160, 19, { stroke: [0.3, 0.3, 0.3], lw: 0.6 });
        if (value) p.t(p.left + 165, p.y + 14, value, { f: 'hand', size: 12.5, color: BLUE_INK });
        p.gap(23);
      };
      box('Surname', 'REYES - DE GROOT');
      box('First names', 'Jonalyn Mae');
      box('Date of birth', '14 / 02 / 1988');
      box('Nationality', 'Filipino');
      box('Address', 'Spoorlaan 140 B, Voorbeeld');
      box('Citizen service number (BSN)', '(letter from gemeente Zwolle, will bring)');
      section(p, '2. Your situation');
      checkbox(p, p.left, p.y, 'I live alone', true);
      checkbox(p, p.left + 160, p.y, 'I have a partner', false);
      checkbox(p, p.left + 320, p.y, 'I have children living with me', false);
      p.gap(20);
      box('Since when do you need assistance?', '1 November 2026');
      box('Last employer', 'Zorgcentrum Het Baken (care home), nurse');
      p.t(p.left, p.y + 10, 'Why are you applying?', { size: 9 });
      p.gap(14);
      handLines(
        p,
        [
          'I came to NL in 2022 to work as nurse. I married Dutch man 2024,',
          'we are separated since August. My contract ended because my BIG',
          'registration is not finished yet (language exam C1 in January).',
          'I have no income now and must pay rent 690 euro.',
        ],
        { x: p.left + 4, top: p.y + 16, lh: 21, size: 12 },
      );
      p.gap(10);
      p.t(p.left, p.y + 10, 'Date: 28-10-2026', { size: 9 });
      p.t(p.left + 220, p.y + 10, 'Signature:', { size: 9 });
      p.t(p.left + 280, p.y + 12, 'J. Reyes', { f: 'hand', size: 16, color: BLUE_INK });
      return d;
    },
  },
  {
    slug: 'applications-email-senait',
    type: 'job_application_proof',
    client: SK.clientNumber,
    language: 'en',
    render: 'digital',
    label: 'Outlook printout: a client sends her job applications to her work consultant',
    date: '2026-11-27',
    build: () => {
      const d = new Doc('serif', 10);
      const p = d.page();
      outlook(
        p,
        'Senait Kahsay',
        {
          from: 'Senait Kahsay <senait.kahsay@example.com>',
          to: 'werk@gemeente-voorbeeld.example',
          date: 'Friday 27 November 2026 16:02',
          subject: 'my applications November — K-100353',
          attachments: 'screenshot1.jpg; screenshot2.jpg',
        },
        'Hello,\n\nHere are my applications of this month like we agreed in the meeting.\n\n1. 4 Nov — Schoonmaakbedrijf Glans & Co, cleaner in the hospital (morning). I sent CV by email. They said no, need Dutch A2 exam.\n2. 10 Nov — Vrijwilligerscentrale: kitchen volunteer in buurthuis De Ster. I start there on Tuesdays.\n3. 17 Nov — HEMA Voorbeeld, vacancy in the shop. Applied online, no answer yet.\n4. 24 Nov — Thuiszorg Zonnehof, household help (huishoudelijke hulp). Interview 3 December at 10:00!\n\nMy knee is still a problem for long standing, I told this also to Thuiszorg.\n\nRegards,\nSenait Kahsay\nK-100353',
        {
          head: {
            from: 'Thuiszorg Zonnehof <vacatures@zonnehof.example>',
            to: 'Senait Kahsay',
            date: 'Tuesday 24 November 2026 11:40',
            subject: 'Uitnodiging sollicitatiegesprek',
          },
          body: 'Beste Senait,\n\nBedankt voor je sollicitatie als huishoudelijk medewerker. Wij nodigen je graag uit voor een kennismakingsgesprek op donderdag 3 december om 10.00 uur op ons kantoor aan de Kerkstraat 12.\n\nMet vriendelijke groet,\nAnouk Bremer, recruiter',
        },
      );
      return d;
    },
  },
  {
    slug: 'job-list-two-friends-conflict',
    type: 'job_application_proof',
    client: null,
    conflict: [DT.clientNumber, KT.clientNumber],
    language: 'en',
    render: 'scan',
    crumple: 2,
    label: 'Handwritten list of applications written for two clients at once, both client numbers',
    date: '2026-11-25',
    build: () => {
      const d = new Doc('sans', 10);
      const p = d.page();
      notebook(p, { top: 64, lh: 24, holes: true });
      handLines(
        p,
        [
          'Job applications November',
          'Dawit Tekle K-100409  and  Kidane Tesfay K-100136',
          '(we search together, Kidane no computer so I write for him)',
          '',
          '2/11  Flora Holland, Naaldwijk - orderpicker - both, online',
          '5/11  Bakkerij Van Stijn - night packing - Dawit',
          '9/11  Start People office - registered both',
          '12/11 PostNL Voorbeeld - sorting - Kidane, no answer',
          '18/11 Gemeente groen (plantsoenendienst) - both, interview',
          '        only Dawit invited 26/11',
          '23/11 Taxi company Ster - driver - Kidane (has license B)',
          '',
          'Signed  D. Tekle      Kidane T.',
        ],
        { top: 88, lh: 24, size: 13.2 },
      );
      return d;
    },
  },
  {
    slug: 'psychologist-letter-luwam-fax',
    type: 'medical_statement',
    client: LA.clientNumber,
    language: 'en',
    render: 'fax',
    faxHeader: '02-12-2026 09:47  SAHEL PSYCHOTRAUMA CENTRUM  +31 30 700 2185',
    label: 'Faxed English letter from a trauma psychologist about a client (name and birth date)',
    date: '2026-12-02',
    build: () => {
      const d = new Doc('serif', 10.5);
      const p = d.page();
      letterhead(p, 'Sahel Psychotrauma Centrum', ['Vondellaan 80, 3521 GH Utrecht', 'T 030 700 2180 · F 030 700 2185', 'AGB 94-004122'], {
        color: [0.2, 0.2, 0.2],
        f: 'serifB',
      });
      p.kv(
        [
          ['Date', '2 December 2026'],
          ['Re', 'Ms Luwam Asmerom, born 8 June 1970'],
          ['To', 'Municipality of Voorbeeld, Work and Income — werk consultant'],
        ],
        { labelW: 60, size: 10 },
      );
      p.p(
        'To whom it may concern,\n\nAt the request of and with written consent from the above-named client, I confirm that Ms Asmerom has been in treatment at our centre since March 2026 for complex post-traumatic stress disorder, related to her experiences before and during her flight from Eritrea and in Libya.\n\nShe attends weekly sessions (EMDR and narrative exposure therapy) with an interpreter for Tigrinya. Her concentration, sleep and tolerance of stress are currently significantly reduced. In my professional opinion, participation in a full-time work or training programme is not feasible in the coming six months. A gradual start with light, structured daytime activities of at most 8 hours per week (for example volunteering) is advised, preferably in consultation with us.\n\nI will be happy to provide further information to a medical adviser, but not to non-medical staff. Please treat this letter as confidential.',
        { size: 10.2 },
      );
      p.ln('Kind regards,', { size: 10.2 });
      p.t(p.left, p.y + 18, 'H. van Oirschot', { f: 'hand', size: 16, color: BLACK_INK });
      p.gap(28);
      p.ln('drs. H. van Oirschot, GZ-psycholoog (BIG 39112204825)', { size: 9.5 });
      p.ln('CONFIDENTIAL — MEDICAL', { f: 'serifB', size: 11, after: 2 });
      return d;
    },
  },
  {
    slug: 'residence-permit-dela-cruz',
    type: 'identity_document',
    client: null,
    language: 'en',
    render: 'photo',
    table: WHITE_TABLE,
    label: 'Copy of a Dutch residence permit of a Filipino nurse not in the directory, with an English note',
    date: '2026-11-13',
    build: () => {
      const d = new Doc('sans', 9);
      const p = d.page();
      p.rect(100, 70, 400, 250, { fill: [0.86, 0.88, 0.92], stroke: [0.3, 0.3, 0.3], lw: 1 });
      p.t(118, 96, 'KONINKRIJK DER NEDERLANDEN', { f: 'sansB', size: 10 });
      p.t(118, 110, 'VERBLIJFSDOCUMENT / RESIDENCE PERMIT', { size: 8 });
      p.rect(118, 124, 100, 128, { fill: [0.6, 0.6, 0.62] });
      const rows: [string, string][] = [
        ['Naam / Surname', 'DELA CRUZ'],
        ['Voornamen / Given names', 'MARIA CRISTINA'],
        ['Geboortedatum / Date of birth', '21 04 1991'],
        ['Nationaliteit / Nationality', 'PHL'],
        ['Verblijfsvergunning', 'REGULIER BEPAALDE TIJD'],
        ['Geldig tot / Valid until', '30 09 2029'],
      ];
      rows.forEach(([k, v], i) => {
        p.t(232, 130 + i * 22, k, { size: 6.5, color: [0.3, 0.3, 0.3] });
        p.t(232, 140 + i * 22, v, { f: 'sansB', size: 9.5 });
      });
      p.t(118, 290, 'Arbeid vrij toegestaan. TWV niet vereist.', { size: 8 });
      p.t(118, 304, 'Kennismigrant / Highly skilled migrant', { size: 8 });
      handLines(
        p,
        [
          'Hello, I am a nurse at the hospital, my husband',
          'lost his job. Do we need to give this to you for',
          'the application of my husband? We are new here',
          '(since March). Please call me 06 2093 4471.',
          'Maria Cristina',
        ],
        { x: 100, top: 380, lh: 24, size: 13 },
      );
      return d;
    },
  },
  {
    slug: 'tenancy-agreement-selam',
    type: 'rental_agreement',
    client: SH.clientNumber,
    language: 'en',
    render: 'digital',
    label: 'English tenancy agreement for an apartment (Habte, name and birth date), 2 pages',
    date: '2026-09-24',
    build: () => {
      const d = new Doc('serif', 10);
      const p = d.page();
      letterhead(p, 'Lindehof Residential', ['Lindelaan 2, 1238 LA Voorbeeld', 'lettings@lindehof.example', 'KvK 90021177'], {
        color: [0.3, 0.25, 0.15],
        f: 'serifB',
      });
      p.ln('TENANCY AGREEMENT — RESIDENTIAL ACCOMMODATION', { f: 'serifB', size: 12.5, align: 'center', after: 8 });
      p.p('(based on the ROZ model, English translation; the Dutch text prevails)', { size: 8.5, align: 'center' });
      p.ln('The undersigned:', { f: 'serifB', size: 10 });
      p.p('1. Lindehof Residential B.V., Lindelaan 2, Voorbeeld, hereinafter "the Landlord";', { size: 10 });
      p.p('2. Ms Selam Habte, born on 15-09-1982, currently residing at Lindelaan 136, 1238 LV Voorbeeld, hereinafter "the Tenant";', {
        size: 10,
      });
      p.ln('have agreed as follows:', { f: 'serifB', size: 10, after: 4 });
      const art = (h: string, s: string) => {
        p.ln(h, { f: 'serifB', size: 10 });
        p.p(s, { size: 9.8 });
      };
      art(
        '1. The property',
        'The Landlord lets to the Tenant the self-contained apartment at Lindelaan 136, 1238 LV Voorbeeld (2 rooms, 48 m²), including storage unit B-14.',
      );
      art('2. Term', 'This agreement is entered into for an indefinite period commencing on 1 October 2026.');
      art(
        '3. Rent',
        'The basic rent amounts to € 742.18 per month. In addition the Tenant pays an advance for service charges of € 46.00 per month (cleaning of common areas, lift, lighting). The total monthly payment of € 788.18 is due in advance on the first day of each month.',
      );
      art('4. Deposit', 'The Tenant pays a deposit of € 1,484.36 (two months basic rent) before the key handover.');
      const q = d.page();
      q.font = 'serif';
      q.at(60);
      const art2 = (h: string, s: string) => {
        q.ln(h, { f: 'serifB', size: 10 });
        q.p(s, { size: 9.8 });
      };
      art2(
        '5. Rent review',
        'The rent may be increased once a year on 1 July in accordance with the statutory maximum for regulated tenancies.',
      );
      art2(
        '6. Use',
        'The Tenant shall use the property solely as a residence for herself and the members of her household. Subletting in whole or in part is not permitted.',
      );
      art2(
        '7. Termination',
        'The Tenant may terminate the agreement with a notice period of one month. The Landlord may only terminate on the grounds set out in Book 7 of the Dutch Civil Code.',
      );
      art2(
        '8. General provisions',
        'The General Provisions for Residential Accommodation (ROZ) are applicable and were handed to the Tenant.',
      );
      q.gap(20);
      q.ln('Signed in duplicate at Voorbeeld on 24 September 2026', { size: 10, after: 10 });
      q.t(q.left, q.y + 10, 'The Landlord', { size: 9.5 });
      q.t(q.left + 260, q.y + 10, 'The Tenant', { size: 9.5 });
      q.t(q.left, q.y + 34, 'M. Brandsma', { f: 'hand', size: 15, color: BLACK_INK });
      q.t(q.left + 260, q.y + 34, 'Selam H.', { f: 'hand', size: 15, color: BLUE_INK });
      footer(q, 'page 2 of 2');
      return d;
    },
  },
  {
    slug: 'collection-letter-yonas',
    type: 'debt_notice',
    client: YB.clientNumber,
    language: 'en',
    render: 'scan',
    crumple: 1,
    label: 'English collection letter about a phone contract, with name and date of birth',
    date: '2026-11-18',
    build: () => {
      const d = new Doc('sans', 10);
      const p = d.page();
      letterhead(p, 'Clearpath Collections', ['P.O. Box 40221, 2504 LE The Hague', 'clearpath-collections.example · 070 318 4400'], {
        color: [0.6, 0.1, 0.1],
        band: true,
      });
      p.gap(10);
      p.ln('Mr Y. Berhane', { size: 10 });
      p.ln('Tulpstraat 135', { size: 10 });
      p.ln('1238 WV Voorbeeld', { size: 10, after: 14 });
      p.kv(
        [
          ['Date', '18 November 2026'],
          ['Our reference', 'CP-26-1184402'],
          ['Client', 'Odido Netherlands B.V.'],
          ['Customer', 'Yonas Berhane, date of birth 12-11-1993'],
        ],
        { labelW: 110, size: 9.5 },
      );
      p.ln('FINAL NOTICE BEFORE LEGAL ACTION', { f: 'sansB', size: 12.5, color: [0.6, 0.1, 0.1], after: 6 });
      p.p(
        'Dear Mr Berhane,\n\nDespite our previous letters of 7 and 28 October 2026, we have not received payment of the outstanding amount for your mobile phone subscription. Our client has instructed us to collect the following amount:',
        { size: 10 },
      );
      p.table(
        [
          { h: 'Description', w: 300 },
          { h: 'Amount', w: 120, r: true },
        ],
        [
          ['Outstanding invoices June – August 2026', '€ 186,47'],
          ['Early termination fee (device)', '€ 214,00'],
          ['Collection costs (WIK)', '€ 60,06'],
          ['Statutory interest', '€ 4,81'],
          ['Total now due', '€ 465,34'],
        ],
        { size: 9.5, grid: true },
      );
      p.p(
        'Please pay the total amount within 7 days to NL64 ABNA 0519 3381 20, quoting reference CP-26-1184402. If you cannot pay the full amount, contact us to agree a payment plan. If you are receiving debt counselling from your municipality, please ask your counsellor to contact us.\n\nIf we do not receive payment or a reply, we will ask a bailiff (deurwaarder) to start legal proceedings. This will lead to considerable extra costs for you.',
        { size: 9.8 },
      );
      p.ln('Yours sincerely,', { size: 10 });
      p.ln('Clearpath Collections — Debtor Services', { size: 10 });
      scribble(p, 360, 130, ['help please, I cant pay', 'this now. Yonas'], { rot: -5, size: 13 });
      return d;
    },
  },
  {
    slug: 'student-debt-help-priya',
    type: 'debt_notice',
    client: null,
    language: 'en',
    render: 'digital',
    label: 'Phone-typed request for debt help from an Indian student not in the directory',
    date: '2026-11-29',
    build: () => {
      const d = new Doc('sans', 11);
      const p = d.page();
      phoneLetter(
        p,
        'To: Schuldhulpverlening (debt help) Gemeente Voorbeeld\n\nHi,\n\nMy name is Priya Raman, I am a master student (Tilburg University) from India living in Voorbeeld, Stationsweg 51 room 3. I am writing because I am in a lot of debt and I dont know what to do anymore.\n\n- Zilveren Kruis health insurance: €740 unpaid, now they send CAK letters\n- DUO? no I dont have DUO, but I have a loan from my uncle\n- Klarna payments: €420, they passed it to an incasso bureau (Intrum)\n- My landlord says I owe €1.100 for energy "eindafrekening"\n\nMy part-time job at a restaurant stopped in October because of my residence permit rules (max 16 hours). My parents can not send money now.\n\nCan somebody please help me to make a plan? Can you also check if I can get zorgtoeslag? I am very stressed and cant focus on my thesis.\n\nThank you,\nPriya Raman\n+31 6 4402 1187\npriya.r@student.example',
        { size: 11 },
      );
      return d;
    },
  },
  {
    slug: 'objection-ermias-bsn',
    type: 'objection',
    client: EG.clientNumber,
    language: 'en',
    render: 'scan',
    crumple: 0,
    label: 'Formal English objection against a decision on special assistance, with labelled BSN',
    date: '2026-11-06',
    build: () => {
      const d = new Doc('sans', 10.5);
      const p = d.page();
      clientLetter(p, {
        from: ['E. Ghebremedhin', 'Eikenlaan 139', '1238 CG Voorbeeld', 'BSN: 999910279'],
        to: ['Gemeente Voorbeeld', 'Team Bezwaar en Beroep', 'Postbus 1234', '1230 AA Voorbeeld'],
        place: 'Voorbeeld, 6 November 2026',
        subject: 'Notice of objection (bezwaarschrift) — decision of 2 October 2026, special assistance',
      });
      p.p(
        'Dear Sir or Madam,\n\nI hereby lodge an objection against your decision dated 2 October 2026 in which my request for special assistance (bijzondere bijstand) for the costs of my dental treatment (€ 1,318.00, quotation Tandartspraktijk Eikenlaan) was refused.\n\nGrounds of my objection:\n\n1. The decision says that dental care is covered by my basic health insurance. This is not correct: adults in the Netherlands are not insured for dental care in the basic package, and I cannot afford supplementary insurance.\n2. The treatment is medically necessary: I lost two teeth and cannot chew properly, which my general practitioner confirms.\n3. I have no reserves; I receive a benefit at the level of the social minimum and pay a debt arrangement through your own debt help team.\n\nI request that you revoke the decision and grant the special assistance, if necessary in the form of a loan. I would like to be heard in person and request an interpreter for Tigrinya.\n\nEnclosed: copy of the decision, quotation of the dentist.',
        { size: 10.2 },
      );
      p.ln('Yours faithfully,', { size: 10.2 });
      signature(p, 'Ermias Ghebremedhin');
      return d;
    },
  },
  {
    slug: 'annual-statement-senait',
    type: 'tax_document',
    client: SK.clientNumber,
    language: 'en',
    render: 'photo',
    table: OAK,
    label: 'Annual income statement (jaaropgaaf) printed in English from a payroll portal, with BSN, photographed',
    date: '2026-02-02',
    build: () => {
      const d = new Doc('sans', 9.5);
      const p = d.page();
      p.at(50);
      p.ln('Annual statement 2025 (jaaropgaaf)', { f: 'sansB', size: 15 });
      p.ln('Glans & Co Schoonmaakdiensten B.V. · payroll portal "MyPay"', { size: 9, color: GREY, after: 10 });
      p.kv(
        [
          ['Employee', 'S. Kahsay'],
          ['BSN / citizen service number', '999916713'],
          ['Date of birth', '22-03-1960'],
          ['Employment period', '01-01-2025 – 31-08-2025'],
          ['Wage tax table', 'white, monthly; tax credit applied: yes'],
        ],
        { labelW: 170, size: 9.5 },
      );
      p.table(
        [
          { h: 'Item', w: 300 },
          { h: 'Amount (€)', w: 120, r: true },
        ],
        [
          ['Wage for wage tax / national insurance', '9.812'],
          ['Withheld wage tax / national insurance', '0'],
          ['Applied labour tax credit', '1.204'],
          ['Wage for employee insurance (SV-loon)', '10.386'],
          ['Income-related health insurance contribution (Zvw)', '0'],
          ['Holiday allowance paid', '742'],
          ['Pension contribution employee', '196'],
        ],
        { size: 9, grid: true, shade: [0.9, 0.9, 0.9] },
      );
      p.p(
        'Use this statement to complete your income tax return (Belastingdienst) or to show your income to other organisations. This annual statement is not a payslip.',
        { size: 8.5, color: GREY },
      );
      scribble(p, 320, 470, ['for toeslagen check', 'K-100353'], { rot: 4, size: 14 });
      return d;
    },
  },
  {
    slug: 'complaint-email-kidane',
    type: 'complaint',
    client: KT.clientNumber,
    language: 'en',
    render: 'digital',
    label: 'Complaint e-mail in English about unanswered calls and a late payment, printed to PDF',
    date: '2026-12-04',
    build: () => {
      const d = new Doc('serif', 10);
      const p = d.page();
      outlook(
        p,
        'Kidane Tesfay',
        {
          from: 'Kidane Tesfay <kidane.tesfay@example.org>',
          to: 'klachten@gemeente-voorbeeld.example',
          cc: 'inkomen@gemeente-voorbeeld.example',
          date: 'Friday 4 December 2026 07:55',
          subject: 'COMPLAINT — no answer 3 weeks, benefit not paid (K-100136)',
        },
        'Dear complaints coordinator,\n\nI want to make an official complaint about how my case is handled.\n\nOn 19 November I sent the change that my son moved out. After that my benefit for December was NOT paid on 1 December. Nobody informed me. I called the number 14 0123 five times (24/11, 26/11, 30/11, 1/12, 3/12). Every time they say "the consultant will call you back" but nobody called. My consultant is absent and nobody took over.\n\nNow my rent (€ 612) is not paid and my landlord sends a warning. I have also a doctor bill.\n\nI ask:\n- pay my benefit immediately, or an advance (voorschot)\n- a written answer why it is stopped\n- a contact person who actually calls back.\n\nI am very disappointed. I always give all papers on time.\n\nKidane Tesfay\nBurgemeester de Withof 78\nclient number K-100136\n06 4128 3390',
      );
      return d;
    },
  },
  {
    slug: 'employment-contract-luwam',
    type: 'employment_contract',
    client: LA.clientNumber,
    language: 'en',
    render: 'scan',
    crumple: 0,
    label: 'English employment contract for a part-time cleaning job (name and birth date), 2 pages',
    date: '2026-11-20',
    build: () => {
      const d = new Doc('sans', 9.8);
      const p = d.page();
      letterhead(p, 'BrightSpace Facility Services', ['Handelskade 14, 3011 AX Rotterdam', 'hr@brightspace.example · KvK 55120834'], {
        color: [0.05, 0.45, 0.55],
      });
      p.ln('EMPLOYMENT CONTRACT (fixed term)', { f: 'sansB', size: 13, after: 6 });
      p.p('The undersigned: BrightSpace Facility Services B.V., hereinafter "the Employer", and', { size: 9.8 });
      p.kv(
        [
          ['Name', 'Luwam Asmerom'],
          ['Date of birth', '08-06-1970'],
          ['Address', 'Burgemeester de Withof 54, 1235 JC Voorbeeld'],
        ],
        { labelW: 100, size: 9.8 },
      );
      p.p('hereinafter "the Employee", agree as follows:', { size: 9.8 });
      const art = (h: string, s: string) => {
        p.ln(h, { f: 'sansB', size: 9.8 });
        p.p(s, { size: 9.5 });
      };
      art(
        'Article 1 — Position and place of work',
        'The Employee is employed as Cleaner (schoonmaakmedewerker) at the client location Bibliotheek Voorbeeld, Marktplein 1, and other locations in the region if needed.',
      );
      art(
        'Article 2 — Duration',
        'This contract is entered into for a fixed term of 6 months, from 1 December 2026 up to and including 31 May 2027. There is a probationary period of one month.',
      );
      art('Article 3 — Working hours', 'The working hours are 12 hours per week: Monday, Wednesday and Friday from 06:00 to 10:00.');
      art(
        'Article 4 — Salary',
        'The gross hourly wage is € 15.12 (CAO Schoonmaak, job group A). Holiday allowance is 8% and is paid in May.',
      );
      const q = d.page();
      q.at(60);
      const art2 = (h: string, s: string) => {
        q.ln(h, { f: 'sansB', size: 9.8 });
        q.p(s, { size: 9.5 });
      };
      art2(
        'Article 5 — Collective agreement',
        'The Collective Labour Agreement for the Cleaning and Window Cleaning sector applies to this contract.',
      );
      art2(
        'Article 6 — Illness',
        'In case of illness the Employee reports sick by telephone before 06:00 to the planning department (010 411 8200). Wages are continued at 90% in accordance with the CAO.',
      );
      art2(
        'Article 7 — Pension',
        'The Employee participates in the pension scheme of Pensioenfonds Schoonmaak (PFZW) from the first working day.',
      );
      art2(
        'Article 8 — Termination',
        'The contract ends by operation of law at the end of the agreed term. Both parties may terminate early with due observance of the statutory notice period.',
      );
      q.gap(16);
      q.ln('Rotterdam, 20 November 2026', { size: 9.8, after: 12 });
      q.t(q.left, q.y + 10, 'For the Employer', { size: 9.5 });
      q.t(q.left + 260, q.y + 10, 'The Employee', { size: 9.5 });
      q.t(q.left, q.y + 36, 'K. de Bruijn', { f: 'hand', size: 15, color: BLACK_INK });
      q.t(q.left + 260, q.y + 36, 'Luwam A.', { f: 'hand', size: 15, color: BLUE_INK });
      footer(q, 'BrightSpace Facility Services B.V. · page 2/2');
      return d;
    },
  },
  {
    slug: 'dutch-course-invitation',
    type: 'other',
    client: null,
    language: 'en',
    render: 'digital',
    label: 'Invitation to a Dutch language course intake from a language school',
    date: '2026-11-26',
    build: () => {
      const d = new Doc('sans', 10.5);
      const p = d.page();
      letterhead(
        p,
        'Taalhuis Voorbeeld',
        ['Bibliotheek Voorbeeld, Marktplein 1', 'taalhuis@bibliotheekvoorbeeld.example', '14 0123 (ask for Taalhuis)'],
        { color: [0.85, 0.45, 0.1], band: true },
      );
      p.gap(10);
      p.ln('Mr Y. Berhane', { size: 10.5 });
      p.ln('Tulpstraat 135', { size: 10.5 });
      p.ln('1238 WV Voorbeeld', { size: 10.5, after: 14 });
      p.ln('Voorbeeld, 26 November 2026', { size: 10.5, after: 8 });
      p.ln('Invitation: intake Dutch course (NT2, level A2–B1)', { f: 'sansB', size: 12, after: 6 });
      p.p(
        'Dear Mr Berhane,\n\nThank you for signing up for our Dutch language course at the Taalhuis. We would like to invite you for a short intake conversation and a placement test:\n\nDate: Wednesday 13 January 2027\nTime: 13:30 – 14:30\nPlace: Bibliotheek Voorbeeld, room "De Leeszaal", Marktplein 1\n\nPlease bring a valid ID and, if you have them, certificates of earlier Dutch courses. The course is free for residents of Voorbeeld; books cost € 25 (a discount is possible with the Voorbeeldpas).\n\nClasses start in February on Tuesday and Thursday mornings. There is also a "Taalcafé" every Saturday where you can practise speaking with volunteers.\n\nCannot come? Please let us know by e-mail or phone so that we can give your place to someone else.\n\nWe look forward to meeting you!\n\nKind regards,\n\nMarloes Eijkelkamp\nTaalhuis coordinator',
        { size: 10.3 },
      );
      footer(p, 'Taalhuis Voorbeeld is a partnership of the library, the municipality and volunteers.');
      return d;
    },
  },
];
