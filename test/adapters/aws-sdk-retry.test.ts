import { createServer, request, type Server } from 'node:http';
import { ReceiveMessageCommand, SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SDK_RETRY } from '../../shared/adapters/aws/clients.ts';
import { type LocalSqs, startSqs } from '../handlers/local-aws.ts';

/**
 * The SDK retry settings every postkamer client is built with, against a real SQS server
 * (local-aws-sqs) behind a loopback proxy that answers 503 to the first `failures` requests.
 */
let sqs: LocalSqs;
let proxy: Server;
let proxyUrl: string;
let failures = 0;
let requests = 0;

beforeAll(async () => {
  sqs = await startSqs();
  const target = new URL(await endpointOf(sqs.client));
  proxy = createServer((req, res) => {
    requests++;
    if (failures > 0) {
      failures--;
      req.resume();
      res.writeHead(503, { 'content-type': 'application/x-amz-json-1.0' }).end('{"__type":"ServiceUnavailable","message":"try again"}');
      return;
    }
    const upstream = request(
      { host: target.hostname, port: target.port, path: req.url, method: req.method, headers: req.headers },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', () => resolve()));
  proxyUrl = `http://127.0.0.1:${(proxy.address() as { port: number }).port}`;
});
afterAll(async () => {
  proxy?.closeAllConnections();
  await new Promise((resolve) => proxy?.close(resolve));
  await sqs?.stop();
});

async function endpointOf(client: SQSClient): Promise<string> {
  const endpoint = await client.config.endpoint?.();
  if (!endpoint) throw new Error('the local SQS client has no endpoint');
  return `${endpoint.protocol}//${endpoint.hostname}:${endpoint.port}`;
}

const clientThroughProxy = (config: { maxAttempts?: number; retryMode?: string }) =>
  new SQSClient({ endpoint: proxyUrl, region: 'eu-west-1', credentials: { accessKeyId: 'x', secretAccessKey: 'x' }, ...config });

describe('SDK standard retries (SDK_RETRY)', () => {
  it('are standard mode with 3 attempts in all', () => {
    expect(SDK_RETRY).toEqual({ retryMode: 'standard', maxAttempts: 3 });
  });

  it('make a call that meets one 503 succeed on its second attempt', async () => {
    const { url } = await sqs.queueWithDlq('retry-once');
    const client = clientThroughProxy(SDK_RETRY);
    failures = 1;
    requests = 0;
    const sent = await client.send(new SendMessageCommand({ QueueUrl: url, MessageBody: '{"step":"route","documentId":"d-1"}' }));
    expect(sent.MessageId).toBeTruthy();
    expect(sent.$metadata.attempts).toBe(2);
    expect(requests).toBe(2);
    const received = await sqs.client.send(new ReceiveMessageCommand({ QueueUrl: url, WaitTimeSeconds: 0 }));
    expect(received.Messages?.map((m) => m.Body)).toEqual(['{"step":"route","documentId":"d-1"}']);
    client.destroy();
  });

  it('give up after 3 attempts, so a lasting outage fails the step quickly and SQS retries it', async () => {
    const { url } = await sqs.queueWithDlq('retry-exhausted');
    const client = clientThroughProxy(SDK_RETRY);
    failures = 10;
    requests = 0;
    const error = await client.send(new SendMessageCommand({ QueueUrl: url, MessageBody: 'x' })).catch((e: unknown) => e);
    expect(error).toMatchObject({ $metadata: { httpStatusCode: 503, attempts: 3 } });
    expect(requests).toBe(3);
    failures = 0;
    client.destroy();
  });

  it('are not there with maxAttempts 1 (the setting this replaces): one 503 fails the call', async () => {
    const { url } = await sqs.queueWithDlq('no-retry');
    const client = clientThroughProxy({ maxAttempts: 1 });
    failures = 1;
    requests = 0;
    await expect(client.send(new SendMessageCommand({ QueueUrl: url, MessageBody: 'x' }))).rejects.toMatchObject({
      $metadata: { httpStatusCode: 503 },
    });
    expect(requests).toBe(1);
    client.destroy();
  });
});
