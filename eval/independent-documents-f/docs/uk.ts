// Ukrainian post: people under temporary protection or newly arrived, none of them in the
// directory. Their letters still have to reach the right team.
import { DARK, type Spec } from '../spec.ts';
import { BLUE_INK, clientLetter, Doc, GEMEENTE, handLines, notebook, outlook, signature, strangerBsn } from './kit.ts';

export const UK: Spec[] = [
  {
    slug: 'uk-pochala-pratsiuvaty',
    type: 'change_form',
    client: null,
    language: 'uk',
    render: 'scan',
    label: 'Oekraïense melding: begonnen met werk (niet in het bestand)',
    date: '2026-11-24',
    build: () => {
      const d = new Doc('sans', 11);
      const p = d.page();
      clientLetter(p, {
        from: ['Олена Коваленко (Olena Kovalenko)', 'Spoorlaan 140 kamer 3', '1235 XB Voorbeeld'],
        place: 'Voorbeeld, 24 листопада 2026',
        subject: 'Тема: повідомлення про роботу / melding werk',
      });
      p.p(
        `Шановні пані та панове,\n\nповідомляю, що з 16 листопада 2026 року я працюю в теплиці Kwekerij Van der Zon через агенцію EuroFlex, 32 години на тиждень. Мій BSN: ${strangerBsn('f-kovalenko')}.\n\nПрошу врахувати це при виплаті допомоги (leefgeld) за листопад. Першу зарплату я отримаю 4 грудня, тоді надішлю вам розрахунковий лист (loonstrook).\n\nЯкщо потрібні ще якісь документи, напишіть мені, будь ласка, на адресу olena.kov@example.com.\n\nЗ повагою,`,
      );
      signature(p, 'O. Kovalenko');
      return d;
    },
  },
  {
    slug: 'uk-zaperechennia-povernennia',
    type: 'objection',
    client: null,
    language: 'uk',
    render: 'scan',
    crumple: 1,
    label: 'Oekraïens bezwaar tegen terugvordering leefgeld',
    date: '2026-11-28',
    build: () => {
      const d = new Doc('serif', 11);
      const p = d.page();
      clientLetter(p, {
        from: ['Андрій Мельник / Andrii Melnyk', 'Stationsweg 9 (opvanglocatie)', '1235 AA Voorbeeld'],
        to: [...GEMEENTE.slice(0, 1), 'Bezwaar en Beroep', ...GEMEENTE.slice(2)],
        place: '28.11.2026',
        subject: 'ЗАПЕРЕЧЕННЯ (bezwaarschrift) проти рішення від 30 жовтня 2026',
      });
      p.p(
        'Шановна комісіє,\n\nя не згоден з вашим рішенням від 30 жовтня 2026 року, за яким я маю повернути 1 184 євро допомоги на проживання (leefgeld) за липень—вересень.\n\nУ рішенні написано, що я не повідомив про свою роботу. Це неправда. Я повідомив про роботу 3 липня у пункті прийому в мерії, працівниця зробила копію мого контракту. На жаль, у мене немає підтвердження, але у мене є фото контракту з датою на телефоні, і мої колеги можуть це підтвердити.\n\nКрім того, сума розрахована неправильно: у серпні я працював лише 9 днів через травму руки.\n\nПрошу скасувати рішення або принаймні перерахувати суму. Я хочу бути вислуханим особисто, з перекладачем.\n\nЗ повагою,',
      );
      signature(p, 'A. Melnyk');
      return d;
    },
  },
  {
    slug: 'uk-zaiava-na-dopomohu',
    type: 'benefit_application',
    client: null,
    language: 'uk',
    render: 'scan',
    label: 'Oekraïense aanvraag bijstand na vertrek Nederlandse partner',
    date: '2026-11-25',
    build: () => {
      const d = new Doc('sans', 10);
      const p = d.page();
      notebook(p, { top: 70, lh: 24 });
      handLines(
        p,
        [
          'До Gemeente Voorbeeld, відділ Werk en Inkomen',
          '',
          'Заява на соціальну допомогу (bijstand)',
          '',
          'Мене звати Ірина Шевченко (Iryna Shevchenko),',
          'мені 34 роки. Я живу в Нідерландах з 2023 року,',
          'маю дозвіл на проживання як партнерка громадянина',
          'Нідерландів. Два тижні тому мій партнер пішов',
          'від нас, і я залишилася сама з сином (5 років).',
          'У мене немає роботи і грошей на оренду за грудень.',
          'Прошу призначити мені допомогу та записати',
          'на прийом. Я трохи говорю англійською.',
          '',
          'Адреса: Julianalaan 17, 1232 AB Voorbeeld',
          'Телефон: 06-87 20 14 66',
          '',
          'Ірина Шевченко, 25.11.2026',
        ],
        { top: 94, lh: 24, size: 14, ink: BLUE_INK },
      );
      return d;
    },
  },
  {
    slug: 'uk-skarha-lyst-email',
    type: 'complaint',
    client: null,
    language: 'uk',
    render: 'digital',
    label: 'Oekraïense klacht over behandeling aan het loket (geprinte e-mail als PDF)',
    date: '2026-11-26',
    build: () => {
      const d = new Doc('serif', 10);
      const p = d.page();
      outlook(
        p,
        'Наталія Бондаренко',
        {
          from: 'Наталія Бондаренко <n.bondarenko@example.com>',
          date: 'четвер, 26 листопада 2026 р. 19:05',
          to: 'klachten@gemeente-voorbeeld.example',
          subject: 'Скарга / klacht',
        },
        'Добрий день,\n\nя хочу подати скаргу на поведінку працівника на стійці прийому в мерії 24 листопада приблизно о 10:30.\n\nЯ прийшла з донькою, щоб віддати документи для виплати допомоги. Працівник (чоловік в окулярах, на бейджі було ім\'я "Rob") розмовляв зі мною дуже грубо, голосно сказав при інших людях, що "українці завжди приходять без документів", і відмовився взяти мої папери. Моя донька плакала.\n\nУ мене були всі документи, які вимагалися в листі. Я прошу, щоб хтось розглянув цю ситуацію, і щоб мої документи прийняли.\n\nДякую,\nНаталія Бондаренко\nтел. 06-45 90 33 12',
      );
      return d;
    },
  },
  {
    slug: 'uk-borh-za-enerhiiu-foto',
    type: 'debt_notice',
    client: null,
    language: 'uk',
    render: 'photo',
    table: DARK,
    label: 'Foto van Oekraïense brief aan schuldhulp over energieschuld',
    date: '2026-11-29',
    build: () => {
      const d = new Doc('sans', 11);
      const p = d.page();
      p.at(60);
      p.ln('Сергій Ткаченко / Serhii Tkachenko', { f: 'sansB', size: 12 });
      p.ln('Havenkade 51, 1238 AX Voorbeeld', { after: 20 });
      p.ln('До служби допомоги з боргами (schuldhulpverlening)', { f: 'sansB', after: 12 });
      p.p(
        'Добрий день,\n\nя отримав річний рахунок від енергетичної компанії Zuidstroom: я повинен доплатити 2 146,80 євро за 2025—2026 рік. Вони вимагають оплатити все до 15 грудня, інакше передадуть борг колекторам (incassobureau).\n\nУ квартирі була погана ізоляція і старий електричний бойлер, про що я кілька разів писав власнику. У мене немає таких грошей. Чи можете ви допомогти домовитися про розстрочку або перевірити рахунок?\n\nКопію рахунку додаю.\n\nЗ повагою,\nСергій Ткаченко\nтел. 06-12 48 90 77',
        { size: 11 },
      );
      return d;
    },
  },
];
