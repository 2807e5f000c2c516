// Builds eval/independent-documents-k: files/, truth.json and README.md from the specs in docs/.
// Deterministic: every document draws its noise from a stream seeded by its slug, PDF dates are fixed.
//   npx tsx eval/independent-documents-k/make.ts [slug-filter]
import { buildSet } from '../independent-documents-d/build-set.ts';
import { AR } from './docs/ar.ts';
import { EN } from './docs/en.ts';
import { NL } from './docs/nl.ts';
import { PL } from './docs/pl.ts';
import { TR } from './docs/tr.ts';
import { UK } from './docs/uk.ts';

/** Eastern Arabic (and Persian) digits read as the digits they are. */
const westernDigits = (s: string) =>
  s.replace(/[\u0660-\u0669]/g, (c) => String(c.charCodeAt(0) - 0x660)).replace(/[\u06f0-\u06f9]/g, (c) => String(c.charCodeAt(0) - 0x6f0));

await buildSet({
  letter: 'k',
  dir: new URL('.', import.meta.url).pathname,
  specs: [...NL, ...AR, ...TR, ...EN, ...PL, ...UK],
  scan: { lowDpiShare: 0.6, quality: [52, 64] },
  reader: { normalise: westernDigits },
  readme: (
    f,
  ) => `Do not train, tune, calibrate or pick thresholds on this set. Do not copy its texts into the corpus. Report figures on it separately.

# Independent documents K

${f.documents} single documents (${f.megabytes} MB, ${f.multiPage} of them with 2 pages) for measuring how postkamer reads,
classifies, identifies and routes post it has never seen. Written independently of the product, its training corpus
and the other evaluation sets: only \`/work/shared/DESIGN.md\` (document types, identification rules, routing),
\`examples/directory.json\` (the clients), the rendering library of set C (\`../independent-documents-c/lib\`, README
and code only) and set D's tooling (\`make.ts\`, \`build-set.ts\`, \`render.ts\`, \`spec.ts\`, \`docs/kit.ts\`) were read.
postkamer was never run on these files while they were written.

The theme of this set is the front desk: what clients hand in and send themselves. Handwritten notes on lined and
squared paper, the municipality's own forms filled in by hand (wijzigingsformulier, inlichtingenformulier, aanvraag
bijzondere bijstand, melding verblijf buitenland), letters typed on a phone and printed at the library, e-mail and
WhatsApp printouts, phone photos of papers on a table, a daughter of 13 writing for her mother, a neighbour writing
for an elderly lady, letters that mix Arabic, Turkish, Polish or Ukrainian with Dutch words ("uitkering",
"klantmanager", "gemeente", "loonstrook"), requests for special assistance (washing machine, glasses, beds, a
funeral, a dentist), notices of going abroad (family visit, funeral, umrah), lists of job applications kept by hand,
angry objections, complaints about a consultant or the desk, notices of moving in together, a new job or a baby,
foreign identity documents (Moroccan, Syrian, Turkish, Ukrainian) and a residence permit as photocopies, medical
notes from doctors in Amman, İzmir and Addis Ababa, payslips from a bakery, a snack bar, a döner shop and a
greenhouse, ATM mini-statements glued on paper, a Turkish bank statement, and the institutional letters clients staple
their questions to (UWV, Belastingdienst, a debt collector in Warsaw). Organisations other than public bodies are
invented.

Rebuild (deterministic: seeded noise, fixed PDF dates):

    npx tsx eval/independent-documents-k/make.ts

## How it was made

- \`docs/<language>.ts\` hold the documents, one \`Spec\` each (D's \`spec.ts\`): the truth (type, client or
  conflict, language, render, label) next to a function that lays the page out as a display list (set C's
  \`lib/sheet.ts\`); \`docs/parts.ts\` adds the paper of this set (squared paper, the municipality's forms, WhatsApp
  printouts, ATM slips, ID-card copies) on top of D's \`docs/kit.ts\`.
- \`make.ts\` builds through D's \`build-set.ts\`, which first checks every text against the design's identification
  rules: the client numbers, the directory BSNs (elfproef) and the name + birth date pairs found in the text must be
  exactly the truth's client, or the two clients of a conflict, or nobody. Client numbers written in Eastern Arabic
  digits (two Arabic letters) are read as the digits they are. Then it renders:
  - **digital**: born-digital PDF with a text layer (Arabic through Skia in D's \`render.ts\`);
  - **scan**: greyscale JPEG pages (150 or 200 dpi) in an image-only PDF, with toner/paper tones, speckle, blur,
    skew, sometimes a lid shadow or an off-centre sheet, fold creases of a letter folded in three, the creases of a
    sheet crumpled in a bag, or the grey of a copy of a copy;
  - **photo**: a phone photo (.jpg, one as .png) of one sheet on a table (oak, dark wood, oilcloth, a white table).
- Handwriting is drawn letter by letter with wobble in blue, black, purple, red ink or pencil, in Latin and Cyrillic
  script; Arabic handwriting is a shaped sans in ink. Writing by clients has the spelling, grammar and mixed
  languages of real client letters.

## Truth

\`truth.json\`: one entry per file with \`type\`, \`clientNumber\`, \`expected\`, \`reason\`, \`candidates\`, \`language\`,
\`restricted\` (medical statements), \`render\`, \`label\`. \`expected\` is \`route\` when the type and the client are
clear, or when no directory client is named but the type's team takes unknown people (benefit application,
objection, complaint, court document and, as the brief for these sets says, debt notices); otherwise \`triage\` with
\`reason\` \`conflict\` (identifiers of two directory clients: a couple's shared letter with both client numbers, a
neighbour who writes for an elderly lady and adds her own client number, a boyfriend's client number on his
girlfriend's payslip, a complaint naming the brother's client number, a form with one client's number and another
client's name and birth date, two brothers-in-law travelling to a funeral together), \`no-client\` (a job list with a
name only, a room contract and a tax letter of strangers, a Ukrainian passport of a newcomer, a restaurant payslip of
a stranger, a note with a name and a BSN that fails the elfproef) or \`type-other\` (an AVG request to see one's file,
a thank-you card to a consultant, a mosque food-bank flyer, a parking-permit letter meant for another department, a
school letter). Some clients are identified only by name + birth date (a passport copy, a hospital report, a
contract); the partner of a client sends her own payslip under his client number (routed to him).

## Counts

${f.counts}
`,
});
