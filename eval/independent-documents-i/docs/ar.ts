// Set I, Arabic documents (right-to-left; digital ones go through Skia's PDF backend).
import type { Spec } from '../spec.ts';
import { C, clientLetter, Doc, GREY, handLines, notebook } from './kit.ts';

const yasmin = C('K-100178');
const hiba = C('K-100290');

export const AR: Spec[] = [
  {
    slug: 'talab-musaada-jadid',
    type: 'benefit_application',
    client: null,
    language: 'ar',
    render: 'digital',
    label: 'Arabic letter from a newcomer who is not yet a client, asking how to apply for social assistance',
    date: '2026-12-02',
    build: () => {
      const d = new Doc();
      const p = d.page();
      clientLetter(p, {
        from: ['سامي الأحمد', 'Vlinderweg 31', '1232 VV Voorbeeld'],
        place: 'فوربيلد، 2 ديسمبر 2026',
        subject: 'الموضوع: طلب مساعدة اجتماعية (بيستاند)',
        rtl: true,
      });
      p.p(
        `السادة المحترمون في قسم العمل والدخل،

أنا سامي الأحمد، وصلت إلى هولندا قبل سنة، وحصلت على الإقامة في أكتوبر. انتقلت الشهر الماضي من مركز اللجوء إلى بيت في بلدية فوربيلد مع زوجتي وابنتي.

ليس لدينا أي دخل الآن. نريد أن نقدم طلباً للحصول على المساعدة الاجتماعية. لا أملك بعد DigiD ولا أفهم الرسائل الهولندية جيداً. أرجو أن تحددوا لنا موعداً مع مترجم عربي.

مرفق: نسخة من بطاقة الإقامة وعقد الإيجار.

مع الشكر والاحترام،
سامي الأحمد
هاتف: 06-4455 9812`,
        { rtl: true, size: 11 },
      );
      return d;
    },
  },
  {
    slug: 'shakwa-yasmin-handwritten',
    type: 'complaint',
    client: yasmin.clientNumber,
    language: 'ar',
    render: 'scan',
    label: 'Handwritten Arabic complaint about a home visit, with client number, Yasmin Haddad',
    date: '2026-11-23',
    build: () => {
      const d = new Doc();
      const p = d.page();
      notebook(p, { top: 100, lh: 28, margin: false });
      handLines(
        p,
        [
          'إلى البلدية – قسم الشكاوى',
          '',
          'اسمي ياسمين حداد',
          'K-100178',
          '',
          'أريد أن أشتكي على الزيارة المنزلية يوم 17 نوفمبر.',
          'جاء موظفان بدون موعد وفتحوا الخزائن وغرفة النوم',
          'أمام جاري. شعرت بالإهانة والخوف.',
          'لم يشرحوا لي لماذا جاؤوا ولم يكن معهم مترجم.',
          'أطلب أن تشرحوا لي سبب الزيارة كتابياً',
          'وأن يكون هناك مترجم في المرة القادمة.',
          '',
          'ياسمين حداد',
        ],
        { rtl: true, top: 126, lh: 28, size: 13.5, ink: [0.1, 0.16, 0.5] },
      );
      return d;
    },
  },
  {
    slug: 'taghyir-ibn-ghadara',
    type: 'change_form',
    client: hiba.clientNumber,
    language: 'ar',
    render: 'digital',
    label: 'Arabic typed letter: her adult son has moved out, with BSN, Hiba Mansour',
    date: '2026-11-29',
    build: () => {
      const d = new Doc();
      const p = d.page();
      clientLetter(p, {
        from: ['هبة منصور', hiba.street, hiba.city, `BSN: ${hiba.bsn}`],
        place: 'فوربيلد، 29 نوفمبر 2026',
        subject: 'الموضوع: تغيير في تكوين الأسرة',
        rtl: true,
      });
      p.p(
        `السادة المحترمون،

أود إبلاغكم بأن ابني يوسف (23 سنة) انتقل من بيتي في 15 نوفمبر 2026 إلى مدينة أوترخت، لأنه بدأ الدراسة هناك وحصل على غرفة طلابية. لقد سجّل عنوانه الجديد في البلدية.

أعتقد أن هذا يعني أنني الآن أعيش وحدي، ولم يعد يُحسب معي في السكن (معيار تقاسم التكاليف). أرجو تعديل المساعدة الاجتماعية الخاصة بي ابتداءً من هذا التاريخ.

مع خالص الشكر،
هبة منصور`,
        { rtl: true, size: 11 },
      );
      p.ln('Bijlage: uittreksel BRP zoon', { size: 8, color: GREY });
      return d;
    },
  },
];
