// Set K, Ukrainian: newcomers from Ukraine and the Ukrainian partner of a client.
import {
  BLACK_INK,
  BLUE_INK,
  C,
  Doc,
  euro,
  footer,
  GREY,
  handLines,
  letterhead,
  notebook,
  PAGE_W,
  strangerBsn,
} from '../../independent-documents-d/docs/kit.ts';
import { OAK, type Spec } from '../../independent-documents-d/spec.ts';
import { card, hand, squared } from './parts.ts';

const wim = C('K-100367');

export const UK: Spec[] = [
  {
    slug: 'uk-zayava-zymovyi-odiah-hand',
    type: 'benefit_application',
    client: null,
    language: 'uk',
    render: 'scan',
    crumple: 1,
    label: 'Oekraïense handgeschreven aanvraag bijzondere bijstand voor winterkleding van de kinderen (nieuwkomer, geen klant)',
    date: '2026-11-10',
    build() {
      const d = new Doc();
      const p = d.page();
      notebook(p, { top: 66, lh: 24, holes: true });
      handLines(
        p,
        [
          'До муніципалітету (gemeente) Voorbeeld',
          'від Оксани Мельник, Jan Steenstraat 44, Voorbeeld',
          '',
          'Заява',
          '',
          'Прошу надати мені bijzondere bijstand на зимовий',
          'одяг і взуття для двох дітей (8 і 11 років).',
          'Ми приїхали з Харкова у вересні, живемо у квартирі',
          'від gemeente. Діти ходять до школи, а куртки і чоботи',
          'в них літні, вони вже хворіли. Я поки що не працюю,',
          'ходжу на курси голландської мови.',
          'Потрібно приблизно 260 євро (дивилась у Zeeman і Action).',
          '',
          'Мій телефон: 06 84 11 02 37 (Viber, WhatsApp)',
          '',
          'З повагою, Оксана Мельник   10.11.2026',
        ],
        { top: 90, lh: 24, size: 13.5, ink: BLUE_INK },
      );
      return d;
    },
  },
  {
    slug: 'uk-pasport-kopiia-onbekend',
    type: 'identity_document',
    client: null,
    language: 'uk',
    render: 'scan',
    copy: true,
    crumple: 0,
    label: 'Kopie Oekraïens paspoort (ID-kaart) met een Oekraïens briefje; persoon niet in het bestand',
    date: '2026-11-05',
    build() {
      const d = new Doc();
      const p = d.page();
      card(
        p,
        80,
        100,
        ['УКРАЇНА  UKRAINE', 'ПАСПОРТ ГРОМАДЯНИНА УКРАЇНИ / PASSPORT'],
        [
          ['Прізвище / Surname', 'БОНДАРЕНКО / BONDARENKO'],
          ['Ім’я / Given names', 'АНДРІЙ / ANDRII'],
          ['Дата народження / Date of birth', '03 02 1979'],
          ['Запис № / Record No.', '19790203-01457'],
          ['Документ № / Document No.', '004418207'],
          ['Дійсний до / Date of expiry', '11 05 2031'],
        ],
        { w: 300, h: 190, mrz: ['IDUKR0044182077<<<<<<<<<<<<<<<', 'BONDARENKO<<ANDRII<<<<<<<<<<<<'] },
      );
      hand(p, ['Копія мого паспорта для gemeente,', 'як просили на прийомі 4 листопада.', 'Андрій Бондаренко'], {
        x: 80,
        top: 380,
        lh: 24,
        size: 14,
        ink: BLACK_INK,
      });
      return d;
    },
  },
  {
    slug: 'uk-loonstrook-partner-met-brief',
    type: 'payslip',
    client: wim.clientNumber,
    language: 'uk',
    render: 'scan',
    crumple: 1,
    label: 'Oekraïens briefje van de partner van een klant met haar loonstrook van een bloemenkwekerij (2 pagina’s)',
    date: '2026-11-07',
    build() {
      const d = new Doc();
      const p = d.page();
      squared(p);
      hand(
        p,
        [
          'Шановна klantmanager,',
          '',
          'Надсилаю мій loonstrook за жовтень, як Ви просили.',
          'Я живу разом з Вімом Вермюленом (Wim Vermeulen),',
          `його номер клієнта ${wim.clientNumber}.`,
          'Я працюю у теплиці через агентство, 24 години',
          'на тиждень. У листопаді буде менше годин.',
          '',
          'Дякую, Олена Кравчук',
        ],
        { top: 80, lh: 28.4, size: 15, ink: BLUE_INK },
      );
      const q = d.page();
      q.font = 'sans';
      letterhead(q, 'Bloemenkwekerij Van Schie B.V.', ['Glasweg 30', '1239 KK Voorbeeld', 'loonheffingennr. 8122.61.004.L02'], {
        color: [0.2, 0.5, 0.2],
      });
      q.ln('Loonstrook oktober 2026', { f: 'sansB', size: 12, after: 6 });
      q.kv(
        [
          ['Werknemer', 'O. Kravchuk'],
          ['BSN', strangerBsn('kravchuk-k')],
          ['Functie', 'medewerker oogst'],
          ['Contract', 'fase A, uitzendbeding'],
        ],
        { labelW: 110, size: 9.5 },
      );
      q.table(
        [
          { h: 'Omschrijving', w: 240 },
          { h: 'Uren', w: 60, r: true },
          { h: 'Bedrag', w: 100, r: true },
        ],
        [
          ['Normale uren', '98,00', euro(1411.2)],
          ['Vakantiegeld 8%', '', euro(112.9)],
          ['Bruto', '', euro(1524.1)],
          ['Loonheffing', '', euro(-121.8)],
          ['Pensioen (StiPP)', '', euro(-39.63)],
          ['Netto', '', euro(1362.67)],
        ],
        { size: 9.5 },
      );
      footer(q, 'Bloemenkwekerij Van Schie B.V. · salarisadministratie');
      return d;
    },
  },
  {
    slug: 'uk-zhyvemo-razom-zmina',
    type: 'change_form',
    client: wim.clientNumber,
    language: 'uk',
    render: 'photo',
    table: OAK,
    label: 'Oekraïens handgeschreven briefje: partner woont sinds oktober bij een klant (samenwonen), met zijn klantnummer',
    date: '2026-10-20',
    build() {
      const d = new Doc();
      const p = d.page();
      notebook(p, { top: 70, lh: 25, margin: false });
      handLines(
        p,
        [
          'Gemeente Voorbeeld, Werk en Inkomen',
          '',
          'Повідомляю, що з 1 жовтня 2026 року я живу',
          `разом з Wim Vermeulen за адресою ${wim.street}.`,
          'Ми разом вже рік, тепер це наш спільний дім.',
          'Він отримує uitkering, номер ' + wim.clientNumber + '.',
          'Я зареєструвалась у gemeente (BRP) 3 жовтня.',
          'Мій дохід: робота в теплиці, приблизно 1300 євро.',
          '',
          'Олена Кравчук',
          'Wim: ja klopt, W. Vermeulen',
        ],
        { top: 95, lh: 25, size: 14, ink: BLUE_INK },
      );
      return d;
    },
  },
  {
    slug: 'uk-zaperechennia-vidmova',
    type: 'objection',
    client: null,
    language: 'uk',
    render: 'digital',
    label: 'Oekraïens getypt bezwaar tegen afwijzing van een aanvraag bijstand, schrijver niet in het bestand',
    date: '2026-11-17',
    author: 'Andrii Bondarenko',
    build() {
      const d = new Doc('sans', 11);
      const p = d.page();
      p.at(50);
      p.p(
        `Андрій Бондаренко
Jan Steenstraat 46, Voorbeeld
тел. 06 90 13 48 22

Gemeente Voorbeeld
Team Bezwaar en Beroep

17.11.2026

Тема: заперечення (bezwaar) проти рішення від 6 листопада 2026 року

Шановні пані та панове,

Я не згоден з вашим рішенням відмовити мені у допомозі (bijstand). У листі написано, що я маю право на допомогу для біженців з України (leefgeld) і тому не можу отримати bijstand.

Але з 1 жовтня я маю дозвіл на проживання за іншою підставою (мій шлюб з громадянкою Нідерландів розпався, але я маю дозвіл «verblijf als partner» до 2028 року) і більше не отримую leefgeld. Я додаю копію мого документа та лист від IND.

Прошу переглянути рішення та запросити мене на слухання. Мені потрібен перекладач з української.

З повагою,
Андрій Бондаренко`,
        { lh: 16 },
      );
      p.t(PAGE_W - 64, 820, 'надруковано з телефону', { size: 6.5, color: GREY, align: 'right' });
      return d;
    },
  },
  {
    slug: 'uk-skarha-balie-email',
    type: 'complaint',
    client: null,
    language: 'uk',
    render: 'digital',
    label: 'Oekraïense e-mailklacht over de behandeling aan de balie, schrijfster niet in het bestand',
    date: '2026-11-26',
    author: 'Iryna Shevchuk',
    build() {
      const d = new Doc();
      const p = d.page();
      p.left = 48;
      p.right = 547;
      p.at(36);
      p.t(p.left, 44, 'Gmail', { f: 'sansB', size: 13, color: [0.8, 0.2, 0.15] });
      p.t(p.right, 44, 'iryna.shevchuk@example.com', { size: 8, align: 'right', color: GREY });
      p.line(p.left, 52, p.right, 52, 0.5, GREY);
      p.at(64);
      p.kv(
        [
          ['Від:', 'Iryna Shevchuk <iryna.shevchuk@example.com>'],
          ['Дата:', 'чт, 26 лист. 2026 р., 19:40'],
          ['Кому:', 'klachten@gemeente-voorbeeld.example'],
          ['Тема:', 'Скарга / klacht'],
        ],
        { lf: 'sansB', labelW: 50, size: 9.5, after: 10 },
      );
      p.p(
        `Добрий вечір,

Я хочу подати скаргу (klacht) на працівника на рецепції (balie) у ратуші, 24 листопада близько 11:00.

Я прийшла, щоб віддати документи для заяви на bijstand. Працівник сказав мені голосно при людях: «Якщо не розмовляєте голландською, поверніться додому». Він відмовився взяти мої документи і не дав мені квитанції. Я плакала, зі мною була моя 10-річна донька.

Я розумію, що маю вчити мову, і я вчу її щодня. Але такого ставлення не повинно бути. Прошу розглянути мою скаргу і сказати, куди я можу віддати документи.

З повагою,
Ірина Шевчук
Vlietlaan 8, Voorbeeld`,
        { size: 10.5, lh: 15 },
      );
      return d;
    },
  },
];
