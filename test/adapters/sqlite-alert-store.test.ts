import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SqliteAlertStore } from '../../shared/adapters/local/sqlite-alert-store.ts';
import { openDatabase } from '../../shared/adapters/local/sqlite-database.ts';
import { SqliteLedger } from '../../shared/adapters/local/sqlite-ledger.ts';
import type { AlertInput } from '../../shared/domain/alert.ts';
import { putDocument, recordingLogger, TestClock } from '../helpers/work-item-factories.ts';

const unrouted = (documentId: string, extra: Partial<AlertInput> = {}): AlertInput => ({
  kind: 'unrouted',
  key: `unrouted:${documentId}`,
  documentId,
  message: `Document ${documentId} has been in triage for more than 4h of business time.`,
  dueSince: '2026-06-15T10:00:00.000Z',
  data: { since: '2026-06-12T14:30:00.000Z' },
  ...extra,
});

function store(at = '2026-06-15T10:00:00Z') {
  const clock = new TestClock(at);
  const logger = recordingLogger();
  const db = openDatabase(':memory:');
  return { clock, logger, db, alerts: new SqliteAlertStore(db, clock, logger) };
}

describe('SQLite alert store', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  it('raises an alert once per key while it is unresolved', async () => {
    const { alerts } = store();
    expect(await alerts.raise(unrouted('d-1'))).toBe(true);
    expect(await alerts.raise(unrouted('d-1', { message: 'again' }))).toBe(false);
    const open = await alerts.listOpen();
    expect(open).toHaveLength(1);
    expect(open[0]).toMatchObject({
      kind: 'unrouted',
      key: 'unrouted:d-1',
      documentId: 'd-1',
      audience: 'operations',
      raisedAt: '2026-06-15T10:00:00.000Z',
      dueSince: '2026-06-15T10:00:00.000Z',
      status: 'open',
      resolvedAt: null,
      data: { since: '2026-06-12T14:30:00.000Z' },
    });
  });

  it('raises the same key again after it was resolved, but raiseOnce never does', async () => {
    const { alerts, clock } = store();
    await alerts.raise(unrouted('d-1'));
    expect(await alerts.resolveByKey('unrouted:d-1', 'tester')).toBe(1);
    clock.set('2026-06-15T11:00:00Z');
    expect(await alerts.raise(unrouted('d-1'))).toBe(true);
    expect(await alerts.listRecent({ documentId: 'd-1' })).toHaveLength(2);
    expect((await alerts.findByKey('unrouted:d-1'))?.raisedAt).toBe('2026-06-15T11:00:00.000Z');

    const first = await alerts.raiseOnce(unrouted('d-2', { key: 'escalation:d-2', kind: 'escalation', audience: 'lead:inkomen' }));
    expect(first).toMatchObject({ kind: 'escalation', audience: 'lead:inkomen', status: 'open' });
    await alerts.resolve(first?.id ?? '', 'tester');
    expect(await alerts.raiseOnce(unrouted('d-2', { key: 'escalation:d-2', kind: 'escalation' }))).toBeUndefined();
  });

  it('moves an alert from open to acknowledged to resolved, once each', async () => {
    const { alerts, clock } = store();
    await alerts.raise(unrouted('d-1'));
    const [alert] = await alerts.listOpen();
    const id = alert?.id ?? '';
    clock.set('2026-06-15T10:05:00Z');
    expect(await alerts.acknowledge(id, 'ops-1')).toBe(true);
    expect(await alerts.acknowledge(id, 'ops-1')).toBe(false);
    expect(await alerts.get(id)).toMatchObject({
      status: 'acknowledged',
      acknowledgedBy: 'ops-1',
      acknowledgedAt: '2026-06-15T10:05:00.000Z',
    });
    expect(await alerts.listOpen()).toHaveLength(1); // acknowledged is still unresolved
    expect(await alerts.raise(unrouted('d-1'))).toBe(false); // and still deduplicates
    clock.set('2026-06-15T10:10:00Z');
    expect(await alerts.resolve(id, 'ops-2')).toBe(true);
    expect(await alerts.resolve(id, 'ops-2')).toBe(false);
    expect(await alerts.acknowledge(id, 'ops-1')).toBe(false);
    expect(await alerts.get(id)).toMatchObject({ status: 'resolved', resolvedBy: 'ops-2', resolvedAt: '2026-06-15T10:10:00.000Z' });
    expect(await alerts.listOpen()).toEqual([]);
    expect(await alerts.resolve('no-such-id', 'ops-2')).toBe(false);
  });

  it('lists open alerts oldest first and recent ones newest first, with filters', async () => {
    const { alerts, clock } = store();
    clock.set('2026-06-15T09:00:00Z');
    await alerts.raise(unrouted('d-1'));
    clock.set('2026-06-15T09:30:00Z');
    await alerts.raise({ kind: 'surge', key: 'surge:objection:2026-06-15', message: '150 objections', audience: 'lead:bezwaar' });
    clock.set('2026-06-15T10:00:00Z');
    await alerts.raise(unrouted('d-2'));
    await alerts.resolveByKey('unrouted:d-2');

    expect((await alerts.listOpen()).map((a) => a.key)).toEqual(['unrouted:d-1', 'surge:objection:2026-06-15']);
    expect((await alerts.listRecent()).map((a) => a.key)).toEqual(['unrouted:d-2', 'surge:objection:2026-06-15', 'unrouted:d-1']);
    expect((await alerts.listOpen({ kind: ['surge'] })).map((a) => a.key)).toEqual(['surge:objection:2026-06-15']);
    expect((await alerts.listOpen({ audience: 'lead:bezwaar' })).map((a) => a.documentId)).toEqual([null]);
    expect((await alerts.listRecent({ status: ['resolved'] })).map((a) => a.key)).toEqual(['unrouted:d-2']);
    expect((await alerts.listRecent({ raisedSince: '2026-06-15T09:15:00.000Z', limit: 1 })).map((a) => a.key)).toEqual(['unrouted:d-2']);
    expect(await alerts.countOpen()).toEqual({ unrouted: 1, surge: 1 });
  });

  it("resolves a document's alerts, optionally of some kinds only", async () => {
    const { alerts } = store();
    await alerts.raise(unrouted('d-1'));
    await alerts.raise({ kind: 'unacknowledged', key: 'unacknowledged:d-1', documentId: 'd-1', message: 'reminder' });
    await alerts.raise({ kind: 'escalation', key: 'escalation:d-1', documentId: 'd-1', message: 'escalation' });
    expect(await alerts.resolveForDocument('d-1', 'c-002', ['unacknowledged', 'escalation'])).toBe(2);
    expect((await alerts.listOpen()).map((a) => a.kind)).toEqual(['unrouted']);
    expect(await alerts.resolveForDocument('d-1', 'c-002')).toBe(1);
    expect(await alerts.listOpen()).toEqual([]);
  });

  it('writes one log line per raised alert, with ids and no message text', async () => {
    const { alerts, logger } = store();
    await alerts.raise(unrouted('d-1', { message: 'Jan de Vries 123456782 must never reach a log' }));
    await alerts.raise(unrouted('d-1'));
    const raised = logger.lines.filter((l) => l.message === 'alert raised');
    expect(raised).toHaveLength(1);
    expect(raised[0]?.fields).toMatchObject({ kind: 'unrouted', key: 'unrouted:d-1', documentId: 'd-1', audience: 'operations' });
    expect(JSON.stringify(logger.lines)).not.toMatch(/Jan de Vries|123456782/);
  });

  it('shares a WAL database file with the ledger and keeps its alerts across reopening', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'postkamer-alerts-'));
    dirs.push(dir);
    const file = join(dir, 'postkamer.db');
    const clock = new TestClock('2026-06-15T10:00:00Z');
    const db = openDatabase(file);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    const ledger = new SqliteLedger(db, clock);
    const doc = await putDocument({ clock, ledger }, { receivedAt: '2026-06-15T09:00:00Z', status: 'triage' });
    const alerts = new SqliteAlertStore(db, clock, recordingLogger());
    await alerts.raise(unrouted(doc.id));
    db.close();

    const again = openDatabase(file);
    const reopened = new SqliteAlertStore(again, clock, recordingLogger()); // CREATE … IF NOT EXISTS: no error the second time
    expect((await reopened.listOpen()).map((a) => a.documentId)).toEqual([doc.id]);
    expect((await new SqliteLedger(again, clock).getDocument(doc.id))?.status).toBe('triage');
    again.close();
  });
});
