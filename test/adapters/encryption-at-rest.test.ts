import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { intake } from '../../functions/intake/intake.ts';
import { rotateKeys } from '../../local/commands/keys.ts';
import { openRuntime, type Runtime } from '../../local/runtime.ts';
import { textPdf } from '../../scripts/lib/render-page.ts';
import { FileObjectStore } from '../../shared/adapters/local/file-object-store.ts';
import { silentLogger } from '../../shared/adapters/local/json-logger.ts';
import { JsonlCorrectionStore, readCorrections } from '../../shared/adapters/local/jsonl-correction-store.ts';
import { openKeyRing, readKeyRing } from '../../shared/adapters/local/key-ring.ts';
import { openDatabase } from '../../shared/adapters/local/sqlite-database.ts';
import { loadConfig } from '../../shared/config.ts';
import { readSealed } from '../helpers/sealed-data.ts';

/**
 * Encryption at rest of the embedded data dir, against real files and a real SQLite database:
 * nothing personal readable on disk, tampering and a wrong key refused with a clear error, data
 * from before encryption still read, and rotation to a new key.
 */
const run = promisify(execFile);
const root = mkdtempSync(join(tmpdir(), 'postkamer-at-rest-'));
const now = new Date('2026-11-25T10:00:00Z');
const BSN = '999931829'; // Jan de Vries, K-100101, in examples/directory.json
const PHRASE = 'Loonstrook oktober van Jan de Vries';
const text = new TextEncoder().encode(`${PHRASE}, BSN ${BSN}`);

const cli = (...args: string[]) =>
  run(process.execPath, ['bin/postkamer.mjs', ...args], { env: { ...process.env, LOG_LEVEL: 'silent' } }).then(
    (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );

/** Every file under a folder, recursively. */
const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));

const holds = (file: string, needle: string) => readFileSync(file).includes(Buffer.from(needle));

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('FileObjectStore, sealed', () => {
  const dir = join(root, 'store');
  const { ring } = openKeyRing(join(dir, 'keys', 'postkamer.key'), now);
  const store = new FileObjectStore(join(dir, 'objects'), ring);

  it('makes the key file on first use: mode 600 in a folder of mode 700', () => {
    expect(statSync(ring.file).mode & 0o777).toBe(0o600);
    expect(statSync(join(dir, 'keys')).mode & 0o777).toBe(0o700);
    expect(openKeyRing(ring.file, now).created).toBe(false);
    // A second process starting at the same moment keeps the first one's key, never its own.
    expect(ring.withNewKey(now).saveNew()).toBe(false);
    expect(readKeyRing(ring.file).keys.map((k) => k.id)).toEqual([ring.currentId]);
  });

  it('keeps no plaintext on disk, addresses originals by the plaintext SHA-256, and reads them back', async () => {
    const stored = await store.putOriginal(text);
    expect(stored.sha256).toBe(createHash('sha256').update(text).digest('hex'));
    expect(stored.key.endsWith(stored.sha256)).toBe(true);
    const file = store.path(stored.key);
    expect(holds(file, BSN)).toBe(false);
    expect(holds(file, 'Jan de Vries')).toBe(false);
    expect(Buffer.from(await store.get(stored.key))).toEqual(Buffer.from(text));
    await store.put('pages/doc-1.json', new TextEncoder().encode(JSON.stringify([{ text: PHRASE }])), 'application/json');
    expect(holds(store.path('pages/doc-1.json'), 'Jan de Vries')).toBe(false);
    expect(await store.sealedWith(stored.key)).toBe(ring.currentId);
  });

  it('refuses an altered object with a clear error', async () => {
    await store.put('tamper/one', text, 'text/plain');
    const file = store.path('tamper/one');
    const bytes = readFileSync(file);
    bytes[bytes.length - 20] = (bytes[bytes.length - 20] ?? 0) ^ 1;
    writeFileSync(file, bytes);
    await expect(store.get('tamper/one')).rejects.toThrow(/object tamper\/one does not authenticate: it was altered or damaged on disk/);
  });

  it('refuses an object sealed with a key the key file lacks, naming the key file', async () => {
    const other = openKeyRing(join(root, 'other', 'postkamer.key'), now).ring;
    const stranger = new FileObjectStore(join(dir, 'objects'), other);
    await expect(stranger.get('pages/doc-1.json')).rejects.toThrow(
      new RegExp(`sealed with key ${ring.currentId}, which the key file ${other.file} does not hold`),
    );
  });

  it('reads an object written before encryption existed, and seals it on reseal', async () => {
    const legacy = store.path('pages/legacy.json');
    writeFileSync(legacy, '[{"text":"van voor de versleuteling"}]');
    expect(new TextDecoder().decode(await store.get('pages/legacy.json'))).toContain('van voor de versleuteling');
    expect(await store.sealedWith('pages/legacy.json')).toBe('plaintext');
    expect(await store.reseal('pages/legacy.json')).toBe(true);
    expect(holds(legacy, 'versleuteling')).toBe(false);
    expect(new TextDecoder().decode(await store.get('pages/legacy.json'))).toContain('van voor de versleuteling');
    expect(await store.reseal('pages/legacy.json')).toBe(false);
  });

  it('keeps delete working on sealed objects', async () => {
    await store.put('gone/soon', text, 'text/plain');
    await store.delete('gone/soon');
    expect(await store.exists('gone/soon')).toBe(false);
    await store.delete('gone/soon'); // absent: not an error
  });

  it('seals each correction line and reads them back, plaintext lines from before included', async () => {
    const path = join(dir, 'corrections', 'corrections.jsonl');
    mkdirSync(join(dir, 'corrections'));
    writeFileSync(path, `${JSON.stringify({ documentId: 'old', type: 'payslip', text: 'oude regel' })}\n`);
    const record = { documentId: 'doc-1', type: 'payslip', text: PHRASE, clientNumber: 'K-100234', by: 'triage' };
    await new JsonlCorrectionStore(path, ring).append(record as never);
    expect(holds(path, 'Jan de Vries')).toBe(false);
    expect(await readCorrections(path, ring)).toEqual([expect.objectContaining({ documentId: 'old' }), record]);
  });
});

describe('the embedded data dir, encrypted by default', () => {
  const dataDir = join(root, 'live');
  let rt: Runtime;
  let documentId: string;
  let objectKey: string;

  beforeAll(async () => {
    rt = await openRuntime({ dataDir, directoryPath: 'examples/directory.json', logger: silentLogger });
    const pdf = await textPdf([[PHRASE, `Burgerservicenummer ${BSN}`, 'Brutoloon 1.152,00', 'Nettoloon 1.072,41']]);
    const { document } = await intake(rt.intakeDeps, { bytes: pdf, filename: `loonstrook-${BSN}.pdf`, channel: 'desk', source: 'test' });
    documentId = document.id;
    objectKey = document.objectKey;
    for (const step of ['extract', 'split', 'route'] as const) await rt.runStep(step, documentId);
    // What the receipt step hands the outbox: a mail to the client and a letter for one without e-mail.
    await rt.mailer.send({
      to: 'jan.devries@example.com',
      subject: 'Ontvangstbevestiging',
      text: PHRASE,
      idempotencyKey: `receipt:${documentId}`,
    });
    await rt.letters.post({ documentId, pdf: await textPdf([['Jan de Vries', 'Dorpsstraat 62, 1238 LX Voorbeeld']]) });
  }, 60_000);

  afterAll(async () => {
    await rt?.close();
  });

  it('writes no BSN, name or e-mail address in plain to the database, its WAL, the objects or the outbox', async () => {
    const doc = await rt.ledger.getDocument(documentId);
    expect(doc?.clientNumber).toBe('K-100101'); // the pipeline read the BSN, so it was in what it wrote
    expect(existsSync(join(dataDir, 'postkamer.db-wal'))).toBe(true); // still open: recent pages live in the WAL
    const files = filesUnder(dataDir).filter((f) => !f.includes(`${join(dataDir, 'keys')}`));
    expect(files.some((f) => f.includes('outbox'))).toBe(true);
    const leaks = files.flatMap((f) =>
      [BSN, 'Jan de Vries', 'Dorpsstraat', 'jan.devries@example.com', 'K-100101'].filter((n) => holds(f, n)).map((n) => `${n} in ${f}`),
    );
    expect(leaks).toEqual([]);
  });

  it('opens sealed outbox mails with the key ring (what `postkamer keys open` does)', async () => {
    const eml = join(rt.paths.outbox, `receipt_${documentId}.eml`);
    const letter = join(rt.paths.letters, `receipt-${documentId}.pdf`);
    expect(readSealed(dataDir, letter).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(readSealed(dataDir, eml).toString('utf8')).toContain('To: jan.devries@example.com');
    const opened = await cli('keys', 'open', eml, '--data-dir', dataDir);
    expect(opened.code, opened.stderr).toBe(0);
    expect(opened.stdout).toContain('To: jan.devries@example.com');
  }, 30_000);

  it('refuses to start without its key file, naming it, instead of making a new key', async () => {
    const copy = join(root, 'copy-without-key');
    mkdirSync(copy);
    rt.db.pragma('wal_checkpoint(TRUNCATE)');
    writeFileSync(join(copy, 'postkamer.db'), readFileSync(join(dataDir, 'postkamer.db')));
    const keyFile = join(copy, 'keys', 'postkamer.key');
    await expect(openRuntime({ dataDir: copy, directoryPath: 'examples/directory.json', logger: silentLogger })).rejects.toThrow(
      `the key file ${keyFile} does not exist`,
    );
    expect(existsSync(keyFile)).toBe(false);
    const status = await cli('keys', 'status', '--data-dir', copy);
    expect(status.code).not.toBe(0);
    expect(status.stderr).toContain(`the key file ${keyFile} does not exist`);
    expect(status.stderr).not.toMatch(/\n\s+at /); // a sentence, not a stack trace
  });

  it('refuses a key file that does not open the database, naming it', async () => {
    const other = join(root, 'other-ring', 'postkamer.key');
    openKeyRing(other, now);
    await expect(
      openRuntime({
        dataDir,
        directoryPath: 'examples/directory.json',
        logger: silentLogger,
        config: { ...loadConfig(), POSTKAMER_KEY_FILE: other },
      }),
    ).rejects.toThrow(`cannot be opened with any key in the key file ${other}`);
  });

  it('encrypts a database from before encryption in place on first open, keeping its rows', async () => {
    const legacyDir = join(root, 'legacy');
    const plain = openDatabase(join(legacyDir, 'postkamer.db'));
    plain.exec('CREATE TABLE probe (text TEXT)');
    plain.prepare('INSERT INTO probe VALUES (?)').run(`BSN ${BSN}`);
    plain.close();
    expect(holds(join(legacyDir, 'postkamer.db'), BSN)).toBe(true);
    const legacy = await openRuntime({ dataDir: legacyDir, directoryPath: 'examples/directory.json', logger: silentLogger });
    try {
      expect(legacy.db.prepare('SELECT text FROM probe').get()).toEqual({ text: `BSN ${BSN}` });
      legacy.db.pragma('wal_checkpoint(TRUNCATE)');
      expect(holds(join(legacyDir, 'postkamer.db'), BSN)).toBe(false);
    } finally {
      await legacy.close();
    }
  });

  it('rotates to a new key: everything sealed again, the old key then removable, all still readable', async () => {
    const before = rt.keys.currentId;
    await rt.close();
    const plainOriginal = Buffer.from(await new FileObjectStore(rt.paths.objects, readKeyRing(rt.keys.file)).get(objectKey));
    const rotated = await rotateKeys({ dataDir });
    expect(rotated).toMatchObject({ previousKeyId: before, database: 'rekeyed', corrections: 0 });
    expect(rotated.objects.resealed).toBe(rotated.objects.total);
    expect(rotated.outbox.resealed).toBe(rotated.outbox.total);

    const status = JSON.parse((await cli('keys', 'status', '--data-dir', dataDir, '--json')).stdout);
    expect(status).toMatchObject({ current: rotated.keyId, database: rotated.keyId, objects: { [rotated.keyId]: rotated.objects.total } });
    expect(Object.keys(status.objects)).toEqual([rotated.keyId]);

    const retired = await cli('keys', 'retire', before, '--data-dir', dataDir, '--json');
    expect(retired.code, retired.stderr).toBe(0);
    expect(readKeyRing(rt.keys.file).keys.map((k) => k.id)).toEqual([rotated.keyId]);

    rt = await openRuntime({ dataDir, directoryPath: 'examples/directory.json', logger: silentLogger });
    expect(Buffer.from(await rt.objects.get(objectKey))).toEqual(plainOriginal);
    expect((await rt.ledger.getDocument(documentId))?.clientNumber).toBe('K-100101');
  }, 60_000);

  it('refuses to rotate while postkamer has the database open', async () => {
    await expect(rotateKeys({ dataDir })).rejects.toThrow(/is in use: stop postkamer/);
    // Nothing changed: the ring still has one key, and the open runtime reads on.
    expect(readKeyRing(rt.keys.file).keys).toHaveLength(1);
    expect(await rt.ledger.getDocument(documentId)).toBeDefined();
  });
});
