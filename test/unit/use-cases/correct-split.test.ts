import { describe, expect, it } from 'vitest';
import { route } from '../../../functions/route/route.ts';
import { type CorrectSplitDeps, correctSplit } from '../../../functions/split/correct-split.ts';
import { type DocumentRecord, type NewDocument, type PageText, pagesKey } from '../../../shared/domain/document.ts';
import { nextStep } from '../../../shared/domain/pipeline.ts';
import { type CorrectionRecord, isSplitCorrection, splitCorrectionSchema } from '../../../shared/domain/split-correction.ts';
import { current, routeDeps, routedDocument, storedDocument, TEXTS, type World, world } from './world.ts';

const deps = (w: World): CorrectSplitDeps => ({
  ledger: w.ledger,
  objects: w.objects,
  queue: w.queue,
  corrections: w.corrections,
  alerts: w.alerts,
  clock: w.clock,
  logger: w.logger,
});

const page = (n: number, text: string): PageText => ({ page: n, text, source: 'text-layer' });
const blank = (n: number): PageText => ({ page: n, text: '', source: 'ocr', blank: true });

/**
 * A mailroom envelope the split step was unsure of, now in triage: Jan's payslip (page 1), his
 * medical statement (page 2), a blank page (3) and a supermarket folder (4). The machine proposed
 * two parts, [1, 2] and [4]: it missed the boundary before the medical statement.
 */
async function uncertainEnvelope(w: World, fields: Partial<NewDocument> = {}) {
  const doc = await storedDocument(w, {
    status: 'triage',
    pageCount: 4,
    documentType: 'payslip',
    confidence: 0.51,
    clientNumber: 'K-100234',
    route: {
      status: 'triage',
      team: 'triage',
      consultantId: null,
      queue: 'triage',
      clientNumber: 'K-100234',
      reasons: [{ code: 'split.uncertain', text: 'mogelijk meerdere documenten' }],
    },
    receipt: { delivery: 'letter', language: 'nl', sentAt: w.clock.now().toISOString() },
    splitProposal: { parts: [[1, 2], [4]], reasons: ['twijfel of pagina 2 een nieuw document begint'] },
    ...fields,
  });
  await w.objects.putJson(pagesKey(doc.id), [
    page(1, TEXTS.payslipOfKnownClient),
    page(2, TEXTS.medicalStatementOfKnownClient),
    blank(3),
    page(4, TEXTS.supermarketFolder),
  ]);
  await w.alerts.raise({ key: `unrouted:${doc.id}`, kind: 'unrouted', documentId: doc.id, message: 'unrouted' });
  return doc;
}

const splitRecords = (w: World) => w.corrections.examples.filter(isSplitCorrection);
const children = async (w: World, parent: DocumentRecord) => Promise.all((parent.childIds ?? []).map((id) => current(w, id)));

describe('correctSplit: a person confirms the parts of a file in triage', () => {
  it('makes one document per confirmed part, as the split step does, and sends each on to be routed', async () => {
    const w = world();
    const file = await uncertainEnvelope(w);

    const outcome = await correctSplit(deps(w), { documentId: file.id, by: 'triage-1', parts: [[1], [2], [4]] });

    expect(outcome.ok).toBe(true);
    const after = await current(w, file.id);
    expect(after.status).toBe('split');
    const parts = await children(w, after);
    expect(parts.map((p) => [p.status, p.pages, p.pageCount, p.parentId])).toEqual([
      ['separated', [1], 1, file.id],
      ['separated', [2], 1, file.id],
      ['separated', [4], 1, file.id],
    ]);
    expect(parts.map((p) => p.intakeKey)).toEqual([1, 2, 4].map((n) => `${file.intakeKey}#pages:${n}`));
    expect(new Set([file.receiptNumber, ...parts.map((p) => p.receiptNumber)]).size).toBe(4);
    // Nothing of the whole file's guess, route, receipt or proposal travels with a part.
    for (const p of parts) {
      expect(p).toMatchObject({ documentType: null, route: null, receipt: null, objectKey: file.objectKey });
      expect(p.splitProposal).toBeUndefined();
    }
    expect(parts[1]?.splitReasons).toEqual(['nieuw document vanaf pagina 2: gesplitst in triage']);
    expect(parts[2]?.splitReasons).toEqual(['nieuw document vanaf pagina 4: voorgesteld en bevestigd in triage']);
    expect(((await w.objects.getJson(pagesKey(parts[1]?.id ?? ''))) as PageText[]).map((p) => p.page)).toEqual([2]);
    expect(w.queue.sent).toEqual(parts.map((p) => ({ step: nextStep('split'), documentId: p.id })));
    expect(w.alerts.open()).toEqual([]);
    const events = await w.ledger.listEvents(file.id);
    expect(events.at(-1)).toMatchObject({ type: 'split', actor: 'triage-1', data: { parts: 3, correctedInTriage: true, excluded: [3] } });
  });

  it('each part is then routed on its own: the medical statement is no longer inside the payslip', async () => {
    const w = world();
    const file = await uncertainEnvelope(w);
    await correctSplit(deps(w), { documentId: file.id, by: 'triage-1', parts: [[1], [2], [4]] });
    const parts = await children(w, await current(w, file.id));
    for (const p of parts) await route(routeDeps(w), p.id);

    const [payslip, medical] = await Promise.all(parts.slice(0, 2).map((p) => current(w, p.id)));
    expect(payslip).toMatchObject({ status: 'routed', documentType: 'payslip', restricted: false, clientNumber: 'K-100234' });
    expect(medical).toMatchObject({ status: 'routed', documentType: 'medical_statement', restricted: true });
    expect(medical?.route?.consultantId).toBe('c-010');
  });

  it('keeps every boundary decision, proposed against confirmed, as training data for the boundary model', async () => {
    const w = world();
    const file = await uncertainEnvelope(w);
    await correctSplit(deps(w), { documentId: file.id, by: 'triage-1', parts: [[1], [2, 4]] });

    const [record] = splitRecords(w);
    expect(splitCorrectionSchema.parse(record)).toEqual(record);
    expect(record).toMatchObject({
      kind: 'split',
      documentId: file.id,
      by: 'triage-1',
      correctedAt: w.clock.now().toISOString(),
      proposed: [[1, 2], [4]],
      parts: [[1], [2, 4]],
      excluded: [3],
      boundaries: [
        { page: 2, split: true, proposed: false },
        { page: 4, split: false, proposed: true },
      ],
    });
    expect(record?.pages.map((p) => [p.page, p.blank])).toEqual([
      [1, false],
      [2, false],
      [3, true],
      [4, false],
    ]);
    expect(record?.pages[1]?.text).toContain('MEDISCHE VERKLARING');
  });

  it('a double submit makes no second set of parts and records the correction once', async () => {
    const w = world();
    const file = await uncertainEnvelope(w);
    const input = { documentId: file.id, by: 'triage-1', parts: [[2], [1], [4]] };
    const first = await correctSplit(deps(w), input);
    const second = await correctSplit(deps(w), input);

    expect(second).toEqual(first);
    expect((await w.ledger.listDocuments({})).length).toBe(4);
    expect(splitRecords(w)).toHaveLength(1);
    // Parts not yet routed are passed on again (steps are idempotent): a crash before sending loses none.
    const ids = (await current(w, file.id)).childIds ?? [];
    expect(w.queue.sent.map((s) => s.documentId)).toEqual([...ids, ...ids]);
  });

  it('refuses other parts once the file is split: the split stands', async () => {
    const w = world();
    const file = await uncertainEnvelope(w);
    await correctSplit(deps(w), { documentId: file.id, by: 'triage-1', parts: [[1], [2], [4]] });
    const before = await current(w, file.id);
    expect(await correctSplit(deps(w), { documentId: file.id, by: 'triage-2', parts: [[1, 2], [4]] })).toEqual({
      ok: false,
      problem: 'not-in-triage',
    });
    expect(await current(w, file.id)).toEqual(before);
    expect((await w.ledger.listDocuments({})).length).toBe(4);
  });

  it('"one document": the file goes on whole to routing, without the proposal', async () => {
    const w = world();
    const file = await uncertainEnvelope(w);
    const outcome = await correctSplit(deps(w), { documentId: file.id, by: 'triage-1', parts: [[1, 2, 4]] });

    expect(outcome).toMatchObject({ ok: true, parts: [] });
    const after = await current(w, file.id);
    expect(after.status).toBe('separated');
    expect(after.splitProposal).toBeUndefined();
    expect(after.childIds).toBeUndefined();
    expect(w.queue.sent).toEqual([{ step: nextStep('split'), documentId: file.id }]);
    expect((await w.ledger.listDocuments({})).length).toBe(1);
    expect(splitRecords(w)[0]?.boundaries).toEqual([
      { page: 2, split: false, proposed: false },
      { page: 4, split: false, proposed: true },
    ]);
    // Routed again, it is decided on its own merits: no "maybe several documents" reason any more.
    await route(routeDeps(w), file.id);
    expect((await current(w, file.id)).route?.reasons.some((r) => r.code === 'split.uncertain')).toBe(false);
  });

  it('refuses a layout that loses a page, holds one twice, names one the file has not, or makes a blank page a document', async () => {
    const w = world();
    const file = await uncertainEnvelope(w);
    const before = await current(w, file.id);
    const refused = async (parts: number[][]) => {
      const outcome = await correctSplit(deps(w), { documentId: file.id, by: 'triage-1', parts });
      return outcome.ok || outcome.problem !== 'invalid-layout' ? outcome : outcome.issues;
    };

    expect(await refused([[1], [4]])).toEqual([{ kind: 'page-missing', page: 2 }]);
    expect(
      await refused([
        [1, 2],
        [2, 4],
      ]),
    ).toEqual([{ kind: 'page-twice', page: 2 }]);
    expect(
      await refused([
        [1, 2],
        [4, 9],
      ]),
    ).toEqual([{ kind: 'unknown-page', page: 9 }]);
    expect(await refused([[1, 2], [3], [4]])).toEqual([{ kind: 'blank-part', part: 2 }]);
    expect(await refused([[1, 2], [], [4]])).toEqual([{ kind: 'empty-part', part: 2 }]);
    expect(await refused([])).toEqual([{ kind: 'no-parts' }]);

    expect(await current(w, file.id)).toEqual(before);
    expect(w.queue.sent).toEqual([]);
    expect(w.corrections.examples).toEqual([]);
  });

  it('may take a blank page into a part, but leaves it out by default', async () => {
    const w = world();
    const file = await uncertainEnvelope(w);
    await correctSplit(deps(w), { documentId: file.id, by: 'triage-1', parts: [[1], [2, 3], [4]] });
    const parts = await children(w, await current(w, file.id));
    expect(parts.map((p) => p.pages)).toEqual([[1], [2, 3], [4]]);
    expect(splitRecords(w)[0]?.excluded).toEqual([]);
  });

  it('gives a part after a cover sheet the client the sheet names', async () => {
    const w = world();
    const doc = await storedDocument(w, { status: 'triage', pageCount: 3, splitProposal: { parts: [[1, 3]], reasons: [] } });
    await w.objects.putJson(pagesKey(doc.id), [
      page(1, TEXTS.supermarketFolder),
      { page: 2, text: '', source: 'ocr', sheet: { kind: 'cover', clientNumber: 'K-100301' } },
      page(3, TEXTS.payslipOfUnknownPerson),
    ] satisfies PageText[]);
    await correctSplit(deps(w), { documentId: doc.id, by: 'triage-1', parts: [[1], [3]] });
    const parts = await children(w, await current(w, doc.id));
    expect(parts.map((p) => [p.pages, p.deskClientNumber, p.clientNumber])).toEqual([
      [[1], null, null],
      [[3], 'K-100301', 'K-100301'],
    ]);
  });

  it('splits a part that landed in triage further: its parts keep the file’s page numbers and name it as parent', async () => {
    const w = world();
    const part = await storedDocument(w, {
      status: 'triage',
      pageCount: 2,
      parentId: 'the-file',
      pages: [5, 6],
      intakeKey: 'scan#pages:5,6',
    });
    await w.objects.putJson(pagesKey(part.id), [page(5, TEXTS.payslipOfKnownClient), page(6, TEXTS.supermarketFolder)]);
    await correctSplit(deps(w), { documentId: part.id, by: 'triage-1', parts: [[5], [6]] });
    const parts = await children(w, await current(w, part.id));
    expect(parts.map((p) => [p.parentId, p.pages, p.intakeKey])).toEqual([
      [part.id, [5], 'scan#pages:5,6#pages:5'],
      [part.id, [6], 'scan#pages:5,6#pages:6'],
    ]);
  });

  it('refuses a document that is not in triage, or whose pages were never read', async () => {
    const w = world();
    const routed = await routedDocument(w);
    expect(await correctSplit(deps(w), { documentId: routed.id, by: 't', parts: [[1]] })).toEqual({ ok: false, problem: 'not-in-triage' });
    expect(await correctSplit(deps(w), { documentId: 'nope', by: 't', parts: [[1]] })).toEqual({ ok: false, problem: 'not-in-triage' });
    const unread = await storedDocument(w, { status: 'failed', pageCount: null });
    expect(await correctSplit(deps(w), { documentId: unread.id, by: 't', parts: [[1]] })).toEqual({ ok: false, problem: 'not-read' });
  });
});

describe('correction records stay backward compatible', () => {
  it('a type correction has no kind and is no split correction', () => {
    const example: CorrectionRecord = { pages: ['x'], type: 'payslip', clientNumber: null, correctedAt: '2026-06-15T08:00:00Z', by: 'u' };
    expect(isSplitCorrection(example)).toBe(false);
  });
});
