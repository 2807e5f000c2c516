import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSealed } from '../helpers/sealed-data.ts';
import { processMailroomEnvelope } from './mailroom-envelope.ts';

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
    const { jan, fatima, dataDir, lines } = await processMailroomEnvelope('envelop-0043.pdf');
    expect(lines.map((l) => [l.pages, l.clientNumber])).toEqual([
      [[1], jan.clientNumber],
      [[2, 4], fatima.clientNumber],
      [[5], jan.clientNumber],
    ]);
    const [payslip, objection, medical] = lines;

    const outbox = join(dataDir, 'outbox');
    const mails = readdirSync(outbox)
      .filter((f) => f.startsWith('receipt_'))
      .map((f) => readSealed(dataDir, join(outbox, f)).toString('utf8'));
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
