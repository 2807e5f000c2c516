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
    introApplied:
      'Dit bestand is al in delen gesplitst. Klopt een deel niet? Verplaats een pagina naar het deel ernaast, splits een deel of voeg het samen met het vorige, en bevestig. Delen die niet veranderen blijven zoals ze zijn. Delen die wel veranderen vervallen; de nieuwe delen worden opnieuw herkend, doorgestuurd en krijgen een eigen ontvangstbewijs.',
    partNow: (receipt: string, status: string) => ` · ${receipt} · ${status}`,
    partNew: ' · nieuw document',
    replacedTitle: 'Vervalt als u bevestigt',
    replacedItem: (receipt: string, pages: string, status: string) => `${receipt} (pagina ${pages}, ${status})`,
    inHandling: (receipt: string) =>
      `Deel ${receipt} is al in behandeling genomen of afgehandeld door een consultant en kan daarom niet veranderen. Laat de pagina’s van dat deel zoals ze zijn, of vraag de behandelaar het document eerst door te sturen naar Team Triage.`,
    splitFurther: (receipt: string) => `Deel ${receipt} is zelf al verder gesplitst. Corrigeer die splitsing op de pagina van dat deel.`,
    confirmApplied: (n: number) => `Bevestigen: splitsing corrigeren (${n === 1 ? '1 document' : `${n} documenten`})`,
    unchangedHint: 'Pas de delen aan; daarna kunt u bevestigen.',
    hiddenRestricted: 'Vertrouwelijk deel: alleen de behandelaar ziet deze pagina.',
    hiddenUnclassified: 'Dit deel wordt nog herkend; de pagina is daarna te zien.',
    doneApplied:
      'De splitsing is gecorrigeerd. Delen die niet veranderden bleven zoals ze waren; de nieuwe delen worden nu herkend, doorgestuurd en krijgen een ontvangstbewijs.',
    changedMeanwhile:
      'Iemand anders heeft de delen van dit bestand intussen veranderd. De pagina toont de nieuwe stand: controleer de delen en bevestig opnieuw.',
    wholeFile: 'Het hele bestand en zijn delen bekijken',
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
    introApplied:
      'This file has already been split into parts. Is a part wrong? Move a page to the part next to it, split a part or merge it with the previous one, and confirm. Parts that do not change stay as they are. Parts that change are replaced; the new parts are recognised and routed again, each with its own receipt.',
    partNow: (receipt: string, status: string) => ` · ${receipt} · ${status}`,
    partNew: ' · new document',
    replacedTitle: 'Replaced when you confirm',
    replacedItem: (receipt: string, pages: string, status: string) => `${receipt} (page ${pages}, ${status})`,
    inHandling: (receipt: string) =>
      `Part ${receipt} has already been acknowledged or closed by a consultant, so it cannot change. Leave that part’s pages as they are, or ask its assignee to hand the document over to Team Triage first.`,
    splitFurther: (receipt: string) => `Part ${receipt} has been split further itself. Correct that split on that part’s own page.`,
    confirmApplied: (n: number) => `Confirm: correct the split (${n === 1 ? '1 document' : `${n} documents`})`,
    unchangedHint: 'Change the parts; then you can confirm.',
    hiddenRestricted: 'Confidential part: only its assignee sees this page.',
    hiddenUnclassified: 'This part is still being recognised; the page can be seen afterwards.',
    doneApplied:
      'The split was corrected. Parts that did not change stayed as they were; the new parts are now recognised, routed and receipted.',
    changedMeanwhile:
      'Someone else changed the parts of this file in the meantime. The page shows the new state: check the parts and confirm again.',
    wholeFile: 'View the whole file and its parts',
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
  /** Where the confirmation posts (default `<base>/split`). */
  action?: string;
  /** A split already applied: the file's current parts (each part of the layout that matches one is labelled with it; the others are new). */
  applied?: { parts: DocumentRecord[]; statusName: (p: DocumentRecord) => string };
  /** File pages whose images this user may not see, and why (`fileView`). */
  hidden?: ReadonlyMap<number, 'restricted' | 'unclassified'>;
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
    const hidden = o.hidden?.get(n);
    return html`<li class="thumb" id="page-${n}">
      ${
        hidden
          ? html`<p class="thumb-hidden">${hidden === 'restricted' ? m.hiddenRestricted : m.hiddenUnclassified}</p>`
          : html`<img src="/documents/${doc.id}/pages/${position(n)}" alt="${m.pageAlt(n)}" width="140" height="198" loading="lazy">`
      }
      <p class="thumb-label">${m.pageLabel(n)}${kind ? html` <span class="muted">(${kind})</span>` : ''}</p>
      ${actions.length ? html`<ul class="thumb-actions">${actions.map((a) => html`<li>${a}</li>`)}</ul>` : ''}
    </li>`;
  };

  const applied = o.applied;
  const samePages = (a: readonly number[], b: readonly number[] | undefined) => a.join(',') === (b ?? []).join(',');
  const now = (part: number[]) => applied?.parts.find((p) => p.status !== 'superseded' && samePages(part, p.pages));
  const partNote = (part: number[]) => {
    if (!applied) return '';
    const p = now(part);
    return p ? m.partNow(p.receiptNumber ?? '–', applied.statusName(p)) : m.partNew;
  };
  const replaced = applied ? applied.parts.filter((p) => !layout.some((part) => samePages(part, p.pages))) : [];
  const blocked = replaced.flatMap((p) =>
    p.status === 'acknowledged' || p.status === 'closed'
      ? [{ field: 'split-parts', message: m.inHandling(p.receiptNumber ?? '–') }]
      : p.status === 'split'
        ? [{ field: 'split-parts', message: m.splitFurther(p.receiptNumber ?? '–') }]
        : [],
  );

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
    <h3 id="part-${i + 1}-title">${m.part(i + 1, pageRange(part))}${partNote(part)}</h3>
    ${i > 0 ? html`<p><a href="${link(mergeWithPrevious(layout, i), `page-${part[0]}`)}">${m.merge(i)}</a></p>` : ''}
    <ul class="thumbs">${pages}</ul>
  </section>
</li>`;
  });

  const action = o.action ?? `${base}/split`;
  const confirm =
    errors.length > 0
      ? ''
      : applied
        ? changed && blocked.length === 0
          ? html`<form method="post" action="${action}">
    ${csrfField(v)}
    <input type="hidden" name="parts" value="${formatLayout(layout)}">
    <p><button type="submit">${m.confirmApplied(layout.length)}</button></p>
  </form>`
          : changed
            ? ''
            : html`<p class="hint">${m.unchangedHint}</p>`
        : layout.length > 1
          ? html`<form method="post" action="${action}">
    ${csrfField(v)}
    <input type="hidden" name="parts" value="${formatLayout(layout)}">
    <p><button type="submit">${m.confirmMany(layout.length)}</button></p>
  </form>`
          : hasProposal
            ? html`<form method="post" action="${action}">
    ${csrfField(v)}
    <input type="hidden" name="parts" value="${formatLayout(layout)}">
    <p class="hint" id="confirm-one-hint">${m.confirmOneHint}</p>
    <p><button type="submit" aria-describedby="confirm-one-hint">${m.confirmOne}</button></p>
  </form>`
            : html`<p class="hint">${m.splitFirst}</p>`;

  const shownErrors = [...errors, ...(o.errors.length ? [] : blocked)];
  const body = html`<p>${applied ? m.introApplied : hasProposal ? m.introProposal : m.introNone}</p>
  ${
    doc.splitProposal?.reasons.length
      ? html`<h3 id="split-why">${m.why}</h3><ul aria-labelledby="split-why" lang="nl">${doc.splitProposal.reasons.map((r) => html`<li>${r}</li>`)}</ul>`
      : ''
  }
  ${changed ? html`<div class="notice notice-info" role="status"><p>${m.changed} <a href="${base}#split-title">${m.reset}</a></p></div>` : ''}
  ${
    shownErrors.length
      ? html`<div class="error-summary" role="alert" aria-labelledby="split-problem-title" tabindex="-1">
    <h3 id="split-problem-title">${m.problem}</h3>
    <ul>${shownErrors.map((e) => html`<li>${e.message}</li>`)}</ul>
  </div>`
      : ''
  }
  ${
    applied && replaced.length
      ? html`<h3 id="split-replaced-title">${m.replacedTitle}</h3>
  <ul aria-labelledby="split-replaced-title">${replaced.map((p) => html`<li>${m.replacedItem(p.receiptNumber ?? '–', pageRange(p.pages ?? []), applied.statusName(p))}</li>`)}</ul>`
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

  const open = Boolean(applied) || hasProposal || changed || o.errors.length > 0;
  return html`<section aria-labelledby="split-title" class="split-panel">
  <h2 id="split-title">${m.title}</h2>
  ${open ? body : html`<details><summary>${m.openNone}</summary>${body}</details>`}
</section>`;
}
