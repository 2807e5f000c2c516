import { z } from 'zod';
import { DOCUMENT_TYPE_IDS } from './document-types.ts';

/**
 * A labelled example from triage: when a triage officer picks the type (and client) of a document
 * the machine could not route, the runtime appends one JSON line to
 * `<data-dir>/corrections/<yyyy-mm>.jsonl` (any `*.jsonl` file in `data/corrections/` is read):
 *
 *   {"pages":["…page 1 text…","…page 2…"],"type":"payslip","clientNumber":"K-100234",
 *    "correctedAt":"2026-03-02T10:15:00+01:00","by":"c-017","documentId":"…","predicted":"bank_statement"}
 *
 * `text` (whole document) or `pages` (text per page, preferred: it also trains page-level signals)
 * must be present. `npm run train` adds these examples to the training split with extra weight
 * (they are real documents, and exactly the ones the model got wrong or was unsure about).
 * They hold personal data: they stay in the data directory, never in the repository.
 */
export const trainingExampleSchema = z
  .object({
    text: z.string().min(1).optional(),
    pages: z.array(z.string()).min(1).optional(),
    type: z.enum(DOCUMENT_TYPE_IDS),
    clientNumber: z.string().min(1).nullable(),
    correctedAt: z.iso.datetime({ offset: true }),
    /** Who corrected it: a user or consultant id. */
    by: z.string().min(1),
    documentId: z.string().optional(),
    /** What the machine had said, for error analysis. */
    predicted: z.enum(DOCUMENT_TYPE_IDS).optional(),
  })
  .refine((e) => e.text !== undefined || e.pages !== undefined, { message: 'a correction needs text or pages' });

export type TrainingExample = z.infer<typeof trainingExampleSchema>;

/** The document text of an example, pages joined the way the pipeline joins them. */
export function exampleText(e: Pick<TrainingExample, 'text' | 'pages'>): string {
  return e.pages ? e.pages.join(PAGE_JOINER) : (e.text ?? '');
}

/** How a document's page texts are joined into the text `classify` sees. */
export const PAGE_JOINER = '\n\n';
