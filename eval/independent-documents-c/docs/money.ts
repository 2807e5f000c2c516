// Bank statements, tax documents and debt letters.
import { C, dmy, euro, groupIban, iban, nlLong, type Spec, strangerBsn } from '../lib/common.ts';
import { addressBlock } from '../lib/parts.ts';
import { Doc, INK, type Page, RED } from '../lib/sheet.ts';

function txRows(seed: number, start: number, n: number): string[][] {
  const items: [string, number][] = [
    ['Albert Heijn 1432 VOORBEELD', -34.12],
    ['Lidl Voorbeeld', -21.87],
    ['Gemeente Voorbeeld Participatiewet', 1091.04],
    ['Woonstichting De Linde huur', -642.5],
    ['Zilveren Polis Zorgverzekering', -147.2],
    ['Voltaris Energie termijn', -96.0],
    ['Belastingdienst Toeslagen huurtoeslag', 312.0],
    ['Belastingdienst Toeslagen zorgtoeslag', 131.0],
    ['Kruidvat 7791', -9.49],
    ['Geldautomaat Stationsplein', -50.0],
    ['NS Reizigers', -12.4],
    ['Action 2201', -14.35],
    ['Tikkie van J. Brouwer', 15.0],
    ['KPN Mobiel', -19.5],
    ['Bol.com', -27.99],
  ];
  const rows: string[][] = [];
  let bal = start;
  for (let i = 0; i < n; i++) {
    const [d, a] = items[(seed * 7 + i * 5) % items.length]!;
    bal += a;
    rows.push([`${String(1 + ((i * 29) % 28)).padStart(2, '0')}-03`, d, a < 0 ? euro(-a) : '', a > 0 ? euro(a) : '', euro(bal)]);
  }
  rows.sort((x, y) => x[0]!.localeCompare(y[0]!));
  return rows;
}

const debtHead = (p: Page, name: string, sub: string, color: [number, number, number]) => {
  p.rect(0, 0, 595.28, 96, { fill: color });
  p.t(64, 52, name, { f: 'sansB', size: 22, color: [1, 1, 1] });
  p.t(64, 72, sub, { size: 9, color: [1, 1, 1] });
};

export const MONEY: Spec[] = [
  {
    slug: 'rekeningafschrift-download-alleen-naam',
    type: 'bank_statement',
    client: null,
    language: 'nl',
    render: 'digital',
    label: 'Downloaded bank statement PDF with only account holder name and IBAN (no identifier)',
    date: '2026-04-01',
    author: 'Internetbankieren',
    build: () => {
      const d = new Doc('sans', 9);
      const p = d.page();
      p.left = 40;
      p.right = 555;
      p.t(40, 50, 'Nederbank', { f: 'sansB', size: 18, color: [0.95, 0.45, 0.0] });
      p.t(555, 46, 'Afschrift betaalrekening', { f: 'sansB', size: 11, align: 'right' });
      p.t(555, 60, 'Periode 1 maart 2026 t/m 31 maart 2026', { size: 8.5, align: 'right' });
      p.at(90);
      p.kv(
        [
          ['Rekeninghouder', 'MEVR L DE JONG'],
          ['IBAN', groupIban(iban('NEDB', 'dejong'))],
          ['Afschriftnummer', '2026-003'],
          ['Beginsaldo 1-3-2026', '€ 214,77'],
        ],
        { labelW: 110, size: 9 },
      );
      p.table(
        [
          { h: 'Datum', w: 50 },
          { h: 'Omschrijving', w: 255 },
          { h: 'Af', w: 70, r: true },
          { h: 'Bij', w: 70, r: true },
          { h: 'Saldo', w: 70, r: true },
        ],
        txRows(1, 214.77, 18),
        { size: 8.5, zebra: [0.96, 0.96, 0.96], rowH: 15 },
      );
      p.p('Dit overzicht is gemaakt op 1 april 2026. Controleer uw afschrift; onjuistheden meldt u binnen 13 maanden.', {
        size: 7.5,
        color: [0.4, 0.4, 0.4],
      });
      return d;
    },
  },
  {
    slug: 'bankafschrift-klantnummer-bovenaan',
    type: 'bank_statement',
    client: 'K-100423',
    language: 'nl',
    render: 'scan',
    label: 'Scanned bank statement with the client number and name written at the top by hand',
    date: '2026-03-03',
    build: () => {
      const d = new Doc('sans', 8.5);
      const p = d.page();
      p.t(64, 34, 'Johan Smits   K-100423', { f: 'hand', size: 16, color: INK });
      p.rect(64, 50, 40, 40, { fill: [0.0, 0.2, 0.55] });
      p.t(112, 70, 'Coöperatieve Boerenleenbank Voorbeeld', { f: 'sansB', size: 11 });
      p.t(112, 84, 'Rekeningoverzicht', { size: 9 });
      p.at(110);
      addressBlock(p, ['Dhr. J. Smits', 'Marktplein 106', '1233 WT Voorbeeld']);
      p.kv(
        [
          ['Rekening', groupIban(iban('RABO', 'smits'))],
          ['Datum', '28-02-2026'],
          ['Volgnummer', '14'],
        ],
        { labelW: 80 },
      );
      p.table(
        [
          { h: 'Datum', w: 50 },
          { h: 'Omschrijving', w: 245 },
          { h: 'Af', w: 65, r: true },
          { h: 'Bij', w: 65, r: true },
          { h: 'Saldo', w: 65, r: true },
        ],
        txRows(4, 88.1, 14),
        { size: 8.5, grid: true },
      );
      return d;
    },
  },
  {
    slug: 'wyciag-bankowy-polski',
    type: 'bank_statement',
    client: 'K-100451',
    language: 'pl',
    render: 'photo',
    label: 'Photo of a Polish bank statement (PLN account) with a sticky note giving the client number',
    date: '2026-03-09',
    build: () => {
      const d = new Doc('sans', 9);
      const p = d.page();
      p.t(64, 56, 'Bank Wisła S.A.', { f: 'sansB', size: 17, color: [0.1, 0.2, 0.5] });
      p.t(530, 56, 'WYCIĄG Z RACHUNKU nr 2/2026', { f: 'sansB', size: 10, align: 'right' });
      p.at(90);
      p.kv(
        [
          ['Posiadacz rachunku', 'MAGDALENA KAMIŃSKA'],
          ['Adres korespondencyjny', 'ul. Długa 14/3, 80-827 Gdańsk'],
          ['Numer rachunku', 'PL61 1090 1014 0000 0712 1981 2874'],
          ['Okres', '01.02.2026 – 28.02.2026'],
          ['Saldo początkowe', '3 412,58 PLN'],
        ],
        { labelW: 140 },
      );
      p.table(
        [
          { h: 'Data', w: 60 },
          { h: 'Opis operacji', w: 250 },
          { h: 'Kwota PLN', w: 80, r: true },
          { h: 'Saldo', w: 80, r: true },
        ],
        [
          ['03.02', 'Przelew: czynsz mieszkanie Gdańsk (najemca)', '+1 600,00', '5 012,58'],
          ['05.02', 'Opłata za prowadzenie rachunku', '-12,00', '5 000,58'],
          ['10.02', 'Wspólnota Mieszkaniowa Długa 14', '-486,20', '4 514,38'],
          ['15.02', 'Podatek od nieruchomości', '-214,00', '4 300,38'],
          ['20.02', 'Energa Obrót S.A.', '-131,44', '4 168,94'],
          ['27.02', 'Przelew na rachunek w Holandii', '-1 000,00', '3 168,94'],
        ],
        { grid: true, size: 8.5 },
      );
      p.ln('Saldo końcowe: 3 168,94 PLN', { f: 'sansB', after: 20 });
      p.rect(340, 620, 170, 120, { fill: [0.99, 0.93, 0.45] });
      p.t(352, 650, 'Klantnummer', { f: 'hand', size: 14, color: INK });
      p.t(352, 675, 'K-100451', { f: 'hand', size: 18, color: INK });
      p.t(352, 700, 'rekening Polen', { f: 'hand', size: 13, color: INK });
      return d;
    },
  },
  {
    slug: 'bankafschrift-bsn-en-verkeerd-klantnummer',
    type: 'bank_statement',
    client: null,
    conflict: ['K-100164', 'K-100171'],
    language: 'nl',
    render: 'scan',
    label: "Bank statement with a cover note giving one client's BSN and another client's number",
    date: '2026-03-20',
    build: () => {
      const d = new Doc('sans', 9);
      let p = d.page();
      p.at(80);
      p.t(64, 100, 'Aan de gemeente,', { f: 'hand2', size: 15, color: INK });
      p.t(64, 130, 'hierbij mijn bankafschriften van februari en maart.', { f: 'hand2', size: 15, color: INK });
      p.t(64, 160, 'BSN 999932871', { f: 'hand2', size: 15, color: INK });
      p.t(64, 190, 'klantnummer K-100171', { f: 'hand2', size: 15, color: INK });
      p.t(64, 230, 'groetjes Saida B.', { f: 'hand2', size: 15, color: INK });
      p = d.page();
      p.t(64, 50, 'ASN-achtige Spaarbank', { f: 'serifB', size: 14, color: [0.1, 0.4, 0.3] });
      p.at(80);
      p.kv(
        [
          ['Ten name van', 'S. Benali'],
          ['Rekeningnummer', groupIban(iban('SNSB', 'benali'))],
          ['Periode', 'februari – maart 2026'],
        ],
        { labelW: 110 },
      );
      p.table(
        [
          { h: 'Datum', w: 50 },
          { h: 'Omschrijving', w: 250 },
          { h: 'Af', w: 60, r: true },
          { h: 'Bij', w: 60, r: true },
          { h: 'Saldo', w: 60, r: true },
        ],
        txRows(9, 41.2, 20),
        { size: 8.5 },
      );
      return d;
    },
  },
  {
    slug: 'statement-online-bank-with-cover-letter',
    type: 'bank_statement',
    client: 'K-100241',
    language: 'en',
    render: 'digital',
    label: 'Cover letter in English with client number, followed by an English online-bank statement',
    date: '2026-04-03',
    author: 'Selam Habte',
    build: () => {
      const c = C('K-100241');
      const d = new Doc('sans', 10);
      let p = d.page();
      p.at(60);
      addressBlock(p, ['Selam Habte', c.street, c.city]);
      addressBlock(p, ['Gemeente Voorbeeld', 'Team Inkomen', 'Postbus 1234', '1230 AA Voorbeeld']);
      p.ln('Voorbeeld, 3 April 2026', { after: 10 });
      p.ln('Subject: bank statements March 2026 — client number K-100241', { f: 'sansB', after: 8 });
      p.p(`Dear consultant,

As requested in your letter of 24 March, I am sending you my bank statement for March 2026. I only have this one bank account. The payment of 150 euro on 12 March is money my sister sent me for my daughter's school trip; it is a gift and not a loan.

If you need anything else, please call me after 3 pm.

Kind regards,
Selam Habte`);
      p = d.page();
      p.left = 40;
      p.right = 555;
      p.t(40, 50, 'lumio', { f: 'sansB', size: 24, color: [0.35, 0.2, 0.7] });
      p.t(555, 50, 'Account statement', { f: 'sansB', size: 12, align: 'right' });
      p.at(75);
      p.kv(
        [
          ['Account holder', 'Selam Habte'],
          ['IBAN', groupIban(iban('LUMI', 'habte'))],
          ['Period', '1 Mar 2026 – 31 Mar 2026'],
        ],
        { labelW: 100, size: 9 },
      );
      p.table(
        [
          { h: 'Date', w: 60 },
          { h: 'Description', w: 250 },
          { h: 'Out', w: 65, r: true },
          { h: 'In', w: 65, r: true },
          { h: 'Balance', w: 70, r: true },
        ],
        [...txRows(3, 120.5, 12), ['12-03', 'Transfer from H. Habte', '', '150,00', '—']],
        { size: 8.5, zebra: [0.95, 0.93, 0.99] },
      );
      return d;
    },
  },
  {
    slug: 'hesap-ekstresi-turk-banka',
    type: 'bank_statement',
    client: 'K-100213',
    language: 'tr',
    render: 'photo',
    ext: 'jpg',
    label: 'Photo of a Turkish bank account statement with the BSN added by hand',
    date: '2026-02-26',
    build: () => {
      const d = new Doc('sans', 9);
      const p = d.page();
      p.t(64, 56, 'Anadolu Katılım Bankası A.Ş.', { f: 'sansB', size: 15, color: [0.0, 0.45, 0.35] });
      p.t(64, 72, 'Şube: Kayseri Merkez · Müşteri Hizmetleri 0850 222 00 00', { size: 8 });
      p.at(100);
      p.ln('HESAP EKSTRESİ', { f: 'sansB', size: 13, after: 6 });
      p.kv(
        [
          ['Müşteri', 'MUSTAFA AYDIN'],
          ['T.C. Kimlik No', '2384*****16'],
          ['IBAN', 'TR32 0010 0099 9990 1234 5678 90'],
          ['Dönem', '01.01.2026 - 31.01.2026'],
        ],
        { labelW: 110 },
      );
      p.table(
        [
          { h: 'Tarih', w: 65 },
          { h: 'Açıklama', w: 240 },
          { h: 'Tutar (TL)', w: 80, r: true },
          { h: 'Bakiye', w: 80, r: true },
        ],
        [
          ['02.01.2026', 'Kira geliri - Talas daire', '+12.500,00', '48.210,40'],
          ['05.01.2026', 'Elektrik faturası', '-1.184,20', '47.026,20'],
          ['11.01.2026', 'Aidat', '-950,00', '46.076,20'],
          ['20.01.2026', 'EFT - Hatice Aydın', '-5.000,00', '41.076,20'],
          ['31.01.2026', 'Kâr payı', '+388,15', '41.464,35'],
        ],
        { grid: true, size: 8.5 },
      );
      p.t(330, 470, 'BSN 999936025', { f: 'hand', size: 17, color: INK });
      p.t(330, 495, 'ev in Turkije (huur)', { f: 'hand', size: 14, color: INK });
      return d;
    },
  },
  // ---------------------------------------------------------------- tax
  {
    slug: 'toeslagen-voorlopige-berekening-huurtoeslag',
    type: 'tax_document',
    client: 'K-100206',
    language: 'nl',
    render: 'digital',
    label: 'Belastingdienst/Toeslagen provisional rent-allowance calculation, BSN/sofinummer, heavy letterhead page 1',
    date: '2026-01-20',
    author: 'Belastingdienst',
    build: () => {
      const c = C('K-100206');
      const d = new Doc('sans', 10);
      let p = d.page();
      p.rect(64, 40, 10, 80, { fill: [0.05, 0.2, 0.45] });
      p.t(84, 60, 'Belastingdienst', { f: 'sansB', size: 15, color: [0.05, 0.2, 0.45] });
      p.t(84, 78, 'Toeslagen', { size: 13, color: [0.05, 0.2, 0.45] });
      addressBlock(p, ['Mevrouw I. van Dijk', c.street, c.city], { y: 180 });
      p.t(400, 190, 'Postbus 8025', { size: 8 });
      p.t(400, 201, '6710 AE Ede', { size: 8 });
      p.t(400, 225, 'BSN/sofinummer', { size: 8, f: 'sansB' });
      p.t(400, 236, c.bsn, { size: 8 });
      p.t(400, 256, 'Datum', { size: 8, f: 'sansB' });
      p.t(400, 267, '20 januari 2026', { size: 8 });
      p.t(400, 287, 'Toeslagjaar', { size: 8, f: 'sansB' });
      p.t(400, 298, '2026', { size: 8 });
      p.at(360);
      p.ln('Voorlopige berekening huurtoeslag 2026', { f: 'sansB', size: 14 });
      p.t(297, 800, '1/2', { size: 8, align: 'center' });
      p = d.page();
      p.at(60);
      p.p(`Geachte mevrouw Van Dijk,

U krijgt in 2026 huurtoeslag. In deze brief leest u hoeveel u krijgt en met welke gegevens wij hebben gerekend.`);
      p.table(
        [
          { h: 'Gegevens', w: 300 },
          { h: '2026', w: 120, r: true },
        ],
        [
          ['Rekenhuur per maand', '€ 688,14'],
          ['Toetsingsinkomen (geschat)', '€ 17.940'],
          ['Vermogen op 1 januari', 'minder dan € 38.479'],
          ['Aantal bewoners', '1'],
          ['Huurtoeslag per maand', '€ 331,00'],
        ],
        { grid: true },
      );
      p.p(`Kloppen deze gegevens niet? Pas ze dan aan via Mijn toeslagen. Dan voorkomt u dat u later moet terugbetalen.

Met vriendelijke groet,
Belastingdienst/Toeslagen`);
      return d;
    },
  },
  {
    slug: 'aanslag-inkomstenbelasting-scan',
    type: 'tax_document',
    client: 'K-100101',
    language: 'nl',
    render: 'scan',
    label: 'Scanned final income tax assessment 2024 (aanslag inkomstenbelasting), BSN in the reference column',
    date: '2026-03-11',
    build: () => {
      const c = C('K-100101');
      const d = new Doc('sans', 9.5);
      const p = d.page();
      p.t(64, 60, 'Belastingdienst', { f: 'sansB', size: 16 });
      addressBlock(p, ['J. de Vries', c.street, c.city], { y: 140 });
      p.at(140);
      p.kv(
        [
          ['Aanslagnummer', `${c.bsn}.H.46.01`],
          ['Dagtekening', '6 maart 2026'],
          ['Burgerservicenummer', c.bsn],
        ],
        { x: 330, labelW: 105, size: 8.5 },
      );
      p.at(240);
      p.ln('AANSLAG INKOMSTENBELASTING/PREMIE VOLKSVERZEKERINGEN 2024', { f: 'sansB', size: 11, after: 10 });
      p.table(
        [
          { h: 'Omschrijving', w: 320 },
          { h: 'Bedrag', w: 100, r: true },
        ],
        [
          ['Inkomen uit werk en woning (box 1)', '12.618'],
          ['Belasting en premie volksverzekeringen', '4.686'],
          ['Af: heffingskortingen', '-4.686'],
          ['Af: voorlopige aanslag / voorheffingen', '-318'],
          ['Te ontvangen', '318'],
        ],
        { grid: true },
      );
      p.p('U ontvangt € 318 binnen 4 weken op rekening ' + groupIban(iban('INGB', 'devries')) + '.', {});
      p.stamp(440, 360, ['KOPIE VOOR', 'GEMEENTE'], { rot: -10, color: [0.2, 0.2, 0.2] });
      return d;
    },
  },
  {
    slug: 'zorgtoeslag-terugvordering-onbekende',
    type: 'tax_document',
    client: null,
    language: 'nl',
    render: 'fax',
    label: 'Faxed zorgtoeslag recovery decision for a person not in the directory (valid BSN of a stranger)',
    date: '2026-02-18',
    build: () => {
      const bsn = strangerBsn('Derk Oosterhuis');
      const d = new Doc('sans', 10);
      const p = d.page();
      p.t(64, 70, 'Belastingdienst/Toeslagen', { f: 'sansB', size: 14 });
      addressBlock(p, ['De heer D. Oosterhuis', 'Zandpad 9', '1239 PK Voorbeeld'], { y: 120 });
      p.kv(
        [
          ['BSN/sofinummer', bsn],
          ['Datum', '16 februari 2026'],
          ['Kenmerk', 'ZT 2025 / 04 / terugvordering'],
        ],
        { labelW: 120, after: 16 },
      );
      p.ln('Definitieve berekening zorgtoeslag 2025: u moet € 486 terugbetalen', { f: 'sansB', after: 6 });
      p.p(`Geachte heer Oosterhuis,

Wij hebben uw zorgtoeslag over 2025 definitief berekend. Uw inkomen was hoger dan u aan ons had doorgegeven. Daarom heeft u te veel zorgtoeslag gekregen. U moet € 486 terugbetalen.

U krijgt hierover binnenkort een betalingsregeling aangeboden. Kunt u niet betalen? Neem dan contact met ons op.

Met vriendelijke groet,
Belastingdienst/Toeslagen`);
      p.gap(10);
      p.t(64, p.y + 14, 'graag uitleg, ik heb toch bijstand aangevraagd?? - D.O.', { f: 'hand', size: 14 });
      return d;
    },
  },
  {
    slug: 'jaaropgave-werkgever-foto',
    type: 'tax_document',
    client: 'K-100486',
    language: 'nl',
    render: 'photo',
    ext: 'jpg',
    label: "Photo of an employer's annual statement (jaaropgave 2025) with BSN",
    date: '2026-02-05',
    build: () => {
      const c = C('K-100486');
      const d = new Doc('cond', 10);
      const p = d.page();
      p.left = 80;
      p.at(70);
      p.ln('JAAROPGAVE 2025', { f: 'condB', size: 18 });
      p.ln('Van der Sluis Transport B.V. · loonheffingennummer 8123.45.678.L01', { size: 8.5, after: 12 });
      p.kv(
        [
          ['Naam', 'K. Mulder'],
          ['Burgerservicenummer', c.bsn],
          ['Periode', '01-01-2025 t/m 31-12-2025'],
          ['Tabel', 'Wit / maandloon'],
          ['Loonheffingskorting', 'Ja, vanaf 01-01-2025'],
        ],
        { labelW: 140 },
      );
      p.table(
        [
          { h: '', w: 280 },
          { h: 'Bedrag', w: 120, r: true },
        ],
        [
          ['Fiscaal loon', '€ 21.442'],
          ['Ingehouden loonheffing', '€ 1.108'],
          ['Verrekende arbeidskorting', '€ 3.904'],
          ['Bijdrage Zvw', '€ 1.415'],
          ['Waarde privégebruik auto', '€ 0'],
        ],
        { size: 10, grid: true },
      );
      p.p('Bewaar deze jaaropgave. U heeft haar nodig voor uw aangifte inkomstenbelasting 2025.', { size: 8.5 });
      return d;
    },
  },
  {
    slug: 'toeslagen-partner-bsn-ander-klantnummer',
    type: 'tax_document',
    client: null,
    conflict: ['K-100395', 'K-100451'],
    language: 'nl',
    render: 'scan',
    label: "Toeslagen letter with one client's BSN, another client's number added in pen",
    date: '2026-03-25',
    build: () => {
      const c = C('K-100395');
      const d = new Doc('sans', 10);
      const p = d.page();
      p.t(64, 60, 'Belastingdienst/Toeslagen', { f: 'sansB', size: 14 });
      addressBlock(p, ['De heer M. Wójcik', c.street, c.city], { y: 120 });
      p.at(120);
      p.kv(
        [
          ['Burgerservicenummer', c.bsn],
          ['Datum', '20 maart 2026'],
        ],
        { x: 330, labelW: 115, size: 9 },
      );
      p.at(230);
      p.ln('Wijziging kinderopvangtoeslag 2026', { f: 'sansB', size: 12, after: 6 });
      p.p(`Geachte heer Wójcik,

U heeft een wijziging doorgegeven voor uw kinderopvangtoeslag. Wij hebben uw toeslag opnieuw berekend. U krijgt vanaf april 2026 € 412 per maand in plaats van € 655.

De reden is dat het aantal uren opvang lager is geworden.

Met vriendelijke groet,
Belastingdienst/Toeslagen`);
      p.t(300, 90, 'voor dossier K-100451', { f: 'hand', size: 15, color: INK });
      return d;
    },
  },
  // ---------------------------------------------------------------- debts
  {
    slug: 'incasso-aanmaning-alleen-naam',
    type: 'debt_notice',
    client: null,
    language: 'nl',
    render: 'digital',
    label: "Collection agency's final reminder addressed by name and address only (no identifier)",
    date: '2026-03-18',
    author: 'Incasso Noord B.V.',
    build: () => {
      const c = C('K-100360');
      const d = new Doc('sans', 10);
      const p = d.page();
      debtHead(p, 'INCASSO NOORD', 'Gerechtsdeurwaarders & incassospecialisten · Postbus 902 · 9700 AX Groningen', [0.55, 0.08, 0.1]);
      addressBlock(p, ['Mevrouw G. Lieuw', c.street, c.city], { y: 130 });
      p.at(130);
      p.kv(
        [
          ['Dossiernummer', 'IN-2026-004471'],
          ['Opdrachtgever', 'Telecom Direct B.V.'],
          ['Datum', '18 maart 2026'],
        ],
        { x: 340, labelW: 95, size: 9 },
      );
      p.at(230);
      p.ln('LAATSTE AANMANING VOOR DAGVAARDING', { f: 'sansB', size: 14, color: RED, after: 8 });
      p.p(`Geachte mevrouw Lieuw,

Ondanks eerdere herinneringen heeft u de onderstaande vordering nog niet betaald. Wij geven u een laatste termijn van 14 dagen.`);
      p.table(
        [
          { h: 'Specificatie', w: 300 },
          { h: 'Bedrag', w: 100, r: true },
        ],
        [
          ['Hoofdsom (facturen nov 2025 – jan 2026)', '€ 187,40'],
          ['Wettelijke rente', '€ 6,12'],
          ['Buitengerechtelijke incassokosten', '€ 40,00'],
          ['Totaal te betalen', '€ 233,52'],
        ],
        { grid: true },
      );
      p.p(`Betaal vóór 1 april 2026 op rekening ${groupIban(iban('ABNA', 'incassonoord'))} o.v.v. IN-2026-004471. Kunt u niet in één keer betalen? Bel ons voor een betalingsregeling: 050 311 4400. Heeft u schulden bij meerdere partijen, neem dan contact op met de schuldhulpverlening van uw gemeente.

Betaalt u niet, dan zal onze opdrachtgever u dagvaarden. De kosten daarvan komen voor uw rekening.`);
      return d;
    },
  },
  {
    slug: 'deurwaarder-beslag-twee-paginas',
    type: 'debt_notice',
    client: 'K-100108',
    language: 'nl',
    render: 'scan',
    label: "Bailiff's notice of wage garnishment, first page mostly letterhead, debtor with birth date",
    date: '2026-03-05',
    build: () => {
      const c = C('K-100108');
      const d = new Doc('serif', 10);
      let p = d.page();
      p.ellipse(297, 110, 60, 60, { stroke: [0.2, 0.2, 0.2], lw: 2 });
      p.t(297, 102, 'V & K', { f: 'serifB', size: 26, align: 'center' });
      p.t(297, 128, 'sinds 1954', { f: 'serifI', size: 9, align: 'center' });
      p.t(297, 210, 'VERHOEVEN & KARSSEMEIJER', { f: 'serifB', size: 16, align: 'center' });
      p.t(297, 230, 'Gerechtsdeurwaarders', { f: 'serifI', size: 12, align: 'center' });
      p.t(297, 260, 'Lange Voorstraat 40 · 1232 BC Voorbeeld · 0123 - 48 90 00', { size: 9, align: 'center' });
      p.t(297, 274, 'Bereikbaar op werkdagen van 9.00 tot 16.00 uur', { size: 9, align: 'center' });
      p.line(120, 300, 475, 300, 0.8);
      p.t(297, 330, 'MEDEDELING BESLAG OP LOON / UITKERING', { f: 'serifB', size: 12, align: 'center' });
      p.t(297, 800, 'Blad 1 van 2 — lees ook de achterzijde', { size: 8, align: 'center' });
      p = d.page();
      p.at(60);
      p.kv(
        [
          ['Schuldenaar', 'mevrouw F. el Amrani'],
          ['Geboren', nlLong(c.birthDate)],
          ['Adres', `${c.street}, ${c.city}`],
          ['Ons dossier', '2026/0117/VK'],
          ['Executoriale titel', 'vonnis kantonrechter 12 januari 2026'],
        ],
        { labelW: 120, after: 12 },
      );
      p.p(`Geachte mevrouw El Amrani,

Op 4 maart 2026 hebben wij beslag gelegd onder uw werkgever Horeca Uitzend B.V. op uw loon. De beslagvrije voet is door ons berekend op € 1.340,12 per maand. Het bedrag boven de beslagvrije voet wordt aan ons afgedragen tot de vordering van € 2.911,46 is voldaan.

Ontvangt u ook een uitkering of heeft u meer inkomsten? Geef dat direct aan ons door. Dan kunnen wij de beslagvrije voet juist vaststellen.

Wilt u hulp bij uw schulden? Neem contact op met de schuldhulpverlening van de gemeente Voorbeeld.

Hoogachtend,
Verhoeven & Karssemeijer, gerechtsdeurwaarders`);
      return d;
    },
  },
  {
    slug: 'cak-betalingsherinnering-eigen-bijdrage',
    type: 'debt_notice',
    client: 'K-100535',
    language: 'nl',
    render: 'digital',
    label: 'CAK payment reminder for the personal contribution (eigen bijdrage Wmo), BSN',
    date: '2026-03-02',
    author: 'CAK',
    build: () => {
      const c = C('K-100535');
      const d = new Doc('sans', 10);
      const p = d.page();
      p.t(64, 64, 'CAK', { f: 'sansB', size: 28, color: [0.55, 0.1, 0.45] });
      p.t(130, 64, 'Postbus 84030 · 2508 AA Den Haag', { size: 8 });
      addressBlock(p, ['Mevrouw A. Boukhari', c.street, c.city], { y: 130 });
      p.at(130);
      p.kv(
        [
          ['Datum', '2 maart 2026'],
          ['BSN', c.bsn],
          ['Betalingskenmerk', '5001 2274 8811 0032'],
        ],
        { x: 340, labelW: 100, size: 9 },
      );
      p.at(240);
      p.ln('Betalingsherinnering eigen bijdrage Wmo', { f: 'sansB', size: 13, after: 6 });
      p.p(`Geachte mevrouw Boukhari,

Wij hebben uw eigen bijdrage voor januari 2026 van € 21,40 nog niet van u ontvangen. Wilt u dit bedrag binnen 14 dagen betalen? Betaalt u niet op tijd, dan kunnen wij extra kosten in rekening brengen en de vordering uit handen geven.

Heeft u al betaald? Dan kunt u deze herinnering als niet verzonden beschouwen.

Met vriendelijke groet,
CAK`);
      return d;
    },
  },
  {
    slug: 'energie-afsluiting-vooraankondiging',
    type: 'debt_notice',
    client: null,
    language: 'nl',
    render: 'photo',
    label: "Photo of an energy supplier's disconnection warning to a person not in the directory",
    date: '2026-02-23',
    build: () => {
      const d = new Doc('sans', 10);
      const p = d.page();
      debtHead(p, 'Voltaris Energie', 'Klantenservice 088 200 3000 · voltaris.example', [0.95, 0.6, 0.05]);
      addressBlock(p, ['T.a.v. de heer/mevrouw R. Baldewsingh', 'Oranjestraat 221', '1236 GS Voorbeeld'], { y: 130 });
      p.t(340, 140, 'Klantnummer Voltaris: 7004 118 273', { size: 9 });
      p.t(340, 154, 'Datum: 20 februari 2026', { size: 9 });
      p.at(230);
      p.ln('Vooraankondiging afsluiting', { f: 'sansB', size: 15, color: RED, after: 8 });
      p.p(`Beste klant,

U heeft een betalingsachterstand van € 612,80 voor stroom en gas. Wij hebben u daarover al twee keer geschreven. Als wij uw betaling of een afspraak niet vóór 9 maart 2026 ontvangen, kunnen wij u afsluiten.

Wij hebben uw gegevens doorgegeven aan de gemeente, zodat de gemeente u hulp kan aanbieden (Wet gemeentelijke schuldhulpverlening). Dat is gratis.

Neem contact met ons op om een betalingsregeling af te spreken.`);
      p.t(90, 620, 'Help! wat moet ik doen, ik heb 2 kinderen', { f: 'hand', size: 16, color: INK });
      return d;
    },
  },
  {
    slug: 'health-insurer-premium-arrears-english',
    type: 'debt_notice',
    client: null,
    language: 'en',
    render: 'digital',
    label: "Health insurer's English-language arrears letter to an expat not in the directory",
    date: '2026-03-13',
    author: 'ZorgPlus Verzekeringen',
    build: () => {
      const d = new Doc('sans', 10);
      const p = d.page();
      p.t(64, 60, 'ZorgPlus', { f: 'sansB', size: 22, color: [0.0, 0.55, 0.6] });
      p.t(64, 76, 'health insurance', { size: 9, color: [0.0, 0.55, 0.6] });
      addressBlock(p, ['Mr J. Okonkwo-Reyes', 'Vondellaan 18-II', '1233 RT Voorbeeld'], { y: 130 });
      p.at(130);
      p.kv(
        [
          ['Policy number', '381 772 016'],
          ['Date', '13 March 2026'],
        ],
        { x: 340, labelW: 90, size: 9 },
      );
      p.at(220);
      p.ln('Your premium payments are 3 months overdue', { f: 'sansB', size: 13, after: 6 });
      p.p(`Dear Mr Okonkwo-Reyes,

We have not received your monthly premium for December 2025, January 2026 and February 2026. The total amount due is EUR 418.95.

What happens next?
If you do not pay or make an arrangement within 4 weeks, we are required by Dutch law to report your arrears to the CAK once you reach 6 months. The CAK will then collect a higher administrative premium from you, and your municipality may offer you debt counselling.

Paying in instalments
You can request a payment plan at zorgplus.example/payment or by calling 088 744 1100. Please have your policy number ready.

Kind regards,
ZorgPlus Customer Care`);
      return d;
    },
  },
  {
    slug: 'zorgverzekeraar-naam-geboortedatum-ander-klantnummer',
    type: 'debt_notice',
    client: null,
    conflict: ['K-100332', 'K-100402'],
    language: 'nl',
    render: 'fax',
    label: "Faxed insurer's payment reminder (name + birth date of one client) with another client's number on the cover",
    date: '2026-03-26',
    build: () => {
      const c = C('K-100332');
      const d = new Doc('sans', 10);
      let p = d.page();
      p.at(70);
      p.ln('FAXBERICHT', { f: 'sansB', size: 20, after: 10 });
      p.kv(
        [
          ['Aan', 'Gemeente Voorbeeld, schuldhulpverlening'],
          ['Van', 'Stichting MaatjesHulp (vrijwilliger H. Brink)'],
          ['Betreft', 'klant K-100402, herinnering zorgverzekering'],
          ["Aantal pagina's", '2 (incl. deze)'],
        ],
        { labelW: 110, after: 12 },
      );
      p.p('Graag aandacht voor bijgaande herinnering. De betrokkene begrijpt de brief niet en wil een afspraak voor schuldhulp.', {});
      p = d.page();
      p.t(64, 60, 'Zilveren Polis Zorgverzekeringen', { f: 'sansB', size: 14 });
      addressBlock(p, ['De heer M. Bouchtaoui', c.street, c.city], { y: 110 });
      p.kv(
        [
          ['Relatienummer', '55 310 882'],
          ['Geboortedatum', dmy(c.birthDate)],
          ['Datum', '17 maart 2026'],
        ],
        { labelW: 110, after: 12 },
      );
      p.ln('Herinnering: betaal uw achterstand van € 302,10', { f: 'sansB', after: 6 });
      p.p(`Geachte heer Bouchtaoui,

U heeft de premie voor januari en februari 2026 niet betaald. Betaal het bedrag binnen 14 dagen. Lukt dat niet? Bel ons, dan maken wij een betalingsregeling.

Met vriendelijke groet,
Zilveren Polis`);
      return d;
    },
  },
];
