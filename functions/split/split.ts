import { randomBytes, randomUUID } from 'node:crypto';
import type { AuditEventInput } from '../../shared/domain/audit.ts';
import type { ClientIndex } from '../../shared/domain/client-matching.ts';
import { clientIndexFor } from '../../shared/domain/client-matching.ts';
import { parseSheet, type SheetPayload } from '../../shared/domain/cover-sheet.ts';
import { recogniseDataProtectionRequest } from '../../shared/domain/data-protection-request.ts';
import { type DocumentRecord, type NewDocument, type PageText, pagesKey } from '../../shared/domain/document.ts';
import { languageOf } from '../../shared/domain/language.ts';
import { nextStep, WAITING_FOR } from '../../shared/domain/pipeline.ts';
import { makeReceiptNumber } from '../../shared/domain/receipt-number.ts';
import { pageClassifier, proposeSplit, type SplitPage, type SplitPart, settledParts, splitPages } from '../../shared/domain/split.ts';
import type { CreatedDocument, DirectorySource, Ledger, Logger, ObjectStore, WorkQueue } from '../../shared/ports.ts';

/**
 * Split: a file that holds several documents (an envelope, a mailroom stack) becomes one document
 * per part, each with its own id, pages, receipt number, route and receipt; the file keeps its
 * record (status `split`, `childIds`) and its original, unchanged. A file of one document goes on
 * as it is. When a boundary is uncertain, the parts before it are separated as usual and the rest
 * of the file (from the part the doubt is in) goes on as one document carrying the proposed split,
 * which the route step sends to triage: a split is never guessed silently. When the doubt is in
 * the first part, that is the whole file. While a stack is read, settled parts go on early
 * (`releaseWhileReading`).
 *
 * Idempotent: parts are keyed by the file's intake key and their pages, so a redelivered or
 * crashed split finds the parts it made before instead of making new ones.
 */
export interface SplitDeps {
  ledger: Ledger;
  objects: ObjectStore;
  directory: DirectorySource;
  queue: WorkQueue;
  logger: Logger;
}

/** Each part (or the file, when it is one document) goes on to be classified and routed. */
const NEXT = nextStep('split');

export async function split(deps: SplitDeps, documentId: string): Promise<void> {
  const { ledger, objects, queue, logger } = deps;
  const doc = await ledger.getDocument(documentId);
  if (!doc) throw new Error(`document ${documentId} not found`);
  if (doc.status === 'split') return sendParts(deps, doc.childIds ?? []); // split before a crash
  if (doc.status === WAITING_FOR.route) return queue.send(NEXT, doc.id);
  if (doc.status !== WAITING_FOR.split) return;

  const pages = JSON.parse(new TextDecoder().decode(await objects.get(pagesKey(doc.id)))) as PageText[];
  const index = clientIndexFor(await deps.directory.load());
  const input = splitInput(pages);
  // One classification of the pages for the decision and, in doubt, the proposal.
  const classify = pageClassifier();
  const result = splitPages(input, index, { classify });
  const summary = {
    parts: result.parts.length,
    blankPages: result.blankPages,
    sheetPages: result.sheetPages,
    uncertain: result.uncertain,
  };
  // Uncertain somewhere: the parts before the doubt are separated all the same; from the part the
  // doubt is in onwards, the rest of the file goes to a person as one document, with the proposal.
  const settled = result.uncertain ? settledParts(result) : result.parts;

  if (result.parts.length <= 1 || settled.length === 0) {
    const updated = await ledger.update(
      doc.id,
      {
        status: WAITING_FOR.route,
        ...(result.uncertain ? { splitProposal: proposal(proposeSplit(input, index, { classify }).parts) } : {}),
        ...coverClient(result.parts[0]?.coverClientNumber),
        ...dataProtection(pages),
      },
      { type: 'separated', data: summary },
      [WAITING_FOR.split],
    );
    if (updated)
      logger.info('separated', {
        documentId: doc.id,
        ...summary,
        blankPages: result.blankPages.length,
        sheetPages: result.sheetPages.length,
      });
    return queue.send(NEXT, doc.id);
  }

  const toMake: NewDocument[] = settled.map((part) => partOf(doc, part));
  const rest = result.parts.slice(settled.length);
  if (rest.length > 0) {
    const restStart = rest[0]?.pages[0] as number;
    const restPart: SplitPart = { ...(rest[0] as SplitPart), pages: rest.flatMap((p) => p.pages) };
    const proposed = proposeSplit(input, index, { classify }).parts.filter((p) => (p.pages[0] as number) >= restStart);
    toMake.push({ ...partOf(doc, restPart), splitProposal: proposal(proposed) });
  }
  const children: DocumentRecord[] = [];
  for (const part of toMake) children.push((await makePart(deps, part, separated(doc, part), pages)).document);
  const childIds = children.map((c) => c.id);
  const updated = await ledger.update(
    doc.id,
    { status: 'split', childIds },
    {
      type: 'split',
      data: {
        ...summary,
        childIds,
        boundaries: result.parts.slice(1, settled.length + 1).map((p) => ({ page: p.pages[0], reasons: p.reasons.map((r) => r.code) })),
        ...(rest.length > 0 ? { uncertainFrom: rest[0]?.pages[0] } : {}),
      },
    },
    [WAITING_FOR.split],
  );
  if (updated) logger.info('split', { documentId: doc.id, parts: childIds.length, blankPages: result.blankPages.length });
  await sendParts(deps, childIds);
}

/**
 * Early release, while a stack is still being read: after every page, each part that no later page
 * can change (`settledParts`) becomes its document and goes on to be routed, so the first client's
 * post is with its consultant before the last page of the stack is read. The split step, when the
 * whole file is read, finds the same parts (the same pages give the same decisions and the same
 * keys) and makes the rest. Pages are classified once (`pageClassifier`).
 */
export function releaseWhileReading(deps: SplitDeps, file: DocumentRecord): (pagesSoFar: PageText[]) => Promise<void> {
  const classify = pageClassifier();
  const released = new Set<string>();
  let index: ClientIndex | undefined;
  return async (pagesSoFar) => {
    index ??= clientIndexFor(await deps.directory.load());
    for (const part of settledParts(splitPages(splitInput(pagesSoFar), index, { classify }))) {
      const key = part.pages.join(',');
      if (released.has(key)) continue;
      released.add(key);
      const made = partOf(file, part);
      const { document: child } = await makePart(deps, made, separated(file, made), pagesSoFar);
      deps.logger.info('part released while reading', { documentId: child.id, parentId: file.id, pagesRead: pagesSoFar.length });
      await deps.queue.send(NEXT, child.id);
    }
  };
}

/**
 * A part's document (made once: keyed by its intake key) with its pages' text next to it, written
 * on every run (the same text each time): a run that crashed before it leaves none.
 */
export async function makePart(
  deps: Pick<SplitDeps, 'ledger' | 'objects'>,
  part: NewDocument,
  event: AuditEventInput,
  pages: PageText[],
): Promise<CreatedDocument> {
  const own = new Set(part.pages);
  const ownPages = pages.filter((p) => own.has(p.page));
  // What the part's own letter asks, not the file's (a part inherits the file's fields).
  const { dataProtectionRequest: _, ...rest } = part;
  // A part is in its own language too: one envelope can hold a client's Turkish letter and another's Dutch form.
  const made = await deps.ledger.createDocument({ ...rest, ...dataProtection(ownPages), language: languageOf(ownPages) }, event);
  await deps.objects.put(pagesKey(made.document.id), new TextEncoder().encode(JSON.stringify(ownPages)), 'application/json');
  return made;
}

/**
 * A data-protection request in the text of a document that goes on to be classified (the field,
 * or nothing): recognised here, where the document's own pages are known, so that the route step,
 * the views and the legal clock read it from the record.
 */
export function dataProtection(pages: PageText[]): Pick<NewDocument, 'dataProtectionRequest'> {
  const request = recogniseDataProtectionRequest(
    pages
      .filter((p) => !p.blank)
      .map((p) => p.text)
      .join('\n\n'),
  );
  return request ? { dataProtectionRequest: request } : {};
}

/** The audit event of a part the split step made. */
const separated = (file: DocumentRecord, part: NewDocument): AuditEventInput => ({
  type: 'separated',
  actor: file.source,
  data: { parentId: file.id, pages: part.pages, reasons: part.splitReasons ?? [] },
});

/** What the split sees of a page: a sheet found on its image, or (no image read) in its text. */
function splitInput(pages: PageText[]): SplitPage[] {
  return pages.map((p) => ({ page: p.page, text: p.text, blank: Boolean(p.blank), sheet: p.sheet ?? sheetInText(p.text) }));
}

async function sendParts(deps: SplitDeps, childIds: string[]) {
  for (const id of childIds) await deps.queue.send(NEXT, id);
}

/** A part of the file as a document of its own: same original, its own pages, id and receipt number. */
export function partOf(file: DocumentRecord, part: SplitPart): NewDocument {
  const { pages, coverClientNumber } = part;
  const { updatedAt: _, childIds: __, ...inherited } = file;
  return {
    ...inherited,
    id: randomUUID(),
    intakeKey: `${file.intakeKey}#pages:${pages.join(',')}`,
    receiptNumber: makeReceiptNumber(randomBytes(8)),
    status: WAITING_FOR.route,
    pageCount: pages.length,
    parentId: file.id,
    pages,
    splitReasons: part.reasons.map((r) => r.text),
    ...coverClient(coverClientNumber),
  };
}

/** A cover sheet names the client as the desk does: the strongest evidence there is. */
function coverClient(clientNumber: string | undefined): Partial<NewDocument> {
  return clientNumber ? { deskClientNumber: clientNumber, clientNumber } : {};
}

/** The split a person should check, shown in triage: which pages would be which document, and why. */
function proposal(parts: SplitPart[]) {
  return {
    parts: parts.map((p) => p.pages),
    reasons: parts.slice(1).flatMap((p) => p.reasons.map((r) => r.text)),
  };
}

/**
 * A sheet whose QR code was not seen (a sheet PDF uploaded as it was printed, with a text layer)
 * still says what it is: its payload is printed under the code, with its own check character.
 */
export function sheetInText(text: string): SheetPayload | null {
  if (text.length > 2000) return null; // a sheet holds a few lines, not a letter
  for (const token of text.match(/PK1:[A-Z0-9:.-]+/g) ?? []) {
    const sheet = parseSheet(token);
    if (sheet) return sheet;
  }
  return null;
}
