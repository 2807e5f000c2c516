import { html } from 'hono/html';
import type { Directory } from '../../shared/domain/directory.ts';
import type { DocumentRecord } from '../../shared/domain/document.ts';
import type { MailMessageRecord, ReplyState } from '../../shared/domain/mail-intake.ts';
import { canOpen, isRestricted, mayOpenMessage } from './access.ts';
import type { WebContext } from './context.ts';
import { currentParts } from './document-access.ts';
import { documentTypeLabel } from './document-view.ts';
import { dateTime } from './format.ts';
import { defineMessages, type Lang, statusName } from './i18n.ts';
import type { Html, View } from './layout.ts';
import type { WebUser } from './users.ts';

/**
 * Post by e-mail in the web app: the message a document came from, with the other documents made
 * from it (each linked only for whom its own rules allow; a restricted one the viewer may not
 * open is only "vertrouwelijk document"), the attachments that were refused and why, whether the
 * sender got the one reply, and the original message for whom may open all of it
 * (`mayOpenMessage`). The plain words for the mail log's codes are here too: the operations page
 * shows them. Never the sender's address or the subject: the page shows what it showed before.
 */
export const mailMessages = defineMessages(
  {
    title: (n: number) => (n === 1 ? 'Uit een e-mail' : `Uit één e-mail met ${n} documenten`),
    received: 'Ontvangen',
    reply: 'Ontvangstbevestiging',
    replySent: (at: string) => `ontvangstbevestiging gestuurd op ${at}`,
    replyNotSent: (why: string) => `geen ontvangstbevestiging gestuurd: ${why}`,
    replyPending: 'nog geen ontvangstbevestiging gestuurd',
    documents: 'Documenten uit deze e-mail',
    documentsCaption: (n: number) => `Deze e-mail gaf ${n === 1 ? '1 document' : `${n} documenten`}`,
    receiptNumber: 'Ontvangstnummer',
    type: 'Soort',
    status: 'Stand',
    open: 'Openen',
    openLabel: (receipt: string) => `Document ${receipt} openen`,
    thisDocument: 'dit document',
    notYours: 'niet voor u',
    refused: 'Niet aangenomen bijlagen',
    ignored: (n: number) =>
      `${n === 1 ? '1 onderdeel' : `${n} onderdelen`} overgeslagen (logo’s, handtekeningen en kleine afbeeldingen in de tekst).`,
    download: 'Oorspronkelijke e-mail downloaden',
    noDownload:
      'De oorspronkelijke e-mail bevat alle bijlagen. U kunt hem niet downloaden, omdat u niet alle documenten uit deze e-mail mag zien.',
    why: {
      'auto-submitted': 'de e-mail kwam van een automatische afzender (bijvoorbeeld een afwezigheidsbericht)',
      precedence: 'de e-mail was een bulk- of lijstbericht',
      'mailing-list': 'de e-mail kwam via een mailinglijst',
      'auto-response-suppress': 'de afzender vroeg om geen automatische antwoorden',
      bounce: 'de e-mail was een melding dat een bericht niet kon worden bezorgd',
      'no-sender': 'er stond geen bruikbaar afzenderadres in de e-mail',
      'no-reply-sender': 'de afzender is een adres waarop geen antwoord kan worden ontvangen (no-reply)',
      'own-address': 'de e-mail kwam van ons eigen adres',
      unreadable: 'de e-mail kon niet worden gelezen',
      'rate-limited': 'deze afzender kreeg kort tevoren al het hoogste aantal antwoorden',
      virus: 'de e-mail bevatte een virus; de afzender is waarschijnlijk vervalst',
      spam: 'de e-mail was spam; de afzender is waarschijnlijk vervalst',
    } as Record<string, string>,
    refusedWhy: {
      'sniff.office': 'een Office-bestand (zoals Word of Excel); wij nemen alleen PDF en foto’s aan',
      'sniff.archive': 'een ingepakt bestand (zoals ZIP); niet geopend',
      'sniff.executable': 'een programma; niet geopend',
      'sniff.html': 'een webpagina (HTML), geen scan of PDF',
      'sniff.text': 'een tekst- of gegevensbestand, geen scan of PDF',
      'sniff.email': 'een opgeslagen e-mail die niet kon worden uitgepakt',
      'sniff.bmp': 'een BMP-afbeelding, die kunnen wij niet lezen',
      'sniff.svg': 'een SVG-tekening, geen scan of PDF',
      'sniff.empty': 'een leeg bestand',
      'mail.encrypted': 'een PDF met een wachtwoord; die kunnen wij niet openen',
      'mail.encrypted-message': 'een versleutelde e-mail (S/MIME of PGP); die kunnen wij niet openen',
    } as Record<string, string>,
    refusedOther: 'een soort bestand dat wij niet kunnen gebruiken',
    rejectedWhy: {
      'mail.too-large': (mb: string) => `de e-mail was te groot (${mb} MB)`,
      'mail.malformed': () => 'de e-mail was beschadigd en kon niet worden gelezen',
      'mail.too-many-parts': () => 'de e-mail had meer bijlagen dan wij per e-mail aannemen',
      'mail.nothing-to-take-in': () => 'in de e-mail zat niets dat kon worden aangenomen',
      'mail.virus': () => 'de e-mail bevatte een virus (niet geopend)',
      'mail.spam': () => 'de e-mail was spam',
    } as Record<string, (mb: string) => string>,
    rejectedOther: 'de e-mail kon niet worden aangenomen',
  },
  {
    title: (n: number) => (n === 1 ? 'From an e-mail' : `From one e-mail with ${n} documents`),
    received: 'Received',
    reply: 'Receipt',
    replySent: (at: string) => `receipt sent on ${at}`,
    replyNotSent: (why: string) => `no receipt sent: ${why}`,
    replyPending: 'no receipt sent yet',
    documents: 'Documents from this e-mail',
    documentsCaption: (n: number) => `This e-mail gave ${n === 1 ? '1 document' : `${n} documents`}`,
    receiptNumber: 'Receipt number',
    type: 'Type',
    status: 'State',
    open: 'Open',
    openLabel: (receipt: string) => `Open document ${receipt}`,
    thisDocument: 'this document',
    notYours: 'not for you',
    refused: 'Attachments not taken in',
    ignored: (n: number) => `${n === 1 ? '1 part' : `${n} parts`} left out (logos, signatures and small images in the text).`,
    download: 'Download the original e-mail',
    noDownload:
      'The original e-mail holds every attachment. You cannot download it, because you may not see every document from this e-mail.',
    why: {
      'auto-submitted': 'the e-mail came from an automatic sender (such as an out-of-office reply)',
      precedence: 'the e-mail was a bulk or list message',
      'mailing-list': 'the e-mail came through a mailing list',
      'auto-response-suppress': 'the sender asked for no automatic replies',
      bounce: 'the e-mail was a notice that a message could not be delivered',
      'no-sender': 'the e-mail had no usable sender address',
      'no-reply-sender': 'the sender is an address that takes no replies (no-reply)',
      'own-address': 'the e-mail came from our own address',
      unreadable: 'the e-mail could not be read',
      'rate-limited': 'this sender had already had the most replies allowed in a short time',
      virus: 'the e-mail carried a virus; its sender is most likely forged',
      spam: 'the e-mail was spam; its sender is most likely forged',
    } as Record<string, string>,
    refusedWhy: {
      'sniff.office': 'an Office file (such as Word or Excel); we only take in PDFs and photos',
      'sniff.archive': 'a packed file (such as ZIP); not opened',
      'sniff.executable': 'a program; not opened',
      'sniff.html': 'a web page (HTML), not a scan or PDF',
      'sniff.text': 'a text or data file, not a scan or PDF',
      'sniff.email': 'a saved e-mail that could not be unpacked',
      'sniff.bmp': 'a BMP image, which we cannot read',
      'sniff.svg': 'an SVG drawing, not a scan or PDF',
      'sniff.empty': 'an empty file',
      'mail.encrypted': 'a PDF with a password; we cannot open it',
      'mail.encrypted-message': 'an encrypted e-mail (S/MIME or PGP); we cannot open it',
    } as Record<string, string>,
    refusedOther: 'a type of file we cannot use',
    rejectedWhy: {
      'mail.too-large': (mb: string) => `the e-mail was too large (${mb} MB)`,
      'mail.malformed': () => 'the e-mail was damaged and could not be read',
      'mail.too-many-parts': () => 'the e-mail had more attachments than we take in per e-mail',
      'mail.nothing-to-take-in': () => 'the e-mail held nothing that could be taken in',
      'mail.virus': () => 'the e-mail carried a virus (not opened)',
      'mail.spam': () => 'the e-mail was spam',
    } as Record<string, (mb: string) => string>,
    rejectedOther: 'the e-mail could not be taken in',
  },
);

/** Whether the sender got the reply, or why not, in plain words (never the address it went to). */
export function replyStateText(reply: ReplyState | null, lang: Lang, timeZone: string): string {
  const m = mailMessages(lang);
  if (!reply) return m.replyPending;
  if (reply.state === 'sent') return m.replySent(dateTime(reply.at, lang, timeZone));
  return m.replyNotSent(m.why[reply.why] ?? reply.why);
}

/** Why an attachment was refused, in plain words. */
export function refusedText(code: string, lang: Lang): string {
  const m = mailMessages(lang);
  return m.refusedWhy[code] ?? m.refusedOther;
}

/** Why a message was refused whole, in plain words. */
export function rejectedText(message: Pick<MailMessageRecord, 'rejectCode' | 'byteSize'>, lang: Lang): string {
  const m = mailMessages(lang);
  const mb = (Math.round((message.byteSize / 1024 / 1024) * 10) / 10).toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB');
  const why = message.rejectCode ? m.rejectedWhy[message.rejectCode] : undefined;
  return why ? why(mb) : m.rejectedOther;
}

/** The message a document came from; a part of a split attachment came from its file's message. */
export async function messageOf(web: WebContext, doc: DocumentRecord): Promise<MailMessageRecord | undefined> {
  if (doc.channel !== 'email') return undefined;
  let current: DocumentRecord | undefined = doc;
  // A part can be split further: a few steps up at most.
  for (let depth = 0; current && depth < 4; depth++) {
    const message = await web.rt.mailLog.findByDocument(current.id);
    if (message) return message;
    current = current.parentId ? await web.rt.ledger.getDocument(current.parentId) : undefined;
  }
  return undefined;
}

/** The documents made from a message as people work on them: a split attachment as its current parts. */
export async function messageDocuments(web: WebContext, message: MailMessageRecord): Promise<DocumentRecord[]> {
  const out: DocumentRecord[] = [];
  const add = async (doc: DocumentRecord, depth: number) => {
    if (doc.status === 'split' && depth < 4) for (const part of await currentParts(web, doc)) await add(part, depth + 1);
    else out.push(doc);
  };
  for (const id of message.documentIds) {
    const doc = await web.rt.ledger.getDocument(id);
    if (doc) await add(doc, 0);
  }
  return out;
}

/** What the access rule weighs: a duplicate is the document it repeats (same bytes). */
export async function asOpened(web: WebContext, documents: readonly DocumentRecord[]): Promise<DocumentRecord[]> {
  return Promise.all(
    documents.map(async (d) => (d.status === 'duplicate' && d.duplicateOf ? ((await web.rt.ledger.getDocument(d.duplicateOf)) ?? d) : d)),
  );
}

export interface MailEntry {
  doc: DocumentRecord;
  mayOpen: boolean;
}

export interface MailBlock {
  message: MailMessageRecord;
  entries: MailEntry[];
  mayDownload: boolean;
}

/** The message block of a document's page, or undefined when the document did not come by e-mail. */
export async function mailBlockFor(
  web: WebContext,
  user: WebUser,
  doc: DocumentRecord,
  directory: Directory,
  day: string,
): Promise<MailBlock | undefined> {
  const message = await messageOf(web, doc);
  if (!message) return undefined;
  const documents = await messageDocuments(web, message);
  return {
    message,
    entries: documents.map((d) => ({ doc: d, mayOpen: canOpen(user, d, directory, day).allowed })),
    mayDownload: mayOpenMessage(user, await asOpened(web, documents), directory, day),
  };
}

/**
 * The block on a document's page. What a viewer learns of a document they may not open: its
 * receipt number, type and state, unless it is restricted: then only "vertrouwelijk document".
 */
export function mailBlock(v: View, block: MailBlock, o: { currentId: string; timeZone: string }): Html {
  const m = mailMessages(v.lang);
  const { message, entries } = block;
  const rows = entries.map(({ doc, mayOpen }) => {
    const current = doc.id === o.currentId;
    if (!current && !mayOpen && isRestricted(doc)) return html`<tr><td colspan="4">${documentTypeLabel(doc, v.lang, false)}</td></tr>`;
    return html`<tr>
    <td>${doc.receiptNumber ?? '–'}</td>
    <td>${documentTypeLabel(doc, v.lang, true)}</td>
    <td>${statusName(doc.status, v.lang)}</td>
    <td>${
      current
        ? html`<span class="muted">${m.thisDocument}</span>`
        : mayOpen
          ? html`<a href="/documents/${doc.id}" aria-label="${m.openLabel(doc.receiptNumber ?? '')}">${m.open}</a>`
          : html`<span class="muted">${m.notYours}</span>`
    }</td></tr>`;
  });
  return html`<section class="mail-message" aria-labelledby="mail-title">
  <h2 id="mail-title">${m.title(entries.length)}</h2>
  <dl class="facts">
    <dt>${m.received}</dt><dd>${dateTime(message.receivedAt, v.lang, o.timeZone)}</dd>
    <dt>${m.reply}</dt><dd>${replyStateText(message.reply, v.lang, o.timeZone)}</dd>
  </dl>
  <div class="table-scroll"><table id="mail-documents">
    <caption>${m.documentsCaption(entries.length)}</caption>
    <thead><tr><th scope="col">${m.receiptNumber}</th><th scope="col">${m.type}</th><th scope="col">${m.status}</th><th scope="col"><span class="visually-hidden">${m.open}</span></th></tr></thead>
    <tbody>${rows}</tbody>
  </table></div>
  ${
    message.refused.length
      ? html`<h3 id="mail-refused-title">${m.refused}</h3>
  <ul aria-labelledby="mail-refused-title">${message.refused.map((r) => html`<li>${r.filename}: ${refusedText(r.code, v.lang)}</li>`)}</ul>`
      : ''
  }
  ${message.ignored ? html`<p class="hint">${m.ignored(message.ignored)}</p>` : ''}
  ${
    block.mayDownload
      ? html`<p><a href="/mail/${message.id}/original" download>${m.download}</a></p>`
      : html`<p class="hint">${m.noDownload}</p>`
  }
</section>`;
}
