import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { intake } from '../../functions/intake/intake.ts';
import { recoverStranded } from '../../local/recover-stranded.ts';
import { openRuntime } from '../../local/runtime.ts';
import { Worker } from '../../local/worker.ts';
import { hasDovecot } from '../../scripts/lib/imap-server.ts';
import { textPdf } from '../../scripts/lib/render-page.ts';
import { runSoak } from '../../scripts/soak.ts';
import { silentLogger } from '../../shared/adapters/local/json-logger.ts';

/**
 * The crash soak, short: 60 documents (born-digital PDFs, scans, duplicates, bad files; some
 * through the inbox folder, some as e-mail attachments in a dovecot mailbox) while two worker processes are killed with SIGKILL five times and
 * restarted. `npm run soak` is the full run (1,000 documents, 20 kills). Typically 15–40 s; the
 * timeout leaves room for a busy machine.
 */
describe('crash soak (short)', () => {
  it('loses nothing and routes and receipts nothing twice while workers are killed', async () => {
    const result = await runSoak({
      documents: 60,
      kills: 5,
      workers: 2,
      leaseMs: 2000,
      feedMs: 4000,
      seed: 7,
      // More duplicates and bad files than the full run, so 60 documents hold several of each.
      mix: { duplicateShare: 0.1, badShare: 0.05 },
      log: () => {},
    });
    expect(result, JSON.stringify(result)).toMatchObject({
      documents: 60,
      kills: 5,
      lost: 0,
      duplicateRoutes: 0,
      duplicateReceipts: 0,
      missingReceipts: 0,
      phantomDocuments: 0,
      rejectedWithoutAlert: 0,
      originalsMissingOrAltered: 0,
      auditBroken: 0,
      unexpectedExits: 0,
      timedOut: false,
    });
    expect(result.duplicates).toMatchObject({ wrong: 0, linked: result.duplicates.expected });
    expect(result.duplicates.expected).toBeGreaterThan(0);
    expect(result.rejected).toBeGreaterThan(0);
    // Every killed worker is restarted, except when the others finish the work before the last restart.
    expect(result.restarts).toBeGreaterThanOrEqual(result.kills - 1);
    expect(result.viaInbox).toBeGreaterThan(0);
    if (hasDovecot) {
      // E-mail too: every message recorded once, answered once at most, none left in the mailbox.
      expect(result.mail.messages).toBeGreaterThan(0);
      expect(result.mail).toMatchObject({ recorded: result.mail.messages, duplicateReplies: 0, leftInMailbox: 0 });
    }
    expect(result.ocrDocuments).toBeGreaterThan(0);
  }, 90_000);
});

describe('start-up recovery', () => {
  it('re-sends the step of a document stranded between a ledger write and a queue send', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'postkamer-recover-'));
    const rt = await openRuntime({ dataDir, directoryPath: 'examples/directory.json', logger: silentLogger });
    try {
      const pdf = (text: string) => textPdf([['Loonstrook oktober 2026', text, 'Brutoloon 1.152,00', 'Nettoloon 1.072,41']]);
      const received = await intake(rt.intakeDeps, { bytes: await pdf('a'), filename: 'a.pdf', channel: 'post', source: 'test' });
      const extracted = await intake(rt.intakeDeps, { bytes: await pdf('b'), filename: 'b.pdf', channel: 'post', source: 'test' });
      const running = await intake(rt.intakeDeps, { bytes: await pdf('c'), filename: 'c.pdf', channel: 'post', source: 'test' });
      const separated = await intake(rt.intakeDeps, { bytes: await pdf('d'), filename: 'd.pdf', channel: 'post', source: 'test' });
      await new Worker(rt, 1, 10).drain();
      // The crashes: a document taken in whose extract job never got queued; one extracted whose
      // split job never got queued; one separated whose route job never got queued; one rejected
      // without its alert and receipt.
      rt.db.prepare('DELETE FROM jobs').run();
      const reset = (id: string, status: string) =>
        rt.db
          .prepare(`UPDATE documents SET status = ?, record = json_set(record, '$.status', ?, '$.receipt', NULL) WHERE id = ?`)
          .run(status, status, id);
      reset(received.document.id, 'received');
      reset(extracted.document.id, 'extracted');
      reset(separated.document.id, 'separated');
      await rt.ledger.update(running.document.id, { status: 'rejected', rejectReason: 'test', receipt: null }, { type: 'rejected' });
      rt.db.prepare('DELETE FROM alerts').run();

      const report = await recoverStranded(rt);
      expect(report).toMatchObject({ resent: { extract: 1, split: 1, route: 1, receipt: 1 }, deadLettered: 0, alerted: 1 });
      expect(await recoverStranded(rt)).toMatchObject({ resent: { extract: 0, split: 0, route: 0, receipt: 0 }, alerted: 0 }); // nothing twice
      await new Worker(rt, 1, 10).drain();

      for (const doc of [received, extracted, separated]) {
        const after = await rt.ledger.getDocument(doc.document.id);
        expect(['routed', 'triage']).toContain(after?.status);
        expect(after?.receipt).not.toBeNull();
      }
      expect(await rt.alerts.findByKey(`rejected:${running.document.id}`)).toMatchObject({ kind: 'rejected' });
      expect((await rt.ledger.getDocument(running.document.id))?.receipt).not.toBeNull();
    } finally {
      await rt.close();
    }
  }, 60_000);
});
