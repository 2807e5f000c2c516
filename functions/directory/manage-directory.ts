import type { Directory } from '../../shared/domain/directory.ts';
import {
  applyChange,
  type ChangeError,
  clientTransfers,
  type DirectoryChange,
  importSummary,
  validateDirectory,
} from '../../shared/domain/directory-changes.ts';
import { WORK_ITEM_STATUSES } from '../../shared/domain/document.ts';
import { localDate } from '../../shared/domain/local-date.ts';
import type { Clock, DirectoryChangeLog, DirectoryStore, Ledger, Logger } from '../../shared/ports.ts';

/**
 * Directory management as the web app and the command line do it: a change is applied to the
 * directory as it is now (domain: directory-changes.ts), written, recorded as an audit event of
 * the directory chain (actor, ids, time from the clock), and takes effect at once: the next
 * document is routed with it. A transfer (or an import that moves clients) hands the client's open
 * work items to the new consultant, each with a reason and an audit event of its own.
 */
export interface ManageDirectoryDeps {
  directory: DirectoryStore;
  log: DirectoryChangeLog;
  ledger: Ledger;
  clock: Clock;
  logger: Logger;
  /**
   * Hands one open work item to the client's new consultant: the work-items use case's `reassign`
   * with cause `client-transferred` (wired in by the runtime: use cases do not import each other).
   */
  reassign: (input: {
    documentId: string;
    by: string;
    toConsultantId: string;
    reason: string;
    cause: 'client-transferred';
  }) => Promise<unknown>;
}

export type ChangeOutcome =
  | { ok: true; directory: Directory /** Open work items that followed a transferred client. */; moved: string[] }
  | { ok: false; errors: ChangeError[] };

const OPEN = [...WORK_ITEM_STATUSES];

export async function changeDirectory(deps: ManageDirectoryDeps, input: { by: string; change: DirectoryChange }): Promise<ChangeOutcome> {
  const by = input.by.trim();
  const now = deps.clock.now();
  const open = input.change.kind === 'consultant.deactivated' ? await openItemsOf(deps, input.change.consultantId) : 0;
  const outcome = await deps.directory.update(
    (current) => {
      const today = localDate(now, current.organisation.timezone);
      const result = applyChange(current, input.change, { today, openItems: () => open });
      return { directory: result.ok ? result.directory : null, result };
    },
    async (_before, _after, result) => {
      if (!result.ok) return;
      await deps.log.append({ type: input.change.kind, actor: by, data: result.audit }, now.toISOString());
    },
  );
  if (!outcome.ok) return outcome;
  deps.logger.info('directory changed', { change: input.change.kind, by });
  const moved =
    input.change.kind === 'client.transferred' && outcome.previousConsultantId
      ? await followClient(deps, by, input.change.clientNumber, outcome.previousConsultantId, input.change.toConsultantId)
      : [];
  return { ok: true, directory: outcome.directory, moved };
}

export type ImportOutcome =
  | { ok: true; dryRun: boolean; summary: Record<string, unknown>; moved: string[] }
  | { ok: false; errors: string[] };

/** Replaces the whole directory (a municipality's sync from its client system): validated first, audited as one change. */
export async function importDirectory(
  deps: ManageDirectoryDeps,
  input: { by: string; json: unknown; dryRun?: boolean },
): Promise<ImportOutcome> {
  const by = input.by.trim();
  const checked = validateDirectory(input.json);
  if (!checked.ok) return checked;
  if (input.dryRun) {
    const current = await deps.directory.load();
    return { ok: true, dryRun: true, summary: importSummary(current, checked.directory), moved: [] };
  }
  const now = deps.clock.now();
  const { summary, transfers } = await deps.directory.update(
    (current) => ({
      directory: checked.directory,
      result: { summary: importSummary(current, checked.directory), transfers: clientTransfers(current, checked.directory) },
    }),
    async (_before, _after, result) => {
      await deps.log.append(
        { type: 'directory.imported', actor: by, data: { ...result.summary, clientsTransferred: result.transfers.length } },
        now.toISOString(),
      );
    },
  );
  deps.logger.info('directory imported', { by, clients: summary.clients, transfers: transfers.length });
  const moved: string[] = [];
  for (const t of transfers) moved.push(...(await followClient(deps, by, t.clientNumber, t.fromConsultantId, t.toConsultantId)));
  return { ok: true, dryRun: false, summary, moved };
}

async function openItemsOf(deps: ManageDirectoryDeps, consultantId: string): Promise<number> {
  return (await deps.ledger.listDocuments({ consultantId, status: OPEN })).length;
}

/** The client's open work items with the old consultant go to the new one (restricted ones too: then only the new assignee opens them). */
async function followClient(deps: ManageDirectoryDeps, by: string, clientNumber: string, from: string, to: string): Promise<string[]> {
  const items = await deps.ledger.listDocuments({ consultantId: from, status: OPEN });
  const moved: string[] = [];
  for (const doc of items) {
    if ((doc.route?.clientNumber ?? doc.clientNumber) !== clientNumber || doc.route?.consultantId !== from) continue;
    try {
      await deps.reassign({
        documentId: doc.id,
        by,
        toConsultantId: to,
        reason: `client ${clientNumber} transferred`,
        cause: 'client-transferred',
      });
      moved.push(doc.id);
    } catch (error) {
      // Closed or handed over meanwhile by someone else: it is no longer the old consultant's open item.
      deps.logger.warn('open item did not follow its client', { documentId: doc.id, error: (error as Error).name });
    }
  }
  return moved;
}
