import { type DynamoDBDocumentClient, GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { AuditEvent, AuditEventInput } from '../../domain/audit.ts';
import { chainEvent } from '../../domain/audit.ts';
import {
  DOCUMENT_STATUSES,
  type DocumentRecord,
  type DocumentStatus,
  meetsCondition,
  type NewDocument,
  type UpdateCondition,
} from '../../domain/document.ts';
import type { DocumentTypeId } from '../../domain/document-types.ts';
import { TransientError } from '../../domain/errors.ts';
import { countedType, type ReceivedCount } from '../../domain/sweep-rules.ts';
import type { Clock, CreatedDocument, DocumentQuery, Ledger, ReceivedCounter } from '../../ports.ts';
import { DynamoAuditTrail } from './dynamo-audit-trail.ts';
import { eventFromStored, type StoredEventFields, storedEvent } from './dynamo-event-item.ts';
import { Filter, INDEXES, isConditionFailed, queryAll, scanAll, withFilter } from './dynamo-table.ts';

/**
 * The ledger on DynamoDB (single table, see dynamo-table.ts), with the same guarantees as the
 * SQLite ledger and without transactions:
 *
 * - **Uniqueness** by conditional puts (`attribute_not_exists`) on small claim items: the intake
 *   key, the receipt number, the first document per fingerprint. A create that crashed half way
 *   is finished by the redelivery, which finds the intake claim and reuses its document id.
 * - **Status changes and audit events** are linearised on the document item: an update reads the
 *   item, then writes it back on the condition that its event sequence (and status) are unchanged,
 *   carrying the new event as `lastEvent`; the event item is written right after. If a crash comes
 *   between the two, the next update writes the missing event first, and `listEvents` includes it
 *   meanwhile, so the hash chain never loses a link.
 * - **Side effects** are claimed with a conditional put and a lease, like the SQLite `effects` table.
 * - **Received tallies** for the sweep's surge rule: one item per UTC day (`TALLY` · `RECEIVED#<day>`)
 *   with a counter per hour and type (`<HH>#<type>`), moved by `ADD` after each write that changes
 *   what a document counts as (classified, retyped, rejected). The sweep reads ~30 small items
 *   instead of every document of the last month. Best effort: a crash between the document write
 *   and the tally loses one count, which a surge threshold can bear. Days from before the tallies
 *   are counted once from the day index (see `ensureTallies`).
 *
 * Reads of single items are strongly consistent; lists use the status and day indexes.
 */
interface DocumentItem {
  pk: string;
  sk: 'META';
  entity: 'document';
  record: DocumentRecord;
  seq: number;
  head: string;
  /** The newest event, stored as its event item is (dynamo-event-item.ts: data as JSON text, or a map in old items). */
  lastEvent: StoredEventFields;
  gsi1pk: string;
  gsi1sk: string;
  gsi2pk: string;
  gsi2sk: string;
}

type EventItem = StoredEventFields & { pk: string; sk: string; entity: 'event' };

export interface DynamoLedgerOptions {
  /** Optimistic retries of an update that met a concurrent writer. @default 8 */
  maxUpdateAttempts?: number;
}

const DOC = (id: string) => `DOC#${id}`;
const EVT = (seq: number) => `EVT#${String(seq).padStart(10, '0')}`;
const META = 'META';
const TALLY = 'TALLY';
const RECEIVED = 'RECEIVED#';
const BUILT = 'BUILT';

export class DynamoLedger implements Ledger, ReceivedCounter {
  private readonly maxUpdateAttempts: number;
  private readonly trail: DynamoAuditTrail;

  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly table: string,
    private readonly clock: Clock,
    options: DynamoLedgerOptions = {},
  ) {
    this.maxUpdateAttempts = options.maxUpdateAttempts ?? 8;
    this.trail = new DynamoAuditTrail(db, table);
  }

  async createDocument(doc: NewDocument, event: AuditEventInput): Promise<CreatedDocument> {
    let id = doc.id;
    if (!(await this.claim(`INTAKE#${doc.intakeKey}`, 'INTAKE', { documentId: id }))) {
      id = (await this.getClaim(`INTAKE#${doc.intakeKey}`, 'INTAKE')) ?? id;
      const existing = await this.getDocument(id);
      if (existing) return { created: false, document: existing };
      // The first delivery claimed the key and stopped before writing the document: finish it.
    }
    const record: DocumentRecord = { ...doc, id, updatedAt: this.now() };
    // The fingerprint claim decides which of two uploads of the same bytes at once is the first.
    if (record.status !== 'duplicate' && !(await this.claim(`FP#${record.fingerprint}`, 'FP', { documentId: id }, id))) {
      const first = await this.claimedDocument(`FP#${record.fingerprint}`, 'FP');
      // A claim whose document was never written (a crashed intake) decides nothing.
      if (first && first.status !== 'duplicate' && record.status === 'received')
        return { created: false, document: first, sameFingerprint: true };
    }
    if (record.status !== 'duplicate' && record.receiptNumber) {
      const taken = !(await this.claim(`RECEIPT#${record.receiptNumber}`, 'RECEIPT', { documentId: id }, id));
      // A random collision: the retry of the intake draws a new number.
      if (taken) throw new TransientError('ledger.receipt-number-taken', `receipt number already belongs to another document`);
    }

    const first = this.event(id, 1, '', event);
    try {
      await this.db.send(
        new PutCommand({ TableName: this.table, Item: documentItem(record, first), ConditionExpression: 'attribute_not_exists(pk)' }),
      );
    } catch (error) {
      if (!isConditionFailed(error)) throw error;
      const winner = await this.getDocument(id);
      if (!winner) throw error;
      return { created: false, document: winner };
    }
    await this.putEvent(first);
    await this.tally(null, record);
    return { created: true, document: record };
  }

  async getDocument(id: string): Promise<DocumentRecord | undefined> {
    return (await this.getItem(id))?.record;
  }

  async findByFingerprint(fingerprint: string): Promise<DocumentRecord | undefined> {
    const id = await this.getClaim(`FP#${fingerprint}`, 'FP');
    const doc = id ? await this.getDocument(id) : undefined;
    return doc && doc.status !== 'duplicate' ? doc : undefined;
  }

  async findByReceiptNumber(receiptNumber: string): Promise<DocumentRecord | undefined> {
    const id = await this.getClaim(`RECEIPT#${receiptNumber}`, 'RECEIPT');
    const doc = id ? await this.getDocument(id) : undefined;
    // A claim left by a crashed intake that then drew another number points at a document without it.
    return doc && doc.status !== 'duplicate' && doc.receiptNumber === receiptNumber ? doc : undefined;
  }

  async update(id: string, patch: Partial<NewDocument>, event: AuditEventInput, when?: UpdateCondition): Promise<boolean> {
    for (let attempt = 1; attempt <= this.maxUpdateAttempts; attempt++) {
      const current = await this.readForUpdate(id);
      if (!current) return false;
      if (!meetsCondition(current.record, when)) return false;
      const statusChanged = patch.status !== undefined && patch.status !== current.record.status;
      const record: DocumentRecord = { ...current.record, ...patch, id, updatedAt: statusChanged ? this.now() : current.record.updatedAt };
      const next = this.event(id, current.seq + 1, current.head, event);
      // A status list is also stated in the write; any condition holds because the sequence pins the item read.
      const statuses = Array.isArray(when) ? (when as readonly DocumentStatus[]) : [];
      try {
        await this.db.send(
          new PutCommand({
            TableName: this.table,
            Item: documentItem(record, next),
            // The sequence pins the whole item; the status condition states the rule in the write itself.
            ConditionExpression: statuses.length
              ? `#seq = :seq AND #record.#status IN (${statuses.map((_, i) => `:s${i}`).join(', ')})`
              : '#seq = :seq',
            ExpressionAttributeNames: { '#seq': 'seq', ...(statuses.length ? { '#record': 'record', '#status': 'status' } : {}) },
            ExpressionAttributeValues: { ':seq': current.seq, ...Object.fromEntries(statuses.map((s, i) => [`:s${i}`, s])) },
          }),
        );
      } catch (error) {
        if (isConditionFailed(error)) continue; // a concurrent writer: read again
        throw error;
      }
      await this.putEvent(next);
      await this.tally(current.record, record);
      return true;
    }
    throw new TransientError('ledger.contention', `document ${id} kept changing during ${this.maxUpdateAttempts} update attempts`);
  }

  async appendEvent(id: string, event: AuditEventInput): Promise<void> {
    await this.update(id, {}, event);
  }

  /** The stored chain, including the newest event while it lives only on the document item. */
  async listEvents(id: string): Promise<AuditEvent[]> {
    return this.trail.listEvents(id);
  }

  async listDocuments(q: DocumentQuery): Promise<DocumentRecord[]> {
    // Index keys hold UTC ISO instants: compare like with like whatever offset the caller used.
    const query = { ...q, receivedSince: isoUtc(q.receivedSince), updatedBefore: isoUtc(q.updatedBefore) };
    const filter = new Filter()
      .compare('record.route.team', '=', query.team)
      .compare('record.route.consultantId', '=', query.consultantId)
      .compare('record.receivedAt', '>=', query.receivedSince)
      .compare('record.fingerprint', '=', query.fingerprint);
    let items: DocumentItem[];
    if (query.status?.length) {
      const perStatus = await Promise.all(
        [...new Set(query.status)].map((status) =>
          queryAll<DocumentItem>(
            this.db,
            withFilter(
              {
                TableName: this.table,
                IndexName: INDEXES.byStatus.name,
                KeyConditionExpression: query.updatedBefore ? 'gsi1pk = :pk AND gsi1sk < :before' : 'gsi1pk = :pk',
                ExpressionAttributeValues: { ':pk': `DOC#${status}`, ...(query.updatedBefore ? { ':before': query.updatedBefore } : {}) },
              },
              filter,
            ),
          ),
        ),
      );
      items = perStatus.flat();
    } else if (query.receivedSince) {
      filter.compare('record.updatedAt', '<', query.updatedBefore);
      const days = utcDays(query.receivedSince, this.clock.now());
      const perDay = await Promise.all(
        days.map((day) =>
          queryAll<DocumentItem>(
            this.db,
            withFilter(
              {
                TableName: this.table,
                IndexName: INDEXES.byReference.name,
                KeyConditionExpression: 'gsi2pk = :pk AND gsi2sk >= :since',
                ExpressionAttributeValues: { ':pk': `DOCDAY#${day}`, ':since': query.receivedSince },
              },
              filter,
            ),
          ),
        ),
      );
      items = perDay.flat();
    } else {
      // No status and no time window: a scan. Fine for a department's volume; the UI asks by status.
      filter.compare('entity', '=', 'document').compare('record.updatedAt', '<', query.updatedBefore);
      items = await scanAll<DocumentItem>(this.db, { TableName: this.table, ...filter.input() });
    }
    return items
      .map((i) => i.record)
      .sort((a, b) => a.receivedAt.localeCompare(b.receivedAt) || a.id.localeCompare(b.id))
      .slice(0, query.limit ?? 10_000);
  }

  /** Documents per status, every status present (0 when none): one COUNT query per status partition of the status index. */
  async countByStatus(): Promise<Record<DocumentStatus, number>> {
    const counts = await Promise.all(
      DOCUMENT_STATUSES.map(async (status) => {
        let count = 0;
        let start: Record<string, unknown> | undefined;
        do {
          const res = await this.db.send(
            new QueryCommand({
              TableName: this.table,
              IndexName: INDEXES.byStatus.name,
              KeyConditionExpression: 'gsi1pk = :pk',
              ExpressionAttributeValues: { ':pk': `DOC#${status}` },
              Select: 'COUNT',
              ExclusiveStartKey: start,
            }),
          );
          count += res.Count ?? 0;
          start = res.LastEvaluatedKey;
        } while (start);
        return [status, count] as const;
      }),
    );
    return Object.fromEntries(counts) as Record<DocumentStatus, number>;
  }

  async countReceived(since: string): Promise<ReceivedCount[]> {
    const from = new Date(since).toISOString();
    await this.ensureTallies(from.slice(0, 10));
    const items = await queryAll<Record<string, unknown>>(this.db, {
      TableName: this.table,
      KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
      ExpressionAttributeValues: { ':pk': TALLY, ':from': `${RECEIVED}${from.slice(0, 10)}`, ':to': `${RECEIVED}9999` },
    });
    const firstHour = `${from.slice(0, 13)}:00:00.000Z`;
    const counts: ReceivedCount[] = [];
    for (const item of items) {
      const day = String(item.sk).slice(RECEIVED.length);
      for (const [name, value] of Object.entries(item)) {
        const m = /^(\d\d)#(.+)$/.exec(name);
        if (!m || typeof value !== 'number' || value <= 0) continue;
        const at = `${day}T${m[1]}:00:00.000Z`;
        if (at >= firstHour) counts.push({ at, documentType: m[2] as DocumentTypeId, count: value });
      }
    }
    return counts;
  }

  async claimEffect(key: string, leaseMs: number): Promise<boolean> {
    const now = this.clock.now().getTime();
    try {
      await this.db.send(
        new PutCommand({
          TableName: this.table,
          Item: { pk: `EFFECT#${key}`, sk: 'EFFECT', entity: 'effect', state: 'claimed', claimedAt: now },
          ConditionExpression: 'attribute_not_exists(pk) OR (#state = :claimed AND claimedAt < :expired)',
          ExpressionAttributeNames: { '#state': 'state' },
          ExpressionAttributeValues: { ':claimed': 'claimed', ':expired': now - leaseMs },
        }),
      );
      return true;
    } catch (error) {
      if (isConditionFailed(error)) return false;
      throw error;
    }
  }

  async completeEffect(key: string): Promise<void> {
    await this.db.send(
      new UpdateCommand({
        TableName: this.table,
        Key: { pk: `EFFECT#${key}`, sk: 'EFFECT' },
        UpdateExpression: 'SET #state = :done, doneAt = :now',
        ExpressionAttributeNames: { '#state': 'state' },
        ExpressionAttributeValues: { ':done': 'done', ':now': this.now() },
      }),
    );
  }

  /** The document item and its newest stored event, in one strongly consistent read; repairs a missing last event. */
  private async readForUpdate(id: string): Promise<DocumentItem | undefined> {
    const res = await this.db.send(
      new QueryCommand({
        TableName: this.table,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': DOC(id) },
        ScanIndexForward: false,
        Limit: 2,
        ConsistentRead: true,
      }),
    );
    const [meta, newest] = (res.Items ?? []) as [DocumentItem | undefined, EventItem | undefined];
    if (!meta || meta.sk !== META) return undefined;
    if ((newest?.seq ?? 0) < meta.seq) await this.putEvent(eventFromStored(meta.lastEvent));
    return meta;
  }

  private async getItem(id: string): Promise<DocumentItem | undefined> {
    const res = await this.db.send(new GetCommand({ TableName: this.table, Key: { pk: DOC(id), sk: META }, ConsistentRead: true }));
    return res.Item as DocumentItem | undefined;
  }

  /** Puts a claim item unless one exists (or it already names `owner`); true when this caller holds it. */
  private async claim(pk: string, sk: string, attrs: { documentId: string }, owner?: string): Promise<boolean> {
    try {
      await this.db.send(
        new PutCommand({
          TableName: this.table,
          Item: { pk, sk, entity: 'claim', ...attrs, claimedAt: this.now() },
          ConditionExpression: owner ? 'attribute_not_exists(pk) OR documentId = :owner' : 'attribute_not_exists(pk)',
          ExpressionAttributeValues: owner ? { ':owner': owner } : undefined,
        }),
      );
      return true;
    } catch (error) {
      if (isConditionFailed(error)) return false;
      throw error;
    }
  }

  /**
   * The document a claim names. Its intake may still be writing it (the claim comes first), so
   * it is looked for a few times over about a second before the claim counts as left by a crash.
   */
  private async claimedDocument(pk: string, sk: string): Promise<DocumentRecord | undefined> {
    const id = await this.getClaim(pk, sk);
    if (!id) return undefined;
    for (let attempt = 0; ; attempt++) {
      const doc = await this.getDocument(id);
      if (doc || attempt === 6) return doc;
      await new Promise((resolve) => setTimeout(resolve, 50 * (attempt + 1)));
    }
  }

  private async getClaim(pk: string, sk: string): Promise<string | undefined> {
    const res = await this.db.send(new GetCommand({ TableName: this.table, Key: { pk, sk }, ConsistentRead: true }));
    return (res.Item as { documentId?: string } | undefined)?.documentId;
  }

  /**
   * Tallies for the days before this ledger kept them (a table older than the tallies): the past
   * days asked about are counted once from the day index, so the first surge baseline after an
   * upgrade is not a month of zeros. A marker item (`TALLY` · `BUILT`) holds the first day from
   * which tallies are complete; later calls read only it. The day of the upgrade itself stays as
   * the increments left it (rebuilding a day still taking increments would race them): one day
   * among the baseline's four weeks hardly moves a median.
   */
  private async ensureTallies(fromDay: string): Promise<void> {
    const marker = await this.db.send(new GetCommand({ TableName: this.table, Key: { pk: TALLY, sk: BUILT }, ConsistentRead: true }));
    const builtFrom = (marker.Item as { from?: string } | undefined)?.from;
    if (builtFrom !== undefined && builtFrom <= fromDay) return;
    const until = builtFrom ?? this.now().slice(0, 10);
    for (let day = fromDay; day < until; day = nextUtcDay(day)) {
      const docs = await queryAll<DocumentItem>(this.db, {
        TableName: this.table,
        IndexName: INDEXES.byReference.name,
        KeyConditionExpression: 'gsi2pk = :pk',
        ExpressionAttributeValues: { ':pk': `DOCDAY#${day}` },
      });
      const counters: Record<string, number> = {};
      for (const { record } of docs) {
        const tally = tallyOf(record);
        if (tally?.day === day) counters[tally.counter] = (counters[tally.counter] ?? 0) + 1;
      }
      await this.db.send(
        new PutCommand({ TableName: this.table, Item: { pk: TALLY, sk: `${RECEIVED}${day}`, entity: 'tally', ...counters } }),
      );
    }
    await this.db.send(new PutCommand({ TableName: this.table, Item: { pk: TALLY, sk: BUILT, entity: 'tally', from: fromDay } }));
  }

  /** Moves the received tallies when a write changed what the document counts as (see the class comment). */
  private async tally(before: DocumentRecord | null, after: DocumentRecord): Promise<void> {
    const was = before ? tallyOf(before) : null;
    const is = tallyOf(after);
    if (was?.day === is?.day && was?.counter === is?.counter) return;
    const moves = [was && { ...was, by: -1 }, is && { ...is, by: 1 }].filter((m) => m !== null);
    for (const move of moves)
      await this.db.send(
        new UpdateCommand({
          TableName: this.table,
          Key: { pk: TALLY, sk: `${RECEIVED}${move.day}` },
          UpdateExpression: 'SET #entity = :entity ADD #counter :by',
          ExpressionAttributeNames: { '#entity': 'entity', '#counter': move.counter },
          ExpressionAttributeValues: { ':entity': 'tally', ':by': move.by },
        }),
      );
  }

  /** Writes an event item once (its data as JSON text, see dynamo-event-item.ts); a second write of the same event is a no-op. */
  private async putEvent(event: AuditEvent): Promise<void> {
    try {
      await this.db.send(
        new PutCommand({
          TableName: this.table,
          Item: { pk: DOC(event.documentId), sk: EVT(event.seq), entity: 'event', ...storedEvent(event) },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
    } catch (error) {
      if (!isConditionFailed(error)) throw error;
    }
  }

  private event(documentId: string, seq: number, prevHash: string, input: AuditEventInput): AuditEvent {
    return chainEvent(documentId, { seq: seq - 1, hash: prevHash }, { ...input, data: plain(input.data ?? {}) }, this.now());
  }

  private now() {
    return this.clock.now().toISOString();
  }
}

function documentItem(record: DocumentRecord, last: AuditEvent): DocumentItem {
  return {
    pk: DOC(record.id),
    sk: META,
    entity: 'document',
    record: plain(record),
    seq: last.seq,
    head: last.hash,
    lastEvent: storedEvent(last),
    gsi1pk: `DOC#${record.status}`,
    gsi1sk: `${record.updatedAt}#${record.id}`,
    gsi2pk: `DOCDAY#${record.receivedAt.slice(0, 10)}`,
    gsi2sk: `${record.receivedAt}#${record.id}`,
  };
}

/** The tally a document counts in (UTC day and `<HH>#<type>`), or null when the surge rule does not count it. */
function tallyOf(record: DocumentRecord): { day: string; counter: string } | null {
  const type = countedType(record);
  if (!type) return null;
  const at = new Date(record.receivedAt).toISOString();
  return { day: at.slice(0, 10), counter: `${at.slice(11, 13)}#${type}` };
}

function nextUtcDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/** JSON-shaped copy: no `undefined` members (DynamoDB rejects them), same as what the SQLite ledger stores. */
function plain<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

function isoUtc(instant: string | undefined): string | undefined {
  return instant === undefined ? undefined : new Date(instant).toISOString();
}

/** UTC days from `since` to the day after `now` (documents are bucketed by the UTC day they were received). */
function utcDays(since: string, now: Date): string[] {
  const days: string[] = [];
  const end = new Date(now.getTime() + 86_400_000).toISOString().slice(0, 10);
  for (let d = new Date(`${since.slice(0, 10)}T00:00:00Z`); ; d = new Date(d.getTime() + 86_400_000)) {
    const day = d.toISOString().slice(0, 10);
    days.push(day);
    if (day >= end || days.length > 3660) return days;
  }
}
