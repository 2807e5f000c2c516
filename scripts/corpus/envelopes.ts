import { DOCUMENT_TYPES } from '../../shared/domain/document-types.ts';
import type { SplitPage } from '../../shared/domain/split.ts';
import type { CorpusDoc } from './corpus.ts';
import type { Rng } from './random.ts';

/**
 * Envelopes and mailroom stacks built from corpus documents, with the truth of where each document
 * begins: 2–12 documents, at most 40 pages, several clients, the same client several times in a
 * row, blank back sides, and letters and forms that run over onto a second or third page with no
 * page numbers (the hard case: nothing but the text says the page goes on).
 */
export interface Envelope {
  pages: SplitPage[];
  documents: { pages: number[]; restricted: boolean; type: CorpusDoc['type']; clientNumber?: string | null }[];
  blank: number[];
}

export interface EnvelopeOptions {
  /** Share of single-page documents that run over onto more pages, unnumbered. */
  runOver?: number;
  /** Share of pages followed by a blank back side. */
  blankBackSide?: number;
  /** The mailroom put a sheet in front of every document after the first: a cover sheet naming the client, else a separator. */
  sheets?: boolean;
}

export function buildEnvelope(pool: readonly CorpusDoc[], rng: Rng, options: EnvelopeOptions = {}): Envelope {
  const count = rng.int(2, 12);
  const pages: SplitPage[] = [];
  const documents: Envelope['documents'] = [];
  const blank: number[] = [];
  let previous: CorpusDoc | undefined;
  for (let i = 0; i < count && pages.length < 40; i++) {
    // A third of the time the same client again (a client's envelope holds several documents).
    const sameClient = previous?.clientNumber ? pool.filter((d) => d.clientNumber === previous?.clientNumber) : [];
    const doc = sameClient.length > 0 && rng.chance(0.35) ? rng.pick(sameClient) : rng.pick(pool);
    const texts = rng.chance(options.runOver ?? 0.3) ? runOver(doc.pages, rng) : doc.pages;
    if (pages.length + texts.length > 40) break;
    const own: number[] = [];
    if (options.sheets && i > 0)
      pages.push({
        page: pages.length + 1,
        text: '',
        blank: false,
        sheet: doc.clientNumber ? { kind: 'cover', clientNumber: doc.clientNumber } : { kind: 'separator' },
      });
    for (const text of texts) {
      pages.push({ page: pages.length + 1, text, blank: false });
      own.push(pages.length);
      if (rng.chance(options.blankBackSide ?? 0.12)) {
        pages.push({ page: pages.length + 1, text: '', blank: true }); // a blank back side
        blank.push(pages.length);
      }
    }
    documents.push({ pages: own, restricted: DOCUMENT_TYPES[doc.type].restricted, type: doc.type, clientNumber: doc.clientNumber });
    previous = doc;
  }
  return { pages, documents, blank };
}

/**
 * A one-page document as it would be printed when its text does not fit one sheet: cut at a line
 * (often mid-paragraph, sometimes mid-sentence) into two or three pages with no page numbers. The
 * later pages may repeat a running header (the issuer's name) or carry only the closing lines.
 */
export function runOver(pages: readonly string[], rng: Rng): string[] {
  if (pages.length !== 1) return [...pages];
  const lines = (pages[0] as string).split('\n');
  const filled = lines.filter((l) => l.trim() !== '').length;
  if (filled < 10) return [...pages];
  const cuts: number[] = [];
  const parts = filled >= 24 && rng.chance(0.3) ? 3 : 2;
  for (let k = 1; k < parts; k++) {
    const lo = Math.floor((lines.length * (k - 0.45)) / parts);
    const hi = Math.floor((lines.length * (k + 0.3)) / parts);
    cuts.push(Math.min(lines.length - 2, Math.max(3, rng.int(lo, hi), (cuts.at(-1) ?? 0) + 2)));
  }
  const header =
    lines
      .find((l) => l.trim() !== '')
      ?.trim()
      .split(/\s{2,}/)[0] ?? '';
  const out: string[] = [];
  let from = 0;
  for (const cut of [...cuts, lines.length]) {
    const body = lines.slice(from, cut);
    const withHeader = from > 0 && header && rng.chance(0.25) ? [header, '', ...body] : body;
    out.push(withHeader.join('\n'));
    from = cut;
  }
  return out.filter((p) => p.trim() !== '');
}
