/**
 * `npm run eval:documents -- <folder> [<folder> …] [--json]`: how the pipeline's reading,
 * classification, client identification and routing do on a folder of single documents written by
 * someone who never saw the corpus generator (an independent set: `truth.json` + `files/`).
 * Never tune on such a set; report its figures apart from the generated test set.
 *
 * Each file is read as the extract step reads it (text layer, else OCR), then classified, its
 * client identified against examples/directory.json and routed as the route step decides.
 *
 * Definitions (per document)
 * - typeAccuracy: the classified type is the true type;
 * - client: right (the true client, or nobody when the truth names nobody), wrong (another client),
 *   none (nobody, or a conflict, for a document that has a client);
 * - outcome: routed right (routed, right type and client), triage, routed wrong (routed with a
 *   wrong type or client): a routed-wrong document is a lost paper;
 * - mustSeeRouted: of the documents a person must look at (truth `expected: "triage"`), the share
 *   routed anyway.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { silentLogger } from '../shared/adapters/local/json-logger.ts';
import { LocalTextExtractor } from '../shared/adapters/local/text-extractor.ts';
import { classify } from '../shared/domain/classifier.ts';
import { clientIndexFor, identifyClient } from '../shared/domain/client-matching.ts';
import { parseDirectory } from '../shared/domain/directory.ts';
import { DOCUMENT_TYPE_IDS, type DocumentTypeId } from '../shared/domain/document-types.ts';
import { UnusableInputError } from '../shared/domain/errors.ts';
import { DEFAULT_ROUTE_THRESHOLD, decideRoute } from '../shared/domain/routing.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { json: { type: 'boolean', default: false }, directory: { type: 'string', default: 'examples/directory.json' } },
});
if (positionals.length === 0) {
  process.stderr.write('usage: npm run eval:documents -- <folder with truth.json and files/> [...] [--json]\n');
  process.exit(2);
}

interface Truth {
  file: string;
  type: DocumentTypeId;
  clientNumber: string | null;
  expected: 'route' | 'triage';
  language?: string;
  render?: string;
}

const directory = parseDirectory(JSON.parse(readFileSync(values.directory as string, 'utf8')));
const index = clientIndexFor(directory);
const RECEIVED_AT = new Date('2026-06-15T08:00:00Z');
const extractor = new LocalTextExtractor({ engine: 'auto', logger: silentLogger });

const tally = () => ({
  documents: 0,
  typeRight: 0,
  clientRight: 0,
  clientWrong: 0,
  clientNone: 0,
  routedRight: 0,
  triage: 0,
  routedWrong: 0,
  unreadable: 0,
  mustSee: 0,
  mustSeeRouted: 0,
});
type Tally = ReturnType<typeof tally>;
const ratio = (a: number, b: number) => (b ? Math.round((a / b) * 10_000) / 10_000 : null);
const summary = (t: Tally) => ({
  documents: t.documents,
  typeAccuracy: ratio(t.typeRight, t.documents),
  clientRight: ratio(t.clientRight, t.documents),
  clientWrong: ratio(t.clientWrong, t.documents),
  clientNone: ratio(t.clientNone, t.documents),
  routedRight: ratio(t.routedRight, t.documents),
  triage: ratio(t.triage, t.documents),
  routedWrong: ratio(t.routedWrong, t.documents),
  unreadable: t.unreadable,
  mustSeeRouted: ratio(t.mustSeeRouted, t.mustSee),
});

const report: Record<string, unknown> = {};
try {
  for (const folder of positionals) {
    const truths = JSON.parse(readFileSync(join(folder, 'truth.json'), 'utf8')) as Truth[];
    const all = tally();
    const byLanguage = new Map<string, Tally>();
    const wrong: { file: string; type: string; predicted: string; client: string | null; decided: string | null }[] = [];
    for (const truth of truths) {
      if (!(DOCUMENT_TYPE_IDS as readonly string[]).includes(truth.type))
        throw new Error(`${folder}: ${truth.file}: unknown type ${truth.type}`);
      const lang = byLanguage.get(truth.language ?? 'nl') ?? tally();
      byLanguage.set(truth.language ?? 'nl', lang);
      const count = (f: (t: Tally) => void) => [all, lang].forEach(f);
      count((t) => {
        t.documents++;
        if (truth.expected === 'triage') t.mustSee++;
      });
      let text: string;
      try {
        const bytes = new Uint8Array(readFileSync(join(folder, 'files', truth.file)));
        const { pages } = await extractor.extract({ bytes, mediaType: 'application/octet-stream', objectKey: truth.file });
        text = pages
          .filter((p) => !p.blank)
          .map((p) => p.text)
          .join('\n\n');
      } catch (error) {
        if (!(error instanceof UnusableInputError)) throw error;
        count((t) => t.unreadable++);
        continue;
      }
      const classification = classify(text);
      const identification = identifyClient(text, index);
      const decision = decideRoute({
        classification,
        identification,
        directory,
        receivedAt: RECEIVED_AT,
        threshold: DEFAULT_ROUTE_THRESHOLD,
      });
      const typeRight = classification.type === truth.type;
      const decided = identification.status === 'identified' ? identification.clientNumber : null;
      const client = decided === truth.clientNumber ? 'right' : decided ? 'wrong' : 'none';
      count((t) => {
        if (typeRight) t.typeRight++;
        if (client === 'right') t.clientRight++;
        else if (client === 'wrong') t.clientWrong++;
        else t.clientNone++;
        if (decision.status === 'triage') t.triage++;
        else if (typeRight && (decision.clientNumber ?? null) === truth.clientNumber) t.routedRight++;
        else t.routedWrong++;
        if (truth.expected === 'triage' && decision.status === 'routed') t.mustSeeRouted++;
      });
      if (decision.status === 'routed' && !(typeRight && (decision.clientNumber ?? null) === truth.clientNumber))
        wrong.push({
          file: truth.file,
          type: truth.type,
          predicted: classification.type,
          client: truth.clientNumber,
          decided: decision.clientNumber,
        });
      if (!values.json) process.stderr.write('.');
    }
    if (!values.json) process.stderr.write('\n');
    report[folder] = {
      ...summary(all),
      byLanguage: Object.fromEntries([...byLanguage].map(([k, t]) => [k, summary(t)])),
      routedWrongFiles: wrong,
    };
  }
} finally {
  await extractor.close();
}
if (values.json) process.stdout.write(`${JSON.stringify(report)}\n`);
else
  for (const [folder, r] of Object.entries(report)) {
    const { byLanguage, routedWrongFiles, ...figures } = r as { byLanguage: object; routedWrongFiles: unknown[] };
    process.stdout.write(`\n${folder} (independent: never tune on it)\n`);
    for (const [k, v] of Object.entries(figures)) process.stdout.write(`  ${k.padEnd(16)} ${v}\n`);
    for (const [lang, s] of Object.entries(byLanguage)) process.stdout.write(`  ${lang}: ${JSON.stringify(s)}\n`);
    process.stdout.write(`  routed wrong: ${routedWrongFiles.length} document(s)\n`);
  }
