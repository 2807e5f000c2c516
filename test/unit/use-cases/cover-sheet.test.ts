import { describe, expect, it } from 'vitest';
import { makeSheet } from '../../../functions/cover-sheet/cover-sheet.ts';
import { fixedClock } from '../../../shared/adapters/clock.ts';
import { loadDejaVuFonts } from '../../../shared/adapters/local/dejavu-fonts.ts';
import { pdfPages } from '../../../shared/adapters/local/ocr/pdf-pages.ts';
import { type SheetRequest, SheetRequestError } from '../../../shared/domain/cover-sheet.ts';
import { testDirectory } from '../../helpers/factories.ts';
import { fixedDirectory } from '../../helpers/fakes.ts';

const directory = testDirectory();
const withPolishClient = testDirectory({
  clients: [...directory.clients, { clientNumber: 'K-100500', name: 'Łukasz Wiśniewski', language: 'pl', consultants: {} }],
});

async function sheet(request: SheetRequest, dir = directory) {
  const fonts = await loadDejaVuFonts();
  return makeSheet({ directory: fixedDirectory(dir), fonts, clock: fixedClock(new Date('2026-03-02T09:00:00Z')) }, request);
}

/** The words printed on the sheet, from its PDF text layer. */
async function printedText(pdf: Uint8Array): Promise<string> {
  const limits = { maxPages: 2, maxPixels: 60_000_000, dpi: 100, minTextLayerLetters: 1 };
  let text = '';
  for await (const page of pdfPages(pdf, limits)) text += page.text ?? '';
  return text;
}

async function refusal(request: SheetRequest): Promise<SheetRequestError> {
  const error = await sheet(request).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof SheetRequestError)) throw new Error(`expected a SheetRequestError, got ${String(error)}`);
  return error;
}

describe('makeSheet: a printable cover or separator sheet', () => {
  it('finds the client also when the number is typed in lower case or without its dash, and prints the name beside the code', async () => {
    const made = await sheet({ kind: 'cover', clientNumber: 'k100234', documentType: 'payslip' });
    expect(made.payload).toEqual({ kind: 'cover', clientNumber: 'K-100234', documentType: 'payslip' });
    expect(made.qrText).toMatch(/^PK1:C:K-100234:PAYSLIP:.$/);
    expect(made.fileName).toBe('voorblad-K-100234-payslip.pdf');
    const text = await printedText(made.pdf);
    expect(text).toContain('Voorblad');
    expect(text).toContain('Jan de Vries');
    expect(text).toContain('loonstrook');
    expect(text).not.toContain('123456782');
  });

  it('prints a name in any Latin script as written (DejaVu, not a standard PDF font)', async () => {
    const made = await sheet({ kind: 'cover', clientNumber: 'K-100500' }, withPolishClient);
    expect(await printedText(made.pdf)).toContain('Łukasz Wiśniewski');
  });

  it('makes a separator sheet without a client', async () => {
    const made = await sheet({ kind: 'separator' });
    expect(made).toMatchObject({ payload: { kind: 'separator' }, fileName: 'scheidingsblad.pdf' });
    expect(await printedText(made.pdf)).toContain('Scheidingsblad');
  });

  it('refuses a client the directory does not know, and a type that is no document type id, naming them', async () => {
    const client = await refusal({ kind: 'cover', clientNumber: 'K-999999' });
    expect(client.code).toBe('sheet.unknown-client');
    expect(client.message).toContain('"K-999999"');
    const type = await refusal({ kind: 'cover', clientNumber: 'K-100234', documentType: 'loonstrook' });
    expect(type.code).toBe('sheet.unknown-type');
    expect(type.message).toContain('"loonstrook"');
  });
});
