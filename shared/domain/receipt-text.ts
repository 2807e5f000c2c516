import type { Channel } from './document.ts';
import { DOCUMENT_TYPES, type DocumentTypeId } from './document-types.ts';
import { pageRange } from './page-range.ts';

/**
 * What a receipt says, in plain language (B1): Dutch always, and the client's own language when
 * that is English, Turkish, Arabic, Polish or Ukrainian. Never a BSN or anything from the
 * document's content: only the facts of delivery (a letter adds the addressee's name and address).
 * Laws keep their Dutch name (Algemene wet bestuursrecht, Awb) so a client can look them up.
 */
export type ReceiptLanguage = 'nl' | 'en' | 'tr' | 'ar' | 'pl' | 'uk';

/** The languages a receipt can be written in. */
export const RECEIPT_LANGUAGES: readonly ReceiptLanguage[] = ['nl', 'en', 'tr', 'ar', 'pl', 'uk'];

export function isReceiptLanguage(value: string | undefined | null): value is ReceiptLanguage {
  return RECEIPT_LANGUAGES.includes(value as ReceiptLanguage);
}

export interface ReceiptFacts {
  organisationName: string;
  receiptNumber: string;
  receivedAt: Date;
  timeZone: string;
  channel: Channel;
  pageCount: number | null;
  documentType: DocumentTypeId | null;
  /** The team that handles it, when known. */
  teamName: string | null;
  /** Set when the file could not be read. */
  rejected?: boolean;
  fingerprint: string;
  /** Where to check the receipt: the /check link with this receipt number, or a phone number. */
  verifyHint: string;
}

/** The words a posted letter adds around the receipt (see receipt-pdf.ts for the layout). */
export interface LetterWords {
  date: string;
  reference: string;
  subject: string;
  salutation(name: string): string;
  closing: string;
  department: string;
  questions: string;
  /** Under the client's language: the Dutch text follows on the next page. */
  dutchFollows: string;
}

export interface ReceiptContent {
  language: ReceiptLanguage;
  /** Right to left (Arabic): lines are aligned right and laid out with the bidi algorithm. */
  direction: 'ltr' | 'rtl';
  /** BCP 47 tag for the PDF's language and dates. */
  locale: string;
  subject: string;
  title: string;
  lines: [label: string, value: string][];
  /** The documents one receipt lists (a submitter's parts of one file): one row each. */
  table?: { head: string[]; rows: string[][] };
  paragraphs: string[];
  letter: LetterWords;
  /** ASCII file name stem in this language ("ontvangstbewijs", "receipt", "alindi-belgesi", …). */
  fileStem: string;
}

/** One part of a file on a receipt that lists several: what it is, where it is in the file, who has it. */
export interface ReceiptPartFacts {
  receiptNumber: string;
  /** The file's pages (1-based) that make up this document. */
  pages: number[];
  documentType: DocumentTypeId | null;
  teamName: string | null;
  rejected?: boolean;
}

/** The facts of a receipt for several parts of one file, handed in by one submitter. */
export interface CombinedReceiptFacts extends Omit<ReceiptFacts, 'receiptNumber' | 'pageCount' | 'documentType' | 'teamName' | 'rejected'> {
  /** In page order. */
  parts: ReceiptPartFacts[];
}

/** A client's language from the directory ("tr", "TR", "tr-TR", "ar-MA") as a receipt language; Dutch when none fits. */
export function clientReceiptLanguage(clientLanguage: string | undefined): ReceiptLanguage {
  const base = clientLanguage?.trim().toLowerCase().split(/[-_]/)[0];
  return isReceiptLanguage(base) ? base : 'nl';
}

/**
 * The desk page's choice between Dutch and English (its language menu offers those two today):
 * Dutch for a Dutch client or none, else English. Everything else uses `clientReceiptLanguage`.
 */
export function receiptLanguage(clientLanguage: string | undefined): 'nl' | 'en' {
  return clientLanguage === 'nl' || !clientLanguage ? 'nl' : 'en';
}

/** Each receipt language in its own words, for a language menu. */
export const RECEIPT_LANGUAGE_NAMES: Record<ReceiptLanguage, string> = {
  nl: 'Nederlands',
  en: 'English',
  tr: 'Türkçe',
  ar: 'العربية',
  pl: 'Polski',
  uk: 'Українська',
};

/**
 * The receipt's language: the client's language from the directory when it is one a receipt can
 * be written in; else the language the document is written in, when it is one; else Dutch.
 */
export function receiptLanguageFor(clientLanguage: string | undefined, documentLanguage: string | undefined | null): ReceiptLanguage {
  const client = clientLanguage?.trim().toLowerCase().split(/[-_]/)[0];
  if (isReceiptLanguage(client)) return client;
  return isReceiptLanguage(documentLanguage) ? documentLanguage : 'nl';
}

/** The languages a receipt is written in, the client's first: Dutch is always among them. */
export function receiptLanguages(language: ReceiptLanguage): ReceiptLanguage[] {
  return language === 'nl' ? ['nl'] : [language, 'nl'];
}

/** Short fingerprint for people: the first 16 hex digits of the SHA-256, in groups of four. */
export function shortFingerprint(sha256: string): string {
  return (sha256.slice(0, 16).match(/.{4}/g) ?? []).join(' ');
}

interface Texts {
  locale: string;
  direction: 'ltr' | 'rtl';
  fileStem: string;
  channel: Record<Channel, string>;
  typeName(type: DocumentTypeId): string;
  document: string;
  confidential: string;
  title: string;
  receiptNumber: string;
  receivedOn: string;
  received: string;
  typeOfDocument: string;
  pages: string;
  handledBy: string;
  fingerprint: string;
  numberOfDocuments: string;
  inTheFile: string;
  toBeDecided: string;
  pagesWords(range: string, one: boolean): string;
  rejected: string;
  objection: string;
  complaint: string;
  application: string;
  passedOn: string;
  combinedIntro(count: number): string;
  othersPassedOn(some: boolean): string;
  keep(hint: string): string;
  keepAll(hint: string): string;
  subject(receiptNumber: string, organisation: string): string;
  subjectCombined(count: number, organisation: string): string;
  duplicate(when: string, receiptNumber: string): string;
  letter: LetterWords;
}

const TEXTS: Record<ReceiptLanguage, Texts> = {
  nl: {
    locale: 'nl-NL',
    direction: 'ltr',
    fileStem: 'ontvangstbewijs',
    channel: { desk: 'aan de balie', post: 'per post', email: 'per e-mail' },
    typeName: (type) => DOCUMENT_TYPES[type].nl,
    document: 'document',
    confidential: 'vertrouwelijk document',
    title: 'Ontvangstbewijs',
    receiptNumber: 'Ontvangstnummer',
    receivedOn: 'Ontvangen op',
    received: 'Ontvangen',
    typeOfDocument: 'Soort document',
    pages: "Aantal pagina's",
    handledBy: 'Wie behandelt het',
    fingerprint: 'Vingerafdruk van het bestand',
    numberOfDocuments: 'Aantal documenten',
    inTheFile: 'In het bestand',
    toBeDecided: 'wordt nog bepaald',
    pagesWords: (range) => `pagina ${range}`,
    rejected:
      'Wij hebben uw bestand ontvangen, maar wij kunnen het niet lezen. Lever het document opnieuw in, bijvoorbeeld als scan (PDF of foto). Neem contact met ons op als u vragen heeft.',
    objection:
      'Wij bevestigen dat wij uw bezwaarschrift hebben ontvangen (artikel 6:14 Algemene wet bestuursrecht). Wij nemen binnen 6 weken na het einde van de bezwaartermijn een beslissing. Als wij meer tijd nodig hebben, krijgt u daarover bericht.',
    complaint:
      'Wij bevestigen dat wij uw klacht hebben ontvangen (artikel 9:6 Algemene wet bestuursrecht). U hoort binnen 6 weken wat wij met uw klacht doen.',
    application: 'Wij hebben uw aanvraag ontvangen. Wij beslissen binnen 8 weken. Ontbreekt er iets, dan vragen wij u dat aan te vullen.',
    passedOn:
      'Uw document is doorgestuurd naar de medewerker die het behandelt. U hoeft niets te doen. Wij nemen contact met u op als dat nodig is.',
    combinedIntro: (count) =>
      `Wij hebben ${count} documenten van u ontvangen, samen in één bestand. Hieronder staat per document het ontvangstnummer, welke pagina's van het bestand erbij horen en wie het behandelt.`,
    othersPassedOn: (some) =>
      `${some ? 'De andere documenten' : 'De documenten'} zijn doorgestuurd naar de medewerkers die ze behandelen. U hoeft niets te doen. Wij nemen contact met u op als dat nodig is.`,
    keep: (hint) =>
      `Bewaar dit bewijs. Hiermee kunt u laten zien dat u het document heeft ingeleverd. Controleren kan met het ontvangstnummer: ${hint}`,
    keepAll: (hint) =>
      `Bewaar dit bewijs. Hiermee kunt u laten zien dat u de documenten heeft ingeleverd. Controleren kan met elk ontvangstnummer: ${hint}`,
    subject: (n, org) => `Ontvangstbewijs ${n} – ${org}`,
    subjectCombined: (count, org) => `Ontvangstbewijs voor ${count} documenten – ${org}`,
    duplicate: (when, n) => `Dit document hebben wij al ontvangen op ${when}, ontvangstnummer ${n}.`,
    letter: {
      date: 'Datum',
      reference: 'Ons kenmerk',
      subject: 'Onderwerp',
      salutation: (name) => `Beste ${name},`,
      closing: 'Met vriendelijke groet,',
      department: 'Afdeling Werk en Inkomen',
      questions: 'Vragen? Neem contact met ons op:',
      dutchFollows: '',
    },
  },
  en: {
    locale: 'en-GB',
    direction: 'ltr',
    fileStem: 'receipt',
    channel: { desk: 'at the front desk', post: 'by post', email: 'by e-mail' },
    typeName: (type) => DOCUMENT_TYPES[type].en,
    document: 'document',
    confidential: 'confidential document',
    title: 'Receipt',
    receiptNumber: 'Receipt number',
    receivedOn: 'Received on',
    received: 'Received',
    typeOfDocument: 'Type of document',
    pages: 'Number of pages',
    handledBy: 'Handled by',
    fingerprint: 'File fingerprint',
    numberOfDocuments: 'Number of documents',
    inTheFile: 'In the file',
    toBeDecided: 'to be decided',
    pagesWords: (range, one) => `${one ? 'page' : 'pages'} ${range}`,
    rejected:
      'We received your file, but we cannot read it. Please hand in the document again, for example as a scan (PDF or photo). Contact us if you have questions.',
    objection:
      'We confirm that we have received your objection (article 6:14 General Administrative Law Act, Awb). We will decide within 6 weeks after the objection period ends. If we need more time, we will let you know.',
    complaint:
      'We confirm that we have received your complaint (article 9:6 General Administrative Law Act, Awb). Within 6 weeks you will hear what we do with your complaint.',
    application: 'We have received your application. We will decide within 8 weeks. If something is missing, we will ask you for it.',
    passedOn: 'Your document has been passed to the person who handles it. You do not need to do anything. We will contact you if needed.',
    combinedIntro: (count) =>
      `We received ${count} documents from you, together in one file. Below you find each document's receipt number, which pages of the file belong to it and who handles it.`,
    othersPassedOn: (some) =>
      `${some ? 'The other documents have' : 'The documents have'} been passed to the people who handle them. You do not need to do anything. We will contact you if needed.`,
    keep: (hint) => `Keep this receipt. It proves that you handed in the document. You can check it with the receipt number: ${hint}`,
    keepAll: (hint) => `Keep this receipt. It proves that you handed in the documents. You can check each receipt number: ${hint}`,
    subject: (n, org) => `Receipt ${n} – ${org}`,
    subjectCombined: (count, org) => `Receipt for ${count} documents – ${org}`,
    duplicate: (when, n) => `We already received this document on ${when}, receipt number ${n}.`,
    letter: {
      date: 'Date',
      reference: 'Our reference',
      subject: 'Subject',
      salutation: (name) => `Dear ${name},`,
      closing: 'Kind regards,',
      department: 'Work and Income department',
      questions: 'Questions? Contact us:',
      dutchFollows: 'The Dutch text of this letter is on the next page.',
    },
  },
  tr: {
    locale: 'tr-TR',
    direction: 'ltr',
    fileStem: 'alindi-belgesi',
    channel: { desk: 'danışma masasında', post: 'posta ile', email: 'e-posta ile' },
    typeName: (type) => TYPE_NAMES.tr[type],
    document: 'belge',
    confidential: 'gizli belge',
    title: 'Alındı belgesi',
    receiptNumber: 'Alındı numarası',
    receivedOn: 'Alındığı tarih',
    received: 'Nasıl teslim edildi',
    typeOfDocument: 'Belge türü',
    pages: 'Sayfa sayısı',
    handledBy: 'Kim ilgileniyor',
    fingerprint: 'Dosyanın parmak izi',
    numberOfDocuments: 'Belge sayısı',
    inTheFile: 'Dosyadaki yeri',
    toBeDecided: 'henüz belli değil',
    pagesWords: (range) => `sayfa ${range}`,
    rejected:
      'Dosyanızı aldık, ama okuyamıyoruz. Lütfen belgeyi yeniden teslim edin, örneğin tarama olarak (PDF veya fotoğraf). Sorunuz varsa bizimle iletişime geçin.',
    objection:
      'İtiraz dilekçenizi aldığımızı onaylıyoruz (Algemene wet bestuursrecht, madde 6:14). İtiraz süresi bittikten sonra 6 hafta içinde karar veririz. Daha fazla zamana ihtiyacımız olursa size haber veririz.',
    complaint:
      'Şikâyetinizi aldığımızı onaylıyoruz (Algemene wet bestuursrecht, madde 9:6). Şikâyetinizle ne yapacağımızı 6 hafta içinde size bildiririz.',
    application: 'Başvurunuzu aldık. 8 hafta içinde karar veririz. Eksik bir şey varsa, tamamlamanızı sizden isteriz.',
    passedOn: 'Belgeniz, onunla ilgilenecek çalışana iletildi. Sizin bir şey yapmanız gerekmiyor. Gerekirse sizinle iletişime geçeriz.',
    combinedIntro: (count) =>
      `Sizden ${count} belge aldık, hepsi tek bir dosyada. Aşağıda her belgenin alındı numarasını, dosyanın hangi sayfalarında olduğunu ve kimin ilgilendiğini görürsünüz.`,
    othersPassedOn: (some) =>
      `${some ? 'Diğer belgeler' : 'Belgeler'}, onlarla ilgilenecek çalışanlara iletildi. Sizin bir şey yapmanız gerekmiyor. Gerekirse sizinle iletişime geçeriz.`,
    keep: (hint) =>
      `Bu belgeyi saklayın. Belgeyi teslim ettiğinizi bununla gösterebilirsiniz. Alındı numarasıyla buradan kontrol edebilirsiniz: ${hint}`,
    keepAll: (hint) =>
      `Bu belgeyi saklayın. Belgeleri teslim ettiğinizi bununla gösterebilirsiniz. Her alındı numarasını buradan kontrol edebilirsiniz: ${hint}`,
    subject: (n, org) => `Alındı belgesi ${n} – ${org}`,
    subjectCombined: (count, org) => `${count} belge için alındı belgesi – ${org}`,
    duplicate: (when, n) => `Bu belgeyi ${when} tarihinde zaten aldık, alındı numarası ${n}.`,
    letter: {
      date: 'Tarih',
      reference: 'Referansımız',
      subject: 'Konu',
      salutation: (name) => `Sayın ${name},`,
      closing: 'Saygılarımızla,',
      department: 'Çalışma ve Gelir Bölümü',
      questions: 'Sorunuz mu var? Bize ulaşın:',
      dutchFollows: 'Bu mektubun Felemenkçe metni bir sonraki sayfadadır.',
    },
  },
  ar: {
    // Western digits, as on the receipt number and in Dutch letters.
    locale: 'ar-u-nu-latn',
    direction: 'rtl',
    fileStem: 'iisal-istilam',
    channel: { desk: 'في مكتب الاستقبال', post: 'بالبريد', email: 'بالبريد الإلكتروني' },
    typeName: (type) => TYPE_NAMES.ar[type],
    document: 'وثيقة',
    confidential: 'وثيقة سرية',
    title: 'إيصال استلام',
    receiptNumber: 'رقم الإيصال',
    receivedOn: 'تاريخ الاستلام',
    received: 'طريقة التسليم',
    typeOfDocument: 'نوع الوثيقة',
    pages: 'عدد الصفحات',
    handledBy: 'الجهة المسؤولة',
    fingerprint: 'بصمة الملف',
    numberOfDocuments: 'عدد الوثائق',
    inTheFile: 'مكانها في الملف',
    toBeDecided: 'لم تحدد بعد',
    pagesWords: (range, one) => `${one ? 'الصفحة' : 'الصفحات'} ${range}`,
    rejected:
      'استلمنا ملفك، لكننا لا نستطيع قراءته. يرجى تسليم الوثيقة مرة أخرى، مثلا كنسخة ممسوحة أو كصورة. اتصل بنا إذا كانت لديك أسئلة.',
    objection:
      'نؤكد أننا استلمنا اعتراضك، حسب المادة 6:14 من القانون الإداري العام. سنتخذ قرارا خلال 6 أسابيع بعد نهاية مدة الاعتراض. إذا احتجنا إلى وقت أطول، فسنخبرك بذلك.',
    complaint: 'نؤكد أننا استلمنا شكواك، حسب المادة 9:6 من القانون الإداري العام. ستعرف خلال 6 أسابيع ماذا سنفعل بشكواك.',
    application: 'استلمنا طلبك. سنتخذ قرارا خلال 8 أسابيع. إذا كان هناك شيء ناقص، فسنطلبه منك.',
    passedOn: 'أرسلنا وثيقتك إلى الموظف المسؤول عنها. لا تحتاج إلى فعل أي شيء. سنتصل بك إذا لزم الأمر.',
    combinedIntro: (count) =>
      `استلمنا منك عدة وثائق في ملف واحد، عددها ${count}. تجد أدناه لكل وثيقة رقم الإيصال، والصفحات التي تخصها في الملف، والجهة المسؤولة عنها.`,
    othersPassedOn: (some) =>
      `${some ? 'أرسلنا الوثائق الأخرى' : 'أرسلنا الوثائق'} إلى الموظفين المسؤولين عنها. لا تحتاج إلى فعل أي شيء. سنتصل بك إذا لزم الأمر.`,
    keep: (hint) => `احتفظ بهذا الإيصال. إنه يثبت أنك سلمت الوثيقة. يمكنك التحقق منه برقم الإيصال هنا: ${hint}`,
    keepAll: (hint) => `احتفظ بهذا الإيصال. إنه يثبت أنك سلمت الوثائق. يمكنك التحقق من كل رقم إيصال هنا: ${hint}`,
    subject: (n, org) => `إيصال استلام ${n} – ${org}`,
    subjectCombined: (count, org) => `إيصال استلام لعدة وثائق، عددها ${count} – ${org}`,
    duplicate: (when, n) => `لقد استلمنا هذه الوثيقة من قبل في ${when}، رقم الإيصال ${n}.`,
    letter: {
      date: 'التاريخ',
      reference: 'المرجع',
      subject: 'الموضوع',
      salutation: (name) => `عزيزي/عزيزتي ${name}،`,
      closing: 'مع أطيب التحيات،',
      department: 'قسم العمل والدخل',
      questions: 'هل لديك أسئلة؟ اتصل بنا:',
      dutchFollows: 'النص الهولندي لهذه الرسالة في الصفحة التالية.',
    },
  },
  pl: {
    locale: 'pl-PL',
    direction: 'ltr',
    fileStem: 'potwierdzenie-odbioru',
    channel: { desk: 'w punkcie obsługi', post: 'pocztą', email: 'e-mailem' },
    typeName: (type) => TYPE_NAMES.pl[type],
    document: 'dokument',
    confidential: 'dokument poufny',
    title: 'Potwierdzenie odbioru',
    receiptNumber: 'Numer potwierdzenia',
    receivedOn: 'Data otrzymania',
    received: 'Sposób dostarczenia',
    typeOfDocument: 'Rodzaj dokumentu',
    pages: 'Liczba stron',
    handledBy: 'Kto się tym zajmuje',
    fingerprint: 'Odcisk pliku',
    numberOfDocuments: 'Liczba dokumentów',
    inTheFile: 'W pliku',
    toBeDecided: 'jeszcze nie ustalono',
    pagesWords: (range, one) => `${one ? 'strona' : 'strony'} ${range}`,
    rejected:
      'Otrzymaliśmy plik, ale nie możemy go odczytać. Prosimy dostarczyć dokument jeszcze raz, na przykład jako skan (PDF lub zdjęcie). W razie pytań prosimy o kontakt.',
    objection:
      'Potwierdzamy, że otrzymaliśmy sprzeciw (art. 6:14 Algemene wet bestuursrecht, holenderskiej ustawy o prawie administracyjnym). Decyzję podejmiemy w ciągu 6 tygodni od końca terminu na sprzeciw. Jeśli będziemy potrzebować więcej czasu, poinformujemy o tym.',
    complaint:
      'Potwierdzamy, że otrzymaliśmy skargę (art. 9:6 Algemene wet bestuursrecht, holenderskiej ustawy o prawie administracyjnym). W ciągu 6 tygodni poinformujemy, co zrobimy ze skargą.',
    application: 'Otrzymaliśmy wniosek. Decyzję podejmiemy w ciągu 8 tygodni. Jeśli czegoś brakuje, poprosimy o uzupełnienie.',
    passedOn:
      'Dokument został przekazany osobie, która się nim zajmie. Nie trzeba nic robić. Skontaktujemy się, jeśli będzie to potrzebne.',
    combinedIntro: (count) =>
      `Otrzymaliśmy kilka dokumentów w jednym pliku (liczba dokumentów: ${count}). Poniżej dla każdego dokumentu: numer potwierdzenia, strony pliku, które do niego należą, i kto się nim zajmuje.`,
    othersPassedOn: (some) =>
      `${some ? 'Pozostałe dokumenty zostały przekazane' : 'Dokumenty zostały przekazane'} osobom, które się nimi zajmą. Nie trzeba nic robić. Skontaktujemy się, jeśli będzie to potrzebne.`,
    keep: (hint) =>
      `Prosimy zachować to potwierdzenie. Dowodzi ono, że dokument został złożony. Można je sprawdzić za pomocą numeru potwierdzenia: ${hint}`,
    keepAll: (hint) =>
      `Prosimy zachować to potwierdzenie. Dowodzi ono, że dokumenty zostały złożone. Każdy numer potwierdzenia można sprawdzić: ${hint}`,
    subject: (n, org) => `Potwierdzenie odbioru ${n} – ${org}`,
    subjectCombined: (count, org) => `Potwierdzenie odbioru dokumentów (${count}) – ${org}`,
    duplicate: (when, n) => `Ten dokument otrzymaliśmy już ${when}, numer potwierdzenia ${n}.`,
    letter: {
      date: 'Data',
      reference: 'Nasz znak',
      subject: 'Temat',
      salutation: () => 'Szanowni Państwo,',
      closing: 'Z poważaniem,',
      department: 'Wydział Praca i Dochód',
      questions: 'Pytania? Prosimy o kontakt:',
      dutchFollows: 'Tekst tego listu po niderlandzku znajduje się na następnej stronie.',
    },
  },
  uk: {
    locale: 'uk-UA',
    direction: 'ltr',
    fileStem: 'pidtverdzhennia-otrymannia',
    channel: { desk: 'на стійці прийому', post: 'поштою', email: 'електронною поштою' },
    typeName: (type) => TYPE_NAMES.uk[type],
    document: 'документ',
    confidential: 'конфіденційний документ',
    title: 'Підтвердження отримання',
    receiptNumber: 'Номер підтвердження',
    receivedOn: 'Дата отримання',
    received: 'Спосіб подання',
    typeOfDocument: 'Вид документа',
    pages: 'Кількість сторінок',
    handledBy: 'Хто розглядає',
    fingerprint: 'Відбиток файлу',
    numberOfDocuments: 'Кількість документів',
    inTheFile: 'У файлі',
    toBeDecided: 'ще не визначено',
    pagesWords: (range, one) => `${one ? 'сторінка' : 'сторінки'} ${range}`,
    rejected:
      'Ми отримали ваш файл, але не можемо його прочитати. Будь ласка, подайте документ ще раз, наприклад як скан (PDF або фото). Якщо у вас є запитання, зв’яжіться з нами.',
    objection:
      'Підтверджуємо, що ми отримали ваше заперечення (стаття 6:14 Algemene wet bestuursrecht, Загального закону про адміністративне право). Ми ухвалимо рішення протягом 6 тижнів після закінчення строку для заперечень. Якщо нам знадобиться більше часу, ми вам повідомимо.',
    complaint:
      'Підтверджуємо, що ми отримали вашу скаргу (стаття 9:6 Algemene wet bestuursrecht, Загального закону про адміністративне право). Протягом 6 тижнів ви дізнаєтеся, що ми зробимо з вашою скаргою.',
    application: 'Ми отримали вашу заяву. Ми ухвалимо рішення протягом 8 тижнів. Якщо чогось бракує, ми попросимо вас це надати.',
    passedOn:
      'Ваш документ передано працівнику, який ним займається. Вам нічого не потрібно робити. Ми зв’яжемося з вами, якщо буде потрібно.',
    combinedIntro: (count) =>
      `Ми отримали від вас кілька документів в одному файлі (кількість документів: ${count}). Нижче для кожного документа вказано номер підтвердження, які сторінки файлу до нього належать і хто його розглядає.`,
    othersPassedOn: (some) =>
      `${some ? 'Інші документи передано' : 'Документи передано'} працівникам, які ними займаються. Вам нічого не потрібно робити. Ми зв’яжемося з вами, якщо буде потрібно.`,
    keep: (hint) => `Збережіть це підтвердження. Воно доводить, що ви подали документ. Перевірити можна за номером підтвердження: ${hint}`,
    keepAll: (hint) =>
      `Збережіть це підтвердження. Воно доводить, що ви подали документи. Перевірити можна кожен номер підтвердження: ${hint}`,
    subject: (n, org) => `Підтвердження отримання ${n} – ${org}`,
    subjectCombined: (count, org) => `Підтвердження отримання документів (${count}) – ${org}`,
    duplicate: (when, n) => `Ми вже отримали цей документ ${when}, номер підтвердження ${n}.`,
    letter: {
      date: 'Дата',
      reference: 'Наш номер',
      subject: 'Тема',
      salutation: (name) => `Шановний(-а) ${name},`,
      closing: 'З повагою,',
      department: 'Відділ праці та доходу',
      questions: 'Маєте запитання? Зв’яжіться з нами:',
      dutchFollows: 'Текст цього листа нідерландською мовою – на наступній сторінці.',
    },
  },
};
/** Type names in the languages DOCUMENT_TYPES does not carry (it has nl and en). */
const TYPE_NAMES: Record<'tr' | 'ar' | 'pl' | 'uk', Record<DocumentTypeId, string>> = {
  tr: {
    payslip: 'maaş bordrosu',
    bank_statement: 'banka hesap dökümü',
    change_form: 'değişiklik formu',
    benefit_application: 'sosyal yardım başvurusu',
    objection: 'itiraz dilekçesi',
    complaint: 'şikâyet',
    court_document: 'mahkeme belgesi',
    uwv_decision: 'UWV kararı',
    tax_document: 'vergi dairesi mektubu',
    rental_agreement: 'kira sözleşmesi',
    holiday_notice: 'tatil bildirimi',
    medical_statement: 'sağlık raporu',
    job_application_proof: 'iş başvurusu kanıtı',
    employment_contract: 'iş sözleşmesi',
    identity_document: 'kimlik belgesi kopyası',
    debt_notice: 'borç ihtarı',
    other: 'diğer belge',
  },
  ar: {
    payslip: 'قسيمة راتب',
    bank_statement: 'كشف حساب بنكي',
    change_form: 'استمارة تغيير',
    benefit_application: 'طلب مساعدة اجتماعية',
    objection: 'اعتراض',
    complaint: 'شكوى',
    court_document: 'وثيقة من المحكمة',
    uwv_decision: 'قرار من UWV',
    tax_document: 'رسالة من مصلحة الضرائب',
    rental_agreement: 'عقد إيجار',
    holiday_notice: 'إشعار عطلة',
    medical_statement: 'تقرير طبي',
    job_application_proof: 'إثبات طلب عمل',
    employment_contract: 'عقد عمل',
    identity_document: 'نسخة من وثيقة الهوية',
    debt_notice: 'إنذار دين',
    other: 'وثيقة أخرى',
  },
  pl: {
    payslip: 'odcinek wypłaty',
    bank_statement: 'wyciąg bankowy',
    change_form: 'formularz zmiany',
    benefit_application: 'wniosek o zasiłek',
    objection: 'sprzeciw',
    complaint: 'skarga',
    court_document: 'pismo z sądu',
    uwv_decision: 'decyzja UWV',
    tax_document: 'pismo z urzędu skarbowego',
    rental_agreement: 'umowa najmu',
    holiday_notice: 'zgłoszenie urlopu',
    medical_statement: 'zaświadczenie lekarskie',
    job_application_proof: 'dowód ubiegania się o pracę',
    employment_contract: 'umowa o pracę',
    identity_document: 'kopia dowodu tożsamości',
    debt_notice: 'wezwanie do zapłaty',
    other: 'inny dokument',
  },
  uk: {
    payslip: 'розрахунковий листок',
    bank_statement: 'банківська виписка',
    change_form: 'форма змін',
    benefit_application: 'заява на допомогу',
    objection: 'заперечення',
    complaint: 'скарга',
    court_document: 'документ із суду',
    uwv_decision: 'рішення UWV',
    tax_document: 'лист від податкової служби',
    rental_agreement: 'договір оренди',
    holiday_notice: 'повідомлення про відпустку',
    medical_statement: 'медична довідка',
    job_application_proof: 'підтвердження пошуку роботи',
    employment_contract: 'трудовий договір',
    identity_document: 'копія посвідчення особи',
    debt_notice: 'вимога про сплату боргу',
    other: 'інший документ',
  },
};

export function receiptWhen(at: Date, timeZone: string, language: ReceiptLanguage): string {
  return new Intl.DateTimeFormat(TEXTS[language].locale, {
    timeZone,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(at);
}

/** A letter's date line: the day only, in the language's own words. */
export function letterDate(at: Date, timeZone: string, language: ReceiptLanguage): string {
  return new Intl.DateTimeFormat(TEXTS[language].locale, { timeZone, day: 'numeric', month: 'long', year: 'numeric' }).format(at);
}

function typeWords(type: DocumentTypeId | null, language: ReceiptLanguage): string {
  const t = TEXTS[language];
  if (!type || type === 'other') return t.document;
  if (DOCUMENT_TYPES[type].restricted) return t.confidential;
  return t.typeName(type);
}

function nextSteps(f: ReceiptFacts, l: ReceiptLanguage): string[] {
  const t = TEXTS[l];
  if (f.rejected) return [t.rejected];
  const type = f.documentType;
  const info = type ? DOCUMENT_TYPES[type] : undefined;
  if (info?.formalReceipt === 'objection') return [t.objection];
  if (info?.formalReceipt === 'complaint') return [t.complaint];
  if (type === 'benefit_application') return [t.application];
  return [t.passedOn];
}

function frame(language: ReceiptLanguage): Pick<ReceiptContent, 'language' | 'direction' | 'locale' | 'title' | 'letter' | 'fileStem'> {
  const t = TEXTS[language];
  return { language, direction: t.direction, locale: t.locale, title: t.title, letter: t.letter, fileStem: t.fileStem };
}

export function receiptContent(f: ReceiptFacts, language: ReceiptLanguage): ReceiptContent {
  const t = TEXTS[language];
  const lines: [string, string][] = [
    [t.receiptNumber, f.receiptNumber],
    [t.receivedOn, receiptWhen(f.receivedAt, f.timeZone, language)],
    [t.received, t.channel[f.channel]],
    [t.typeOfDocument, typeWords(f.documentType, language)],
  ];
  if (f.pageCount) lines.push([t.pages, String(f.pageCount)]);
  if (f.teamName) lines.push([t.handledBy, f.teamName]);
  lines.push([t.fingerprint, shortFingerprint(f.fingerprint)]);
  return {
    ...frame(language),
    subject: t.subject(f.receiptNumber, f.organisationName),
    lines,
    paragraphs: [...nextSteps(f, language), t.keep(f.verifyHint)],
  };
}

/**
 * One receipt for several documents of one submitter in one file: the delivery facts once, then a
 * table with each document's receipt number, type, pages of the file and team. Objections,
 * complaints and applications keep their own (legal) text, naming their receipt number.
 */
export function combinedReceiptContent(f: CombinedReceiptFacts, language: ReceiptLanguage): ReceiptContent {
  const t = TEXTS[language];
  const count = f.parts.length;
  const lines: [string, string][] = [
    [t.receivedOn, receiptWhen(f.receivedAt, f.timeZone, language)],
    [t.received, t.channel[f.channel]],
    [t.numberOfDocuments, String(count)],
    [t.fingerprint, shortFingerprint(f.fingerprint)],
  ];
  const rows = f.parts.map((p) => [
    p.receiptNumber,
    typeWords(p.rejected ? null : p.documentType, language),
    t.pagesWords(pageRange(p.pages), p.pages.length === 1),
    p.teamName ?? t.toBeDecided,
  ]);
  const own = f.parts.flatMap((p) => {
    const steps = nextSteps(partFacts(f, p), language);
    return hasOwnText(p) ? steps.map((s) => `${p.receiptNumber}: ${s}`) : [];
  });
  const withOwnText = f.parts.filter(hasOwnText).length;
  return {
    ...frame(language),
    subject: t.subjectCombined(count, f.organisationName),
    lines,
    table: { head: [t.receiptNumber, t.typeOfDocument, t.inTheFile, t.handledBy], rows },
    paragraphs: [
      t.combinedIntro(count),
      ...own,
      ...(withOwnText < count ? [t.othersPassedOn(withOwnText > 0)] : []),
      t.keepAll(f.verifyHint),
    ],
  };
}

/** A part whose type has its own receipt text (legal, application) or that could not be read. */
function hasOwnText(p: ReceiptPartFacts): boolean {
  return (
    Boolean(p.rejected) ||
    p.documentType === 'benefit_application' ||
    Boolean(p.documentType && DOCUMENT_TYPES[p.documentType].formalReceipt)
  );
}

function partFacts(f: CombinedReceiptFacts, p: ReceiptPartFacts): ReceiptFacts {
  return {
    ...f,
    receiptNumber: p.receiptNumber,
    pageCount: p.pages.length,
    documentType: p.documentType,
    teamName: p.teamName,
    rejected: Boolean(p.rejected),
  };
}

/** The receipt as plain text (e-mail body): each language in turn, the client's first. */
export function receiptPlainText(contents: ReceiptContent | readonly ReceiptContent[], organisationName: string): string {
  const all = Array.isArray(contents) ? contents : [contents as ReceiptContent];
  return all.map((c) => plainOne(c, organisationName)).join('\n----------------------------------------\n\n');
}

function plainOne(c: ReceiptContent, organisationName: string): string {
  const width = Math.max(...c.lines.map(([label]) => label.length));
  return [
    `${organisationName} – ${c.title}`,
    '',
    ...c.lines.map(([label, value]) => `${label.padEnd(width)}  ${value}`),
    '',
    ...(c.table ? [...plainTable(c.table), ''] : []),
    ...c.paragraphs.flatMap((p) => [p, '']),
  ].join('\n');
}

/** A table in plain text: columns padded to their widest cell. */
function plainTable(table: { head: string[]; rows: string[][] }): string[] {
  const all = [table.head, ...table.rows];
  const widths = table.head.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
  const row = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [row(table.head), row(widths.map((w) => '-'.repeat(w))), ...table.rows.map(row)];
}

/** "Already received" text for the same file handed in again. */
export function duplicateNotice(receiptNumber: string, firstReceivedAt: Date, timeZone: string, language: ReceiptLanguage): string {
  return TEXTS[language].duplicate(receiptWhen(firstReceivedAt, timeZone, language), receiptNumber);
}

/** The receipt PDF's file name: the language's word and the receipt number, ASCII only (mail clients, Windows). */
export function receiptFileName(content: Pick<ReceiptContent, 'fileStem'>, receiptNumber: string): string {
  return `${content.fileStem}-${receiptNumber.replace(/[^A-Za-z0-9-]/g, '')}.pdf`;
}

/** The /check link for one receipt: the receipt number and the language in it, so the page opens filled in and in that language. */
export function checkLink(publicUrl: string, receiptNumber: string, language: ReceiptLanguage): string {
  const url = new URL('check', publicUrl.endsWith('/') ? publicUrl : `${publicUrl}/`);
  url.searchParams.set('receipt', receiptNumber);
  url.searchParams.set('lang', language);
  return url.toString();
}

/** How a document came in ("per post", "posta ile", …), as the receipt says it. */
export function channelWords(channel: Channel, language: ReceiptLanguage): string {
  return TEXTS[language].channel[channel];
}

/** Whether a receipt language is written right to left. */
export function isRightToLeft(language: ReceiptLanguage): boolean {
  return TEXTS[language].direction === 'rtl';
}
