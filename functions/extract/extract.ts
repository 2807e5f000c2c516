import { rejectionAlert } from '../../shared/domain/alert.ts';
import { type DocumentRecord, type PageText, pagesKey } from '../../shared/domain/document.ts';
import { UnusableInputError } from '../../shared/domain/errors.ts';
import { languageOf } from '../../shared/domain/language.ts';
import { AFTER_REJECTION, nextStep, WAITING_FOR } from '../../shared/domain/pipeline.ts';
import type { Alerter, Ledger, Logger, ObjectStore, TextExtractor, WorkQueue } from '../../shared/ports.ts';

/**
 * Extract: text per page (text layer, else OCR), stored next to the original. Input that can never
 * be read ends as `rejected` with the reason; anything else that fails is thrown for a retry.
 */
export interface ExtractDeps {
  ledger: Ledger;
  objects: ObjectStore;
  extractor: TextExtractor;
  queue: WorkQueue;
  alerter: Alerter;
  logger: Logger;
  /**
   * While a file is read: what to do with the pages read so far, per file (the embedded runtime
   * separates settled parts of a stack early and sends them on; see the split step).
   */
  whileReading?: (file: DocumentRecord) => (pagesSoFar: PageText[]) => Promise<void>;
}

const NEXT = nextStep('extract');

export async function extract(deps: ExtractDeps, documentId: string, signal?: AbortSignal): Promise<void> {
  const { ledger, objects, queue, logger } = deps;
  const doc = await ledger.getDocument(documentId);
  if (!doc) throw new Error(`document ${documentId} not found`);
  if (doc.status === WAITING_FOR[NEXT]) return queue.send(NEXT, doc.id); // done before a crash; pass it on
  if (doc.status !== WAITING_FOR.extract) return; // already further along

  const started = performance.now();
  // Pages read so far are handled one call after another, never holding up the reading; a failure
  // there loses nothing (the next step does the same with all pages) and is logged.
  const onRead = deps.whileReading?.(doc);
  let handled = Promise.resolve();
  const onPages = onRead
    ? (pagesSoFar: PageText[]) => {
        handled = handled
          .then(() => onRead(pagesSoFar))
          .catch((error: unknown) => logger.warn('pages read so far not handled', { documentId: doc.id, error: (error as Error).message }));
      }
    : undefined;
  try {
    const bytes = await objects.get(doc.objectKey);
    const result = await deps.extractor.extract({
      bytes,
      mediaType: doc.mediaType ?? 'application/octet-stream',
      objectKey: doc.objectKey,
      signal,
      ...(onPages ? { onPages } : {}),
    });
    await handled;
    await objects.put(pagesKey(doc.id), new TextEncoder().encode(JSON.stringify(result.pages)), 'application/json');
    const ocrPages = result.pages.filter((p) => p.source === 'ocr').length;
    const blankPages = result.pages.filter((p) => p.blank).length;
    await ledger.update(
      doc.id,
      { status: 'extracted', pageCount: result.pages.length, mediaType: result.mediaType, language: languageOf(result.pages) },
      {
        type: 'extracted',
        data: { pages: result.pages.length, ocrPages, blankPages, engine: result.engine, rotated: rotatedPages(result.pages) },
      },
      ['received'],
    );
    logger.info('extracted', {
      documentId: doc.id,
      pages: result.pages.length,
      ocrPages,
      blankPages,
      engine: result.engine,
      durationMs: Math.round(performance.now() - started),
    });
    await queue.send(NEXT, doc.id);
  } catch (error) {
    if (!(error instanceof UnusableInputError)) throw error;
    const updated = await ledger.update(
      doc.id,
      { status: 'rejected', rejectReason: error.message, rejectReasonNl: error.messageNl ?? null },
      { type: 'rejected', data: { code: error.code } },
      ['received'],
    );
    logger.warn('rejected', { documentId: doc.id, code: error.code });
    const rejected = await ledger.getDocument(doc.id);
    if (updated && rejected) {
      await deps.alerter.raise(rejectionAlert(rejected));
      await queue.send(AFTER_REJECTION, rejected.id);
    }
  }
}

function rotatedPages(pages: PageText[]) {
  return pages.filter((p) => p.rotation).map((p) => p.page);
}
