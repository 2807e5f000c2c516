import { describe, expect, it } from 'vitest';
import { extract } from '../../../functions/extract/extract.ts';
import { releaseWhileReading, split } from '../../../functions/split/split.ts';
import { type PageText, pagesKey } from '../../../shared/domain/document.ts';
import { nextStep } from '../../../shared/domain/pipeline.ts';
import { current, extractDeps, extractedFile, splitDeps, storedDocument, TEXTS, textPages, world } from './world.ts';

const blank = (page: number): PageText => ({ page, text: '', source: 'ocr', blank: true });
/** A whole monthly payslip of client K-100234, as its employer prints it. */
const monthlyPayslip = (month: string) =>
  [
    'Bakkerij Jansen B.V.',
    'Dorpsstraat 1, 1234 AB Voorbeeld',
    '',
    `LOONSTROOK ${month} 2026`,
    'Werknemer: J. de Vries',
    'BSN: 123456782',
    `Periode: ${month.toLowerCase()} 2026`,
    'Brutoloon € 2.134,50',
    'Loonheffing € 212,10',
    'Nettoloon € 1.824,40',
    'Uitbetaald op rekening NL12 INGB 0001 2345 67',
  ].join('\n');

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

  it('separates the parts before an uncertain boundary, and sends the rest on as one document with the proposed split', async () => {
    const w = world();
    // March's payslip, then April's (a new document, surely: a letterhead and a title again), then a
    // short page of advertising: a new document or not?
    const file = await extractedFile(w, textPages(monthlyPayslip('MAART'), monthlyPayslip('APRIL'), TEXTS.advertisingPage));
    await split(splitDeps(w), file.id);
    const after = await current(w, file.id);
    expect(after.status).toBe('split');
    const parts = await Promise.all((after.childIds ?? []).map((id) => current(w, id)));
    expect(parts.map((p) => p.pages)).toEqual([[1], [2, 3]]);
    expect(parts[0]?.splitProposal).toBeUndefined();
    // The rest goes to a person, starting from the proposal (and only its own pages).
    expect(parts[1]?.splitProposal?.parts).toEqual([[2], [3]]);
    expect(w.queue.sent.map((s) => s.documentId)).toEqual(parts.map((p) => p.id));
  });

  it('sends a file whose first part is in doubt on whole, with the proposal', async () => {
    const w = world();
    const file = await extractedFile(w, textPages(TEXTS.payslipOfKnownClient, TEXTS.advertisingPage));
    await split(splitDeps(w), file.id);
    const after = await current(w, file.id);
    expect(after).toMatchObject({ status: 'separated', splitProposal: { parts: [[1], [2]] } });
    expect(after.childIds).toBeUndefined();
  });

  it('sends each settled part of a stack on to be routed while the rest is still read; the split step then makes only the rest', async () => {
    const w = world();
    const pages = textPages(TEXTS.payslipOfKnownClient, TEXTS.bankStatementOfKnownClient, TEXTS.medicalStatementOfKnownClient);
    const file = await storedDocument(w, { status: 'received' });
    const sentWhileReading: string[][] = [];
    const extractor = {
      async extract(input: { onPages?: (pages: PageText[]) => void }) {
        for (let n = 1; n <= pages.length; n++) {
          input.onPages?.(pages.slice(0, n));
          await new Promise((resolve) => setTimeout(resolve, 20)); // the next page takes a while to read
          sentWhileReading.push(w.queue.sent.map((s) => `${s.step}`));
        }
        return { mediaType: 'application/pdf', pages, engine: 'test' };
      },
    };
    await extract({ ...extractDeps(w, extractor), whileReading: (doc) => releaseWhileReading(splitDeps(w), doc) }, file.id);
    // After page 2 the payslip was settled (a bank statement began) and went on; after page 3 the statement.
    expect(sentWhileReading).toEqual([[], ['route'], ['route', 'route']]);
    const early = w.queue.sent.filter((s) => s.step === 'route').map((s) => s.documentId);
    expect(await Promise.all(early.map(async (id) => (await current(w, id)).pages))).toEqual([[1], [2]]);
    expect((await current(w, file.id)).status).toBe('extracted');

    await split(splitDeps(w), file.id);
    const after = await current(w, file.id);
    expect(after.status).toBe('split');
    expect(after.childIds?.slice(0, 2)).toEqual(early); // the same documents, not new ones
    expect(after.childIds).toHaveLength(3);
    expect((await w.ledger.listDocuments({})).length).toBe(4);
  });
});
