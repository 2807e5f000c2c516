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
    // A letter after a gap is a word, not a digit: a birth date followed by "Opdrachtgever".
    expect(findBsns('BSN-nummer zie boven. Geb. datum: 04-04-2000\nOpdrachtgever: Randstad')).toEqual([]);
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
    expect(id.notes.map((n) => n.code)).toEqual(['client.bsn-unknown']);
    expect(id.notes[0]?.text).toBe('Het document noemt een BSN dat niet in het klantenbestand staat');
  });

  it('finds a client by client number, also when OCR reads an O for a 0', () => {
    expect(identifyClient('Uw klantnummer: K-1OO234', index)).toMatchObject({ clientNumber: 'K-100234', via: 'client-number' });
    expect(identifyClient('K-1 00234 (met pen erbij geschreven)', index)).toMatchObject({ clientNumber: 'K-100234', via: 'client-number' });
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

  it("takes a client number one digit off another client's, on a document that is this client's by its BSN, for that client's number misread", () => {
    // K-100381 is no client's; it is K-100301 with one digit read wrong (a number written on a copy, a fax).
    const id = identifyClient('Loonstrook mei\nBSN: 123456782\nKlantnummer: K-100381', index);
    expect(id).toMatchObject({ status: 'conflict', candidates: ['K-100234', 'K-100301'] });
    expect(id.notes.map((n) => n.code)).toContain('client.number-near');
    // One digit off the client's own number (OCR), or far from every client's: no doubt.
    for (const text of ['Loonstrook mei\nBSN: 123456782\nKlantnummer: K-100284', 'Loonstrook mei\nBSN: 123456782\nFactuur K-999999'])
      expect(identifyClient(text, index), text).toMatchObject({ status: 'identified', clientNumber: 'K-100234' });
  });

  it("doubts a client's document that holds another client's bare number, or their birth date with their surname", () => {
    // OCR read the handwritten "K-" as a dash: another client's number, alone, beside the client's BSN.
    const bare = identifyClient('Rekeningoverzicht juli\nBSN 123456782\n- = 100301 (voor mijn moeder)', index);
    expect(bare).toMatchObject({ status: 'conflict', candidates: ['K-100234', 'K-100301'] });
    expect(bare.notes.map((n) => n.code)).toContain('client.other-clues');
    expect(bare.notes.find((n) => n.code === 'client.other-clues')?.text).toContain('K-100301');
    expect(identifyClient('Verklaring bedrijfsarts\nBSN 123456782\nBetreft klant 100301', index).status).toBe('conflict');
    // Another client's birth date and (OCR-garbled) surname, the given name unreadable.
    const garbled = identifyClient('Ziekenhuis\nFf. el Amrant\n02-11-1988\nBSN 123456782', index);
    expect(garbled).toMatchObject({ status: 'conflict', candidates: ['K-100234', 'K-100301'] });
    // The same digits inside an amount, a code, a date or a longer number, the client's own number
    // without prefix, a birth date without the surname: no doubt.
    for (const text of [
      'Loonstrook mei\nBSN: 123456782\nBruto 100.301,00',
      'Loonstrook mei\nBSN: 123456782\nFactuur AB100301',
      'Loonstrook mei\nBSN: 123456782\nReferentie 1003012',
      'Loonstrook mei\nBSN: 123456782\nUw nummer 100234',
      'Loonstrook mei\nBSN: 123456782\nGeboren 02-11-1988, mevrouw Bakker',
    ])
      expect(identifyClient(text, index), text).toMatchObject({ status: 'identified', clientNumber: 'K-100234' });
  });

  it("sends a document whose labelled person is someone else, and the client's name nowhere, to a person", () => {
    // A client number copied onto a relative's payslip or bank statement: nobody can know whose it is.
    const relative = identifyClient('Loonstrook maart\nNaam werknemer: P. Zielinska\nKlantnummer K-100234\nBruto 2.000', index);
    expect(relative).toMatchObject({ status: 'conflict', candidates: ['K-100234'] });
    expect(relative.notes.map((n) => n.code)).toContain('client.name-differs');
    expect(identifyClient('Rekeningoverzicht\nt.n.v. A. Kowalska\nKlantnummer K-100234', index).status).toBe('conflict');
    expect(identifyClient('Patiënt: mevrouw S. Bakker\nBSN 123456782', index).status).toBe('conflict');
    // The client's surname with another given name or initial: a relative (a partner's payslip).
    expect(identifyClient('Loonstrook maart\nNaam werknemer: Anna de Vries\nKlantnummer K-100234', index).status).toBe('conflict');
    expect(identifyClient('Rekeningoverzicht\nt.n.v. M. de Vries\nKlantnummer K-100234', index).status).toBe('conflict');
    // The client's own name in the label, a label that names a role, a form's filler, or the client named elsewhere: no doubt.
    for (const text of [
      'Loonstrook maart\nNaam werknemer: J. de Vries\nKlantnummer K-100234',
      'Loonstrook maart\nNaam werknemer: J. de Vrles\nKlantnummer K-100234', // one OCR error
      'Loonstrook maart\nNaam werknemer: J.M. de Vries\nKlantnummer K-100234', // a second initial
      'Loonstrook maart\nNaam werknemer: de Vries\nKlantnummer K-100234', // the surname alone
      'Loonstrook maart\nNaam werknemer: de Vries, J.\nKlantnummer K-100234', // surname first
      'Loonstrook maart\nNaam werkgever: Bakkerij Van Dam\nKlantnummer K-100234',
      'Werknemersverzekeringen\nKlantnummer K-100234',
      'Aanvraag\nNaam: zie boven\nKlantnummer K-100234',
      'Naam partner: S. Bakker\nNaam: J. de Vries\nKlantnr K-100234',
      'Beste Jan de Vries,\nRekeninghouder: S. Bakker\nKlantnummer K-100234',
    ])
      expect(identifyClient(text, index), text).toMatchObject({ status: 'identified', clientNumber: 'K-100234' });
  });

  it("takes the address a client e-mails from as evidence: alone it identifies, with the document's it agrees or disagrees", () => {
    const sender = { senderEmail: 'Jan@Example.org' };
    expect(identifyClient('Loonstrook maart\nBruto loon 2.100,00', index, sender)).toMatchObject({
      status: 'identified',
      clientNumber: 'K-100234',
      via: 'sender',
    });
    const agreed = identifyClient('Klantnummer K-100234', index, sender);
    expect(agreed).toMatchObject({ status: 'identified', clientNumber: 'K-100234', via: 'client-number' });
    expect(agreed.evidence.map((e) => e.kind)).toEqual(['sender', 'client-number']);
    // Sent from one client's address, the document is another client's: nobody can know.
    expect(identifyClient('BSN 111222333', index, sender)).toMatchObject({ status: 'conflict', candidates: ['K-100234', 'K-100301'] });
    expect(identifyClient('Loonstrook', index, { senderEmail: 'unknown@example.org' }).status).toBe('none');
  });

  it('takes the client chosen at the desk, and notes a document that names someone else', () => {
    const id = identifyClient('BSN 111222333', index, { deskClientNumber: 'K-100234' });
    expect(id).toMatchObject({ status: 'identified', clientNumber: 'K-100234', via: 'desk' });
    expect(id.notes.map((n) => n.text)).toEqual(['Het document noemt ook klant K-100301']);
  });

  it('weighs name plus address and an IBAN: they agree or disagree, and alone only suggest a client', () => {
    // Alone: a parent and a child share an address, partners an account. A person confirms.
    expect(identifyClient('Mevrouw F. El Amrani\nKerkstraat 5\n1234 AB Test', index)).toMatchObject({
      status: 'none',
      suggested: 'K-100301',
    });
    expect(identifyClient('Aan: Fatima El Amrani, Kerkstraat 5, Test', index)).toMatchObject({ status: 'none', suggested: 'K-100301' });
    const dir = testDirectory();
    const jan = dir.clients.find((c) => c.clientNumber === 'K-100234');
    if (jan) jan.iban = 'NL91ABNA0417164300';
    const withIban = new ClientIndex(dir);
    expect(identifyClient('Rekeningoverzicht NL91 ABNA 0417 1643 00, juli 2026', withIban)).toMatchObject({
      status: 'none',
      suggested: 'K-100234',
    });
    // With a decisive clue they agree, and the reasons say so.
    const agreed = identifyClient('Rekeningoverzicht NL91 ABNA 0417 1643 00\nKlantnummer K-100234', withIban);
    expect(agreed).toMatchObject({ status: 'identified', clientNumber: 'K-100234', via: 'client-number' });
    expect(agreed.evidence.map((e) => e.kind).sort()).toEqual(['client-number', 'iban']);
    // Or they disagree: another client's name and address next to the number is a conflict.
    expect(identifyClient('Klantnummer K-100234\nF. El Amrani, Kerkstraat 5, 1234 AB Test', index)).toMatchObject({
      status: 'conflict',
      candidates: ['K-100234', 'K-100301'],
    });
    // The same postcode without the name is nobody; the name without an address is not evidence either.
    expect(identifyClient('Bewoner\nKerkstraat 7\n1234 AB Test', index)).toMatchObject({ status: 'none', evidence: [] });
    expect(identifyClient('Fatima El Amrani', index).status).toBe('none');
  });

  it("sends a document to triage when its number or BSN is one client's and the name on it another's", () => {
    // A partner's payslip with the other partner's BSN written on it: nobody can know which is right.
    const id = identifyClient('Loonstrook mei\nWerknemer: Fatima El Amrani\nBSN 123456782', index);
    expect(id).toMatchObject({ status: 'conflict', candidates: ['K-100234', 'K-100301'] });
    // The identified client's own name on it as well: the other name is someone mentioned, not a conflict.
    const both = identifyClient('Jan de Vries, BSN 123456782, woont samen met Fatima El Amrani', index);
    expect(both).toMatchObject({ status: 'identified', clientNumber: 'K-100234' });
  });

  it('matches names whatever the spelling of Turkish, Polish and other letters', () => {
    const dir = testDirectory();
    dir.clients.push(
      { clientNumber: 'K-100777', name: 'Ayşe Yılmaz', birthDate: '1980-02-01', language: 'tr', consultants: {} },
      { clientNumber: 'K-100778', name: 'Łukasz Wójcik', birthDate: '1979-09-09', language: 'pl', consultants: {} },
    );
    const turkish = new ClientIndex(dir);
    for (const written of ['AYSE YILMAZ', 'Ayşe Yılmaz', 'Ayse Yilmaz', 'A. Yılmaz'])
      expect(identifyClient(`${written}, geboren 01-02-1980`, turkish)).toMatchObject({ clientNumber: 'K-100777' });
    // One Arabic name, many Latin spellings: the consonants say it is the same (with the birth date).
    dir.clients.push({ clientNumber: 'K-100779', name: 'Mohammed Hussein', birthDate: '1985-04-04', language: 'ar', consultants: {} });
    const arabic = new ClientIndex(dir);
    for (const written of ['Muhammad Husain', 'Mohamed Hussain', 'M. Husein'])
      expect(identifyClient(`${written}, geboren 04-04-1985`, arabic)).toMatchObject({ clientNumber: 'K-100779' });
    // Other consonants are another name.
    expect(identifyClient('Mahmoud Hassan, geboren 04-04-1985', arabic).status).toBe('none');
    for (const written of ['Lukasz Wojcik', 'Łukasz Wójcik', 'ŁUKASZ WÓJCIK'])
      expect(identifyClient(`${written} ur. 09.09.1979`, turkish)).toMatchObject({ clientNumber: 'K-100778' });
  });
});
