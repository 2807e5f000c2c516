/**
 * `npm run eval:documents -- <folder> [<folder> …] [--json] [--text-cache <dir>]`: how the pipeline reads, classifies,
 * identifies and routes folders of single documents in the independent sets' format (truth.json +
 * files/). `npm run eval -- --set independent` runs it on every set under eval/. Definitions: in
 * scripts/lib/document-sets.ts. Never tune on an independent set; report its figures on their own.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parseDirectory } from '../shared/domain/directory.ts';
import { evaluateSet, printReport, reportOutcomes } from './lib/document-sets.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    json: { type: 'boolean', default: false },
    directory: { type: 'string', default: 'examples/directory.json' },
    /** Keep each file's extracted text here and read it from here on the next run (no OCR). */
    'text-cache': { type: 'string' },
  },
});
if (positionals.length === 0) {
  process.stderr.write('usage: npm run eval:documents -- <folder with truth.json and files/> [...] [--json]\n');
  process.exit(2);
}

const directory = parseDirectory(JSON.parse(readFileSync(values.directory as string, 'utf8')));
const bySet: Parameters<typeof reportOutcomes>[0] = {};
for (const folder of positionals) {
  bySet[folder] = await evaluateSet(folder, directory, {
    onDocument: () => {
      if (!values.json) process.stderr.write('.');
    },
    textCache: values['text-cache'] as string | undefined,
  });
  if (!values.json) process.stderr.write('\n');
}
const report = reportOutcomes(bySet);
if (values.json) process.stdout.write(`${JSON.stringify(report)}\n`);
else printReport(report);
