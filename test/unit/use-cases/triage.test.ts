import { describe, expect, it } from 'vitest';
import { sendReceipt } from '../../../functions/receipt/receipt.ts';
import { resolveTriage, type TriageDecision } from '../../../functions/triage/triage.ts';
import { pagesKey } from '../../../shared/domain/document.ts';
import { nextStep } from '../../../shared/domain/pipeline.ts';
import { GatedDirectory } from '../../helpers/fakes.ts';
import {
  ams,
  current,
  receiptDeps,
  routedDocument,
  storedDocument,
  TEXTS,
  textPages,
  triageDeps,
  triageDocument,
  type World,
  world,
} from './world.ts';

const payslipOfJan = (documentId: string, extra: Partial<TriageDecision> = {}): TriageDecision => ({
  documentId,
  by: 'triage-officer-3',
  type: 'payslip',
  clientNumber: 'K-100234',
  target: { kind: 'rules' },
  ...extra,
});

/** A document in triage whose pages were read (a payslip the machine could not place). */
async function unplacedPayslip(w: World, fields: Parameters<typeof triageDocument>[1] = {}) {
  const doc = await triageDocument(w, fields);
  await w.objects.putJson(pagesKey(doc.id), textPages(TEXTS.payslipOfUnknownPerson, 'pagina 2'));
  return doc;
}

/** Nothing happened: no transition, no correction, nothing published or queued. */
async function expectUntouched(w: World, before: Awaited<ReturnType<typeof current>>) {
  expect(await current(w, before.id)).toEqual(before);
  expect(w.corrections.examples).toEqual([]);
  expect(w.publisher.published).toEqual([]);
  expect(w.queue.sent).toEqual([]);
}

describe('resolveTriage: what it refuses', () => {
  it('refuses a document that is not in triage (not-in-triage), and an unknown document', async () => {
    const w = world();
    const routed = await routedDocument(w);

    expect(await resolveTriage(triageDeps(w), payslipOfJan(routed.id))).toEqual({ ok: false, problem: 'not-in-triage' });
    expect(await resolveTriage(triageDeps(w), payslipOfJan('no-such-document'))).toEqual({ ok: false, problem: 'not-in-triage' });
    await expectUntouched(w, routed);
  });

  it('refuses routing by the rules without a client for a type that needs one (needs-client)', async () => {
    const w = world();
    const doc = await unplacedPayslip(w);

    expect(await resolveTriage(triageDeps(w), payslipOfJan(doc.id, { clientNumber: null }))).toEqual({
      ok: false,
      problem: 'needs-client',
    });
    await expectUntouched(w, doc);
  });

  it('refuses routing by the rules when the rules send the type to triage itself (needs-target)', async () => {
    const w = world();
    const doc = await unplacedPayslip(w);
    expect(await resolveTriage(triageDeps(w), payslipOfJan(doc.id, { type: 'other' }))).toEqual({ ok: false, problem: 'needs-target' });
    await expectUntouched(w, doc);
  });

  it.each([
    ['a team that does not exist', { kind: 'team', team: 'parkeren' }],
    ['the triage team itself', { kind: 'team', team: 'triage' }],
    ['a consultant who does not exist', { kind: 'consultant', consultantId: 'c-999' }],
  ] as const)('refuses %s as target (unknown-target)', async (_, target) => {
    const w = world();
    const doc = await unplacedPayslip(w);
    expect(await resolveTriage(triageDeps(w), payslipOfJan(doc.id, { target }))).toEqual({ ok: false, problem: 'unknown-target' });
    await expectUntouched(w, doc);
  });
});

describe('resolveTriage: a resolved document', () => {
  it("routes by the rules to the client's consultant, with the triage decision as first reason", async () => {
    const w = world();
    const doc = await unplacedPayslip(w);

    const outcome = await resolveTriage(triageDeps(w), payslipOfJan(doc.id));

    expect(outcome.ok).toBe(true);
    const resolved = await current(w, doc.id);
    expect(outcome.ok && outcome.document).toEqual(resolved);
    expect(resolved).toMatchObject({
      status: 'routed',
      documentType: 'payslip',
      clientNumber: 'K-100234',
      restricted: false,
      rejectReason: null,
      route: { status: 'routed', team: 'inkomen', consultantId: 'c-002', queue: 'inkomen', clientNumber: 'K-100234' },
    });
    expect(resolved.route?.reasons.map((r) => r.text)).toEqual([
      'In triage vastgesteld door triage-officer-3: loonstrook, klant K-100234',
      'Naar A. Jansen (Team inkomen): consulent inkomen van klant K-100234',
    ]);
  });

  it('records who resolved it, and what it was before, in one audit event', async () => {
    const w = world();
    const doc = await unplacedPayslip(w);

    await resolveTriage(triageDeps(w), payslipOfJan(doc.id));

    const events = await w.ledger.listEvents(doc.id);
    expect(events.map((e) => e.type)).toEqual(['triage', 'triaged']);
    expect(events[1]).toMatchObject({
      actor: 'triage-officer-3',
      data: {
        previousStatus: 'triage',
        previousType: 'other',
        documentType: 'payslip',
        clientNumber: 'K-100234',
        team: 'inkomen',
        consultantId: 'c-002',
        target: 'rules',
      },
    });
  });

  it('applies absences as of the day of triage, not the day of receipt', async () => {
    const w = world(ams('2026-07-10', '10:00'));
    const doc = await unplacedPayslip(w);
    w.clock.set(ams('2026-07-22', '11:00')); // c-002 is away 20 July – 7 August, substitute c-003

    await resolveTriage(triageDeps(w), payslipOfJan(doc.id));

    expect((await current(w, doc.id)).route).toMatchObject({ consultantId: 'c-003' });
  });

  it('routes to the team chosen in triage, to its queue', async () => {
    const w = world();
    const doc = await unplacedPayslip(w);

    await resolveTriage(triageDeps(w), payslipOfJan(doc.id, { type: 'debt_notice', target: { kind: 'team', team: 'schuldhulp' } }));

    expect((await current(w, doc.id)).route).toMatchObject({
      status: 'routed',
      team: 'schuldhulp',
      consultantId: null,
      queue: 'schuldhulp',
      reasons: [
        expect.objectContaining({ code: 'triage' }),
        expect.objectContaining({ code: 'route.triage', text: 'Naar de bak van Team schuldhulp, gekozen in triage' }),
      ],
    });
  });

  it('routes to the consultant chosen in triage, in that consultant’s team, and keeps a restricted type restricted', async () => {
    const w = world();
    const doc = await unplacedPayslip(w);

    await resolveTriage(
      triageDeps(w),
      payslipOfJan(doc.id, { type: 'medical_statement', target: { kind: 'consultant', consultantId: 'c-010' } }),
    );

    expect(await current(w, doc.id)).toMatchObject({
      restricted: true,
      route: { team: 'werk', consultantId: 'c-010', queue: 'werk' },
    });
  });

  it('keeps the correction as a training example with the page texts, what the machine predicted, who and when', async () => {
    const w = world();
    const doc = await unplacedPayslip(w);
    w.clock.advance(2 * 60 * 60_000);

    await resolveTriage(triageDeps(w), payslipOfJan(doc.id));

    expect(w.corrections.examples).toEqual([
      {
        documentId: doc.id,
        pages: [TEXTS.payslipOfUnknownPerson, 'pagina 2'],
        type: 'payslip',
        clientNumber: 'K-100234',
        correctedAt: w.clock.now().toISOString(),
        by: 'triage-officer-3',
        predicted: 'other',
      },
    ]);
  });

  it('settles the document’s unrouted, failed, dead-letter and stuck alerts, and no others', async () => {
    const w = world();
    const doc = await unplacedPayslip(w);
    const other = await triageDocument(w);
    await w.alerts.raise({ kind: 'unrouted', key: `unrouted:${doc.id}`, documentId: doc.id, message: 'unrouted' });
    await w.alerts.raise({ kind: 'dead-letter', key: `dead-letter:route:${doc.id}`, documentId: doc.id, message: 'dead letter' });
    await w.alerts.raise({ kind: 'stuck', key: `stuck:${doc.id}`, documentId: doc.id, message: 'stuck' });
    await w.alerts.raise({ kind: 'rejected', key: `rejected:${doc.id}`, documentId: doc.id, message: 'rejected' });
    await w.alerts.raise({ kind: 'unrouted', key: `unrouted:${other.id}`, documentId: other.id, message: 'unrouted' });

    await resolveTriage(triageDeps(w), payslipOfJan(doc.id));

    expect(w.alerts.open().map((a) => a.key)).toEqual([`rejected:${doc.id}`, `unrouted:${other.id}`]);
    expect(w.alerts.alerts.filter((a) => a.status === 'resolved').map((a) => a.resolvedBy)).toEqual([
      'triage-officer-3',
      'triage-officer-3',
      'triage-officer-3',
    ]);
  });

  it('publishes the routed document and sends it to the step after routing (receipt)', async () => {
    const w = world();
    const doc = await unplacedPayslip(w);

    await resolveTriage(triageDeps(w), payslipOfJan(doc.id));

    expect(w.publisher.published).toEqual([await current(w, doc.id)]);
    expect(w.queue.sent).toEqual([{ step: nextStep('route'), documentId: doc.id }]);
  });

  it('resolves a failed (dead-lettered) document too; never read, it is no training example', async () => {
    const w = world();
    const doc = await storedDocument(w, { status: 'failed', rejectReason: 'step extract failed after 5 attempts' });

    const outcome = await resolveTriage(triageDeps(w), payslipOfJan(doc.id));

    expect(outcome.ok).toBe(true);
    expect(await current(w, doc.id)).toMatchObject({ status: 'routed', rejectReason: null });
    expect(w.corrections.examples).toEqual([]);
  });

  it('resolved twice (a double click): the second is refused and nothing is done twice', async () => {
    const w = world();
    const doc = await unplacedPayslip(w);

    await resolveTriage(triageDeps(w), payslipOfJan(doc.id));
    const second = await resolveTriage(triageDeps(w), payslipOfJan(doc.id, { by: 'triage-officer-4' }));

    expect(second).toEqual({ ok: false, problem: 'not-in-triage' });
    expect(w.ledger.eventTypes(doc.id)).toEqual(['triage', 'triaged']);
    expect(w.corrections.examples).toHaveLength(1);
    expect(w.publisher.published).toHaveLength(1);
  });
});

describe('resolveTriage and the receipt', () => {
  it('resets a pending receipt, so the receipt step sends it to the client triage named', async () => {
    const w = world();
    const doc = await unplacedPayslip(w, { channel: 'post' });
    await sendReceipt(receiptDeps(w), doc.id);
    expect((await current(w, doc.id)).receipt).toEqual({ delivery: 'pending', language: 'nl' });

    await resolveTriage(triageDeps(w), payslipOfJan(doc.id));
    expect((await current(w, doc.id)).receipt).toBeNull();
    await sendReceipt(receiptDeps(w), doc.id);

    expect(w.mailer.sent.map((m) => m.to)).toEqual(['jan@example.org']);
    expect((await current(w, doc.id)).receipt).toMatchObject({ delivery: 'email', sentAt: w.clock.now().toISOString() });
  });

  // Known failure, see the report (same cause as the desk race in desk-receipt.test.ts): a receipt
  // run that read the document while it was in triage writes its stale "pending" plan after the
  // receipt that triage queued has gone out, and erases its sentAt.
  it('keeps the sent receipt when an older receipt run finishes after triage and the new receipt run', async () => {
    const w = world();
    const doc = await unplacedPayslip(w, { channel: 'post' });
    const gate = new GatedDirectory(w.directory);
    const olderRun = sendReceipt({ ...receiptDeps(w), directory: gate }, doc.id);
    await gate.reached; // it read the document in triage, without a client

    await resolveTriage(triageDeps(w), payslipOfJan(doc.id));
    await sendReceipt(receiptDeps(w), doc.id); // the receipt triage queued: mailed to the client
    gate.release();
    await olderRun;

    expect(w.mailer.sent).toHaveLength(1);
    expect((await current(w, doc.id)).receipt).toMatchObject({ delivery: 'email', sentAt: expect.any(String) });
  });

  it('leaves a receipt that was already sent alone', async () => {
    const w = world();
    const sent = { delivery: 'email' as const, language: 'nl', sentAt: '2026-06-15T08:05:00.000Z' };
    const doc = await unplacedPayslip(w, { receipt: sent, receiptEmail: 'iemand@example.net' });

    await resolveTriage(triageDeps(w), payslipOfJan(doc.id));
    await sendReceipt(receiptDeps(w), doc.id);

    expect((await current(w, doc.id)).receipt).toEqual(sent);
    expect(w.mailer.sent).toEqual([]);
  });
});
