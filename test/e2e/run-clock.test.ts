import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { openDataDirDatabase } from '../helpers/sealed-data.ts';

const run = promisify(execFile);

/**
 * One clock for a whole run: `process --at` (and `POSTKAMER_NOW` for any command) sets the received
 * time, and the ledger, the audit trail and the receipt follow it, instead of the machine's date.
 * A moment years away from today makes any wall-clock reading stand out.
 */
const AT = '2024-03-05T10:00:00+01:00';
const RUN_MAY_TAKE_MS = 5 * 60_000;

async function processExample(dataDir: string, args: string[], env: Record<string, string> = {}) {
  const { stdout } = await run(
    process.execPath,
    ['bin/postkamer.mjs', 'process', 'examples/scans/bankafschrift-oktober.pdf', '--data-dir', dataDir, ...args, '--json'],
    { env: { ...process.env, POSTKAMER_DIRECTORY: 'examples/directory.json', ...env } },
  );
  return JSON.parse(stdout.trim()) as { documentId: string; status: string };
}

/** Every time the run wrote: the document's received and updated times, its events, its receipt. */
function timesWritten(dataDir: string, documentId: string) {
  const db = openDataDirDatabase(dataDir);
  try {
    const row = db.prepare('SELECT record FROM documents WHERE id = ?').get(documentId) as { record: string };
    const record = JSON.parse(row.record) as { receivedAt: string; updatedAt: string; receipt: { sentAt?: string } | null };
    const events = db.prepare('SELECT type, at FROM events WHERE document_id = ? ORDER BY seq').all(documentId) as {
      type: string;
      at: string;
    }[];
    return { record, events };
  } finally {
    db.close();
  }
}

function expectWithinRunOf(iso: string | undefined, start: string) {
  const t = new Date(iso ?? '').getTime();
  expect(t, iso).toBeGreaterThanOrEqual(new Date(start).getTime());
  expect(t, iso).toBeLessThan(new Date(start).getTime() + RUN_MAY_TAKE_MS);
}

describe('one clock for a run', () => {
  it('process --at: received time, ledger, audit trail and receipt all read the run’s clock', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'postkamer-clock-'));
    const line = await processExample(dataDir, ['--at', AT]);
    expect(line.status).toBe('routed');
    const { record, events } = timesWritten(dataDir, line.documentId);
    expect(new Date(record.receivedAt).getTime()).toBe(new Date(AT).getTime());
    expectWithinRunOf(record.updatedAt, AT);
    expectWithinRunOf(record.receipt?.sentAt, AT);
    expect(events.map((e) => e.type)).toEqual(['received', 'extracted', 'separated', 'routed', 'receipt.sent']);
    for (const e of events) expectWithinRunOf(e.at, AT);
    // The receipt e-mail in the outbox is the one this run sent.
    expect(readdirSync(join(dataDir, 'outbox')).filter((f) => f.startsWith('receipt_'))).toHaveLength(1);
  }, 120_000);

  it('POSTKAMER_NOW sets the same clock for a command without --at', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'postkamer-clock-'));
    const line = await processExample(dataDir, [], { POSTKAMER_NOW: AT });
    const { record, events } = timesWritten(dataDir, line.documentId);
    expectWithinRunOf(record.receivedAt, AT);
    expectWithinRunOf(record.receipt?.sentAt, AT);
    for (const e of events) expectWithinRunOf(e.at, AT);
  }, 120_000);

  it('refuses a POSTKAMER_NOW that is not a moment, naming the setting and what it expects', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'postkamer-clock-'));
    const failure = await processExample(dataDir, [], { POSTKAMER_NOW: 'tomorrow' }).catch(
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure).toMatchObject({ code: 2 });
    expect((failure as { stderr: string }).stderr).toMatch(/POSTKAMER_NOW: expected an ISO date and time with offset.*\(got "tomorrow"\)/);
  }, 60_000);
});
