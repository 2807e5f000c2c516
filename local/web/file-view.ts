import { html } from 'hono/html';
import type { AuditEvent } from '../../shared/domain/audit.ts';
import type { Directory } from '../../shared/domain/directory.ts';
import type { DocumentRecord } from '../../shared/domain/document.ts';
import { pageRange } from '../../shared/domain/page-range.ts';
import { canOpen, type FileView, isRestricted } from './access.ts';
import { documentTypeLabel, historyTable } from './document-view.ts';
import { age, dateTime } from './format.ts';
import { channelName, defineMessages, statusName } from './i18n.ts';
import type { Html, View } from './layout.ts';
import type { WebUser } from './users.ts';

/**
 * The page of a file that was split into parts: the file's facts and its current parts, each
 * linked only for whom that part's own rules allow (`fileView` in access.ts has the rule). Triage
 * officers also see the file's pages, except those of a restricted part that is not theirs to
 * open and of a part not yet classified.
 */
export const fileMessages = defineMessages(
  {
    title: (name: string) => `Bestand ${name}`,
    intro:
      'Dit bestand bevatte meerdere documenten. Elk deel is een document met een eigen ontvangstnummer, behandelaar en ontvangstbewijs.',
    received: 'Ontvangen',
    channel: 'Binnengekomen via',
    pageCount: "Pagina's",
    parts: 'Delen van het bestand',
    partsCaption: (n: number) => `Dit bestand bestaat nu uit ${n === 1 ? '1 document' : `${n} documenten`}`,
    part: 'Deel',
    pages: "Pagina's",
    receiptNumber: 'Ontvangstnummer',
    type: 'Soort',
    client: 'Klant',
    status: 'Stand',
    open: 'Openen',
    openLabel: (i: number) => `Deel ${i} openen`,
    onlyAssignee: 'alleen de behandelaar',
    notYours: 'niet voor u',
    filePages: "Pagina's van het bestand",
    pageAlt: (n: number) => `Pagina ${n} van het bestand`,
    hiddenRestricted: 'Vertrouwelijk deel: alleen de behandelaar ziet deze pagina.',
    hiddenUnclassified: 'Dit deel wordt nog herkend; de pagina is daarna te zien.',
    download: 'Origineel bestand downloaden',
    noWholeDownload:
      'Het originele bestand als geheel is niet te downloaden, omdat u niet alle pagina’s mag zien. Download de delen afzonderlijk vanaf hun eigen pagina.',
    age: (a: string) => `${a} geleden`,
    replaced: 'Vervangen delen',
    replacedCaption: 'Delen die een gecorrigeerde splitsing verving; niemand werkt er meer aan',
    replacedBy: 'Vervangen door',
  },
  {
    title: (name: string) => `File ${name}`,
    intro: 'This file held several documents. Each part is a document with its own receipt number, assignee and receipt.',
    received: 'Received',
    channel: 'Came in by',
    pageCount: 'Pages',
    parts: 'Parts of the file',
    partsCaption: (n: number) => `This file now consists of ${n === 1 ? '1 document' : `${n} documents`}`,
    part: 'Part',
    pages: 'Pages',
    receiptNumber: 'Receipt number',
    type: 'Type',
    client: 'Client',
    status: 'State',
    open: 'Open',
    openLabel: (i: number) => `Open part ${i}`,
    onlyAssignee: 'assignee only',
    notYours: 'not for you',
    filePages: 'Pages of the file',
    pageAlt: (n: number) => `Page ${n} of the file`,
    hiddenRestricted: 'Confidential part: only its assignee sees this page.',
    hiddenUnclassified: 'This part is still being recognised; the page can be seen afterwards.',
    download: 'Download the original file',
    noWholeDownload:
      'The original file cannot be downloaded as a whole, because you may not see all of its pages. Download the parts one by one from their own pages.',
    age: (a: string) => `${a} ago`,
    replaced: 'Replaced parts',
    replacedCaption: 'Parts a corrected split replaced; nobody works on them any more',
    replacedBy: 'Replaced by',
  },
);

export interface FilePageInput {
  user: WebUser;
  file: DocumentRecord;
  parts: DocumentRecord[];
  fileView: FileView;
  directory: Directory;
  now: Date;
  today: string;
  events: AuditEvent[];
  /** The split panel (triage officers): it shows the file's pages itself. */
  panel?: Html;
  /** Parts a corrected split replaced (triage officers), with the receipt numbers of what replaced them. */
  replaced?: { part: DocumentRecord; by: string[] }[];
}

function replacedTable(v: View, replaced: { part: DocumentRecord; by: string[] }[]): Html {
  const m = fileMessages(v.lang);
  if (!replaced.length) return html``;
  return html`<h2 id="replaced-title">${m.replaced}</h2>
<div class="table-scroll"><table>
  <caption>${m.replacedCaption}</caption>
  <thead><tr><th scope="col">${m.receiptNumber}</th><th scope="col">${m.pages}</th><th scope="col">${m.status}</th><th scope="col">${m.replacedBy}</th></tr></thead>
  <tbody>${replaced.map(
    (r) =>
      html`<tr><td>${r.part.receiptNumber ?? '–'}</td><td>${pageRange(r.part.pages ?? [])}</td><td>${statusName(r.part.status, v.lang)}</td><td>${r.by.join(', ') || '–'}</td></tr>`,
  )}</tbody>
</table></div>`;
}

export function fileFacts(v: View, file: DocumentRecord, directory: Directory, now: Date): Html {
  const m = fileMessages(v.lang);
  return html`<dl class="facts">
  <dt>${m.received}</dt><dd>${dateTime(file.receivedAt, v.lang, directory.organisation.timezone)} (${m.age(age(file.receivedAt, now, v.lang))})</dd>
  <dt>${m.channel}</dt><dd>${channelName(file.channel, v.lang)}</dd>
  <dt>${m.pageCount}</dt><dd>${file.pageCount ?? '–'}</dd>
</dl>`;
}

/** The current parts as a table; what a user learns of a part they may not open is limited to its pages and state. */
export function partsTable(v: View, i: Omit<FilePageInput, 'events' | 'panel' | 'file' | 'now'>): Html {
  const m = fileMessages(v.lang);
  const rows = i.parts.map((p, index) => {
    const mayOpen = canOpen(i.user, p, i.directory, i.today).allowed;
    const details = mayOpen || i.fileView.mayCorrect;
    return html`<tr>
    <td>${index + 1}</td>
    <td>${p.pages ? pageRange(p.pages) : '–'}</td>
    <td>${details ? (p.receiptNumber ?? '–') : '–'}</td>
    <td>${details ? documentTypeLabel(p, v.lang, mayOpen) : '–'}</td>
    <td>${details && (mayOpen || !isRestricted(p)) ? (p.clientNumber ?? v.t.unknown) : '–'}</td>
    <td>${statusName(p.status, v.lang)}</td>
    <td>${
      mayOpen
        ? html`<a href="/documents/${p.id}" aria-label="${m.openLabel(index + 1)}">${m.open}</a>`
        : html`<span class="muted">${isRestricted(p) ? m.onlyAssignee : m.notYours}</span>`
    }</td></tr>`;
  });
  return html`<div class="table-scroll"><table id="file-parts">
  <caption>${m.partsCaption(i.parts.length)}</caption>
  <thead><tr><th scope="col">${m.part}</th><th scope="col">${m.pages}</th><th scope="col">${m.receiptNumber}</th><th scope="col">${m.type}</th>
  <th scope="col">${m.client}</th><th scope="col">${m.status}</th><th scope="col"><span class="visually-hidden">${m.open}</span></th></tr></thead>
  <tbody>${rows}</tbody>
</table></div>`;
}

/** The file's pages as thumbnails: the visible ones as images, the others as a plain note of why not. */
export function filePages(v: View, file: DocumentRecord, fv: FileView): Html {
  const m = fileMessages(v.lang);
  const numbers = [...new Set([...fv.visiblePages, ...fv.hiddenPages.keys()])].sort((a, b) => a - b);
  return html`<section aria-labelledby="file-pages-title">
  <h2 id="file-pages-title">${m.filePages}</h2>
  <ul class="thumbs">${numbers.map((n) => {
    const hidden = fv.hiddenPages.get(n);
    return html`<li class="thumb" id="file-page-${n}">${
      hidden
        ? html`<p class="thumb-hidden">${hidden === 'restricted' ? m.hiddenRestricted : m.hiddenUnclassified}</p>`
        : html`<img src="/documents/${file.id}/pages/${n}" alt="${m.pageAlt(n)}" width="140" height="198" loading="lazy">`
    }<p class="thumb-label">${m.pageAlt(n)}</p></li>`;
  })}</ul>
  ${wholeDownload(v, file, fv)}
</section>`;
}

function wholeDownload(v: View, file: DocumentRecord, fv: FileView): Html {
  const m = fileMessages(v.lang);
  return fv.wholeOriginal
    ? html`<p><a href="/documents/${file.id}/original" download>${m.download}</a></p>`
    : html`<p class="hint">${m.noWholeDownload}</p>`;
}

export function filePageBody(v: View, i: FilePageInput): Html {
  const m = fileMessages(v.lang);
  return html`<h1>${m.title(i.file.filename)}</h1>
<p class="lead">${m.intro}</p>
${fileFacts(v, i.file, i.directory, i.now)}
<h2 id="parts-title">${m.parts}</h2>
${partsTable(v, i)}
${i.fileView.mayCorrect ? (i.panel ? html`${i.panel}${wholeDownload(v, i.file, i.fileView)}` : filePages(v, i.file, i.fileView)) : ''}
${i.fileView.mayCorrect ? replacedTable(v, i.replaced ?? []) : ''}
${i.fileView.mayCorrect ? historyTable(v, i.events, i.directory.organisation.timezone) : ''}`;
}
