import { type Absence, type Consultant, type Directory, directorySchema, emailAddress } from './directory.ts';
import { type Discipline, DOCUMENT_TYPE_IDS, type DocumentTypeId } from './document-types.ts';

/**
 * Changes to the directory as the team lead and operations make them in the web app, and the
 * import of a whole directory: pure functions that return the new directory, or errors that name
 * the record by its id and the field (`consultants[c-002].absences.substituteId`), in Dutch and
 * English. Persisting, auditing and moving open work items is the use case's job
 * (functions/directory/manage-directory.ts).
 *
 * Rules chosen:
 * - A consultant is never removed (their id stays in routes, audit events and absences), only
 *   deactivated, and only when nothing would be left without an owner: no clients, no open work
 *   items, not a team lead, not a substitute in an absence that has not ended. The lead transfers
 *   first; then the deactivated consultant gets no new documents (routing sends to the team queue).
 * - An absence needs dates in order, no overlap with the consultant's own absences, and a
 *   substitute (optional) who is another, active consultant, not absent on any of those days.
 *   That last rule also rules out cycles (A covers B while B covers A).
 * - A client's consultant for a discipline is a consultant of that discipline's team (routing
 *   looks the team up by the discipline).
 */
export const DISCIPLINES: readonly Discipline[] = ['inkomen', 'werk'];

export type RouteSetting = { discipline: Discipline } | { team: string } | null;

export type DirectoryChange =
  | { kind: 'consultant.added'; consultant: { id: string; name: string; team: string; email?: string | undefined } }
  | { kind: 'consultant.deactivated'; consultantId: string }
  | { kind: 'absence.added'; consultantId: string; absence: Absence }
  | { kind: 'absence.removed'; consultantId: string; from: string; to: string }
  | { kind: 'client.transferred'; clientNumber: string; discipline: Discipline; toConsultantId: string }
  /** `target` null: back to the default route of the type. */
  | { kind: 'route.set'; type: DocumentTypeId; target: RouteSetting };

/** A validation error: which record and field, in both UI languages. */
export interface ChangeError {
  /** The record and field by id: `consultants[c-002].absences.substituteId`. */
  path: string;
  /** The form field it belongs to. */
  field: string;
  nl: string;
  en: string;
}

/** What the change context knows that the directory does not. */
export interface ChangeContext {
  /** Today in the organisation's timezone (YYYY-MM-DD). */
  today: string;
  /** Open work items (routed or acknowledged) per consultant id, for deactivation. */
  openItems?: (consultantId: string) => number;
}

export type ChangeResult =
  | {
      ok: true;
      directory: Directory;
      /** What changed, by ids only (no names): the audit event's data. */
      audit: Record<string, unknown>;
      /** For a transfer: who had the client. */
      previousConsultantId?: string | null;
    }
  | { ok: false; errors: ChangeError[] };

const ID = /^[\p{L}\p{N}][\p{L}\p{N}._-]{0,63}$/u;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function isDay(value: string): boolean {
  if (!ISO_DAY.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

const err = (path: string, field: string, nl: string, en: string): ChangeError => ({ path, field, nl, en });
const fail = (...errors: ChangeError[]): ChangeResult => ({ ok: false, errors });

export function isActive(c: Consultant, day: string): boolean {
  return !c.deactivatedOn || c.deactivatedOn > day;
}

const overlaps = (a: { from: string; to: string }, b: { from: string; to: string }) => a.from <= b.to && b.from <= a.to;

/** Applies one change, or says precisely what is wrong with it. The directory given is not changed. */
export function applyChange(directory: Directory, change: DirectoryChange, ctx: ChangeContext): ChangeResult {
  switch (change.kind) {
    case 'consultant.added':
      return addConsultant(directory, change.consultant);
    case 'consultant.deactivated':
      return deactivateConsultant(directory, change.consultantId, ctx);
    case 'absence.added':
      return addAbsence(directory, change.consultantId, change.absence, ctx);
    case 'absence.removed':
      return removeAbsence(directory, change.consultantId, change.from, change.to);
    case 'client.transferred':
      return transferClient(directory, change.clientNumber, change.discipline, change.toConsultantId, ctx);
    case 'route.set':
      return setRoute(directory, change.type, change.target);
  }
}

function addConsultant(directory: Directory, input: { id: string; name: string; team: string; email?: string | undefined }): ChangeResult {
  const id = input.id.trim();
  const name = input.name.trim().normalize('NFC');
  const email = input.email?.trim() || undefined;
  const path = `consultants[${id || '?'}]`;
  const errors: ChangeError[] = [];
  if (!ID.test(id))
    errors.push(
      err(
        `${path}.id`,
        'id',
        'Vul een code in van letters, cijfers, punt, streepje of liggend streepje (bijvoorbeeld c-020).',
        'Enter a code of letters, digits, dots, dashes or underscores (for example c-020).',
      ),
    );
  else if (directory.consultants.some((c) => c.id === id))
    errors.push(err(`${path}.id`, 'id', `Code ${id} is al in gebruik.`, `Code ${id} is already in use.`));
  if (!name) errors.push(err(`${path}.name`, 'name', 'Vul een naam in.', 'Enter a name.'));
  else if (name.length > 200)
    errors.push(
      err(`${path}.name`, 'name', 'De naam is te lang (ten hoogste 200 tekens).', 'The name is too long (200 characters at most).'),
    );
  if (!directory.teams.some((t) => t.id === input.team))
    errors.push(
      err(`${path}.team`, 'team', `Team ${input.team || '(leeg)'} bestaat niet.`, `Team ${input.team || '(empty)'} does not exist.`),
    );
  if (email && !emailAddress.safeParse(email).success)
    errors.push(
      err(`${path}.email`, 'email', 'Vul een e-mailadres in zoals naam@voorbeeld.nl.', 'Enter an e-mail address such as name@example.org.'),
    );
  if (errors.length) return fail(...errors);
  const consultant: Consultant = { id, name, team: input.team, absences: [], ...(email ? { email } : {}) };
  return {
    ok: true,
    directory: { ...directory, consultants: [...directory.consultants, consultant] },
    audit: { consultantId: id, team: input.team },
  };
}

function deactivateConsultant(directory: Directory, consultantId: string, ctx: ChangeContext): ChangeResult {
  const path = `consultants[${consultantId}]`;
  const consultant = directory.consultants.find((c) => c.id === consultantId);
  if (!consultant)
    return fail(err(path, 'consultantId', `Consulent ${consultantId} bestaat niet.`, `Consultant ${consultantId} does not exist.`));
  if (!isActive(consultant, ctx.today))
    return fail(
      err(`${path}.deactivatedOn`, 'consultantId', `${consultantId} is al gedeactiveerd.`, `${consultantId} is already deactivated.`),
    );
  const errors: ChangeError[] = [];
  const clients = directory.clients.filter((c) => Object.values(c.consultants).includes(consultantId)).length;
  if (clients)
    errors.push(
      err(
        path,
        'consultantId',
        `${consultantId} heeft nog ${clients} ${clients === 1 ? 'klant' : 'klanten'}: draag ze eerst over.`,
        `${consultantId} still has ${clients} ${clients === 1 ? 'client' : 'clients'}: transfer them first.`,
      ),
    );
  const open = ctx.openItems?.(consultantId) ?? 0;
  if (open)
    errors.push(
      err(
        path,
        'consultantId',
        `${consultantId} heeft nog ${open} open ${open === 1 ? 'document' : 'documenten'}: laat ze afhandelen of doorsturen.`,
        `${consultantId} still has ${open} open ${open === 1 ? 'document' : 'documents'}: have them handled or handed over.`,
      ),
    );
  const leads = directory.teams.filter((t) => t.leadId === consultantId).map((t) => t.id);
  if (leads.length)
    errors.push(
      err(
        `teams[${leads[0]}].leadId`,
        'consultantId',
        `${consultantId} is teamleider van ${leads.join(', ')}: wijs eerst een andere teamleider aan.`,
        `${consultantId} leads ${leads.join(', ')}: appoint another team lead first.`,
      ),
    );
  const covering = directory.consultants.filter((c) => c.absences.some((a) => a.substituteId === consultantId && a.to >= ctx.today));
  if (covering.length)
    errors.push(
      err(
        path,
        'consultantId',
        `${consultantId} is vervanger voor ${covering.map((c) => c.id).join(', ')}: kies daar eerst een andere vervanger.`,
        `${consultantId} is the substitute for ${covering.map((c) => c.id).join(', ')}: choose another substitute there first.`,
      ),
    );
  if (errors.length) return fail(...errors);
  return {
    ok: true,
    directory: {
      ...directory,
      consultants: directory.consultants.map((c) => (c.id === consultantId ? { ...c, deactivatedOn: ctx.today } : c)),
    },
    audit: { consultantId, deactivatedOn: ctx.today },
  };
}

function addAbsence(directory: Directory, consultantId: string, absence: Absence, ctx: ChangeContext): ChangeResult {
  const path = `consultants[${consultantId}].absences`;
  const consultant = directory.consultants.find((c) => c.id === consultantId);
  if (!consultant || !isActive(consultant, ctx.today))
    return fail(
      err(
        `consultants[${consultantId}]`,
        'consultantId',
        `Consulent ${consultantId} bestaat niet of is niet actief.`,
        `Consultant ${consultantId} does not exist or is not active.`,
      ),
    );
  const errors: ChangeError[] = [];
  const fromOk = isDay(absence.from);
  const toOk = isDay(absence.to);
  if (!fromOk) errors.push(err(`${path}.from`, 'from', 'Vul de eerste dag in als datum.', 'Enter the first day as a date.'));
  if (!toOk) errors.push(err(`${path}.to`, 'to', 'Vul de laatste dag in als datum.', 'Enter the last day as a date.'));
  if (fromOk && toOk && absence.to < absence.from)
    errors.push(err(`${path}.to`, 'to', 'De laatste dag ligt vóór de eerste dag.', 'The last day is before the first day.'));
  if (fromOk && toOk && absence.to < ctx.today)
    errors.push(err(`${path}.to`, 'to', 'Deze afwezigheid ligt helemaal in het verleden.', 'This absence lies wholly in the past.'));
  if (errors.length) return fail(...errors);
  const own = consultant.absences.find((a) => overlaps(a, absence));
  if (own)
    errors.push(
      err(
        `${path}.from`,
        'from',
        `${consultantId} is al afwezig van ${own.from} tot en met ${own.to}.`,
        `${consultantId} is already away from ${own.from} to ${own.to}.`,
      ),
    );
  const subId = absence.substituteId?.trim() || undefined;
  if (subId) {
    const sub = directory.consultants.find((c) => c.id === subId);
    if (subId === consultantId)
      errors.push(
        err(`${path}.substituteId`, 'substituteId', 'Iemand kan niet zijn eigen vervanger zijn.', 'Nobody can be their own substitute.'),
      );
    else if (!sub || !isActive(sub, ctx.today))
      errors.push(
        err(
          `${path}.substituteId`,
          'substituteId',
          `Vervanger ${subId} bestaat niet of is niet actief.`,
          `Substitute ${subId} does not exist or is not active.`,
        ),
      );
    else {
      const away = sub.absences.find((a) => overlaps(a, absence));
      if (away)
        errors.push(
          err(
            `${path}.substituteId`,
            'substituteId',
            `Vervanger ${subId} is zelf afwezig van ${away.from} tot en met ${away.to}: kies een ander.`,
            `Substitute ${subId} is away too from ${away.from} to ${away.to}: choose someone else.`,
          ),
        );
    }
  }
  if (errors.length) return fail(...errors);
  const added: Absence = { from: absence.from, to: absence.to, ...(subId ? { substituteId: subId } : {}) };
  const absences = [...consultant.absences, added].sort((a, b) => a.from.localeCompare(b.from));
  return {
    ok: true,
    directory: { ...directory, consultants: directory.consultants.map((c) => (c.id === consultantId ? { ...c, absences } : c)) },
    audit: { consultantId, from: added.from, to: added.to, substituteId: subId ?? null },
  };
}

function removeAbsence(directory: Directory, consultantId: string, from: string, to: string): ChangeResult {
  const consultant = directory.consultants.find((c) => c.id === consultantId);
  const index = consultant?.absences.findIndex((a) => a.from === from && a.to === to) ?? -1;
  if (!consultant || index < 0)
    return fail(
      err(
        `consultants[${consultantId}].absences`,
        'absence',
        `Er is geen afwezigheid van ${consultantId} van ${from} tot en met ${to}.`,
        `There is no absence of ${consultantId} from ${from} to ${to}.`,
      ),
    );
  const removed = consultant.absences[index];
  const absences = consultant.absences.filter((_, i) => i !== index);
  return {
    ok: true,
    directory: { ...directory, consultants: directory.consultants.map((c) => (c.id === consultantId ? { ...c, absences } : c)) },
    audit: { consultantId, from, to, substituteId: removed?.substituteId ?? null },
  };
}

function transferClient(
  directory: Directory,
  clientNumber: string,
  discipline: Discipline,
  toConsultantId: string,
  ctx: ChangeContext,
): ChangeResult {
  const path = `clients[${clientNumber}].consultants.${discipline}`;
  const client = directory.clients.find((c) => c.clientNumber === clientNumber);
  if (!client)
    return fail(
      err(`clients[${clientNumber}]`, 'clientNumber', `Klant ${clientNumber} bestaat niet.`, `Client ${clientNumber} does not exist.`),
    );
  if (!DISCIPLINES.includes(discipline))
    return fail(err(path, 'discipline', `Onbekend vakgebied ${discipline}.`, `Unknown discipline ${discipline}.`));
  const to = directory.consultants.find((c) => c.id === toConsultantId);
  if (!to || !isActive(to, ctx.today))
    return fail(
      err(
        path,
        'toConsultantId',
        `Consulent ${toConsultantId || '(leeg)'} bestaat niet of is niet actief.`,
        `Consultant ${toConsultantId || '(empty)'} does not exist or is not active.`,
      ),
    );
  if (to.team !== discipline)
    return fail(
      err(
        path,
        'toConsultantId',
        `${toConsultantId} hoort bij team ${to.team}, niet bij ${discipline}.`,
        `${toConsultantId} belongs to team ${to.team}, not to ${discipline}.`,
      ),
    );
  const previous = client.consultants[discipline] ?? null;
  if (previous === toConsultantId)
    return fail(
      err(
        path,
        'toConsultantId',
        `Klant ${clientNumber} hoort al bij ${toConsultantId}.`,
        `Client ${clientNumber} is already with ${toConsultantId}.`,
      ),
    );
  return {
    ok: true,
    directory: {
      ...directory,
      clients: directory.clients.map((c) =>
        c.clientNumber === clientNumber ? { ...c, consultants: { ...c.consultants, [discipline]: toConsultantId } } : c,
      ),
    },
    audit: { clientNumber, discipline, fromConsultantId: previous, toConsultantId },
    previousConsultantId: previous,
  };
}

function setRoute(directory: Directory, type: DocumentTypeId, target: RouteSetting): ChangeResult {
  const path = `routing.${type}`;
  if (!(DOCUMENT_TYPE_IDS as readonly string[]).includes(type))
    return fail(err(path, 'type', `Onbekend documenttype ${type}.`, `Unknown document type ${type}.`));
  if (target && 'team' in target && !directory.teams.some((t) => t.id === target.team))
    return fail(err(`${path}.team`, 'target', `Team ${target.team} bestaat niet.`, `Team ${target.team} does not exist.`));
  if (target && 'discipline' in target && !DISCIPLINES.includes(target.discipline))
    return fail(
      err(`${path}.discipline`, 'target', `Onbekend vakgebied ${target.discipline}.`, `Unknown discipline ${target.discipline}.`),
    );
  const routing = { ...directory.routing };
  // A route's other settings (copyTo, clientUnknown) stay when only the target changes kind: they are kept only for the same kind.
  const current = routing[type];
  if (target === null) delete routing[type];
  else if ('team' in target)
    routing[type] = {
      team: target.team,
      ...(current && 'team' in current && current.clientUnknown ? { clientUnknown: current.clientUnknown } : {}),
    };
  else routing[type] = { discipline: target.discipline, ...(current && 'discipline' in current ? pick(current) : {}) };
  return { ok: true, directory: { ...directory, routing }, audit: { type, target } };
}

function pick(route: { copyTo?: Discipline | undefined; clientUnknown?: 'team' | 'triage' | undefined }) {
  return { ...(route.copyTo ? { copyTo: route.copyTo } : {}), ...(route.clientUnknown ? { clientUnknown: route.clientUnknown } : {}) };
}

/**
 * Validates a whole directory (an import), with each error naming the record by its id rather
 * than its position: `clients[K-100234].email: expected an e-mail address …`.
 */
export function validateDirectory(json: unknown): { ok: true; directory: Directory } | { ok: false; errors: string[] } {
  const result = directorySchema.safeParse(json);
  if (result.success) return { ok: true, directory: result.data };
  return { ok: false, errors: result.error.issues.map((i) => `${recordPath(json, i.path)}: ${i.message}`) };
}

const RECORD_KEYS: Record<string, string> = { teams: 'id', consultants: 'id', clients: 'clientNumber' };

/** A zod issue path written with record ids: ['clients', 3, 'email'] → `clients[K-100234].email`. */
export function recordPath(json: unknown, path: readonly PropertyKey[]): string {
  if (!path.length) return '(root)';
  let node: unknown = json;
  let out = '';
  for (let i = 0; i < path.length; i++) {
    const key = path[i] as string | number;
    const parent = path[i - 1];
    const child = node && typeof node === 'object' ? (node as Record<string | number, unknown>)[key] : undefined;
    if (typeof key === 'number') {
      const idKey = typeof parent === 'string' ? RECORD_KEYS[parent] : undefined;
      const id = idKey && child && typeof child === 'object' ? (child as Record<string, unknown>)[idKey] : undefined;
      // An absence has no id: its dates say which one.
      const absence = parent === 'absences' && child && typeof child === 'object' ? (child as Record<string, unknown>) : undefined;
      out += typeof id === 'string' && id ? `[${id}]` : absence ? `[${String(absence.from)}..${String(absence.to)}]` : `[${key}]`;
    } else out += out ? `.${String(key)}` : String(key);
    node = child;
  }
  return out;
}

/** A summary of an import, by counts and ids only: what the audit event records. */
export function importSummary(before: Directory, after: Directory): Record<string, unknown> {
  const ids = (d: Directory) => new Set(d.consultants.map((c) => c.id));
  const clients = (d: Directory) => new Set(d.clients.map((c) => c.clientNumber));
  const [b, a, bc, ac] = [ids(before), ids(after), clients(before), clients(after)];
  return {
    teams: after.teams.length,
    consultants: after.consultants.length,
    clients: after.clients.length,
    consultantsAdded: [...a].filter((id) => !b.has(id)),
    consultantsRemoved: [...b].filter((id) => !a.has(id)),
    clientsAdded: [...ac].filter((n) => !bc.has(n)).length,
    clientsRemoved: [...bc].filter((n) => !ac.has(n)).length,
  };
}

/** Clients whose consultant for a discipline changed between two directories (an import moves open items too). */
export function clientTransfers(
  before: Directory,
  after: Directory,
): { clientNumber: string; discipline: Discipline; fromConsultantId: string; toConsultantId: string }[] {
  const old = new Map(before.clients.map((c) => [c.clientNumber, c]));
  return after.clients.flatMap((c) =>
    DISCIPLINES.flatMap((discipline) => {
      const from = old.get(c.clientNumber)?.consultants[discipline];
      const to = c.consultants[discipline];
      return from && to && from !== to ? [{ clientNumber: c.clientNumber, discipline, fromConsultantId: from, toConsultantId: to }] : [];
    }),
  );
}
