import { describe, expect, it } from 'vitest';
import { acknowledge, close, reassign, type WorkItemDeps } from '../../functions/work-items/work-items.ts';
import { zonedInstant } from '../../shared/domain/business-calendar.ts';
import { NotFoundError, WorkItemRequestError, WorkItemStateError } from '../../shared/domain/errors.ts';
import { putDocument, type WorkWorld, workWorld } from '../helpers/work-item-factories.ts';

const ams = (day: string, time: string) => zonedInstant(day, time, 'Europe/Amsterdam').toISOString();

function deps(world: WorkWorld): WorkItemDeps {
  return { ledger: world.ledger, directory: world.directorySource, clock: world.clock, logger: world.logger, alerts: world.alerts };
}

const teamName = (world: WorkWorld, id: string) => world.directory.teams.find((t) => t.id === id)?.name ?? id;

async function routedDoc(world: WorkWorld, extra: Parameters<typeof putDocument>[1] | object = {}) {
  return putDocument(world, {
    receivedAt: ams('2026-06-15', '10:00'),
    status: 'routed',
    consultantId: 'c-002',
    team: 'inkomen',
    documentType: 'payslip',
    ...extra,
  });
}

describe('acknowledge', () => {
  it('moves a routed document to acknowledged and records who did it', async () => {
    const world = workWorld();
    const doc = await routedDoc(world);
    world.clock.set(ams('2026-06-15', '11:00'));
    const result = await acknowledge(deps(world), { documentId: doc.id, by: 'c-002' });
    expect(result).toMatchObject({
      changed: true,
      document: { status: 'acknowledged', updatedAt: ams('2026-06-15', '11:00') },
      legalClock: null,
    });
    expect((await world.ledger.listEvents(doc.id)).at(-1)).toMatchObject({
      type: 'acknowledged',
      actor: 'c-002',
      data: { by: 'c-002', consultantId: 'c-002' },
    });
  });

  it('is idempotent: acknowledging again changes nothing', async () => {
    const world = workWorld();
    const doc = await routedDoc(world);
    await acknowledge(deps(world), { documentId: doc.id, by: 'c-002' });
    const again = await acknowledge(deps(world), { documentId: doc.id, by: 'c-002' });
    expect(again.changed).toBe(false);
    expect((await world.ledger.listEvents(doc.id)).filter((e) => e.type === 'acknowledged')).toHaveLength(1);
  });

  it('refuses a document in triage, and an unknown document or a missing actor', async () => {
    const world = workWorld();
    const doc = await putDocument(world, { receivedAt: ams('2026-06-15', '10:00'), status: 'triage' });
    await expect(acknowledge(deps(world), { documentId: doc.id, by: 'c-002' })).rejects.toThrow(WorkItemStateError);
    await expect(acknowledge(deps(world), { documentId: doc.id, by: 'c-002' })).rejects.toMatchObject({ code: 'work-item.invalid-status' });
    await expect(acknowledge(deps(world), { documentId: 'nope', by: 'c-002' })).rejects.toThrow(NotFoundError);
    await expect(acknowledge(deps(world), { documentId: doc.id, by: '  ' })).rejects.toMatchObject({ code: 'work-item.actor-required' });
  });

  it('shows the legal clock of an objection', async () => {
    const world = workWorld();
    const doc = await routedDoc(world, { team: 'bezwaar', consultantId: null, documentType: 'objection' });
    const result = await acknowledge(deps(world), { documentId: doc.id, by: 'c-020' });
    expect(result.legalClock).toMatchObject({ law: 'Awb 7:10', dueDate: '2026-07-27', daysLeft: 42 });
  });
});

describe('reassign', () => {
  it('hands the document to another consultant and records a misroute with from, to and reason', async () => {
    const world = workWorld();
    const doc = await routedDoc(world);
    const result = await reassign(deps(world), {
      documentId: doc.id,
      by: 'c-002',
      toConsultantId: 'c-010',
      reason: 'this is about work, not income',
    });
    expect(result.document).toMatchObject({
      status: 'routed',
      route: { team: 'werk', consultantId: 'c-010', queue: 'werk', status: 'routed' },
    });
    expect(result.document.route?.reasons.at(-1)).toMatchObject({ code: 'route.reassigned' });
    expect((await world.ledger.listEvents(doc.id)).at(-1)).toMatchObject({
      type: 'misroute',
      actor: 'c-002',
      data: {
        reason: 'this is about work, not income',
        from: { team: 'inkomen', consultantId: 'c-002', queue: 'inkomen' },
        to: { team: 'werk', consultantId: 'c-010', queue: 'werk' },
        previousStatus: 'routed',
      },
    });
  });

  it('hands an acknowledged document to a team queue, where it waits for a new acknowledgement', async () => {
    const world = workWorld();
    const doc = await routedDoc(world);
    await acknowledge(deps(world), { documentId: doc.id, by: 'c-002' });
    const result = await reassign(deps(world), { documentId: doc.id, by: 'c-002', toTeam: 'schuldhulp', reason: 'debt notice' });
    expect(result.document).toMatchObject({ status: 'routed', route: { team: 'schuldhulp', consultantId: null } });
  });

  it('sends a document back to triage when reassigned to the triage team', async () => {
    const world = workWorld();
    const doc = await routedDoc(world);
    const result = await reassign(deps(world), { documentId: doc.id, by: 'c-002', toTeam: 'triage', reason: 'wrong client' });
    expect(result.document).toMatchObject({ status: 'triage', route: { status: 'triage', team: 'triage' } });
  });

  it('notes when the new assignee is absent, naming them, the date, the receipt and the client in Dutch and English', async () => {
    const world = workWorld();
    const doc = await routedDoc(world, { clientNumber: 'K-100234' });
    world.clock.set(ams('2026-07-22', '10:00'));
    const result = await reassign(deps(world), { documentId: doc.id, by: 'c-003', toConsultantId: 'c-004', reason: 'client of c-004' });
    expect(result.notes).toEqual([
      {
        code: 'assignee.absent',
        text: `C. Visser is afwezig tot en met 31 juli en heeft geen vervanger. Ontvangstbewijs ${doc.receiptNumber} (klant K-100234) staat nu bij C. Visser.`,
        en: `C. Visser is away until 31 July and has no substitute. Receipt ${doc.receiptNumber} (client K-100234) is now with C. Visser.`,
      },
    ]);
  });

  it('names the substitute of an absent new assignee', async () => {
    const world = workWorld();
    const doc = await routedDoc(world, { consultantId: 'c-004' });
    world.clock.set(ams('2026-07-22', '10:00'));
    const result = await reassign(deps(world), { documentId: doc.id, by: 'c-004', toConsultantId: 'c-002', reason: 'client of c-002' });
    expect(result.notes.map((n) => n.text)).toEqual([
      `A. Jansen is afwezig tot en met 7 augustus; vervanger is B. Bakker. Ontvangstbewijs ${doc.receiptNumber} staat nu bij A. Jansen.`,
    ]);
  });

  it('records the handover as a reason naming both sides by name, not by id', async () => {
    const world = workWorld();
    const doc = await routedDoc(world);
    const result = await reassign(deps(world), { documentId: doc.id, by: 'c-002', toTeam: 'schuldhulp', reason: 'debt notice' });
    const handover = result.document.route?.reasons.at(-1);
    expect(handover?.code).toBe('route.reassigned');
    expect(handover?.text).toBe(
      `Doorgestuurd door c-002: van A. Jansen (${teamName(world, 'inkomen')}) naar de bak van ${teamName(world, 'schuldhulp')}`,
    );
    expect(handover?.en).toBe(
      `Handed over by c-002: from A. Jansen (${teamName(world, 'inkomen')}) to the queue of ${teamName(world, 'schuldhulp')}`,
    );
  });

  it('needs a reason, exactly one known target that differs from the current one, and a routed document', async () => {
    const world = workWorld();
    const doc = await routedDoc(world);
    const d = deps(world);
    const cases: [Parameters<typeof reassign>[1], string][] = [
      [{ documentId: doc.id, by: 'c-002', toTeam: 'werk', reason: ' ' }, 'work-item.reason-required'],
      [{ documentId: doc.id, by: 'c-002', reason: 'x' }, 'work-item.target-required'],
      [{ documentId: doc.id, by: 'c-002', toTeam: 'werk', toConsultantId: 'c-010', reason: 'x' }, 'work-item.target-required'],
      [{ documentId: doc.id, by: 'c-002', toConsultantId: 'c-999', reason: 'x' }, 'work-item.unknown-target'],
      [{ documentId: doc.id, by: 'c-002', toTeam: 'nowhere', reason: 'x' }, 'work-item.unknown-target'],
      [{ documentId: doc.id, by: 'c-002', toConsultantId: 'c-002', reason: 'x' }, 'work-item.same-target'],
      [{ documentId: doc.id, by: 'c-002', toTeam: 'werk', reason: 'x'.repeat(501) }, 'work-item.reason-too-long'],
    ];
    for (const [request, code] of cases) {
      await expect(reassign(d, request)).rejects.toThrow(WorkItemRequestError);
      await expect(reassign(d, request)).rejects.toMatchObject({ code });
    }
    const triaged = await putDocument(world, { receivedAt: ams('2026-06-15', '10:00'), status: 'triage' });
    await expect(reassign(d, { documentId: triaged.id, by: 'c-002', toTeam: 'werk', reason: 'x' })).rejects.toThrow(WorkItemStateError);
  });

  it('never logs the free-text reason', async () => {
    const world = workWorld();
    const doc = await routedDoc(world);
    await reassign(deps(world), { documentId: doc.id, by: 'c-002', toConsultantId: 'c-003', reason: 'Jan de Vries phoned about this' });
    expect(JSON.stringify(world.logger.lines)).not.toContain('Jan de Vries');
  });
});

describe('close', () => {
  it('closes a routed or acknowledged document, once, and settles its alerts', async () => {
    const world = workWorld();
    const doc = await routedDoc(world);
    await world.alerts.raise({ kind: 'unacknowledged', key: `unacknowledged:${doc.id}`, documentId: doc.id, message: 'reminder' });
    const result = await close(deps(world), { documentId: doc.id, by: 'c-002' });
    expect(result).toMatchObject({ changed: true, document: { status: 'closed' } });
    expect((await close(deps(world), { documentId: doc.id, by: 'c-002' })).changed).toBe(false);
    expect(await world.alerts.listOpen()).toEqual([]);

    const acked = await routedDoc(world);
    await acknowledge(deps(world), { documentId: acked.id, by: 'c-002' });
    expect((await close(deps(world), { documentId: acked.id, by: 'c-002' })).document.status).toBe('closed');
  });

  it('refuses a document that is not routed or acknowledged', async () => {
    const world = workWorld();
    const doc = await putDocument(world, { receivedAt: ams('2026-06-15', '10:00'), status: 'triage' });
    await expect(close(deps(world), { documentId: doc.id, by: 'c-002' })).rejects.toThrow(
      /is triage: close is only possible when it is routed or acknowledged/,
    );
  });
});
