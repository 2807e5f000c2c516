import { isValidBsn } from './bsn.ts';
import type { Client, Directory } from './directory.ts';
import { listed, type Reason, reason } from './reason.ts';
import { datesInFolded, editDistance, foldText, ocrDigits } from './text.ts';

/**
 * Who is this document about? Evidence, strongest first (DESIGN.md): a client chosen at the desk;
 * a client number; a BSN that passes the elfproef and either stands next to a label or belongs to
 * a known client; name plus birth date. Name plus address (postcode, or street and house number)
 * and an IBAN the directory knows agree with these or contradict them, and alone only suggest a
 * client to a person. A bare 9-digit number is never evidence, and neither is a name alone: but a
 * directory client's full name on a document whose other evidence points to someone else
 * contradicts it, and every contradiction goes to a person (nobody can know which is right).
 */
export type EvidenceKind = 'desk' | 'client-number' | 'bsn' | 'name-birthdate' | 'name-address' | 'iban' | 'sender' | 'name';

export interface Evidence {
  kind: EvidenceKind;
  clientNumber: string;
}

export type Identification =
  | { status: 'identified'; clientNumber: string; via: EvidenceKind; evidence: Evidence[]; notes: Reason[] }
  | { status: 'conflict'; candidates: string[]; evidence: Evidence[]; notes: Reason[] }
  | { status: 'none'; evidence: Evidence[]; notes: Reason[] /** A client only name + address or an IBAN points to. */; suggested?: string };

const BSN_LABEL = /\b(bsn|burger\s?service\s?nummer|burgerservicenr|sofi\s?-?\s?nummer|sofinr|citizen service number)\b/;
/** How far (in characters) after a label a BSN may stand and still belong to it. */
const LABEL_REACH = 40;

const VIA_TEXT: Record<EvidenceKind, { nl: string; en: string }> = {
  desk: { nl: 'gekozen aan de balie', en: 'chosen at the desk' },
  'client-number': { nl: 'klantnummer', en: 'client number' },
  bsn: { nl: 'BSN', en: 'BSN' },
  'name-birthdate': { nl: 'naam en geboortedatum', en: 'name and birth date' },
  'name-address': { nl: 'naam en adres', en: 'name and address' },
  iban: { nl: 'rekeningnummer', en: 'bank account' },
  sender: { nl: 'e-mailadres van de afzender', en: "sender's e-mail address" },
  name: { nl: 'volledige naam', en: 'full name' },
};

/** Evidence that points to a client, strongest first. A name alone never does. */
const IDENTIFYING: readonly EvidenceKind[] = ['client-number', 'bsn', 'name-birthdate', 'sender', 'name-address', 'iban'];
/**
 * Evidence that is enough on its own; name + address and an IBAN only agree or disagree with it.
 * The address a client mails from (the one on file) is theirs alone, like a client number, but
 * weaker: anyone may send a client's papers from their own account, so when the document points to
 * another client the two disagree and a person decides.
 */
const DECISIVE: readonly EvidenceKind[] = ['client-number', 'bsn', 'name-birthdate', 'sender'];

/** "klantnummer en BSN" / "client number and BSN": the kinds of evidence, in a language. */
export function evidenceText(kinds: readonly EvidenceKind[], language: 'nl' | 'en'): string {
  return listed(
    [...new Set(kinds)].map((k) => VIA_TEXT[k][language]),
    language,
  );
}

/** The kinds of evidence that point to one client, strongest first. */
export function evidenceFor(evidence: readonly Evidence[], clientNumber: string): EvidenceKind[] {
  const kinds = evidence.filter((e) => e.clientNumber === clientNumber).map((e) => e.kind);
  return (['desk', ...IDENTIFYING, 'name'] as EvidenceKind[]).filter((k) => kinds.includes(k));
}

const normaliseClientNumber = (s: string) => s.toUpperCase().replace(/[^0-9A-Z]/g, '');
const normaliseIban = (s: string) => s.toUpperCase().replace(/[^0-9A-Z]/g, '');
const POSTCODE = /\b([1-9]\d{3}) ?([a-z]{2})\b/g;
const postcodeOf = (folded: string) => {
  const m = /\b([1-9]\d{3}) ?([a-z]{2})\b/.exec(folded);
  return m ? `${m[1]}${m[2]}` : undefined;
};
const IBAN = /\b([a-z]{2}\d{2}) ?([a-z]{4}) ?((?:\d ?){10})\b/g;

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** A directory with lookup tables built once; reuse it across documents. */
export class ClientIndex {
  readonly byNumber = new Map<string, Client>();
  readonly byBsn = new Map<string, Client>();
  readonly byBirthDate = new Map<string, Client[]>();
  readonly byPostcode = new Map<string, Client[]>();
  readonly byIban = new Map<string, Client>();
  readonly byEmail = new Map<string, Client>();
  /** Clients by the last word of their surname, folded ("yılmaz" → "yilmaz"). */
  readonly bySurname = new Map<string, Client[]>();
  /** Client number shapes seen in this directory, e.g. K-100234 → prefix "K", 6 digits. */
  private readonly numberPattern: RegExp;
  private readonly prefixes: string[];
  private readonly digitCount: [number, number];

  constructor(readonly directory: Directory) {
    const prefixes = new Set<string>();
    const digitCounts = new Set<number>();
    for (const c of directory.clients) {
      this.byNumber.set(normaliseClientNumber(c.clientNumber), c);
      if (c.bsn) this.byBsn.set(c.bsn, c);
      if (c.birthDate) push(this.byBirthDate, c.birthDate, c);
      const postcode = c.address ? postcodeOf(foldText(c.address)) : undefined;
      if (postcode) push(this.byPostcode, postcode, c);
      if (c.iban) this.byIban.set(normaliseIban(c.iban), c);
      if (c.email) this.byEmail.set(c.email.trim().toLowerCase(), c);
      const surname = nameTokens(c.name).at(-1);
      if (surname) push(this.bySurname, surname, c);
      const m = /^([A-Za-z]*)[-\s]?(\d+)$/.exec(c.clientNumber);
      if (m) {
        prefixes.add((m[1] ?? '').toUpperCase());
        digitCounts.add((m[2] ?? '').length);
      }
    }
    this.prefixes = [...prefixes];
    const prefix = [...prefixes].filter(Boolean).join('|');
    const min = Math.min(...digitCounts, 5);
    const max = Math.max(...digitCounts, 8);
    // Letters in the digit part are allowed so OCR confusions (O for 0) can be repaired.
    // One space may fall inside the digits too ("K-1 00395": handwriting, or OCR splitting a word).
    this.numberPattern = new RegExp(`\\b(?:${prefix || '[A-Z]{1,3}'})\\s?[-–.]?\\s?[0-9OoIl|SB]{1,3}\\s?[0-9OoIl|SB]{2,${max}}\\b`, 'g');
    this.digitCount = [min, max];
  }

  private readonly streets = new Map<Client, string | null>();

  /** The client's street and house number as folded text would hold it ("dorpsstraat 1"), if known. */
  streetOf(client: Client): string | null {
    let street = this.streets.get(client);
    if (street === undefined) {
      const m = client.address ? /^([^,\d]+?)\s*(\d+\s?[a-z]?)\b/.exec(foldText(client.address)) : null;
      street = m ? `${m[1]} ${m[2]}` : null;
      this.streets.set(client, street);
    }
    return street;
  }

  /**
   * The clients whose numbers the text gives, and the numbers written with the directory's prefix
   * that are no client's (`unknown`: prefix and digits, for `nearClientNumbers`).
   * `folded`: the same text through `foldText`, when the caller has it already.
   */
  findClientNumbers(text: string, folded = foldText(text)): { clients: Client[]; unknown: [prefix: string, digits: string][] } {
    const found = new Map<string, Client>();
    const unknown: [string, string][] = [];
    for (const m of text.matchAll(this.numberPattern)) {
      const raw = m[0];
      const prefix = /^[A-Za-z]*/.exec(raw)?.[0] ?? '';
      const digits = ocrDigits(raw.slice(prefix.length).replace(/[\s\-–.]/g, ''));
      if (digits.length < this.digitCount[0] || digits.length > this.digitCount[1]) continue;
      const client = this.byNumber.get(normaliseClientNumber(prefix + digits));
      if (client) found.set(client.clientNumber, client);
      else if (prefix) unknown.push([prefix, digits]);
    }
    // OCR drops or splits the prefix ("Klantnr.: 157691", "K-1 08043"): a labelled number still counts.
    for (const m of folded.matchAll(CLIENT_NUMBER_LABEL)) {
      const digits = ocrDigits((m[1] ?? '').replace(/[\s\-–.]/g, ''));
      for (const prefix of this.prefixes) {
        const client = this.byNumber.get(normaliseClientNumber(prefix + digits));
        if (client) found.set(client.clientNumber, client);
      }
    }
    return { clients: [...found.values()], unknown };
  }

  /**
   * Clients whose number's digits stand alone in the text, without the prefix and without a label
   * ("100451 (voor mijn moeder)": OCR read the handwritten "K-" as a dash or nothing). Too weak to
   * identify anyone (any six digits could be an invoice number); strong enough to doubt another clue.
   */
  bareClientNumbers(text: string): Client[] {
    const found = new Map<string, Client>();
    // Not part of a longer number, an amount ("100.451,00"), a code ("AB100451") or a date.
    for (const m of text.matchAll(/(?<![\p{L}\d.,:/-])\d{5,8}(?![\p{L}\d]|[.,:/-]\d)/gu)) {
      if (m[0].length < this.digitCount[0] || m[0].length > this.digitCount[1]) continue;
      for (const prefix of this.prefixes) {
        const client = this.byNumber.get(normaliseClientNumber(prefix + m[0]));
        if (client) found.set(client.clientNumber, client);
      }
    }
    return [...found.values()];
  }

  /**
   * Of the numbers `findClientNumbers` found to be no client's, those one digit away from exactly
   * one client's: most often OCR misreading a digit of that client's number.
   */
  nearClientNumbers(unknown: readonly [prefix: string, digits: string][]): Client[] {
    const near = new Map<string, Client>();
    for (const [prefix, digits] of unknown) {
      const hits = new Set<Client>();
      for (let i = 0; i < digits.length; i++)
        for (let d = 0; d <= 9; d++) {
          const client = this.byNumber.get(normaliseClientNumber(`${prefix}${digits.slice(0, i)}${d}${digits.slice(i + 1)}`));
          if (client) hits.add(client);
        }
      const [only] = hits;
      if (hits.size === 1 && only) near.set(only.clientNumber, only);
    }
    return [...near.values()];
  }
}

const CLIENT_NUMBER_LABEL =
  /\b(?:klantnummer|klantnr|klant nr|dossiernummer|dossiernr|clientnummer|clientnr|client number)\.?\s*:?\s*(?:[a-z]{1,3}\s?[-–.]?\s?)?([0-9oil]{1,3}\s?[0-9oil]{2,7})\b/g;

interface BsnHit {
  bsn: string;
  labelled: boolean;
}

/** 9-digit numbers (also written 1234.56.789 or 123 456 789) that pass the elfproef. */
export function findBsns(text: string): BsnHit[] {
  return bsnsInFolded(foldText(text));
}

const LETTER_AFTER_GAP = /[\s.-][oil]/;

/** a–z, 0–9 and ' */
const isWordChar = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x27;

/** The words of folded text, as `/[a-z0-9']+/g` finds them, in order: one loop, no match array. */
function wordsOf(folded: string): Set<string> {
  const words = new Set<string>();
  let start = -1;
  for (let i = 0; i <= folded.length; i++) {
    if (i < folded.length && isWordChar(folded.charCodeAt(i))) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      words.add(folded.slice(start, i));
      start = -1;
    }
  }
  return words;
}

function bsnsInFolded(folded: string): BsnHit[] {
  const hits = new Map<string, BsnHit>();
  // Not inside a longer number ("1.234.567.890"), but right after a label's dot ("BSN.123456782").
  const re = /(?<!\d)(?<!\d[.,])([0-9OoIl](?:\s?[.\s-]?\s?[0-9OoIl]){8})(?!\d)/g;
  for (const m of folded.matchAll(re)) {
    // A letter read for a digit only inside a run of digits: "… 04-04-2000 Opdrachtgever" is no BSN.
    if (LETTER_AFTER_GAP.test(m[1] as string)) continue;
    const digits = ocrDigits(m[1] as string).replace(/[^\d]/g, '');
    if (digits.length !== 9 || !isValidBsn(digits)) continue;
    const before = folded.slice(Math.max(0, (m.index ?? 0) - LABEL_REACH), m.index);
    const labelled = BSN_LABEL.test(before);
    const prev = hits.get(digits);
    hits.set(digits, { bsn: digits, labelled: labelled || (prev?.labelled ?? false) });
  }
  return [...hits.values()];
}

const PARTICLES = new Set(['de', 'van', 'der', 'den', 'het', 'ter', 'ten', 'te', 'la', 'le', 'el', 'al', 'da', 'dos', 'von', "in't", "'t"]);
/** A name's words, folded, without tussenvoegsels; kept per name (a directory's names are few, texts many). */
const tokensByName = new Map<string, string[]>();
function nameTokens(name: string): string[] {
  let tokens = tokensByName.get(name);
  if (!tokens) {
    tokens = foldText(name)
      .replace(/[^a-z\s'-]/g, ' ')
      .split(/[\s-]+/)
      .filter((t) => t.length >= 2 && !PARTICLES.has(t));
    if (tokensByName.size > 100_000) tokensByName.clear();
    tokensByName.set(name, tokens);
  }
  return tokens;
}

/**
 * The surname appears (one OCR error allowed in names of 5+ letters, or the same consonants and at
 * most two other vowels: one Arabic name has many Latin spellings, Mohammed / Muhammad, Hussein /
 * Husain, but Mahmoud is not Mohammed), and the
 * first given name appears in full or as an initial ("J." / "J "). Tussenvoegsels (de, van, …) are
 * ignored.
 */
export function nameAppears(name: string, foldedText: string, words: Set<string>): boolean {
  const tokens = nameTokens(name);
  const surname = tokens.at(-1);
  if (!surname || !tokenAppears(surname, words)) return false;
  const given = tokens.length > 1 ? tokens[0] : undefined;
  if (!given) return true;
  return tokenAppears(given, words) || initialPattern(given[0] as string).test(foldedText);
}

/** One word of a name among the text's words, with the tolerance `nameAppears` describes. */
function tokenAppears(tok: string, words: Set<string>): boolean {
  if (words.has(tok)) return true;
  if (tok.length < 4) return false;
  const bones = consonants(tok);
  if (
    bones.length >= 3 &&
    skeletonsOf(words)
      .get(bones)
      ?.some((w) => editDistance(w, tok, 2) <= 2)
  )
    return true;
  if (tok.length < 5) return false;
  for (const w of words) if (Math.abs(w.length - tok.length) <= 1 && editDistance(w, tok, 1) <= 1) return true;
  return false;
}

/**
 * Clients other than `found` the document holds weak clues to: the digits of their number alone
 * (`bareClientNumbers`), or their birth date with their surname (the given name unreadable).
 */
function otherClientClues(index: ClientIndex, text: string, dates: Iterable<string>, words: Set<string>, found: string): Client[] {
  const others = new Map<string, Client>();
  for (const c of index.bareClientNumbers(text)) if (c.clientNumber !== found) others.set(c.clientNumber, c);
  for (const date of dates)
    for (const c of index.byBirthDate.get(date) ?? []) {
      const surname = nameTokens(c.name).at(-1);
      if (c.clientNumber !== found && surname && tokenAppears(surname, words)) others.set(c.clientNumber, c);
    }
  return [...others.values()];
}

/** "J." as an initial, not the end of a word; one pattern per letter, compiled once. */
const initialPatterns = new Map<string, RegExp>();
function initialPattern(letter: string): RegExp {
  let pattern = initialPatterns.get(letter);
  if (!pattern) {
    pattern = new RegExp(`(^|[^a-z])${letter}\\.`);
    initialPatterns.set(letter, pattern);
  }
  return pattern;
}

/** A name's consonants, doubles once: "muhammad" and "mohamed" are both "mhmd" (so is "mahmoud"). */
function consonants(word: string): string {
  // One loop: this runs for every long word of a text (two regular expressions per word did not).
  let out = '';
  let last = -1;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c === 0x61 || c === 0x65 || c === 0x69 || c === 0x6f || c === 0x75 || c === 0x79 || c === last) continue;
    out += word[i];
    last = c;
  }
  return out;
}

/** The text's words by their consonants, built once per text. */
const skeletons = new WeakMap<Set<string>, Map<string, string[]>>();
function skeletonsOf(words: Set<string>): Map<string, string[]> {
  let map = skeletons.get(words);
  if (!map) {
    map = new Map();
    for (const w of words) if (w.length >= 4) push(map, consonants(w), w);
    skeletons.set(words, map);
  }
  return map;
}

/** What is known of a document besides its text: the client chosen at the desk, the address it was e-mailed from. */
export interface GivenEvidence {
  deskClientNumber?: string | null | undefined;
  senderEmail?: string | null | undefined;
}

export function identifyClient(text: string, index: ClientIndex, given: GivenEvidence = {}): Identification {
  const { deskClientNumber, senderEmail } = given;
  const evidence: Evidence[] = [];
  const notes: Reason[] = [];
  const add = (kind: EvidenceKind, client: Client) => {
    if (!evidence.some((e) => e.kind === kind && e.clientNumber === client.clientNumber))
      evidence.push({ kind, clientNumber: client.clientNumber });
  };

  if (deskClientNumber) {
    const desk = index.byNumber.get(normaliseClientNumber(deskClientNumber));
    if (desk) add('desk', desk);
    else
      notes.push(
        reason(
          'client.desk-unknown',
          'de klant die aan de balie is gekozen, staat niet in het klantenbestand',
          'the client chosen at the desk is not in the directory',
        ),
      );
  }
  const sender = senderEmail ? index.byEmail.get(senderEmail.trim().toLowerCase()) : undefined;
  if (sender) add('sender', sender);
  // Folded once: every search below reads the same lower-case, single-spaced text.
  const folded = foldText(text);
  const numbers = index.findClientNumbers(text, folded);
  for (const c of numbers.clients) add('client-number', c);

  for (const hit of bsnsInFolded(folded)) {
    const client = index.byBsn.get(hit.bsn);
    if (client) add('bsn', client);
    else if (hit.labelled && !notes.some((n) => n.code === 'client.bsn-unknown'))
      notes.push(
        reason(
          'client.bsn-unknown',
          'het document noemt een BSN dat niet in het klantenbestand staat',
          'the document gives a BSN that is not in the directory',
        ),
      );
  }
  for (const m of folded.matchAll(IBAN)) {
    const client = index.byIban.get(normaliseIban(`${m[1]}${m[2]}${m[3]}`));
    if (client) add('iban', client);
  }

  // The text's words: runs of letters, digits and apostrophes (one pass, no copies of the text).
  const words = wordsOf(folded);
  const dates = datesInFolded(folded);
  for (const date of dates)
    for (const c of index.byBirthDate.get(date) ?? []) if (nameAppears(c.name, folded, words)) add('name-birthdate', c);
  for (const m of folded.matchAll(POSTCODE))
    for (const c of index.byPostcode.get(`${m[1]}${m[2]}`) ?? []) if (nameAppears(c.name, folded, words)) add('name-address', c);
  // Clients whose surname is a word of the text: their street and house number count with the
  // name; their full name (given name written out) is kept to check the other evidence against.
  for (const word of words)
    for (const c of index.bySurname.get(word) ?? []) {
      // The cheap, exact tests first: most surnames in a text are someone else's.
      if (fullNameAppears(c.name, words)) add('name', c);
      if (index.streetOf(c) && folded.includes(index.streetOf(c) as string) && nameAppears(c.name, folded, words)) add('name-address', c);
    }

  const desk = evidence.find((e) => e.kind === 'desk');
  if (desk) {
    const others = new Set(evidence.filter((e) => e.clientNumber !== desk.clientNumber && e.kind !== 'name').map((e) => e.clientNumber));
    if (others.size > 0) {
      const numbers = [...others];
      notes.push(
        reason(
          'client.also-named',
          `het document noemt ook ${numbers.length > 1 ? 'klanten' : 'klant'} ${listed(numbers, 'nl')}`,
          `the document also names ${numbers.length > 1 ? 'clients' : 'client'} ${listed(numbers, 'en')}`,
        ),
      );
    }
    return { status: 'identified', clientNumber: desk.clientNumber, via: 'desk', evidence, notes };
  }
  const identifying = evidence.filter((e) => IDENTIFYING.includes(e.kind));
  const candidates = [...new Set(identifying.map((e) => e.clientNumber))];
  if (candidates.length > 1) return { status: 'conflict', candidates, evidence, notes };
  const [found] = candidates;
  if (!found) return { status: 'none', evidence, notes };
  // Name and address, or a bank account, alone: a parent and a child with the same initial live at
  // one address, partners share an account. It points a person to the client; it routes nothing.
  if (!identifying.some((e) => DECISIVE.includes(e.kind))) {
    const kinds = evidenceFor(evidence, found).filter((k) => k !== 'name');
    notes.push(
      reason(
        'client.suggested',
        `waarschijnlijk klant ${found} (${evidenceText(kinds, 'nl')}); dat alleen is niet genoeg, want gezinsleden delen een adres en een rekening`,
        `probably client ${found} (${evidenceText(kinds, 'en')}); that alone is not enough, as family members share an address and an account`,
      ),
    );
    return { status: 'none', evidence, notes, suggested: found };
  }
  // A client number one digit from another client's (and from no one else's) on a document that
  // is this client's by its other clues: a second client's number OCR read one digit wrong.
  const near = index.nearClientNumbers(numbers.unknown).filter((c) => c.clientNumber !== found);
  if (near.length > 0) {
    const numbers = near.map((c) => c.clientNumber);
    notes.push(
      reason(
        'client.number-near',
        `het document noemt ook een klantnummer dat op één cijfer na dat van ${listed(numbers, 'nl')} is`,
        `the document also gives a client number one digit off ${listed(numbers, 'en')}`,
      ),
    );
    return { status: 'conflict', candidates: [found, ...numbers], evidence, notes };
  }
  // Clues too weak to identify anyone but strong enough to doubt: another client's number without
  // prefix or label, or another client's birth date next to their surname with the given name
  // garbled ("Ff. el Amrant, 09-06-2000"). Nobody can know whose the document is.
  const doubted = otherClientClues(index, text, dates, words, found);
  if (doubted.length > 0) {
    const numbers = doubted.map((c) => c.clientNumber);
    notes.push(
      reason(
        'client.other-clues',
        `het document bevat ook aanwijzingen voor ${listed(numbers, 'nl')} (een los klantnummer of een geboortedatum met achternaam)`,
        `the document also holds clues to ${listed(numbers, 'en')} (a bare client number or a birth date with a surname)`,
      ),
    );
    return { status: 'conflict', candidates: [found, ...numbers], evidence, notes };
  }
  // One client by number, BSN or IBAN, but the name on the document is another client's, and
  // theirs is nowhere: a partner's payslip, a wrong number written on a letter. Nobody can know.
  const client = index.byNumber.get(normaliseClientNumber(found)) as Client;
  const named = [...new Set(evidence.filter((e) => e.kind === 'name' && e.clientNumber !== found).map((e) => e.clientNumber))];
  const clientNamed = nameAppears(client.name, folded, words);
  if (named.length > 0 && !clientNamed) return { status: 'conflict', candidates: [found, ...named], evidence, notes };
  // The person the document is about, named where a form or statement names them (employee,
  // account holder, patient, applicant), is someone else, and the client's name is nowhere: a
  // number copied onto a relative's papers. Nobody can know whose it is.
  if (!clientNamed && labelledPersonIsOther(text, client.name)) {
    notes.push(
      reason(
        'client.name-differs',
        `de naam op het document is niet die van klant ${found}`,
        `the name on the document is not that of client ${found}`,
      ),
    );
    return { status: 'conflict', candidates: [found], evidence, notes };
  }
  const via = IDENTIFYING.find((k) => identifying.some((e) => e.kind === k)) as EvidenceKind;
  return { status: 'identified', clientNumber: found, via, evidence, notes };
}

/**
 * Labels that name the person a document is about, as forms and statements print them: the
 * employee on a payslip, the holder on a bank statement, the patient on a medical statement, the
 * applicant on a form, the holder of an identity document. Not a bare "naam" followed by a role
 * ("naam werkgever", "naam partner"): only these, each followed by a colon or the name itself.
 */
const PERSON_LABEL =
  /^(?:(?:naam werknemer|werknemer|naam aanvrager|aanvrager|naam patient|patient|naam client|rekeninghouder|ten name van|t\.n\.v|tnv|employee|account holder|surname|achternaam)\b ?[:.]?|(?:naam|name) ?:) ?(.{3,60})/;

/** A cheap first look on the unfolded line: the start of one of PERSON_LABEL's labels (any case, "Patiënt" too). */
const MAY_START_WITH_LABEL =
  /^\s*(naam|name|werknemer|aanvrager|pati|rekeninghouder|ten\s+name|t\.n\.v|tnv|employee|account\s+holder|surname|achternaam)/i;

/** Words of a person's name in a captured label value: letters only, no titles, no particles. */
const TITLES = new Set(['de', 'heer', 'mevrouw', 'mevr', 'mw', 'dhr', 'mr', 'mrs', 'ms', 'dr', 'fam', 'familie']);

/**
 * Whether a labelled person on the document is someone other than the client: at least one label
 * names a person (two or more words, an initial allowed), and no labelled name holds the client's
 * surname (one OCR error allowed in longer names).
 */
function labelledPersonIsOther(text: string, clientName: string): boolean {
  const surname = nameTokens(clientName).at(-1);
  if (!surname) return false;
  let other = false;
  for (const line of text.split('\n')) {
    // Most lines start with no label: only those that may are folded (identification runs per document).
    if (!MAY_START_WITH_LABEL.test(line)) continue;
    const m = PERSON_LABEL.exec(foldText(line));
    if (!m) continue;
    // The name is what follows the label, up to the next field on the line.
    const value = (m[1] ?? '').replace(/[^a-z\s'-]/g, ' ');
    const tokens = value
      .split(/[\s-]+/)
      .filter((t) => t && !TITLES.has(t) && !PARTICLES.has(t))
      .slice(0, 4);
    const words = tokens.filter((t) => t.length >= 2);
    if (words.length === 0) continue;
    const at = tokens.findIndex(
      (w) =>
        w.length >= 2 &&
        (w === surname || (surname.length >= 5 && Math.abs(w.length - surname.length) <= 1 && editDistance(w, surname, 1) <= 1)),
    );
    if (at >= 0) {
      // The client's surname, after given names or initials none of which are the client's: a
      // relative with the same surname (a partner's payslip, a child's statement).
      const given = tokens.slice(0, at);
      if (given.length > 0 && !given.some((g) => givenNameAgrees(g, clientName))) {
        other = true;
        continue;
      }
      return false;
    }
    // A person's name: two or more words (or an initial and a surname), none of them a common word of a form.
    if (tokens.length >= 2 && words.length >= 1 && words.every((w) => !FORM_WORDS.has(w))) other = true;
  }
  return other;
}

/** A given name or initial in a label is one of the client's (one OCR error allowed in names of 5+ letters). */
function givenNameAgrees(token: string, clientName: string): boolean {
  const given = nameTokens(clientName).slice(0, -1);
  if (given.length === 0) return true;
  if (token.length === 1) return given.some((g) => g[0] === token);
  return given.some((g) => g === token || (g.length >= 5 && Math.abs(g.length - token.length) <= 1 && editDistance(g, token, 1) <= 1));
}

/** Words that follow a label on a form but are no name ("naam: zie boven", "werknemer: ja"). */
const FORM_WORDS = new Set([
  'zie',
  'boven',
  'onder',
  'ja',
  'nee',
  'n.v.t',
  'nvt',
  'onbekend',
  'bijlage',
  'datum',
  'handtekening',
  'adres',
  'en',
  'of',
]);

/** Every given name and the surname written out in full (an initial is not enough). */
function fullNameAppears(name: string, words: Set<string>): boolean {
  const tokens = nameTokens(name);
  return tokens.length > 1 && tokens.every((t) => words.has(t));
}

const indexes = new WeakMap<Directory, ClientIndex>();

/** The client index of a loaded directory, built once per directory object. */
export function clientIndexFor(directory: Directory): ClientIndex {
  let index = indexes.get(directory);
  if (!index) {
    index = new ClientIndex(directory);
    indexes.set(directory, index);
  }
  return index;
}
