import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Command } from 'commander';
import { sendConsultantDigests } from '../../functions/notify/consultant-digest.ts';
import { watchInbox } from '../inbox-watcher.ts';
import { watchMailbox } from '../mailbox-watcher.ts';
import { recoverStranded } from '../recover-stranded.ts';
import { openRuntime } from '../runtime.ts';
import { createApp } from '../server.ts';
import { Worker } from '../worker.ts';
import { dailyRetention } from './retention.ts';
import { runSweep } from './sweep.ts';

/** `postkamer serve` (what `npm start` runs): inbox watcher, workers, sweep timer and web UI. */
export function registerServe(program: Command) {
  program
    .command('serve')
    .description('watch the inbox folders, process what lands there, and serve the web UI')
    .option('--directory <path>', 'directory JSON')
    .option('--data-dir <path>', 'data directory')
    .option('--port <port>', 'HTTP port (default 3000 or $PORT)')
    .option('--host <host>', 'HTTP address (default 127.0.0.1 or $HOST)')
    .option('--demo', 'sign in with the demo accounts of examples/users.json (public passwords; a banner on every page)')
    .action(async (opts: { directory?: string; dataDir?: string; port?: string; host?: string; demo?: boolean }) => {
      const rt = await openRuntime({ dataDir: opts.dataDir, directoryPath: opts.directory });
      await rt.directory.load();
      const worker = new Worker(rt);
      const port = Number(opts.port ?? rt.config.PORT);
      const hostname = opts.host ?? rt.config.HOST;
      // The address first: a second `npm start` on a taken port stops here, before it reads any inbox.
      const server = serve({ fetch: createApp(rt, { demo: opts.demo === true, nudge: () => worker.nudge() }).fetch, port, hostname });
      try {
        await new Promise<void>((resolve, reject) => {
          server.once('listening', resolve);
          server.once('error', reject);
        });
      } catch (error) {
        await rt.close();
        throw new Error(listenFailure(error, hostname, port));
      }
      await recoverStranded(rt);
      worker.start();
      const watcher = watchInbox(rt, () => worker.nudge());
      const mailbox = watchMailbox(rt, () => worker.nudge()); // post by e-mail, when MAIL_IMAP_HOST is set
      // The sweep (alerts, escalations) and the consultants' digest, every minute; retention once a day.
      const retention = dailyRetention(rt);
      const tick = async () => {
        await retention();
        try {
          await runSweep(rt);
          await sendConsultantDigests({
            ledger: rt.ledger,
            directory: rt.directory,
            mailer: rt.mailer,
            clock: rt.clock,
            logger: rt.logger,
          });
        } catch (error) {
          rt.logger.error('sweep failed', { error: (error as Error).name });
        }
      };
      const sweepTimer = setInterval(tick, 60_000);
      const bound = (server.address() as AddressInfo | null)?.port ?? port; // --port 0: the port the system chose
      process.stderr.write(
        `postkamer is running: http://${hostname}:${bound}\n  data:  ${rt.dataDir}\n  inbox: ${rt.paths.inbox}/{desk,post,email}\n  outbox: ${rt.paths.outbox}\nPress Ctrl+C to stop.\n`,
      );
      const shutdown = async () => {
        process.stderr.write('stopping…\n');
        clearInterval(sweepTimer);
        await watcher.close();
        await mailbox?.close();
        server.close();
        await worker.stop();
        await rt.close();
        process.exit(0);
      };
      process.once('SIGINT', shutdown);
      process.once('SIGTERM', shutdown);
    });
}

/** What to do about an address the web UI cannot listen on. */
function listenFailure(error: unknown, hostname: string, port: number): string {
  const code = (error as NodeJS.ErrnoException).code;
  const where = `${hostname}:${port}`;
  if (code === 'EADDRINUSE')
    return `${where} is already in use (is postkamer already running?). Stop that program, or choose another port: npm start -- --port ${port + 1}`;
  if (code === 'EACCES') return `no permission to listen on ${where}. Choose a port above 1023: npm start -- --port 3000`;
  if (code === 'EADDRNOTAVAIL') return `${hostname} is not an address of this machine. Use --host 127.0.0.1, or 0.0.0.0 for every address.`;
  return `cannot listen on ${where}: ${(error as Error).message}`;
}
