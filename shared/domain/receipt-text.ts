import type { Channel } from './document.ts';
import { DOCUMENT_TYPES, type DocumentTypeId } from './document-types.ts';
import { pageRange } from './page-range.ts';

/**
 * What a receipt says, in plain language (Dutch at B1 level, English). Never a BSN, a name or
 * anything from the document's content: only the facts of delivery.
 */
export type ReceiptLanguage = 'nl' | 'en';

export interface ReceiptFacts {
  organisationName: string;
  receiptNumber: string;
  receivedAt: Date;
  timeZone: string;
  channel: Channel;
  pageCount: number | null;
  documentType: DocumentTypeId | null;
  /** The team that handles it, when known. */
  teamName: string | null;
  /** Set when the file could not be read. */
  rejected?: boolean;
  fingerprint: string;
  verifyHint: string;
}

export interface ReceiptContent {
  language: ReceiptLanguage;
  subject: string;
  title: string;
  lines: [label: string, value: string][];
  /** The documents one receipt lists (a submitter's parts of one file): one row each. */
  table?: { head: string[]; rows: string[][] };
  paragraphs: string[];
}

/** One part of a file on a receipt that lists several: what it is, where it is in the file, who has it. */
export interface ReceiptPartFacts {
  receiptNumber: string;
  /** The file's pages (1-based) that make up this document. */
  pages: number[];
  documentType: DocumentTypeId | null;
  teamName: string | null;
  rejected?: boolean;
}

/** The facts of a receipt for several parts of one file, handed in by one submitter. */
export interface CombinedReceiptFacts extends Omit<ReceiptFacts, 'receiptNumber' | 'pageCount' | 'documentType' | 'teamName' | 'rejected'> {
  /** In page order. */
  parts: ReceiptPartFacts[];
}

export function receiptLanguage(clientLanguage: string | undefined): ReceiptLanguage {
  return clientLanguage === 'nl' || !clientLanguage ? 'nl' : 'en';
}

/** The languages a receipt can be written in. */
export const RECEIPT_LANGUAGES: readonly ReceiptLanguage[] = ['nl', 'en'];

/**
 * The receipt's language: the client's language from the directory when it gives one; else the
 * language the document is written in, when a receipt can be written in it; else Dutch.
 */
export function receiptLanguageFor(clientLanguage: string | undefined, documentLanguage: string | undefined): ReceiptLanguage {
  if (clientLanguage) return receiptLanguage(clientLanguage);
  return RECEIPT_LANGUAGES.find((l) => l === documentLanguage) ?? 'nl';
}

/** Short fingerprint for people: the first 16 hex digits of the SHA-256, in groups of four. */
export function shortFingerprint(sha256: string): string {
  return (sha256.slice(0, 16).match(/.{4}/g) ?? []).join(' ');
}

const CHANNEL: Record<ReceiptLanguage, Record<Channel, string>> = {
  nl: { desk: 'aan de balie', post: 'per post', email: 'per e-mail' },
  en: { desk: 'at the front desk', post: 'by post', email: 'by e-mail' },
};

function when(at: Date, timeZone: string, language: ReceiptLanguage) {
  return new Intl.DateTimeFormat(language === 'nl' ? 'nl-NL' : 'en-GB', {
    timeZone,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(at);
}

function typeWords(type: DocumentTypeId | null, language: ReceiptLanguage): string {
  if (!type || type === 'other') return language === 'nl' ? 'document' : 'document';
  const info = DOCUMENT_TYPES[type];
  if (info.restricted) return language === 'nl' ? 'vertrouwelijk document' : 'confidential document';
  return language === 'nl' ? info.nl : info.en;
}

function nextSteps(f: ReceiptFacts, l: ReceiptLanguage): string[] {
  const nl = l === 'nl';
  if (f.rejected)
    return [
      nl
        ? 'Wij hebben uw bestand ontvangen, maar wij kunnen het niet lezen. Lever het document opnieuw in, bijvoorbeeld als scan (PDF of foto). Neem contact met ons op als u vragen heeft.'
        : 'We received your file, but we cannot read it. Please hand in the document again, for example as a scan (PDF or photo). Contact us if you have questions.',
    ];
  const type = f.documentType;
  const info = type ? DOCUMENT_TYPES[type] : undefined;
  if (info?.formalReceipt === 'objection')
    return [
      nl
        ? 'Wij bevestigen dat wij uw bezwaarschrift hebben ontvangen (artikel 6:14 Algemene wet bestuursrecht). Wij nemen binnen 6 weken na het einde van de bezwaartermijn een beslissing. Als wij meer tijd nodig hebben, krijgt u daarover bericht.'
        : 'We confirm that we have received your objection (article 6:14 General Administrative Law Act). We will decide within 6 weeks after the objection period ends. If we need more time, we will let you know.',
    ];
  if (info?.formalReceipt === 'complaint')
    return [
      nl
        ? 'Wij bevestigen dat wij uw klacht hebben ontvangen (artikel 9:6 Algemene wet bestuursrecht). U hoort binnen 6 weken wat wij met uw klacht doen.'
        : 'We confirm that we have received your complaint (article 9:6 General Administrative Law Act). Within 6 weeks you will hear what we do with your complaint.',
    ];
  if (type === 'benefit_application')
    return [
      nl
        ? 'Wij hebben uw aanvraag ontvangen. Wij beslissen binnen 8 weken. Ontbreekt er iets, dan vragen wij u dat aan te vullen.'
        : 'We have received your application. We will decide within 8 weeks. If something is missing, we will ask you for it.',
    ];
  return [
    nl
      ? 'Uw document is doorgestuurd naar de medewerker die het behandelt. U hoeft niets te doen. Wij nemen contact met u op als dat nodig is.'
      : 'Your document has been passed to the person who handles it. You do not need to do anything. We will contact you if needed.',
  ];
}

export function receiptContent(f: ReceiptFacts, language: ReceiptLanguage): ReceiptContent {
  const nl = language === 'nl';
  const lines: [string, string][] = [
    [nl ? 'Ontvangstnummer' : 'Receipt number', f.receiptNumber],
    [nl ? 'Ontvangen op' : 'Received on', when(f.receivedAt, f.timeZone, language)],
    [nl ? 'Ontvangen' : 'Received', CHANNEL[language][f.channel]],
    [nl ? 'Soort document' : 'Type of document', typeWords(f.documentType, language)],
  ];
  if (f.pageCount) lines.push([nl ? "Aantal pagina's" : 'Number of pages', String(f.pageCount)]);
  if (f.teamName) lines.push([nl ? 'Wie behandelt het' : 'Handled by', f.teamName]);
  lines.push([nl ? 'Vingerafdruk van het bestand' : 'File fingerprint', shortFingerprint(f.fingerprint)]);
  const paragraphs = [
    ...nextSteps(f, language),
    nl
      ? `Bewaar dit bewijs. Hiermee kunt u laten zien dat u het document heeft ingeleverd. Controleren kan met het ontvangstnummer: ${f.verifyHint}`
      : `Keep this receipt. It proves that you handed in the document. You can check it with the receipt number: ${f.verifyHint}`,
  ];
  return {
    language,
    subject: nl ? `Ontvangstbewijs ${f.receiptNumber} – ${f.organisationName}` : `Receipt ${f.receiptNumber} – ${f.organisationName}`,
    title: nl ? 'Ontvangstbewijs' : 'Receipt',
    lines,
    paragraphs,
  };
}

/**
 * One receipt for several documents of one submitter in one file: the delivery facts once, then a
 * table with each document's receipt number, type, pages of the file and team. Objections,
 * complaints and applications keep their own (legal) text, naming their receipt number.
 */
export function combinedReceiptContent(f: CombinedReceiptFacts, language: ReceiptLanguage): ReceiptContent {
  const nl = language === 'nl';
  const count = f.parts.length;
  const lines: [string, string][] = [
    [nl ? 'Ontvangen op' : 'Received on', when(f.receivedAt, f.timeZone, language)],
    [nl ? 'Ontvangen' : 'Received', CHANNEL[language][f.channel]],
    [nl ? 'Aantal documenten' : 'Number of documents', String(count)],
    [nl ? 'Vingerafdruk van het bestand' : 'File fingerprint', shortFingerprint(f.fingerprint)],
  ];
  const rows = f.parts.map((p) => [
    p.receiptNumber,
    typeWords(p.rejected ? null : p.documentType, language),
    pagesWords(p.pages, language),
    p.teamName ?? (nl ? 'wordt nog bepaald' : 'to be decided'),
  ]);
  const own = f.parts.flatMap((p) => {
    const steps = nextSteps(partFacts(f, p), language);
    return hasOwnText(p) ? steps.map((s) => `${p.receiptNumber}: ${s}`) : [];
  });
  const withOwnText = f.parts.filter(hasOwnText).length;
  const paragraphs = [
    nl
      ? `Wij hebben ${count} documenten van u ontvangen, samen in één bestand. Hieronder staat per document het ontvangstnummer, welke pagina's van het bestand erbij horen en wie het behandelt.`
      : `We received ${count} documents from you, together in one file. Below you find each document's receipt number, which pages of the file belong to it and who handles it.`,
    ...own,
    ...(withOwnText < count
      ? [
          nl
            ? `${withOwnText > 0 ? 'De andere documenten' : 'De documenten'} zijn doorgestuurd naar de medewerkers die ze behandelen. U hoeft niets te doen. Wij nemen contact met u op als dat nodig is.`
            : `${withOwnText > 0 ? 'The other documents have' : 'The documents have'} been passed to the people who handle them. You do not need to do anything. We will contact you if needed.`,
        ]
      : []),
    nl
      ? `Bewaar dit bewijs. Hiermee kunt u laten zien dat u de documenten heeft ingeleverd. Controleren kan met elk ontvangstnummer: ${f.verifyHint}`
      : `Keep this receipt. It proves that you handed in the documents. You can check each receipt number: ${f.verifyHint}`,
  ];
  return {
    language,
    subject: nl
      ? `Ontvangstbewijs voor ${count} documenten – ${f.organisationName}`
      : `Receipt for ${count} documents – ${f.organisationName}`,
    title: nl ? 'Ontvangstbewijs' : 'Receipt',
    lines,
    table: {
      head: nl
        ? ['Ontvangstnummer', 'Soort document', 'In het bestand', 'Wie behandelt het']
        : ['Receipt number', 'Type of document', 'In the file', 'Handled by'],
      rows,
    },
    paragraphs,
  };
}

/** A part whose type has its own receipt text (legal, application) or that could not be read. */
function hasOwnText(p: ReceiptPartFacts): boolean {
  return (
    Boolean(p.rejected) ||
    p.documentType === 'benefit_application' ||
    Boolean(p.documentType && DOCUMENT_TYPES[p.documentType].formalReceipt)
  );
}

function partFacts(f: CombinedReceiptFacts, p: ReceiptPartFacts): ReceiptFacts {
  return {
    ...f,
    receiptNumber: p.receiptNumber,
    pageCount: p.pages.length,
    documentType: p.documentType,
    teamName: p.teamName,
    rejected: Boolean(p.rejected),
  };
}

/** "pagina 1–3", "pagina 5" / "pages 1–3", "page 5". */
function pagesWords(pages: number[], language: ReceiptLanguage): string {
  const one = pages.length === 1;
  return `${language === 'nl' ? 'pagina' : one ? 'page' : 'pages'} ${pageRange(pages)}`;
}

/** The receipt as plain text (e-mail body). */
export function receiptPlainText(c: ReceiptContent, organisationName: string): string {
  const width = Math.max(...c.lines.map(([label]) => label.length));
  return [
    `${organisationName} – ${c.title}`,
    '',
    ...c.lines.map(([label, value]) => `${label.padEnd(width)}  ${value}`),
    '',
    ...(c.table ? [...plainTable(c.table), ''] : []),
    ...c.paragraphs.flatMap((p) => [p, '']),
  ].join('\n');
}

/** A table in plain text: columns padded to their widest cell. */
function plainTable(table: { head: string[]; rows: string[][] }): string[] {
  const all = [table.head, ...table.rows];
  const widths = table.head.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
  const row = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [row(table.head), row(widths.map((w) => '-'.repeat(w))), ...table.rows.map(row)];
}

/** "Already received" text for the same file handed in again. */
export function duplicateNotice(receiptNumber: string, firstReceivedAt: Date, timeZone: string, language: ReceiptLanguage): string {
  return language === 'nl'
    ? `Dit document hebben wij al ontvangen op ${when(firstReceivedAt, timeZone, 'nl')}, ontvangstnummer ${receiptNumber}.`
    : `We already received this document on ${when(firstReceivedAt, timeZone, 'en')}, receipt number ${receiptNumber}.`;
}
