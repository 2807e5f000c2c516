import { describe, expect, it } from 'vitest';
import { ClientIndex, findBsns, identifyClient } from '../../shared/domain/client-matching.ts';
import { testDirectory } from '../helpers/factories.ts';

const index = new ClientIndex(testDirectory());

describe('client identification', () => {
  it('finds a client by a labelled BSN', () => {
    const id = identifyClient('Loonstrook mei\nBSN: 123456782\nBruto loon 2.100,00', index);
    expect(id).toMatchObject({ status: 'identified', clientNumber: 'K-100234', via: 'bsn' });
  });

  it('finds a client by a BSN written with dots and an OCR O for 0', () => {
    expect(identifyClient('Burgerservicenummer 1112.22.333', index)).toMatchObject({ clientNumber: 'K-100301' });
    expect(findBsns('sofinummer: l2345678O')).toEqual([]); // 123456780 fails the elfproef
    expect(findBsns('BSN: l23456782')).toEqual([{ bsn: '123456782', labelled: true }]);
  });

  it('does not take an unlabelled 9-digit number of an unknown person as evidence', () => {
    // 111111110 passes the elfproef but belongs to nobody in the directory.
    const id = identifyClient('Ordernummer 111111110 – bedankt voor uw bestelling', index);
    expect(id.status).toBe('none');
    expect(id.evidence).toEqual([]);
  });

  it('notes a labelled BSN that is not in the directory, without identifying anyone', () => {
    const id = identifyClient('BSN 111111110', index);
    expect(id.status).toBe('none');
    expect(id.notes).toContain('a labelled BSN that is not in the directory');
  });

  it('finds a client by client number, also when OCR reads an O for a 0', () => {
    expect(identifyClient('Uw klantnummer: K-1OO234', index)).toMatchObject({ clientNumber: 'K-100234', via: 'client-number' });
  });

  it('finds a client by name plus birth date, tolerant of one OCR error in the name', () => {
    const id = identifyClient('Naam: J. de Vrles\nGeboortedatum: 14-03-1971', index);
    expect(id).toMatchObject({ clientNumber: 'K-100234', via: 'name-birthdate' });
  });

  it('reads what OCR does to labels: a dot glued to the BSN, a dropped or split client-number prefix', () => {
    expect(identifyClient('Burgerservicenummer.123456782', index)).toMatchObject({ clientNumber: 'K-100234', via: 'bsn' });
    expect(identifyClient('Klantnr.: 100234', index)).toMatchObject({ clientNumber: 'K-100234', via: 'client-number' });
    expect(identifyClient('Klantnummer: K-1 00234', index)).toMatchObject({ clientNumber: 'K-100234', via: 'client-number' });
    expect(identifyClient('Bedrag 1.234.567.890 euro', index).status).toBe('none');
  });

  it('reads the bilingual birth date of an identity document', () => {
    expect(identifyClient('PASPOORT\nDE VRIES\nJAN\n14 MAA/MAR 1971', index)).toMatchObject({
      clientNumber: 'K-100234',
      via: 'name-birthdate',
    });
  });

  it('never identifies on a name alone', () => {
    expect(identifyClient('Beste Jan de Vries, hierbij mijn loonstrook.', index).status).toBe('none');
  });

  it('sends conflicting evidence to triage with both clients', () => {
    const id = identifyClient('Klantnummer K-100234\nBSN 111222333', index);
    expect(id).toMatchObject({ status: 'conflict', candidates: ['K-100234', 'K-100301'] });
  });

  it('takes the client chosen at the desk, and notes a document that names someone else', () => {
    const id = identifyClient('BSN 111222333', index, 'K-100234');
    expect(id).toMatchObject({ status: 'identified', clientNumber: 'K-100234', via: 'desk' });
    expect(id.notes.join()).toContain('K-100301');
  });
});
