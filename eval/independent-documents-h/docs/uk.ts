// Set H, Ukrainian: people who fled the war, and the Ukrainian papers they bring along.
import type { Spec } from '../spec.ts';
import { DARK, OAK, OILCLOTH, WHITE_TABLE, WOOD } from '../spec.ts';
import {
  BLACK_INK,
  BLUE_INK,
  C,
  checkbox,
  clientLetter,
  Doc,
  euro,
  footer,
  GREY,
  gvForm,
  handLines,
  notebook,
  PAGE_W,
  phoneLetter,
  scribble,
  section,
  signature,
} from './kit.ts';

const MK = C('K-100451'); // Magdalena Kamińska, 08-07-1960, from Zhytomyr (Polish roots)
const KZ = C('K-100339'); // Katarzyna Zielińska, 13-07-1990, from Lviv
const AK = C('K-100122'); // Anna Kowalska, 03-09-1989, from Vinnytsia

const uah = (n: number) => `${euro(n).replace(/\./g, ' ')} грн`;

export const UK: Spec[] = [
  {
    slug: 'diia-paspport-kaminska',
    type: 'identity_document',
    client: MK.clientNumber,
    language: 'uk',
    render: 'photo',
    table: OAK,
    label: 'Diia printout of a Ukrainian ID card (Kamińska), photographed',
    date: '2026-10-06',
    build: () => {
      const d = new Doc('sans', 10);
      const p = d.page();
      p.t(PAGE_W / 2, 60, 'Дія', { f: 'sansB', size: 26, align: 'center' });
      p.t(PAGE_W / 2, 78, 'Державні послуги онлайн', { size: 9, color: GREY, align: 'center' });
      p.rect(90, 100, PAGE_W - 180, 340, { fill: [0.93, 0.95, 0.9], stroke: [0.6, 0.6, 0.6], lw: 0.8 });
      p.t(110, 126, 'Паспорт громадянина України', { f: 'sansB', size: 13 });
      p.t(110, 140, 'Ukrainian passport (ID card)', { size: 8.5, color: GREY });
      p.rect(110, 154, 96, 124, { fill: [0.72, 0.72, 0.7] });
      p.t(158, 220, 'ФОТО', { size: 9, color: [0.45, 0.45, 0.45], align: 'center' });
      const rows: [string, string, string][] = [
        ['Прізвище / Surname', 'КАМІНСЬКА', 'KAMINSKA'],
        ["Ім'я / Given names", 'МАГДАЛЕНА', 'MAGDALENA'],
        ['По батькові / Patronymic', 'ЙОСИПІВНА', ''],
        ['Дата народження / Date of birth', '08.07.1960', ''],
        ['Стать / Sex', 'Ж/F', ''],
        ['Номер документа / Document No.', '004127755', ''],
        ['Дійсний до / Date of expiry', '14.03.2029', ''],
        ['РНОКПП / RNTRC', '2208417263', ''],
      ];
      let y = 162;
      for (const [k, v, l] of rows) {
        p.t(218, y, k, { size: 7, color: GREY });
        p.t(218, y + 11, l ? `${v} / ${l}` : v, { f: 'sansB', size: 10 });
        y += 24;
      }
      p.t(110, 366, 'Місце народження: м. Житомир', { size: 8.5 });
      p.t(110, 380, 'Орган, що видав: 1812', { size: 8.5 });
      p.t(110, 404, 'Документ оновлено 06.10.2026 о 11:42', { size: 7.5, color: GREY });
      p.t(110, 418, 'Цифровий документ має таку саму юридичну силу, як і паспорт у паперовій формі', { size: 7, color: GREY });
      p.rect(PAGE_W - 190, 160, 80, 80, { stroke: [0.2, 0.2, 0.2], lw: 1 });
      for (let i = 0; i < 6; i++)
        for (let j = 0; j < 6; j++)
          if ((i * 7 + j * 3) % 4 < 2) p.rect(PAGE_W - 186 + i * 12, 164 + j * 12, 11, 11, { fill: [0.1, 0.1, 0.1] });
      p.t(PAGE_W / 2, 480, 'Копія для гемеенте — Kopie voor gemeente', { f: 'hand', size: 14, color: BLUE_INK, align: 'center' });
      p.t(PAGE_W / 2, 502, 'Kamińska M.  Kerkstraat 93', { f: 'hand', size: 14, color: BLUE_INK, align: 'center' });
      p.t(90, 800, 'diia.gov.ua', { size: 7, color: GREY });
      p.t(PAGE_W - 90, 800, '1/1', { size: 7, color: GREY, align: 'right' });
      return d;
    },
  },
  {
    slug: 'svidotstvo-shlyub-vertaling',
    type: 'identity_document',
    client: AK.clientNumber,
    language: 'uk',
    render: 'scan',
    crumple: 1,
    label: 'Ukrainian marriage certificate with a sworn Dutch translation (Kowalska), 2 pages',
    date: '2026-09-22',
    build: () => {
      const d = new Doc('serif', 10);
      const p = d.page();
      p.rect(50, 40, PAGE_W - 100, 700, { stroke: [0.45, 0.55, 0.4], lw: 3 });
      p.rect(58, 48, PAGE_W - 116, 684, { stroke: [0.45, 0.55, 0.4], lw: 0.8 });
      p.at(80);
      p.ln('УКРАЇНА', { align: 'center', f: 'serifB', size: 14 });
      p.ln('СВІДОЦТВО ПРО ШЛЮБ', { align: 'center', f: 'serifB', size: 17, after: 14 });
      p.left = 90;
      p.right = PAGE_W - 90;
      p.kv(
        [
          ['Громадянин', 'Ковальський Ігор Петрович'],
          ['дата народження', '11.02.1986 р.'],
          ['Громадянка', 'Ковальська (до шлюбу — Ткачук)'],
          ['', 'Анна Олександрівна'],
          ['дата народження', '03.09.1989 р.'],
          ['', ''],
          ['уклали шлюб', '17 серпня 2013 року'],
          ['про що', 'складено відповідний актовий запис № 412'],
          ['Прізвища після', 'чоловіка — Ковальський'],
          ['державної реєстрації', 'дружини — Ковальська'],
          ['Місце державної', 'Вінницький міський відділ державної'],
          ['реєстрації', 'реєстрації актів цивільного стану'],
          ['Дата видачі', '17.08.2013'],
        ],
        { labelW: 150, size: 10.5, lh: 21 },
      );
      p.gap(20);
      p.ln('Серія І-АМ  № 218734', { f: 'serifB', size: 12 });
      p.stamp(400, 640, ['ВІННИЦЬКИЙ МІСЬКИЙ', 'ВІДДІЛ ДРАЦС', '* УКРАЇНА *'], { rot: -12, color: [0.25, 0.3, 0.65], size: 8 });
      p.t(120, 660, 'Посадова особа', { size: 9 });
      p.t(200, 655, 'Мельник', { f: 'hand', size: 15, color: BLUE_INK });
      const q = d.page();
      q.font = 'serif';
      q.at(60);
      q.ln('BEËDIGDE VERTALING UIT HET OEKRAÏENS', { f: 'serifB', size: 12, align: 'center', after: 10 });
      q.p('[Wapen van Oekraïne]\n\nOEKRAÏNE\nHUWELIJKSAKTE', { size: 10.5, align: 'center' });
      q.kv(
        [
          ['De burger', 'Kovalskyi Ihor Petrovych'],
          ['geboortedatum', '11-02-1986'],
          ['De burgeres', 'Kowalska (vóór het huwelijk Tkachuk)'],
          ['', 'Anna Oleksandrivna'],
          ['geboortedatum', '3 september 1989'],
          ['zijn in het huwelijk getreden op', '17 augustus 2013'],
          ['waarvan akte', 'nr. 412 is opgemaakt'],
          ['Namen na de registratie', 'man — Kovalskyi; vrouw — Kowalska'],
          ['Plaats van registratie', 'Afdeling burgerlijke stand Vinnytsia'],
          ['Datum van afgifte', '17-08-2013'],
          ['Serie en nummer', 'I-AM nr. 218734'],
        ],
        { labelW: 190, size: 10, lh: 17 },
      );
      q.p(
        '[Ronde stempel: Afdeling staatsregistratie burgerlijke stand Vinnytsia, Oekraïne] [handtekening: onleesbaar]\n\nNoot van de vertaler: de voornaam van de vrouw wordt in haar Poolse documenten (Karta Polaka) geschreven als Anna Kowalska; deze schrijfwijze is in de vertaling aangehouden.',
        { size: 9.5 },
      );
      q.gap(10);
      q.p(
        'Ondergetekende, O. Savchenko-de Boer, beëdigd vertaler Oekraïens-Nederlands, ingeschreven in het Register beëdigde tolken en vertalers onder nummer 51207, verklaart dat deze vertaling een getrouwe en volledige weergave is van het haar getoonde document in de Oekraïense taal.\n\nAmersfoort, 22 september 2026',
        { size: 9.5 },
      );
      q.stamp(430, 620, ['O. Savchenko-de Boer', 'Beëdigd vertaler', 'Oekraïens-Nederlands', 'Wbtv 51207'], {
        rot: 5,
        color: [0.2, 0.25, 0.6],
        size: 8,
      });
      q.t(100, 640, 'O. Savchenko', { f: 'hand', size: 16, color: BLUE_INK });
      return d;
    },
  },
  {
    slug: 'privatbank-vypyska',
    type: 'bank_statement',
    client: KZ.clientNumber,
    language: 'uk',
    render: 'scan',
    label: 'PrivatBank account statement (Zielińska) with her client number written on it',
    date: '2026-11-03',
    build: () => {
      const d = new Doc('sans', 9);
      const p = d.page();
      p.rect(p.left, 36, 120, 28, { fill: [0.35, 0.6, 0.25] });
      p.t(p.left + 10, 55, 'ПриватБанк', { f: 'sansB', size: 13, color: [1, 1, 1] });
      p.t(p.right, 44, 'АТ КБ «ПриватБанк»', { size: 7.5, color: GREY, align: 'right' });
      p.t(p.right, 54, 'вул. Грушевського, 1Д, м. Київ, 01001', { size: 7.5, color: GREY, align: 'right' });
      p.at(84);
      p.ln('Виписка по рахунку за період 01.10.2026 — 31.10.2026', { f: 'sansB', size: 12, after: 4 });
      p.kv(
        [
          ['Клієнт', 'ЗЕЛІНСЬКА КАТЕРИНА ВОЛОДИМИРІВНА'],
          ['Рахунок', 'UA21 3052 9900 0002 6201 4412 7730'],
          ['Картка', '5168 **** **** 4471  (Універсальна)'],
          ['Валюта', 'UAH'],
          ['Залишок на 01.10.2026', uah(3412.7)],
          ['Залишок на 31.10.2026', uah(1198.35)],
        ],
        { labelW: 150, size: 9 },
      );
      p.table(
        [
          { h: 'Дата', w: 62 },
          { h: 'Опис операції', w: 250 },
          { h: 'Сума', w: 80, r: true },
          { h: 'Залишок', w: 75, r: true },
        ],
        [
          ['02.10.2026', 'Комунальні послуги, м. Львів (мама)', '-1 240,00', '2 172,70'],
          ['05.10.2026', 'Переказ з картки Ковальчук Р.', '500,00', '2 672,70'],
          ['09.10.2026', 'Київстар, поповнення +380671234...', '-150,00', '2 522,70'],
          ['14.10.2026', 'Оплата в інтернеті: Rozetka', '-689,00', '1 833,70'],
          ['20.10.2026', 'Комісія за обслуговування', '-15,00', '1 818,70'],
          ['22.10.2026', 'Переказ на картку Зелінська Н.', '-600,00', '1 218,70'],
          ['31.10.2026', 'Нарахування відсотків на залишок', '-20,35', '1 198,35'],
        ],
        { size: 8.3, zebra: [0.94, 0.96, 0.93] },
      );
      p.gap(8);
      p.p('Виписку сформовано в Приват24 04.11.2026 о 19:12. Документ сформовано автоматично і не потребує підпису та печатки банку.', {
        size: 7.5,
        color: GREY,
      });
      scribble(p, 330, 120, ['K-100339', 'Zielińska K.'], { rot: 6, size: 15 });
      scribble(p, 80, 560, ['geen inkomen, alleen geld voor mama in Lviv'], { rot: 2, size: 12, ink: BLACK_INK });
      footer(p, 'privatbank.ua · 3700 · Сторінка 1 з 1');
      return d;
    },
  },
  {
    slug: 'monobank-kowalska',
    type: 'bank_statement',
    client: AK.clientNumber,
    language: 'uk',
    render: 'photo',
    table: WOOD,
    label: 'Monobank card statement printout (Kowalska) with a handwritten name and number, photographed',
    date: '2026-11-12',
    build: () => {
      const d = new Doc('sans', 9);
      const p = d.page();
      p.rect(p.left, 36, 34, 34, { fill: [0.1, 0.1, 0.1] });
      p.t(p.left + 17, 58, 'mono', { f: 'sansB', size: 8, color: [1, 1, 1], align: 'center' });
      p.t(p.left + 44, 52, 'monobank | Universal Bank', { f: 'sansB', size: 11 });
      p.at(90);
      p.ln('Виписка за карткою', { f: 'sansB', size: 14 });
      p.ln('Ковальська Анна', { size: 10 });
      p.ln('Чорна картка •• 8812 · гривня', { size: 9, color: GREY });
      p.ln('Період: 01.10.2026 – 31.10.2026', { size: 9, color: GREY, after: 8 });
      p.table(
        [
          { h: 'Дата і час', w: 90 },
          { h: 'Деталі операції', w: 200 },
          { h: 'MCC', w: 40 },
          { h: 'Сума, грн', w: 70, r: true },
          { h: 'Залишок', w: 67, r: true },
        ],
        [
          ['01.10.2026 08:14', 'Зарахування: зарплата, ліцей №7', '', '9 850,00', '10 312,44'],
          ['01.10.2026 19:02', 'Переказ на EUR рахунок', '', '-8 000,00', '2 312,44'],
          ['03.10.2026 12:40', 'Kyivstar', '4814', '-120,00', '2 192,44'],
          ['11.10.2026 10:05', 'Аптека АНЦ (для батька)', '5912', '-734,50', '1 457,94'],
          ['18.10.2026 21:33', 'Переказ: Ткачук О.', '', '-1 000,00', '457,94'],
          ['31.10.2026 23:59', 'Кешбек', '', '12,60', '470,54'],
        ],
        { size: 8, grid: true, shade: [0.9, 0.9, 0.9] },
      );
      p.gap(10);
      p.p('Гривневий рахунок. Обмін на EUR за курсом банку 45,12 грн/EUR.', { size: 8.5, color: GREY });
      scribble(p, 300, 90, ['Anna Kowalska', 'K-100122'], { rot: -3, size: 16 });
      scribble(p, 70, 470, ['salaris van school in Oekraïne, online les', '8000 grn = ca 177 euro -> naar ING'], { rot: 1, size: 12 });
      return d;
    },
  },
  {
    slug: 'wijziging-pensioen-oekraine',
    type: 'change_form',
    client: MK.clientNumber,
    language: 'uk',
    render: 'scan',
    crumple: 0,
    label: 'Change form filled in in Cyrillic handwriting: Ukrainian pension started, with the pension fund certificate, 2 pages',
    date: '2026-10-19',
    build: () => {
      const d = new Doc('sans', 9.5);
      const p = d.page();
      gvForm(
        p,
        'Wijzigingsformulier Participatiewet',
        'WI-07 (2026)',
        'Geef wijzigingen binnen 5 werkdagen door. Schrijf duidelijk in blokletters.',
      );
      section(p, '1. Uw gegevens');
      const box = (label: string, value: string) => {
        p.t(p.left, p.y + 13, label, { size: 9 });
        p.rect(p.left + 150, p.y, p.right - p.left - 150, 19, { stroke: [0.3, 0.3, 0.3], lw: 0.6 });
        p.t(p.left + 155, p.y + 14, value, { f: 'hand', size: 12.5, color: BLUE_INK });
        p.gap(24);
      };
      box('Naam en voorletters', 'Kamińska Magdalena');
      box('Klantnummer', 'K-100451');
      box('Geboortedatum', '08-07-1960');
      box('Adres', 'Kerkstraat 93, Voorbeeld');
      box('Telefoon', '06 4471 2093');
      section(p, '2. Wat is er veranderd?');
      checkbox(p, p.left, p.y, 'Ik heb inkomsten (werk, uitkering, pensioen, alimentatie)', true);
      p.gap(16);
      checkbox(p, p.left, p.y, 'Iemand is bij mij komen wonen / weggegaan', false);
      p.gap(16);
      checkbox(p, p.left, p.y, 'Ik heb een ander adres', false);
      p.gap(16);
      checkbox(p, p.left, p.y, 'Anders, namelijk:', false);
      p.gap(22);
      p.t(p.left, p.y + 8, 'Toelichting (sinds wanneer, welk bedrag):', { size: 9 });
      p.gap(16);
      for (let i = 0; i < 6; i++) p.line(p.left, p.y + 22 * (i + 1), p.right, p.y + 22 * (i + 1), 0.4, [0.6, 0.6, 0.6]);
      handLines(
        p,
        [
          'З вересня 2026 мені нарахували пенсію з України',
          '(Пенсійний фонд, Житомир). 4 312 грн на місяць,',
          'це приблизно 95 евро. Гроші приходять на картку',
          'ПриватБанк. Довідку додаю. Я не знала що треба',
          'сказати раньше, извините. Прошу пояснити чи',
          'треба повернути гроші.',
        ],
        { x: p.left + 4, top: p.y + 20, lh: 22, size: 12.5, f: 'hand' },
      );
      p.gap(14);
      p.t(p.left, p.y + 10, 'Datum: 19-10-2026', { size: 9 });
      p.t(p.left + 250, p.y + 10, 'Handtekening:', { size: 9 });
      p.t(p.left + 320, p.y + 12, 'Kamińska', { f: 'hand', size: 16, color: BLUE_INK });
      const q = d.page();
      q.at(60);
      q.ln('ПЕНСІЙНИЙ ФОНД УКРАЇНИ', { f: 'sansB', size: 12, align: 'center' });
      q.ln('Головне управління Пенсійного фонду України в Житомирській області', { size: 9, align: 'center', after: 14 });
      q.ln('ДОВІДКА', { f: 'sansB', size: 14, align: 'center' });
      q.ln('про розмір призначеної пенсії', { size: 10, align: 'center', after: 14 });
      q.kv(
        [
          ['Прізвище, ім’я, по батькові', 'Камінська Магдалена Йосипівна'],
          ['Дата народження', '08.07.1960'],
          ['РНОКПП', '2208417263'],
          ['Вид пенсії', 'за віком'],
          ['Дата призначення', '01.09.2026'],
          ['Розмір пенсії', '4 312,18 грн'],
          ['у тому числі', 'основний розмір 3 962,18 грн; доплата 350,00 грн'],
          ['Спосіб виплати', 'через АТ КБ «ПриватБанк», рахунок UA...7730'],
        ],
        { labelW: 190, size: 9.5, lh: 18 },
      );
      q.p(
        'Довідка видана для пред’явлення за місцем вимоги. Сформовано через вебпортал електронних послуг Пенсійного фонду України 14.10.2026.',
        { size: 8.5 },
      );
      q.stamp(420, 480, ['ПЕНСІЙНИЙ ФОНД УКРАЇНИ', 'ЖИТОМИРСЬКА ОБЛ.', 'КЕП перевірено'], { rot: 0, color: [0.25, 0.3, 0.6], size: 7.5 });
      return d;
    },
  },
  {
    slug: 'donka-pereyizhdzhaye-conflict',
    type: 'change_form',
    client: null,
    conflict: [MK.clientNumber, KZ.clientNumber],
    language: 'uk',
    render: 'scan',
    crumple: 2,
    label: 'Handwritten note in Ukrainian/Russian: the daughter (another client) moves in with her mother, both client numbers',
    date: '2026-11-24',
    build: () => {
      const d = new Doc('sans', 10);
      const p = d.page();
      notebook(p, { top: 70, lh: 24, holes: true });
      handLines(
        p,
        [
          'До гемеенте Voorbeeld, Werk en Inkomen',
          '',
          'Добрий день. Я Камінська Магдалена, K-100451.',
          'Хочу сообщить що з 1 грудня моя дочка',
          'Катерина Зелінська (K-100339) буде жити у мене',
          'на Kerkstraat 93. Її кімнату на Spoorlaan',
          'забирає хазяїн, контракт закінчується.',
          'Ми знаємо що це може змінити bijstand для',
          'нас обох (kostendelersnorm?). Пожалуйста,',
          'напишіть що нам треба робити і які папери.',
          'Ми не хочемо проблем. Дякую.',
          '',
          'Kamińska M.          24.11.2026',
          'тел 06 4471 2093',
        ],
        { top: 94, lh: 24, size: 14.5 },
      );
      return d;
    },
  },
  {
    slug: 'rozrakhunkovyi-lystok-email',
    type: 'payslip',
    client: KZ.clientNumber,
    language: 'uk',
    render: 'digital',
    label: 'E-mail printout forwarding a Ukrainian employer payslip (розрахунковий листок), 2 pages',
    date: '2026-11-06',
    build: () => {
      const d = new Doc('sans', 10);
      const p = d.page();
      p.left = 44;
      p.right = PAGE_W - 44;
      p.at(40);
      p.t(p.left, 50, 'Gmail', { f: 'sansB', size: 16, color: [0.8, 0.2, 0.15] });
      p.t(p.right, 50, 'Kateryna Zielinska <k.zielinska.lviv@gmail.example>', { size: 8, align: 'right', color: GREY });
      p.line(p.left, 60, p.right, 60, 0.5, [0.6, 0.6, 0.6]);
      p.at(74);
      p.ln('Fwd: Розрахунковий листок жовтень 2026 / loonstrook K-100339', { f: 'sansB', size: 12.5, after: 6 });
      p.kv(
        [
          ['Від:', 'Kateryna Zielinska <k.zielinska.lviv@gmail.example>'],
          ['Кому:', 'inkomen@gemeente-voorbeeld.example'],
          ['Дата:', 'чт, 6 лист. 2026 р. о 21:17'],
        ],
        { labelW: 50, size: 8.5, color: GREY },
      );
      p.p(
        'Добрий вечір,\n\nнадсилаю розрахунковий листок за жовтень від моєї роботи в Україні (я працюю віддалено, тестувальник ПЗ, 0,5 ставки). Гроші приходять на ПриватБанк у гривнях. У листопаді буде так само.\n\nGoedenavond, this is my payslip from Ukrainian job (remote, half time). Sorry for Ukrainian, I can translate if you need.\n\nЗ повагою / Met vriendelijke groet,\nKateryna (Katarzyna) Zielińska\nklantnummer K-100339',
        { size: 10 },
      );
      p.line(p.left, p.y, p.right, p.y, 0.4, [0.7, 0.7, 0.7]);
      p.gap(8);
      p.p(
        '---------- Пересланий лист ----------\nВід: Бухгалтерія ТОВ «Світлотех Софт» <buh@svitlotech.example>\nДата: 5 лист. 2026 р.\nТема: Розрахунковий листок за жовтень 2026\n\nДобрий день! Розрахунковий листок у вкладенні.',
        { size: 9, color: [0.3, 0.3, 0.3] },
      );
      p.ln('[Вкладення: rozrakhunok_10_2026.pdf]', { f: 'sansI', size: 8.5 });
      const q = d.page();
      q.left = 60;
      q.right = PAGE_W - 60;
      q.at(56);
      q.ln('ТОВ «СВІТЛОТЕХ СОФТ»', { f: 'sansB', size: 11 });
      q.ln('код ЄДРПОУ 43917265 · м. Львів, вул. Наукова, 7', { size: 8, color: GREY, after: 10 });
      q.ln('РОЗРАХУНКОВИЙ ЛИСТОК за жовтень 2026 р.', { f: 'sansB', size: 12, after: 6 });
      q.kv(
        [
          ['Працівник', 'Зелінська Катерина Володимирівна'],
          ['Табельний №', '0187'],
          ['Посада', 'Тестувальник програмного забезпечення'],
          ['Підрозділ', 'QA, дистанційно'],
          ['Ставка', '0,5'],
          ['Відпрацьовано', '22 дні / 88 год.'],
        ],
        { labelW: 120, size: 9 },
      );
      q.table(
        [
          { h: 'Вид', w: 230 },
          { h: 'Нараховано', w: 120, r: true },
          { h: 'Утримано', w: 120, r: true },
        ],
        [
          ['Оклад', '16 500,00', ''],
          ['Премія', '1 500,00', ''],
          ['ПДФО 18%', '', '3 240,00'],
          ['Військовий збір 1,5%', '', '270,00'],
          ['Разом', '18 000,00', '3 510,00'],
          ['До виплати', '14 490,00', ''],
        ],
        { size: 9, grid: true, shade: [0.9, 0.9, 0.9] },
      );
      q.p('Виплачено на картковий рахунок АТ КБ «ПриватБанк» 05.11.2026.', { size: 8.5 });
      q.p('Головний бухгалтер  ____________  Гнатюк Л. М.', { size: 9 });
      return d;
    },
  },
  {
    slug: 'dovidka-pro-dokhody-shkola',
    type: 'payslip',
    client: AK.clientNumber,
    language: 'uk',
    render: 'photo',
    table: OILCLOTH,
    label: 'Income certificate from a Ukrainian school (remote teaching) with the client’s name and number added, photographed',
    date: '2026-10-08',
    build: () => {
      const d = new Doc('serif', 10);
      const p = d.page();
      p.at(50);
      p.ln('Вінницька міська рада', { align: 'center', size: 10 });
      p.ln('ДЕПАРТАМЕНТ ОСВІТИ', { align: 'center', size: 10 });
      p.ln('ЛІЦЕЙ № 7 ВІННИЦЬКОЇ МІСЬКОЇ РАДИ', { align: 'center', f: 'serifB', size: 11.5 });
      p.ln('21018, м. Вінниця, вул. Соборна, 48 · код ЄДРПОУ 26237711', { align: 'center', size: 8, after: 6 });
      p.hr(1.2);
      p.ln('Вих. № 01-19/312 від 07.10.2026', { size: 9, after: 14 });
      p.ln('ДОВІДКА ПРО ДОХОДИ', { align: 'center', f: 'serifB', size: 14, after: 10 });
      p.p(
        'Видана Ковальській Анні Олександрівні, 03.09.1989 р.н., вчителю англійської мови, у тому, що вона дійсно працює в Ліцеї № 7 Вінницької міської ради (дистанційна форма роботи на період воєнного стану) та її заробітна плата за останні шість місяців становить:',
        { size: 10.5 },
      );
      p.table(
        [
          { h: 'Місяць', w: 160 },
          { h: 'Нараховано, грн', w: 130, r: true },
          { h: 'Виплачено, грн', w: 130, r: true },
        ],
        [
          ['квітень 2026', '12 210,00', '9 829,05'],
          ['травень 2026', '12 210,00', '9 829,05'],
          ['червень 2026', '12 236,00', '9 849,98'],
          ['липень 2026 (відпустка)', '14 950,00', '12 034,75'],
          ['серпень 2026', '12 236,00', '9 849,98'],
          ['вересень 2026', '12 236,00', '9 850,00'],
          ['Разом', '76 078,00', '61 242,81'],
        ],
        { size: 9.5, grid: true },
      );
      p.p('Довідка видана для подання за місцем вимоги (Королівство Нідерланди).', { size: 10 });
      p.gap(10);
      p.t(p.left, p.y + 10, 'Директор', { size: 10 });
      p.t(p.left + 150, p.y + 8, 'Ол. Гуменюк', { f: 'hand', size: 15, color: BLUE_INK });
      p.t(p.left + 320, p.y + 10, 'О. М. ГУМЕНЮК', { size: 10 });
      p.gap(26);
      p.t(p.left, p.y + 10, 'Головний бухгалтер', { size: 10 });
      p.t(p.left + 320, p.y + 10, 'Т. В. ЛИСЕНКО', { size: 10 });
      p.stamp(250, p.y - 10, ['ЛІЦЕЙ № 7', 'ВІННИЦЬКОЇ МІСЬКОЇ РАДИ', 'ідент. код 26237711'], {
        rot: 10,
        color: [0.3, 0.35, 0.7],
        size: 7.5,
      });
      scribble(p, 320, 720, ['Anna Kowalska', 'K-100122'], { rot: 3, size: 16 });
      return d;
    },
  },
  {
    slug: 'zayava-dopomoga-kharkiv',
    type: 'benefit_application',
    client: null,
    language: 'uk',
    render: 'scan',
    crumple: 1,
    label: 'Typed application for assistance from a refugee not yet known, with a military administration certificate, 2 pages',
    date: '2026-11-17',
    build: () => {
      const d = new Doc('serif', 10.5);
      const p = d.page();
      clientLetter(p, {
        from: ['Бондаренко Ірина Миколаївна', 'Stationsweg 14 kamer 6', '1235 AB Voorbeeld', 'тел. 06 2871 4410'],
        place: 'Voorbeeld, 17.11.2026',
        subject: 'Заява про надання допомоги (aanvraag bijstand)',
      });
      p.p(
        'Шановні працівники гемеенте!\n\nЯ, Бондаренко Ірина Миколаївна, 1974 року народження, громадянка України, з березня 2023 року проживаю в Нідерландах за тимчасовим захистом. Спочатку жила в пункті прихистку (opvang) на Havenkade, з вересня цього року знімаю кімнату.\n\nДо 31 жовтня 2026 я працювала через агентство на складі в Tilburg (orderpicker). Контракт не продовжили, бо скоротили змінy. Інших доходів не маю, заощаджень також немає: наш будинок у с. Циркуни Харківської області зруйновано (довідка військової адміністрації додається).\n\nПрошу надати мені допомогу (bijstand) з 1 листопада 2026 року. Копію документа про тимчасовий захист (наклейка IND у паспорті) та виписку з банку принесу на прийом. Мій номер BSN я ще не отримала на руки, є тільки лист з RNI.\n\nЯкщо потрібно, я можу прийти з перекладачем — моя сусідка Олена говорить нідерландською.',
        { size: 10.5 },
      );
      p.ln('З повагою,', { size: 10.5 });
      signature(p, 'Бондаренко І.', { x: p.left });
      const q = d.page();
      q.at(56);
      q.ln('ХАРКІВСЬКА ОБЛАСНА ВІЙСЬКОВА АДМІНІСТРАЦІЯ', { f: 'serifB', size: 11, align: 'center' });
      q.ln('ЦИРКУНІВСЬКА СІЛЬСЬКА ВІЙСЬКОВА АДМІНІСТРАЦІЯ', { f: 'serifB', size: 10.5, align: 'center' });
      q.ln('ХАРКІВСЬКОГО РАЙОНУ ХАРКІВСЬКОЇ ОБЛАСТІ', { size: 10, align: 'center', after: 4 });
      q.hr(1.4);
      q.ln('від 02.08.2026  № 02-14/1187', { size: 9.5, after: 16 });
      q.ln('ДОВІДКА', { f: 'serifB', size: 14, align: 'center', after: 10 });
      q.p(
        'Видана Бондаренко Ірині Миколаївні, 12.05.1974 р.н., у тому, що вона була зареєстрована та проживала за адресою: Харківська обл., Харківський р-н, с. Циркуни, вул. Сонячна, 22.\n\nЖитловий будинок за вказаною адресою зруйновано внаслідок збройної агресії російської федерації (акт комісійного обстеження № 311 від 19.06.2022). Будинок непридатний для проживання, відновленню не підлягає.\n\nДовідка видана для пред’явлення за місцем вимоги.',
        { size: 10.5 },
      );
      q.gap(20);
      q.t(q.left, q.y + 10, 'Начальник військової адміністрації', { size: 10 });
      q.t(q.left + 250, q.y + 8, 'Шевч', { f: 'hand', size: 15, color: BLUE_INK });
      q.t(q.right, q.y + 10, 'Сергій ШЕВЧЕНКО', { size: 10, align: 'right' });
      q.stamp(300, q.y + 60, ['ЦИРКУНІВСЬКА СІЛЬСЬКА', 'ВІЙСЬКОВА АДМІНІСТРАЦІЯ', 'код 04396520'], {
        rot: -8,
        color: [0.25, 0.3, 0.7],
        size: 8,
      });
      return d;
    },
  },
  {
    slug: 'zayava-telefon-lytvynenko',
    type: 'benefit_application',
    client: null,
    language: 'uk',
    render: 'digital',
    label: 'Application for assistance typed on a phone in Ukrainian with Russian words, applicant not in the directory',
    date: '2026-12-01',
    build: () => {
      const d = new Doc('sans', 11);
      const p = d.page();
      phoneLetter(
        p,
        "Гемеенте Voorbeeld\nвідділ Werk en Inkomen\n\nЗАЯВА\n\nЯ Литвиненко Сергій Петрович, дата народження 30.01.1968, живу на Spoorlaan 7A (у gastgezin, сім'я Visser). BSN 2 4 — не пам'ятаю, лист у сумці, принесу.\n\nПрошу дати мені bijstand або якусь допомогу. Я працював на fabriek (упаковка) через uitzendbureau до 20 листопада, потом мене отправили додому бо спина, лікар сказав не можна підіймати тяжке. Грошей немає вже, leefgeld від gemeente більше не отримую бо працював. За кімнату треба платити 1 грудня.\n\nЯ не знаю як правильно заповнити форму на сайті, там DigiD, а у мене DigiD не працює. Прошу написати мені листа або подзвонити: 06 1934 7722 (Viber теж).\n\nДякую заранєє.\nЛитвиненко С.\n01.12.2026",
        { size: 11.5 },
      );
      return d;
    },
  },
  {
    slug: 'spysok-vakansiy-zielinska',
    type: 'job_application_proof',
    client: KZ.clientNumber,
    language: 'uk',
    render: 'photo',
    table: WHITE_TABLE,
    label: 'Handwritten list of job applications in Ukrainian, Dutch company names, photographed',
    date: '2026-11-28',
    build: () => {
      const d = new Doc('sans', 10);
      const p = d.page();
      notebook(p, { top: 60, lh: 23, margin: true });
      handLines(
        p,
        [
          'Sollicitaties листопад 2026 — Zielińska K-100339',
          '',
          '03.11  Jumbo DC, orderpicker — онлайн, відмова',
          '06.11  Hotel De Linde, schoonmaak — email, чекаю',
          '10.11  Randstad (kantoor Voorbeeld) — ходила сама',
          '13.11  Albert Heijn, vakkenvuller — онлайн',
          '17.11  ASML via Tempo-Team, test engineer (EN) —',
          '          CV англ., співбесіда по Teams 24.11 !',
          '20.11  Gemeente bibliotheek, vrijwilliger — так',
          '25.11  PostNL sorteerder — нема відповіді',
          '',
          'Нідерландська мова: курс A2 вівторок/четвер',
          'Прошу врахувати що вечорами працюю онлайн',
          'для України (0,5 ставки).',
        ],
        { top: 80, lh: 23, size: 13.5 },
      );
      return d;
    },
  },
  {
    slug: 'vidhuky-kowalska-bsn',
    type: 'job_application_proof',
    client: AK.clientNumber,
    language: 'uk',
    render: 'scan',
    crumple: 0,
    label: 'Typed overview of job applications in Ukrainian with the client’s labelled BSN',
    date: '2026-10-30',
    build: () => {
      const d = new Doc('sans', 10);
      const p = d.page();
      p.at(50);
      p.ln('Ковальська Анна / Anna Kowalska', { f: 'sansB', size: 11 });
      p.ln('BSN: 999 921 782', { size: 10 });
      p.ln('Dorpsstraat 80, 1232 JZ Voorbeeld', { size: 10, after: 14 });
      p.ln('Звіт про пошук роботи за жовтень 2026 (sollicitatieplicht)', { f: 'sansB', size: 12.5, after: 8 });
      p.table(
        [
          { h: 'Дата', w: 60 },
          { h: 'Компанія / вакансія', w: 190 },
          { h: 'Як', w: 80 },
          { h: 'Результат', w: 137 },
        ],
        [
          ['02.10', 'Basisschool De Regenboog, onderwijsassistent', 'email + CV', 'відмова (мова B1 треба)'],
          ['07.10', 'Kinderopvang Kikker, pedagogisch medewerker', 'Werkzoeken.nl', 'немає відповіді'],
          ['09.10', 'Taalschool Babel, docent Engels', 'лист', 'співбесіда 21.10'],
          ['15.10', 'Lidl, kassamedewerker', 'онлайн', 'відмова'],
          ['21.10', 'Taalschool Babel — співбесіда', 'особисто', 'чекаю до 06.11'],
          ['28.10', 'Hotel Zilverberk, ontbijt', 'прийшла сама', 'пробний день 04.11'],
        ],
        { size: 8.3, grid: true, shade: [0.9, 0.9, 0.9] },
      );
      p.p('Також я записалася до UAF для підтвердження диплому вчителя (IDW). Листи з відмовами можу переслати на e-mail, якщо потрібно.', {
        size: 10,
      });
      p.ln('30.10.2026', { size: 10 });
      signature(p, 'A. Kowalska', { printed: false });
      return d;
    },
  },
  {
    slug: 'msek-invalidnist-kaminska',
    type: 'medical_statement',
    client: MK.clientNumber,
    language: 'uk',
    render: 'scan',
    crumple: 1,
    label: 'Ukrainian disability certificate (МСЕК, group II) with name and birth date added by hand',
    date: '2026-10-27',
    build: () => {
      const d = new Doc('serif', 10);
      const p = d.page();
      p.at(46);
      p.t(p.right, 52, 'Форма № 157-1/о', { size: 8, align: 'right' });
      p.ln('Міністерство охорони здоров’я України', { size: 9 });
      p.ln('Житомирський обласний центр медико-соціальної експертизи', { size: 9 });
      p.ln('Міжрайонна МСЕК № 2', { size: 9, after: 14 });
      p.ln('ДОВІДКА ДО АКТА ОГЛЯДУ', { align: 'center', f: 'serifB', size: 13 });
      p.ln('МЕДИКО-СОЦІАЛЬНОЮ ЕКСПЕРТНОЮ КОМІСІЄЮ', { align: 'center', f: 'serifB', size: 11 });
      p.ln('Серія 12 ААГ № 604118', { align: 'center', size: 10, after: 14 });
      p.kv(
        [
          ['Видана', 'Камінській Магдалені Йосипівні'],
          ['рік народження', '1960'],
          ['Адреса', 'м. Житомир, вул. Київська, 61, кв. 14'],
          ['Дата огляду', '11.04.2025'],
          ['Огляд', 'повторний'],
          ['Встановлено', 'ІІ (друга) група інвалідності'],
          ['Причина', 'загальне захворювання'],
          ['Строк', 'до 01.05.2027'],
          ['Дата чергового', '04.2027'],
          ['переогляду', ''],
        ],
        { labelW: 140, size: 10.5, lh: 19 },
      );
      p.p(
        'Висновок про умови та характер праці: протипоказана праця з фізичним навантаженням, тривалим стоянням та ходьбою. Може виконувати легку роботу в спеціально створених умовах неповний робочий день.',
        { size: 10 },
      );
      p.gap(10);
      p.t(p.left, p.y + 10, 'Голова комісії', { size: 10 });
      p.t(p.left + 130, p.y + 8, 'Коваль', { f: 'hand', size: 15, color: BLUE_INK });
      p.stamp(380, p.y + 30, ['МІЖРАЙОННА МСЕК № 2', 'ЖИТОМИР'], { rot: 14, color: [0.3, 0.35, 0.7], size: 8.5 });
      scribble(p, 70, 700, ['Magdalena Kamińska 08-07-1960', 'voor de medisch adviseur (werk)'], { rot: 2, size: 13 });
      return d;
    },
  },
  {
    slug: 'vypyska-likarnia-fax',
    type: 'medical_statement',
    client: null,
    language: 'uk',
    render: 'fax',
    faxHeader: '21-11-2026 14:02  HUISARTSENPRAKTIJK DE BONGERD  +31 85 401 2277',
    label: 'Faxed Ukrainian hospital discharge summary of a stranger, no identifiers',
    date: '2026-11-21',
    build: () => {
      const d = new Doc('serif', 10);
      const p = d.page();
      p.at(50);
      p.ln('КНП «ХАРКІВСЬКА МІСЬКА КЛІНІЧНА ЛІКАРНЯ № 17»', { f: 'serifB', size: 10.5, align: 'center' });
      p.ln('Неврологічне відділення', { size: 9.5, align: 'center', after: 10 });
      p.ln('ВИПИСКА', { f: 'serifB', size: 13, align: 'center' });
      p.ln('із медичної карти стаціонарного хворого № 4418', { size: 10, align: 'center', after: 10 });
      p.kv(
        [
          ['П.І.Б.', 'Петренко Оксана Вікторівна'],
          ['Вік', '47 років'],
          ['Перебувала', 'з 03.02.2022 по 17.02.2022'],
        ],
        { labelW: 110, size: 10 },
      );
      p.p(
        'Діагноз заключний: Дисциркуляторна енцефалопатія ІІ ст. Цефалгічний синдром. Вертебро-базилярна недостатність. Остеохондроз шийного відділу хребта.\n\nСкарги при надходженні: головний біль, запаморочення, шум у вухах, загальна слабкість.\n\nПроведено лікування: ... (див. лист призначень). Стан при виписці покращився.\n\nРекомендовано: спостереження невролога за місцем проживання, обмеження фізичних навантажень, уникати роботи на висоті та в нічну зміну. Повторний огляд через 6 місяців.',
        { size: 10 },
      );
      p.gap(10);
      p.t(p.left, p.y + 10, 'Лікуючий лікар', { size: 10 });
      p.t(p.left + 140, p.y + 8, 'Гриценко', { f: 'hand', size: 15, color: BLACK_INK });
      p.t(p.left, p.y + 34, 'Зав. відділенням', { size: 10 });
      p.t(p.left + 140, p.y + 32, 'Мороз', { f: 'hand', size: 15, color: BLACK_INK });
      p.gap(50);
      p.rect(p.left, p.y, p.right - p.left, 70, { stroke: [0, 0, 0], lw: 0.8 });
      p.t(p.left + 8, p.y + 16, 'Faxbericht huisartsenpraktijk: op verzoek van patiënte doorgestuurd.', { size: 9, f: 'sans' });
      p.t(p.left + 8, p.y + 32, 'Patiënte heeft geen Nederlandse vertaling. Graag contact met de praktijk', { size: 9, f: 'sans' });
      p.t(p.left + 8, p.y + 48, "bij vragen. Aantal pagina's: 1", { size: 9, f: 'sans' });
      return d;
    },
  },
  {
    slug: 'dohovir-orendy-kimnaty',
    type: 'rental_agreement',
    client: AK.clientNumber,
    language: 'uk',
    render: 'scan',
    crumple: 0,
    label: 'Bilingual room rental agreement (Ukrainian/Dutch) with a private landlord, labelled BSN',
    date: '2026-09-01',
    build: () => {
      const d = new Doc('sans', 9.5);
      const p = d.page();
      p.at(50);
      p.ln('ДОГОВІР ОРЕНДИ КІМНАТИ / HUUROVEREENKOMST KAMER', { f: 'sansB', size: 13, align: 'center', after: 12 });
      p.p('Сторони / Partijen:', { f: 'sansB', size: 10 });
      p.kv(
        [
          ['Орендодавець / Verhuurder:', 'dhr. G. J. (Gert-Jan) Schoemaker, Molenweg 3, 1231 GA Voorbeeld'],
          ['Орендар / Huurder:', 'Anna Kowalska (Ковальська Анна)'],
          ['BSN huurder:', '999921782'],
          ['Адреса кімнати / Adres kamer:', 'Dorpsstraat 80 (1e verdieping, kamer voorzijde), 1232 JZ Voorbeeld'],
        ],
        { labelW: 160, size: 9.5 },
      );
      const art = (n: string, uk: string, nl: string) => {
        p.ln(n, { f: 'sansB', size: 9.5 });
        p.p(uk, { size: 9.2, after: 2 });
        p.p(nl, { size: 9.2, f: 'sansI' });
      };
      art(
        '1. Строк / Duur',
        'Договір укладено на невизначений строк, починаючи з 01.09.2026.',
        'Deze overeenkomst gaat in op 1 september 2026 en geldt voor onbepaalde tijd.',
      );
      art(
        '2. Орендна плата / Huurprijs',
        'Орендна плата становить 525,00 євро на місяць, включно з газом, електрикою, водою та інтернетом (servicekosten 95,00 євро). Оплата до 1 числа кожного місяця на рахунок NL61 RABO 0311 8825 40.',
        'De huur bedraagt € 525,00 per maand inclusief gas, licht, water en internet (waarvan € 95,00 servicekosten), vóór de 1e van de maand te voldoen op NL61 RABO 0311 8825 40.',
      );
      art(
        '3. Застава / Borg',
        'Застава — 525,00 євро, повертається після закінчення договору.',
        'De borg bedraagt € 525,00 en wordt na afloop terugbetaald.',
      );
      art(
        '4. Користування / Gebruik',
        'Кухня, душ і туалет спільні з іншою орендаркою. Куріння в будинку заборонено. Тварини — тільки за згодою.',
        'Keuken, douche en toilet worden gedeeld met één andere huurder. Roken in de woning is niet toegestaan.',
      );
      art(
        '5. Розірвання / Opzegging',
        'Орендар може розірвати договір з повідомленням за 1 місяць, орендодавець — згідно з нідерландським законом.',
        'Huurder kan opzeggen met een termijn van één maand; verhuurder volgens de wet.',
      );
      p.gap(8);
      p.ln('Voorbeeld, 28.08.2026', { size: 9.5, after: 6 });
      p.t(p.left, p.y + 10, 'Verhuurder / Орендодавець', { size: 8.5 });
      p.t(p.left + 270, p.y + 10, 'Huurder / Орендар', { size: 8.5 });
      p.t(p.left + 10, p.y + 34, 'GJ Schoemaker', { f: 'hand', size: 15, color: BLACK_INK });
      p.t(p.left + 280, p.y + 34, 'A. Kowalska', { f: 'hand', size: 15, color: BLUE_INK });
      return d;
    },
  },
  {
    slug: 'borgy-shevchuk-prosba',
    type: 'debt_notice',
    client: null,
    language: 'uk',
    render: 'photo',
    table: DARK,
    label: 'Handwritten request for debt help in Ukrainian listing Dutch creditors, writer not in the directory',
    date: '2026-11-09',
    build: () => {
      const d = new Doc('sans', 10);
      const p = d.page();
      notebook(p, { top: 64, lh: 24, margin: false });
      handLines(
        p,
        [
          'Schuldhulp gemeente Voorbeeld',
          '',
          'Я Шевчук Віктор, Havenkade 40 (кімната 12).',
          'Прошу допомогти з боргами, я вже не справляюсь:',
          '',
          '- зорг verzekering (Zorgverzekeraar Rijnzorg)',
          '   борг 612 евро, 3 aanmaning прийшло',
          '- CJIB штраф за проїзд без квитка 2x = 190 евро',
          '- телефон Odido 248 евро, тепер incassobureau',
          '   "Van Arkel Incasso" пише що буде deurwaarder',
          '- хазяїну за жовтень 300 евро',
          '',
          'Всього приблизно 1 350 евро. Я працюю через',
          'uitzendbureau 20-28 годин, не вистачає.',
          'Листи можу принести. Тел 06 3381 0912',
          '                          Шевчук В.  09.11.26',
        ],
        { top: 86, lh: 24, size: 13.5, ink: BLACK_INK },
      );
      return d;
    },
  },
  {
    slug: 'zaperechennia-kowalska',
    type: 'objection',
    client: AK.clientNumber,
    language: 'uk',
    render: 'scan',
    crumple: 1,
    label: 'Objection in Ukrainian against a recovery decision, with the client number',
    date: '2026-11-26',
    build: () => {
      const d = new Doc('serif', 10.5);
      const p = d.page();
      clientLetter(p, {
        from: ['Anna Kowalska', AK.street, '1232 JZ Voorbeeld', 'Klantnummer: K-100122'],
        to: ['Gemeente Voorbeeld', 't.a.v. Team Bezwaar en Beroep', 'Postbus 1234', '1230 AA Voorbeeld'],
        place: 'Voorbeeld, 26 листопада 2026 р.',
        subject: 'BEZWAAR / Заперечення проти рішення від 20.10.2026 (terugvordering)',
      });
      p.p(
        'Шановні пані та панове,\n\nцим листом я подаю заперечення (bezwaar) проти вашого рішення від 20 жовтня 2026 року, в якому ви вимагаєте повернути 1 284,60 євро допомоги за період травень–серпень 2026, тому що я не повідомила про заробітну плату з України.\n\nЯ не погоджуюсь з цим рішенням з таких причин:\n1. Я повідомила про роботу вчителем онлайн на першій зустрічі з консультантом у квітні (була перекладачка з Tolkdienst). Мені сказали, що це треба буде перевірити.\n2. Зарплата приходить у гривнях, і з неї я плачу ліки для батька в Україні; до мене в Нідерланди дійшло значно менше.\n3. Сума розрахована за курсом, який не відповідає дню отримання грошей.\n\nПрошу переглянути рішення, і якщо можливо — вислухати мене (hoorzitting) з перекладачем української мови.\n\nДодаю: довідку про доходи від ліцею, виписки monobank.',
        { size: 10.2 },
      );
      p.ln('З повагою / Met vriendelijke groet,', { size: 10.2 });
      signature(p, 'Anna Kowalska');
      return d;
    },
  },
  {
    slug: 'skarga-tolk-zielinska',
    type: 'complaint',
    client: KZ.clientNumber,
    language: 'uk',
    render: 'digital',
    label: 'Complaint in Ukrainian about treatment at the desk and a missing interpreter, typed on a phone',
    date: '2026-11-14',
    build: () => {
      const d = new Doc('sans', 11);
      const p = d.page();
      phoneLetter(
        p,
        'Klacht / Скарга\n\nКому: Klachtencoördinatie, gemeente Voorbeeld\nВід: Katarzyna Zielińska, Spoorlaan 72, klantnummer K-100339\n\nДобрий день.\n\nХочу поскаржитись на те, як зі мною поводились 12 листопада в gemeentehuis (балі Werk en Inkomen, приблизно 10:30). Мені було призначено розмову з перекладачем, але перекладача не було. Працівниця сказала «we doen het gewoon in het Nederlands» і говорила дуже швидко. Коли я попросила говорити англійською, вона сказала що це не її проблема і що я «вже 3 роки тут». Біля стійки стояли інші люди і все чули.\n\nМені було дуже неприємно і я не зрозуміла, які документи треба здати і до якого числа.\n\nПрошу:\n1) нову зустріч з перекладачем української;\n2) письмово — які папери потрібні;\n3) щоб з людьми так не розмовляли.\n\nЗ повагою,\nKatarzyna Zielińska\n14.11.2026',
        { size: 11 },
      );
      return d;
    },
  },
  {
    slug: 'vidpustka-bez-nomera',
    type: 'holiday_notice',
    client: null,
    language: 'uk',
    render: 'photo',
    table: OAK,
    label: 'Handwritten holiday notice (trip to Ukraine) with only a name, writer not in the directory',
    date: '2026-12-02',
    build: () => {
      const d = new Doc('sans', 10);
      const p = d.page();
      notebook(p, { top: 70, lh: 25, holes: false });
      handLines(
        p,
        [
          'Gemeente Voorbeeld — vakantie melding',
          '',
          'Добрий день! Повідомляю, що я їду в Україну',
          '(м. Полтава) до мами, вона в лікарні.',
          'Виїзд 14.12.2026 автобусом, назад 04.01.2027.',
          'Це 3 тижні. Телефон буде той самий.',
          'Якщо треба якийсь папір від лікарні — привезу.',
          '',
          'Коваленко Наталія (Nataliia Kovalenko)',
          'Julianalaan 12, Voorbeeld',
        ],
        { top: 94, lh: 25, size: 14 },
      );
      return d;
    },
  },
  {
    slug: 'zapyt-avg-kowalska',
    type: 'other',
    client: AK.clientNumber,
    language: 'uk',
    render: 'digital',
    label: 'AVG/GDPR request in Ukrainian to see the personal data in the file',
    date: '2026-12-03',
    build: () => {
      const d = new Doc('sans', 10.5);
      const p = d.page();
      clientLetter(p, {
        from: ['Anna Kowalska', AK.street, '1232 JZ Voorbeeld', 'клієнтський номер K-100122'],
        to: ['Gemeente Voorbeeld', 't.a.v. de Functionaris Gegevensbescherming', 'Postbus 1234', '1230 AA Voorbeeld'],
        place: 'Voorbeeld, 03.12.2026',
        subject: 'Запит на доступ до персональних даних (art. 15 AVG / GDPR)',
      });
      p.p(
        'Шановні пані та панове,\n\nвідповідно до статті 15 Загального регламенту про захист даних (AVG) прошу надати мені копію всіх персональних даних, які гемеенте Voorbeeld обробляє щодо мене, зокрема:\n\n• нотатки консультантів і записи телефонних розмов;\n• дані, отримані від Belastingdienst, UWV та банків;\n• з ким ці дані були передані і з якою метою;\n• як довго їх зберігають.\n\nПрошу надіслати копію електронною поштою або поштою на мою адресу протягом одного місяця, як передбачено законом. Якщо якісь дані неправильні, я попрошу їх виправити (стаття 16).\n\nДля ідентифікації додаю копію документа, номер BSN закрито.',
        { size: 10.3 },
      );
      p.ln('З повагою,', { size: 10.3 });
      p.ln('Anna Kowalska', { size: 10.3 });
      footer(p, 'Надіслано також на e-mail privacy@gemeente-voorbeeld.example');
      return d;
    },
  },
];
