import { stepMessageFor } from '../../shared/domain/step-message.ts';

/** The route queue's messages: `{ step: 'route', documentId }`, written by the SQS work queue. */
export const routeMessageSchema = stepMessageFor('route');
