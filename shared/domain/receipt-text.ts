import type { Channel } from './document.ts';
import { DOCUMENT_TYPES, type DocumentTypeId } from './document-types.ts';

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
  paragraphs: string[];
}

export function receiptLanguage(clientLanguage: string | undefined): ReceiptLanguage {
  return clientLanguage === 'nl' || !clientLanguage ? 'nl' : 'en';
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

/** The receipt as plain text (e-mail body). */
export function receiptPlainText(c: ReceiptContent, organisationName: string): string {
  const width = Math.max(...c.lines.map(([label]) => label.length));
  return [
    `${organisationName} – ${c.title}`,
    '',
    ...c.lines.map(([label, value]) => `${label.padEnd(width)}  ${value}`),
    '',
    ...c.paragraphs.flatMap((p) => [p, '']),
  ].join('\n');
}

/** "Already received" text for the same file handed in again. */
export function duplicateNotice(receiptNumber: string, firstReceivedAt: Date, timeZone: string, language: ReceiptLanguage): string {
  return language === 'nl'
    ? `Dit document hebben wij al ontvangen op ${when(firstReceivedAt, timeZone, 'nl')}, ontvangstnummer ${receiptNumber}.`
    : `We already received this document on ${when(firstReceivedAt, timeZone, 'en')}, receipt number ${receiptNumber}.`;
}
