import { describe, expect, it } from 'vitest';
import { safeNext } from '../../local/web/context.ts';
import { hashPassword, parseUsers, verifyPassword } from '../../local/web/users.ts';

const cheap = { N: 1024, r: 8, p: 1 };

describe('passwords', () => {
  it('verifies a scrypt hash and refuses a wrong password or an unknown user', async () => {
    const hash = await hashPassword('correct horse', cheap);
    expect(hash).toMatch(/^scrypt\$1024\$8\$1\$[\w-]+\$[\w-]+$/);
    expect(await verifyPassword('correct horse', hash)).toBe(true);
    expect(await verifyPassword('correct hors', hash)).toBe(false);
    expect(await verifyPassword('correct horse', undefined)).toBe(false);
  });

  it('salts every hash', async () => {
    expect(await hashPassword('same', cheap)).not.toBe(await hashPassword('same', cheap));
  });
});

describe('user file', () => {
  const user = {
    username: 'a.jansen',
    name: 'A. Jansen',
    roles: ['consultant'],
    consultantId: 'c-002',
    passwordHash: 'scrypt$1024$8$1$abc$def',
  };

  it('accepts valid users', () => {
    expect(parseUsers([user])[0]?.consultantId).toBe('c-002');
  });

  it('names what is wrong: a consultant without consultantId, a duplicate, an unknown role', () => {
    expect(() => parseUsers([{ ...user, consultantId: undefined }])).toThrow(/0\.consultantId: a consultant needs a consultantId/);
    expect(() => parseUsers([user, user])).toThrow(/duplicate username "a.jansen"/);
    expect(() => parseUsers([{ ...user, roles: ['boss'] }])).toThrow(/0\.roles\.0/);
  });
});

describe('redirects after sign-in', () => {
  it('only go to local paths', () => {
    expect(safeNext('/inbox?x=1')).toBe('/inbox?x=1');
    expect(safeNext('//evil.example/')).toBe('/');
    expect(safeNext('/\\evil.example')).toBe('/');
    expect(safeNext('https://evil.example/')).toBe('/');
    expect(safeNext('/\t/evil.example')).toBe('/'); // browsers drop the tab: //evil.example
    expect(safeNext('/%09/evil.example')).toBe('/');
    expect(safeNext('/%2F/evil.example')).toBe('/');
    expect(safeNext('/\n')).toBe('/');
    expect(safeNext('/%0A')).toBe('/');
    expect(safeNext('/a%E0%A4%A')).toBe('/'); // not decodable
    expect(safeNext('/desk?q=Jan%20de%20Vries')).toBe('/desk?q=Jan%20de%20Vries');
    expect(safeNext(undefined, '/desk')).toBe('/desk');
  });
});
