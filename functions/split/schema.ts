import { stepMessageFor } from '../../shared/domain/step-message.ts';

/** The split queue's messages: `{ step: 'split', documentId }`, written by the SQS work queue. */
export const splitMessageSchema = stepMessageFor('split');
