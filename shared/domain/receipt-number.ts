/**
 * Receipt numbers: "PK-" + 8 symbols + 1 check symbol in Crockford's base-32 alphabet (no I, L, O,
 * U, so it is easy to read over the phone). The check symbol is Luhn mod 32, which catches every
 * single wrong symbol and nearly every swap of two neighbours.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const N = ALPHABET.length;

function checkSymbol(body: string): string {
  let factor = 2;
  let sum = 0;
  for (let i = body.length - 1; i >= 0; i--) {
    const code = ALPHABET.indexOf(body[i] as string);
    let addend = factor * code;
    factor = factor === 2 ? 1 : 2;
    addend = Math.floor(addend / N) + (addend % N);
    sum += addend;
  }
  return ALPHABET[(N - (sum % N)) % N] as string;
}

/** Builds a receipt number from 8 random bytes' worth of entropy (the caller supplies it). */
export function makeReceiptNumber(random: Uint8Array): string {
  if (random.length < 8) throw new Error('need 8 random bytes');
  let body = '';
  for (let i = 0; i < 8; i++) body += ALPHABET[(random[i] as number) % N];
  return `PK-${body.slice(0, 4)}-${body.slice(4)}${checkSymbol(body)}`;
}

/** Normalises what a person typed or said: case, spaces, dashes, and look-alikes (O→0, I/L→1, U→V). */
export function normaliseReceiptNumber(input: string): string | undefined {
  const raw = input
    .toUpperCase()
    .replace(/^\s*PK/, '')
    .replace(/[\s\-_.]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1')
    .replace(/U/g, 'V');
  if (!/^[0-9A-Z]{9}$/.test(raw) || [...raw].some((c) => !ALPHABET.includes(c))) return undefined;
  const body = raw.slice(0, 8);
  if (checkSymbol(body) !== raw[8]) return undefined;
  return `PK-${body.slice(0, 4)}-${body.slice(4)}${raw[8]}`;
}

export function isValidReceiptNumber(input: string): boolean {
  return normaliseReceiptNumber(input) !== undefined;
}
