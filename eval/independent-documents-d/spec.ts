// What each document in set D declares: its truth next to the function that lays it out.
import type { DocType, Lang } from '../independent-documents-c/lib/common.ts';
import type { Doc, RGB } from '../independent-documents-c/lib/sheet.ts';

export type Render = 'digital' | 'scan' | 'photo' | 'fax';

export interface Spec {
  slug: string;
  type: DocType;
  /** The directory client a careful reader can establish from the document alone. */
  client: string | null;
  /** Identifiers of two different directory clients. */
  conflict?: [string, string];
  language: Lang;
  render: Render;
  /** photo: .jpg (default) or .png; everything else is a PDF. */
  ext?: 'jpg' | 'png';
  label: string;
  /** ISO date of the document (PDF dates, fax header). */
  date: string;
  author?: string;
  /** scan: 0 flat, 1 folded for the envelope, 2 crumpled. */
  crumple?: 0 | 1 | 2;
  /** scan: a low-contrast copy of a copy. */
  copy?: boolean;
  /** photo: colour of what the sheet lies on. */
  table?: RGB;
  /** fax: the sender's header line. */
  faxHeader?: string;
  build: () => Doc;
}

export const WOOD: RGB = [0.55, 0.38, 0.22];
export const OAK: RGB = [0.72, 0.58, 0.4];
export const WHITE_TABLE: RGB = [0.86, 0.85, 0.82];
export const OILCLOTH: RGB = [0.62, 0.75, 0.7];
export const DARK: RGB = [0.2, 0.2, 0.22];
