import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  appendFileSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IntakeDeps } from '../../functions/intake/intake.ts';
import { foldLegacyProcessed, InboxWatcher } from '../../local/inbox-watcher.ts';
import { openRuntime, type Runtime } from '../../local/runtime.ts';
import { loadConfig } from '../../shared/config.ts';
import type { DocumentRecord } from '../../shared/domain/document.ts';
import { testDirectory } from '../helpers/factories.ts';

/**
 * The scanner folders, with real files in a temporary data directory and the clock moved by hand:
 * only ordinary files that stopped changing are read; links, pipes and files still being written
 * are left alone.
 */
const quiet = { info() {}, warn() {}, error() {} };
const SETTLE_MS = 5000;
let rt: Runtime;
let dataDir: string;
let outside: string;
let now: number;

const pdf = (text: string) => Buffer.from(`%PDF-1.7\n1 0 obj\n(${text})\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n`);

function watcher(o: { maxBytes?: number; intakeDeps?: IntakeDeps } = {}) {
  return new InboxWatcher({
    root: rt.paths.inbox,
    rejected: rt.paths.rejected,
    settleMs: SETTLE_MS,
    maxBytes: o.maxBytes ?? rt.maxBytes,
    intakeDeps: o.intakeDeps ?? rt.intakeDeps,
    clock: rt.clock,
    logger: quiet,
  });
}

const inbox = (...parts: string[]) => join(rt.paths.inbox, ...parts);
const later = (ms = SETTLE_MS) => {
  now += ms;
};
const documents = () => rt.ledger.listDocuments({});
const refusedAlerts = () => rt.alerts.listOpen({ kind: ['inbox-refused'] });
const filesUnder = (dir: string) => (existsSync(dir) ? readdirSync(dir, { recursive: true }).map(String) : []);
const original = async (doc: DocumentRecord | undefined) => Buffer.from(await rt.objects.get(doc?.objectKey ?? ''));

beforeEach(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'postkamer-inbox-'));
  outside = mkdtempSync(join(tmpdir(), 'postkamer-outside-'));
  const directoryPath = join(dataDir, 'directory.json');
  writeFileSync(directoryPath, JSON.stringify(testDirectory()));
  now = Date.parse('2026-11-25T09:00:00Z');
  rt = await openRuntime({
    dataDir,
    directoryPath,
    logger: quiet,
    clock: { now: () => new Date(now) },
    config: loadConfig({ POSTKAMER_DATA_DIR: dataDir }),
  });
  for (const channel of ['desk', 'post', 'email']) mkdirSync(inbox(channel), { recursive: true });
});

afterEach(async () => {
  await rt.close();
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

describe('inbox watcher: settled ordinary files', () => {
  it('takes a file in once its size and modification time held for the settle window, then deletes it: the store keeps the only copy', async () => {
    const w = watcher();
    writeFileSync(inbox('post', 'scan-001.pdf'), pdf('one letter'));
    expect(await w.scan()).toBe(0);
    later(SETTLE_MS - 1);
    expect(await w.scan()).toBe(0);
    later(1);
    expect(await w.scan()).toBe(1);

    const [doc] = await documents();
    expect(doc).toMatchObject({ status: 'received', channel: 'post', filename: 'scan-001.pdf', source: 'inbox/post' });
    expect(await original(doc)).toEqual(pdf('one letter'));
    expect(existsSync(inbox('post', 'scan-001.pdf'))).toBe(false);
    expect(filesUnder(rt.paths.processed)).toEqual([]);
    expect(filesUnder(rt.paths.rejected)).toEqual([]);
    later();
    expect(await w.scan()).toBe(0);
  });

  it('deletes a file only after its document is recorded: a failed ledger write leaves it in the inbox, tried again', async () => {
    let down = true;
    const ledger = new Proxy(rt.ledger, {
      get(target, name, receiver) {
        if (name === 'createDocument' && down) return async () => Promise.reject(new Error('database is locked'));
        const value = Reflect.get(target, name, receiver);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const w = watcher({ intakeDeps: { ...rt.intakeDeps, ledger } });
    writeFileSync(inbox('post', 'kept.pdf'), pdf('kept until recorded'));
    await w.scan();
    later();
    expect(await w.scan()).toBe(0);
    expect(existsSync(inbox('post', 'kept.pdf'))).toBe(true);
    expect(await documents()).toEqual([]);

    down = false;
    later();
    expect(await w.scan()).toBe(1);
    expect(existsSync(inbox('post', 'kept.pdf'))).toBe(false);
    const [doc] = await documents();
    expect(await original(doc)).toEqual(pdf('kept until recorded'));
  });

  it('never reads a file that still grows: a slow network write in steps is taken in whole', async () => {
    const w = watcher();
    const path = inbox('desk', 'slow.pdf');
    const whole = pdf(`a long scan ${'x'.repeat(30_000)}`);
    const steps = [whole.subarray(0, 10_000), whole.subarray(10_000, 20_000), whole.subarray(20_000)];
    writeFileSync(path, steps[0] as Buffer);
    for (const step of steps.slice(1)) {
      await w.scan();
      later(SETTLE_MS - 100); // the writer pauses almost as long as the window
      await w.scan();
      appendFileSync(path, step);
      expect(await w.scan()).toBe(0);
    }
    later(SETTLE_MS - 100);
    expect(await w.scan()).toBe(0);
    later(100);
    expect(await w.scan()).toBe(1);
    const [doc] = await documents();
    expect(doc?.byteSize).toBe(whole.byteLength);
    expect(await original(doc)).toEqual(whole);
  });

  it('waits again when only the modification time changes (a file rewritten in place at the same size)', async () => {
    const w = watcher();
    const path = inbox('post', 'preallocated.pdf');
    const final = pdf('written in place '.padEnd(2000 - pdf('').byteLength, '.'));
    writeFileSync(path, Buffer.alloc(final.byteLength, 0x20));
    await w.scan();
    later();
    writeFileSync(path, final);
    utimesSync(path, new Date('2026-11-25T09:00:07Z'), new Date('2026-11-25T09:00:07Z'));
    expect(await w.scan()).toBe(0);
    later();
    expect(await w.scan()).toBe(1);
    const [doc] = await documents();
    expect((await original(doc)).toString()).toContain('written in place');
  });

  it('ignores .part, .tmp and dot files until they are renamed', async () => {
    const w = watcher();
    writeFileSync(inbox('post', 'scan-002.pdf.part'), pdf('half'));
    writeFileSync(inbox('post', 'scan-003.tmp'), pdf('half'));
    writeFileSync(inbox('post', '.scan-004.pdf'), pdf('half'));
    await w.scan();
    later();
    expect(await w.scan()).toBe(0);
    expect(await documents()).toEqual([]);
    expect(await refusedAlerts()).toEqual([]);

    execFileSync('mv', [inbox('post', 'scan-002.pdf.part'), inbox('post', 'scan-002.pdf')]);
    await w.scan();
    later();
    expect(await w.scan()).toBe(1);
    expect((await documents()).map((d) => d.filename)).toEqual(['scan-002.pdf']);
  });

  it('polls on its own once started, and stops when closed', async () => {
    let woken = 0;
    const w = new InboxWatcher({
      root: rt.paths.inbox,
      rejected: rt.paths.rejected,
      settleMs: 0,
      maxBytes: rt.maxBytes,
      intakeDeps: rt.intakeDeps,
      clock: rt.clock,
      logger: quiet,
      onIntake: () => woken++,
    }).start(10);
    writeFileSync(inbox('email', 'attachment.pdf'), pdf('polled'));
    for (let i = 0; i < 200 && woken === 0; i++) await new Promise((r) => setTimeout(r, 10));
    await w.close();
    expect(woken).toBe(1);
    expect((await documents()).map((d) => d.channel)).toEqual(['email']);
  });

  it('a restart that sees the same file again gives the same document', async () => {
    writeFileSync(inbox('post', 'again.pdf'), pdf('seen twice'));
    const first = watcher();
    await first.scan();
    later();
    await first.scan();
    // As if the process died after the intake and before the delete.
    writeFileSync(inbox('post', 'again.pdf'), pdf('seen twice'));
    const second = watcher();
    await second.scan();
    later();
    expect(await second.scan()).toBe(1);
    expect(await documents()).toHaveLength(1);
  });
});

describe('inbox watcher: only ordinary files', () => {
  it('refuses a symlink to a file outside the inbox with one alert, never reads or moves it', async () => {
    const secret = join(outside, 'session-secret');
    writeFileSync(secret, 'do not read me');
    symlinkSync(secret, inbox('post', 'secret.pdf'));
    const w = watcher();
    await w.scan();
    later();
    await w.scan();
    later();
    await w.scan();

    expect(await documents()).toEqual([]);
    expect(lstatSync(inbox('post', 'secret.pdf')).isSymbolicLink()).toBe(true);
    expect(existsSync(secret)).toBe(true);
    const alerts = await refusedAlerts();
    expect(alerts).toHaveLength(1);
    expect(alerts[0]?.message).toContain('post/secret.pdf');
    expect(alerts[0]?.message).toMatch(/snelkoppeling/);
    expect(alerts[0]?.data.messageEn).toMatch(/symbolic link/);
    expect(alerts[0]?.message).not.toContain('do not read me');
  });

  it('never enters a symlinked folder, nor moves what lies in it', async () => {
    mkdirSync(join(outside, 'elsewhere'));
    writeFileSync(join(outside, 'elsewhere', 'passwd.pdf'), pdf('outside the inbox'));
    symlinkSync(join(outside, 'elsewhere'), inbox('desk', 'linked'));
    const w = watcher();
    await w.scan();
    later();
    await w.scan();

    expect(await documents()).toEqual([]);
    expect(existsSync(join(outside, 'elsewhere', 'passwd.pdf'))).toBe(true);
    expect((await refusedAlerts()).map((a) => a.data.entryKind)).toEqual(['symlink']);
  });

  it('takes in files in real subfolders', async () => {
    mkdirSync(inbox('post', 'scanner-2'));
    writeFileSync(inbox('post', 'scanner-2', 'scan.pdf'), pdf('from the second scanner'));
    const w = watcher();
    await w.scan();
    later();
    expect(await w.scan()).toBe(1);
  });

  it('refuses a FIFO without hanging, and leaves it in place', async () => {
    const fifo = inbox('post', 'pipe.pdf');
    execFileSync('mkfifo', [fifo]);
    writeFileSync(inbox('post', 'next.pdf'), pdf('after the pipe'));
    const w = watcher();
    await w.scan();
    later();
    expect(await w.scan()).toBe(1);

    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect((await documents()).map((d) => d.filename)).toEqual(['next.pdf']);
    expect((await refusedAlerts()).map((a) => a.data.entryKind)).toEqual(['fifo']);
  });
});

describe('inbox watcher: size and completeness', () => {
  it('rejects a file over the size limit from its size, with a reason, an alert and its fingerprint', async () => {
    const big = Buffer.concat([pdf('big'), Buffer.alloc(8000, 0x20)]);
    writeFileSync(inbox('post', 'big.pdf'), big);
    const w = watcher({ maxBytes: 4096 });
    await w.scan();
    later();
    expect(await w.scan()).toBe(1);

    const [doc] = await documents();
    expect(doc?.status).toBe('rejected');
    expect(doc?.rejectReason).toMatch(/too large/);
    expect(doc?.rejectReasonNl).toMatch(/te groot/);
    expect(doc?.objectKey).toBe('');
    expect(doc?.byteSize).toBe(big.byteLength);
    expect(doc?.fingerprint).toBe(createHash('sha256').update(big).digest('hex'));
    expect(await rt.alerts.listOpen({ kind: ['rejected'] })).toHaveLength(1);
    // Never read whole, not stored, not deleted either: set aside under the document id, where backups and retention reach it.
    expect(existsSync(inbox('post', 'big.pdf'))).toBe(false);
    expect(readFileSync(join(rt.paths.rejected, `${doc?.id}.pdf`))).toEqual(big);
  });

  it('a restart after a too-large file was recorded but before it was set aside gives the same document', async () => {
    const big = Buffer.concat([pdf('big'), Buffer.alloc(8000, 0x20)]);
    writeFileSync(inbox('post', 'big.pdf'), big);
    const first = watcher({ maxBytes: 4096 });
    await first.scan();
    later();
    await first.scan();
    writeFileSync(inbox('post', 'big.pdf'), big); // as if the move never happened
    const second = watcher({ maxBytes: 4096 });
    await second.scan();
    later();
    expect(await second.scan()).toBe(1);
    const docs = await documents();
    expect(docs).toHaveLength(1);
    expect(filesUnder(rt.paths.rejected)).toEqual([`${docs[0]?.id}.pdf`]);
  });

  it('retries a PDF that stops before its end marker, then rejects it as incomplete', async () => {
    const cut = pdf('cut off').subarray(0, 30);
    writeFileSync(inbox('post', 'cut.pdf'), cut);
    const w = watcher();
    await w.scan();
    for (let attempt = 1; attempt < 3; attempt++) {
      later();
      expect(await w.scan()).toBe(0);
      expect(existsSync(inbox('post', 'cut.pdf'))).toBe(true);
    }
    later(SETTLE_MS - 1);
    expect(await w.scan()).toBe(0);
    later(1);
    expect(await w.scan()).toBe(1);

    const [doc] = await documents();
    expect(doc?.status).toBe('rejected');
    expect(doc?.rejectReason).toMatch(/incomplete/);
    expect(doc?.rejectReasonNl).toMatch(/niet compleet/);
    expect(await rt.alerts.listOpen({ kind: ['rejected'] })).toHaveLength(1);
  });

  it('takes in a PDF whose end arrives while it waits', async () => {
    const whole = pdf('finished late');
    writeFileSync(inbox('post', 'late.pdf'), whole.subarray(0, 30));
    const w = watcher();
    await w.scan();
    later();
    expect(await w.scan()).toBe(0);
    appendFileSync(inbox('post', 'late.pdf'), whole.subarray(30));
    await w.scan();
    later();
    expect(await w.scan()).toBe(1);
    const [doc] = await documents();
    expect(doc?.status).toBe('received');
    expect(await original(doc)).toEqual(whole);
  });
});

describe("an older version's inbox/.processed folder", () => {
  it('is folded in: copies of stored originals removed, a too-large file set aside, anything unknown left', async () => {
    writeFileSync(inbox('post', 'scan.pdf'), pdf('stored'));
    writeFileSync(inbox('desk', 'big.pdf'), Buffer.concat([pdf('big'), Buffer.alloc(8000, 0x20)]));
    const w = watcher({ maxBytes: 4096 });
    await w.scan();
    later();
    expect(await w.scan()).toBe(2);
    const docs = await documents();
    const stored = docs.find((d) => d.status === 'received');
    const big = docs.find((d) => d.status === 'rejected');
    // What an older version left behind: the taken-in files under `<id>-<name>`, and a stranger.
    rmSync(join(rt.paths.rejected, `${big?.id}.pdf`));
    const day = join(rt.paths.processed, '2026-01-05');
    mkdirSync(join(day, 'post'), { recursive: true });
    mkdirSync(join(day, 'desk'), { recursive: true });
    writeFileSync(join(day, 'post', `${stored?.id}-scan.pdf`), pdf('stored'));
    writeFileSync(join(day, 'desk', `${big?.id}-big.pdf`), Buffer.concat([pdf('big'), Buffer.alloc(8000, 0x20)]));
    writeFileSync(join(day, 'post', 'unknown.pdf'), pdf('no document'));

    const o = { processed: rt.paths.processed, rejected: rt.paths.rejected, ledger: rt.ledger, objects: rt.objects };
    expect(await foldLegacyProcessed(o, { dryRun: true })).toEqual({ removed: 1, setAside: 1, left: 1 });
    expect(filesUnder(rt.paths.processed)).toHaveLength(6); // three folders, three files
    expect(await foldLegacyProcessed(o)).toEqual({ removed: 1, setAside: 1, left: 1 });
    expect(filesUnder(rt.paths.processed).sort()).toEqual(['2026-01-05', '2026-01-05/post', '2026-01-05/post/unknown.pdf']);
    expect(existsSync(join(rt.paths.rejected, `${big?.id}.pdf`))).toBe(true);
    expect(await foldLegacyProcessed(o)).toEqual({ removed: 0, setAside: 0, left: 1 });
  });
});
