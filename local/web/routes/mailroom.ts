import { html, raw } from 'hono/html';
import { notFound, requireArea } from '../auth.ts';
import { type BatchFile, batchFile } from '../batch-state.ts';
import type { Ctx, WebApp, WebContext } from '../context.ts';
import { dateTime } from '../format.ts';
import { defineMessages, type Lang } from '../i18n.ts';
import { receiptDocument } from '../intake-upload.ts';
import { type FieldError, page, view } from '../layout.ts';
import { uploadForm } from '../upload-form.ts';
import { BATCH_ID } from '../upload-store.ts';
import { handleUpload } from './desk.ts';

const messages = defineMessages(
  {
    title: 'Postkamer',
    intro:
      'Upload de gescande post van vandaag. Elk bestand krijgt meteen een ontvangstnummer; daarna volgt u per bestand hoe het verdergaat.',
    uploadTitle: 'Post uploaden',
    submit: 'Uploaden',
    recent: 'Recente uploads',
    batchLink: (at: string, n: number, by: string) => `${at}: ${n === 1 ? '1 bestand' : `${n} bestanden`} (${by})`,
    none: 'Nog geen uploads.',
    batchTitle: 'Stand van de upload',
    batchIntro: 'Deze pagina ververst zichzelf zolang er bestanden in behandeling zijn.',
    caption: 'Bestanden in deze upload',
    file: 'Bestand',
    receiptNumber: 'Ontvangstnummer',
    state: 'Stand',
    detail: 'Toelichting',
    summary: (settled: number, total: number) => `${settled} van ${total} bestanden verwerkt.`,
    allDone: 'Alle bestanden zijn verwerkt.',
    refresh: 'Vernieuwen',
    pause: 'Automatisch vernieuwen stoppen',
    resume: 'Automatisch vernieuwen starten',
    another: 'Nog een upload',
    sheets: 'Voorbladen en scheidingsbladen afdrukken',
    sheetsHint: 'Leg ze in de stapel vóór het scannen: dan wordt de stapel vanzelf in de juiste documenten gesplitst.',
  },
  {
    title: 'Mailroom',
    intro: 'Upload today’s scanned post. Every file gets a receipt number at once; then follow how each file goes on.',
    uploadTitle: 'Upload post',
    submit: 'Upload',
    recent: 'Recent uploads',
    batchLink: (at: string, n: number, by: string) => `${at}: ${n === 1 ? '1 file' : `${n} files`} (${by})`,
    none: 'No uploads yet.',
    batchTitle: 'State of the upload',
    batchIntro: 'This page refreshes itself while files are being processed.',
    caption: 'Files in this upload',
    file: 'File',
    receiptNumber: 'Receipt number',
    state: 'State',
    detail: 'Details',
    summary: (settled: number, total: number) => `${settled} of ${total} files processed.`,
    allDone: 'All files have been processed.',
    refresh: 'Refresh',
    pause: 'Stop refreshing automatically',
    resume: 'Refresh automatically',
    another: 'Another upload',
    sheets: 'Print cover and separator sheets',
    sheetsHint: 'Put them in the stack before scanning: the stack is then split into the right documents by itself.',
  },
);

export async function batchFiles(web: WebContext, batchId: string, lang: Lang): Promise<BatchFile[] | undefined> {
  const items = BATCH_ID.test(batchId) ? await web.uploads.items(batchId) : [];
  if (!items.length) return undefined;
  const directory = await web.rt.directory.load();
  const result: BatchFile[] = [];
  for (const item of items) {
    const doc = await web.rt.ledger.getDocument(item.documentId);
    const first = doc ? await receiptDocument(web, doc) : undefined;
    result.push(batchFile(item, doc, first, directory, lang));
  }
  return result;
}

async function mailroomPage(web: WebContext, c: Ctx, errors: FieldError[] = []) {
  const v = view(c);
  const m = messages(v.lang);
  const directory = await web.rt.directory.load();
  const recent = await web.uploads.recentBatches('post', null, 15);
  const body = html`<h1>${m.title}</h1>
<p class="lead">${m.intro}</p>
<section aria-labelledby="upload-title">
  <h2 id="upload-title">${m.uploadTitle}</h2>
  ${uploadForm(v, { action: '/mailroom/upload', submit: m.submit, errors })}
  <p><a href="/sheets">${m.sheets}</a> <span class="muted">— ${m.sheetsHint}</span></p>
</section>
<section aria-labelledby="recent-title">
  <h2 id="recent-title">${m.recent}</h2>
  ${
    recent.length
      ? html`<ul>${recent.map(
          (b) =>
            html`<li><a href="/mailroom/batch/${b.batchId}">${m.batchLink(dateTime(b.startedAt, v.lang, directory.organisation.timezone), b.files, b.uploadedBy)}</a></li>`,
        )}</ul>`
      : html`<p>${m.none}</p>`
  }
</section>`;
  return c.html(page(v, { title: m.title, area: 'mailroom', body, scripts: ['upload.js'] }), errors.length ? 400 : 200);
}

export function registerMailroom(app: WebApp, web: WebContext) {
  app.use('/mailroom', requireArea('mailroom'));
  app.use('/mailroom/*', requireArea('mailroom'));

  app.get('/mailroom', (c) => mailroomPage(web, c));
  app.post('/mailroom/upload', (c) => handleUpload(web, c, 'post', (errors) => mailroomPage(web, c, errors)));

  app.get('/mailroom/batch/:id', async (c) => {
    const v = view(c);
    const m = messages(v.lang);
    const batchId = c.req.param('id');
    const list = await batchFiles(web, batchId, v.lang);
    if (!list || (await web.uploads.items(batchId))[0]?.channel !== 'post') return notFound(c);
    const settled = list.filter((f) => f.settled).length;
    const body = html`<h1>${m.batchTitle}</h1>
<p class="lead">${m.batchIntro}</p>
<div data-batch="/api/batches/${batchId}" data-pause="${m.pause}" data-resume="${m.resume}" data-done="${m.allDone}" data-summary-template="${m.summary(0, 0).replace(/\d+/g, '{n}')}">
  <p role="status" data-summary>${settled === list.length ? m.allDone : m.summary(settled, list.length)}</p>
  <p><a href="/mailroom/batch/${batchId}">${m.refresh}</a></p>
  <div class="table-scroll">
  <table>
    <caption>${m.caption}</caption>
    <thead><tr><th scope="col">#</th><th scope="col">${m.file}</th><th scope="col">${m.receiptNumber}</th><th scope="col">${m.state}</th><th scope="col">${m.detail}</th></tr></thead>
    <tbody>
    ${list.map(
      (f) => html`<tr data-seq="${f.seq}"${f.settled ? raw(' data-settled') : ''}>
      <td class="num">${f.seq + 1}</td><td>${f.filename}</td><td>${f.receiptNumber ?? '–'}</td>
      <td data-field="label"><span class="tag ${tagClass(f.state)}">${f.label}</span></td><td data-field="detail" lang="${f.detailLang}">${f.detail}</td></tr>`,
    )}
    </tbody>
  </table>
  </div>
</div>
<p><a href="/mailroom">${m.another}</a></p>`;
    return c.html(page(v, { title: m.batchTitle, area: 'mailroom', body, scripts: ['batch.js'] }));
  });
}

export function tagClass(state: BatchFile['state']): string {
  if (state === 'rejected' || state === 'failed') return 'tag-error';
  if (state === 'triage' || state === 'duplicate') return 'tag-warning';
  if (state === 'routed') return 'tag-ok';
  return '';
}
