import { describe, expect, it } from 'vitest';
import { type SplitDeps, split } from '../../../functions/split/split.ts';
import { type PageText, pagesKey } from '../../../shared/domain/document.ts';
import { nextStep } from '../../../shared/domain/pipeline.ts';
import { current, storedDocument, TEXTS, textPages, type World, world } from './world.ts';

const splitDeps = (w: World): SplitDeps => ({
  ledger: w.ledger,
  objects: w.objects,
  directory: w.directorySource,
  queue: w.queue,
  logger: w.logger,
});

async function extractedFile(w: World, pages: PageText[]) {
  const doc = await storedDocument(w, { status: 'extracted', pageCount: pages.length });
  await w.objects.putJson(pagesKey(doc.id), pages);
  return doc;
}

const blank = (page: number): PageText => ({ page, text: '', source: 'ocr', blank: true });

describe('split', () => {
  it('passes a file of one document straight on to route', async () => {
    const w = world();
    const doc = await extractedFile(w, textPages(TEXTS.payslipOfKnownClient));
    await split(splitDeps(w), doc.id);
    expect(await current(w, doc.id)).toMatchObject({ status: 'separated' });
    expect(w.queue.sent).toEqual([{ step: nextStep('split'), documentId: doc.id }]);
  });

  it('makes one document per part, with its own pages, text, receipt number and parent, and keeps the file as split', async () => {
    const w = world();
    const pages = [
      ...textPages(TEXTS.payslipOfKnownClient),
      blank(2),
      { ...textPages(TEXTS.medicalStatementOfKnownClient)[0], page: 3 } as PageText,
    ];
    const file = await extractedFile(w, pages);
    await split(splitDeps(w), file.id);

    const after = await current(w, file.id);
    expect(after.status).toBe('split');
    expect(after.childIds).toHaveLength(2);
    const parts = await Promise.all((after.childIds ?? []).map((id) => current(w, id)));
    expect(parts.map((p) => [p.status, p.pages, p.parentId])).toEqual([
      ['separated', [1], file.id],
      ['separated', [3], file.id],
    ]);
    expect(new Set([file.receiptNumber, ...parts.map((p) => p.receiptNumber)]).size).toBe(3);
    expect(parts[1]?.splitReasons?.join(' ')).toMatch(/vertrouwelijk/);
    const text = (await w.objects.getJson(pagesKey(parts[1]?.id ?? ''))) as PageText[];
    expect(text.map((p) => p.page)).toEqual([3]);
    expect(w.queue.sent).toEqual(parts.map((p) => ({ step: 'route', documentId: p.id })));
  });

  it('run again (a redelivery, or a crash before the file was marked): the same parts, no new ones', async () => {
    const w = world();
    const pages = [...textPages(TEXTS.payslipOfKnownClient), { ...textPages(TEXTS.medicalStatementOfKnownClient)[0], page: 2 } as PageText];
    const file = await extractedFile(w, pages);
    await split(splitDeps(w), file.id);
    const first = (await current(w, file.id)).childIds;
    await split(splitDeps(w), file.id);
    expect((await current(w, file.id)).childIds).toEqual(first);
    expect((await w.ledger.listDocuments({})).length).toBe(3);
    expect(w.queue.sent.map((s) => s.documentId)).toEqual([...(first ?? []), ...(first ?? [])]);
  });

  it('gives the part after a cover sheet the client the sheet names', async () => {
    const w = world();
    const sheet: PageText = { page: 1, text: '', source: 'ocr', sheet: { kind: 'cover', clientNumber: 'K-100234' } };
    const file = await extractedFile(w, [sheet, { ...textPages(TEXTS.supermarketFolder)[0], page: 2 } as PageText]);
    await split(splitDeps(w), file.id);
    expect(await current(w, file.id)).toMatchObject({ status: 'separated', deskClientNumber: 'K-100234', clientNumber: 'K-100234' });
  });
});
