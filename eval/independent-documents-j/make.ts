// Builds eval/independent-documents-j: files/, truth.json and README.md from the specs in docs/.
// Deterministic: every document draws its noise from a stream seeded by its slug, PDF dates are fixed.
//   npx tsx eval/independent-documents-j/make.ts [slug-filter]
import { buildSet } from '../independent-documents-d/build-set.ts';
import { AR } from './docs/ar.ts';
import { EN } from './docs/en.ts';
import { NL } from './docs/nl.ts';
import { PL } from './docs/pl.ts';
import { TR } from './docs/tr.ts';
import { UK } from './docs/uk.ts';

await buildSet({
  letter: 'j',
  dir: new URL('.', import.meta.url).pathname,
  specs: [...NL, ...EN, ...TR, ...AR, ...PL, ...UK],
  scan: { lowDpiShare: 0.6, quality: [52, 66] },
  readme: (
    f,
  ) => `Do not train, tune, calibrate or pick thresholds on this set. Do not copy its texts into the corpus. Report figures on it separately.

# Independent documents J

${f.documents} single documents (${f.megabytes} MB, ${f.multiPage} of them with 2–${f.maxPages} pages) for measuring how postkamer reads,
classifies, identifies and routes post it has never seen. Written independently of the product, its training corpus
and the other evaluation sets: only \`/work/shared/DESIGN.md\` (document types, client identification, routing),
\`examples/directory.json\` (the clients), the rendering library of set C (\`../independent-documents-c/lib\`, README and
code only) and set D's tooling (\`make.ts\`, \`build-set.ts\`, \`render.ts\`, \`spec.ts\`, \`docs/kit.ts\`) were read.
postkamer was never run on these files while they were written.

The theme of this set is "the mailroom's Monday": post from institutions and third parties that reaches the
municipality about its clients, or that clients pass on. Employers and payroll bureaus (a cleaning company's
four-weekly payslip, a bakery's monthly slip, a horeca employer's handwritten note of hours, a temp agency's cover
letter, an English pay statement, a Polish-run agency's pasek wynagrodzeń, a letter ending a fixed-term contract),
banks (invented Dutch banks, a Turkish, a Moroccan, a Polish and a UK account), UWV, Belastingdienst/Toeslagen,
CAK, housing corporations and a private landlord, collection agencies, bailiffs (Dutch and Polish), the sub-district
and administrative court, GPs, a GGZ practice and hospitals abroad, a reintegration company, travel agencies and an
airline, lawyers, a bewindvoerder, neighbourhood teams, and sworn translations from Turkish, Arabic and Ukrainian with
the translator's stamp. Organisations other than public bodies are invented.

Rebuild (deterministic: seeded noise, fixed PDF dates):

    npx tsx eval/independent-documents-j/make.ts

## How it was made

- \`docs/<language>.ts\` hold the documents, one \`Spec\` each (set D's \`spec.ts\`): the truth (type, client or conflict,
  language, render, label) next to a function that lays the page out as a display list (set C's \`lib/sheet.ts\`);
  \`docs/jkit.ts\` adds letterheads with reference blocks, the municipality's incoming-post stamp, sworn translators'
  stamps, staples and the grey borders of photocopies.
- \`make.ts\` calls set D's \`build-set.ts\`, which first checks every text against the design's identification
  rules: the client numbers, the directory BSNs (elfproef) and the name + birth date pairs found in the text must
  be exactly the truth's client, or the two clients of a conflict, or nobody. Then it renders:
  - **digital**: born-digital PDF with a text layer (a payroll bureau's slip, a court judgment, an airline e-ticket,
    a newsletter, an invitation, letters typed on a phone in Arabic and Ukrainian);
  - **scan**: greyscale JPEG pages (150 or 200 dpi) in an image-only PDF, with toner/paper tones, speckle, blur,
    skew, folds for the envelope or a crumpled sheet, and for copies of copies grey toner and the grey borders a
    copier leaves around the sheet;
  - **photo**: a phone photo (.jpg) of one sheet on a table;
  - **fax**: 200 × 100 lpi bilevel pages with the sender's header line.
- Multi-page documents are what arrives stapled together: a cover letter with a payslip or two bank statements,
  an original with its sworn translation, a three-page contract, a judgment, a lawyer's objection.

## Truth

\`truth.json\`: one entry per file with \`type\`, \`clientNumber\`, \`expected\`, \`reason\`, \`candidates\`, \`language\`,
\`restricted\` (medical statements), \`render\`, \`label\`. \`expected\` is \`route\` when the type and the client are
clear, or when no directory client is named but the type's team takes unknown people (benefit application,
objection, complaint, court document, debt notice); otherwise \`triage\` with \`reason\` \`conflict\` (identifiers of two
directory clients: a bewindvoerder's letter covering two clients, a payslip with another client's file number
stamped on it, a joint tenancy agreement, a neighbourhood team forwarding a bailiff's letter with another client's
number, a partner's note with her own number on his UWV decision, a neighbour writing an objection with his number
and her BSN), \`no-client\` (a payslip, a GGZ letter, a Toeslagen letter, an airline ticket and a list of job
applications of people who are not in the directory) or \`type-other\` (a housing corporation's newsletter, a
lawyer's GDPR access request, an invitation to an information evening). Some documents name a client only by
initial and surname (a court summons): no client can be established, and the type's team takes it anyway.

## Counts

${f.counts}
`,
});
