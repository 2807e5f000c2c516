import type { PrintSheetDeps } from '../../functions/cover-sheet/cover-sheet.ts';
import type { ManageDirectoryDeps } from '../../functions/directory/manage-directory.ts';
import type { IntakeDeps } from '../../functions/intake/intake.ts';
import type { ReceiptDeps } from '../../functions/receipt/receipt.ts';
import type { CorrectSplitDeps } from '../../functions/split/correct-split.ts';
import type { TriageDeps } from '../../functions/triage/triage.ts';
import type { Config } from '../../shared/config.ts';
import type { AlertStore, Clock, DirectoryStore, Ledger, Logger, MailLog, ObjectStore } from '../../shared/ports.ts';

/**
 * What the web app needs of a runtime: ports and the use cases' dependencies, nothing of how they
 * are kept. The embedded runtime (`openRuntime`) is one; the AWS web Lambda composes another from
 * DynamoDB, S3, SQS and SES adapters (`functions/web/web-root.ts`).
 */
export interface WebRuntime {
  config: Config;
  clock: Clock;
  logger: Logger;
  ledger: Ledger;
  alerts: AlertStore;
  mailLog: MailLog;
  objects: ObjectStore;
  directory: DirectoryStore;
  intakeDeps: IntakeDeps;
  receiptDeps: ReceiptDeps;
  triageDeps: TriageDeps;
  correctSplitDeps: CorrectSplitDeps;
  /** Cover and separator sheets (the fonts are read on the first sheet). */
  sheetDeps: () => Promise<PrintSheetDeps>;
  /** Directory changes from the web (absences, substitutes, transfers), with their change log. */
  manageDirectoryDeps: ManageDirectoryDeps;
  /** The largest file one upload may carry. */
  maxBytes: number;
}
