import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { makeSheet } from '../../functions/cover-sheet/cover-sheet.ts';
import { clockStartingAt, systemClock } from '../../shared/adapters/clock.ts';
import { loadDejaVuFonts } from '../../shared/adapters/local/dejavu-fonts.ts';
import { JsonFileDirectory } from '../../shared/adapters/local/json-file-directory.ts';
import { loadConfig } from '../../shared/config.ts';
import { SheetRequestError } from '../../shared/domain/cover-sheet.ts';

interface CoverSheetOptions {
  client?: string;
  type?: string;
  separator?: boolean;
  directory?: string;
  out?: string;
}

/**
 * `postkamer cover-sheet --client K-… [--type …]` and `postkamer cover-sheet --separator`: a PDF to
 * print and put in a stack of post before it is scanned. Writes the file and prints its path.
 */
export function registerCoverSheet(program: Command) {
  program
    .command('cover-sheet')
    .description('make a printable cover sheet for a client’s documents, or a separator sheet, to put in a stack before scanning')
    .option('--client <clientNumber>', 'the client whose documents follow the sheet (must be in the directory)')
    .option('--type <documentType>', 'the type of the documents that follow (a document type id, e.g. objection)')
    .option('--separator', 'a separator sheet: a new document starts after it, without naming a client')
    .option('--directory <path>', 'directory JSON (clients; the organisation name printed on the sheet)')
    .option('--out <file>', 'where to write the PDF (default: voorblad-<client>[-<type>].pdf or scheidingsblad.pdf in this folder)')
    .action(async (opts: CoverSheetOptions) => {
      const usage = usageProblem(opts);
      if (usage) {
        process.stderr.write(`postkamer: ${usage}\n`);
        process.exitCode = 2;
        return;
      }
      const config = loadConfig();
      const directory = new JsonFileDirectory(resolve(opts.directory ?? config.POSTKAMER_DIRECTORY));
      // The PDF's creation date, as every command dates what it makes: POSTKAMER_NOW when set.
      const clock = config.POSTKAMER_NOW ? clockStartingAt(new Date(config.POSTKAMER_NOW)) : systemClock;
      try {
        const sheet = await makeSheet(
          { directory, fonts: await loadDejaVuFonts(), clock },
          opts.separator ? { kind: 'separator' } : { kind: 'cover', clientNumber: opts.client, documentType: opts.type },
        );
        const out = opts.out ?? sheet.fileName;
        await writeFile(out, sheet.pdf);
        process.stdout.write(`${out}\n`);
      } catch (error) {
        if (!(error instanceof SheetRequestError)) throw error;
        process.stderr.write(`postkamer: ${error.message} [${error.code}]\n`);
        process.exitCode = 2;
      }
    });
}

function usageProblem(opts: CoverSheetOptions): string | undefined {
  if (opts.separator && (opts.client !== undefined || opts.type !== undefined))
    return 'cover-sheet --separator takes no --client and no --type: a separator sheet names no client';
  if (!opts.separator && opts.client === undefined) return 'cover-sheet needs --client <clientNumber>, or --separator';
  return undefined;
}
