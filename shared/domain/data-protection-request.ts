/**
 * Recognising a data-protection request (AVG / GDPR) in the text of a letter: a client who asks to
 * see, correct, erase, restrict, take along or stop the processing of their personal data. Such a
 * request has a one-month term (AVG art. 12 lid 3) whatever the letter is classified as, so it is
 * recognised from what the writer asks, not from the document type.
 *
 * What counts is a request *by the writer*: a right named in a sentence that also asks for
 * something in the first person ("ik verzoek", "graag ontvang ik", "wilt u mijn …", "I request",
 * "please … my …"), or a subject line naming the request ("Betreft: inzageverzoek AVG"). The
 * organisation's own voice is not a request: a decision letter's privacy footer ("u heeft het recht
 * uw gegevens in te zien"), a reply ("Onderwerp: uw inzageverzoek"), a payslip. Generic words
 * ("inzage", "corrigeren", "verwijderen", "copy") count only next to the data they are about
 * ("mijn persoonsgegevens", "my records", "AVG"); "inzage in de stukken" of an objection
 * (Awb 7:4) or a change of address is not an AVG request.
 *
 * Robust to OCR noise: text and patterns go through the same normalisation (case, accents,
 * ligatures, words broken over a line, l/1/| read as i, rn read as m, 0 inside a word), and words
 * may run together or fall apart where OCR drops or adds a space.
 */

export type DataProtectionRight = 'access' | 'rectification' | 'erasure' | 'restriction' | 'portability' | 'objection';

/** The rights in article order, with the article of the AVG that grants each. */
export const DATA_PROTECTION_RIGHTS: Readonly<Record<DataProtectionRight, { article: number; nl: string; en: string }>> = {
  access: { article: 15, nl: 'inzage', en: 'access' },
  rectification: { article: 16, nl: 'rectificatie', en: 'rectification' },
  erasure: { article: 17, nl: 'verwijdering', en: 'erasure' },
  restriction: { article: 18, nl: 'beperking van de verwerking', en: 'restriction of processing' },
  portability: { article: 20, nl: 'overdraagbaarheid van gegevens', en: 'data portability' },
  objection: { article: 21, nl: 'bezwaar tegen de verwerking', en: 'objection to processing' },
};

const RIGHT_ORDER = Object.keys(DATA_PROTECTION_RIGHTS) as DataProtectionRight[];

/** What the recogniser found, stored on the document when it goes on to be classified. */
export interface DataProtectionRequest {
  /** The first right asked for, in article order. */
  right: DataProtectionRight;
  /** Every right asked for, in article order (at least `right`). */
  rights: DataProtectionRight[];
  /** The articles that grant them, e.g. "AVG art. 15" or "AVG art. 15 en 16". */
  law: string;
}

/** Normalise text so OCR's usual misreadings compare equal to the patterns (which get `letters` only). */
export function ocrSkeleton(text: string): string {
  return letters(
    text
      .normalize('NFKD')
      // Latin accents; Arabic vowel signs, hamza marks and tatweel (أ → ا as NFKD leaves it).
      .replace(/[\u0300-\u036f\u064b-\u065f\u0670\u0640]/g, '')
      .toLowerCase()
      .replace(/([a-z])[-\u2010\u00ad\u00ac]\s*\n\s*([a-z])/g, '$1$2') // a word broken over a line
      .replace(/(?<=[a-z])0(?=[a-z])/g, 'o')
      .replace(/(?<=[a-z])[1|!](?=[a-z])/g, 'i'),
  ).replace(/[^\S\n]+/g, ' ');
}

/** The letter confusions, applied alike to text and to pattern sources (which use no l, rn or vv of their own syntax). */
function letters(lower: string): string {
  return lower
    .replace(/l/g, 'i')
    .replace(/rn/g, 'm')
    .replace(/vv/g, 'w')
    .replace(/\bart(?:ikei|icie)?\.?\s*(?=\d)/g, 'art '); // "art. 15", "artikel 15", "Article 15"
}

/** A pattern written in plain lower case: a space may be missing, doubled or a line break in the text. */
function p(source: string, flags = ''): RegExp {
  return new RegExp(letters(source.normalize('NFKD').replace(/[\u0300-\u036f]/g, '')).replace(/ /g, '\\s*'), flags);
}

/** A request in the first person. */
const REQUEST = [
  p(
    '\\bik (hierbij )?(verzoek|vraag|wil|wens|eis|zou (u )?(graag|willen)|maak (hierbij )?(gebruik|aanspraak)|doe (hierbij )?(een )?(beroep|verzoek)|dien (hierbij )?(een )?verzoek|heb (het )?recht)',
  ),
  p('\\b(verzoek|vraag|wil|wens|eis|ontvang|krijg) ik\\b'),
  p('\\bhierbij (verzoek|vraag|wil|dien|doe|maak)\\b'),
  p('\\b(wilt|kunt|zou|zoudt) u\\b'),
  p('\\bmijn (verzoek|vraag) (is|om|tot)\\b'),
  // A complaint that an earlier request went unanswered asks again.
  p('\\bik heb\\b[^.?!\\n]{0,60}\\b(gevraagd|verzocht)\\b'),
  p('\\bi (have )?(already )?(asked|requested)\\b'),
  p(
    "\\bi (hereby )?(request|ask|want|wish|demand|would like|'d like|need|exercise|invoke|submit|make|am (writing )?(to )?(request|ask|make|exercise|submit|invoke))",
  ),
  p('\\bplease\\b'),
  p('\\b(could|would|can|will) you\\b'),
  p('\\b(my|this) (formal )?request\\b'),
];

/** The organisation speaking to the reader about their rights, not a request. */
const ORGANISATION_VOICE = p(
  '\\b(u heeft (ook )?(het )?recht|uw rechten|uw (persoons )?gegevens|you have (the )?right|your (personal )?(data|information|rights))',
  'g',
);
const FIRST_PERSON = p("\\b(ik|i|i'm|mij|mijn|my)\\b");

/** The data the words are about (for the generic words). */
const ABOUT_MY_DATA = p(
  '(persoons gegevens|\\bmijn (eigen )?gegevens|gegevens (die|welke) [^.?!\\n]{0,60}(van|over) mij|\\bmijn (hele |volledige |complete )?(klant|persoons)?dossier|\\bavg\\b|\\bgdpr\\b|gegevensbescherming|\\bprivacy|personal (data|information|details)|\\bmy (data|file|records|details|information)|your records|uw (administratie|systeem|registratie|bestand)|\\bart (15|16|17|18|20|21)\\b)',
);

/** A data item of the writer, for a correction. */
const MY_DATA_ITEM = p(
  '\\b(mijn|my) (geboorte datum|geboorte plaats|naam|achternaam|voornaam|voorletters|adres|woonadres|bsn|burgerservicenummer|iban|rekeningnummer|telefoonnummer|e-?mailadres|nationaliteit|geslacht|burgerlijke staat|date of birth|birth date|name|surname|address|phone number|email address|bank account)\\b',
);
const SOMETHING_WRONG = p(
  '(onjuist|\\bfout|verkeerd|klopt niet|niet (juist|correct|goed) (geregistreerd|vermeld|opgenomen|staat)|niet juist|niet correct|incorrect|\\bwrong|inaccurate|not correct|mistake|error|out of date|outdated|verouderd)',
);

interface RightPatterns {
  /** Say by themselves that personal data is meant. */
  strong: RegExp[];
  /** Need the data they are about in the same sentence (`ABOUT_MY_DATA`). */
  weak: RegExp[];
}

const RIGHTS: Record<DataProtectionRight, RightPatterns> = {
  access: {
    strong: [
      p('inzage ?verzoek|inzage ?recht|recht (op|van|tot) inzage|inzage (in|van) (al )?(mijn|de) (persoons )?gegevens'),
      p(
        '(kopie|afschrift|overzicht) van (al )?(mijn|de) (persoons )?gegevens|(kopie|afschrift) van (mijn|het) (hele |volledige |complete )?(klant)?dossier',
      ),
      p('welke (persoons )?gegevens [^.?!\\n]{0,60}(van|over) mij'),
      p('subject access|access request|right (of|to) access|access to (all )?(of )?(my|the) (personal )?(data|information|records)'),
      p('(copy|overview) of (all )?(of )?(my|the) personal (data|information)'),
      p('what (personal )?(data|information) [^.?!\\n]{0,60}(about|on|of) me\\b'),
      p('\\bart 15 (avg|gdpr|uk gdpr|van de avg|of the gdpr)|\\b(avg|gdpr) art 15\\b'),
    ],
    // A copy asked for must be of the data or the whole file ("een kopie van mijn sollicitatiebrief" is not).
    weak: [p('\\binzage\\b|\\binzien\\b|in te zien|\\baccess\\b|\\bsee (my|the)\\b')],
  },
  rectification: {
    strong: [
      p('rectificatie|rectify|rectification|recht op (correctie|verbetering|aanvulling)'),
      // Words that say the data is wrong; "aanpassen" alone is how a change is reported (a change form).
      p('(correctie|verbetering) van (mijn|de) (persoons )?gegevens'),
      p('(corrigeren|verbeteren|rechtzetten) van (mijn|de) (persoons )?gegevens'),
      p('(mijn|de) (persoons )?gegevens [^.?!\\n]{0,60}(corrig|verbeter|recht te zetten|rechtzetten|rechtgezet)'),
      p('correct(ion of)? (my|the) (personal )?(data|details|records|information)'),
      p('\\bart 16 (avg|gdpr|uk gdpr|van de avg|of the gdpr)|\\b(avg|gdpr) art 16\\b'),
    ],
    // Needs a data item of the writer and something wrong in the same sentence (see `mentions`).
    weak: [
      p(
        'corrig|verbeter|aanpassen|aan te passen|aangepast|recht ?zetten|recht te zetten|rechtgezet|herstellen|hersteld|wijzigen|gewijzigd|\\bcorrect|\\bamend|\\bfix\\b|\\bfixed\\b|\\bupdate|\\bchange',
      ),
    ],
  },
  erasure: {
    strong: [
      p('recht op (vergetelheid|verwijdering|gegevenswissing)|vergeten te worden|verwijder ?verzoek|verzoek (om|tot) verwijdering'),
      p('(verwijdering|vernietiging|wissing) van (al )?(mijn|de) (persoons )?gegevens'),
      p('(mijn|de) (persoons )?gegevens [^.?!\\n]{0,60}(verwijder|\\bwissen\\b|gewist|vernietig)'),
      p(
        'right to (erasure|be forgotten)|erasure|(delete|erase|remove) (all )?(of )?(my|the) (personal )?(data|information|records|details)',
      ),
      p('\\bart 17 (avg|gdpr|uk gdpr|van de avg|of the gdpr)|\\b(avg|gdpr) art 17\\b'),
    ],
    weak: [p('verwijder|\\bwissen\\b|gewist|vernietig|\\bdelete|\\berase|\\bremove')],
  },
  restriction: {
    strong: [
      p(
        'beperking van (de )?(verwerking|het gebruik)|(verwerking|gebruik) [^.?!\\n]{0,40}(te )?beperken|restrict(ion of)? (the )?processing',
      ),
      p('\\bart 18 (avg|gdpr|uk gdpr|van de avg|of the gdpr)|\\b(avg|gdpr) art 18\\b'),
    ],
    weak: [],
  },
  portability: {
    strong: [
      p('overdraagbaarheid|data ?portabiliteit|data portability|machine ?leesba|machine-?readable'),
      p('(gegevens|dossier) [^.?!\\n]{0,40}over (te )?dragen aan|transfer (my|the) (personal )?data'),
      p('\\bart 20 (avg|gdpr|uk gdpr|van de avg|of the gdpr)|\\b(avg|gdpr) art 20\\b'),
    ],
    weak: [],
  },
  objection: {
    strong: [
      p('bezwaar (maken |maak |aan |in )?tegen (de |het )?(verwerking|verwerken|gebruik) van (al )?(mijn )?(persoons )?gegevens'),
      p('bezwaar tegen (de )?(gegevens ?)?verwerking'),
      p('object(ion)? to (the )?processing|stop (processing|using) (my|the) (personal )?(data|information)'),
      p('\\bart 21 (avg|gdpr|uk gdpr|van de avg|of the gdpr)|\\b(avg|gdpr) art 21\\b'),
    ],
    weak: [],
  },
};

/**
 * Requests in the other languages clients write in (Polish, Turkish, Ukrainian — also with Russian
 * words — and Arabic): phrases that name the right together with "my (personal) data", so they are
 * the writer's own request by themselves. The municipality writes to people in Dutch or English,
 * so its own privacy texts never use these. OCR's l read as i and a lost Polish ł are allowed.
 */
const OTHER_LANGUAGES: Record<DataProtectionRight, RegExp[]> = {
  access: [
    p('(dostep|wglad)u? do (wszystkich )?(moich )?danych|kopi[aei] (wszystkich )?(moich )?danych|art 15 rodo|rodo art 15'),
    p('jakie (moje )?dane (osobowe )?(przetwarzac|przetwarzaja|posiadac|sa przetwarzane)'),
    p('(veri|bilgi)lerime erisim|(veri|bilgi)lerimin (bir )?kopya|hakk[ıi]mda (hangi|tutulan|kayitli) (kis[ıi]sel )?(veri|bilgi)'),
    p(
      'доступ (до|к) (\\S+ ){0,2}(персональн\\S+ )?дан|коп[іи]\\S* (\\S+ ){0,2}(персональн\\S+ )?дан|ознайом\\S* (з|с) (\\S+ ){0,2}(персональн\\S+ )?дан',
    ),
    p(
      '(الاطلاع|الوصول|اطلاع) (على|الى) (جميع )?(بياناتي|معلوماتي)|نسخ[ةه] (من|عن) (جميع )?(بياناتي|معلوماتي)|(البيانات|المعلومات) (التي|الي) (لديكم|عندكم) عني',
    ),
  ],
  rectification: [
    p('(sprostowani|poprawieni|skorygowani|korekt)\\S* (\\S+ ){0,2}danych'),
    p('(veri|bilgi)lerimin (duzeltil|guncellen|degistiril)'),
    p('(виправ|исправ|змін|уточн)\\S* (\\S+ ){0,2}(персональн\\S+ )?дан'),
    p('(تصحيح|تعديل) (بياناتي|معلوماتي)'),
  ],
  erasure: [
    p('usunieci\\S* (\\S+ ){0,2}danych|prawo do bycia zapomnianym'),
    p('(veri|bilgi)lerimin (silinme|imha)'),
    p('(видал|удал|знищ)\\S* (\\S+ ){0,2}(персональн\\S+ )?дан'),
    p('(حذف|مسح|ازالة|ازاله) (بياناتي|معلوماتي)'),
  ],
  restriction: [p('ograniczeni\\S* przetwarzania|(veri|bilgi)lerimin islenmesinin kisitlan|обмеж\\S* обробк')],
  portability: [p('przeniesieni\\S* (\\S+ ){0,2}danych|(veri|bilgi)lerimin aktar[ıi]l|перенес\\S* (\\S+ ){0,2}дан')],
  objection: [p('sprzeciw wobec przetwarzania|(veri|bilgi)lerimin islenmesine itiraz|заперечу\\S* проти обробк')],
};

/** A subject line of the writer's own (a reply says "uw verzoek"). */
const SUBJECT_LINE = p('^\\s*(betreft|onderwerp|subject|inzake|re)\\b\\s*[:.]?');
const REPLY = p('\\b(uw|your)\\b');
/** A subject line that names a data-protection request without saying which right. */
const GENERIC_SUBJECT = p(
  '(avg|gdpr|privacy) ?-? ?verzoek|verzoek [^\\n]{0,40}\\b(avg|gdpr)\\b|(gdpr|data protection|privacy|data subject) request',
);

/** The data-protection request in a document's text, or null when the writer asks for none. */
export function recogniseDataProtectionRequest(text: string): DataProtectionRequest | null {
  const normal = ocrSkeleton(text);
  const found = new Set<DataProtectionRight>();
  let genericSubject = false;

  for (const line of normal.split('\n')) {
    if (REPLY.test(line)) continue;
    if (SUBJECT_LINE.test(line)) {
      for (const right of RIGHT_ORDER) if (inSubject(right, line)) found.add(right);
      if (GENERIC_SUBJECT.test(line)) genericSubject = true;
    } else if (isHeading(line))
      // A title of the writer's own without "Betreft:" ("Verbetering van mijn gegevens (AVG artikel 16)").
      for (const right of RIGHT_ORDER) if (RIGHTS[right].strong.some((r) => r.test(line)) && FIRST_PERSON.test(line)) found.add(right);
  }

  // The request and the right's own word in one sentence; what it is about may be said just before
  // ("Mijn geboortedatum staat verkeerd in uw systeem. Wilt u dit aanpassen?").
  const all = sentences(normal);
  for (const [i, sentence] of all.entries()) {
    if (!REQUEST.some((r) => r.test(sentence)) || organisationSpeaking(sentence)) continue;
    const context = contextOf(all, i);
    if (!FIRST_PERSON.test(context)) continue;
    for (const right of RIGHT_ORDER) if (mentions(right, sentence, context)) found.add(right);
  }

  // "Betreft: AVG-verzoek" with a body that names the right without a request verb of its own.
  if (genericSubject && found.size === 0)
    for (const [i, sentence] of all.entries()) {
      if (organisationSpeaking(sentence)) continue;
      for (const right of RIGHT_ORDER) if (mentions(right, sentence, contextOf(all, i))) found.add(right);
    }

  for (const right of RIGHT_ORDER) if (OTHER_LANGUAGES[right].some((r) => r.test(normal))) found.add(right);

  if (found.size === 0) return null;
  const rights = RIGHT_ORDER.filter((r) => found.has(r));
  return { right: rights[0] as DataProtectionRight, rights, law: lawOf(rights) };
}

/** "AVG art. 15", "AVG art. 15 en 16", "AVG art. 15, 16 en 17". */
export function lawOf(rights: readonly DataProtectionRight[]): string {
  const articles = rights.map((r) => String(DATA_PROTECTION_RIGHTS[r].article));
  const last = articles.pop();
  return `AVG art. ${articles.length ? `${articles.join(', ')} en ${last}` : last}`;
}

/** A sentence names the right, about the writer's data (said in the sentence or its context). */
function mentions(right: DataProtectionRight, sentence: string, context = sentence): boolean {
  const { strong, weak } = RIGHTS[right];
  if (strong.some((r) => r.test(sentence))) return true;
  if (!weak.some((r) => r.test(sentence))) return false;
  if (right === 'rectification') return SOMETHING_WRONG.test(context) && (MY_DATA_ITEM.test(context) || ABOUT_MY_DATA.test(context));
  return ABOUT_MY_DATA.test(context);
}

/** A subject line is short: the right's own word next to "gegevens"/"data" is enough ("Betreft: correctie gegevens"). */
const SUBJECT_WORDS: Partial<Record<DataProtectionRight, RegExp>> = {
  access: p('\\binzage|\\baccess\\b'),
  rectification: p('rectificatie|correctie|verbetering|rectif|correction'),
  erasure: p('verwijdering|verwijderen|\\berasure|\\bdeletion'),
};
const SUBJECT_DATA = p('gegevens|\\bdata\\b|\\bavg\\b|\\bgdpr\\b|privacy|dossier|records');

function inSubject(right: DataProtectionRight, line: string): boolean {
  if (mentions(right, line)) return true;
  const word = SUBJECT_WORDS[right];
  return Boolean(word?.test(line)) && SUBJECT_DATA.test(line);
}

/** The organisation telling the reader their rights, with no first person of the writer's in it. */
function organisationSpeaking(sentence: string): boolean {
  if (!sentence.match(ORGANISATION_VOICE)) return false;
  return !FIRST_PERSON.test(sentence.replace(ORGANISATION_VOICE, ''));
}

/** A sentence with the two before it, leaving out what the organisation says. */
function contextOf(all: string[], i: number): string {
  return all
    .slice(Math.max(0, i - 2), i + 1)
    .filter((s) => !organisationSpeaking(s))
    .join(' ');
}

/** A short line that does not end a sentence: a title. */
const isHeading = (line: string) => line.trim().length > 0 && line.trim().length <= 90 && !/[.,;:]\s*$/.test(line.trim());

/** Sentences: split at a full stop, question or exclamation mark, or a blank line; single line breaks join. */
function sentences(normal: string): string[] {
  return normal
    .split(/(?<=[.?!])\s+|\n\s*\n/)
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}
