import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { printBatch } from '../../../functions/receipt/print-batch.ts';
import { sendReceipt } from '../../../functions/receipt/receipt.ts';
import { ADDRESS_WINDOW_MM } from '../../../functions/receipt/receipt-pdf.ts';
import { receiptDeps, routedDocument, world } from './world.ts';

const MM = 72 / 25.4;

async function pagesText(pdf: Uint8Array) {
  const doc = await getDocument({ data: pdf.slice() }).promise;
  const pages: { text: string; items: { str: string; x: number; top: number }[] }[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const height = page.view[3] ?? 0;
    const items = (await page.getTextContent()).items.flatMap((i) =>
      'str' in i && i.str.trim() ? [{ str: i.str, x: i.transform[4], top: height - i.transform[5] }] : [],
    );
    pages.push({ text: items.map((i) => i.str).join('\n'), items });
  }
  return pages;
}

describe('printBatch: the day’s letters in one PDF', () => {
  it('puts every letter of the day after a cover sheet, each on a new sheet, once: a second batch leaves them out', async () => {
    const w = world();
    // Fatima El Amrani (K-100301) has a postal address and no e-mail, and reads Arabic; Jan has e-mail.
    const first = await routedDocument(w, { clientNumber: 'K-100301', documentType: 'objection' });
    const second = await routedDocument(w, { clientNumber: 'K-100301' });
    const mailed = await routedDocument(w, { clientNumber: 'K-100234' });
    for (const d of [first, second, mailed]) await sendReceipt(receiptDeps(w), d.id);
    expect(w.letters.posted).toHaveLength(2);

    const batch = await printBatch(receiptDeps(w), { day: '2026-06-15', by: 'postkamer' });

    expect(batch.letters.map((l) => l.receiptNumber)).toEqual([first.receiptNumber, second.receiptNumber]);
    // Arabic first, then Dutch: two pages, one sheet each; plus the cover's sheet.
    expect(batch.letters.map((l) => l.pages)).toEqual([2, 2]);
    expect(batch.sheets).toBe(3);
    const pages = await pagesText(batch.pdf as Uint8Array);
    expect(pages).toHaveLength(6);
    expect(pages[0]?.text).toContain('2 brieven, 3 vellen');
    expect(pages[0]?.text).toContain(first.receiptNumber as string);
    expect(pages[0]?.text).not.toContain('Fatima');
    expect(pages[1]?.text).toBe(''); // the cover's blank back
    for (const n of [2, 4]) {
      const name = pages[n]?.items.find((i) => i.str === 'Fatima El Amrani');
      expect(name, `letter on page ${n + 1}`).toBeDefined();
      expect(name?.x).toBeGreaterThanOrEqual(ADDRESS_WINDOW_MM.left * MM);
      expect(name?.top).toBeGreaterThanOrEqual(ADDRESS_WINDOW_MM.top * MM);
      expect(name?.top).toBeLessThanOrEqual((ADDRESS_WINDOW_MM.top + ADDRESS_WINDOW_MM.height) * MM);
      expect(pages[n + 1]?.text).toContain('Ontvangstbewijs');
    }
    expect(pages[2]?.text).toContain('6:14');
    expect((await w.ledger.listEvents(first.id)).map((e) => e.type)).toContain('receipt.batched');
    expect((await w.ledger.listEvents(mailed.id)).map((e) => e.type)).not.toContain('receipt.batched');

    const again = await printBatch(receiptDeps(w), { day: '2026-06-15', by: 'postkamer' });
    expect(again).toMatchObject({ pdf: null, letters: [], alreadyBatched: 2 });
    const reprint = await printBatch(receiptDeps(w), { day: '2026-06-15', by: 'postkamer', reprint: true });
    expect(reprint.letters).toHaveLength(2);
    // Another day has none.
    expect((await printBatch(receiptDeps(w), { day: '2026-06-16', by: 'postkamer' })).pdf).toBeNull();
  });
});
