import { z } from 'zod';

/**
 * Textract's completion notification (SNS → SQS with raw message delivery, so the notification
 * JSON is the message body). `JobTag` is the original's SHA-256 (see TextractExtractor).
 */
export const textractCompletionSchema = z.object({
  JobId: z.string().min(1),
  Status: z.enum(['SUCCEEDED', 'FAILED', 'ERROR', 'PARTIAL_SUCCESS']),
  API: z.literal('StartDocumentTextDetection'),
  JobTag: z.string().regex(/^[0-9a-f]{64}$/, 'expected the SHA-256 of the original'),
  Timestamp: z.number().optional(),
  DocumentLocation: z.object({ S3ObjectName: z.string().min(1), S3Bucket: z.string().min(1) }),
});
export type TextractCompletion = z.infer<typeof textractCompletionSchema>;
