import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

/**
 * Keeps `npm run bench` working: its quick mode on the sections that need no OCR engine (the OCR
 * sections take minutes and are run by hand: `npm run bench -- --quick`). Checks the contract, not
 * the speed: CI machines differ.
 */
describe('npm run bench -- --quick', () => {
  it('prints one JSON object as its last line, with every metric and target', async () => {
    const reports = mkdtempSync(join(tmpdir(), 'postkamer-bench-reports-'));
    const { stdout } = await run(
      process.execPath,
      ['--import', 'tsx', 'scripts/bench.ts', '--quick', '--json', '--only', 'classify,born-digital,scaling', '--reports', reports],
      { maxBuffer: 10 * 1024 * 1024, timeout: 170_000 },
    );
    const result = JSON.parse(stdout.trim().split('\n').pop() ?? '{}');
    expect(result.mode).toBe('quick');
    expect(result.ocrEngine).toMatch(/tesseract/);
    for (const metric of [
      'ocrOverheadRatio',
      'ocrmypdfRatio',
      'parallelEfficiency',
      'bornDigitalPagesPerSecond',
      'classifyRoutePerSecond',
      'peakRssMb300Pages',
      'surgeSeconds',
      'scalingExponent',
    ])
      expect(result).toHaveProperty(metric);
    expect(result.bornDigitalPagesPerSecond).toBeGreaterThan(0);
    expect(result.classifyRoutePerSecond).toBeGreaterThan(0);
    expect(Number.isFinite(result.scalingExponent)).toBe(true);
    expect(result.details.bornDigital.rejected).toBe(0);
    expect(Object.keys(result.targets)).toHaveLength(7);
    expect(existsSync(join(reports, 'bench.json')) && existsSync(join(reports, 'bench.md'))).toBe(true);
  }, 180_000);
});
