import { describe, expect, it } from 'vitest';
import { isValidReceiptNumber, makeReceiptNumber, normaliseReceiptNumber } from '../../shared/domain/receipt-number.ts';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const bytes = (seed: number) => Uint8Array.from({ length: 8 }, (_, i) => (seed * 31 + i * 17) % 256);

describe('receipt numbers', () => {
  it('look like PK-XXXX-XXXXC and validate', () => {
    const n = makeReceiptNumber(bytes(1));
    expect(n).toMatch(/^PK-[0-9A-Z]{4}-[0-9A-Z]{5}$/);
    expect(isValidReceiptNumber(n)).toBe(true);
  });

  it('catch every single wrong symbol', () => {
    for (let seed = 0; seed < 50; seed++) {
      const n = makeReceiptNumber(bytes(seed));
      const symbols = n.replace(/^PK-/, '').replace('-', '');
      for (let pos = 0; pos < symbols.length; pos++) {
        for (const c of ALPHABET) {
          if (c === symbols[pos]) continue;
          const typo = symbols.slice(0, pos) + c + symbols.slice(pos + 1);
          expect(isValidReceiptNumber(typo), `${n} with ${c} at ${pos}`).toBe(false);
        }
      }
    }
  });

  it('catch swapped neighbours', () => {
    let caught = 0;
    let total = 0;
    for (let seed = 0; seed < 200; seed++) {
      const s = makeReceiptNumber(bytes(seed)).replace(/^PK-/, '').replace('-', '');
      for (let pos = 0; pos < s.length - 1; pos++) {
        if (s[pos] === s[pos + 1]) continue;
        total++;
        const swapped = s.slice(0, pos) + s[pos + 1] + s[pos] + s.slice(pos + 2);
        if (!isValidReceiptNumber(swapped)) caught++;
      }
    }
    expect(caught / total).toBeGreaterThan(0.95);
  });

  it('accept what people type: lower case, spaces, O for 0, I for 1', () => {
    const n = makeReceiptNumber(bytes(7));
    const spoken = n.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, 'i');
    expect(normaliseReceiptNumber(spoken)).toBe(n);
  });
});
