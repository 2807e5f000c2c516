/**
 * Proves that a change to the classifier, client matching or routing changed no decision: runs
 * every document of the generated corpus (all splits) and the bench texts through this checkout's
 * shared/domain and through another copy of it, and compares type, confidence, alternatives,
 * identification, language, route and reasons exactly, the raw logits, the calibrated confidence
 * and every page's first-page logit to `--tolerance` (default 0: bit for bit).
 *
 *   git archive <rev> shared/domain | tar -x -C /tmp/base
 *   tsx scripts/compare-decisions.ts --base /tmp/base/shared/domain [--tolerance 1e-12]
 *
 * The other copy must resolve its own imports (shared/domain imports only itself and `eld`; a
 * copy outside the repository needs node_modules beside it: `ln -s $PWD/node_modules /tmp/base/`).
 * Exits 1 on any difference, printing the first few.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type * as ClassifierModule from '../shared/domain/classifier.ts';
import type * as MatchingModule from '../shared/domain/client-matching.ts';
import type * as DirectoryModule from '../shared/domain/directory.ts';
import type * as LanguageModule from '../shared/domain/language.ts';
import type * as RoutingModule from '../shared/domain/routing.ts';
import { PAGE_JOINER } from '../shared/domain/training-example.ts';
import { Fixtures } from './bench/fixtures.ts';
import { readCorpus } from './training/corpus-file.ts';

const ROOT = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    base: { type: 'string' },
    corpus: { type: 'string', default: join(ROOT, 'data/corpus/corpus.jsonl') },
    tolerance: { type: 'string', default: '0' },
  },
});
if (!values.base) throw new Error('--base <path of the other shared/domain> is required');
const tolerance = Number(values.tolerance);

interface Domain {
  c: typeof ClassifierModule;
  m: typeof MatchingModule;
  r: typeof RoutingModule;
  d: typeof DirectoryModule;
  l: typeof LanguageModule;
}
async function load(dir: string): Promise<Domain> {
  return {
    c: await import(join(dir, 'classifier.ts')),
    m: await import(join(dir, 'client-matching.ts')),
    r: await import(join(dir, 'routing.ts')),
    d: await import(join(dir, 'directory.ts')),
    l: await import(join(dir, 'language.ts')),
  };
}
const base = await load(resolve(values.base));
const head = await load(join(ROOT, 'shared/domain'));

const RECEIVED_AT = new Date('2026-03-10T10:00:00+01:00');
const exampleDirectory = JSON.parse(readFileSync(join(ROOT, 'examples/directory.json'), 'utf8'));
const sets: { name: string; directory: unknown; texts: string[] }[] = [];
const corpus = readCorpus(values.corpus as string);
sets.push({
  name: 'corpus',
  directory: JSON.parse(readFileSync(join(ROOT, 'data/corpus/directory.json'), 'utf8')),
  texts: [...corpus.map((d) => d.pages.join(PAGE_JOINER)), ...corpus.flatMap((d) => d.pages)],
});
const fixtures = new Fixtures(
  head.d.parseDirectory(exampleDirectory),
  join(ROOT, 'data', 'bench-cache'),
  mkdtempSync(join(tmpdir(), 'compare-decisions-')),
);
sets.push({
  name: 'bench-classify',
  directory: exampleDirectory,
  texts: fixtures.documents('bench-classify', 1500).map((d) => d.pages.join('\n\n')),
});

function decide(domain: Domain, directory: DirectoryModule.Directory, text: string, given: MatchingModule.GivenEvidence) {
  const classification = domain.c.classify(text);
  const identification = domain.m.identifyClient(text, domain.m.clientIndexFor(directory), given);
  const language = domain.l.detectLanguage(text);
  const decision = domain.r.decideRoute({
    classification,
    identification,
    directory,
    receivedAt: RECEIVED_AT,
    threshold: domain.c.routeThreshold(classification.type),
    language,
  });
  return JSON.stringify([classification, identification, language, decision, domain.c.classifyPage(text)]);
}

const baseModel = new base.c.Classifier(JSON.parse(readFileSync(join(values.base as string, 'model/classifier-model.json'), 'utf8')));
const headModel = new head.c.Classifier(JSON.parse(readFileSync(join(ROOT, 'shared/domain/model/classifier-model.json'), 'utf8')));
let differences = 0;
let largest = 0;
const differ = (what: string) => {
  if (differences++ < 5) process.stdout.write(`${what}\n`);
};
for (const set of sets) {
  // Parsed once per side: the client index is cached per directory object, as at run time.
  const baseDirectory = base.d.parseDirectory(structuredClone(set.directory));
  const headDirectory = head.d.parseDirectory(structuredClone(set.directory));
  set.texts.forEach((text, i) => {
    for (const given of [{}, { senderEmail: 'someone@example.org' }]) {
      const a = decide(base, baseDirectory, text, given);
      const b = decide(head, headDirectory, text, given);
      if (a !== b) differ(`${set.name} #${i}: decisions differ\n  base ${a}\n  head ${b}`);
    }
    const a = baseModel.analyse(text);
    const b = headModel.analyse(text);
    const logits = [
      ...a.logits.map((x, k) => Math.abs(x - (b.logits[k] as number))),
      Math.abs(baseModel.firstPageLogit(text) - headModel.firstPageLogit(text)),
    ];
    const pa = baseModel.topConfidence(baseModel.probabilities(text), a.summary);
    const pb = headModel.topConfidence(headModel.probabilities(text), b.summary);
    const worst = Math.max(...logits, Math.abs(pa.confidence - pb.confidence));
    largest = Math.max(largest, worst);
    if (worst > tolerance || pa.best !== pb.best) differ(`${set.name} #${i}: scores differ by ${worst}`);
  });
  process.stdout.write(`${set.name}: ${set.texts.length} texts compared\n`);
}
process.stdout.write(`largest score difference ${largest}; ${differences} difference(s)\n`);
process.exit(differences > 0 ? 1 : 0);
