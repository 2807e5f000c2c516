import { html } from 'hono/html';
import type { DocumentPages } from '../../functions/split/correct-split.ts';
import type { DocumentRecord } from '../../shared/domain/document.ts';
import { pageRange } from '../../shared/domain/page-range.ts';
import {
  formatLayout,
  type Layout,
  type LayoutIssue,
  leaveOut,
  mergeWithPrevious,
  moveToNext,
  moveToPrevious,
  splitAt,
  takeBack,
  validateLayout,
} from '../../shared/domain/split-layout.ts';
import { defineMessages, type Lang } from './i18n.ts';
import { csrfField, type FieldError, type Html, type View } from './layout.ts';

/**
 * The triage officer's split panel: the document's pages as thumbnails, grouped into the parts
 * proposed (or as the officer rearranged them), with the machine's reasons in Dutch. Every edit
 * (move a page over a boundary, split here, merge with the previous part, leave out or take back
 * a blank page or sheet) is a plain link to the same page with the new arrangement in `?parts=`:
 * nothing is stored until the officer confirms, which posts the arrangement (with the CSRF token).
 */
export const splitMessages = defineMessages(
  {
    title: 'Splitsing controleren',
    introProposal:
      'Het systeem denkt dat dit bestand meerdere documenten bevat, maar twijfelt waar ze beginnen. Controleer de delen: verplaats een pagina, splits of voeg samen, en bevestig. Elk deel wordt daarna apart herkend, doorgestuurd en krijgt een eigen ontvangstbewijs.',
    introNone:
      'Zitten er meerdere documenten in dit bestand? Splits het hier in delen en bevestig. Elk deel wordt daarna apart herkend, doorgestuurd en krijgt een eigen ontvangstbewijs.',
    openNone: 'Bestaat dit bestand uit meerdere documenten? Splitsen',
    why: 'Waarom het systeem twijfelt',
    changed: 'U heeft het voorstel aangepast. Er is nog niets opgeslagen.',
    reset: 'Terug naar het voorstel',
    parts: (n: number) => (n === 1 ? '1 document' : `${n} documenten`),
    part: (i: number, pages: string) => `Deel ${i}: pagina ${pages}`,
    pageAlt: (n: number) => `Pagina ${n} van het bestand`,
    pageLabel: (n: number) => `Pagina ${n}`,
    blank: 'lege pagina',
    sheet: 'voorblad of scheidingsblad',
    toPrevious: (i: number) => `Naar deel ${i}`,
    toNext: (i: number) => `Naar deel ${i}`,
    splitHere: 'Hier splitsen',
    splitHereHint: (n: number) => `: nieuw document vanaf pagina ${n}`,
    merge: (i: number) => `Samenvoegen met deel ${i}`,
    leaveOut: 'Weglaten',
    takeBack: 'Toch meenemen',
    pageHidden: (n: number) => ` (pagina ${n})`,
    excluded: 'Niet meegenomen',
    excludedHint: 'Lege pagina’s en voorbladen worden geen document. Zat er toch iets op? Neem de pagina dan mee.',
    confirmMany: (n: number) => `Bevestigen: ${n} documenten maken`,
    confirmOne: 'Bevestigen: het is één document',
    confirmOneHint: 'Het bestand gaat dan als één document verder en wordt opnieuw herkend en doorgestuurd.',
    splitFirst: 'Splits het bestand eerst in delen; daarna kunt u bevestigen.',
    problem: 'Zo kan het niet',
    issues: {
      'no-parts': () => 'Er zijn geen delen.',
      'empty-part': (n: number) => `Deel ${n} heeft geen pagina’s.`,
      'blank-part': (n: number) =>
        `Deel ${n} bestaat alleen uit lege pagina’s of voorbladen: dat wordt geen document. Voeg het samen met een ander deel of laat die pagina’s weg.`,
      'unknown-page': (n: number) => `Pagina ${n} hoort niet bij dit document.`,
      'page-twice': (n: number) => `Pagina ${n} zit in meer dan één deel.`,
      'page-missing': (n: number) => `Pagina ${n} zit in geen enkel deel. Elke pagina met inhoud moet in precies één deel zitten.`,
    },
    unreadable: 'De indeling kon niet worden gelezen. Laad de pagina opnieuw en probeer het nog eens.',
    notRead: 'Van dit document zijn de pagina’s (nog) niet gelezen: splitsen kan niet.',
    doneMany: (n: number) => `Het bestand is gesplitst in ${n} documenten. Elk deel wordt nu apart herkend en doorgestuurd.`,
    doneOne: 'Het document gaat als één geheel verder en wordt opnieuw herkend en doorgestuurd.',
  },
  {
    title: 'Check the split',
    introProposal:
      'The system thinks this file holds several documents, but is unsure where they begin. Check the parts: move a page, split or merge, and confirm. Each part is then recognised and routed on its own, with its own receipt.',
    introNone:
      'Does this file hold several documents? Split it into parts here and confirm. Each part is then recognised and routed on its own, with its own receipt.',
    openNone: 'Does this file hold several documents? Split it',
    why: 'Why the system is unsure',
    changed: 'You have changed the proposal. Nothing has been saved yet.',
    reset: 'Back to the proposal',
    parts: (n: number) => (n === 1 ? '1 document' : `${n} documents`),
    part: (i: number, pages: string) => `Part ${i}: page ${pages}`,
    pageAlt: (n: number) => `Page ${n} of the file`,
    pageLabel: (n: number) => `Page ${n}`,
    blank: 'blank page',
    sheet: 'cover or separator sheet',
    toPrevious: (i: number) => `To part ${i}`,
    toNext: (i: number) => `To part ${i}`,
    splitHere: 'Split here',
    splitHereHint: (n: number) => `: a new document from page ${n}`,
    merge: (i: number) => `Merge with part ${i}`,
    leaveOut: 'Leave out',
    takeBack: 'Take back',
    pageHidden: (n: number) => ` (page ${n})`,
    excluded: 'Left out',
    excludedHint: 'Blank pages and cover sheets never become a document. Was there something on it after all? Then take the page back.',
    confirmMany: (n: number) => `Confirm: make ${n} documents`,
    confirmOne: 'Confirm: it is one document',
    confirmOneHint: 'The file then goes on as one document and is recognised and routed again.',
    splitFirst: 'Split the file into parts first; then you can confirm.',
    problem: 'This is not possible',
    issues: {
      'no-parts': () => 'There are no parts.',
      'empty-part': (n: number) => `Part ${n} has no pages.`,
      'blank-part': (n: number) =>
        `Part ${n} holds only blank pages or cover sheets: that is no document. Merge it with another part or leave those pages out.`,
      'unknown-page': (n: number) => `Page ${n} is not part of this document.`,
      'page-twice': (n: number) => `Page ${n} is in more than one part.`,
      'page-missing': (n: number) => `Page ${n} is in no part. Every page with content must be in exactly one part.`,
    },
    unreadable: 'The arrangement could not be read. Reload the page and try again.',
    notRead: 'The pages of this document have not been read (yet): it cannot be split.',
    doneMany: (n: number) => `The file was split into ${n} documents. Each part is now recognised and routed on its own.`,
    doneOne: 'The document goes on as one and is recognised and routed again.',
  },
);

/** The messages for what is wrong with a layout, tied to the parts list. */
export function layoutErrors(lang: Lang, issues: LayoutIssue[]): FieldError[] {
  const m = splitMessages(lang);
  return issues.map((issue) => ({
    field: 'split-parts',
    message:
      issue.kind === 'no-parts'
        ? m.issues['no-parts']()
        : issue.kind === 'empty-part' || issue.kind === 'blank-part'
          ? m.issues[issue.kind](issue.part)
          : m.issues[issue.kind](issue.page),
  }));
}

export interface SplitPanelOptions {
  /** The triage page of the document: edits link to it, the confirmation posts to `<base>/split`. */
  base: string;
  /** The arrangement shown: the proposal, or the officer's edits of it. */
  layout: Layout;
  errors: FieldError[];
}

export function splitPanel(v: View, doc: DocumentRecord, read: DocumentPages, o: SplitPanelOptions): Html {
  const m = splitMessages(v.lang);
  const { layout, base } = o;
  const byPage = new Map(read.texts.map((p) => [p.page, p]));
  const excludable = new Set(read.pages.filter((p) => p.excludable).map((p) => p.page));
  const left = read.pages.map((p) => p.page).filter((n) => !layout.some((part) => part.includes(n)));
  const changed = formatLayout(layout) !== formatLayout(read.proposal);
  const draftIssues = validateLayout(layout, read.pages);
  const errors = o.errors.length ? o.errors : layoutErrors(v.lang, draftIssues);
  const hasProposal = Boolean(doc.splitProposal);
  const link = (next: Layout, anchor: string) => `${base}?parts=${formatLayout(next)}#${anchor}`;
  /** The document's own page number of a file page (a part of a file shows its pages from 1). */
  const position = (n: number) => (doc.pages ? doc.pages.indexOf(n) + 1 : n);

  const thumb = (n: number, actions: Html[]) => {
    const p = byPage.get(n);
    const kind = p?.blank ? m.blank : excludable.has(n) ? m.sheet : '';
    return html`<li class="thumb" id="page-${n}">
      <img src="/documents/${doc.id}/pages/${position(n)}" alt="${m.pageAlt(n)}" width="140" height="198" loading="lazy">
      <p class="thumb-label">${m.pageLabel(n)}${kind ? html` <span class="muted">(${kind})</span>` : ''}</p>
      ${actions.length ? html`<ul class="thumb-actions">${actions.map((a) => html`<li>${a}</li>`)}</ul>` : ''}
    </li>`;
  };

  const parts = layout.map((part, i) => {
    const pages = part.map((n, j) => {
      const actions: Html[] = [];
      if (j === 0 && i > 0)
        actions.push(
          html`<a href="${link(moveToPrevious(layout, n), `page-${n}`)}">← ${m.toPrevious(i)}<span class="visually-hidden">${m.pageHidden(n)}</span></a>`,
        );
      if (j > 0)
        actions.push(
          html`<a href="${link(splitAt(layout, n), `page-${n}`)}">${m.splitHere}<span class="visually-hidden">${m.splitHereHint(n)}</span></a>`,
        );
      if (j === part.length - 1 && i < layout.length - 1)
        actions.push(
          html`<a href="${link(moveToNext(layout, n), `page-${n}`)}">${m.toNext(i + 2)} →<span class="visually-hidden">${m.pageHidden(n)}</span></a>`,
        );
      if (excludable.has(n))
        actions.push(
          html`<a href="${link(leaveOut(layout, n), `page-${n}`)}">${m.leaveOut}<span class="visually-hidden">${m.pageHidden(n)}</span></a>`,
        );
      return thumb(n, actions);
    });
    return html`<li class="split-part">
  <section aria-labelledby="part-${i + 1}-title">
    <h3 id="part-${i + 1}-title">${m.part(i + 1, pageRange(part))}</h3>
    ${i > 0 ? html`<p><a href="${link(mergeWithPrevious(layout, i), `page-${part[0]}`)}">${m.merge(i)}</a></p>` : ''}
    <ul class="thumbs">${pages}</ul>
  </section>
</li>`;
  });

  const confirm =
    errors.length > 0
      ? ''
      : layout.length > 1
        ? html`<form method="post" action="${base}/split">
    ${csrfField(v)}
    <input type="hidden" name="parts" value="${formatLayout(layout)}">
    <p><button type="submit">${m.confirmMany(layout.length)}</button></p>
  </form>`
        : hasProposal
          ? html`<form method="post" action="${base}/split">
    ${csrfField(v)}
    <input type="hidden" name="parts" value="${formatLayout(layout)}">
    <p class="hint" id="confirm-one-hint">${m.confirmOneHint}</p>
    <p><button type="submit" aria-describedby="confirm-one-hint">${m.confirmOne}</button></p>
  </form>`
          : html`<p class="hint">${m.splitFirst}</p>`;

  const body = html`<p>${hasProposal ? m.introProposal : m.introNone}</p>
  ${
    doc.splitProposal?.reasons.length
      ? html`<h3 id="split-why">${m.why}</h3><ul aria-labelledby="split-why" lang="nl">${doc.splitProposal.reasons.map((r) => html`<li>${r}</li>`)}</ul>`
      : ''
  }
  ${changed ? html`<div class="notice notice-info" role="status"><p>${m.changed} <a href="${base}#split-title">${m.reset}</a></p></div>` : ''}
  ${
    errors.length
      ? html`<div class="error-summary" role="alert" aria-labelledby="split-problem-title" tabindex="-1">
    <h3 id="split-problem-title">${m.problem}</h3>
    <ul>${errors.map((e) => html`<li>${e.message}</li>`)}</ul>
  </div>`
      : ''
  }
  <p class="muted">${m.parts(layout.length)}</p>
  <ol class="split-parts" id="split-parts">${parts}</ol>
  ${
    left.length
      ? html`<section aria-labelledby="split-excluded-title">
    <h3 id="split-excluded-title">${m.excluded}</h3>
    <p class="hint">${m.excludedHint}</p>
    <ul class="thumbs">${left.map((n) =>
      thumb(n, [
        html`<a href="${link(takeBack(layout, n), `page-${n}`)}">${m.takeBack}<span class="visually-hidden">${m.pageHidden(n)}</span></a>`,
      ]),
    )}</ul>
  </section>`
      : ''
  }
  ${confirm}`;

  const open = hasProposal || changed || o.errors.length > 0;
  return html`<section aria-labelledby="split-title" class="split-panel">
  <h2 id="split-title">${m.title}</h2>
  ${open ? body : html`<details><summary>${m.openNone}</summary>${body}</details>`}
</section>`;
}
