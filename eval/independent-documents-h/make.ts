// Builds eval/independent-documents-h: files/, truth.json and README.md from the specs in docs/.
// Deterministic: every document draws its noise from a stream seeded by its slug, PDF dates are fixed.
//   npx tsx eval/independent-documents-h/make.ts [slug-filter]
import { buildSet } from '../independent-documents-d/build-set.ts';
import { EN } from './docs/en.ts';
import { NL } from './docs/nl.ts';
import { PL } from './docs/pl.ts';
import { UK } from './docs/uk.ts';

await buildSet({
  letter: 'h',
  dir: new URL('.', import.meta.url).pathname,
  specs: [...UK, ...PL, ...EN, ...NL],
  readme: (
    f,
  ) => `Do not train, tune, calibrate or pick thresholds on this set. Do not copy its texts into the corpus. Report figures on it separately.

# Independent documents H

${f.documents} single documents (${f.megabytes} MB, ${f.multiPage} of them with 2–3 pages) for measuring how postkamer reads,
classifies, identifies and routes post it has never seen. Written independently of the product, its training corpus
and the other evaluation sets: only \`/work/shared/DESIGN.md\` (document types, identification rules, routing),
\`examples/directory.json\` (the clients) and the rendering library of set C (\`../independent-documents-c/lib\`,
README and code only), plus set D's tooling (\`make.ts\`, \`render.ts\`, \`spec.ts\`, \`docs/kit.ts\`, used as the
skeleton here) were read. postkamer was never run on these files while they were written.

The theme of this set is post from newcomers and labour migrants. Ukrainian: people who fled the war, some writing
with Russian words mixed in, and the Ukrainian papers they bring (a Diia printout, PrivatBank and Monobank
statements, a pension fund certificate, a disability (МСЕК) certificate, a military administration certificate, a
hospital discharge extract, a payslip and an income certificate from Ukrainian employers, a sworn translation). The
directory has no Ukrainian-named clients, so the Ukrainian writers who are clients carry the Polish-spelt names of
three directory clients (Ukrainians with Polish roots, as on a Karta Polaka). Polish: seasonal and agency workers
(agency payslips with Polish explanations, ING Bank Śląski and PKO statements, a ZUS decision, a PIT-11, a shared-house
umowa najmu, letters to the gemeente in Polish with Dutch words). English: expats, students, partners of Dutch
citizens, Eritrean and Nigerian writers, a Filipino nurse, letters typed on a phone, e-mails printed to PDF,
English-language forms. Dutch: institutional post about these clients (UWV, IND, COA, huisarts, uitzendbureau,
Belastingdienst/Toeslagen, a lawyer's appeal) and Dutch forms filled in by them in learner's Dutch. Organisations
other than public bodies are invented.

Rebuild (deterministic: seeded noise, fixed PDF dates):

    npx tsx eval/independent-documents-h/make.ts

## How it was made

- \`docs/<language>.ts\` (uk, pl, en, nl) hold the documents, one \`Spec\` each (\`spec.ts\`): the truth (type, client
  or conflict, language, render, label) next to a function that lays the page out as a display list (set C's
  \`lib/sheet.ts\`).
- \`make.ts\` first checks every text against the design's identification rules: the client numbers, the
  directory BSNs (elfproef) and the name + birth date pairs found in the text must be exactly the truth's client,
  or the two clients of a conflict, or nobody. Then it renders:
  - **digital**: born-digital PDF with a text layer (pdf-lib with embedded DejaVu subsets);
  - **scan**: greyscale JPEG pages (150 or 200 dpi) in an image-only PDF, with toner/paper tones, speckle, blur,
    skew up to 2°, sometimes a lid shadow or an off-centre sheet, and (\`render.ts\`) fold creases of a letter
    folded in three or the creases and waviness of a crumpled sheet;
  - **photo**: a phone photo (.jpg) of one sheet on a table (oak, dark wood, oilcloth, white or dark table):
    perspective, rotation, shadow, vignette, warm cast (set C's \`photoPage\`);
  - **fax**: 200 × 100 lpi bilevel pages with a sender header line (set C's \`faxPage\`).
- Handwriting (Latin and Cyrillic) is a condensed italic drawn letter by letter with wobble in blue/black ink, on
  ruled notebook paper or in the boxes of printed forms.

## Truth

\`truth.json\`: one entry per file with \`type\`, \`clientNumber\`, \`expected\`, \`reason\`, \`candidates\`, \`language\`,
\`restricted\` (medical statements), \`render\`, \`label\`. \`expected\` is \`route\` when the type and the client are
clear, or when no directory client is named but the type's team takes unknown people (benefit application,
objection, complaint, court document, debt notice); otherwise \`triage\` with \`reason\` \`conflict\` (identifiers
of two directory clients: housemates on one rent contract, an agency payslip with a colleague's client number
written on it, a partner's bank statement, a mother writing about her daughter who is also a client, a job list
written for two friends, a change form naming the new partner with birth date), \`no-client\` (a stranger's agency
payslip with a valid BSN, a stranger's residence permit, a faxed Ukrainian hospital extract, a holiday notice and
an agency registration with only a name) or \`type-other\` (an AVG request in Ukrainian, a Polish shop leaflet, an
English language-course invitation, an IND letter about someone else's residence application).

## Counts

${f.counts}
`,
});
