/** "3", "3–5" or "3, 5, 6": the pages of a part of a file, as a person reads them. */
export function pageRange(pages: readonly number[]): string {
  const first = pages[0];
  const last = pages.at(-1);
  if (first === undefined || last === undefined) return '';
  if (first === last) return String(first);
  return last - first + 1 === pages.length ? `${first}–${last}` : pages.join(', ');
}
