import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRuntime, type Runtime } from '../../local/runtime.ts';
import { createApp } from '../../local/server.ts';
import { batchFile } from '../../local/web/batch-state.ts';
import { loadConfig } from '../../shared/config.ts';
import { rejectionAlert } from '../../shared/domain/alert.ts';
import type { DocumentRecord, NewDocument } from '../../shared/domain/document.ts';
import { makeReceiptNumber } from '../../shared/domain/receipt-number.ts';
import { newDocument } from '../handlers/documents.ts';
import { testUsers } from '../helpers/browser.ts';
import { testDirectory } from '../helpers/factories.ts';
import { webClient } from '../helpers/web-client.ts';

/**
 * Reasons and alerts for people: the web app shows a rejection, a failed step and an alert in the
 * UI's language (Dutch, or English when the UI is English), and records from before, which carry
 * English only, as English.
 */
const quiet = { info() {}, warn() {}, error() {} };
let rt: Runtime;
let app: ReturnType<typeof createApp>;
let dataDir: string;

const EMPTY_EN = 'The file is empty (0 bytes). Scan the document again.';
const EMPTY_NL = 'Het bestand is leeg (0 bytes). Scan het document opnieuw.';

/** A stored document record (the shared test factory) with what this test needs. */
function document(id: string, o: Partial<NewDocument>): NewDocument {
  return newDocument({
    id,
    receiptNumber: makeReceiptNumber(randomBytes(8)),
    pageCount: 1,
    status: 'failed',
    ...o,
  });
}

/** A client that keeps its cookies and signs in as the given user, in the given UI language. */
async function signedIn(username: string, lang: 'nl' | 'en') {
  const client = webClient(app, { pk_lang: lang });
  await client.signIn(username);
  return client.request;
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'postkamer-plain-reasons-'));
  const directoryPath = join(dataDir, 'directory.json');
  writeFileSync(directoryPath, JSON.stringify(testDirectory()));
  rt = await openRuntime({ dataDir, directoryPath, logger: quiet, config: loadConfig({ POSTKAMER_DATA_DIR: dataDir }) });
  const users = await testUsers([
    { username: 'triage', name: 'Triage', roles: ['triage'], password: 'triage-pass' },
    { username: 'beheer', name: 'Beheer', roles: ['operations'], password: 'beheer-pass' },
  ]);
  app = createApp(rt, { users, sessionSecret: 'unit-test-secret-unit-test-secret-000' });
  await rt.ledger.createDocument(
    document('failed-now', {
      rejectReason: 'step extract failed after 5 attempts',
      rejectReasonNl: 'de stap tekst lezen is 5 keer mislukt; probeer het opnieuw of handel het document met de hand af',
    }),
    { type: 'dead-letter' },
  );
  await rt.ledger.createDocument(document('failed-before', { rejectReason: 'step route failed after 3 attempts' }), {
    type: 'dead-letter',
  });
});

afterAll(async () => {
  await rt.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('rejection reasons in the UI language', () => {
  const item = {
    batchId: 'b',
    seq: 1,
    documentId: 'x',
    filename: 'leeg.pdf',
    channel: 'desk' as const,
    uploadedBy: 'balie',
    uploadedAt: '',
  };
  const rejected = (o: Partial<DocumentRecord>) => ({ ...document('x', { status: 'rejected', ...o }), updatedAt: '' }) as DocumentRecord;

  it('shows a rejected file’s reason in Dutch on the Dutch desk page and in English on the English one', () => {
    const doc = rejected({ rejectReason: EMPTY_EN, rejectReasonNl: EMPTY_NL });
    expect(batchFile(item, doc, undefined, testDirectory(), 'nl')).toMatchObject({ detail: EMPTY_NL, detailLang: 'nl' });
    expect(batchFile(item, doc, undefined, testDirectory(), 'en')).toMatchObject({ detail: EMPTY_EN, detailLang: 'en' });
  });

  it('shows a rejection recorded before Dutch reasons existed in English, marked as English', () => {
    const doc = rejected({ rejectReason: EMPTY_EN });
    expect(batchFile(item, doc, undefined, testDirectory(), 'nl')).toMatchObject({ detail: EMPTY_EN, detailLang: 'en' });
  });

  it('shows why a step failed on the triage page in the UI language', async () => {
    const nl = await (await (await signedIn('triage', 'nl'))('/triage/failed-now')).text();
    expect(nl).toContain(
      '<li lang="nl">De stap tekst lezen is 5 keer mislukt; probeer het opnieuw of handel het document met de hand af</li>',
    );
    const en = await (await (await signedIn('triage', 'en'))('/triage/failed-now')).text();
    expect(en).toContain('<li lang="en">step extract failed after 5 attempts</li>');
    const list = await (await (await signedIn('triage', 'nl'))('/triage')).text();
    expect(list).toContain('<td lang="nl">De stap tekst lezen is 5 keer mislukt');
    expect(list).toContain('<td lang="en">step route failed after 3 attempts</td>');
  });
});

describe('alerts in the UI language', () => {
  it('shows an alert in Dutch or English on the operations page, names the receipt number and links the document', async () => {
    const doc = await rt.ledger.getDocument('failed-now');
    if (!doc) throw new Error('no document');
    await rt.alerts.raise(rejectionAlert({ ...doc, status: 'rejected', rejectReason: EMPTY_EN, rejectReasonNl: EMPTY_NL }));
    await rt.alerts.raise({ kind: 'stuck', key: 'old-alert', message: 'document 1234 stuck (an alert from before)' });

    const nl = await (await (await signedIn('beheer', 'nl'))('/operations')).text();
    expect(nl).toContain(
      `<td lang="nl">Afgewezen: het document met ontvangstbewijs ${doc.receiptNumber}, ontvangen aan de balie, is niet te gebruiken. ${EMPTY_NL} <a href="/documents/failed-now">Open document ${doc.receiptNumber}</a></td>`,
    );
    expect(nl).toContain('<td lang="en">document 1234 stuck (an alert from before)</td>');
    const en = await (await (await signedIn('beheer', 'en'))('/operations')).text();
    expect(en).toContain(
      `<td lang="en">Rejected: the document with receipt ${doc.receiptNumber}, received at the front desk, cannot be used. ${EMPTY_EN}`,
    );
  });
});
