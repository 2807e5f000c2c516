/**
 * The hostile and unlucky intake of issue 17, run against a real `postkamer serve` on loopback:
 * re-posted upload forms, a scanner writing slowly, a PDF that never completes, links and a pipe
 * in the scanner folder, 700 MB sign-in posts, a 1.5 GB upload, a 3 GB sparse file, a PDF content
 * bomb and a 14,400 pt page, a cookie after sign-out and restart, open redirects, password
 * spraying, receipt-number guessing, `/api/status` without sign-in, the demo accounts, another
 * desk user's batch and a receipt e-mailed to any address. Per case: what must happen, what did,
 * the server's peak memory (VmHWM, reset before each case) and the time.
 *
 *   npm run attack                      # a table; exit code 1 when any case fails
 *   npm run attack -- --json            # one JSON object on stdout
 *   npm run attack -- --only open-redirects,inbox-fifo [--settle-ms 1500] [--keep]
 *
 * Large bodies are generated as streams and the 3 GB file is sparse: the script itself stays small.
 */
import { spawnSync } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { open, rename, unlink, writeFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import zlib from 'node:zlib';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { openRuntime, type Runtime } from '../local/runtime.ts';
import { createJsonLogger } from '../shared/adapters/local/json-logger.ts';
import { loadConfig } from '../shared/config.ts';
import type { DocumentRecord } from '../shared/domain/document.ts';
import { textPdf } from './lib/render-page.ts';
import {
  bytesRead,
  descendants,
  peakRssMb,
  resetPeakRss,
  rssMb,
  type ServeProcess,
  sleep,
  startServe,
  type TestUser,
  WebSession,
  writeUsersFile,
} from './lib/serve-process.ts';

/** The issue's target: peak RSS of the server under any single hostile request or file. */
export const RSS_LIMIT_MB = 500;
/** The issue's target for a content bomb, from upload to rejection. */
export const BOMB_SECONDS = 10;

const FINAL = new Set(['routed', 'triage', 'rejected', 'duplicate', 'acknowledged', 'closed', 'failed', 'split', 'superseded', 'deleted']);

export interface CaseResult {
  id: string;
  what: string;
  expected: string;
  observed: string;
  pass: boolean;
  /** Resident memory of the server process when the case started, MB. */
  startRssMb: number | null;
  /** Peak resident memory of the server process during the case (VmHWM after a reset), MB. */
  peakRssMb: number | null;
  /** Peak of the server's child processes (native OCR), sampled every 100 ms; 0 when it started none. */
  childPeakRssMb: number;
  /** What the server read through system calls during the case (files and sockets), MB. */
  serverReadMb: number | null;
  seconds: number;
}

export interface AttackReport {
  cases: CaseResult[];
  passed: number;
  failed: number;
  /** The server's resident memory when idle, after start. */
  idleRssMb: number | null;
  settleMs: number;
  seconds: number;
  dataDir: string | null;
}

interface Outcome {
  observed: string;
  pass: boolean;
  /** The memory of another server the case ran (the demo server), instead of the main one's. */
  peakRssMb?: number;
  startRssMb?: number | null;
}

/** A file handed in during the run: it must end in a state a person can see. */
interface HandedIn {
  caseId: string;
  documentId?: string;
  fingerprint?: string;
}

interface Ctx {
  readonly server: ServeProcess;
  dataDir: string;
  inbox: string;
  outside: string;
  settleMs: number;
  ledger: LedgerView;
  users: Record<'deskA' | 'deskB' | 'admin' | 'ops', TestUser>;
  handedIn: HandedIn[];
  restart(): Promise<void>;
  anonymous(): WebSession;
  signedIn(user: TestUser): Promise<WebSession>;
  log(line: string): void;
}

interface AttackCase {
  id: string;
  what: string;
  expected: string;
  /**
   * Run on a freshly started server (same data directory): a process keeps the memory an earlier
   * case made it take, so a heavy case measured after another would count both.
   */
  fresh?: boolean;
  run(ctx: Ctx): Promise<Outcome>;
}

// ——— the ledger, read-only, beside the running server ———

/**
 * The ledger beside the running server, through the runtime's own database connection (the way
 * `npm run soak` reads it), so it reads whatever the server writes, encrypted or not.
 */
class LedgerView {
  constructor(private readonly rt: Runtime) {}
  private rows(sql: string, ...params: unknown[]): DocumentRecord[] {
    return (this.rt.db.prepare(sql).all(...params) as { record: string }[]).map((r) => JSON.parse(r.record) as DocumentRecord);
  }
  document(id: string): DocumentRecord | undefined {
    return this.rows('SELECT record FROM documents WHERE id = ?', id)[0];
  }
  byFingerprint(fingerprint: string): DocumentRecord[] {
    return this.rows('SELECT record FROM documents WHERE fingerprint = ? ORDER BY rowid', fingerprint);
  }
  byFilename(name: string): DocumentRecord[] {
    return this.rows(`SELECT record FROM documents WHERE json_extract(record, '$.filename') = ? ORDER BY rowid`, name);
  }
  all(): DocumentRecord[] {
    return this.rows('SELECT record FROM documents ORDER BY rowid');
  }
  count(): number {
    return (this.rt.db.prepare('SELECT COUNT(*) AS n FROM documents').get() as { n: number }).n;
  }
  alert(key: string): { kind: string; status: string } | undefined {
    return this.rt.db.prepare('SELECT kind, status FROM alerts WHERE key = ? ORDER BY raised_at DESC').get(key) as
      | { kind: string; status: string }
      | undefined;
  }
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

async function waitFor<T>(check: () => T | undefined, ms: number, everyMs = 200): Promise<T | undefined> {
  const until = Date.now() + ms;
  for (;;) {
    const value = check();
    if (value !== undefined) return value;
    if (Date.now() > until) return undefined;
    await sleep(everyMs);
  }
}

/** The document once it is in a final state (split: every part final). */
function finalDocument(ledger: LedgerView, id: string): DocumentRecord | undefined {
  const doc = ledger.document(id);
  if (!doc || !FINAL.has(doc.status)) return undefined;
  if (doc.status === 'split' && !(doc.childIds ?? []).every((c) => FINAL.has(ledger.document(c)?.status ?? ''))) return undefined;
  return doc;
}

const letter = (tag: string) => textPdf([['Gemeente Voorbeeld', 'Loonstrook oktober 2026', `Kenmerk ${tag}`, 'Nettoloon 1.072,41']]);

// ——— uploads as the browser's upload script sends them ———

interface UploadAnswer {
  status: number;
  documents: { seq: number; documentId: string; receiptNumber: string | null; status: string }[];
  text: string;
}

async function upload(
  s: WebSession,
  o: { batchId: string; seq?: number; file: Uint8Array; name: string; path?: string; email?: string },
): Promise<UploadAnswer> {
  const me = (await (await s.request('/api/me')).json()) as { csrfToken: string };
  const form = new FormData();
  form.set('batchId', o.batchId);
  form.set('seq', String(o.seq ?? 0));
  if (o.email) form.set('email', o.email);
  form.set('files', new Blob([o.file as Uint8Array<ArrayBuffer>], { type: 'application/pdf' }), o.name);
  const res = await s.request(o.path ?? '/desk/upload', {
    method: 'POST',
    headers: { 'x-csrf-token': me.csrfToken, accept: 'application/json' },
    body: form as unknown as URLSearchParams,
  });
  const text = await res.text();
  let documents: UploadAnswer['documents'] = [];
  try {
    documents = (JSON.parse(text) as { documents?: UploadAnswer['documents'] }).documents ?? [];
  } catch {
    // not JSON: an error page
  }
  return { status: res.status, documents, text };
}

// ——— huge request bodies, streamed ———

interface StreamedPost {
  status: number | null;
  sentMb: number;
  ms: number;
  error: string | null;
}

/**
 * POSTs `prefix` + `size` filler bytes + `suffix`, generated while sending (never held), with a
 * declared Content-Length or chunked; stops at the server's answer or when it closes the connection.
 */
function streamedPost(o: {
  url: string;
  path: string;
  headers: Record<string, string>;
  size: number;
  declared: boolean;
  prefix?: string;
  suffix?: string;
  timeoutMs?: number;
}): Promise<StreamedPost> {
  return new Promise((resolvePost) => {
    const started = performance.now();
    const prefix = Buffer.from(o.prefix ?? '');
    const suffix = Buffer.from(o.suffix ?? '');
    const total = prefix.length + o.size + suffix.length;
    const u = new URL(o.url);
    const headers: Record<string, string> = { ...o.headers };
    if (o.declared) headers['content-length'] = String(total);
    const req = httpRequest({ host: u.hostname, port: u.port, path: o.path, method: 'POST', headers, agent: false });
    let sent = 0;
    let status: number | null = null;
    let done = false;
    const finish = (error: string | null) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      resolvePost({ status, sentMb: Math.round((sent / 2 ** 20) * 10) / 10, ms: Math.round(performance.now() - started), error });
      req.destroy();
    };
    const timer = setTimeout(() => finish('timeout'), o.timeoutMs ?? 120_000);
    req.on('response', (res) => {
      status = res.statusCode ?? null;
      res.resume();
      res.on('end', () => finish(null));
      res.on('error', () => finish(null));
    });
    req.on('error', (e: NodeJS.ErrnoException) => {
      // An answer may still be on its way after the server closed its reading side.
      setTimeout(() => finish(status ? null : (e.code ?? e.message)), 300);
    });
    const filler = Buffer.alloc(1024 * 1024, 0x20);
    const pieces = function* () {
      yield prefix;
      for (let left = o.size; left > 0; left -= filler.length) yield left >= filler.length ? filler : filler.subarray(0, left);
      yield suffix;
    };
    const it = pieces();
    const write = () => {
      for (;;) {
        if (done) return;
        const next = it.next();
        if (next.done) {
          req.end();
          return;
        }
        sent += next.value.length;
        if (!req.write(next.value)) {
          req.once('drain', write);
          return;
        }
      }
    };
    write();
  });
}

/** A 2 MB PDF whose one content stream inflates to about 800 MB of page-wide strokes. */
async function contentBombPdf(targetBytes = 2 * 1024 * 1024): Promise<Uint8Array> {
  const chunk = Buffer.from('0 0 m 595 842 l S\n'.repeat(58_255));
  const deflate = zlib.createDeflate({ level: 9, memLevel: 9 });
  const parts: Buffer[] = [];
  let length = 0;
  deflate.on('data', (b: Buffer) => {
    parts.push(b);
    length += b.length;
  });
  for (let i = 1; length < targetBytes - 64 * 1024; i++) {
    await new Promise((r) => deflate.write(chunk, r));
    if (i % 64 === 0) await new Promise<void>((r) => deflate.flush(zlib.constants.Z_NO_FLUSH, () => r()));
  }
  deflate.end();
  await new Promise((r) => deflate.once('end', r));
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, 842]);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  page.drawText('Loonstrook oktober 2026', { x: 72, y: 770, size: 12, font });
  page.node.addContentStream(doc.context.register(doc.context.stream(Buffer.concat(parts), { Filter: 'FlateDecode' })));
  return doc.save();
}

/** A 14,400 × 14,400 pt page (5 × 5 m) with a text layer. */
async function hugePagePdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([14_400, 14_400]);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  page.drawText('Loonstrook oktober 2026 — Kenmerk ATTACK-HUGE-PAGE', { x: 72, y: 14_300, size: 12, font });
  return doc.save();
}

/** Whether a redirect target stays on this site, read the way a browser reads it (tabs and newlines dropped, `\` as `/`). */
function sameOrigin(location: string | null, base: string): boolean {
  if (location === null) return true;
  try {
    return new URL(location, base).origin === new URL(base).origin;
  } catch {
    return false;
  }
}

// ——— the cases ———

const TOO_MANY = /probeer het over \d+ minu|try again in \d+ minute/i;

export const CASES: AttackCase[] = [
  {
    id: 'upload-repost-different-bytes',
    what: 'desk upload form posted again (browser Back) with the same batch id and position but another file',
    expected: 'two documents, two receipts; both in the ledger and processed',
    async run(ctx) {
      const s = await ctx.signedIn(ctx.users.deskA);
      const batchId = randomUUID();
      const first = await upload(s, { batchId, file: await letter('ATTACK-REPOST-A'), name: 'brief.pdf' });
      const second = await upload(s, { batchId, file: await letter('ATTACK-REPOST-B'), name: 'brief.pdf' });
      const a = first.documents[0];
      const b = second.documents[0];
      for (const d of [a, b]) if (d) ctx.handedIn.push({ caseId: this.id, documentId: d.documentId });
      const done = await waitFor(() => {
        const x = a && finalDocument(ctx.ledger, a.documentId);
        const y = b && finalDocument(ctx.ledger, b.documentId);
        return x && y ? [x, y] : undefined;
      }, 30_000);
      const distinct = !!a && !!b && a.documentId !== b.documentId && a.receiptNumber !== b.receiptNumber && b.status !== 'duplicate';
      return {
        pass: first.status === 200 && second.status === 200 && distinct && !!done,
        observed: `HTTP ${first.status}/${second.status}; receipts ${a?.receiptNumber ?? '–'} and ${b?.receiptNumber ?? '–'} (${b?.status ?? 'no document'}); ledger: ${done ? done.map((d) => d.status).join(', ') : 'not final after 30 s'}`,
      };
    },
  },
  {
    id: 'upload-repost-same-bytes',
    what: 'the same form with the same file sent again (retry, double click), and the same file in a new batch',
    expected: 'the same document / a duplicate, each answering with the first receipt',
    async run(ctx) {
      const s = await ctx.signedIn(ctx.users.deskA);
      const batchId = randomUUID();
      const file = await letter('ATTACK-REPOST-SAME');
      const first = (await upload(s, { batchId, file, name: 'brief.pdf' })).documents[0];
      const again = (await upload(s, { batchId, file, name: 'brief.pdf' })).documents[0];
      const elsewhere = (await upload(s, { batchId: randomUUID(), file, name: 'brief.pdf' })).documents[0];
      for (const d of [first, again, elsewhere]) if (d) ctx.handedIn.push({ caseId: this.id, documentId: d.documentId });
      const dup = elsewhere ? await waitFor(() => finalDocument(ctx.ledger, elsewhere.documentId), 30_000) : undefined;
      const sameDoc = !!first && again?.documentId === first.documentId;
      const linked = !!first && dup?.status === 'duplicate' && dup.duplicateOf === first.documentId;
      return {
        pass: sameDoc && linked,
        observed: `again: ${sameDoc ? 'same document, same receipt' : `another document ${again?.receiptNumber ?? '–'} (${again?.status ?? '–'})`}; new batch: ${dup ? `${dup.status}${dup.duplicateOf === first?.documentId ? ' of the first' : ''}` : 'not final'} (first receipt ${first?.receiptNumber ?? '–'})`,
      };
    },
  },
  {
    id: 'inbox-slow-writer',
    what: 'a scanner writes a PDF into the inbox in 12 pieces over 4 settle windows (pauses shorter than one)',
    expected: 'never read while growing; taken in once, whole (fingerprint of the complete file)',
    async run(ctx) {
      const bytes = await letter('ATTACK-SLOW-SCANNER');
      const path = join(ctx.inbox, 'post', 'slow-scan.pdf');
      const handle = await open(path, 'w');
      const pieces = 12;
      const step = Math.ceil(bytes.length / pieces);
      for (let i = 0; i < pieces; i++) {
        await handle.write(bytes.subarray(i * step, (i + 1) * step));
        await handle.datasync();
        if (i < pieces - 1) await sleep((ctx.settleMs * 4) / pieces);
      }
      await handle.close();
      const fingerprint = sha256(bytes);
      ctx.handedIn.push({ caseId: this.id, fingerprint });
      const doc = await waitFor(
        () => {
          const d = ctx.ledger.byFingerprint(fingerprint)[0];
          return d && finalDocument(ctx.ledger, d.id);
        },
        30_000 + ctx.settleMs * 4,
      );
      const named = ctx.ledger.byFilename('slow-scan.pdf');
      return {
        pass: !!doc && doc.status !== 'rejected' && named.length === 1,
        observed: `${named.length} document(s) from the file; ${doc ? `${doc.status}, ${doc.fingerprint === fingerprint ? 'whole file' : 'PART of the file'}` : 'not final'}`,
      };
    },
  },
  {
    id: 'inbox-truncated-pdf',
    what: 'half a PDF lands in the inbox and is never completed',
    expected: 'waits (retried a few settle windows), then rejected as incomplete with a reason and an alert',
    async run(ctx) {
      const whole = await letter('ATTACK-TRUNCATED');
      const bytes = whole.subarray(0, Math.floor(whole.length / 2));
      await writeFile(join(ctx.inbox, 'post', 'truncated-scan.pdf'), bytes);
      const started = Date.now();
      const fingerprint = sha256(bytes);
      ctx.handedIn.push({ caseId: this.id, fingerprint });
      const doc = await waitFor(
        () => {
          const d = ctx.ledger.byFingerprint(fingerprint)[0];
          return d && finalDocument(ctx.ledger, d.id);
        },
        30_000 + ctx.settleMs * 8,
      );
      const waited = (Date.now() - started) / 1000;
      const alert = doc && ctx.ledger.alert(`rejected:${doc.id}`);
      return {
        pass: doc?.status === 'rejected' && /incomplete/i.test(doc.rejectReason ?? '') && !!alert && waited >= (ctx.settleMs * 2) / 1000,
        observed: doc
          ? `${doc.status} after ${waited.toFixed(1)} s (settle ${ctx.settleMs / 1000} s): "${(doc.rejectReason ?? '').slice(0, 60)}…"; alert ${alert ? 'raised' : 'MISSING'}`
          : 'no final document',
      };
    },
  },
  {
    id: 'inbox-symlink-file',
    what: 'a symlink in the inbox to a PDF outside it',
    expected: 'refused with an alert, left in place, the target not read, moved or taken in',
    run: (ctx) => symlinkCase(ctx, 'link-outside.pdf', join(ctx.outside, 'outside.pdf')),
  },
  {
    id: 'inbox-symlink-secret',
    what: 'a symlink in the inbox to the session secret',
    expected: 'refused with an alert, left in place, the secret not read or taken in',
    run: (ctx) => symlinkCase(ctx, 'secret.pdf', join(ctx.dataDir, 'session-secret')),
  },
  {
    id: 'inbox-symlink-dir',
    what: 'a symlinked folder in the inbox, pointing at a folder with a PDF outside it',
    expected: 'refused with an alert, not entered; the PDF outside stays where it is, not taken in',
    run: (ctx) => symlinkCase(ctx, 'linked-folder', join(ctx.outside, 'folder'), join(ctx.outside, 'folder', 'inner.pdf')),
  },
  {
    id: 'inbox-fifo',
    what: 'a FIFO (named pipe) in the inbox, named scan.pdf',
    expected: 'refused with an alert, left in place; the server keeps answering',
    async run(ctx) {
      const path = join(ctx.inbox, 'post', 'pipe-scan.pdf');
      const made = spawnSync('mkfifo', [path]);
      if (made.status !== 0) return { pass: false, observed: `mkfifo failed: ${made.stderr.toString().trim()}` };
      const key = 'inbox-refused:fifo:post/pipe-scan.pdf';
      const slowest = { ms: 0, failed: 0 };
      const alert = await waitFor(() => ctx.ledger.alert(key), ctx.settleMs * 3 + 5000, 100);
      for (let i = 0; i < 5; i++) {
        const t = performance.now();
        const ok = await fetch(`${ctx.server.url}/health`, { signal: AbortSignal.timeout(2000) })
          .then((r) => r.ok)
          .catch(() => false);
        slowest.ms = Math.max(slowest.ms, performance.now() - t);
        if (!ok) slowest.failed++;
        await sleep(200);
      }
      const still = lstatSync(path, { throwIfNoEntry: false })?.isFIFO() ?? false;
      await unlink(path).catch(() => {});
      return {
        pass: !!alert && still && slowest.failed === 0 && slowest.ms < 1000,
        observed: `alert ${alert ? `"${alert.kind}"` : 'MISSING'}; pipe ${still ? 'left in place' : 'GONE'}; /health ${slowest.failed ? `failed ${slowest.failed}×` : `answered, slowest ${Math.round(slowest.ms)} ms`}`,
      };
    },
  },
  {
    id: 'login-700mb-declared',
    fresh: true,
    what: 'two concurrent anonymous 700 MB POSTs to /login with Content-Length',
    expected: `refused early (413, body unread), peak RSS ≤ ${RSS_LIMIT_MB} MB`,
    run: (ctx) => loginFlood(ctx, true),
  },
  {
    id: 'login-700mb-chunked',
    fresh: true,
    what: 'two concurrent anonymous 700 MB POSTs to /login, chunked (no Content-Length)',
    expected: `refused at the form limit while streaming (413), peak RSS ≤ ${RSS_LIMIT_MB} MB`,
    run: (ctx) => loginFlood(ctx, false),
  },
  {
    id: 'upload-1.5gb-declared',
    fresh: true,
    what: 'a signed-in desk user uploads a 1.5 GB file (Content-Length declared)',
    expected: `refused before reading (413 with a reason), no document, peak RSS ≤ ${RSS_LIMIT_MB} MB`,
    run: (ctx) => hugeUpload(ctx, true),
  },
  {
    id: 'upload-1.5gb-chunked',
    fresh: true,
    what: 'a signed-in desk user uploads a 1.5 GB file, chunked',
    expected: `refused at the upload limit while streaming (413), no document, peak RSS ≤ ${RSS_LIMIT_MB} MB`,
    run: (ctx) => hugeUpload(ctx, false),
  },
  {
    id: 'inbox-sparse-3gb',
    fresh: true,
    what: 'a 3 GB (sparse) file named .pdf in the inbox',
    expected: `rejected as too large with a reason and an alert, not read into memory (peak RSS ≤ ${RSS_LIMIT_MB} MB)`,
    async run(ctx) {
      const part = join(ctx.inbox, 'post', 'huge-scan.pdf.part');
      const handle = await open(part, 'w');
      await handle.write(Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1'));
      await handle.truncate(3 * 1024 ** 3);
      await handle.close();
      await rename(part, join(ctx.inbox, 'post', 'huge-scan.pdf'));
      const started = Date.now();
      const doc = await waitFor(() => {
        const d = ctx.ledger.byFilename('huge-scan.pdf')[0];
        return d && finalDocument(ctx.ledger, d.id);
      }, 120_000);
      if (doc) ctx.handedIn.push({ caseId: this.id, documentId: doc.id });
      const alert = doc && ctx.ledger.alert(`rejected:${doc.id}`);
      removeEverywhere(ctx.dataDir, 'huge-scan.pdf'); // sparse, but do not leave 3 GB of apparent size behind
      return {
        pass: doc?.status === 'rejected' && /too large/i.test(doc.rejectReason ?? '') && !!alert,
        observed: doc
          ? `${doc.status} after ${((Date.now() - started) / 1000).toFixed(1)} s: "${(doc.rejectReason ?? '').slice(0, 50)}…"; alert ${alert ? 'raised' : 'MISSING'}; stored: ${doc.objectKey ? 'yes' : 'no'}`
          : 'no final document after 120 s',
      };
    },
  },
  {
    id: 'pdf-content-bomb',
    fresh: true,
    what: 'a 2 MB PDF whose content stream inflates to ~800 MB of drawing instructions, uploaded at the desk',
    expected: `rejected with a clear reason in ≤ ${BOMB_SECONDS} s, alert, peak RSS ≤ ${RSS_LIMIT_MB} MB`,
    async run(ctx) {
      const bomb = await contentBombPdf();
      const s = await ctx.signedIn(ctx.users.deskA);
      const started = Date.now();
      const answer = await upload(s, { batchId: randomUUID(), file: bomb, name: 'bomb.pdf' });
      const id = answer.documents[0]?.documentId;
      if (id) ctx.handedIn.push({ caseId: this.id, documentId: id });
      const doc = id ? await waitFor(() => finalDocument(ctx.ledger, id), 120_000, 100) : undefined;
      const seconds = (Date.now() - started) / 1000;
      const alert = doc && ctx.ledger.alert(`rejected:${doc.id}`);
      return {
        pass: doc?.status === 'rejected' && seconds <= BOMB_SECONDS && !!alert,
        observed: doc
          ? `${(bomb.length / 2 ** 20).toFixed(1)} MB file ${doc.status} ${seconds.toFixed(1)} s after upload: "${(doc.rejectReason ?? '').slice(0, 60)}…"; alert ${alert ? 'raised' : 'MISSING'}`
          : `HTTP ${answer.status}; no final document`,
      };
    },
  },
  {
    id: 'pdf-14400pt-page',
    fresh: true,
    what: 'a PDF with one 14,400 × 14,400 pt page and a text layer, uploaded; then opened in the document viewer by an admin',
    expected: `rejected as page too large (reason, alert); the viewer answers without a 500; peak RSS ≤ ${RSS_LIMIT_MB} MB`,
    async run(ctx) {
      const s = await ctx.signedIn(ctx.users.deskA);
      const answer = await upload(s, { batchId: randomUUID(), file: await hugePagePdf(), name: 'poster.pdf' });
      const id = answer.documents[0]?.documentId;
      if (id) ctx.handedIn.push({ caseId: this.id, documentId: id });
      const doc = id ? await waitFor(() => finalDocument(ctx.ledger, id), 60_000, 100) : undefined;
      const admin = await ctx.signedIn(ctx.users.admin);
      const viewer = id ? (await admin.request(`/documents/${id}`)).status : 0;
      const image = id ? (await admin.request(`/documents/${id}/pages/1`)).status : 0;
      const alert = doc && ctx.ledger.alert(`rejected:${doc.id}`);
      return {
        pass: doc?.status === 'rejected' && /larger than paper/i.test(doc.rejectReason ?? '') && !!alert && viewer < 500 && image < 500,
        observed: `${doc ? `${doc.status}: "${(doc.rejectReason ?? '').slice(0, 50)}…"` : 'not final'}; alert ${alert ? 'raised' : 'MISSING'}; viewer HTTP ${viewer}, page image HTTP ${image}`,
      };
    },
  },
  {
    id: 'session-revoked-restart',
    what: 'a cookie copied before sign-out, replayed after the server restarted',
    expected: 'refused (sent to sign-in)',
    async run(ctx) {
      const s = await ctx.signedIn(ctx.users.deskA);
      const before = (await s.request('/desk')).status;
      const copied = s.cookie();
      const out = await s.postForm('/logout', {});
      await ctx.restart();
      const replay = await new WebSession(ctx.server.url, copied).request('/desk');
      const location = replay.headers.get('location') ?? '';
      return {
        pass: before === 200 && replay.status !== 200 && /^\/login/.test(location),
        observed: `before sign-out /desk ${before}; sign-out ${out.status}; after restart the old cookie gets ${replay.status}${location ? ` → ${location}` : ''}`,
      };
    },
  },
  {
    id: 'open-redirects',
    what: 'next= with tab, newline, //, /\\, a scheme, on /language/en and /login (anonymous, signed in, and at sign-in)',
    expected: 'every redirect same-origin (or to /), never a 500',
    async run(ctx) {
      const payloads = [
        '%2F%09%2Fevil.example',
        '//evil.example',
        '/%5Cevil.example',
        '%0A',
        '%2F%0Aevil.example',
        'https://evil.example',
        '/%09/evil.example',
      ];
      const bad: string[] = [];
      let probes = 0;
      const probe = async (label: string, res: Response) => {
        probes++;
        const location = res.headers.get('location');
        const body = await res.text();
        const hidden = /name="next" value="([^"]*)"/.exec(body)?.[1] ?? null;
        if (res.status >= 500 || !sameOrigin(location, ctx.server.url) || (hidden !== null && !sameOrigin(hidden, ctx.server.url)))
          bad.push(`${label} → ${res.status} ${location ?? hidden ?? ''}`);
      };
      const anonymous = ctx.anonymous();
      const admin = await ctx.signedIn(ctx.users.admin);
      for (const p of payloads) {
        await probe(`/language/en?next=${p}`, await anonymous.request(`/language/en?next=${p}`));
        await probe(`GET /login?next=${p} (anonymous)`, await anonymous.request(`/login?next=${p}`));
        await probe(`GET /login?next=${p} (signed in)`, await admin.request(`/login?next=${p}`));
      }
      for (const p of ['//evil.example', '/\t/evil.example', '\n']) {
        const fresh = ctx.anonymous();
        const { username, password } = ctx.users.admin;
        await probe(`POST /login next=${JSON.stringify(p)}`, await fresh.postForm('/login', { username, password, next: p }, '/login'));
      }
      return {
        pass: bad.length === 0,
        observed: bad.length ? `off-site or 500: ${bad.join('; ')}` : `${probes} probes: all same-origin, no 500`,
      };
    },
  },
  {
    id: 'api-status-anonymous',
    what: '/api/status and /health without sign-in',
    expected: '/api/status refused (401); /health public ({ ok: true }); /api/status works for operations',
    async run(ctx) {
      const anonymous = ctx.anonymous();
      const status = await anonymous.request('/api/status', { headers: { accept: 'application/json' } });
      const leaked = /documents|pendingJobs/.test(await status.text());
      const health = await anonymous.request('/health');
      const healthBody = await health.text();
      const ops = await ctx.signedIn(ctx.users.ops);
      const opsStatus = (await ops.request('/api/status')).status;
      return {
        pass: status.status === 401 && !leaked && health.status === 200 && healthBody === '{"ok":true}' && opsStatus === 200,
        observed: `/api/status anonymous ${status.status}${leaked ? ' WITH COUNTS' : ''}; /health ${health.status} ${healthBody}; operations ${opsStatus}`,
      };
    },
  },
  {
    id: 'demo-accounts-off',
    what: 'the demo account balie / demo-balie on a server started without --demo',
    expected: 'cannot sign in; no demo banner',
    async run(ctx) {
      const s = ctx.anonymous();
      const res = await s.signIn('balie', 'demo-balie');
      const banner = (await s.request('/check').then((r) => r.text())).includes('demo-banner');
      return { pass: res.status === 401 && !banner, observed: `sign-in ${res.status}; banner ${banner ? 'SHOWN' : 'absent'}` };
    },
  },
  {
    id: 'demo-accounts-on',
    what: 'a second server started with --demo (its own data directory): sign in as balie / demo-balie',
    expected: 'signs in; the demo banner on every page (sign-in, desk, check). RSS: that server, start to end',
    async run(_ctx) {
      const dataDir = mkdtempSync(join(tmpdir(), 'postkamer-attack-demo-'));
      const demo = await startServe({ dataDir, demo: true });
      try {
        const s = new WebSession(demo.url);
        const login = (await s.request('/login').then((r) => r.text())).includes('demo-banner');
        const res = await s.signIn('balie', 'demo-balie');
        const desk = (await s.request('/desk').then((r) => r.text())).includes('demo-banner');
        const check = (await s.request('/check').then((r) => r.text())).includes('demo-banner');
        return {
          pass: res.status === 303 && login && desk && check,
          observed: `sign-in ${res.status}; banner on /login ${yes(login)}, /desk ${yes(desk)}, /check ${yes(check)}`,
          peakRssMb: peakRssMb(demo.pid),
          startRssMb: null,
        };
      } finally {
        await demo.stop();
        rmSync(dataDir, { recursive: true, force: true });
      }
    },
  },
  {
    id: 'desk-batch-private',
    what: "desk user B opens desk user A's batch (page, API, receipt PDF) and posts its receipt e-mail form",
    expected: 'all refused (403/404); A sees the batch',
    async run(ctx) {
      const a = await ctx.signedIn(ctx.users.deskA);
      const batchId = randomUUID();
      const answer = await upload(a, { batchId, file: await letter('ATTACK-PRIVATE-BATCH'), name: 'brief.pdf' });
      const id = answer.documents[0]?.documentId ?? 'none';
      ctx.handedIn.push({ caseId: this.id, documentId: id });
      const own = (await a.request(`/desk/batch/${batchId}`)).status;
      const b = await ctx.signedIn(ctx.users.deskB);
      const probes = {
        page: (await b.request(`/desk/batch/${batchId}`)).status,
        api: (await b.request(`/api/batches/${batchId}`)).status,
        pdf: (await b.request(`/desk/receipts/${id}/pdf`)).status,
        email: (await b.postForm(`/desk/receipts/${id}/email`, { email: 'b@example.org' })).status,
      };
      const refused = Object.values(probes).every((s) => s === 403 || s === 404);
      return {
        pass: own === 200 && refused,
        observed: `A: ${own}; B: ${Object.entries(probes)
          .map(([k, v]) => `${k} ${v}`)
          .join(', ')}`,
      };
    },
  },
  {
    id: 'receipt-email-any-address',
    what: "the desk's receipt e-mail form with an address typed once that is not the client's address on file",
    expected: 'typed once: refused with a form error, no mail; typed twice the same: sent (only the address on file, or one typed twice)',
    async run(ctx) {
      const a = await ctx.signedIn(ctx.users.deskA);
      const batchId = randomUUID();
      const answer = await upload(a, { batchId, file: await letter('ATTACK-EMAIL-ANY'), name: 'brief.pdf' });
      const id = answer.documents[0]?.documentId ?? 'none';
      ctx.handedIn.push({ caseId: this.id, documentId: id });
      const address = `attacker-${randomUUID().slice(0, 8)}@evil.example`;
      const outbox = join(ctx.dataDir, 'outbox');
      const before = outboxCount(outbox);
      const once = await a.postForm(`/desk/receipts/${id}/email`, { email: address, receiptLanguage: 'nl' });
      await once.arrayBuffer();
      await sleep(500);
      const mailed = outboxCount(outbox) - before;
      // The control: the same address typed twice is what a client standing at the desk gives.
      const twice = await a.postForm(`/desk/receipts/${id}/email`, { email: address, emailAgain: address, receiptLanguage: 'nl' });
      await sleep(500);
      const mailedTwice = outboxCount(outbox) - before;
      return {
        pass: once.status >= 400 && once.status < 500 && mailed === 0 && twice.status === 303 && mailedTwice === 1,
        observed: `typed once: HTTP ${once.status}, ${mailed} new e-mail(s); typed twice: HTTP ${twice.status}${twice.headers.get('location') ? ` → ${twice.headers.get('location')}` : ''}, ${mailedTwice} new e-mail(s)`,
      };
    },
  },
  {
    id: 'password-spraying',
    what: 'one password tried against 25 usernames from one address',
    expected: 'throttled (429, Retry-After) with a "try again in N minutes" page before the 22nd try',
    async run(ctx) {
      const s = ctx.anonymous();
      const statuses: number[] = [];
      let page = '';
      let retryAfter: string | null = null;
      for (let i = 1; i <= 25; i++) {
        const res = await s.postForm('/login', { username: `user-${i}`, password: 'Zomer2026!', next: '/' }, '/login');
        statuses.push(res.status);
        if (res.status === 429 && !page) {
          page = await res.text();
          retryAfter = res.headers.get('retry-after');
        } else await res.arrayBuffer();
      }
      const firstThrottled = statuses.indexOf(429) + 1;
      const minutes = TOO_MANY.exec(page)?.[0];
      return {
        pass: firstThrottled > 0 && firstThrottled <= 21 && !!minutes && !!retryAfter,
        observed: firstThrottled
          ? `first 429 at try ${firstThrottled} (Retry-After ${retryAfter ?? '–'} s): "${minutes ?? 'no minutes message'}"`
          : `never throttled: ${statuses.join(',')}`,
      };
    },
  },
  {
    id: 'check-bruteforce',
    what: '40 guessed receipt numbers (with today as the day received) on /check from one address',
    expected: 'rate limited (429, Retry-After, "try again in N minutes") before the 32nd',
    async run(ctx) {
      const s = ctx.anonymous();
      const statuses: number[] = [];
      let page = '';
      const today = new Date().toISOString().slice(0, 10);
      for (let i = 0; i < 40; i++) {
        const guess = `PK-${String(100000 + i * 7919).slice(0, 6)}-${'ABCDEFGHJK'[i % 10]}`;
        const res = await s.request(`/check?receipt=${encodeURIComponent(guess)}&day=${today}`);
        statuses.push(res.status);
        if (res.status === 429 && !page) page = await res.text();
        else await res.arrayBuffer();
      }
      const first = statuses.indexOf(429) + 1;
      return {
        pass: first > 0 && first <= 31 && TOO_MANY.test(page),
        observed: first ? `first 429 at request ${first}: "${TOO_MANY.exec(page)?.[0] ?? 'no minutes message'}"` : 'never limited',
      };
    },
  },
  {
    id: 'nothing-lost',
    what: 'every file handed in during this run, and every document in the ledger',
    expected: 'each in a final state a person can see (routed / triage / rejected with reason and alert / duplicate)',
    async run(ctx) {
      const problems: string[] = [];
      await waitFor(() => (ctx.ledger.all().every((d) => finalDocument(ctx.ledger, d.id)) ? true : undefined), 60_000);
      for (const h of ctx.handedIn) {
        const doc = h.documentId
          ? ctx.ledger.document(h.documentId)
          : h.fingerprint
            ? ctx.ledger.byFingerprint(h.fingerprint)[0]
            : undefined;
        if (!doc) problems.push(`${h.caseId}: no document`);
      }
      const statuses: Record<string, number> = {};
      for (const doc of ctx.ledger.all()) {
        statuses[doc.status] = (statuses[doc.status] ?? 0) + 1;
        if (!finalDocument(ctx.ledger, doc.id)) problems.push(`${doc.id}: ${doc.status}`);
        if (doc.status === 'rejected' && (!doc.rejectReason || !ctx.ledger.alert(`rejected:${doc.id}`)))
          problems.push(`${doc.id}: rejected without reason or alert`);
      }
      return {
        pass: problems.length === 0,
        observed: `${ctx.handedIn.length} handed in, ${ctx.ledger.count()} documents: ${Object.entries(statuses)
          .map(([k, v]) => `${v} ${k}`)
          .join(', ')}${problems.length ? `; LOST OR INVISIBLE: ${problems.slice(0, 5).join('; ')}` : '; 0 lost'}`,
      };
    },
  },
];

const yes = (b: boolean) => (b ? 'yes' : 'NO');

async function symlinkCase(ctx: Ctx, name: string, target: string, insideTarget?: string): Promise<Outcome> {
  const link = join(ctx.inbox, 'post', name);
  symlinkSync(target, link);
  const watched = insideTarget ?? target;
  const before = readFileSync(watched);
  const alert = await waitFor(() => ctx.ledger.alert(`inbox-refused:symlink:post/${name}`), ctx.settleMs * 3 + 5000, 100);
  await sleep(ctx.settleMs * 2 + 1000); // time enough to have taken it in, had it been followed
  const taken = ctx.ledger.byFingerprint(sha256(before)).length;
  const linkLeft = lstatSync(link, { throwIfNoEntry: false })?.isSymbolicLink() ?? false;
  const targetLeft = existsSync(watched) && readFileSync(watched).equals(before);
  rmSync(link);
  return {
    pass: !!alert && taken === 0 && linkLeft && targetLeft,
    observed: `alert ${alert ? `"${alert.kind}"` : 'MISSING'}; link ${linkLeft ? 'left in place' : 'GONE'}; target ${targetLeft ? 'untouched' : 'MOVED OR CHANGED'}; ${taken} document(s) of its content`,
  };
}

async function loginFlood(ctx: Ctx, declared: boolean): Promise<Outcome> {
  const size = 700 * 1024 * 1024;
  const posts = await Promise.all(
    [0, 1].map(() =>
      streamedPost({
        url: ctx.server.url,
        path: '/login',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        size,
        declared,
        prefix: 'username=x&password=',
      }),
    ),
  );
  const health = await fetch(`${ctx.server.url}/health`).then(
    (r) => r.status,
    () => 0,
  );
  return {
    pass: posts.every((p) => p.status === 413) && health === 200,
    observed: `${posts.map((p) => `${p.status ?? p.error} after ${p.sentMb} MB sent, ${p.ms} ms`).join('; ')}; /health ${health}`,
  };
}

async function hugeUpload(ctx: Ctx, declared: boolean): Promise<Outcome> {
  const s = await ctx.signedIn(ctx.users.deskA);
  const me = (await (await s.request('/api/me')).json()) as { csrfToken: string };
  const documentsBefore = ctx.ledger.count();
  const boundary = `----attack${randomUUID().replace(/-/g, '')}`;
  const prefix =
    `--${boundary}\r\nContent-Disposition: form-data; name="batchId"\r\n\r\n${randomUUID()}\r\n` +
    `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="huge.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.7\n`;
  const post = await streamedPost({
    url: ctx.server.url,
    path: '/desk/upload',
    headers: {
      cookie: s.cookie(),
      'x-csrf-token': me.csrfToken,
      accept: 'application/json',
      'content-type': `multipart/form-data; boundary=${boundary}`,
    },
    size: 1.5 * 1024 ** 3,
    declared,
    prefix,
    suffix: `\r\n--${boundary}--\r\n`,
  });
  await sleep(500);
  const added = ctx.ledger.count() - documentsBefore;
  return {
    pass: post.status === 413 && added === 0,
    observed: `${post.status ?? post.error} after ${post.sentMb} MB sent, ${post.ms} ms; ${added} document(s) added`,
  };
}

function removeEverywhere(root: string, name: string) {
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name === name || entry.name.endsWith(`-${name}`)) rmSync(path, { force: true });
    }
  };
  walk(root);
}

/** Mails in the outbox (counted, not read: the outbox may be encrypted at rest). */
function outboxCount(outbox: string): number {
  return existsSync(outbox) ? readdirSync(outbox).filter((f) => f.endsWith('.eml')).length : 0;
}

// ——— the run ———

export interface AttackOptions {
  only?: string[];
  settleMs: number;
  keep: boolean;
  log: (line: string) => void;
}

const NOT_MEASURED = { pass: false, startRssMb: null, peakRssMb: null, childPeakRssMb: 0, serverReadMb: null, seconds: 0 };

export async function runAttack(o: AttackOptions): Promise<AttackReport> {
  const unknown = (o.only ?? []).filter((id) => !CASES.some((c) => c.id === id));
  if (unknown.length) throw new Error(`unknown case(s): ${unknown.join(', ')}; known: ${CASES.map((c) => c.id).join(', ')}`);
  const cases = o.only?.length ? CASES.filter((c) => o.only?.includes(c.id)) : CASES;
  const started = Date.now();
  const root = mkdtempSync(join(tmpdir(), 'postkamer-attack-'));
  const dataDir = join(root, 'data');
  const outside = join(root, 'outside');
  mkdirSync(join(outside, 'folder'), { recursive: true });
  await writeFile(join(outside, 'outside.pdf'), await letter('ATTACK-OUTSIDE-THE-INBOX'));
  await writeFile(join(outside, 'folder', 'inner.pdf'), await letter('ATTACK-INSIDE-A-LINKED-FOLDER'));
  const secret = () => `${randomUUID()}-${randomUUID()}`;
  const users = {
    deskA: { username: 'balie-a', password: secret(), roles: ['desk'] },
    deskB: { username: 'balie-b', password: secret(), roles: ['desk'] },
    admin: { username: 'beheerder', password: secret(), roles: ['admin'] },
    ops: { username: 'operations', password: secret(), roles: ['operations'] },
  } satisfies Ctx['users'];
  const usersFile = await writeUsersFile(join(root, 'users.json'), Object.values(users));
  // Upload limit stays the default (MAX_FILE_MB 50 × 4 files + 1 MiB); only the settle window is shortened.
  const env = { POSTKAMER_USERS: usersFile, INBOX_SETTLE_MS: String(o.settleMs) };
  let server = await startServe({ dataDir, env });
  o.log(`server ${server.url} (pid ${server.pid}), data ${dataDir}`);
  // Opened after the server started: it made the data dir (and its key, where there is one).
  const rt = await openRuntime({
    dataDir,
    config: loadConfig({ ...process.env, ...env, POSTKAMER_DATA_DIR: dataDir }),
    logger: createJsonLogger('attack', 'error'),
  });
  await sleep(1000);
  const idleRssMb = rssMb(server.pid) ?? null;
  const ctx: Ctx = {
    get server() {
      return server;
    },
    dataDir,
    inbox: join(dataDir, 'inbox'),
    outside,
    settleMs: o.settleMs,
    ledger: new LedgerView(rt),
    users,
    handedIn: [],
    async restart() {
      await server.stop();
      server = await startServe({ dataDir, env });
      o.log(`restarted: ${server.url} (pid ${server.pid})`);
    },
    anonymous: () => new WebSession(server.url),
    async signedIn(user) {
      const s = new WebSession(server.url);
      const res = await s.signIn(user.username, user.password);
      if (res.status !== 303) throw new Error(`sign-in of ${user.username} failed: HTTP ${res.status}`);
      return s;
    },
    log: o.log,
  };

  const results: CaseResult[] = [];
  try {
    for (const c of cases) {
      o.log(`${c.id}…`);
      if (c.fresh) {
        try {
          await ctx.restart();
          await sleep(1000);
        } catch (error) {
          const observed = `the server did not start again: ${(error as Error).message.slice(0, 300)}`;
          results.push({ ...NOT_MEASURED, id: c.id, what: c.what, expected: c.expected, observed });
          o.log(`FAIL ${c.id}: ${observed}`);
          break;
        }
      }
      const pid = server.pid;
      const startRss = rssMb(pid) ?? null;
      resetPeakRss(pid);
      const readBefore = bytesRead(pid);
      let childPeakKb = 0;
      const sampler = setInterval(() => {
        let kb = 0;
        for (const child of descendants(server.pid)) kb += (rssMb(child) ?? 0) * 1024;
        childPeakKb = Math.max(childPeakKb, kb);
      }, 100);
      const t = performance.now();
      let outcome: Outcome;
      try {
        outcome = await c.run(ctx);
      } catch (error) {
        outcome = { pass: false, observed: `the case failed to run: ${(error as Error).message.slice(0, 300)}` };
      }
      clearInterval(sampler);
      const seconds = Math.round((performance.now() - t) / 100) / 10;
      // A case that restarted the server reports the new process's peak (its whole life so far).
      const peak = outcome.peakRssMb ?? peakRssMb(server.pid) ?? null;
      const readAfter = server.pid === pid ? bytesRead(pid) : undefined;
      const overMemory = peak !== null && peak > RSS_LIMIT_MB;
      const result: CaseResult = {
        id: c.id,
        what: c.what,
        expected: c.expected,
        observed: overMemory ? `${outcome.observed}; PEAK RSS ${peak} MB > ${RSS_LIMIT_MB} MB` : outcome.observed,
        pass: outcome.pass && !overMemory && !server.exited(),
        startRssMb: outcome.startRssMb !== undefined ? outcome.startRssMb : startRss,
        peakRssMb: peak,
        childPeakRssMb: Math.round(childPeakKb / 102.4) / 10,
        serverReadMb: readBefore !== undefined && readAfter !== undefined ? Math.round((readAfter - readBefore) / 2 ** 20) : null,
        seconds,
      };
      if (server.exited()) result.observed += '; THE SERVER EXITED';
      results.push(result);
      o.log(`${result.pass ? 'pass' : 'FAIL'} ${c.id} (${seconds} s, ${peak ?? '?'} MB): ${result.observed}`);
      if (server.exited()) break;
    }
  } finally {
    await server.stop();
    await rt.close();
  }
  const failed = results.filter((r) => !r.pass).length;
  const keep = o.keep || failed > 0;
  if (keep) await writeFile(join(root, 'serve.log'), server.stderr());
  if (!keep) rmSync(root, { recursive: true, force: true });
  return {
    cases: results,
    passed: results.length - failed,
    failed,
    idleRssMb,
    settleMs: o.settleMs,
    seconds: Math.round((Date.now() - started) / 1000),
    dataDir: keep ? root : null,
  };
}

/** The report as a Markdown table (what the README shows). */
export function reportTable(r: AttackReport): string {
  const cell = (s: string) => s.replace(/\|/g, '\\|');
  const lines = [
    '| case | expected | observed | result | RSS MB: start → peak | server read MB | s |',
    '| ---- | -------- | -------- | ------ | -------------------- | -------------- | - |',
    ...r.cases.map(
      (c) =>
        `| ${c.id} | ${cell(c.expected)} | ${cell(c.observed)} | ${c.pass ? 'pass' : '**FAIL**'} | ${c.startRssMb ?? '–'} → ${c.peakRssMb ?? '–'}${c.childPeakRssMb ? ` (+${c.childPeakRssMb} children)` : ''} | ${c.serverReadMb ?? '–'} | ${c.seconds} |`,
    ),
  ];
  return `${lines.join('\n')}\n\n${r.passed} passed, ${r.failed} failed in ${r.seconds} s; server idle ${r.idleRssMb ?? '?'} MB; settle window ${r.settleMs} ms${r.dataDir ? `; data kept in ${r.dataDir}` : ''}\n`;
}

async function main() {
  const { values } = parseArgs({
    options: {
      json: { type: 'boolean' },
      only: { type: 'string' },
      'settle-ms': { type: 'string' },
      keep: { type: 'boolean' },
      list: { type: 'boolean' },
    },
  });
  if (values.list) {
    for (const c of CASES) process.stdout.write(`${c.id.padEnd(30)} ${c.what}\n`);
    return;
  }
  if (!existsSync('/proc/self/status')) process.stderr.write('attack: no /proc here: peak RSS is not measured\n');
  const settleMs = Number(values['settle-ms'] ?? 1500);
  if (!Number.isInteger(settleMs) || settleMs < 200) throw new Error('--settle-ms must be a whole number ≥ 200');
  const report = await runAttack({
    only: values.only
      ?.split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    settleMs,
    keep: values.keep ?? false,
    log: (line) => process.stderr.write(`attack: ${line}\n`),
  });
  process.stdout.write(values.json ? `${JSON.stringify(report)}\n` : reportTable(report));
  if (report.failed > 0) process.exitCode = 1;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
