import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRuntime, type Runtime } from '../../local/runtime.ts';
import { createApp } from '../../local/server.ts';
import { correctionsPath } from '../../shared/adapters/local/jsonl-correction-store.ts';
import { loadConfig } from '../../shared/config.ts';
import { type DocumentRecord, type NewDocument, type PageText, pagesKey } from '../../shared/domain/document.ts';
import { makeReceiptNumber } from '../../shared/domain/receipt-number.ts';
import { testUsers } from '../helpers/browser.ts';
import { testDirectory } from '../helpers/factories.ts';
import { readDataDirCorrections } from '../helpers/sealed-data.ts';
import { webClient } from '../helpers/web-client.ts';

/**
 * Triage corrects a split in the web app: the proposal shown as parts of page thumbnails with the
 * machine's reasons, edits as links that change nothing until confirmed, the confirmation (CSRF,
 * triage role) that makes the parts, a double submit that makes none twice, and refusals tied to
 * the parts list.
 */
const quiet = { info() {}, warn() {}, error() {} };
let rt: Runtime;
let app: ReturnType<typeof createApp>;
let dataDir: string;

const PAGES: PageText[] = [
  { page: 1, text: 'Loonstrook maart 2026\nWerknemer: J. de Vries\nBSN: 123456782\nNettoloon € 1.824,40', source: 'text-layer' },
  { page: 2, text: 'MEDISCHE VERKLARING\nDe heer J. de Vries is onder behandeling.', source: 'text-layer' },
  { page: 3, text: '', source: 'ocr', blank: true },
  { page: 4, text: 'Jumbo - Aanbiedingen week 12\nKipfilet 1 kg NU 6,99', source: 'text-layer' },
];

async function envelopeInTriage(id: string, o: Partial<NewDocument> = {}): Promise<DocumentRecord> {
  const doc: NewDocument = {
    id,
    intakeKey: `test:${id}`,
    receiptNumber: makeReceiptNumber(randomBytes(8)),
    fingerprint: id.padEnd(64, '0'),
    objectKey: '',
    filename: `${id}.pdf`,
    channel: 'post',
    source: 'mailroom',
    receivedAt: rt.clock.now().toISOString(),
    mediaType: 'application/pdf',
    byteSize: 1,
    pageCount: 4,
    status: 'triage',
    documentType: 'payslip',
    confidence: 0.5,
    alternatives: [],
    deskClientNumber: null,
    clientNumber: 'K-100234',
    route: {
      status: 'triage',
      team: 'triage',
      consultantId: null,
      queue: 'triage',
      clientNumber: 'K-100234',
      reasons: [{ code: 'split.uncertain', text: 'mogelijk meerdere documenten' }],
    },
    restricted: false,
    rejectReason: null,
    duplicateOf: null,
    receipt: null,
    receiptEmail: null,
    splitProposal: { parts: [[1, 2], [4]], reasons: ['twijfel of pagina 2 een nieuw document begint'] },
    ...o,
  };
  const { document } = await rt.ledger.createDocument(doc, { type: 'triage' });
  await rt.objects.put(pagesKey(id), new TextEncoder().encode(JSON.stringify(PAGES)), 'application/json');
  return document;
}

/** The href of the link whose text starts with `text` and that mentions `hidden` (the visually hidden part). */
function linkHref(page: string, text: string, hidden = ''): string {
  const re = /<a href="([^"]+)">([^<]*)(?:<span class="visually-hidden">([^<]*)<\/span>)?<\/a>/g;
  for (const m of page.matchAll(re)) {
    if (m[2]?.trim().startsWith(text) && (m[3] ?? '').includes(hidden)) return (m[1] ?? '').replaceAll('&amp;', '&');
  }
  throw new Error(`no link "${text}" ${hidden}`);
}

const hiddenParts = (page: string) => /name="parts" value="([^"]+)"/.exec(page)?.[1];
const documents = async () => rt.ledger.listDocuments({});

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'postkamer-web-split-'));
  const directoryPath = join(dataDir, 'directory.json');
  writeFileSync(directoryPath, JSON.stringify(testDirectory()));
  rt = await openRuntime({ dataDir, directoryPath, logger: quiet, config: loadConfig({ POSTKAMER_DATA_DIR: dataDir }) });
  const users = await testUsers([
    { username: 'triage', name: 'Triage', roles: ['triage'], password: 'triage-pass' },
    { username: 'smit', name: 'D. Smit', roles: ['consultant'], consultantId: 'c-010', password: 'smit-pass' },
  ]);
  app = createApp(rt, { users, sessionSecret: 'unit-test-secret-unit-test-secret-000' });
});

afterAll(async () => {
  await rt.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('triage corrects a split in the web app', () => {
  it('shows the proposal as parts of page thumbnails, with the reasons in Dutch and the blank page left out', async () => {
    await envelopeInTriage('env-show');
    const c = webClient(app);
    await c.signIn('triage');
    const page = await (await c.request('/triage/env-show')).text();
    expect(page).toContain('Splitsing controleren');
    expect(page).toMatch(/<ul aria-labelledby="split-why" lang="nl"><li>twijfel of pagina 2 een nieuw document begint<\/li>/);
    expect(page).toContain('Deel 1: pagina 1–2');
    expect(page).toContain('Deel 2: pagina 4');
    expect(page).toContain('src="/documents/env-show/pages/2" alt="Pagina 2 van het bestand"');
    expect(page).toMatch(/Niet meegenomen[\s\S]*id="page-3"/);
    expect(hiddenParts(page)).toBe('1,2;4');
    expect(page).toContain('Bevestigen: 2 documenten maken');
    expect(page).not.toContain('U heeft het voorstel aangepast');
  });

  it('edits are links that change nothing; the confirmation makes the parts, and a double submit none twice', async () => {
    await envelopeInTriage('env-fix');
    const c = webClient(app);
    await c.signIn('triage');
    const proposal = await (await c.request('/triage/env-fix')).text();
    const split = linkHref(proposal, 'Hier splitsen', 'pagina 2');
    expect(split).toBe('/triage/env-fix?parts=1;2;4#page-2');
    const edited = await (await c.request(split.replace(/#.*/, ''))).text();
    expect(edited).toContain('U heeft het voorstel aangepast');
    expect(edited).toContain('Deel 2: pagina 2');
    expect(hiddenParts(edited)).toBe('1;2;4');
    expect((await rt.ledger.getDocument('env-fix'))?.status).toBe('triage'); // nothing stored yet

    const before = (await documents()).length;
    const confirm = await c.post('/triage/env-fix/split', { parts: '1;2;4' });
    expect(confirm.status).toBe(303);
    expect(confirm.headers.get('location')).toBe('/triage?msg=split&n=3');
    const file = await rt.ledger.getDocument('env-fix');
    expect(file?.status).toBe('split');
    const parts = await Promise.all((file?.childIds ?? []).map((id) => rt.ledger.getDocument(id)));
    expect(parts.map((p) => [p?.pages, p?.status, p?.parentId])).toEqual([
      [[1], 'separated', 'env-fix'],
      [[2], 'separated', 'env-fix'],
      [[4], 'separated', 'env-fix'],
    ]);
    expect(await (await c.request('/triage?msg=split&n=3')).text()).toContain('Het bestand is gesplitst in 3 documenten.');
    const events = await rt.ledger.listEvents('env-fix');
    expect(events.at(-1)).toMatchObject({ type: 'split', actor: 'triage' });

    const again = await c.post('/triage/env-fix/split', { parts: '1;2;4' });
    expect(again.headers.get('location')).toBe('/triage?msg=split&n=3');
    expect((await documents()).length).toBe(before + 3);

    const lines: Record<string, unknown>[] = await readDataDirCorrections(dataDir, correctionsPath(dataDir));
    const records = lines.filter((l) => l.kind === 'split' && l.documentId === 'env-fix');
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ by: 'triage', proposed: [[1, 2], [4]], parts: [[1], [2], [4]], excluded: [3] });
  });

  it('"one document": the file goes on whole to routing', async () => {
    await envelopeInTriage('env-whole');
    const c = webClient(app);
    await c.signIn('triage');
    const proposal = await (await c.request('/triage/env-whole')).text();
    const merged = await (await c.request(linkHref(proposal, 'Samenvoegen met deel 1').replace(/#.*/, ''))).text();
    expect(merged).toContain('Deel 1: pagina 1, 2, 4');
    expect(merged).toContain('Bevestigen: het is één document');
    const res = await c.post('/triage/env-whole/split', { parts: hiddenParts(merged) ?? '' });
    expect(res.headers.get('location')).toBe('/triage?msg=whole');
    const doc = await rt.ledger.getDocument('env-whole');
    expect(doc?.status).toBe('separated');
    expect(doc?.splitProposal).toBeUndefined();
    expect(doc?.childIds).toBeUndefined();
  });

  it('refuses a page lost or a blank page made a document, with the problem on the page, and changes nothing', async () => {
    await envelopeInTriage('env-bad');
    const c = webClient(app);
    await c.signIn('triage');
    const lost = await c.post('/triage/env-bad/split', { parts: '1;4' });
    expect(lost.status).toBe(400);
    expect(await lost.text()).toContain('Pagina 2 zit in geen enkel deel.');
    const blank = await c.post('/triage/env-bad/split', { parts: '1,2;3;4' });
    expect(blank.status).toBe(400);
    expect(await blank.text()).toContain('Deel 2 bestaat alleen uit lege pagina’s of voorbladen');
    const garbage = await c.post('/triage/env-bad/split', { parts: 'x' });
    expect(garbage.status).toBe(400);
    expect(await garbage.text()).toContain('De indeling kon niet worden gelezen.');
    // The draft link that would make a blank page a document shows the problem and no confirm button.
    const draft = await (await c.request('/triage/env-bad?parts=1,2;3;4')).text();
    expect(draft).toContain('Deel 2 bestaat alleen uit lege pagina’s');
    expect(hiddenParts(draft)).toBeUndefined();
    expect((await rt.ledger.getDocument('env-bad'))?.status).toBe('triage');
  });

  it('is for triage only, and needs the form’s CSRF token', async () => {
    await envelopeInTriage('env-guard');
    const consultant = webClient(app);
    await consultant.signIn('smit');
    expect((await consultant.post('/triage/env-guard/split', { parts: '1;2;4' })).status).toBe(403);
    const c = webClient(app);
    await c.signIn('triage');
    expect((await c.request('/triage/env-guard/split', { method: 'POST', form: { _csrf: 'wrong', parts: '1;2;4' } })).status).toBe(403);
    expect((await rt.ledger.getDocument('env-guard'))?.status).toBe('triage');
  });

  it('offers a split of a several-page document without a proposal, folded away, in English too', async () => {
    await envelopeInTriage('env-none', { splitProposal: undefined });
    const c = webClient(app);
    await c.signIn('triage');
    const nl = await (await c.request('/triage/env-none')).text();
    expect(nl).toContain('<details><summary>Bestaat dit bestand uit meerdere documenten? Splitsen</summary>');
    expect(nl).toContain('Splits het bestand eerst in delen; daarna kunt u bevestigen.');
    expect(hiddenParts(nl)).toBeUndefined();
    await c.request('/language/en?next=/');
    const en = await (await c.request('/triage/env-none?parts=1;2;4')).text();
    expect(en).toContain('Confirm: make 3 documents');
    expect(en).toContain('Part 2: page 2');
  });
});
