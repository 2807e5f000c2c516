import { describe, expect, it } from 'vitest';
import { route } from '../../../functions/route/route.ts';
import { correctAppliedSplit } from '../../../functions/split/correct-applied-split.ts';
import type { CorrectSplitDeps } from '../../../functions/split/correct-split.ts';
import { type NewDocument, type PageText, pagesKey } from '../../../shared/domain/document.ts';
import { nextStep } from '../../../shared/domain/pipeline.ts';
import { isSplitCorrection, splitCorrectionSchema } from '../../../shared/domain/split-correction.ts';
import type { Ledger } from '../../../shared/ports.ts';
import { current, routeDeps, storedDocument, TEXTS, type World, world } from './world.ts';

const deps = (w: World, ledger: Ledger = w.ledger): CorrectSplitDeps => ({
  ledger,
  objects: w.objects,
  queue: w.queue,
  corrections: w.corrections,
  alerts: w.alerts,
  clock: w.clock,
  logger: w.logger,
});

const page = (n: number, text: string): PageText => ({ page: n, text, source: 'text-layer' });
const PAGES: PageText[] = [
  page(1, TEXTS.payslipOfKnownClient),
  page(2, TEXTS.medicalStatementOfKnownClient),
  { page: 3, text: '', source: 'ocr', blank: true },
  page(4, TEXTS.supermarketFolder),
];

/**
 * An envelope the split step separated wrongly, without doubt: Jan's payslip and his medical
 * statement (pages 1–2) became one part, routed to his inkomen consultant with an open
 * "unacknowledged" alert; the supermarket folder (page 4) is a part in triage; page 3 is blank.
 */
async function wronglySplit(w: World, first: Partial<NewDocument> = {}) {
  const file = await storedDocument(w, { status: 'split', pageCount: 4, intakeKey: 'inbox/post/envelope.pdf' });
  const part = (pages: number[]): Partial<NewDocument> => ({
    parentId: file.id,
    pages,
    pageCount: pages.length,
    objectKey: file.objectKey,
    fingerprint: file.fingerprint,
    intakeKey: `${file.intakeKey}#pages:${pages.join(',')}`,
  });
  const a = await storedDocument(w, {
    ...part([1, 2]),
    receiptNumber: 'PK-TEST-000AA',
    status: 'routed',
    documentType: 'payslip',
    confidence: 0.9,
    clientNumber: 'K-100234',
    route: { status: 'routed', team: 'inkomen', consultantId: 'c-002', queue: 'inkomen', clientNumber: 'K-100234', reasons: [] },
    receipt: { delivery: 'email', language: 'nl', sentAt: w.clock.now().toISOString() },
    ...first,
  });
  const b = await storedDocument(w, {
    ...part([4]),
    receiptNumber: 'PK-TEST-000BB',
    status: 'triage',
    documentType: 'other',
    route: { status: 'triage', team: 'triage', consultantId: null, queue: 'triage', clientNumber: null, reasons: [] },
  });
  await w.ledger.update(file.id, { childIds: [a.id, b.id] }, { type: 'split' });
  await w.objects.putJson(pagesKey(file.id), PAGES);
  await w.alerts.raise({ key: `unacknowledged:${a.id}`, kind: 'unacknowledged', documentId: a.id, message: 'not acknowledged' });
  await w.alerts.raise({ key: `unrouted:${b.id}`, kind: 'unrouted', documentId: b.id, message: 'unrouted' });
  return { file: await current(w, file.id), a, b };
}

const partsOf = async (w: World, fileId: string) => Promise.all(((await current(w, fileId)).childIds ?? []).map((id) => current(w, id)));

/** Every page with content in exactly one current part. */
async function contentPagesOnce(w: World, fileId: string) {
  const pages = (await partsOf(w, fileId)).flatMap((p) => p.pages ?? []);
  return [1, 2, 4].every((n) => pages.filter((x) => x === n).length === 1);
}

describe('correctAppliedSplit: triage corrects a split that was already applied', () => {
  it('keeps the unchanged part, replaces the changed one, and makes its new parts as the split step does', async () => {
    const w = world();
    const { file, a, b } = await wronglySplit(w);

    const outcome = await correctAppliedSplit(deps(w), { fileId: file.id, by: 'triage-1', parts: [[1], [2], [4]] });

    expect(outcome).toMatchObject({ ok: true, kept: [b.id], replaced: [a.id] });
    const parts = await partsOf(w, file.id);
    expect(parts.map((p) => [p.pages, p.status, p.parentId])).toEqual([
      [[1], 'separated', file.id],
      [[2], 'separated', file.id],
      [[4], 'triage', file.id],
    ]);
    // The kept part is untouched: same id, receipt number and route.
    expect(parts[2]).toEqual(b);
    const [payslip, medical] = parts;
    expect(new Set([a.receiptNumber, b.receiptNumber, payslip?.receiptNumber, medical?.receiptNumber]).size).toBe(4);
    expect(payslip).toMatchObject({ documentType: null, route: null, receipt: null, objectKey: file.objectKey });
    expect(payslip?.intakeKey).toMatch(/^inbox\/post\/envelope\.pdf#r1:[0-9a-f]{12}#pages:1$/);
    expect(medical?.splitReasons).toEqual(['nieuw document vanaf pagina 2: splitsing gecorrigeerd in triage']);
    expect(((await w.objects.getJson(pagesKey(medical?.id ?? ''))) as PageText[]).map((p) => p.page)).toEqual([2]);
    expect(w.queue.sent).toEqual([payslip, medical].map((p) => ({ step: nextStep('split'), documentId: p?.id })));
    expect(await contentPagesOnce(w, file.id)).toBe(true);

    // The replaced part ends visibly, says what replaced it, and nobody is alerted about it any more.
    const replaced = await current(w, a.id);
    expect(replaced).toMatchObject({ status: 'superseded', supersededBy: [payslip?.id, medical?.id], receiptNumber: a.receiptNumber });
    expect((await w.ledger.listEvents(a.id)).at(-1)).toMatchObject({
      type: 'superseded',
      actor: 'triage-1',
      data: { parentId: file.id, previousStatus: 'routed', pages: [1, 2] },
    });
    expect(w.alerts.open().map((x) => x.documentId)).toEqual([b.id]);
    expect((await current(w, file.id)).splitRevision).toBe(1);
    expect((await w.ledger.listEvents(file.id)).at(-1)).toMatchObject({
      type: 'split.corrected',
      actor: 'triage-1',
      data: { kept: [b.id], previousChildIds: [a.id, b.id], excluded: [3] },
    });
  });

  it('routes the new parts on their own: the medical statement is no longer inside the payslip', async () => {
    const w = world();
    const { file } = await wronglySplit(w);
    await correctAppliedSplit(deps(w), { fileId: file.id, by: 'triage-1', parts: [[1], [2], [4]] });
    const [payslip, medical] = await partsOf(w, file.id);
    for (const p of [payslip, medical]) await route(routeDeps(w), p?.id ?? '');
    expect(await current(w, medical?.id ?? '')).toMatchObject({ status: 'routed', documentType: 'medical_statement', restricted: true });
    expect(await current(w, payslip?.id ?? '')).toMatchObject({ status: 'routed', documentType: 'payslip', restricted: false });
  });

  it('keeps the correction as training data: the parts as applied against the parts as confirmed', async () => {
    const w = world();
    const { file } = await wronglySplit(w);
    await correctAppliedSplit(deps(w), { fileId: file.id, by: 'triage-1', parts: [[1], [2], [4]] });
    const [record] = w.corrections.examples.filter(isSplitCorrection);
    expect(splitCorrectionSchema.parse(record)).toEqual(record);
    expect(record).toMatchObject({
      documentId: file.id,
      by: 'triage-1',
      proposed: [[1, 2], [4]],
      parts: [[1], [2], [4]],
      excluded: [3],
      boundaries: [
        { page: 2, split: true, proposed: false },
        { page: 4, split: true, proposed: true },
      ],
    });
  });

  it('merges a part with the one before: both are replaced by one new part', async () => {
    const w = world();
    const { file, a, b } = await wronglySplit(w);
    const outcome = await correctAppliedSplit(deps(w), { fileId: file.id, by: 't', parts: [[1, 2, 4]] });
    expect(outcome).toMatchObject({ ok: true, kept: [], replaced: [a.id, b.id] });
    const parts = await partsOf(w, file.id);
    expect(parts.map((p) => p.pages)).toEqual([[1, 2, 4]]);
    expect((await current(w, b.id)).status).toBe('superseded');
    expect(w.alerts.open()).toEqual([]);
  });

  it('a double submit changes nothing the second time and records the correction once', async () => {
    const w = world();
    const { file } = await wronglySplit(w);
    const input = { fileId: file.id, by: 'triage-1', parts: [[1], [2], [4]] };
    await correctAppliedSplit(deps(w), input);
    const documents = (await w.ledger.listDocuments({})).length;
    const events = (await w.ledger.listEvents(file.id)).length;
    const second = await correctAppliedSplit(deps(w), input);
    expect(second).toMatchObject({ ok: true, replaced: [], created: [] });
    expect((await w.ledger.listDocuments({})).length).toBe(documents);
    expect((await w.ledger.listEvents(file.id)).length).toBe(events);
    expect(w.corrections.examples.filter(isSplitCorrection)).toHaveLength(1);
  });

  it('corrected back to how it was, makes fresh parts instead of reviving the replaced ones', async () => {
    const w = world();
    const { file, a } = await wronglySplit(w);
    await correctAppliedSplit(deps(w), { fileId: file.id, by: 't', parts: [[1], [2], [4]] });
    const back = await correctAppliedSplit(deps(w), { fileId: file.id, by: 't', parts: [[1, 2], [4]] });
    expect(back.ok).toBe(true);
    const [first] = await partsOf(w, file.id);
    expect(first?.pages).toEqual([1, 2]);
    expect(first?.id).not.toBe(a.id);
    expect(first?.status).toBe('separated');
    expect((await current(w, file.id)).splitRevision).toBe(2);
    expect(await contentPagesOnce(w, file.id)).toBe(true);
  });

  it('refuses to change a part a consultant has in hand or has closed, and changes nothing', async () => {
    for (const status of ['acknowledged', 'closed'] as const) {
      const w = world();
      const { file, a } = await wronglySplit(w, { status });
      const before = await w.ledger.listDocuments({});
      const outcome = await correctAppliedSplit(deps(w), { fileId: file.id, by: 't', parts: [[1], [2], [4]] });
      expect(outcome).toEqual({
        ok: false,
        problem: 'in-handling',
        parts: [{ id: a.id, receiptNumber: 'PK-TEST-000AA', status, pages: [1, 2] }],
      });
      expect(await w.ledger.listDocuments({})).toEqual(before);
      expect(w.queue.sent).toEqual([]);
      expect(w.corrections.examples).toEqual([]);
    }
  });

  it('may still change the other parts while one is in hand, as long as that one keeps its pages', async () => {
    const w = world();
    const { file, a, b } = await wronglySplit(w, { status: 'acknowledged' });
    // The blank page 3 was something after all: it joins the folder; the payslip part in hand is left alone.
    const outcome = await correctAppliedSplit(deps(w), {
      fileId: file.id,
      by: 't',
      parts: [
        [1, 2],
        [3, 4],
      ],
    });
    expect(outcome).toMatchObject({ ok: true, kept: [a.id], replaced: [b.id] });
    expect((await current(w, a.id)).status).toBe('acknowledged');
    expect((await current(w, b.id)).status).toBe('superseded');
    expect((await partsOf(w, file.id)).map((p) => p.pages)).toEqual([
      [1, 2],
      [3, 4],
    ]);
  });

  it('loses to a consultant who acknowledges the part at the same moment: undoes its claims and sets its new parts aside', async () => {
    const w = world();
    const { file, a, b } = await wronglySplit(w);
    // The consultant's acknowledgement lands between the officer's reading and the officer's write.
    const racing: Ledger = Object.create(w.ledger);
    racing.update = async (id, patch, event, when) => {
      if (id === a.id && patch.status === 'superseded') await w.ledger.update(a.id, { status: 'acknowledged' }, { type: 'acknowledged' });
      return w.ledger.update(id, patch, event, when);
    };
    const outcome = await correctAppliedSplit(deps(w, racing), { fileId: file.id, by: 't', parts: [[1], [2], [4]] });
    expect(outcome).toMatchObject({ ok: false, problem: 'in-handling' });
    expect((await current(w, file.id)).childIds).toEqual([a.id, b.id]);
    expect((await current(w, a.id)).status).toBe('acknowledged');
    const setAside = (await w.ledger.listDocuments({})).filter((d) => d.parentId === file.id && ![a.id, b.id].includes(d.id));
    expect(setAside.map((d) => [d.pages, d.status])).toEqual([
      [[1], 'superseded'],
      [[2], 'superseded'],
    ]);
    expect(w.queue.sent).toEqual([]);
  });

  it('refuses a layout that loses or doubles a page, and a file that is not split', async () => {
    const w = world();
    const { file, a } = await wronglySplit(w);
    expect(await correctAppliedSplit(deps(w), { fileId: file.id, by: 't', parts: [[1], [4]] })).toEqual({
      ok: false,
      problem: 'invalid-layout',
      issues: [{ kind: 'page-missing', page: 2 }],
    });
    expect(await correctAppliedSplit(deps(w), { fileId: a.id, by: 't', parts: [[1], [2]] })).toEqual({ ok: false, problem: 'not-split' });
    expect(await correctAppliedSplit(deps(w), { fileId: 'nope', by: 't', parts: [[1]] })).toEqual({ ok: false, problem: 'not-split' });
    expect((await current(w, a.id)).status).toBe('routed');
  });
});
