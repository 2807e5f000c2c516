import { addLocalDays, zonedInstant } from '../../shared/domain/business-calendar.ts';
import { DOCUMENT_STATUSES, type DocumentRecord, type DocumentStatus } from '../../shared/domain/document.ts';
import { localDate } from '../../shared/domain/local-date.ts';
import type { MailMessageRecord } from '../../shared/domain/mail-intake.ts';

export const ALL_STATUSES = DOCUMENT_STATUSES;

import { UNROUTED_STATUSES, WORK_ITEM_STATUSES } from '../../shared/domain/document.ts';
import { directoryNow, type WebContext } from './context.ts';
import type { FailedStep } from './web-stores.ts';

/** The figures operations watch, from the ledger and the queue; ids and counts only. */

export interface TeamQueue {
  team: string;
  name: string;
  waiting: number;
  acknowledged: number;
  oldestWaiting: string | null;
}

export interface DayThroughput {
  day: string;
  received: number;
  routed: number;
  unrouted: number;
  rejected: number;
}

export const THROUGHPUT_DAYS = 14;

export function statusCounts(web: WebContext): Promise<Record<DocumentStatus, number>> {
  return web.pipeline.countByStatus();
}

export async function teamQueues(web: WebContext): Promise<TeamQueue[]> {
  const { directory } = await directoryNow(web);
  const docs = await web.rt.ledger.listDocuments({ status: [...WORK_ITEM_STATUSES, ...UNROUTED_STATUSES] });
  const byTeam = new Map<string, TeamQueue>();
  for (const doc of docs) {
    const team = (UNROUTED_STATUSES as readonly string[]).includes(doc.status) ? 'triage' : (doc.route?.team ?? 'triage');
    const q = byTeam.get(team) ?? {
      team,
      name: directory.teams.find((t) => t.id === team)?.name ?? team,
      waiting: 0,
      acknowledged: 0,
      oldestWaiting: null,
    };
    if (doc.status === 'acknowledged') q.acknowledged++;
    else {
      q.waiting++;
      if (!q.oldestWaiting || doc.receivedAt < q.oldestWaiting) q.oldestWaiting = doc.receivedAt;
    }
    byTeam.set(team, q);
  }
  return [...byTeam.values()].sort((a, b) => (a.oldestWaiting ?? '9').localeCompare(b.oldestWaiting ?? '9'));
}

export async function throughput(web: WebContext): Promise<DayThroughput[]> {
  const { directory, now } = await directoryNow(web);
  const tz = directory.organisation.timezone;
  const today = localDate(now, tz);
  const first = addLocalDays(today, -(THROUGHPUT_DAYS - 1));
  const docs = await web.rt.ledger.listDocuments({ receivedSince: zonedInstant(first, '00:00', tz).toISOString(), limit: 1_000_000 });
  const days = Array.from({ length: THROUGHPUT_DAYS }, (_, i) => addLocalDays(first, i));
  const rows = new Map(days.map((day) => [day, { day, received: 0, routed: 0, unrouted: 0, rejected: 0 }]));
  for (const doc of docs) {
    const row = rows.get(localDate(new Date(doc.receivedAt), tz));
    if (!row || doc.status === 'duplicate') continue;
    row.received++;
    if (doc.status === 'rejected') row.rejected++;
    else if ((UNROUTED_STATUSES as readonly string[]).includes(doc.status)) row.unrouted++;
    else if (['routed', 'acknowledged', 'closed'].includes(doc.status)) row.routed++;
  }
  return days.map((d) => rows.get(d) as DayThroughput);
}

export async function oldestUnrouted(web: WebContext, limit = 10): Promise<DocumentRecord[]> {
  return web.rt.ledger.listDocuments({ status: [...UNROUTED_STATUSES], limit });
}

/** How many e-mails the operations page lists. */
export const RECENT_MAIL = 25;

/** The most recent e-mails, newest first: how each ended, by id and counts (never sender or subject). */
export async function recentMail(web: WebContext, limit = RECENT_MAIL): Promise<MailMessageRecord[]> {
  return web.rt.mailLog.listRecent(limit);
}

/** Retries a dead-lettered step that operations picked from the list (by its job id). */
export async function retryDeadLetterJob(web: WebContext, jobId: string, by: string): Promise<FailedStep | undefined> {
  const job = (await web.pipeline.failedSteps()).find((d) => d.id === jobId);
  if (!job) return undefined;
  await web.pipeline.retry(job, by);
  web.nudge();
  return job;
}
