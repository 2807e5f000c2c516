import { z } from 'zod';
import { STEPS, type Step } from './pipeline.ts';

/**
 * The contract of the step queues: ids only, never document content. The SQS work queue writes
 * it, the step handlers parse it with the same schema; the steps are the pipeline's own list.
 */
export const stepMessageSchema = z.object({ step: z.enum(STEPS), documentId: z.string().min(1).max(100) }).strict();
export type StepMessage = z.infer<typeof stepMessageSchema>;

/** The message one step's queue carries: only that step (a message on the wrong queue is poison). */
export const stepMessageFor = <S extends Step>(step: S) =>
  z.object({ step: z.literal(step), documentId: z.string().min(1).max(100) }).strict();

/** What a team queue carries when a document is routed to the team (or triage): ids only. */
export const teamMessageSchema = z
  .object({
    type: z.literal('document.routed'),
    documentId: z.string(),
    status: z.enum(['routed', 'triage']),
    team: z.string(),
    queue: z.string(),
    consultantId: z.string().nullable(),
    /** A copy for information (employment contracts go to werk as well). */
    copy: z.boolean(),
  })
  .strict();
export type TeamMessage = z.infer<typeof teamMessageSchema>;
