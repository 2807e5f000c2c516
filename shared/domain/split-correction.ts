import { z } from 'zod';
import { DOCUMENT_TYPE_IDS } from './document-types.ts';
import type { TrainingExample } from './training-example.ts';

/**
 * A split correction from triage, kept as training data for the boundary model: the file's pages
 * as the split step saw them, the parts the machine proposed and the parts a person confirmed, and
 * every boundary decision in between. It goes where triage's type corrections go (the
 * CorrectionStore: `<data-dir>/corrections/*.jsonl`, `corrections/<yyyy-mm>/` on AWS), as one JSON
 * line marked `"kind":"split"`:
 *
 *   {"kind":"split","documentId":"…","by":"triage","correctedAt":"2026-03-02T10:15:00.000Z",
 *    "pages":[{"page":1,"text":"…","blank":false},{"page":2,"text":"","blank":true},…],
 *    "proposed":[[1,3],[4]],"parts":[[1],[3,4]],"excluded":[2],
 *    "boundaries":[{"page":3,"split":true,"proposed":false},{"page":4,"split":false,"proposed":true}]}
 *
 * Backward compatible: a line without `kind` is a type correction (`TrainingExample`), as before.
 * The classifier's training reads only those (a split line is no valid example for it: it has no
 * `type`); the boundary model's training reads only `kind: "split"` lines. They hold document text
 * and are personal data: never in the repository.
 */
const sheetSchema = z.object({
  kind: z.enum(['cover', 'separator']),
  clientNumber: z.string().optional(),
  documentType: z.enum(DOCUMENT_TYPE_IDS).optional(),
});

export const splitCorrectionSchema = z.object({
  kind: z.literal('split'),
  documentId: z.string().min(1),
  /** Who confirmed the parts: a user id. */
  by: z.string().min(1),
  correctedAt: z.iso.datetime({ offset: true }),
  /** The document's pages in file order (file page numbers), with what the split step saw on them. */
  pages: z
    .array(z.object({ page: z.number().int().positive(), text: z.string(), blank: z.boolean(), sheet: sheetSchema.nullable().optional() }))
    .min(1),
  /** The parts the machine proposed (one part when it proposed none). */
  proposed: z.array(z.array(z.number().int().positive())),
  /** The parts the person confirmed: each a document. */
  parts: z.array(z.array(z.number().int().positive()).min(1)).min(1),
  /** Blank pages and sheets the person left out of every part. */
  excluded: z.array(z.number().int().positive()),
  /** For every page after the first in a part: does a document start there, and did the machine propose it? */
  boundaries: z.array(z.object({ page: z.number().int().positive(), split: z.boolean(), proposed: z.boolean() })),
});

export type SplitCorrection = z.infer<typeof splitCorrectionSchema>;

/** What the CorrectionStore keeps: a type correction (no `kind`, as always) or a split correction. */
export type CorrectionRecord = TrainingExample | SplitCorrection;

export function isSplitCorrection(record: CorrectionRecord): record is SplitCorrection {
  return 'kind' in record && record.kind === 'split';
}
