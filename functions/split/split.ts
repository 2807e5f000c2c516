import { randomBytes, randomUUID } from 'node:crypto';
import { clientIndexFor } from '../../shared/domain/client-matching.ts';
import { parseSheet, type SheetPayload } from '../../shared/domain/cover-sheet.ts';
import { type DocumentRecord, type NewDocument, type PageText, pagesKey } from '../../shared/domain/document.ts';
import { nextStep, WAITING_FOR } from '../../shared/domain/pipeline.ts';
import { makeReceiptNumber } from '../../shared/domain/receipt-number.ts';
import { proposeSplit, type SplitPart, type SplitResult, splitPages } from '../../shared/domain/split.ts';
import type { DirectorySource, Ledger, Logger, ObjectStore, WorkQueue } from '../../shared/ports.ts';

/**
 * Split: a file that holds several documents (an envelope, a mailroom stack) becomes one document
 * per part, each with its own id, pages, receipt number, route and receipt; the file keeps its
 * record (status `split`, `childIds`) and its original, unchanged. A file of one document goes on
 * as it is. When a boundary is uncertain the file goes on whole, carrying the proposed split, and
 * the route step sends it to triage: a split is never guessed silently.
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
  const directory = await deps.directory.load();
  const splitInput = pages.map((p) => ({ page: p.page, text: p.text, blank: Boolean(p.blank), sheet: p.sheet ?? sheetInText(p.text) }));
  const index = clientIndexFor(directory);
  const result = splitPages(splitInput, index);
  const summary = {
    parts: result.parts.length,
    blankPages: result.blankPages,
    sheetPages: result.sheetPages,
    uncertain: result.uncertain,
  };

  if (result.parts.length <= 1 || result.uncertain) {
    const updated = await ledger.update(
      doc.id,
      {
        status: WAITING_FOR.route,
        ...(result.uncertain ? { splitProposal: proposal(proposeSplit(splitInput, index)) } : {}),
        ...coverClient(result.parts[0]?.coverClientNumber),
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

  const children: DocumentRecord[] = [];
  for (const part of result.parts) {
    const { document } = await ledger.createDocument(partOf(doc, part), {
      type: 'separated',
      actor: doc.source,
      data: { parentId: doc.id, pages: part.pages, reasons: part.reasons.map((r) => r.code) },
    });
    // Written on every run (the same text each time): a run that crashed before it leaves none.
    const own = new Set(part.pages);
    await objects.put(
      pagesKey(document.id),
      new TextEncoder().encode(JSON.stringify(pages.filter((p) => own.has(p.page)))),
      'application/json',
    );
    children.push(document);
  }
  const childIds = children.map((c) => c.id);
  const updated = await ledger.update(
    doc.id,
    { status: 'split', childIds },
    {
      type: 'split',
      data: {
        ...summary,
        childIds,
        boundaries: result.parts.slice(1).map((p) => ({ page: p.pages[0], reasons: p.reasons.map((r) => r.code) })),
      },
    },
    [WAITING_FOR.split],
  );
  if (updated) logger.info('split', { documentId: doc.id, parts: childIds.length, blankPages: result.blankPages.length });
  await sendParts(deps, childIds);
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
function proposal(result: SplitResult) {
  return {
    parts: result.parts.map((p) => p.pages),
    reasons: result.boundaries.filter((b) => b.split).flatMap((b) => b.reasons.map((r) => r.text)),
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
