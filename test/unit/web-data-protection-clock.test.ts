import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRuntime, type Runtime } from '../../local/runtime.ts';
import { createApp } from '../../local/server.ts';
import { loadConfig } from '../../shared/config.ts';
import type { DataProtectionRequest } from '../../shared/domain/data-protection-request.ts';
import type { NewDocument } from '../../shared/domain/document.ts';
import { makeReceiptNumber } from '../../shared/domain/receipt-number.ts';
import type { Clock } from '../../shared/ports.ts';
import { newDocument } from '../handlers/documents.ts';
import { testUsers } from '../helpers/browser.ts';
import { testDirectory } from '../helpers/factories.ts';
import { webClient } from '../helpers/web-client.ts';

/**
 * The one-month term of a data-protection request, on every page that shows a work item's clock:
 * the consultant's inbox, the document page, the triage page and the JSON API, in Dutch and English.
 */
const quiet = { info() {}, warn() {}, error() {} };
const NOW = new Date('2026-06-20T10:00:00.000Z');
const clock: Clock = { now: () => NOW };
let rt: Runtime;
let app: ReturnType<typeof createApp>;
let dataDir: string;

const correction: DataProtectionRequest = { right: 'rectification', rights: ['rectification'], law: 'AVG art. 16' };

/** A stored document record (the shared test factory) with what this test needs. */
function record(id: string, o: Partial<NewDocument>): NewDocument {
  return newDocument({
    id,
    receiptNumber: makeReceiptNumber(randomBytes(8)),
    channel: 'post',
    receivedAt: '2026-06-15T08:00:00.000Z',
    pageCount: 1,
    status: 'routed',
    documentType: 'other',
    confidence: 0.9,
    clientNumber: 'K-100234',
    route: { status: 'routed', team: 'werk', consultantId: 'c-010', queue: 'werk', clientNumber: 'K-100234', reasons: [] },
    dataProtectionRequest: correction,
    ...o,
  });
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'postkamer-web-avg-'));
  const directoryPath = join(dataDir, 'directory.json');
  writeFileSync(directoryPath, JSON.stringify(testDirectory()));
  rt = await openRuntime({ dataDir, directoryPath, logger: quiet, clock, config: loadConfig({ POSTKAMER_DATA_DIR: dataDir }) });
  const users = await testUsers([
    { username: 'smit', name: 'D. Smit', roles: ['consultant'], consultantId: 'c-010', password: 'smit-pass' },
    { username: 'triage', name: 'Triage', roles: ['triage'], password: 'triage-pass' },
  ]);
  app = createApp(rt, { users, sessionSecret: 'unit-test-secret-unit-test-secret-000' });
  await rt.ledger.createDocument(record('avg', {}), { type: 'routed' });
  await rt.ledger.createDocument(
    record('avg-triage', {
      status: 'triage',
      route: { status: 'triage', team: 'triage', consultantId: null, queue: 'triage', clientNumber: null, reasons: [] },
    }),
    { type: 'triage' },
  );
});

afterAll(async () => {
  await rt.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the clock of a data-protection request on the work item', () => {
  it('is in the consultant inbox and on the document page, with the law and the date', async () => {
    const c = webClient(app);
    await c.signIn('smit');
    const inbox = await (await c.request('/inbox')).text();
    expect(inbox).toContain('AVG art. 12 lid 3: uiterlijk 15 juli 2026');
    const page = await (await c.request('/documents/avg')).text();
    expect(page).toContain('Privacyverzoek (AVG)');
    expect(page).toContain('AVG art. 12 lid 3: uiterlijk 15 juli 2026 (1 maand; verzoek om rectificatie, AVG art. 16): nog 25 dagen');
  });

  it('is in English after the language switch', async () => {
    const c = webClient(app);
    await c.signIn('smit');
    await c.request('/language/en?next=/inbox');
    const page = await (await c.request('/documents/avg')).text();
    expect(page).toContain('AVG art. 12 lid 3: by 15 July 2026 (1 month; request for rectification, AVG art. 16): 25 days left');
  });

  it('is in the JSON API, with the request', async () => {
    const c = webClient(app);
    await c.signIn('smit');
    const doc = await (await c.request('/api/documents/avg')).json();
    expect(doc.dataProtectionRequest).toEqual(correction);
    expect(doc.legalClock).toMatchObject({
      kind: 'data-protection-response',
      law: 'AVG art. 12 lid 3',
      dueDate: '2026-07-15',
      daysLeft: 25,
    });
    const inbox = await (await c.request('/api/inbox')).json();
    expect(JSON.stringify(inbox)).toContain('"dueDate":"2026-07-15"');
  });

  it('is on the triage page, so the triage officer sees the request too', async () => {
    const c = webClient(app);
    await c.signIn('triage');
    const page = await (await c.request('/triage/avg-triage')).text();
    expect(page).toContain('Privacyverzoek (AVG)');
    expect(page).toContain('AVG art. 12 lid 3: uiterlijk 15 juli 2026');
  });
});
