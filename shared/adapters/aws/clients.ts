import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/**
 * How every postkamer AWS client retries (S3, SQS, SNS, SES, DynamoDB; pass it to each `new
 * XxxClient(...)` so the choice is made once, here): the SDK's standard mode, which retries
 * throttling, 5xx (500/502/503/504), timeouts and connection resets with exponential backoff and
 * full jitter, and stops retrying when its client-wide retry quota is spent, so an outage does not
 * become a retry storm.
 *
 * The budget inside a Lambda: 3 attempts means at most 2 sleeps of random·(base·2ⁿ), base 50 ms
 * (1 s for throttling): under 0.2 s, or under 3 s when throttled (a Retry-After hint may add up to
 * 5 s a sleep), against function timeouts of 60 s and more. A step that still fails is retried by
 * SQS after the visibility timeout, and dead-lettered after maxReceiveCount.
 *
 * The pipeline's own backoff (`backoff.ts`) is for what this does not cover. A caller that wraps
 * a client's calls in it builds that client with `maxAttempts: 1`: the two must not multiply
 * (6 tries of 3 attempts each would be 18 calls and minutes of sleep).
 */
export const SDK_RETRY = { retryMode: 'standard', maxAttempts: 3 } as const;

/** The document client every DynamoDB adapter expects: plain JS values in, plain JS values out. */
export function documentClient(client: DynamoDBClient = new DynamoDBClient({ ...SDK_RETRY })): DynamoDBDocumentClient {
  return DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false } });
}
