import { html } from 'hono/html';
import type { Directory } from '../../../shared/domain/directory.ts';
import type { DocumentRecord } from '../../../shared/domain/document.ts';
import { localDate } from '../../../shared/domain/local-date.ts';
import { normaliseReceiptNumber } from '../../../shared/domain/receipt-number.ts';
import {
  channelWords,
  isReceiptLanguage,
  isRightToLeft,
  type ReceiptLanguage,
  receiptWhen,
  shortFingerprint,
} from '../../../shared/domain/receipt-text.ts';
import type { WebApp, WebContext } from '../context.ts';
import { page, view } from '../layout.ts';

/**
 * The public receipt check: anyone with a receipt number and the day it was received (both on the
 * receipt) can see that the municipality received a document, when, how, how many pages and its
 * fingerprint, and in one plain sentence where it stands: being handled, with a team (its name,
 * never a person's), or not accepted with the reason and what to do. Nothing about its content or
 * the client. In the receipt's language: the link on a receipt carries `lang`. The day is a second factor: guessing takes
 * 40 bits of receipt number plus the day, against a per-address rate limit, and a wrong number and
 * a wrong day get the same answer.
 */
interface CheckMessages {
  title: string;
  intro: string;
  label: string;
  hint: string;
  dayLabel: string;
  dayHint: string;
  dayInvalid: string;
  submit: string;
  unknown: string;
  invalid: string;
  found: string;
  receivedAt: string;
  channel: string;
  pages: string;
  fingerprint: string;
  fingerprintHint: string;
  /** Received, no team yet (being read, in triage, …). */
  handling: string;
  /** Received and with the team that handles it: the team's name, never a person's. */
  routed: (team: string) => string;
  notAccepted: string;
  reason: string;
  /** The reason when the record has none in this language. */
  genericReason: string;
  todo: string;
}

/** The page in every receipt language: the link on a receipt carries its language (`lang`). */
const MESSAGES: Record<ReceiptLanguage, CheckMessages> = {
  nl: {
    title: 'Ontvangstbewijs controleren',
    intro: 'Vul het ontvangstnummer in dat op uw ontvangstbewijs staat. U ziet dan of en wanneer wij uw document hebben ontvangen.',
    label: 'Ontvangstnummer',
    hint: 'Bijvoorbeeld PK-7K3M-9QX2T. Hoofdletters en streepjes maken niet uit.',
    dayLabel: 'Datum van ontvangst',
    dayHint: 'De datum op uw ontvangstbewijs, bijvoorbeeld 7-12-2026.',
    dayInvalid: 'Vul de datum in als dag-maand-jaar, bijvoorbeeld 7-12-2026.',
    submit: 'Controleren',
    unknown: 'Wij vinden geen document met dit ontvangstnummer op deze datum. Controleer beide op uw ontvangstbewijs.',
    invalid: 'Dit is geen geldig ontvangstnummer. Controleer of u het goed heeft overgenomen.',
    found: 'Wij hebben dit document ontvangen.',
    receivedAt: 'Ontvangen op',
    channel: 'Ontvangen via',
    pages: "Aantal pagina's",
    fingerprint: 'Vingerafdruk van het bestand',
    fingerprintHint: 'Deze code hoort bij precies dit bestand. Staat dezelfde code op uw bewijs, dan gaat het om hetzelfde bestand.',
    handling: 'Wij hebben uw document ontvangen en behandelen het. U hoeft niets te doen.',
    routed: (team) => `Wij hebben uw document ontvangen en doorgestuurd naar ${team}. Dat team behandelt het. U hoeft niets te doen.`,
    notAccepted: 'Wij hebben uw bestand ontvangen, maar wij konden het niet gebruiken.',
    reason: 'Reden',
    genericReason: 'Wij konden het bestand niet lezen.',
    todo: 'Lever het document opnieuw in, bijvoorbeeld als scan (PDF of foto). Neem contact met ons op als u vragen heeft.',
  },
  en: {
    title: 'Check a receipt',
    intro: 'Enter the receipt number on your receipt. You will see whether and when we received your document.',
    label: 'Receipt number',
    hint: 'For example PK-7K3M-9QX2T. Capitals and dashes do not matter.',
    dayLabel: 'Date received',
    dayHint: 'The date on your receipt, for example 7-12-2026 (day-month-year).',
    dayInvalid: 'Enter the date as day-month-year, for example 7-12-2026.',
    submit: 'Check',
    unknown: 'We find no document with this receipt number on this date. Check both on your receipt.',
    invalid: 'This is not a valid receipt number. Check that you copied it correctly.',
    found: 'We received this document.',
    receivedAt: 'Received on',
    channel: 'Received by',
    pages: 'Number of pages',
    fingerprint: 'File fingerprint',
    fingerprintHint: 'This code belongs to exactly this file. If your receipt shows the same code, it is the same file.',
    handling: 'We received your document and are handling it. You do not need to do anything.',
    routed: (team) => `We received your document and passed it to ${team}. That team handles it. You do not need to do anything.`,
    notAccepted: 'We received your file, but we could not use it.',
    reason: 'Reason',
    genericReason: 'We could not read the file.',
    todo: 'Please hand in the document again, for example as a scan (PDF or photo). Contact us if you have questions.',
  },
  tr: {
    title: 'Alındı belgesini kontrol edin',
    intro: 'Alındı belgenizdeki numarayı girin. Belgenizi alıp almadığımızı ve ne zaman aldığımızı görürsünüz.',
    label: 'Alındı numarası',
    hint: 'Örneğin PK-7K3M-9QX2T. Büyük harf ve tire fark etmez.',
    dayLabel: 'Alındığı tarih',
    dayHint: 'Alındı belgenizdeki tarih, örneğin 7-12-2026 (gün-ay-yıl).',
    dayInvalid: 'Tarihi gün-ay-yıl olarak girin, örneğin 7-12-2026.',
    submit: 'Kontrol et',
    unknown: 'Bu tarihte bu alındı numarasıyla bir belge bulamıyoruz. Alındı belgenizdeki numarayı ve tarihi kontrol edin.',
    invalid: 'Bu geçerli bir alındı numarası değil. Doğru yazdığınızı kontrol edin.',
    found: 'Bu belgeyi aldık.',
    receivedAt: 'Alındığı tarih',
    channel: 'Nasıl teslim edildi',
    pages: 'Sayfa sayısı',
    fingerprint: 'Dosyanın parmak izi',
    fingerprintHint: 'Bu kod tam olarak bu dosyaya aittir. Alındı belgenizde aynı kod varsa, aynı dosyadır.',
    handling: 'Belgenizi aldık ve onunla ilgileniyoruz. Sizin bir şey yapmanız gerekmiyor.',
    routed: (team) => `Belgenizi aldık ve ${team} ekibine ilettik. Bu ekip belgenizle ilgileniyor. Sizin bir şey yapmanız gerekmiyor.`,
    notAccepted: 'Dosyanızı aldık, ama kullanamadık.',
    reason: 'Neden',
    genericReason: 'Dosyayı okuyamadık.',
    todo: 'Belgeyi yeniden teslim edin, örneğin tarama olarak (PDF veya fotoğraf). Sorunuz varsa bizimle iletişime geçin.',
  },
  ar: {
    title: 'التحقق من إيصال الاستلام',
    intro: 'أدخل رقم الإيصال المكتوب على إيصالك. سترى هل استلمنا وثيقتك ومتى.',
    label: 'رقم الإيصال',
    hint: 'مثلا PK-7K3M-9QX2T. لا يهم استخدام الأحرف الكبيرة أو الشرطات.',
    dayLabel: 'تاريخ الاستلام',
    dayHint: 'التاريخ المكتوب على إيصالك، مثلا 7-12-2026 (يوم-شهر-سنة).',
    dayInvalid: 'أدخل التاريخ بالشكل يوم-شهر-سنة، مثلا 7-12-2026.',
    submit: 'تحقق',
    unknown: 'لا نجد وثيقة بهذا الرقم في هذا التاريخ. تحقق من الرقم والتاريخ على إيصالك.',
    invalid: 'هذا ليس رقم إيصال صحيحا. تحقق من أنك نقلته بشكل صحيح.',
    found: 'استلمنا هذه الوثيقة.',
    receivedAt: 'تاريخ الاستلام',
    channel: 'طريقة التسليم',
    pages: 'عدد الصفحات',
    fingerprint: 'بصمة الملف',
    fingerprintHint: 'هذا الرمز خاص بهذا الملف فقط. إذا كان الرمز نفسه على إيصالك، فهو الملف نفسه.',
    handling: 'استلمنا وثيقتك ونحن نعمل عليها. لا تحتاج إلى فعل أي شيء.',
    routed: (team) => `استلمنا وثيقتك وأرسلناها إلى ${team}. هذا الفريق يعمل عليها. لا تحتاج إلى فعل أي شيء.`,
    notAccepted: 'استلمنا ملفك، لكننا لم نستطع استخدامه.',
    reason: 'السبب',
    genericReason: 'لم نستطع قراءة الملف.',
    todo: 'سلّم الوثيقة مرة أخرى، مثلا كنسخة ممسوحة أو كصورة. اتصل بنا إذا كانت لديك أسئلة.',
  },
  pl: {
    title: 'Sprawdź potwierdzenie odbioru',
    intro: 'Wpisz numer z potwierdzenia odbioru. Zobaczysz, czy i kiedy otrzymaliśmy dokument.',
    label: 'Numer potwierdzenia',
    hint: 'Na przykład PK-7K3M-9QX2T. Wielkość liter i myślniki nie mają znaczenia.',
    dayLabel: 'Data otrzymania',
    dayHint: 'Data z potwierdzenia, na przykład 7-12-2026 (dzień-miesiąc-rok).',
    dayInvalid: 'Wpisz datę jako dzień-miesiąc-rok, na przykład 7-12-2026.',
    submit: 'Sprawdź',
    unknown: 'Nie znajdujemy dokumentu z tym numerem w tym dniu. Sprawdź numer i datę na potwierdzeniu.',
    invalid: 'To nie jest prawidłowy numer potwierdzenia. Sprawdź, czy został dobrze przepisany.',
    found: 'Otrzymaliśmy ten dokument.',
    receivedAt: 'Data otrzymania',
    channel: 'Sposób dostarczenia',
    pages: 'Liczba stron',
    fingerprint: 'Odcisk pliku',
    fingerprintHint: 'Ten kod należy tylko do tego pliku. Jeśli na potwierdzeniu jest ten sam kod, to jest to ten sam plik.',
    handling: 'Otrzymaliśmy dokument i zajmujemy się nim. Nie trzeba nic robić.',
    routed: (team) => `Otrzymaliśmy dokument i przekazaliśmy go do zespołu: ${team}. Ten zespół się nim zajmuje. Nie trzeba nic robić.`,
    notAccepted: 'Otrzymaliśmy plik, ale nie mogliśmy go użyć.',
    reason: 'Powód',
    genericReason: 'Nie mogliśmy odczytać pliku.',
    todo: 'Prosimy dostarczyć dokument jeszcze raz, na przykład jako skan (PDF lub zdjęcie). W razie pytań prosimy o kontakt.',
  },
  uk: {
    title: 'Перевірити підтвердження отримання',
    intro: 'Введіть номер із вашого підтвердження. Ви побачите, чи і коли ми отримали ваш документ.',
    label: 'Номер підтвердження',
    hint: 'Наприклад, PK-7K3M-9QX2T. Великі літери та дефіси не мають значення.',
    dayLabel: 'Дата отримання',
    dayHint: 'Дата з вашого підтвердження, наприклад 7-12-2026 (день-місяць-рік).',
    dayInvalid: 'Введіть дату як день-місяць-рік, наприклад 7-12-2026.',
    submit: 'Перевірити',
    unknown: 'Ми не знаходимо документа з цим номером на цю дату. Перевірте номер і дату на підтвердженні.',
    invalid: 'Це не дійсний номер підтвердження. Перевірте, чи правильно ви його переписали.',
    found: 'Ми отримали цей документ.',
    receivedAt: 'Дата отримання',
    channel: 'Спосіб подання',
    pages: 'Кількість сторінок',
    fingerprint: 'Відбиток файлу',
    fingerprintHint: 'Цей код належить саме цьому файлу. Якщо на вашому підтвердженні той самий код, це той самий файл.',
    handling: 'Ми отримали ваш документ і розглядаємо його. Вам нічого не потрібно робити.',
    routed: (team) =>
      `Ми отримали ваш документ і передали його команді: ${team}. Ця команда його розглядає. Вам нічого не потрібно робити.`,
    notAccepted: 'Ми отримали ваш файл, але не змогли його використати.',
    reason: 'Причина',
    genericReason: 'Ми не змогли прочитати файл.',
    todo: 'Подайте документ ще раз, наприклад як скан (PDF або фото). Якщо у вас є запитання, зв’яжіться з нами.',
  },
};

/** What the client is told about a document found: one plain statement, and for a file not accepted the reason and what to do. */
export function checkStatement(
  doc: Pick<DocumentRecord, 'status' | 'route' | 'rejectReason' | 'rejectReasonNl'>,
  directory: Directory,
  language: ReceiptLanguage,
): { kind: 'handling' | 'routed' | 'not-accepted'; text: string; reason?: string; todo?: string } {
  const m = MESSAGES[language];
  if (doc.status === 'rejected') {
    // The record's own plain sentence where it has one in this language; a general one otherwise.
    const own = language === 'nl' ? doc.rejectReasonNl : language === 'en' ? doc.rejectReason : null;
    return { kind: 'not-accepted', text: m.notAccepted, reason: own || m.genericReason, todo: m.todo };
  }
  const team = doc.route?.status === 'routed' ? directory.teams.find((t) => t.id === doc.route?.team) : undefined;
  if (team) return { kind: 'routed', text: m.routed(team.name) };
  return { kind: 'handling', text: m.handling };
}

/** A day as people write it (7-12-2026, 07/12/2026, 7.12.2026, or a date field's 2026-12-07) → ISO day. */
export function parseDay(input: string): string | undefined {
  const t = input.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  const dmy = /^(\d{1,2})[-/. ]+(\d{1,2})[-/. ]+(\d{4})$/.exec(t);
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : dmy ? [dmy[3], dmy[2], dmy[1]] : [];
  if (!y || !m || !d) return undefined;
  const day = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  // Date rolls 31-02 over into March: only a day that survives the round trip exists.
  const at = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(at.getTime()) && at.toISOString().startsWith(day) ? day : undefined;
}

export function registerCheck(app: WebApp, web: WebContext) {
  app.get('/check', async (c) => {
    const v = view(c);
    // The receipt's link says its language; else the visitor's own choice (Dutch or English).
    const asked = c.req.query('lang');
    const lang: ReceiptLanguage = isReceiptLanguage(asked) ? asked : v.lang;
    const m = MESSAGES[lang];
    const rtl = isRightToLeft(lang);
    const input = (c.req.query('receipt') ?? '').trim().slice(0, 40);
    const dayInput = (c.req.query('day') ?? '').trim().slice(0, 20);
    const number = input ? normaliseReceiptNumber(input) : undefined;
    const day = parseDay(dayInput);
    // The link on a receipt fills in the number: the page asks for the day, it does not scold.
    const submitted = Boolean(dayInput) || (Boolean(input) && c.req.query('day') !== undefined);
    const found = number && day ? await web.rt.ledger.findByReceiptNumber(number) : undefined;
    const directory = found ? await web.rt.directory.load() : undefined;
    const doc = found && directory && localDate(new Date(found.receivedAt), directory.organisation.timezone) === day ? found : undefined;
    const error = input && !number ? m.invalid : number && day && !doc ? m.unknown : undefined;
    const dayError = submitted && !day ? m.dayInvalid : undefined;
    const statement = doc && directory ? checkStatement(doc, directory, lang) : undefined;
    const body = html`<div lang="${lang}" dir="${rtl ? 'rtl' : 'ltr'}">
<h1>${m.title}</h1>
<p class="lead">${m.intro}</p>
<form method="get" action="/check" novalidate>
  ${isReceiptLanguage(asked) ? html`<input type="hidden" name="lang" value="${lang}">` : ''}
  <label for="receipt">${m.label}</label>
  <p class="hint" id="receipt-hint">${m.hint}</p>
  ${error ? html`<p class="field-error" id="receipt-error">${error}</p>` : ''}
  <input type="text" id="receipt" name="receipt" value="${input}" autocomplete="off" spellcheck="false" autocapitalize="characters" dir="ltr"
    aria-describedby="receipt-hint${error ? ' receipt-error' : ''}"${error ? html` aria-invalid="true"` : ''}>
  <label for="day">${m.dayLabel}</label>
  <p class="hint" id="day-hint">${m.dayHint}</p>
  ${dayError ? html`<p class="field-error" id="day-error">${dayError}</p>` : ''}
  <input type="text" id="day" name="day" value="${dayInput}" autocomplete="off" inputmode="numeric" spellcheck="false" dir="ltr"
    aria-describedby="day-hint${dayError ? ' day-error' : ''}"${dayError ? html` aria-invalid="true"` : ''}>
  <p><button type="submit">${m.submit}</button></p>
</form>
${
  doc && directory && statement
    ? html`<section aria-labelledby="result-title" role="status">
  <h2 id="result-title">${m.found}</h2>
  <p class="check-statement" data-kind="${statement.kind}"><strong>${statement.text}</strong></p>
  ${
    statement.reason
      ? html`<dl class="facts"><dt>${m.reason}</dt><dd>${statement.reason}</dd></dl>
  <p>${statement.todo}</p>`
      : ''
  }
  <dl class="facts">
    <dt>${m.receivedAt}</dt><dd>${receiptWhen(new Date(doc.receivedAt), directory.organisation.timezone, lang)}</dd>
    <dt>${m.channel}</dt><dd>${channelWords(doc.channel, lang)}</dd>
    ${doc.pageCount ? html`<dt>${m.pages}</dt><dd>${doc.pageCount}</dd>` : ''}
    <dt>${m.fingerprint}</dt><dd><code dir="ltr">${shortFingerprint(doc.fingerprint)}</code></dd>
  </dl>
  <p class="hint">${m.fingerprintHint}</p>
</section>`
    : ''
}
</div>`;
    return c.html(page(v, { title: m.title, area: 'check', body }));
  });
}
