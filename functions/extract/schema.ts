import { stepMessageFor } from '../../shared/domain/step-message.ts';

/** The extract queue's messages: `{ step: 'extract', documentId }`, written by the SQS work queue. */
export const extractMessageSchema = stepMessageFor('extract');
