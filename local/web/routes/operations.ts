import { html } from 'hono/html';
import { ALERT_KIND_NAMES, type AlertRecord, alertText } from '../../../shared/domain/alert.ts';
import type { Directory } from '../../../shared/domain/directory.ts';
import type { MailMessageRecord } from '../../../shared/domain/mail-intake.ts';
import { requireArea } from '../auth.ts';
import { type Ctx, currentUser, type WebApp, type WebContext } from '../context.ts';
import { age, dateTime, dayLabel } from '../format.ts';
import { defineMessages, statusName } from '../i18n.ts';
import { csrfField, type Html, notice, page, type View, view } from '../layout.ts';
import { rejectedText, replyStateText } from '../mail-view.ts';
import {
  ALL_STATUSES,
  type DayThroughput,
  oldestUnrouted,
  recentMail,
  retryDeadLetterJob,
  statusCounts,
  THROUGHPUT_DAYS,
  teamQueues,
  throughput,
} from '../operations.ts';

const messages = defineMessages(
  {
    title: 'Beheer',
    intro: 'Hoe staat het ervoor? Meldingen, wachtrijen en mislukte stappen.',
    counts: 'Documenten per stand',
    state: 'Stand',
    count: 'Aantal',
    unrouted: 'Oudste niet doorgestuurde documenten',
    unroutedCaption: 'Wachten op triage of mislukt, de oudste eerst',
    noUnrouted: 'Alle documenten zijn doorgestuurd.',
    receipt: 'Ontvangstnummer',
    received: 'Ontvangen',
    waiting: 'Wacht al',
    alerts: 'Open meldingen',
    alertsCaption: (n: number) => `${n === 1 ? '1 open melding' : `${n} open meldingen`}, de oudste eerst`,
    noAlerts: 'Er zijn geen open meldingen.',
    raised: 'Gemeld',
    kind: 'Soort',
    message: 'Melding',
    audience: 'Voor',
    status: 'Stand',
    actions: 'Acties',
    acknowledge: 'Gezien',
    acknowledgeLabel: (kind: string, at: string) => `Melding ${kind} van ${at} als gezien markeren`,
    resolve: 'Opgelost',
    resolveLabel: (kind: string, at: string) => `Melding ${kind} van ${at} als opgelost markeren`,
    open: 'open',
    seen: (by: string) => `gezien door ${by}`,
    queues: 'Wachtrijen per team',
    queuesCaption: 'Documenten die wachten op een eerste reactie, per team',
    team: 'Team',
    waitingCount: 'Wacht op reactie',
    acknowledgedCount: 'In behandeling',
    oldest: 'Oudste wacht al',
    noQueues: 'Er wachten geen documenten.',
    throughput: (n: number) => `Binnengekomen documenten, laatste ${n} dagen`,
    chartDesc: (total: number, max: number) =>
      `Staafdiagram: ${total} documenten in totaal, hoogstens ${max} op één dag. De cijfers staan ook in de tabel hieronder.`,
    day: 'Dag',
    receivedCount: 'Ontvangen',
    routedCount: 'Doorgestuurd',
    unroutedCount: 'Triage of mislukt',
    rejectedCount: 'Afgewezen',
    deadLetters: 'Mislukte stappen (dead letters)',
    deadCaption: 'Stappen die na alle pogingen zijn mislukt',
    noDead: 'Er zijn geen mislukte stappen.',
    step: 'Stap',
    document: 'Document',
    attempts: 'Pogingen',
    error: 'Fout',
    retry: 'Opnieuw proberen',
    retryLabel: (step: string, doc: string) => `Stap ${step} van document ${doc} opnieuw proberen`,
    acknowledged: 'De melding is als gezien gemarkeerd.',
    resolved: 'De melding is opgelost.',
    retried: 'De stap staat weer in de wachtrij.',
    notChanged: 'Er is niets veranderd: iemand anders was u voor.',
    kinds: ALERT_KIND_NAMES.nl,
    openDocument: (receipt: string | null) => (receipt ? `Open document ${receipt}` : 'Open het document'),
    mail: 'E-mail',
    mailCaption: (n: number) => `De laatste ${n === 1 ? 'e-mail' : `${n} e-mails`}, de nieuwste eerst`,
    noMail: 'Er is nog geen e-mail binnengekomen.',
    mailId: 'E-mail',
    mailStatus: 'Stand',
    takenIn: 'aangenomen',
    rejected: 'afgewezen',
    pending: 'ontvangen, nog niet verwerkt',
    mailDocuments: 'Documenten',
    mailRefused: 'Geweigerde bijlagen',
    mailReply: 'Ontvangstbevestiging',
  },
  {
    title: 'Operations',
    intro: 'How are things going? Alerts, queues and failed steps.',
    counts: 'Documents by state',
    state: 'State',
    count: 'Count',
    unrouted: 'Oldest unrouted documents',
    unroutedCaption: 'Waiting for triage or failed, oldest first',
    noUnrouted: 'All documents have been routed.',
    receipt: 'Receipt number',
    received: 'Received',
    waiting: 'Waiting',
    alerts: 'Open alerts',
    alertsCaption: (n: number) => `${n === 1 ? '1 open alert' : `${n} open alerts`}, oldest first`,
    noAlerts: 'There are no open alerts.',
    raised: 'Raised',
    kind: 'Kind',
    message: 'Alert',
    audience: 'For',
    status: 'State',
    actions: 'Actions',
    acknowledge: 'Seen',
    acknowledgeLabel: (kind: string, at: string) => `Mark alert ${kind} of ${at} as seen`,
    resolve: 'Resolved',
    resolveLabel: (kind: string, at: string) => `Mark alert ${kind} of ${at} as resolved`,
    open: 'open',
    seen: (by: string) => `seen by ${by}`,
    queues: 'Queues per team',
    queuesCaption: 'Documents waiting for a first response, per team',
    team: 'Team',
    waitingCount: 'Waiting for response',
    acknowledgedCount: 'Acknowledged',
    oldest: 'Oldest waiting',
    noQueues: 'No documents are waiting.',
    throughput: (n: number) => `Documents received, last ${n} days`,
    chartDesc: (total: number, max: number) =>
      `Bar chart: ${total} documents in total, at most ${max} on one day. The figures are also in the table below.`,
    day: 'Day',
    receivedCount: 'Received',
    routedCount: 'Routed',
    unroutedCount: 'Triage or failed',
    rejectedCount: 'Rejected',
    deadLetters: 'Failed steps (dead letters)',
    deadCaption: 'Steps that failed after all attempts',
    noDead: 'There are no failed steps.',
    step: 'Step',
    document: 'Document',
    attempts: 'Attempts',
    error: 'Error',
    retry: 'Retry',
    retryLabel: (step: string, doc: string) => `Retry step ${step} of document ${doc}`,
    acknowledged: 'The alert is marked as seen.',
    resolved: 'The alert is resolved.',
    retried: 'The step is back in the queue.',
    notChanged: 'Nothing changed: someone else got there first.',
    kinds: ALERT_KIND_NAMES.en,
    openDocument: (receipt: string | null) => (receipt ? `Open document ${receipt}` : 'Open the document'),
    mail: 'E-mail',
    mailCaption: (n: number) => `The last ${n === 1 ? 'e-mail' : `${n} e-mails`}, newest first`,
    noMail: 'No e-mail has come in yet.',
    mailId: 'E-mail',
    mailStatus: 'State',
    takenIn: 'taken in',
    rejected: 'rejected',
    pending: 'received, not handled yet',
    mailDocuments: 'Documents',
    mailRefused: 'Refused attachments',
    mailReply: 'Receipt',
  },
);

type M = ReturnType<typeof messages>;

/** Inline SVG bars (an image with a text alternative) followed by the same figures as a table. */
function throughputChart(v: View, m: M, days: DayThroughput[]): Html {
  const max = Math.max(1, ...days.map((d) => d.received));
  const total = days.reduce((s, d) => s + d.received, 0);
  const barW = 28;
  const gap = 12;
  const chartH = 160;
  const top = 20;
  const left = 8;
  const width = left + days.length * (barW + gap);
  const height = top + chartH + 36;
  const bars = days.map((d, i) => {
    const h = Math.round((d.received / max) * chartH);
    const x = left + i * (barW + gap);
    const y = top + chartH - h;
    const label = dayLabel(d.day, v.lang);
    return html`<g><title>${label}: ${d.received}</title>
      <rect class="bar" x="${x}" y="${y}" width="${barW}" height="${Math.max(h, d.received ? 1 : 0)}"></rect>
      <text x="${x + barW / 2}" y="${y - 4}" text-anchor="middle">${d.received}</text>
      <text x="${x + barW / 2}" y="${top + chartH + 16}" text-anchor="middle">${label.split(' ')[1] ?? label}</text></g>`;
  });
  return html`<figure class="chart">
  <svg role="img" aria-labelledby="chart-title chart-desc" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg">
    <title id="chart-title">${m.throughput(THROUGHPUT_DAYS)}</title>
    <desc id="chart-desc">${m.chartDesc(total, max)}</desc>
    <line class="axis" x1="${left}" y1="${top + chartH}" x2="${width}" y2="${top + chartH}"></line>
    ${bars}
  </svg>
</figure>
<div class="table-scroll"><table>
  <caption>${m.throughput(THROUGHPUT_DAYS)}</caption>
  <thead><tr><th scope="col">${m.day}</th><th scope="col" class="num">${m.receivedCount}</th><th scope="col" class="num">${m.routedCount}</th>
  <th scope="col" class="num">${m.unroutedCount}</th><th scope="col" class="num">${m.rejectedCount}</th></tr></thead>
  <tbody>${days.map(
    (d) =>
      html`<tr><th scope="row">${dayLabel(d.day, v.lang)}</th><td class="num">${d.received}</td><td class="num">${d.routed}</td><td class="num">${d.unrouted}</td><td class="num">${d.rejected}</td></tr>`,
  )}</tbody>
</table></div>`;
}

/** Who an alert is for, by name: operations, a consultant, a team's queue or its lead. */
function audienceName(audience: string, directory: Directory, lang: View['lang']): string {
  const [role, id] = audience.split(':', 2) as [string, string | undefined];
  const team = directory.teams.find((t) => t.id === id)?.name ?? id;
  switch (role) {
    case 'consultant':
      return directory.consultants.find((c) => c.id === id)?.name ?? audience;
    case 'team':
      return lang === 'nl' ? `bak van ${team}` : `queue of ${team}`;
    case 'lead':
      return lang === 'nl' ? `teamleider ${team}` : `team lead ${team}`;
    case 'operations':
      return lang === 'nl' ? 'beheer' : 'operations';
    default:
      return audience;
  }
}

function alertRow(v: View, m: M, a: AlertRecord, directory: Directory, now: Date): Html {
  const tz = directory.organisation.timezone;
  const kind = m.kinds[a.kind] ?? a.kind;
  const at = dateTime(a.raisedAt, v.lang, tz);
  const { text, lang } = alertText(a, v.lang);
  return html`<tr>
  <td>${at} <span class="muted">(${age(a.raisedAt, now, v.lang)})</span></td>
  <td>${kind}</td>
  <td lang="${lang}">${text}${a.documentId ? html` <a href="/documents/${a.documentId}">${m.openDocument(typeof a.data.receiptNumber === 'string' ? a.data.receiptNumber : null)}</a>` : ''}</td>
  <td>${audienceName(a.audience, directory, v.lang)}</td>
  <td>${a.status === 'acknowledged' ? m.seen(a.acknowledgedBy ?? '') : m.open}</td>
  <td>
    ${
      a.status === 'open'
        ? html`<form method="post" action="/operations/alerts/${a.id}/acknowledge" class="inline">${csrfField(v)}<button type="submit" class="secondary" aria-label="${m.acknowledgeLabel(kind, at)}">${m.acknowledge}</button></form>`
        : ''
    }
    <form method="post" action="/operations/alerts/${a.id}/resolve" class="inline">${csrfField(v)}<button type="submit" aria-label="${m.resolveLabel(kind, at)}">${m.resolve}</button></form>
  </td></tr>`;
}

/**
 * One e-mail: when, how it ended (refused whole: why, in plain words), what it gave, whether the
 * sender got the reply. By the id the alerts name (its first 8 characters); never the sender or subject.
 */
function mailRow(v: View, m: M, message: MailMessageRecord, tz: string, now: Date): Html {
  const status =
    message.status === 'rejected'
      ? html`<span class="tag tag-error">${m.rejected}</span> ${rejectedText(message, v.lang)}`
      : message.status === 'taken-in'
        ? m.takenIn
        : html`<span class="tag tag-warning">${m.pending}</span>`;
  return html`<tr>
  <td>${dateTime(message.receivedAt, v.lang, tz)} <span class="muted">(${age(message.receivedAt, now, v.lang)})</span></td>
  <td><code>${message.id.slice(0, 8)}</code></td>
  <td>${status}</td>
  <td class="num">${message.documentIds.length}</td>
  <td class="num">${message.refused.length}</td>
  <td>${replyStateText(message.reply, v.lang, tz)}</td></tr>`;
}

const NOTICES: Record<string, keyof M> = {
  acknowledged: 'acknowledged',
  resolved: 'resolved',
  retried: 'retried',
  unchanged: 'notChanged',
};

async function operationsPage(web: WebContext, c: Ctx) {
  const v = view(c);
  const m = messages(v.lang);
  const directory = await web.rt.directory.load();
  const tz = directory.organisation.timezone;
  const now = web.rt.clock.now();
  const [counts, unrouted, alerts, queues, days, mail] = [
    await statusCounts(web),
    await oldestUnrouted(web),
    await web.rt.alerts.listOpen({ limit: 200 }),
    await teamQueues(web),
    await throughput(web),
    await recentMail(web),
  ];
  const dead = await web.pipeline.failedSteps();
  const receipts = new Map<string, string>();
  for (const d of dead) receipts.set(d.documentId, (await web.rt.ledger.getDocument(d.documentId))?.receiptNumber ?? d.documentId);
  const msgKey = NOTICES[c.req.query('msg') ?? ''];
  const body = html`<h1>${m.title}</h1>
${notice(msgKey ? (m[msgKey] as string) : undefined, msgKey === 'notChanged' ? 'warning' : 'success')}
<p class="lead">${m.intro}</p>

<section aria-labelledby="alerts-title">
  <h2 id="alerts-title">${m.alerts}</h2>
  ${
    alerts.length
      ? html`<div class="table-scroll"><table>
    <caption>${m.alertsCaption(alerts.length)}</caption>
    <thead><tr><th scope="col">${m.raised}</th><th scope="col">${m.kind}</th><th scope="col">${m.message}</th><th scope="col">${m.audience}</th><th scope="col">${m.status}</th><th scope="col">${m.actions}</th></tr></thead>
    <tbody>${alerts.map((a) => alertRow(v, m, a, directory, now))}</tbody></table></div>`
      : html`<p>${m.noAlerts}</p>`
  }
</section>

<section aria-labelledby="mail-title">
  <h2 id="mail-title">${m.mail}</h2>
  ${
    mail.length
      ? html`<div class="table-scroll"><table id="mail-messages">
    <caption>${m.mailCaption(mail.length)}</caption>
    <thead><tr><th scope="col">${m.received}</th><th scope="col">${m.mailId}</th><th scope="col">${m.mailStatus}</th><th scope="col" class="num">${m.mailDocuments}</th><th scope="col" class="num">${m.mailRefused}</th><th scope="col">${m.mailReply}</th></tr></thead>
    <tbody>${mail.map((message) => mailRow(v, m, message, tz, now))}</tbody></table></div>`
      : html`<p>${m.noMail}</p>`
  }
</section>

<section aria-labelledby="counts-title">
  <h2 id="counts-title">${m.counts}</h2>
  <ul class="cards">${ALL_STATUSES.map((s) => html`<li><span class="stat">${counts[s]}</span> ${statusName(s, v.lang)}</li>`)}</ul>
</section>

<section aria-labelledby="unrouted-title">
  <h2 id="unrouted-title">${m.unrouted}</h2>
  ${
    unrouted.length
      ? html`<table><caption>${m.unroutedCaption}</caption>
    <thead><tr><th scope="col">${m.receipt}</th><th scope="col">${m.received}</th><th scope="col">${m.waiting}</th><th scope="col">${m.state}</th></tr></thead>
    <tbody>${unrouted.map(
      (d) =>
        html`<tr><td>${d.receiptNumber ?? d.id}</td><td>${dateTime(d.receivedAt, v.lang, tz)}</td><td>${age(d.receivedAt, now, v.lang)}</td><td>${statusName(d.status, v.lang)}</td></tr>`,
    )}</tbody></table>`
      : html`<p>${m.noUnrouted}</p>`
  }
</section>

<section aria-labelledby="queues-title">
  <h2 id="queues-title">${m.queues}</h2>
  ${
    queues.length
      ? html`<table><caption>${m.queuesCaption}</caption>
    <thead><tr><th scope="col">${m.team}</th><th scope="col" class="num">${m.waitingCount}</th><th scope="col" class="num">${m.acknowledgedCount}</th><th scope="col">${m.oldest}</th></tr></thead>
    <tbody>${queues.map(
      (q) =>
        html`<tr><th scope="row">${q.name}</th><td class="num">${q.waiting}</td><td class="num">${q.acknowledged}</td><td>${q.oldestWaiting ? age(q.oldestWaiting, now, v.lang) : '–'}</td></tr>`,
    )}</tbody></table>`
      : html`<p>${m.noQueues}</p>`
  }
</section>

<section aria-labelledby="throughput-title">
  <h2 id="throughput-title">${m.throughput(THROUGHPUT_DAYS)}</h2>
  ${throughputChart(v, m, days)}
</section>

<section aria-labelledby="dead-title">
  <h2 id="dead-title">${m.deadLetters}</h2>
  ${
    dead.length
      ? html`<div class="table-scroll"><table><caption>${m.deadCaption}</caption>
    <thead><tr><th scope="col">${m.step}</th><th scope="col">${m.document}</th><th scope="col" class="num">${m.attempts}</th><th scope="col">${m.error}</th><th scope="col">${m.actions}</th></tr></thead>
    <tbody>${dead.map(
      (
        d,
      ) => html`<tr><td>${d.step}</td><td>${receipts.get(d.documentId)}</td><td class="num">${d.attempts}</td><td lang="en">${(d.lastError ?? '').slice(0, 200)}</td>
      <td><form method="post" action="/operations/dead-letters/${d.id}/retry" class="inline">${csrfField(v)}<button type="submit" aria-label="${m.retryLabel(d.step, receipts.get(d.documentId) ?? '')}">${m.retry}</button></form></td></tr>`,
    )}</tbody></table></div>`
      : html`<p>${m.noDead}</p>`
  }
</section>`;
  return c.html(page(v, { title: m.title, area: 'operations', body }));
}

export function registerOperations(app: WebApp, web: WebContext) {
  app.use('/operations', requireArea('operations'));
  app.use('/operations/*', requireArea('operations'));

  app.get('/operations', (c) => operationsPage(web, c));

  app.post('/operations/alerts/:id/acknowledge', async (c) => {
    const ok = await web.rt.alerts.acknowledge(c.req.param('id'), currentUser(c).username);
    return c.redirect(`/operations?msg=${ok ? 'acknowledged' : 'unchanged'}#alerts-title`, 303);
  });
  app.post('/operations/alerts/:id/resolve', async (c) => {
    const ok = await web.rt.alerts.resolve(c.req.param('id'), currentUser(c).username);
    return c.redirect(`/operations?msg=${ok ? 'resolved' : 'unchanged'}#alerts-title`, 303);
  });
  app.post('/operations/dead-letters/:id/retry', async (c) => {
    const job = await retryDeadLetterJob(web, c.req.param('id'), currentUser(c).username);
    return c.redirect(`/operations?msg=${job ? 'retried' : 'unchanged'}#dead-title`, 303);
  });
}
