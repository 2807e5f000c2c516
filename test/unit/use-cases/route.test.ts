import { describe, expect, it } from 'vitest';
import { route } from '../../../functions/route/route.ts';
import { classify } from '../../../shared/domain/classifier.ts';
import { nextStep } from '../../../shared/domain/pipeline.ts';
import { DEFAULT_ROUTE_THRESHOLD } from '../../../shared/domain/routing.ts';
import {
  ams,
  current,
  routeDeps,
  routedDocument,
  separatedDocument,
  storedDocument,
  TEXTS,
  textPages,
  triageDocument,
  world,
} from './world.ts';

const codes = (reasons: { code: string }[] | undefined) => (reasons ?? []).map((r) => r.code);

describe('route: a document the machine can route', () => {
  it("routes a payslip with a labelled BSN of a known client to that client's inkomen consultant, with its reasons", async () => {
    const w = world();
    const doc = await separatedDocument(w, textPages(TEXTS.payslipOfKnownClient));

    await route(routeDeps(w), doc.id);

    const routed = await current(w, doc.id);
    expect(routed).toMatchObject({
      status: 'routed',
      documentType: 'payslip',
      clientNumber: 'K-100234',
      restricted: false,
      route: { status: 'routed', team: 'inkomen', consultantId: 'c-002', queue: 'inkomen', clientNumber: 'K-100234' },
    });
    expect(routed.confidence).toBeGreaterThanOrEqual(DEFAULT_ROUTE_THRESHOLD);
    expect(routed.route?.reasons).toContainEqual({
      code: 'client',
      text: 'Klant K-100234 herkend aan BSN',
      en: 'Client K-100234 recognised by BSN',
    });
    expect(routed.route?.reasons).toContainEqual(
      expect.objectContaining({ code: 'consultant.assigned', text: 'Naar A. Jansen (Team inkomen): consulent inkomen van klant K-100234' }),
    );
  });

  it('records the decision in one audit event with type, confidence, team, consultant, client and reason codes', async () => {
    const w = world();
    const doc = await separatedDocument(w, textPages(TEXTS.payslipOfKnownClient));

    await route(routeDeps(w), doc.id);

    const events = await w.ledger.listEvents(doc.id);
    expect(events.map((e) => e.type)).toEqual(['separated', 'routed']);
    expect(events[1]?.data).toEqual({
      documentType: 'payslip',
      confidence: (await current(w, doc.id)).confidence,
      team: 'inkomen',
      consultantId: 'c-002',
      clientNumber: 'K-100234',
      reasons: ['type', 'client', 'consultant.assigned'],
    });
  });

  it('announces the routed document to the publisher and sends it to the next step of the pipeline (receipt)', async () => {
    const w = world();
    const doc = await separatedDocument(w, textPages(TEXTS.payslipOfKnownClient));

    await route(routeDeps(w), doc.id);

    expect(w.publisher.published).toEqual([await current(w, doc.id)]);
    expect(nextStep('route')).toBe('receipt');
    expect(w.queue.sent).toEqual([{ step: nextStep('route'), documentId: doc.id }]);
  });

  it('routes to the substitute when the consultant is absent on the day the document was received', async () => {
    // c-002 is absent from 20 July to 7 August 2026, substitute c-003. Routed later, after the
    // absence: the day of receipt decides.
    const w = world(ams('2026-07-22', '09:15'));
    const doc = await separatedDocument(w, textPages(TEXTS.payslipOfKnownClient));
    w.clock.set(ams('2026-08-10', '09:00'));

    await route(routeDeps(w), doc.id);

    const routed = await current(w, doc.id);
    expect(routed.route).toMatchObject({ status: 'routed', team: 'inkomen', consultantId: 'c-003' });
    expect(routed.route?.reasons).toContainEqual(
      expect.objectContaining({
        code: 'consultant.substitute',
        text: 'A. Jansen is afwezig tot en met 7 augustus, daarom naar vervanger B. Bakker',
      }),
    );
  });

  it('marks a medical statement restricted and routes it to the client’s werk consultant', async () => {
    const w = world();
    const doc = await separatedDocument(w, textPages(TEXTS.medicalStatementOfKnownClient));

    await route(routeDeps(w), doc.id);

    expect(await current(w, doc.id)).toMatchObject({
      status: 'routed',
      documentType: 'medical_statement',
      restricted: true,
      route: { team: 'werk', consultantId: 'c-010' },
    });
  });

  it('reads the text of every page but the blank ones', async () => {
    const w = world();
    const pages = [...textPages('Loonstrook maart 2026\nBrutoloon € 2.134,50', 'BSN: 123456782\nNettoloon € 1.824,40')];
    pages.push({ page: 3, text: 'Jumbo aanbiedingen kipfilet bananen', source: 'ocr', blank: true });
    const doc = await separatedDocument(w, pages);

    await route(routeDeps(w), doc.id);

    expect(await current(w, doc.id)).toMatchObject({ status: 'routed', documentType: 'payslip', clientNumber: 'K-100234' });
  });
});

describe('route: a document the machine cannot route goes to triage, with reasons', () => {
  it('sends a payslip of someone who is not a client to triage: no client found', async () => {
    const w = world();
    const doc = await separatedDocument(w, textPages(TEXTS.payslipOfUnknownPerson));

    await route(routeDeps(w), doc.id);

    const triaged = await current(w, doc.id);
    expect(triaged).toMatchObject({
      status: 'triage',
      documentType: 'payslip',
      clientNumber: null,
      route: { status: 'triage', team: 'triage', queue: 'triage', consultantId: null },
    });
    expect(codes(triaged.route?.reasons)).toContain('client.none');
    expect(w.ledger.eventTypes(doc.id)).toEqual(['separated', 'triage']);
  });

  it('sends a document whose confidence is below the threshold to triage, with the confidence and the runner-up guesses', async () => {
    const w = world();
    const doc = await separatedDocument(w, textPages(TEXTS.payslipOrBankStatement));
    const { confidence } = classify(TEXTS.payslipOrBankStatement);
    const threshold = Math.min(1, confidence + 0.05);

    await route(routeDeps(w, { threshold }), doc.id);

    const triaged = await current(w, doc.id);
    expect(triaged.status).toBe('triage');
    expect(triaged.route?.reasons).toContainEqual(
      expect.objectContaining({
        code: 'type.uncertain',
        text: `Te onzeker over de soort (${Math.round(confidence * 100)}%, nodig is ${Math.round(threshold * 100)}%): een mens beslist`,
      }),
    );
    expect(codes(triaged.route?.reasons)).toContain('guess');
  });

  it('sends a document of no known type to triage: document type not recognised', async () => {
    const w = world();
    const doc = await separatedDocument(w, textPages(TEXTS.supermarketFolder));

    await route(routeDeps(w), doc.id);

    const triaged = await current(w, doc.id);
    expect(triaged).toMatchObject({ status: 'triage', documentType: 'other' });
    expect(codes(triaged.route?.reasons)).toContain('type.unknown');
  });

  it('announces a document in triage too, and sends it on to its receipt', async () => {
    const w = world();
    const doc = await separatedDocument(w, textPages(TEXTS.payslipOfUnknownPerson));

    await route(routeDeps(w), doc.id);

    expect(w.publisher.published).toEqual([await current(w, doc.id)]);
    expect(w.queue.sent).toEqual([{ step: 'receipt', documentId: doc.id }]);
  });
});

describe('route: redelivery and crashes', () => {
  it('run twice for the same message: one transition, one audit event, published and sent to receipt again', async () => {
    const w = world();
    const doc = await separatedDocument(w, textPages(TEXTS.payslipOfKnownClient));

    await route(routeDeps(w), doc.id);
    await route(routeDeps(w), doc.id);

    expect(w.ledger.eventTypes(doc.id)).toEqual(['separated', 'routed']);
    const routed = await current(w, doc.id);
    expect(w.publisher.published).toEqual([routed, routed]);
    expect(w.queue.sent).toEqual([
      { step: 'receipt', documentId: doc.id },
      { step: 'receipt', documentId: doc.id },
    ]);
  });

  it('two runs at once for the same document: one transition and one audit event', async () => {
    const w = world();
    const doc = await separatedDocument(w, textPages(TEXTS.payslipOfKnownClient));

    await Promise.all([route(routeDeps(w), doc.id), route(routeDeps(w), doc.id)]);

    expect(w.ledger.eventTypes(doc.id)).toEqual(['separated', 'routed']);
    expect(w.queue.sent.length).toBeGreaterThanOrEqual(1);
    expect(w.publisher.published.every((d) => d.status === 'routed')).toBe(true);
  });

  it('publishes again and queues the receipt, without a second update, when the document was routed before a crash', async () => {
    const w = world();
    const doc = await routedDocument(w);
    w.clock.advance(60_000);

    await route(routeDeps(w), doc.id);

    expect(await current(w, doc.id)).toEqual(doc);
    expect(w.ledger.eventTypes(doc.id)).toEqual(['routed']);
    expect(w.publisher.published).toEqual([doc]);
    expect(w.queue.sent).toEqual([{ step: 'receipt', documentId: doc.id }]);
  });

  it('publishes again and queues the receipt when the document was put in triage before a crash', async () => {
    const w = world();
    const doc = await triageDocument(w);

    await route(routeDeps(w), doc.id);

    expect(w.ledger.eventTypes(doc.id)).toEqual(['triage']);
    expect(w.publisher.published).toEqual([doc]);
    expect(w.queue.sent).toEqual([{ step: 'receipt', documentId: doc.id }]);
  });

  it('does nothing for a document that has not been extracted yet', async () => {
    const w = world();
    const doc = await storedDocument(w);

    await route(routeDeps(w), doc.id);

    expect(w.ledger.eventTypes(doc.id)).toEqual(['received']);
    expect(w.publisher.published).toEqual([]);
    expect(w.queue.sent).toEqual([]);
  });

  it('fails for a document the ledger does not know', async () => {
    const w = world();
    await expect(route(routeDeps(w), 'no-such-document')).rejects.toThrow(/not found/);
  });
});
