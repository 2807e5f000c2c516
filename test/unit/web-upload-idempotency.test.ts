import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRuntime, type Runtime } from '../../local/runtime.ts';
import { createApp } from '../../local/server.ts';
import { loadConfig } from '../../shared/config.ts';
import { testUsers } from '../helpers/browser.ts';
import { testDirectory } from '../helpers/factories.ts';
import { webClient } from '../helpers/web-client.ts';

/**
 * Uploads are idempotent by content and submitter, never by form fields alone: the real web app,
 * in-process, posting multipart forms as the browser does.
 */
const quiet = { info() {}, warn() {}, error() {} };
let rt: Runtime;
let app: ReturnType<typeof createApp>;
let dataDir: string;

const pdf = (text: string) => new TextEncoder().encode(`%PDF-1.7\n1 0 obj\n(${text})\nendobj\ntrailer\n%%EOF\n`);

interface UploadAnswer {
  batchId: string;
  documents: { seq: number; filename: string; documentId: string; receiptNumber: string; status: string }[];
}

async function signedIn(username: string) {
  const client = webClient(app);
  await client.signIn(username);
  const token = await client.csrf('/desk');
  /** Posts one upload form as the browser's script does (JSON answer). */
  const upload = async (path: string, form: { batchId: string; seq?: number; files: [string, Uint8Array][] }) => {
    const data = new FormData();
    data.append('_csrf', token);
    data.append('batchId', form.batchId);
    data.append('seq', String(form.seq ?? 0));
    for (const [name, bytes] of form.files) data.append('files', new File([bytes as Uint8Array<ArrayBuffer>], name));
    const res = await client.request(path, { method: 'POST', body: data, headers: { accept: 'application/json' } });
    expect(res.status).toBe(200);
    return (await res.json()) as UploadAnswer;
  };
  return { ...client, upload };
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'postkamer-upload-idem-'));
  const directoryPath = join(dataDir, 'directory.json');
  writeFileSync(directoryPath, JSON.stringify(testDirectory()));
  rt = await openRuntime({ dataDir, directoryPath, logger: quiet, config: loadConfig({ POSTKAMER_DATA_DIR: dataDir }) });
  const users = await testUsers([
    { username: 'balie', name: 'Balie', roles: ['desk'], password: 'balie-pass' },
    { username: 'balie2', name: 'Balie 2', roles: ['desk'], password: 'balie2-pass' },
    { username: 'post', name: 'Post', roles: ['mailroom'], password: 'post-pass' },
  ]);
  app = createApp(rt, { users, sessionSecret: 'unit-test-secret-unit-test-secret-000' });
});

afterAll(async () => {
  await rt.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('desk and mailroom uploads: idempotent by content and submitter', () => {
  it('a form posted again after browser Back with another file gives a new document with its own receipt', async () => {
    const desk = await signedIn('balie');
    const batchId = randomUUID();
    const first = await desk.upload('/desk/upload', { batchId, files: [['loonstrook.pdf', pdf('payslip march')]] });
    const again = await desk.upload('/desk/upload', { batchId, files: [['bankafschrift.pdf', pdf('bank statement march')]] });

    const [a] = first.documents;
    const [b] = again.documents;
    expect(b?.status).toBe('accepted');
    expect(b?.documentId).not.toBe(a?.documentId);
    expect(b?.receiptNumber).not.toBe(a?.receiptNumber);
    // The new bytes have their own ledger row, queued for reading, and are listed in the batch.
    const doc = await rt.ledger.getDocument(b?.documentId ?? '');
    expect(doc?.status).toBe('received');
    expect(doc?.filename).toBe('bankafschrift.pdf');
    expect(rt.queue.pending()).toBeGreaterThanOrEqual(2);
    expect(web().uploads(batchId)).toEqual([
      [0, a?.documentId],
      [1, b?.documentId],
    ]);
    const page = await (await desk.request(`/desk/batch/${batchId}`)).text();
    expect(page).toContain(a?.receiptNumber);
    expect(page).toContain(b?.receiptNumber);
  });

  it('a retried request with the same bytes gives the same document, not a second one', async () => {
    const desk = await signedIn('balie');
    const batchId = randomUUID();
    const bytes = pdf('retried upload');
    const first = await desk.upload('/desk/upload', { batchId, files: [['scan.pdf', bytes]] });
    const retry = await desk.upload('/desk/upload', { batchId, files: [['scan.pdf', bytes]] });

    expect(retry.documents[0]?.documentId).toBe(first.documents[0]?.documentId);
    expect(retry.documents[0]?.receiptNumber).toBe(first.documents[0]?.receiptNumber);
    expect(web().uploads(batchId)).toHaveLength(1);
    expect(web().documentsWithFingerprintOf(first.documents[0]?.documentId ?? '')).toBe(1);
  });

  it('the same bytes again in a new visit are a duplicate with the first receipt', async () => {
    const desk = await signedIn('balie');
    const bytes = pdf('handed in twice');
    const first = await desk.upload('/desk/upload', { batchId: randomUUID(), files: [['brief.pdf', bytes]] });
    const second = await desk.upload('/desk/upload', { batchId: randomUUID(), files: [['brief (1).pdf', bytes]] });

    expect(second.documents[0]?.status).toBe('duplicate');
    expect(second.documents[0]?.receiptNumber).toBe(first.documents[0]?.receiptNumber);
    const dup = await rt.ledger.getDocument(second.documents[0]?.documentId ?? '');
    expect(dup?.duplicateOf).toBe(first.documents[0]?.documentId);
  });

  it('the same file twice in one form: the second is a duplicate of the first', async () => {
    const post = await signedIn('post');
    const bytes = pdf('picked twice');
    const answer = await post.upload('/mailroom/upload', {
      batchId: randomUUID(),
      files: [
        ['envelop.pdf', bytes],
        ['envelop.pdf', bytes],
      ],
    });
    const [a, b] = answer.documents;
    expect(a?.status).toBe('accepted');
    expect(b?.status).toBe('duplicate');
    expect(b?.receiptNumber).toBe(a?.receiptNumber);
  });

  it('two desk users uploading the same bytes: the second is a duplicate, each in their own batch', async () => {
    const one = await signedIn('balie');
    const two = await signedIn('balie2');
    const bytes = pdf('same letter, two desks');
    const a = await one.upload('/desk/upload', { batchId: randomUUID(), files: [['a.pdf', bytes]] });
    const b = await two.upload('/desk/upload', { batchId: randomUUID(), files: [['b.pdf', bytes]] });
    expect(b.documents[0]?.status).toBe('duplicate');
    expect(b.documents[0]?.documentId).not.toBe(a.documents[0]?.documentId);
    expect(b.documents[0]?.receiptNumber).toBe(a.documents[0]?.receiptNumber);
  });
});

/** What the runtime's database holds. */
function web() {
  return {
    uploads: (batchId: string) =>
      (
        rt.db.prepare('SELECT seq, document_id FROM web_uploads WHERE batch_id = ? ORDER BY seq').all(batchId) as {
          seq: number;
          document_id: string;
        }[]
      ).map((r) => [r.seq, r.document_id]),
    documentsWithFingerprintOf: (documentId: string) =>
      (
        rt.db
          .prepare('SELECT COUNT(*) AS n FROM documents WHERE fingerprint = (SELECT fingerprint FROM documents WHERE id = ?)')
          .get(documentId) as { n: number }
      ).n,
  };
}
