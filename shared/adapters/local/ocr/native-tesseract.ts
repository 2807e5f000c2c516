import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import { OCR_LANGUAGES, type OcrEngine, type OcrResult } from './ocr-engine.ts';

const run = promisify(execFile);

/** The languages the installed `tesseract` knows, or [] when it is not installed. */
export async function nativeTesseractLanguages(binary = 'tesseract'): Promise<string[]> {
  try {
    const { stdout } = await run(binary, ['--list-langs'], { timeout: 10_000 });
    // The first line is a header ("List of available languages in ...").
    return stdout
      .split('\n')
      .slice(1)
      .map((l) => l.trim())
      .filter(Boolean);
  } catch {
    return [];
  }
}

/**
 * The Debian `tesseract` binary, one process per page. OMP_THREAD_LIMIT=1 because its OpenMP
 * threads fight each other (2–4× slower on small machines); run pages in parallel instead.
 */
export class NativeTesseract implements OcrEngine {
  readonly name = 'tesseract-native';

  constructor(private readonly binary = 'tesseract') {}

  recognize(png: Buffer, signal?: AbortSignal): Promise<OcrResult> {
    signal?.throwIfAborted();
    return new Promise((resolve, reject) => {
      // TSV output gives words with confidences; the text is rebuilt from it, so one run gives both.
      const child = spawn(this.binary, ['stdin', 'stdout', '-l', OCR_LANGUAGES.join('+'), '--psm', '3', 'tsv'], {
        env: { ...process.env, OMP_THREAD_LIMIT: '1' },
        stdio: ['pipe', 'pipe', 'pipe'],
      });
      const out: Buffer[] = [];
      let err = '';
      const onAbort = () => child.kill('SIGKILL');
      signal?.addEventListener('abort', onAbort, { once: true });
      child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
      child.stderr.on('data', (chunk: Buffer) => {
        if (err.length < 2000) err += chunk.toString();
      });
      // EPIPE when tesseract exits early (bad image): the exit code tells the story.
      child.stdin.on('error', () => {});
      child.on('error', (e) => {
        signal?.removeEventListener('abort', onAbort);
        reject(e);
      });
      child.on('close', (code) => {
        signal?.removeEventListener('abort', onAbort);
        if (signal?.aborted) return reject(signal.reason);
        // Stderr holds tesseract's own diagnostics (never page text): safe to pass on.
        if (code !== 0) return reject(new Error(`tesseract exited with code ${code}: ${err.trim().slice(0, 300)}`));
        resolve(parseTsv(Buffer.concat(out).toString('utf8')));
      });
      child.stdin.end(png);
    });
  }

  async close(): Promise<void> {}
}

/** Rebuilds reading-order text from tesseract TSV: words joined per line, a blank line between paragraphs. */
export function parseTsv(tsv: string): OcrResult {
  const lines: string[] = [];
  const confidences: number[] = [];
  let lineKey = '';
  let paraKey = '';
  let current: string[] = [];
  const flush = () => {
    if (current.length) lines.push(current.join(' '));
    current = [];
  };
  for (const row of tsv.split('\n').slice(1)) {
    const cols = row.split('\t');
    if (cols[0] !== '5' || cols.length < 12) continue;
    const word = cols.slice(11).join('\t').trim();
    if (!word) continue;
    const para = `${cols[2]}.${cols[3]}`;
    const line = `${para}.${cols[4]}`;
    if (line !== lineKey) {
      flush();
      if (paraKey && para !== paraKey) lines.push('');
      lineKey = line;
      paraKey = para;
    }
    current.push(word);
    const conf = Number(cols[10]);
    if (conf >= 0) confidences.push(conf);
  }
  flush();
  const confidence = confidences.length ? confidences.reduce((a, b) => a + b, 0) / confidences.length : 0;
  return { text: lines.join('\n'), confidence: Math.round(confidence * 10) / 10 };
}
