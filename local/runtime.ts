import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { PrintSheetDeps } from '../functions/cover-sheet/cover-sheet.ts';
import { type ExtractDeps, extract } from '../functions/extract/extract.ts';
import type { IntakeDeps } from '../functions/intake/intake.ts';
import { type ReceiptDeps, sendReceipt } from '../functions/receipt/receipt.ts';
import { type RouteDeps, route } from '../functions/route/route.ts';
import type { CorrectSplitDeps } from '../functions/split/correct-split.ts';
import { releaseWhileReading, type SplitDeps, split } from '../functions/split/split.ts';
import type { TriageDeps } from '../functions/triage/triage.ts';
import { clockStartingAt, systemClock } from '../shared/adapters/clock.ts';
import { loadDejaVuFonts } from '../shared/adapters/local/dejavu-fonts.ts';
import { FileObjectStore } from '../shared/adapters/local/file-object-store.ts';
import { JsonFileDirectory } from '../shared/adapters/local/json-file-directory.ts';
import { createJsonLogger, type LogLevel } from '../shared/adapters/local/json-logger.ts';
import { correctionsPath, JsonlCorrectionStore } from '../shared/adapters/local/jsonl-correction-store.ts';
import { openKeyRing } from '../shared/adapters/local/key-ring.ts';
import { LedgerInboxPublisher } from '../shared/adapters/local/ledger-inbox-publisher.ts';
import { OutboxLetterBox } from '../shared/adapters/local/outbox-letter-box.ts';
import { OutboxMailer } from '../shared/adapters/local/outbox-mailer.ts';
import { SqliteAlertStore } from '../shared/adapters/local/sqlite-alert-store.ts';
import { type Db, isPlaintextDatabase, openDatabase } from '../shared/adapters/local/sqlite-database.ts';
import { SqliteLedger } from '../shared/adapters/local/sqlite-ledger.ts';
import { SqliteMailLog } from '../shared/adapters/local/sqlite-mail-log.ts';
import { SqliteWorkQueue } from '../shared/adapters/local/sqlite-work-queue.ts';
import { LocalTextExtractor } from '../shared/adapters/local/text-extractor.ts';
import { type Config, loadConfig } from '../shared/config.ts';
import type { Step } from '../shared/domain/pipeline.ts';
import type { Clock, Logger, TextExtractor } from '../shared/ports.ts';

/** The embedded runtime's composition root: every adapter built once, from one data directory. */
export interface RuntimeOptions {
  dataDir?: string;
  directoryPath?: string;
  clock?: Clock;
  logger?: Logger;
  config?: Config;
  /** Log level when the environment sets none (LOG_LEVEL wins). */
  defaultLogLevel?: LogLevel;
}

export type Runtime = Awaited<ReturnType<typeof openRuntime>>;

export function dataPaths(dataDir: string) {
  return {
    database: join(dataDir, 'postkamer.db'),
    objects: join(dataDir, 'objects'),
    outbox: join(dataDir, 'outbox'),
    letters: join(dataDir, 'outbox', 'letters'),
    inbox: join(dataDir, 'inbox'),
    /** The key ring's default place (POSTKAMER_KEY_FILE moves it, see `keyFileOf`). */
    keyFile: join(dataDir, 'keys', 'postkamer.key'),
    /** Where older versions kept a copy of every taken-in file (see `foldLegacyProcessed`). */
    processed: join(dataDir, 'inbox', '.processed'),
    /** Files too large to take in, set aside by the inbox watcher (in backups, under retention). */
    rejected: join(dataDir, 'rejected'),
  };
}

/** The key ring that encrypts a data dir: POSTKAMER_KEY_FILE, else `<data-dir>/keys/postkamer.key`. */
export function keyFileOf(config: Pick<Config, 'POSTKAMER_KEY_FILE'>, dataDir: string) {
  return config.POSTKAMER_KEY_FILE ? resolve(config.POSTKAMER_KEY_FILE) : dataPaths(resolve(dataDir)).keyFile;
}

export async function openRuntime(options: RuntimeOptions = {}) {
  const config = options.config ?? loadConfig();
  const dataDir = resolve(options.dataDir ?? config.POSTKAMER_DATA_DIR);
  const paths = dataPaths(dataDir);
  mkdirSync(dataDir, { recursive: true });
  // POSTKAMER_NOW sets every clock of the runtime (demos, tests); a command's --at wins over it.
  const clock = options.clock ?? (config.POSTKAMER_NOW ? clockStartingAt(new Date(config.POSTKAMER_NOW)) : systemClock);
  const logger = options.logger ?? createJsonLogger('postkamer', config.LOG_LEVEL ?? options.defaultLogLevel ?? 'info');
  // The key ring is made on first start, but never beside a database that is already encrypted:
  // that data needs its own key file back, and a fresh key would only hide the loss.
  const keyFile = keyFileOf(config, dataDir);
  const databaseEncrypted = existsSync(paths.database) && !isPlaintextDatabase(paths.database);
  const { ring: keys, created } = openKeyRing(keyFile, clock.now(), { mustExist: databaseEncrypted });
  if (created)
    logger.warn('key ring created: the data dir is encrypted with it; back it up separately', { keyFile, keyId: keys.currentId });
  const db: Db = openDatabase(paths.database, keys);
  const ledger = new SqliteLedger(db, clock);
  const queue = new SqliteWorkQueue(db, clock, { leaseMs: config.QUEUE_LEASE_MS });
  const alerts = new SqliteAlertStore(db, clock, logger);
  // Post by e-mail: the messages taken from a mailbox (the web app shows a document's message).
  const mailLog = new SqliteMailLog(db);
  const objects = new FileObjectStore(paths.objects, keys);
  const mailer = new OutboxMailer({ outboxDir: paths.outbox, from: config.MAIL_FROM, smtpUrl: config.SMTP_URL, keys });
  const letters = new OutboxLetterBox(paths.letters, keys);
  const directory = new JsonFileDirectory(resolve(options.directoryPath ?? config.POSTKAMER_DIRECTORY));

  let extractor: LocalTextExtractor | undefined;
  /** OCR engines start on first use: commands that never read a page never pay for them. */
  const textExtractor: TextExtractor = {
    extract: (input) => {
      extractor ??= new LocalTextExtractor({
        engine: config.OCR_ENGINE,
        maxPages: config.MAX_PAGES,
        maxPixels: config.MAX_MEGAPIXELS * 1_000_000,
        maxContentBytes: config.PDF_CONTENT_MB * 1024 * 1024,
        renderTimeoutMs: config.PDF_RENDER_TIMEOUT_S * 1000,
        ocrTimeoutMs: config.OCR_PAGE_TIMEOUT_S * 1000,
        logger,
      });
      return extractor.extract(input);
    },
  };

  const publisher = new LedgerInboxPublisher();
  const intakeDeps: IntakeDeps = { ledger, objects, queue, alerter: alerts, clock, logger };
  const splitDeps: SplitDeps = { ledger, objects, directory, queue, logger };
  const extractDeps: ExtractDeps = {
    ledger,
    objects,
    extractor: textExtractor,
    queue,
    alerter: alerts,
    logger,
    // A stack's settled parts go on to be routed while its last pages are still read.
    whileReading: (file) => releaseWhileReading(splitDeps, file),
  };
  const routeDeps: RouteDeps = { ledger, objects, directory, queue, publisher, logger };
  const receiptDeps: ReceiptDeps = {
    ledger,
    directory,
    mailer,
    letters,
    logger,
    clock,
    publicUrl: config.PUBLIC_URL,
    fonts: loadDejaVuFonts,
    // A receipt claim outlives its worker no longer than the worker's queue lease does.
    claimLeaseMs: queue.leaseMs,
  };

  const triageDeps: TriageDeps = {
    ledger,
    directory,
    objects,
    corrections: new JsonlCorrectionStore(correctionsPath(dataDir), keys),
    alerts,
    publisher,
    queue,
    clock,
    logger,
  };

  /** Triage confirms or corrects how a file is split into documents (the same corrections store as triage). */
  const correctSplitDeps: CorrectSplitDeps = { ledger, objects, queue, corrections: triageDeps.corrections, alerts, clock, logger };

  /** Cover and separator sheets printed in the web app; the fonts are read on the first sheet. */
  const sheetDeps = async (): Promise<PrintSheetDeps> => ({ directory, fonts: await loadDejaVuFonts(), clock, logger });

  /** What each queued step runs, keyed by the pipeline's own steps: a new step must be wired here. */
  const steps: Record<Step, (documentId: string) => Promise<void>> = {
    extract: (id) => extract(extractDeps, id),
    split: (id) => split(splitDeps, id),
    route: (id) => route(routeDeps, id),
    receipt: (id) => sendReceipt(receiptDeps, id),
  };

  return {
    config,
    dataDir,
    paths,
    keys,
    db,
    clock,
    logger,
    ledger,
    queue,
    alerts,
    mailLog,
    objects,
    mailer,
    letters,
    directory,
    intakeDeps,
    extractDeps,
    routeDeps,
    receiptDeps,
    triageDeps,
    correctSplitDeps,
    sheetDeps,
    runStep: (step: Step, documentId: string) => steps[step](documentId),
    maxBytes: config.MAX_FILE_MB * 1024 * 1024,
    async close() {
      await extractor?.close();
      mailer.close();
      db.close();
    },
  };
}
