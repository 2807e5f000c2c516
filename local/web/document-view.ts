import { html } from 'hono/html';
import type { AuditEvent } from '../../shared/domain/audit.ts';
import { DATA_PROTECTION_RIGHTS, type DataProtectionRequest } from '../../shared/domain/data-protection-request.ts';
import type { Directory } from '../../shared/domain/directory.ts';
import type { DocumentRecord, PageText } from '../../shared/domain/document.ts';
import type { LegalClock } from '../../shared/domain/legal-clocks.ts';
import { type Reason, reasonText, rejectionText } from '../../shared/domain/reason.ts';
import { isRestricted } from './access.ts';
import { age, dateTime, longDay, percent } from './format.ts';
import { channelName, defineMessages, type Lang, statusName, typeName } from './i18n.ts';
import type { Html, View } from './layout.ts';

/** Pieces of the document viewer shared by the consultant's and the triage officer's pages. */
export const docMessages = defineMessages(
  {
    receiptNumber: 'Ontvangstnummer',
    received: 'Ontvangen',
    channel: 'Binnengekomen via',
    pages: "Pagina's",
    partOfFile: (pages: string) => `deel van een bestand met meerdere documenten (pagina ${pages} van het bestand)`,
    separated: 'Gescheiden',
    type: 'Soort document',
    confidence: 'Zekerheid',
    client: 'Klant',
    status: 'Stand',
    assignee: 'Behandelaar',
    team: 'Team',
    clock: 'Wettelijke termijn',
    confidential: 'vertrouwelijk document',
    confidentialMark: 'vertrouwelijk',
    reasons: 'Waarom hier naartoe',
    pageImages: "Pagina's van het origineel",
    pageAlt: (n: number, total: number) => `Pagina ${n} van ${total} van het origineel; de herkende tekst staat bij 'Herkende tekst'`,
    noImage: 'Van dit bestand kan geen afbeelding worden getoond. Download het origineel.',
    download: 'Origineel downloaden',
    text: 'Herkende tekst',
    textPage: (n: number) => `Pagina ${n}`,
    ocr: (conf: number) => `gelezen met tekstherkenning (OCR), zekerheid ${Math.round(conf)}%`,
    textLayer: 'tekst uit het PDF-bestand',
    blank: 'lege pagina',
    noText: 'Er is (nog) geen herkende tekst.',
    history: 'Geschiedenis',
    historyCaption: 'Wat er met dit document is gebeurd',
    when: 'Wanneer',
    what: 'Wat',
    who: 'Wie',
    clockText: (c: LegalClock, due: string) =>
      `${c.law}: uiterlijk ${due} (${c.months !== undefined ? `${c.months} ${c.months === 1 ? 'maand' : 'maanden'}` : `${c.weeks} weken`}${c.request ? `; verzoek om ${rightsText(c.request, 'nl')}, ${c.request.law}` : ''}): ${c.overdue ? `${-c.daysLeft} dagen over de termijn` : c.daysLeft === 0 ? 'vandaag' : `nog ${c.daysLeft} dagen`}`,
    noClock: 'geen',
    dataProtection: 'Privacyverzoek (AVG)',
    dataProtectionText: (r: DataProtectionRequest) =>
      `verzoek om ${rightsText(r, 'nl')} (${r.law}); antwoord binnen 1 maand, AVG art. 12 lid 3`,
    age: (a: string) => `${a} geleden`,
    teamQueue: 'teamwachtrij',
    events: {
      received: 'ontvangen',
      extracted: 'gelezen',
      routed: 'doorgestuurd',
      triage: 'naar triage',
      triaged: 'beoordeeld in triage',
      acknowledged: 'in behandeling genomen',
      closed: 'afgehandeld',
      misroute: 'doorgestuurd naar iemand anders',
      rejected: 'afgewezen',
      duplicate: 'dubbel ontvangen',
      'dead-letter': 'stap mislukt',
      retried: 'stap opnieuw geprobeerd',
      viewed: 'bekeken',
      downloaded: 'gedownload',
      'access.denied': 'toegang geweigerd',
      'receipt.sent': 'ontvangstbewijs verstuurd',
      'receipt.printed': 'ontvangstbewijs afgedrukt',
      'receipt.print': 'ontvangstbewijs klaar om af te drukken',
      'receipt.pending': 'ontvangstbewijs wacht op klant',
      separated: 'gescheiden',
      split: 'in delen gesplitst',
      superseded: 'vervangen door een gecorrigeerde splitsing',
      'superseded.undone': 'vervanging teruggedraaid',
      'split.corrected': 'splitsing gecorrigeerd',
      deleted: 'verwijderd na de bewaartermijn',
    } as Record<string, string>,
    deletedFact: 'Verwijderd',
    deletedText: (on: string, rule: string, after: string) =>
      `op ${on}, na de bewaartermijn (${rule === 'follows-first' ? 'met het eerste exemplaar' : rule === 'follows-parts' ? 'met de laatste van zijn delen' : `${rule}: ${after}`})`,
    deletedContent:
      'Het origineel, de pagina’s en de herkende tekst zijn verwijderd na de bewaartermijn. De geschiedenis hieronder blijft bewaard.',
  },
  {
    receiptNumber: 'Receipt number',
    received: 'Received',
    channel: 'Came in by',
    pages: 'Pages',
    partOfFile: (pages: string) => `part of a file holding several documents (page ${pages} of the file)`,
    separated: 'Separated',
    type: 'Type of document',
    confidence: 'Confidence',
    client: 'Client',
    status: 'State',
    assignee: 'Handled by',
    team: 'Team',
    clock: 'Legal deadline',
    confidential: 'confidential document',
    confidentialMark: 'confidential',
    reasons: 'Why it went here',
    pageImages: 'Pages of the original',
    pageAlt: (n: number, total: number) => `Page ${n} of ${total} of the original; the recognised text is under 'Recognised text'`,
    noImage: 'This file cannot be shown as an image. Download the original.',
    download: 'Download the original',
    text: 'Recognised text',
    textPage: (n: number) => `Page ${n}`,
    ocr: (conf: number) => `read by text recognition (OCR), confidence ${Math.round(conf)}%`,
    textLayer: 'text from the PDF file',
    blank: 'blank page',
    noText: 'There is no recognised text (yet).',
    history: 'History',
    historyCaption: 'What happened to this document',
    when: 'When',
    what: 'What',
    who: 'Who',
    clockText: (c: LegalClock, due: string) =>
      `${c.law}: by ${due} (${c.months !== undefined ? `${c.months} ${c.months === 1 ? 'month' : 'months'}` : `${c.weeks} weeks`}${c.request ? `; request for ${rightsText(c.request, 'en')}, ${c.request.law}` : ''}): ${c.overdue ? `${-c.daysLeft} days overdue` : c.daysLeft === 0 ? 'today' : `${c.daysLeft} days left`}`,
    noClock: 'none',
    dataProtection: 'Data-protection request (GDPR)',
    dataProtectionText: (r: DataProtectionRequest) =>
      `request for ${rightsText(r, 'en')} (${r.law}); answer within 1 month, AVG art. 12 lid 3`,
    age: (a: string) => `${a} ago`,
    teamQueue: 'team queue',
    events: {
      received: 'received',
      extracted: 'read',
      routed: 'routed',
      triage: 'to triage',
      triaged: 'resolved in triage',
      acknowledged: 'acknowledged',
      closed: 'closed',
      misroute: 'handed over to someone else',
      rejected: 'rejected',
      duplicate: 'received again',
      'dead-letter': 'step failed',
      retried: 'step retried',
      viewed: 'viewed',
      downloaded: 'downloaded',
      'access.denied': 'access refused',
      'receipt.sent': 'receipt sent',
      'receipt.printed': 'receipt printed',
      'receipt.print': 'receipt ready to print',
      'receipt.pending': 'receipt waits for the client',
      separated: 'separated',
      split: 'split into parts',
      superseded: 'replaced by a corrected split',
      'superseded.undone': 'replacement undone',
      'split.corrected': 'split corrected',
      deleted: 'deleted after its retention period',
    } as Record<string, string>,
    deletedFact: 'Deleted',
    deletedText: (on: string, rule: string, after: string) =>
      `on ${on}, after its retention period (${rule === 'follows-first' ? 'with its first copy' : rule === 'follows-parts' ? 'with the last of its parts' : `${rule}: ${after}`})`,
    deletedContent: 'The original, the pages and the recognised text were deleted after the retention period. The history below is kept.',
  },
);

export function documentTypeLabel(doc: DocumentRecord, lang: Lang, showType: boolean): string {
  const m = docMessages(lang);
  if (isRestricted(doc) && !showType) return m.confidential;
  const name = typeName(doc.documentType, lang);
  return isRestricted(doc) ? `${name} (${m.confidentialMark})` : name;
}

export function clockLabel(clock: LegalClock | null, lang: Lang): string {
  const m = docMessages(lang);
  return clock ? m.clockText(clock, longDay(clock.dueDate, lang)) : m.noClock;
}

/** "inzage en rectificatie", "access and rectification". */
function rightsText(request: DataProtectionRequest, lang: Lang): string {
  const names = request.rights.map((r) => DATA_PROTECTION_RIGHTS[r][lang]);
  const last = names.pop();
  return names.length ? `${names.join(', ')} ${lang === 'nl' ? 'en' : 'and'} ${last}` : (last ?? '');
}

export function assigneeLabel(doc: DocumentRecord, directory: Directory, lang: Lang): string {
  const m = docMessages(lang);
  const team = directory.teams.find((t) => t.id === doc.route?.team)?.name ?? doc.route?.team ?? '–';
  const consultant = directory.consultants.find((c) => c.id === doc.route?.consultantId);
  return consultant ? `${consultant.name} (${team})` : `${team}, ${m.teamQueue}`;
}

export function documentFacts(
  v: View,
  doc: DocumentRecord,
  o: { directory: Directory; now: Date; clocks: LegalClock[]; showConfidence?: boolean },
): Html {
  const m = docMessages(v.lang);
  const tz = o.directory.organisation.timezone;
  return html`<dl class="facts">
  <dt>${m.receiptNumber}</dt><dd>${doc.receiptNumber ?? '–'}</dd>
  <dt>${m.received}</dt><dd>${dateTime(doc.receivedAt, v.lang, tz)} (${m.age(age(doc.receivedAt, o.now, v.lang))})</dd>
  <dt>${m.channel}</dt><dd>${channelName(doc.channel, v.lang)}</dd>
  <dt>${m.pages}</dt><dd>${doc.pageCount ?? '–'}${doc.pages ? html` · ${doc.parentId ? html`<a href="/documents/${doc.parentId}">${m.partOfFile(doc.pages.join(', '))}</a>` : m.partOfFile(doc.pages.join(', '))}` : ''}</dd>
  ${doc.splitReasons?.length ? html`<dt>${m.separated}</dt><dd lang="nl">${doc.splitReasons.join('; ')}</dd>` : ''}
  <dt>${m.type}</dt><dd>${documentTypeLabel(doc, v.lang, true)}${o.showConfidence ? ` · ${m.confidence} ${percent(doc.confidence)}` : ''}</dd>
  <dt>${m.client}</dt><dd>${doc.clientNumber ?? v.t.unknown}</dd>
  <dt>${m.status}</dt><dd>${statusName(doc.status, v.lang)}</dd>
  ${doc.deletion ? html`<dt>${m.deletedFact}</dt><dd>${m.deletedText(dateTime(doc.deletion.at, v.lang, tz), doc.deletion.rule, doc.deletion.after)}</dd>` : ''}
  ${doc.route && doc.status !== 'triage' ? html`<dt>${m.assignee}</dt><dd>${assigneeLabel(doc, o.directory, v.lang)}</dd>` : ''}
  ${doc.dataProtectionRequest ? html`<dt>${m.dataProtection}</dt><dd>${m.dataProtectionText(doc.dataProtectionRequest)}</dd>` : ''}
  <dt>${m.clock}</dt>${o.clocks.length ? o.clocks.map((clock) => html`<dd>${clockLabel(clock, v.lang)}</dd>`) : html`<dd>${m.noClock}</dd>`}
</dl>`;
}

/** One reason as a list item in the UI language; records from before carry only English machine text. */
export function reasonItem(r: Reason, lang: Lang): Html {
  return r.en ? html`<li lang="${lang}">${reasonText(r, lang)}</li>` : html`<li lang="en">${r.text}</li>`;
}

/** Why the file cannot be used, as a list item in the UI language (records from before: English). */
export function rejectionItem(doc: DocumentRecord, lang: Lang): Html {
  const r = rejectionText(doc, lang);
  return r ? html`<li lang="${r.lang}">${r.text}</li>` : html``;
}

export function reasonsList(v: View, doc: DocumentRecord): Html {
  const m = docMessages(v.lang);
  const reasons = doc.route?.reasons ?? [];
  const rejected = rejectionItem(doc, v.lang);
  if (!reasons.length && !rejectionText(doc, v.lang)) return html``;
  return html`<h2 id="reasons-title">${m.reasons}</h2><ul aria-labelledby="reasons-title">${reasons.map((r) => reasonItem(r, v.lang))}${rejected}</ul>`;
}

export function pagesAndText(v: View, doc: DocumentRecord, pages: PageText[] | undefined, base: string): Html {
  const m = docMessages(v.lang);
  if (doc.status === 'deleted') return html`<div class="notice notice-info"><p>${m.deletedContent}</p></div>`;
  const total = doc.pageCount ?? pages?.length ?? 1;
  const renderable = doc.objectKey && (doc.mediaType === 'application/pdf' || (doc.mediaType ?? '').startsWith('image/'));
  const numbers = Array.from({ length: Math.min(total, 50) }, (_, i) => i + 1);
  return html`<div class="viewer">
  <section aria-labelledby="pages-title">
    <h2 id="pages-title">${m.pageImages}</h2>
    ${
      renderable
        ? numbers.map(
            (n) =>
              html`<img class="page-image" src="${base}/pages/${n}" alt="${m.pageAlt(n, total)}" width="893" height="1263" loading="${n === 1 ? 'eager' : 'lazy'}">`,
          )
        : html`<p>${m.noImage}</p>`
    }
    <p><a href="${base}/original" download>${m.download}</a></p>
  </section>
  <section aria-labelledby="text-title">
    <h2 id="text-title">${m.text}</h2>
    ${
      pages?.length
        ? pages.map(
            (
              p,
            ) => html`<h3>${m.textPage(p.page)} <span class="muted">(${p.blank ? m.blank : p.source === 'ocr' ? m.ocr(p.ocrConfidence ?? 0) : m.textLayer})</span></h3>
    <div class="recognised" tabindex="0" role="region" aria-label="${m.text}: ${m.textPage(p.page)}">${p.text}</div>`,
          )
        : html`<p>${m.noText}</p>`
    }
  </section>
</div>`;
}

export function historyTable(v: View, events: AuditEvent[], timeZone: string): Html {
  const m = docMessages(v.lang);
  const recent = events.slice(-30).reverse();
  return html`<h2 id="history-title">${m.history}</h2>
<div class="table-scroll"><table>
  <caption>${m.historyCaption}</caption>
  <thead><tr><th scope="col">${m.when}</th><th scope="col">${m.what}</th><th scope="col">${m.who}</th></tr></thead>
  <tbody>${recent.map((e) => html`<tr><td>${dateTime(e.at, v.lang, timeZone)}</td><td>${m.events[e.type] ?? e.type}</td><td>${e.actor}</td></tr>`)}</tbody>
</table></div>`;
}
