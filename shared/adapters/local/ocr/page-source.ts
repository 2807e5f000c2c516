import { UnusableInputError } from '../../../domain/errors.ts';
import type { PageImage } from './page-image.ts';

/** A page as a source yields it: text from a PDF text layer, or an image that still needs OCR. */
export type SourcePage = { page: number; text: string; image?: undefined } | { page: number; image: PageImage; text?: undefined };

export interface SourceLimits {
  maxPages: number;
  /** Pixels per page image (width × height), rendered or decoded. */
  maxPixels: number;
  /** Render resolution for PDF pages without a text layer and without one dominant scan image. */
  dpi: number;
  /** A PDF text layer with fewer letters than this is treated as a scan. */
  minTextLayerLetters: number;
  /** Decoded bytes of one PDF content stream (drawing operators); default 2 MiB (pdf-budget.ts). */
  maxContentBytes?: number;
  /** Wall-clock time to draw one PDF page; default 6 s. */
  renderTimeoutMs?: number;
}

export const tooManyPages = (pages: number, max: number) =>
  new UnusableInputError(
    'extract.too-many-pages',
    `The file has ${pages} pages; the limit is ${max}. Split it into smaller files and send them separately.`,
    { nl: `Het bestand heeft ${pages} pagina’s; de grens is ${max}. Verdeel het over kleinere bestanden en stuur die apart.` },
  );

/**
 * Runs the source one page ahead of its consumer: the next page renders while this one is in OCR
 * (a separate process or worker thread), so both cores work. At most two page images exist at once.
 */
export async function* prefetchOne<T>(source: AsyncGenerator<T>): AsyncGenerator<T> {
  let pending: Promise<IteratorResult<T>> | undefined = source.next();
  try {
    while (pending) {
      const result: IteratorResult<T> = await pending;
      pending = undefined;
      if (result.done) return;
      pending = source.next();
      yield result.value;
    }
  } finally {
    if (pending) {
      // The consumer stopped early (an error, an abort): let the page in flight settle, then close.
      pending.catch(() => {});
      await source.return(undefined).catch(() => {});
    }
  }
}
