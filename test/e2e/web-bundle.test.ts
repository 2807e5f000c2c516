import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { App } from 'aws-cdk-lib';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { createWebHandler as CreateWebHandler, webRoot as WebRoot } from '../../functions/web/handler.ts';
import { buildApp } from '../../infra/app.ts';
import { DynamoLedger } from '../../shared/adapters/aws/dynamo-ledger.ts';
import { createLambdaLogger } from '../../shared/adapters/aws/lambda-logger.ts';
import { systemClock } from '../../shared/adapters/clock.ts';
import { functionUrl, webClientsOf } from '../handlers/function-url.ts';
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
  // In the Lambda the bundle's pdfjs is the only one, and it hands pdfjs the Path2D of the canvas
  // shipped beside it. Here the pipeline steps run from the sources in the same process, with the
  // repository's own pdfjs and canvas: load the bundle's first, as the Lambda would have it.
  await import(pathToFileURL(join(outdir, asset ?? '', 'node_modules/pdfjs-dist/legacy/build/pdf.mjs')).href);
  p = await startPipeline(testDirectory());
  await startWebTable(p.dynamo.client, 'postkamer-web');
  const users = await testUsers([
    { username: 'balie', name: 'Balie Oost', roles: ['desk'], password: 'balie-pass' },
    { username: 'wendy.jacobs', name: 'W. Jacobs', roles: ['triage'], password: 'wendy.jacobs-pass' },
  ]);
  await p.s3.client.send(new PutObjectCommand({ Bucket: BUCKET, Key: 'config/users.json', Body: JSON.stringify(users) }));
}, 240_000);

afterAll(async () => {
  await p?.stop();
  if (outdir) rmSync(outdir, { recursive: true, force: true });
});

const bundledHandler = () =>
  bundle.createWebHandler(() =>
    bundle.webRoot(
      {
        ...p.env,
        WEB_TABLE_NAME: 'postkamer-web',
        SESSION_SECRET_ARN: 'arn:aws:secretsmanager:eu-central-1:123456789012:secret:web-bundle',
        USERS_KEY: 'config/users.json',
      },
      {
        logger: createLambdaLogger('web'),
        clients: webClientsOf(p, { read: async () => 'a-session-secret-for-the-bundle-test-0123' }),
      },
    ),
  );

/** A born-digital letter that says nothing the machine can route on: it goes to triage. */
async function vagueLetter(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  pdf.addPage([595, 842]).drawText('Zie bijlage. Met vriendelijke groet.', { x: 72, y: 760, size: 12, font });
  return pdf.save();
}

describe('the synthesized web Lambda bundle', () => {
  it('serves its stylesheet, signs people in and draws the desk page from the asset folder', async () => {
    const handler = bundledHandler();
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

  it('draws a desk receipt (fonts) and a PDF page image (pdfjs and canvas) with what ships beside the bundle', async () => {
    const handler = bundledHandler();
    const desk = webClient(functionUrl(handler) as never);
    await desk.signIn('balie');
    const batchId = randomUUID();
    const form = new FormData();
    form.append('_csrf', await desk.csrf('/desk'));
    form.append('batchId', batchId);
    form.append('files', new File([Buffer.from(await vagueLetter())], 'brief.pdf', { type: 'application/pdf' }));
    expect((await desk.request('/desk/upload', { method: 'POST', body: form })).status).toBe(303);
    await p.drain();
    const [doc] = await new DynamoLedger(p.dynamo.db, p.dynamo.table, systemClock).listDocuments({ status: ['triage'] });
    expect(doc).toBeDefined();
    const receipt = await desk.request(`/desk/receipts/${doc?.id}/pdf`);
    expect(receipt.headers.get('content-type')).toBe('application/pdf');
    expect(
      Buffer.from(await receipt.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');

    const triage = webClient(functionUrl(handler) as never);
    await triage.signIn('wendy.jacobs');
    const image = await triage.request(`/documents/${doc?.id}/pages/1`);
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toBe('image/png');
    const png = Buffer.from(await image.arrayBuffer());
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.length).toBeGreaterThan(2000);
  });
});
