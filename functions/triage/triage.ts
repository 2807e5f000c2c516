import type { Identification } from '../../shared/domain/client-matching.ts';
import { type DocumentRecord, type DocumentStatus, type PageText, pagesKey, UNROUTED_STATUSES } from '../../shared/domain/document.ts';
import { DOCUMENT_TYPES, type DocumentTypeId } from '../../shared/domain/document-types.ts';
import { nextStep } from '../../shared/domain/pipeline.ts';
import { reason } from '../../shared/domain/reason.ts';
import { decideRoute, type RouteDecision } from '../../shared/domain/routing.ts';
import type {
  AlertStore,
  Clock,
  CorrectionStore,
  DirectorySource,
  Ledger,
  Logger,
  ObjectStore,
  RoutePublisher,
  WorkQueue,
} from '../../shared/ports.ts';

/**
 * Triage: a person resolves a document the system could not route by setting the type, the client
 * and the route. The decision is stored like a machine decision (with reasons), the correction is
 * kept as a training example, the unrouted alert is settled, the decision is published to the team
 * and the receipt, if it was waiting for a client, goes out.
 */
export interface TriageDeps {
  ledger: Ledger;
  directory: DirectorySource;
  objects: ObjectStore;
  corrections: CorrectionStore;
  alerts: Pick<AlertStore, 'resolveForDocument'>;
  publisher: RoutePublisher;
  queue: WorkQueue;
  clock: Clock;
  logger: Logger;
}

/** A triage decision stands in for the route step's: what follows routing follows it too. */
const AFTER_TRIAGE = nextStep('route');

export type TriageTarget = { kind: 'rules' } | { kind: 'team'; team: string } | { kind: 'consultant'; consultantId: string };

export interface TriageDecision {
  documentId: string;
  by: string;
  type: DocumentTypeId;
  clientNumber: string | null;
  target: TriageTarget;
}

export type TriageProblem = 'not-in-triage' | 'needs-client' | 'needs-target' | 'unknown-target';
export type TriageOutcome = { ok: true; document: DocumentRecord } | { ok: false; problem: TriageProblem };

export async function resolveTriage(deps: TriageDeps, input: TriageDecision): Promise<TriageOutcome> {
  const doc = await deps.ledger.getDocument(input.documentId);
  if (!doc || !(UNROUTED_STATUSES as readonly string[]).includes(doc.status)) return { ok: false, problem: 'not-in-triage' };
  const directory = await deps.directory.load();
  const now = deps.clock.now();
  const type = DOCUMENT_TYPES[input.type];
  const set = reason(
    'triage',
    `in triage vastgesteld door ${input.by}: ${type.nl}, ${input.clientNumber ? `klant ${input.clientNumber}` : 'klant onbekend'}`,
    `set in triage by ${input.by}: ${type.en}, ${input.clientNumber ? `client ${input.clientNumber}` : 'client unknown'}`,
  );

  let route: RouteDecision;
  if (input.target.kind === 'rules') {
    const identification: Identification = input.clientNumber
      ? {
          status: 'identified',
          clientNumber: input.clientNumber,
          via: 'desk',
          evidence: [{ kind: 'desk', clientNumber: input.clientNumber }],
          notes: [],
        }
      : { status: 'none', evidence: [], notes: [] };
    const decision = decideRoute({
      classification: { type: input.type, confidence: 1, alternatives: [] },
      identification,
      directory,
      receivedAt: now, // who acts today: absences as of now, not as of receipt
      threshold: 0,
    });
    if (decision.status === 'triage')
      return { ok: false, problem: decision.reasons.some((r) => r.code === 'client.none') ? 'needs-client' : 'needs-target' };
    route = { ...decision, reasons: [set, ...decision.reasons.filter((r) => r.code !== 'type' && r.code !== 'client')] };
  } else if (input.target.kind === 'team') {
    const wanted = input.target.team;
    const team = directory.teams.find((t) => t.id === wanted && t.id !== 'triage');
    if (!team) return { ok: false, problem: 'unknown-target' };
    route = {
      status: 'routed',
      team: team.id,
      consultantId: null,
      queue: team.queue,
      clientNumber: input.clientNumber,
      reasons: [
        set,
        reason('route.triage', `naar de bak van ${team.name}, gekozen in triage`, `to the queue of ${team.name}, chosen in triage`),
      ],
    };
  } else {
    const wanted = input.target.consultantId;
    const consultant = directory.consultants.find((c) => c.id === wanted);
    if (!consultant) return { ok: false, problem: 'unknown-target' };
    const team = directory.teams.find((t) => t.id === consultant.team);
    route = {
      status: 'routed',
      team: consultant.team,
      consultantId: consultant.id,
      queue: team?.queue ?? consultant.team,
      clientNumber: input.clientNumber,
      reasons: [
        set,
        reason(
          'route.triage',
          `naar ${consultant.name} (${team?.name ?? consultant.team}), gekozen in triage`,
          `to ${consultant.name} (${team?.name ?? consultant.team}), chosen in triage`,
        ),
      ],
    };
  }

  const receiptWaiting = doc.receipt?.delivery === 'pending' && !doc.receipt.sentAt;
  const ok = await deps.ledger.update(
    doc.id,
    {
      status: 'routed',
      documentType: input.type,
      clientNumber: input.clientNumber,
      route,
      restricted: DOCUMENT_TYPES[input.type].restricted,
      rejectReason: null,
      rejectReasonNl: null,
      // Cleared so the receipt step plans the delivery again, now that the client is known.
      ...(receiptWaiting ? { receipt: null } : {}),
    },
    {
      type: 'triaged',
      actor: input.by,
      data: {
        previousStatus: doc.status,
        previousType: doc.documentType,
        documentType: input.type,
        clientNumber: input.clientNumber,
        team: route.team,
        consultantId: route.consultantId,
        target: input.target.kind,
      },
    },
    // Still unrouted at the write; and a pending receipt is reset only if nobody delivered it meanwhile.
    (current) => (UNROUTED_STATUSES as readonly DocumentStatus[]).includes(current.status) && !(receiptWaiting && current.receipt?.sentAt),
  );
  if (!ok) return { ok: false, problem: 'not-in-triage' };

  // A document that was never read (failed before extraction) teaches the classifier nothing.
  const pages = await pageTexts(deps.objects, doc.id);
  if (pages.length > 0)
    await deps.corrections.append({
      documentId: doc.id,
      pages,
      type: input.type,
      clientNumber: input.clientNumber,
      correctedAt: now.toISOString(),
      by: input.by,
      ...(doc.documentType ? { predicted: doc.documentType } : {}),
    });

  await deps.alerts.resolveForDocument(doc.id, input.by, ['unrouted', 'failed', 'dead-letter', 'stuck']);
  const document = (await deps.ledger.getDocument(doc.id)) ?? doc;
  await deps.publisher.publish(document);
  await deps.queue.send(AFTER_TRIAGE, doc.id);
  deps.logger.info('triaged', {
    documentId: doc.id,
    by: input.by,
    documentType: input.type,
    team: route.team,
    consultantId: route.consultantId,
  });
  return { ok: true, document };
}

/** The page texts the correction keeps as a training example (none when the document was never read). */
async function pageTexts(objects: ObjectStore, documentId: string): Promise<string[]> {
  const key = pagesKey(documentId);
  if (!(await objects.exists(key))) return [];
  return (JSON.parse(new TextDecoder().decode(await objects.get(key))) as PageText[]).map((p) => p.text);
}
