import { createServer, type Server } from 'node:http';
import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SecretsManagerSecrets } from '../../shared/adapters/aws/secrets-manager.ts';

/**
 * The secret reader against a loopback server that answers Secrets Manager's JSON protocol
 * (no local Secrets Manager exists in npm): the request the SDK really sends, and its answers.
 */
let server: Server;
let endpoint = '';
const asked: { target: string | undefined; body: unknown }[] = [];
const SECRETS: Record<string, { SecretString?: string; SecretBinary?: string }> = {
  'arn:aws:secretsmanager:eu-central-1:1:secret:session': { SecretString: 's3cr3t-value' },
  'arn:aws:secretsmanager:eu-central-1:1:secret:binary': { SecretBinary: 'AAEC' },
};

beforeAll(async () => {
  server = createServer((req, res) => {
    let text = '';
    req.on('data', (chunk) => {
      text += chunk;
    });
    req.on('end', () => {
      const body = JSON.parse(text) as { SecretId: string };
      asked.push({ target: req.headers['x-amz-target'] as string | undefined, body });
      const secret = SECRETS[body.SecretId];
      res.setHeader('content-type', 'application/x-amz-json-1.1');
      if (!secret) {
        res.statusCode = 400;
        res.end(JSON.stringify({ __type: 'ResourceNotFoundException', message: "Secrets Manager can't find the specified secret." }));
        return;
      }
      res.end(JSON.stringify({ ARN: body.SecretId, Name: body.SecretId.split(':').at(-1), VersionId: 'v1', ...secret }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  endpoint = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const secrets = () =>
  new SecretsManagerSecrets(
    new SecretsManagerClient({ endpoint, region: 'eu-central-1', credentials: { accessKeyId: 'x', secretAccessKey: 'x' }, maxAttempts: 1 }),
  );

describe('Secrets Manager secrets', () => {
  it('reads a secret string with GetSecretValue by its ARN', async () => {
    expect(await secrets().read('arn:aws:secretsmanager:eu-central-1:1:secret:session')).toBe('s3cr3t-value');
    expect(asked.at(-1)).toEqual({
      target: 'secretsmanager.GetSecretValue',
      body: { SecretId: 'arn:aws:secretsmanager:eu-central-1:1:secret:session' },
    });
  });

  it('refuses a binary secret by name, and passes on a missing one', async () => {
    await expect(secrets().read('arn:aws:secretsmanager:eu-central-1:1:secret:binary')).rejects.toThrow(
      'secret binary has no string value',
    );
    await expect(secrets().read('arn:aws:secretsmanager:eu-central-1:1:secret:gone')).rejects.toMatchObject({
      name: 'ResourceNotFoundException',
    });
  });
});
