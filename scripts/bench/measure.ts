/**
 * Measuring tools for the benchmark: wall and CPU time (this process plus its finished children,
 * which is where tesseract's time shows up), the bare `tesseract` command, and the embedded
 * runtime opened on a fresh data directory.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { processFiles } from '../../local/commands/process.ts';
import { openRuntime, type Runtime } from '../../local/runtime.ts';
import { OCR_LANGUAGES } from '../../shared/adapters/local/ocr/ocr-engine.ts';
import { loadConfig } from '../../shared/config.ts';

export const CORES = availableParallelism();
const CLOCK_TICKS = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;
  } catch {
    return 100;
  }
})();

/** CPU seconds used so far by this process, and by its children that have exited (Linux). */
export function cpuSeconds(): { self: number; children: number } {
  const usage = process.cpuUsage();
  let children = 0;
  try {
    // Fields after the command name: state is field 3; cutime and cstime are fields 16 and 17.
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    children = (Number(fields[13]) + Number(fields[14])) / CLOCK_TICKS;
  } catch {
    // Not Linux: only this process's own CPU time is known.
  }
  return { self: (usage.user + usage.system) / 1e6, children };
}

export interface Timing {
  seconds: number;
  /** CPU seconds of this process and the child processes it ran (tesseract) during the measurement. */
  cpuSeconds: number;
}

export async function timed<T>(fn: () => Promise<T>): Promise<Timing & { value: T }> {
  const cpu0 = cpuSeconds();
  const t0 = performance.now();
  const value = await fn();
  const seconds = (performance.now() - t0) / 1000;
  const cpu1 = cpuSeconds();
  return { value, seconds, cpuSeconds: cpu1.self - cpu0.self + (cpu1.children - cpu0.children) };
}

export const ocrEnv = () => ({ ...process.env, OMP_THREAD_LIMIT: '1' });

/** Runs a command with the OCR environment, output discarded; rejects unless it exits with 0. */
function runQuietly(command: string, args: string[]): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const child = spawn(command, args, { env: ocrEnv(), stdio: ['ignore', 'ignore', 'ignore'] });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${command} exited with ${code}: ${args.join(' ')}`))));
  });
}

const tesseractArgs = (input: string) => [input, 'stdout', '-l', OCR_LANGUAGES.join('+'), '--psm', '3'];

/** The bare command on each image, `parallel` at a time (like `xargs -P`): same languages, same thread limit. */
export async function bareTesseract(images: string[], parallel = 1): Promise<Timing> {
  let next = 0;
  const lane = async () => {
    while (next < images.length) await runQuietly('tesseract', tesseractArgs(images[next++] as string));
  };
  const { seconds, cpuSeconds } = await timed(() => Promise.all(Array.from({ length: Math.min(parallel, images.length) }, lane)));
  return { seconds, cpuSeconds };
}

/** The bare command once for all `images` (a list file): the language models load once, as in the pipeline's batches. */
export async function bareTesseractList(images: string[]): Promise<Timing> {
  const list = join(mkdtempSync(join(tmpdir(), 'postkamer-bench-list-')), 'pages.txt');
  writeFileSync(list, `${images.join('\n')}\n`);
  return timed(() => runQuietly('tesseract', tesseractArgs(list)));
}

export function tesseractVersion(): string | null {
  const result = spawnSync('tesseract', ['--version'], { encoding: 'utf8' });
  if (result.status !== 0) return null;
  return `${result.stdout}${result.stderr}`.split('\n')[0]?.trim() ?? null;
}

/** `ocrmypdf --version`, or null when it is not installed (the benchmark installs nothing). */
export function ocrmypdfVersion(): string | null {
  const result = spawnSync('ocrmypdf', ['--version'], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : null;
}

/** ocrmypdf on one PDF with the same languages and one job (one core), output discarded. */
export async function ocrmypdf(pdf: string, jobs = 1): Promise<Timing> {
  const out = join(mkdtempSync(join(tmpdir(), 'postkamer-bench-ocrmypdf-')), 'out.pdf');
  return timed(() => runQuietly('ocrmypdf', ['-l', OCR_LANGUAGES.join('+'), '--jobs', String(jobs), '--output-type', 'pdf', pdf, out]));
}

/** The embedded runtime on a fresh data directory, logging silenced; `workers` undefined = the default (one per core). */
export async function benchRuntime(directoryPath: string, workers?: number): Promise<Runtime> {
  const dataDir = mkdtempSync(join(tmpdir(), 'postkamer-bench-'));
  const config = loadConfig({
    ...process.env,
    POSTKAMER_DATA_DIR: dataDir,
    POSTKAMER_DIRECTORY: directoryPath,
    LOG_LEVEL: 'silent',
    ...(workers ? { WORKERS: String(workers) } : { WORKERS: undefined }),
  });
  return openRuntime({ config, dataDir, directoryPath });
}

/** Files through the whole pipeline (intake → extract → route → receipt), as `postkamer process` does. */
export async function pipeline(rt: Runtime, files: string[], at?: Date) {
  return timed(() => processFiles(rt, files, { channel: 'post', quiet: true, at }));
}

export const loadAverage = () => loadavg().map((l) => Math.round(l * 100) / 100);

export const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

export const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/** Least-squares line y = intercept + slope · x. */
export function linearFit(points: { x: number; y: number }[]): { slope: number; intercept: number } {
  const mx = sum(points.map((p) => p.x)) / points.length;
  const my = sum(points.map((p) => p.y)) / points.length;
  let num = 0;
  let den = 0;
  for (const p of points) {
    num += (p.x - mx) * (p.y - my);
    den += (p.x - mx) ** 2;
  }
  const slope = den === 0 ? Number.NaN : num / den;
  return { slope, intercept: my - slope * mx };
}

/** Least-squares slope of log(y) against log(x): 1.0 means y grows linearly with x. */
export function logLogSlope(points: { x: number; y: number }[]): number {
  const xs = points.map((p) => Math.log(p.x));
  const ys = points.map((p) => Math.log(p.y));
  const mx = sum(xs) / xs.length;
  const my = sum(ys) / ys.length;
  let num = 0;
  let den = 0;
  xs.forEach((x, i) => {
    num += (x - mx) * ((ys[i] as number) - my);
    den += (x - mx) ** 2;
  });
  return den === 0 ? Number.NaN : num / den;
}
