// Builds eval/independent-documents-d: files/, truth.json and README.md from the specs in docs/.
// Deterministic: every document draws its noise from a stream seeded by its slug, PDF dates are fixed.
//   npx tsx eval/independent-documents-d/make.ts [slug-filter]
import { buildSet } from './build-set.ts';
import { AR } from './docs/ar.ts';
import { EN } from './docs/en.ts';
import { NL } from './docs/nl.ts';
import { PL } from './docs/pl.ts';
import { TR } from './docs/tr.ts';
import { UK } from './docs/uk.ts';

await buildSet({
  letter: 'd',
  dir: new URL('.', import.meta.url).pathname,
  specs: [...NL, ...EN, ...AR, ...UK, ...TR, ...PL],
  readme: (
    f,
  ) => `Do not train, tune, calibrate or pick thresholds on this set. Do not copy its texts into the corpus. Report figures on it separately.

# Independent documents D

${f.documents} single documents (${f.megabytes} MB, ${f.multiPage} of them with 2–3 pages) for measuring how postkamer reads,
classifies, identifies and routes post it has never seen. Written independently of the product, its training corpus
and the other evaluation sets: only \`/work/shared/DESIGN.md\` (document types, identification rules),
\`examples/directory.json\` (the clients) and the rendering library of set C (\`../independent-documents-c/lib\`,
README and code only) were read. postkamer was never run on these files while they were written.

The emphasis of this set is the post clients write and bring themselves: notes on ruled notebook paper, forms
filled in by hand, letters in their own language typed on a phone or a computer (Arabic, Ukrainian, Turkish,
Polish, English), photos of paper on a kitchen table, scans of sheets that were folded in three or crumpled in a
bag, and the institutional papers they staple to them (payslips, bank statements, doctors' notes, debt letters,
letters from UWV and the Belastingdienst). Organisations other than public bodies are invented.

Rebuild (deterministic: seeded noise, fixed PDF dates):

    npx tsx eval/independent-documents-d/make.ts

## How it was made

- \`docs/<language>.ts\` hold the documents, one \`Spec\` each (\`spec.ts\`): the truth (type, client or conflict,
  language, render, label) next to a function that lays the page out as a display list (set C's \`lib/sheet.ts\`).
- \`make.ts\` first checks every text against the design's identification rules: the client numbers, the
  directory BSNs (elfproef) and the name + birth date pairs found in the text must be exactly the truth's client,
  or the two clients of a conflict, or nobody. Then it renders:
  - **digital**: born-digital PDF with a text layer (pdf-lib with embedded DejaVu subsets; Arabic through Skia's
    PDF backend in \`render.ts\`, which shapes right-to-left text and still keeps a text layer);
  - **scan**: greyscale JPEG pages (150 or 200 dpi) in an image-only PDF, with toner/paper tones, speckle, blur,
    skew up to 2°, sometimes a lid shadow or an off-centre sheet, and (\`render.ts\`) fold creases of a letter
    folded in three or the creases and waviness of a crumpled sheet;
  - **photo**: a phone photo (.jpg, one as .png) of one sheet on a table (oilcloth, oak, white kitchen table):
    perspective, rotation, shadow, vignette, warm cast (set C's \`photoPage\`);
  - **fax**: 200 × 100 lpi bilevel pages with a sender header line (set C's \`faxPage\`).
- Handwriting is a condensed italic drawn letter by letter with wobble in blue/black ink; Arabic handwriting
  is a shaped sans in ink. Writing by clients has the spelling and grammar of real client letters.

## Truth

\`truth.json\`: one entry per file with \`type\`, \`clientNumber\`, \`expected\`, \`reason\`, \`candidates\`, \`language\`,
\`restricted\` (medical statements), \`render\`, \`label\`. \`expected\` is \`route\` when the type and the client are
clear, or when no directory client is named but the type's team takes unknown people (benefit application,
objection, complaint, court document and, as the brief for these sets says, debt notices); otherwise \`triage\` with
\`reason\` \`conflict\` (identifiers of two directory clients: a partner's number on a payslip, a son writing for his
mother with his own number, a helper's client number on someone else's bailiff letter), \`no-client\` (strangers,
a name without any identifier, a BSN with a typo that fails the elfproef, a client number that does not exist
next to a stranger's name) or \`type-other\` (AVG/GDPR requests to see or correct personal data in Dutch,
English, Arabic, Turkish and Polish). One note carries a non-existent client number next to a correct name and
birth date: the name + birth date identifies the client.

## Counts

${f.counts}
`,
});
