import { html } from 'hono/html';
import { changeDirectory, importDirectory } from '../../../functions/directory/manage-directory.ts';
import type { Consultant, Directory } from '../../../shared/domain/directory.ts';
import {
  type ChangeError,
  DISCIPLINES,
  type DirectoryChange,
  isActive,
  type RouteSetting,
} from '../../../shared/domain/directory-changes.ts';
import { WORK_ITEM_STATUSES } from '../../../shared/domain/document.ts';
import { type Discipline, DOCUMENT_TYPE_IDS, DOCUMENT_TYPES, type DocumentTypeId } from '../../../shared/domain/document-types.ts';
import { requireArea } from '../auth.ts';
import { searchClients } from '../client-search.ts';
import { type Ctx, currentUser, directoryNow, field, formData, type WebApp, type WebContext } from '../context.ts';
import { defineMessages, type Lang } from '../i18n.ts';
import { csrfField, errorSummary, type FieldError, fieldError, type Html, notice, page, type View, view } from '../layout.ts';
import { SpooledFile } from '../upload-spool.ts';
import type { WebUser } from '../users.ts';

/**
 * Directory management in the web app. Who may do what:
 * - operations and admin: every team: consultants, absences, client transfers, team routes per
 *   type, and the directory JSON (download, upload);
 * - a team lead (a consultant whose id is a team's `leadId`): their team's consultants, absences
 *   and clients;
 * - every consultant: their own absences, with a substitute (a "buddy") from their own team.
 * Changes take effect at once (no restart) and are audited (functions/directory/manage-directory.ts).
 */
const messages = defineMessages(
  {
    title: 'Medewerkers en klanten',
    intro: 'Wijzigingen gelden meteen: het volgende document gaat al volgens de nieuwe gegevens. Elke wijziging wordt vastgelegd.',
    team: (name: string) => name,
    consultantsCaption: (team: string) => `Consulenten van ${team}`,
    name: 'Naam',
    code: 'Code',
    status: 'Status',
    active: 'Actief',
    inactive: (day: string) => `Gedeactiveerd sinds ${day}`,
    absences: 'Afwezig',
    none: 'Geen',
    actions: 'Acties',
    absenceText: (from: string, to: string, sub: string | null) => `${from} t/m ${to}${sub ? `, vervanger ${sub}` : ', geen vervanger'}`,
    removeAbsence: (who: string, from: string) => `Afwezigheid van ${who} vanaf ${from} verwijderen`,
    remove: 'Verwijderen',
    deactivate: 'Deactiveren',
    deactivateLabel: (who: string) => `${who} deactiveren`,
    absenceTitle: 'Afwezigheid invoeren',
    absenceOwnTitle: 'Mijn afwezigheid invoeren',
    absenceHint: 'Zolang iemand afwezig is, gaan nieuwe documenten naar de vervanger; zonder vervanger naar de teambak.',
    consultant: 'Consulent',
    from: 'Eerste dag',
    to: 'Laatste dag',
    substitute: 'Vervanger',
    substituteHint: 'Een actieve collega die op die dagen zelf niet afwezig is.',
    noSubstitute: 'Geen vervanger (naar de teambak)',
    saveAbsence: 'Afwezigheid opslaan',
    myAbsences: 'Mijn afwezigheid',
    addTitle: 'Consulent toevoegen',
    codeHint: 'Een vaste code, bijvoorbeeld c-020. Die blijft, ook als de naam verandert.',
    email: 'E-mailadres (niet verplicht)',
    addSubmit: 'Consulent toevoegen',
    clientsTitle: 'Klanten',
    searchLabel: 'Klantnummer of naam',
    search: 'Zoeken',
    searchHint: 'Accenten tellen niet mee: "yilmaz" vindt ook "Yılmaz".',
    clientsCaption: 'Gevonden klanten',
    clientNumber: 'Klantnummer',
    noClients: 'Geen klanten gevonden.',
    transfer: 'Overdragen',
    transferLabel: (client: string, d: string) => `Klant ${client} (${d}) overdragen`,
    routesTitle: 'Teamroutes per documentsoort',
    routesCaption: 'Waar elke documentsoort heen gaat',
    type: 'Documentsoort',
    route: 'Route',
    routeDefault: (label: string) => `Standaard (${label})`,
    routeDiscipline: (d: string) => `Consulent ${d} van de klant`,
    routeTeam: (team: string) => `Team: ${team}`,
    target: 'Nieuwe route',
    setRoute: 'Route opslaan',
    dataTitle: 'Importeren en exporteren',
    dataIntro:
      'Voor gemeenten die de gegevens uit hun klantsysteem overnemen. Een import vervangt alles en wordt eerst helemaal gecontroleerd.',
    export: 'Gegevens downloaden (JSON)',
    importFile: 'JSON-bestand',
    dryRun: 'Alleen controleren, niets wijzigen',
    importSubmit: 'Importeren',
    importErrors: 'Het bestand is niet goed:',
    transferTitle: 'Klant overdragen',
    transferIntro: (client: string, d: string, from: string) => `Klant ${client}, vakgebied ${d}, nu bij ${from}.`,
    newConsultant: 'Nieuwe consulent',
    next: 'Verder',
    confirmTitle: 'Overdracht bevestigen',
    confirmText: (client: string, from: string, to: string, open: number) =>
      `Klant ${client} gaat van ${from} naar ${to}. ${open === 1 ? '1 open document gaat' : `${open} open documenten gaan`} mee naar ${to}.`,
    confirm: 'Overdracht bevestigen',
    cancel: 'Annuleren',
    nobody: 'niemand',
    done: {
      'absence.added': 'De afwezigheid is opgeslagen. Nieuwe documenten gaan vanaf nu naar de vervanger.',
      'absence.removed': 'De afwezigheid is verwijderd.',
      'consultant.added': 'De consulent is toegevoegd.',
      'consultant.deactivated': 'De consulent is gedeactiveerd en krijgt geen nieuwe documenten meer.',
      'client.transferred': 'De klant is overgedragen.',
      'route.set': 'De route is opgeslagen.',
      imported: 'De gegevens zijn geïmporteerd.',
      checked: 'Het bestand is goed; er is niets gewijzigd.',
    } as Record<string, string>,
    moved: (n: number) => (n === 1 ? '1 open document is meegegaan.' : `${n} open documenten zijn meegegaan.`),
    notAllowed: 'Dat mag u hier niet wijzigen.',
  },
  {
    title: 'Directory',
    intro: 'Changes apply at once: the next document already follows them. Every change is recorded.',
    team: (name: string) => name,
    consultantsCaption: (team: string) => `Consultants of ${team}`,
    name: 'Name',
    code: 'Code',
    status: 'Status',
    active: 'Active',
    inactive: (day: string) => `Deactivated since ${day}`,
    absences: 'Away',
    none: 'None',
    actions: 'Actions',
    absenceText: (from: string, to: string, sub: string | null) => `${from} to ${to}${sub ? `, substitute ${sub}` : ', no substitute'}`,
    removeAbsence: (who: string, from: string) => `Remove the absence of ${who} from ${from}`,
    remove: 'Remove',
    deactivate: 'Deactivate',
    deactivateLabel: (who: string) => `Deactivate ${who}`,
    absenceTitle: 'Enter an absence',
    absenceOwnTitle: 'Enter my absence',
    absenceHint: 'While someone is away, new documents go to the substitute; without one, to the team queue.',
    consultant: 'Consultant',
    from: 'First day',
    to: 'Last day',
    substitute: 'Substitute',
    substituteHint: 'An active colleague who is not away on those days.',
    noSubstitute: 'No substitute (to the team queue)',
    saveAbsence: 'Save absence',
    myAbsences: 'My absences',
    addTitle: 'Add a consultant',
    codeHint: 'A fixed code, for example c-020. It stays when the name changes.',
    email: 'E-mail address (optional)',
    addSubmit: 'Add consultant',
    clientsTitle: 'Clients',
    searchLabel: 'Client number or name',
    search: 'Search',
    searchHint: 'Accents do not matter: "yilmaz" also finds "Yılmaz".',
    clientsCaption: 'Clients found',
    clientNumber: 'Client number',
    noClients: 'No clients found.',
    transfer: 'Transfer',
    transferLabel: (client: string, d: string) => `Transfer client ${client} (${d})`,
    routesTitle: 'Team routes per document type',
    routesCaption: 'Where each document type goes',
    type: 'Document type',
    route: 'Route',
    routeDefault: (label: string) => `Default (${label})`,
    routeDiscipline: (d: string) => `The client's ${d} consultant`,
    routeTeam: (team: string) => `Team: ${team}`,
    target: 'New route',
    setRoute: 'Save route',
    dataTitle: 'Import and export',
    dataIntro: 'For municipalities that take the data from their client system. An import replaces everything and is checked whole first.',
    export: 'Download the data (JSON)',
    importFile: 'JSON file',
    dryRun: 'Only check, change nothing',
    importSubmit: 'Import',
    importErrors: 'The file is not right:',
    transferTitle: 'Transfer a client',
    transferIntro: (client: string, d: string, from: string) => `Client ${client}, discipline ${d}, now with ${from}.`,
    newConsultant: 'New consultant',
    next: 'Next',
    confirmTitle: 'Confirm the transfer',
    confirmText: (client: string, from: string, to: string, open: number) =>
      `Client ${client} goes from ${from} to ${to}. ${open === 1 ? '1 open document goes' : `${open} open documents go`} along to ${to}.`,
    confirm: 'Confirm transfer',
    cancel: 'Cancel',
    nobody: 'nobody',
    done: {
      'absence.added': 'The absence is saved. New documents now go to the substitute.',
      'absence.removed': 'The absence is removed.',
      'consultant.added': 'The consultant is added.',
      'consultant.deactivated': 'The consultant is deactivated and gets no new documents.',
      'client.transferred': 'The client is transferred.',
      'route.set': 'The route is saved.',
      imported: 'The data is imported.',
      checked: 'The file is valid; nothing was changed.',
    } as Record<string, string>,
    moved: (n: number) => (n === 1 ? '1 open document went along.' : `${n} open documents went along.`),
    notAllowed: 'You may not change that here.',
  },
);

/** What this user may manage: every team (operations, admin), the teams they lead, or only themself. */
interface Scope {
  all: boolean;
  teams: string[];
  self: string | null;
}

function scopeOf(user: WebUser, directory: Directory): Scope {
  const all = user.roles.includes('operations') || user.roles.includes('admin');
  const self = user.roles.includes('consultant') ? (user.consultantId ?? null) : null;
  const teams = all ? directory.teams.map((t) => t.id) : directory.teams.filter((t) => self && t.leadId === self).map((t) => t.id);
  return { all, teams, self };
}

const managesConsultant = (scope: Scope, directory: Directory, id: string) =>
  scope.teams.includes(directory.consultants.find((c) => c.id === id)?.team ?? '\0');

/** Who may stand in for `consultantId`: active colleagues of the same team (anyone active, for operations). */
function buddiesOf(scope: Scope, directory: Directory, consultantId: string | undefined, today: string): Consultant[] {
  const team = directory.consultants.find((c) => c.id === consultantId)?.team;
  return directory.consultants.filter((c) => c.id !== consultantId && isActive(c, today) && (scope.all || c.team === team));
}

const nameOf = (directory: Directory, id: string | undefined | null, fallback: string) =>
  (id && directory.consultants.find((c) => c.id === id)?.name) || id || fallback;

/** Form field ids are prefixed with their form, so each error links to the right field. */
const toFieldErrors = (form: string, errors: ChangeError[], lang: Lang): FieldError[] =>
  errors.map((e) => ({ field: `${form}-${e.field}`, message: lang === 'en' ? e.en : e.nl }));

interface PageState {
  errors?: FieldError[];
  values?: Record<string, string>;
  importErrors?: string[];
}

function input(
  errors: FieldError[],
  id: string,
  label: string,
  o: { type?: string; value?: string; required?: boolean; hint?: string; autocomplete?: string } = {},
): Html {
  const f = fieldError(errors, id);
  const hint = o.hint ? html`<p class="hint" id="${id}-hint">${o.hint}</p>` : '';
  const described = [o.hint ? `${id}-hint` : '', errors.some((e) => e.field === id) ? `${id}-error` : ''].filter(Boolean).join(' ');
  return html`<label for="${id}">${label}</label>${hint}${f.message}
    <input type="${o.type ?? 'text'}" id="${id}" name="${id.replace(/^[a-z]+-/, '')}" value="${o.value ?? ''}"${o.required ? html` required` : ''}${o.autocomplete ? html` autocomplete="${o.autocomplete}"` : ''}${described ? html` aria-describedby="${described}"` : ''}${errors.some((e) => e.field === id) ? html` aria-invalid="true"` : ''}>`;
}

function select(
  errors: FieldError[],
  id: string,
  label: string,
  options: { value: string; label: string }[],
  o: { value?: string; hint?: string } = {},
): Html {
  const f = fieldError(errors, id);
  const hint = o.hint ? html`<p class="hint" id="${id}-hint">${o.hint}</p>` : '';
  const described = [o.hint ? `${id}-hint` : '', errors.some((e) => e.field === id) ? `${id}-error` : ''].filter(Boolean).join(' ');
  return html`<label for="${id}">${label}</label>${hint}${f.message}
    <select id="${id}" name="${id.replace(/^[a-z]+-/, '')}"${described ? html` aria-describedby="${described}"` : ''}${errors.some((e) => e.field === id) ? html` aria-invalid="true"` : ''}>
      ${options.map((x) => html`<option value="${x.value}"${o.value === x.value ? html` selected` : ''}>${x.label}</option>`)}
    </select>`;
}

async function directoryPage(web: WebContext, c: Ctx, state: PageState = {}) {
  const v = view(c);
  const m = messages(v.lang);
  const user = currentUser(c);
  const { directory, today } = await directoryNow(web);
  const scope = scopeOf(user, directory);
  const errors = state.errors ?? [];
  const values = state.values ?? {};
  const done = c.req.query('done');
  const moved = Number(c.req.query('moved') ?? '');
  const teams = directory.teams.filter((t) => scope.teams.includes(t.id));
  const managed = directory.consultants.filter((x) => scope.teams.includes(x.team));
  const absenceFor = managed.length ? managed.filter((x) => isActive(x, today)) : directory.consultants.filter((x) => x.id === scope.self);
  const chosen = values.consultantId ?? scope.self ?? absenceFor[0]?.id;
  const q = c.req.query('q') ?? '';
  const clients = q && teams.length ? clientsInScope(directory, scope, q) : [];
  const me = directory.consultants.find((x) => x.id === scope.self);

  const absenceList = (x: Consultant) =>
    x.absences.length
      ? html`<ul class="plain">${x.absences.map(
          (a) =>
            html`<li>${m.absenceText(a.from, a.to, a.substituteId ? nameOf(directory, a.substituteId, a.substituteId) : null)}
            <form method="post" action="/directory/absences/remove" class="inline">${csrfField(v)}
              <input type="hidden" name="consultantId" value="${x.id}"><input type="hidden" name="from" value="${a.from}"><input type="hidden" name="to" value="${a.to}">
              <button type="submit" class="link-button" aria-label="${m.removeAbsence(x.name, a.from)}">${m.remove}</button></form></li>`,
        )}</ul>`
      : m.none;

  const body = html`<h1>${m.title}</h1>
<p class="lead">${m.intro}</p>
${done && m.done[done] ? notice(`${m.done[done]}${moved > 0 ? ` ${m.moved(moved)}` : ''}`) : ''}
${errorSummary(v, errors)}
${teams.map(
  (t) => html`<section aria-labelledby="team-${t.id}">
  <h2 id="team-${t.id}">${m.team(t.name)}</h2>
  <div class="table-scroll"><table>
    <caption>${m.consultantsCaption(t.name)}</caption>
    <thead><tr><th scope="col">${m.name}</th><th scope="col">${m.code}</th><th scope="col">${m.status}</th><th scope="col">${m.absences}</th><th scope="col">${m.actions}</th></tr></thead>
    <tbody>${directory.consultants
      .filter((x) => x.team === t.id)
      .map(
        (x) => html`<tr><td>${x.name}</td><td>${x.id}</td><td>${isActive(x, today) ? m.active : m.inactive(x.deactivatedOn ?? '')}</td>
        <td>${absenceList(x)}</td>
        <td>${
          isActive(x, today)
            ? html`<form method="post" action="/directory/consultants/deactivate" class="inline">${csrfField(v)}<input type="hidden" name="consultantId" value="${x.id}"><button type="submit" class="secondary" aria-label="${m.deactivateLabel(x.name)}">${m.deactivate}</button></form>`
            : ''
        }</td></tr>`,
      )}</tbody>
  </table></div>
</section>`,
)}
${
  !teams.length && me
    ? html`<section aria-labelledby="mine-title"><h2 id="mine-title">${m.myAbsences}</h2>${absenceList(me)}</section>`
    : ''
}
${
  absenceFor.length
    ? html`<section aria-labelledby="absence-title">
  <h2 id="absence-title">${teams.length ? m.absenceTitle : m.absenceOwnTitle}</h2>
  <p class="hint">${m.absenceHint}</p>
  <form method="post" action="/directory/absences" novalidate>${csrfField(v)}
    ${
      teams.length
        ? select(
            errors,
            'absence-consultantId',
            m.consultant,
            absenceFor.map((x) => ({ value: x.id, label: `${x.name} (${x.id})` })),
            { value: chosen },
          )
        : html`<input type="hidden" name="consultantId" value="${scope.self ?? ''}">`
    }
    ${input(errors, 'absence-from', m.from, { type: 'date', value: values.from, required: true })}
    ${input(errors, 'absence-to', m.to, { type: 'date', value: values.to, required: true })}
    ${select(
      errors,
      'absence-substituteId',
      m.substitute,
      [
        { value: '', label: m.noSubstitute },
        ...(teams.length
          ? directory.consultants.filter((x) => isActive(x, today) && scope.teams.includes(x.team))
          : buddiesOf(scope, directory, scope.self ?? undefined, today)
        ).map((x) => ({ value: x.id, label: `${x.name} (${x.id})` })),
      ],
      { value: values.substituteId, hint: m.substituteHint },
    )}
    <p><button type="submit">${m.saveAbsence}</button></p>
  </form>
</section>`
    : ''
}
${
  teams.length
    ? html`<section aria-labelledby="add-title">
  <h2 id="add-title">${m.addTitle}</h2>
  <form method="post" action="/directory/consultants" novalidate>${csrfField(v)}
    ${input(errors, 'add-id', m.code, { value: values.id, required: true, hint: m.codeHint })}
    ${input(errors, 'add-name', m.name, { value: values.name, required: true, autocomplete: 'off' })}
    ${input(errors, 'add-email', m.email, { type: 'email', value: values.email, autocomplete: 'off' })}
    ${select(
      errors,
      'add-team',
      'Team',
      teams.map((t) => ({ value: t.id, label: t.name })),
      { value: values.team },
    )}
    <p><button type="submit">${m.addSubmit}</button></p>
  </form>
</section>
<section aria-labelledby="clients-title">
  <h2 id="clients-title">${m.clientsTitle}</h2>
  <form method="get" action="/directory" role="search">
    <label for="q">${m.searchLabel}</label><p class="hint" id="q-hint">${m.searchHint}</p>
    <input type="search" id="q" name="q" value="${q}" aria-describedby="q-hint"> <button type="submit">${m.search}</button>
  </form>
  ${
    q
      ? clients.length
        ? html`<div class="table-scroll"><table><caption>${m.clientsCaption}</caption>
      <thead><tr><th scope="col">${m.clientNumber}</th><th scope="col">${m.name}</th>${DISCIPLINES.map((d) => html`<th scope="col">${d}</th>`)}</tr></thead>
      <tbody>${clients.map(
        (cl) =>
          html`<tr><td>${cl.clientNumber}</td><td>${cl.name}</td>${DISCIPLINES.map(
            (d) =>
              html`<td>${nameOf(directory, cl.consultants[d], '–')}${
                scope.teams.includes(d)
                  ? html` <a href="/directory/transfer?client=${encodeURIComponent(cl.clientNumber)}&amp;discipline=${d}" aria-label="${m.transferLabel(cl.clientNumber, d)}">${m.transfer}</a>`
                  : ''
              }</td>`,
          )}</tr>`,
      )}</tbody></table></div>`
        : html`<p>${m.noClients}</p>`
      : ''
  }
</section>`
    : ''
}
${scope.all ? routesSection(v, directory, errors) : ''}
${scope.all ? dataSection(v, state.importErrors ?? []) : ''}`;
  return c.html(page(v, { title: m.title, area: 'directory', body }), errors.length || state.importErrors?.length ? 400 : 200);
}

function clientsInScope(directory: Directory, scope: Scope, q: string) {
  const hits = new Set(searchClients(directory, q, 50).map((h) => h.clientNumber));
  return directory.clients.filter(
    (cl) => hits.has(cl.clientNumber) && (scope.all || DISCIPLINES.some((d) => scope.teams.includes(d) && cl.consultants[d])),
  );
}

function routeLabel(m: ReturnType<typeof messages>, directory: Directory, target: { discipline: Discipline } | { team: string }) {
  return 'team' in target
    ? m.routeTeam(directory.teams.find((t) => t.id === target.team)?.name ?? target.team)
    : m.routeDiscipline(target.discipline);
}

function routesSection(v: View, directory: Directory, errors: FieldError[]): Html {
  const m = messages(v.lang);
  const typeName = (t: DocumentTypeId) => (v.lang === 'en' ? DOCUMENT_TYPES[t].en : DOCUMENT_TYPES[t].nl);
  return html`<section aria-labelledby="routes-title">
  <h2 id="routes-title">${m.routesTitle}</h2>
  <div class="table-scroll"><table><caption>${m.routesCaption}</caption>
    <thead><tr><th scope="col">${m.type}</th><th scope="col">${m.route}</th></tr></thead>
    <tbody>${DOCUMENT_TYPE_IDS.map((t) => {
      const own = directory.routing[t];
      return html`<tr><td>${typeName(t)}</td><td>${own ? routeLabel(m, directory, own) : m.routeDefault(routeLabel(m, directory, DOCUMENT_TYPES[t].defaultRoute))}</td></tr>`;
    })}</tbody></table></div>
  <form method="post" action="/directory/routes" novalidate>${csrfField(v)}
    ${select(
      errors,
      'route-type',
      m.type,
      DOCUMENT_TYPE_IDS.map((t) => ({ value: t, label: typeName(t) })),
    )}
    ${select(errors, 'route-target', m.target, [
      { value: 'default', label: m.routeDefault('') },
      ...DISCIPLINES.map((d) => ({ value: `discipline:${d}`, label: m.routeDiscipline(d) })),
      ...directory.teams.map((t) => ({ value: `team:${t.id}`, label: m.routeTeam(t.name) })),
    ])}
    <p><button type="submit">${m.setRoute}</button></p>
  </form>
</section>`;
}

function dataSection(v: View, importErrors: string[]): Html {
  const m = messages(v.lang);
  return html`<section aria-labelledby="data-title">
  <h2 id="data-title">${m.dataTitle}</h2>
  <p>${m.dataIntro}</p>
  <p><a href="/directory/export" download>${m.export}</a></p>
  ${
    importErrors.length
      ? html`<div class="error-summary" role="alert" tabindex="-1"><p>${m.importErrors}</p><ul>${importErrors.slice(0, 50).map((e) => html`<li><code>${e}</code></li>`)}</ul></div>`
      : ''
  }
  <form method="post" action="/directory/import" enctype="multipart/form-data">${csrfField(v)}
    <label for="import-file">${m.importFile}</label>
    <input type="file" id="import-file" name="file" accept="application/json,.json" required>
    <p class="choices"><label><input type="checkbox" name="dryRun" value="1"> ${m.dryRun}</label></p>
    <p><button type="submit">${m.importSubmit}</button></p>
  </form>
</section>`;
}

/** The change, checked against what this user may manage; `undefined` when it is not theirs to make. */
function allowed(scope: Scope, directory: Directory, change: DirectoryChange, today: string): boolean {
  switch (change.kind) {
    case 'absence.added': {
      if (managesConsultant(scope, directory, change.consultantId)) return true;
      // A consultant for themself, with a buddy from their own team.
      if (change.consultantId !== scope.self) return false;
      const sub = change.absence.substituteId;
      return !sub || buddiesOf(scope, directory, scope.self ?? undefined, today).some((b) => b.id === sub);
    }
    case 'absence.removed':
      return change.consultantId === scope.self || managesConsultant(scope, directory, change.consultantId);
    case 'consultant.added':
      return scope.teams.includes(change.consultant.team) || scope.all;
    case 'consultant.deactivated':
      return managesConsultant(scope, directory, change.consultantId);
    case 'client.transferred':
      return scope.teams.includes(change.discipline);
    case 'route.set':
      return scope.all;
  }
}

async function apply(web: WebContext, c: Ctx, form: string, change: DirectoryChange, values: Record<string, string>) {
  const v = view(c);
  const user = currentUser(c);
  const { directory, today } = await directoryNow(web);
  if (!allowed(scopeOf(user, directory), directory, change, today))
    return directoryPage(web, c, { errors: [{ field: `${form}-consultantId`, message: messages(v.lang).notAllowed }], values });
  const outcome = await changeDirectory(web.rt.manageDirectoryDeps, { by: user.username, change });
  if (!outcome.ok) return directoryPage(web, c, { errors: toFieldErrors(form, outcome.errors, v.lang), values });
  return c.redirect(`/directory?done=${change.kind}${outcome.moved.length ? `&moved=${outcome.moved.length}` : ''}`, 303);
}

const asDiscipline = (s: string): Discipline => ((DISCIPLINES as readonly string[]).includes(s) ? (s as Discipline) : ('' as Discipline));

async function transferPage(
  web: WebContext,
  c: Ctx,
  values: { client: string; discipline: string; to?: string },
  errors: FieldError[] = [],
) {
  const v = view(c);
  const m = messages(v.lang);
  const user = currentUser(c);
  const { directory, today } = await directoryNow(web);
  const scope = scopeOf(user, directory);
  const client = directory.clients.find((x) => x.clientNumber === values.client);
  const discipline = asDiscipline(values.discipline);
  if (!client || !discipline || !scope.teams.includes(discipline))
    return c.html(
      page(v, { title: m.transferTitle, area: 'directory', body: html`<h1>${m.transferTitle}</h1><p>${m.notAllowed}</p>` }),
      403,
    );
  const current = client.consultants[discipline];
  const candidates = directory.consultants.filter((x) => x.team === discipline && x.id !== current && isActive(x, today));
  const body = html`<h1>${m.transferTitle}</h1>
${errorSummary(v, errors)}
<p>${m.transferIntro(client.clientNumber, discipline, nameOf(directory, current, m.nobody))}</p>
<form method="post" action="/directory/transfer" novalidate>${csrfField(v)}
  <input type="hidden" name="client" value="${client.clientNumber}"><input type="hidden" name="discipline" value="${discipline}">
  ${select(
    errors,
    'transfer-toConsultantId',
    m.newConsultant,
    candidates.map((x) => ({ value: x.id, label: `${x.name} (${x.id})` })),
    { value: values.to },
  )}
  <p><button type="submit">${m.next}</button> <a href="/directory">${m.cancel}</a></p>
</form>`;
  return c.html(page(v, { title: m.transferTitle, area: 'directory', body }), errors.length ? 400 : 200);
}

export function registerDirectory(app: WebApp, web: WebContext) {
  app.use('/directory', requireArea('directory'));
  app.use('/directory/*', requireArea('directory'));

  app.get('/directory', (c) => directoryPage(web, c));

  app.post('/directory/absences', async (c) => {
    const f = await formData(c);
    const values = {
      consultantId: field(f, 'consultantId'),
      from: field(f, 'from'),
      to: field(f, 'to'),
      substituteId: field(f, 'substituteId'),
    };
    return apply(
      web,
      c,
      'absence',
      {
        kind: 'absence.added',
        consultantId: values.consultantId,
        absence: { from: values.from, to: values.to, substituteId: values.substituteId || undefined },
      },
      values,
    );
  });

  app.post('/directory/absences/remove', async (c) => {
    const f = await formData(c);
    return apply(
      web,
      c,
      'absence',
      { kind: 'absence.removed', consultantId: field(f, 'consultantId'), from: field(f, 'from'), to: field(f, 'to') },
      {},
    );
  });

  app.post('/directory/consultants', async (c) => {
    const f = await formData(c);
    const values = { id: field(f, 'id'), name: field(f, 'name'), email: field(f, 'email'), team: field(f, 'team') };
    return apply(web, c, 'add', { kind: 'consultant.added', consultant: { ...values, email: values.email || undefined } }, values);
  });

  app.post('/directory/consultants/deactivate', async (c) => {
    const f = await formData(c);
    return apply(web, c, 'absence', { kind: 'consultant.deactivated', consultantId: field(f, 'consultantId') }, {});
  });

  app.post('/directory/routes', async (c) => {
    const f = await formData(c);
    const type = field(f, 'type') as DocumentTypeId;
    const raw = field(f, 'target');
    const [kind, id] = raw.split(':');
    const target: RouteSetting = raw === 'default' ? null : kind === 'team' ? { team: id ?? '' } : { discipline: asDiscipline(id ?? '') };
    return apply(web, c, 'route', { kind: 'route.set', type, target }, {});
  });

  app.get('/directory/transfer', (c) =>
    transferPage(web, c, { client: c.req.query('client') ?? '', discipline: c.req.query('discipline') ?? '' }),
  );

  app.post('/directory/transfer', async (c) => {
    const v = view(c);
    const m = messages(v.lang);
    const f = await formData(c);
    const values = { client: field(f, 'client'), discipline: field(f, 'discipline'), to: field(f, 'toConsultantId') };
    const user = currentUser(c);
    const { directory } = await directoryNow(web);
    const scope = scopeOf(user, directory);
    const discipline = asDiscipline(values.discipline);
    if (!discipline || !scope.teams.includes(discipline)) return transferPage(web, c, values);
    const change: DirectoryChange = { kind: 'client.transferred', clientNumber: values.client, discipline, toConsultantId: values.to };
    if (field(f, 'confirm') !== 'yes') {
      // Confirmation first: who the client goes to, and how many open documents go along.
      const from = directory.clients.find((x) => x.clientNumber === values.client)?.consultants[discipline];
      const to = directory.consultants.find((x) => x.id === values.to && x.team === discipline);
      if (!to) return transferPage(web, c, values, [{ field: 'transfer-toConsultantId', message: m.notAllowed }]);
      const open = from
        ? (await web.rt.ledger.listDocuments({ consultantId: from, status: [...WORK_ITEM_STATUSES] })).filter(
            (d) => (d.route?.clientNumber ?? d.clientNumber) === values.client,
          ).length
        : 0;
      const body = html`<h1>${m.confirmTitle}</h1>
<p>${m.confirmText(values.client, nameOf(directory, from, m.nobody), to.name, open)}</p>
<form method="post" action="/directory/transfer">${csrfField(v)}
  <input type="hidden" name="client" value="${values.client}"><input type="hidden" name="discipline" value="${discipline}">
  <input type="hidden" name="toConsultantId" value="${to.id}"><input type="hidden" name="confirm" value="yes">
  <p><button type="submit">${m.confirm}</button> <a href="/directory">${m.cancel}</a></p>
</form>`;
      return c.html(page(v, { title: m.confirmTitle, area: 'directory', body }));
    }
    const outcome = await changeDirectory(web.rt.manageDirectoryDeps, { by: user.username, change });
    if (!outcome.ok) return transferPage(web, c, values, toFieldErrors('transfer', outcome.errors, v.lang));
    return c.redirect(`/directory?done=client.transferred${outcome.moved.length ? `&moved=${outcome.moved.length}` : ''}`, 303);
  });

  app.get('/directory/export', async (c) => {
    const user = currentUser(c);
    const { directory } = await directoryNow(web);
    if (!scopeOf(user, directory).all) return c.text('forbidden', 403);
    return c.body(await web.rt.directory.exportJson(), 200, {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': 'attachment; filename="directory.json"',
    });
  });

  app.post('/directory/import', async (c) => {
    const user = currentUser(c);
    const { directory } = await directoryNow(web);
    if (!scopeOf(user, directory).all) return c.text('forbidden', 403);
    const f = await formData(c);
    const file = f.file;
    if (!(file instanceof SpooledFile) || !file.kept) return directoryPage(web, c, { importErrors: ['(file): no file'] });
    let json: unknown;
    try {
      json = JSON.parse(new TextDecoder().decode(await file.bytes()));
    } catch (error) {
      return directoryPage(web, c, { importErrors: [`(file): not valid JSON: ${(error as Error).message}`] });
    }
    const outcome = await importDirectory(web.rt.manageDirectoryDeps, { by: user.username, json, dryRun: field(f, 'dryRun') === '1' });
    if (!outcome.ok) return directoryPage(web, c, { importErrors: outcome.errors });
    return c.redirect(
      `/directory?done=${outcome.dryRun ? 'checked' : 'imported'}${outcome.moved.length ? `&moved=${outcome.moved.length}` : ''}`,
      303,
    );
  });
}
