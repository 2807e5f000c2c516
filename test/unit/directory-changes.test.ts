import { describe, expect, it } from 'vitest';
import type { Directory } from '../../shared/domain/directory.ts';
import { applyChange, type ChangeResult, clientTransfers, recordPath, validateDirectory } from '../../shared/domain/directory-changes.ts';
import { actingConsultant } from '../../shared/domain/routing.ts';
import { testDirectory } from '../helpers/factories.ts';

const today = '2026-06-15';
const ctx = { today };

function ok(result: ChangeResult): Directory {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.errors)}`);
  return result.directory;
}
const paths = (result: ChangeResult) => (result.ok ? [] : result.errors.map((e) => e.path));

describe('absences with a substitute', () => {
  it('adds an absence; routing sends the consultant’s documents to the substitute on those days', () => {
    const dir = ok(
      applyChange(
        testDirectory(),
        { kind: 'absence.added', consultantId: 'c-003', absence: { from: '2026-06-15', to: '2026-06-19', substituteId: 'c-001' } },
        ctx,
      ),
    );
    expect(dir.consultants.find((c) => c.id === 'c-003')?.absences).toEqual([
      { from: '2026-06-15', to: '2026-06-19', substituteId: 'c-001' },
    ]);
    expect(actingConsultant(dir, 'c-003', '2026-06-16').consultantId).toBe('c-001');
    expect(actingConsultant(dir, 'c-003', '2026-06-20').consultantId).toBe('c-003');
  });

  it('refuses a substitute who is away on any of those days, which also rules out cycles', () => {
    // c-004 is away all of July; c-002 is away from 20 July with c-003 as substitute.
    const away = applyChange(
      testDirectory(),
      { kind: 'absence.added', consultantId: 'c-003', absence: { from: '2026-07-30', to: '2026-08-03', substituteId: 'c-004' } },
      ctx,
    );
    expect(away.ok ? [] : away.errors.map((e) => [e.path, e.field])).toEqual([
      ['consultants[c-003].absences.substituteId', 'substituteId'],
    ]);
    const cycle = applyChange(
      testDirectory(),
      { kind: 'absence.added', consultantId: 'c-003', absence: { from: '2026-07-21', to: '2026-07-22', substituteId: 'c-002' } },
      ctx,
    );
    expect(paths(cycle)).toEqual(['consultants[c-003].absences.substituteId']);
  });

  it('refuses dates out of order, overlap with an own absence, oneself as substitute, and an unknown or inactive substitute', () => {
    const d = testDirectory();
    const add = (consultantId: string, from: string, to: string, substituteId?: string) =>
      applyChange(d, { kind: 'absence.added', consultantId, absence: { from, to, substituteId } }, ctx);
    expect(
      add('c-003', '2026-06-20', '2026-06-19').ok
        ? null
        : (add('c-003', '2026-06-20', '2026-06-19') as { errors: { field: string; en: string }[] }).errors[0],
    ).toMatchObject({ field: 'to', en: 'The last day is before the first day.' });
    expect(paths(add('c-003', '2026-02-30', '2026-03-01'))).toEqual(['consultants[c-003].absences.from']);
    expect(paths(add('c-002', '2026-08-01', '2026-08-10'))).toEqual(['consultants[c-002].absences.from']);
    expect(paths(add('c-003', '2026-06-20', '2026-06-21', 'c-003'))).toEqual(['consultants[c-003].absences.substituteId']);
    expect(paths(add('c-003', '2026-06-20', '2026-06-21', 'c-999'))).toEqual(['consultants[c-003].absences.substituteId']);
    const inactive = { ...d, consultants: d.consultants.map((c) => (c.id === 'c-001' ? { ...c, deactivatedOn: '2026-06-01' } : c)) };
    const r = applyChange(
      inactive,
      { kind: 'absence.added', consultantId: 'c-003', absence: { from: '2026-06-20', to: '2026-06-21', substituteId: 'c-001' } },
      ctx,
    );
    expect(paths(r)).toEqual(['consultants[c-003].absences.substituteId']);
  });

  it('removes an absence by its dates', () => {
    const dir = ok(
      applyChange(testDirectory(), { kind: 'absence.removed', consultantId: 'c-002', from: '2026-07-20', to: '2026-08-07' }, ctx),
    );
    expect(dir.consultants.find((c) => c.id === 'c-002')?.absences).toEqual([]);
    expect(paths(applyChange(dir, { kind: 'absence.removed', consultantId: 'c-002', from: '2026-07-20', to: '2026-08-07' }, ctx))).toEqual([
      'consultants[c-002].absences',
    ]);
  });
});

describe('consultants', () => {
  it('adds a consultant with a name in any script and an international e-mail address', () => {
    const dir = ok(
      applyChange(
        testDirectory(),
        { kind: 'consultant.added', consultant: { id: 'c-030', name: ' Zoë Çelik-Ünal 王芳 ', team: 'werk', email: '用户@例子.广告' } },
        ctx,
      ),
    );
    expect(dir.consultants.at(-1)).toEqual({
      id: 'c-030',
      name: 'Zoë Çelik-Ünal 王芳',
      team: 'werk',
      email: '用户@例子.广告',
      absences: [],
    });
    expect(validateDirectory(dir).ok).toBe(true);
  });

  it('refuses a duplicate code, an empty name, an unknown team and an address that is not one', () => {
    const r = applyChange(
      testDirectory(),
      { kind: 'consultant.added', consultant: { id: 'c-001', name: ' ', team: 'nope', email: 'jan at example' } },
      ctx,
    );
    expect(r.ok ? [] : r.errors.map((e) => e.path)).toEqual([
      'consultants[c-001].id',
      'consultants[c-001].name',
      'consultants[c-001].team',
      'consultants[c-001].email',
    ]);
  });

  it('deactivates only a consultant who leaves nothing behind; then routing sends to the team queue', () => {
    const d = testDirectory();
    const busy = applyChange(d, { kind: 'consultant.deactivated', consultantId: 'c-002' }, { today, openItems: () => 2 });
    expect(busy.ok ? [] : busy.errors.map((e) => e.en)).toEqual([
      'c-002 still has 1 client: transfer them first.',
      'c-002 still has 2 open documents: have them handled or handed over.',
    ]);
    expect(paths(applyChange(d, { kind: 'consultant.deactivated', consultantId: 'c-001' }, ctx))).toEqual(['teams[inkomen].leadId']);
    // c-003 covers for c-002 from 20 July: choose another substitute first.
    expect(paths(applyChange(d, { kind: 'consultant.deactivated', consultantId: 'c-003' }, ctx))).toEqual(['consultants[c-003]']);
    const added = ok(applyChange(d, { kind: 'consultant.added', consultant: { id: 'c-005', name: 'E. Nieuw', team: 'inkomen' } }, ctx));
    const dir = ok(applyChange(added, { kind: 'consultant.deactivated', consultantId: 'c-005' }, { today, openItems: () => 0 }));
    expect(dir.consultants.find((c) => c.id === 'c-005')?.deactivatedOn).toBe(today);
    const acting = actingConsultant(dir, 'c-005', '2026-06-16');
    expect(acting.consultantId).toBeNull();
    expect(acting.reasons.map((r) => r.code)).toEqual(['consultant.inactive']);
  });
});

describe('client transfers and team routes', () => {
  it('transfers a client to a consultant of the discipline’s team, saying who had them', () => {
    const r = applyChange(
      testDirectory(),
      { kind: 'client.transferred', clientNumber: 'K-100234', discipline: 'inkomen', toConsultantId: 'c-003' },
      ctx,
    );
    expect(r).toMatchObject({
      ok: true,
      previousConsultantId: 'c-002',
      audit: { clientNumber: 'K-100234', fromConsultantId: 'c-002', toConsultantId: 'c-003' },
    });
    expect(ok(r).clients.find((c) => c.clientNumber === 'K-100234')?.consultants).toEqual({ inkomen: 'c-003', werk: 'c-010' });
  });

  it('refuses a transfer to another team’s consultant, to the same consultant, or of an unknown client', () => {
    const t = (clientNumber: string, toConsultantId: string) =>
      paths(applyChange(testDirectory(), { kind: 'client.transferred', clientNumber, discipline: 'inkomen', toConsultantId }, ctx));
    expect(t('K-100234', 'c-010')).toEqual(['clients[K-100234].consultants.inkomen']);
    expect(t('K-100234', 'c-002')).toEqual(['clients[K-100234].consultants.inkomen']);
    expect(t('K-999999', 'c-003')).toEqual(['clients[K-999999]']);
  });

  it('sets a team route per type and back to the default', () => {
    const dir = ok(applyChange(testDirectory(), { kind: 'route.set', type: 'debt_notice', target: { team: 'inkomen' } }, ctx));
    expect(dir.routing.debt_notice).toEqual({ team: 'inkomen' });
    expect(ok(applyChange(dir, { kind: 'route.set', type: 'debt_notice', target: null }, ctx)).routing.debt_notice).toBeUndefined();
    expect(paths(applyChange(dir, { kind: 'route.set', type: 'payslip', target: { team: 'nope' } }, ctx))).toEqual([
      'routing.payslip.team',
    ]);
  });
});

describe('import validation', () => {
  const base = () => JSON.parse(JSON.stringify(testDirectory()));

  it('names the record by its id and the field', () => {
    const json = base();
    json.clients[0].email = 'not an address';
    json.consultants[1].absences[0].substituteId = 'c-999';
    json.teams[2].email = 'team@@example.org';
    const r = validateDirectory(json);
    expect(r.ok ? [] : r.errors).toEqual([
      'teams[werk].email: expected an e-mail address such as naam@voorbeeld.nl',
      'clients[K-100234].email: expected an e-mail address such as naam@voorbeeld.nl',
      'consultants[c-002].absences[2026-07-20..2026-08-07].substituteId: unknown consultant "c-999"',
    ]);
  });

  it('accepts international e-mail addresses and names in any Unicode', () => {
    const json = base();
    json.clients[0].email = 'josé@example.es';
    json.clients[0].name = 'Ağaoğlu Şükrü Ünal';
    json.clients[1].email = '用户@例子.广告';
    json.clients[1].name = 'محمد العلي';
    json.consultants[0].email = 'ølga.ñúñez@exämple.dk';
    expect(validateDirectory(json).ok).toBe(true);
  });

  it('falls back to the position when a record has no id', () => {
    expect(recordPath({ clients: [{}] }, ['clients', 0, 'clientNumber'])).toBe('clients[0].clientNumber');
  });

  it('finds the clients whose consultant an import changes', () => {
    const before = testDirectory();
    const after = ok(
      applyChange(before, { kind: 'client.transferred', clientNumber: 'K-100234', discipline: 'inkomen', toConsultantId: 'c-003' }, ctx),
    );
    expect(clientTransfers(before, after)).toEqual([
      { clientNumber: 'K-100234', discipline: 'inkomen', fromConsultantId: 'c-002', toConsultantId: 'c-003' },
    ]);
  });
});
