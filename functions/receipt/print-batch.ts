import { PDFDocument, StandardFonts } from 'pdf-lib';
import type { DocumentRecord } from '../../shared/domain/document.ts';
import { localDate } from '../../shared/domain/local-date.ts';
import {
  combinedReceiptContent,
  isReceiptLanguage,
  type ReceiptLanguage,
  receiptContent,
  receiptLanguages,
} from '../../shared/domain/receipt-text.ts';
import type { Mailer, ObjectStore } from '../../shared/ports.ts';
import { combinedReceiptFacts, letterFacts, planReceipt, type ReceiptDeps, receiptFacts } from './receipt.ts';
import { renderReceiptPdf } from './receipt-pdf.ts';

/**
 * The day's print batch: every receipt posted as a letter on one day, in one PDF, for the print
 * room. A cover sheet first (day, number of letters and sheets, their reference numbers), then each
 * letter starting on a new sheet: printed duplex, so every letter and the cover are padded to an
 * even number of pages with a blank back. A letter once in a batch gets a `receipt.batched` audit
 * event and is left out of the next batch (unless `reprint`), so nothing is printed twice.
 *
 * The letters are drawn again from the ledger and the directory (the same text, the address as it
 * is now, dated the day it was sent): that works the same on both runtimes, whatever the letter box.
 */
export type PrintBatchDeps = Pick<ReceiptDeps, 'ledger' | 'directory' | 'clock' | 'logger' | 'publicUrl' | 'fonts'>;

export interface PrintBatch {
  day: string;
  /** null when there is nothing to print. */
  pdf: Uint8Array | null;
  /** One per letter: its reference and the pages it takes (with a blank back). */
  letters: { receiptNumber: string; documentIds: string[]; pages: number }[];
  /** Letters of that day already printed in an earlier batch, left out. */
  alreadyBatched: number;
  sheets: number;
}

/** How far back a letter's document may have been received: a letter goes out when triage names the client, which can take a while. */
const LOOK_BACK_DAYS = 366;

export async function printBatch(deps: PrintBatchDeps, o: { day: string; reprint?: boolean; by: string }): Promise<PrintBatch> {
  const { ledger } = deps;
  const directory = await deps.directory.load();
  const tz = directory.organisation.timezone;
  const since = new Date(Date.parse(`${o.day}T00:00:00Z`) - LOOK_BACK_DAYS * 86_400_000).toISOString();
  const docs = await ledger.listDocuments({ receivedSince: since, limit: 1_000_000 });
  const sentThatDay = docs.filter(
    (d) => d.receipt?.delivery === 'letter' && d.receipt.sentAt && localDate(new Date(d.receipt.sentAt), tz) === o.day,
  );
  // One letter per message: a receipt listing several parts was posted once, as its first part.
  const byId = new Map(sentThatDay.map((d) => [d.id, d]));
  const letters: DocumentRecord[][] = [];
  const seen = new Set<string>();
  for (const doc of sentThatDay) {
    if (seen.has(doc.id)) continue;
    const ids = doc.receipt?.parts ?? [doc.id];
    const parts = ids.map((id) => byId.get(id)).filter((p): p is DocumentRecord => p !== undefined);
    for (const id of ids) seen.add(id);
    if (parts.length) letters.push(parts);
  }

  let alreadyBatched = 0;
  const todo: DocumentRecord[][] = [];
  for (const parts of letters) {
    const first = parts[0] as DocumentRecord;
    const batched = (await ledger.listEvents(first.id)).some((e) => e.type === 'receipt.batched');
    if (batched && !o.reprint) alreadyBatched++;
    else todo.push(parts);
  }
  if (todo.length === 0) return { day: o.day, pdf: null, letters: [], alreadyBatched, sheets: 0 };

  const fonts = await deps.fonts?.();
  const batch = await PDFDocument.create();
  batch.setTitle(`Brieven ${o.day}`);
  batch.setProducer('postkamer');
  const rendered: { parts: DocumentRecord[]; pdf: PDFDocument }[] = [];
  for (const parts of todo) {
    const first = parts[0] as DocumentRecord;
    const plan = planReceipt(first, directory);
    const language: ReceiptLanguage = isReceiptLanguage(first.receipt?.language) ? first.receipt.language : plan.language;
    const contents = receiptLanguages(language).map((l) =>
      parts.length === 1
        ? receiptContent(receiptFacts(first, directory, deps.publicUrl, l), l)
        : combinedReceiptContent(combinedReceiptFacts(parts, directory, deps.publicUrl, l), l),
    );
    const sentAt = new Date(first.receipt?.sentAt ?? deps.clock.now().toISOString());
    // A client with no address any more (moved away, removed): their letter cannot be posted; say so, print the rest.
    if (plan.delivery !== 'letter') {
      deps.logger.warn('letter left out of the print batch: the client has no postal address now', { documentId: first.id });
      continue;
    }
    const pdf = await renderReceiptPdf(contents, directory.organisation.name, {
      fonts,
      letter: letterFacts(first, plan, directory, sentAt),
    });
    rendered.push({ parts, pdf: await PDFDocument.load(pdf) });
  }

  const summary = rendered.map(({ parts, pdf }) => ({
    receiptNumber: parts[0]?.receiptNumber ?? '',
    documentIds: parts.map((p) => p.id),
    pages: even(pdf.getPageCount()),
  }));
  const sheets = 1 + summary.reduce((n, l) => n + l.pages / 2, 0);
  await coverSheet(batch, o.day, directory.organisation.name, summary, sheets);
  for (const { pdf } of rendered) {
    const pages = await batch.copyPages(pdf, pdf.getPageIndices());
    for (const page of pages) batch.addPage(page);
    if (pages.length % 2 === 1) batch.addPage([595.28, 841.89]); // blank back: the next letter starts on a new sheet
  }
  const bytes = await batch.save({ useObjectStreams: false });

  for (const { parts } of rendered)
    for (const part of parts)
      await ledger.appendEvent(part.id, {
        type: 'receipt.batched',
        actor: o.by,
        data: { day: o.day, ...(o.reprint ? { reprint: true } : {}) },
      });
  deps.logger.info('print batch made', { day: o.day, letters: summary.length, sheets });
  return { day: o.day, pdf: bytes, letters: summary, alreadyBatched, sheets };
}

const even = (n: number) => n + (n % 2);

/** The cover: which day, how many letters and sheets, and each letter's reference (no names: the cover lies on top of the pile). */
async function coverSheet(batch: PDFDocument, day: string, organisation: string, letters: PrintBatch['letters'], sheets: number) {
  const font = await batch.embedFont(StandardFonts.Helvetica);
  const bold = await batch.embedFont(StandardFonts.HelveticaBold);
  const page = batch.addPage([595.28, 841.89]);
  let y = 841.89 - 70;
  const line = (text: string, size = 11, f = font) => {
    if (y < 60) return;
    page.drawText(text, { x: 56, y, size, font: f });
    y -= size + 6;
  };
  line(`${organisation} – printbatch ontvangstbewijzen`, 16, bold);
  line(`Verzonden op ${day}`, 12);
  y -= 6;
  line(`${letters.length} brieven, ${sheets} vellen (dubbelzijdig, dit voorblad meegeteld). Elke brief begint op een nieuw vel.`);
  line('Vouw elke brief in drieën en steek hem in een vensterenvelop (EA5/6 of C5/6).');
  y -= 8;
  for (const l of letters) line(`${l.receiptNumber}   ${l.pages / 2} vel${l.pages > 2 ? 'len' : ''}`, 10);
  batch.addPage([595.28, 841.89]); // the cover's blank back
}

/** The largest batch sent along as an attachment; a larger one is fetched from the store. */
export const MAX_ATTACHED_BATCH_BYTES = 10 * 1024 * 1024;

export interface DailyBatchDeps extends PrintBatchDeps {
  objects: Pick<ObjectStore, 'put'>;
  mailer: Mailer;
}

export interface DailyBatch {
  day: string;
  /** Where the batch PDF is kept (null: nothing to print). */
  key: string | null;
  letters: number;
  sheets: number;
  mailed: boolean;
}

/**
 * The day's batch where nobody runs a command (AWS: a daily schedule): the letters not printed yet
 * go into one PDF, kept under `letters/batches/<day>/<time>.pdf` (a second run that day makes a
 * second batch of what came since, never overwriting the first), and the mailroom gets an e-mail
 * saying how many letters and sheets, with the PDF attached when it is small enough. The e-mail
 * names no client: the names and addresses are in the PDF only.
 */
export async function makeDailyBatch(deps: DailyBatchDeps, o: { mailroomEmail: string | null }): Promise<DailyBatch> {
  const directory = await deps.directory.load();
  const now = deps.clock.now();
  const day = localDate(now, directory.organisation.timezone);
  const batch = await printBatch(deps, { day, by: 'print-batch' });
  if (!batch.pdf) return { day, key: null, letters: 0, sheets: 0, mailed: false };
  const key = `letters/batches/${day}/${now.toISOString().replace(/[:.]/g, '-')}.pdf`;
  await deps.objects.put(key, batch.pdf, 'application/pdf');
  let mailed = false;
  if (o.mailroomEmail) {
    const attach = batch.pdf.byteLength <= MAX_ATTACHED_BATCH_BYTES;
    const n = batch.letters.length;
    await deps.mailer.send({
      to: o.mailroomEmail,
      subject: `Printbatch ontvangstbewijzen ${day}: ${n} ${n === 1 ? 'brief' : 'brieven'}, ${batch.sheets} vellen`,
      text: [
        `Vandaag (${day}) zijn ${n} ontvangstbewijzen per post verstuurd: ${batch.sheets} vellen, dubbelzijdig, voorblad meegeteld.`,
        attach
          ? 'De printbatch zit als PDF bij deze e-mail. Print hem dubbelzijdig, vouw elke brief in drieën en steek hem in een vensterenvelop.'
          : 'De printbatch is te groot om mee te sturen; hij staat in de documentenbucket (zie hieronder).',
        `Bewaard in de documentenbucket als ${key}.`,
        '',
        'Dit is een automatisch bericht van postkamer.',
      ].join('\n'),
      ...(attach ? { attachments: [{ filename: `brieven-${day}.pdf`, content: batch.pdf, contentType: 'application/pdf' }] } : {}),
      idempotencyKey: `print-batch:${key}`,
    });
    mailed = true;
  }
  deps.logger.info('daily print batch kept', { day, key, letters: batch.letters.length, sheets: batch.sheets, mailed });
  return { day, key, letters: batch.letters.length, sheets: batch.sheets, mailed };
}
