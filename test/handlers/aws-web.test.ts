import { randomUUID } from 'node:crypto';
import { GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { DetectDocumentTextCommand } from '@aws-sdk/client-textract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWebHandler, webRoot } from '../../functions/web/handler.ts';
import { DynamoDirectoryChangeLog } from '../../shared/adapters/aws/dynamo-directory-change-log.ts';
import { DynamoLedger } from '../../shared/adapters/aws/dynamo-ledger.ts';
import { createLambdaLogger } from '../../shared/adapters/aws/lambda-logger.ts';
import { ledgerTableAlerts } from '../../shared/adapters/aws/sns-alerter.ts';
import { systemClock } from '../../shared/adapters/clock.ts';
import { addLocalDays } from '../../shared/domain/business-calendar.ts';
import type { Directory } from '../../shared/domain/directory.ts';
import type { DocumentRecord } from '../../shared/domain/document.ts';
import { localDate } from '../../shared/domain/local-date.ts';
import { testUsers } from '../helpers/browser.ts';
import { startOidcProvider, type TestOidcProvider } from '../helpers/oidc-provider.ts';
import { webClient } from '../helpers/web-client.ts';
import { recordingLogger } from '../helpers/work-item-factories.ts';
import { newDocument } from './documents.ts';
import { functionUrl, webClientsOf } from './function-url.ts';
import { lambdaContext, scheduledEvent, startWebTable } from './local-aws.ts';
import { BUCKET, jpegScan, OBJECTION_LINES, type Pipeline, startPipeline, textractPage } from './pipeline-fixture.ts';

/**
 * The web app on AWS, end to end on the local servers: the web Lambda's real composition root
 * (functions/web/web-root.ts over dynalite, s3rver, local SQS, local SES and the SNS stub) behind a
 * function-URL event, next to the pipeline Lambdas. People sign in, upload at the desk, decide in
 * triage and acknowledge in their inbox; the sweep Lambda then has nothing left to say.
 */
const WEB_TABLE = 'postkamer-web';
const SECRET_ARN = 'arn:aws:secretsmanager:eu-central-1:123456789012:secret:postkamer-test-session-AbCdEf';
let p: Pipeline;
let ledger: DynamoLedger;
let handler: ReturnType<typeof createWebHandler>;
let secretReads = 0;
const OIDC_SECRET_ARN = 'arn:aws:secretsmanager:eu-central-1:123456789012:secret:postkamer-test-oidc-client-XyZ123';
/** The function URL's address, as PUBLIC_URL names it: the provider sends people back there. */
const SITE = 'https://abcdefgh.lambda-url.eu-central-1.on.aws';
let idp: TestOidcProvider;

/** Another container of the same function: its own app, the same tables. */
const container = (env: Record<string, string> = {}) =>
  createWebHandler(() =>
    webRoot(
      { ...p.env, WEB_TABLE_NAME: WEB_TABLE, SESSION_SECRET_ARN: SECRET_ARN, USERS_KEY: 'config/users.json', ...env },
      {
        logger: createLambdaLogger('web'),
        // Secrets Manager at its port: the secret's value, as the stack generates it.
        clients: webClientsOf(p, {
          read: async (arn) => {
            if (arn === OIDC_SECRET_ARN) return idp.clientSecret;
            secretReads++;
            expect(arn).toBe(SECRET_ARN);
            return 'a-generated-session-secret-of-forty-characters';
          },
        }),
      },
    ),
  );

const browser = (h = handler) => webClient(functionUrl(h) as never);

beforeAll(async () => {
  p = await startPipeline();
  idp = await startOidcProvider({ redirectUri: `${SITE}/login/oidc/callback`, postLogoutRedirectUri: `${SITE}/login?msg=signed-out` });
  await startWebTable(p.dynamo.client, WEB_TABLE);
  // The users file as operations upload it (passwords `<name>-pass`, as the web client signs in).
  const users = await testUsers([
    { username: 'balie', name: 'Balie Oost', roles: ['desk'], password: 'balie-pass' },
    { username: 'wendy.jacobs', name: 'W. Jacobs', roles: ['triage'], password: 'wendy.jacobs-pass' },
    { username: 'ahmed.bouzid', name: 'A. Jansen', roles: ['consultant'], consultantId: 'c-002', password: 'ahmed.bouzid-pass' },
    { username: 'jolanda.smit', name: 'J. Smit', roles: ['consultant'], consultantId: 'c-007', password: 'jolanda.smit-pass' },
    { username: 'beheer', name: 'Beheer', roles: ['operations'], password: 'beheer-pass' },
  ]);
  await p.s3.client.send(new PutObjectCommand({ Bucket: BUCKET, Key: 'config/users.json', Body: JSON.stringify(users) }));
  ledger = new DynamoLedger(p.dynamo.db, p.dynamo.table, systemClock);
  handler = container();
});
afterAll(async () => {
  await idp?.close();
  await p?.stop();
});

const runSweep = () => p.handlers.sweep(scheduledEvent('postkamer-sweep'), lambdaContext('postkamer-sweep'));
const byReceipt = async (receiptNumber: string) => (await ledger.findByReceiptNumber(receiptNumber)) as DocumentRecord;

describe('the web app on the Lambda handler', () => {
  it('signs people in from the users file in S3 with the secret from Secrets Manager, once per container', async () => {
    const desk = browser();
    expect((await desk.signIn('balie', 'wrong')).status).toBe(401);
    const res = await desk.signIn('balie');
    expect(res.status).toBe(303);
    const page = await desk.request('/desk');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Balie Oost');
    expect(secretReads).toBe(1);
  });

  it('takes in a desk upload: the pipeline Lambdas route it and the desk hands out its receipt number', async () => {
    p.textract.on(DetectDocumentTextCommand).resolves({ DocumentMetadata: { Pages: 1 }, Blocks: textractPage(OBJECTION_LINES) });
    const desk = browser();
    await desk.signIn('balie');
    const batchId = randomUUID();
    const form = new FormData();
    form.append('_csrf', await desk.csrf('/desk'));
    form.append('batchId', batchId);
    form.append('files', new File([Buffer.from(jpegScan('web-desk-objection'))], 'bezwaar.jpg', { type: 'image/jpeg' }));
    const res = await desk.request('/desk/upload', { method: 'POST', body: form });
    expect(res.status).toBe(303);
    await p.drain();
    const batch = await desk.request(`/desk/batch/${batchId}`);
    expect(batch.status).toBe(200);
    const receipt = /class="receipt-number">([^<]+)</.exec(await batch.text())?.[1] ?? '';
    expect(receipt).toMatch(/^PK-/);
    expect(await byReceipt(receipt)).toMatchObject({ channel: 'desk', status: 'routed', route: { team: 'bezwaar' } });
    // The receipt PDF comes back whole through the function URL (base64 on the wire).
    const doc = await byReceipt(receipt);
    const pdf = await desk.request(`/desk/receipts/${doc.id}/pdf`);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
  });

  it('lets the triage officer route what the machine could not, and the consultant acknowledge it', async () => {
    p.textract.on(DetectDocumentTextCommand).resolves({ DocumentMetadata: { Pages: 1 }, Blocks: textractPage(['Zie bijlage', '12-10']) });
    await p.upload('inbox/post/onleesbaar.jpg', jpegScan('web-triage'));
    await p.drain();
    const [inTriage] = await ledger.listDocuments({ status: ['triage'] });
    expect(inTriage).toBeDefined();
    const id = inTriage?.id ?? '';

    const triage = browser();
    await triage.signIn('wendy.jacobs');
    expect(await (await triage.request('/triage')).text()).toContain(inTriage?.receiptNumber ?? '?');
    const decided = await triage.request(`/triage/${id}`, {
      method: 'POST',
      form: { _csrf: await triage.csrf(`/triage/${id}`), type: 'payslip', client: 'K-100234', target: 'consultant', consultant: 'c-002' },
    });
    expect(decided.status).toBe(303);
    expect(decided.headers.get('location')).toBe('/triage?msg=resolved');
    await p.drain();
    expect(await ledger.getDocument(id)).toMatchObject({ status: 'routed', route: { consultantId: 'c-002' } });

    const consultant = browser();
    await consultant.signIn('ahmed.bouzid');
    expect(await (await consultant.request('/inbox')).text()).toContain(`/documents/${id}`);
    const ack = await consultant.request(`/documents/${id}/acknowledge`, {
      method: 'POST',
      form: { _csrf: await consultant.csrf(`/documents/${id}`) },
    });
    expect(ack.status).toBe(303);
    expect(await ledger.getDocument(id)).toMatchObject({ status: 'acknowledged' });
  });

  it('ends the alerts of a routed document once its consultant acknowledges it in the web app', async () => {
    const twoWeeksAgo = new Date(Date.now() - 14 * 86_400_000);
    const past = new DynamoLedger(p.dynamo.db, p.dynamo.table, { now: () => twoWeeksAgo });
    const doc = newDocument({ receivedAt: twoWeeksAgo.toISOString(), receiptNumber: 'PK-WEB-00001' });
    await past.createDocument(doc, { type: 'received' });
    const route = { status: 'routed' as const, team: 'inkomen', consultantId: 'c-002', queue: 'inkomen', clientNumber: null, reasons: [] };
    await past.update(doc.id, { status: 'routed', documentType: 'payslip', confidence: 0.97, route }, { type: 'routed' });
    const alerts = ledgerTableAlerts({
      db: p.dynamo.db,
      table: p.dynamo.table,
      sns: p.sns.client,
      topicArn: p.env.ALERT_TOPIC_ARN ?? '',
      logger: recordingLogger(),
    });

    expect((await runSweep()).raised).toBeGreaterThanOrEqual(2);
    expect((await alerts.listOpen({ documentId: doc.id })).map((a) => a.kind).sort()).toEqual(['escalation', 'unacknowledged']);

    // Operations see the open alerts on their page, served by the Lambda.
    const ops = browser();
    await ops.signIn('beheer');
    const opsPage = await ops.request('/operations');
    expect(opsPage.status).toBe(200);
    expect(await opsPage.text()).toContain('PK-WEB-00001');

    const consultant = browser(container()); // a cold container: the session cookie still holds
    await consultant.signIn('ahmed.bouzid');
    const ack = await consultant.request(`/documents/${doc.id}/acknowledge`, {
      method: 'POST',
      form: { _csrf: await consultant.csrf(`/documents/${doc.id}`) },
    });
    expect(ack.status).toBe(303);
    expect(await alerts.listOpen({ documentId: doc.id })).toEqual([]);
    expect(await runSweep()).toEqual({ raised: 0, resolved: 0 });
    expect(await alerts.listOpen({ documentId: doc.id })).toEqual([]);
  });

  it('records a consultant’s own absence in the directory in S3, audited, and the next load of every container sees it', async () => {
    const today = localDate(new Date(), 'Europe/Amsterdam');
    const absence = { from: addLocalDays(today, 10), to: addLocalDays(today, 12), substituteId: 'c-003' };
    const consultant = browser();
    await consultant.signIn('ahmed.bouzid');
    const res = await consultant.request('/directory/absences', {
      method: 'POST',
      form: { _csrf: await consultant.csrf('/directory'), consultantId: 'c-002', ...absence },
    });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/directory?done=absence.added');
    const stored = await p.s3.client.send(new GetObjectCommand({ Bucket: BUCKET, Key: 'directory/directory.json' }));
    const directory = JSON.parse((await stored.Body?.transformToString()) ?? '{}') as Directory;
    expect(directory.consultants.find((c) => c.id === 'c-002')?.absences).toContainEqual(absence);
    const log = await new DynamoDirectoryChangeLog(p.dynamo.db, p.dynamo.table).list();
    expect(log.map((e) => [e.type, e.actor])).toContainEqual(['absence.added', 'ahmed.bouzid']);
    // Another container (its own directory cache) shows the absence on its directory page.
    const other = browser(container());
    await other.signIn('ahmed.bouzid');
    expect(await (await other.request('/directory')).text()).toContain(`name="from" value="${absence.from}"`);
  });

  it('signs a consultant in through the organisation’s identity provider (OIDC, as Cognito), with its client secret from Secrets Manager', async () => {
    const oidc = container({
      PUBLIC_URL: SITE,
      OIDC_ISSUER: idp.issuer,
      OIDC_CLIENT_ID: idp.clientId,
      OIDC_CLIENT_SECRET_ARN: OIDC_SECRET_ARN,
      OIDC_USERNAME_CLAIM: 'cognito:username',
    });
    idp.answer = { account: 'ahmed.bouzid' };
    const consultant = browser(oidc);
    const login = await consultant.request('/login');
    expect(await login.text()).not.toContain('name="password"');
    const start = await consultant.request('/login/oidc?next=%2Finbox');
    expect(start.status).toBe(303);
    // The browser at the provider: its redirects, with its own cookies, until it is sent back to the function URL.
    const jar = new Map<string, string>();
    let next = new URL(start.headers.get('location') ?? '');
    for (let hop = 0; hop < 10 && next.origin !== SITE; hop++) {
      const res = await fetch(next, { redirect: 'manual', headers: { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') } });
      for (const c of res.headers.getSetCookie()) {
        const [name, ...value] = (c.split(';')[0] ?? '').split('=');
        if (name) jar.set(name, value.join('='));
      }
      next = new URL(res.headers.get('location') ?? '', next);
    }
    expect(next.origin).toBe(SITE);
    const back = await consultant.request(next.pathname + next.search);
    expect(back.status).toBe(303);
    expect(back.headers.get('location')).toBe('/inbox');
    const inbox = await consultant.request('/inbox');
    expect(inbox.status).toBe(200);
    expect(await inbox.text()).toContain('A. Jansen');
  });

  it('says which users file is missing or broken instead of serving without users', async () => {
    const missing = browser(container({ USERS_KEY: 'config/nobody.json' }));
    await expect(missing.request('/login')).rejects.toMatchObject({
      code: 'users.missing',
      message: expect.stringContaining('config/nobody.json'),
    });
    await p.s3.client.send(new PutObjectCommand({ Bucket: BUCKET, Key: 'config/broken.json', Body: '[{"username": "x"' }));
    await expect(browser(container({ USERS_KEY: 'config/broken.json' })).request('/login')).rejects.toMatchObject({
      code: 'users.invalid',
    });
  });

  it('refuses to start OIDC sign-in without a public address, saying which setting is missing', async () => {
    // The invocation fails (a function URL answers 502) and the log names the setting; the next request tries again.
    const unset = browser(container({ OIDC_ISSUER: idp.issuer, OIDC_CLIENT_ID: idp.clientId }));
    await expect(unset.request('/login')).rejects.toMatchObject({
      code: 'config.public-url',
      message: expect.stringContaining('PUBLIC_URL'),
    });
    await expect(unset.request('/login')).rejects.toMatchObject({ code: 'config.public-url' });
  });

  it('keeps a signed-out session out in every container, and throttles sign-in across containers', async () => {
    const a = browser();
    await a.signIn('beheer');
    const cookie = a.cookie();
    await a.request('/logout', { method: 'POST', form: { _csrf: await a.csrf('/operations') } });
    const replay = await webClient(functionUrl(container()) as never).request('/operations', { headers: { cookie } });
    expect(replay.status).toBe(303);
    expect(replay.headers.get('location')).toMatch(/^\/login/);

    const attacker = () => browser(container());
    for (let i = 0; i < 5; i++) expect((await attacker().signIn('jolanda.smit', 'guess')).status).toBe(401);
    expect((await attacker().signIn('jolanda.smit', 'guess')).status).toBe(429);
  });
});
