import { type Command, Option } from 'commander';
import { acknowledge, close, reassign, type WorkItemDeps, type WorkItemResult } from '../../functions/work-items/work-items.ts';
import { fixedClock } from '../../shared/adapters/clock.ts';
import { PostkamerError } from '../../shared/domain/errors.ts';
import { openRuntime, type Runtime } from '../runtime.ts';
import { parseInstant } from './instant.ts';

interface CommonOptions {
  by: string;
  at?: Date;
  directory?: string;
  dataDir?: string;
  json?: boolean;
}

/** `postkamer ack|reassign|close <documentId> …`: a consultant's actions on a routed document. */
export function registerWorkItems(program: Command) {
  common(program.command('ack').description('acknowledge a routed document: you have seen it and act on it'))
    .argument('<documentId>')
    .action((documentId: string, opts: CommonOptions) => run(opts, (deps) => acknowledge(deps, { documentId, by: opts.by })));

  common(program.command('reassign').description('hand a routed document to another consultant or team; recorded as a misroute'))
    .argument('<documentId>')
    .addOption(new Option('--to-consultant <id>', 'the consultant who should handle it').conflicts('toTeam'))
    .addOption(
      new Option('--to-team <id>', 'the team whose queue should handle it (triage sends it back to triage)').conflicts('toConsultant'),
    )
    .requiredOption('--reason <text>', 'why it was routed wrongly (kept in the audit trail)')
    .action((documentId: string, opts: CommonOptions & { toConsultant?: string; toTeam?: string; reason: string }) => {
      if (!opts.toConsultant && !opts.toTeam) {
        process.stderr.write('postkamer: reassign needs --to-consultant <id> or --to-team <id>\n');
        process.exitCode = 2;
        return;
      }
      return run(opts, (deps) =>
        reassign(deps, { documentId, by: opts.by, toConsultantId: opts.toConsultant, toTeam: opts.toTeam, reason: opts.reason }),
      );
    });

  common(program.command('close').description('close a routed or acknowledged document: it is handled'))
    .argument('<documentId>')
    .action((documentId: string, opts: CommonOptions) => run(opts, (deps) => close(deps, { documentId, by: opts.by })));
}

function common(command: Command): Command {
  return command
    .requiredOption('--by <user>', 'who acts (recorded in the audit trail)')
    .option('--at <ISO time>', 'act as of this time instead of now', parseInstant)
    .option('--directory <path>', 'directory JSON')
    .option('--data-dir <path>', 'data directory')
    .option('--json', 'print the result as one JSON line');
}

export function workItemDeps(rt: Runtime): WorkItemDeps {
  return { ledger: rt.ledger, directory: rt.directory, clock: rt.clock, logger: rt.logger, alerts: rt.alerts };
}

async function run(opts: CommonOptions, action: (deps: WorkItemDeps) => Promise<WorkItemResult>) {
  const rt = await openRuntime({ dataDir: opts.dataDir, directoryPath: opts.directory, clock: opts.at ? fixedClock(opts.at) : undefined });
  try {
    const result = await action(workItemDeps(rt));
    const line = workItemLine(result);
    process.stdout.write(opts.json ? `${JSON.stringify(line)}\n` : `${humanLine(line)}\n`);
  } catch (error) {
    if (!(error instanceof PostkamerError)) throw error;
    process.stderr.write(`postkamer: ${error.message} [${error.code}]\n`);
    process.exitCode = 1;
  } finally {
    await rt.close();
  }
}

export function workItemLine(r: WorkItemResult) {
  const d = r.document;
  return {
    documentId: d.id,
    receiptNumber: d.receiptNumber,
    status: d.status,
    changed: r.changed,
    documentType: d.documentType,
    route: d.route ? { team: d.route.team, consultantId: d.route.consultantId, queue: d.route.queue } : null,
    legalClock: r.legalClock,
    // Plain Dutch sentences, as the route's reasons in `postkamer process --json`.
    notes: r.notes.map((n) => n.text),
  };
}

function humanLine(l: ReturnType<typeof workItemLine>): string {
  const route = l.route
    ? l.route.consultantId
      ? `consultant ${l.route.consultantId} (team ${l.route.team})`
      : `team ${l.route.team}`
    : 'no route';
  const clock = l.legalClock
    ? `\n  ${l.legalClock.law}: ${l.legalClock.request ? `answer the ${l.legalClock.request.law} request` : 'decide'} by ${l.legalClock.dueDate} (${l.legalClock.overdue ? `${-l.legalClock.daysLeft} days overdue` : `${l.legalClock.daysLeft} days left`})`
    : '';
  const notes = l.notes.map((n) => `\n  note: ${n}`).join('');
  return `${l.documentId} ${l.receiptNumber ?? ''} → ${l.status}${l.changed ? '' : ' (unchanged)'} · ${route}${clock}${notes}`;
}
