import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uploadDirectory } from '../../scripts/upload-directory.ts';
import { S3CorrectionStore } from '../../shared/adapters/aws/s3-correction-store.ts';
import { S3Directory } from '../../shared/adapters/aws/s3-directory.ts';
import { S3Inbox } from '../../shared/adapters/aws/s3-inbox.ts';
import { S3LetterBox } from '../../shared/adapters/aws/s3-letter-box.ts';
import { S3ObjectStore, sha256OfOriginalKey } from '../../shared/adapters/aws/s3-object-store.ts';
import { ConfigurationError, NotFoundError } from '../../shared/domain/errors.ts';
import { trainingExampleSchema } from '../../shared/domain/training-example.ts';
import { type LocalS3, startS3 } from '../handlers/local-aws.ts';
import { testDirectory } from '../helpers/factories.ts';

const BUCKET = 'postkamer-documents';
let s3: LocalS3;

beforeAll(async () => {
  s3 = await startS3([BUCKET]);
});
afterAll(async () => s3?.stop());

const bytes = (text: string) => new TextEncoder().encode(text);
const putJson = (key: string, value: unknown) =>
  s3.client.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: JSON.stringify(value), ContentType: 'application/json' }));

describe('S3ObjectStore on s3rver', () => {
  it('stores an original under its SHA-256 and storing the same bytes again changes nothing', async () => {
    const store = new S3ObjectStore(s3.client, BUCKET);
    const data = bytes('%PDF-1.7 a scanned payslip');
    const sha256 = createHash('sha256').update(data).digest('hex');
    const first = await store.putOriginal(data, 'application/pdf');
    const again = await store.putOriginal(data, 'application/pdf');
    expect(first).toEqual({ key: `originals/${sha256.slice(0, 2)}/${sha256.slice(2, 4)}/${sha256}`, sha256, size: data.byteLength });
    expect(again).toEqual(first);
    expect(sha256OfOriginalKey(first.key)).toBe(sha256);
    expect(Buffer.from(await store.get(first.key)).toString()).toBe('%PDF-1.7 a scanned payslip');
    const head = await s3.client.send(new GetObjectCommand({ Bucket: BUCKET, Key: first.key }));
    expect(head.ContentType).toBe('application/pdf');
  });

  it('stores derived data under the caller key and tells what exists', async () => {
    const store = new S3ObjectStore(s3.client, BUCKET);
    await store.put('text/doc-1.json', bytes('[{"page":1}]'), 'application/json');
    expect(await store.exists('text/doc-1.json')).toBe(true);
    expect(await store.exists('text/doc-2.json')).toBe(false);
    await expect(store.get('text/doc-2.json')).rejects.toBeInstanceOf(NotFoundError);
  });

  it('posts a letter as a PDF under letters/', async () => {
    const letters = new S3LetterBox(new S3ObjectStore(s3.client, BUCKET));
    const { key } = await letters.post({ documentId: 'doc-9', pdf: bytes('%PDF letter'), address: 'Kerkstraat 5' });
    expect(key).toBe('letters/receipt-doc-9.pdf');
    const res = await s3.client.send(new GetObjectCommand({ Bucket: BUCKET, Key: key }));
    expect(res.ContentType).toBe('application/pdf');
    expect(res.Metadata ?? {}).toEqual({});
  });
});

describe('S3CorrectionStore on s3rver', () => {
  it('keeps each triage correction as a JSON line the trainer reads, one object per correction', async () => {
    const corrections = new S3CorrectionStore(new S3ObjectStore(s3.client, BUCKET));
    const example = {
      documentId: 'doc-42',
      pages: ['Loonstrook oktober', 'pagina 2'],
      type: 'payslip' as const,
      clientNumber: 'K-100234',
      correctedAt: '2026-11-30T14:05:00+01:00',
      by: 'triage.officer',
    };
    await corrections.append(example);
    await corrections.append({ ...example, type: 'bank_statement', correctedAt: '2026-11-30T14:06:00+01:00' });
    const first = await s3.client.send(
      new GetObjectCommand({ Bucket: BUCKET, Key: 'corrections/2026-11/doc-42-20261130T130500000Z.jsonl' }),
    );
    const text = (await first.Body?.transformToString()) ?? '';
    expect(text.endsWith('\n')).toBe(true);
    expect(trainingExampleSchema.parse(JSON.parse(text))).toMatchObject({ type: 'payslip', pages: example.pages });
    const second = await s3.client.send(
      new GetObjectCommand({ Bucket: BUCKET, Key: 'corrections/2026-11/doc-42-20261130T130600000Z.jsonl' }),
    );
    expect(JSON.parse((await second.Body?.transformToString()) ?? '{}')).toMatchObject({ type: 'bank_statement' });
  });
});

describe('S3Inbox on s3rver', () => {
  it('reads an upload with the metadata the desk set', async () => {
    await s3.client.send(
      new PutObjectCommand({ Bucket: BUCKET, Key: 'inbox/desk/scan 1.pdf', Body: '%PDF', Metadata: { 'client-number': 'K-100234' } }),
    );
    const upload = await new S3Inbox(s3.client).read({ bucket: BUCKET, key: 'inbox/desk/scan 1.pdf' });
    expect(upload.kind === 'read' && Buffer.from(upload.bytes).toString()).toBe('%PDF');
    expect(upload.kind === 'read' && upload.metadata).toEqual({ 'client-number': 'K-100234' });
    await expect(new S3Inbox(s3.client).read({ bucket: BUCKET, key: 'inbox/desk/gone.pdf' })).rejects.toBeInstanceOf(NotFoundError);
  });

  it('checks the size before reading: an upload over the limit is described, its first bytes read, never the whole', async () => {
    const key = 'inbox/post/big.pdf';
    const body = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(20_000, 0x20)]);
    await s3.client.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: body, Metadata: { 'receipt-email': 'a@example.org' } }));
    const inbox = new S3Inbox(s3.client);

    const read = await inbox.read({ bucket: BUCKET, key }, { maxBytes: 10_000 });
    expect(read).toMatchObject({ kind: 'too-large', info: { size: body.byteLength, metadata: { 'receipt-email': 'a@example.org' } } });
    expect(await inbox.describe({ bucket: BUCKET, key })).toMatchObject({ size: body.byteLength, etag: expect.stringMatching(/.+/) });
    expect(Buffer.from(await inbox.readStart({ bucket: BUCKET, key }, 8)).toString()).toBe('%PDF-1.7');
    expect((await inbox.read({ bucket: BUCKET, key }, { maxBytes: body.byteLength })).kind).toBe('read');
    await expect(inbox.describe({ bucket: BUCKET, key: 'inbox/post/gone.pdf' })).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('S3Directory on s3rver', () => {
  it('loads and validates the directory, keeps it while its ETag is unchanged and reloads it when it changes', async () => {
    await putJson('directory/directory.json', testDirectory());
    const source = new S3Directory(s3.client, { bucket: BUCKET, key: 'directory/directory.json', recheckMs: 0 });
    const first = await source.load();
    expect(first.organisation.name).toBe('Gemeente Test');
    expect(await source.load()).toBe(first); // 304 Not Modified: the parsed object is reused
    await putJson('directory/directory.json', { ...testDirectory(), organisation: { name: 'Gemeente Nieuw' } });
    const changed = await source.load();
    expect(changed).not.toBe(first);
    expect(changed.organisation.name).toBe('Gemeente Nieuw');
  });

  it('does not ask S3 again within the recheck interval', async () => {
    await putJson('directory/cached.json', testDirectory());
    let clock = 0;
    const source = new S3Directory(s3.client, { bucket: BUCKET, key: 'directory/cached.json', recheckMs: 30_000, now: () => clock });
    const first = await source.load();
    await putJson('directory/cached.json', { ...testDirectory(), organisation: { name: 'Later' } });
    expect(await source.load()).toBe(first);
    clock = 31_000;
    expect((await source.load()).organisation.name).toBe('Later');
  });

  it('names what is wrong with an invalid or missing directory, without quoting its content', async () => {
    await s3.client.send(new PutObjectCommand({ Bucket: BUCKET, Key: 'directory/broken.json', Body: '{"teams": [ Jan de Vries' }));
    const broken = new S3Directory(s3.client, { bucket: BUCKET, key: 'directory/broken.json' });
    await expect(broken.load()).rejects.toThrow(/is not valid JSON$/);
    await putJson('directory/invalid.json', { ...testDirectory(), teams: [] });
    await expect(new S3Directory(s3.client, { bucket: BUCKET, key: 'directory/invalid.json' }).load()).rejects.toThrow(/teams/);
    await expect(new S3Directory(s3.client, { bucket: BUCKET, key: 'directory/none.json' }).load()).rejects.toBeInstanceOf(
      ConfigurationError,
    );
  });
});

describe('scripts/upload-directory.ts', () => {
  it('uploads a valid directory where the Lambdas read it, reporting counts only', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'directory-'));
    const file = join(dir, 'directory.json');
    writeFileSync(file, JSON.stringify(testDirectory()));
    const result = await uploadDirectory({ file, bucket: BUCKET, s3: s3.client });
    expect(result).toMatchObject({ location: `s3://${BUCKET}/directory/directory.json`, teams: 7, consultants: 5, clients: 3 });
    expect(JSON.stringify(result)).not.toContain('Vries');
    const loaded = await new S3Directory(s3.client, { bucket: BUCKET, key: 'directory/directory.json' }).load();
    expect(loaded.clients.map((c) => c.clientNumber)).toContain('K-100234');
  });

  it('refuses an invalid directory before uploading anything', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'directory-'));
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify({ ...testDirectory(), consultants: [{ id: 'c-1', name: 'X', team: 'nope' }] }));
    await expect(uploadDirectory({ file, bucket: BUCKET, key: 'directory/bad.json', s3: s3.client })).rejects.toThrow(
      /consultants\.0\.team: unknown team "nope"/,
    );
    await expect(new S3ObjectStore(s3.client, BUCKET).exists('directory/bad.json')).resolves.toBe(false);
  });
});
