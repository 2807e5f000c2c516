import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { printBatch } from '../../functions/receipt/print-batch.ts';
import { localDate } from '../../shared/domain/local-date.ts';
import { openRuntime } from '../runtime.ts';

interface PrintBatchOptions {
  day?: string;
  out?: string;
  reprint?: boolean;
  directory?: string;
  dataDir?: string;
  json?: boolean;
}

/**
 * `postkamer letters print-batch [--day YYYY-MM-DD] [--out file]`: the day's receipts posted as
 * letters in one PDF to print duplex, cover sheet first (functions/receipt/print-batch.ts). A
 * letter printed in a batch is not in the next one; `--reprint` prints the day's letters again.
 */
export function registerLetters(program: Command) {
  const letters = program.command('letters').description('receipts posted as letters: the daily print batch');
  letters
    .command('print-batch')
    .description('write one PDF with every letter sent on a day (default today), each on a new sheet, for printing duplex')
    .option('--day <YYYY-MM-DD>', 'the day the letters were sent (default: today in the organisation’s time zone)')
    .option('--out <file>', 'where to write the PDF (default: brieven-<day>.pdf in this folder); it holds names and addresses')
    .option('--reprint', 'include letters already printed in an earlier batch')
    .option('--directory <path>', 'directory JSON')
    .option('--data-dir <path>', 'data directory')
    .option('--json', 'one JSON object on stdout')
    .action(async (opts: PrintBatchOptions) => {
      if (opts.day !== undefined && !isDay(opts.day)) {
        process.stderr.write('postkamer: --day takes a date as YYYY-MM-DD\n');
        process.exitCode = 2;
        return;
      }
      const rt = await openRuntime({ dataDir: opts.dataDir, directoryPath: opts.directory, defaultLogLevel: 'warn' });
      try {
        const deps = rt.receiptDeps;
        const tz = (await deps.directory.load()).organisation.timezone;
        const day = opts.day ?? localDate(deps.clock.now(), tz);
        const batch = await printBatch(deps, { day, reprint: opts.reprint === true, by: 'cli' });
        const out = batch.pdf ? resolve(opts.out ?? `brieven-${day}.pdf`) : null;
        if (out && batch.pdf) await writeFile(out, batch.pdf, { mode: 0o600 });
        const result = { day, file: out, letters: batch.letters.length, sheets: batch.sheets, alreadyBatched: batch.alreadyBatched };
        process.stdout.write(
          opts.json
            ? `${JSON.stringify(result)}\n`
            : out
              ? `${batch.letters.length} letter(s), ${batch.sheets} sheet(s) on ${day}: ${out}\n${batch.alreadyBatched ? `${batch.alreadyBatched} already printed earlier (--reprint to include them)\n` : ''}`
              : `no letters to print for ${day}${batch.alreadyBatched ? ` (${batch.alreadyBatched} already printed; --reprint to print them again)` : ''}\n`,
        );
      } finally {
        await rt.close();
      }
    });
}

/** A real day as YYYY-MM-DD (2026-02-31 is not one). */
function isDay(value: string): boolean {
  const at = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : undefined;
  return at !== undefined && !Number.isNaN(at.getTime()) && at.toISOString().startsWith(value);
}
