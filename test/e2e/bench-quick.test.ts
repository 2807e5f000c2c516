import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

/** The nine targets of `npm run bench` (scripts/bench.ts, README "Performance"). */
const TARGETS = {
  ocrOverheadRatio: '<= 1.1',
  parallelEfficiency: '>= 0.85',
  bornDigitalPagesPerSecond: '>= 50',
  classifyRoutePerSecond: '>= 5000',
  peakRssMb300Pages: '<= 400',
  scalingExponent: '<= 1.05',
  surgeSeconds: '<= 360',
  splitStackRatio: '<= 1.1',
  mailMessagesPerSecond: '>= 20',
};

/**
 * The rates are checked in CPU time, not wall-clock time. On a shared machine other jobs take
 * wall-clock time from the benchmark without bound: on the 2-core VM this was tuned on, other test
 * runs, type checks and a browser pushed the load average to 4–40, and the wall-clock rates of
 * quick runs fell to 0.2–1.3 of their targets (README, same VM when quiet: 6,194–6,400 decisions
 * and 72–88 pages per second). The CPU time a piece of work needs grows only with contention for
 * caches and cores: over 37 runs, 2,450–5,210 decisions per CPU second and 26–48 ms of CPU per
 * born-digital page. So:
 * - classify + identify + route runs on one core: its decisions per CPU second are held against
 *   its target;
 * - born-digital runs one worker per core: at the target a page may cost at most cores ÷ 50 CPU
 *   seconds (40 ms on 2 cores), so its pages per CPU second × cores are held against its target
 *   (42–77 in those runs).
 * Each must reach its CI_MARGIN of its target: about four fifths of what the slowest of those
 * runs reached (0.49 and 0.85 of the targets), as contention on a busy machine costs up to half the
 * CPU rate. The wall-clock figures themselves are for `npm run bench` on a quiet machine.
 */
// classify + identify + route: 0.35. Issue 16's multilingual lexicon, larger model and identification
// that weighs every clue made it ~3× slower (≈ 1,850–2,150 decisions per CPU second on this VM, was
// 2,450–5,210); work done once per word won most of it back with identical decisions (≈ 4,400 per
// CPU second at load 3–4, README, Performance). 1,750 leaves room for the worst contention seen
// (0.47 of the quiet rate over 37 runs) and fails a fall below two fifths of today's rate.
const CI_MARGIN = { classifyRoutePerSecond: 0.35, bornDigitalPagesPerSecond: 0.6 };
/**
 * The scaling exponent is a ratio of runs measured side by side, so no margin of the kind above.
 * It is checked in CPU time (`details.scaling.cpuExponent`, the median of three rounds per size),
 * which 25 of those runs put at 0.86–1.09 (README, full sizes on a quiet machine: 0.95–0.98); the
 * wall-clock one moved from 0.66 to 1.15 under the same load. At the quick sizes (10, 20 and 40
 * documents, 0.2–0.8 CPU seconds per run) that noise is a few hundredths, so the target plus
 * SCALING_TOLERANCE is allowed: twice the documents may cost 2.3 times the CPU, not 2.07 times.
 * A cost per document that grows with the number of documents goes past it (2 ms more per
 * document already taken in: 1.5).
 */
const SCALING_TOLERANCE = 0.15;

/**
 * Keeps `npm run bench` working, and fast: its quick mode on the sections that need no OCR engine
 * (the OCR sections take minutes and are run by hand: `npm run bench -- --quick`), checked against
 * the targets those sections measure.
 */
describe('npm run bench -- --quick', () => {
  it('prints one JSON object as its last line, with every metric and target, and meets the targets it measures', async () => {
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
    expect(Object.fromEntries(Object.entries(result.targets as Record<string, { target: string }>).map(([k, v]) => [k, v.target]))).toEqual(
      TARGETS,
    );
    // Measured: a verdict; not measured (another section): none.
    for (const metric of ['classifyRoutePerSecond', 'bornDigitalPagesPerSecond', 'scalingExponent'])
      expect(typeof result.targets[metric].met, metric).toBe('boolean');
    for (const metric of [
      'ocrOverheadRatio',
      'parallelEfficiency',
      'peakRssMb300Pages',
      'surgeSeconds',
      'splitStackRatio',
      'mailMessagesPerSecond',
    ])
      expect(result.targets[metric].met, metric).toBeNull();

    const target = (metric: keyof typeof TARGETS) => Number(TARGETS[metric].split(' ')[1]);
    const { classifyRoute, bornDigital, scaling } = result.details;
    const context = `${JSON.stringify({ classifyRoute, bornDigital, scaling })}; load average ${result.machine.loadAverageStart.join(' ')} → ${result.machine.loadAverageEnd.join(' ')}`;
    // Soft: one run shows every figure that misses, not only the first.
    expect
      .soft(classifyRoute.decided / classifyRoute.cpuSeconds, `classify + identify + route per CPU second: ${context}`)
      .toBeGreaterThanOrEqual(CI_MARGIN.classifyRoutePerSecond * target('classifyRoutePerSecond'));
    expect
      .soft(
        (bornDigital.pages / bornDigital.cpuSeconds) * result.machine.cores,
        `born-digital pages per CPU second × ${result.machine.cores} cores: ${context}`,
      )
      .toBeGreaterThanOrEqual(CI_MARGIN.bornDigitalPagesPerSecond * target('bornDigitalPagesPerSecond'));
    expect
      .soft(scaling.cpuExponent, `scaling exponent in CPU time: ${context}`)
      .toBeLessThanOrEqual(Math.round((target('scalingExponent') + SCALING_TOLERANCE) * 100) / 100);
    expect(classifyRoute.decided).toBeGreaterThanOrEqual(classifyRoute.texts);
    expect(bornDigital.documents).toBe(result.params.bornDigitalDocs);
    expect(bornDigital.rejected).toBe(0);
    expect(Object.keys(scaling.cpuSeconds).map(Number)).toEqual(result.params.scalingSizes);
    for (const metric of ['classifyRoutePerSecond', 'bornDigitalPagesPerSecond', 'scalingExponent'])
      expect(Number.isFinite(result[metric]), metric).toBe(true);

    expect(existsSync(join(reports, 'bench.json')) && existsSync(join(reports, 'bench.md'))).toBe(true);
  }, 180_000);
});
