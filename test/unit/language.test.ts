import { describe, expect, it } from 'vitest';
import { detectLanguage, scriptOf } from '../../shared/domain/language.ts';

describe('detectLanguage', () => {
  it.each([
    [
      'nl',
      'Geachte heer, mevrouw,\nHierbij maak ik bezwaar tegen uw besluit van 3 maart 2026 over mijn uitkering. Ik ben het er niet mee eens.',
    ],
    ['en', 'Dear Sir or Madam,\nI would like to apply for income support. My contract ended in February and I have no income since then.'],
    ['tr', 'Sayın yetkili,\nİşimi kaybettiğim için sosyal yardım başvurusu yapmak istiyorum. Şu anda hiçbir gelirim yok.'],
    ['pl', 'Szanowni Państwo,\nniniejszym składam odwołanie od decyzji z dnia 3 marca 2026 r. dotyczącej mojego zasiłku.'],
    ['uk', 'Шановні пані та панове!\nПрошу призначити мені соціальну допомогу, тому що я втратила роботу і не маю доходу.'],
    ['ar', 'السادة المحترمون،\nأود أن أقدم طلبا للحصول على المساعدة الاجتماعية لأنني فقدت عملي وليس لدي أي دخل.'],
    ['de', 'Sehr geehrte Damen und Herren,\nhiermit lege ich Widerspruch gegen Ihren Bescheid vom 3. März 2026 ein.'],
    ['fr', "Madame, Monsieur,\nje souhaite faire une demande d'aide sociale car je n'ai plus de revenus depuis le mois de mars."],
  ])('recognises a letter in %s', (language, text) => {
    expect(detectLanguage(text)).toBe(language);
  });

  it.each([
    ['nl', 'Aanvraag bijstand'],
    ['en', 'Application for income support'],
    ['tr', 'Sosyal yardım başvurusu'],
    ['pl', 'Wniosek o zasiłek'],
    ['uk', 'Заява на допомогу'],
    ['ar', 'طلب مساعدة اجتماعية'],
  ])('recognises a short title in %s', (language, text) => {
    expect(detectLanguage(text)).toBe(language);
  });

  it.each([
    ['nl', 'Gcachte heer. hierb1j maak ik bezwaar tegcn uw besluit van 3 maart 2O26 over rnijn uitkering , klantnummer K-100234'],
    [
      'en',
      'Dcar Sir or Madarn, I wou1d like to app1y for socia1 assistance bccause I have no incorne since my contract endcd. BSN 123456782',
    ],
    // Read without the Turkish model: no dotless i, no cedillas.
    ['tr', 'Sayin yetkili, isimi kaybettigim icin sosyal yardim basvurusu yapmak istiyorum. Su anda hicbir gelirim yok. BSN 123456782'],
    ['pl', 'Szanowni Panstwo, niniejszym skladam odwolanie od decyzji z dnia 3 marca 2O26 r. dotyczacej rnojego zasilku.'],
    ['uk', 'Шановнi панi та панове, прошу призначити менi соцiальну допомогу , тому що я втратила роботу. BSN 123456782'],
  ])('recognises OCR-noisy text in %s', (language, text) => {
    expect(detectLanguage(text)).toBe(language);
  });

  it('says "und" when the text holds no words to go by', () => {
    expect(detectLanguage('')).toBe('und');
    expect(detectLanguage('BSN 123456782  K-100234  12-03-2026  € 1.234,56')).toBe('und');
    expect(detectLanguage('l! |1 ;; ,. rn')).toBe('und');
  });

  it('is decided by the words, not the numbers around them', () => {
    const letter = 'I hereby object to your decision about my benefit. I do not agree with it.';
    expect(detectLanguage(`${letter}\nNL91 ABNA 0417 1643 00\n1234 AB\n06-12345678\n2026-03-03`)).toBe('en');
  });
});

describe('scriptOf', () => {
  it('tells which languages need another OCR script', () => {
    expect(scriptOf('uk')).toBe('cyrillic');
    expect(scriptOf('ar')).toBe('arabic');
    expect(scriptOf('tr')).toBe('latin');
    expect(scriptOf('und')).toBeUndefined();
  });
});
