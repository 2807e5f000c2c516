import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { intake } from '../../functions/intake/intake.ts';
import { openRuntime } from '../../local/runtime.ts';
import { Worker } from '../../local/worker.ts';
import { silentLogger } from '../../shared/adapters/local/json-logger.ts';
import { openDatabase } from '../../shared/adapters/local/sqlite-database.ts';
import { SqliteWorkQueue } from '../../shared/adapters/local/sqlite-work-queue.ts';
import { pagesKey } from '../../shared/domain/document.ts';

const run = promisify(execFile);
const directoryPath = 'examples/directory.json';

function clockAt(ms: number) {
  const clock = { t: ms, now: () => new Date(clock.t) };
  return clock;
}

describe('SQLite work queue', () => {
  it('gives a job to one worker at a time and again after its lease runs out', () => {
    const clock = clockAt(1_000_000);
    const queue = new SqliteWorkQueue(openDatabase(':memory:'), clock, { leaseMs: 60_000 });
    queue.send('extract', 'doc-1');
    queue.send('extract', 'doc-1'); // same step, same document: still one job
    const first = queue.lease();
    expect(first).toMatchObject({ step: 'extract', documentId: 'doc-1', attempts: 1 });
    expect(queue.lease()).toBeUndefined();
    clock.t += 60_001;
    expect(queue.lease()).toMatchObject({ documentId: 'doc-1', attempts: 2 });
  });

  it('retries with growing backoff and dead-letters after the last attempt', () => {
    const clock = clockAt(0);
    const queue = new SqliteWorkQueue(openDatabase(':memory:'), clock, { maxAttempts: 3, backoffMs: 1_000 });
    queue.send('route', 'doc-2');
    const outcomes: string[] = [];
    for (let i = 0; i < 3; i++) {
      const job = queue.lease();
      if (!job) throw new Error('expected a job');
      outcomes.push(queue.fail(job, 'boom'));
      expect(queue.lease()).toBeUndefined(); // not before the backoff
      clock.t += 10_000;
    }
    expect(outcomes).toEqual(['retry', 'retry', 'dead']);
    expect(queue.deadLetters()).toMatchObject([{ documentId: 'doc-2', attempts: 3, lastError: 'boom' }]);
    queue.retryDead(queue.deadLetters()[0]?.id ?? 0);
    expect(queue.lease()).toMatchObject({ documentId: 'doc-2', attempts: 1 });
  });

  it('a job sent while it runs is run once more afterwards', () => {
    const queue = new SqliteWorkQueue(openDatabase(':memory:'), clockAt(0));
    queue.send('receipt', 'doc-3');
    const job = queue.lease();
    queue.send('receipt', 'doc-3');
    if (job) queue.complete(job);
    expect(queue.lease()).toMatchObject({ documentId: 'doc-3' });
  });

  it('survives a worker killed mid-job: the lease expires, the job runs again, no second route or receipt', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'postkamer-crash-'));
    const rt = await openRuntime({ dataDir, directoryPath, logger: silentLogger });
    // A document whose text is already extracted: a payslip of a known client with e-mail.
    const directory = await rt.directory.load();
    const client = directory.clients.find((c) => c.email && c.bsn && c.consultants.inkomen);
    if (!client?.bsn) throw new Error('example directory needs a client with e-mail, BSN and inkomen consultant');
    const text = `Loonstrook oktober 2026\nWerkgever: Bakkerij Het Korenveld BV\nBSN: ${client.bsn}\nBruto loon 1.850,00\nLoonheffing 120,00\nNetto loon 1.620,00`;
    const { document } = await intake(rt.intakeDeps, {
      bytes: new TextEncoder().encode('%PDF-1.4 crash test'),
      filename: 'loonstrook.pdf',
      channel: 'post',
      source: 'test',
    });
    await rt.objects.put(
      pagesKey(document.id),
      new TextEncoder().encode(JSON.stringify([{ page: 1, text, source: 'text-layer' }])),
      'application/json',
    );
    await rt.ledger.update(document.id, { status: 'separated', pageCount: 1 }, { type: 'separated' }, ['received']);
    rt.db.prepare(`UPDATE jobs SET status = 'done' WHERE step = 'extract'`).run();
    await rt.queue.send('route', document.id);

    // Two crashes: one right after routing, one right after the receipt was written.
    for (const step of ['route', 'receipt']) {
      const child = run(process.execPath, ['--import', 'tsx', 'test/helpers/crash-worker.ts', dataDir, directoryPath, step]).catch(
        (e) => e,
      );
      const result = await child;
      expect(result.signal ?? result.code, String(result.stderr ?? result.stdout)).toBe('SIGKILL');
      // The job is still leased by the dead worker; let its lease run out.
      rt.db.prepare('UPDATE jobs SET lease_until = 0 WHERE lease_until IS NOT NULL').run();
    }
    await new Worker(rt, 1, 10).drain();

    const events = (await rt.ledger.listEvents(document.id)).map((e) => e.type);
    expect(events.filter((t) => t === 'routed')).toHaveLength(1);
    expect(events.filter((t) => t === 'receipt.sent').length).toBeLessThanOrEqual(1);
    expect(readdirSync(rt.paths.outbox).filter((f) => f.endsWith('.eml'))).toHaveLength(1);
    expect(await rt.ledger.getDocument(document.id)).toMatchObject({ status: 'routed', clientNumber: client.clientNumber });
    await rt.close();
  }, 60_000);
});
