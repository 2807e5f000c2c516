// Ukrainian post: a partner writing for a client, a sworn translation of a marriage certificate, and
// letters of Ukrainian newcomers who are not (yet) clients (set J).
import type { Spec } from '../../independent-documents-d/spec.ts';
import {
  C,
  Doc,
  dmy,
  GEMEENTE,
  greyBorder,
  handLines,
  letterhead,
  notebook,
  PAGE_W,
  postStamp,
  scribble,
  staple,
  translatorStamp,
} from './jkit.ts';

const PIOTR = C('K-100171');
const dot = (iso: string) => dmy(iso, '.');

export const UK: Spec[] = [
  {
    slug: 'partnerka-povidomlennia-spilne-prozhyvannia',
    type: 'change_form',
    client: 'K-100171',
    language: 'uk',
    render: 'digital',
    label: "Ukrainian letter typed on a phone by a client's partner: she and her son moved in with him",
    date: '2026-11-28',
    build: () => {
      const d = new Doc('sans', 11);
      const p = d.page();
      p.at(50);
      for (const l of ['Олена Бондаренко', PIOTR.street, PIOTR.city, 'тел. 06 87 33 21 04']) p.ln(l);
      p.gap(10);
      for (const l of GEMEENTE) p.ln(l);
      p.gap(10);
      p.ln('Форбелд, 28 листопада 2026 р.');
      p.ln('Тема: повідомлення про зміну ситуації - спільне проживання', { f: 'sansB', after: 8 });
      p.p(
        `Шановні пані та панове,

Я пишу цей лист від імені свого партнера Пйотра Новака (Piotr Nowak, номер клієнта K-100171), тому що він погано читає нідерландською, а я краще пишу українською.

З 1 листопада 2026 року я та мій син Максим (12 років) живемо разом з Пйотром за його адресою. Ми зареєструвалися в муніципалітеті 6 листопада. Я працюю 20 годин на тиждень у пральні готелю, мій дохід приблизно 900 євро на місяць. Раніше ми жили в житлі для українців на Havenkade.

Будь ласка, повідомте нам, як це вплине на його допомогу (bijstand), і які документи потрібно надіслати. Пйотр підписав цей лист також.

З повагою,
Олена Бондаренко
Piotr Nowak`,
      );
      return d;
    },
  },
  {
    slug: 'svidotstvo-pro-shliub-pereklad-2p',
    type: 'identity_document',
    client: 'K-100171',
    language: 'uk',
    render: 'scan',
    label: 'Ukrainian marriage certificate with a sworn Dutch translation (2 pages, name + birth date)',
    date: '2026-11-26',
    build: () => {
      const d = new Doc('serif', 10);
      const p = d.page();
      greyBorder(p, 16);
      p.t(PAGE_W / 2, 60, 'УКРАЇНА', { f: 'serifB', size: 14, align: 'center' });
      p.t(PAGE_W / 2, 84, 'СВІДОЦТВО ПРО ШЛЮБ', { f: 'serifB', size: 16, align: 'center' });
      p.at(106);
      p.kv(
        [
          ['Чоловік', 'НОВАК ПЙОТР'],
          ['дата народження', dot(PIOTR.birthDate)],
          ['громадянство', 'Республіка Польща'],
          ['Дружина', 'БОНДАРЕНКО ОЛЕНА ВІКТОРІВНА'],
          ['дата народження', '09.09.1979'],
          ['громадянство', 'Україна'],
          ['Дата реєстрації шлюбу', '14.10.2026'],
          ['Місце реєстрації', 'Генеральне консульство України в Амстердамі'],
          ['Актовий запис №', '118'],
          ['Прізвища після шлюбу', 'чоловіка - НОВАК, дружини - БОНДАРЕНКО'],
        ],
        { labelW: 170 },
      );
      p.ln('Серія І-КЮ № 402917', { f: 'serifB', after: 6 });
      p.stamp(400, 470, ['КОНСУЛЬСЬКИЙ ВІДДІЛ', 'м. Амстердам'], { rot: -8, size: 9, color: [0.1, 0.2, 0.55] });
      const q = d.page();
      staple(q);
      q.at(50);
      q.ln('VERTALING UIT HET OEKRAÏENS', { f: 'sansB', size: 11, align: 'center', after: 10 });
      q.ln('OEKRAÏNE', { f: 'serifB', align: 'center' });
      q.ln('HUWELIJKSAKTE (uittreksel)', { f: 'serifB', size: 13, align: 'center', after: 8 });
      q.kv(
        [
          ['Echtgenoot', PIOTR.name],
          ['geboortedatum', dot(PIOTR.birthDate)],
          ['nationaliteit', 'Republiek Polen'],
          ['Echtgenote', 'Olena Viktorivna Bondarenko'],
          ['geboortedatum', '09.09.1979'],
          ['nationaliteit', 'Oekraïne'],
          ['Datum huwelijk', '14.10.2026'],
          ['Plaats registratie', 'Consulaat-generaal van Oekraïne te Amsterdam'],
          ['Aktenummer', '118'],
        ],
        { labelW: 170 },
      );
      q.p(
        'Ondergetekende, T. Moroz, beëdigd vertaler Oekraïens-Nederlands, ingeschreven onder Wbtv-nummer 30119, verklaart dat deze vertaling getrouw en volledig is gemaakt naar het origineel.\n\nAmsterdam, 26 november 2026',
        { size: 8.5 },
      );
      translatorStamp(q, 400, 560, 'T. Moroz', ['Oekraïens - Nederlands', 'Wbtv nr. 30119'], 4);
      return d;
    },
  },
  {
    slug: 'zaiava-dopomoha-nova-zhinka',
    type: 'benefit_application',
    client: null,
    language: 'uk',
    render: 'scan',
    crumple: 1,
    label: 'Handwritten Ukrainian request for social assistance by a woman not in the directory',
    date: '2026-12-02',
    build: () => {
      const d = new Doc();
      const p = d.page();
      notebook(p, { holes: true });
      handLines(
        p,
        [
          'До муніципалітету Форбелд',
          '',
          'Заява',
          'Я, Ірина Коваленко, 1986 р.н., живу в',
          'Форбелді з 2023 року (Dorpsstraat 140).',
          'Мій роботодавець (теплиця) закрився 15.11.',
          'Тепер я не маю доходу, а моя донька',
          'ходить до школи. Прошу призначити мені',
          'допомогу (bijstand) з 16 листопада.',
          'Я маю статус тимчасового захисту.',
          'Прошу перекладача або лист англійською.',
          '',
          'Ірина Коваленко   тел. 0639 22 41 87',
        ],
        { top: 112, lh: 22, size: 13.5 },
      );
      postStamp(p, 450, 60, '03 DEC 2026', 3);
      return d;
    },
  },
  {
    slug: 'zaperechennia-vidmova-osoblyva-dopomoha',
    type: 'objection',
    client: null,
    language: 'uk',
    render: 'digital',
    label: 'Ukrainian objection against refusal of special assistance, by a man not in the directory',
    date: '2026-12-04',
    build: () => {
      const d = new Doc('sans', 10.5);
      const p = d.page();
      p.at(50);
      for (const l of ['Андрій Мельник', 'Stationsweg 88-2', '1235 AA Voorbeeld']) p.ln(l);
      p.gap(10);
      for (const l of ['Gemeente Voorbeeld', 'Team Bezwaar en Beroep', 'Postbus 1234', '1230 AA Voorbeeld']) p.ln(l);
      p.gap(10);
      p.ln('4 грудня 2026 р.');
      p.ln('Заперечення (bezwaarschrift) проти рішення від 30.10.2026', { f: 'sansB', after: 8 });
      p.p(
        `Шановні пані та панове,

Я не згоден з вашим рішенням від 30 жовтня 2026 року (номер справи BB-26-1042), яким мені відмовили в особливій допомозі (bijzondere bijstand) на оплату стоматологічного лікування.

У листі написано, що лікування не є необхідним. Але мій стоматолог письмово підтвердив, що без лікування я втрачу три зуби і маю сильний біль. Моя медична страховка покриває лише частину. Я маю невеликий дохід і не можу заплатити 1 340 євро.

Прошу переглянути рішення та вислухати мене з перекладачем.

Додатки: лист стоматолога, кошторис, рішення від 30.10.2026.

З повагою,
Андрій Мельник`,
      );
      return d;
    },
  },
  {
    slug: 'bank-vymoha-borh-kredyt',
    type: 'debt_notice',
    client: null,
    language: 'uk',
    render: 'scan',
    label: 'Ukrainian bank demand for an overdue consumer loan, forwarded by a newcomer not in the directory',
    date: '2026-11-19',
    build: () => {
      const d = new Doc('sans', 10);
      const p = d.page();
      letterhead(p, 'АТ «Дніпро Банк»', ['вул. Січеславська, 12, м. Дніпро, 49000', 'www.dniprobank.example · 0 800 500 000'], {
        color: [0.1, 0.35, 0.2],
      });
      p.ln('Шевчук Оксані Петрівні', { f: 'sansB' });
      p.ln('Нідерланди, Voorbeeld, Lindelaan 200', { after: 10 });
      p.ln('Вих. № 18-7/44120 від 19.11.2026', { size: 9, after: 8 });
      p.ln('ВИМОГА про погашення простроченої заборгованості', { f: 'sansB', size: 11.5, after: 6 });
      p.p(
        `Повідомляємо, що станом на 19.11.2026 ваша заборгованість за кредитним договором № 2021/CR-88102 від 11.06.2021 становить 61 480,30 грн, у тому числі: тіло кредиту 48 200,00 грн, проценти 9 870,30 грн, пеня 3 410,00 грн.

Вимагаємо погасити заборгованість протягом 30 календарних днів з дня отримання цієї вимоги. У разі невиконання банк буде змушений звернутися до суду та передати справу колекторській компанії.

Якщо ви перебуваєте за кордоном у зв'язку з воєнним станом, ви можете звернутися до банку щодо реструктуризації боргу.`,
      );
      p.ln('Відділ роботи з проблемною заборгованістю', { size: 9 });
      scribble(p, 90, 600, ['Voor schuldhulp - ik kan dit niet betalen', 'Oksana Shevchuk 06 41 09 88 12'], { rot: 2 });
      return d;
    },
  },
];
