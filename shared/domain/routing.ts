import { AUTO_ROUTE_THRESHOLD, type Classification } from './classifier.ts';
import { evidenceText, type Identification } from './client-matching.ts';
import type { Consultant, Directory, Team } from './directory.ts';
import { type Discipline, DOCUMENT_TYPES, type RouteTarget } from './document-types.ts';
import { localDate, shortDate } from './local-date.ts';

/**
 * Routing: which team and consultant act on a document, with the reasons, or triage when the
 * machine is not sure. Rules are data: the directory's `routing` section over the defaults.
 */
export interface Reason {
  code: string;
  text: string;
}

export interface RouteDecision {
  status: 'routed' | 'triage';
  team: string;
  consultantId: string | null;
  queue: string;
  clientNumber: string | null;
  /** Employment contracts also go to the werk consultant, as a copy. */
  copyTo?: { team: string; consultantId: string | null; queue: string } | undefined;
  reasons: Reason[];
}

export interface RouteInput {
  classification: Classification;
  identification: Identification;
  directory: Directory;
  receivedAt: Date;
  /** Below this confidence the machine does not route on its own. */
  threshold: number;
}

/** Chosen on validation data for the precision target by `npm run train`; stored with the model. */
export const DEFAULT_ROUTE_THRESHOLD = AUTO_ROUTE_THRESHOLD;

export function routeTarget(directory: Directory, type: Classification['type']): RouteTarget {
  return directory.routing[type] ?? DOCUMENT_TYPES[type].defaultRoute;
}

function teamById(directory: Directory, id: string): Team {
  return directory.teams.find((t) => t.id === id) ?? { id, name: id, queue: id };
}

/** A decision for the triage team: nobody could route it (the reasons say why). */
export function triage(directory: Directory, clientNumber: string | null, reasons: Reason[]): RouteDecision {
  const team = teamById(directory, 'triage');
  return { status: 'triage', team: team.id, consultantId: null, queue: team.queue, clientNumber, reasons };
}

function isAbsent(c: Consultant, day: string) {
  return c.absences.find((a) => a.from <= day && day <= a.to);
}

/** The consultant who acts today: the assignee, else their substitute, else nobody (team queue). */
export function actingConsultant(
  directory: Directory,
  consultantId: string,
  day: string,
): { consultantId: string | null; reasons: Reason[] } {
  const consultant = directory.consultants.find((c) => c.id === consultantId);
  if (!consultant)
    return {
      consultantId: null,
      reasons: [{ code: 'consultant.unknown', text: `consultant ${consultantId} is not in the directory → team queue` }],
    };
  const absence = isAbsent(consultant, day);
  if (!absence) return { consultantId, reasons: [] };
  const until = shortDate(absence.to);
  const sub = absence.substituteId ? directory.consultants.find((c) => c.id === absence.substituteId) : undefined;
  if (sub && !isAbsent(sub, day))
    return {
      consultantId: sub.id,
      reasons: [{ code: 'consultant.substitute', text: `consultant ${consultantId} absent until ${until} → substitute ${sub.id}` }],
    };
  const why = sub ? `substitute ${sub.id} is absent too` : 'no substitute';
  return {
    consultantId: null,
    reasons: [{ code: 'consultant.absent', text: `consultant ${consultantId} absent until ${until}, ${why} → team queue` }],
  };
}

function disciplineRoute(directory: Directory, clientNumber: string, discipline: Discipline, day: string) {
  const client = directory.clients.find((c) => c.clientNumber === clientNumber);
  const team = teamById(directory, discipline);
  const assigned = client?.consultants[discipline];
  if (!assigned)
    return {
      team: team.id,
      queue: team.queue,
      consultantId: null,
      reasons: [{ code: 'consultant.none', text: `client ${clientNumber} has no ${discipline} consultant → team queue` }],
    };
  const acting = actingConsultant(directory, assigned, day);
  const consultant = directory.consultants.find((c) => c.id === (acting.consultantId ?? assigned));
  const actingTeam = acting.consultantId && consultant ? teamById(directory, consultant.team) : team;
  return {
    team: actingTeam.id,
    queue: actingTeam.queue,
    consultantId: acting.consultantId,
    reasons: acting.reasons.length ? acting.reasons : [{ code: 'consultant.assigned', text: `${discipline} consultant ${assigned}` }],
  };
}

export function decideRoute(input: RouteInput): RouteDecision {
  const { classification: cls, identification: id, directory, threshold } = input;
  const day = localDate(input.receivedAt, directory.organisation.timezone);
  const info = DOCUMENT_TYPES[cls.type];
  const reasons: Reason[] = [{ code: 'type', text: `type ${cls.type} ${cls.confidence.toFixed(2)}` }];
  const clientNumber = id.status === 'identified' ? id.clientNumber : null;

  if (id.status === 'identified') reasons.push({ code: 'client', text: `client ${id.clientNumber} via ${evidenceText(id.via)}` });
  for (const note of id.notes) reasons.push({ code: 'client.note', text: note });

  const guesses = (): Reason[] =>
    cls.alternatives
      .filter((a) => a.confidence >= 0.01)
      .map((a) => ({ code: 'guess', text: `alternative ${a.type} ${a.confidence.toFixed(2)}` }));

  if (cls.type === 'other')
    return triage(directory, clientNumber, [...reasons, { code: 'type.unknown', text: 'document type not recognised' }, ...guesses()]);
  if (cls.confidence < threshold)
    return triage(directory, clientNumber, [
      ...reasons,
      { code: 'type.uncertain', text: `confidence ${cls.confidence.toFixed(2)} below threshold ${threshold.toFixed(2)}` },
      ...guesses(),
    ]);
  if (id.status === 'conflict')
    return triage(directory, null, [
      ...reasons,
      ...id.candidates.map((c) => ({ code: 'client.conflict', text: `evidence points to client ${c}` })),
    ]);
  if (!clientNumber && !info.acceptsUnknownClient)
    return triage(directory, null, [...reasons, { code: 'client.none', text: 'no client found' }]);

  const target = routeTarget(directory, cls.type);
  if ('team' in target) {
    const team = teamById(directory, target.team);
    if (team.id === 'triage') return triage(directory, clientNumber, reasons);
    reasons.push({ code: 'route.team', text: `${cls.type} goes to team ${team.id}` });
    return { status: 'routed', team: team.id, consultantId: null, queue: team.queue, clientNumber, reasons };
  }
  // A discipline route needs a client: guaranteed above, since such types never accept unknown clients.
  const main = disciplineRoute(directory, clientNumber as string, target.discipline, day);
  reasons.push(...main.reasons);
  let copyTo: RouteDecision['copyTo'];
  if (target.copyTo) {
    const copy = disciplineRoute(directory, clientNumber as string, target.copyTo, day);
    copyTo = { team: copy.team, consultantId: copy.consultantId, queue: copy.queue };
    reasons.push({ code: 'route.copy', text: `copy to ${target.copyTo} ${copy.consultantId ?? `team ${copy.team}`}` });
  }
  return { status: 'routed', team: main.team, consultantId: main.consultantId, queue: main.queue, clientNumber, copyTo, reasons };
}
