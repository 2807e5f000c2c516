import { createHash } from 'node:crypto';
import type { AuditEvent } from '../../shared/domain/audit.ts';
import { eventHash } from '../../shared/domain/audit.ts';
import type { AuditTrail, ChainHead } from '../../shared/ports.ts';

/**
 * Audit verification: recompute every document's hash chain and say, per document, what is wrong
 * with it — an edited event, a deleted one (also the last one, through the head kept with the
 * document), events in another order, a history without its document or the reverse. A checkpoint
 * (the heads of all chains at some moment, kept elsewhere) also catches a chain rewritten whole.
 */

export type ProblemKind = 'edited' | 'deleted' | 'reordered' | 'no-record' | 'no-events';

export interface ChainProblem {
  kind: ProblemKind;
  /** The event concerned (its position in the chain), when the problem is one event. */
  seq?: number;
  detail: string;
}

export interface BrokenDocument {
  documentId: string;
  events: number;
  problems: ChainProblem[];
}

export interface AuditReport {
  documents: number;
  events: number;
  broken: BrokenDocument[];
  /** SHA-256 over all chain heads: one value that pins the whole history (see `checkpoint`). */
  root: string;
  /** Documents compared against a checkpoint, when one was given. */
  checkpointDocuments?: number;
}

/** The heads of every chain at a moment: store it outside the data dir (mail it, print it). */
export interface AuditCheckpoint {
  createdAt: string;
  root: string;
  heads: Record<string, string>;
}

/** The problems of one document's chain, events in stored (seq) order. */
export function checkChain(events: readonly AuditEvent[], head: ChainHead | null | undefined): ChainProblem[] {
  const problems: ChainProblem[] = [];
  if (head === undefined && events.length > 0) problems.push({ kind: 'no-record', detail: 'events exist but the document record is gone' });
  if (events.length === 0) {
    if (head !== undefined) problems.push({ kind: 'no-events', detail: 'the document has no audit events' });
    return problems;
  }
  const byHash = new Map(events.map((e) => [e.hash, e]));
  const seqs = events.map((e) => e.seq);
  let prev: AuditEvent | undefined;
  for (const [i, e] of events.entries()) {
    const expectedSeq = (prev?.seq ?? 0) + 1;
    if (e.seq > expectedSeq)
      problems.push({
        kind: 'deleted',
        seq: expectedSeq,
        detail: e.seq - expectedSeq === 1 ? `event ${expectedSeq} is missing` : `events ${expectedSeq}–${e.seq - 1} are missing`,
      });
    if (eventHash(e.prevHash, e) !== e.hash) {
      const movedFrom = seqs.find((s) => s !== e.seq && eventHash(e.prevHash, { ...e, seq: s }) === e.hash);
      problems.push(
        movedFrom !== undefined
          ? { kind: 'reordered', seq: e.seq, detail: `event ${e.seq} was written as event ${movedFrom}` }
          : { kind: 'edited', seq: e.seq, detail: `event ${e.seq} (${e.type}) does not match its hash` },
      );
    } else if (e.prevHash !== (prev?.hash ?? '') && e.seq === expectedSeq) {
      const linked = byHash.get(e.prevHash);
      if (linked) problems.push({ kind: 'reordered', seq: e.seq, detail: `event ${e.seq} follows event ${linked.seq} in the chain` });
      else if (i === 0) problems.push({ kind: 'deleted', seq: e.seq, detail: `the events before event ${e.seq} are missing` });
      else
        problems.push({
          kind: 'edited',
          seq: prev?.seq,
          detail: `event ${prev?.seq} was rewritten: event ${e.seq} links to a different predecessor`,
        });
    }
    prev = e;
  }
  const last = events.at(-1) as AuditEvent;
  if (head && (head.seq !== last.seq || head.hash !== last.hash)) {
    if (head.seq > last.seq)
      problems.push({
        kind: 'deleted',
        seq: last.seq + 1,
        detail: `the history ends at event ${last.seq}; the document records ${head.seq} events`,
      });
    else if (!events.some((e) => e.seq === head.seq && e.hash === head.hash))
      problems.push({ kind: 'edited', seq: head.seq, detail: `event ${head.seq} differs from the head recorded with the document` });
  }
  return problems;
}

export async function verifyAudit(trail: AuditTrail, checkpoint?: AuditCheckpoint): Promise<AuditReport> {
  const ids = await trail.documentIds();
  const broken: BrokenDocument[] = [];
  const heads: Record<string, string> = {};
  let events = 0;
  for (const documentId of ids) {
    const chain = await trail.listEvents(documentId);
    events += chain.length;
    const problems = checkChain(chain, await trail.recordedHead(documentId));
    const last = chain.at(-1);
    if (last) heads[documentId] = `${last.seq}:${last.hash}`;
    if (checkpoint) problems.push(...againstCheckpoint(chain, checkpoint.heads[documentId]));
    if (problems.length) broken.push({ documentId, events: chain.length, problems });
  }
  if (checkpoint) {
    const known = new Set(ids);
    for (const documentId of Object.keys(checkpoint.heads))
      if (!known.has(documentId))
        broken.push({
          documentId,
          events: 0,
          problems: [{ kind: 'deleted', detail: 'the document and its history are gone since the checkpoint' }],
        });
  }
  return {
    documents: ids.length,
    events,
    broken,
    root: rootOf(heads),
    ...(checkpoint ? { checkpointDocuments: Object.keys(checkpoint.heads).length } : {}),
  };
}

/** The chain must still hold the event the checkpoint saw as its head. */
function againstCheckpoint(chain: readonly AuditEvent[], head: string | undefined): ChainProblem[] {
  if (!head) return [];
  const [seqText, hash] = head.split(':');
  const seq = Number(seqText);
  const event = chain.find((e) => e.seq === seq);
  if (!event) return [{ kind: 'deleted', seq, detail: `event ${seq}, the head at the checkpoint, is gone` }];
  if (event.hash !== hash) return [{ kind: 'edited', seq, detail: `the history up to event ${seq} was rewritten since the checkpoint` }];
  return [];
}

export async function makeCheckpoint(trail: AuditTrail, now: Date): Promise<AuditCheckpoint> {
  const heads: Record<string, string> = {};
  for (const documentId of await trail.documentIds()) {
    const last = (await trail.listEvents(documentId)).at(-1);
    if (last) heads[documentId] = `${last.seq}:${last.hash}`;
  }
  return { createdAt: now.toISOString(), root: rootOf(heads), heads };
}

function rootOf(heads: Record<string, string>): string {
  const hash = createHash('sha256');
  for (const id of Object.keys(heads).sort()) hash.update(`${id} ${heads[id]}\n`);
  return hash.digest('hex');
}
