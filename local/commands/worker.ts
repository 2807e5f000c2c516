import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { watchInbox } from '../inbox-watcher.ts';
import { watchMailbox } from '../mailbox-watcher.ts';
import { recoverStranded } from '../recover-stranded.ts';
import { openRuntime } from '../runtime.ts';
import { Worker } from '../worker.ts';

/**
 * `postkamer worker`: a process that runs queued steps until SIGTERM/SIGINT (it finishes the steps
 * in hand, then exits). Several may run on one data dir; a killed one loses nothing: its leases
 * run out and another takes the jobs over. At start it re-sends the steps of stranded documents.
 */
export function registerWorker(program: Command) {
  program
    .command('worker')
    .description('run queued steps (extract, route, receipt) until stopped; re-sends stranded documents at start')
    .option('--directory <path>', 'directory JSON')
    .option('--data-dir <path>', 'data directory')
    .option('--concurrency <n>', 'steps run at the same time (default: $WORKERS or the number of cores)', positiveInt)
    .option('--inbox', 'also take in scanner drops from <data-dir>/inbox/<channel>/ and, when MAIL_IMAP_HOST is set, the mailbox')
    .action(async (opts: { directory?: string; dataDir?: string; concurrency?: number; inbox?: boolean }) => {
      const rt = await openRuntime({ dataDir: opts.dataDir, directoryPath: opts.directory });
      await rt.directory.load(); // a bad directory is a usage error: fail before taking any job
      const worker = new Worker(rt, opts.concurrency ?? rt.config.WORKERS);
      const recovered = await recoverStranded(rt);
      worker.start();
      const watcher = opts.inbox ? watchInbox(rt, () => worker.nudge()) : undefined;
      const mailbox = opts.inbox ? watchMailbox(rt, () => worker.nudge()) : undefined;
      rt.logger.info('worker started', {
        pid: process.pid,
        concurrency: worker.concurrency,
        leaseMs: rt.queue.leaseMs,
        inbox: Boolean(opts.inbox),
        recovered: Object.values(recovered.resent).reduce((a, b) => a + b, 0) + recovered.deadLettered,
      });
      let stopping = false;
      const shutdown = async () => {
        if (stopping) return;
        stopping = true;
        rt.logger.info('worker stopping', { pid: process.pid });
        await watcher?.close();
        await mailbox?.close();
        await worker.stop();
        await rt.close();
        process.exit(0);
      };
      process.once('SIGINT', shutdown);
      process.once('SIGTERM', shutdown);
    });
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new InvalidArgumentError('a whole number from 1 to 64');
  return n;
}
