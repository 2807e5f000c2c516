/**
 * The elfproef for a Dutch citizen service number (BSN): 9 digits,
 * 9·d1 + 8·d2 + … + 2·d8 − 1·d9 ≡ 0 (mod 11), and never 000000000.
 */
export function isValidBsn(value: string): boolean {
  if (!/^\d{9}$/.test(value) || value === '000000000') return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (9 - i) * Number(value[i]);
  sum -= Number(value[8]);
  return sum % 11 === 0;
}

/** Masks a BSN for display (never for logs: logs carry no BSN at all). */
export function maskBsn(value: string): string {
  return `*****${value.slice(5)}`;
}
