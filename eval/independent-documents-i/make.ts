// Builds eval/independent-documents-i: files/, truth.json and README.md from the specs in docs/.
// Deterministic: every document draws its noise from a stream seeded by its slug, PDF dates are fixed.
//   npx tsx eval/independent-documents-i/make.ts [slug-filter]
import { buildSet } from '../independent-documents-d/build-set.ts';
import { AR } from './docs/ar.ts';
import { EN } from './docs/en.ts';
import { NL1 } from './docs/nl1.ts';
import { NL2 } from './docs/nl2.ts';
import { NL3 } from './docs/nl3.ts';
import { PL } from './docs/pl.ts';
import { TR } from './docs/tr.ts';

await buildSet({
  letter: 'i',
  dir: new URL('.', import.meta.url).pathname,
  specs: [...NL1, ...NL2, ...NL3, ...EN, ...TR, ...AR, ...PL],
  readme: (
    f,
  ) => `Do not train, tune, calibrate or pick thresholds on this set. Do not copy its texts into the corpus. Report figures on it separately.

# Independent documents I

${f.documents} single documents (${f.megabytes} MB, ${f.multiPage} of them with 2–3 pages) for measuring how postkamer reads,
classifies, identifies and routes post it has never seen. Written independently of the product, its training corpus
and the other evaluation sets: only \`/work/shared/DESIGN.md\` (document types, identification rules, routing),
\`examples/directory.json\` (the clients), the rendering library of set C (\`../independent-documents-c/lib\`, code
only) and set D's tooling (\`make.ts\`, \`render.ts\`, \`spec.ts\`, \`docs/kit.ts\`, used as the skeleton) were read.
postkamer was never run on these files while they were written.

The emphasis of this set is the post of long-term clients and the people around them, mostly in Dutch: elderly
clients writing by hand, clients with low literacy (phonetic spelling, no punctuation), beschermingsbewindvoerders
and mentors writing for their clients, buurtteams, schuldhulpverleners, advocaten, woningcorporaties, a
zorgverzekeraar, the CAK, an energy supplier, deurwaarders, an incassobureau, the rechtbank, UWV, SVB, the
Belastingdienst, a huisarts, GGZ and specialists, salary administrations, a re-integration company and family
members. Also English, Turkish, Arabic and Polish letters and papers (a Turkish hospital report, a Turkish bank
statement, a Polish agency contract and a Polish debt collector). Faxes with cover sheets, forms with checkboxes
ticked by hand, scans with stamps and fold lines, low-contrast copies of copies, phone photos.
Organisations other than public bodies are invented.

Rebuild (deterministic: seeded noise, fixed PDF dates):

    npx tsx eval/independent-documents-i/make.ts

## How it was made

- \`docs/<language>.ts\` (\`nl1.ts\`, \`nl2.ts\`, \`nl3.ts\`, \`en.ts\`, \`tr.ts\`, \`ar.ts\`, \`pl.ts\`) hold the documents,
  one \`Spec\` each (\`spec.ts\`): the truth (type, client or conflict, language, render, label) next to a function
  that lays the page out as a display list (set C's \`lib/sheet.ts\`; letters, payslips, bank statements, forms and fax
  cover sheets from \`docs/kit.ts\`).
- \`make.ts\` first checks every text against the design's identification rules: the client numbers, the
  directory BSNs (elfproef) and the name + birth date pairs found in the text must be exactly the truth's client,
  or the two clients of a conflict, or nobody. Then it renders:
  - **digital**: born-digital PDF with a text layer (pdf-lib with embedded DejaVu subsets; Arabic through Skia's
    PDF backend in \`render.ts\`);
  - **scan**: greyscale JPEG pages (150 or 200 dpi) in an image-only PDF, with toner/paper tones, speckle, blur,
    skew up to 2°, sometimes a lid shadow or an off-centre sheet, fold creases or a crumpled sheet, and for copies
    of copies grey toner on grey paper with a dark copier edge;
  - **photo**: a phone photo (.jpg) of one sheet on a table (set C's \`photoPage\`);
  - **fax**: 200 × 100 lpi bilevel pages with a sender header line (set C's \`faxPage\`).
- Handwriting is a condensed italic drawn letter by letter with wobble in blue/black ink; Arabic handwriting
  is a shaped sans in ink.

## Truth

\`truth.json\`: one entry per file with \`type\`, \`clientNumber\`, \`expected\`, \`reason\`, \`candidates\`, \`language\`,
\`restricted\` (medical statements), \`render\`, \`label\`. \`expected\` is \`route\` when the type and the client are
clear, or when no directory client is named but the type's team takes unknown people (benefit application,
objection, complaint, court document, debt notice); otherwise \`triage\` with \`reason\` \`conflict\` (identifiers
of two directory clients: a bewindvoerder's letter about two of her clients, a mother's rent letter with her adult
son's note and number, a couple who split, a buurtteam letter about two families, a partner's payslip with the
client's note, a joint bank account, a schuldhulp letter about a couple with two files), \`no-client\` (strangers,
a name and address without number or birth date, a BSN with a typo that fails the elfproef, a first name only) or
\`type-other\` (a bewindvoerder's rekening en verantwoording for the kantonrechter, an AVG rectification request, a
church newsletter, another municipality's parking fine). Two \`other\` documents name a directory client and carry
that client in \`clientNumber\`; they are still expected to go to triage.

## Counts

${f.counts}
`,
});
