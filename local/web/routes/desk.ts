import { html } from 'hono/html';
import { z } from 'zod';
import { deskReceiptPdf, emailDeskReceipt, recordPrintedReceipt } from '../../../functions/receipt/desk-receipt.ts';
import type { DocumentRecord } from '../../../shared/domain/document.ts';
import {
  clientReceiptLanguage,
  isReceiptLanguage,
  RECEIPT_LANGUAGE_NAMES,
  RECEIPT_LANGUAGES,
  type ReceiptLanguage,
} from '../../../shared/domain/receipt-text.ts';
import { mayFollowDeskUpload } from '../access.ts';
import { forbidden, notFound, requireArea } from '../auth.ts';
import { batchFile } from '../batch-state.ts';
import { clientHit, clientSearchResults, findClient, searchClients } from '../client-search.ts';
import { type Ctx, currentUser, field, files, filesOverLimit, formData, type WebApp, type WebContext, wantsJson } from '../context.ts';
import { dateTime } from '../format.ts';
import { defineMessages, type Lang } from '../i18n.ts';
import { intakeUpload, receiptDocument } from '../intake-upload.ts';
import { csrfField, errorSummary, type FieldError, fieldError, notice, page, view } from '../layout.ts';
import { uploadForm, uploadMessages } from '../upload-form.ts';
import { BATCH_ID } from '../upload-store.ts';

/** An e-mail address typed at the desk for the receipt. */
const emailSchema = z.string().trim().max(254).email();

type ReceiptAddress = { to: string } | { to: null } | { error: 'invalid' | 'mismatch' };

/**
 * Where a desk receipt may be e-mailed: the client's address on file, or an address typed twice
 * the same (a typo would send proof of someone's visit to a stranger). A typed address wins over
 * the box for the one on file; that one is looked up by the caller, never taken from the form.
 */
export function receiptAddress(typed: string, again: string, onFile: string | undefined, useOnFile: boolean): ReceiptAddress {
  if (!typed.trim()) return { to: useOnFile && onFile ? onFile : null };
  const parsed = emailSchema.safeParse(typed);
  if (!parsed.success) return { error: 'invalid' };
  const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
  if (onFile && same(parsed.data, onFile)) return { to: onFile };
  return same(parsed.data, again) ? { to: parsed.data } : { error: 'mismatch' };
}

const messages = defineMessages(
  {
    title: 'Balie',
    intro: 'Neem documenten van de klant in. De klant krijgt meteen een ontvangstbewijs; het lezen en doorsturen gebeurt daarna vanzelf.',
    searchTitle: 'Klant zoeken',
    searchLabel: 'Klantnummer of naam',
    searchHint: 'Niet verplicht. Zonder klant zoekt het systeem de klant zelf op in het document.',
    search: 'Zoeken',
    noResults: 'Geen klant gevonden. U kunt ook zonder klant innemen.',
    chosen: 'Gekozen klant',
    otherClient: 'Andere klant kiezen',
    noClient: 'Geen klant gekozen.',
    uploadTitle: 'Documenten innemen',
    email: 'E-mailadres voor het ontvangstbewijs',
    emailHint: 'Niet verplicht. Het bewijs gaat dan meteen per e-mail naar dit adres.',
    emailAgain: 'Nog een keer het e-mailadres',
    emailAgainHint: 'Ter controle: een typfout stuurt het bewijs naar een vreemde.',
    emailInvalid: 'Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl',
    emailMismatch: 'De twee e-mailadressen zijn niet gelijk. Typ het adres twee keer hetzelfde.',
    onFile: (address: string) => `Per e-mail naar het bekende adres ${address}`,
    onFileHint: 'Een ander adres? Laat dit uit en typ het adres hieronder twee keer.',
    sendOnFile: (address: string) => `Versturen naar ${address}`,
    otherAddress: 'Of naar een ander adres:',
    receiptLanguage: 'Taal van het ontvangstbewijs',
    submit: 'Innemen',
    unknownClient: 'Deze klant staat niet in het klantenbestand. Zoek de klant opnieuw.',
    recent: 'Eerder vandaag ingenomen',
    batchLink: (at: string, n: number) => `${at}: ${n === 1 ? '1 bestand' : `${n} bestanden`}`,
    batchTitle: 'Ontvangstbewijzen',
    batchIntro:
      'Geef de klant het ontvangstbewijs mee: druk het af of stuur het per e-mail. Het bewijs geldt meteen, ook al is het document nog niet gelezen.',
    receiptNumber: 'Ontvangstnummer',
    client: 'Klant',
    clientNotYet: 'Nog niet bekend: het systeem zoekt de klant in het document.',
    receivedAt: 'Ontvangen op',
    state: 'Stand',
    print: 'Ontvangstbewijs afdrukken (PDF)',
    sendEmail: 'E-mail versturen',
    emailTo: (file: string) => `E-mailadres voor ${file}`,
    sent: 'Het ontvangstbewijs is per e-mail verstuurd.',
    already: 'Voor dit document is al een ontvangstbewijs per e-mail verstuurd.',
    sentTo: (to: string) => `Per e-mail verstuurd naar ${to}.`,
    printed: 'Afgedrukt en meegegeven.',
    newVisit: 'Volgende klant',
    refresh: 'Stand vernieuwen',
    duplicateReceipt: 'Ontvangstbewijs van de eerste keer afdrukken (PDF)',
    sheets: 'Voorblad of scheidingsblad afdrukken',
    sheetsHint: 'Voor een stapel papieren van één klant die later gescand wordt.',
  },
  {
    title: 'Front desk',
    intro: 'Take in the client’s documents. The client gets a receipt at once; reading and routing follow by themselves.',
    searchTitle: 'Find a client',
    searchLabel: 'Client number or name',
    searchHint: 'Optional. Without a client the system looks for the client in the document.',
    search: 'Search',
    noResults: 'No client found. You can also take in documents without a client.',
    chosen: 'Chosen client',
    otherClient: 'Choose another client',
    noClient: 'No client chosen.',
    uploadTitle: 'Take in documents',
    email: 'E-mail address for the receipt',
    emailHint: 'Optional. The receipt is then e-mailed to this address at once.',
    emailAgain: 'E-mail address again',
    emailAgainHint: 'To check: a typo would send the receipt to a stranger.',
    emailInvalid: 'Enter a valid e-mail address, like name@example.org',
    emailMismatch: 'The two e-mail addresses differ. Type the address the same twice.',
    onFile: (address: string) => `By e-mail to the address on file, ${address}`,
    onFileHint: 'Another address? Untick this and type the address twice below.',
    sendOnFile: (address: string) => `Send to ${address}`,
    otherAddress: 'Or to another address:',
    receiptLanguage: 'Language of the receipt',
    submit: 'Take in',
    unknownClient: 'This client is not in the client register. Search again.',
    recent: 'Taken in earlier today',
    batchLink: (at: string, n: number) => `${at}: ${n === 1 ? '1 file' : `${n} files`}`,
    batchTitle: 'Receipts',
    batchIntro: 'Give the client the receipt: print it or e-mail it. The receipt is valid at once, even before the document has been read.',
    receiptNumber: 'Receipt number',
    client: 'Client',
    clientNotYet: 'Not known yet: the system looks for the client in the document.',
    receivedAt: 'Received on',
    state: 'State',
    print: 'Print receipt (PDF)',
    sendEmail: 'Send e-mail',
    emailTo: (file: string) => `E-mail address for ${file}`,
    sent: 'The receipt was sent by e-mail.',
    already: 'A receipt was already e-mailed for this document.',
    sentTo: (to: string) => `E-mailed to ${to}.`,
    printed: 'Printed and handed over.',
    newVisit: 'Next client',
    refresh: 'Refresh state',
    duplicateReceipt: 'Print the receipt of the first time (PDF)',
    sheets: 'Print a cover or separator sheet',
    sheetsHint: 'For a stack of one client’s papers that is scanned later.',
  },
);

/** The receipt's language: every language a receipt is written in, each in its own words (Dutch is always on it too). */
function languageSelect(id: string, selected: ReceiptLanguage, label: string) {
  return html`<label for="${id}">${label}</label>
  <select id="${id}" name="receiptLanguage">
    ${RECEIPT_LANGUAGES.map((l) => html`<option value="${l}"${selected === l ? html` selected` : ''} lang="${l}">${RECEIPT_LANGUAGE_NAMES[l]}</option>`)}
  </select>`;
}

/** The language the form asks for, else Dutch. */
const formLanguage = (form: Record<string, unknown>): ReceiptLanguage => {
  const asked = field(form, 'receiptLanguage');
  return isReceiptLanguage(asked) ? asked : 'nl';
};

/** The typed-twice address fields (and the address on file, when there is one) of a receipt e-mail form. */
function addressFields(
  m: ReturnType<typeof messages>,
  errors: FieldError[],
  o: { id: string; value: string; again: string; onFile?: string },
) {
  const e = fieldError(errors, o.id);
  const a = fieldError(errors, `${o.id}-again`);
  return html`${
    o.onFile
      ? html`<div class="choices"><label><input type="checkbox" name="emailOnFile" value="1" checked aria-describedby="${o.id}-onfile-hint"> ${m.onFile(o.onFile)}</label></div>
  <p class="hint" id="${o.id}-onfile-hint">${m.onFileHint}</p>`
      : ''
  }
  <label for="${o.id}">${m.email}</label>
  <p class="hint" id="${o.id}-hint">${m.emailHint}</p>
  ${e.message}
  <input type="email" id="${o.id}" name="email" autocomplete="off" value="${o.value}" aria-describedby="${o.id}-hint${e.message.toString() ? ` ${o.id}-error` : ''}"${e.message.toString() ? html` aria-invalid="true"` : ''}>
  <label for="${o.id}-again">${m.emailAgain}</label>
  <p class="hint" id="${o.id}-again-hint">${m.emailAgainHint}</p>
  ${a.message}
  <input type="email" id="${o.id}-again" name="emailAgain" autocomplete="off" value="${o.again}" aria-describedby="${o.id}-again-hint${a.message.toString() ? ` ${o.id}-again-error` : ''}"${a.message.toString() ? html` aria-invalid="true"` : ''}>`;
}

/** The form's receipt address, or the field error that says why it cannot be used. */
function formReceiptAddress(
  form: Record<string, unknown>,
  onFile: string | undefined,
  fieldId: string,
  lang: Lang,
): { to: string | null } | { error: FieldError } {
  const m = messages(lang);
  const address = receiptAddress(field(form, 'email'), field(form, 'emailAgain'), onFile, field(form, 'emailOnFile') === '1');
  if ('to' in address) return address;
  return address.error === 'invalid'
    ? { error: { field: fieldId, message: m.emailInvalid } }
    : { error: { field: `${fieldId}-again`, message: m.emailMismatch } };
}

async function deskPage(web: WebContext, c: Ctx, o: { errors?: FieldError[]; email?: string; emailAgain?: string; status?: number } = {}) {
  const v = view(c);
  const m = messages(v.lang);
  const directory = await web.rt.directory.load();
  const q = c.req.query('q')?.trim() ?? '';
  const chosen = findClient(directory, c.req.query('client') ?? '');
  const errors = o.errors ?? [];
  const hits = q ? searchClients(directory, q) : [];
  const user = currentUser(c);
  const today = new Date(web.rt.clock.now().getTime() - 12 * 3600_000).toISOString();
  const recent = (await web.uploads.recentBatches('desk', user.username, 10)).filter((b) => b.startedAt >= today);
  const tz = directory.organisation.timezone;
  const lang = clientReceiptLanguage(chosen?.language);

  const body = html`<h1>${m.title}</h1>
<p class="lead">${m.intro}</p>
${errorSummary(v, errors)}
<section aria-labelledby="search-title">
  <h2 id="search-title">${m.searchTitle}</h2>
  <form method="get" action="/desk" role="search">
    <label for="q">${m.searchLabel}</label>
    <p class="hint" id="q-hint">${m.searchHint}</p>
    <input type="search" id="q" name="q" value="${q}" aria-describedby="q-hint" autocomplete="off">
    <button type="submit" class="secondary">${m.search}</button>
  </form>
  ${clientSearchResults(v.lang, m.noResults, q, hits, (n) => `/desk?client=${encodeURIComponent(n)}`)}
</section>
<section aria-labelledby="upload-title">
  <h2 id="upload-title">${m.uploadTitle}</h2>
  ${
    chosen
      ? html`<p><strong>${m.chosen}:</strong> ${clientHit(chosen).clientNumber} · ${chosen.name} · ${clientHit(chosen).birthYear ?? ''} — <a href="/desk">${m.otherClient}</a></p>`
      : html`<p>${m.noClient}</p>`
  }
  ${uploadForm(v, {
    action: '/desk/upload',
    submit: m.submit,
    errors,
    hidden: chosen ? { client: chosen.clientNumber } : {},
    extraFields: html`${addressFields(m, errors, { id: 'email', value: o.email ?? '', again: o.emailAgain ?? '', onFile: chosen?.email })}
  ${languageSelect('receiptLanguage', lang, m.receiptLanguage)}`,
  })}
</section>
${
  recent.length
    ? html`<section aria-labelledby="recent-title"><h2 id="recent-title">${m.recent}</h2>
  <ul>${recent.map((b) => html`<li><a href="/desk/batch/${b.batchId}">${m.batchLink(dateTime(b.startedAt, v.lang, tz), b.files)}</a></li>`)}</ul></section>`
    : ''
}
<p><a href="/sheets${chosen ? `?client=${encodeURIComponent(chosen.clientNumber)}` : ''}">${m.sheets}</a> <span class="muted">— ${m.sheetsHint}</span></p>`;
  return c.html(page(v, { title: m.title, area: 'desk', body, scripts: ['upload.js'] }), (o.status ?? 200) as 200);
}

/** Both upload endpoints: validate, intake, answer with JSON (script) or a redirect (plain form). */
export async function handleUpload(
  web: WebContext,
  c: Ctx,
  channel: 'desk' | 'post',
  rerender: (errors: FieldError[], form: Record<string, unknown>) => Promise<Response>,
) {
  const v = view(c);
  const form = await formData(c);
  const user = currentUser(c);
  const batchId = field(form, 'batchId');
  const list = files(form, 'files');
  const errors: FieldError[] = [];
  const um = uploadMessages(v.lang);
  const dm = messages(v.lang);
  if (!BATCH_ID.test(batchId)) return c.json({ error: 'bad-request', message: 'batchId must be a UUID' }, 400);
  const owner = await web.uploads.owner(batchId);
  if (owner && owner !== user.username) return forbidden(c);
  if (!list.length) errors.push({ field: 'files', message: um.filesMissing });
  // More files than one request may carry: none is taken in, so none is half-handled.
  const over = filesOverLimit(form);
  if (over) errors.push({ field: 'files', message: um.tooManyFiles(over, web.rt.config.MAX_UPLOAD_FILES) });
  let clientNumber: string | null = null;
  let email: string | null = null;
  if (channel === 'desk') {
    const client = field(form, 'client') ? findClient(await web.rt.directory.load(), field(form, 'client')) : undefined;
    if (field(form, 'client') && !client) errors.push({ field: 'q', message: dm.unknownClient });
    clientNumber = client?.clientNumber ?? null;
    const address = formReceiptAddress(form, client?.email, 'email', v.lang);
    if ('error' in address) errors.push(address.error);
    else email = address.to;
  }
  if (errors.length) {
    if (wantsJson(c)) return c.json({ error: 'invalid', message: errors.map((e) => e.message).join('. '), errors }, 400);
    return rerender(errors, form);
  }
  const seq = Number.parseInt(field(form, 'seq') || '0', 10);
  const outcomes = await intakeUpload(web, {
    batchId,
    firstSeq: Number.isFinite(seq) && seq >= 0 && seq < 10_000 ? seq : 0,
    files: list,
    channel,
    user,
    clientNumber,
    receiptEmail: email,
  });
  if (email) {
    const lang = formLanguage(form);
    for (const o of outcomes)
      if (o.result.status !== 'duplicate') await emailDeskReceipt(web.rt.receiptDeps, o.result.document, email, lang, user.username);
  }
  const next = `/${channel === 'desk' ? 'desk' : 'mailroom'}/batch/${batchId}`;
  if (wantsJson(c))
    return c.json({
      batchId,
      next,
      documents: outcomes.map((o) => ({
        seq: o.seq,
        filename: o.filename,
        documentId: o.result.document.id,
        receiptNumber: o.result.document.receiptNumber,
        status: o.result.status,
      })),
    });
  return c.redirect(next, 303);
}

async function deskBatchPage(
  web: WebContext,
  c: Ctx,
  batchId: string,
  error?: { seq: number; error: FieldError; value: string; again: string },
) {
  const v = view(c);
  const m = messages(v.lang);
  const items = BATCH_ID.test(batchId) ? await web.uploads.items(batchId) : [];
  if (!items.length || items[0]?.channel !== 'desk') return notFound(c);
  if (!mayFollowDeskUpload(currentUser(c), items[0].uploadedBy)) return forbidden(c);
  const directory = await web.rt.directory.load();
  const tz = directory.organisation.timezone;
  const msg = c.req.query('msg');
  const errors: FieldError[] = error ? [error.error] : [];
  const sections = [];
  for (const item of items) {
    const doc = await web.rt.ledger.getDocument(item.documentId);
    if (!doc) continue;
    const first = await receiptDocument(web, doc);
    const state = batchFile(item, doc, first, directory, v.lang);
    const lang = isReceiptLanguage(doc.receipt?.language)
      ? doc.receipt.language
      : clientReceiptLanguage(findClient(directory, doc.clientNumber ?? '')?.language);
    const id = `r-${item.seq}`;
    const client = findClient(directory, doc.clientNumber ?? doc.deskClientNumber ?? '');
    const onFile = client?.email;
    const mine = error?.seq === item.seq;
    sections.push(html`<section aria-labelledby="${id}" class="receipt-block">
  <h2 id="${id}">${item.filename}</h2>
  <dl class="facts">
    <dt>${m.receiptNumber}</dt><dd><strong class="receipt-number">${first.receiptNumber ?? '–'}</strong></dd>
    <dt>${m.client}</dt><dd>${client ? `${client.clientNumber} · ${client.name}` : m.clientNotYet}</dd>
    <dt>${m.receivedAt}</dt><dd>${dateTime(first.receivedAt, v.lang, tz)}</dd>
    <dt>${m.state}</dt><dd>${state.label}${state.detail ? html` — <span lang="${state.detailLang}">${state.detail}</span>` : ''}</dd>
  </dl>
  ${
    doc.receipt?.sentAt
      ? html`<p class="muted">${doc.receipt.delivery === 'email' && doc.receiptEmail ? m.sentTo(doc.receiptEmail) : doc.receipt.delivery === 'print' ? m.printed : ''}</p>`
      : ''
  }
  <p><a class="button" href="/desk/receipts/${doc.id}/pdf?lang=${lang}" download>${doc.status === 'duplicate' ? m.duplicateReceipt : m.print}</a></p>
  ${
    doc.status === 'duplicate'
      ? ''
      : html`<form method="post" action="/desk/receipts/${doc.id}/email" class="no-print" novalidate>
    ${csrfField(v)}
    <p><strong>${m.emailTo(item.filename)}</strong></p>
    ${addressFields(m, errors, { id: `email-${item.seq}`, value: mine ? error.value : '', again: mine ? error.again : '', onFile })}
    ${languageSelect(`lang-${item.seq}`, lang, m.receiptLanguage)}
    <button type="submit" class="secondary">${m.sendEmail}</button>
  </form>`
  }
</section>`);
  }
  const info = msg === 'sent' ? m.sent : msg === 'already' ? m.already : undefined;
  return c.html(
    page(v, {
      title: m.batchTitle,
      area: 'desk',
      body: html`<h1>${m.batchTitle}</h1>
${notice(info, msg === 'already' ? 'warning' : 'success')}
${errorSummary(v, errors)}
<p class="lead">${m.batchIntro}</p>
${sections}
<p class="no-print"><a href="/desk/batch/${batchId}">${m.refresh}</a> · <a href="/desk">${m.newVisit}</a></p>`,
    }),
    errors.length ? 400 : 200,
  );
}

/** A desk user hands out receipts for the documents they took in at the desk (an admin for any). */
async function deskDocument(web: WebContext, c: Ctx, id: string): Promise<DocumentRecord | undefined> {
  const user = currentUser(c);
  if (!(await web.uploads.forDocument(id)).some((u) => u.channel === 'desk' && mayFollowDeskUpload(user, u.uploadedBy))) return undefined;
  return web.rt.ledger.getDocument(id);
}

export function registerDesk(app: WebApp, web: WebContext) {
  app.use('/desk', requireArea('desk'));
  app.use('/desk/*', requireArea('desk'));

  app.get('/desk', (c) => deskPage(web, c));

  app.post('/desk/upload', (c) =>
    handleUpload(web, c, 'desk', (errors, form) =>
      deskPage(web, c, { errors, email: field(form, 'email'), emailAgain: field(form, 'emailAgain'), status: 400 }),
    ),
  );

  app.get('/desk/batch/:id', (c) => deskBatchPage(web, c, c.req.param('id')));

  app.get('/desk/receipts/:id/pdf', async (c) => {
    const user = currentUser(c);
    const doc = await deskDocument(web, c, c.req.param('id'));
    if (!doc) return notFound(c);
    const target = await receiptDocument(web, doc);
    const asked = c.req.query('lang');
    const { pdf, language, fileName } = await deskReceiptPdf(web.rt.receiptDeps, target, isReceiptLanguage(asked) ? asked : undefined);
    await recordPrintedReceipt(web.rt.receiptDeps, target, language, user.username);
    return c.body(pdf as Uint8Array<ArrayBuffer>, 200, {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="${fileName}"`,
      'Cache-Control': 'no-store',
    });
  });

  app.post('/desk/receipts/:id/email', async (c) => {
    const user = currentUser(c);
    const doc = await deskDocument(web, c, c.req.param('id'));
    if (!doc || doc.status === 'duplicate') return notFound(c);
    const form = await formData(c);
    const upload = (await web.uploads.forDocument(doc.id))[0];
    const batch = upload?.batchId ?? '';
    const seq = upload?.seq ?? 0;
    const onFile = findClient(await web.rt.directory.load(), doc.clientNumber ?? doc.deskClientNumber ?? '')?.email;
    const address = formReceiptAddress(form, onFile, `email-${seq}`, view(c).lang);
    if (!('to' in address) || !address.to) {
      const error = 'error' in address ? address.error : { field: `email-${seq}`, message: messages(view(c).lang).emailInvalid };
      return deskBatchPage(web, c, batch, { seq, error, value: field(form, 'email'), again: field(form, 'emailAgain') });
    }
    const lang = formLanguage(form);
    const outcome = await emailDeskReceipt(web.rt.receiptDeps, doc, address.to, lang, user.username);
    return c.redirect(`/desk/batch/${batch}?msg=${outcome}`, 303);
  });
}
