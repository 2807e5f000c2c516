import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { intake } from '../../functions/intake/intake.ts';
import { openRuntime, type Runtime } from '../../local/runtime.ts';
import { silentLogger } from '../../shared/adapters/local/json-logger.ts';

const directoryPath = 'examples/directory.json';
const opened: Runtime[] = [];
afterEach(async () => {
  for (const rt of opened.splice(0)) await rt.close();
});

const takeIn = (rt: Runtime, bytes: Buffer, filename: string) =>
  intake(rt.intakeDeps, { bytes, filename, channel: 'post', source: 'test', maxBytes: rt.maxBytes });

describe('intake of the same bytes twice at the same instant', () => {
  it('accepts one and records the other as its duplicate, also from two processes sharing the database', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'postkamer-intake-'));
    // Two runtimes on one data directory: what `serve` and a `process` run in another terminal are.
    for (let i = 0; i < 2; i++) opened.push(await openRuntime({ dataDir, directoryPath, logger: silentLogger }));
    const [a, b] = opened as [Runtime, Runtime];
    const bytes = Buffer.from('%PDF-1.4\n% the same letter, scanned at the desk and posted\n');
    // Both look the bytes up before either has written them: the ledger's write decides.
    const results = await Promise.all([takeIn(a, bytes, 'desk.pdf'), takeIn(b, bytes, 'post.pdf')]);
    const statuses = results.map((r) => r.status).sort();
    expect(statuses).toEqual(['accepted', 'duplicate']);
    const accepted = results.find((r) => r.status === 'accepted');
    const duplicate = results.find((r) => r.status === 'duplicate');
    expect(duplicate?.document.duplicateOf).toBe(accepted?.document.id);
    expect(duplicate?.document.receiptNumber).toBe(accepted?.document.receiptNumber);
    expect(a.queue.pending()).toBe(1); // one extract job, for the accepted one
    expect((await a.ledger.listEvents(duplicate?.document.id as string)).map((e) => e.type)).toEqual(['duplicate']);
  });
});
