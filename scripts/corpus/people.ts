import { isValidBsn } from '../../shared/domain/bsn.ts';
import type { Client, Directory } from '../../shared/domain/directory.ts';
import { BANKS, type BankKey, CITIES, FIRST_NAMES_F, FIRST_NAMES_M, STREETS, SURNAMES } from './pools.ts';
import type { Rng } from './random.ts';

/** A person a document is about: a directory client, or someone the directory does not know. */
export interface Person {
  name: string;
  firstName: string;
  lastName: string;
  initials: string;
  gender: 'm' | 'f';
  birthDate: string;
  bsn: string;
  street: string;
  houseNumber: string;
  postcode: string;
  city: string;
  iban: string;
  bank: BankKey;
  email: string;
  phone: string;
  clientNumber: string | null;
}

export function randomBsn(rng: Rng): string {
  for (;;) {
    const first8 = String(rng.int(1, 6)) + rng.digits(7);
    let sum = 0;
    for (let i = 0; i < 8; i++) sum += (9 - i) * Number(first8[i]);
    const last = sum % 11;
    if (last === 10) continue;
    const bsn = first8 + String(last);
    if (isValidBsn(bsn)) return bsn;
  }
}

function mod97(numeric: string): number {
  let r = 0;
  for (const ch of numeric) r = (r * 10 + Number(ch)) % 97;
  return r;
}

/** A Dutch IBAN with a correct check number. */
export function makeIban(rng: Rng, bank: BankKey): string {
  const code = BANKS[bank].code;
  const account = rng.digits(10);
  const letters = [...code].map((c) => String(c.charCodeAt(0) - 55)).join('');
  const check = 98 - mod97(`${letters}${account}232100`);
  return `NL${String(check).padStart(2, '0')}${code}${account}`;
}

export function formatIban(iban: string): string {
  return iban.replace(/(.{4})/g, '$1 ').trim();
}

export function initialsOf(firstName: string): string {
  return firstName
    .split(/[\s-]+/)
    .map((p) => `${p[0]}.`)
    .join('');
}

export function splitName(name: string): { firstName: string; lastName: string } {
  const i = name.indexOf(' ');
  return { firstName: name.slice(0, i), lastName: name.slice(i + 1) };
}

export function randomBirthDate(rng: Rng): string {
  const y = rng.int(1958, 2006);
  const m = rng.int(1, 12);
  const d = rng.int(1, 28);
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function randomPostcode(rng: Rng): string {
  return `${rng.int(1000, 9999)} ${rng.letters(2, 'ABCDEGHJKLMNPRSTVWXZ')}`;
}

function parseAddress(address: string | undefined, rng: Rng) {
  const m = address ? /^(.*?)\s+(\d+\S*),\s*(\d{4}\s?[A-Z]{2})\s+(.+)$/.exec(address) : null;
  if (m) return { street: m[1] as string, houseNumber: m[2] as string, postcode: m[3] as string, city: m[4] as string };
  return {
    street: rng.pick(STREETS),
    houseNumber: String(rng.int(1, 180)) + (rng.chance(0.15) ? rng.pick(['a', 'b', '-2', ' bis']) : ''),
    postcode: randomPostcode(rng),
    city: rng.pick(CITIES),
  };
}

const BANK_MIX: [BankKey, number][] = [
  ['ING', 35],
  ['RABO', 18],
  ['ABN', 14],
  ['SNS', 9],
  ['ASN', 4],
  ['BUNQ', 6],
  ['KNAB', 4],
  ['TRIO', 3],
  ['RBRB', 4],
];

/** Fills in the details a document may print (IBAN, phone, …) for a directory client, stable per client. */
export function personFromClient(client: Client, rngFor: (key: string) => Rng): Person {
  const rng = rngFor(`client:${client.clientNumber}`);
  const { firstName, lastName } = splitName(client.name);
  const bank = rng.weighted(BANK_MIX);
  const addr = parseAddress(client.address, rng);
  return {
    name: client.name,
    firstName,
    lastName,
    initials: initialsOf(firstName),
    gender: FIRST_NAMES_F.includes(firstName) ? 'f' : 'm',
    birthDate: client.birthDate ?? randomBirthDate(rng),
    bsn: client.bsn ?? randomBsn(rng),
    ...addr,
    iban: makeIban(rng, bank),
    bank,
    email:
      client.email ??
      `${firstName.toLowerCase()}.${lastName.toLowerCase().replace(/\s+/g, '')}${rng.int(1, 99)}@${rng.pick(['gmail.com', 'hotmail.com', 'outlook.com', 'ziggo.nl', 'kpnmail.nl'])}`,
    phone: `06-${rng.digits(8)}`,
    clientNumber: client.clientNumber,
  };
}

/** Someone not in the directory (a new applicant, a landlord, a partner outside the benefit). */
export function randomPerson(rng: Rng, avoidBsns?: Set<string>): Person {
  const gender = rng.chance(0.5) ? 'm' : 'f';
  const firstName = rng.pick(gender === 'm' ? FIRST_NAMES_M : FIRST_NAMES_F);
  const lastName = rng.pick(SURNAMES);
  let bsn = randomBsn(rng);
  while (avoidBsns?.has(bsn)) bsn = randomBsn(rng);
  const bank = rng.weighted(BANK_MIX);
  return {
    name: `${firstName} ${lastName}`,
    firstName,
    lastName,
    initials: initialsOf(firstName),
    gender,
    birthDate: randomBirthDate(rng),
    bsn,
    ...parseAddress(undefined, rng),
    iban: makeIban(rng, bank),
    bank,
    email: `${firstName.toLowerCase()}${rng.int(1, 999)}@${rng.pick(['gmail.com', 'hotmail.com', 'live.nl'])}`,
    phone: `06-${rng.digits(8)}`,
    clientNumber: null,
  };
}

/**
 * A realistic directory for a department of ~1,300 clients: the same schema as
 * `examples/directory.json`, used when that file is absent or too small to evaluate with.
 */
export function generateDirectory(rng: Rng, clientCount = 1300): unknown {
  const teams = [
    ['intake', 'Team Intake (Poort)'],
    ['inkomen', 'Team Inkomen'],
    ['werk', 'Team Werk'],
    ['handhaving', 'Team Handhaving'],
    ['terugvordering', 'Team Terugvordering'],
    ['bezwaar', 'Team Bezwaar en Beroep'],
    ['klachten', 'Team Klachten'],
    ['schuldhulp', 'Team Schuldhulpverlening'],
    ['triage', 'Triage postkamer'],
  ].map(([id, name]) => ({ id, name, queue: id, email: `${id}@voorbeeld.nl` }));
  const consultants: { id: string; name: string; email: string; team: string; absences: unknown[] }[] = [];
  let n = 1;
  for (const [team, count] of [
    ['inkomen', 14],
    ['werk', 9],
    ['intake', 4],
    ['bezwaar', 3],
    ['klachten', 2],
    ['schuldhulp', 3],
  ] as const) {
    for (let i = 0; i < count; i++) {
      const first = rng.pick(rng.chance(0.6) ? FIRST_NAMES_F : FIRST_NAMES_M);
      const last = rng.pick(SURNAMES);
      const id = `c-${String(n++).padStart(3, '0')}`;
      consultants.push({ id, name: `${first[0]}. ${last}`, email: `${id}@voorbeeld.nl`, team, absences: [] });
    }
  }
  const inkomen = consultants.filter((c) => c.team === 'inkomen');
  const werk = consultants.filter((c) => c.team === 'werk');
  for (let i = 0; i < inkomen.length; i += 4) {
    const c = inkomen[i];
    const sub = inkomen[i + 1];
    if (c && sub) c.absences.push({ from: '2026-03-02', to: '2026-03-20', substituteId: sub.id });
  }
  const clients: unknown[] = [];
  const usedNumbers = new Set<string>();
  const usedBsns = new Set<string>();
  for (let i = 0; i < clientCount; i++) {
    const p = randomPerson(rng, usedBsns);
    usedBsns.add(p.bsn);
    let num = `K-${rng.int(100000, 199999)}`;
    while (usedNumbers.has(num)) num = `K-${rng.int(100000, 199999)}`;
    usedNumbers.add(num);
    clients.push({
      clientNumber: num,
      bsn: rng.chance(0.97) ? p.bsn : undefined,
      name: p.name,
      birthDate: p.birthDate,
      email: rng.chance(0.7) ? p.email : undefined,
      language: rng.weighted([
        ['nl', 85],
        ['en', 10],
        ['ar', 3],
        ['tr', 2],
      ]),
      address: `${p.street} ${p.houseNumber}, ${p.postcode} ${p.city}`,
      consultants: { inkomen: rng.pick(inkomen).id, werk: rng.chance(0.8) ? rng.pick(werk).id : undefined },
    });
  }
  return {
    organisation: {
      name: 'Gemeente Voorbeeld',
      timezone: 'Europe/Amsterdam',
      businessHours: { start: '08:30', end: '17:00', days: [1, 2, 3, 4, 5] },
      closedDays: ['2026-12-24'],
      address: 'Postbus 100, 1234 AA Voorbeeld',
      phone: '14 0123',
      website: 'www.voorbeeld.nl',
    },
    teams,
    consultants,
    clients,
    routing: {},
  } satisfies Record<string, unknown> as unknown as Directory;
}
