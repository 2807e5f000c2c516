// Ukrainian post: newcomers' applications and objections, a partner's notice, contracts, a bank statement.
import {
  C,
  Doc,
  dmy,
  footer,
  GREY,
  groupIban,
  hand,
  INK,
  iban,
  letterhead,
  personalLetter,
  roundStamp,
  type Spec,
  scribble,
  strangerBsn,
} from '../lib.ts';

const marek = C('K-100395');
const agnieszka = C('K-100227');
const tomasz = C('K-100283');
const oksanaBsn = strangerBsn('Oksana Melnyk');

export const uk: Spec[] = [
  {
    slug: 'uk-zaiava-pro-dopomohu-dvi-storinky',
    type: 'benefit_application',
    client: null,
    language: 'uk',
    render: 'scan',
    label: 'two-page Ukrainian application for income support by a newcomer',
    date: '2026-02-24',
    note: 'stranger Oksana Melnyk applies',
    build() {
      const d = personalLetter({
        sender: [
          'Оксана Мельник (Oksana Melnyk)',
          'Kastanjelaan 8, kamer 3',
          '1233 BK Voorbeeld',
          `BSN: ${oksanaBsn}`,
          'тел. 06 38 55 12 07',
        ],
        date: 'Voorbeeld, 24.02.2026',
        subject: 'Заява про надання соціальної допомоги (bijstand)',
        body: `Шановні пані та панове,

Я, Оксана Мельник, 1979 року народження, громадянка України, перебуваю в Нідерландах з квітня 2022 року на підставі тимчасового захисту. До 31 січня 2026 року я працювала на складі через агентство, але мій контракт не продовжили. Права на WW у мене немає, бо я працювала менше 26 тижнів у останньому році.

З 1 лютого я живу в кімнаті, яку орендую самостійно (420 євро на місяць). Зараз у мене немає жодного доходу, на рахунку залишилося близько 150 євро.

Прошу розглянути мою заяву про надання допомоги на проживання та призначити мені зустріч. Я розмовляю англійською та трохи нідерландською; якщо можливо, прошу запросити перекладача з української.`,
        sign: 'О. Мельник',
      });
      const q = d.page();
      q.left = 70;
      q.right = 525;
      q.at(60);
      q.p(
        `Додаю копії таких документів:
1. посвідка про тимчасовий захист (сторінка з даними);
2. останній розрахунковий лист від агентства за січень 2026;
3. лист про закінчення контракту;
4. договір оренди кімнати;
5. виписки з банківського рахунку за грудень і січень.

Дякую за вашу допомогу.`,
        { f: 'serif', size: 11 },
      );
      q.ln('Оксана Мельник', { f: 'hand', size: 16, color: INK });
      return d;
    },
  },
  {
    slug: 'uk-foto-zaperechennia-vidmova',
    type: 'objection',
    client: null,
    language: 'uk',
    render: 'photo',
    label: 'photo of a handwritten Ukrainian objection by someone identified by name only',
    date: '2026-04-10',
    build: () =>
      personalLetter({
        sender: ['Сергій Бондаренко', 'Serhii Bondarenko'],
        date: '10.04.2026',
        subject: 'Заперечення (bezwaar) на рішення від 27.03.2026',
        ink: true,
        body: `Я не згоден з вашим рішенням про відмову
у допомозі. Ви пишете, що я маю автомобіль
і тому маю майно. Але автомобіль належить
моєму роботодавцю в Україні, я ним тільки
користувався. Документи з України я вже
замовив, вони прийдуть через 2 тижні.

Прошу переглянути рішення.`,
        sign: 'С. Бондаренко',
      }),
  },
  {
    slug: 'uk-dohovir-orendy-kimnaty',
    type: 'rental_agreement',
    client: null,
    language: 'uk',
    render: 'scan',
    label: 'two-page Ukrainian room rental contract between people not in the directory',
    date: '2026-02-01',
    build() {
      const d = new Doc('serif', 10.5);
      const p = d.page();
      p.ln('ДОГОВІР ОРЕНДИ КІМНАТИ', { f: 'serifB', size: 13, align: 'center' });
      p.ln('(huurovereenkomst kamer)', { size: 9, align: 'center', color: GREY, after: 10 });
      p.ln('м. Voorbeeld, Нідерланди                                                              01 лютого 2026 р.', {
        size: 9.5,
        after: 8,
      });
      p.p(`Орендодавець: Наталія Коваленко, яка проживає за адресою Populierenhof 14, 1230 PC Voorbeeld (далі – «Орендодавець»),

Орендар: Ірина Шевчук, 1991 р. н. (далі – «Орендар»),

уклали цей договір про таке:

1. Предмет договору
1.1. Орендодавець передає, а Орендар приймає у тимчасове користування одну кімнату площею приблизно 12 м² у квартирі за адресою Populierenhof 14, 1230 PC Voorbeeld, з правом спільного користування кухнею, ванною кімнатою та туалетом.

2. Строк оренди
2.1. Договір укладено на строк з 01.02.2026 по 31.07.2026 з можливістю продовження за згодою сторін.

3. Орендна плата
3.1. Орендна плата становить 450 (чотириста п'ятдесят) євро на місяць, включно з комунальними послугами та інтернетом.
3.2. Оплата здійснюється до 5-го числа кожного місяця на рахунок Орендодавця.`);
      const q = d.page();
      q.at(60);
      q.p(
        `4. Права та обов'язки сторін
4.1. Орендар зобов'язується підтримувати чистоту, не палити в квартирі та не передавати кімнату третім особам.
4.2. Орендар має право зареєструватися за цією адресою (inschrijving BRP) за згодою власника житла.

5. Інші умови
5.1. Застава становить 450 євро і повертається після закінчення договору.
5.2. Договір складено у двох примірниках, по одному для кожної сторони.`,
        { after: 30 },
      );
      q.t(q.left, q.y, 'Орендодавець:', { size: 9.5 });
      q.t(q.left + 260, q.y, 'Орендар:', { size: 9.5 });
      scribble(q, q.left, q.y + 30, 80);
      hand(q, q.left + 260, q.y + 32, 'І. Шевчук', { size: 16 });
      return d;
    },
  },
  {
    slug: 'uk-foto-dovidka-likaria',
    type: 'medical_statement',
    client: null,
    language: 'uk',
    render: 'photo',
    label: "photo of a Ukrainian doctor's certificate for someone not in the directory",
    date: '2026-03-17',
    build() {
      const d = new Doc('serif', 10.5);
      const p = d.page();
      p.ln('Комунальне некомерційне підприємство', { align: 'center', size: 9 });
      p.ln('«Міська поліклініка № 3» м. Житомир', { f: 'serifB', align: 'center', size: 11, after: 12 });
      p.ln('ДОВІДКА', { f: 'serifB', size: 15, align: 'center', after: 10 });
      p.p(`Видана Ткаченко Людмилі Петрівні, 1968 р. н., в тому, що вона перебувала на амбулаторному лікуванні у терапевта з 02.02.2026 по 06.03.2026 з приводу загострення хронічного захворювання.

Рекомендовано: обмеження фізичних навантажень протягом 2 місяців, повторний огляд лікаря.

Довідка видана для пред'явлення за місцем вимоги.`);
      p.gap(10);
      p.ln('Лікар-терапевт                                    Гончаренко О. В.');
      roundStamp(p, 160, p.y + 50, ['ПОЛІКЛІНІКА', '№ 3', 'ЖИТОМИР'], [0.3, 0.3, 0.7]);
      hand(p, 330, p.y + 10, 'Гончаренко', { size: 15 });
      return d;
    },
  },
  {
    slug: 'uk-lyst-partnerky-spilne-prozhyvannia',
    type: 'change_form',
    client: 'K-100395',
    language: 'uk',
    render: 'scan',
    label: "Ukrainian letter by a client's partner: she moved in with him",
    date: '2026-04-02',
    build: () =>
      personalLetter({
        sender: ['Олена Гнатюк', marek.street, marek.city],
        date: '02.04.2026',
        subject: 'Повідомлення про зміну: спільне проживання',
        body: `Шановні працівники відділу Werk en Inkomen,

Я пишу від імені свого партнера, пана Марека Вуйціка (Marek Wójcik), номер клієнта ${marek.clientNumber}, BSN ${marek.bsn}. Він попросив мене написати цей лист, бо я краще пишу.

З 1 квітня 2026 року я проживаю разом з ним за його адресою. Я працюю на повний робочий день у теплиці (Kwekerij Groenrijk) і заробляю близько 2100 євро нетто на місяць. Ми розуміємо, що це може вплинути на його допомогу.

Додаю копію мого трудового договору та останній розрахунковий лист. Якщо потрібні інші документи, будь ласка, повідомте нам.

З повагою,`,
        sign: 'О. Гнатюк   Marek Wójcik',
      }),
  },
  {
    slug: 'uk-email-skarha-cherha',
    type: 'complaint',
    client: null,
    language: 'uk',
    render: 'digital',
    label: 'printed Ukrainian e-mail complaint from someone not in the directory',
    date: '2026-03-31',
    author: 'Andrii Lysenko',
    build() {
      const d = new Doc('sans', 10);
      const p = d.page();
      p.left = 50;
      p.right = 545;
      p.t(p.left, 34, 'andrii.lysenko@mailbox.example', { size: 8, color: GREY });
      p.at(48);
      p.ln('Скарга: ніхто не відповідає на мою заяву', { f: 'sansB', size: 12.5, after: 4 });
      p.kv(
        [
          ['Від:', 'Андрій Лисенко <andrii.lysenko@mailbox.example>'],
          ['Кому:', 'klachten@gemeente-voorbeeld.example'],
          ['Дата:', 'вт, 31 бер. 2026 р. о 19:12'],
        ],
        { size: 8.5, labelW: 50, lf: 'sansB', after: 6 },
      );
      p.hr(0.5, GREY);
      p.p(
        `Добрий день,

Я хочу подати офіційну скаргу (klacht). 6 лютого я подав заяву на допомогу в ґемеенте. Мені сказали, що рішення буде протягом 8 тижнів. Вже минуло майже 8 тижнів, і я не отримав жодного листа, жодного дзвінка.

Я телефонував три рази на номер 14 0123, але мене щоразу переключали і зв'язок обривався. Мені нема чим платити за квартиру за квітень.

Прошу повідомити, на якому етапі моя заява, і хто з працівників нею займається.

З повагою,
Андрій Лисенко
Ringweg 96, Voorbeeld`,
        { size: 10, lh: 14 },
      );
      return d;
    },
  },
  {
    slug: 'uk-vypyska-bank-z-nomerom-klienta',
    type: 'bank_statement',
    client: 'K-100507',
    language: 'uk',
    render: 'scan',
    label: 'Ukrainian bank statement with the client number written on it',
    date: '2026-03-06',
    author: 'Dnipro Bank',
    build() {
      const d = new Doc('sans', 9);
      const p = d.page();
      p.t(p.left, 48, 'ДНІПРО БАНК', { f: 'sansB', size: 17, color: [0.0, 0.45, 0.25] });
      p.t(p.right, 48, 'Виписка по рахунку', { f: 'sansB', size: 11, align: 'right' });
      hand(p, 330, 82, 'klantnummer K-100507', { size: 14 });
      p.at(100);
      p.kv(
        [
          ['Клієнт', 'MAZUR JAKUB / МАЗУР ЯКУБ'],
          ['Рахунок (IBAN)', 'UA21 3052 9900 0002 6207 1234 5678 9'],
          ['Валюта', 'UAH'],
          ['Період', '01.02.2026 – 28.02.2026'],
          ['Вхідний залишок', '18 412,30 UAH'],
        ],
        { labelW: 120, after: 8 },
      );
      p.table(
        [
          { h: 'Дата', w: 65 },
          { h: 'Опис операції', w: 260 },
          { h: 'Сума, UAH', w: 90, r: true },
        ],
        [
          ['03.02.2026', 'Орендна плата, кв. Львів, вул. Городоцька', '+ 9 000,00'],
          ['05.02.2026', 'Комісія за обслуговування рахунку', '- 45,00'],
          ['10.02.2026', 'Переказ Мазур Г. (мати)', '- 4 000,00'],
          ['17.02.2026', 'Оплата комунальних послуг, Львів', '- 2 316,40'],
          ['28.02.2026', 'Нарахування відсотків', '+ 12,08'],
        ],
        { size: 8.5 },
      );
      p.kv([['Вихідний залишок', '21 062,98 UAH']], { f: 'sansB', labelW: 120 });
      p.gap(10);
      p.p('Виписку сформовано в електронному вигляді і вона не потребує підпису.', { size: 7.5, color: GREY });
      hand(p, p.left, 560, ['huur van appartement in Lviv (erfenis oma),', 'zie ook mijn brief van 2 maart — J. Mazur'], { size: 12 });
      return d;
    },
  },
  {
    slug: 'uk-foto-kopiia-posvidky',
    type: 'identity_document',
    client: null,
    language: 'uk',
    render: 'photo',
    label: 'photo of a Ukrainian ID card of someone not in the directory',
    date: '2026-02-19',
    build() {
      const d = new Doc('sans', 9);
      const p = d.page();
      const x = 110;
      const y = 200;
      p.rect(x, y, 380, 240, { fill: [0.86, 0.9, 0.95], stroke: [0.3, 0.3, 0.4], lw: 1 });
      p.t(x + 190, y + 22, 'УКРАЇНА  UKRAINE', { f: 'sansB', size: 12, align: 'center', color: [0.1, 0.2, 0.5] });
      p.t(x + 190, y + 37, 'ПАСПОРТ ГРОМАДЯНИНА УКРАЇНИ / IDENTITY CARD', { size: 7, align: 'center', color: [0.1, 0.2, 0.5] });
      p.rect(x + 14, y + 50, 90, 115, { fill: [0.66, 0.68, 0.72] });
      const rows: [string, string][] = [
        ['Прізвище / Surname', 'ТКАЧЕНКО / TKACHENKO'],
        ["Ім'я / Given names", 'ЛЮДМИЛА / LIUDMYLA'],
        ['Стать / Sex', 'Ж/F'],
        ['Дата народження / Date of birth', '11 03 1968'],
        ['Документ № / Document No.', '004417729'],
        ['Дійсний до / Date of expiry', '22 08 2029'],
      ];
      rows.forEach(([k, v], i) => {
        p.t(x + 118, y + 58 + i * 22, k, { size: 6.2, color: GREY });
        p.t(x + 118, y + 68 + i * 22, v, { f: 'sansB', size: 8.5 });
      });
      return d;
    },
  },
  {
    slug: 'uk-lyst-vidpustka-v-ukraini',
    type: 'holiday_notice',
    client: 'K-100227',
    language: 'uk',
    render: 'digital',
    label: 'typed Ukrainian letter announcing a stay abroad',
    date: '2026-06-05',
    author: 'Agnieszka Wiśniewska',
    build: () =>
      personalLetter({
        sender: [
          'Agnieszka Wiśniewska',
          agnieszka.street,
          agnieszka.city,
          `Номер клієнта: ${agnieszka.clientNumber}`,
          `Дата народження: ${dmy(agnieszka.birthDate)}`,
        ],
        date: 'Voorbeeld, 5 червня 2026',
        subject: 'Повідомлення про поїздку за кордон',
        font: 'sans',
        size: 10.5,
        body: `Шановна консультантко,

Повідомляю, що з 20 червня по 12 липня 2026 року я буду в Україні (м. Луцьк), щоб доглядати за бабусею після операції. Це 23 дні, тобто менше ніж 4 тижні.

Під час поїздки я буду доступна телефоном та електронною поштою. Після повернення я принесу паспорт з відмітками про перетин кордону.

Прошу підтвердити, що моя допомога не буде припинена на цей період.

З повагою,`,
        sign: 'A. Wiśniewska',
      }),
  },
  {
    slug: 'uk-trudovyi-dohovir-ahentstvo-dvomovnyi',
    type: 'employment_contract',
    client: 'K-100283',
    language: 'uk',
    render: 'digital',
    label: "temp agency's employment contract in Ukrainian",
    date: '2026-04-14',
    author: 'WorkBridge Uitzendbureau',
    build() {
      const d = new Doc('sans', 9.5);
      const p = d.page();
      letterhead(p, {
        name: 'WorkBridge Uitzendbureau B.V.',
        sub: 'агентство з працевлаштування',
        lines: ['Industrieweg 22', '1236 KL Voorbeeld', 'KvK 81100234'],
        style: 'block',
        color: [0.85, 0.55, 0.0],
      });
      p.ln('ТРУДОВИЙ ДОГОВІР ТИМЧАСОВОГО ПРАЦІВНИКА', { f: 'sansB', size: 12, after: 2 });
      p.ln('(uitzendovereenkomst met uitzendbeding, fase A)', { size: 8.5, color: GREY, after: 10 });
      p.kv(
        [
          ['Працівник', tomasz.name],
          ['BSN', tomasz.bsn],
          ['Адреса', `${tomasz.street}, ${tomasz.city}`],
          ['Посада', 'оператор лінії пакування'],
          ['Замовник (inlener)', 'Vershoeve Foods, Voorbeeld'],
          ['Початок роботи', '20.04.2026'],
          ['Погодинна ставка', '€ 14,71 брутто'],
          ['Робочий час', '32–40 годин на тиждень, змінний графік'],
        ],
        { labelW: 140, after: 10 },
      );
      p.p(`1. Цей договір укладено відповідно до колективного договору для тимчасових працівників (ABU CAO). Договір містить умову про тимчасову роботу (uitzendbeding): він припиняється, коли замовник більше не потребує працівника.

2. Заробітна плата виплачується щотижня. Відпускні (8%) та оплата святкових днів резервуються і виплачуються згідно з колективним договором.

3. У разі хвороби працівник повідомляє агентство до 7:00 ранку за номером 0123 - 88 77 66.

4. Житло не надається агентством. Витрати на проїзд відшкодовуються, якщо відстань перевищує 10 км.

5. Нідерландська версія цього договору має переважну силу.`);
      p.gap(10);
      p.t(p.left, p.y, 'Підпис працівника', { size: 8.5 });
      p.t(p.left + 260, p.y, 'За агентство', { size: 8.5 });
      p.gap(30);
      p.t(p.left, p.y, 'T. Lewandowski (підписано електронно 14.04.2026)', { size: 8.5, f: 'sansI' });
      p.t(p.left + 260, p.y, 'M. Verhagen', { size: 8.5, f: 'sansI' });
      footer(p, 'WorkBridge Uitzendbureau B.V. · NEN 4400-1 · SNA-keurmerk · www.workbridge.example');
      return d;
    },
  },
];

export { groupIban, iban };
