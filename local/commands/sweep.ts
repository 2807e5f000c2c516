import type { Command } from 'commander';
import { type SweepReport, sweep } from '../../functions/sweep/sweep.ts';
import { fixedClock } from '../../shared/adapters/clock.ts';
import { sweepSettings } from '../../shared/config.ts';
import type { AlertRecord } from '../../shared/domain/alert.ts';
import { openRuntime, type Runtime } from '../runtime.ts';
import { parseInstant } from './instant.ts';

/** `postkamer sweep`: one sweep as of now (or `--at`), printing the alerts it raised. */
export function registerSweep(program: Command) {
  program
    .command('sweep')
    .description(
      'raise alerts for unrouted, stuck, unacknowledged and dead-lettered documents and surges; resolve the ones whose cause is gone',
    )
    .option('--at <ISO time>', 'sweep as of this time instead of now', parseInstant)
    .option('--directory <path>', 'directory JSON')
    .option('--data-dir <path>', 'data directory')
    .option('--no-mail', 'do not e-mail the raised alerts (they are still stored)')
    .option('--json', 'one JSON line per raised alert on stdout')
    .action(async (opts: { at?: Date; directory?: string; dataDir?: string; mail: boolean; json?: boolean }) => {
      const rt = await openRuntime({
        dataDir: opts.dataDir,
        directoryPath: opts.directory,
        clock: opts.at ? fixedClock(opts.at) : undefined,
      });
      try {
        const report = await runSweep(rt, { mail: opts.mail });
        for (const alert of report.raised)
          process.stdout.write(opts.json ? `${JSON.stringify(alertLine(alert))}\n` : `${humanAlert(alert)}\n`);
        if (!opts.json)
          process.stdout.write(`${report.raised.length} alert(s) raised, ${report.resolved.length} resolved (as of ${report.at})\n`);
      } finally {
        await rt.close();
      }
    });
}

/** One sweep with the runtime's adapters and settings; also what the `serve` timer calls. */
export function runSweep(rt: Runtime, options: { mail?: boolean } = {}): Promise<SweepReport> {
  return sweep({
    ledger: rt.ledger,
    alerts: rt.alerts,
    directory: rt.directory,
    clock: rt.clock,
    logger: rt.logger,
    mailer: options.mail === false ? undefined : rt.mailer,
    opsEmail: rt.config.OPS_EMAIL,
    settings: sweepSettings(rt.config),
  });
}

/** The JSON line of `postkamer sweep --json` and `postkamer alerts --json`. */
export function alertLine(a: AlertRecord) {
  return {
    id: a.id,
    kind: a.kind,
    documentId: a.documentId,
    raisedAt: a.raisedAt,
    dueSince: a.dueSince,
    status: a.status,
    audience: a.audience,
    key: a.key,
    message: a.message,
  };
}

export function humanAlert(a: AlertRecord): string {
  return `${a.raisedAt}  ${a.status.padEnd(12)} ${a.kind.padEnd(15)} ${a.documentId ?? '-'}  ${a.audience}  ${a.id}\n    ${a.message}`;
}
