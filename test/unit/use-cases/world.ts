import { createHash, randomUUID } from 'node:crypto';
import type { ExtractDeps } from '../../../functions/extract/extract.ts';
import type { IntakeDeps } from '../../../functions/intake/intake.ts';
import type { DeskReceiptDeps } from '../../../functions/receipt/desk-receipt.ts';
import type { ReceiptDeps } from '../../../functions/receipt/receipt.ts';
import type { RouteDeps } from '../../../functions/route/route.ts';
import type { SplitDeps } from '../../../functions/split/split.ts';
import type { TriageDeps } from '../../../functions/triage/triage.ts';
import { loadDejaVuFonts } from '../../../shared/adapters/local/dejavu-fonts.ts';
import { zonedInstant } from '../../../shared/domain/business-calendar.ts';
import type { Directory } from '../../../shared/domain/directory.ts';
import { type DocumentRecord, type NewDocument, type PageText, pagesKey } from '../../../shared/domain/document.ts';
import type { TextExtractor } from '../../../shared/ports.ts';
import { newDocument } from '../../handlers/documents.ts';
import { testDirectory } from '../../helpers/factories.ts';
import {
  fixedDirectory,
  HandClock,
  InMemoryLedger,
  InMemoryObjectStore,
  RecordingAlerts,
  RecordingCorrections,
  RecordingLetterBox,
  RecordingLogger,
  RecordingMailer,
  RecordingPublisher,
  RecordingWorkQueue,
} from '../../helpers/fakes.ts';

/**
 * The use cases' world for unit tests: every port an in-memory fake, one hand-moved clock, and
 * the unit-test directory. Nothing here reads the machine's date.
 */

/** Amsterdam wall-clock time as an ISO instant. */
export const ams = (day: string, time: string) => zonedInstant(day, time, 'Europe/Amsterdam').toISOString();

/** A Monday morning in June 2026: a business day on which nobody in the test directory is absent. */
export const MONDAY_MORNING = ams('2026-06-15', '10:00');

export function world(at: string = MONDAY_MORNING, directory: Directory = testDirectory()) {
  const clock = new HandClock(at);
  return {
    clock,
    directory,
    directorySource: fixedDirectory(directory),
    ledger: new InMemoryLedger(clock),
    objects: new InMemoryObjectStore(),
    queue: new RecordingWorkQueue(),
    alerts: new RecordingAlerts(),
    mailer: new RecordingMailer(),
    letters: new RecordingLetterBox(),
    publisher: new RecordingPublisher(),
    corrections: new RecordingCorrections(),
    logger: new RecordingLogger(),
  };
}

export type World = ReturnType<typeof world>;

export const intakeDeps = (w: World): IntakeDeps => ({
  ledger: w.ledger,
  objects: w.objects,
  queue: w.queue,
  alerter: w.alerts,
  clock: w.clock,
  logger: w.logger,
});

export const extractDeps = (w: World, extractor: TextExtractor): ExtractDeps => ({
  ledger: w.ledger,
  objects: w.objects,
  extractor,
  queue: w.queue,
  alerter: w.alerts,
  logger: w.logger,
});

export const splitDeps = (w: World): SplitDeps => ({
  ledger: w.ledger,
  objects: w.objects,
  directory: w.directorySource,
  queue: w.queue,
  logger: w.logger,
});

export const routeDeps = (w: World, extra: Pick<RouteDeps, 'threshold'> = {}): RouteDeps => ({
  ledger: w.ledger,
  objects: w.objects,
  directory: w.directorySource,
  queue: w.queue,
  publisher: w.publisher,
  logger: w.logger,
  ...extra,
});

export const PUBLIC_URL = 'https://postkamer.example';
/** Where every receipt sends the client (the receipt number and language follow in the link). */
export const VERIFY_HINT = `${PUBLIC_URL}/check?receipt=`;

export const receiptDeps = (w: World, extra: Partial<ReceiptDeps> = {}): ReceiptDeps => ({
  ledger: w.ledger,
  directory: w.directorySource,
  mailer: w.mailer,
  letters: w.letters,
  logger: w.logger,
  clock: w.clock,
  publicUrl: PUBLIC_URL,
  fonts: loadDejaVuFonts,
  ...extra,
});

export const deskReceiptDeps = (w: World, extra: Partial<DeskReceiptDeps> = {}): DeskReceiptDeps => ({
  ledger: w.ledger,
  directory: w.directorySource,
  mailer: w.mailer,
  logger: w.logger,
  clock: w.clock,
  publicUrl: PUBLIC_URL,
  fonts: loadDejaVuFonts,
  ...extra,
});

export const triageDeps = (w: World): TriageDeps => ({
  ledger: w.ledger,
  directory: w.directorySource,
  objects: w.objects,
  corrections: w.corrections,
  alerts: w.alerts,
  publisher: w.publisher,
  queue: w.queue,
  clock: w.clock,
  logger: w.logger,
});

/** Bytes the intake sniffs as a PDF; `content` makes them unique. */
export const pdfBytes = (content: string) => new TextEncoder().encode(`%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n(${content})\nendobj\n`);

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Page texts as the extract step stores them (text layer). */
export const textPages = (...texts: string[]): PageText[] => texts.map((text, i) => ({ page: i + 1, text, source: 'text-layer' }));

/**
 * Puts a document straight into the ledger in the given state, as if the pipeline had brought it
 * there (one audit event named after its status), with its original stored. Fields can be overridden.
 */
export async function storedDocument(w: World, fields: Partial<NewDocument> = {}): Promise<DocumentRecord> {
  const id = fields.id ?? randomUUID();
  const original = await w.objects.putOriginal(pdfBytes(id), 'application/pdf');
  const doc = newDocument({
    id,
    intakeKey: `test:${id}`,
    receiptNumber: 'PK-TEST-0001X',
    fingerprint: original.sha256,
    objectKey: original.key,
    channel: 'post',
    source: 'mailroom',
    receivedAt: w.clock.now().toISOString(),
    byteSize: original.size,
    ...fields,
  });
  const { document } = await w.ledger.createDocument(doc, { type: doc.status });
  return document;
}

/** A document the extract step has read: its page texts stored next to the original. */
/** A document whose pages were read and separated: what the route step takes. */
export async function separatedDocument(w: World, pages: PageText[], fields: Partial<NewDocument> = {}) {
  const doc = await storedDocument(w, { status: 'separated', pageCount: pages.length, ...fields });
  await w.objects.putJson(pagesKey(doc.id), pages);
  return doc;
}

/** A document the route step has decided: routed to the client's inkomen consultant, or in triage. */
export async function routedDocument(w: World, fields: Partial<NewDocument> = {}) {
  const clientNumber = fields.clientNumber === undefined ? 'K-100234' : fields.clientNumber;
  return storedDocument(w, {
    status: 'routed',
    pageCount: 1,
    documentType: 'payslip',
    confidence: 0.99,
    clientNumber,
    route: { status: 'routed', team: 'inkomen', consultantId: 'c-002', queue: 'inkomen', clientNumber, reasons: [] },
    ...fields,
  });
}

export async function triageDocument(w: World, fields: Partial<NewDocument> = {}) {
  return storedDocument(w, {
    status: 'triage',
    pageCount: 1,
    documentType: 'other',
    confidence: 0.4,
    route: {
      status: 'triage',
      team: 'triage',
      consultantId: null,
      queue: 'triage',
      clientNumber: null,
      reasons: [{ code: 'client.none', text: 'no client found' }],
    },
    ...fields,
  });
}

/** A file the extract step has read: its pages stored, waiting for the split step. */
export async function extractedFile(w: World, pages: PageText[]) {
  const doc = await storedDocument(w, { status: 'extracted', pageCount: pages.length });
  await w.objects.putJson(pagesKey(doc.id), pages);
  return doc;
}

export async function current(w: World, id: string): Promise<DocumentRecord> {
  const doc = await w.ledger.getDocument(id);
  if (!doc) throw new Error(`document ${id} is not in the ledger`);
  return doc;
}

/**
 * Real document texts the committed classifier recognises with high confidence. Client K-100234
 * (Jan de Vries, BSN 123456782) is in the test directory; Karel Pietersen is not.
 */
export const TEXTS = {
  payslipOfKnownClient: [
    'Loonstrook maart 2026',
    'Werkgever: Bakkerij Jansen B.V.',
    'Werknemer: J. de Vries',
    'BSN: 123456782',
    'Brutoloon € 2.134,50',
    'Loonheffing € 212,10',
    'Nettoloon € 1.824,40',
  ].join('\n'),
  payslipOfUnknownPerson: [
    'Loonstrook maart 2026',
    'Werkgever: Bakkerij Jansen B.V.',
    'Werknemer: K. Pietersen',
    'Brutoloon € 2.134,50',
    'Loonheffing € 212,10',
    'Nettoloon € 1.824,40',
  ].join('\n'),
  /** Half payslip, half bank statement: the classifier is unsure. */
  payslipOrBankStatement: 'Brutoloon € 2.134,50 Eindsaldo € 1.403,95 Rekeningnummer NL12 INGB 0001 2345 67\nBSN: 123456782',
  bankStatementOfKnownClient: [
    'ING Bank N.V.',
    'Rekeningafschrift maart 2026',
    'Rekeninghouder: J. de Vries',
    'IBAN NL12 INGB 0001 2345 67',
    'Periode 01-03-2026 t/m 31-03-2026',
    'Beginsaldo € 512,30',
    '03-03 Bijschrijving Gemeente Voorbeeld, uitkering € 1.210,00',
    '05-03 Afschrijving Woonstichting Voorbeeld, huur € 640,00',
    '12-03 Betaalautomaat Albert Heijn € 48,35',
    'Eindsaldo € 1.403,95',
    'Pagina 1 van 1',
  ].join('\n'),
  medicalStatementOfKnownClient: [
    'Huisartsenpraktijk De Linde',
    'MEDISCHE VERKLARING',
    'Hierbij verklaar ik dat de heer J. de Vries, BSN: 123456782, bij mij onder behandeling is.',
    'Patiënt is de komende drie maanden niet in staat om te werken.',
    'Dr. K. Smit, huisarts',
  ].join('\n'),
  supermarketFolder: ['Jumbo - Aanbiedingen week 12', 'Kipfilet 1 kg NU 6,99', 'Bananen 2e halve prijs'].join('\n'),
  /** A short page of advertising: a document of its own, probably, but it says little (the split model is unsure). */
  advertisingPage: ['Reclame', 'Nu 2 halen 1 betalen'].join('\n'),
};
