// Objections (by clients, lawyers, legal aid), complaints and court documents.
import { C, dmy, nlLong, type Spec, strangerBsn } from '../lib/common.ts';
import { addressBlock, GEMEENTE, signature, webmail } from '../lib/parts.ts';
import { Doc, INK, type Page } from '../lib/sheet.ts';

const lawFirm = (p: Page, name: string, sub: string) => {
  p.t(531, 56, name, { f: 'serifB', size: 15, align: 'right' });
  p.t(531, 72, sub, { f: 'serifI', size: 9, align: 'right' });
  p.line(300, 80, 531, 80, 0.6);
};

export const LEGAL: Spec[] = [
  {
    slug: 'bezwaarschrift-handgeschreven-klant',
    type: 'objection',
    client: 'K-100542',
    language: 'nl',
    render: 'scan',
    label: 'Handwritten objection by the client against a benefit reduction, client number given',
    date: '2026-03-10',
    dpi: 160,
    build: () => {
      const c = C('K-100542');
      const d = new Doc('hand', 14);
      const p = d.page();
      const lines = [
        'W. Doelwijt',
        c.street,
        c.city,
        'klantnummer K-100542',
        '',
        'Aan de gemeente Voorbeeld',
        'Voorbeeld 9 maart 2026',
        '',
        'Onderwerp: BEZWAAR',
        '',
        'Ik maak bezwaar tegen de brief van 3 februari 2026',
        'waarin staat dat mijn uitkering 3 maanden met 20%',
        'omlaag gaat omdat ik niet op een afspraak kwam.',
        'Ik was die dag in het ziekenhuis met mijn moeder',
        '(briefje van de SEH zit erbij). Ik heb ook gebeld',
        'maar niemand nam op. Dit is niet eerlijk.',
        'Ik wil dat de verlaging wordt teruggedraaid.',
        '',
        'Met vriendelijke groet',
        'Winston Doelwijt',
      ];
      p.at(60);
      for (const l of lines) {
        if (l) p.t(l === 'Onderwerp: BEZWAAR' ? 64 : 70, p.y + 16, l, { f: 'hand', size: 15, color: [0.08, 0.08, 0.12] });
        p.gap(24);
      }
      return d;
    },
  },
  {
    slug: 'bezwaar-advocatenkantoor-briefpapier',
    type: 'objection',
    client: 'K-100472',
    language: 'nl',
    render: 'digital',
    label: "Lawyer's objection (two pages, first mostly letterhead) naming the client with birth date",
    date: '2026-03-18',
    author: 'Van Houten & Ramdin Advocaten',
    build: () => {
      const c = C('K-100472');
      const d = new Doc('serif', 10);
      let p = d.page();
      p.rect(0, 0, 160, 841.89, { fill: [0.12, 0.18, 0.3] });
      p.t(80, 120, 'VH', { f: 'serifB', size: 44, align: 'center', color: [1, 1, 1] });
      p.t(80, 150, '&R', { f: 'serifB', size: 30, align: 'center', color: [0.8, 0.7, 0.4] });
      const side = [
        'Van Houten & Ramdin',
        'Advocaten',
        '',
        'Keizersgracht 311',
        '1016 EE Amsterdam',
        '',
        'T 020 624 11 80',
        'info@vhr.example',
        '',
        'KvK 34211873',
        'Stichting Derdengelden',
        'NL18 ABNA 0417 7712 03',
      ];
      side.forEach((s, i) => {
        p.t(24, 300 + i * 13, s, { size: 8, color: [1, 1, 1] });
      });
      addressBlock(
        p,
        [
          'Het college van burgemeester en wethouders',
          'van de gemeente Voorbeeld',
          't.a.v. team Bezwaar',
          'Postbus 1234',
          '1230 AA Voorbeeld',
        ],
        {
          x: 200,
          y: 170,
        },
      );
      p.kv(
        [
          ['Datum', '18 maart 2026'],
          ['Ons kenmerk', '2026.0381/SR'],
          ['Uw kenmerk', 'besluit 5 februari 2026'],
          ['Betreft', 'bezwaarschrift R. Amatmoekrim'],
        ],
        { x: 200, labelW: 90, size: 9 },
      );
      p.t(200, 420, 'Per aangetekende post en per e-mail', { f: 'serifI', size: 9 });
      p.t(360, 800, '1/2', { size: 8 });
      p = d.page();
      p.left = 80;
      p.at(60);
      p.p(`Geacht college,

Namens mijn cliënt, de heer Roy Amatmoekrim, geboren op ${nlLong(c.birthDate)}, wonende te Voorbeeld, maak ik bezwaar tegen uw besluit van 5 februari 2026, waarbij u de bijstandsuitkering van cliënt met ingang van 1 november 2025 heeft ingetrokken en een bedrag van € 4.812,33 van hem terugvordert.

Gronden
1. U stelt dat cliënt een gezamenlijke huishouding voert met mevrouw S. Pinedo. Cliënt en mevrouw Pinedo hebben ieder een eigen woning; zij verblijft slechts incidenteel bij hem. Van wederzijdse zorg is geen sprake.
2. Het huisbezoek van 14 januari 2026 heeft plaatsgevonden zonder dat cliënt is gewezen op zijn recht om toestemming te weigeren. Het verslag kan daarom niet aan het besluit ten grondslag worden gelegd.
3. U heeft cliënt niet gehoord voordat u het besluit nam.

Verzoek
Ik verzoek u het besluit te herroepen, cliënt in de gelegenheid te stellen te worden gehoord en de proceskosten te vergoeden. Nadere gronden volgen binnen vier weken na ontvangst van het dossier, dat ik hierbij opvraag.

Hoogachtend,

mr. S. Ramdin
advocaat`);
      return d;
    },
  },
  {
    slug: 'pro-forma-bezwaar-rechtshulp-onbekende',
    type: 'objection',
    client: null,
    language: 'nl',
    render: 'digital',
    label: 'Pro-forma objection by a legal aid office for a person not in the directory',
    date: '2026-04-08',
    author: 'Stichting Rechtshulp Regio Voorbeeld',
    build: () => {
      const d = new Doc('sans', 10);
      const p = d.page();
      p.t(64, 58, 'Stichting Rechtshulp Regio Voorbeeld', { f: 'sansB', size: 13, color: [0.1, 0.45, 0.2] });
      p.t(64, 72, 'gratis juridisch advies · spreekuur di en do 9–12 uur · Stationsweg 8', { size: 8 });
      addressBlock(p, GEMEENTE, { y: 120 });
      p.ln('Voorbeeld, 8 april 2026', { after: 6 });
      p.kv(
        [
          ['Betreft', 'pro-forma bezwaarschrift'],
          ['Namens', 'de heer A. Mahmoud, Zwanenveld 12, 1237 AR Voorbeeld'],
          ['BSN', strangerBsn('A. Mahmoud')],
          ['Besluit', 'afwijzing aanvraag bijzondere bijstand d.d. 2 maart 2026'],
        ],
        { labelW: 70, after: 10 },
      );
      p.p(`Geachte heer, mevrouw,

Namens bovengenoemde cliënt maak ik bezwaar tegen uw besluit van 2 maart 2026. Dit bezwaar wordt ingediend om de termijn veilig te stellen. De gronden van het bezwaar volgen zo spoedig mogelijk. Ik verzoek u mij daarvoor een termijn van vier weken te geven en mij een afschrift van het dossier te sturen.

Cliënt heeft mij gemachtigd; de machtiging is bijgevoegd.

Met vriendelijke groet,

J. Hazelhoff
juridisch medewerker`);
      return d;
    },
  },
  {
    slug: 'bezwaar-advocaat-bsn-en-dossier-verschillend',
    type: 'objection',
    client: null,
    conflict: ['K-100437', 'K-100472'],
    language: 'nl',
    render: 'fax',
    label: "Faxed lawyer's objection quoting one client's file number and another client's BSN",
    date: '2026-03-20',
    build: () => {
      const d = new Doc('serif', 10.5);
      const p = d.page();
      lawFirm(p, 'Kantoor Bakır Advocatuur', 'sociaal zekerheidsrecht · vreemdelingenrecht');
      addressBlock(p, ['Gemeente Voorbeeld', 'Afdeling Juridische Zaken / bezwaar', 'Postbus 1234', '1230 AA Voorbeeld'], { y: 120 });
      p.kv(
        [
          ['Cliënt', 'de heer M. Doğan'],
          ['Uw dossiernummer', 'K-100437'],
          ['BSN cliënt', '999946377'],
          ['Datum', '20 maart 2026'],
        ],
        { labelW: 120, after: 14 },
      );
      p.ln('BEZWAARSCHRIFT', { f: 'serifB', size: 13, after: 6 });
      p.p(`Geacht college,

Hierbij teken ik namens cliënt bezwaar aan tegen uw besluit van 13 februari 2026 tot terugvordering van bijzondere bijstand voor woninginrichting ad € 1.450,00. Cliënt heeft de inrichting aantoonbaar aangeschaft; de bonnen zijn destijds aan de balie afgegeven maar kennelijk niet in het dossier terechtgekomen.

Ik verzoek u het besluit te herroepen. Een kopie van het besluit en de machtiging volgen per post.

Hoogachtend,
mr. E. Bakır`);
      return d;
    },
  },
  {
    slug: 'objection-reduction-english',
    type: 'objection',
    client: 'K-100465',
    language: 'en',
    render: 'digital',
    label: 'Objection in English against a recovery decision, client number in the subject',
    date: '2026-02-27',
    author: 'Luwam Asmerom',
    build: () => {
      const c = C('K-100465');
      const d = new Doc('serif', 11);
      const p = d.page();
      p.at(80);
      addressBlock(p, ['Luwam Asmerom', c.street, c.city]);
      addressBlock(p, ['Gemeente Voorbeeld', 'Objections team (bezwaar)', 'Postbus 1234', '1230 AA Voorbeeld']);
      p.ln('27 February 2026', { after: 10 });
      p.ln('Objection against your decision of 22 January 2026 — client number K-100465', { f: 'serifB', after: 8 });
      p.p(`Dear Sir or Madam,

I object to your decision of 22 January 2026 in which you reclaim EUR 1,236.00 from me because I did not report the money I received from my church in October and November 2025.

This money was not income. The church paid my gas bill directly to the energy company once, when my heating was about to be cut off, and gave me vouchers for groceries. I told my consultant about this by phone in November; she said I did not need to send anything.

I ask you to withdraw the recovery. I would like to explain this in person at a hearing, with an interpreter for Tigrinya if possible.

Yours sincerely,`);
      signature(p, 'Luwam Asmerom');
      return d;
    },
  },
  {
    slug: 'itiraz-dilekcesi-turkce',
    type: 'objection',
    client: 'K-100325',
    language: 'tr',
    render: 'photo',
    label: 'Photo of a Turkish objection letter against a stopped payment, BSN labelled',
    date: '2026-03-16',
    build: () => {
      const c = C('K-100325');
      const d = new Doc('serif', 12);
      const p = d.page();
      p.at(80);
      p.ln('Emine Öztürk', { f: 'serifB' });
      p.ln(c.street);
      p.ln(c.city);
      p.ln(`BSN: ${c.bsn}`, { after: 16 });
      p.ln('Voorbeeld Belediyesi', {});
      p.ln('Bezwaar (itiraz) bölümü', { after: 16 });
      p.ln('Konu: İTİRAZ DİLEKÇESİ', { f: 'serifB', after: 10 });
      p.p(`Sayın Yetkili,

2 Mart 2026 tarihli mektubunuzda, evimde yapılan kontrol sırasında evde olmadığım için yardımımın durdurulduğu yazıyor. Bu karara itiraz ediyorum.

O gün hastanede randevum vardı (Rijnstate, göz bölümü). Randevu kağıdını ekte gönderiyorum. Kontrolden önce bana hiçbir mektup gelmedi.

Yardımımın tekrar başlatılmasını ve bu ayın ödemesinin yapılmasını rica ediyorum. Kira ödeyemezsem evden çıkarılmaktan korkuyorum.

Saygılarımla,`);
      p.t(70, p.y + 20, 'E. Öztürk', { f: 'hand', size: 18, color: INK });
      return d;
    },
  },
  {
    slug: 'iitirad-arabi-bashar',
    type: 'objection',
    client: 'K-100458',
    language: 'ar',
    render: 'scan',
    label: 'Arabic objection letter (right-to-left) with the client number in Latin digits',
    date: '2026-03-05',
    build: () => {
      const c = C('K-100458');
      const d = new Doc('sans', 12);
      const p = d.page();
      p.at(70);
      p.ln('بشار حاج علي', { rtl: true, f: 'sansB' });
      p.ln(`Bashar Haj Ali — ${c.street}, ${c.city}`, { size: 10, align: 'right' });
      p.ln('رقم الملف: K-100458', { rtl: true, after: 14 });
      p.ln('إلى بلدية فوربيلد، قسم الاعتراضات', { rtl: true, after: 10 });
      p.ln('الموضوع: اعتراض على قرار استرداد المساعدة', { rtl: true, f: 'sansB', after: 10 });
      p.p(
        `السادة المحترمون،

أعترض على قراركم بتاريخ 2026/02/06 الذي تطلبون فيه مني إرجاع مبلغ 870 يورو. لقد أبلغت عن عملي المؤقت في المطعم في شهر ديسمبر عن طريق الموقع الإلكتروني، ولدي رسالة التأكيد.

أرجو إلغاء القرار أو على الأقل السماح لي بالدفع على أقساط صغيرة، لأن دخلي لا يكفي.

وأطلب أن تتم مقابلتي بحضور مترجم للغة العربية.

مع الاحترام،
بشار حاج علي
2026/03/04`,
        { rtl: true, lh: 22 },
      );
      return d;
    },
  },
  // ---------------------------------------------------------------- complaints
  {
    slug: 'klacht-consulent-onbereikbaar',
    type: 'complaint',
    client: 'K-100479',
    language: 'nl',
    render: 'digital',
    label: 'Complaint that the consultant cannot be reached and documents were lost, client number given',
    date: '2026-03-09',
    author: 'J. van der Heijden',
    build: () => {
      const c = C('K-100479');
      const d = new Doc('sans', 10.5);
      const p = d.page();
      p.at(60);
      addressBlock(p, ['Joke van der Heijden', c.street, c.city, 'klantnummer K-100479']);
      addressBlock(p, ['Gemeente Voorbeeld', 't.a.v. klachtencoördinator', 'Postbus 1234', '1230 AA Voorbeeld']);
      p.ln('Voorbeeld, 9 maart 2026', { after: 8 });
      p.ln('Onderwerp: klacht over de behandeling van mijn dossier', { f: 'sansB', after: 8 });
      p.p(`Geachte heer/mevrouw,

Hierbij dien ik een klacht in. Sinds december probeer ik mijn consulent te bereiken. Ik heb minstens acht keer gebeld naar het algemene nummer. Er wordt steeds gezegd dat ik word teruggebeld, maar dat gebeurt niet.

Op 15 januari heb ik aan de balie mijn bankafschriften en het huurcontract ingeleverd. Op 20 februari kreeg ik een brief dat mijn uitkering wordt stopgezet omdat ik die papieren niet zou hebben ingeleverd. Ik heb geen bewijs gekregen dat ik ze heb afgegeven. Ik moest nu alles opnieuw kopiëren en mijn uitkering kwam twee weken te laat, waardoor ik een aanmaning van mijn verhuurder kreeg.

Ik wil graag:
- een gesprek met de teamleider;
- dat u voortaan een ontvangstbewijs geeft als ik iets inlever;
- een vergoeding voor de aanmaningskosten van € 15.

Met vriendelijke groet,`);
      signature(p, 'Joke van der Heijden');
      return d;
    },
  },
  {
    slug: 'complaint-email-thread-name-only',
    type: 'complaint',
    client: null,
    language: 'en',
    render: 'digital',
    label: 'Printed e-mail complaint in English about waiting times, signed by name only, quoted earlier messages',
    date: '2026-04-02',
    author: 'Mail',
    build: () => {
      const d = new Doc('sans', 9.5);
      const p = d.page();
      webmail(p, 'g.lieuw@mail.example', 'Complaint - still no decision after 11 weeks', [
        {
          head: {
            from: 'Gladys Lieuw <g.lieuw@mail.example>',
            to: 'klachten@gemeente-voorbeeld.example',
            date: 'do 2 apr 2026 07:55',
            subject: 'Complaint - still no decision after 11 weeks',
          },
          body: `Hello,

I want to make a formal complaint. I applied for special assistance (bijzondere bijstand) for my new glasses on 14 January. The law says you must decide within 8 weeks. It is now 11 weeks and nobody answers my e-mails (see below).

I have been without proper glasses for three months and I cannot read my letters.

Gladys Lieuw`,
          quoted: `On Tue 10 Mar 2026 Gladys Lieuw wrote:
> Good afternoon, could you please tell me the status of my application for the glasses? I sent the receipt from the optician in January.
> On Mon 16 Feb 2026 Gladys Lieuw wrote:
>> Dear consultant, did you receive my application? I have not heard anything.`,
        },
      ]);
      return d;
    },
  },
  {
    slug: 'skarga-polska-dlugi-czas',
    type: 'complaint',
    client: 'K-100122',
    language: 'pl',
    render: 'scan',
    label: 'Polish complaint about a consultant and long waiting, client number given',
    date: '2026-03-13',
    build: () => {
      const c = C('K-100122');
      const d = new Doc('sans', 10.5);
      const p = d.page();
      p.at(60);
      addressBlock(p, ['Anna Kowalska', c.street, c.city, 'nr klienta: K-100122']);
      p.ln('Voorbeeld, 12.03.2026', { align: 'right', after: 10 });
      addressBlock(p, ['Gemeente Voorbeeld', 'Klachtenafhandeling', 'Postbus 1234', '1230 AA Voorbeeld']);
      p.ln('SKARGA (klacht)', { f: 'sansB', size: 13, after: 8 });
      p.p(`Szanowni Państwo,

składam skargę na sposób, w jaki zostałam potraktowana podczas rozmowy w urzędzie 4 marca 2026 r. Konsultant mówił do mnie bardzo szybko, nie chciał wezwać tłumacza i powiedział, że „jak nie rozumiem, to mój problem”. Wyszłam z rozmowy, nie wiedząc, jakie dokumenty mam dostarczyć.

Poza tym od sześciu tygodni czekam na odpowiedź w sprawie dodatku na ubranie dla dzieci.

Proszę o:
1. rozmowę z innym konsultantem, z tłumaczem;
2. pisemną informację, jakie dokumenty są potrzebne;
3. odpowiedź na moją skargę na piśmie.

Z poważaniem,`);
      signature(p, 'Anna Kowalska');
      return d;
    },
  },
  {
    slug: 'skarha-ukrainska-chekannia',
    type: 'complaint',
    client: null,
    language: 'uk',
    render: 'photo',
    ext: 'jpg',
    label: 'Photo of a Ukrainian typed complaint about an unanswered application, from a person not in the directory',
    date: '2026-04-09',
    build: () => {
      const d = new Doc('serif', 12);
      const p = d.page();
      p.at(80);
      p.ln('Ірина Шевчук', { f: 'serifB' });
      p.ln('Lindelaan 7, 1238 KN Voorbeeld');
      p.ln('тел. 06 14 90 33 21', { after: 16 });
      p.ln('До: Gemeente Voorbeeld, відділ скарг (klachten)', { after: 14 });
      p.ln('СКАРГА', { f: 'serifB', size: 15, align: 'center', after: 10 });
      p.p(`Шановні пані та панове,

26 січня 2026 року я подала заяву на соціальну допомогу на стійці реєстрації. Мені сказали, що відповідь буде протягом восьми тижнів. Минуло вже більше десяти тижнів, а я не отримала жодного листа.

Коли я телефоную, мені кажуть, що моєї заяви немає в системі. Я не отримала жодного підтвердження, що мої документи прийняли.

Прошу розглянути мою скаргу, знайти мої документи та повідомити мене письмово про рішення.

З повагою,
Ірина Шевчук
08.04.2026`);
      return d;
    },
  },
  {
    slug: 'shakwa-arabi-hiba',
    type: 'complaint',
    client: 'K-100290',
    language: 'ar',
    render: 'photo',
    label: 'Photo of an Arabic complaint about rude treatment at the desk, BSN labelled in Latin script',
    date: '2026-03-19',
    build: () => {
      const c = C('K-100290');
      const d = new Doc('sans', 13);
      const p = d.page();
      p.at(80);
      p.ln('هبة منصور', { rtl: true, f: 'sansB', size: 15 });
      p.ln(`Hiba Mansour · BSN ${c.bsn}`, { size: 10, align: 'right', after: 14 });
      p.ln('إلى: بلدية فوربيلد - قسم الشكاوى', { rtl: true, after: 10 });
      p.ln('الموضوع: شكوى', { rtl: true, f: 'sansB', after: 10 });
      p.p(
        `السادة المحترمون،

أتقدم بهذه الشكوى بسبب المعاملة التي تلقيتها عند مكتب الاستقبال يوم 2026/03/17. جئت لتسليم أوراق البنك، فرفضت الموظفة استلامها وقالت إن علي إرسالها عبر الإنترنت، مع أنني لا أملك حاسوباً. كانت تتكلم بصوت عالٍ أمام الناس.

أطلب أن يتم استلام أوراقي عند المكتب وأن أحصل على إيصال بالاستلام، وأن يتم الرد على شكواي كتابياً.

مع الشكر،
هبة منصور`,
        { rtl: true, lh: 23, size: 13 },
      );
      return d;
    },
  },
  // ---------------------------------------------------------------- court
  {
    slug: 'uitspraak-rechtbank-bijstand',
    type: 'court_document',
    client: 'K-100276',
    language: 'nl',
    render: 'digital',
    label: 'Court judgment (three pages) in a social assistance appeal; claimant with birth date',
    date: '2026-02-10',
    author: 'Rechtbank',
    build: () => {
      const c = C('K-100276');
      const d = new Doc('serif', 10.5);
      let p = d.page();
      p.at(60);
      p.ln('RECHTBANK NOORD-VOORBEELD', { f: 'serifB', size: 13, align: 'center' });
      p.ln('Zittingsplaats Voorbeeld', { align: 'center' });
      p.ln('Bestuursrecht', { align: 'center', after: 10 });
      p.ln('zaaknummer: VRB 25/3318 PW', { after: 14 });
      p.ln('uitspraak van de enkelvoudige kamer van 10 februari 2026 in de zaak tussen', { after: 8 });
      p.p(`Nadia Ait Lahcen, uit Voorbeeld, geboren op ${dmy(c.birthDate)}, eiseres
(gemachtigde: mr. L. Vos),

en

het college van burgemeester en wethouders van de gemeente Voorbeeld, verweerder
(gemachtigde: mr. P. Kalsbeek).`);
      p.ln('Inleiding', { f: 'serifB' });
      p.p(`1. In deze uitspraak beoordeelt de rechtbank het beroep van eiseres tegen de afwijzing van haar aanvraag om bijzondere bijstand voor de kosten van een traplift.

2. Met het besluit van 3 april 2025 heeft verweerder de aanvraag afgewezen. Met het bestreden besluit van 28 augustus 2025 op het bezwaar van eiseres is verweerder bij die afwijzing gebleven.

3. De rechtbank heeft het beroep op 13 januari 2026 op zitting behandeld. Hieraan hebben deelgenomen: eiseres, haar gemachtigde en de gemachtigde van verweerder.`);
      p = d.page();
      p.at(60);
      p.ln('Beoordeling door de rechtbank', { f: 'serifB' });
      p.p(`4. Verweerder heeft zich op het standpunt gesteld dat de traplift een voorliggende voorziening is op grond van de Wet maatschappelijke ondersteuning. De rechtbank volgt dat standpunt niet. Uit de stukken blijkt dat de Wmo-aanvraag van eiseres is afgewezen omdat zij binnen afzienbare tijd zou verhuizen, terwijl een passende woning niet beschikbaar is.

5. Verweerder heeft onvoldoende onderzocht of de kosten voor eiseres noodzakelijk zijn en uit bijzondere omstandigheden voortvloeien. Het bestreden besluit is daarom niet zorgvuldig voorbereid en niet deugdelijk gemotiveerd.

6. Het beroep is gegrond. Verweerder moet een nieuw besluit op het bezwaar nemen met inachtneming van deze uitspraak, binnen zes weken.`);
      p = d.page();
      p.at(60);
      p.ln('Beslissing', { f: 'serifB' });
      p.p(`De rechtbank:
- verklaart het beroep gegrond;
- vernietigt het bestreden besluit;
- draagt verweerder op binnen zes weken na de dag van verzending van deze uitspraak een nieuw besluit te nemen op het bezwaar;
- bepaalt dat verweerder het betaalde griffierecht van € 50 aan eiseres vergoedt;
- veroordeelt verweerder in de proceskosten van eiseres tot een bedrag van € 1.814.

Deze uitspraak is gedaan door mr. H.J. Lindeboom, rechter, in aanwezigheid van mr. A. Feenstra, griffier. Uitgesproken in het openbaar op 10 februari 2026.

Rechtsmiddel
Tegen deze uitspraak kunnen partijen binnen zes weken na de dag van verzending hoger beroep instellen bij de Centrale Raad van Beroep.`);
      return d;
    },
  },
  {
    slug: 'beroepschrift-advocaat-scan',
    type: 'court_document',
    client: 'K-100304',
    language: 'nl',
    render: 'scan',
    label: "Scanned copy of a lawyer's appeal to the court (beroepschrift), BSN of the client, court stamp",
    date: '2026-03-23',
    build: () => {
      const c = C('K-100304');
      const d = new Doc('serif', 10.5);
      const p = d.page();
      lawFirm(p, 'Advocatenpraktijk De Brug', 'mr. W.A. Soeropawiro');
      addressBlock(p, ['Rechtbank Noord-Voorbeeld', 'Sector bestuursrecht', 'Postbus 3004', '1230 EA Voorbeeld'], { y: 110 });
      p.kv(
        [
          ['Datum', '20 maart 2026'],
          ['Betreft', 'beroepschrift M. Kromodimedjo'],
          ['BSN', c.bsn],
          ['Verweerder', 'college van B&W gemeente Voorbeeld'],
        ],
        { labelW: 90, after: 12 },
      );
      p.ln('BEROEPSCHRIFT', { f: 'serifB', size: 13, align: 'center', after: 8 });
      p.p(`Edelachtbare,

Namens de heer Marlon Kromodimedjo, wonende te Voorbeeld, stel ik beroep in tegen de beslissing op bezwaar van verweerder van 9 februari 2026, kenmerk BZ-2025-1181, waarbij het bezwaar van eiser tegen de maatregel (verlaging van de bijstand met 100% gedurende één maand) ongegrond is verklaard.

Eiser is gedurende de periode in geding arbeidsongeschikt geweest, zoals blijkt uit de bijgevoegde verklaring van zijn huisarts. Verweerder heeft ten onrechte geen medisch advies ingewonnen.

Eiser verzoekt uw rechtbank het beroep gegrond te verklaren, het bestreden besluit te vernietigen en verweerder te veroordelen in de proceskosten.

Bijlagen: bestreden besluit, primair besluit, verklaring huisarts.`);
      p.gap(6);
      p.ln('mr. W.A. Soeropawiro');
      p.stamp(430, 640, ['RECHTBANK NOORD-VOORBEELD', 'INGEKOMEN 23-03-2026', 'VRB 26/0902'], {
        rot: 5,
        color: [0.15, 0.15, 0.15],
        size: 9,
      });
      return d;
    },
  },
  {
    slug: 'oproeping-zitting-onbekende',
    type: 'court_document',
    client: null,
    language: 'nl',
    render: 'fax',
    label: 'Faxed court summons for a hearing in an appeal by a person not in the directory',
    date: '2026-04-10',
    build: () => {
      const d = new Doc('sans', 10);
      const p = d.page();
      p.t(64, 60, 'Rechtbank Noord-Voorbeeld', { f: 'sansB', size: 13 });
      p.t(64, 74, 'Team bestuursrecht', { size: 9 });
      addressBlock(
        p,
        ['Het college van B&W van de gemeente Voorbeeld', 't.a.v. afdeling Juridische Zaken', 'Postbus 1234', '1230 AA Voorbeeld'],
        { y: 110 },
      );
      p.kv(
        [
          ['Zaaknummer', 'VRB 26/0147 PW'],
          ['Eiser', 'F. Yıldırım-Boer'],
          ['Datum', '9 april 2026'],
        ],
        { labelW: 90, after: 12 },
      );
      p.ln('Uitnodiging voor de zitting', { f: 'sansB', size: 12, after: 6 });
      p.p(`Geachte heer/mevrouw,

Hierbij nodig ik u uit voor de behandeling van het beroep in bovengenoemde zaak op:

dinsdag 19 mei 2026 om 10.30 uur
Paleis van Justitie, Stationsplein 1, Voorbeeld, zaal 2.14

U kunt zich laten vertegenwoordigen door een gemachtigde. Stukken die u nog wilt inbrengen, moeten uiterlijk tien dagen voor de zitting bij de rechtbank zijn.

Hoogachtend,
namens de griffier,
R. Stoutjesdijk`);
      return d;
    },
  },
];
