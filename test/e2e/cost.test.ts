import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

/**
 * `npm run cost` end to end on a handful of documents: the real handlers on the local AWS
 * servers, every call counted and priced.
 */
const run = promisify(execFile);

async function cost(...args: string[]) {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', 'scripts/cost.ts', '--json', ...args], {
    timeout: 120_000,
    maxBuffer: 16 * 1024 * 1024,
  });
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '') as {
    run: { documents: number; scanned: number; scannedPages: number; bornDigital: number; textractPages: { sync: number; async: number } };
    perThousand: { item: string; units: number; unitPriceUsd: number; costUsd: number }[];
    functions: Record<string, { invocations: number; memoryMb: number }>;
    totalUsd: number;
  };
}

const line = (r: Awaited<ReturnType<typeof cost>>, item: string) => r.perThousand.find((l) => l.item.startsWith(item));

describe('npm run cost', () => {
  it('counts as many Textract pages as the scans have, and prices every line', async () => {
    const r = await cost('--documents', '5', '--scanned', '0.6');
    expect(r.run.scanned).toBe(3);
    expect(r.run.scannedPages).toBeGreaterThan(r.run.scanned); // multi-page scans take the async path
    expect(r.run.textractPages.sync + r.run.textractPages.async).toBe(r.run.scannedPages);
    expect(line(r, 'Textract pages')?.units).toBeCloseTo((r.run.scannedPages * 1000) / 5);
    for (const l of r.perThousand) expect(l.unitPriceUsd, l.item).toBeGreaterThan(0);
    for (const fn of ['intake', 'extract', 'textractComplete', 'split', 'route', 'receipt', 'sweep'])
      expect(r.functions[fn]?.memoryMb, fn).toBeGreaterThanOrEqual(128);
    expect(line(r, 'DynamoDB write units')?.units).toBeGreaterThan(0);
    expect(line(r, 'SES mails')?.units).toBeGreaterThan(0);
    expect(r.totalUsd).toBeCloseTo(
      r.perThousand.reduce((a, l) => a + l.costUsd, 0),
      9,
    );
  }, 150_000);

  it('costs born-digital PDFs no Textract', async () => {
    const r = await cost('--documents', '3', '--scanned', '0');
    expect(r.run.bornDigital).toBe(3);
    expect(r.run.textractPages).toEqual({ sync: 0, async: 0 });
    expect(line(r, 'Textract pages')).toMatchObject({ units: 0, costUsd: 0 });
    expect(r.functions.textractComplete).toBeUndefined();
  }, 150_000);
});
