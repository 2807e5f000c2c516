import { describe, expect, it } from 'vitest';
import { searchClients } from '../../local/web/client-search.ts';
import type { Directory } from '../../shared/domain/directory.ts';

/** People's names are found however they are typed: Turkish dotless and dotted i, diacritics, capitals. */
const directory = {
  clients: [
    { clientNumber: 'K-100501', name: 'Fatma Yılmaz', birthDate: '1980-01-02' },
    { clientNumber: 'K-100502', name: 'Mehmet Aydın' },
    { clientNumber: 'K-100503', name: 'İbrahim Çelik' },
    { clientNumber: 'K-100504', name: 'Zoë Łukasiewicz' },
    { clientNumber: 'K-100505', name: 'Mehmet Aydin' },
  ],
} as unknown as Directory;

const names = (q: string) => searchClients(directory, q).map((h) => h.name);

describe('client search', () => {
  it.each(['yilmaz', 'Yılmaz', 'YILMAZ', 'yılmaz', 'YİLMAZ', 'fatma yil'])('finds Fatma Yılmaz as "%s"', (q) => {
    expect(names(q)).toEqual(['Fatma Yılmaz']);
  });

  it('finds both spellings of Aydın, typed either way', () => {
    for (const q of ['aydın', 'Aydin', 'AYDIN', 'aydin'].map((s) => `mehmet ${s}`))
      expect(names(q)).toEqual(['Mehmet Aydın', 'Mehmet Aydin']);
  });

  it('ignores diacritics and letters Unicode does not decompose', () => {
    expect(names('ibrahim celik')).toEqual(['İbrahim Çelik']);
    expect(names('ÇELİK')).toEqual(['İbrahim Çelik']);
    expect(names('zoe lukasiewicz')).toEqual(['Zoë Łukasiewicz']);
  });

  it('finds by client number, and shows only number, name and birth year', () => {
    expect(searchClients(directory, '100501')).toEqual([{ clientNumber: 'K-100501', name: 'Fatma Yılmaz', birthYear: '1980' }]);
    expect(names('y')).toEqual([]);
    expect(names('nobody')).toEqual([]);
  });
});
