import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { verifyAudit } from '../../functions/audit/verify-audit.ts';
import { changeDirectory, importDirectory, type ManageDirectoryDeps } from '../../functions/directory/manage-directory.ts';
import { reassign } from '../../functions/work-items/work-items.ts';
import { canOpen } from '../../local/web/access.ts';
import { JsonFileDirectory } from '../../shared/adapters/local/json-file-directory.ts';
import { SqliteAuditTrail } from '../../shared/adapters/local/sqlite-audit-trail.ts';
import { SqliteDirectoryChangeLog } from '../../shared/adapters/local/sqlite-directory-change-log.ts';
import { putDocument, workDirectory, workWorld } from '../helpers/work-item-factories.ts';

/**
 * The JSON directory as the web app changes it, against real files and a real SQLite database:
 * atomic writes under a lock that two instances (two processes) honour, changes seen by another
 * instance at once, an audit chain that `audit verify` checks, and open items that follow a
 * transferred client (a restricted one too, then only the new assignee opens it).
 */
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function directoryFile() {
  const dir = mkdtempSync(join(tmpdir(), 'postkamer-dir-'));
  dirs.push(dir);
  const path = join(dir, 'directory.json');
  writeFileSync(path, JSON.stringify(workDirectory()));
  return path;
}

function world() {
  const w = workWorld('2026-06-15T08:00:00Z');
  const path = directoryFile();
  const directory = new JsonFileDirectory(path);
  const deps: ManageDirectoryDeps = {
    directory,
    log: new SqliteDirectoryChangeLog(w.db),
    ledger: w.ledger,
    clock: w.clock,
    logger: w.logger,
    reassign: (input) => reassign({ ledger: w.ledger, directory, clock: w.clock, logger: w.logger, alerts: w.alerts }, input),
  };
  return { ...w, path, directory, deps };
}

describe('JsonFileDirectory changes', () => {
  it('another instance (the worker’s process) sees a change at once, without a restart', async () => {
    const w = world();
    const other = new JsonFileDirectory(w.path);
    expect((await other.load()).consultants.find((c) => c.id === 'c-003')?.absences).toEqual([]);
    const result = await changeDirectory(w.deps, {
      by: 'lead',
      change: { kind: 'absence.added', consultantId: 'c-003', absence: { from: '2026-06-15', to: '2026-06-19', substituteId: 'c-001' } },
    });
    expect(result.ok).toBe(true);
    expect((await other.load()).consultants.find((c) => c.id === 'c-003')?.absences).toEqual([
      { from: '2026-06-15', to: '2026-06-19', substituteId: 'c-001' },
    ]);
  });

  it('two writers at once lose no change: 2 × 15 concurrent absences all land', async () => {
    const path = directoryFile();
    const a = new JsonFileDirectory(path);
    const b = new JsonFileDirectory(path);
    const add = (store: JsonFileDirectory, day: number) =>
      store.update((current) => ({
        directory: {
          ...current,
          consultants: current.consultants.map((c) =>
            c.id === 'c-003'
              ? {
                  ...c,
                  absences: [
                    ...c.absences,
                    { from: `2026-09-${String(day).padStart(2, '0')}`, to: `2026-09-${String(day).padStart(2, '0')}` },
                  ],
                }
              : c,
          ),
        },
        result: day,
      }));
    await Promise.all(Array.from({ length: 30 }, (_, i) => add(i % 2 ? a : b, i + 1)));
    const absences = (await a.load()).consultants.find((c) => c.id === 'c-003')?.absences ?? [];
    expect(absences).toHaveLength(30);
    expect(readFileSync(path, 'utf8').endsWith('}\n')).toBe(true);
  });

  it('takes over a lock left by a process that died, and one held unchanged for longer than the stale time', async () => {
    const path = directoryFile();
    const lock = join(path, '..', '.directory.json.lock');
    // A process that has exited: its lock is taken over at once (a long stale time does not hold it up).
    writeFileSync(lock, `${spawnSync('true').pid}:abc`);
    const patient = new JsonFileDirectory(path, { staleLockMs: 60_000, lockTimeoutMs: 5_000 });
    await expect(patient.update((d) => ({ directory: d, result: 'written' }))).resolves.toBe('written');
    // A holder that cannot be judged (no pid), with a file time far in the past or the future: taken
    // over after it was seen unchanged for the stale time by this process's own clock, never by the file time.
    writeFileSync(lock, 'dead:0');
    utimesSync(lock, new Date(0), new Date(0));
    const store = new JsonFileDirectory(path, { staleLockMs: 500 });
    await expect(store.update((d) => ({ directory: d, result: 'again' }))).resolves.toBe('again');
  });

  it('writes nothing and records nothing for a refused change', async () => {
    const w = world();
    const before = readFileSync(w.path, 'utf8');
    const result = await changeDirectory(w.deps, {
      by: 'lead',
      change: { kind: 'client.transferred', clientNumber: 'K-100234', discipline: 'inkomen', toConsultantId: 'c-010' },
    });
    expect(result).toMatchObject({ ok: false, errors: [{ path: 'clients[K-100234].consultants.inkomen', field: 'toConsultantId' }] });
    expect(readFileSync(w.path, 'utf8')).toBe(before);
    expect(await w.deps.log.list()).toEqual([]);
  });
});

describe('a transfer moves the client’s open items', () => {
  it('reassigns routed and acknowledged items of the old consultant, restricted ones too, each with a reason and an event; the change is audited by ids', async () => {
    const w = world();
    const at = '2026-06-15T09:00:00Z';
    const routed = await putDocument(w, {
      receivedAt: at,
      status: 'routed',
      consultantId: 'c-002',
      clientNumber: 'K-100234',
      documentType: 'payslip',
    });
    const acked = await putDocument(w, {
      receivedAt: at,
      status: 'acknowledged',
      consultantId: 'c-002',
      clientNumber: 'K-100234',
      documentType: 'bank_statement',
    });
    const medical = await putDocument(w, {
      receivedAt: at,
      status: 'routed',
      consultantId: 'c-002',
      clientNumber: 'K-100234',
      documentType: 'medical_statement',
    });
    const closed = await putDocument(w, {
      receivedAt: at,
      status: 'closed',
      consultantId: 'c-002',
      clientNumber: 'K-100234',
      documentType: 'payslip',
    });
    const otherClient = await putDocument(w, {
      receivedAt: at,
      status: 'routed',
      consultantId: 'c-002',
      clientNumber: 'K-100301',
      documentType: 'payslip',
    });
    w.clock.set('2026-06-15T10:00:00Z');

    const result = await changeDirectory(w.deps, {
      by: 'p.lead',
      change: { kind: 'client.transferred', clientNumber: 'K-100234', discipline: 'inkomen', toConsultantId: 'c-003' },
    });
    expect(result.ok && [...result.moved].sort()).toEqual([routed.id, acked.id, medical.id].sort());
    for (const id of [routed.id, acked.id, medical.id]) {
      const doc = await w.ledger.getDocument(id);
      expect(doc).toMatchObject({ status: 'routed', route: { consultantId: 'c-003' } });
      expect(doc?.route?.reasons.at(-1)).toMatchObject({ code: 'route.client-transferred' });
      expect((await w.ledger.listEvents(id)).at(-1)).toMatchObject({ type: 'client-transferred', actor: 'p.lead' });
    }
    expect((await w.ledger.getDocument(closed.id))?.route?.consultantId).toBe('c-002');
    expect((await w.ledger.getDocument(otherClient.id))?.route?.consultantId).toBe('c-002');

    const dir = await w.directory.load();
    const medicalNow = (await w.ledger.getDocument(medical.id)) as NonNullable<Awaited<ReturnType<typeof w.ledger.getDocument>>>;
    const user = (consultantId: string) => ({ username: consultantId, name: consultantId, roles: ['consultant' as const], consultantId });
    expect(canOpen(user('c-003'), medicalNow, dir, '2026-06-15').allowed).toBe(true);
    expect(canOpen(user('c-002'), medicalNow, dir, '2026-06-15').allowed).toBe(false);

    const changes = await w.deps.log.list();
    expect(changes).toMatchObject([
      {
        type: 'client.transferred',
        actor: 'p.lead',
        at: '2026-06-15T10:00:00.000Z',
        data: { clientNumber: 'K-100234', discipline: 'inkomen', fromConsultantId: 'c-002', toConsultantId: 'c-003' },
      },
    ]);
    expect((await verifyAudit(new SqliteAuditTrail(w.db))).broken).toEqual([]);
    w.db.prepare("UPDATE directory_changes SET data = '{}' WHERE seq = 1").run();
    expect((await verifyAudit(new SqliteAuditTrail(w.db))).broken.map((b) => b.documentId)).toEqual(['directory']);
  });

  it('refuses to deactivate a consultant with open items, counted from the ledger', async () => {
    const w = world();
    await putDocument(w, {
      receivedAt: '2026-06-15T09:00:00Z',
      status: 'routed',
      consultantId: 'c-004',
      clientNumber: null,
      documentType: 'payslip',
    });
    const result = await changeDirectory(w.deps, { by: 'ops', change: { kind: 'consultant.deactivated', consultantId: 'c-004' } });
    expect(result.ok ? [] : result.errors.map((e) => e.en)).toContain('c-004 still has 1 open document: have them handled or handed over.');
  });
});

describe('import', () => {
  it('validates whole and names records by id; a dry run changes nothing; an import is one audited change and moves open items', async () => {
    const w = world();
    const bad = JSON.parse(readFileSync(w.path, 'utf8'));
    bad.clients[0].email = 'nope';
    expect(await importDirectory(w.deps, { by: 'ops', json: bad })).toEqual({
      ok: false,
      errors: ['clients[K-100234].email: expected an e-mail address such as naam@voorbeeld.nl'],
    });

    const open = await putDocument(w, {
      receivedAt: '2026-06-15T09:00:00Z',
      status: 'routed',
      consultantId: 'c-002',
      clientNumber: 'K-100234',
      documentType: 'payslip',
    });
    const next = JSON.parse(readFileSync(w.path, 'utf8'));
    next.clients[0].consultants.inkomen = 'c-003';
    next.clients[0].email = 'josé@example.es';
    const dry = await importDirectory(w.deps, { by: 'ops', json: next, dryRun: true });
    expect(dry).toMatchObject({ ok: true, dryRun: true });
    expect((await w.directory.load()).clients[0]?.email).not.toBe('josé@example.es');

    const done = await importDirectory(w.deps, { by: 'ops', json: next });
    expect(done).toMatchObject({ ok: true, dryRun: false, moved: [open.id] });
    expect((await w.directory.load()).clients[0]?.email).toBe('josé@example.es');
    expect((await w.deps.log.list()).map((e) => [e.type, e.data.clientsTransferred])).toEqual([['directory.imported', 1]]);
  });
});
