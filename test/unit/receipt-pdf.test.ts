import fontkit from '@pdf-lib/fontkit';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { ADDRESS_WINDOW_MM, receiptFontkit, renderReceiptPdf, visualRuns } from '../../functions/receipt/receipt-pdf.ts';
import { loadDejaVuFonts } from '../../shared/adapters/local/dejavu-fonts.ts';
import {
  checkLink,
  RECEIPT_LANGUAGES,
  type ReceiptFacts,
  type ReceiptLanguage,
  receiptContent,
  receiptFileName,
  receiptLanguages,
} from '../../shared/domain/receipt-text.ts';

const MM = 72 / 25.4;

const facts = (language: ReceiptLanguage, extra: Partial<ReceiptFacts> = {}): ReceiptFacts => ({
  organisationName: 'Gemeente Test',
  receiptNumber: 'PK-7K3M-9QX2T',
  receivedAt: new Date('2026-03-02T09:15:00Z'),
  timeZone: 'Europe/Amsterdam',
  channel: 'post',
  pageCount: 3,
  documentType: 'objection',
  teamName: 'Team bezwaar',
  fingerprint: 'ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12',
  verifyHint: checkLink('https://www.gemeente.example', 'PK-7K3M-9QX2T', language),
  ...extra,
});

const letter = {
  name: 'Ayşe Yılmaz',
  address: 'Kerkstraat 5, 1234 AB Test',
  date: new Date('2026-03-03T08:00:00Z'),
  timeZone: 'Europe/Amsterdam',
  receiptNumber: 'PK-7K3M-9QX2T',
  organisation: { name: 'Gemeente Test', address: 'Postbus 1, 1000 AA Test', phone: '14 020', website: 'www.gemeente.example' },
};

interface Item {
  str: string;
  x: number;
  /** From the top of the page, in points. */
  top: number;
  page: number;
}

async function textItems(pdf: Uint8Array): Promise<Item[]> {
  const doc = await getDocument({ data: pdf.slice(), useSystemFonts: false }).promise;
  const items: Item[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const height = page.view[3] ?? 0;
    for (const item of (await page.getTextContent()).items)
      if ('str' in item && item.str.trim()) items.push({ str: item.str, x: item.transform[4], top: height - item.transform[5], page: n });
  }
  return items;
}

async function receiptPdf(language: ReceiptLanguage, withLetter = false) {
  const contents = receiptLanguages(language).map((l) => receiptContent(facts(l), l));
  return renderReceiptPdf(contents, 'Gemeente Test', { fonts: await loadDejaVuFonts(), letter: withLetter ? letter : undefined });
}

describe('receipt PDF: letters for a window envelope', () => {
  it('puts the name and address inside the envelope window, checked by the text coordinates (Turkish letter)', async () => {
    const items = await textItems(await receiptPdf('tr', true));
    const w = ADDRESS_WINDOW_MM;
    const inWindow = (i: Item) =>
      i.page === 1 && i.x >= w.left * MM && i.x <= (w.left + w.width) * MM && i.top >= w.top * MM && i.top <= (w.top + w.height) * MM;
    for (const line of ['Ayşe Yılmaz', 'Kerkstraat 5', '1234 AB Test']) {
      const item = items.find((i) => i.str === line);
      expect(item, line).toBeDefined();
      expect(inWindow(item as Item), `${line} at ${item?.x}, ${item?.top}`).toBe(true);
    }
    // Nothing else of the letter lies in the window but the return address.
    expect(items.filter(inWindow).map((i) => i.str)).toEqual([
      'Gemeente Test · Postbus 1, 1000 AA Test',
      'Ayşe Yılmaz',
      'Kerkstraat 5',
      '1234 AB Test',
    ]);
    const text = items.map((i) => i.str).join('\n');
    // Date, reference, subject, the receipt in Turkish, closing, signature and contact line; then Dutch on page 2.
    expect(text).toContain('3 Mart 2026');
    expect(text).toContain('Referansımız');
    expect(text).toContain('Alındı belgesi');
    expect(text).toContain('İtiraz dilekçenizi aldığımızı onaylıyoruz');
    expect(text).toContain('Saygılarımızla,');
    expect(text).toContain('Çalışma ve Gelir Bölümü');
    expect(text).toContain('Sorunuz mu var? Bize ulaşın: 14 020 · www.gemeente.example');
    expect(items.filter((i) => i.page === 2).map((i) => i.str)).toContain('Ontvangstbewijs');
    expect(text).toContain('https://www.gemeente.example/check?receipt=PK-7K3M-9QX2T&lang=tr');
  });
});

describe('receipt PDF: Arabic right to left with real glyphs', () => {
  it('keeps the Arabic words, in reading order, aligned right; numbers and links stay left to right', async () => {
    const items = await textItems(await receiptPdf('ar', true));
    const page1 = items.filter((i) => i.page === 1);
    const text = page1.map((i) => i.str).join('\n');
    // pdf.js puts the glyphs of a right-to-left run back in reading order. (Words with the lam-alef
    // ligature are left out: pdf.js gives its two letters in stored order, "اإليصال" for "الإيصال".)
    for (const words of ['نؤكد أننا استلمنا اعتراضك', 'مع أطيب التحيات', 'قسم العمل والدخل', 'بصمة الملف', 'المرجع'])
      expect(text).toContain(words);
    expect(text).toContain('PK-7K3M-9QX2T');
    // The title starts at the right margin, not the left.
    const title = page1.find((i) => i.str.startsWith('إيصال ') && !i.str.includes('PK'));
    expect(title?.x).toBeGreaterThan(595 / 2);
  });

  it('has a glyph for every character of every language (no .notdef boxes), after Arabic shaping', async () => {
    const fonts = await loadDejaVuFonts();
    for (const bytes of [fonts.regular, fonts.bold]) {
      const font = fontkit.create(bytes as Buffer);
      for (const language of RECEIPT_LANGUAGES) {
        const c = receiptContent(facts(language, { documentType: 'payslip', rejected: false }), language);
        const all = [
          c.title,
          c.subject,
          ...c.lines.flat(),
          ...c.paragraphs,
          ...Object.values(c.letter).filter((v) => typeof v === 'string'),
        ];
        for (const s of all) {
          const glyphs = font.layout(s).glyphs;
          expect(glyphs.filter((g) => g.id === 0).length, `${language}: ${s}`).toBe(0);
        }
      }
    }
  });

  it('orders a line of Arabic with a receipt number in it as it is read: the number left to right inside', () => {
    const runs = visualRuns('رقم الإيصال: PK-7K3M-9QX2T');
    expect(runs).toEqual(['PK-7K3M-9QX2T', 'رقم الإيصال: ']);
    // A run with no Arabic letter in it (fontkit would leave it as it is) is reversed and mirrored here.
    expect(visualRuns('رقم (PK-1)')).toEqual(['(', 'PK-1', 'رقم (']);
  });
});

describe('receipt PDF: fonts parsed and laid out once per process', () => {
  it('lays out every receipt language to the glyphs and widths of fontkit’s full layout, the second time too', async () => {
    const { regular } = await loadDejaVuFonts();
    const full = fontkit.create(regular);
    const once = await receiptFontkit.create(regular);
    expect(await receiptFontkit.create(regular)).toBe(once);
    const texts = RECEIPT_LANGUAGES.flatMap((l) => {
      const c = receiptContent(facts(l), l);
      return [c.title, ...c.lines.flat(), ...c.paragraphs, ...c.paragraphs.flatMap((p) => p.split(' '))];
    });
    const glyphs = (run: { glyphs: { id: number; advanceWidth: number }[] }) => run.glyphs.map((g) => [g.id, g.advanceWidth]);
    for (const round of [1, 2])
      for (const text of [...texts, ...visualRuns('إيصال PK-7K3M-9QX2T: الجهة المسؤولة')])
        expect(glyphs(once.layout(text)), `${round}: ${text}`).toEqual(glyphs(full.layout(text)));
  });
});

describe('receipt text in six languages', () => {
  it('names the file in the language, ASCII only', () => {
    const names = RECEIPT_LANGUAGES.map((l) => receiptFileName(receiptContent(facts(l), l), 'PK-7K3M-9QX2T'));
    expect(names).toEqual([
      'ontvangstbewijs-PK-7K3M-9QX2T.pdf',
      'receipt-PK-7K3M-9QX2T.pdf',
      'alindi-belgesi-PK-7K3M-9QX2T.pdf',
      'iisal-istilam-PK-7K3M-9QX2T.pdf',
      'potwierdzenie-odbioru-PK-7K3M-9QX2T.pdf',
      'pidtverdzhennia-otrymannia-PK-7K3M-9QX2T.pdf',
    ]);
    for (const n of names) expect(n).toMatch(/^[a-z-]+-PK-7K3M-9QX2T\.pdf$/);
  });

  it('writes the legal term and never the client’s BSN or name on the receipt itself', () => {
    for (const l of RECEIPT_LANGUAGES) {
      const c = receiptContent(facts(l), l);
      const all = [c.subject, ...c.lines.flat(), ...c.paragraphs].join(' ');
      expect(all, l).toContain('6:14');
      expect(all, l).toContain('6');
      expect(all).not.toMatch(/\d{9}/);
    }
  });
});
