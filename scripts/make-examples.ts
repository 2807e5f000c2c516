/**
 * Writes examples/scans/: sample documents about clients in examples/directory.json, as a front
 * desk or mailroom would scan them, plus expected.json with what the pipeline should do with each
 * at a fixed received time. Expectations are computed from the directory with the routing code
 * (true type, true client), never typed in by hand. Deterministic: same bytes on every run.
 *
 *   npm run examples
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { isValidBsn } from '../shared/domain/bsn.ts';
import type { Identification } from '../shared/domain/client-matching.ts';
import { type Client, type Directory, parseDirectory } from '../shared/domain/directory.ts';
import { DOCUMENT_TYPES, type DocumentTypeId } from '../shared/domain/document-types.ts';
import { decideRoute } from '../shared/domain/routing.ts';
import { imagesToPdf, type RenderOptions, renderPage, textPdf } from './lib/render-page.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'examples', 'scans');
/** A Wednesday with several consultants away: the absences that matter are evaluated at this time. */
const AT = '2026-11-25T10:00:00+01:00';
const MAX_BYTES = 400 * 1024;

type Format = 'jpeg' | 'png' | 'scan-pdf' | 'text-pdf';

interface Sample {
  file: string;
  description: string;
  format: Format;
  pages: string[][];
  render?: RenderOptions;
  documentType: DocumentTypeId;
  /** The client the document is about, when they are in the directory. */
  client: Client | null;
  /** How a correct reader identifies the client. */
  via?: 'client-number' | 'bsn' | 'name-birthdate';
}

const directory: Directory = parseDirectory(JSON.parse(readFileSync(join(root, 'examples', 'directory.json'), 'utf8')));

function client(clientNumber: string): Client {
  const found = directory.clients.find((c) => c.clientNumber === clientNumber);
  if (!found) throw new Error(`examples/directory.json has no client ${clientNumber}`);
  if (!found.bsn || !found.birthDate || !found.address) throw new Error(`client ${clientNumber} lacks a BSN, birth date or address`);
  return found;
}

/** 26-09-1996 */
const dutchDate = (iso: string) => iso.split('-').reverse().join('-');
const initials = (name: string) => `${name.charAt(0)}. ${name.split(' ').slice(1).join(' ')}`;
const addressLines = (c: Client) => (c.address ?? '').split(', ');

/** A valid BSN nobody in the directory has: a new applicant. */
function unknownBsn(): string {
  const known = new Set(directory.clients.map((c) => c.bsn));
  for (let n = 999940000; ; n++) if (isValidBsn(String(n)) && !known.has(String(n))) return String(n);
}

function samples(): Sample[] {
  const devries = client('K-100101');
  const yilmaz = client('K-100115');
  const elAmrani = client('K-100108');
  const pinas = client('K-100143');
  const kowalska = client('K-100122');
  const jansen = client('K-100150');
  const [elAmraniStreet, elAmraniTown] = addressLines(elAmrani);
  const [yilmazStreet, yilmazTown] = addressLines(yilmaz);
  const [kowalskaStreet, kowalskaTown] = addressLines(kowalska);
  return [
    {
      file: 'loonstrook-van-dam.jpg',
      description: 'payslip photographed at the desk (JPEG, light scan noise); BSN next to its label',
      format: 'jpeg',
      render: { noise: 'light', seed: 11 },
      documentType: 'payslip',
      client: devries,
      via: 'bsn',
      pages: [
        [
          'Bakkerij Van Dam B.V.',
          'Industrieweg 14, 1234 KL Voorbeeld',
          '',
          'LOONSTROOK',
          '',
          'Periode:\toktober 2026',
          'Naam werknemer:\t' + initials(devries.name),
          'Personeelsnummer:\t00417',
          'BSN:\t' + devries.bsn,
          'Functie:\tMedewerker productie',
          'Gewerkte uren:\t64,00',
          '',
          'Omschrijving\tBedrag',
          'Brutoloon\t€ 1.152,00',
          'Loonheffing\t€ 38,12',
          'Pensioenpremie\t€ 41,47',
          'Nettoloon\t€ 1.072,41',
          '',
          'Uitbetaald op 24-10-2026.',
          'Vakantiegeld wordt in mei uitbetaald.',
        ],
      ],
    },
    {
      file: 'bankafschrift-oktober.pdf',
      description: 'two-page bank statement from the mailroom scanner (image-only PDF); desk stamp with the client number',
      format: 'scan-pdf',
      render: { noise: 'light', seed: 21 },
      documentType: 'bank_statement',
      client: yilmaz,
      via: 'client-number',
      pages: [
        [
          `INGEKOMEN 24 NOV 2026 - Gemeente Voorbeeld - klantnr. ${yilmaz.clientNumber}`,
          '',
          'Rabobank Voorbeeld',
          '',
          'Rekeningafschrift nr. 10',
          'Rekeninghouder:\t' + initials(yilmaz.name),
          '\t' + yilmazStreet,
          '\t' + yilmazTown,
          'IBAN:\tNL44 RABO 0123 4567 89',
          'Periode:\t01-10-2026 t/m 31-10-2026',
          '',
          'Beginsaldo\t\t€ 212,40',
          '',
          'Datum\tOmschrijving\tBij/Af\tBedrag',
          '01-10\tGemeente Voorbeeld\tBij\t€ 1.089,23',
          '02-10\tWoonstichting Voorbeeld\tAf\t€ 612,50',
          '05-10\tAlbert Heijn 1123\tAf\t€ 48,17',
          '09-10\tEneco energie\tAf\t€ 96,00',
          '12-10\tLidl Voorbeeld\tAf\t€ 31,84',
        ],
        [
          'Rabobank Voorbeeld - Rekeningafschrift nr. 10 - blad 2',
          '',
          'Datum\tOmschrijving\tBij/Af\tBedrag',
          '15-10\tZilveren Kruis zorgverzekering\tAf\t€ 142,95',
          '19-10\tKruidvat Voorbeeld\tAf\t€ 12,49',
          '23-10\tGeldopname automaat\tAf\t€ 50,00',
          '28-10\tJumbo Voorbeeld\tAf\t€ 39,70',
          '',
          'Eindsaldo\t\t€ 268,88',
        ],
      ],
    },
    {
      file: 'bezwaarschrift-handgeschreven.png',
      description: 'hand-written objection letter posted by the client (PNG); client number in the letterhead',
      format: 'png',
      render: { noise: 'light', seed: 31, handwritten: true, fontSize: 12 },
      documentType: 'objection',
      client: elAmrani,
      via: 'client-number',
      pages: [
        [
          elAmrani.name,
          elAmraniStreet ?? '',
          elAmraniTown ?? '',
          'Klantnummer: ' + elAmrani.clientNumber,
          '',
          'Aan het college van burgemeester en wethouders',
          'Gemeente Voorbeeld',
          '',
          'Voorbeeld, 23 november 2026',
          '',
          'Betreft: bezwaarschrift',
          '',
          'Geachte heer, mevrouw,',
          '',
          'Hierbij maak ik bezwaar tegen uw besluit van 12 november 2026 over de terugvordering van mijn uitkering.',
          'Ik ben het niet eens met dit besluit, want ik heb mijn inkomsten wel op tijd doorgegeven.',
          'Ik vraag u het besluit in te trekken.',
          '',
          'Met vriendelijke groet,',
          '',
          initials(elAmrani.name),
        ],
      ],
    },
    {
      file: 'medische-verklaring.jpg',
      description: "GP's statement (restricted type) handed in at the desk; identified by name and birth date",
      format: 'jpeg',
      render: { noise: 'light', seed: 41 },
      documentType: 'medical_statement',
      client: pinas,
      via: 'name-birthdate',
      pages: [
        [
          'Huisartsenpraktijk De Linde',
          'Lindelaan 4, 1233 BT Voorbeeld',
          '',
          'MEDISCHE VERKLARING',
          '',
          `Hierbij verklaar ik dat mevrouw ${pinas.name}, geboren ${dutchDate(pinas.birthDate ?? '')},`,
          'bij mij onder behandeling is.',
          'Om medische redenen kan zij tot 1 februari 2027 niet deelnemen aan een',
          're-integratietraject.',
          '',
          'Deze verklaring bevat bewust geen diagnose.',
          'Zij is afgegeven op verzoek van de patiënt.',
          '',
          'Voorbeeld, 20 november 2026',
          '',
          'H. Wijnberg, huisarts',
        ],
      ],
    },
    {
      file: 'uwv-beslissing-ww.pdf',
      description: 'UWV decision e-mailed as a born-digital PDF (real text layer, no OCR needed)',
      format: 'text-pdf',
      documentType: 'uwv_decision',
      client: kowalska,
      via: 'bsn',
      pages: [
        [
          'UWV',
          'Postbus 58285, 1040 HG Amsterdam',
          '',
          `Mevrouw ${initials(kowalska.name)}`,
          kowalskaStreet ?? '',
          kowalskaTown ?? '',
          '',
          'Datum: 18 november 2026',
          'Ons kenmerk: WW-2026-118734',
          'Burgerservicenummer: ' + kowalska.bsn,
          '',
          'Onderwerp: beslissing over uw WW-uitkering',
          '',
          `Geachte mevrouw ${kowalska.name.split(' ').slice(1).join(' ')},`,
          '',
          'U heeft een WW-uitkering aangevraagd. In deze brief leest u onze beslissing.',
          '',
          'Beslissing',
          'U krijgt een WW-uitkering vanaf 2 november 2026. De uitkering duurt tot en met 1 mei 2027.',
          'De eerste 2 maanden is uw uitkering 75% van uw dagloon, daarna 70%.',
          '',
          'Wat moet u doen?',
          'Geef veranderingen in inkomen of werk direct aan ons door via uwv.nl.',
          '',
          'Met vriendelijke groet,',
          'UWV',
        ],
      ],
    },
    {
      file: 'aanvraag-bijstand.jpg',
      description: 'benefit application by someone not in the directory (heavy noise): goes to intake without a client',
      format: 'jpeg',
      render: { noise: 'heavy', seed: 51 },
      documentType: 'benefit_application',
      client: null,
      pages: [
        [
          'Gemeente Voorbeeld - Werk en Inkomen',
          '',
          'AANVRAAGFORMULIER',
          'Aanvraag algemene bijstand (Participatiewet)',
          '',
          '1. Persoonsgegevens aanvrager',
          'Achternaam:\tBenmoussa',
          'Voornamen:\tTarik',
          'Geboortedatum:\t14-02-1991',
          'BSN:\t' + unknownBsn(),
          'Adres:\tSpoorlaan 7, 1236 PR Voorbeeld',
          '',
          '2. Meldingsdatum',
          'Ik heb mij gemeld op:\t17-11-2026',
          '',
          '3. Woonsituatie',
          '[X] alleenstaand\t[ ] gehuwd of samenwonend',
          '',
          '4. Inkomen',
          'Geen inkomen sinds:\t31-10-2026',
          '',
          'Datum: 18-11-2026\tHandtekening: T. Benmoussa',
        ],
      ],
    },
    {
      file: 'notitie-zonder-naam.png',
      description: 'a hand-written note without name or number: nobody can tell what or whose it is (triage)',
      format: 'png',
      render: { noise: 'light', seed: 61, handwritten: true, fontSize: 14 },
      documentType: 'other',
      client: null,
      pages: [['Hallo,', '', 'Hierbij de papieren die u vorige week vroeg.', 'De rest breng ik later.', '', 'Groetjes']],
    },
    {
      file: 'aanmaning-fax.png',
      description: 'payment demand received by fax (1-bit PNG); identified by name and birth date',
      format: 'png',
      render: { noise: 'fax', seed: 71 },
      documentType: 'debt_notice',
      client: jansen,
      via: 'name-birthdate',
      pages: [
        [
          'Incassobureau Noordkust B.V.',
          'Postbus 777, 1200 AB Voorbeeld',
          '',
          'AANMANING',
          '',
          `Aan: ${jansen.name}, geboren ${dutchDate(jansen.birthDate ?? '')}`,
          'Dossiernummer: NK-2026-44817',
          'Opdrachtgever: Energie Direct Noord',
          '',
          'Ondanks eerdere herinneringen hebben wij uw betaling nog niet ontvangen.',
          '',
          'Openstaand bedrag:\t€ 486,20',
          'Incassokosten:\t€ 72,93',
          'Totaal te betalen:\t€ 559,13',
          '',
          'Betaal het totaalbedrag binnen 14 dagen op NL12 ABNA 0987 6543 21',
          'onder vermelding van het dossiernummer.',
          'Kunt u niet betalen? Neem dan contact op met de schuldhulpverlening',
          'van uw gemeente.',
        ],
      ],
    },
  ];
}

async function write(sample: Sample): Promise<Uint8Array> {
  const pngs = () =>
    Promise.all(sample.pages.map((lines, i) => renderPage(lines, { ...sample.render, seed: (sample.render?.seed ?? 1) + i })));
  switch (sample.format) {
    case 'text-pdf':
      return textPdf(sample.pages);
    case 'png':
      return (await pngs())[0] as Buffer;
    case 'jpeg':
      return sharp((await pngs())[0])
        .jpeg({ quality: 70 })
        .toBuffer();
    case 'scan-pdf':
      // Scanners embed greyscale JPEG pages.
      return imagesToPdf(await Promise.all((await pngs()).map((png) => sharp(png).jpeg({ quality: 70 }).toBuffer())));
  }
}

function expectation(sample: Sample) {
  const identification: Identification = sample.client
    ? {
        status: 'identified',
        clientNumber: sample.client.clientNumber,
        via: sample.via ?? 'client-number',
        evidence: [{ kind: sample.via ?? 'client-number', clientNumber: sample.client.clientNumber }],
        notes: [],
      }
    : { status: 'none', evidence: [], notes: [] };
  const route = decideRoute({
    classification: { type: sample.documentType, confidence: 1, alternatives: [] },
    identification,
    directory,
    receivedAt: new Date(AT),
    threshold: 0.8,
  });
  return {
    file: sample.file,
    description: sample.description,
    pages: sample.pages.length,
    documentType: sample.documentType,
    restricted: DOCUMENT_TYPES[sample.documentType].restricted,
    clientNumber: route.clientNumber,
    identifiedVia: sample.client ? (sample.via ?? 'client-number') : null,
    status: route.status,
    route: { team: route.team, consultantId: route.consultantId, queue: route.queue },
    reasons: route.reasons.map((r) => r.text),
  };
}

async function main() {
  mkdirSync(outDir, { recursive: true });
  const expected = [];
  for (const sample of samples()) {
    const bytes = await write(sample);
    if (bytes.byteLength > MAX_BYTES)
      throw new Error(`${sample.file} is ${Math.round(bytes.byteLength / 1024)} KB; keep samples under 400 KB`);
    writeFileSync(join(outDir, sample.file), bytes);
    expected.push(expectation(sample));
    console.log(`${sample.file.padEnd(36)} ${String(Math.round(bytes.byteLength / 1024)).padStart(4)} KB`);
  }
  const doc = {
    note: 'Expected outcome per sample file, computed from examples/directory.json by scripts/make-examples.ts. Process with: npx postkamer process examples/scans/* --directory examples/directory.json --at <at> --json',
    at: AT,
    directory: 'examples/directory.json',
    files: expected,
  };
  // Next to the scans folder, not in it: `process examples/scans/*` must see only documents.
  const expectedPath = join(outDir, '..', 'expected.json');
  writeFileSync(expectedPath, `${JSON.stringify(doc, null, 2)}\n`);
  console.log(`wrote ${expected.length} samples to ${outDir} and ${expectedPath}`);
}

await main();
