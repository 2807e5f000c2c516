import { html } from 'hono/html';
import { normaliseReceiptNumber } from '../../../shared/domain/receipt-number.ts';
import { shortFingerprint } from '../../../shared/domain/receipt-text.ts';
import type { WebApp, WebContext } from '../context.ts';
import { dateTime } from '../format.ts';
import { channelName, defineMessages } from '../i18n.ts';
import { page, view } from '../layout.ts';

/**
 * The public receipt check: anyone with a receipt number can see that the municipality received a
 * document, when, how, how many pages and its fingerprint. Nothing about its content or the client.
 */
const messages = defineMessages(
  {
    title: 'Ontvangstbewijs controleren',
    intro: 'Vul het ontvangstnummer in dat op uw ontvangstbewijs staat. U ziet dan of en wanneer wij uw document hebben ontvangen.',
    label: 'Ontvangstnummer',
    hint: 'Bijvoorbeeld PK-7K3M-9QX2T. Hoofdletters en streepjes maken niet uit.',
    submit: 'Controleren',
    unknown: 'Dit ontvangstnummer is niet bekend. Controleer of u het goed heeft overgenomen.',
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
    submit: 'Check',
    unknown: 'This receipt number is not known. Check that you copied it correctly.',
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

export function registerCheck(app: WebApp, web: WebContext) {
  app.get('/check', async (c) => {
    const v = view(c);
    const m = messages(v.lang);
    const input = (c.req.query('receipt') ?? '').trim().slice(0, 40);
    const number = input ? normaliseReceiptNumber(input) : undefined;
    const doc = number ? await web.rt.ledger.findByReceiptNumber(number) : undefined;
    const directory = doc ? await web.rt.directory.load() : undefined;
    const error = input && !number ? m.invalid : input && !doc ? m.unknown : undefined;
    const body = html`<h1>${m.title}</h1>
<p class="lead">${m.intro}</p>
<form method="get" action="/check" novalidate>
  <label for="receipt">${m.label}</label>
  <p class="hint" id="receipt-hint">${m.hint}</p>
  ${error ? html`<p class="field-error" id="receipt-error">${error}</p>` : ''}
  <input type="text" id="receipt" name="receipt" value="${input}" autocomplete="off" spellcheck="false" autocapitalize="characters"
    aria-describedby="receipt-hint${error ? ' receipt-error' : ''}"${error ? html` aria-invalid="true"` : ''}>
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
