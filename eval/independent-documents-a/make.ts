/**
 * Independent evaluation set A: single documents as a Werk & Inkomen department receives them.
 * Run: npx tsx eval/independent-documents-a/make.ts  (deterministic: fixed seeds, fixed PDF dates).
 * Writes files/*.pdf|jpg|png and truth.json next to this file.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { docsOne } from './docs-one.ts';
import { docsThree } from './docs-three.ts';
import { docsTwo } from './docs-two.ts';
import { renderDigital, renderPhoto, renderScan, seeded } from './render.ts';
import type { Spec } from './spec.ts';

const here = fileURLToPath(new URL('.', import.meta.url));
const outDir = `${here}files`;

const TABLES: [number, number, number][] = [
  [120, 86, 58],
  [150, 150, 145],
  [70, 90, 120],
  [200, 195, 185],
  [95, 70, 50],
];

async function main(): Promise<void> {
  const specs: Spec[] = [...docsOne(), ...docsTwo(), ...docsThree()];
  const names = new Set<string>();
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const truth: Record<string, unknown>[] = [];
  let n = 0;
  for (const s of specs) {
    n++;
    const seed = 7919 * n + 20260;
    const rnd = seeded(seed);
    const ext = s.render === 'photo' ? (s.png ? 'png' : 'jpg') : 'pdf';
    const file = `${String(n).padStart(3, '0')}-${s.id}.${ext}`;
    if (names.has(s.id)) throw new Error(`duplicate id ${s.id}`);
    names.add(s.id);
    const doc = s.build();
    let buf: Buffer;
    if (s.render === 'digital') {
      buf = await renderDigital(doc, {
        title: s.title ?? s.label,
        producer: s.producer ?? 'Microsoft® Word for Microsoft 365',
        date: s.date,
      });
    } else if (s.render === 'scan') {
      const heavy = s.heavy ?? rnd() < 0.35;
      buf = await renderScan(doc, seed, {
        dpi: 150 + Math.floor(rnd() * 6) * 10,
        skewDeg: (rnd() < 0.5 ? -1 : 1) * (0.3 + rnd() * (heavy ? 2.4 : 1.1)),
        blur: heavy ? 0.8 + rnd() * 0.5 : 0.35 + rnd() * 0.4,
        speckles: Math.floor((heavy ? 900 : 150) + rnd() * 600),
        paper: heavy ? 205 + Math.floor(rnd() * 20) : 232 + Math.floor(rnd() * 18),
        quality: heavy ? 45 + Math.floor(rnd() * 12) : 58 + Math.floor(rnd() * 14),
        edgeShadow: rnd() < 0.25,
        fold: rnd() < 0.4,
        faint: heavy && rnd() < 0.5 ? 60 : 0,
      });
    } else {
      buf = await renderPhoto(doc, seed, {
        angle: (rnd() < 0.5 ? -1 : 1) * (1.5 + rnd() * 6),
        shear: (rnd() - 0.5) * 0.08,
        shadow: 0.2 + rnd() * 0.35,
        background: TABLES[Math.floor(rnd() * TABLES.length)]!,
        quality: 62 + Math.floor(rnd() * 18),
        format: s.png ? 'png' : 'jpg',
        blur: 0.3 + rnd() * 0.7,
      });
    }
    writeFileSync(`${outDir}/${file}`, buf);
    truth.push({
      file,
      type: s.type,
      clientNumber: s.client,
      expected: s.expected,
      reason: s.reason ?? null,
      candidates: s.candidates ?? [],
      language: s.language,
      restricted: s.type === 'medical_statement',
      render: s.render,
      label: s.label,
    });
  }
  writeFileSync(`${here}truth.json`, `${JSON.stringify(truth, null, 2)}\n`);
  const count = (k: (t: Record<string, unknown>) => string): Record<string, number> =>
    truth.reduce<Record<string, number>>((acc, t) => {
      acc[k(t)] = (acc[k(t)] ?? 0) + 1;
      return acc;
    }, {});
  console.log(`${truth.length} documents in ${outDir} (${readdirSync(outDir).length} files)`);
  console.log(
    'type',
    count((t) => String(t.type)),
  );
  console.log(
    'render',
    count((t) => String(t.render)),
  );
  console.log(
    'language',
    count((t) => String(t.language)),
  );
  console.log(
    'expected',
    count((t) => `${t.expected}${t.reason ? `:${t.reason}` : ''}`),
  );
}

await main();
