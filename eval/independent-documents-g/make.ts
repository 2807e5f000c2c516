// Builds eval/independent-documents-g: files/, truth.json and README.md from the specs in docs/.
// Deterministic: every document draws its noise from a stream seeded by its slug, PDF dates are fixed.
//   npx tsx eval/independent-documents-g/make.ts [slug-filter]
import { CLIENTS } from '../independent-documents-c/lib/common.ts';
import { buildSet, type Reader } from '../independent-documents-d/build-set.ts';
import { AR } from './docs/ar.ts';
import { AR_NAMES } from './docs/kit.ts';
import { NL } from './docs/nl.ts';
import { TR } from './docs/tr.ts';

const TR_MONTHS = ['Ocak', 'Şubat', 'Mart', 'Nisan', 'Mayıs', 'Haziran', 'Temmuz', 'Ağustos', 'Eylül', 'Ekim', 'Kasım', 'Aralık'];
// Levantine/Iraqi and Egyptian/Maghreb month names.
const SY_MONTHS = [
  'كانون الثاني',
  'شباط',
  'آذار',
  'نيسان',
  'أيار',
  'حزيران',
  'تموز',
  'آب',
  'أيلول',
  'تشرين الأول',
  'تشرين الثاني',
  'كانون الأول',
];
const EG_MONTHS = ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'];
const EN_SHORT = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];

/** A careful reader of this set: year-first dates, Turkish and Arabic month names, Eastern Arabic digits, names in Arabic script. */
const READER: Reader = {
  moreDateForms: ({ y, m, d, nd, mi }) => [
    `${y}/${m}/${d}`,
    `${y}.${m}.${d}`,
    ...[TR_MONTHS, SY_MONTHS, EG_MONTHS].flatMap((names) => [`${nd} ${names[mi]} ${y}`, `${d} ${names[mi]} ${y}`]),
    `${d} ${EN_SHORT[mi]} ${y}`,
    `${d} ${EN_SHORT[mi]} ${y.slice(2)}`,
  ],
  normalise: (flat) => flat.replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x660)),
  // The name written in Arabic script (first and last word) with the birth date.
  moreClients: (flat, dateForms) =>
    CLIENTS.filter((c) => {
      const ar = AR_NAMES[c.clientNumber]?.split(' ');
      return ar && flat.includes(ar[0]!) && flat.includes(ar[ar.length - 1]!) && dateForms(c.birthDate).some((d) => flat.includes(d));
    }).map((c) => c.clientNumber),
};

await buildSet({
  letter: 'g',
  dir: new URL('.', import.meta.url).pathname,
  specs: [...AR, ...TR, ...NL],
  reader: READER,
  readme: (
    f,
  ) => `Do not train, tune, calibrate or pick thresholds on this set. Do not copy its texts into the corpus. Report figures on it separately.

# Independent documents G

${f.documents} single documents (${f.megabytes} MB, ${f.multiPage} of them with 2 pages) for measuring how postkamer reads,
classifies, identifies and routes post it has never seen. Written independently of the product, its training corpus
and the other evaluation sets: only \`/work/shared/DESIGN.md\` (document types, identification rules, routing),
\`examples/directory.json\` (the clients), the rendering library of set C (\`../independent-documents-c/lib\`,
README and code) and set D's tooling (\`make.ts\`, \`render.ts\`, \`spec.ts\`, \`docs/kit.ts\`, copied here as the
skeleton) were read. postkamer was never run on these files while they were written.

The emphasis of this set is post from and for clients whose first language is Arabic or Turkish: letters typed
on a phone in Arabic (Modern Standard, Levantine, Moroccan darija, Egyptian), notes in Arabic handwriting, the
municipality's own Dutch forms answered in Arabic or Turkish, papers from the home country (a hospital report
from Damascus, a psychiatrist in Baghdad, a clinic fax from Alexandria, statements of Moroccan, Syrian,
Lebanese and Turkish banks, an Iraqi salary slip, a Moroccan rent contract and divorce judgment with a sworn
Dutch translation, a Syrian passport, a Turkish identity card, a Turkish health report and disability report,
an icra payment order, a lawyer's ihtarname, a kira sözleşmesi, an emlak vergisi notice), Turkish letters of
the Dutch-Turkish second generation full of Dutch words, and Dutch written by these clients with their own
spelling next to Dutch institutional post about them. Client names appear in Arabic script where that is
natural, sometimes with the Latin spelling elsewhere on the page, sometimes without. Organisations other than
public bodies are invented.

Rebuild (deterministic: seeded noise, fixed PDF dates):

    npx tsx eval/independent-documents-g/make.ts

## How it was made

- \`docs/<language>.ts\` (\`ar\`, \`tr\`, \`nl\`) hold the documents, one \`Spec\` each (\`spec.ts\`): the truth
  (type, client or conflict, language, render, label) next to a function that lays the page out as a display
  list (set C's \`lib/sheet.ts\`); \`docs/kit.ts\` has the shared pieces (the municipality's form header,
  right-to-left tables, Arabic handwriting, Eastern Arabic digits, Turkish IBANs).
- \`make.ts\` first checks every text against the design's identification rules: the client numbers, the
  directory BSNs (elfproef) and the name + birth date pairs found in the text must be exactly the truth's client,
  or the two clients of a conflict, or nobody. As a careful reader would, the check reads Eastern Arabic digits
  as digits, accepts birth dates written year first, with Turkish, Levantine and Egyptian month names, and
  matches a client's name written in Arabic script (first and last word) with the birth date. Then it renders:
  - **digital**: born-digital PDF with a text layer (pdf-lib with embedded DejaVu subsets; Arabic through Skia's
    PDF backend in \`render.ts\`, which shapes right-to-left text and still keeps a text layer);
  - **scan**: greyscale JPEG pages (150 or 200 dpi) in an image-only PDF, with toner/paper tones, speckle, blur,
    skew up to 2°, sometimes a lid shadow or an off-centre sheet, and fold creases of a letter folded in three or
    the creases and waviness of a crumpled sheet;
  - **photo**: a phone photo (.jpg) of one sheet on a table (oilcloth, oak, wood, white kitchen table):
    perspective, rotation, shadow, vignette, warm cast (set C's \`photoPage\`);
  - **fax**: 200 × 100 lpi bilevel pages with a sender header line (set C's \`faxPage\`).
- Latin handwriting is a condensed italic drawn letter by letter with wobble in blue/black ink; Arabic
  handwriting is a shaped sans in ink. Mixed right-to-left lines show the digit and word reordering that real
  Arabic text with Dutch words and numbers has.

## Truth

\`truth.json\`: one entry per file with \`type\`, \`clientNumber\`, \`expected\`, \`reason\`, \`candidates\`, \`language\`,
\`restricted\` (medical statements), \`render\`, \`label\`. \`expected\` is \`route\` when the type and the client are
clear, or when no directory client is named but the type's team takes unknown people (benefit application,
objection, complaint, court document and, as the brief for these sets says, debt notices: here a refugee
family, an Egyptian and a Turkish woman applying, a Moroccan woman and a Turkish man objecting, a Turkish
mother asking debt help); otherwise \`triage\` with \`reason\` \`conflict\` (a son's note with his own number on
his mother's bank statement, a neighbour complaining for a neighbour with both numbers, a son who moved in with
his mother, a brother's number on his sister's ihtarname, a niece writing for her aunt, a friend's number on a
payslip), \`no-client\` (a stranger's medical report, an Iraqi salary slip and a Turkish internet-banking printout
and an interview invitation with a directory client's name only, a payslip whose BSN fails the elfproef) or
\`type-other\` (AVG requests to see personal data in Arabic, Turkish and Dutch, an Arabic advertising leaflet).

## Counts

${f.counts}
`,
});
