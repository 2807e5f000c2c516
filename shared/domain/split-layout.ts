/**
 * A split layout: which of a file's pages make up which document, as a person arranges it in
 * triage. A layout is a list of parts, each a list of the file's page numbers (1-based). Pure:
 * the edits the triage page offers (split here, merge, move a page over a boundary, leave out or
 * take back a blank page or sheet), the rules a confirmed layout must meet, and the boundary
 * decisions it holds compared with the machine's proposal.
 */
export type Layout = number[][];

/** A page of the document as the layout needs it: may it be left out (a blank page or a sheet)? */
export interface LayoutPage {
  page: number;
  /** A blank page or a cover/separator sheet: never a document, so it may be left out. */
  excludable: boolean;
}

export type LayoutIssue =
  | { kind: 'no-parts' }
  | { kind: 'empty-part'; part: number }
  /** A part of blank pages and sheets only: it would become an empty document. */
  | { kind: 'blank-part'; part: number }
  | { kind: 'unknown-page'; page: number }
  | { kind: 'page-twice'; page: number }
  /** A page with content that is in no part: it would be lost. */
  | { kind: 'page-missing'; page: number };

/** Each part's pages in file order, and the parts in the order of their first page. */
export function normaliseLayout(layout: Layout): Layout {
  return layout.map((part) => [...part].sort((a, b) => a - b)).sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0));
}

/** Every page in exactly one part; only blank pages and sheets may be left out; no part without content. */
export function validateLayout(layout: Layout, pages: readonly LayoutPage[]): LayoutIssue[] {
  if (layout.length === 0) return [{ kind: 'no-parts' }];
  const issues: LayoutIssue[] = [];
  const known = new Map(pages.map((p) => [p.page, p]));
  const seen = new Set<number>();
  layout.forEach((part, i) => {
    if (part.length === 0) issues.push({ kind: 'empty-part', part: i + 1 });
    else if (part.every((n) => known.get(n)?.excludable)) issues.push({ kind: 'blank-part', part: i + 1 });
    for (const n of part) {
      if (!known.has(n)) issues.push({ kind: 'unknown-page', page: n });
      else if (seen.has(n)) issues.push({ kind: 'page-twice', page: n });
      seen.add(n);
    }
  });
  for (const p of pages) if (!p.excludable && !seen.has(p.page)) issues.push({ kind: 'page-missing', page: p.page });
  return issues;
}

/** The layout the machine proposed, or, without a proposal, every page with content as one document. */
export function initialLayout(pages: readonly LayoutPage[], proposal: Layout | undefined): Layout {
  const known = new Set(pages.map((p) => p.page));
  const proposed = proposal?.map((part) => part.filter((n) => known.has(n))).filter((part) => part.length > 0);
  if (proposed?.length && validateLayout(proposed, pages).length === 0) return normaliseLayout(proposed);
  const content = pages.filter((p) => !p.excludable).map((p) => p.page);
  return [content.length ? content : pages.map((p) => p.page)];
}

const partOfPage = (layout: Layout, page: number) => layout.findIndex((part) => part.includes(page));
const withoutEmpty = (layout: Layout) => layout.filter((part) => part.length > 0);

/** A new document starts at `page` (not the first page of its part: then nothing changes). */
export function splitAt(layout: Layout, page: number): Layout {
  const i = partOfPage(layout, page);
  const part = layout[i];
  if (!part || part[0] === page) return layout;
  const at = part.indexOf(page);
  return [...layout.slice(0, i), part.slice(0, at), part.slice(at), ...layout.slice(i + 1)];
}

/** Part `index` (0-based) joins the part before it. */
export function mergeWithPrevious(layout: Layout, index: number): Layout {
  const part = layout[index];
  const before = layout[index - 1];
  if (!part || !before) return layout;
  return [...layout.slice(0, index - 1), [...before, ...part], ...layout.slice(index + 1)];
}

/** The first page of a part moves to the end of the part before it. */
export function moveToPrevious(layout: Layout, page: number): Layout {
  const i = partOfPage(layout, page);
  const part = layout[i];
  const before = layout[i - 1];
  if (!part || !before || part[0] !== page) return layout;
  return withoutEmpty([...layout.slice(0, i - 1), [...before, page], part.slice(1), ...layout.slice(i + 1)]);
}

/** The last page of a part moves to the start of the part after it. */
export function moveToNext(layout: Layout, page: number): Layout {
  const i = partOfPage(layout, page);
  const part = layout[i];
  const after = layout[i + 1];
  if (!part || !after || part.at(-1) !== page) return layout;
  return withoutEmpty([...layout.slice(0, i), part.slice(0, -1), [page, ...after], ...layout.slice(i + 2)]);
}

/** A blank page or sheet is left out of its part. */
export function leaveOut(layout: Layout, page: number): Layout {
  return withoutEmpty(layout.map((part) => part.filter((n) => n !== page)));
}

/** A page that was left out goes back into the part of the page before it (or the first part). */
export function takeBack(layout: Layout, page: number): Layout {
  if (partOfPage(layout, page) >= 0 || layout.length === 0) return layout;
  let target = 0;
  layout.forEach((part, i) => {
    if ((part[0] ?? Number.POSITIVE_INFINITY) < page) target = i;
  });
  return normaliseLayout(layout.map((part, i) => (i === target ? [...part, page] : part)));
}

/** `1,2;3;4,5`: a layout in a form field or a link. */
export function formatLayout(layout: Layout): string {
  return layout.map((part) => part.join(',')).join(';');
}

/** The layout a form field or link holds, or undefined when it is no layout at all. */
export function parseLayout(text: string | undefined): Layout | undefined {
  if (!text || !/^\d{1,4}(,\d{1,4})*(;\d{1,4}(,\d{1,4})*)*$/.test(text) || text.length > 2000) return undefined;
  return text.split(';').map((part) => part.split(',').map(Number));
}

/** One decision a person took: does a new document start on this page, and did the machine say so? */
export interface BoundaryDecision {
  page: number;
  split: boolean;
  proposed: boolean;
}

/** For every page after the first that is in a part: whether a document starts there, now and in the proposal. */
export function boundaryDecisions(layout: Layout, proposal: Layout): BoundaryDecision[] {
  const starts = new Set(layout.map((part) => part[0]));
  const proposedStarts = new Set(proposal.slice(1).map((part) => part[0]));
  const included = layout.flat().sort((a, b) => a - b);
  return included.slice(1).map((page) => ({ page, split: starts.has(page), proposed: proposedStarts.has(page) }));
}
