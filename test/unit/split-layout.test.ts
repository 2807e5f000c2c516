import { describe, expect, it } from 'vitest';
import {
  boundaryDecisions,
  formatLayout,
  initialLayout,
  type LayoutPage,
  leaveOut,
  mergeWithPrevious,
  moveToNext,
  moveToPrevious,
  parseLayout,
  splitAt,
  takeBack,
  validateLayout,
} from '../../shared/domain/split-layout.ts';

/** Pages 1–6 of a file; 4 is blank. */
const PAGES: LayoutPage[] = [1, 2, 3, 4, 5, 6].map((page) => ({ page, excludable: page === 4 }));

describe('split layout: the edits triage offers', () => {
  it('splits at a page, and merges a part with the one before it', () => {
    expect(
      splitAt(
        [
          [1, 2, 3],
          [5, 6],
        ],
        2,
      ),
    ).toEqual([[1], [2, 3], [5, 6]]);
    expect(splitAt([[1, 2, 3]], 1)).toEqual([[1, 2, 3]]); // already the first page of its part
    expect(mergeWithPrevious([[1], [2, 3], [5, 6]], 2)).toEqual([[1], [2, 3, 5, 6]]);
    expect(mergeWithPrevious([[1], [2]], 0)).toEqual([[1], [2]]);
  });

  it('moves a page over a boundary, and drops a part that empties', () => {
    expect(moveToPrevious([[1, 2], [3, 5], [6]], 3)).toEqual([[1, 2, 3], [5], [6]]);
    expect(moveToNext([[1, 2], [3, 5], [6]], 2)).toEqual([[1], [2, 3, 5], [6]]);
    expect(moveToPrevious([[1, 2], [3], [5, 6]], 3)).toEqual([
      [1, 2, 3],
      [5, 6],
    ]);
    expect(
      moveToPrevious(
        [
          [1, 2],
          [3, 5],
        ],
        5,
      ),
    ).toEqual([
      [1, 2],
      [3, 5],
    ]); // not the first page of its part
    expect(
      moveToNext(
        [
          [1, 2],
          [3, 5],
        ],
        5,
      ),
    ).toEqual([
      [1, 2],
      [3, 5],
    ]); // no next part
  });

  it('leaves out a page and takes it back into the part before it', () => {
    expect(
      leaveOut(
        [
          [1, 2, 3, 4],
          [5, 6],
        ],
        4,
      ),
    ).toEqual([
      [1, 2, 3],
      [5, 6],
    ]);
    expect(
      takeBack(
        [
          [1, 2, 3],
          [5, 6],
        ],
        4,
      ),
    ).toEqual([
      [1, 2, 3, 4],
      [5, 6],
    ]);
    expect(
      takeBack(
        [
          [2, 3],
          [5, 6],
        ],
        1,
      ),
    ).toEqual([
      [1, 2, 3],
      [5, 6],
    ]);
  });
});

describe('split layout: what a confirmed layout must be', () => {
  it('accepts every page with content once, the blank page left out or not', () => {
    expect(
      validateLayout(
        [
          [1, 2, 3],
          [5, 6],
        ],
        PAGES,
      ),
    ).toEqual([]);
    expect(
      validateLayout(
        [
          [1, 2, 3, 4],
          [5, 6],
        ],
        PAGES,
      ),
    ).toEqual([]);
  });

  it('names a lost page, a page twice, an unknown page, an empty part and a part of blank pages only', () => {
    expect(
      validateLayout(
        [
          [1, 2],
          [5, 6],
        ],
        PAGES,
      ),
    ).toEqual([{ kind: 'page-missing', page: 3 }]);
    expect(
      validateLayout(
        [
          [1, 2, 3],
          [3, 5, 6],
        ],
        PAGES,
      ),
    ).toEqual([{ kind: 'page-twice', page: 3 }]);
    expect(
      validateLayout(
        [
          [1, 2, 3],
          [5, 6, 7],
        ],
        PAGES,
      ),
    ).toEqual([{ kind: 'unknown-page', page: 7 }]);
    expect(validateLayout([[1, 2, 3], [], [5, 6]], PAGES)).toEqual([{ kind: 'empty-part', part: 2 }]);
    expect(validateLayout([[1, 2, 3], [4], [5, 6]], PAGES)).toEqual([{ kind: 'blank-part', part: 2 }]);
    expect(validateLayout([], PAGES)).toEqual([{ kind: 'no-parts' }]);
  });

  it('starts from the proposal, or from one document of the pages with content', () => {
    expect(
      initialLayout(PAGES, [
        [1, 2],
        [3, 5, 6],
      ]),
    ).toEqual([
      [1, 2],
      [3, 5, 6],
    ]);
    expect(initialLayout(PAGES, undefined)).toEqual([[1, 2, 3, 5, 6]]);
    expect(initialLayout(PAGES, [[1, 2]])).toEqual([[1, 2, 3, 5, 6]]); // a proposal that loses pages is no start
  });
});

describe('split layout: boundary decisions and notation', () => {
  it('states for every page after the first whether a document starts there, now and as proposed', () => {
    expect(
      boundaryDecisions(
        [[1], [2, 3], [5, 6]],
        [
          [1, 2, 3],
          [5, 6],
        ],
      ),
    ).toEqual([
      { page: 2, split: true, proposed: false },
      { page: 3, split: false, proposed: false },
      { page: 5, split: true, proposed: true },
      { page: 6, split: false, proposed: false },
    ]);
  });

  it('writes and reads a layout for a link, and refuses anything else', () => {
    expect(formatLayout([[1, 2], [3]])).toBe('1,2;3');
    expect(parseLayout('1,2;3')).toEqual([[1, 2], [3]]);
    for (const bad of [undefined, '', '1,,2', '1;', 'a', '1,2;3<script>']) expect(parseLayout(bad)).toBeUndefined();
  });
});
