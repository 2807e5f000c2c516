import { html } from 'hono/html';
import { appliedSplit, correctAppliedSplit } from '../../../functions/split/correct-applied-split.ts';
import { correctSplit, documentPages } from '../../../functions/split/correct-split.ts';
import { resolveTriage, type TriageTarget } from '../../../functions/triage/triage.ts';
import { UNROUTED_STATUSES } from '../../../shared/domain/document.ts';
import { DOCUMENT_TYPE_IDS, type DocumentTypeId, isDocumentTypeId } from '../../../shared/domain/document-types.ts';
import { legalClocks } from '../../../shared/domain/legal-clocks.ts';
import { reasonText, rejectionText } from '../../../shared/domain/reason.ts';
import { type Layout, parseLayout } from '../../../shared/domain/split-layout.ts';
import { fileView } from '../access.ts';
import { forbidden, notFound, requireArea } from '../auth.ts';
import { clientHit, findClient, searchClients } from '../client-search.ts';
import { type Ctx, currentUser, field, formData, type WebApp, type WebContext } from '../context.ts';
import { auditRead, documentFor, fileFor } from '../document-access.ts';
import { documentFacts, historyTable, pagesAndText, reasonItem, rejectionItem } from '../document-view.ts';
import { filePage } from '../file-page.ts';
import { age, dateTime, percent } from '../format.ts';
import { channelName, defineMessages, statusName, typeName } from '../i18n.ts';
import { csrfField, errorSummary, type FieldError, fieldError, notice, page, view } from '../layout.ts';
import { mailBlock, mailBlockFor } from '../mail-view.ts';
import { recognisedText } from '../page-images.ts';
import { layoutErrors, splitMessages, splitPanel } from '../split-view.ts';

const messages = defineMessages(
  {
    title: 'Triage',
    scanRegion: 'De scan en de herkende tekst',
    intro: 'Documenten die het systeem niet zelf kon doorsturen, de oudste eerst. Kies soort, klant en behandelaar.',
    caption: (n: number) => `Wachten op triage: ${n === 1 ? '1 document' : `${n} documenten`}`,
    empty: 'Er wachten geen documenten op triage.',
    received: 'Ontvangen',
    age: 'Wacht al',
    channel: 'Via',
    state: 'Stand',
    guess: 'Beste gok',
    client: 'Klant',
    why: 'Waarom triage',
    review: 'Beoordelen',
    reviewLabel: (n: string) => `Document ${n} beoordelen`,
    resolved: 'Het document is doorgestuurd. Het ontvangstbewijs gaat nu naar de klant als dat nog niet gebeurd was.',
    gone: 'Dit document is al door iemand anders behandeld.',
    documentTitle: (n: string) => `Triage van document ${n}`,
    back: 'Terug naar triage',
    guesses: 'Wat het systeem denkt',
    formTitle: 'Beslissing',
    type: 'Soort document',
    otherType: 'Ander soort:',
    otherTypeLabel: 'Kies een ander soort',
    typeMissing: 'Kies het soort document',
    clientLabel: 'Klantnummer',
    clientHint: 'Leeg laten als de klant niet bekend is (alleen mogelijk bij aanvragen, bezwaren, klachten en rechtbankstukken).',
    clientUnknown: 'Dit klantnummer staat niet in het klantenbestand',
    needsClient: 'Voor dit soort document is een klant nodig. Vul het klantnummer in.',
    candidates: 'Mogelijke klanten uit het document',
    use: 'Gebruiken',
    useLabel: (n: string) => `Klant ${n} gebruiken`,
    search: 'Klant zoeken',
    searchLabel: 'Klantnummer of naam',
    searchSubmit: 'Zoeken',
    noResults: 'Geen klant gevonden.',
    route: 'Naar wie',
    rules: 'Volgens de regels (de consultant van de klant, de waarnemer of de teamwachtrij)',
    toTeam: 'Naar de wachtrij van een team:',
    toTeamLabel: 'Team',
    toConsultant: 'Naar een collega:',
    toConsultantLabel: 'Collega',
    needsTarget: 'Voor dit soort document zijn er geen regels. Kies een team of een collega.',
    targetMissing: 'Kies een team of een collega',
    submit: 'Opslaan en doorsturen',
    noGuess: 'geen',
    sheets: 'Voorbladen en scheidingsbladen afdrukken',
  },
  {
    title: 'Triage',
    scanRegion: 'The scan and the recognised text',
    intro: 'Documents the system could not route by itself, oldest first. Choose type, client and handler.',
    caption: (n: number) => `Waiting for triage: ${n === 1 ? '1 document' : `${n} documents`}`,
    empty: 'No documents are waiting for triage.',
    received: 'Received',
    age: 'Waiting',
    channel: 'By',
    state: 'State',
    guess: 'Best guess',
    client: 'Client',
    why: 'Why triage',
    review: 'Review',
    reviewLabel: (n: string) => `Review document ${n}`,
    resolved: 'The document was routed. The receipt now goes to the client if that had not happened yet.',
    gone: 'Someone else has already dealt with this document.',
    documentTitle: (n: string) => `Triage of document ${n}`,
    back: 'Back to triage',
    guesses: 'What the system thinks',
    formTitle: 'Decision',
    type: 'Type of document',
    otherType: 'Other type:',
    otherTypeLabel: 'Choose another type',
    typeMissing: 'Choose the type of document',
    clientLabel: 'Client number',
    clientHint: 'Leave empty when the client is unknown (only for applications, objections, complaints and court documents).',
    clientUnknown: 'This client number is not in the client register',
    needsClient: 'This type of document needs a client. Enter the client number.',
    candidates: 'Possible clients from the document',
    use: 'Use',
    useLabel: (n: string) => `Use client ${n}`,
    search: 'Find a client',
    searchLabel: 'Client number or name',
    searchSubmit: 'Search',
    noResults: 'No client found.',
    route: 'To whom',
    rules: 'By the rules (the client’s consultant, their substitute or the team queue)',
    toTeam: 'To a team’s queue:',
    toTeamLabel: 'Team',
    toConsultant: 'To a colleague:',
    toConsultantLabel: 'Colleague',
    needsTarget: 'There are no rules for this type of document. Choose a team or a colleague.',
    targetMissing: 'Choose a team or a colleague',
    submit: 'Save and route',
    noGuess: 'none',
    sheets: 'Print cover and separator sheets',
  },
);

interface TriageForm {
  type?: string;
  typeOther?: string;
  client?: string;
  target?: string;
  team?: string;
  consultant?: string;
}

interface TriagePageOptions {
  errors?: FieldError[];
  form?: TriageForm;
  status?: number;
  /** A split arrangement that was refused, shown again with what is wrong with it. */
  split?: { layout?: Layout; errors: FieldError[] };
}

async function triagePage(web: WebContext, c: Ctx, id: string, o: TriagePageOptions = {}) {
  const v = view(c);
  const m = messages(v.lang);
  const user = currentUser(c);
  const access = await documentFor(web, user, id);
  if (!access.ok) return access.status === 404 ? notFound(c) : forbidden(c);
  const { doc, directory, now } = access;
  if (!(UNROUTED_STATUSES as readonly string[]).includes(doc.status)) return c.redirect('/triage?msg=gone', 303);
  const pages = await recognisedText(web.rt.objects, doc.id);
  await auditRead(web, doc, user, 'viewed', { part: 'triage' });
  const events = await web.rt.ledger.listEvents(doc.id);
  const errors = o.errors ?? [];
  const form = o.form ?? {};
  const guesses: { type: DocumentTypeId; confidence: number | null }[] = [
    ...(doc.documentType ? [{ type: doc.documentType, confidence: doc.confidence }] : []),
    ...doc.alternatives.filter((a) => a.type !== doc.documentType && a.confidence >= 0.01),
  ].slice(0, 4);
  const chosenType = form.type ?? guesses[0]?.type ?? '';
  const q = c.req.query('q')?.trim() ?? '';
  const hits = q ? searchClients(directory, q) : [];
  const clientValue = form.client ?? c.req.query('client') ?? doc.clientNumber ?? '';
  const candidates = [
    ...new Set(
      (doc.route?.reasons ?? []).filter((r) => r.code.startsWith('client')).flatMap((r) => r.text.match(/[A-Z]{1,3}-?\d{4,8}/g) ?? []),
    ),
  ]
    .map((n) => findClient(directory, n))
    .filter((x) => x !== undefined)
    .map(clientHit);
  const target = form.target ?? 'rules';
  const fe = (name: string) => fieldError(errors, name);
  const teams = directory.teams.filter((t) => t.id !== 'triage');
  const base = `/triage/${doc.id}`;
  // A file the machine proposed to split, or any document of several pages: the officer may (re)arrange its parts.
  const read = await documentPages(web.rt.objects, doc);
  // A part of a split file: the panel shows the whole file as it is split now (this part and its siblings), to correct it.
  const file = doc.parentId ? await appliedSplit(web.rt.correctSplitDeps, doc.parentId) : undefined;
  const splitSection =
    file?.file.childIds?.includes(doc.id) && file.read.texts.length > 0
      ? html`${splitPanel(v, file.file, file.read, {
          base,
          action: `/triage/files/${file.file.id}/split`,
          layout: parseLayout(c.req.query('parts')) ?? file.read.proposal,
          errors: [],
          applied: { parts: file.parts, statusName: (p) => statusName(p.status, v.lang) },
          hidden: fileView(user, file.file, file.parts, directory, access.today).hiddenPages,
        })}<p><a href="/documents/${file.file.id}">${splitMessages(v.lang).wholeFile}</a></p>`
      : read && (doc.splitProposal || read.pages.length > 1)
        ? splitPanel(v, doc, read, {
            base,
            layout: o.split?.layout ?? parseLayout(c.req.query('parts')) ?? read.proposal,
            errors: o.split?.errors ?? [],
          })
        : '';

  const mail = await mailBlockFor(web, user, doc, directory, access.today);
  const body = html`<p><a href="/triage">${m.back}</a></p>
<h1>${m.documentTitle(doc.receiptNumber ?? doc.id)}</h1>
${errorSummary(v, errors)}
${documentFacts(v, doc, {
  directory,
  now,
  clocks: legalClocks({ ...doc, now, timeZone: directory.organisation.timezone }),
  showConfidence: true,
})}
<h2 id="guesses-title">${m.guesses}</h2>
<ul aria-labelledby="guesses-title">${(doc.route?.reasons ?? []).map((r) => reasonItem(r, v.lang))}${rejectionItem(doc, v.lang)}</ul>
${mail ? mailBlock(v, mail, { currentId: doc.id, timeZone: directory.organisation.timezone }) : ''}
${splitSection}

<div class="side-by-side">
<div class="side-scan" tabindex="0" role="region" aria-label="${m.scanRegion}">
${pagesAndText(v, doc, pages, `/documents/${doc.id}`)}
</div>
<div class="side-work">
<section aria-labelledby="client-search-title">
  <h2 id="client-search-title">${m.search}</h2>
  <form method="get" action="${base}" role="search">
    <label for="q">${m.searchLabel}</label>
    <input type="search" id="q" name="q" value="${q}" autocomplete="off">
    <button type="submit" class="secondary">${m.searchSubmit}</button>
  </form>
  ${q ? (hits.length ? html`<ul>${hits.map((h) => html`<li>${h.clientNumber} · ${h.name} · ${h.birthYear ?? ''} — <a href="${base}?client=${encodeURIComponent(h.clientNumber)}" aria-label="${m.useLabel(h.clientNumber)}">${m.use}</a></li>`)}</ul>` : html`<p role="status">${m.noResults}</p>`) : ''}
  ${candidates.length ? html`<h3>${m.candidates}</h3><ul>${candidates.map((h) => html`<li>${h.clientNumber} · ${h.name} · ${h.birthYear ?? ''} — <a href="${base}?client=${encodeURIComponent(h.clientNumber)}" aria-label="${m.useLabel(h.clientNumber)}">${m.use}</a></li>`)}</ul>` : ''}
</section>

<section aria-labelledby="decision-title">
<h2 id="decision-title">${m.formTitle}</h2>
<form method="post" action="${base}" novalidate>
  ${csrfField(v)}
  <fieldset id="type"${errors.some((e) => e.field === 'type') ? html` aria-describedby="type-error"` : ''}>
    <legend>${m.type}</legend>
    ${fe('type').message}
    <div class="choices">
    ${guesses.map(
      (g, i) =>
        html`<label><input type="radio" name="type" value="${g.type}" id="type-${i}"${chosenType === g.type ? html` checked` : ''}> ${typeName(g.type, v.lang)} <span class="muted">(${percent(g.confidence)})</span></label>`,
    )}
    <label><input type="radio" name="type" value="__other" id="type-other"${chosenType === '__other' || (chosenType && !guesses.some((g) => g.type === chosenType)) ? html` checked` : ''}> ${m.otherType}</label>
    </div>
    <label for="typeOther" class="visually-hidden">${m.otherTypeLabel}</label>
    <select id="typeOther" name="typeOther">
      <option value="">—</option>
      ${DOCUMENT_TYPE_IDS.map((t) => html`<option value="${t}"${form.typeOther === t ? html` selected` : ''}>${typeName(t, v.lang)}</option>`)}
    </select>
  </fieldset>

  <label for="client">${m.clientLabel}</label>
  <p class="hint" id="client-hint">${m.clientHint}</p>
  ${fe('client').message}
  <input type="text" id="client" name="client" value="${clientValue}" autocomplete="off" spellcheck="false" aria-describedby="client-hint${errors.some((e) => e.field === 'client') ? ' client-error' : ''}"${errors.some((e) => e.field === 'client') ? html` aria-invalid="true"` : ''}>

  <fieldset id="target"${errors.some((e) => e.field === 'target') ? html` aria-describedby="target-error"` : ''}>
    <legend>${m.route}</legend>
    ${fe('target').message}
    <div class="choices">
      <label><input type="radio" name="target" value="rules"${target === 'rules' ? html` checked` : ''}> ${m.rules}</label>
      <label><input type="radio" name="target" value="team"${target === 'team' ? html` checked` : ''}> ${m.toTeam}</label>
    </div>
    <label for="team" class="visually-hidden">${m.toTeamLabel}</label>
    <select id="team" name="team"><option value="">—</option>${teams.map((t) => html`<option value="${t.id}"${form.team === t.id ? html` selected` : ''}>${t.name}</option>`)}</select>
    <div class="choices">
      <label><input type="radio" name="target" value="consultant"${target === 'consultant' ? html` checked` : ''}> ${m.toConsultant}</label>
    </div>
    <label for="consultant" class="visually-hidden">${m.toConsultantLabel}</label>
    <select id="consultant" name="consultant"><option value="">—</option>${directory.consultants.map(
      (x) =>
        html`<option value="${x.id}"${form.consultant === x.id ? html` selected` : ''}>${x.name} (${directory.teams.find((t) => t.id === x.team)?.name ?? x.team})</option>`,
    )}</select>
  </fieldset>
  <p><button type="submit">${m.submit}</button></p>
</form>
</section>
</div>
</div>
${historyTable(v, events, directory.organisation.timezone)}`;
  return c.html(page(v, { title: m.documentTitle(doc.receiptNumber ?? doc.id), area: 'triage', body }), (o.status ?? 200) as 200);
}

export function registerTriage(app: WebApp, web: WebContext) {
  app.use('/triage', requireArea('triage'));
  app.use('/triage/*', requireArea('triage'));

  app.get('/triage', async (c) => {
    const v = view(c);
    const m = messages(v.lang);
    const directory = await web.rt.directory.load();
    const now = web.rt.clock.now();
    const tz = directory.organisation.timezone;
    const docs = await web.rt.ledger.listDocuments({ status: [...UNROUTED_STATUSES], limit: 500 });
    const msg = c.req.query('msg');
    const sm = splitMessages(v.lang);
    const parts = Number.parseInt(c.req.query('n') ?? '', 10);
    const info =
      msg === 'resolved'
        ? m.resolved
        : msg === 'gone'
          ? m.gone
          : msg === 'split' && parts > 1 && parts < 1000
            ? sm.doneMany(parts)
            : msg === 'whole'
              ? sm.doneOne
              : undefined;
    const body = html`<h1>${m.title}</h1>
${notice(info, msg === 'gone' ? 'warning' : 'success')}
<p class="lead">${m.intro}</p>
${
  docs.length
    ? html`<div class="table-scroll"><table>
  <caption>${m.caption(docs.length)}</caption>
  <thead><tr><th scope="col">${m.received}</th><th scope="col">${m.age}</th><th scope="col">${m.channel}</th><th scope="col">${m.state}</th>
  <th scope="col">${m.guess}</th><th scope="col">${m.client}</th><th scope="col">${m.why}</th><th scope="col"><span class="visually-hidden">${m.review}</span></th></tr></thead>
  <tbody>${docs.map((d) => {
    const shown = (d.route?.reasons ?? []).filter((r) => r.code !== 'type' && r.code !== 'guess').slice(0, 2);
    const rejected = rejectionText(d, v.lang);
    // Records from before carry English machine text only.
    const why = shown.length
      ? { text: shown.map((r) => reasonText(r, v.lang)).join('; '), lang: shown.every((r) => r.en) ? v.lang : 'en' }
      : (rejected ?? { text: '', lang: v.lang });
    return html`<tr>
    <td>${dateTime(d.receivedAt, v.lang, tz)}</td><td>${age(d.receivedAt, now, v.lang)}</td><td>${channelName(d.channel, v.lang)}</td>
    <td>${statusName(d.status, v.lang)}</td>
    <td>${d.documentType ? `${typeName(d.documentType, v.lang)} (${percent(d.confidence)})` : m.noGuess}</td>
    <td>${d.clientNumber ?? '–'}</td>
    <td lang="${why.lang}">${why.text}</td>
    <td><a href="/triage/${d.id}" aria-label="${m.reviewLabel(d.receiptNumber ?? d.id)}">${m.review}</a></td></tr>`;
  })}</tbody></table></div>`
    : html`<p>${m.empty}</p>`
}
<p><a href="/sheets">${m.sheets}</a></p>`;
    return c.html(page(v, { title: m.title, area: 'triage', body }));
  });

  app.get('/triage/:id', (c) => triagePage(web, c, c.req.param('id')));

  app.post('/triage/:id/split', async (c) => {
    const v = view(c);
    const sm = splitMessages(v.lang);
    const user = currentUser(c);
    const id = c.req.param('id');
    const doc = await web.rt.ledger.getDocument(id);
    if (!doc) return notFound(c);
    // Already split (a double submit): the use case answers with the parts it made; else the access rules apply.
    if (doc.status !== 'split') {
      const access = await documentFor(web, user, id);
      if (!access.ok) return access.status === 404 ? notFound(c) : forbidden(c);
    }
    const layout = parseLayout(field(await formData(c), 'parts'));
    if (!layout) return triagePage(web, c, id, { status: 400, split: { errors: [{ field: 'split-parts', message: sm.unreadable }] } });
    const outcome = await correctSplit(web.rt.correctSplitDeps, { documentId: id, by: user.username, parts: layout });
    if (outcome.ok) {
      web.nudge(); // the parts (or the whole document) are queued: wake the workers
      return c.redirect(outcome.parts.length > 1 ? `/triage?msg=split&n=${outcome.parts.length}` : '/triage?msg=whole', 303);
    }
    if (outcome.problem === 'not-in-triage') return c.redirect('/triage?msg=gone', 303);
    const errors =
      outcome.problem === 'invalid-layout' ? layoutErrors(v.lang, outcome.issues) : [{ field: 'split-parts', message: sm.notRead }];
    return triagePage(web, c, id, { status: 400, split: { layout, errors } });
  });

  /** Correcting a split that was already applied (`correctAppliedSplit`): posted from the file's page or a part's triage page. */
  app.post('/triage/files/:id/split', async (c) => {
    const v = view(c);
    const sm = splitMessages(v.lang);
    const user = currentUser(c);
    const id = c.req.param('id');
    const access = await fileFor(web, user, id);
    if (!access.ok) return access.status === 404 ? notFound(c) : forbidden(c);
    const layout = parseLayout(field(await formData(c), 'parts'));
    if (!layout) return filePage(web, c, user, id, { status: 400, errors: [{ field: 'split-parts', message: sm.unreadable }] });
    const outcome = await correctAppliedSplit(web.rt.correctSplitDeps, { fileId: id, by: user.username, parts: layout });
    if (outcome.ok) {
      web.nudge(); // new parts are queued: wake the workers
      return c.redirect(`/documents/${id}?msg=corrected`, 303);
    }
    switch (outcome.problem) {
      case 'not-split':
        return notFound(c);
      case 'changed-meanwhile':
        return c.redirect(`/documents/${id}?msg=changed`, 303);
      case 'not-read':
        return filePage(web, c, user, id, { status: 400, layout, errors: [{ field: 'split-parts', message: sm.notRead }] });
      case 'invalid-layout':
        return filePage(web, c, user, id, { status: 400, layout, errors: layoutErrors(v.lang, outcome.issues) });
      case 'in-handling':
      case 'split-further': {
        const say = outcome.problem === 'in-handling' ? sm.inHandling : sm.splitFurther;
        const errors = outcome.parts.map((p) => ({ field: 'split-parts', message: say(p.receiptNumber ?? '–') }));
        return filePage(web, c, user, id, { status: 409, layout, errors });
      }
    }
  });

  app.post('/triage/:id', async (c) => {
    const v = view(c);
    const m = messages(v.lang);
    const user = currentUser(c);
    const id = c.req.param('id');
    const access = await documentFor(web, user, id);
    if (!access.ok) return access.status === 404 ? notFound(c) : forbidden(c);
    const f = await formData(c);
    const form: TriageForm = {
      type: field(f, 'type'),
      typeOther: field(f, 'typeOther'),
      client: field(f, 'client'),
      target: field(f, 'target') || 'rules',
      team: field(f, 'team'),
      consultant: field(f, 'consultant'),
    };
    const errors: FieldError[] = [];
    const typeValue = form.type === '__other' || (!form.type && form.typeOther) ? form.typeOther : form.type;
    if (!typeValue || !isDocumentTypeId(typeValue)) errors.push({ field: 'type', message: m.typeMissing });
    const client = form.client ? findClient(access.directory, form.client) : undefined;
    if (form.client && !client) errors.push({ field: 'client', message: m.clientUnknown });
    let target: TriageTarget = { kind: 'rules' };
    if (form.target === 'team') {
      if (!form.team) errors.push({ field: 'target', message: m.targetMissing });
      target = { kind: 'team', team: form.team ?? '' };
    } else if (form.target === 'consultant') {
      if (!form.consultant) errors.push({ field: 'target', message: m.targetMissing });
      target = { kind: 'consultant', consultantId: form.consultant ?? '' };
    }
    if (errors.length) return triagePage(web, c, id, { errors, form, status: 400 });

    const outcome = await resolveTriage(web.rt.triageDeps, {
      documentId: id,
      by: user.username,
      type: typeValue as DocumentTypeId,
      clientNumber: client?.clientNumber ?? null,
      target,
    });
    if (outcome.ok) {
      web.nudge(); // the receipt step is queued: wake the workers
      return c.redirect('/triage?msg=resolved', 303);
    }
    if (outcome.problem === 'not-in-triage') return c.redirect('/triage?msg=gone', 303);
    const problem: FieldError =
      outcome.problem === 'needs-client'
        ? { field: 'client', message: m.needsClient }
        : outcome.problem === 'needs-target'
          ? { field: 'target', message: m.needsTarget }
          : { field: 'target', message: m.targetMissing };
    return triagePage(web, c, id, { errors: [problem], form, status: 400 });
  });
}
