import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import directoryJson from '../../examples/directory.json' with { type: 'json' };
import { textPdf } from '../../scripts/lib/render-page.ts';
import { parseDirectory } from '../../shared/domain/directory.ts';

const run = promisify(execFile);
const directory = parseDirectory(directoryJson);

/** The text part of an outbox .eml (quoted-printable, as nodemailer writes it), decoded. */
function mailText(eml: string): string {
  const lf = eml.replace(/\r/g, '');
  const boundary = lf.match(/boundary="([^"]+)"/)?.[1] ?? '';
  const start = lf.indexOf('Content-Type: text/plain');
  const body = lf.slice(lf.indexOf('\n\n', start) + 2, lf.indexOf(`\n--${boundary}`, start));
  const bytes = body.replace(/=\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8');
}

/**
 * One receipt per submitter: a mailroom envelope holds a payslip of Jan (page 1), a two-page
 * objection of Fatima with a blank back side (pages 2–4) and a medical statement of Jan (page 5).
 * Jan gets one e-mail listing both his documents with their pages; Fatima gets her own receipt.
 */
describe('postkamer process: receipts of a mailroom envelope', () => {
  it('sends each submitter one receipt that says which pages of the file are which document', async () => {
    const [jan, fatima] = directory.clients.filter((c) => c.bsn && c.email && c.consultants.inkomen && c.consultants.werk);
    if (!jan?.bsn || !fatima?.bsn) throw new Error('the example directory lacks two suitable clients');
    const dir = mkdtempSync(join(tmpdir(), 'postkamer-envelope-receipt-'));
    const file = join(dir, 'envelop-0043.pdf');
    writeFileSync(
      file,
      await textPdf([
        [
          'Schoonmaakbedrijf De Vlijt BV',
          'Loonstrook oktober 2026',
          `Naam werknemer: ${jan.name}`,
          `BSN: ${jan.bsn}`,
          'Brutoloon 1.850,00 Loonheffing 120,00 Nettoloon 1.620,00',
        ],
        [
          'Aan het college van burgemeester en wethouders',
          'Bezwaarschrift',
          'Betreft: bezwaar tegen het besluit van 3 november 2026',
          'Geacht college,',
          'Hierbij maak ik bezwaar tegen uw besluit over de terugvordering van mijn bijstand.',
          'pagina 1 van 2',
        ],
        [],
        [
          'Ik ben het niet eens met de berekening en vraag u het besluit te herzien.',
          `Naam: ${fatima.name}`,
          `Burgerservicenummer: ${fatima.bsn}`,
          'Met vriendelijke groet,',
          fatima.name,
          'pagina 2 van 2',
        ],
        [
          'Huisartsenpraktijk De Linde',
          'Medische verklaring',
          `Hierbij verklaar ik dat ${jan.name} (BSN ${jan.bsn}) vanwege medische klachten tot 1 maart 2027 niet in staat is om te werken of te solliciteren.`,
          'De huisarts, dr. P. Smit',
        ],
      ]),
    );
    const dataDir = join(dir, 'data');
    const { stdout } = await run(
      process.execPath,
      ['bin/postkamer.mjs', 'process', file, '--data-dir', dataDir, '--at', '2026-11-25T10:00:00+01:00', '--json'],
      { env: { ...process.env, POSTKAMER_DIRECTORY: 'examples/directory.json' } },
    );
    const lines = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.pages, l.clientNumber])).toEqual([
      [[1], jan.clientNumber],
      [[2, 4], fatima.clientNumber],
      [[5], jan.clientNumber],
    ]);
    const [payslip, objection, medical] = lines;

    const outbox = join(dataDir, 'outbox');
    const mails = readdirSync(outbox)
      .filter((f) => f.startsWith('receipt_'))
      .map((f) => readFileSync(join(outbox, f), 'utf8'));
    expect(mails).toHaveLength(2);
    const toJan = mails.find((m) => m.includes(`To: ${jan.email}`));
    const toFatima = mails.find((m) => m.includes(`To: ${fatima.email}`));
    if (!toJan || !toFatima) throw new Error('expected one receipt to each client');

    const janText = mailText(toJan);
    expect(janText).toMatch(new RegExp(`${payslip.receiptNumber} +loonstrook +pagina 1 +\\S`));
    expect(janText).toMatch(new RegExp(`${medical.receiptNumber} +vertrouwelijk document +pagina 5 +\\S`));
    expect(janText).not.toContain(objection.receiptNumber);
    expect(janText).not.toContain(jan.bsn);
    expect(janText).not.toMatch(/medische/i);

    const fatimaText = mailText(toFatima);
    expect(fatimaText).toContain(objection.receiptNumber);
    expect(fatimaText).toMatch(/bezwaarschrift/);
    expect(fatimaText).not.toContain(payslip.receiptNumber);
  }, 120_000);
});
