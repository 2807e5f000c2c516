import { ALERT_KIND_NAMES, type AlertRecord, alertText } from '../../shared/domain/alert.ts';
import type { Directory } from '../../shared/domain/directory.ts';
import { localTime } from '../../shared/domain/sweep-rules.ts';
import type { Logger, Mailer } from '../../shared/ports.ts';

/**
 * Alert e-mails: each raised alert goes by e-mail to whoever its audience names, operations by
 * default (`OPS_EMAIL`, else the triage team's address). The text is the alert's own message, in
 * plain Dutch with the English below it: receipt and client numbers, team and staff names, times;
 * never a client's name, a BSN or the document's text. One message per alert (idempotency key = alert id).
 */
export interface AlertMailDeps {
  mailer: Mailer;
  directory: Directory;
  logger: Logger;
  /** OPS_EMAIL; defaults to the triage team's e-mail address. */
  opsEmail?: string | undefined;
}

export interface AlertMailReport {
  sent: string[];
  /** Alerts without any address to send to. */
  unaddressed: string[];
  failed: string[];
}

/** The operations mailbox: OPS_EMAIL, else the triage team's address. */
export function operationsAddress(directory: Directory, opsEmail?: string): string | undefined {
  return opsEmail ?? directory.teams.find((t) => t.id === 'triage')?.email;
}

/**
 * The e-mail address for an alert audience, falling back from person to team to operations:
 * `consultant:<id>` → the consultant, else their team; `team:<id>` → the team mailbox;
 * `lead:<team>` → the team lead, else the team mailbox; anything else → operations.
 */
export function recipientFor(audience: string, directory: Directory, opsEmail?: string): string | undefined {
  const ops = operationsAddress(directory, opsEmail);
  const [role, id] = audience.split(':', 2) as [string, string | undefined];
  const team = (teamId: string | undefined) => directory.teams.find((t) => t.id === teamId);
  const consultant = (consultantId: string | undefined) => directory.consultants.find((c) => c.id === consultantId);
  switch (role) {
    case 'consultant': {
      const c = consultant(id);
      return c?.email ?? team(c?.team)?.email ?? ops;
    }
    case 'team':
      return team(id)?.email ?? ops;
    case 'lead': {
      const t = team(id);
      return consultant(t?.leadId)?.email ?? t?.email ?? ops;
    }
    default:
      return ops;
  }
}

export function alertMail(alert: AlertRecord, timeZone: string): { subject: string; text: string } {
  const receipt = typeof alert.data.receiptNumber === 'string' ? alert.data.receiptNumber : null;
  const subject = `[postkamer] ${ALERT_KIND_NAMES.nl[alert.kind] ?? alert.kind}${receipt ? ` · ontvangstbewijs ${receipt}` : ''}`;
  const nl = alertText(alert, 'nl');
  const en = alertText(alert, 'en');
  const raised = (lang: 'nl' | 'en') => localTime(new Date(alert.raisedAt), timeZone, lang);
  const due = (lang: 'nl' | 'en') => (alert.dueSince ? localTime(new Date(alert.dueSince), timeZone, lang) : undefined);
  const lines = [
    nl.text,
    '',
    `Melding van ${raised('nl')}${due('nl') ? `, te laat sinds ${due('nl')}` : ''}.`,
    'Handel het af in postkamer, of op de opdrachtregel: postkamer alerts ack|resolve <meldingsnummer>.',
    'Dit bericht noemt geen klantnamen en geen inhoud; het document zelf staat in postkamer.',
    '',
    '— English —',
    '',
    ...(nl.lang === 'nl' ? [en.text, ''] : []),
    `Alert raised ${raised('en')}${due('en') ? `, due since ${due('en')}` : ''}.`,
    'Act on it in postkamer, or on the command line: postkamer alerts ack|resolve <alert id>.',
    'This message holds no client names and no content; the document itself is in postkamer.',
    '',
    `Melding / alert: ${alert.id} (${alert.kind})`,
    alert.documentId ? `Document: ${alert.documentId}` : undefined,
  ];
  return { subject, text: lines.filter((l) => l !== undefined).join('\n') };
}

/** Sends one e-mail per alert. A failed send is logged and reported, never thrown: the alert itself stands. */
export async function mailAlerts(deps: AlertMailDeps, alerts: readonly AlertRecord[]): Promise<AlertMailReport> {
  const report: AlertMailReport = { sent: [], unaddressed: [], failed: [] };
  for (const alert of alerts) {
    const to = recipientFor(alert.audience, deps.directory, deps.opsEmail);
    if (!to) {
      report.unaddressed.push(alert.id);
      deps.logger.warn('alert has no e-mail recipient', { alertId: alert.id, kind: alert.kind, audience: alert.audience });
      continue;
    }
    try {
      await deps.mailer.send({ to, ...alertMail(alert, deps.directory.organisation.timezone), idempotencyKey: `alert:${alert.id}` });
      report.sent.push(alert.id);
    } catch (error) {
      report.failed.push(alert.id);
      deps.logger.error('alert mail failed', { alertId: alert.id, kind: alert.kind, error: (error as Error).name });
    }
  }
  return report;
}
