import { type DocumentRecord, type DocumentStatus, type PageText, pagesKey, UNROUTED_STATUSES } from '../../shared/domain/document.ts';
import { nextStep, WAITING_FOR } from '../../shared/domain/pipeline.ts';
import type { Reason } from '../../shared/domain/routing.ts';
import type { SplitPart } from '../../shared/domain/split.ts';
import type { SplitCorrection } from '../../shared/domain/split-correction.ts';
import {
  boundaryDecisions,
  initialLayout,
  type Layout,
  type LayoutIssue,
  type LayoutPage,
  normaliseLayout,
  validateLayout,
} from '../../shared/domain/split-layout.ts';
import type { AlertStore, Clock, CorrectionStore, Ledger, Logger, ObjectStore, WorkQueue } from '../../shared/ports.ts';
import { makePart, partOf, sheetInText } from './split.ts';

/**
 * Correcting a split in triage: a person confirms which pages of a document make up which
 * documents — the machine's proposal as it was, or moved, split and merged. Several parts: each
 * becomes a document of its own exactly as the split step makes them (`partOf`: own id, pages,
 * receipt number, parent), the document becomes `split` with `childIds`, and each part goes on to
 * the step after split, to be classified, routed and receipted on its own. One part: the
 * document goes on whole to routing, without the proposal, as it would have without doubt.
 *
 * Every page with content must end in exactly one part; only blank pages and cover/separator
 * sheets may be left out. Each boundary decision (proposed vs confirmed) is kept through the
 * CorrectionStore as training data for the boundary model.
 *
 * Idempotent: parts are keyed by the document's intake key and their pages (as in the split
 * step), so a double submit finds the parts it made before; the document's own write is
 * conditional on it still being unrouted.
 */
export interface CorrectSplitDeps {
  ledger: Ledger;
  objects: ObjectStore;
  queue: WorkQueue;
  corrections: CorrectionStore;
  alerts: Pick<AlertStore, 'resolveForDocument'>;
  clock: Clock;
  logger: Logger;
}

export interface SplitCorrectionInput {
  documentId: string;
  /** The user who confirmed it. */
  by: string;
  /** The parts, each a list of the file's page numbers. */
  parts: Layout;
}

export type CorrectSplitProblem = 'not-in-triage' | 'not-read' | 'invalid-layout';

export type CorrectSplitOutcome =
  | { ok: true; document: DocumentRecord; parts: DocumentRecord[] }
  | { ok: false; problem: 'not-in-triage' | 'not-read' }
  | { ok: false; problem: 'invalid-layout'; issues: LayoutIssue[] };

/** Each part (or the document, when it is one) goes where the split step sends it. */
const NEXT = nextStep('split');

const isUnrouted = (status: DocumentStatus) => (UNROUTED_STATUSES as readonly DocumentStatus[]).includes(status);

/** The pages of a document as the triage page shows them and the layout rules need them. */
export interface DocumentPages {
  texts: PageText[];
  pages: LayoutPage[];
  /** The machine's proposal, or the document's pages with content as one part. */
  proposal: Layout;
}

/** The document's page texts (file page numbers), which of them may be left out, and the proposal; undefined when never read. */
export async function documentPages(objects: ObjectStore, doc: DocumentRecord): Promise<DocumentPages | undefined> {
  const key = pagesKey(doc.id);
  if (!(await objects.exists(key))) return undefined;
  const texts = JSON.parse(new TextDecoder().decode(await objects.get(key))) as PageText[];
  if (texts.length === 0) return undefined;
  const pages = texts.map((p) => ({ page: p.page, excludable: isSheetOrBlank(p) }));
  return { texts, pages, proposal: initialLayout(pages, doc.splitProposal?.parts) };
}

const isSheetOrBlank = (p: PageText) => Boolean(p.blank || p.sheet || sheetInText(p.text));

export async function correctSplit(deps: CorrectSplitDeps, input: SplitCorrectionInput): Promise<CorrectSplitOutcome> {
  const { ledger } = deps;
  const doc = await ledger.getDocument(input.documentId);
  if (!doc) return { ok: false, problem: 'not-in-triage' };
  const layout = normaliseLayout(input.parts);
  if (doc.status === 'split') return sameSplitAgain(deps, doc, layout);
  if (!isUnrouted(doc.status)) return { ok: false, problem: 'not-in-triage' };

  const read = await documentPages(deps.objects, doc);
  if (!read) return { ok: false, problem: 'not-read' };
  const issues = validateLayout(input.parts, read.pages); // part numbers as submitted
  if (issues.length) return { ok: false, problem: 'invalid-layout', issues };

  const outcome = layout.length === 1 ? await goOnWhole(deps, doc, input.by) : await applySplit(deps, doc, layout, read, input.by);
  if (!outcome.ok) return outcome;

  await deps.corrections.append(correctionRecord(doc, layout, read, input.by, deps.clock.now()));
  await deps.alerts.resolveForDocument(doc.id, input.by, ['unrouted', 'failed', 'dead-letter', 'stuck']);
  deps.logger.info('split corrected', {
    documentId: doc.id,
    by: input.by,
    parts: layout.length,
    childIds: outcome.parts.map((p) => p.id),
    changedBoundaries: boundaryDecisions(layout, read.proposal).filter((b) => b.split !== b.proposed).length,
  });
  return outcome;
}

/** One document after all: it goes on whole to routing, without the proposal that sent it to triage. */
async function goOnWhole(deps: CorrectSplitDeps, doc: DocumentRecord, by: string): Promise<CorrectSplitOutcome> {
  const updated = await deps.ledger.update(
    doc.id,
    { status: WAITING_FOR.route, splitProposal: undefined },
    { type: 'separated', actor: by, data: { parts: 1, correctedInTriage: true, previousStatus: doc.status } },
    (current) => isUnrouted(current.status),
  );
  if (!updated) return { ok: false, problem: 'not-in-triage' };
  await deps.queue.send(NEXT, doc.id);
  return { ok: true, document: (await deps.ledger.getDocument(doc.id)) ?? doc, parts: [] };
}

async function applySplit(
  deps: CorrectSplitDeps,
  doc: DocumentRecord,
  layout: Layout,
  read: DocumentPages,
  by: string,
): Promise<CorrectSplitOutcome> {
  const { ledger } = deps;
  const file = partBase(doc);
  const proposedStarts = new Set(read.proposal.slice(1).map((part) => part[0]));
  const created: { document: DocumentRecord; created: boolean }[] = [];
  for (const [i, pages] of layout.entries()) {
    const part: SplitPart = {
      pages,
      reasons: [partReason(i, pages[0] ?? 0, proposedStarts.has(pages[0]))],
      coverClientNumber: coverSheetBefore(read.texts, pages[0] ?? 0),
    };
    const result = await makePart(
      deps,
      partOf(file, part),
      {
        type: 'separated',
        actor: by,
        data: { parentId: doc.id, pages, reasons: part.reasons.map((r) => r.code), correctedInTriage: true },
      },
      read.texts,
    );
    created.push(result);
  }
  const childIds = created.map((c) => c.document.id);
  const excluded = read.pages.map((p) => p.page).filter((n) => !layout.some((part) => part.includes(n)));
  const updated = await ledger.update(
    doc.id,
    { status: 'split', childIds },
    {
      type: 'split',
      actor: by,
      data: {
        parts: layout.length,
        childIds,
        excluded,
        correctedInTriage: true,
        previousStatus: doc.status,
        boundaries: layout.slice(1).map((part) => ({ page: part[0], proposed: proposedStarts.has(part[0]) })),
      },
    },
    (current) => isUnrouted(current.status),
  );
  if (!updated) {
    const again = await sameSplitAgain(deps, (await ledger.getDocument(doc.id)) ?? doc, layout);
    if (!again.ok) await supersede(deps, doc, created, by); // someone else split it otherwise, at the same moment
    return again;
  }
  for (const id of childIds) await deps.queue.send(NEXT, id);
  return { ok: true, document: (await ledger.getDocument(doc.id)) ?? doc, parts: created.map((c) => c.document) };
}

/**
 * A document already split: the same parts again (a double submit, a retry after a crash) are
 * passed on again and change nothing; other parts are refused, the split stands.
 */
async function sameSplitAgain(deps: CorrectSplitDeps, doc: DocumentRecord, layout: Layout): Promise<CorrectSplitOutcome> {
  if (doc.status !== 'split') return { ok: false, problem: 'not-in-triage' };
  const parts = (await Promise.all((doc.childIds ?? []).map((id) => deps.ledger.getDocument(id)))).filter(
    (p): p is DocumentRecord => p !== undefined,
  );
  const same = parts.length === layout.length && parts.every((p, i) => (p.pages ?? []).join(',') === (layout[i] ?? []).join(','));
  if (!same) return { ok: false, problem: 'not-in-triage' };
  for (const p of parts) if (p.status === WAITING_FOR.route) await deps.queue.send(NEXT, p.id);
  return { ok: true, document: doc, parts };
}

/** Parts this request made that lost the race to another split of the same document: set aside, never routed. */
async function supersede(deps: CorrectSplitDeps, doc: DocumentRecord, made: { document: DocumentRecord; created: boolean }[], by: string) {
  for (const { document, created } of made) {
    if (!created) continue;
    await deps.ledger.update(
      document.id,
      { status: 'superseded', supersededBy: [] },
      { type: 'superseded', actor: by, data: { parentId: doc.id, reason: 'the document was split otherwise at the same time' } },
      [WAITING_FOR.route],
    );
  }
}

function partReason(index: number, first: number, proposed: boolean): Reason {
  if (index === 0) return { code: 'split.first', text: `document begint op pagina ${first}` };
  return proposed
    ? { code: 'split.triage-confirmed', text: `nieuw document vanaf pagina ${first}: voorgesteld en bevestigd in triage` }
    : { code: 'split.triage', text: `nieuw document vanaf pagina ${first}: gesplitst in triage` };
}

/** The client a cover sheet right before this page names (blank pages between them do not count). */
/**
 * What a part made in triage starts from: the file, with nothing of the whole file's
 * classification, route, receipt or earlier split, as the split step's parts start.
 */
export function partBase(file: DocumentRecord): DocumentRecord {
  const { splitProposal: _, splitRevision: __, supersededBy: ___, ...rest } = file;
  return {
    ...rest,
    documentType: null,
    confidence: null,
    alternatives: [],
    clientNumber: file.deskClientNumber,
    route: null,
    restricted: false,
    rejectReason: null,
    receipt: null,
  };
}

export function coverSheetBefore(texts: PageText[], first: number): string | undefined {
  const before = texts.filter((p) => p.page < first).sort((a, b) => b.page - a.page);
  for (const p of before) {
    const sheet = p.sheet ?? sheetInText(p.text);
    if (sheet) return sheet.kind === 'cover' ? sheet.clientNumber : undefined;
    if (!p.blank) return undefined;
  }
  return undefined;
}

/** The training record of a confirmed layout: `read.proposal` is what the person started from. */
export function correctionRecord(doc: DocumentRecord, layout: Layout, read: DocumentPages, by: string, now: Date): SplitCorrection {
  const included = new Set(layout.flat());
  return {
    kind: 'split',
    documentId: doc.id,
    by,
    correctedAt: now.toISOString(),
    pages: read.texts.map((p) => {
      const sheet = p.sheet ?? sheetInText(p.text);
      return { page: p.page, text: p.text, blank: Boolean(p.blank), ...(sheet ? { sheet } : {}) };
    }),
    proposed: read.proposal,
    parts: layout,
    excluded: read.pages.map((p) => p.page).filter((n) => !included.has(n)),
    boundaries: boundaryDecisions(layout, read.proposal),
  };
}
