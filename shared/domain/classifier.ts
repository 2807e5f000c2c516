import { DOCUMENT_TYPE_IDS, type DocumentTypeId } from './document-types.ts';
import modelJson from './model/classifier-model.json' with { type: 'json' };
import { withoutDiacritics } from './text.ts';

/**
 * The classifier: document type with a calibrated confidence in [0, 1] and the top alternatives,
 * plus page-level signals for splitting batches into documents.
 *
 * The model is multinomial logistic regression (softmax) over hashed features of OCR-normalised
 * text: word unigrams and bigrams, character 3–5-grams, and a few strong cues (form titles,
 * issuers, an MRZ, how many amounts and dates a page holds). `npm run train` fits it on the
 * generated corpus plus triage corrections, prunes and quantises the weights to int8, fits a
 * softmax temperature on held-out templates (calibration), and picks the auto-route threshold for
 * the precision target; all of it lives in `model/classifier-model.json`, imported statically so
 * the domain does no I/O. Loading takes a few milliseconds, classifying a document well under one.
 */
export interface Classification {
  type: DocumentTypeId;
  confidence: number;
  alternatives: { type: DocumentTypeId; confidence: number }[];
}

export interface PageClassification {
  type: DocumentTypeId;
  confidence: number;
  /** Probability that this page starts a new document (always 1 for the first page). */
  firstPage: number;
  /** The classifier's own first-page probability, when `firstPage` comes from another model. */
  classifierFirstPage?: number;
}

/** A weight table: `rows` are feature buckets (base64 int32 LE, ascending), `weights` int8 (base64), row-major. */
export interface WeightTable {
  rows: string;
  weights: string;
  /** Multiply an int8 weight by this to get the real weight. */
  scale: number;
}

export interface ClassifierModel {
  version: 1;
  classes: string[];
  hashBits: number;
  /** Softmax temperature fitted on validation data (confidence = softmax(logits / T)). */
  temperature: number;
  /** Lowest confidence at which a document is routed without a person, for `precisionTarget`. */
  threshold: number;
  /**
   * The same per predicted type, where held-out data had enough of that type to choose one: a type
   * the model confuses easily needs more confidence than one it never gets wrong. Types not listed
   * use `threshold`.
   */
  thresholds?: Partial<Record<DocumentTypeId, number>>;
  precisionTarget: number;
  /** Feature group weights used when the model was trained. */
  features: FeatureWeights;
  type: WeightTable & { bias: number[] };
  firstPage: WeightTable & { bias: number };
  /** Logistic model of "the top type is right" over `confidenceFeatures`, fitted on held-out templates. */
  confidence?: { weights: number[]; bias: number };
  /** Free-form provenance and validation numbers written by the trainer. */
  info?: Record<string, unknown>;
}

// ---------------------------------------------------------------------------------------------
// Features

/** Characters of a document the features look at: the head of a long document says what it is. */
export const MAX_CHARS = 8000;
const CHAR_GRAM_CHARS = 5000;
/** Tokens at the top of the first page: titles, issuers, letterheads. */
const HEAD_TOKENS = 30;

const NS_WORD = 0x9e3779b1;
const NS_BIGRAM = 0x85ebca6b;
const NS_CHAR = 0xc2b2ae35;
const NS_CUE = 0x27d4eb2f;
const NS_HEAD = 0x165667b1;
const NS_SUBJECT = 0xd3a2646c;

/** How much each feature group counts; stored in the model so training and inference agree. */
export interface FeatureWeights {
  word: number;
  bigram: number;
  char: number;
  head: number;
  subject: number;
  cue: number;
  lexicon: number;
}

export const DEFAULT_FEATURE_WEIGHTS: FeatureWeights = { word: 1, bigram: 0.7, char: 0, head: 0.5, subject: 0.7, cue: 1, lexicon: 1.5 };

function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function hashString(seed: number, s: string): number {
  let h = seed;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return fmix(h);
}

const isLower = (c: number) => c >= 0x61 && c <= 0x7a;
/** Kept as they are besides a–z and 0: . , : / - < € % @ */
const isKeptMark = (c: number) =>
  c === 0x2e || c === 0x2c || c === 0x3a || c === 0x2f || c === 0x2d || c === 0x3c || c === 0x20ac || c === 0x25 || c === 0x40;

/**
 * OCR-normalised text: lower case without diacritics, digits read inside words repaired
 * (l0onstrook → loonstrook), every digit as 0 (amounts and dates become shapes), punctuation other
 * than the few that carry meaning (. , : / - < € % @) as spaces, single spaces, lines kept.
 * Letters of other alphabets stay letters (`otherLetter`): Turkish ı and Polish ł as i and l,
 * Cyrillic as it is (й → и, ї → і), Arabic without its vowel marks and with the letters people
 * write either way folded (أ إ آ → ا, ى → ي, ة → ه), so text read with or without the right OCR
 * model, or typed without diacritics, gives the same words.
 * One pass over the characters: this runs on every document and every page (a chain of seven
 * regular expressions took a third of the classifier's time).
 */
export function normaliseText(text: string, maxChars = MAX_CHARS): string {
  const head = text.length > maxChars ? text.slice(0, maxChars) : text;
  const t = withoutDiacritics(head).toLowerCase();
  // One buffer, grown when needed, reused by every call (the decoder copies out of it).
  if (normaliseBuffer.length < t.length) normaliseBuffer = new Uint16Array(Math.max(t.length, 2 * normaliseBuffer.length));
  const out = normaliseBuffer;
  let n = 0;
  // A run of separators (spaces, other punctuation) becomes one space, or one newline if it holds one.
  let gap = 0; // 0 none, 1 space, 2 newline
  for (let i = 0; i < t.length; i++) {
    let c = t.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) {
      // 0, 1 and 5 between two letters are OCR's o, l and s.
      if ((c === 0x30 || c === 0x31 || c === 0x35) && isLower(t.charCodeAt(i - 1)) && isLower(t.charCodeAt(i + 1)))
        c = c === 0x30 ? 0x6f : c === 0x31 ? 0x6c : 0x73;
      else c = 0x30;
    } else if (c >= 0x80 && !isKeptMark(c)) {
      const o = otherLetter(c);
      if (o === SKIP) continue;
      if (o === DIGIT) c = 0x30;
      else if (o === SEPARATOR) {
        if (gap === 0) gap = 1;
        continue;
      } else c = o;
    } else if (!isLower(c) && !isKeptMark(c)) {
      if (c === 0x0a) gap = 2;
      else if (gap === 0) gap = 1;
      continue;
    }
    if (gap !== 0 && n > 0) out[n++] = gap === 2 ? 0x0a : 0x20;
    gap = 0;
    out[n++] = c;
  }
  return UTF16.decode(out.subarray(0, n));
}
const UTF16 = new TextDecoder('utf-16le');
let normaliseBuffer = new Uint16Array(MAX_CHARS);

const SKIP = -1;
const SEPARATOR = -2;
const DIGIT = -3;

/**
 * A character outside ASCII, after NFD and lower case: the letter it counts as, `SKIP` for marks
 * inside a word (Arabic vowel signs and hamza, tatweel), `DIGIT` for Arabic-Indic digits, else
 * `SEPARATOR`.
 */
function otherLetter(c: number): number {
  if (c === 0x131) return 0x69; // ı
  if (c === 0x142) return 0x6c; // ł
  if (c >= 0x430 && c <= 0x45f) return c; // Cyrillic lower case (і ї є too)
  if (c === 0x491) return 0x433; // ґ → г
  if (c >= 0x600 && c <= 0x6ff) {
    if ((c >= 0x64b && c <= 0x65f) || c === 0x670 || c === 0x640) return SKIP;
    if ((c >= 0x660 && c <= 0x669) || (c >= 0x6f0 && c <= 0x6f9)) return DIGIT;
    if (c === 0x649 || c === 0x6cc) return 0x64a; // ى ی → ي
    if (c === 0x629) return 0x647; // ة → ه
    if (c === 0x6a9) return 0x643; // ک → ك
    if (c === 0x671) return 0x627; // ٱ → ا
    if ((c >= 0x621 && c <= 0x64a) || (c >= 0x671 && c <= 0x6d3)) return c;
    return SEPARATOR;
  }
  return SEPARATOR;
}

type Cue = [name: string, pattern: RegExp];

/** Structural signals, matched on normalised text. The model learns how much each one counts. */
const CUES: Cue[] = [
  ['mrz', /<<[a-z0<]{3,}|<<<</],
  ['checkbox', /\[x\]|\[ \]/],
  ['bsn-label', /\b(bsn|burgerservicenummer|sofinummer|sofi-nummer|bsn-nummer)\b/],
  ['iban', /\bnl00 ?[a-z]{4} ?0{4}/],
  ['salutation', /\b(geachte|beste|dear|hallo|sayin|szanowni|szanowny|szanowna)\b|шановн|السيد|الساده|عزيزي/],
  [
    'signoff',
    /met vriendelijke groet|hoogachtend|kind regards|yours (sincerely|faithfully)|\bmvg\b|saygilarimla|z powazaniem|з повагою|مع التحيه|مع خالص/,
  ],
  ['first-person', /\b(ik|mijn|mij) .{0,60}\b(ik|mijn|mij)\b/],
  [
    'own-objection',
    /\b(ik|wij) (maak|maken|teken|tekenen|dien|dienen) .{0,30}bezwaar|\bbezwaarschrift\b|\bi (hereby )?object\b|niet eens met (uw|het|de|jullie) (besluit|beslissing|brief)|\bi (wish|want|would like) to (lodge an |file an |make an )?object|\bi disagree with (your|the|this) decision|itiraz ediyorum|itirazda bulunuyorum|(skladam|wnosze) (odwolanie|sprzeciw)|odwoluje sie|(подаю|подати) заперечення|оскаржую|اعترض علي|اتقدم باعتراض/,
  ],
  [
    'objection-rights',
    /(kunt|kan) u .{0,60}bezwaar|bezwaar (maken|indienen)[^.]{0,80}(binnen|zes weken|0 weken)|niet eens met (deze|dit) (besluit|beslissing)/,
  ],
  ['appeal-rights', /(kunt|kan) u .{0,40}beroep instellen|hoger beroep instellen bij/],
  [
    'municipality-sender',
    /\b(wij|we) hebben (uw|je) .{0,40}(ontvangen|besloten|beoordeeld)|(wij|we) hebben besloten|namens deze|college van burgemeester en wethouders,/,
  ],
  ['form-declaration', /naar waarheid|handtekening/],
  ['not-a-decision', /(geen|is geen) (beslissing|besluit)|u hoeft (nu )?niets te doen/],
];

/**
 * The vocabulary of each document type, as a Dutch (or English) reader of this post knows it:
 * single words, two- and three-word phrases, and prefixes (ending in *). A document gets a
 * feature per type for how many distinct entries it holds; the model learns what they are worth.
 * These carry over to layouts the model has never seen, where n-grams of one issuer do not.
 */
const LEXICON: Record<DocumentTypeId, string[]> = {
  payslip: [
    'loonstrook',
    'salarisstrook',
    'loonspecificatie',
    'salarisspecificatie',
    'payslip',
    'pay slip',
    'brutoloon',
    'bruto loon',
    'nettoloon',
    'netto loon',
    'bruto salaris',
    'netto salaris',
    'loonheffing',
    'uurloon',
    'personeelsnummer',
    'loonperiode',
    'loontijdvak',
    'pensioenpremie',
    'netto te betalen',
    'netto-uitbetaling',
    'uitbetaling',
    'cumulatie*',
    'tabel wit',
    'tabel groen',
    'sv-loon',
    'vakantietoeslag',
    'reservering vakantie*',
    'wage tax',
    'net pay',
    'gross',
    'earnings',
    'deductions',
    'inhouding*',
    'werknemersnummer',
    'gewerkte uren',
    'salary slip',
    'pay period',
    'pay date',
    'year to date',
    'employee id',
    'gross pay',
    'gross salary',
    'net salary',
    'payroll tax',
    'holiday allowance',
    'pension contribution',
    'hourly wage',
    'payroll',
  ],
  bank_statement: [
    'bankafschrift',
    'rekeningafschrift',
    'afschrift',
    'transactieoverzicht',
    'rekeningoverzicht',
    'af- en bijschrijvingen',
    'bijschrijving*',
    'afschrijving*',
    'beginsaldo',
    'eindsaldo',
    'startsaldo',
    'vorig saldo',
    'nieuw saldo',
    'oud saldo',
    'saldo',
    'betaalautomaat',
    'geldautomaat',
    'pinbetaling',
    'tegenrekening',
    'tegenpartij',
    'betaalrekening',
    'rekeninghouder',
    'tenaamstelling',
    'account statement',
    'opening balance',
    'closing balance',
    'counterparty',
    'transacties',
    'debet',
    'credit',
    'bic',
    'balance',
    'transactions',
    'debit',
    'bank statement',
    'statement period',
    'transaction date',
    'value date',
    'direct debit',
    'card payment',
    'account number',
    'account holder',
    'available balance',
  ],
  change_form: [
    'wijzigingsformulier',
    'wijziging',
    'wijzigingen',
    'wijziging doorgeven',
    'mutatieformulier',
    'mutatie',
    'inkomstenopgave',
    'opgave inkomsten',
    'inlichtingenformulier',
    'inlichtingen',
    'veranderd',
    'verandering',
    'verhuisd',
    'verhuizen',
    'verhuizing',
    'samenwonen',
    'medebewoner',
    'woonsituatie',
    'gezinssamenstelling',
    'ingangsdatum',
    'change in my situation',
    'notification of change',
    'moving',
    'doorgeven',
    'vermogen',
    'inform you',
    'new address',
    'move in',
    'started a',
    'change of address',
    'changes',
    'change form',
    'change of circumstances',
    'changes in my circumstances',
    'report a change',
    'my income has changed',
    'living together',
    'partner moved in',
    'moved out',
    'moved to',
    'start date of the change',
  ],
  benefit_application: [
    'aanvraag',
    'aanvragen',
    'aanvraagformulier',
    'aanvrager',
    'aanvraag bijstand',
    'algemene bijstand',
    'bijzondere bijstand',
    'levensonderhoud',
    'meldingsdatum',
    'zoektermijn',
    'individuele inkomenstoeslag',
    'social assistance',
    'apply for',
    'application for',
    'uitkering aanvragen',
    'bijstand aanvragen',
    'ingangsdatum bijstand',
    'gewenste ingangsdatum',
    'bbz',
    'benefit',
    'social assistance benefit',
    'participation act',
    'no income',
    'income support',
    'apply for income support',
    'apply for social assistance',
    'application for income support',
    'application for benefit',
    'benefit application',
    'welfare',
    'welfare benefit',
    'living expenses',
    'i would like to apply',
    'requested start date',
    'means of support',
    'support myself',
  ],
  objection: [
    'bezwaar',
    'bezwaarschrift',
    'bezwaarformulier',
    'bezwaar maken',
    'maak bezwaar',
    'bezwaar aan',
    'pro forma',
    'gronden',
    'herroepen',
    'heroverwegen',
    'gehoord',
    'horen',
    'hoorzitting',
    'bestreden besluit',
    'objection',
    'i object',
    'reconsider',
    'niet eens',
    'niet mee eens',
    'mee oneens',
    'opnieuw te beoordelen',
    'besluit van',
    'uw besluit',
    'primair besluit',
    'belanghebbende',
    '0:00 awb',
    'machtiging',
    'notice of objection',
    'hereby object',
    'appeal against',
    'lodge an objection',
    'grounds for objection',
    'grounds for my objection',
    'contested decision',
    'disagree with your decision',
    'i disagree',
    'review the decision',
    'reconsideration',
    'revoke the decision',
    'your decision of',
    'decision dated',
  ],
  complaint: [
    'klacht',
    'klachtenformulier',
    'klacht over',
    'file a complaint',
    'formal complaint',
    'klaagschrift',
    'klacht indienen',
    'klachtencoordinator',
    'klachtenfunctionaris',
    'klachtbehandeling',
    'complaint',
    'ontevreden',
    'niet bereikbaar',
    'teruggebeld',
    'terugbellen',
    'onbeschoft',
    'onbehoorlijk',
    'ombudsman',
    'behandeld',
    'bejegening',
    'apology',
    'excuses',
    'wachten',
    'gewacht',
    'treated',
    'not reachable',
    'i want to complain',
    'complain about',
    'rude',
    'unacceptable',
    'no response',
    'called back',
    'dissatisfied',
    'treated me',
  ],
  court_document: [
    'rechtbank',
    'beroepschrift',
    'hoger beroep',
    'centrale raad van beroep',
    'uitspraak',
    'griffie',
    'griffier',
    'griffierecht',
    'zaaknummer',
    'rolnummer',
    'verweerder',
    'eiser',
    'eiseres',
    'appellant',
    'gedaagde',
    'voorlopige voorziening',
    'voorzieningenrechter',
    'kantonrechter',
    'rechter',
    'vonnis',
    'zitting',
    'edelachtbare',
    'proces-verbaal',
    'procesverloop',
    'proceskosten',
    'beroep',
    'court',
    'district court',
    'judgment',
    'ruling',
    'hearing',
    'case number',
    'claimant',
    'defendant',
    'registry',
    'court fee',
    'judge',
    'court of appeal',
  ],
  uwv_decision: [
    'uwv',
    'werknemersverzekeringen',
    'ww-uitkering',
    'ww',
    'wia',
    'wga',
    'iva',
    'wajong',
    'ziektewet',
    'werkloosheidswet',
    'iow',
    'dagloon',
    'betaalspecificatie',
    'mijn uwv',
    'werk.nl',
    'verzekeringsarts',
    'arbeidsdeskundige',
    'vangnetter',
    'uitkering',
    'unemployment benefit',
    'employee insurance',
    'employee insurance agency',
    'sickness benefit',
    'disability benefit',
    'daily wage',
  ],
  tax_document: [
    'belastingdienst',
    'toeslagen',
    'zorgtoeslag',
    'huurtoeslag',
    'kinderopvangtoeslag',
    'kindgebonden budget',
    'voorlopige aanslag',
    'aanslag',
    'aanslagnummer',
    'inkomstenbelasting',
    'jaaropgave',
    'aangifte',
    'teruggaaf',
    'toetsingsinkomen',
    'verzamelinkomen',
    'heffingskorting',
    'arbeidskorting',
    'fiscaal loon',
    'loonheffingskorting',
    'voorschot',
    'beschikking',
    'definitieve berekening',
    'premie volksverzekeringen',
    'tax authorities',
    'tax administration',
    'tax return',
    'tax assessment',
    'income tax',
    'healthcare allowance',
    'rent allowance',
    'childcare allowance',
    'annual statement',
    'provisional assessment',
  ],
  rental_agreement: [
    'huurovereenkomst',
    'huurcontract',
    'huurverhoging',
    'huurprijs',
    'huur',
    'kale huur',
    'netto huur',
    'servicekosten',
    'verhuurder',
    'huurder',
    'hoofdhuurder',
    'onderhuur*',
    'woningcorporatie',
    'woonstichting',
    'het gehuurde',
    'woonruimte',
    'kamerhuur',
    'borg',
    'waarborgsom',
    'tenancy',
    'landlord',
    'tenant',
    'rent',
    'huurcommissie',
    'huurspecificatie',
    'tenancy agreement',
    'rental agreement',
    'lease',
    'rent increase',
    'monthly rent',
    'service charges',
    'deposit',
    'housing association',
    'premises',
  ],
  holiday_notice: [
    'vakantie',
    'vakantiemelding',
    'op vakantie',
    'buitenland',
    'verblijf in het buitenland',
    'vertrek',
    'vertrekdatum',
    'terugkomst',
    'terug',
    'vlucht',
    'heenvlucht',
    'terugvlucht',
    'vliegticket',
    'ticket',
    'boekingsbevestiging',
    'boekingscode',
    'passagier',
    'holiday',
    'travel',
    'abroad',
    'flight',
    'familiebezoek',
    'afwezig',
    'vacation',
    'trip',
    'visit my family',
    'return',
    'departure',
    'departure date',
    'return date',
    'booking confirmation',
    'passenger',
    'leave the netherlands',
    'outside the netherlands',
    'stay abroad',
  ],
  medical_statement: [
    'medische verklaring',
    'medisch',
    'medische',
    'doktersverklaring',
    'artsenverklaring',
    'huisarts',
    'arts',
    'specialist',
    'ziekenhuis',
    'polikliniek',
    'patient',
    'behandeling',
    'behandelaar',
    'onder behandeling',
    'bedrijfsarts',
    'belastbaarheid',
    'belastbaar',
    'arbeidsongeschikt',
    'diagnose',
    'medical certificate',
    'medical',
    'general practitioner',
    'unfit for work',
    'fysiotherapeut',
    'ggz',
    'psycholoog',
    'psychiater',
    'opname',
    'herstel',
    'spreekuur',
    'big',
    'patient',
    'treatment',
    'doctor',
    'hospital',
    'illness',
    'sick',
    'medical statement',
    'physician',
    'diagnosis',
    'medical condition',
    'under treatment',
    'not able to work',
    'unable to work',
    'psychologist',
    'surgery',
    'gp',
  ],
  job_application_proof: [
    'sollicitatie',
    'sollicitaties',
    'sollicitatiebrief',
    'sollicitatiegesprek',
    'sollicitatieactiviteiten',
    'solliciteren',
    'solliciteer',
    'gesolliciteerd',
    'vacature',
    'vacatures',
    'cv',
    'motivatiebrief',
    'afwijzing',
    'helaas',
    'kandidaten',
    'kennismakingsgesprek',
    'recruiter',
    'recruitment',
    'werkzoekende',
    'your application',
    'application',
    'position',
    'candidates',
    'functie',
    'applying',
    'applied',
    'vacancy',
    'interview',
    'recruitment team',
    'talent acquisition',
    'job',
  ],
  employment_contract: [
    'arbeidsovereenkomst',
    'arbeidscontract',
    'uitzendovereenkomst',
    'payrollovereenkomst',
    'oproepovereenkomst',
    'leerwerkovereenkomst',
    'nulurencontract',
    'min-maxcontract',
    'proeftijd',
    'indiensttreding',
    'in dienst',
    'treedt',
    'cao',
    'werktijden',
    'bepaalde tijd',
    'onbepaalde tijd',
    'opzegtermijn',
    'werkgever',
    'werknemer',
    'employment contract',
    'employment agreement',
    'employer',
    'employee',
    'probationary',
    'ondertekend',
    'overeengekomen',
    'arbeidsduur',
    'fixed term',
    'notice period',
    'working hours',
    'collective labour agreement',
    'signed in duplicate',
    'contract of employment',
    'probation period',
    'terms of employment',
    'gross monthly salary',
    'job title',
    'hereby agree',
  ],
  identity_document: [
    'paspoort',
    'passport',
    'pasaport',
    'passeport',
    'identiteitskaart',
    'identity card',
    'identiteitsbewijs',
    'id-kaart',
    'verblijfsdocument',
    'verblijfsvergunning',
    'residence permit',
    'vreemdelingendocument',
    'rijbewijs',
    'nationaliteit',
    'nationality',
    'documentnummer',
    'document no',
    'geldig tot',
    'date of expiry',
    'date of birth',
    'given names',
    'surname',
    'persoonsnummer',
    'v-nummer',
    'koninkrijk der nederlanden',
    'geslacht',
    'sex',
    'kopie',
  ],
  debt_notice: [
    'aanmaning',
    'herinnering',
    'betalingsherinnering',
    'incasso',
    'incassobureau',
    'incassokosten',
    'deurwaarder',
    'gerechtsdeurwaarder*',
    'sommatie',
    'beslag',
    'beslaglegging',
    'achterstand',
    'huurachterstand',
    'premieachterstand',
    'openstaand',
    'openstaande',
    'vordering',
    'schuldeiser*',
    'schuldhulp*',
    'schuldregeling',
    'schulden',
    'budgetbeheer',
    'dwangbevel',
    'cjib',
    'betalingsregeling',
    'niet betaald',
    'exploot',
    'hoofdsom',
    'rente',
    'reminder',
    'outstanding',
    'overdue',
    'debt',
    'bailiff',
    'payment reminder',
    'final reminder',
    'debt collection',
    'collection agency',
    'collection costs',
    'amount due',
    'outstanding amount',
    'arrears',
    'rent arrears',
    'seizure',
    'garnishment',
    'debt counselling',
    'debt assistance',
    'pay immediately',
    'collection',
  ],
  other: [
    'aanbieding',
    'aanbiedingen',
    'korting',
    'gratis',
    'actie',
    'nieuwsbrief',
    'newsletter',
    'advertentie',
    'reclame',
    'folder',
    'abonnement',
    'factuur',
    'jaarafrekening',
    'termijnbedrag',
    'polis',
    'polisblad',
    'school',
    'ouders',
    'leerlingen',
    'vereniging',
    'contributie',
    'leden',
    'loterij',
    'gefeliciteerd',
    'congratulations',
    'unsubscribe',
    'workshop',
    'welkom',
    'uitnodiging',
  ],
};

/**
 * Every type but "other" as clients who write in Turkish, Polish, Ukrainian or Arabic, and the
 * institutions of their countries, name it (the languages most post here comes in after Dutch and
 * English). Entries are written as people write
 * them; `normaliseEntry` folds them as the text is folded (diacritics, ı and ł, Arabic hamza
 * forms), so a letter read without the right OCR model still matches. They add to the same
 * per-type counts as the Dutch and English entries: weights learnt on those carry over.
 */
const LEXICON_OTHER_LANGUAGES: Partial<Record<DocumentTypeId, string[]>> = {
  benefit_application: [
    // Turkish
    'sosyal yardım',
    'sosyal yardım başvurusu',
    'yardım başvurusu',
    'başvuru formu',
    'başvuruda bulunmak',
    'başvurmak istiyorum',
    'geçim yardımı',
    'gelir desteği',
    'gelirim yok',
    'hiçbir gelirim',
    // Polish
    'wniosek',
    'wniosek o zasiłek',
    'wniosek o pomoc',
    'pomoc społeczna',
    'pomocy społecznej',
    'zasiłek',
    'zasiłku',
    'świadczenie',
    'świadczenia',
    'nie mam dochodu',
    'brak dochodu',
    'nie mam żadnych dochodów',
    // Ukrainian
    'заява',
    'соціальна допомога',
    'соціальну допомогу',
    'соціальної допомоги',
    'прошу призначити',
    'призначити допомогу',
    'немає доходу',
    'немає жодного доходу',
    'виплату допомоги',
    // Arabic
    'طلب',
    'طلب مساعدة',
    'مساعدة اجتماعية',
    'المساعدة الاجتماعية',
    'إعانة',
    'الإعانة',
    'إعانة اجتماعية',
    'أتقدم بطلب',
    'تقديم طلب',
    'ليس لدي دخل',
    'بدون دخل',
  ],
  objection: [
    'itiraz',
    'itiraz ediyorum',
    'itiraz dilekçesi',
    'itirazım',
    'itirazımı',
    'kararınıza',
    'karara itiraz',
    'kabul etmiyorum',
    'katılmıyorum',
    'gerekçe*',
    'odwołanie',
    'odwołanie od decyzji',
    'od decyzji',
    'sprzeciw',
    'nie zgadzam się',
    'uzasadnienie',
    'decyzji z dnia',
    'заперечення',
    'оскарження',
    'оскаржую',
    'не погоджуюся',
    'не згоден',
    'не згодна',
    'рішення від',
    'переглянути рішення',
    'проти рішення',
    'اعتراض',
    'الاعتراض',
    'أعترض',
    'القرار',
    'قراركم',
    'على القرار',
    'لا أوافق',
    'إعادة النظر',
    'تظلم',
  ],
  change_form: [
    'değişiklik',
    'değişiklik bildirimi',
    'değişiklik formu',
    'adres değişikliği',
    'yeni adres',
    'yeni adresim',
    'taşındım',
    'taşındık',
    'durumumda değişiklik',
    'birlikte yaşıyoruz',
    'zmiana',
    'zmiany',
    'zgłoszenie zmiany',
    'zgłoszenie zmian',
    'formularz zmian',
    'zmiana adresu',
    'nowy adres',
    'przeprowadziłem',
    'przeprowadziłam',
    'zamieszkuje',
    'зміна',
    'зміни',
    'повідомлення про зміни',
    'зміна адреси',
    'нова адреса',
    'нову адресу',
    'переїхав',
    'переїхала',
    'повідомляю',
    'تغيير',
    'تغييرات',
    'تغيير العنوان',
    'إشعار بتغيير',
    'العنوان الجديد',
    'عنوان جديد',
    'انتقلت',
    'إبلاغ',
  ],
  medical_statement: [
    'doktor raporu',
    'sağlık raporu',
    'tıbbi rapor',
    'doktor',
    'hastane',
    'hastanesi',
    'hasta',
    'tedavi',
    'teşhis',
    'aile hekimi',
    'hekim',
    'muayene',
    'çalışamaz',
    'zaświadczenie lekarskie',
    'lekarz',
    'lekarza',
    'lekarsk*',
    'szpital',
    'pacjent',
    'leczenie',
    'rozpoznanie',
    'diagnoza',
    'niezdolny do pracy',
    'niezdolna do pracy',
    'choroba',
    'медична довідка',
    'довідка лікаря',
    'лікар',
    'лікаря',
    'лікарня',
    'пацієнт',
    'діагноз',
    'лікування',
    'непрацездатн*',
    'медичн*',
    'تقرير طبي',
    'شهادة طبية',
    'طبيب',
    'الطبيب',
    'مستشفى',
    'المستشفى',
    'المريض',
    'علاج',
    'العلاج',
    'تشخيص',
    'التشخيص',
    'غير قادر على العمل',
  ],
  debt_notice: [
    'borç',
    'borcunuz',
    'borcu',
    'ödeme hatırlatması',
    'hatırlatma',
    'ihtar',
    'ihtarname',
    'icra',
    'ödenmemiş',
    'gecikmiş',
    'tahsilat',
    'gecikme faizi',
    'wezwanie do zapłaty',
    'przypomnienie',
    'zadłużenie',
    'dług',
    'długu',
    'zaległ*',
    'windykac*',
    'komornik',
    'należność',
    'odsetki',
    'ponaglenie',
    'борг',
    'боргу',
    'заборгован*',
    'нагадування',
    'вимога про оплату',
    'прострочен*',
    'стягнення',
    'виконавець',
    'дين',
    'الدين',
    'ديون',
    'تذكير',
    'تذكير بالدفع',
    'إنذار',
    'المبلغ المستحق',
    'مستحق',
    'متأخرات',
    'تحصيل',
  ],
  job_application_proof: [
    'iş başvurusu',
    'özgeçmiş',
    'özgeçmişim',
    'mülakat',
    'iş görüşmesi',
    'başvurduğum',
    'podanie o pracę',
    'rozmowa kwalifikacyjna',
    'rozmowę kwalifikacyjną',
    'oferta pracy',
    'rekrutacj*',
    'kandydat',
    'kandydatur*',
    'вакансія',
    'вакансію',
    'резюме',
    'співбесід*',
    'кандидат',
    'кандидатур*',
    'وظيفة',
    'السيرة الذاتية',
    'مقابلة عمل',
    'طلب توظيف',
    'التقديم على وظيفة',
    'المرشح',
  ],
  payslip: [
    'bordro',
    'maaş bordrosu',
    'ücret bordrosu',
    'brüt ücret',
    'net ücret',
    'brüt maaş',
    'net maaş',
    'sgk primi',
    'ele geçen',
    'pasek wypłaty',
    'pasek wynagrodzenia',
    'odcinek wypłaty',
    'wynagrodzenie brutto',
    'wynagrodzenie netto',
    'do wypłaty',
    'lista płac',
    'składki zus',
    'potrącenia',
    'розрахунковий лист',
    'заробітна плата',
    'зарплата',
    'нараховано',
    'утримано',
    'до виплати',
    'єдиний соціальний внесок',
    'كشف راتب',
    'قسيمة راتب',
    'قسيمة الراتب',
    'إجمالي الراتب',
    'صافي الراتب',
    'الراتب الأساسي',
    'الاستقطاعات',
    'مسير الرواتب',
  ],
  bank_statement: [
    'hesap özeti',
    'hesap ekstresi',
    'hesap hareketleri',
    'açılış bakiyesi',
    'kapanış bakiyesi',
    'bakiye',
    'wyciąg bankowy',
    'wyciąg z rachunku',
    'historia rachunku',
    'saldo początkowe',
    'saldo końcowe',
    'uznania',
    'obciążenia',
    'виписка',
    'виписка з рахунку',
    'банківська виписка',
    'вхідний залишок',
    'вихідний залишок',
    'залишок',
    'рух коштів',
    'كشف حساب',
    'كشف الحساب',
    'كشف حساب بنكي',
    'الرصيد',
    'الرصيد الافتتاحي',
    'الرصيد الختامي',
    'إيداع',
  ],
  complaint: [
    'şikayet',
    'şikayetim',
    'şikayet ediyorum',
    'şikayet dilekçesi',
    'memnun değilim',
    'kaba davrandı',
    'cevap alamadım',
    'skarga',
    'skargę',
    'składam skargę',
    'zażalenie',
    'niezadowolony',
    'niezadowolona',
    'nie otrzymałem odpowiedzi',
    'nie otrzymałam odpowiedzi',
    'скарга',
    'скаргу',
    'подаю скаргу',
    'жалоба',
    'незадоволений',
    'незадоволена',
    'не отримав відповіді',
    'не отримала відповіді',
    'شكوى',
    'شكاية',
    'أشتكي',
    'أتقدم بشكوى',
    'غير راض',
    'لم أتلق أي رد',
    'معاملة سيئة',
  ],
  court_document: [
    'mahkeme',
    'mahkemesi',
    'dava',
    'davacı',
    'davalı',
    'duruşma',
    'hüküm',
    'sąd',
    'sądu',
    'sąd rejonowy',
    'wyrok',
    'postanowienie sądu',
    'sygnatura akt',
    'powód',
    'pozwany',
    'rozprawa',
    'суд',
    'суду',
    'рішення суду',
    'ухвала',
    'позивач',
    'відповідач',
    'судове засідання',
    'محكمة',
    'المحكمة',
    'المدعي',
    'المدعى عليه',
    'القاضي',
    'دعوى',
    'جلسة',
  ],
  uwv_decision: [
    'sgk',
    'sosyal güvenlik kurumu',
    'işsizlik ödeneği',
    'emekli maaşı',
    'uwv kararı',
    'zus',
    'zakład ubezpieczeń społecznych',
    'decyzja zus',
    'emerytura',
    'renta',
    'zasiłek dla bezrobotnych',
    'zasiłek chorobowy',
    'пенсійний фонд',
    'пенсійного фонду',
    'пенсія',
    'допомога по безробіттю',
    'центр зайнятості',
    'الضمان الاجتماعي',
    'التأمينات الاجتماعية',
    'المعاش',
    'تعويض البطالة',
    'إعانة البطالة',
  ],
  tax_document: [
    'vergi',
    'vergi dairesi',
    'vergi iadesi',
    'vergi beyannamesi',
    'emlak vergisi',
    'vergi tahakkuk',
    'urząd skarbowy',
    'urzędu skarbowego',
    'podatek',
    'podatku',
    'pit',
    'zeznanie podatkowe',
    'zwrot podatku',
    'податкова',
    'податкової',
    'податок',
    'податку',
    'податкове повідомлення',
    'повернення податку',
    'ضريبة',
    'الضريبة',
    'الضرائب',
    'مصلحة الضرائب',
    'إقرار ضريبي',
    'ضريبة الدخل',
  ],
  rental_agreement: [
    'kira sözleşmesi',
    'kira',
    'kiracı',
    'kiraya veren',
    'ev sahibi',
    'kira bedeli',
    'depozito',
    'umowa najmu',
    'najem',
    'najemca',
    'wynajmujący',
    'czynsz',
    'kaucja',
    'договір оренди',
    'оренда',
    'орендар',
    'орендодавець',
    'орендна плата',
    'наймач',
    'عقد إيجار',
    'عقد الإيجار',
    'الإيجار',
    'إيجار',
    'المستأجر',
    'المؤجر',
    'قيمة الإيجار',
  ],
  holiday_notice: [
    'tatil',
    'tatile',
    'yurt dışı',
    'yurtdışı',
    'seyahat',
    'dönüş tarihi',
    'gidiş tarihi',
    'urlop',
    'wyjazd',
    'wyjazd za granicę',
    'za granicę',
    'wyjeżdżam',
    'data wyjazdu',
    'data powrotu',
    'відпустка',
    'відпустку',
    'поїздка',
    'поїздку',
    'за кордон',
    'виїжджаю',
    'дата виїзду',
    'дата повернення',
    'عطلة',
    'إجازة',
    'سفر',
    'السفر',
    'سأسافر',
    'تاريخ السفر',
    'تاريخ العودة',
  ],
  employment_contract: [
    'iş sözleşmesi',
    'belirli süreli',
    'belirsiz süreli',
    'deneme süresi',
    'çalışma saatleri',
    'umowa o pracę',
    'umowa zlecenie',
    'okres próbny',
    'wymiar czasu pracy',
    'трудовий договір',
    'трудового договору',
    'випробувальний термін',
    'عقد عمل',
    'عقد العمل',
    'فترة التجربة',
    'ساعات العمل',
    'المسمى الوظيفي',
  ],
  identity_document: [
    'nüfus cüzdanı',
    'kimlik kartı',
    'pasaport',
    'doğum yeri',
    'uyruğu',
    'dowód osobisty',
    'paszport',
    'obywatelstwo',
    'miejsce urodzenia',
    'паспорт',
    'посвідка',
    'громадянство',
    'місце народження',
    'بطاقة هوية',
    'البطاقة الوطنية',
    'جواز سفر',
    'جواز السفر',
    'مكان الولادة',
    'الجنسية',
    'بطاقة التعريف',
  ],
};

/** Titles of the common types in Turkish, Polish, Ukrainian and Arabic (see `LEXICON_OTHER_LANGUAGES`). */
const TITLES_OTHER_LANGUAGES: Partial<Record<DocumentTypeId, string[]>> = {
  benefit_application: [
    'sosyal yardım başvurusu',
    'başvuru formu',
    'wniosek',
    'wniosek o zasiłek',
    'wniosek o pomoc społeczną',
    'заява',
    'заява про призначення допомоги',
    'طلب مساعدة اجتماعية',
    'طلب إعانة',
  ],
  objection: ['itiraz', 'itiraz dilekçesi', 'odwołanie', 'sprzeciw', 'заперечення', 'оскарження рішення', 'اعتراض', 'اعتراض على قرار'],
  change_form: [
    'değişiklik bildirimi',
    'değişiklik formu',
    'zgłoszenie zmiany',
    'zgłoszenie zmian',
    'повідомлення про зміни',
    'إشعار بتغيير',
    'تغيير العنوان',
  ],
  medical_statement: [
    'doktor raporu',
    'sağlık raporu',
    'zaświadczenie lekarskie',
    'медична довідка',
    'довідка лікаря',
    'تقرير طبي',
    'شهادة طبية',
  ],
  debt_notice: [
    'ödeme hatırlatması',
    'ihtarname',
    'wezwanie do zapłaty',
    'przypomnienie o płatności',
    'нагадування про оплату',
    'вимога про оплату',
    'تذكير بالدفع',
    'إنذار بالدفع',
  ],
};

const TRIM = /^[.,:/-]+|[.,:/-]+$/g;

/** . , : / - */
const isEdge = (code: number) => code === 46 || code === 44 || code === 58 || code === 47 || code === 45;

/** A key for the first two characters of a word: a cheap "could any prefix entry match?" test. */
const twoChars = (s: string) => ((s.charCodeAt(0) & 0xff) << 8) | (s.charCodeAt(1) & 0xff);

interface LexiconIndex {
  exact: Map<string, number[]>;
  prefixes: Map<number, Map<string, number[]>>;
  /** First words of two- and three-word entries: only after such a word is a phrase looked up. */
  bigramStarts: Set<string>;
  trigramStarts: Set<string>;
  /** `twoChars` of every prefix entry (prefixes have at least two characters). */
  prefixStarts: Uint8Array;
}

/**
 * What a document calls itself: type names in its title lines or its subject line ("Loonstrook
 * maart", "Betreft: bezwaarschrift"), the vocabulary of DESIGN.md's type table.
 */
const TITLES: Record<DocumentTypeId, string[]> = {
  payslip: [
    'loonstrook',
    'loonstroken',
    'salarisstrook',
    'loonspecificatie',
    'salarisspecificatie',
    'payslip',
    'salary slip',
    'loon strook',
    'salary statement',
    'pay statement',
  ],
  bank_statement: [
    'bankafschrift',
    'rekeningafschrift',
    'afschrift',
    'transactieoverzicht',
    'rekeningoverzicht',
    'af- en bijschrijvingen',
    'account statement',
    'transacties',
    'saldo-overzicht',
    'saldoverklaring',
    'bank statement',
    'statement of account',
  ],
  change_form: [
    'wijzigingsformulier',
    'wijziging',
    'wijzigingen',
    'mutatieformulier',
    'inkomstenopgave',
    'inlichtingenformulier',
    'opgave inkomsten',
    'change in my situation',
    'notification of change',
    'change form',
    'change of circumstances',
    'notification of changes',
    'report of changes',
  ],
  benefit_application: [
    'aanvraag',
    'aanvraagformulier',
    'aanmeldformulier',
    'aanvraag bijstand',
    'aanvraag uitkering',
    'application for social assistance',
    'application for income support',
    'application for benefit',
    'income support application',
    'application for welfare',
  ],
  objection: [
    'bezwaar',
    'bezwaarschrift',
    'bezwaarformulier',
    'objection',
    'notice of objection',
    'gronden bezwaar',
    'objection letter',
    'grounds for objection',
  ],
  complaint: ['klacht', 'klachtenformulier', 'klaagschrift', 'complaint', 'formal complaint', 'complaint form'],
  court_document: [
    'uitspraak',
    'beroepschrift',
    'hoger beroepschrift',
    'vonnis',
    'proces-verbaal',
    'rechtbank',
    'centrale raad van beroep',
    'voorlopige voorziening',
    'griffierecht',
    'zitting',
    'judgment',
    'notice of appeal',
    'court',
  ],
  uwv_decision: [
    'uwv',
    'beslissing',
    'betaalspecificatie',
    'uitvoeringsinstituut werknemersverzekeringen',
    'uwv werkbedrijf',
    'uwv decision',
    'decision uwv',
  ],
  tax_document: [
    'belastingdienst',
    'toeslagen',
    'aanslag',
    'voorlopige aanslag',
    'jaaropgave',
    'aangifte',
    'tax assessment',
    'annual statement',
    'provisional assessment',
    'tax return',
  ],
  rental_agreement: [
    'huurovereenkomst',
    'huurcontract',
    'huurverhoging',
    'huurspecificatie',
    'onderhuurovereenkomst',
    'tenancy agreement',
    'huuraanpassing',
    'huurprijs',
    'rental agreement',
    'rent increase',
    'lease agreement',
  ],
  holiday_notice: [
    'vakantiemelding',
    'vakantie',
    'verblijf buitenland',
    'verblijf in het buitenland',
    'holiday',
    'boekingsbevestiging',
    'holiday notification',
    'notification of stay abroad',
    'travel notification',
  ],
  medical_statement: [
    'medische verklaring',
    'doktersverklaring',
    'verklaring huisarts',
    'medical certificate',
    'medisch advies',
    'verklaring behandeling',
    'medical statement',
    'doctors statement',
    'medical report',
  ],
  job_application_proof: [
    'sollicitatie',
    'sollicitatiegesprek',
    'afwijzing',
    'sollicitatieactiviteiten',
    'your application',
    'sollicitatiebewijs',
    'job application',
    'application confirmation',
  ],
  employment_contract: [
    'arbeidsovereenkomst',
    'arbeidscontract',
    'uitzendovereenkomst',
    'oproepovereenkomst',
    'payrollovereenkomst',
    'leerwerkovereenkomst',
    'employment contract',
    'contractverlenging',
    'contract of employment',
  ],
  identity_document: [
    'paspoort',
    'passport',
    'identiteitskaart',
    'identity card',
    'identiteitsbewijs',
    'verblijfsdocument',
    'residence permit',
    'rijbewijs',
    'vreemdelingendocument',
  ],
  debt_notice: [
    'aanmaning',
    'herinnering',
    'betalingsherinnering',
    'sommatie',
    'beslag',
    'beslaglegging',
    'huurachterstand',
    'premieachterstand',
    'betalingsachterstand',
    'incasso',
    'payment reminder',
    'final reminder',
    'reminder',
    'notice of default',
    'debt collection',
  ],
  other: ['aanbiedingen', 'nieuwsbrief', 'newsletter', 'jaarafrekening', 'polisblad', 'factuur', 'bewonersblad', 'advertentie'],
};

/** A lexicon or title entry as `normaliseText` writes it (so "başvuru", "basvuru" and "заява" match as read). */
function normaliseEntry(raw: string): string {
  return raw
    .split(' ')
    .map((w) => {
      const prefix = w.endsWith('*');
      const word = normaliseText(prefix ? w.slice(0, -1) : w).replace(TRIM, '');
      return prefix ? `${word}*` : word;
    })
    .join(' ');
}

function buildTitles(): Map<string, number[]> {
  const m = new Map<string, number[]>();
  DOCUMENT_TYPE_IDS.forEach((type, t) => {
    for (const raw of [...TITLES[type], ...(TITLES_OTHER_LANGUAGES[type] ?? [])]) {
      const e = normaliseEntry(raw);
      m.set(e, [...(m.get(e) ?? []), t]);
    }
  });
  return m;
}

function buildLexicon(): LexiconIndex {
  const exact = new Map<string, number[]>();
  const prefixes = new Map<number, Map<string, number[]>>();
  const bigramStarts = new Set<string>();
  const trigramStarts = new Set<string>();
  const prefixStarts = new Uint8Array(1 << 16);
  DOCUMENT_TYPE_IDS.forEach((type, t) => {
    for (const raw of [...LEXICON[type], ...(LEXICON_OTHER_LANGUAGES[type] ?? [])]) {
      const entry = normaliseEntry(raw);
      if (entry.endsWith('*')) {
        const p = entry.slice(0, -1);
        if (p.length < 2) throw new Error(`lexicon prefix "${raw}" is shorter than two characters`);
        const m = prefixes.get(p.length) ?? new Map<string, number[]>();
        m.set(p, [...(m.get(p) ?? []), t]);
        prefixes.set(p.length, m);
        prefixStarts[twoChars(p)] = 1;
      } else {
        exact.set(entry, [...(exact.get(entry) ?? []), t]);
        const words = entry.split(' ');
        if (words.length === 2) bigramStarts.add(words[0] as string);
        if (words.length === 3) trigramStarts.add(words[0] as string);
      }
    }
  });
  return { exact, prefixes, bigramStarts, trigramStarts, prefixStarts };
}

const LEX = buildLexicon();
const TITLE_INDEX = buildTitles();
/** Two-word lexicon entries by first and second word: no phrase string is built to look one up. */
const LEXICON_BIGRAMS = new Map<string, Map<string, [string, number[]]>>();
for (const [entry, types] of LEX.exact) {
  const words = entry.split(' ');
  if (words.length !== 2) continue;
  const [first, second] = words as [string, string];
  const next = LEXICON_BIGRAMS.get(first) ?? new Map<string, [string, number[]]>();
  next.set(second, [entry, types]);
  LEXICON_BIGRAMS.set(first, next);
}
/** First words of two- and three-word titles: only after such a word is a title phrase built and looked up. */
const TITLE_BIGRAM_STARTS = new Set<string>();
const TITLE_TRIGRAM_STARTS = new Set<string>();
for (const key of TITLE_INDEX.keys()) {
  const words = key.split(' ');
  if (words.length === 2) TITLE_BIGRAM_STARTS.add(words[0] as string);
  if (words.length === 3) TITLE_TRIGRAM_STARTS.add(words[0] as string);
}
/** Lines at the top that count as the title zone. */
const TITLE_LINES = 3;

/** Function words carry no type; left in, they mostly tell which language a template was written in. */
const STOPWORDS = new Set(
  (
    'de het een en van in op te aan met voor is dat die dit er zijn was wordt worden om als bij of ook niet naar door over uit tot nog al dan ' +
    'ik u uw je jij jouw we wij ons onze mij mijn me hij zij ze hem haar hun heb hebt heeft hebben kan kunt kunnen wil wilt zal zou moet moeten ' +
    'graag hierbij deze dat wat wie waar wanneer hoe omdat want maar dus na per the of to and a an in on at for is are was were be been this that ' +
    'these those it its i you your we our my me he she they them his her their have has had can could will would should may must do does did ' +
    'not no yes with from by as if so but or please dear regards kind sincerely faithfully thank thanks ' +
    // Turkish, Polish, Ukrainian and Arabic function words, folded as `normaliseText` folds them.
    've bir bu için ile da olan benim size sizin ama çok daha gibi kadar olarak ' +
    'i w z na do że się nie jest o od po dla jak ale lub oraz czy mnie mój moja ' +
    'і й та в у на з до що не це як від про для я мені мій моя ви вас ' +
    'و في من على إلى أن عن هذا هذه التي الذي مع أنا لي كان'
  )
    .split(' ')
    .map((w) => normaliseText(w)),
);
const SUBJECT_WORDS = new Set(['betreft', 'onderwerp', 'subject', 'inzake', 're', 'titel', 'betreffende']);

/**
 * Everything `extractFeatures` needs to know of one word, worked out once per distinct word: its
 * hashes (before the bucket mask), whether it is a function word, the lexicon entries it is or
 * starts, and the titles it is or starts. A vocabulary repeats across documents, so most words of
 * a document are looked up once here instead of hashed and looked up in five tables.
 */
interface TokenInfo {
  tok: string;
  /** `hashString(NS_WORD, tok)` */
  word: number;
  head: number;
  subject: number;
  stop: boolean;
  /** "betreft", "onderwerp", …: a line starting with it (and more) is a subject line. */
  subjectWord: boolean;
  lexicon: number[] | undefined;
  /** Two-word lexicon entries this word starts, by their second word: [the entry, its types]. */
  lexiconBigrams: Map<string, [entry: string, types: number[]]> | undefined;
  lexiconTrigramStart: boolean;
  /** Matching prefix entries (key as `hit` counts it, e.g. "loonstr*"), in `LEX.prefixes` order. */
  prefixes: [key: string, types: number[]][];
  title: number[] | undefined;
  titleBigramStart: boolean;
  titleTrigramStart: boolean;
}

/**
 * The words seen so far, by their word hash: an open-addressing table probed straight from the
 * characters of the text, so a word seen before costs one hash loop and one compare, no string.
 */
const TOKEN_SLOTS = 1 << 16;
/** Bounded: OCR noise makes new words without end. Half the slots keeps probes short. */
const TOKEN_INFO_LIMIT = TOKEN_SLOTS >>> 1;
const tokenSlots: (TokenInfo | undefined)[] = new Array(TOKEN_SLOTS).fill(undefined);
/** `word | 1` of the slot's word, 0 when empty: probing reads this small array, not the objects. */
const tokenSlotWords = new Uint32Array(TOKEN_SLOTS);
let tokenCount = 0;

/** The facts of the word `s[from, to)`. */
function tokenInfoAt(s: string, from: number, to: number): TokenInfo {
  let h = NS_WORD;
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  const word = fmix(h);
  const key = (word | 1) >>> 0;
  const length = to - from;
  let at = word & (TOKEN_SLOTS - 1);
  for (let k = tokenSlotWords[at] as number; k !== 0; k = tokenSlotWords[at] as number) {
    if (k === key) {
      const info = tokenSlots[at] as TokenInfo;
      if (info.word === word && info.tok.length === length) {
        let same = true;
        for (let i = 0; i < length; i++)
          if (info.tok.charCodeAt(i) !== s.charCodeAt(from + i)) {
            same = false;
            break;
          }
        if (same) return info;
      }
    }
    at = (at + 1) & (TOKEN_SLOTS - 1);
  }
  if (tokenCount >= TOKEN_INFO_LIMIT) {
    tokenSlots.fill(undefined);
    tokenSlotWords.fill(0);
    tokenCount = 0;
    at = word & (TOKEN_SLOTS - 1);
  }
  const info = newTokenInfo(ownCopy(s, from, to), word);
  tokenSlots[at] = info;
  tokenSlotWords[at] = key;
  tokenCount++;
  return info;
}

/** `s.slice(from, to)` that does not keep `s` alive while cached (V8's longer slices point into their parent). */
function ownCopy(s: string, from: number, to: number): string {
  const codes = new Array<number>(to - from);
  for (let i = from; i < to; i++) codes[i - from] = s.charCodeAt(i);
  return String.fromCharCode.apply(null, codes);
}

function newTokenInfo(tok: string, word: number): TokenInfo {
  const prefixes: [string, number[]][] = [];
  if (tok.length >= 2 && LEX.prefixStarts[twoChars(tok)])
    for (const [len, m] of LEX.prefixes)
      if (tok.length >= len) {
        const head = tok.slice(0, len);
        const types = m.get(head);
        if (types) prefixes.push([`${head}*`, types]);
      }
  return {
    tok,
    word,
    head: hashString(NS_HEAD, tok),
    subject: hashString(NS_SUBJECT, tok),
    stop: STOPWORDS.has(tok),
    subjectWord: SUBJECT_WORDS.has(tok),
    lexicon: LEX.exact.get(tok),
    lexiconBigrams: LEXICON_BIGRAMS.get(tok),
    lexiconTrigramStart: LEX.trigramStarts.has(tok),
    prefixes,
    title: TITLE_INDEX.get(tok),
    titleBigramStart: TITLE_BIGRAM_STARTS.has(tok),
    titleTrigramStart: TITLE_TRIGRAM_STARTS.has(tok),
  };
}

/** The words of the line being read, reused (a line holds at most as many words as characters). */
const LINE_TOKENS: TokenInfo[] = [];

/** Hashes (before the mask) of the cue names, worked out once. */
const cueHash = (name: string) => hashString(NS_CUE, name);
const CUE_HASHES = CUES.map(([name]) => cueHash(name));
const perType = (prefix: string) => DOCUMENT_TYPE_IDS.map((type) => cueHash(`${prefix}:${type}`));
const LEXMAX_CUES = perType('lexmax');
const TITLE_CUES = perType('title');
const LEXSHARE_CUES = perType('lexshare');
const LEX_CUES = perType('lex');
const LEX1_CUES = perType('lex1');
const LEX3_CUES = perType('lex3');
const LEXHEAD_CUES = perType('lexhead');
const MONEY_CUES = [cueHash('money>=3'), cueHash('money>=10'), cueHash('money>=25')] as const;
const DATE_CUES = [cueHash('dates>=5'), cueHash('dates>=15')] as const;
const LENGTH_CUES = Array.from({ length: 8 }, (_, i) => cueHash(`len:${i}`));

function countMatches(s: string, re: RegExp, cap: number): number {
  let n = 0;
  re.lastIndex = 0;
  while (re.exec(s) && n < cap) n++;
  return n;
}

const MONEY = /\b0{1,3}(?:\.000)*,00\b/g;
const DATE = /\b00?[-/.]00?[-/.]0000\b|\b0000-00-00\b/g;

/**
 * Feeds every feature of `normalised` (see `normaliseText`) to `emit(bucket, value)`. Word,
 * bigram and character groups are scaled by 1/sqrt(count) so long and short documents land on a
 * comparable scale; `weights` scale whole groups.
 */
/** What the lexicon and title zone said about a document: input to the confidence model. */
export interface FeatureSummary {
  /** Distinct lexicon entries per type (order: DOCUMENT_TYPE_IDS). */
  lexCounts: Float64Array;
  /** 1 where the title lines or subject line name the type. */
  titleHits: Uint8Array;
  /** Characters of normalised text. */
  chars: number;
  /**
   * Share of the document's features the model has a weight for (0–1), when a model looked: text
   * unlike anything it learned from (another language's words, OCR that read gibberish) has less,
   * and its top type is more often wrong than its softmax says.
   */
  known?: number;
}

export function extractFeatures(
  normalised: string,
  hashBits: number,
  emit: (bucket: number, value: number) => void,
  weights: FeatureWeights = DEFAULT_FEATURE_WEIGHTS,
  summary?: FeatureSummary,
): void {
  const mask = (1 << hashBits) - 1;
  const s = normalised;

  // Tokens, line by line: head tokens and subject lines get their own features.
  const tokens: TokenInfo[] = [];
  const lexHits = new Set<string>();
  const lexCounts = new Float64Array(DOCUMENT_TYPE_IDS.length);
  const lexHead = new Uint8Array(DOCUMENT_TYPE_IDS.length);
  const hit = (types: number[] | undefined, key: string, inHead: boolean) => {
    if (!types) return;
    if (!lexHits.has(key)) {
      lexHits.add(key);
      for (const t of types) lexCounts[t] = (lexCounts[t] as number) + 1;
    }
    if (inHead) for (const t of types) lexHead[t] = 1;
  };
  const headWeight = weights.head;
  const subjectWeight = weights.subject;
  const titleHits = new Uint8Array(DOCUMENT_TYPE_IDS.length);
  const title = (types: number[] | undefined) => {
    if (types) for (const t of types) titleHits[t] = 1;
  };
  let prev1Info: TokenInfo | undefined;
  let prev2Info: TokenInfo | undefined;
  let lineNo = 0;
  const lineTokens = LINE_TOKENS;
  for (let lineStart = 0; lineStart < s.length; ) {
    let lineEnd = s.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = s.length;
    // The words of the line (split by single spaces), without leading or trailing punctuation.
    let count = 0;
    for (let i = lineStart; i < lineEnd; ) {
      let end = s.indexOf(' ', i);
      if (end < 0 || end > lineEnd) end = lineEnd;
      let a = i;
      let b = end;
      while (a < b && isEdge(s.charCodeAt(a))) a++;
      while (b > a && isEdge(s.charCodeAt(b - 1))) b--;
      if (b > a) lineTokens[count++] = tokenInfoAt(s, a, b);
      i = end + 1;
    }
    lineStart = lineEnd + 1;
    if (count === 0) continue;
    lineNo++;
    const isSubject = count > 1 && (lineTokens[0] as TokenInfo).subjectWord;
    const inTitleZone = isSubject || lineNo <= TITLE_LINES;
    for (let i = 0; i < count; i++) {
      const info = lineTokens[i] as TokenInfo;
      const tok = info.tok;
      if (inTitleZone) {
        // Phrases are only built after a word that starts a title of that length.
        title(info.title);
        const p1 = lineTokens[i - 1];
        const p2 = lineTokens[i - 2];
        if (i > 0 && p1?.titleBigramStart) title(TITLE_INDEX.get(`${p1.tok} ${tok}`));
        if (i > 1 && p2?.titleTrigramStart) title(TITLE_INDEX.get(`${p2.tok} ${p1?.tok} ${tok}`));
      }
      const inHead = tokens.length < HEAD_TOKENS;
      tokens.push(info);
      if (inHead && headWeight) emit(info.head & mask, headWeight);
      if (isSubject && subjectWeight) emit(info.subject & mask, subjectWeight);
      // Lexicon: the word, the phrase ending here, and prefixes.
      // Phrases are only built after a word that starts one: most words start none.
      hit(info.lexicon, tok, inHead);
      const bigram = prev1Info?.lexiconBigrams?.get(tok);
      if (bigram) hit(bigram[1], bigram[0], inHead);
      if (prev2Info?.lexiconTrigramStart) {
        const tri = `${prev2Info.tok} ${prev1Info?.tok} ${tok}`;
        hit(LEX.exact.get(tri), tri, inHead);
      }
      for (const [key, types] of info.prefixes) hit(types, key, inHead);
      prev2Info = prev1Info;
      prev1Info = info;
    }
  }

  // Words and bigrams (function words skipped).
  if (tokens.length) {
    const wv = weights.word / Math.sqrt(tokens.length);
    const bv = weights.bigram / Math.sqrt(tokens.length);
    let prev = 0x5bd1e995;
    for (const info of tokens) {
      if (info.stop) continue;
      const h = info.word;
      emit(h & mask, wv);
      emit(fmix(Math.imul(prev, 31) ^ h ^ NS_BIGRAM) & mask, bv);
      prev = h;
    }
  }

  // Character 3–5-grams over the head, with word boundaries.
  if (weights.char) {
    const flat = s.length > CHAR_GRAM_CHARS ? s.slice(0, CHAR_GRAM_CHARS) : s;
    const c = ` ${flat.replace(/\n/g, ' ')} `;
    const grams = Math.max(1, (c.length - 2) * 3);
    const cv = weights.char / Math.sqrt(grams);
    for (let i = 0; i + 3 <= c.length; i++) {
      let h = NS_CHAR;
      for (let n = 0; n < 5 && i + n < c.length; n++) {
        h = Math.imul(h ^ c.charCodeAt(i + n), 0x01000193);
        if (n >= 2) emit(fmix(h + n) & mask, cv);
      }
    }
  }

  // Cues, lexicon counts and shape counts.
  const cueWeight = weights.cue;
  const lexiconWeight = weights.lexicon;
  CUES.forEach(([, re], i) => {
    if (re.test(s)) emit((CUE_HASHES[i] as number) & mask, cueWeight);
  });
  let lexTotal = 0;
  let lexBest = -1;
  for (let t = 0; t < lexCounts.length; t++) {
    const n = lexCounts[t] as number;
    lexTotal += n;
    if (n > 0 && (lexBest < 0 || n > (lexCounts[lexBest] as number))) lexBest = t;
  }
  if (lexBest >= 0) emit((LEXMAX_CUES[lexBest] as number) & mask, lexiconWeight);
  if (summary) {
    summary.lexCounts = lexCounts;
    summary.titleHits = titleHits;
    summary.chars = s.length;
  }
  for (let t = 0; t < titleHits.length; t++) if (titleHits[t]) emit((TITLE_CUES[t] as number) & mask, lexiconWeight);
  for (let t = 0; t < lexCounts.length; t++) {
    const n = lexCounts[t] as number;
    if (n > 0) {
      emit((LEXSHARE_CUES[t] as number) & mask, (lexiconWeight * n) / lexTotal);
      emit((LEX_CUES[t] as number) & mask, lexiconWeight * Math.sqrt(n));
      emit((LEX1_CUES[t] as number) & mask, lexiconWeight);
      if (n >= 3) emit((LEX3_CUES[t] as number) & mask, lexiconWeight);
    }
    if (lexHead[t]) emit((LEXHEAD_CUES[t] as number) & mask, lexiconWeight);
  }
  const money = countMatches(s, MONEY, 40);
  if (money >= 3) emit(MONEY_CUES[0] & mask, cueWeight);
  if (money >= 10) emit(MONEY_CUES[1] & mask, cueWeight);
  if (money >= 25) emit(MONEY_CUES[2] & mask, cueWeight);
  const dates = countMatches(s, DATE, 40);
  if (dates >= 5) emit(DATE_CUES[0] & mask, cueWeight);
  if (dates >= 15) emit(DATE_CUES[1] & mask, cueWeight);
  emit((LENGTH_CUES[Math.min(7, Math.floor(Math.log2(1 + s.length / 200)))] as number) & mask, cueWeight);
}

const PAGE_NUMBER = /\b(?:pagina|blad|page|pag\.?|bladzijde)\s*(\d{1,2})\s*(?:van|of|\/|uit)\s*(\d{1,2})\b/i;
const FRACTION = /(?:^|\n)\s*-?\s*(\d{1,2})\s*\/\s*(\d{1,2})\s*-?\s*(?:\n|$)/;

/** Extra signals for "does this page start a document": page numbers, salutations, a lower-case start. */
export function extractPageCues(
  rawPage: string,
  hashBits: number,
  emit: (bucket: number, value: number) => void,
  /** The page's length as a cue: generated continuation pages are short, real ones need not be. */
  lengthCue = true,
): void {
  const mask = (1 << hashBits) - 1;
  const cue = (name: string) => emit(hashString(NS_CUE ^ 0x1234, name) & mask, 1);
  const m = PAGE_NUMBER.exec(rawPage) ?? FRACTION.exec(rawPage);
  if (m) cue(m[1] === '1' ? 'page-number:1' : 'page-number:>1');
  else cue('page-number:none');
  const first = rawPage.trimStart().slice(0, 1);
  if (/[a-z]/.test(first)) cue('starts-lowercase');
  if (/^\s*(vervolg|continued|\(vervolg\))/i.test(rawPage)) cue('continued');
  if (!lengthCue) return;
  const lines = rawPage.split('\n').filter((l) => l.trim()).length;
  cue(`lines:${Math.min(6, Math.floor(lines / 8))}`);
}

// ---------------------------------------------------------------------------------------------
// Inference

function decodeBase64(b64: string): Uint8Array {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** Bucket → row index lookup plus the dequantised weight rows. */
class Table {
  readonly weights: Float32Array;
  /**
   * One bit per bucket: has it a row? Most buckets have none (pruned). With `before`, this
   * bitmap is the whole lookup: 256 KiB that stay in the CPU cache, where a 4 MiB bucket → row
   * table did not.
   */
  readonly present: Uint32Array;
  /** Rows of the buckets below each 32-bucket word of `present` (rows are stored in bucket order). */
  readonly before: Uint32Array;

  constructor(table: WeightTable, hashBits: number) {
    const rowBytes = decodeBase64(table.rows);
    const rows = new Int32Array(rowBytes.buffer, rowBytes.byteOffset, rowBytes.byteLength / 4);
    const q = new Int8Array(decodeBase64(table.weights).buffer);
    this.present = new Uint32Array(Math.max(1, (1 << hashBits) >>> 5));
    for (let r = 0; r < rows.length; r++) {
      const bucket = rows[r] as number;
      if (r > 0 && bucket <= (rows[r - 1] as number))
        throw new Error('classifier model: weight table rows are not in ascending bucket order');
      this.present[bucket >>> 5] = (this.present[bucket >>> 5] as number) | (1 << (bucket & 31));
    }
    this.before = new Uint32Array(this.present.length);
    for (let i = 1; i < this.present.length; i++) this.before[i] = (this.before[i - 1] as number) + popcount(this.present[i - 1] as number);
    this.weights = new Float32Array(q.length);
    for (let i = 0; i < q.length; i++) this.weights[i] = (q[i] as number) * table.scale;
  }

  /** The row of a bucket, or -1 when it has none. */
  row(bucket: number): number {
    const word = this.present[bucket >>> 5] as number;
    const bit = 1 << (bucket & 31);
    if ((word & bit) === 0) return -1;
    return (this.before[bucket >>> 5] as number) + popcount(word & (bit - 1));
  }
}

/** Set bits of a 32-bit word. */
function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

function softmax(logits: ArrayLike<number>, temperature: number): number[] {
  let max = -Infinity;
  for (let i = 0; i < logits.length; i++) max = Math.max(max, (logits[i] as number) / temperature);
  const e: number[] = [];
  let sum = 0;
  for (let i = 0; i < logits.length; i++) {
    const v = Math.exp((logits[i] as number) / temperature - max);
    e.push(v);
    sum += v;
  }
  return e.map((v) => v / sum);
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;

/**
 * Inputs of the confidence model for predicted class `k`: how sure the softmax is (log-odds and
 * margin), whether the type's vocabulary dominates the document and its title names it, whether
 * a title names another type, whether the document has type vocabulary at all, how much of it the
 * model knows, and how long it is. A model fitted with fewer inputs gives the later ones no weight.
 */
export function confidenceFeatures(probs: number[], summary: FeatureSummary, k: number): number[] {
  const p = Math.min(1 - 1e-6, Math.max(1e-6, probs[k] as number));
  let second = 0;
  for (let i = 0; i < probs.length; i++) if (i !== k) second = Math.max(second, probs[i] as number);
  const lex = summary.lexCounts;
  let total = 0;
  let max = 0;
  for (let i = 0; i < lex.length; i++) {
    total += lex[i] as number;
    max = Math.max(max, lex[i] as number);
  }
  const mine = (lex[k] as number | undefined) ?? 0;
  let otherTitle = 0;
  for (let i = 0; i < summary.titleHits.length; i++) if (i !== k && summary.titleHits[i]) otherTitle = 1;
  return [
    Math.log(p / (1 - p)),
    p - second,
    total > 0 && mine === max ? 1 : 0,
    total > 0 ? mine / total : 0,
    summary.titleHits[k] ? 1 : 0,
    otherTitle,
    total === 0 ? 1 : 0,
    summary.known ?? 1,
    Math.log1p(summary.chars / 1000),
  ];
}

/** A loaded model. Build once (module scope) and reuse: classification allocates almost nothing. */
export class Classifier {
  readonly classes: DocumentTypeId[];
  readonly threshold: number;
  readonly temperature: number;
  private readonly hashBits: number;
  private readonly features: FeatureWeights;
  private readonly typeTable: Table;
  private readonly typeBias: Float64Array;
  private readonly pageStart: PageStartModel;
  private readonly k: number;
  private readonly acc: Float64Array;

  constructor(readonly model: ClassifierModel) {
    for (const c of model.classes)
      if (!(DOCUMENT_TYPE_IDS as readonly string[]).includes(c)) throw new Error(`classifier model names an unknown document type "${c}"`);
    this.classes = model.classes as DocumentTypeId[];
    this.k = this.classes.length;
    this.hashBits = model.hashBits;
    this.features = { ...DEFAULT_FEATURE_WEIGHTS, ...model.features };
    this.threshold = model.threshold;
    this.temperature = model.temperature;
    this.typeTable = new Table(model.type, model.hashBits);
    this.typeBias = Float64Array.from(model.type.bias);
    this.pageStart = new PageStartModel(model.firstPage, model.hashBits, this.features);
    this.acc = new Float64Array(this.k);
  }

  /** The confidence at or above which a document of this (predicted) type is routed without a person. */
  thresholdFor(type: DocumentTypeId): number {
    return this.model.thresholds?.[type] ?? this.threshold;
  }

  /** Raw (uncalibrated) class scores (order: `classes`) and what the lexicon said. */
  analyse(text: string): { logits: Float64Array; summary: FeatureSummary } {
    const table = this.typeTable;
    const weights = table.weights;
    const acc = this.acc;
    acc.set(this.typeBias);
    const k = this.k;
    const summary: FeatureSummary = { lexCounts: new Float64Array(0), titleHits: new Uint8Array(0), chars: 0 };
    let seen = 0;
    let known = 0;
    extractFeatures(
      normaliseText(text),
      this.hashBits,
      (bucket, value) => {
        seen++;
        const row = table.row(bucket);
        if (row < 0) return;
        known++;
        const at = row * k;
        for (let j = 0; j < k; j++) acc[j] = (acc[j] as number) + (weights[at + j] as number) * value;
      },
      this.features,
      summary,
    );
    summary.known = seen > 0 ? known / seen : 0;
    return { logits: Float64Array.from(acc), summary };
  }

  /** Raw (uncalibrated) class scores; the order is `classes`. */
  logits(text: string): Float64Array {
    return this.analyse(text).logits;
  }

  /** Temperature-scaled class probabilities (order: `classes`). */
  probabilities(text: string): number[] {
    return softmax(this.logits(text), this.temperature);
  }

  /**
   * The confidence that the top type is right. With a confidence model in the file (fitted on
   * held-out templates), it weighs the softmax probability together with whether the document's
   * vocabulary and title agree with the prediction; without one, it is the softmax probability.
   */
  topConfidence(probs: number[], summary: FeatureSummary): { best: number; confidence: number } {
    let best = 0;
    for (let i = 1; i < probs.length; i++) if ((probs[i] as number) > (probs[best] as number)) best = i;
    const m = this.model.confidence;
    if (!m) return { best, confidence: probs[best] as number };
    const x = confidenceFeatures(probs, summary, best);
    let z = m.bias;
    for (let i = 0; i < x.length; i++) z += (m.weights[i] ?? 0) * (x[i] as number);
    return { best, confidence: 1 / (1 + Math.exp(-z)) };
  }

  classify(text: string): Classification {
    const { logits, summary } = this.analyse(text);
    const probs = softmax(logits, this.temperature);
    const { best, confidence } = this.topConfidence(probs, summary);
    // The alternatives share what the top type does not claim, in the model's proportions, and
    // never score above the chosen type: the chosen type is always the top score.
    const rest = 1 - (probs[best] as number);
    const scale = rest > 1e-12 ? (1 - confidence) / rest : 0;
    const alternatives = probs
      .map((p, i) => ({ type: this.classes[i] as DocumentTypeId, confidence: Math.min(p * scale, confidence), i }))
      .filter((a) => a.i !== best)
      .sort((a, b) => b.confidence - a.confidence)
      .slice(0, 3)
      .map((a) => ({ type: a.type, confidence: round3(a.confidence) }));
    return { type: this.classes[best] as DocumentTypeId, confidence: round3(confidence), alternatives };
  }

  /** Raw logit of "this page starts a document". */
  firstPageLogit(pageText: string): number {
    return this.pageStart.logit(pageText);
  }

  /** One page: type, confidence, and the probability that a document starts on it (wherever it lies). */
  classifyPage(page: string): PageClassification {
    const c = this.classify(page);
    return { type: c.type, confidence: c.confidence, firstPage: round3(1 / (1 + Math.exp(-this.firstPageLogit(page)))) };
  }

  /** Per page of a file: as `classifyPage`, and the file's first page always starts a document. */
  classifyPages(pages: string[]): PageClassification[] {
    return pages.map((page, i) => (i === 0 ? { ...this.classifyPage(page), firstPage: 1 } : this.classifyPage(page)));
  }
}

/**
 * "Does a document start on this page?": a linear model over the page's words and layout cues
 * (page number, starts in lower case, length). The classifier has one; the split step's boundary
 * model has its own, trained on pages that run over (shared/domain/model/boundary-model.json).
 */
export class PageStartModel {
  private readonly table: Table;
  private readonly bias: number;

  constructor(
    model: WeightTable & { bias: number },
    private readonly hashBits: number,
    private readonly features: FeatureWeights,
    private readonly lengthCue = true,
  ) {
    this.table = new Table(model, hashBits);
    this.bias = model.bias;
  }

  logit(pageText: string): number {
    const table = this.table;
    const weights = table.weights;
    let z = this.bias;
    const add = (bucket: number, value: number) => {
      const at = table.row(bucket);
      if (at >= 0) z += (weights[at] as number) * value;
    };
    extractFeatures(normaliseText(pageText), this.hashBits, add, this.features);
    extractPageCues(pageText, this.hashBits, add, this.lengthCue);
    return z;
  }
}

const defaultClassifier = new Classifier(modelJson as unknown as ClassifierModel);

/** The confidence at or above which a document is routed automatically (chosen on validation data). */
export const AUTO_ROUTE_THRESHOLD: number = defaultClassifier.threshold;

/** The auto-route threshold for a document the classifier says is of this type. */
export function routeThreshold(type: DocumentTypeId): number {
  return defaultClassifier.thresholdFor(type);
}

/**
 * The threshold for a document of this type that no client is found for, routed on its type alone:
 * its type's threshold, and never below the one chosen over all types.
 */
export function typeRouteThreshold(type: DocumentTypeId): number {
  return Math.max(defaultClassifier.thresholdFor(type), defaultClassifier.threshold);
}

/** Document type of a whole document's text (pages joined). */
export function classify(text: string): Classification {
  return defaultClassifier.classify(text);
}

/** One page's type and first-page probability, wherever in a file it lies. */
export function classifyPage(text: string): PageClassification {
  return defaultClassifier.classifyPage(text);
}

/** Page-level classification for document separation. */
export function classifyPages(pages: string[]): PageClassification[] {
  return defaultClassifier.classifyPages(pages);
}
