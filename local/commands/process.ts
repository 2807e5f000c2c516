import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { SingleBar } from 'cli-progress';
import { type Command, Option } from 'commander';
import { intake } from '../../functions/intake/intake.ts';
import { clockStartingAt } from '../../shared/adapters/clock.ts';
import { CHANNELS, type Channel } from '../../shared/domain/document.ts';
import { STEPS } from '../../shared/domain/pipeline.ts';
import { type DocumentLine, documentLine, unreadableLine } from '../document-line.ts';
import { openRuntime, type Runtime } from '../runtime.ts';
import { Worker } from '../worker.ts';
import { parseInstant } from './instant.ts';

/** `postkamer process <file…>`: the whole pipeline on each file, one JSON line per document. */
export function registerProcess(program: Command) {
  program
    .command('process')
    .description('run the whole pipeline on files (or folders of files) and print the result per document')
    .argument('<files...>', 'scans or PDFs; a folder means every file in it')
    .option('--directory <path>', 'directory JSON (teams, consultants, clients, routing)')
    .option('--data-dir <path>', 'where documents, the database and the outbox are kept')
    .addOption(new Option('--channel <channel>', 'how the documents came in').choices(CHANNELS as string[]).default('post'))
    .option('--at <ISO time>', 'run as of this time: received time, absences, legal terms, ledger, audit and receipts', parseInstant)
    .option('--client <clientNumber>', 'the client chosen at the desk, for every file')
    .option('--json', 'one JSON line per document on stdout')
    .action(async (files: string[], opts: ProcessOptions) => {
      const rt = await openRuntime({
        dataDir: opts.dataDir,
        directoryPath: opts.directory,
        defaultLogLevel: 'warn',
        // Every clock of the run starts at --at: the ledger, the audit trail and the receipts too.
        clock: opts.at ? clockStartingAt(opts.at) : undefined,
      });
      try {
        await rt.directory.load(); // a bad directory is a usage error: fail before touching any file
        const lines = await processFiles(rt, await expand(files), opts);
        for (const line of lines) process.stdout.write(opts.json ? `${JSON.stringify(line)}\n` : humanLine(line));
      } finally {
        await rt.close();
      }
    });
}

interface ProcessOptions {
  directory?: string;
  dataDir?: string;
  channel: Channel;
  at?: Date;
  client?: string;
  json?: boolean;
}

async function expand(paths: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const s = await stat(path).catch(() => undefined);
    if (s?.isDirectory()) {
      const entries = (await readdir(path, { withFileTypes: true })).filter((e) => e.isFile() && !e.name.startsWith('.'));
      files.push(...entries.map((e) => join(path, e.name)).sort());
    } else files.push(path);
  }
  return files;
}

export async function processFiles(
  rt: Runtime,
  files: string[],
  opts: Omit<ProcessOptions, 'json'> & { quiet?: boolean },
): Promise<DocumentLine[]> {
  const progress = opts.quiet ? undefined : createProgress(files.length * STEPS.length);
  const results: ({ file: string; line: DocumentLine } | { file: string; documentId: string; firstId?: string })[] = [];
  // Processing starts with the first file taken in, not after the last one.
  const worker = new Worker(rt);
  const takeIn = async () => {
    for (const file of files) {
      let bytes: Buffer;
      try {
        bytes = await readFile(file);
      } catch (error) {
        results.push({
          file,
          line: unreadableLine(
            file,
            `The file cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}). Check the path and try again.`,
          ),
        });
        continue;
      }
      const result = await intake(rt.intakeDeps, {
        bytes,
        filename: basename(file),
        channel: opts.channel,
        source: 'cli',
        receivedAt: opts.at,
        deskClientNumber: opts.client,
        maxBytes: rt.maxBytes,
      });
      results.push({ file, documentId: result.document.id, firstId: result.status === 'duplicate' ? result.first.id : undefined });
      if (result.status !== 'accepted') progress?.increment(STEPS.length);
      else worker.nudge();
    }
  };
  const takenIn = takeIn();
  // A file that holds several documents brings more steps than the estimate: the total grows with them.
  const stepDone = () => {
    if (progress && progress.getProgress() >= 1) progress.setTotal(progress.getTotal() + 1);
    progress?.increment();
  };
  await worker.drain(stepDone, takenIn);
  await takenIn; // an unexpected intake failure, after what was taken in has been processed
  progress?.stop();

  const lines: DocumentLine[] = [];
  for (const r of results) {
    if ('line' in r) {
      lines.push(r.line);
      continue;
    }
    const doc = await rt.ledger.getDocument(r.documentId);
    const first = r.firstId ? await rt.ledger.getDocument(r.firstId) : undefined;
    if (doc?.status === 'split') {
      // A file of several documents: one line per document, none for the file itself.
      for (const id of doc.childIds ?? []) {
        const part = await rt.ledger.getDocument(id);
        if (part) lines.push(documentLine(r.file, part));
      }
    } else if (doc) lines.push(documentLine(r.file, doc, first));
  }
  return lines;
}

function createProgress(total: number) {
  if (!process.stderr.isTTY || total <= 3) return undefined;
  const bar = new SingleBar({
    stream: process.stderr,
    format: 'processing [{bar}] {percentage}% | {value}/{total} steps | eta {eta_formatted}',
    hideCursor: true,
  });
  bar.start(total, 0);
  return bar;
}

function humanLine(l: DocumentLine): string {
  const who = l.route.consultantId ?? (l.route.team ? `team ${l.route.team}` : '');
  const detail =
    l.status === 'rejected'
      ? l.reason
      : l.status === 'duplicate'
        ? `already received as ${l.duplicateOf?.receiptNumber}`
        : `${l.documentType} (${l.confidence?.toFixed(2)}) client ${l.clientNumber ?? '-'} → ${who}`;
  return `${l.status.padEnd(9)} ${l.receiptNumber ?? '-'}  ${basename(l.file)}: ${detail}\n`;
}
