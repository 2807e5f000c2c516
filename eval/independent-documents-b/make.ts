/**
 * Generates the independent document set B: one month of a Werk & Inkomen mailbox, the odd and hard
 * cases included. Deterministic: every random choice comes from a seeded generator keyed by the
 * document id. Run: npx tsx eval/independent-documents-b/make.ts
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type DocSpec, documents } from './docs.ts';
import { hashSeed, makeRng, renderDigital, renderFax, renderPhoto, renderScan } from './render.ts';

const SEED = 20261102;
const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, 'files');

// pdf-lib names embedded font subsets with Math.random: pin it so the bytes are reproducible.
Math.random = makeRng(SEED);

interface TruthEntry {
  file: string;
  type: string;
  clientNumber: string | null;
  expected: 'route' | 'triage';
  reason: string | null;
  candidates: string[];
  language: string;
  restricted: boolean;
  render: string;
  label: string;
  note?: string;
}

async function render(doc: DocSpec): Promise<{ name: string; bytes: Uint8Array }> {
  const rng = makeRng(hashSeed(`${SEED}:${doc.id}`));
  switch (doc.render) {
    case 'digital':
      return { name: `${doc.file}.pdf`, bytes: await renderDigital(doc.pages, { title: doc.pdfTitle, producer: doc.producer }) };
    case 'scan':
      return { name: `${doc.file}.pdf`, bytes: await renderScan(doc.pages, rng, doc.scan ?? { gen: 1 }) };
    case 'fax':
      return { name: `${doc.file}.pdf`, bytes: await renderFax(doc.pages, rng, doc.faxHeader ?? 'FAX') };
    case 'photo':
      return { name: `${doc.file}.jpg`, bytes: await renderPhoto(doc.pages[0]!, rng, doc.photo ?? {}) };
  }
}

async function main() {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const docs = documents();
  const seen = new Set<string>();
  const truth: TruthEntry[] = [];
  for (const doc of docs) {
    if (seen.has(doc.file)) throw new Error(`duplicate file name ${doc.file}`);
    seen.add(doc.file);
    const { name, bytes } = await render(doc);
    writeFileSync(join(out, name), bytes);
    truth.push({
      file: name,
      type: doc.type,
      clientNumber: doc.client,
      expected: doc.expected,
      reason: doc.reason,
      candidates: doc.candidates,
      language: doc.language,
      restricted: doc.type === 'medical_statement',
      render: doc.render,
      label: doc.label,
      ...(doc.note ? { note: doc.note } : {}),
    });
  }
  writeFileSync(join(here, 'truth.json'), `${JSON.stringify(truth, null, 2)}\n`);
  const count = (key: (t: TruthEntry) => string) =>
    truth.reduce<Record<string, number>>((acc, t) => {
      acc[key(t)] = (acc[key(t)] ?? 0) + 1;
      return acc;
    }, {});
  console.log(`${truth.length} documents in ${readdirSync(out).length} files`);
  console.log(
    'type',
    count((t) => t.type),
  );
  console.log(
    'render',
    count((t) => t.render),
  );
  console.log(
    'language',
    count((t) => t.language),
  );
  console.log(
    'expected',
    count((t) => `${t.expected}${t.reason ? `:${t.reason}` : ''}`),
  );
}

await main();
