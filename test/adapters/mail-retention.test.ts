import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import { afterEach, describe, expect, it } from 'vitest';
import { takeInMail } from '../../functions/mail-intake/mail-intake.ts';
import { runRetention } from '../../functions/retention/retention.ts';
import { mailIntakeDeps } from '../../local/mailbox-watcher.ts';
import { openRuntime, type Runtime } from '../../local/runtime.ts';
import { silentLogger } from '../../shared/adapters/local/json-logger.ts';
import { loadConfig } from '../../shared/config.ts';

/**
 * Retention reaches e-mail too (the embedded runtime, real SQLite and object store): a message
 * goes with the last of its documents; one that made none goes after the `rejected` period. Erased
 * means the stored .eml is removed and the record keeps no address or file name.
 */
const opened: { rt: Runtime; dir: string }[] = [];
afterEach(async () => {
  for (const { rt, dir } of opened.splice(0)) {
    await rt.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

async function runtime() {
  const dir = mkdtempSync(join(tmpdir(), 'postkamer-mail-retention-'));
  const rt = await openRuntime({ dataDir: dir, directoryPath: 'examples/directory.json', logger: silentLogger, config: loadConfig({}) });
  opened.push({ rt, dir });
  return rt;
}

const compose = (options: ConstructorParameters<typeof MailComposer>[0]): Promise<Uint8Array> =>
  new Promise((resolve, reject) =>
    new MailComposer({ to: 'post@gemeente.example', subject: 'Papieren', text: 'Zie bijlage.', ...options })
      .compile()
      .build((error, message) => (error ? reject(error) : resolve(new Uint8Array(message)))),
  );

const at = (iso: string) => ({ now: () => new Date(iso) });

describe('retention of e-mail', () => {
  it('erases a message with the last of its documents, and one that made none after the rejected period', async () => {
    const rt = await runtime();
    const deps = mailIntakeDeps(rt);
    const received = new Date('2026-03-02T09:00:00Z');
    const pdf = new TextEncoder().encode('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');
    const withDocs = await takeInMail(deps, {
      bytes: await compose({ from: 'klant@example.org', attachments: [{ filename: 'a.pdf', content: Buffer.from(pdf) }] }),
      source: 'imap:INBOX',
      receivedAt: received,
    });
    const refused = await takeInMail(deps, {
      bytes: await compose({
        from: 'ander@example.org',
        attachments: [{ filename: 'brief.docx', content: Buffer.from('PK\u0003\u0004word/') }],
      }),
      source: 'imap:INBOX',
      receivedAt: received,
    });
    expect(refused.message.documentIds).toEqual([]);
    const retention = (iso: string, dryRun = false) =>
      runRetention(
        { ledger: rt.ledger, objects: rt.objects, directory: rt.directory, clock: at(iso), logger: silentLogger, mailLog: rt.mailLog },
        { dryRun },
      );

    // Before the rejected period (1 year by default): nothing.
    expect((await retention('2027-03-01T12:00:00Z')).mailErased).toBe(0);
    // After it: the message that made no document. Its document keeps the other one.
    expect((await retention('2027-03-03T12:00:00Z', true)).mailErased).toBe(1); // a dry run says so…
    expect(await rt.objects.exists(refused.message.objectKey)).toBe(true); // …and changes nothing
    expect((await retention('2027-03-03T12:00:00Z')).mailErased).toBe(1);
    const erased = await rt.mailLog.get(refused.message.id);
    expect(erased).toMatchObject({
      objectKey: '',
      sender: null,
      refused: [{ filename: '', code: 'sniff.office' }],
      deletedAt: '2027-03-03T12:00:00.000Z',
    });
    expect(await rt.objects.exists(refused.message.objectKey)).toBe(false);
    expect(JSON.stringify(erased)).not.toMatch(/ander@|brief\.docx/);
    expect(await rt.objects.exists(withDocs.message.objectKey)).toBe(true);

    // Its document deleted (by retention, here set directly): the message goes too, once.
    const [docId] = withDocs.message.documentIds;
    await rt.ledger.update(docId as string, { status: 'deleted' }, { type: 'deleted', actor: 'retention' });
    expect((await retention('2037-03-03T12:00:00Z')).mailErased).toBe(1);
    expect(await rt.objects.exists(withDocs.message.objectKey)).toBe(false);
    expect((await rt.mailLog.get(withDocs.message.id))?.sender).toBeNull();
    expect((await retention('2037-03-04T12:00:00Z')).mailErased).toBe(0);
  });
});
