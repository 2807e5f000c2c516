import { describe, expect, it } from 'vitest';
import { lawOf, recogniseDataProtectionRequest } from '../../shared/domain/data-protection-request.ts';

const rights = (text: string) => recogniseDataProtectionRequest(text)?.rights ?? [];

describe('recognising a data-protection request by the writer', () => {
  it('recognises a formal Dutch access request (inzageverzoek, art. 15 AVG)', () => {
    const letter = `J. de Vries
Dorpsstraat 1
1234 AB Voorbeeld

Gemeente Voorbeeld
t.a.v. de functionaris gegevensbescherming
Postbus 100

Voorbeeld, 2 maart 2026

Betreft: inzageverzoek op grond van artikel 15 AVG

Geachte heer, mevrouw,

Hierbij verzoek ik u mij een overzicht te sturen van alle persoonsgegevens die de gemeente
van mij verwerkt, met het doel van de verwerking en aan wie u mijn gegevens heeft verstrekt.
Mijn klantnummer is K-100234.

Met vriendelijke groet,
J. de Vries`;
    expect(recogniseDataProtectionRequest(letter)).toEqual({ right: 'access', rights: ['access'], law: 'AVG art. 15' });
  });

  it('recognises a client asking to correct a wrong birth date, without naming the AVG', () => {
    const letter = `Beste meneer/mevrouw,

In de brief over mijn uitkering van 3 maart staat mijn geboortedatum verkeerd. Ik ben geboren op
14-03-1971 en niet op 14-03-1917. Wilt u dit in uw administratie aanpassen?

Groeten,
Fatima El Amrani`;
    expect(recogniseDataProtectionRequest(letter)).toMatchObject({ right: 'rectification', law: 'AVG art. 16' });
  });

  it('recognises a short handwritten correction request read by OCR, with its usual misreadings', () => {
    // "rn" for m, "l" and "1" for i, a word broken over a line, a space lost.
    const ocr = `Aan de gerneente Voorbeeld
lk verzoek u om rectificatie van rnijn persoons-
gegevens. Mijn achternaam is Ylmaz rnaar in uw systeern staat Yi1maz, dat is fout.
Graag corrigeren.  Mvg A. Yilmaz`;
    expect(rights(ocr)).toEqual(['rectification']);
  });

  it('recognises an English subject access request and a correction by e-mail', () => {
    const sar = `Subject: Subject Access Request
Dear Sir or Madam,
I am writing to make a subject access request under Article 15 of the GDPR. Please send me a copy of
all personal data you hold about me, including notes made by my consultant.
Kind regards, Olena Kovalenko`;
    expect(rights(sar)).toEqual(['access']);
    const mail = `Hello, my date of birth in your records is wrong (it says 1 July, it is 7 January). Please correct it. Thanks, Tom`;
    expect(rights(mail)).toEqual(['rectification']);
  });

  it('lists every right asked for, in article order, with the articles', () => {
    const letter = `Betreft: AVG
Ik wil graag inzage in mijn dossier en de gegevens die u over mij heeft. Daarna wil ik dat u de onjuiste
gegevens over mijn gezinssituatie corrigeert. De oude notities van mijn vorige consulent wil ik laten
verwijderen uit mijn dossier.`;
    expect(recogniseDataProtectionRequest(letter)).toEqual({
      right: 'access',
      rights: ['access', 'rectification', 'erasure'],
      law: 'AVG art. 15, 16 en 17',
    });
  });

  it('recognises requests in Polish, Turkish, Ukrainian (with Russian words) and Arabic', () => {
    expect(rights('Szanowni Państwo,\nna podstawie art. 15 RODO proszę o dostęp do moich danych osobowych.\nZ poważaniem')).toEqual([
      'access',
    ]);
    expect(rights('Proszę o sprostowanie moich danych: moja data urodzenia jest błędna.')).toEqual(['rectification']);
    expect(rights('Proszę o usunięcie wszystkich moich danych z waszego systemu.')).toEqual(['erasure']);
    expect(rights('Sayın yetkili, hakkımda tutulan kişisel verilerimin bir kopyasını talep ediyorum.')).toEqual(['access']);
    // Typed on a Dutch keyboard (no ı, ş) and read by OCR (l as i).
    expect(rights('Adresim yanlis kayitli, kisisel verilerimin duzeltiimesini istiyorum.')).toEqual(['rectification']);
    expect(rights('Прошу надати мені копію моїх персональних даних, які обробляє муніципалітет.')).toEqual(['access']);
    expect(rights('Прошу исправить мои персональные данные, дата рождения указана неправильно.')).toEqual(['rectification']);
    expect(rights('أطلب الاطلاع على بياناتي الشخصية المسجلة لديكم وتصحيح بياناتي الخاطئة.')).toEqual(['access', 'rectification']);
    expect(rights('أرجو حذف بياناتي من ملفكم.')).toEqual(['erasure']);
    // The same languages without a request about the writer's data: nothing.
    for (const text of [
      'Pasek wynagrodzenia za marzec. Dane pracownika: Jan Kowalski. Wynagrodzenie netto 2.100,00',
      'Bordro Mart 2026. Personel bilgileri: Ali Yilmaz. Net ucret 42.000 TL',
      'Довідка про доходи. Дані працівника: Олена Коваленко.',
      'كشف حساب بنكي. بيانات صاحب الحساب: رامي خليل',
    ])
      expect(rights(text), text).toEqual([]);
  });

  it('recognises erasure, restriction, portability and objection to processing', () => {
    expect(
      rights('Ik maak gebruik van mijn recht op vergetelheid. Ik wil dat u al mijn gegevens verwijdert nu mijn uitkering is gestopt.'),
    ).toEqual(['erasure']);
    expect(rights('Zolang mijn bezwaar loopt, verzoek ik u om beperking van de verwerking van mijn gegevens (art. 18 AVG).')).toEqual([
      'restriction',
    ]);
    expect(rights('I would like to receive my personal data in a machine-readable format (data portability, Article 20 GDPR).')).toContain(
      'portability',
    );
    expect(rights('Hierbij maak ik bezwaar tegen de verwerking van mijn persoonsgegevens voor het project Wijkaanpak.')).toEqual([
      'objection',
    ]);
  });

  it('recognises a complaint that a correction went unanswered as the correction asked again', () => {
    const complaint = `Betreft: klacht
Ik heb al drie keer gevraagd om mijn adres te corrigeren omdat het fout in uw systeem staat, en niemand reageert.
Ik wil een klacht indienen.`;
    expect(rights(complaint)).toEqual(['rectification']);
  });

  it('takes the right from the body when the subject only says it is an AVG request', () => {
    const letter = `Onderwerp: AVG-verzoek
In mijn dossier staat nog steeds een oude notitie over een schuld die al lang is afgelost. Die notitie is onjuist en moet worden verwijderd of rechtgezet.`;
    expect(rights(letter)).toEqual(['rectification', 'erasure']);
  });

  it('does not count a municipal decision letter with a privacy footer', () => {
    const decision = `Gemeente Voorbeeld
Onderwerp: besluit bijstandsuitkering
Geachte heer De Vries,
U heeft op 2 februari 2026 bijstand aangevraagd. U krijgt vanaf 1 maart 2026 een uitkering.
Bent u het niet eens met dit besluit? Dan kunt u binnen 6 weken bezwaar maken.
Privacy: de gemeente verwerkt uw persoonsgegevens volgens de Algemene verordening gegevensbescherming (AVG).
U heeft het recht om uw gegevens in te zien, te laten corrigeren of te laten verwijderen. Wilt u dat?
Stuur dan een verzoek via www.voorbeeld.nl/privacy.
Heeft u vragen? Bel mij op 14 0123.
Met vriendelijke groet, A. Jansen, consulent Inkomen`;
    expect(recogniseDataProtectionRequest(decision)).toBeNull();
  });

  it('does not count the municipality answering a request, nor an English privacy notice', () => {
    const reply = `Onderwerp: uw inzageverzoek
Geachte mevrouw El Amrani,
U heeft ons op 2 maart gevraagd om inzage in uw persoonsgegevens. Hierbij ontvangt u een overzicht.`;
    expect(recogniseDataProtectionRequest(reply)).toBeNull();
    const notice = `You have the right to access, correct or delete your personal data. If you would like to do so, please contact us.`;
    expect(recogniseDataProtectionRequest(notice)).toBeNull();
  });

  it('does not count a payslip, a change form, a complaint or a debt collector', () => {
    const payslip = `LOONSTROOK maart 2026
Werkgever: Bakkerij Voorbeeld BV   Werknemer: J. de Vries   BSN 123456782
Bruto loon 1.850,00  Loonheffing 112,40  Netto 1.737,60
Uw gegevens worden verwerkt volgens de AVG.`;
    const changeForm = `Wijzigingsformulier
Ik geef de volgende wijziging door: mijn adres is gewijzigd per 1 mei 2026.
Nieuw adres: Kerkstraat 4, 1234 AC Voorbeeld. Wilt u mijn gegevens aanpassen?`;
    const complaint = `Betreft: klacht
Ik wil een klacht indienen over mijn consulent. Ik bel al weken en word nooit teruggebeld.`;
    const copy = `Ik wil graag een kopie van mijn sollicitatiebrief ontvangen voor mijn dossier.`;
    const collector = `Wij verzoeken u het openstaande bedrag binnen 14 dagen te betalen. Zijn de gegevens onjuist? Dan verzoeken wij u dit te corrigeren via ons klantportaal.`;
    for (const text of [payslip, changeForm, complaint, copy, collector]) expect(recogniseDataProtectionRequest(text)).toBeNull();
  });

  it('does not take the case file of an objection (Awb 7:4) for an AVG access request', () => {
    const objection = `Betreft: bezwaarschrift
Ik maak bezwaar tegen uw besluit van 1 maart 2026. De berekening van mijn inkomen is fout.
Ik verzoek u mij de op de zaak betrekking hebbende stukken toe te sturen en mij inzage te geven in het dossier.`;
    expect(recogniseDataProtectionRequest(objection)).toBeNull();
  });

  it('recognises a handwritten wish to see "my whole file"', () => {
    expect(rights('Aan de gemeente\nIk wil graag mijn hele dossier inzien, wat jullie allemaal over mij hebben.\nGroet, Fatma')).toEqual([
      'access',
    ]);
    expect(rights('Ik wil mijn volledige dossier in te zien krijgen.')).toEqual(['access']);
    // Seeing a letter is not seeing one's file.
    expect(rights('Ik wil de hele brief nog eens inzien voordat ik teken.')).toEqual([]);
  });

  it('names the articles in Dutch', () => {
    expect(lawOf(['access'])).toBe('AVG art. 15');
    expect(lawOf(['access', 'rectification'])).toBe('AVG art. 15 en 16');
  });

  it('recognises a title of the writer that cites the article, the way people write it ("AVG artikel 16")', () => {
    const letter = `P. Kramer
Molenweg 3
Correctie van mijn adres (AVG artikel 16)
Mijn huisnummer is 3, niet 8. Graag aanpassen.`;
    expect(recogniseDataProtectionRequest(letter)).toMatchObject({ right: 'rectification', law: 'AVG art. 16' });
    // The organisation's own footer naming the article is not a request.
    const decision = `Besluit bijstand
Wij hebben besloten uw uitkering voort te zetten.
Privacy: u heeft recht op correctie van uw gegevens (AVG artikel 16)`;
    expect(recogniseDataProtectionRequest(decision)).toBeNull();
  });
});
