import { classify, routeThreshold, typeRouteThreshold } from '../../shared/domain/classifier.ts';
import { clientIndexFor, identifyClient } from '../../shared/domain/client-matching.ts';
import { type DocumentRecord, type PageText, pagesKey } from '../../shared/domain/document.ts';
import { DOCUMENT_TYPES } from '../../shared/domain/document-types.ts';
import { pageRange } from '../../shared/domain/page-range.ts';
import { nextStep, WAITING_FOR } from '../../shared/domain/pipeline.ts';
import { reason } from '../../shared/domain/reason.ts';
import { decideRoute, triage } from '../../shared/domain/routing.ts';
import type { DirectorySource, Ledger, Logger, ObjectStore, RoutePublisher, WorkQueue } from '../../shared/ports.ts';

/**
 * Classify, identify the client and route: the decision and its reasons are stored with the
 * document, which then waits in a team's or consultant's queue, or in triage.
 */
export interface RouteDeps {
  ledger: Ledger;
  objects: ObjectStore;
  directory: DirectorySource;
  queue: WorkQueue;
  /** Where the decision is announced (the team's queue, a case system). */
  publisher: RoutePublisher;
  logger: Logger;
  threshold?: number;
}

export async function route(deps: RouteDeps, documentId: string): Promise<void> {
  const { ledger, objects, logger } = deps;
  const doc = await ledger.getDocument(documentId);
  if (!doc) throw new Error(`document ${documentId} not found`);
  if (doc.status === 'routed' || doc.status === 'triage') return passOn(deps, doc); // routed before a crash
  if (doc.status !== WAITING_FOR.route) return;

  const pages = JSON.parse(new TextDecoder().decode(await objects.get(pagesKey(doc.id)))) as PageText[];
  const text = pages
    .filter((p) => !p.blank)
    .map((p) => p.text)
    .join('\n\n');
  const directory = await deps.directory.load();
  const classification = classify(text);
  const identification = identifyClient(text, clientIndexFor(directory), {
    deskClientNumber: doc.deskClientNumber,
    senderEmail: doc.senderEmail,
  });
  const decided = decideRoute({
    classification,
    identification,
    directory,
    receivedAt: new Date(doc.receivedAt),
    threshold: deps.threshold ?? routeThreshold(classification.type),
    typeRouteThreshold: deps.threshold ?? typeRouteThreshold(classification.type),
    dataProtectionRequest: doc.dataProtectionRequest,
    language: doc.language,
  });
  // A file the split step could not separate with certainty goes to a person whole, with the proposal.
  const decision = doc.splitProposal
    ? triage(directory, decided.clientNumber, [
        reason(
          'split.uncertain',
          `mogelijk meerdere documenten (voorstel: ${doc.splitProposal.parts.map((p) => `pagina ${pageRange(p)}`).join('; ')})`,
          `possibly several documents (proposed: ${doc.splitProposal.parts.map((p) => `pages ${pageRange(p)}`).join('; ')})`,
        ),
        ...decided.reasons,
      ])
    : decided;

  const updated = await ledger.update(
    doc.id,
    {
      status: decision.status,
      documentType: classification.type,
      confidence: classification.confidence,
      alternatives: classification.alternatives,
      clientNumber: decision.clientNumber,
      route: decision,
      restricted: DOCUMENT_TYPES[classification.type].restricted,
    },
    {
      type: decision.status,
      data: {
        documentType: classification.type,
        confidence: classification.confidence,
        team: decision.team,
        consultantId: decision.consultantId,
        clientNumber: decision.clientNumber,
        reasons: decision.reasons.map((r) => r.code),
      },
    },
    [WAITING_FOR.route],
  );
  if (!updated) return;
  logger.info('routed', {
    documentId: doc.id,
    status: decision.status,
    documentType: classification.type,
    confidence: classification.confidence,
    team: decision.team,
    consultantId: decision.consultantId,
  });
  const routed = await ledger.getDocument(doc.id);
  if (routed) await passOn(deps, routed);
}

/** A decided document is announced where it is handled, then goes on to its receipt. */
async function passOn(deps: RouteDeps, doc: DocumentRecord) {
  await deps.publisher.publish(doc);
  await deps.queue.send(nextStep('route'), doc.id);
}
