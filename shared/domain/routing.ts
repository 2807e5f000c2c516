import { AUTO_ROUTE_THRESHOLD, type Classification } from './classifier.ts';
import { evidenceFor, evidenceText, type Identification } from './client-matching.ts';
import { DATA_PROTECTION_RIGHTS, type DataProtectionRequest } from './data-protection-request.ts';
import type { Consultant, Directory, Team } from './directory.ts';
import { type Discipline, DOCUMENT_TYPES, type DocumentTypeId, type RouteTarget } from './document-types.ts';
import { localDate } from './local-date.ts';
import { dayMonth, listed, type Reason, reason } from './reason.ts';

/**
 * Routing: which team and consultant act on a document, with the reasons, or triage when the
 * machine is not sure. Rules are data: the directory's `routing` section over the defaults.
 */
export type { Reason } from './reason.ts';

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
  /**
   * The confidence a document needs when no client is found and its type's team takes it: the type
   * alone decides where it goes, with no client's consultant behind it, so a wrong type is always a
   * lost paper. Default: `threshold`.
   */
  typeRouteThreshold?: number | undefined;
  /** The writer asks to see, correct or erase their personal data (AVG): a person picks who answers. */
  dataProtectionRequest?: DataProtectionRequest | null | undefined;
  /** The document's language (ISO 639-1, 'und' when unclear); unknown when not given. */
  language?: string | undefined;
}

/**
 * The model's thresholds are chosen on held-out documents in the languages its corpus is written
 * in: Dutch, English, Turkish, Polish, Ukrainian and Arabic. In any other language, or when the
 * text says too little to tell (poor OCR), its confidence is not calibrated, so it routes only
 * when it is as sure as it is of the clearest Dutch documents.
 */
const CALIBRATED_LANGUAGES = new Set(['nl', 'en', 'tr', 'pl', 'uk', 'ar']);
export const UNCALIBRATED_LANGUAGE_THRESHOLD = 0.95;

/** The confidence a document needs to be routed without a person, given its language. */
export function thresholdFor(threshold: number, language: string | undefined): number {
  return language === undefined || CALIBRATED_LANGUAGES.has(language) ? threshold : Math.max(threshold, UNCALIBRATED_LANGUAGE_THRESHOLD);
}

/**
 * Types whose procedure includes seeing the file (the documents of a decision under objection, Awb
 * 7:4; a complaint or an appeal about how a file was handled): a request to see it inside one
 * stays with its team. Not an application for income support: a letter asking to see one's data
 * that reads like an application (the word for a request and for an application is one word in
 * Polish, Turkish, Arabic) is a request under the AVG.
 */
const OWN_PROCEDURE = new Set<DocumentTypeId>(['objection', 'complaint', 'court_document']);

/** Chosen on validation data for the precision target by `npm run train`; stored with the model. */
export const DEFAULT_ROUTE_THRESHOLD = AUTO_ROUTE_THRESHOLD;

export function routeTarget(directory: Directory, type: Classification['type']): RouteTarget {
  return directory.routing[type] ?? DOCUMENT_TYPES[type].defaultRoute;
}

/** Whether a document of this type without a known client goes to its route's team queue. */
export function routesWithoutClient(directory: Directory, type: Classification['type']): boolean {
  const unknown = routeTarget(directory, type).clientUnknown;
  return unknown ? unknown === 'team' : DOCUMENT_TYPES[type].acceptsUnknownClient;
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

const nameOf = (directory: Directory, consultantId: string) =>
  directory.consultants.find((c) => c.id === consultantId)?.name ?? consultantId;
const percent = (confidence: number) => `${Math.round(confidence * 100)}%`;
const typeName = (type: DocumentTypeId, language: 'nl' | 'en') => DOCUMENT_TYPES[type][language];

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
      reasons: [
        reason(
          'consultant.unknown',
          `consulent ${consultantId} staat niet in de medewerkerslijst, daarom naar de teambak`,
          `consultant ${consultantId} is not in the directory, so to the team queue`,
        ),
      ],
    };
  if (consultant.deactivatedOn && consultant.deactivatedOn <= day)
    return {
      consultantId: null,
      reasons: [
        reason(
          'consultant.inactive',
          `${consultant.name} werkt hier niet meer, daarom naar de teambak`,
          `${consultant.name} no longer works here, so to the team queue`,
        ),
      ],
    };
  const absence = isAbsent(consultant, day);
  if (!absence) return { consultantId, reasons: [] };
  const until = { nl: dayMonth(absence.to, 'nl'), en: dayMonth(absence.to, 'en') };
  const sub = absence.substituteId ? directory.consultants.find((c) => c.id === absence.substituteId) : undefined;
  if (sub && !isAbsent(sub, day) && !(sub.deactivatedOn && sub.deactivatedOn <= day))
    return {
      consultantId: sub.id,
      reasons: [
        reason(
          'consultant.substitute',
          `${consultant.name} is afwezig tot en met ${until.nl}, daarom naar vervanger ${sub.name}`,
          `${consultant.name} is away until ${until.en}, so to substitute ${sub.name}`,
        ),
      ],
    };
  const why = sub
    ? { nl: `vervanger ${sub.name} is ook afwezig`, en: `substitute ${sub.name} is away too` }
    : { nl: 'er is geen vervanger', en: 'there is no substitute' };
  return {
    consultantId: null,
    reasons: [
      reason(
        'consultant.absent',
        `${consultant.name} is afwezig tot en met ${until.nl} en ${why.nl}, daarom naar de teambak`,
        `${consultant.name} is away until ${until.en} and ${why.en}, so to the team queue`,
      ),
    ],
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
      reasons: [
        reason(
          'consultant.none',
          `klant ${clientNumber} heeft geen consulent ${discipline}, daarom naar de bak van ${team.name}`,
          `client ${clientNumber} has no ${discipline} consultant, so to the queue of ${team.name}`,
        ),
      ],
    };
  const acting = actingConsultant(directory, assigned, day);
  const consultant = directory.consultants.find((c) => c.id === (acting.consultantId ?? assigned));
  const actingTeam = acting.consultantId && consultant ? teamById(directory, consultant.team) : team;
  const to = !acting.consultantId
    ? reason('route.team', `naar de bak van ${actingTeam.name}`, `to the queue of ${actingTeam.name}`)
    : acting.consultantId === assigned
      ? reason(
          'consultant.assigned',
          `naar ${nameOf(directory, assigned)} (${actingTeam.name}): consulent ${discipline} van klant ${clientNumber}`,
          `to ${nameOf(directory, assigned)} (${actingTeam.name}): ${discipline} consultant of client ${clientNumber}`,
        )
      : reason(
          'consultant.substitute-for',
          `naar ${nameOf(directory, acting.consultantId)} (${actingTeam.name}), vervanger van de consulent ${discipline} van klant ${clientNumber}`,
          `to ${nameOf(directory, acting.consultantId)} (${actingTeam.name}), substitute for the ${discipline} consultant of client ${clientNumber}`,
        );
  return { team: actingTeam.id, queue: actingTeam.queue, consultantId: acting.consultantId, reasons: [to, ...acting.reasons] };
}

export function decideRoute(input: RouteInput): RouteDecision {
  const { classification: cls, identification: id, directory } = input;
  const threshold = thresholdFor(input.threshold, input.language);
  const day = localDate(input.receivedAt, directory.organisation.timezone);
  const reasons: Reason[] = [
    reason(
      'type',
      `soort document: ${typeName(cls.type, 'nl')} (zekerheid ${percent(cls.confidence)})`,
      `document type: ${typeName(cls.type, 'en')} (confidence ${percent(cls.confidence)})`,
    ),
  ];
  const clientNumber = id.status === 'identified' ? id.clientNumber : null;

  if (id.status === 'identified') {
    const kinds = evidenceFor(id.evidence, id.clientNumber).filter((k) => k !== 'name');
    reasons.push(
      reason(
        'client',
        `klant ${id.clientNumber} herkend aan ${evidenceText(kinds, 'nl')}`,
        `client ${id.clientNumber} recognised by ${evidenceText(kinds, 'en')}`,
      ),
    );
  }
  reasons.push(...id.notes);

  const guesses = (): Reason[] =>
    cls.alternatives
      .filter((a) => a.confidence >= 0.01)
      .map((a) =>
        reason(
          'guess',
          `misschien ${typeName(a.type, 'nl')} (${percent(a.confidence)})`,
          `perhaps ${typeName(a.type, 'en')} (${percent(a.confidence)})`,
        ),
      );

  // A request under the AVG is what the letter is about, whatever the type looks like, unless it
  // is a request to see the file inside a procedure of its own (an objection asking for the file).
  const request = input.dataProtectionRequest;
  if (request && !(OWN_PROCEDURE.has(cls.type) && request.rights.every((r) => r === 'access'))) {
    const rights = (lang: 'nl' | 'en') =>
      listed(
        request.rights.map((r) => DATA_PROTECTION_RIGHTS[r][lang]),
        lang,
      );
    return triage(directory, clientNumber, [
      ...reasons,
      reason(
        'data-protection',
        `verzoek op grond van de AVG (${rights('nl')}, ${request.law}): een mens bepaalt wie het beantwoordt, binnen een maand`,
        `a request under the GDPR (${rights('en')}, ${request.law}): a person decides who answers it, within one month`,
      ),
    ]);
  }
  if (cls.type === 'other')
    return triage(directory, clientNumber, [
      ...reasons,
      reason('type.unknown', 'soort document niet herkend: een mens beslist', 'document type not recognised: a person decides'),
      ...guesses(),
    ]);
  if (cls.confidence < threshold)
    return triage(directory, clientNumber, [
      ...reasons,
      reason(
        'type.uncertain',
        `te onzeker over de soort (${percent(cls.confidence)}, nodig is ${percent(threshold)}${threshold > input.threshold ? ' voor een document in een taal waarin het model niet is getoetst' : ''}): een mens beslist`,
        `not sure enough of the type (${percent(cls.confidence)}, ${percent(threshold)} needed${threshold > input.threshold ? ' for a document in a language the model was not tested in' : ''}): a person decides`,
      ),
      ...guesses(),
    ]);
  if (id.status === 'conflict')
    return triage(directory, null, [
      ...reasons,
      ...id.candidates.map((c) => {
        const kinds = evidenceFor(id.evidence, c);
        return reason(
          'client.conflict',
          `${evidenceText(kinds, 'nl')} ${kinds.length > 1 ? 'wijzen' : 'wijst'} naar klant ${c}`,
          `${evidenceText(kinds, 'en')} ${kinds.length > 1 ? 'point' : 'points'} to client ${c}`,
        );
      }),
      reason(
        'client.conflicting',
        `de gegevens spreken elkaar tegen (${listed(id.candidates, 'nl')}): een mens beslist`,
        `the evidence disagrees (${listed(id.candidates, 'en')}): a person decides`,
      ),
    ]);
  const target = routeTarget(directory, cls.type);
  if (!clientNumber && !routesWithoutClient(directory, cls.type))
    return triage(directory, null, [
      ...reasons,
      reason('client.none', 'geen klant gevonden: een mens zoekt uit voor wie het is', 'no client found: a person finds out whose it is'),
    ]);
  const typeRouteThreshold = thresholdFor(Math.max(input.threshold, input.typeRouteThreshold ?? 0), input.language);
  if (!clientNumber && cls.confidence < typeRouteThreshold)
    return triage(directory, null, [
      ...reasons,
      reason(
        'type.uncertain-without-client',
        `geen klant gevonden, en te onzeker over de soort om alleen daarop te verdelen (${percent(cls.confidence)}, nodig is ${percent(typeRouteThreshold)}): een mens beslist`,
        `no client found, and not sure enough of the type to route on it alone (${percent(cls.confidence)}, ${percent(typeRouteThreshold)} needed): a person decides`,
      ),
      ...guesses(),
    ]);
  if (!clientNumber)
    reasons.push(
      reason(
        'client.unknown',
        `klant onbekend; een ${typeName(cls.type, 'nl')} hoort zonder klant bij het team`,
        `client unknown; a ${typeName(cls.type, 'en')} without a client belongs to the team`,
      ),
    );

  if ('team' in target || !clientNumber) {
    const team = teamById(directory, 'team' in target ? target.team : target.discipline);
    if (team.id === 'triage') return triage(directory, clientNumber, reasons);
    reasons.push(
      reason(
        'route.team',
        `naar de bak van ${team.name}: dit team behandelt een ${typeName(cls.type, 'nl')}`,
        `to the queue of ${team.name}: this team handles a ${typeName(cls.type, 'en')}`,
      ),
    );
    return { status: 'routed', team: team.id, consultantId: null, queue: team.queue, clientNumber, reasons };
  }
  const main = disciplineRoute(directory, clientNumber, target.discipline, day);
  reasons.push(...main.reasons);
  let copyTo: RouteDecision['copyTo'];
  if (target.copyTo) {
    const copy = disciplineRoute(directory, clientNumber, target.copyTo, day);
    copyTo = { team: copy.team, consultantId: copy.consultantId, queue: copy.queue };
    const who = copy.consultantId ? nameOf(directory, copy.consultantId) : teamById(directory, copy.team).name;
    reasons.push(reason('route.copy', `een kopie naar ${who} (${target.copyTo})`, `a copy to ${who} (${target.copyTo})`));
  }
  return { status: 'routed', team: main.team, consultantId: main.consultantId, queue: main.queue, clientNumber, copyTo, reasons };
}
