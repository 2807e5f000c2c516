/** Third part of set A: mostly conflicts, documents without identifiers, courts, ID copies, contracts, more languages. */
import { official } from './docs-two.ts';
import { bsnDots, bsnSpaced, client, Doc, date, eur, INK, letter, stranger, typoBsn } from './lib.ts';
import type { Spec } from './spec.ts';

type P = ReturnType<typeof client>;
const to = (p: { name: string; street: string; pc: string; city: string }, n?: string): string[] => [
  n ?? p.name,
  p.street,
  `${p.pc}  ${p.city.toUpperCase()}`,
];

function email(o: { from: string; to: string; sent: string; subject: string; body: string[]; quoted?: string[]; client?: string }): Doc {
  const d = new Doc({ font: 'sans', size: 9.5, margin: 18, top: 14 });
  d.text(o.client ?? 'Afdrukken - Mail', { size: 8, color: INK.grey });
  d.rule({ w: 0.3, color: INK.grey });
  d.text(o.subject, { font: 'sansB', size: 12 });
  d.gap(1);
  d.text([`Van: ${o.from}`, `Verzonden: ${o.sent}`, `Aan: ${o.to}`, `Onderwerp: ${o.subject}`].join('\n'), { size: 8.5 });
  d.rule({ w: 0.3, color: INK.grey });
  d.text(o.body.join('\n'));
  if (o.quoted) d.gap(4).text(o.quoted.join('\n'), { size: 8.5, color: INK.grey });
  return d;
}

function contract(o: {
  employer: string;
  employerAddr: string;
  person: string;
  born?: string;
  bsn?: string;
  addr: string;
  role: string;
  start: string;
  end?: string;
  hours: number;
  wage: number;
}): Doc {
  const d = new Doc({ font: 'serif', size: 9.5, margin: 24, top: 18 });
  d.text('ARBEIDSOVEREENKOMST VOOR BEPAALDE TIJD', { font: 'serifB', size: 13, align: 'center' });
  d.gap(5);
  d.text('De ondergetekenden:', { font: 'serifB' });
  d.text(`1. ${o.employer}, gevestigd te ${o.employerAddr}, hierna te noemen: "werkgever", en`);
  const id = [o.born ? `geboren op ${o.born}` : '', o.bsn ? `BSN ${o.bsn}` : ''].filter(Boolean).join(', ');
  d.text(`2. ${o.person}${id ? `, ${id}` : ''}, wonende te ${o.addr}, hierna te noemen: "werknemer",`);
  d.gap(3);
  d.text('komen het volgende overeen:', { font: 'serifB' });
  const arts = [
    `Artikel 1 – Functie. Werknemer treedt in dienst in de functie van ${o.role}.`,
    `Artikel 2 – Duur. De arbeidsovereenkomst gaat in op ${o.start} en eindigt van rechtswege op ${o.end ?? 'de datum zes maanden later'}, zonder dat opzegging is vereist.`,
    'Artikel 3 – Proeftijd. Er geldt een proeftijd van één maand.',
    `Artikel 4 – Arbeidsduur. De arbeidsduur bedraagt ${o.hours} uur per week, volgens rooster.`,
    `Artikel 5 – Salaris. Het bruto uurloon bedraagt ${eur(o.wage)}, exclusief 8% vakantietoeslag. Betaling geschiedt maandelijks.`,
    'Artikel 6 – Cao. Op deze overeenkomst is de cao van toepassing zoals die voor de branche geldt.',
    'Artikel 7 – Aanzegging. Werkgever laat werknemer uiterlijk een maand voor het einde weten of de overeenkomst wordt voortgezet.',
  ];
  for (const a of arts) d.text(a).gap(1.5);
  d.gap(8);
  d.row([
    { s: 'Werkgever', x: 0, font: 'serifB' },
    { s: 'Werknemer', x: 95, font: 'serifB' },
  ]);
  d.row([
    { s: 'H. Verbeek', x: 0, font: 'hand2', size: 14, color: INK.pen },
    { s: o.person.split(' ').slice(-1)[0]!, x: 95, font: 'hand2', size: 14, color: INK.pen },
  ]);
  return d;
}

export function docsThree(): Spec[] {
  const c = (kn: string): P => client(kn);
  const omar = c('K-100129');
  const rami = c('K-100234');
  const katarzyna = c('K-100339');
  const magdalena = c('K-100451');
  const luwam = c('K-100465');
  const senait = c('K-100353');
  const nour = c('K-100514');
  const bashar = c('K-100458');
  const zeynep = c('K-100269');
  const derya = c('K-100500');
  const ahmad = c('K-100346');
  const hanan = c('K-100388');
  const iwan = c('K-100416');
  const joke = c('K-100479');
  const khadija = c('K-100444');
  const aicha = c('K-100535');
  const stefan = c('K-100528');
  const gerrit = c('K-100311');
  const jakub = c('K-100507');
  const marek = c('K-100395');
  const els = c('K-100430');
  const roy = c('K-100472');
  const marlon = c('K-100304');
  const sharon = c('K-100143');
  const dewi = c('K-100192');
  const mohamed = c('K-100332');
  const gladys = c('K-100360');
  const yasmin = c('K-100178');
  const tomasz = c('K-100283');
  const ermias = c('K-100185');
  const ali = c('K-100381');
  const dawit = c('K-100409');
  const mustafa = c('K-100213');
  const S = {
    visser: stranger('Mark Visser', '185273609', '1975-09-12', 'Kanaalweg 3', '1236 PL'),
    dekker: stranger('Esther Dekker', '290364814', '1990-01-25', 'Lijsterbeslaan 9', '1232 TR'),
    haidari: stranger('Samir Haidari', '247581069', '1992-04-30', 'Zeestraat 71', '1231 PK'),
    shevchenko: stranger('Iryna Shevchenko', '162305977', '1979-12-02', 'Parkweg 21', '1237 AB'),
    boer: stranger('Ronald de Boer', '329604181', '1968-08-08', 'Dijkweg 140', '1238 DD'),
  };

  const specs: Spec[] = [];
  const add = (s: Spec): void => {
    specs.push(s);
  };

  // ================================================================ conflicts
  add({
    id: 'loonstrook-verkeerd-bsn-werkgever',
    type: 'payslip',
    client: null,
    expected: 'triage',
    reason: 'conflict',
    candidates: [omar.kn, rami.kn],
    language: 'nl',
    render: 'digital',
    label: "Payslip for Omar Al-Hassan (name + birth date) where the employer entered Rami Khalil's BSN",
    date: '2026-07-24',
    producer: 'Exact Online Loonadministratie',
    build: () => {
      const d = official({
        org: 'Restaurant Damascus Rose',
        orgLines: ['Marktplein 44, 1231 TB Voorbeeld', 'Loonadministratie: Boekhoudkantoor Vos', ''],
        color: [0.6, 0.15, 0.2],
        to: to(omar, `Dhr. O. Al-Hassan`),
        refs: [
          ['Periode', 'juli 2026'],
          ['Geboortedatum', date(omar.birth, 'num')],
          ['BSN/sofinummer', rami.bsn],
          ['Personeelsnr', '012'],
        ],
        subject: 'Loonstrook juli 2026',
        body: [
          `Gewerkte uren 72,00 × ${eur(14.4)} = ${eur(1036.8)}   ·   Vakantietoeslag 8%: ${eur(82.94)}`,
          `Loonheffing: ${eur(0)}   ·   Pensioen (PH&C): ${eur(41.47)}   ·   Netto: ${eur(1078.27)}`,
          'Uitbetaald op 24-07-2026 op NL12 INGB 0009 3321 58.',
        ],
      });
      return d;
    },
  });
  add({
    id: 'afschrift-zielinska-klantnr-moeder',
    type: 'bank_statement',
    client: null,
    expected: 'triage',
    reason: 'conflict',
    candidates: [katarzyna.kn, magdalena.kn],
    language: 'nl',
    render: 'scan',
    label: "Katarzyna Zielińska's statement (her client number in the payment line) with Magdalena Kamińska's client number written on top",
    date: '2026-08-03',
    build: () => {
      const d = new Doc({ font: 'sans', size: 8.5, margin: 16, top: 14 });
      d.text('SNS', { font: 'sansB', size: 18, color: [0.35, 0.1, 0.5] });
      d.text(`Rekeningoverzicht juli 2026 · NL40 SNSB 0871 2290 14 · K. Zielińska, ${katarzyna.street}, Voorbeeld`, { size: 8 });
      d.gap(4);
      const rows: [string, string, string][] = [
        ['01-07', 'Gemeente Voorbeeld  Levensonderhoud juli K-100339', '+1.104,50'],
        ['02-07', 'Ymere  Huur juli', '-655,00'],
        ['04-07', 'Dirk vd Broek Voorbeeld', '-31,20'],
        ['10-07', 'Geldmaat Stationsweg', '-50,00'],
        ['21-07', 'Belastingdienst  Zorgtoeslag', '+131,00'],
        ['29-07', 'Budget Energie', '-97,00'],
      ];
      for (const [a, b, x] of rows)
        d.row(
          [
            { s: a, x: 0 },
            { s: b, x: 20 },
            { s: x, x: 175, align: 'right' },
          ],
          { lh: 1.6 },
        );
      d.put('K-100451  (voor mijn moeder)', 100, 12, { font: 'hand', size: 14, color: INK.pen, hand: true });
      return d;
    },
  });
  add({
    id: 'wijziging-online-bevestiging-twee-nummers',
    type: 'change_form',
    client: null,
    expected: 'triage',
    reason: 'conflict',
    candidates: [luwam.kn, senait.kn],
    language: 'nl',
    render: 'digital',
    label: "Printed confirmation of an online change report: Luwam Asmerom's client number, Senait Kahsay's BSN",
    date: '2026-03-02',
    producer: 'Chrome - Opslaan als PDF',
    build: () => {
      const d = new Doc({ font: 'sans', size: 9.5, margin: 20, top: 12 });
      d.text('02-03-2026 14:22                         Mijn Werk & Inkomen – Bevestiging', { size: 7.5, color: INK.grey });
      d.gap(3);
      d.text('Bedankt, uw wijziging is ontvangen', { font: 'sansB', size: 14, color: INK.teal });
      d.text('Ontvangstnummer: WZ-2026-031877', { size: 9 });
      d.gap(4);
      const kv: [string, string][] = [
        ['Klantnummer', luwam.kn],
        ['BSN', senait.bsn],
        ['Soort wijziging', 'Inkomsten uit werk'],
        ['Per datum', '01-03-2026'],
        ['Werkgever', 'Thuiszorg Samen B.V.'],
        ['Verwacht bruto per maand', eur(640)],
        ['Toelichting', 'nulurencontract, wisselend aantal uren'],
      ];
      for (const [k, v] of kv)
        d.row(
          [
            { s: k, x: 0, color: INK.grey },
            { s: v, x: 60 },
          ],
          { lh: 1.7 },
        );
      d.gap(6);
      d.text('Stuur uw loonstroken elke maand na ontvangst. Bewaar deze bevestiging.', { size: 8.5 });
      d.text('https://mijn.gemeente-voorbeeld.example/werk-inkomen/wijziging/bevestiging', { size: 7, color: INK.grey });
      return d;
    },
  });
  add({
    id: 'iatirad-arabi-raqmain',
    type: 'objection',
    client: null,
    expected: 'triage',
    reason: 'conflict',
    candidates: [nour.kn, bashar.kn],
    language: 'ar',
    render: 'scan',
    label: "Arabic objection letter: Nour Al-Khatib's client number, Bashar Haj Ali's BSN",
    date: '2026-05-25',
    build: () =>
      letter({
        rtl: true,
        size: 12,
        sender: ['نور الخطيب', `رقم الملف: ${nour.kn}`, `BSN: ${bashar.bsn}`],
        to: ['بلدية فوربيلد', 'لجنة الاعتراضات'],
        subject: 'الموضوع: اعتراض على قرار خفض المساعدة',
        salutation: 'السادة المحترمون،',
        body: [
          'أعترض بهذا على قراركم المؤرخ في 12 أيار 2026 بخفض المساعدة الاجتماعية بنسبة عشرين بالمئة لمدة ثلاثة أشهر بسبب عدم حضوري إلى موعد.',
          'لم أستلم رسالة الموعد لأنها أرسلت إلى عنواني القديم. لقد أبلغت البلدية بتغيير العنوان في شهر آذار. أطلب إلغاء القرار وإعادة المبلغ المخصوم.',
        ],
        closing: 'مع الاحترام،',
        signedBy: ['نور الخطيب', 'فوربيلد، 25 أيار 2026'],
      }),
  });
  add({
    id: 'tatil-dilekce-baska-musteri-no',
    type: 'holiday_notice',
    client: null,
    expected: 'triage',
    reason: 'conflict',
    candidates: [zeynep.kn, derya.kn],
    language: 'tr',
    render: 'photo',
    label: "Handwritten Turkish holiday notice: Zeynep Çelik's name + birth date, Derya Arslan's client number",
    date: '2026-06-19',
    build: () =>
      letter({
        font: 'hand',
        size: 13,
        hand: true,
        margin: 26,
        sender: ['Zeynep Çelik', `doğum tarihi ${date(zeynep.birth, 'dot')}`, `müşteri no ${derya.kn}`],
        place: 'Voorbeeld, 19.06.2026',
        subject: 'Gemeente Voorbeeld – tatil bildirimi',
        body: [
          'Merhaba, 10 temmuz ile 31 temmuz arasında ailemle birlikte İzmir’e gideceğim. Biletler ektedir.',
          'Dönüşte hemen haber veririm. Teşekkürler.',
        ],
        signature: 'Zeynep',
      }),
  });
  add({
    id: 'verklaring-psycholoog-verkeerd-bsn',
    type: 'medical_statement',
    client: null,
    expected: 'triage',
    reason: 'conflict',
    candidates: [ahmad.kn, hanan.kn],
    language: 'nl',
    render: 'scan',
    label: "Psychologist's statement about Ahmad Darwish (name + birth date) carrying Hanan El Khattabi's BSN",
    date: '2026-04-16',
    build: () =>
      official({
        org: 'GGZ Praktijk Horizon',
        orgLines: ['Basis-GGZ · Psychologenpraktijk', 'Stationsweg 88, 1235 AC Voorbeeld', 'T 0123 555 121'],
        color: INK.purple!,
        font: 'serif',
        to: ['Gemeente Voorbeeld', 'Team Werk – vertrouwelijk', 'Postbus 1234', '1230 AA Voorbeeld'],
        refs: [
          ['Cliënt', 'dhr. A. Darwish'],
          ['Geboortedatum', date(ahmad.birth, 'num')],
          ['BSN', bsnSpaced(hanan.bsn)],
          ['Datum', date('2026-04-16')],
        ],
        subject: 'Verklaring behandeling',
        body: [
          'Geachte heer, mevrouw,',
          'Met toestemming van cliënt bevestig ik dat hij sinds januari 2026 bij onze praktijk in behandeling is in verband met traumagerelateerde klachten (slaapproblemen, concentratieproblemen). De behandeling bestaat uit wekelijkse gesprekken en loopt naar verwachting tot eind juni.',
          'Wij adviseren om in deze periode de re-integratieverplichtingen af te stemmen op de behandeling, bij voorkeur niet meer dan twee dagdelen per week en geen groepstraject.',
        ],
        closing: ['Met vriendelijke groet,', 'drs. L. Hartman, GZ-psycholoog (BIG 19912345625)'],
      }),
  });
  add({
    id: 'sollicitatiebrief-kopie-ander-klantnummer',
    type: 'job_application_proof',
    client: null,
    expected: 'triage',
    reason: 'conflict',
    candidates: [iwan.kn, joke.kn],
    language: 'nl',
    render: 'digital',
    label: "Copy of Iwan Sitaldin's application letter (name + birth date) with Joke van der Heijden's client number in the cover line",
    date: '2026-09-21',
    build: () => {
      const d = letter({
        sender: ['Iwan Sitaldin', iwan.street, `${iwan.pc} Voorbeeld`, `geboren ${date(iwan.birth, 'num')}`],
        to: ['Tuincentrum Groenrijk Voorbeeld', 't.a.v. mevrouw Schouten', 'Veilingweg 5', '1239 BM Voorbeeld'],
        place: `Voorbeeld, ${date('2026-09-21')}`,
        subject: 'Sollicitatie medewerker tuin & groen (vacature 26-14)',
        salutation: 'Geachte mevrouw Schouten,',
        body: [
          'Met veel interesse las ik uw vacature op Werk.nl. Ik ben een harde werker die graag buiten bezig is. In de afgelopen jaren heb ik bij een hoveniersbedrijf gewerkt en ik heb mijn certificaat VCA-basis.',
          'Ik ben flexibel inzetbaar, ook in het weekend, en heb een eigen vervoer. Graag licht ik mijn motivatie toe in een gesprek.',
        ],
        closing: 'Met vriendelijke groet,',
        signature: 'I. Sitaldin',
      });
      d.page = 0;
      d.put(`Kopie voor gemeente – sollicitatieplicht, klantnummer ${joke.kn}`, 22, 10, { size: 8, color: INK.red });
      return d;
    },
  });
  add({
    id: 'huurcontract-andermans-bsn-pen',
    type: 'rental_agreement',
    client: null,
    expected: 'triage',
    reason: 'conflict',
    candidates: [khadija.kn, aicha.kn],
    language: 'nl',
    render: 'scan',
    label: "Tenancy agreement for Khadija Azzouzi (name + birth date) with Aïcha Boukhari's BSN written on it",
    date: '2026-07-01',
    build: () => {
      const d = new Doc({ font: 'serif', size: 9.5, margin: 24, top: 18 });
      d.text('Huurovereenkomst', { font: 'serifB', size: 15 });
      d.gap(4);
      d.text(
        `Verhuurder: Stichting Woonbelang Voorbeeld, Postbus 77, 1230 AB Voorbeeld.\nHuurder: mevrouw Khadija Azzouzi, geboren ${date(khadija.birth)}.\nHet gehuurde: ${khadija.street}, ${khadija.pc} Voorbeeld (3-kamerappartement).`,
      );
      d.gap(3);
      d.text(
        `Ingangsdatum 1 juli 2026, onbepaalde tijd. Kale huur ${eur(812.3)}; servicekosten ${eur(52.1)}; totaal ${eur(864.4)} per maand. Huurder verklaart de Algemene Huurvoorwaarden 2024 te hebben ontvangen.`,
      );
      d.gap(10);
      d.text('Voorbeeld, 1 juli 2026', {});
      d.text('K. Azzouzi', { font: 'hand2', size: 15, color: INK.pen });
      d.put(`BSN ${aicha.bsn}`, 120, 20, { font: 'hand', size: 14, color: INK.pen, hand: true });
      return d;
    },
  });
  add({
    id: 'uwv-ziektewet-doorgestuurd-ander-nummer',
    type: 'uwv_decision',
    client: null,
    expected: 'triage',
    reason: 'conflict',
    candidates: [stefan.kn, gerrit.kn],
    language: 'nl',
    render: 'digital',
    label: "UWV sickness-benefit decision for Stefan Kuipers (BSN) with Gerrit Hoekstra's client number in a typed cover line",
    date: '2026-08-12',
    producer: 'UWV Documentservice',
    build: () => {
      const d = official({
        org: 'UWV',
        orgLines: ['Ziektewet', 'Postbus 58285, 1040 HG Amsterdam', 'uwv.nl'],
        color: [0.0, 0.3, 0.6],
        style: 'plain',
        to: to(stefan, 'De heer S. Kuipers'),
        refs: [
          ['Datum', date('2026-08-12')],
          ['Burgerservicenummer', stefan.bsn],
          ['Kenmerk', 'ZW/2026/88120'],
        ],
        subject: 'U krijgt een Ziektewet-uitkering',
        body: [
          'Geachte heer Kuipers,',
          'U bent ziek geworden terwijl u een tijdelijk contract had dat is afgelopen. U krijgt daarom een Ziektewet-uitkering vanaf 20 juli 2026. De uitkering is 70% van uw dagloon van € 96,10.',
          'Wij betalen de uitkering elke 4 weken. Krijgt u ook bijstand? Laat deze beslissing dan aan uw gemeente zien; de gemeente verrekent de uitkering.',
        ],
        closing: ['Met vriendelijke groet,', 'UWV'],
      });
      d.page = 0;
      d.put(`Doorgestuurd naar Werk & Inkomen – klantnr. ${gerrit.kn}`, 22, 10, { size: 8.5, color: INK.black });
      return d;
    },
  });
  add({
    id: 'toeslagen-terugvordering-vriend-klantnr',
    type: 'tax_document',
    client: null,
    expected: 'triage',
    reason: 'conflict',
    candidates: [jakub.kn, marek.kn],
    language: 'nl',
    render: 'scan',
    label: "Toeslagen recovery of care allowance for Jakub Mazur (BSN) with Marek Wójcik's client number written on it",
    date: '2026-09-08',
    build: () => {
      const d = official({
        org: 'Belastingdienst/Toeslagen',
        orgLines: ['Postbus 8100', '6401 HK Heerlen', ''],
        color: [0.08, 0.2, 0.45],
        style: 'bar',
        to: to(jakub, 'Dhr. J. Mazur'),
        refs: [
          ['Burgerservicenummer', bsnDots(jakub.bsn)],
          ['Datum', date('2026-09-08')],
          ['Betalingskenmerk', '4211 8823 0017 6620'],
        ],
        subject: 'Definitieve berekening zorgtoeslag 2024 — u moet terugbetalen',
        body: [
          'Geachte heer Mazur,',
          `Wij hebben uw zorgtoeslag over 2024 definitief berekend. U had recht op ${eur(744)}, maar u hebt ${eur(1488)} als voorschot ontvangen. U moet daarom ${eur(744)} terugbetalen.`,
          'U krijgt hierover binnenkort een aparte brief met de betaalgegevens. Kunt u het bedrag niet in één keer betalen? Dan kunt u een betalingsregeling aanvragen.',
        ],
        closing: ['Met vriendelijke groet,', 'Belastingdienst/Toeslagen'],
      });
      d.put(`${marek.kn} Marek`, 130, 60, { font: 'hand', size: 14, color: INK.pen, hand: true });
      return d;
    },
  });
  add({
    id: 'klacht-email-bsn-van-ander',
    type: 'complaint',
    client: null,
    expected: 'triage',
    reason: 'conflict',
    candidates: [joke.kn, els.kn],
    language: 'nl',
    render: 'digital',
    label: "E-mail complaint quoting Joke van der Heijden's client number and Els Peters' BSN",
    date: '2026-10-13',
    producer: 'Outlook - Microsoft Print to PDF',
    build: () =>
      email({
        from: `Joke van der Heijden <${joke.email}>`,
        to: 'klachten@gemeente-voorbeeld.example',
        sent: 'dinsdag 13 oktober 2026 22:51',
        subject: 'klacht!!! bijzondere bijstand nog steeds niet betaald',
        body: [
          'Geachte klachtencoordinator,',
          '',
          `Klantnummer ${joke.kn}, BSN ${els.bsn}.`,
          '',
          'In juli kreeg ik een brief dat mijn bijzondere bijstand voor de wasmachine was toegekend (€ 389,-). Het is nu oktober en ik heb nog steeds niks ontvangen. Ik heb 3x gemaild en 2x gebeld. Elke keer "het komt eraan".',
          'Ik heb de wasmachine op afbetaling moeten kopen en betaal nu rente. Ik wil dat dit per direct betaald wordt en dat u de rente vergoedt.',
          '',
          'Joke',
        ],
      }),
  });
  add({
    id: 'exploot-deurwaarder-klantnr-ander',
    type: 'debt_notice',
    client: null,
    expected: 'triage',
    reason: 'conflict',
    candidates: [roy.kn, marlon.kn],
    language: 'nl',
    render: 'scan',
    label: "Bailiff's writ (exploot) to Roy Amatmoekrim with birth date; Marlon Kromodimedjo's client number written on it",
    date: '2026-06-29',
    build: () => {
      const d = new Doc({ font: 'serif', size: 9.5, margin: 24, top: 16 });
      d.text('GERECHTSDEURWAARDERSKANTOOR BOSMAN & ZN.', { font: 'serifB', size: 12 });
      d.text('Burgwal 12 · 1230 BK Voorbeeld · 0123-300 400', { size: 8, color: INK.grey });
      d.gap(6);
      d.text('EXPLOOT VAN AANZEGGING EN BEVEL', { font: 'serifB', size: 13, align: 'center' });
      d.gap(4);
      d.text(
        `Heden, negenentwintig juni tweeduizend zesentwintig, op verzoek van de besloten vennootschap Bol Incasso B.V., te dezen woonplaats kiezende ten kantore van mij, deurwaarder, heb ik, Johannes Bosman, gerechtsdeurwaarder te Voorbeeld,`,
      );
      d.gap(2);
      d.text(
        `AANGEZEGD EN BEVEL GEDAAN AAN: de heer Roy Amatmoekrim, geboren op ${date(roy.birth)}, wonende te ${roy.street}, ${roy.pc} Voorbeeld,`,
      );
      d.gap(2);
      d.text(
        `om binnen twee dagen na heden te betalen de som van ${eur(1288.14)}, te vermeerderen met de kosten van dit exploot ad ${eur(118.86)}, zulks op straffe van tenuitvoerlegging door beslag op roerende zaken en/of loon en uitkeringen.`,
      );
      d.gap(6);
      d.text('Kosten: € 118,86                                          De deurwaarder,', {});
      d.text('J. Bosman', { font: 'hand2', size: 15, color: INK.pen });
      d.put(`schuldhulp?? ${marlon.kn}`, 110, 30, { font: 'hand', size: 14, color: INK.pen, hand: true });
      return d;
    },
  });
  add({
    id: 'arbeidsovereenkomst-bsn-van-ander',
    type: 'employment_contract',
    client: null,
    expected: 'triage',
    reason: 'conflict',
    candidates: [sharon.kn, dewi.kn],
    language: 'nl',
    render: 'digital',
    label: "Employment contract for Sharon Pinas (name + birth date) with Dewi Soekhoe's BSN",
    date: '2026-05-18',
    build: () =>
      contract({
        employer: 'Kinderopvang Zonnestraal B.V.',
        employerAddr: 'Voorbeeld, Schoolstraat 2',
        person: 'Sharon Pinas',
        born: date(sharon.birth),
        bsn: dewi.bsn,
        addr: `${sharon.street}, ${sharon.pc} Voorbeeld`,
        role: 'pedagogisch medewerker (in opleiding)',
        start: '1 juni 2026',
        end: '30 november 2026',
        hours: 24,
        wage: 15.86,
      }),
  });
  add({
    id: 'verblijfsvergunning-kopie-verkeerd-klantnr',
    type: 'identity_document',
    client: null,
    expected: 'triage',
    reason: 'conflict',
    candidates: [ahmad.kn, nour.kn],
    language: 'nl',
    render: 'photo',
    label: "Photo of Ahmad Darwish's residence permit (name, birth date, BSN) with Nour Al-Khatib's client number written under it",
    date: '2026-02-09',
    build: () => {
      const d = new Doc({ font: 'sans', size: 9, margin: 30, top: 30 });
      d.rect(30, 30, 150, 95, { fill: [0.86, 0.9, 0.95], stroke: INK.grey });
      d.put('VERBLIJFSDOCUMENT · RESIDENCE DOCUMENT', 35, 38, { font: 'sansB', size: 10, color: INK.navy });
      d.put('KONINKRIJK DER NEDERLANDEN', 35, 43, { size: 7, color: INK.navy });
      d.rect(35, 48, 32, 40, { fill: [0.7, 0.72, 0.75] });
      const rows: [string, string][] = [
        ['Naam / Surname', 'DARWISH'],
        ['Voornamen / Given names', 'AHMAD'],
        ['Geboortedatum / Date of birth', date(ahmad.birth, 'dot')],
        ['Nationaliteit', 'SYR'],
        ['Soort / Type', 'ASIEL BEPAALDE TIJD'],
        ['Geldig tot', '14.03.2029'],
        ['BSN', ahmad.bsn],
      ];
      let y = 52;
      for (const [k, v] of rows) {
        d.put(k, 72, y, { size: 6, color: INK.grey });
        d.put(v, 72, y + 4, { font: 'monoB', size: 9 });
        y += 9.5;
      }
      d.put(`K-100514`, 40, 140, { font: 'hand', size: 16, color: INK.pen, hand: true });
      return d;
    },
  });

  // ================================================================ no usable identifier
  add({
    id: 'asn-afschrift-alleen-naam-adres',
    type: 'bank_statement',
    client: null,
    expected: 'triage',
    reason: 'no-client',
    language: 'nl',
    render: 'digital',
    label: 'Bank statement with only account holder name and address (a client, but name + address is not evidence)',
    date: '2026-04-02',
    producer: 'ASN Bank Internetbankieren',
    build: () => {
      const d = new Doc({ font: 'sans', size: 8.5, margin: 18, top: 16 });
      d.text('ASN Bank', { font: 'sansB', size: 16, color: INK.green });
      d.text('Afschrift betaalrekening NL91 ASNB 0707 1122 33 · maart 2026', { size: 8.5, color: INK.grey });
      d.gap(4);
      d.text(['Dhr. M. Bouchtaoui', mohamed.street, `${mohamed.pc} Voorbeeld`].join('\n'), { size: 9.5 });
      d.gap(6);
      const rows: [string, string, string][] = [
        ['03-03', 'SVB AOW maart', '+1.021,33'],
        ['03-03', 'Huur Stationsweg', '-590,00'],
        ['07-03', 'Apotheek De Vijzel', '-12,50'],
        ['14-03', 'Overboeking van spaarrekening', '+200,00'],
        ['22-03', 'Moskee Al Fath gift', '-25,00'],
        ['27-03', 'Essent', '-88,00'],
      ];
      for (const [a, b, x] of rows)
        d.row(
          [
            { s: a, x: 0 },
            { s: b, x: 22 },
            { s: x, x: 172, align: 'right' },
          ],
          { lh: 1.6 },
        );
      return d;
    },
  });
  add({
    id: 'huurverhoging-aan-de-bewoners',
    type: 'rental_agreement',
    client: null,
    expected: 'triage',
    reason: 'no-client',
    language: 'nl',
    render: 'digital',
    label: 'Rent increase letter addressed "Aan de bewoner(s)" of an address: no person named',
    date: '2026-04-30',
    build: () =>
      official({
        org: 'Particuliere Verhuur Jansma',
        orgLines: ['Postbus 12, 1230 AC Voorbeeld', 'jansmaverhuur@example.com', ''],
        color: [0.3, 0.3, 0.3],
        style: 'plain',
        to: ['Aan de bewoner(s) van', gladys.street, `${gladys.pc}  VOORBEELD`],
        refs: [['Datum', date('2026-04-30', 'num')]],
        subject: 'Huurverhoging 1 juli 2026',
        body: [
          'Beste huurder,',
          `Per 1 juli 2026 wordt de huur verhoogd met 5,5%. De nieuwe huur bedraagt ${eur(921.4)} per maand inclusief servicekosten. Wilt u uw automatische overschrijving aanpassen?`,
          'Met vriendelijke groet, H. Jansma',
        ],
      }),
  });
  add({
    id: 'uwv-pagina-2-zonder-naam',
    type: 'uwv_decision',
    client: null,
    expected: 'triage',
    reason: 'no-client',
    language: 'nl',
    render: 'scan',
    label: 'Only page 2 of a UWV WW decision: no name, BSN or reference on the page',
    date: '2026-03-23',
    build: () => {
      const d = new Doc({ font: 'sans', size: 9.5, margin: 22, top: 20 });
      d.text('Pagina 2 van 2', { size: 8, color: INK.grey, align: 'right' });
      d.gap(4);
      d.text('Hoe lang krijgt u WW?', { font: 'sansB', size: 11 });
      d.text('U hebt een arbeidsverleden van 7 jaar. Daarom krijgt u 7 maanden WW, tot en met 22 oktober 2026.');
      d.gap(3);
      d.text('Wat moet u doen?', { font: 'sansB', size: 11 });
      d.text(
        'U moet ingeschreven staan als werkzoekende en minimaal 4 keer per 4 weken solliciteren. Geef elke maand uw inkomsten door via Mijn UWV. Houdt u zich niet aan de regels, dan kunnen wij uw uitkering verlagen.',
      );
      d.gap(3);
      d.text('Bent u het niet eens met deze beslissing?', { font: 'sansB', size: 11 });
      d.text('Dan kunt u bezwaar maken binnen 6 weken na de datum van deze brief. Dat kan via uwv.nl/bezwaar.');
      d.gap(6);
      d.text('Met vriendelijke groet,\nUWV');
      return d;
    },
  });
  add({
    id: 'belastingdienst-foto-bsn-afgeknipt',
    type: 'tax_document',
    client: null,
    expected: 'triage',
    reason: 'no-client',
    language: 'nl',
    render: 'photo',
    label: 'Photo of a Belastingdienst letter with the BSN line cut off; only a name remains',
    date: '2026-05-15',
    build: () => {
      const d = new Doc({ font: 'sans', size: 9.5, margin: 22, top: 6 });
      d.text('Datum 15 mei 2026', {});
      d.gap(3);
      d.text('Voorlopige aanslag inkomstenbelasting 2026', { font: 'sansB', size: 11 });
      d.gap(3);
      d.text(
        `Geachte heer Doelwijt,\n\nWij hebben voor u een voorlopige aanslag inkomstenbelasting 2026 berekend. U moet ${eur(312)} betalen in 8 termijnen van ${eur(39)}. De eerste termijn moet uiterlijk 30 juni 2026 zijn betaald.\n\nIn de bijlage ziet u hoe wij dit bedrag hebben berekend. Is uw inkomen veranderd? Pas de voorlopige aanslag dan aan via Mijn Belastingdienst.`,
      );
      d.gap(6);
      d.text('Met vriendelijke groet,\nde inspecteur');
      return d;
    },
  });
  add({
    id: 'uitnodiging-gesprek-alleen-voornaam',
    type: 'job_application_proof',
    client: null,
    expected: 'triage',
    reason: 'no-client',
    language: 'nl',
    render: 'scan',
    label: 'Interview invitation addressed "Beste Tomasz" only: no surname, number or birth date',
    date: '2026-10-20',
    build: () =>
      letter({
        font: 'cond',
        sender: ['Metaalbewerking Drenth B.V.', 'Industrieweg 101', '1233 GZ Voorbeeld'],
        senderRight: true,
        place: `Voorbeeld, ${date('2026-10-20')}`,
        subject: 'Uitnodiging sollicitatiegesprek',
        salutation: 'Beste Tomasz,',
        body: [
          'Bedankt voor je reactie op onze vacature voor productiemedewerker. We nodigen je graag uit voor een kennismakingsgesprek op donderdag 29 oktober om 10.00 uur bij ons op kantoor. Neem een geldig legitimatiebewijs mee.',
          'Kun je niet? Bel dan even met Ilse op 0123 455 870.',
        ],
        closing: 'Met vriendelijke groet,',
        signature: 'I. Drenth',
        signedBy: ['Ilse Drenth, HR'],
      }),
  });
  add({
    id: 'arbeidsovereenkomst-alleen-naam',
    type: 'employment_contract',
    client: null,
    expected: 'triage',
    reason: 'no-client',
    language: 'nl',
    render: 'scan',
    label: 'Employment contract naming the employee by initial and surname only (no birth date, no BSN)',
    date: '2026-03-27',
    build: () =>
      contract({
        employer: 'Schoonmaakbedrijf Het Blinkt',
        employerAddr: 'Voorbeeld, Handelsweg 6',
        person: 'S. Kahsay',
        addr: 'Voorbeeld',
        role: 'schoonmaakmedewerker kantoren',
        start: '1 april 2026',
        end: '30 september 2026',
        hours: 12,
        wage: 14.4,
      }),
  });
  add({
    id: 'email-vakantie-marokko-onbekend-adres',
    type: 'holiday_notice',
    client: null,
    expected: 'triage',
    reason: 'no-client',
    language: 'nl',
    render: 'digital',
    label: 'Short e-mail "I am going to Morocco for two weeks" from an unknown address, first name only',
    date: '2026-07-27',
    producer: 'Gmail - Print',
    build: () =>
      email({
        client: 'Gmail',
        from: 'ahmed1987 <ahmed1987@example.com>',
        to: 'inkomen@gemeente-voorbeeld.example',
        sent: 'ma 27 jul 2026 07:12',
        subject: 'vakantie',
        body: [
          'goedemorgen',
          '',
          'ik ga van 3 tot 17 augustus naar marokko voor familie. ticket heb ik al.',
          'graag bevestigen dat het goed is',
          '',
          'groet Ahmed',
          '',
          'Verzonden vanaf mijn iPhone',
        ],
      }),
  });
  add({
    id: 'paspoort-kopie-onbekende',
    type: 'identity_document',
    client: null,
    expected: 'triage',
    reason: 'no-client',
    language: 'nl',
    render: 'scan',
    label: 'Copy of the passport page of someone who is not a client',
    date: '2026-01-14',
    heavy: true,
    build: () => {
      const d = new Doc({ font: 'sans', size: 9, margin: 30, top: 30 });
      d.rect(30, 40, 150, 100, { stroke: INK.black, fill: [0.92, 0.92, 0.92] });
      d.put('KONINKRIJK DER NEDERLANDEN – KINGDOM OF THE NETHERLANDS', 35, 48, { font: 'sansB', size: 8 });
      d.put('PASPOORT / PASSPORT', 35, 54, { font: 'sansB', size: 10 });
      d.rect(35, 60, 35, 45, { fill: [0.6, 0.6, 0.6] });
      const rows: [string, string][] = [
        ['Naam / Surname', 'VISSER'],
        ['Voornamen / Given names', 'MARK JOHANNES'],
        ['Geboortedatum', date(S.visser.birth, 'dot')],
        ['Persoonsnummer', S.visser.bsn],
        ['Geldig tot', '03.11.2031'],
      ];
      let y = 64;
      for (const [k, v] of rows) {
        d.put(k, 76, y, { size: 6, color: INK.grey });
        d.put(v, 76, y + 4, { font: 'monoB', size: 9 });
        y += 9;
      }
      d.put('P<NLDVISSER<<MARK<JOHANNES<<<<<<<<<<<<<<<<<<<', 35, 122, { font: 'mono', size: 9 });
      d.put('NX4R71K290NLD7509126M3111038<<<<<<<<<<<<<<02', 35, 128, { font: 'mono', size: 9 });
      return d;
    },
  });

  // ================================================================ routes (courts, contracts, ID, debts, languages)
  add({
    id: 'uitspraak-rechtbank-beroep',
    type: 'court_document',
    client: yasmin.kn,
    expected: 'route',
    language: 'nl',
    render: 'digital',
    label: "Court ruling (rechtbank, bestuursrecht) in an appeal by a client; the contested decision's reference is her client number",
    date: '2026-10-28',
    producer: 'Rechtspraak - uitspraak',
    build: () =>
      official({
        org: 'RECHTBANK NOORD-VOORBEELD',
        orgLines: ['Zittingsplaats Voorbeeld', 'Bestuursrecht', 'zaaknummer: VBD 26/1402'],
        color: [0.1, 0.1, 0.1],
        style: 'plain',
        font: 'serif',
        to: [
          'uitspraak van de enkelvoudige kamer van 28 oktober 2026 in de zaak tussen',
          '',
          `Yasmin Haddad, uit Voorbeeld, eiseres`,
          '(gemachtigde: mr. P. Koster),',
          'en',
          'het college van burgemeester en wethouders van de gemeente Voorbeeld, verweerder.',
        ],
        refs: [['Bestreden besluit', `beslissing op bezwaar van 3 juni 2026, kenmerk BB-2026-0215 / ${yasmin.kn}`]],
        subject: 'Samenvatting',
        body: [
          '1. Eiseres ontvangt een bijstandsuitkering. Verweerder heeft de uitkering met 100% verlaagd gedurende een maand omdat eiseres niet zou hebben meegewerkt aan een taaltoets. De rechtbank stelt vast dat eiseres op de dag van de toets aantoonbaar in het ziekenhuis verbleef.',
          '2. Het beroep is gegrond. De rechtbank vernietigt het bestreden besluit, herroept het primaire besluit en bepaalt dat deze uitspraak in de plaats treedt van het vernietigde besluit.',
          '3. Verweerder moet het griffierecht van € 54,- aan eiseres vergoeden en wordt veroordeeld in de proceskosten tot een bedrag van € 1.814,-.',
        ],
        closing: ['Deze uitspraak is gedaan door mr. A.M. de Ruiter, rechter, in aanwezigheid van S. El Idrissi, griffier.'],
      }),
  });
  add({
    id: 'beroepschrift-advocaat-onbekende',
    type: 'court_document',
    client: null,
    expected: 'route',
    language: 'nl',
    render: 'scan',
    label:
      'Copy of an appeal to the court by a lawyer for someone not in the directory (court documents go to bezwaar even without a client)',
    date: '2026-08-25',
    build: () =>
      letter({
        font: 'serif',
        to: ['Rechtbank Noord-Voorbeeld', 'Sector bestuursrecht', 'Postbus 900', '1230 ZZ Voorbeeld'],
        place: `Voorbeeld, ${date('2026-08-25')}`,
        subject: 'Beroepschrift',
        refs: [
          `Eiser: de heer R. de Boer, geboren ${date(S.boer.birth, 'num')}`,
          'Verweerder: college van B&W van de gemeente Voorbeeld',
          'Kopie aan: verweerder',
        ],
        salutation: 'Edelachtbare,',
        body: [
          'Namens eiser stel ik beroep in tegen de beslissing op bezwaar van verweerder van 16 juli 2026, waarbij het bezwaar tegen de weigering van een IOAW-uitkering ongegrond is verklaard.',
          'Verweerder heeft ten onrechte aangenomen dat eiser niet voldoet aan de arbeidsverledeneis. De gronden van het beroep zullen binnen vier weken worden aangevuld. Ik verzoek de rechtbank het beroep gegrond te verklaren en verweerder te veroordelen in de proceskosten.',
        ],
        closing: 'Hoogachtend,',
        signature: 'mr. B. Sluiter',
        signedBy: ['mr. B. Sluiter, advocaat'],
      }),
  });
  add({
    id: 'verblijfsdocument-foto-darwish',
    type: 'identity_document',
    client: ahmad.kn,
    expected: 'route',
    language: 'nl',
    render: 'photo',
    png: true,
    label: 'Phone picture (PNG) of a residence permit: name, birth date, BSN',
    date: '2026-03-05',
    build: () => {
      const d = new Doc({ font: 'sans', size: 9, margin: 30, top: 30 });
      d.rect(30, 60, 150, 95, { fill: [0.88, 0.93, 0.88], stroke: INK.grey });
      d.put('VERBLIJFSDOCUMENT', 35, 68, { font: 'sansB', size: 11, color: INK.green });
      d.put('Koninkrijk der Nederlanden', 35, 73, { size: 7 });
      d.rect(35, 78, 32, 40, { fill: [0.72, 0.7, 0.68] });
      const rows: [string, string][] = [
        ['Naam', 'DARWISH'],
        ['Voornamen', 'AHMAD'],
        ['Geboortedatum', date(ahmad.birth, 'dot')],
        ['BSN', ahmad.bsn],
        ['Aantekening', 'Arbeid vrij toegestaan'],
      ];
      let y = 82;
      for (const [k, v] of rows) {
        d.put(k, 72, y, { size: 6, color: INK.grey });
        d.put(v, 72, y + 4, { font: 'monoB', size: 9 });
        y += 9.5;
      }
      return d;
    },
  });
  add({
    id: 'arbeidsovereenkomst-lewandowski',
    type: 'employment_contract',
    client: tomasz.kn,
    expected: 'route',
    language: 'nl',
    render: 'digital',
    label: 'Fixed-term employment contract, employee with birth date and BSN',
    date: '2026-06-26',
    build: () =>
      contract({
        employer: 'Kassenbouw Westland-Voorbeeld B.V.',
        employerAddr: 'Voorbeeld, Glasweg 18',
        person: 'Tomasz Lewandowski',
        born: date(tomasz.birth),
        bsn: tomasz.bsn,
        addr: `${tomasz.street}, ${tomasz.pc} Voorbeeld`,
        role: 'montagemedewerker',
        start: '1 juli 2026',
        end: '31 december 2026',
        hours: 38,
        wage: 16.2,
      }),
  });
  add({
    id: 'arbeidsovereenkomst-scan-mustafa',
    type: 'employment_contract',
    client: mustafa.kn,
    expected: 'route',
    language: 'nl',
    render: 'scan',
    label: 'Scanned employment contract (doner restaurant) with birth date and BSN',
    date: '2026-09-30',
    build: () =>
      contract({
        employer: 'Anadolu Grill V.O.F.',
        employerAddr: 'Voorbeeld, Marktplein 61',
        person: 'Mustafa Aydın',
        born: date(mustafa.birth),
        bsn: mustafa.bsn,
        addr: `${mustafa.street}, ${mustafa.pc} Voorbeeld`,
        role: 'medewerker bediening en keuken',
        start: '1 oktober 2026',
        end: '31 maart 2027',
        hours: 20,
        wage: 14.4,
      }),
  });
  add({
    id: 'deurwaarder-beslag-geboortedatum',
    type: 'debt_notice',
    client: ermias.kn,
    expected: 'route',
    language: 'nl',
    render: 'digital',
    label: 'Bailiff announces wage/benefit garnishment; debtor named with birth date',
    date: '2026-09-10',
    producer: 'Gerechtsdeurwaarders Van Dijk Kraan – EDP',
    build: () =>
      official({
        org: 'Van Dijk Kraan Gerechtsdeurwaarders',
        orgLines: ['Postbus 4040, 3000 AK Rotterdam', 'www.vdk-deurwaarders.example', 'T 010 - 444 00 00'],
        color: [0.2, 0.2, 0.45],
        to: to(ermias, 'De heer E. Ghebremedhin'),
        refs: [
          ['Ons dossier', '26-118820/EK'],
          ['Schuldenaar', `E. Ghebremedhin, geb. ${date(ermias.birth, 'num')}`],
          ['Eiser', 'Zilveren Kruis Zorgverzekeringen N.V.'],
          ['Datum', date('2026-09-10')],
        ],
        subject: 'Aankondiging beslag op uitkering',
        body: [
          'Geachte heer Ghebremedhin,',
          `Op grond van het vonnis van de kantonrechter van 4 mei 2026 bent u aan onze opdrachtgever een bedrag verschuldigd van ${eur(2466.9)}. Ondanks onze eerdere brieven is er niet betaald en geen regeling getroffen.`,
          'Wij zijn voornemens beslag te leggen op uw uitkering bij de gemeente Voorbeeld. Daarbij wordt rekening gehouden met de beslagvrije voet. Neemt u binnen 8 dagen contact met ons op om dit te voorkomen. Heeft u problematische schulden, neem dan contact op met de schuldhulpverlening van uw gemeente.',
        ],
        closing: ['Hoogachtend,', 'E. Kraan, kandidaat-gerechtsdeurwaarder'],
      }),
  });
  add({
    id: 'aanmaning-zorgverzekeraar-onbekende',
    type: 'debt_notice',
    client: null,
    expected: 'route',
    language: 'nl',
    render: 'scan',
    label: 'Health insurer arrears letter (vroegsignalering) for a person not in the directory',
    date: '2026-11-03',
    build: () =>
      official({
        org: 'Zorgverzekeraar Gezond Samen',
        orgLines: ['Postbus 999, 3500 AZ Utrecht', 'Afdeling Debiteurenbeheer', ''],
        color: [0.0, 0.5, 0.55],
        to: to(S.dekker, 'Mevrouw E. Dekker'),
        refs: [
          ['Relatienummer', '188 402 117'],
          ['Datum', date('2026-11-03')],
        ],
        subject: 'U heeft een betalingsachterstand van 2 maanden',
        body: [
          'Beste mevrouw Dekker,',
          `Wij hebben de premie voor september en oktober nog niet ontvangen. Het openstaande bedrag is ${eur(297.9)}. Betaalt u binnen 14 dagen, dan blijft uw verzekering gewoon doorlopen.`,
          'Wij bieden u een betalingsregeling aan. Ook geven wij uw achterstand door aan de gemeente, zodat die u hulp kan aanbieden (vroegsignalering), tenzij u daar bezwaar tegen maakt.',
        ],
        closing: ['Met vriendelijke groet,', 'Debiteurenbeheer'],
      }),
  });
  add({
    id: 'deurwaarder-foto-onbekende',
    type: 'debt_notice',
    client: null,
    expected: 'route',
    language: 'nl',
    render: 'photo',
    label: 'Photo of a bailiff summons to a person not in the directory',
    date: '2026-12-01',
    build: () =>
      official({
        org: 'Deurwaarderskantoor Midden',
        orgLines: ['Postbus 55, 3800 AB Amersfoort', '', ''],
        color: [0.3, 0.1, 0.1],
        style: 'plain',
        to: to(S.haidari, 'De heer S. Haidari'),
        refs: [
          ['Dossiernummer', 'DM-2026-55102'],
          ['Datum', date('2026-12-01')],
        ],
        subject: 'Sommatie — betaal binnen 8 dagen',
        body: [
          'Geachte heer Haidari,',
          `Namens Lowland Telecom B.V. sommeren wij u om het openstaande bedrag van ${eur(643.71)} (inclusief incassokosten en rente) binnen 8 dagen te voldoen. Doet u dat niet, dan wordt u gedagvaard.`,
        ],
        closing: ['Deurwaarderskantoor Midden'],
      }),
  });
  add({
    id: 'borc-yardim-talebi-turkce',
    type: 'debt_notice',
    client: ali.kn,
    expected: 'route',
    language: 'tr',
    render: 'scan',
    label: 'Turkish letter asking the municipality for help with debts (schuldhulp), client number given',
    date: '2026-10-06',
    build: () =>
      letter({
        sender: ['Ali Şahin', ali.street, `${ali.pc} Voorbeeld`, `Müşteri no: ${ali.kn}`],
        to: ['Gemeente Voorbeeld', 'Schuldhulpverlening', 'Postbus 1234', '1230 AA Voorbeeld'],
        place: `Voorbeeld, ${date('2026-10-06', 'dot')}`,
        subject: 'Konu: Borçlarım için yardım talebi',
        salutation: 'Sayın Yetkili,',
        body: [
          'Son aylarda borçlarım çok arttı ve artık ödeyemiyorum. Telefon şirketine, sağlık sigortasına ve bir incasso bürosuna borcum var; toplam yaklaşık 3.800 euro. Her hafta yeni mektuplar geliyor ve çok stresliyim.',
          'Borç danışmanlığı (schuldhulpverlening) için başvurmak istiyorum. Tüm mektupları bir dosyada topladım ve randevuya getirebilirim. Lütfen benimle iletişime geçin.',
        ],
        closing: 'Saygılarımla,',
        signature: 'Ali Şahin',
      }),
  });
  add({
    id: 'objection-english-sanction',
    type: 'objection',
    client: dawit.kn,
    expected: 'route',
    language: 'en',
    render: 'digital',
    label: 'Objection in English against a benefit sanction, client number and BSN',
    date: '2026-07-16',
    build: () =>
      letter({
        sender: ['Dawit Tekle', dawit.street, `${dawit.pc} Voorbeeld`],
        to: ['Municipality of Voorbeeld', 'Objections team (Bezwaar en Beroep)', 'PO Box 1234', '1230 AA Voorbeeld'],
        place: date('2026-07-16', 'en'),
        subject: 'Notice of objection (bezwaarschrift) – decision of 2 July 2026',
        refs: [`Client number: ${dawit.kn}`, `BSN: ${dawit.bsn}`],
        salutation: 'Dear Sir or Madam,',
        body: [
          'I object to your decision of 2 July 2026 to reduce my benefit by 30% for two months because I allegedly refused suitable work.',
          'I did not refuse the job. The job required a driving licence, which I do not have, and I explained this to the employer and to my consultant by e-mail on 22 June (copy enclosed). I therefore ask you to withdraw the decision and pay the withheld amount.',
          'I would like to be heard in person, with an interpreter for Tigrinya if possible.',
        ],
        closing: 'Yours sincerely,',
        signature: 'Dawit Tekle',
      }),
  });
  add({
    id: 'shakwa-arabi-rami',
    type: 'complaint',
    client: rami.kn,
    expected: 'route',
    language: 'ar',
    render: 'scan',
    label: 'Arabic complaint about a rude phone call, client number given',
    date: '2026-02-26',
    build: () =>
      letter({
        rtl: true,
        size: 12,
        sender: ['رامي خليل', `رقم العميل: ${rami.kn}`, rami.street],
        to: ['بلدية فوربيلد', 'منسق الشكاوى'],
        subject: 'الموضوع: شكوى بشأن معاملة موظف',
        salutation: 'السادة الكرام،',
        body: [
          'أود أن أقدم شكوى رسمية بشأن مكالمة هاتفية بتاريخ 20 شباط 2026 مع موظف في قسم الدخل. عندما سألت عن سبب تأخر دفع المساعدة، رفع الموظف صوته وأغلق الخط في وجهي.',
          'أطلب أن يتم التحقيق في هذا الأمر وأن يتم الرد على شكواي كتابيًا. شكرًا لكم.',
        ],
        closing: 'مع التحية،',
        signedBy: ['رامي خليل'],
      }),
  });
  add({
    id: 'talab-musaada-arabi-jadid',
    type: 'benefit_application',
    client: null,
    expected: 'route',
    language: 'ar',
    render: 'photo',
    label: 'Arabic application for assistance from a newcomer (valid BSN, not in directory)',
    date: '2026-11-10',
    build: () =>
      letter({
        rtl: true,
        size: 12,
        sender: ['سمير حيدري', `BSN: ${S.haidari.bsn}`, S.haidari.street],
        to: ['بلدية فوربيلد', 'قسم العمل والدخل'],
        subject: 'الموضوع: طلب مساعدة اجتماعية',
        salutation: 'السادة المحترمون،',
        body: [
          'انتقلت إلى فوربيلد في تشرين الأول 2026 بعد حصولي على الإقامة. ليس لدي عمل ولا دخل حاليًا، وأطلب الحصول على المساعدة الاجتماعية لتغطية تكاليف المعيشة.',
          'أرفق نسخة من تصريح الإقامة وعقد الإيجار. أرجو تحديد موعد مع مترجم.',
        ],
        closing: 'مع الشكر،',
        signedBy: ['سمير حيدري'],
      }),
  });
  add({
    id: 'skarha-ukrainska-chekannya',
    type: 'complaint',
    client: null,
    expected: 'route',
    language: 'uk',
    render: 'digital',
    label: 'Ukrainian complaint about waiting for a decision, from someone not in the directory',
    date: '2026-06-15',
    build: () =>
      letter({
        sender: [S.shevchenko.name, S.shevchenko.street, `${S.shevchenko.pc} Voorbeeld`],
        to: ['Gemeente Voorbeeld', 'Klachtencoördinatie', 'Postbus 1234', '1230 AA Voorbeeld'],
        place: `Voorbeeld, ${date('2026-06-15', 'dot')}`,
        subject: 'Скарга щодо тривалого розгляду моєї заяви',
        salutation: 'Шановні пані та панове!',
        body: [
          'Я подала заяву на соціальну допомогу 14 квітня 2026 року. Минуло вже понад вісім тижнів, але я досі не отримала жодного рішення, хоча закон передбачає строк вісім тижнів.',
          'Я телефонувала тричі, і мені щоразу казали, що справа «в роботі». Прошу розглянути цю скаргу та повідомити мені письмово, коли буде ухвалене рішення.',
        ],
        closing: 'З повагою,',
        signature: 'І. Шевченко',
      }),
  });
  add({
    id: 'povidomlennya-poizdka-uk',
    type: 'holiday_notice',
    client: null,
    expected: 'triage',
    reason: 'no-client',
    language: 'uk',
    render: 'scan',
    label: 'Ukrainian notice of a trip abroad by a person not in the directory (no client to route to)',
    date: '2026-08-04',
    build: () =>
      letter({
        font: 'hand',
        size: 12.5,
        hand: true,
        sender: [S.shevchenko.name, S.shevchenko.street],
        place: '04.08.2026',
        subject: 'Повідомлення про поїздку за кордон',
        body: [
          'Повідомляю, що з 20 серпня по 3 вересня 2026 року я буду в Польщі (Краків), щоб відвідати сестру. Квитки на автобус додаю.',
          'Після повернення одразу зв’яжуся з вами.',
        ],
        signature: 'Ірина Ш.',
      }),
  });
  add({
    id: 'avg-rectificatie-adres-hand',
    type: 'other',
    client: mohamed.kn,
    expected: 'triage',
    reason: 'type-other',
    language: 'nl',
    render: 'scan',
    label: 'Handwritten AVG art. 16 request to correct a wrong birth date in the file (type other)',
    date: '2026-05-28',
    build: () =>
      letter({
        font: 'hand',
        size: 12.5,
        hand: true,
        sender: ['M. Bouchtaoui', mohamed.street, `${mohamed.pc} Voorbeeld`, `klantnummer ${mohamed.kn}`],
        place: 'Voorbeeld 28-5-2026',
        subject: 'Verbetering van mijn gegevens (AVG artikel 16)',
        body: [
          'In uw brieven staat mijn geboortedatum als 27-11-1958. Dat is fout, het moet 27-11-1959 zijn. Ook mijn telefoonnummer is oud. Nieuw nummer is 06 31 09 44 28.',
          'Ik vraag u volgens de privacywet om dit te verbeteren en mij een brief te sturen dat het gedaan is.',
        ],
        closing: 'Met vriendelijke groet',
        signature: 'M. Bouchtaoui',
      }),
  });
  add({
    id: 'gdpr-rectification-email-english',
    type: 'other',
    client: senait.kn,
    expected: 'triage',
    reason: 'type-other',
    language: 'en',
    render: 'digital',
    label: 'E-mail in English: GDPR rectification request (wrong household composition in file), client number',
    date: '2026-11-19',
    producer: 'Outlook - Microsoft Print to PDF',
    build: () =>
      email({
        from: `Senait Kahsay <${senait.email}>`,
        to: 'privacy@gemeente-voorbeeld.example',
        sent: 'Thursday, 19 November 2026 10:31',
        subject: 'Request for rectification of my personal data (Art. 16 GDPR)',
        body: [
          'Dear Data Protection Officer,',
          '',
          `My client number is ${senait.kn}. In the letter of 10 November your records state that my son Filmon lives with me. He moved to Utrecht for his studies on 1 September and is registered there.`,
          '',
          'Under Article 16 of the GDPR I ask you to correct this information without delay and to inform me when it has been done. The wrong information may affect my benefit.',
          '',
          'Kind regards,',
          'Senait Kahsay',
        ],
      }),
  });
  add({
    id: 'loonstrook-exact-bsn-typo-klantnr',
    type: 'payslip',
    client: hanan.kn,
    expected: 'route',
    language: 'nl',
    render: 'scan',
    label: 'Payslip with a mistyped BSN (fails the elfproef, on purpose) and the correct client number written on it',
    date: '2026-02-27',
    build: () => {
      const d = official({
        org: 'Thuiszorg Samen B.V.',
        orgLines: ['Salarisadministratie (Exact)', 'Zorgplein 3, 1232 BA Voorbeeld', ''],
        color: [0.8, 0.2, 0.4],
        to: to(hanan, 'Mw. H. El Khattabi'),
        refs: [
          ['Periode', 'februari 2026'],
          ['BSN', typoBsn(hanan.bsn, 5, (Number(hanan.bsn[5]) + 3) % 10)],
          ['Personeelsnummer', '2290'],
        ],
        subject: 'Loonstrook februari 2026',
        body: [
          `Uren: 46,25 × ${eur(16.11)} = ${eur(745.09)}   ·   ORT ${eur(61.2)}   ·   Reiskosten ${eur(18.9)}`,
          `Pensioen PFZW ${eur(-45.12)}   ·   Loonheffing ${eur(0)}   ·   Netto ${eur(780.07)}`,
          'Betaaldatum 27-02-2026.',
        ],
      });
      d.put(hanan.kn, 130, 58, { font: 'hand', size: 15, color: INK.pen, hand: true });
      return d;
    },
  });
  add({
    id: 'bordro-foto-kebab-bsn',
    type: 'payslip',
    client: derya.kn,
    expected: 'route',
    language: 'nl',
    render: 'photo',
    label: 'Phone photo of a small-employer payslip (payroll office), BSN and birth date',
    date: '2026-04-30',
    build: () =>
      official({
        org: 'Administratiekantoor Yıldız',
        orgLines: ['namens Bakkerij Istanbul, Kerkstraat 7', 'Voorbeeld', ''],
        color: [0.7, 0.4, 0.0],
        style: 'plain',
        to: to(derya, 'Mevr. D. Arslan'),
        refs: [
          ['Periode', '04-2026'],
          ['BSN', derya.bsn],
          ['Geb.datum', date(derya.birth, 'num')],
        ],
        subject: 'Salarisstrook',
        body: [
          `Uren 52 à ${eur(14.06)} = ${eur(731.12)}`,
          `Vakantiegeld reservering 8% ${eur(58.49)}`,
          `Loonheffing ${eur(0)} · Netto ${eur(731.12)}`,
        ],
      }),
  });
  add({
    id: 'sns-afschrift-klantnr-omschrijving',
    type: 'bank_statement',
    client: luwam.kn,
    expected: 'route',
    language: 'nl',
    render: 'scan',
    label: 'Bank statement; municipal payment description with client number (no BSN)',
    date: '2026-10-02',
    build: () => {
      const d = new Doc({ font: 'mono', size: 8.5, margin: 16, top: 14 });
      d.text('RegioBank', { font: 'sansB', size: 16, color: [0.9, 0.5, 0.0] });
      d.text(`Afschrift 09/2026  NL22 RBRB 0944 1210 07  L. ASMEROM`, { size: 8.5 });
      d.gap(4);
      const rows: [string, string, string][] = [
        ['01-09', 'GEM VOORBEELD PW SEPT KLNR K-100465', '+  1.113,40'],
        ['02-09', 'WOONSTEDE HUUR SEPT', '-    701,00'],
        ['08-09', 'ALDI VOORBEELD', '-     44,10'],
        ['15-09', 'KPN FACTUUR', '-     35,00'],
        ['20-09', 'BELASTINGDIENST TOESLAGEN', '+    429,00'],
      ];
      for (const [a, b, x] of rows)
        d.row(
          [
            { s: a, x: 0 },
            { s: b, x: 18 },
            { s: x, x: 175, align: 'right' },
          ],
          { lh: 1.6 },
        );
      return d;
    },
  });
  add({
    id: 'verhuizing-online-formulier-iwan',
    type: 'change_form',
    client: iwan.kn,
    expected: 'route',
    language: 'nl',
    render: 'digital',
    label: 'Online change report (move) printed to PDF, client number and BSN',
    date: '2026-11-24',
    producer: 'Chrome - Opslaan als PDF',
    build: () => {
      const d = new Doc({ font: 'sans', size: 9.5, margin: 20, top: 12 });
      d.text('Wijziging doorgeven – samenvatting', { font: 'sansB', size: 14, color: INK.teal });
      d.gap(4);
      const kv: [string, string][] = [
        ['Klantnummer', iwan.kn],
        ['BSN', iwan.bsn],
        ['Naam', iwan.name],
        ['Wijziging', 'Verhuizing'],
        ['Nieuw adres', 'Zeestraat 14, 1231 PK Voorbeeld'],
        ['Ingangsdatum', '01-12-2026'],
        ['Nieuwe huur', eur(689.0)],
        ['Woont u samen?', 'Nee'],
      ];
      for (const [k, v] of kv)
        d.row(
          [
            { s: k, x: 0, color: INK.grey },
            { s: v, x: 60 },
          ],
          { lh: 1.7 },
        );
      d.gap(5);
      d.text('Bijlagen: huurcontract_zeestraat.pdf (1)', { size: 8.5, color: INK.grey });
      return d;
    },
  });
  add({
    id: 'medical-certificate-english-hospital',
    type: 'medical_statement',
    client: senait.kn,
    expected: 'route',
    language: 'en',
    render: 'scan',
    label: 'English medical certificate from a hospital, patient name and date of birth',
    date: '2026-01-22',
    build: () =>
      official({
        org: 'Voorbeeld University Medical Centre',
        orgLines: ['Department of Internal Medicine', 'Ziekenhuisweg 1, 1236 ZH Voorbeeld', ''],
        color: [0.0, 0.35, 0.6],
        font: 'serif',
        to: ['To whom it may concern'],
        refs: [
          ['Patient', 'Mrs S. Kahsay'],
          ['Date of birth', date(senait.birth, 'num')],
          ['Date', date('2026-01-22', 'en')],
        ],
        subject: 'Medical certificate',
        body: [
          'This is to certify that the above-named patient is under treatment at our department for a chronic condition requiring regular outpatient visits and daily medication.',
          'In our opinion she is currently not able to participate in full-time work or training activities. Part-time activities of up to 8 hours per week, without heavy physical strain, are acceptable. We expect to re-evaluate in three months.',
        ],
        closing: ['Sincerely,', 'Dr. M. Okafor, internist'],
      }),
  });
  return specs;
}
