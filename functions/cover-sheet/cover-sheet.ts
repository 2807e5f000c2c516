import { encodeSheet, parseSheet, type SheetPayload, type SheetRequest, SheetRequestError } from '../../shared/domain/cover-sheet.ts';
import type { Client } from '../../shared/domain/directory.ts';
import type { Clock, DirectorySource, Logger } from '../../shared/ports.ts';
import { renderSheetPdf, type SheetFonts } from './cover-sheet-pdf.ts';

export interface CoverSheetDeps {
  directory: DirectorySource;
  fonts: SheetFonts;
  /** The PDF's creation date. */
  clock: Clock;
}

export interface PrintableSheet {
  payload: SheetPayload;
  /** What the QR code holds. */
  qrText: string;
  pdf: Uint8Array;
  /** A file name that says what the sheet is for: `voorblad-K-100234-objection.pdf`, `scheidingsblad.pdf`. */
  fileName: string;
}

/**
 * A printable cover sheet for a client in the directory (optionally for one document type), or a
 * separator sheet. An unknown client or type is a `SheetRequestError` that names it: a sheet for a
 * client the directory does not know would route the documents after it nowhere.
 */
export async function makeSheet(deps: CoverSheetDeps, request: SheetRequest): Promise<PrintableSheet> {
  const directory = await deps.directory.load();
  let client: Client | undefined;
  if (request.kind === 'cover') {
    client = findClient(directory.clients, request.clientNumber ?? '');
    if (!client)
      throw new SheetRequestError(
        'sheet.unknown-client',
        `Unknown client number "${request.clientNumber ?? ''}": it is not in the directory. Check the number, or use a separator sheet.`,
      );
  }
  // The directory's spelling of the number; a type that is no document type id is refused here.
  const qrText = encodeSheet(client ? { ...request, clientNumber: client.clientNumber } : request);
  const payload = parseSheet(qrText);
  if (!payload) throw new Error(`encodeSheet made a payload parseSheet refuses: ${qrText}`);
  const pdf = await renderSheetPdf(
    { payload, qrText, organisationName: directory.organisation.name, clientName: client?.name, createdAt: deps.clock.now() },
    deps.fonts,
  );
  return { payload, qrText, pdf, fileName: sheetFileName(payload) };
}

/** The client with this number, also when typed in another case or without its dash (k100234). */
function findClient(clients: Client[], typed: string): Client | undefined {
  const key = (s: string) => s.toUpperCase().replace(/[^0-9A-Z]/g, '');
  return clients.find((c) => c.clientNumber === typed.trim()) ?? clients.find((c) => key(c.clientNumber) === key(typed));
}

export interface PrintSheetDeps extends CoverSheetDeps {
  logger: Logger;
}

/**
 * A sheet a person prints (the web app's desk, mailroom and triage): made as `makeSheet` makes it,
 * and recorded — who printed a sheet for which client number and type. Ids only: the client's
 * name is printed on the paper, never written to the log. A refused request is recorded too.
 */
export async function printSheet(deps: PrintSheetDeps, request: SheetRequest, by: string): Promise<PrintableSheet> {
  try {
    const sheet = await makeSheet(deps, request);
    const { payload } = sheet;
    deps.logger.info('sheet printed', {
      event: 'sheet.printed',
      by,
      kind: payload.kind,
      ...(payload.kind === 'cover' ? { clientNumber: payload.clientNumber, documentType: payload.documentType ?? null } : {}),
    });
    return sheet;
  } catch (error) {
    if (error instanceof SheetRequestError)
      deps.logger.warn('sheet refused', { event: 'sheet.refused', by, kind: request.kind, code: error.code });
    throw error;
  }
}

export function sheetFileName(payload: SheetPayload): string {
  if (payload.kind === 'separator') return 'scheidingsblad.pdf';
  return `voorblad-${payload.clientNumber}${payload.documentType ? `-${payload.documentType}` : ''}.pdf`;
}
