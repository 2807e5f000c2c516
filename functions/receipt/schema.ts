import { stepMessageFor } from '../../shared/domain/step-message.ts';

/** The receipt queue's messages: `{ step: 'receipt', documentId }`, written by the SQS work queue. */
export const receiptMessageSchema = stepMessageFor('receipt');
