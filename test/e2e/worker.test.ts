import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { intake } from '../../functions/intake/intake.ts';
import { openRuntime, type Runtime } from '../../local/runtime.ts';
import { Worker } from '../../local/worker.ts';
import { silentLogger } from '../../shared/adapters/local/json-logger.ts';
import type { ExtractionResult, TextExtractor } from '../../shared/ports.ts';

const directoryPath = 'examples/directory.json';
const PAYSLIP = 'Salarisstrook maart 2026\nKlantnummer K-100234\nBrutoloon € 2.134,50\nLoonheffing € 212,10\nNettoloon € 1.824,40';

let rt: Runtime | undefined;
afterEach(async () => {
  await rt?.close();
  rt = undefined;
});

async function runtime() {
  rt = await openRuntime({ dataDir: mkdtempSync(join(tmpdir(), 'postkamer-worker-')), directoryPath, logger: silentLogger });
  return rt;
}

/** A text extractor (the port) that answers only once `n` extractions run at the same time. */
function barrierExtractor(n: number): TextExtractor & { peak: number } {
  let running = 0;
  const waiting: (() => void)[] = [];
  const extractor = {
    peak: 0,
    async extract(): Promise<ExtractionResult> {
      running++;
      extractor.peak = Math.max(extractor.peak, running);
      if (running >= n) for (const go of waiting.splice(0)) go();
      else await new Promise<void>((r) => waiting.push(r));
      running--;
      return { mediaType: 'application/pdf', pages: [{ page: 1, text: PAYSLIP, source: 'text-layer' }], engine: 'test' };
    },
  };
  return extractor;
}

const takeIn = (r: Runtime, i: number) =>
  intake(r.intakeDeps, {
    bytes: Buffer.from(`%PDF-1.4\n% document ${i}\n`),
    filename: `scan-${i}.pdf`,
    channel: 'post',
    source: 'test',
    maxBytes: r.maxBytes,
  });

describe('Worker', () => {
  it('wakes every idle loop on a nudge, so documents taken in together are read side by side', async () => {
    const r = await runtime();
    const extractor = barrierExtractor(3);
    r.extractDeps.extractor = extractor;
    // A poll far beyond the test's timeout: only the nudge can wake the loops.
    const worker = new Worker(r, 3, 600_000);
    worker.start();
    await new Promise((resolve) => setTimeout(resolve, 50)); // the loops found nothing and sleep
    const ids = [];
    for (let i = 0; i < 3; i++) ids.push((await takeIn(r, i)).document.id);
    worker.nudge();
    while (r.queue.pending() > 0) await new Promise((resolve) => setTimeout(resolve, 20));
    await worker.stop();
    expect(extractor.peak).toBe(3);
    for (const id of ids) expect((await r.ledger.getDocument(id))?.status).toBe('routed');
  }, 20_000);

  it('drains until the files still being taken in are processed too', async () => {
    const r = await runtime();
    r.extractDeps.extractor = barrierExtractor(1);
    const ids: string[] = [];
    const input = (async () => {
      ids.push((await takeIn(r, 1)).document.id);
      await new Promise((resolve) => setTimeout(resolve, 300));
      ids.push((await takeIn(r, 2)).document.id); // after the first is done: the loops are idle by now
    })();
    await new Worker(r, 2, 600_000).drain(undefined, input);
    expect(ids).toHaveLength(2);
    for (const id of ids) {
      const doc = await r.ledger.getDocument(id);
      expect(doc?.status).toBe('routed');
      expect(doc?.receipt?.sentAt).toBeTruthy();
    }
  }, 20_000);
});
