import { randomUUID } from 'node:crypto';
import { SqliteAlertStore } from '../../shared/adapters/local/sqlite-alert-store.ts';
import { openDatabase } from '../../shared/adapters/local/sqlite-database.ts';
import { SqliteLedger } from '../../shared/adapters/local/sqlite-ledger.ts';
import type { Directory } from '../../shared/domain/directory.ts';
import type { DocumentRecord, DocumentStatus } from '../../shared/domain/document.ts';
import type { DocumentTypeId } from '../../shared/domain/document-types.ts';
import type { Clock, DirectorySource, Ledger, Logger, Mailer, MailMessage } from '../../shared/ports.ts';
import { newDocument } from '../handlers/documents.ts';
import { testDirectory } from './factories.ts';

/** A clock the test moves by hand. */
export class TestClock implements Clock {
  private current: Date;
  constructor(at: string) {
    this.current = new Date(at);
  }
  now() {
    return new Date(this.current.getTime());
  }
  set(at: string) {
    this.current = new Date(at);
  }
}

/** The unit-test directory with e-mail addresses and team leads, as the sweep and the mails need them. */
export function workDirectory(): Directory {
  const base = testDirectory();
  const leads: Record<string, string> = { inkomen: 'c-001', bezwaar: 'c-020' };
  return {
    ...base,
    teams: base.teams.map((t) => ({ ...t, email: `${t.id}@gemeente.example`, leadId: leads[t.id] })),
    consultants: [
      ...base.consultants.map((c) => ({ ...c, email: `${c.id}@gemeente.example` })),
      { id: 'c-020', name: 'R. de Wit', team: 'bezwaar', email: 'c-020@gemeente.example', absences: [] },
      { id: 'c-021', name: 'S. Yilmaz', team: 'bezwaar', email: 'c-021@gemeente.example', absences: [] },
    ],
  };
}

export function directorySource(directory: Directory): DirectorySource {
  return { load: async () => directory };
}

/** Collects log lines so tests can check what was logged. */
export function recordingLogger(): Logger & { lines: { level: string; message: string; fields: Record<string, unknown> }[] } {
  const lines: { level: string; message: string; fields: Record<string, unknown> }[] = [];
  const log =
    (level: string) =>
    (message: string, fields: Record<string, unknown> = {}) =>
      lines.push({ level, message, fields });
  return { lines, info: log('info'), warn: log('warn'), error: log('error') };
}

/** A mailer double at the port: keeps what was sent. */
export function recordingMailer(): Mailer & { sent: MailMessage[] } {
  const sent: MailMessage[] = [];
  return {
    sent,
    async send(message) {
      sent.push(message);
      return { messageId: `<${message.idempotencyKey}>`, transport: 'memory' };
    },
  };
}

/** The real SQLite ledger and alert store on one in-memory database, with a hand-moved clock. */
export function workWorld(at = '2026-06-01T08:00:00Z') {
  const clock = new TestClock(at);
  const db = openDatabase(':memory:');
  const ledger = new SqliteLedger(db, clock);
  const logger = recordingLogger();
  const alerts = new SqliteAlertStore(db, clock, logger);
  const directory = workDirectory();
  return { clock, db, ledger, alerts, logger, directory, directorySource: directorySource(directory) };
}

export type WorkWorld = ReturnType<typeof workWorld>;

export interface PutDocument {
  /** When it was received (ISO). */
  receivedAt: string;
  /** When it reached `status` (ISO); defaults to `receivedAt`. */
  at?: string;
  status: DocumentStatus;
  documentType?: DocumentTypeId | null;
  team?: string;
  consultantId?: string | null;
  clientNumber?: string | null;
  rejectReason?: string | null;
}

/** Puts a document in the ledger the way the pipeline would: received, then moved to its status at `at`. */
export async function putDocument(world: { clock: TestClock; ledger: Ledger }, p: PutDocument): Promise<DocumentRecord> {
  const id = randomUUID();
  world.clock.set(p.receivedAt);
  const doc = newDocument({
    id,
    intakeKey: `test:${id}`,
    receiptNumber: `PK-TEST-${id.toUpperCase()}`, // unique: a test may create thousands of documents
    fingerprint: id.replace(/-/g, ''),
    objectKey: `originals/${id}`,
    channel: 'post',
    source: 'test',
    receivedAt: new Date(p.receivedAt).toISOString(),
    byteSize: 1000,
    pageCount: 1,
    clientNumber: p.clientNumber ?? null,
  });
  await world.ledger.createDocument(doc, { type: 'received' });
  if (p.status !== 'received') {
    world.clock.set(p.at ?? p.receivedAt);
    const team = p.team ?? (p.status === 'triage' ? 'triage' : 'inkomen');
    const routed = p.status !== 'failed' && p.status !== 'extracted' && p.status !== 'rejected';
    await world.ledger.update(
      id,
      {
        status: p.status,
        documentType: p.documentType ?? null,
        confidence: p.documentType ? 0.95 : null,
        rejectReason: p.rejectReason ?? null,
        route: routed
          ? {
              status: p.status === 'triage' ? 'triage' : 'routed',
              team,
              consultantId: p.consultantId ?? null,
              queue: team,
              clientNumber: p.clientNumber ?? null,
              reasons: [],
            }
          : null,
      },
      { type: p.status },
    );
  }
  const stored = await world.ledger.getDocument(id);
  if (!stored) throw new Error('document not stored');
  return stored;
}
