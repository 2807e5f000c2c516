import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRuntime, type Runtime } from '../../local/runtime.ts';
import { createApp } from '../../local/server.ts';
import { loadConfig } from '../../shared/config.ts';
import type { NewDocument, PageText } from '../../shared/domain/document.ts';
import { pagesKey } from '../../shared/domain/document.ts';
import { makeReceiptNumber } from '../../shared/domain/receipt-number.ts';
import type { RouteDecision } from '../../shared/domain/routing.ts';
import { testUsers } from '../helpers/browser.ts';
import { testDirectory } from '../helpers/factories.ts';
import { webClient } from '../helpers/web-client.ts';

/**
 * The page of a split file and who sees what of it. The file's original holds every part's pages,
 * a medical statement's too: the file page lists the parts (each linked by its own rules), the
 * file's page images are for triage officers and never a restricted part's, the whole original
 * only when nothing is hidden, and a part's original holds only its own pages.
 */
const quiet = { info() {}, warn() {}, error() {} };
let rt: Runtime;
let app: ReturnType<typeof createApp>;
let dataDir: string;
let original: { key: string; sha256: string; size: number };

/** Four A4-ish pages, each a different width, so a downloaded page says which page of the file it is. */
const WIDTHS = [500, 510, 520, 530];

const PAGES: PageText[] = [
  { page: 1, text: 'Loonstrook maart 2026\nBSN: 123456782', source: 'text-layer' },
  { page: 2, text: 'MEDISCHE VERKLARING\nDe heer J. de Vries is onder behandeling.', source: 'text-layer' },
  { page: 3, text: '', source: 'ocr', blank: true },
  { page: 4, text: 'Jumbo - Aanbiedingen week 12', source: 'text-layer' },
];

const route = (team: string, consultantId: string | null): RouteDecision => ({
  status: consultantId ? 'routed' : 'triage',
  team,
  consultantId,
  queue: team,
  clientNumber: 'K-100234',
  reasons: [],
});

function record(id: string, o: Partial<NewDocument>): NewDocument {
  return {
    id,
    intakeKey: `test:${id}`,
    receiptNumber: makeReceiptNumber(randomBytes(8)),
    fingerprint: original.sha256,
    objectKey: original.key,
    filename: 'envelop.pdf',
    channel: 'post',
    source: 'mailroom',
    receivedAt: rt.clock.now().toISOString(),
    mediaType: 'application/pdf',
    byteSize: original.size,
    pageCount: 4,
    status: 'split',
    documentType: null,
    confidence: null,
    alternatives: [],
    deskClientNumber: null,
    clientNumber: null,
    route: null,
    restricted: false,
    rejectReason: null,
    duplicateOf: null,
    receipt: null,
    receiptEmail: null,
    ...o,
  };
}

/**
 * A split envelope: Jan's payslip (page 1, routed to c-002), his medical statement (page 2, routed
 * to c-010, restricted), a blank page left out (3) and a supermarket folder (page 4) in triage.
 */
async function splitEnvelope(id: string, o: { medical?: Partial<NewDocument>; noMedical?: boolean } = {}) {
  const ids = { payslip: `${id}-payslip`, medical: `${id}-medical`, folder: `${id}-folder` };
  const part = (pages: number[]) => ({ parentId: id, pages, pageCount: pages.length, intakeKey: `test:${id}#pages:${pages.join(',')}` });
  await rt.ledger.createDocument(
    record(ids.payslip, {
      ...part([1]),
      status: 'routed',
      documentType: 'payslip',
      clientNumber: 'K-100234',
      route: route('inkomen', 'c-002'),
    }),
    { type: 'routed' },
  );
  await rt.ledger.createDocument(
    record(
      ids.medical,
      o.noMedical
        ? { ...part([2]), status: 'routed', documentType: 'bank_statement', clientNumber: 'K-100234', route: route('inkomen', 'c-002') }
        : {
            ...part([2]),
            status: 'routed',
            documentType: 'medical_statement',
            restricted: true,
            clientNumber: 'K-100234',
            route: route('werk', 'c-010'),
            ...o.medical,
          },
    ),
    { type: 'routed' },
  );
  await rt.ledger.createDocument(
    record(ids.folder, { ...part([4]), status: 'triage', documentType: 'other', route: route('triage', null) }),
    {
      type: 'triage',
    },
  );
  await rt.ledger.createDocument(record(id, { childIds: [ids.payslip, ids.medical, ids.folder] }), { type: 'split' });
  await rt.objects.put(pagesKey(id), new TextEncoder().encode(JSON.stringify(PAGES)), 'application/json');
  return ids;
}

async function pdfPageWidths(bytes: ArrayBuffer): Promise<number[]> {
  const pdf = await PDFDocument.load(bytes);
  return pdf.getPages().map((p) => Math.round(p.getWidth()));
}

const events = async (id: string) => rt.ledger.listEvents(id);

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'postkamer-web-file-'));
  const directoryPath = join(dataDir, 'directory.json');
  writeFileSync(directoryPath, JSON.stringify(testDirectory()));
  rt = await openRuntime({ dataDir, directoryPath, logger: quiet, config: loadConfig({ POSTKAMER_DATA_DIR: dataDir }) });
  const pdf = await PDFDocument.create();
  for (const w of WIDTHS) pdf.addPage([w, 700]).drawText(`pagina ${w}`, { x: 50, y: 600, size: 20 });
  original = await rt.objects.putOriginal(await pdf.save());
  const users = await testUsers([
    { username: 'triage', name: 'Triage', roles: ['triage'], password: 'triage-pass' },
    { username: 'jansen', name: 'A. Jansen', roles: ['consultant'], consultantId: 'c-002', password: 'jansen-pass' },
    { username: 'smit', name: 'D. Smit', roles: ['consultant'], consultantId: 'c-010', password: 'smit-pass' },
    { username: 'lead', name: 'Lead', roles: ['consultant'], consultantId: 'c-001', password: 'lead-pass' },
  ]);
  app = createApp(rt, { users, sessionSecret: 'unit-test-secret-unit-test-secret-000' });
});

afterAll(async () => {
  await rt.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the page of a split file', () => {
  it('shows a consultant the parts list, links only the parts they may open, and nothing of the others', async () => {
    const ids = await splitEnvelope('file-consultant');
    const c = webClient(app);
    await c.signIn('jansen');
    const res = await c.request('/documents/file-consultant');
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toContain('Delen van het bestand');
    expect(page).toContain(`href="/documents/${ids.payslip}"`);
    expect(page).not.toContain(`href="/documents/${ids.medical}"`);
    expect(page).not.toContain(`href="/documents/${ids.folder}"`);
    expect(page).toContain('alleen de behandelaar');
    expect(page).not.toMatch(/medische verklaring|vertrouwelijk document/i);
    // No page of the file, no original of the whole file.
    expect(page).not.toContain('/documents/file-consultant/pages/');
    expect((await c.request('/documents/file-consultant/pages/1')).status).toBe(403);
    expect((await c.request('/documents/file-consultant/original')).status).toBe(403);
  });

  it('gives the part’s own original only its own pages, never the whole file', async () => {
    const ids = await splitEnvelope('file-part-original');
    const c = webClient(app);
    await c.signIn('jansen');
    const res = await c.request(`/documents/${ids.payslip}/original`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toContain('envelop (pagina 1).pdf');
    expect(await pdfPageWidths(await res.arrayBuffer())).toEqual([WIDTHS[0]]);
    const api = await c.request(`/api/documents/${ids.payslip}/original`);
    expect(await pdfPageWidths(await api.arrayBuffer())).toEqual([WIDTHS[0]]);
    expect((await events(ids.payslip)).at(-1)).toMatchObject({ type: 'downloaded', actor: 'jansen', data: { pages: [1] } });
    // The medical statement's assignee gets page 2 and only page 2.
    const smit = webClient(app);
    await smit.signIn('smit');
    const medical = await smit.request(`/documents/${ids.medical}/original`);
    expect(await pdfPageWidths(await medical.arrayBuffer())).toEqual([WIDTHS[1]]);
  });

  it('refuses the file page to a consultant who holds none of its parts', async () => {
    await splitEnvelope('file-stranger');
    const c = webClient(app);
    await c.signIn('lead');
    expect((await c.request('/documents/file-stranger')).status).toBe(403);
    expect((await events('file-stranger')).at(-1)).toMatchObject({ type: 'access.denied', actor: 'lead' });
  });

  it('shows triage the file’s pages except the restricted part’s, and refuses those and the whole original', async () => {
    const ids = await splitEnvelope('file-triage');
    const c = webClient(app);
    await c.signIn('triage');
    const page = await (await c.request('/documents/file-triage')).text();
    expect(page).toContain('src="/documents/file-triage/pages/1"');
    expect(page).toContain('src="/documents/file-triage/pages/4"');
    expect(page).not.toContain('src="/documents/file-triage/pages/2"');
    expect(page).toContain('Vertrouwelijk deel: alleen de behandelaar ziet deze pagina.');
    expect(page).toContain('vertrouwelijk document');
    expect(page).not.toContain(`href="/documents/${ids.medical}"`);
    expect(page).toContain(`href="/documents/${ids.folder}"`); // the part in triage is triage's to open
    expect(page).toContain('Het originele bestand als geheel is niet te downloaden');

    expect((await c.request('/documents/file-triage/pages/2')).status).toBe(403);
    expect((await events('file-triage')).at(-1)).toMatchObject({
      type: 'access.denied',
      actor: 'triage',
      data: { reason: 'restricted', page: 2 },
    });
    const image = await c.request('/documents/file-triage/pages/1');
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toBe('image/png');
    expect((await events('file-triage')).at(-1)).toMatchObject({ type: 'viewed', data: { part: 'file-page-image', page: 1 } });
    const whole = await c.request('/documents/file-triage/original');
    expect(whole.status).toBe(403);
    expect(await whole.text()).toContain('niet alle pagina’s mag zien');
  });

  it('hides the pages of a part not yet classified: it may turn out restricted', async () => {
    await splitEnvelope('file-unclassified', {
      medical: { status: 'separated', documentType: null, restricted: false, route: null, clientNumber: null },
    });
    const c = webClient(app);
    await c.signIn('triage');
    const page = await (await c.request('/documents/file-unclassified')).text();
    expect(page).toContain('Dit deel wordt nog herkend');
    expect((await c.request('/documents/file-unclassified/pages/2')).status).toBe(403);
    expect((await c.request('/documents/file-unclassified/original')).status).toBe(403);
  });

  it('lets triage download the whole original when no part is restricted', async () => {
    await splitEnvelope('file-open', { noMedical: true });
    const c = webClient(app);
    await c.signIn('triage');
    const page = await (await c.request('/documents/file-open')).text();
    expect(page).toContain('href="/documents/file-open/original"');
    const whole = await c.request('/documents/file-open/original');
    expect(whole.status).toBe(200);
    expect(await pdfPageWidths(await whole.arrayBuffer())).toEqual(WIDTHS);
  });

  it('links a part’s page to its file', async () => {
    const ids = await splitEnvelope('file-link');
    const c = webClient(app);
    await c.signIn('jansen');
    const page = await (await c.request(`/documents/${ids.payslip}`)).text();
    expect(page).toContain('<a href="/documents/file-link">deel van een bestand met meerdere documenten (pagina 1 van het bestand)</a>');
  });
});

/**
 * A file the split step separated wrongly: Jan's payslip and his medical statement (pages 1–2) as
 * one part routed to c-002, the supermarket folder (page 4) a part in triage, page 3 blank.
 */
async function wronglySplit(id: string, first: Partial<NewDocument> = {}) {
  const ids = { both: `${id}-both`, folder: `${id}-folder` };
  const part = (pages: number[]) => ({ parentId: id, pages, pageCount: pages.length, intakeKey: `test:${id}#pages:${pages.join(',')}` });
  await rt.ledger.createDocument(
    record(ids.both, {
      ...part([1, 2]),
      status: 'routed',
      documentType: 'payslip',
      clientNumber: 'K-100234',
      route: route('inkomen', 'c-002'),
      ...first,
    }),
    { type: 'routed' },
  );
  await rt.ledger.createDocument(
    record(ids.folder, { ...part([4]), status: 'triage', documentType: 'other', route: route('triage', null) }),
    {
      type: 'triage',
    },
  );
  await rt.ledger.createDocument(record(id, { childIds: [ids.both, ids.folder] }), { type: 'split' });
  await rt.objects.put(pagesKey(id), new TextEncoder().encode(JSON.stringify(PAGES)), 'application/json');
  const both = await rt.ledger.getDocument(ids.both);
  return { ...ids, bothReceipt: both?.receiptNumber ?? '' };
}

/** The href of the link whose text starts with `text` and whose visually hidden part mentions `hidden`. */
function linkHref(page: string, text: string, hidden = ''): string {
  const re = /<a href="([^"]+)">([^<]*)(?:<span class="visually-hidden">([^<]*)<\/span>)?<\/a>/g;
  for (const m of page.matchAll(re)) {
    if (m[2]?.trim().startsWith(text) && (m[3] ?? '').includes(hidden)) return (m[1] ?? '').replaceAll('&amp;', '&').replace(/#.*/, '');
  }
  throw new Error(`no link "${text}" ${hidden}`);
}

const confirmForm = (page: string) =>
  /<form method="post" action="([^"]+)">\s*<input type="hidden" name="_csrf"[^>]*>\s*<input type="hidden" name="parts" value="([^"]+)">/.exec(
    page,
  );

describe('triage corrects a split that was already applied', () => {
  it('shows the file’s current parts in the split panel and confirms a split of a part', async () => {
    const ids = await wronglySplit('fix-file');
    const c = webClient(app);
    await c.signIn('triage');
    const page = await (await c.request('/documents/fix-file')).text();
    expect(page).toContain('Dit bestand is al in delen gesplitst.');
    expect(page).toContain(`Deel 1: pagina 1–2 · ${ids.bothReceipt} · doorgestuurd`);
    expect(page).toContain('Deel 2: pagina 4');
    expect(page).toContain('Pas de delen aan; daarna kunt u bevestigen.');
    expect(confirmForm(page)).toBeNull();

    const draft = await (await c.request(linkHref(page, 'Hier splitsen', 'pagina 2'))).text();
    expect(draft).toContain('Deel 2: pagina 2 · nieuw document');
    expect(draft).toMatch(new RegExp(`Vervalt als u bevestigt[\\s\\S]*${ids.bothReceipt} \\(pagina 1–2, doorgestuurd\\)`));
    expect(confirmForm(draft)?.slice(1)).toEqual(['/triage/files/fix-file/split', '1;2;4']);
    expect(draft).toContain('Bevestigen: splitsing corrigeren (3 documenten)');
    expect((await rt.ledger.getDocument(ids.both))?.status).toBe('routed'); // nothing stored yet

    const res = await c.post('/triage/files/fix-file/split', { parts: '1;2;4' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/documents/fix-file?msg=corrected');
    const file = await rt.ledger.getDocument('fix-file');
    const parts = await Promise.all((file?.childIds ?? []).map((id) => rt.ledger.getDocument(id)));
    expect(parts.map((p) => [p?.pages, p?.status])).toEqual([
      [[1], 'separated'],
      [[2], 'separated'],
      [[4], 'triage'],
    ]);
    expect(parts[2]?.id).toBe(ids.folder);
    expect(await rt.ledger.getDocument(ids.both)).toMatchObject({ status: 'superseded', supersededBy: [parts[0]?.id, parts[1]?.id] });
    expect((await events('fix-file')).at(-1)).toMatchObject({ type: 'split.corrected', actor: 'triage' });
    const after = await (await c.request('/documents/fix-file?msg=corrected')).text();
    expect(after).toContain('De splitsing is gecorrigeerd.');
    // The replaced part stays visible on the file's page, in its final state, with what replaced it.
    expect(after).toMatch(
      new RegExp(
        `Vervangen delen[\\s\\S]*<td>${ids.bothReceipt}</td><td>1–2</td><td>vervangen door een gecorrigeerde splitsing</td><td>${parts[0]?.receiptNumber}, ${parts[1]?.receiptNumber}</td>`,
      ),
    );

    // A double submit makes nothing twice.
    const count = (await rt.ledger.listDocuments({})).length;
    const again = await c.post('/triage/files/fix-file/split', { parts: '1;2;4' });
    expect(again.headers.get('location')).toBe('/documents/fix-file?msg=corrected');
    expect((await rt.ledger.listDocuments({})).length).toBe(count);

    // The replaced part left the consultant's inbox.
    const jansen = webClient(app);
    await jansen.signIn('jansen');
    expect(await (await jansen.request('/inbox')).text()).not.toContain(`/documents/${ids.both}"`);
  });

  it('shows the file panel on a part’s triage page, with its siblings, posting to the file', async () => {
    const ids = await wronglySplit('fix-from-part');
    const c = webClient(app);
    await c.signIn('triage');
    const page = await (await c.request(`/triage/${ids.folder}`)).text();
    expect(page).toContain(`Deel 1: pagina 1–2 · ${ids.bothReceipt} · doorgestuurd`);
    expect(page).toContain('href="/documents/fix-from-part">Het hele bestand en zijn delen bekijken');
    expect(page).toContain('src="/documents/fix-from-part/pages/1"');
    const merged = await (await c.request(linkHref(page, 'Samenvoegen met deel 1'))).text();
    expect(confirmForm(merged)?.slice(1)).toEqual(['/triage/files/fix-from-part/split', '1,2,4']);
  });

  it('refuses to change a part a consultant has in hand, says which and why, and changes nothing', async () => {
    const ids = await wronglySplit('fix-busy', { status: 'acknowledged' });
    const c = webClient(app);
    await c.signIn('triage');
    const draft = await (await c.request('/documents/fix-busy?parts=1;2;4')).text();
    expect(draft).toContain(`Deel ${ids.bothReceipt} is al in behandeling genomen of afgehandeld door een consultant`);
    expect(confirmForm(draft)).toBeNull();
    const res = await c.post('/triage/files/fix-busy/split', { parts: '1;2;4' });
    expect(res.status).toBe(409);
    expect(await res.text()).toContain('vraag de behandelaar het document eerst door te sturen naar Team Triage');
    expect((await rt.ledger.getDocument('fix-busy'))?.childIds).toEqual([ids.both, ids.folder]);
    expect((await rt.ledger.getDocument(ids.both))?.status).toBe('acknowledged');
  });

  it('refuses a layout that loses a page, with the problem on the file page', async () => {
    await wronglySplit('fix-bad');
    const c = webClient(app);
    await c.signIn('triage');
    const res = await c.post('/triage/files/fix-bad/split', { parts: '1;4' });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('Pagina 2 zit in geen enkel deel.');
  });

  it('is for triage only, and needs the form’s CSRF token', async () => {
    const ids = await wronglySplit('fix-guard');
    const jansen = webClient(app);
    await jansen.signIn('jansen');
    expect(await (await jansen.request('/documents/fix-guard')).text()).not.toContain('Splitsing controleren');
    expect((await jansen.post('/triage/files/fix-guard/split', { parts: '1;2;4' })).status).toBe(403);
    const c = webClient(app);
    await c.signIn('triage');
    expect((await c.request('/triage/files/fix-guard/split', { method: 'POST', form: { _csrf: 'wrong', parts: '1;2;4' } })).status).toBe(
      403,
    );
    expect((await rt.ledger.getDocument(ids.both))?.status).toBe('routed');
  });
});
