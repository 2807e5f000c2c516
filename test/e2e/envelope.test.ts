import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import directoryJson from '../../examples/directory.json' with { type: 'json' };
import { parseDirectory } from '../../shared/domain/directory.ts';
import { openDataDirDatabase } from '../helpers/sealed-data.ts';
import { processMailroomEnvelope } from './mailroom-envelope.ts';

const run = promisify(execFile);
const directory = parseDirectory(directoryJson);

/**
 * One envelope, many documents: the mailroom scans an envelope holding a payslip of one client, a
 * two-page objection of another (with a blank back side) and a medical statement of the first.
 * `postkamer process` gives one line per document, each with its pages, its own receipt number and
 * route, and the file as `parentId`; the blank page gives no line, and the medical statement is a
 * restricted document of its own.
 */
describe('postkamer process on a mailroom envelope', () => {
  it('separates it into its documents, each routed and receipted on its own', async () => {
    const { jan, fatima, dataDir, lines } = await processMailroomEnvelope('envelop-0042.pdf');

    expect(lines.map((l) => l.pages)).toEqual([[1], [2, 4], [5]]);
    expect(lines.map((l) => l.documentType)).toEqual(['payslip', 'objection', 'medical_statement']);
    expect(lines.map((l) => l.clientNumber)).toEqual([jan.clientNumber, fatima.clientNumber, jan.clientNumber]);
    expect(lines.map((l) => l.status)).toEqual(['routed', 'routed', 'routed']);
    expect(lines.map((l) => l.route.team)).toEqual(['inkomen', 'bezwaar', 'werk']);
    const parent = lines[0].parentId;
    expect(parent).toEqual(expect.any(String));
    expect(lines.every((l) => l.parentId === parent && l.documentId !== parent)).toBe(true);
    expect(new Set(lines.map((l) => l.receiptNumber)).size).toBe(3);
    // Every part got a receipt, one per submitter (Jan's two parts on one: envelope-receipt.test.ts); the file itself none.
    expect(readdirSync(join(dataDir, 'outbox')).filter((f) => f.startsWith('receipt_'))).toHaveLength(2);
    // Each part keeps why it was separated, in plain Dutch, for the document page.
    const db = openDataDirDatabase(dataDir);
    try {
      const reasons = lines.map(
        (l) =>
          (
            JSON.parse((db.prepare('SELECT record FROM documents WHERE id = ?').get(l.documentId) as { record: string }).record) as {
              splitReasons?: string[];
            }
          ).splitReasons ?? [],
      );
      expect(reasons[1]?.join(' ')).toMatch(/pagina 2/);
      expect(reasons[2]?.join(' ')).toMatch(/vertrouwelijk document staat altijd apart/);
    } finally {
      db.close();
    }
  }, 120_000);
});

describe('postkamer process on a scanned stack with cover and separator sheets', () => {
  it('follows the sheets: the cover names the client of a letter that names none, the separator splits', async () => {
    const { makeSheet } = await import('../../functions/cover-sheet/cover-sheet.ts');
    const { fixedClock } = await import('../../shared/adapters/clock.ts');
    const { loadDejaVuFonts } = await import('../../shared/adapters/local/dejavu-fonts.ts');
    const { JsonFileDirectory } = await import('../../shared/adapters/local/json-file-directory.ts');
    const { pdfPages } = await import('../../shared/adapters/local/ocr/pdf-pages.ts');
    const { imagesToPdf, renderPage } = await import('../../scripts/lib/render-page.ts');
    const [jan, fatima] = directory.clients.filter((c) => c.bsn && c.email && c.consultants.inkomen);
    if (!jan?.bsn || !fatima) throw new Error('the example directory lacks two suitable clients');

    const deps = {
      directory: new JsonFileDirectory('examples/directory.json'),
      fonts: await loadDejaVuFonts(),
      clock: fixedClock(new Date()),
    };
    /** The sheet as the scanner sees it: its printed page, as an image. */
    const scanned = async (pdf: Uint8Array) => {
      for await (const page of pdfPages(pdf, {
        maxPages: 1,
        maxPixels: 60_000_000,
        dpi: 150,
        minTextLayerLetters: Number.POSITIVE_INFINITY,
      }))
        if (page.image && !page.image.blank) return page.image.png;
      throw new Error('the sheet did not render');
    };
    const cover = await scanned(
      (await makeSheet(deps, { kind: 'cover', clientNumber: fatima.clientNumber, documentType: 'objection' })).pdf,
    );
    const separator = await scanned((await makeSheet(deps, { kind: 'separator' })).pdf);
    const letter = await renderPage(
      [
        'Aan het college van burgemeester en wethouders',
        'Bezwaarschrift',
        'Geacht college,',
        'Hierbij maak ik bezwaar tegen uw besluit over de terugvordering van mijn bijstand.',
        'Ik vraag u het besluit te herzien.',
        'Met vriendelijke groet,',
      ],
      { dpi: 150, noise: 'light', seed: 3 },
    );
    const payslip = await renderPage(
      [
        'Schoonmaakbedrijf De Vlijt BV',
        'Loonstrook oktober 2026',
        `Naam werknemer: ${jan.name}`,
        `BSN: ${jan.bsn}`,
        'Brutoloon 1.850,00 Nettoloon 1.620,00',
      ],
      { dpi: 150, noise: 'light', seed: 4 },
    );
    const dir = mkdtempSync(join(tmpdir(), 'postkamer-sheets-'));
    const file = join(dir, 'stapel.pdf');
    writeFileSync(file, await imagesToPdf([cover, letter, separator, payslip]));

    const { stdout } = await run(
      process.execPath,
      ['bin/postkamer.mjs', 'process', file, '--data-dir', join(dir, 'data'), '--at', '2026-11-25T10:00:00+01:00', '--json'],
      { env: { ...process.env, POSTKAMER_DIRECTORY: 'examples/directory.json' } },
    );
    const lines = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.pages)).toEqual([[2], [4]]);
    expect(lines.map((l) => [l.documentType, l.clientNumber])).toEqual([
      ['objection', fatima.clientNumber],
      ['payslip', jan.clientNumber],
    ]);
  }, 120_000);
});
