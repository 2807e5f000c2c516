import { describe, expect, it } from 'vitest';
import { classify, normaliseText } from '../../shared/domain/classifier.ts';
import type { DocumentTypeId } from '../../shared/domain/document-types.ts';

/**
 * Short letters as clients hand them in, in the languages most post comes in after Dutch. Written
 * for this test (not taken from the corpus templates or an evaluation set).
 */
const LETTERS: [lang: string, type: DocumentTypeId, text: string][] = [
  [
    'en',
    'benefit_application',
    'To the municipality, Work and Income\nApplication for income support\nBSN 123456782\nDear Sir or Madam,\nSince my job at the warehouse ended in January I have no money coming in. I want to apply for social assistance so I can pay my rent and food. I live alone in a rented room.\nYours faithfully,\nM. Okafor',
  ],
  [
    'en',
    'objection',
    'Re: your letter about my benefit\nDear Sir or Madam,\nI object to the decision you sent me on 2 February. You stopped my benefit because you say I did not send papers, but I gave them at the front desk. Please reconsider and pay my benefit again.\nKind regards,\nS. Ahmed',
  ],
  [
    'en',
    'change_form',
    'Notification of change\nClient number K-100234\nHello,\nI want to let you know that my girlfriend is moving in with me from 1 May. She works at a hotel. We will be living together at my address.\nRegards, T. Brown',
  ],
  [
    'en',
    'medical_statement',
    'Huisartsenpraktijk Centrum\nMedical certificate\nI confirm that Mr J. Smith has been under my treatment since March for a back condition. He is not able to do physical work for at least two months.\nDr A. de Wit, general practitioner',
  ],
  [
    'en',
    'debt_notice',
    'Final reminder\nOur records show an outstanding amount of € 412,80 for your energy bill. Please pay within 14 days. If we do not receive payment, we will pass the debt to a collection agency and collection costs will be added.',
  ],
  [
    'tr',
    'benefit_application',
    'Gemeente Werk en Inkomen\nKonu: Sosyal yardım başvurusu\nSayın yetkili,\nEşim vefat etti ve şu anda hiçbir gelirim yok. Kira ve faturaları ödeyemiyorum. Sosyal yardım için başvurmak istiyorum.\nSaygılarımla,\nHatice Demir',
  ],
  [
    'tr',
    'objection',
    'İtiraz\nSayın yetkili,\n12 Mart tarihli kararınıza itiraz ediyorum. Yardımımı kesmişsiniz ama ben bütün belgeleri zamanında getirdim. Kararın yeniden incelenmesini rica ederim.\nSaygılarımla, Mehmet Kaya',
  ],
  [
    'pl',
    'benefit_application',
    'Wniosek o zasiłek\nSzanowni Państwo,\nod dwóch miesięcy nie mam pracy i nie mam żadnych dochodów. Proszę o przyznanie pomocy społecznej na utrzymanie mnie i córki.\nZ poważaniem,\nAnna Kowalska',
  ],
  [
    'pl',
    'change_form',
    'Zgłoszenie zmiany\nSzanowni Państwo,\ninformuję, że od 1 kwietnia mieszkam pod nowym adresem: Lindenlaan 4. Mój syn wyprowadził się z domu.\nZ poważaniem, Marek Zieliński',
  ],
  [
    'uk',
    'benefit_application',
    'Заява\nШановні пані та панове!\nПрошу призначити мені соціальну допомогу. Я приїхала з Харкова з двома дітьми, роботи поки не маю і не маю жодного доходу.\nЗ повагою, Ірина Шевченко',
  ],
  [
    'uk',
    'medical_statement',
    'Медична довідка\nВидана пацієнту Олегу Бондаренку про те, що він перебуває на лікуванні у лікаря з приводу травми. Непрацездатний до кінця місяця.\nЛікар С. Мельник',
  ],
  [
    'ar',
    'objection',
    'اعتراض على قرار\nالسادة المحترمون،\nأعترض على قراركم الصادر بتاريخ 5 مارس بإيقاف الإعانة. لقد قدمت جميع الأوراق المطلوبة في الموعد. أرجو إعادة النظر في القرار.\nمع خالص التحية، يوسف العلي',
  ],
  [
    'ar',
    'debt_notice',
    'تذكير بالدفع\nنذكركم بأن عليكم دينا بمبلغ 230,00 يورو لم يتم دفعه. يرجى دفع المبلغ المستحق خلال أسبوعين وإلا ستضاف تكاليف التحصيل.',
  ],
];

describe('classify: documents in other languages than Dutch', () => {
  it.each(LETTERS)('recognises a %s %s', (_lang, type, text) => {
    expect(classify(text).type).toBe(type);
  });
});

describe('normaliseText: letters of other alphabets', () => {
  it('keeps Turkish, Polish, Cyrillic and Arabic letters as letters, folded the way they are also written', () => {
    expect(normaliseText('Sosyal Yardım Başvurusu İÇİN')).toBe('sosyal yardim basvurusu icin');
    expect(normaliseText('Wniosek o zasiłek – ŁÓDŹ')).toBe('wniosek o zasilek lodz');
    expect(normaliseText('ЗАЯВА на допомогу')).toBe('заява на допомогу');
    expect(normaliseText('طلبُ مساعدةٍ اجتماعيّة')).toBe('طلب مساعده اجتماعيه');
    expect(normaliseText('رقم ٢٠٢٦')).toBe('رقم 0000');
  });

  it('leaves Dutch text as it was', () => {
    expect(normaliseText('Loonstrook l0onstrook maart: € 2.345,00')).toBe('loonstrook loonstrook maart: € 0.000,00');
  });
});
