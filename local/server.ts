import { Hono } from 'hono';
import { html } from 'hono/html';
import { normaliseReceiptNumber } from '../shared/domain/receipt-number.ts';
import { shortFingerprint } from '../shared/domain/receipt-text.ts';
import type { DocumentStatus } from '../shared/ports.ts';
import type { Runtime } from './runtime.ts';

const STATUSES: DocumentStatus[] = [
  'received',
  'extracted',
  'routed',
  'triage',
  'acknowledged',
  'closed',
  'rejected',
  'duplicate',
  'failed',
];

/** The status page and a small JSON API of the embedded runtime. */
export function createApp(rt: Runtime) {
  const app = new Hono();

  const counts = () => {
    const rows = rt.db.prepare('SELECT status, COUNT(*) AS n FROM documents GROUP BY status').all() as {
      status: DocumentStatus;
      n: number;
    }[];
    return Object.fromEntries(STATUSES.map((s) => [s, rows.find((r) => r.status === s)?.n ?? 0]));
  };

  app.get('/health', (c) => c.json({ ok: true }));
  app.get('/api/status', (c) =>
    c.json({ documents: counts(), pendingJobs: rt.queue.pending(), deadLetters: rt.queue.deadLetters().length }),
  );

  app.get('/check', async (c) => {
    const input = c.req.query('receipt') ?? '';
    const number = input ? normaliseReceiptNumber(input) : undefined;
    const doc = number ? await rt.ledger.findByReceiptNumber(number) : undefined;
    return c.html(html`<!doctype html>
      <html lang="nl"><head><meta charset="utf-8"><title>Ontvangstbewijs controleren</title></head>
      <body><main><h1>Ontvangstbewijs controleren</h1>
      <form method="get"><label for="receipt">Ontvangstnummer</label> <input id="receipt" name="receipt" value="${input}"> <button>Controleren</button></form>
      ${
        input && !doc
          ? html`<p role="alert">Dit ontvangstnummer is niet bekend. Controleer het nummer.</p>`
          : doc
            ? html`<dl><dt>Ontvangen op</dt><dd>${new Date(doc.receivedAt).toLocaleString('nl-NL', { timeZone: 'Europe/Amsterdam' })}</dd>
              <dt>Kanaal</dt><dd>${doc.channel}</dd><dt>Pagina's</dt><dd>${doc.pageCount ?? '-'}</dd>
              <dt>Vingerafdruk</dt><dd>${shortFingerprint(doc.fingerprint)}</dd></dl>`
            : ''
      }</main></body></html>`);
  });

  app.get('/', (c) => {
    const n = counts();
    return c.html(html`<!doctype html>
      <html lang="nl"><head><meta charset="utf-8"><meta http-equiv="refresh" content="10"><title>postkamer</title></head>
      <body><main><h1>postkamer</h1>
      <p>Drop scans in <code>${rt.paths.inbox}/desk</code>, <code>/post</code> or <code>/email</code>.</p>
      <table><caption>Documents by state</caption><thead><tr><th scope="col">State</th><th scope="col">Count</th></tr></thead>
      <tbody>${STATUSES.map((s) => html`<tr><td>${s}</td><td>${n[s]}</td></tr>`)}</tbody></table>
      <p>Jobs waiting: ${rt.queue.pending()} · dead letters: ${rt.queue.deadLetters().length}</p>
      <p><a href="/check">Check a receipt number</a></p></main></body></html>`);
  });

  return app;
}
