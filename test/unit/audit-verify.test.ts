import { execFile } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeCheckpoint, verifyAudit } from '../../functions/audit/verify-audit.ts';
import { intake } from '../../functions/intake/intake.ts';
import { openRuntime, type Runtime } from '../../local/runtime.ts';
import { silentLogger } from '../../shared/adapters/local/json-logger.ts';
import { SqliteAuditTrail } from '../../shared/adapters/local/sqlite-audit-trail.ts';
import { eventHash as ledgerEventHash } from '../../shared/adapters/local/sqlite-ledger.ts';
import { eventHash } from '../../shared/domain/audit.ts';

/**
 * Tamper evidence: documents are written through the real ledger, then their history is changed
 * behind its back, straight in SQLite, the way someone with access to the file could.
 */
const run = promisify(execFile);
const directoryPath = 'examples/directory.json';

let dataDir: string;
let rt: Runtime;
let trail: SqliteAuditTrail;

beforeEach(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'postkamer-audit-'));
  rt = await openRuntime({ dataDir, directoryPath, logger: silentLogger });
  trail = new SqliteAuditTrail(rt.db);
});
afterEach(async () => {
  await rt.close();
});

/** A document with five events: received, extracted, routed, receipt sent, acknowledged. */
async function documentWithHistory(name = 'brief.pdf'): Promise<string> {
  const { document } = await intake(rt.intakeDeps, {
    bytes: new TextEncoder().encode(`%PDF-1.4 ${name} ${randomUUID()}`),
    filename: name,
    channel: 'post',
    source: 'test',
  });
  await rt.ledger.update(document.id, { status: 'extracted', pageCount: 1 }, { type: 'extracted', data: { pages: 1 } }, ['received']);
  await rt.ledger.update(document.id, { status: 'routed' }, { type: 'routed', data: { team: 'inkomen', consultantId: 'c-002' } }, [
    'extracted',
  ]);
  await rt.ledger.appendEvent(document.id, { type: 'receipt.sent', data: { delivery: 'email' } });
  await rt.ledger.update(document.id, { status: 'acknowledged' }, { type: 'acknowledged', actor: 'c-002' }, ['routed']);
  return document.id;
}

const sql = (statement: string, ...args: unknown[]) => rt.db.prepare(statement).run(...args);

describe('audit verify', () => {
  it('finds every chain intact when nobody touched the history', async () => {
    await documentWithHistory('a.pdf');
    await documentWithHistory('b.pdf');
    const report = await verifyAudit(trail);
    expect(report).toMatchObject({ documents: 2, events: 10, broken: [] });
  });

  it('detects an edited event', async () => {
    const id = await documentWithHistory();
    await documentWithHistory('untouched.pdf');
    sql(`UPDATE events SET data = '{"team":"bezwaar","consultantId":"c-007"}' WHERE document_id = ? AND seq = 3`, id);
    const report = await verifyAudit(trail);
    expect(report.broken).toEqual([{ documentId: id, events: 5, problems: [expect.objectContaining({ kind: 'edited', seq: 3 })] }]);
  });

  it('detects an edited time or actor', async () => {
    const id = await documentWithHistory();
    sql(`UPDATE events SET actor = 'c-999' WHERE document_id = ? AND seq = 5`, id);
    sql(`UPDATE events SET at = '2026-01-01T00:00:00.000Z' WHERE document_id = ? AND seq = 1`, id);
    const kinds = (await verifyAudit(trail)).broken[0]?.problems.map((p) => [p.kind, p.seq]);
    expect(kinds).toEqual([
      ['edited', 1],
      ['edited', 5],
    ]);
  });

  it('detects a deleted event in the middle', async () => {
    const id = await documentWithHistory();
    sql('DELETE FROM events WHERE document_id = ? AND seq = 2', id);
    const [broken] = (await verifyAudit(trail)).broken;
    expect(broken?.problems).toEqual([expect.objectContaining({ kind: 'deleted', seq: 2 })]);
  });

  it('detects a deleted last event through the head kept with the document', async () => {
    const id = await documentWithHistory();
    sql('DELETE FROM events WHERE document_id = ? AND seq = 5', id);
    const [broken] = (await verifyAudit(trail)).broken;
    expect(broken?.problems).toEqual([expect.objectContaining({ kind: 'deleted', seq: 5 })]);
  });

  it('detects events put in another order', async () => {
    const id = await documentWithHistory();
    sql('UPDATE events SET seq = -1 WHERE document_id = ? AND seq = 2', id);
    sql('UPDATE events SET seq = 2 WHERE document_id = ? AND seq = 3', id);
    sql('UPDATE events SET seq = 3 WHERE document_id = ? AND seq = -1', id);
    const [broken] = (await verifyAudit(trail)).broken;
    expect(broken?.problems.map((p) => p.kind)).toContain('reordered');
    expect(broken?.problems.every((p) => p.kind === 'reordered')).toBe(true);
  });

  it('detects an event rewritten with a freshly computed hash (its successor still links to the old one)', async () => {
    const id = await documentWithHistory();
    const [, , routed] = await rt.ledger.listEvents(id);
    if (!routed) throw new Error('expected a routed event');
    const forged = { ...routed, data: { team: 'bezwaar' } };
    sql(
      'UPDATE events SET data = ?, hash = ? WHERE document_id = ? AND seq = 3',
      JSON.stringify(forged.data),
      eventHash(routed.prevHash, forged),
      id,
    );
    const [broken] = (await verifyAudit(trail)).broken;
    expect(broken?.problems).toEqual([expect.objectContaining({ kind: 'edited', seq: 3 })]);
  });

  it('detects a history whose document record was deleted, and a record without history', async () => {
    const gone = await documentWithHistory('gone.pdf');
    const bare = await documentWithHistory('bare.pdf');
    sql('DELETE FROM documents WHERE id = ?', gone);
    sql('DELETE FROM events WHERE document_id = ?', bare);
    const broken = (await verifyAudit(trail)).broken;
    expect(broken.find((b) => b.documentId === gone)?.problems.map((p) => p.kind)).toEqual(['no-record']);
    expect(broken.find((b) => b.documentId === bare)?.problems.map((p) => p.kind)).toEqual(['no-events']);
  });

  it('with a checkpoint kept elsewhere, also detects a history rewritten whole', async () => {
    const id = await documentWithHistory();
    const checkpoint = await makeCheckpoint(trail, new Date());
    // Someone with the database rewrites event 3 and recomputes every hash after it, and the head.
    const events = await rt.ledger.listEvents(id);
    let prev = events[1]?.hash ?? '';
    for (const e of events.slice(2)) {
      const data = e.seq === 3 ? { team: 'bezwaar' } : e.data;
      const hash = eventHash(prev, { ...e, data });
      sql(
        'UPDATE events SET data = ?, prev_hash = ?, hash = ? WHERE document_id = ? AND seq = ?',
        JSON.stringify(data),
        prev,
        hash,
        id,
        e.seq,
      );
      prev = hash;
    }
    sql('UPDATE documents SET events_head = ? WHERE id = ?', `5:${prev}`, id);
    expect((await verifyAudit(trail)).broken).toEqual([]); // a chain alone cannot tell
    const [broken] = (await verifyAudit(trail, checkpoint)).broken;
    expect(broken?.problems).toEqual([expect.objectContaining({ kind: 'edited', seq: 5 })]);
  });

  it('uses the same chain link as every ledger', () => {
    const event = { documentId: 'd', seq: 1, at: '2026-11-25T10:00:00.000Z', type: 'received', actor: 'desk', data: { a: 1 } };
    expect(ledgerEventHash('', event)).toBe(eventHash('', event));
  });
});

describe('postkamer audit and verify-original (command line)', () => {
  const cli = (...args: string[]) =>
    run(process.execPath, ['bin/postkamer.mjs', ...args], { env: { ...process.env, LOG_LEVEL: 'silent' } }).then(
      (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
      (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
    );

  it('`audit verify` exits 0 on an intact ledger and 1 with the broken documents listed', async () => {
    const id = await documentWithHistory();
    const intact = await cli('audit', 'verify', '--data-dir', dataDir, '--json');
    expect(intact.code, intact.stderr).toBe(0);
    expect(JSON.parse(intact.stdout)).toMatchObject({ documents: 1, broken: [] });

    sql('DELETE FROM events WHERE document_id = ? AND seq = 4', id);
    const broken = await cli('audit', 'verify', '--data-dir', dataDir, '--json');
    expect(broken.code).toBe(1);
    expect(JSON.parse(broken.stdout).broken).toEqual([expect.objectContaining({ documentId: id })]);
    const show = await cli('audit', 'show', id, '--data-dir', dataDir);
    expect(show.code).toBe(1);
    expect(show.stdout).toMatch(/received[\s\S]*BROKEN deleted: event 4 is missing/);
  }, 60_000);

  it('`verify-original` confirms the file behind a receipt number, and notices another file or an altered copy', async () => {
    const bytes = new TextEncoder().encode('%PDF-1.4 the letter the client handed in');
    const { document } = await intake(rt.intakeDeps, { bytes, filename: 'brief.pdf', channel: 'desk', source: 'test' });
    const file = join(dataDir, 'client-copy.pdf');
    writeFileSync(file, bytes);
    const receipt = (document.receiptNumber ?? '').toLowerCase().replaceAll('-', ' '); // as read over the phone

    const same = await cli('verify-original', receipt, file, '--data-dir', dataDir, '--json');
    expect(same.code, same.stderr).toBe(0);
    expect(JSON.parse(same.stdout)).toMatchObject({ found: true, fileMatches: true, storedOriginal: 'intact', ok: true });

    writeFileSync(file, new TextEncoder().encode('%PDF-1.4 a different letter'));
    const other = await cli('verify-original', receipt, file, '--data-dir', dataDir, '--json');
    expect(other.code).toBe(1);
    expect(JSON.parse(other.stdout)).toMatchObject({ fileMatches: false, storedOriginal: 'intact', ok: false });

    writeFileSync(file, bytes);
    writeFileSync(rt.objects.path(document.objectKey), 'tampered');
    const altered = await cli('verify-original', receipt, file, '--data-dir', dataDir, '--json');
    expect(altered.code).toBe(1);
    expect(JSON.parse(altered.stdout)).toMatchObject({ fileMatches: true, storedOriginal: 'altered', ok: false });
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(document.fingerprint);
  }, 60_000);
});
