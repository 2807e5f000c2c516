import { html } from 'hono/html';
import { localDate } from '../../../shared/domain/local-date.ts';
import { normaliseReceiptNumber } from '../../../shared/domain/receipt-number.ts';
import { shortFingerprint } from '../../../shared/domain/receipt-text.ts';
import type { WebApp, WebContext } from '../context.ts';
import { dateTime } from '../format.ts';
import { channelName, defineMessages } from '../i18n.ts';
import { page, view } from '../layout.ts';

/**
 * The public receipt check: anyone with a receipt number and the day it was received (both on the
 * receipt) can see that the municipality received a document, when, how, how many pages and its
 * fingerprint. Nothing about its content or the client. The day is a second factor: guessing takes
 * 40 bits of receipt number plus the day, against a per-address rate limit, and a wrong number and
 * a wrong day get the same answer.
 */
const messages = defineMessages(
  {
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
    notYetCounted: 'nog niet geteld',
  },
  {
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
    notYetCounted: 'not yet counted',
  },
);

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
    const m = messages(v.lang);
    const input = (c.req.query('receipt') ?? '').trim().slice(0, 40);
    const dayInput = (c.req.query('day') ?? '').trim().slice(0, 20);
    const number = input ? normaliseReceiptNumber(input) : undefined;
    const day = parseDay(dayInput);
    const asked = Boolean(input || dayInput);
    const found = number && day ? await web.rt.ledger.findByReceiptNumber(number) : undefined;
    const directory = found ? await web.rt.directory.load() : undefined;
    const doc = found && directory && localDate(new Date(found.receivedAt), directory.organisation.timezone) === day ? found : undefined;
    const error = asked && !number ? m.invalid : number && day && !doc ? m.unknown : undefined;
    const dayError = asked && !day ? m.dayInvalid : undefined;
    const body = html`<h1>${m.title}</h1>
<p class="lead">${m.intro}</p>
<form method="get" action="/check" novalidate>
  <label for="receipt">${m.label}</label>
  <p class="hint" id="receipt-hint">${m.hint}</p>
  ${error ? html`<p class="field-error" id="receipt-error">${error}</p>` : ''}
  <input type="text" id="receipt" name="receipt" value="${input}" autocomplete="off" spellcheck="false" autocapitalize="characters"
    aria-describedby="receipt-hint${error ? ' receipt-error' : ''}"${error ? html` aria-invalid="true"` : ''}>
  <label for="day">${m.dayLabel}</label>
  <p class="hint" id="day-hint">${m.dayHint}</p>
  ${dayError ? html`<p class="field-error" id="day-error">${dayError}</p>` : ''}
  <input type="text" id="day" name="day" value="${dayInput}" autocomplete="off" inputmode="numeric" spellcheck="false"
    aria-describedby="day-hint${dayError ? ' day-error' : ''}"${dayError ? html` aria-invalid="true"` : ''}>
  <p><button type="submit">${m.submit}</button></p>
</form>
${
  doc && directory
    ? html`<section aria-labelledby="result-title" role="status">
  <h2 id="result-title">${m.found}</h2>
  <dl class="facts">
    <dt>${m.receivedAt}</dt><dd>${dateTime(doc.receivedAt, v.lang, directory.organisation.timezone)}</dd>
    <dt>${m.channel}</dt><dd>${channelName(doc.channel, v.lang)}</dd>
    <dt>${m.pages}</dt><dd>${doc.pageCount ?? m.notYetCounted}</dd>
    <dt>${m.fingerprint}</dt><dd><code>${shortFingerprint(doc.fingerprint)}</code></dd>
  </dl>
  <p class="hint">${m.fingerprintHint}</p>
</section>`
    : ''
}`;
    return c.html(page(v, { title: m.title, area: 'check', body }));
  });
}
