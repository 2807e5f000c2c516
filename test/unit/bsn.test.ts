import { describe, expect, it } from 'vitest';
import { isValidBsn } from '../../shared/domain/bsn.ts';

describe('elfproef', () => {
  it('accepts numbers whose weighted sum is divisible by 11', () => {
    expect(isValidBsn('123456782')).toBe(true);
    expect(isValidBsn('111222333')).toBe(true);
  });

  it('rejects a single wrong digit', () => {
    expect(isValidBsn('123456783')).toBe(false);
    expect(isValidBsn('123456792')).toBe(false);
  });

  it('rejects all zeros, wrong lengths and non-digits', () => {
    expect(isValidBsn('000000000')).toBe(false);
    expect(isValidBsn('12345678')).toBe(false);
    expect(isValidBsn('1234567820')).toBe(false);
    expect(isValidBsn('12345678a')).toBe(false);
  });

  it('passes about one in eleven random 9-digit numbers, which is why a bare number is no evidence', () => {
    let valid = 0;
    let seed = 42;
    for (let i = 0; i < 20_000; i++) {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      if (isValidBsn(String(100_000_000 + (seed % 900_000_000)))) valid++;
    }
    expect(valid / 20_000).toBeGreaterThan(0.08);
    expect(valid / 20_000).toBeLessThan(0.1);
  });
});
