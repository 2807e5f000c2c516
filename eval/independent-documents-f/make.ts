// Builds eval/independent-documents-f (set F, one ordinary week of post): files/, truth.json and README.md from the specs in docs/.
// Deterministic: every document draws its noise from a stream seeded by its slug, PDF dates are fixed.
//   npx tsx eval/independent-documents-f/make.ts [slug-filter]
import { seedOf } from '../independent-documents-c/lib/rng.ts';
import { buildSet } from '../independent-documents-d/build-set.ts';
import { AR } from './docs/ar.ts';
import { EN } from './docs/en.ts';
import { NL } from './docs/nl.ts';
import { PL } from './docs/pl.ts';
import { TR } from './docs/tr.ts';
import { UK } from './docs/uk.ts';

await buildSet({
  letter: 'f',
  dir: new URL('.', import.meta.url).pathname,
  // Shuffled deterministically, like the post that comes out of one week's mail bags.
  specs: [...NL, ...EN, ...AR, ...UK, ...TR, ...PL].sort((a, b) => seedOf(`f/${a.slug}`) - seedOf(`f/${b.slug}`)),
  scan: { lowDpiShare: 0.6, quality: [50, 64] },
  readme: (
    f,
  ) => `Do not train, tune, calibrate or pick thresholds on this set. Do not copy its texts into the corpus. Report figures on it separately.

# Independent documents F

${f.documents} single documents (${f.megabytes} MB, ${f.multiPage} of them with 2–${f.maxPages} pages) for measuring how postkamer reads,
classifies, identifies and routes post it has never seen. Written independently of the product, its training corpus
and the other evaluation sets: only \`/work/shared/DESIGN.md\` (document types, identification rules, routing),
\`examples/directory.json\` (the clients) and the rendering library of set C (\`../independent-documents-c/lib\`, code
only) and set D's tooling (\`make.ts\`, \`render.ts\`, \`spec.ts\`, \`docs/kit.ts\`, copied here as the skeleton) were read.
postkamer was never run on these files while they were written.

The emphasis of this set is **an ordinary week of post at a Werk & Inkomen mailroom**, in roughly the proportions a
municipality receives it: many payslips, bank statements and changes in circumstances (work, moving, living together,
a car, an inheritance), fewer doctors' letters, proof of job applications, UWV decisions, Belastingdienst letters
(toeslagen, aanslag, voorlopige aanslag, aanmaning) and debt letters (incassobureau, deurwaarder, CAK, energy,
zorgverzekeraar, huurachterstand), a few rental agreements, objections, applications, complaints, holiday notices,
identity documents, employment contracts and court papers, and the post that does not belong here at all (an AVG
request to see one's file, advertising, a letter meant for Burgerzaken, a conference invitation). The writers vary:
clients themselves, a bewindvoerder, a budgetbeheerder, a buurtteam worker, a daughter writing for her mother and a son
for his, employers' salary administrations and an administratiekantoor, banks with different statement layouts
(a neobank in English among them), a GP, a hospital, a physiotherapist, a GGZ institution, a hospital abroad, a
notary, a lawyer, a court, UWV, the Belastingdienst and the CAK. The files are numbered in a fixed shuffled order,
as a week's mail bags come out. Organisations other than public bodies are invented.

Rebuild (deterministic: seeded noise, fixed PDF dates):

    npx tsx eval/independent-documents-f/make.ts

## How it was made

- \`docs/<language>.ts\` hold the documents, one \`Spec\` each (\`spec.ts\`): the truth (type, client or conflict,
  language, render, label) next to a function that lays the page out as a display list (set C's \`lib/sheet.ts\`).
  \`docs/kit.ts\` is set D's kit plus recurring layouts (payslip, bank transaction table, institutional letter,
  municipal form), each used with different senders, fonts and details.
- \`make.ts\` first checks every text against the design's identification rules: the client numbers, the
  directory BSNs (elfproef) and the name + birth date pairs found in the text must be exactly the truth's client,
  or the two clients of a conflict, or nobody. Then it renders:
  - **digital**: born-digital PDF with a text layer (pdf-lib with embedded DejaVu subsets; Arabic through Skia's
    PDF backend in \`render.ts\`, which shapes right-to-left text and keeps a text layer);
  - **scan**: greyscale JPEG pages (150 or 200 dpi) in an image-only PDF, with toner/paper tones, speckle, blur,
    skew up to 2°, sometimes a lid shadow or an off-centre sheet, and fold creases of a letter folded in three or
    the creases and waviness of a crumpled sheet;
  - **photo**: a phone photo (.jpg) of one sheet on a table (oak, dark wood, oilcloth, white kitchen table):
    perspective, rotation, shadow, vignette, warm cast (set C's \`photoPage\`);
  - **fax**: 200 × 100 lpi bilevel pages with a sender header line (set C's \`faxPage\`): a GP, a GGZ
    institution, an administratiekantoor, a lawyer, a legal aid office.
- Printed e-mails (web mail and Outlook printouts) are mostly scanned like paper; forms filled in by hand, notebook
  letters and notes scribbled on institutional paper (a client number, "t.a.v.", a BSN, a partner's number) use set
  D's handwriting.

## Truth

\`truth.json\`: one entry per file with \`type\`, \`clientNumber\`, \`expected\`, \`reason\`, \`candidates\`, \`language\`,
\`restricted\` (medical statements), \`render\`, \`label\`. \`expected\` is \`route\` when the type and the client are
clear, or when no directory client is named but the type's team takes unknown people (benefit application,
objection, complaint, court document and, as the brief for these sets says, debt notices); otherwise \`triage\` with
\`reason\` \`conflict\` (identifiers of two directory clients: a partner's client number on a payslip, a bewindvoerder
whose third page is another client's statement, a living-together form of two clients, a daughter writing with her
own number about her mother's rent arrears, a son doing the same for his mother's holiday, two brothers-in-law
reporting one trip, a complaint signed by two clients, a room rented to two clients), \`no-client\` (a stranger's
payslip, a bank statement with only an initial, a name and an address, a physiotherapist's note whose BSN fails the
elfproef, a rejection e-mail addressed by first name only, a non-client's tax letter, a Ukrainian non-client reporting
work) or \`type-other\` (an AVG request to see one's file in Turkish, advertising, a letter meant for Burgerzaken, a
conference invitation). The Ukrainian writers are not in the directory; their application, objection, complaint and
debt letter still route to the team that takes unknown people.

## Counts

${f.counts}
`,
});
