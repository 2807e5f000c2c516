import { readFile, writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { importDirectory, type ManageDirectoryDeps } from '../../functions/directory/manage-directory.ts';
import { reassign } from '../../functions/work-items/work-items.ts';
import { SqliteDirectoryChangeLog } from '../../shared/adapters/local/sqlite-directory-change-log.ts';
import { openRuntime, type Runtime } from '../runtime.ts';

/**
 * `postkamer directory export|import`: the directory JSON out and in, for municipalities that sync
 * it from their client system. An import is validated whole (errors name the record by its id and
 * field, e.g. `clients[K-100234].email`), written under the directory lock, audited as one change,
 * and takes effect in a running server and worker at once; clients whose consultant changed take
 * their open work items along.
 */
interface Options {
  directory?: string;
  dataDir?: string;
  json?: boolean;
}

export function manageDirectoryDeps(rt: Runtime): ManageDirectoryDeps {
  return {
    directory: rt.directory,
    log: new SqliteDirectoryChangeLog(rt.db),
    ledger: rt.ledger,
    clock: rt.clock,
    logger: rt.logger,
    reassign: (input) =>
      reassign({ ledger: rt.ledger, directory: rt.directory, clock: rt.clock, logger: rt.logger, alerts: rt.alerts }, input),
  };
}

export function registerDirectory(program: Command) {
  const directory = program.command('directory').description('export and import the directory (teams, consultants, clients, routes)');

  directory
    .command('export')
    .description('write the directory JSON as it is now')
    .option('--out <file>', 'where to write it (default: stdout)')
    .option('--directory <path>', 'directory JSON')
    .option('--data-dir <path>', 'data directory')
    .action(async (opts: Options & { out?: string }) => {
      await withRuntime(opts, async (rt) => {
        // Validated on the way out too: an export is always importable.
        await rt.directory.load();
        const text = await rt.directory.exportJson();
        if (opts.out) await writeFile(opts.out, text, 'utf8');
        else process.stdout.write(text);
      });
    });

  directory
    .command('import')
    .description('replace the directory with a JSON file, after validating it whole (exit code 1 when it is not valid)')
    .argument('<file>', 'directory JSON')
    .option('--dry-run', 'validate and summarise only; change nothing')
    .option('--by <user>', 'who imports (recorded in the audit trail)', 'cli')
    .option('--directory <path>', 'directory JSON to replace')
    .option('--data-dir <path>', 'data directory')
    .option('--json', 'one JSON object on stdout')
    .action(async (file: string, opts: Options & { dryRun?: boolean; by: string }) => {
      let json: unknown;
      try {
        json = JSON.parse(await readFile(file, 'utf8'));
      } catch (error) {
        process.stderr.write(`postkamer: ${file} is not valid JSON: ${(error as Error).message}\n`);
        process.exitCode = 1;
        return;
      }
      await withRuntime(opts, async (rt) => {
        const outcome = await importDirectory(manageDirectoryDeps(rt), { by: opts.by, json, dryRun: opts.dryRun });
        if (opts.json) process.stdout.write(`${JSON.stringify(outcome)}\n`);
        else if (!outcome.ok)
          process.stderr.write(`postkamer: ${file} is not a valid directory:\n${outcome.errors.map((e) => `  ${e}\n`).join('')}`);
        else
          process.stdout.write(
            `${outcome.dryRun ? 'valid (dry run, nothing changed)' : 'imported'}: ${JSON.stringify(outcome.summary)}${outcome.moved.length ? `; ${outcome.moved.length} open items followed their client` : ''}\n`,
          );
        if (!outcome.ok) process.exitCode = 1;
      });
    });
}

async function withRuntime(opts: Options, run: (rt: Runtime) => Promise<void>) {
  const rt = await openRuntime({ dataDir: opts.dataDir, directoryPath: opts.directory, defaultLogLevel: 'warn' });
  try {
    await run(rt);
  } finally {
    await rt.close();
  }
}
