import { userInfo } from 'node:os';
import { type Command, Option } from 'commander';
import type { AlertKind } from '../../shared/domain/alert.ts';
import { openRuntime } from '../runtime.ts';
import { alertLine, humanAlert } from './sweep.ts';

const KINDS: AlertKind[] = [
  'rejected',
  'failed',
  'unrouted',
  'unrouted-digest',
  'stuck',
  'unacknowledged',
  'escalation',
  'surge',
  'dead-letter',
  'inbox-refused',
  'receipt-undelivered',
];

interface StoreOptions {
  directory?: string;
  dataDir?: string;
}

/** `postkamer alerts` lists open alerts; `postkamer alerts ack|resolve <id>` acts on one. */
export function registerAlerts(program: Command) {
  const alerts = program
    .command('alerts')
    .description('list open (unresolved) alerts, oldest first; see also `alerts ack` and `alerts resolve`')
    .option('--all', 'recent alerts of any status, newest first')
    .addOption(new Option('--kind <kind>', 'only alerts of this kind').choices(KINDS))
    .option('--limit <n>', 'at most this many', (v) => Number.parseInt(v, 10), 200)
    .option('--directory <path>', 'directory JSON')
    .option('--data-dir <path>', 'data directory')
    .option('--json', 'one JSON line per alert on stdout')
    .action(async (opts: StoreOptions & { all?: boolean; kind?: AlertKind; limit: number; json?: boolean }) => {
      const rt = await openRuntime({ dataDir: opts.dataDir, directoryPath: opts.directory });
      try {
        const query = { kind: opts.kind ? [opts.kind] : undefined, limit: opts.limit };
        const list = opts.all ? await rt.alerts.listRecent(query) : await rt.alerts.listOpen(query);
        for (const a of list) process.stdout.write(opts.json ? `${JSON.stringify(alertLine(a))}\n` : `${humanAlert(a)}\n`);
        if (!opts.json) process.stdout.write(`${list.length} ${opts.all ? 'recent' : 'open'} alert(s)\n`);
      } finally {
        await rt.close();
      }
    });

  // `--data-dir`, `--directory` and `--json` belong to `alerts` and are read from there (commander
  // parses the parent's options after the subcommand too).
  for (const action of ['ack', 'resolve'] as const)
    alerts
      .command(action)
      .description(action === 'ack' ? 'mark an open alert as seen (it stays unresolved)' : 'resolve an alert')
      .argument('<id>', 'alert id')
      .option('--by <user>', 'who acts', defaultUser())
      .action(async (id: string, _opts: unknown, command: Command) => {
        const opts = command.optsWithGlobals<StoreOptions & { by: string; json?: boolean }>();
        const rt = await openRuntime({ dataDir: opts.dataDir, directoryPath: opts.directory });
        try {
          const done = action === 'ack' ? await rt.alerts.acknowledge(id, opts.by) : await rt.alerts.resolve(id, opts.by);
          const alert = await rt.alerts.get(id);
          if (!alert) {
            process.stderr.write(`postkamer: no alert with id ${id}\n`);
            process.exitCode = 1;
            return;
          }
          if (!done)
            process.stderr.write(`postkamer: alert ${id} is ${alert.status}: nothing to ${action === 'ack' ? 'acknowledge' : 'resolve'}\n`);
          process.stdout.write(opts.json ? `${JSON.stringify(alertLine(alert))}\n` : `${humanAlert(alert)}\n`);
        } finally {
          await rt.close();
        }
      });
}

function defaultUser(): string {
  try {
    return userInfo().username;
  } catch {
    return 'operator';
  }
}
