import type { S3Client } from '@aws-sdk/client-s3';
import type { SESv2Client } from '@aws-sdk/client-sesv2';
import type { SNSClient } from '@aws-sdk/client-sns';
import type { SQSClient } from '@aws-sdk/client-sqs';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import type { WebClients } from '../../functions/web/handler.ts';
import type { SecretReader } from '../../shared/adapters/aws/secrets-manager.ts';
import { lambdaContext } from './local-aws.ts';

type WebHandler = (event: APIGatewayProxyEventV2, context: Context) => Promise<APIGatewayProxyStructuredResultV2>;

/** Bodies a function URL passes as text; anything else (multipart, PDF, images) arrives base64-encoded. */
const TEXT = /^(text\/|application\/(x-www-form-urlencoded|json))/;

/**
 * A Lambda function URL in front of a handler, as `app.request` looks to test clients: a fetch
 * Request becomes the payload-2.0 event a function URL sends (cookies apart, binary bodies base64,
 * https, the caller's address in `requestContext.http.sourceIp`), and the result a Response.
 */
export function functionUrl(handler: WebHandler, o: { domain?: string; sourceIp?: string } = {}) {
  const domain = o.domain ?? 'abcdefgh.lambda-url.eu-central-1.on.aws';
  const sourceIp = o.sourceIp ?? '192.0.2.10';
  return {
    async request(url: string, init: RequestInit = {}): Promise<Response> {
      const req = new Request(url, init);
      const u = new URL(url);
      const headers: Record<string, string> = {};
      req.headers.forEach((value, key) => {
        headers[key] = value;
      });
      const cookies = headers.cookie ? headers.cookie.split(/;\s*/).filter(Boolean) : undefined;
      delete headers.cookie;
      const bytes = init.body === undefined || init.body === null ? undefined : Buffer.from(await req.arrayBuffer());
      const text = TEXT.test(headers['content-type'] ?? '');
      const event: APIGatewayProxyEventV2 = {
        version: '2.0',
        routeKey: '$default',
        rawPath: u.pathname,
        rawQueryString: u.search.slice(1),
        ...(cookies?.length ? { cookies } : {}),
        headers: { ...headers, host: domain, 'x-forwarded-proto': 'https', 'x-forwarded-for': sourceIp },
        requestContext: {
          accountId: 'anonymous',
          apiId: domain.split('.')[0] ?? 'url',
          domainName: domain,
          domainPrefix: domain.split('.')[0] ?? 'url',
          http: { method: req.method, path: u.pathname, protocol: 'HTTP/1.1', sourceIp, userAgent: 'postkamer-test' },
          requestId: crypto.randomUUID(),
          routeKey: '$default',
          stage: '$default',
          time: new Date().toUTCString(),
          timeEpoch: Date.now(),
        },
        ...(bytes
          ? { body: text ? bytes.toString('utf8') : bytes.toString('base64'), isBase64Encoded: !text }
          : { isBase64Encoded: false }),
      };
      const result = await handler(event, lambdaContext('postkamer-web', 30_000));
      const out = new Headers();
      for (const [k, v] of Object.entries(result.headers ?? {})) out.set(k, String(v));
      for (const c of result.cookies ?? []) out.append('set-cookie', c);
      const status = result.statusCode ?? 200;
      const body = result.body === undefined ? null : result.isBase64Encoded ? Buffer.from(result.body, 'base64') : result.body;
      return new Response(status === 204 || status === 304 ? null : body, { status, headers: out });
    },
  };
}

/** The web Lambda's clients over a local pipeline's servers, with Secrets Manager at its port. */
export function webClientsOf(
  p: {
    s3: { client: S3Client };
    sqs: { client: SQSClient };
    dynamo: { db: DynamoDBDocumentClient };
    sns: { client: SNSClient };
    ses: { client: SESv2Client };
  },
  secrets: SecretReader,
): WebClients {
  return { s3: p.s3.client, sqs: p.sqs.client, dynamo: p.dynamo.db, sns: p.sns.client, ses: p.ses.client, secrets };
}
