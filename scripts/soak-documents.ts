/**
 * The soak's inputs: realistic small documents of mixed types for clients of the directory.
 * Mostly born-digital PDFs (text layer), a share of real scans (low-dpi PNG/JPEG pages and
 * image-only PDFs, read by OCR), some exact duplicates of earlier inputs, and a few bad files.
 * Every input but a duplicate has its own reference line, so no two fingerprints are alike.
 */
import sharp from 'sharp';
import type { Client, Directory } from '../shared/domain/directory.ts';
import type { Channel } from '../shared/domain/document.ts';
import { imagesToPdf, renderPage, seededRandom, textPdf } from './lib/render-page.ts';

export type SoakKind = 'pdf' | 'scan-png' | 'scan-jpeg' | 'scan-pdf' | 'duplicate' | 'bad';

export interface SoakInput {
  /** Unique file name: how the soak finds the input's document again. */
  name: string;
  bytes: Uint8Array;
  kind: SoakKind;
  /**
   * `intake`: the intake use case called directly (desk, API); `inbox`: dropped in the scanner
   * folder; `mail`: the attachment of an e-mail put in the mailbox (channel `email`).
   */
  via: 'intake' | 'inbox' | 'mail';
  channel: Channel;
  deskClientNumber?: string;
  receiptEmail?: string;
  /** For an e-mail: who sends it (a client's address on file, or a stranger's). */
  sender?: string;
  /** For a duplicate: the name of the input whose bytes it repeats. */
  duplicateOf?: string;
}

export interface SoakMix {
  /** Share of scans (OCR), split over PNG, JPEG and image-only PDF. Default 0.1. */
  scanShare?: number;
  /** Share of exact duplicates of earlier inputs. Default 0.03. */
  duplicateShare?: number;
  /** Share of bad files (empty, HTML named .pdf, truncated PDF, ZIP). Default 0.015. */
  badShare?: number;
  /** Share that arrives through the inbox folder. Default 0.25. */
  inboxShare?: number;
  /** Share that arrives as an e-mail attachment, when a mailbox is there. Default 0. */
  mailShare?: number;
}

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november'];
const EMPLOYERS = ['Bakkerij Van Dam B.V.', 'Schoonmaakbedrijf De Vlijt', 'Thuiszorg Midden', 'Supermarkt Centrum', 'Uitzendbureau Flex'];
const CHANNELS: Channel[] = ['post', 'post', 'desk', 'email'];

type Person = { name: string; bsn?: string; clientNumber?: string; birthDate?: string };

/** One document's lines; `ref` makes it unique. */
const TEMPLATES: ((p: Person, r: () => number, ref: string) => string[])[] = [
  (p, r, ref) => [
    pick(EMPLOYERS, r),
    `Loonstrook ${pick(MONTHS, r)} 2026`,
    '',
    `Naam werknemer: ${p.name}`,
    ...(p.bsn ? [`BSN: ${p.bsn}`] : []),
    `Brutoloon: EUR ${money(r, 900, 2600)}`,
    `Loonheffing: EUR ${money(r, 40, 300)}`,
    `Nettoloon: EUR ${money(r, 800, 2300)}`,
    `Kenmerk ${ref}`,
  ],
  (p, r, ref) => [
    'ING Bank N.V.',
    `Bankafschrift ${pick(MONTHS, r)} 2026`,
    `Rekeninghouder: ${p.name}`,
    `IBAN NL${10 + Math.floor(r() * 89)}INGB000${Math.floor(r() * 9_999_999)}`,
    `Beginsaldo EUR ${money(r, 0, 900)}`,
    `Bijschrijving Gemeente Voorbeeld uitkering EUR ${money(r, 900, 1400)}`,
    `Afschrijving huur EUR ${money(r, 400, 800)}`,
    `Eindsaldo EUR ${money(r, 0, 900)}`,
    `Kenmerk ${ref}`,
  ],
  (p, r, ref) => [
    'Gemeente Voorbeeld - Werk en Inkomen',
    'Wijzigingsformulier inkomsten',
    ...(p.clientNumber ? [`Klantnummer: ${p.clientNumber}`] : []),
    `Naam: ${p.name}`,
    ...(p.birthDate ? [`Geboortedatum: ${p.birthDate}`] : []),
    `Ik heb deze maand inkomsten uit werk ontvangen: EUR ${money(r, 100, 900)}`,
    'Datum en handtekening',
    `Kenmerk ${ref}`,
  ],
  (p, r, ref) => [
    'Aan het college van burgemeester en wethouders',
    'Bezwaarschrift',
    `Ik maak bezwaar tegen het besluit van ${1 + Math.floor(r() * 27)} ${pick(MONTHS, r)} 2026 over mijn bijstandsuitkering.`,
    'Ik ben het niet eens met de terugvordering. Ik vraag u het besluit te herzien.',
    `Naam: ${p.name}`,
    ...(p.bsn ? [`BSN: ${p.bsn}`] : []),
    `Kenmerk ${ref}`,
  ],
  (p, _r, ref) => [
    'Klacht over de behandeling van mijn aanvraag',
    'Ik wil een klacht indienen. Ik kan mijn consultent al weken niet bereiken en krijg geen antwoord op mijn brieven.',
    `Naam: ${p.name}`,
    ...(p.clientNumber ? [`Klantnummer: ${p.clientNumber}`] : []),
    `Kenmerk ${ref}`,
  ],
  (p, r, ref) => [
    'Woningstichting Voorbeeld',
    'Huurverhoging per 1 juli 2026',
    `Huurder: ${p.name}`,
    `Uw huur wordt verhoogd van EUR ${money(r, 500, 700)} naar EUR ${money(r, 700, 900)} per maand.`,
    `Kenmerk ${ref}`,
  ],
  (p, r, ref) => [
    'Incassobureau Noord B.V.',
    'Aanmaning',
    `Debiteur: ${p.name}`,
    `Openstaand bedrag EUR ${money(r, 50, 900)}. Betaal binnen 14 dagen om extra incassokosten te voorkomen.`,
    `Kenmerk ${ref}`,
  ],
  (p, _r, ref) => [
    'Sollicitatiebewijs',
    `Ik, ${p.name}, heb deze week gesolliciteerd bij ${EMPLOYERS[ref.length % EMPLOYERS.length]} als medewerker.`,
    ...(p.bsn ? [`BSN: ${p.bsn}`] : []),
    'Bijlage: sollicitatiebrief en bevestiging van ontvangst',
    `Kenmerk ${ref}`,
  ],
];

export async function generateSoakInputs(count: number, directory: Directory, seed = 1, mix: SoakMix = {}): Promise<SoakInput[]> {
  const random = seededRandom(seed);
  const scanShare = mix.scanShare ?? 0.1;
  const duplicateShare = mix.duplicateShare ?? 0.03;
  const badShare = mix.badShare ?? 0.015;
  const inboxShare = mix.inboxShare ?? 0.25;
  const mailShare = mix.mailShare ?? 0;
  const clients = directory.clients;
  const inputs: SoakInput[] = [];
  const pad = (n: number) => String(n).padStart(5, '0');

  for (let n = 0; n < count; n++) {
    const which = random();
    const via = which < mailShare ? 'mail' : which < mailShare + inboxShare ? 'inbox' : 'intake';
    const channel = via === 'mail' ? 'email' : pick(CHANNELS, random);
    const roll = random();
    // Duplicates repeat an input fed at least ~20 inputs earlier through intake (see soak.ts).
    const earlier = inputs.filter((i, k) => k < n - 20 && i.via === 'intake' && (i.kind === 'pdf' || i.kind.startsWith('scan')));
    if (roll < duplicateShare && earlier.length > 0) {
      const first = pick(earlier, random);
      const ext = first.name.slice(first.name.lastIndexOf('.'));
      inputs.push({
        name: `soak-${pad(n)}-dup${ext}`,
        bytes: first.bytes,
        kind: 'duplicate',
        via,
        channel,
        duplicateOf: first.name,
        ...(via === 'mail' ? { sender: `afzender-${n}@example.org` } : {}),
      });
      continue;
    }
    if (roll < duplicateShare + badShare) {
      const [bytes, ext] = await badFile(n, random);
      // An e-mail's bad attachment makes no document (it is refused in the reply): bad files come as files.
      inputs.push({ name: `soak-${pad(n)}-bad${ext}`, bytes, kind: 'bad', via: via === 'mail' ? 'intake' : via, channel });
      continue;
    }
    const known = random() < 0.9 ? pick(clients, random) : undefined;
    const person: Person = known ? fromClient(known) : { name: `${pick(['Sanne', 'Ahmed', 'Kees', 'Lotte'], random)} Onbekend${n}` };
    const ref = `PK-SOAK-${seed}-${pad(n)}`;
    const lines = pick(TEMPLATES, random)(person, random, ref);
    const input: Omit<SoakInput, 'bytes' | 'kind' | 'name'> = {
      via,
      channel,
      ...(via === 'intake' && channel === 'desk' && known && random() < 0.5 ? { deskClientNumber: known.clientNumber } : {}),
      ...(via === 'intake' && channel === 'desk' && random() < 0.3 ? { receiptEmail: `balie-${n}@example.org` } : {}),
      ...(via === 'mail' ? { sender: known?.email ?? `afzender-${n}@example.org` } : {}),
    };
    const scan = random();
    if (scan < scanShare) {
      // Small, low-dpi pages keep OCR cheap (about a second a page) while still being real scans.
      const png = await renderPage(lines, { dpi: 100, noise: 'clean', seed: seed * 100_003 + n, fontSize: 12 });
      const part = scan / scanShare;
      if (part < 0.4) inputs.push({ ...input, name: `soak-${pad(n)}.png`, bytes: png, kind: 'scan-png' });
      else if (part < 0.8)
        inputs.push({ ...input, name: `soak-${pad(n)}.jpg`, bytes: await sharp(png).jpeg({ quality: 70 }).toBuffer(), kind: 'scan-jpeg' });
      else
        inputs.push({
          ...input,
          name: `soak-${pad(n)}.pdf`,
          bytes: await imagesToPdf([await sharp(png).jpeg({ quality: 70 }).toBuffer()]),
          kind: 'scan-pdf',
        });
      continue;
    }
    const pages = random() < 0.2 ? [lines, ['Bijlage', `Vervolg van ${ref}`, 'Deze pagina hoort bij het document hierboven.']] : [lines];
    inputs.push({ ...input, name: `soak-${pad(n)}.pdf`, bytes: await textPdf(pages), kind: 'pdf' });
  }
  return inputs;
}

async function badFile(n: number, random: () => number): Promise<[Uint8Array, string]> {
  const which = Math.floor(random() * 4);
  if (which === 0) return [new Uint8Array(0), '.pdf'];
  if (which === 1) return [new TextEncoder().encode(`<!DOCTYPE html><html><body><p>Uw document ${n}</p></body></html>`), '.pdf'];
  if (which === 2) {
    const pdf = await textPdf([[`Afgebroken upload ${n}`, 'Deze regel komt nooit aan.']]);
    return [pdf.slice(0, Math.floor(pdf.length * 0.5)), '.pdf'];
  }
  // A ZIP header and one stored entry: an archive, not a document.
  const zip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(26), Buffer.from(`scan-${n}.pdf`)]);
  return [new Uint8Array(zip), '.zip'];
}

function fromClient(c: Client): Person {
  return { name: c.name, bsn: c.bsn, clientNumber: c.clientNumber, birthDate: c.birthDate };
}

function pick<T>(list: readonly T[], random: () => number): T {
  return list[Math.floor(random() * list.length)] as T;
}

function money(random: () => number, min: number, max: number): string {
  return (min + random() * (max - min)).toFixed(2).replace('.', ',');
}
