import { createHash } from 'node:crypto';
import type { AlertKind } from '../../shared/domain/alert.ts';
import type { DocumentRecord, DocumentStatus } from '../../shared/domain/document.ts';
import { nextStep, WAITING_FOR } from '../../shared/domain/pipeline.ts';
import type { Reason } from '../../shared/domain/routing.ts';
import {
  boundaryDecisions,
  formatLayout,
  type Layout,
  type LayoutIssue,
  normaliseLayout,
  validateLayout,
} from '../../shared/domain/split-layout.ts';
import { type CorrectSplitDeps, correctionRecord, coverSheetBefore, type DocumentPages, documentPages, partBase } from './correct-split.ts';
import { makePart, partOf } from './split.ts';

/**
 * Correcting a split that was already applied: a triage officer rearranges the current parts of a
 * file (move a page to the part next to it, split a part, merge a part with the one before) and
 * confirms. Applying it:
 *
 * - a part whose pages are unchanged stays exactly as it is (id, receipt number, route, work item,
 *   receipt);
 * - a part whose pages changed, or that is merged away, ends as `superseded` with the ids of the
 *   parts that now hold its pages (`supersededBy`) and an audit event saying why; its alerts are
 *   resolved and, no longer `routed`, it leaves every inbox;
 * - the new parts are made as the split step makes them (`partOf`: own id, receipt number,
 *   parent, pages) and go on to the step after split, to be classified, routed and receipted;
 * - the file's `childIds` lists the current parts in page order, and the file records the
 *   correction (`split.corrected`, with what was kept, replaced and made);
 * - the correction is kept as a `kind: "split"` training record (proposed = the parts as they
 *   were applied, parts = as confirmed).
 *
 * Refused, with the parts named: a part that would change while a consultant has it in hand
 * (acknowledged) or has closed it. Taking work from under someone, or reopening a closed case,
 * is not triage's to decide: the consultant hands it back first (reassign to the triage team) or
 * the officer leaves that part as it is. Parts that were split further themselves are corrected
 * on their own page.
 *
 * Every page with content ends in exactly one current part. Idempotent: a double submit finds
 * the file already so and changes nothing; new parts are keyed by the file, the revision and the
 * layout, so a retry after a crash finds the parts it made; each replaced part is claimed by a
 * conditional write (so two officers at once cannot both replace it), and a correction that loses
 * a race to another undoes its claims and sets its new parts aside.
 */
export type CorrectAppliedSplitOutcome =
  | { ok: true; file: DocumentRecord; parts: DocumentRecord[]; kept: string[]; replaced: string[]; created: string[] }
  | { ok: false; problem: 'not-split' | 'not-read' | 'changed-meanwhile' }
  | { ok: false; problem: 'invalid-layout'; issues: LayoutIssue[] }
  /** Parts that would change but are a consultant's work in hand (acknowledged) or closed. */
  | { ok: false; problem: 'in-handling'; parts: PartSummary[] }
  /** Parts that would change but were split further themselves. */
  | { ok: false; problem: 'split-further'; parts: PartSummary[] };

export interface PartSummary {
  id: string;
  receiptNumber: string | null;
  status: DocumentStatus;
  pages: number[];
}

export interface AppliedSplitInput {
  /** The file (status `split`). */
  fileId: string;
  by: string;
  parts: Layout;
}

/** A consultant has it in hand or has finished it: not triage's to take away. */
export const IN_HANDLING: readonly DocumentStatus[] = ['acknowledged', 'closed'];

/** Every alert a replaced part may have: nobody is to act on it any more. */
const ALERT_KINDS: AlertKind[] = ['unrouted', 'failed', 'dead-letter', 'stuck', 'unacknowledged', 'escalation'];

const NEXT = nextStep('split');

/** A file as it is split now: its current parts (page order) and its pages, with the current layout as the "proposal". */
export interface AppliedSplit {
  file: DocumentRecord;
  parts: DocumentRecord[];
  read: DocumentPages;
}

export async function appliedSplit(deps: Pick<CorrectSplitDeps, 'ledger' | 'objects'>, fileId: string): Promise<AppliedSplit | undefined> {
  const file = await deps.ledger.getDocument(fileId);
  if (file?.status !== 'split') return undefined;
  const parts = (await Promise.all((file.childIds ?? []).map((id) => deps.ledger.getDocument(id))))
    .filter((p): p is DocumentRecord => p !== undefined)
    .sort((a, b) => (a.pages?.[0] ?? 0) - (b.pages?.[0] ?? 0));
  const read = await documentPages(deps.objects, file);
  if (!read) return { file, parts, read: { texts: [], pages: [], proposal: parts.map((p) => p.pages ?? []) } };
  return { file, parts, read: { ...read, proposal: parts.map((p) => p.pages ?? []) } };
}

const samePages = (a: readonly number[] | undefined, b: readonly number[] | undefined) => (a ?? []).join(',') === (b ?? []).join(',');
const summary = (p: DocumentRecord): PartSummary => ({ id: p.id, receiptNumber: p.receiptNumber, status: p.status, pages: p.pages ?? [] });

export async function correctAppliedSplit(deps: CorrectSplitDeps, input: AppliedSplitInput): Promise<CorrectAppliedSplitOutcome> {
  const { ledger, by } = { ...deps, by: input.by };
  const state = await appliedSplit(deps, input.fileId);
  if (!state) return { ok: false, problem: 'not-split' };
  const { file, parts, read } = state;
  if (read.texts.length === 0) return { ok: false, problem: 'not-read' };
  const issues = validateLayout(input.parts, read.pages);
  if (issues.length) return { ok: false, problem: 'invalid-layout', issues };
  const layout = normaliseLayout(input.parts);

  const kept = parts.filter((p) => p.status !== 'superseded' && layout.some((l) => samePages(l, p.pages)));
  const changed = parts.filter((p) => !kept.includes(p));
  if (changed.length === 0 && kept.length === layout.length) {
    // Already so (a double submit, or a retry after a crash): pass on what still waits for routing.
    for (const p of kept) if (p.status === WAITING_FOR.route) await deps.queue.send(NEXT, p.id);
    return { ok: true, file, parts, kept: kept.map((p) => p.id), replaced: [], created: [] };
  }
  const busy = changed.filter((p) => IN_HANDLING.includes(p.status));
  if (busy.length) return { ok: false, problem: 'in-handling', parts: busy.map(summary) };
  const further = changed.filter((p) => p.status === 'split');
  if (further.length) return { ok: false, problem: 'split-further', parts: further.map(summary) };

  // The new parts, made as the split step makes them; keyed by file, revision and layout.
  const revision = (file.splitRevision ?? 0) + 1;
  const layoutKey = createHash('sha256').update(formatLayout(layout)).digest('hex').slice(0, 12);
  const base = partBase(file);
  const made: { document: DocumentRecord; created: boolean }[] = [];
  for (const pages of layout) {
    if (kept.some((p) => samePages(p.pages, pages))) continue;
    const first = pages[0] ?? 0;
    const reasons = [correctedReason(first, first === layout[0]?.[0])];
    const part = { ...partOf(base, { pages, reasons, coverClientNumber: coverSheetBefore(read.texts, first) }) };
    part.intakeKey = `${file.intakeKey}#r${revision}:${layoutKey}#pages:${pages.join(',')}`;
    const result = await makePart(
      deps,
      part,
      {
        type: 'separated',
        actor: by,
        data: { parentId: file.id, pages, reasons: reasons.map((r) => r.code), correctedAfterSplit: true, revision },
      },
      read.texts,
    );
    made.push(result);
  }
  const madeDocs = made.map((m) => m.document);
  const replacedBy = (p: DocumentRecord) => madeDocs.filter((d) => d.pages?.some((n) => p.pages?.includes(n))).map((d) => d.id);

  // Claim each part that changes: a conditional write, so a consultant's acknowledgement or another correction in between wins.
  const claimed: DocumentRecord[] = [];
  for (const p of changed) {
    const supersededBy = replacedBy(p);
    if (p.status === 'superseded' && (p.supersededBy ?? []).join(',') === supersededBy.join(',')) continue; // a retry: already ours
    const ok = await ledger.update(
      p.id,
      { status: 'superseded', supersededBy },
      {
        type: 'superseded',
        actor: by,
        data: { parentId: file.id, previousStatus: p.status, pages: p.pages, supersededBy, reason: 'split corrected in triage', revision },
      },
      (current) => current.status === p.status,
    );
    if (!ok) {
      await undo(deps, file, claimed, made, by);
      const now = await ledger.getDocument(p.id);
      if (now && IN_HANDLING.includes(now.status)) return { ok: false, problem: 'in-handling', parts: [summary(now)] };
      return { ok: false, problem: 'changed-meanwhile' };
    }
    claimed.push(p);
  }

  const childIds = layout.map(
    (pages) => (kept.find((p) => samePages(p.pages, pages)) ?? madeDocs.find((d) => samePages(d.pages, pages)))?.id ?? '',
  );
  const excluded = read.pages.map((p) => p.page).filter((n) => !layout.some((part) => part.includes(n)));
  const updated = await ledger.update(
    file.id,
    { childIds, splitRevision: revision },
    {
      type: 'split.corrected',
      actor: by,
      data: {
        revision,
        previousChildIds: file.childIds ?? [],
        childIds,
        kept: kept.map((p) => p.id),
        replaced: changed.map((p) => ({ id: p.id, pages: p.pages, previousStatus: p.status })),
        created: madeDocs.map((d) => ({ id: d.id, pages: d.pages })),
        excluded,
      },
    },
    (current) => current.status === 'split' && (current.childIds ?? []).join(',') === (file.childIds ?? []).join(','),
  );
  if (!updated) {
    const now = await appliedSplit(deps, file.id);
    if (now && now.parts.length === layout.length && now.parts.every((p, i) => samePages(p.pages, layout[i]))) {
      return { ok: true, file: now.file, parts: now.parts, kept: kept.map((p) => p.id), replaced: [], created: [] }; // the same correction, at the same moment
    }
    await undo(deps, file, claimed, made, by);
    return { ok: false, problem: 'changed-meanwhile' };
  }

  for (const p of changed) await deps.alerts.resolveForDocument(p.id, by, ALERT_KINDS);
  await deps.corrections.append(correctionRecord(file, layout, read, by, deps.clock.now()));
  for (const d of madeDocs) await deps.queue.send(NEXT, d.id);
  deps.logger.info('applied split corrected', {
    documentId: file.id,
    by,
    revision,
    kept: kept.length,
    replaced: changed.map((p) => p.id),
    created: madeDocs.map((d) => d.id),
    changedBoundaries: boundaryDecisions(layout, read.proposal).filter((b) => b.split !== b.proposed).length,
  });
  const after = (await appliedSplit(deps, file.id)) ?? { file, parts: [] };
  return {
    ok: true,
    file: after.file,
    parts: after.parts,
    kept: kept.map((p) => p.id),
    replaced: changed.map((p) => p.id),
    created: madeDocs.map((d) => d.id),
  };
}

function correctedReason(first: number, isFirst: boolean): Reason {
  return isFirst
    ? { code: 'split.corrected', text: `document begint op pagina ${first}: splitsing gecorrigeerd in triage` }
    : { code: 'split.corrected', text: `nieuw document vanaf pagina ${first}: splitsing gecorrigeerd in triage` };
}

/** A correction that lost: the parts it replaced get their status back, the parts it made are set aside, never routed. */
async function undo(
  deps: CorrectSplitDeps,
  file: DocumentRecord,
  claimed: DocumentRecord[],
  made: { document: DocumentRecord; created: boolean }[],
  by: string,
) {
  for (const p of claimed) {
    await deps.ledger.update(
      p.id,
      { status: p.status, supersededBy: undefined },
      { type: 'superseded.undone', actor: by, data: { parentId: file.id, reason: 'the correction could not be applied' } },
      ['superseded'],
    );
  }
  const current = (await deps.ledger.getDocument(file.id))?.childIds ?? [];
  for (const { document, created } of made) {
    if (!created || current.includes(document.id)) continue;
    await deps.ledger.update(
      document.id,
      { status: 'superseded', supersededBy: [] },
      { type: 'superseded', actor: by, data: { parentId: file.id, reason: 'the correction could not be applied' } },
      [WAITING_FOR.route],
    );
  }
}
