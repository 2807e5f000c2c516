import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { App } from 'aws-cdk-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { createWebHandler as CreateWebHandler, webRoot as WebRoot } from '../../functions/web/handler.ts';
import { buildApp } from '../../infra/app.ts';
import { createLambdaLogger } from '../../shared/adapters/aws/lambda-logger.ts';
import { functionUrl } from '../handlers/function-url.ts';
import { startWebTable } from '../handlers/local-aws.ts';
import { BUCKET, type Pipeline, startPipeline } from '../handlers/pipeline-fixture.ts';
import { testUsers } from '../helpers/browser.ts';
import { testDirectory } from '../helpers/factories.ts';
import { webClient } from '../helpers/web-client.ts';
import { testApp } from '../infra/synth.ts';

/**
 * The web Lambda as deployed: the web stack synthesized with its real bundling (local esbuild), and
 * the bundle's own code run from the asset folder, outside the repository's sources — its
 * stylesheet and scripts, fonts and native modules must be in that folder, as they will be in the
 * Lambda. The AWS services are the local servers (the bundle's composition root gets their clients).
 */
let p: Pipeline;
let outdir: string;
let bundle: { createWebHandler: typeof CreateWebHandler; webRoot: typeof WebRoot };

beforeAll(async () => {
  outdir = mkdtempSync(join(tmpdir(), 'postkamer-web-bundle-'));
  // The tests' app context (cdk.json's), bundling only the web stack, written to a folder of its own.
  const context = testApp({ stage: 'test', 'aws:cdk:bundling-stacks': ['PostkamerWeb-test'] }).node.getAllContext();
  buildApp(new App({ outdir, context })).app.synth();
  const asset = readdirSync(outdir).find((d) => d.startsWith('asset.') && existsSync(join(outdir, d, 'static', 'app.css')));
  expect(asset, 'the web function asset with static/').toBeDefined();
  bundle = await import(pathToFileURL(join(outdir, asset ?? '', 'index.mjs')).href);
  p = await startPipeline(testDirectory());
  await startWebTable(p.dynamo.client, 'postkamer-web');
  const users = await testUsers([{ username: 'balie', name: 'Balie Oost', roles: ['desk'], password: 'balie-pass' }]);
  await p.s3.client.send(new PutObjectCommand({ Bucket: BUCKET, Key: 'config/users.json', Body: JSON.stringify(users) }));
}, 240_000);

afterAll(async () => {
  await p?.stop();
  if (outdir) rmSync(outdir, { recursive: true, force: true });
});

describe('the synthesized web Lambda bundle', () => {
  it('serves its stylesheet, signs people in and draws the desk page from the asset folder', async () => {
    const handler = bundle.createWebHandler(() =>
      bundle.webRoot(
        {
          ...p.env,
          WEB_TABLE_NAME: 'postkamer-web',
          SESSION_SECRET_ARN: 'arn:aws:secretsmanager:eu-central-1:123456789012:secret:web-bundle',
          USERS_KEY: 'config/users.json',
        },
        {
          logger: createLambdaLogger('web'),
          clients: {
            s3: p.s3.client,
            sqs: p.sqs.client,
            dynamo: p.dynamo.db,
            sns: p.sns.client,
            ses: p.ses.client,
            secrets: { read: async () => 'a-session-secret-for-the-bundle-test-0123' },
          },
        },
      ),
    );
    const desk = webClient(functionUrl(handler) as never);
    const css = await desk.request('/static/app.css');
    expect(css.status).toBe(200);
    expect(css.headers.get('content-type')).toContain('text/css');
    expect((await css.text()).length).toBeGreaterThan(1000);
    expect((await desk.signIn('balie')).status).toBe(303);
    const page = await desk.request('/desk');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Balie Oost');
  });
});
