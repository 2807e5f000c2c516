/**
 * Crash soak: N documents through the embedded runtime while worker processes are killed with
 * SIGKILL at random moments and restarted; then proof from the ledger, the outbox and the logs
 * that every input reached a final, visible state, with no second route and no second receipt.
 *
 *   npm run soak -- [--documents 1000] [--kills 20] [--workers 2] [--json]
 *     [--concurrency 2] [--lease-ms 3000] [--feed-seconds N] [--seed 1] [--data-dir D] [--keep]
 *     [--mail-share 0.15]
 *
 * A share of the inputs arrives by e-mail (one attachment per message) in a dovecot mailbox on
 * loopback that the inbox-watching worker reads, so kills land between fetch and commit too.
 *
 * With --json the last line of stdout is one JSON object:
 * {documents, kills, lost, duplicateRoutes, duplicateReceipts, rejected, maxAttempts, seconds, …}.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ImapFlow } from 'imapflow';
import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import { verifyAudit } from '../functions/audit/verify-audit.ts';
import { intake } from '../functions/intake/intake.ts';
import { openRuntime, type Runtime } from '../local/runtime.ts';
import { createJsonLogger } from '../shared/adapters/local/json-logger.ts';
import { SqliteAuditTrail } from '../shared/adapters/local/sqlite-audit-trail.ts';
import { loadConfig } from '../shared/config.ts';
import type { DocumentRecord, DocumentStatus } from '../shared/domain/document.ts';
import { hasDovecot, type ImapServer, startImapServer } from './lib/imap-server.ts';
import { seededRandom } from './lib/render-page.ts';
import { generateSoakInputs, type SoakInput, type SoakMix } from './soak-documents.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const FINAL: readonly DocumentStatus[] = ['routed', 'triage', 'rejected', 'duplicate', 'acknowledged', 'closed', 'failed', 'superseded'];

export interface SoakOptions {
  documents: number;
  kills: number;
  workers: number;
  /** Steps each worker process runs at once. */
  concurrency: number;
  /** Queue lease: how soon a killed worker's job is taken over. */
  leaseMs: number;
  /** How long feeding all inputs takes (they arrive over time, not at once). */
  feedMs: number;
  timeoutMs: number;
  seed: number;
  directoryPath: string;
  dataDir?: string;
  keep: boolean;
  /**
   * Share of inputs that arrive by e-mail: a dovecot mailbox is started on loopback and the worker
   * that watches the inbox reads it (the kills hit mail intake too). 0 where dovecot is missing.
   */
  mailShare: number;
  mix: SoakMix;
  /** Progress lines (stderr by default). */
  log: (line: string) => void;
}

export interface SoakResult {
  documents: number;
  kills: number;
  lost: number;
  duplicateRoutes: number;
  duplicateReceipts: number;
  rejected: number;
  maxAttempts: number;
  seconds: number;
  /** Everything below: the detail behind the headline numbers. */
  statuses: Record<string, number>;
  failed: number;
  duplicates: { expected: number; linked: number; wrong: number };
  missingReceipts: number;
  receiptsSent: number;
  rejectedWithoutAlert: number;
  originalsMissingOrAltered: number;
  auditBroken: number;
  restarts: number;
  unexpectedExits: number;
  inputs: Record<string, number>;
  viaInbox: number;
  /** E-mail: messages put in the mailbox, recorded in the mail log (once each), replies written, left in the mailbox. */
  mail: { messages: number; recorded: number; replies: number; duplicateReplies: number; leftInMailbox: number };
  ocrDocuments: number;
  /** Documents that belong to no input (a file taken in twice): must be 0. */
  phantomDocuments: number;
  timedOut: boolean;
  /** Where the run's data is, when kept (`--keep`, `--data-dir`, or a failed run). */
  dataDir: string | null;
  lostExamples: string[];
}

export const DEFAULTS: SoakOptions = {
  documents: 1000,
  kills: 20,
  workers: 2,
  concurrency: 2,
  leaseMs: 3000,
  feedMs: 60_000,
  timeoutMs: 30 * 60_000,
  seed: 1,
  directoryPath: join(ROOT, 'examples/directory.json'),
  keep: false,
  mailShare: 0.15,
  mix: {},
  log: (line) => process.stderr.write(`soak: ${line}\n`),
};

interface WorkerSlot {
  index: number;
  child?: ChildProcess;
  /** Exits we caused (kill, stop) are expected; any other exit is counted and restarted. */
  expectExit: boolean;
  restarting: boolean;
}

export async function runSoak(partial: Partial<SoakOptions> = {}): Promise<SoakResult> {
  const o: SoakOptions = { ...DEFAULTS, ...partial };
  const random = seededRandom(o.seed * 7919);
  const dataDir = resolve(o.dataDir ?? mkdtempSync(join(tmpdir(), 'postkamer-soak-')));
  const imap = o.mailShare > 0 && hasDovecot ? await startImapServer() : undefined;
  if (o.mailShare > 0 && !imap) o.log('no e-mail in this run: /usr/sbin/dovecot is missing (apt-get install dovecot-imapd)');
  const env = {
    ...process.env,
    QUEUE_LEASE_MS: String(o.leaseMs),
    LOG_LEVEL: 'info',
    POSTKAMER_DATA_DIR: dataDir,
    ...(imap ? mailboxEnv(imap) : {}),
  };
  const rt = await openRuntime({
    dataDir,
    directoryPath: o.directoryPath,
    config: loadConfig(env),
    logger: createJsonLogger('soak', 'error'),
  });
  const directory = await rt.directory.load();

  o.log(`generating ${o.documents} documents…`);
  const inputs = await generateSoakInputs(o.documents, directory, o.seed, { mailShare: imap ? o.mailShare : 0, ...o.mix });
  const mailbox = imap ? await mailboxClient(imap) : undefined;
  const started = Date.now();
  o.log(`data dir ${dataDir}; ${o.workers} worker(s), lease ${o.leaseMs} ms, ${o.kills} kill(s)`);

  // Worker processes, their logs, and the kill/restart cycle.
  const receiptLogs = new Map<string, number>();
  const mailReplyLogs = new Map<string, number>();
  const stray: string[] = [];
  let restarts = 0;
  let unexpectedExits = 0;
  let kills = 0;
  let stopping = false;
  const slots: WorkerSlot[] = Array.from({ length: o.workers }, (_, index) => ({ index, expectExit: false, restarting: false }));

  const startWorker = (slot: WorkerSlot) => {
    const args = [
      'bin/postkamer.mjs',
      'worker',
      '--data-dir',
      dataDir,
      '--directory',
      o.directoryPath,
      '--concurrency',
      String(o.concurrency),
    ];
    // One worker also watches the inbox, so scanner drops are taken in by a process that gets killed too.
    if (slot.index === 0) args.push('--inbox');
    const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'pipe'] });
    slot.child = child;
    slot.expectExit = false;
    let buffer = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) onLogLine(line);
    });
    child.on('exit', (code, signal) => {
      if (slot.child !== child) return;
      slot.child = undefined;
      if (slot.expectExit || stopping) return;
      unexpectedExits++;
      o.log(`worker ${slot.index} exited by itself (${signal ?? code}); restarting`);
      restart(slot, 500);
    });
  };
  const onLogLine = (line: string) => {
    if (!line.trim()) return;
    try {
      const entry = JSON.parse(line) as { message?: string; documentId?: string; mailMessageId?: string };
      if (entry.message === 'receipt sent' && entry.documentId)
        receiptLogs.set(entry.documentId, (receiptLogs.get(entry.documentId) ?? 0) + 1);
      if (entry.message === 'mail reply sent' && entry.mailMessageId)
        mailReplyLogs.set(entry.mailMessageId, (mailReplyLogs.get(entry.mailMessageId) ?? 0) + 1);
    } catch {
      if (stray.length < 20) stray.push(line.slice(0, 300)); // not a log line: a crash trace, a warning
    }
  };
  const restart = (slot: WorkerSlot, afterMs: number) => {
    slot.restarting = true;
    setTimeout(() => {
      slot.restarting = false;
      if (stopping) return;
      restarts++;
      startWorker(slot);
    }, afterMs);
  };
  for (const slot of slots) startWorker(slot);

  // Feed the inputs over time: some through intake (desk, API), some as scanner drops in the inbox.
  let fed = 0;
  const feeder = (async () => {
    for (const [n, input] of inputs.entries()) {
      const due = started + (o.feedMs * n) / inputs.length;
      if (due > Date.now()) await sleep(due - Date.now());
      await feed(rt, input, mailbox);
      fed++;
    }
  })();

  // Kill a random live worker at random moments spread over the whole run (kill i falls somewhere
  // in the i-th stretch of the first 85 % of progress, so every kill lands while work is going on),
  // and restart it after a short while.
  const killAt = Array.from({ length: o.kills }, (_, i) => (0.85 * (i + 0.1 + 0.8 * random())) / o.kills).sort((a, b) => a - b);
  const killer = (async () => {
    while (kills < o.kills && !stopping) {
      await sleep(100 + 300 * random());
      if (progress(rt, inputs.length) < (killAt[kills] ?? 1)) continue;
      await sleep(500 * random());
      const live = slots.filter((s) => s.child && !s.restarting);
      const slot = live[Math.floor(random() * live.length)];
      if (!slot?.child || stopping) continue;
      slot.expectExit = true;
      slot.child.kill('SIGKILL');
      kills++;
      restart(slot, 100 + random() * 900);
    }
  })();

  // Done when everything is fed and taken in, nothing is queued or running, and every input is final.
  let timedOut = false;
  let reported = started;
  for (;;) {
    await sleep(500);
    if (Date.now() - reported >= 10_000) {
      reported = Date.now();
      o.log(`${Math.round(progress(rt, inputs.length) * 100)}% after ${Math.round((reported - started) / 1000)} s; ${kills} kill(s)`);
    }
    if (Date.now() - started > o.timeoutMs) {
      timedOut = true;
      break;
    }
    if (fed < inputs.length || inboxPending(rt) > 0 || rt.queue.pending() > 0) continue;
    if (mailbox && (await messagesIn(mailbox, 'INBOX')) > 0) continue;
    const docs = documentsByName(rt);
    if (inputs.every((i) => docs.get(i.name)?.done)) break;
  }
  stopping = true;
  // Work done before all kills happened: there was nothing left to interrupt.
  if (kills < o.kills) o.log(`all work done after ${kills} of ${o.kills} kills`);
  await feeder;
  await killer;
  await Promise.all(slots.map((s) => stopWorker(s)));
  const seconds = Math.round((Date.now() - started) / 100) / 10;

  const leftInMailbox = mailbox ? await messagesIn(mailbox, 'INBOX') : 0;
  await mailbox?.logout();
  await imap?.stop();
  const result = await analyse(rt, inputs, {
    leftInMailbox,
    mailReplyLogs,
    kills,
    seconds,
    restarts,
    unexpectedExits,
    receiptLogs,
    timedOut,
    dataDir,
  });
  await rt.close();
  if (stray.length) o.log(`non-log output from workers (first ${stray.length}):\n  ${stray.join('\n  ')}`);
  if (!o.keep && !o.dataDir && soakPassed(result)) {
    rmSync(dataDir, { recursive: true, force: true });
    result.dataDir = null; // it passed and --keep was not given: nothing to look at
  }
  return result;
}

/** The targets: nothing lost, nothing routed or receipted twice, every receipt accounted for. */
export function soakPassed(r: SoakResult): boolean {
  return (
    r.lost === 0 &&
    r.duplicateRoutes === 0 &&
    r.duplicateReceipts === 0 &&
    r.missingReceipts === 0 &&
    r.phantomDocuments === 0 &&
    r.duplicates.wrong === 0 &&
    r.rejectedWithoutAlert === 0 &&
    r.auditBroken === 0 &&
    r.mail.recorded === r.mail.messages &&
    r.mail.duplicateReplies === 0 &&
    r.mail.leftInMailbox === 0 &&
    !r.timedOut
  );
}

/** The workers' mailbox settings: plain IMAP on loopback, looked at every second besides IDLE. */
function mailboxEnv(imap: ImapServer): Record<string, string> {
  return {
    MAIL_IMAP_HOST: imap.host,
    MAIL_IMAP_PORT: String(imap.port),
    MAIL_IMAP_USER: imap.user,
    MAIL_IMAP_PASSWORD: imap.password,
    MAIL_IMAP_TLS: 'false',
    MAIL_IMAP_POLL_S: '1',
  };
}

async function mailboxClient(imap: ImapServer): Promise<ImapFlow> {
  const client = new ImapFlow({
    host: imap.host,
    port: imap.port,
    secure: false,
    auth: { user: imap.user, pass: imap.password },
    logger: false,
  });
  await client.connect();
  return client;
}

async function messagesIn(client: ImapFlow, folder: string): Promise<number> {
  const status = await client.status(folder, { messages: true });
  return status ? (status.messages ?? 0) : 0;
}

function composeMail(input: SoakInput, to: string): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    new MailComposer({
      from: input.sender ?? 'afzender@example.org',
      to,
      subject: `Documenten ${input.name}`,
      text: 'Zie bijlage.',
      attachments: [{ filename: input.name, content: Buffer.from(input.bytes) }],
    })
      .compile()
      .build((error, message) => (error ? reject(error) : resolve(message))),
  );
}

async function feed(rt: Runtime, input: SoakInput, mailbox: ImapFlow | undefined) {
  if (input.via === 'mail' && mailbox) {
    await mailbox.append('INBOX', await composeMail(input, rt.config.MAIL_IMAP_USER ?? 'post@gemeente.example'));
    return;
  }
  if (input.via === 'inbox') {
    const folder = join(rt.paths.inbox, input.channel);
    await mkdir(folder, { recursive: true });
    // Written under a temp name and renamed: the watcher never sees half a file.
    const tmp = join(folder, `${input.name}.part`);
    await writeFile(tmp, input.bytes);
    await rename(tmp, join(folder, input.name));
    return;
  }
  await intake(rt.intakeDeps, {
    bytes: input.bytes,
    filename: input.name,
    channel: input.channel,
    source: input.channel === 'desk' ? 'desk:soak' : `soak/${input.channel}`,
    deskClientNumber: input.deskClientNumber ?? null,
    receiptEmail: input.receiptEmail ?? null,
    maxBytes: rt.maxBytes,
  });
}

/** How far the run is, 0–1: each input counts four steps (taken in, extracted, routed, receipted). */
function progress(rt: Runtime, inputs: number): number {
  const row = rt.db
    .prepare(
      `SELECT SUM(CASE
         WHEN status IN ('duplicate', 'failed') OR json_extract(record, '$.receipt') IS NOT NULL THEN 4
         WHEN status IN ('routed', 'triage', 'rejected', 'acknowledged', 'closed') THEN 3
         WHEN status = 'extracted' THEN 2 ELSE 1 END) AS done FROM documents`,
    )
    .get() as { done: number | null };
  return (row.done ?? 0) / (4 * inputs);
}

function inboxPending(rt: Runtime): number {
  let n = 0;
  for (const channel of ['desk', 'post', 'email'])
    n += readdirSafe(join(rt.paths.inbox, channel)).filter((f) => !f.startsWith('.') && !f.endsWith('.part')).length;
  return n;
}

/**
 * Each input's record by file name (the first with that name: a split file's parts share it), its
 * status `done` when it is final, or split with every part final (a part of a stack is a document).
 */
function documentsByName(rt: Runtime): Map<string, DocumentRecord & { done: boolean }> {
  const rows = rt.db.prepare('SELECT record FROM documents ORDER BY rowid').all() as { record: string }[];
  const docs = rows.map(({ record }) => JSON.parse(record) as DocumentRecord);
  const byId = new Map(docs.map((d) => [d.id, d]));
  const done = (d: DocumentRecord | undefined): boolean =>
    !!d && (FINAL.includes(d.status) || (d.status === 'split' && (d.childIds ?? []).every((id) => done(byId.get(id)))));
  const byName = new Map<string, DocumentRecord & { done: boolean }>();
  for (const doc of docs) if (!byName.has(doc.filename)) byName.set(doc.filename, { ...doc, done: done(doc) });
  return byName;
}

async function stopWorker(slot: WorkerSlot) {
  const child = slot.child;
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  slot.expectExit = true;
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
  await exited;
  clearTimeout(timer);
}

async function analyse(
  rt: Runtime,
  inputs: SoakInput[],
  run: {
    leftInMailbox: number;
    mailReplyLogs: Map<string, number>;
    kills: number;
    seconds: number;
    restarts: number;
    unexpectedExits: number;
    receiptLogs: Map<string, number>;
    timedOut: boolean;
    dataDir: string;
  },
): Promise<SoakResult> {
  const docs = documentsByName(rt);
  const allDocs = rt.db.prepare('SELECT COUNT(*) AS n FROM documents').get() as { n: number };
  const eventCounts = new Map<string, Record<string, number>>();
  for (const row of rt.db.prepare('SELECT document_id AS id, type, COUNT(*) AS n FROM events GROUP BY document_id, type').all() as {
    id: string;
    type: string;
    n: number;
  }[]) {
    const counts = eventCounts.get(row.id) ?? {};
    counts[row.type] = row.n;
    eventCounts.set(row.id, counts);
  }
  const outboxFiles = new Map<string, number>();
  for (const f of readdirSafe(rt.paths.outbox)) {
    const id = /^receipt_(.+)\.eml$/.exec(f)?.[1];
    if (id) outboxFiles.set(id, (outboxFiles.get(id) ?? 0) + 1);
  }
  // The reply to an e-mail is its documents' receipt: one file per message, named by its key.
  const mailReplyFiles = new Set<string>();
  for (const f of readdirSafe(rt.paths.outbox)) {
    const id = /^mail-reply_(.+)\.eml$/.exec(f)?.[1];
    if (id) mailReplyFiles.add(id);
  }
  const mailOf = new Map(
    (rt.db.prepare('SELECT document_id AS doc, message_id AS message FROM mail_documents').all() as { doc: string; message: string }[]).map(
      (r) => [r.doc, r.message],
    ),
  );
  for (const f of readdirSafe(rt.paths.letters)) {
    const id = /^receipt-(.+)\.pdf$/.exec(f)?.[1];
    if (id) outboxFiles.set(id, (outboxFiles.get(id) ?? 0) + 1);
  }

  const statuses: Record<string, number> = {};
  const lostExamples: string[] = [];
  let lost = 0;
  let duplicateRoutes = 0;
  let duplicateReceipts = 0;
  let missingReceipts = 0;
  let receiptsSent = 0;
  let rejectedWithoutAlert = 0;
  let originalsBad = 0;
  const duplicates = { expected: 0, linked: 0, wrong: 0 };
  for (const input of inputs) {
    const doc = docs.get(input.name);
    const status = doc?.status ?? 'missing';
    statuses[status] = (statuses[status] ?? 0) + 1;
    if (!doc?.done) {
      lost++;
      if (lostExamples.length < 10) lostExamples.push(`${input.name}: ${status}`);
      continue;
    }
    const events = eventCounts.get(doc.id) ?? {};
    if ((events.routed ?? 0) + (events.triage ?? 0) > 1) duplicateRoutes++;
    const sent = events['receipt.sent'] ?? 0;
    receiptsSent += sent;
    if (sent > 1 || (outboxFiles.get(doc.id) ?? 0) > 1 || (run.receiptLogs.get(doc.id) ?? 0) > 1) duplicateReceipts++;
    if (['routed', 'triage', 'rejected'].includes(doc.status)) {
      const r = doc.receipt;
      const replied = mailReplyFiles.has(mailOf.get(doc.id) ?? '');
      const delivered =
        r && (r.delivery === 'pending' || r.delivery === 'print' || (r.sentAt && ((outboxFiles.get(doc.id) ?? 0) === 1 || replied)));
      if (!delivered) missingReceipts++;
    }
    if (doc.status === 'rejected' && !(await rt.alerts.findByKey(`rejected:${doc.id}`))) rejectedWithoutAlert++;
    if (doc.objectKey) {
      const bytes = await rt.objects.get(doc.objectKey).catch(() => undefined);
      if (!bytes || createHash('sha256').update(bytes).digest('hex') !== doc.fingerprint) {
        originalsBad++;
        lost++; // a document whose original is gone is lost, whatever its status says
        if (lostExamples.length < 10) lostExamples.push(`${input.name}: original missing or altered`);
      }
    }
    if (input.kind === 'duplicate') {
      duplicates.expected++;
      const first = docs.get(input.duplicateOf ?? '');
      if (doc.status === 'duplicate' && first && doc.duplicateOf === first.id) duplicates.linked++;
      else duplicates.wrong++;
    }
  }
  // A document the soak did not feed (there should be none) would be a phantom: count it as a problem.
  const phantoms = allDocs.n - docs.size;
  const jobs = rt.db.prepare('SELECT MAX(attempts) AS max FROM jobs').get() as { max: number | null };
  const audit = await verifyAudit(new SqliteAuditTrail(rt.db));
  const inputKinds: Record<string, number> = {};
  for (const i of inputs) inputKinds[i.kind] = (inputKinds[i.kind] ?? 0) + 1;
  const ocrDocuments = (
    rt.db.prepare(`SELECT COUNT(*) AS n FROM events WHERE type = 'extracted' AND json_extract(data, '$.ocrPages') > 0`).get() as {
      n: number;
    }
  ).n;
  return {
    documents: inputs.length,
    kills: run.kills,
    lost,
    duplicateRoutes,
    duplicateReceipts,
    rejected: statuses.rejected ?? 0,
    maxAttempts: jobs.max ?? 0,
    seconds: run.seconds,
    statuses,
    failed: statuses.failed ?? 0,
    duplicates,
    missingReceipts,
    receiptsSent,
    rejectedWithoutAlert,
    originalsMissingOrAltered: originalsBad,
    auditBroken: audit.broken.length,
    restarts: run.restarts,
    unexpectedExits: run.unexpectedExits,
    inputs: inputKinds,
    viaInbox: inputs.filter((i) => i.via === 'inbox').length,
    mail: {
      messages: inputs.filter((i) => i.via === 'mail').length,
      recorded: (rt.db.prepare('SELECT COUNT(*) AS n FROM mail_messages').get() as { n: number }).n,
      replies: mailReplyFiles.size,
      duplicateReplies: [...run.mailReplyLogs.values()].filter((n) => n > 1).length,
      leftInMailbox: run.leftInMailbox,
    },
    ocrDocuments,
    phantomDocuments: phantoms,
    timedOut: run.timedOut,
    dataDir: run.dataDir,
    lostExamples,
  };
}

function readdirSafe(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir) : [];
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function main() {
  const { values } = parseArgs({
    options: {
      documents: { type: 'string' },
      kills: { type: 'string' },
      workers: { type: 'string' },
      concurrency: { type: 'string' },
      'lease-ms': { type: 'string' },
      'feed-seconds': { type: 'string' },
      'timeout-minutes': { type: 'string' },
      seed: { type: 'string' },
      'data-dir': { type: 'string' },
      directory: { type: 'string' },
      keep: { type: 'boolean' },
      'mail-share': { type: 'string' },
      json: { type: 'boolean' },
    },
  });
  const int = (name: string, v: string | undefined, min: number) => {
    if (v === undefined) return undefined;
    const n = Number(v);
    if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be a whole number ≥ ${min}`);
    return n;
  };
  const documents = int('documents', values.documents, 1) ?? DEFAULTS.documents;
  const options: Partial<SoakOptions> = {
    documents,
    kills: int('kills', values.kills, 0) ?? DEFAULTS.kills,
    workers: int('workers', values.workers, 1) ?? DEFAULTS.workers,
    concurrency: int('concurrency', values.concurrency, 1) ?? DEFAULTS.concurrency,
    leaseMs: int('lease-ms', values['lease-ms'], 500) ?? DEFAULTS.leaseMs,
    // Inputs arrive over about a minute per 1,000 documents, at least 5 s.
    feedMs: (int('feed-seconds', values['feed-seconds'], 0) ?? Math.max(5, Math.round(documents * 0.06))) * 1000,
    timeoutMs: (int('timeout-minutes', values['timeout-minutes'], 1) ?? 30) * 60_000,
    seed: int('seed', values.seed, 1) ?? DEFAULTS.seed,
    directoryPath: values.directory ? resolve(values.directory) : DEFAULTS.directoryPath,
    dataDir: values['data-dir'],
    keep: values.keep ?? false,
    mailShare: values['mail-share'] === undefined ? DEFAULTS.mailShare : Number(values['mail-share']),
  };
  const result = await runSoak(options);
  const ok = soakPassed(result);
  if (!values.json || process.stdout.isTTY)
    process.stderr.write(
      `\n${ok ? 'PASS' : 'FAIL'}: ${result.documents} documents, ${result.kills} kills, lost ${result.lost}, ` +
        `duplicate routes ${result.duplicateRoutes}, duplicate receipts ${result.duplicateReceipts}, ` +
        `rejected ${result.rejected}, max attempts ${result.maxAttempts}, ${result.seconds} s\n` +
        `statuses ${JSON.stringify(result.statuses)}; missing receipts ${result.missingReceipts}; audit broken ${result.auditBroken}\n` +
        `e-mail: ${result.mail.messages} messages, ${result.mail.recorded} recorded, ${result.mail.replies} replies ` +
        `(${result.mail.duplicateReplies} twice), ${result.mail.leftInMailbox} left in the mailbox\n` +
        (result.lostExamples.length ? `lost: ${result.lostExamples.join('; ')}\n` : ''),
    );
  if (values.json) process.stdout.write(`${JSON.stringify(result)}\n`);
  if (!ok) process.exitCode = 1;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
