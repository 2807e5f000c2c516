import { type ChildProcessWithoutNullStreams, execFile, spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { promisify } from 'node:util';
import sharp from 'sharp';
import { OCR_LANGUAGES, OCR_OTHER_LANGUAGES, type OcrEngine, type OcrPage, type OcrResult, type Orientation } from './ocr-engine.ts';

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
 * The Debian `tesseract` binary, one process per page, or per batch of pages (`recognizeMany`: the
 * Dutch and English models, ~0.2 s of CPU, load once per batch instead of once per page).
 * OMP_THREAD_LIMIT=1 because its OpenMP threads fight each other (2–4× slower on small machines);
 * pages run in parallel instead, at most one process per core (more only share the cores).
 * Tesseract loads its models before it reads stdin, so one process is always started ahead: the
 * next page's models load while this one is being prepared, off the critical path.
 */
export class NativeTesseract implements OcrEngine {
  readonly name = 'tesseract-native';
  private running = 0;
  private readonly waiting: (() => void)[] = [];
  /** A started process waiting for its input (models loading or loaded); unreferenced while it waits. */
  private spare: ChildProcessWithoutNullStreams | undefined;
  private closed = false;
  private hasOsd: Promise<boolean> | undefined;
  private installed: Promise<string[]> | undefined;

  constructor(
    private readonly binary = 'tesseract',
    private readonly maxProcesses = availableParallelism(),
  ) {}

  async recognize(png: Buffer, signal?: AbortSignal, languages?: readonly string[]): Promise<OcrResult> {
    const other = languages && languages.join('+') !== OCR_LANGUAGES.join('+');
    return parseTsv(await this.tsv([png], signal, other ? ocrArgs(languages) : undefined));
  }

  /** The installed models of `OCR_OTHER_LANGUAGES` (Debian tesseract-ocr-tur, -pol, -ukr, -ara). */
  otherLanguages(): Promise<string[]> {
    this.installed ??= nativeTesseractLanguages(this.binary);
    const wanted = new Set(Object.values(OCR_OTHER_LANGUAGES));
    return this.installed.then((langs) => langs.filter((l) => wanted.has(l)));
  }

  /** Several pages in one process, sent as one multi-page TIFF on stdin (nothing written to disk). */
  async recognizeMany(pages: readonly OcrPage[], signal?: AbortSignal): Promise<OcrResult[]> {
    if (pages.length === 0) return [];
    const tsv = await this.tsv(tiffPages(pages, signal), signal);
    // Column 2 of every row is the page number (1-based) within the TIFF.
    const [header = '', ...rows] = tsv.split('\n');
    const byPage = pages.map(() => [header]);
    for (const row of rows) byPage[Number(row.split('\t', 2)[1]) - 1]?.push(row);
    return byPage.map((lines) => parseTsv(lines.join('\n')));
  }

  /** Tesseract's orientation and script detection (`--psm 0`, the `osd` model: part of Debian's tesseract-ocr). */
  async orientation(png: Buffer, signal?: AbortSignal): Promise<Orientation | undefined> {
    this.hasOsd ??= nativeTesseractLanguages(this.binary).then((langs) => langs.includes('osd'));
    if (!(await this.hasOsd)) return undefined;
    // A page with too little text makes tesseract exit with an error: no orientation then.
    const out = await this.tsv([png], signal, ORIENTATION_ARGS).catch((error: unknown) => {
      signal?.throwIfAborted();
      return error instanceof Error && error.message.startsWith('tesseract exited') ? '' : Promise.reject(error);
    });
    const rotate = Number(/^Rotate:\s*(\d+)/m.exec(out)?.[1]);
    const confidence = Number(/^Orientation confidence:\s*([\d.]+)/m.exec(out)?.[1]);
    if (!(rotate === 0 || rotate === 90 || rotate === 180 || rotate === 270) || Number.isNaN(confidence)) return undefined;
    const script = /^Script:\s*(\S+)/m.exec(out)?.[1];
    const scriptConfidence = Number(/^Script confidence:\s*([\d.]+)/m.exec(out)?.[1]);
    return { rotate, confidence, ...(script && !Number.isNaN(scriptConfidence) ? { script, scriptConfidence } : {}) };
  }

  async close(): Promise<void> {
    this.closed = true;
    this.spare?.kill('SIGKILL');
    this.spare = undefined;
  }

  /** The process started ahead when it is still alive, else a new one; then starts the next one ahead. */
  private take(): ChildProcessWithoutNullStreams {
    let child = this.spare;
    this.spare = undefined;
    if (child && child.exitCode === null && child.signalCode === null) holdsProcessOpen(child, true);
    else child = this.start();
    if (!this.closed) {
      const spare = this.start();
      // An unused spare must not keep the process alive; it exits by itself when our end of its stdin closes.
      holdsProcessOpen(spare, false);
      const gone = () => {
        if (this.spare === spare) this.spare = undefined;
      };
      spare.on('error', gone).on('exit', gone);
      spare.stdin.on('error', () => {});
      this.spare = spare;
    }
    return child;
  }

  private start(args = OCR_ARGS): ChildProcessWithoutNullStreams {
    return spawn(this.binary, args, { env: { ...process.env, OMP_THREAD_LIMIT: '1' }, stdio: ['pipe', 'pipe', 'pipe'] });
  }

  /**
   * Runs tesseract on `input` (a PNG, or TIFF parts) once a process slot is free: TSV output of
   * the OCR run (in the process started ahead), or of a run with other `args`.
   */
  private async tsv(input: Iterable<Buffer> | AsyncIterable<Buffer>, signal?: AbortSignal, args?: string[]): Promise<string> {
    signal?.throwIfAborted();
    await this.slot(signal);
    try {
      return await this.spawn(input, signal, args);
    } finally {
      this.running--;
      this.waiting.shift()?.();
    }
  }

  private slot(signal?: AbortSignal): Promise<void> {
    if (this.running < this.maxProcesses) {
      this.running++;
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => {
      const go = () => {
        signal?.removeEventListener('abort', onAbort);
        this.running++;
        resolve();
      };
      const onAbort = () => {
        const at = this.waiting.indexOf(go);
        if (at >= 0) this.waiting.splice(at, 1);
        reject(signal?.reason);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.waiting.push(go);
    });
  }

  private spawn(input: Iterable<Buffer> | AsyncIterable<Buffer>, signal?: AbortSignal, args?: string[]): Promise<string> {
    signal?.throwIfAborted();
    return new Promise((resolve, reject) => {
      const child = args ? this.start(args) : this.take();
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
        resolve(Buffer.concat(out).toString('utf8'));
      });
      // Written part by part, waiting for the pipe: a batch never needs all its pixels in memory.
      void (async () => {
        for await (const part of input) {
          if (child.stdin.destroyed) return;
          if (!child.stdin.write(part)) await drained(child.stdin);
        }
        child.stdin.end();
      })().catch((e: unknown) => {
        child.kill('SIGKILL');
        reject(e);
      });
    });
  }
}

// TSV output gives words with confidences; the text is rebuilt from it, so one run gives both.
const ocrArgs = (languages: readonly string[]) => ['stdin', 'stdout', '-l', languages.join('+'), '--psm', '3', 'tsv'];
const OCR_ARGS = ocrArgs(OCR_LANGUAGES);
const ORIENTATION_ARGS = ['stdin', 'stdout', '--psm', '0'];

/** Whether a child process (and its pipes) keeps the event loop alive. */
function holdsProcessOpen(child: ChildProcessWithoutNullStreams, on: boolean): void {
  for (const handle of [child, child.stdin, child.stdout, child.stderr] as unknown as { ref?(): void; unref?(): void }[])
    if (on) handle.ref?.();
    else handle.unref?.();
}

/** Resolves when a pipe that refused a write can take more, or has closed (tesseract exited). */
function drained(stream: NodeJS.WritableStream): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      stream.off('drain', done);
      stream.off('close', done);
      resolve();
    };
    stream.on('drain', done);
    stream.on('close', done);
  });
}

/**
 * Pages as one uncompressed 8-bit greyscale multi-page TIFF (which tesseract reads from stdin page
 * by page), produced one page at a time: each page's IFD points at the next one's offset, which is
 * known once this page's size is.
 */
async function* tiffPages(pages: readonly OcrPage[], signal?: AbortSignal): AsyncGenerator<Buffer> {
  const header = Buffer.alloc(8);
  header.write('II', 0, 'latin1');
  header.writeUInt16LE(42, 2);
  header.writeUInt32LE(8, 4);
  yield header;
  let offset = 8;
  const ENTRIES = 12;
  const ifdSize = 2 + ENTRIES * 12 + 4;
  for (const [i, page] of pages.entries()) {
    signal?.throwIfAborted();
    const { data, info } = await sharp(page.png).greyscale().raw().toBuffer({ resolveWithObject: true });
    const resolution = offset + ifdSize;
    const pixels = resolution + 16;
    const end = pixels + data.length;
    const ifd = Buffer.alloc(ifdSize + 16);
    ifd.writeUInt16LE(ENTRIES, 0);
    let at = 2;
    const entry = (tag: number, type: 3 | 4 | 5, value: number) => {
      ifd.writeUInt16LE(tag, at);
      ifd.writeUInt16LE(type, at + 2);
      ifd.writeUInt32LE(1, at + 4);
      if (type === 3) ifd.writeUInt16LE(value, at + 8);
      else ifd.writeUInt32LE(value, at + 8);
      at += 12;
    };
    entry(256, 4, info.width); // ImageWidth
    entry(257, 4, info.height); // ImageLength
    entry(258, 3, 8); // BitsPerSample
    entry(259, 3, 1); // Compression: none
    entry(262, 3, 1); // PhotometricInterpretation: black is zero
    entry(273, 4, pixels); // StripOffsets
    entry(277, 3, 1); // SamplesPerPixel
    entry(278, 4, info.height); // RowsPerStrip: one strip
    entry(279, 4, data.length); // StripByteCounts
    entry(282, 5, resolution); // XResolution
    entry(283, 5, resolution + 8); // YResolution
    entry(296, 3, 2); // ResolutionUnit: inch
    const next = end + (end % 2); // IFDs start on a word boundary
    ifd.writeUInt32LE(i === pages.length - 1 ? 0 : next, at);
    const dpi = Math.max(1, Math.round(page.dpi));
    ifd.writeUInt32LE(dpi, ifdSize);
    ifd.writeUInt32LE(1, ifdSize + 4);
    ifd.writeUInt32LE(dpi, ifdSize + 8);
    ifd.writeUInt32LE(1, ifdSize + 12);
    yield ifd;
    yield data;
    if (end % 2) yield Buffer.alloc(1);
    offset = next;
  }
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
