import { z } from 'zod';

/** The EventBridge schedule's event that starts a sweep. */
export const scheduledEventSchema = z.object({
  'detail-type': z.literal('Scheduled Event'),
  source: z.literal('aws.events'),
  id: z.string(),
  time: z.iso.datetime({ offset: true }),
});
