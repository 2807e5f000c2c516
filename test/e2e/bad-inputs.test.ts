import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../../functions/extract/extract.ts';
import { intake } from '../../functions/intake/intake.ts';
import type { DocumentLine } from '../../local/document-line.ts';
import { openRuntime, type Runtime } from '../../local/runtime.ts';
import { type BadInputCase, generateBadInputs } from '../../scripts/bad-inputs.ts';
import { silentLogger } from '../../shared/adapters/local/json-logger.ts';
import { loadConfig } from '../../shared/config.ts';
import type { PageText } from '../../shared/domain/document.ts';
import { pagesKey } from '../../shared/domain/document.ts';
import { sniffMediaType } from '../../shared/domain/sniff.ts';
import { foldText } from '../../shared/domain/text.ts';

/**
 * Every file of the bad-input corpus through the real pipeline (`postkamer process --json` in a
 * child process, with a 1 MB file limit), then the ledger, the object store and the alerts as
 * the proof: each case is processed (its text read) or rejected with a clear reason, stored,
 * alerted; the whole run stays within bounded time and memory and never crashes.
 */
const root = mkdtempSync(join(tmpdir(), 'postkamer-bad-'));
const inputDir = join(root, 'in');
const dataDir = join(root, 'data');
const cases = await generateBadInputs(inputDir);

const MAX_SECONDS = 75;
const MAX_RSS_MB = 1024;

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  seconds: number;
  peakRssMb: number | undefined;
}

let run: Run;
let lines: DocumentLine[];
let rt: Runtime;

/** Runs the CLI and samples its peak resident memory (VmHWM) while it runs. */
function processCorpus(): Promise<Run> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const child = spawn(process.execPath, ['bin/postkamer.mjs', 'process', inputDir, '--json', '--data-dir', dataDir], {
      env: { ...process.env, MAX_FILE_MB: '1', LOG_LEVEL: 'info', POSTKAMER_DIRECTORY: 'examples/directory.json' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let peakKb: number | undefined;
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    const sample = setInterval(() => {
      try {
        const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1];
        if (hwm) peakKb = Math.max(peakKb ?? 0, Number(hwm));
      } catch {
        // not Linux, or the process just ended
      }
    }, 100);
    const timeout = setTimeout(() => child.kill('SIGKILL'), (MAX_SECONDS + 10) * 1000);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearInterval(sample);
      clearTimeout(timeout);
      resolve({
        code,
        signal,
        stdout,
        stderr,
        seconds: (Date.now() - started) / 1000,
        peakRssMb: peakKb === undefined ? undefined : Math.round(peakKb / 1024),
      });
    });
  });
}

beforeAll(async () => {
  run = await processCorpus();
  lines = run.stdout
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as DocumentLine);
  rt = await openRuntime({ dataDir, directoryPath: 'examples/directory.json', logger: silentLogger });
}, 120_000);

afterAll(async () => {
  await rt?.close();
});

const lineOf = (c: BadInputCase) => lines.find((l) => l.file.endsWith(`/${c.file}`));

describe('the bad-input corpus through `postkamer process`', () => {
  it('has at least 25 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
  });

  it('finishes every file within bounded time and memory, without a crash', () => {
    expect(run.signal, run.stderr.slice(-2000)).toBeNull();
    expect(run.code, run.stderr.slice(-2000)).toBe(0);
    expect(run.seconds).toBeLessThan(MAX_SECONDS);
    if (run.peakRssMb !== undefined) expect(run.peakRssMb).toBeLessThan(MAX_RSS_MB);
    // stderr holds structured log lines only: no stack trace, no uncaught error.
    const strays = run.stderr.split('\n').filter((l) => l.trim() && !l.startsWith('{'));
    expect(strays).toEqual([]);
    expect(lines).toHaveLength(cases.length);
  });

  for (const c of cases) {
    const e = c.expect;
    const title = e.outcome === 'processed' ? `${c.file}: ${c.what} → read` : `${c.file}: ${c.what} → rejected (${e.code})`;
    it(title, async () => {
      const line = lineOf(c);
      expect(line, `no output line for ${c.file}`).toBeDefined();
      if (!line?.documentId) throw new Error(`${c.file} has no document`);
      const doc = await rt.ledger.getDocument(line.documentId);
      if (!doc) throw new Error(`${c.file}: document ${line.documentId} not in the ledger`);
      const bytes = readFileSync(join(inputDir, c.file));
      const fingerprint = createHash('sha256').update(bytes).digest('hex');
      expect(doc.fingerprint).toBe(fingerprint);
      const events = await rt.ledger.listEvents(doc.id);

      if (e.outcome === 'processed') {
        expect(['routed', 'triage'], `${c.file} ended as ${line.status}: ${line.reason ?? ''}`).toContain(line.status);
        const pages = JSON.parse(new TextDecoder().decode(await rt.objects.get(pagesKey(doc.id)))) as PageText[];
        const text = foldText(pages.map((p) => p.text).join('\n'));
        expect(
          e.words.filter((w) => !text.includes(w)),
          `text read:\n${text}`,
        ).toEqual([]);
        if (e.pages !== undefined) expect(pages).toHaveLength(e.pages);
        if (e.blankPages !== undefined) expect(pages.filter((p) => p.blank)).toHaveLength(e.blankPages);
        if (e.rotated) expect(pages.some((p) => p.rotation === 180)).toBe(true);
      } else {
        expect(line.status).toBe('rejected');
        expect(line.reason).toMatch(new RegExp(e.reason));
        // The code: recorded with an extraction's rejection; for intake's, what the sniffer says of the bytes.
        const rejectedEvent = events.find((ev) => ev.type === 'rejected');
        expect(rejectedEvent).toBeDefined();
        if (e.code.startsWith('extract.')) expect(rejectedEvent?.data.code).toBe(e.code);
        if (e.code.startsWith('sniff.')) expect(sniffMediaType(bytes, c.file).code).toBe(e.code);
        const alert = await rt.alerts.findByKey(`rejected:${doc.id}`);
        expect(alert, `no alert for ${c.file}`).toMatchObject({ kind: 'rejected', documentId: doc.id });
      }

      // Where the bytes were accepted they are kept unchanged; a file over the limit is not kept.
      const stored = e.outcome === 'processed' || e.stored;
      if (stored) {
        const kept = await rt.objects.get(doc.objectKey);
        expect(createHash('sha256').update(kept).digest('hex')).toBe(fingerprint);
      } else expect(doc.objectKey).toBe('');
    });
  }
});

describe('limits stop expensive inputs before any work', () => {
  it('rejects a 3,000-page PDF and a decompression bomb in seconds, without OCR', async () => {
    const config = loadConfig({ ...process.env, POSTKAMER_DATA_DIR: join(root, 'limits') });
    const limits = await openRuntime({ config, directoryPath: 'examples/directory.json', logger: silentLogger });
    try {
      for (const file of ['09-3000-pages.pdf', '11-bomb.png', '12-bomb-image.pdf']) {
        const { document } = await intake(limits.intakeDeps, {
          bytes: readFileSync(join(inputDir, file)),
          filename: file,
          channel: 'post',
          source: 'test',
        });
        const started = Date.now();
        await extract(limits.extractDeps, document.id);
        expect(Date.now() - started, file).toBeLessThan(5_000);
        const events = await limits.ledger.listEvents(document.id);
        expect(events.map((ev) => ev.type)).toEqual(['received', 'rejected']);
        expect(await limits.objects.exists(pagesKey(document.id))).toBe(false);
      }
    } finally {
      await limits.close();
    }
  });
});
