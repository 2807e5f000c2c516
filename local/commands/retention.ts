import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import { type RetentionDeps, type RetentionReport, runRetention } from '../../functions/retention/retention.ts';
import { fixedClock } from '../../shared/adapters/clock.ts';
import { correctionsPath, forgetCorrections } from '../../shared/adapters/local/jsonl-correction-store.ts';
import { localDate } from '../../shared/domain/local-date.ts';
import type { DocumentCopies } from '../../shared/ports.ts';
import { foldLegacyProcessed, type LegacyFold } from '../inbox-watcher.ts';
import { type dataPaths, openRuntime, type Runtime } from '../runtime.ts';
import { UploadStore } from '../web/upload-store.ts';
import { parseInstant } from './instant.ts';

/**
 * `postkamer retention run`: deletes the documents whose retention period ran out (see
 * functions/retention), and folds in an older version's `inbox/.processed` folder. `serve` runs
 * the same once a day.
 */
export function registerRetention(program: Command) {
  const retention = program.command('retention').description('delete documents whose retention period ran out (audit history kept)');
  retention
    .command('run')
    .description('delete every document whose case is done and whose retention period ran out; print what was deleted')
    .option('--dry-run', 'say what would be deleted, delete nothing')
    .option('--at <ISO time>', 'decide as of this time instead of now', parseInstant)
    .option('--directory <path>', 'directory JSON (its `retention` section)')
    .option('--data-dir <path>', 'data directory')
    .option('--json', 'one JSON object on stdout')
    .action(async (opts: { dryRun?: boolean; at?: Date; directory?: string; dataDir?: string; json?: boolean }) => {
      const rt = await openRuntime({
        dataDir: opts.dataDir,
        directoryPath: opts.directory,
        clock: opts.at ? fixedClock(opts.at) : undefined,
        defaultLogLevel: 'warn',
      });
      // A bar on a terminal only: --json output and pipes stay clean.
      const bar = !opts.json && process.stderr.isTTY ? new SingleBar({ format: 'retention {bar} {value}/{total} documents' }) : undefined;
      try {
        const result = await retentionJob(rt, {
          dryRun: opts.dryRun === true,
          onProgress: (done, total) => {
            if (!bar || total < 200) return;
            if (done === 1) bar.start(total, 0);
            bar.update(done);
          },
        });
        bar?.stop();
        process.stdout.write(opts.json ? `${JSON.stringify(result)}\n` : humanReport(result));
        if (result.failed.length) process.exitCode = 1;
      } finally {
        bar?.stop();
        await rt.close();
      }
    });
}

export type RetentionJobReport = RetentionReport & { legacyProcessed: LegacyFold };

/** One retention run with the runtime's adapters, the legacy `.processed` folder folded in first. */
export async function retentionJob(
  rt: Runtime,
  options: { dryRun?: boolean; onProgress?: (done: number, total: number) => void } = {},
): Promise<RetentionJobReport> {
  const legacyProcessed = await foldLegacyProcessed(
    { processed: rt.paths.processed, rejected: rt.paths.rejected, ledger: rt.ledger, objects: rt.objects },
    { dryRun: options.dryRun === true },
  );
  const report = await runRetention(retentionDeps(rt), options);
  return { ...report, legacyProcessed };
}

export function retentionDeps(rt: Runtime): RetentionDeps {
  return {
    ledger: rt.ledger,
    objects: rt.objects,
    directory: rt.directory,
    clock: rt.clock,
    logger: rt.logger,
    copies: withUploadRecords(localCopies(rt.paths), new UploadStore(rt.db)),
    corrections: { forget: (ids) => forgetCorrections(correctionsPath(rt.dataDir), rt.keys, ids) },
    mailLog: rt.mailLog,
  };
}

/**
 * The embedded runtime's files about a document outside the object store: its receipt e-mail
 * (`outbox/receipt_<id>.eml`) and letter (`outbox/letters/receipt-<id>.pdf`), and a too-large file
 * set aside in `rejected/`.
 */
export function localCopies(paths: ReturnType<typeof dataPaths>): DocumentCopies {
  const remove = async (dir: string, matches: (name: string) => boolean) => {
    const names = await readdir(dir).catch(() => [] as string[]);
    const hits = names.filter(matches);
    for (const name of hits) await rm(join(dir, name), { force: true });
    return hits.length;
  };
  return {
    async deleteFor(documentId) {
      return (
        (await remove(paths.outbox, (n) => n.startsWith(`receipt_${documentId}.`))) +
        (await remove(paths.letters, (n) => n.startsWith(`receipt-${documentId}.`))) +
        (await remove(paths.rejected, (n) => n === documentId || n.startsWith(`${documentId}.`)))
      );
    },
  };
}

/** The copies of a document plus the web app's record of its upload (file name, batch, uploader). */
function withUploadRecords(copies: DocumentCopies, uploads: UploadStore): DocumentCopies {
  return { deleteFor: async (documentId) => (await copies.deleteFor(documentId)) + uploads.forgetDocument(documentId) };
}

/**
 * For `serve`: runs retention once per day of the organisation (on the first call, then on the
 * first call of each new day). Never throws: a failed run is logged and tried on the next day;
 * each document's failure is logged by the run itself.
 */
export function dailyRetention(rt: Runtime): () => Promise<void> {
  let lastDay: string | undefined;
  return async () => {
    try {
      const directory = await rt.directory.load();
      const today = localDate(rt.clock.now(), directory.organisation.timezone);
      if (today === lastDay) return;
      lastDay = today;
      await retentionJob(rt);
    } catch (error) {
      rt.logger.error('retention run failed', { error: (error as Error).name });
    }
  };
}

function humanReport(r: RetentionJobReport): string {
  const lines = [
    `${r.dryRun ? 'dry run: would delete' : 'deleted'} ${r.deleted.length} of ${r.checked} finished document(s) (as of ${r.at})`,
  ];
  for (const d of r.deleted)
    lines.push(
      `  ${d.documentId}  ${d.previousStatus.padEnd(10)} ${d.rule} after ${d.after}, due ${d.dueOn}${r.dryRun || d.originalDeleted ? '' : ' (original kept: shared)'}`,
    );
  const kept = Object.entries(r.kept).map(([why, n]) => `${n} ${why}`);
  if (kept.length) lines.push(`kept: ${kept.join(', ')}`);
  if (r.correctionsRemoved) lines.push(`triage corrections removed: ${r.correctionsRemoved}`);
  if (r.mailErased) lines.push(`e-mail messages erased (stored message, sender, file names): ${r.mailErased}`);
  const f = r.legacyProcessed;
  if (f.removed || f.setAside || f.left)
    lines.push(
      `old inbox/.processed: ${f.removed} copies removed, ${f.setAside} moved to rejected/, ${f.left} left (no matching document)`,
    );
  for (const x of r.failed) lines.push(`FAILED ${x.documentId}  ${x.error} (tried again on the next run)`);
  return `${lines.join('\n')}\n`;
}
