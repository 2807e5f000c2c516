import { html } from 'hono/html';
import { type PrintableSheet, printSheet } from '../../../functions/cover-sheet/cover-sheet.ts';
import { SheetRequestError } from '../../../shared/domain/cover-sheet.ts';
import { DOCUMENT_TYPE_IDS, isDocumentTypeId } from '../../../shared/domain/document-types.ts';
import { type Area, canUse, SHEET_AREAS } from '../access.ts';
import { requireAnyArea } from '../auth.ts';
import { clientHit, clientSearchResults, findClient, searchClients } from '../client-search.ts';
import { type Ctx, currentUser, field, formData, type WebApp, type WebContext } from '../context.ts';
import { defineMessages, typeName } from '../i18n.ts';
import { csrfField, errorSummary, type FieldError, fieldError, page, view } from '../layout.ts';

/**
 * Cover and separator sheets in the web app: the desk, the mailroom and triage print a cover sheet
 * for a client (optionally for one document type) or a generic separator sheet, to put in a stack
 * before it is scanned. The PDF is the one the CLI's `cover-sheet` command makes; every printed
 * sheet is recorded by the use case (who, which client number and type: ids only).
 */
const messages = defineMessages(
  {
    title: 'Voorbladen en scheidingsbladen',
    intro:
      'Leg een voorblad vóór de documenten van één klant in de stapel, of een scheidingsblad tussen twee documenten. Bij het scannen herkent postkamer het blad aan de QR-code: de documenten erna komen bij de juiste klant, en het blad zelf wordt geen document.',
    coverTitle: 'Voorblad voor een klant',
    coverIntro: 'Zoek de klant, of vul het klantnummer in als u het al weet.',
    searchLabel: 'Klantnummer of naam',
    search: 'Zoeken',
    noResults: 'Geen klant gevonden.',
    chosen: (number: string, name: string) => `Gekozen klant: ${number} · ${name}`,
    clientLabel: 'Klantnummer',
    clientHint: 'Het klantnummer komt in de QR-code; de naam wordt alleen op het blad gedrukt.',
    clientMissing: 'Vul het klantnummer in, of zoek de klant',
    clientUnknown: 'Dit klantnummer staat niet in het klantenbestand. Controleer het nummer, of gebruik een scheidingsblad.',
    clientBad: 'Dit is geen klantnummer. Een klantnummer bestaat uit letters en cijfers, zoals K-100234.',
    typeLabel: 'Soort document',
    typeHint: 'Niet verplicht. Alleen invullen als alle documenten na het voorblad van dit soort zijn.',
    anyType: 'Niet opgeven',
    typeUnknown: 'Kies een soort uit de lijst',
    coverSubmit: 'Voorblad maken (PDF)',
    separatorTitle: 'Scheidingsblad',
    separatorIntro: 'Een scheidingsblad noemt geen klant. Het zegt alleen: hier begint een nieuw document.',
    separatorSubmit: 'Scheidingsblad maken (PDF)',
  },
  {
    title: 'Cover and separator sheets',
    intro:
      'Put a cover sheet in front of one client’s documents in the stack, or a separator sheet between two documents. When the stack is scanned, postkamer recognises the sheet by its QR code: the documents after it go to the right client, and the sheet itself never becomes a document.',
    coverTitle: 'Cover sheet for a client',
    coverIntro: 'Find the client, or enter the client number if you already know it.',
    searchLabel: 'Client number or name',
    search: 'Search',
    noResults: 'No client found.',
    chosen: (number: string, name: string) => `Chosen client: ${number} · ${name}`,
    clientLabel: 'Client number',
    clientHint: 'The client number goes into the QR code; the name is only printed on the sheet.',
    clientMissing: 'Enter the client number, or find the client',
    clientUnknown: 'This client number is not in the client register. Check the number, or use a separator sheet.',
    clientBad: 'This is not a client number. A client number is letters and digits, like K-100234.',
    typeLabel: 'Type of document',
    typeHint: 'Optional. Only fill it in when every document after the cover sheet is of this type.',
    anyType: 'Do not specify',
    typeUnknown: 'Choose a type from the list',
    coverSubmit: 'Make cover sheet (PDF)',
    separatorTitle: 'Separator sheet',
    separatorIntro: 'A separator sheet names no client. It only says: a new document starts here.',
    separatorSubmit: 'Make separator sheet (PDF)',
  },
);

interface CoverForm {
  client?: string;
  type?: string;
}

/** The menu item to mark: the first of the user's areas that prints sheets. */
function sheetArea(c: Ctx): Area | undefined {
  const user = currentUser(c);
  return SHEET_AREAS.find((a) => canUse(user, a));
}

async function sheetsPage(web: WebContext, c: Ctx, o: { errors?: FieldError[]; form?: CoverForm; status?: number } = {}) {
  const v = view(c);
  const m = messages(v.lang);
  const directory = await web.rt.directory.load();
  const errors = o.errors ?? [];
  const q = c.req.query('q')?.trim() ?? '';
  const hits = q.length >= 2 ? searchClients(directory, q) : [];
  const chosen = findClient(directory, o.form?.client ?? c.req.query('client') ?? '');
  const clientValue = o.form?.client ?? chosen?.clientNumber ?? '';
  const typeValue = o.form?.type ?? '';
  const ce = fieldError(errors, 'client');
  const te = fieldError(errors, 'type');

  const body = html`<h1>${m.title}</h1>
<p class="lead">${m.intro}</p>
${errorSummary(v, errors)}
<section aria-labelledby="cover-title">
  <h2 id="cover-title">${m.coverTitle}</h2>
  <p>${m.coverIntro}</p>
  <form method="get" action="/sheets" role="search">
    <label for="q">${m.searchLabel}</label>
    <input type="search" id="q" name="q" value="${q}" autocomplete="off">
    <button type="submit" class="secondary">${m.search}</button>
  </form>
  ${clientSearchResults(v.lang, m.noResults, q, hits, (n) => `/sheets?client=${encodeURIComponent(n)}#client`)}
  ${chosen ? html`<p><strong>${m.chosen(clientHit(chosen).clientNumber, chosen.name)}</strong></p>` : ''}
  <form method="post" action="/sheets/cover" novalidate>
    ${csrfField(v)}
    <label for="client">${m.clientLabel}</label>
    <p class="hint" id="client-hint">${m.clientHint}</p>
    ${ce.message}
    <input type="text" id="client" name="client" value="${clientValue}" autocomplete="off" spellcheck="false" required aria-describedby="client-hint${errors.some((e) => e.field === 'client') ? ' client-error' : ''}"${errors.some((e) => e.field === 'client') ? html` aria-invalid="true"` : ''}>
    <label for="type">${m.typeLabel}</label>
    <p class="hint" id="type-hint">${m.typeHint}</p>
    ${te.message}
    <select id="type" name="type" aria-describedby="type-hint${errors.some((e) => e.field === 'type') ? ' type-error' : ''}"${errors.some((e) => e.field === 'type') ? html` aria-invalid="true"` : ''}>
      <option value="">${m.anyType}</option>
      ${DOCUMENT_TYPE_IDS.map((t) => html`<option value="${t}"${typeValue === t ? html` selected` : ''}>${typeName(t, v.lang)}</option>`)}
    </select>
    <p><button type="submit">${m.coverSubmit}</button></p>
  </form>
</section>
<section aria-labelledby="separator-title">
  <h2 id="separator-title">${m.separatorTitle}</h2>
  <p>${m.separatorIntro}</p>
  <form method="post" action="/sheets/separator">
    ${csrfField(v)}
    <p><button type="submit">${m.separatorSubmit}</button></p>
  </form>
</section>`;
  return c.html(page(v, { title: m.title, area: sheetArea(c), body }), (o.status ?? 200) as 200);
}

function pdfResponse(c: Ctx, sheet: PrintableSheet) {
  return c.body(sheet.pdf as Uint8Array<ArrayBuffer>, 200, {
    'Content-Type': 'application/pdf',
    'Content-Disposition': `attachment; filename="${sheet.fileName}"`,
    'Cache-Control': 'no-store',
  });
}

export function registerSheets(app: WebApp, web: WebContext) {
  app.use('/sheets', requireAnyArea(SHEET_AREAS));
  app.use('/sheets/*', requireAnyArea(SHEET_AREAS));

  app.get('/sheets', (c) => sheetsPage(web, c));

  app.post('/sheets/cover', async (c) => {
    const m = messages(view(c).lang);
    const f = await formData(c);
    const form: CoverForm = { client: field(f, 'client'), type: field(f, 'type') };
    const errors: FieldError[] = [];
    if (!form.client) errors.push({ field: 'client', message: m.clientMissing });
    if (form.type && !isDocumentTypeId(form.type)) errors.push({ field: 'type', message: m.typeUnknown });
    if (errors.length) return sheetsPage(web, c, { errors, form, status: 400 });
    try {
      const sheet = await printSheet(
        await web.rt.sheetDeps(),
        { kind: 'cover', clientNumber: form.client, ...(form.type ? { documentType: form.type } : {}) },
        currentUser(c).username,
      );
      return pdfResponse(c, sheet);
    } catch (error) {
      if (!(error instanceof SheetRequestError)) throw error;
      const problem: FieldError =
        error.code === 'sheet.unknown-type'
          ? { field: 'type', message: m.typeUnknown }
          : { field: 'client', message: error.code === 'sheet.unknown-client' ? m.clientUnknown : m.clientBad };
      return sheetsPage(web, c, { errors: [problem], form, status: 400 });
    }
  });

  app.post('/sheets/separator', async (c) => {
    const sheet = await printSheet(await web.rt.sheetDeps(), { kind: 'separator' }, currentUser(c).username);
    return pdfResponse(c, sheet);
  });
}
