import { isValidBsn } from '../../../shared/domain/bsn.ts';
import { EMPLOYERS, JOB_TITLES, STAFFING } from '../pools.ts';
import type { Rng } from '../random.ts';
import type { Ctx, DateStyle, IdLabels, Template } from '../template.ts';
import {
  addDays,
  ahead,
  fmtDate,
  fmtIso,
  ibanText,
  idLine,
  idLines,
  kenmerk,
  money,
  moneyEn,
  one,
  paginate,
  paras,
  past,
  row,
} from '../template.ts';
import { mrzCheck } from './identity.ts';

/**
 * Foreign voices (set B): Ukrainian, Polish and English post for every document type, from many
 * kinds of writers. A Ukrainian client writing by hand in a mix of Ukrainian and Russian, a
 * volunteer of a Ukrainian community group, a Polish worker's agency payslip with Polish labels,
 * a Polish bailiff, a ZUS or Pension Fund decision from home, a sworn translation of a Dutch court
 * ruling, WhatsApp and e-mail printouts, online forms. The wording is written per template (no
 * shared sentence pools) so that one type's documents share meaning, not sentences. Each template
 * is its own split group.
 */

// ---------------------------------------------------------------------------------------------
// Helpers

/** The client's identifying lines this document shows, with the writer's own labels (the BSN as nine digits); and squeezed on one line. */
const ids = (c: Ctx, l: IdLabels, sep = ': ', style: DateStyle = 'dot') => idLines(c, l, { sep, birthStyle: style, bsn: 'plain' });
const idsInline = (c: Ctx, l: IdLabels, style: DateStyle = 'dot', join = ', ') => idLine(c, l, join, { birthStyle: style, bsn: 'plain' });

const dot = (d: Date) => fmtDate(d, 'dot');
const isoOf = (d: Date) => d.toISOString().slice(0, 10);
const g = (c: Ctx, m: string, f: string) => (c.p.gender === 'f' ? f : m);
const clock = (rng: Rng, from: number, to: number) => `${rng.int(from, to)}:${String(rng.int(0, 59)).padStart(2, '0')}`;
const slug = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z]/g, '')
    .slice(0, 16);
const muniMail = (c: Ctx, box = 'werkeninkomen') => `${box}@${slug(c.org.city)}.nl`;

/** Amounts with a space for thousands and a decimal comma: 12 345,67 */
function spaced(x: number): string {
  const [int, dec] = Math.abs(x).toFixed(2).split('.') as [string, string];
  return `${x < 0 ? '-' : ''}${int.replace(/\B(?=(\d{3})+(?!\d))/g, ' ')},${dec}`;
}
const uah = (x: number) => `${spaced(x)} грн`;
const pln = (x: number) => `${spaced(x)} zł`;
const eurPl = (x: number) => `${spaced(x)} €`;

const MONTHS_UK_GEN = [
  'січня',
  'лютого',
  'березня',
  'квітня',
  'травня',
  'червня',
  'липня',
  'серпня',
  'вересня',
  'жовтня',
  'листопада',
  'грудня',
];
const MONTHS_UK = [
  'січень',
  'лютий',
  'березень',
  'квітень',
  'травень',
  'червень',
  'липень',
  'серпень',
  'вересень',
  'жовтень',
  'листопад',
  'грудень',
];
const MONTHS_PL_GEN = [
  'stycznia',
  'lutego',
  'marca',
  'kwietnia',
  'maja',
  'czerwca',
  'lipca',
  'sierpnia',
  'września',
  'października',
  'listopada',
  'grudnia',
];
const MONTHS_PL = [
  'styczeń',
  'luty',
  'marzec',
  'kwiecień',
  'maj',
  'czerwiec',
  'lipiec',
  'sierpień',
  'wrzesień',
  'październik',
  'listopad',
  'grudzień',
];
const longUk = (d: Date) => `${d.getUTCDate()} ${MONTHS_UK_GEN[d.getUTCMonth()]} ${d.getUTCFullYear()} р.`;
const longPl = (d: Date) => `${d.getUTCDate()} ${MONTHS_PL_GEN[d.getUTCMonth()]} ${d.getUTCFullYear()} r.`;
const monthUk = (d: Date) => MONTHS_UK[d.getUTCMonth()] as string;
const monthPl = (d: Date) => MONTHS_PL[d.getUTCMonth()] as string;

const UK_CITIES = [
  'Харків',
  'Київ',
  'Одеса',
  'Дніпро',
  'Запоріжжя',
  'Львів',
  'Миколаїв',
  'Херсон',
  'Суми',
  'Чернігів',
  'Полтава',
  'Вінниця',
];
const UK_CITIES_LOC = [
  'Харкові',
  'Києві',
  'Одесі',
  'Дніпрі',
  'Запоріжжі',
  'Львові',
  'Миколаєві',
  'Херсоні',
  'Сумах',
  'Чернігові',
  'Полтаві',
  'Вінниці',
];
/** Ukrainian women's and men's names, for a signature that must agree with a verb. */
const UK_STAFF_F = ['Олена Коваленко', 'Наталія Бондар', 'Тетяна Кравченко', 'Оксана Литвин', 'Ірина Руденко'];
const UK_STAFF_M = ['Ігор Шевчук', 'Андрій Мельник', 'Сергій Ткаченко', 'Віктор Савченко', 'Дмитро Олійник'];
const UK_STAFF = [
  'Олена Коваленко',
  'Ігор Шевчук',
  'Наталія Бондар',
  'Андрій Мельник',
  'Тетяна Кравченко',
  'Сергій Ткаченко',
  'Оксана Литвин',
  'Віктор Савченко',
  'Ірина Руденко',
  'Дмитро Олійник',
];
const PL_CITIES = [
  'Wrocław',
  'Poznań',
  'Opole',
  'Gdańsk',
  'Szczecin',
  'Lublin',
  'Rzeszów',
  'Białystok',
  'Kielce',
  'Bydgoszcz',
  'Łódź',
  'Zielona Góra',
];
/** Polish cities with "in …" (locative), for courts and offices. */
const PL_IN: Record<string, string> = {
  Wrocław: 'we Wrocławiu',
  Poznań: 'w Poznaniu',
  Opole: 'w Opolu',
  Gdańsk: 'w Gdańsku',
  Szczecin: 'w Szczecinie',
  Lublin: 'w Lublinie',
  Rzeszów: 'w Rzeszowie',
  Białystok: 'w Białymstoku',
  Kielce: 'w Kielcach',
  Bydgoszcz: 'w Bydgoszczy',
  Łódź: 'w Łodzi',
  'Zielona Góra': 'w Zielonej Górze',
};
const plIn = (city: string) => PL_IN[city] ?? `w ${city}`;
const PL_STAFF = [
  'Anna Nowak',
  'Katarzyna Wiśniewska',
  'Tomasz Kowalczyk',
  'Marek Zieliński',
  'Agnieszka Wójcik',
  'Piotr Kamiński',
  'Magdalena Lewandowska',
  'Krzysztof Dąbrowski',
  'Ewa Szymańska',
  'Paweł Woźniak',
];
const AGENCIES_PL = ['Otto Workforce', 'Covebo', 'EuroFlex Personeel B.V.', 'Westland Werkt B.V.', 'Polflex Uitzendbureau', 'Gi Group'];
const AGENCIES_UK = ['Otto Workforce', 'Covebo', 'EuroFlex Personeel B.V.', 'UA Work Solutions B.V.', 'Flexwerk Oost B.V.', 'Gi Group'];

/** A Ukrainian IBAN, written without spaces (as banking apps print it). */
const uaIban = (rng: Rng) => `UA${rng.int(10, 99)}${rng.pick(['305299', '322001', '300528', '380805'])}${rng.digits(19)}`;
/** A Polish account number, NRB style in groups. */
const plAccount = (rng: Rng) =>
  `${rng.int(10, 99)} ${rng.pick(['1020', '1090', '1140', '1050', '2490'])} ${[0, 1, 2, 3, 4].map(() => rng.digits(4)).join(' ')}`;

/** Typos of hurried Ukrainian typing: a Russian keyboard (і→и, є→е), commas lost, letters dropped. */
function typosUk(text: string, rng: Rng, level = 0.5): string {
  let t = text;
  if (rng.chance(level * 0.6)) t = t.replace(/і/g, () => (rng.chance(0.35) ? 'и' : 'і'));
  if (rng.chance(level * 0.5)) t = t.replace(/є/g, 'е').replace(/ї/g, 'і');
  if (rng.chance(level * 0.5)) t = t.replace(/,/g, () => (rng.chance(0.6) ? '' : ','));
  if (rng.chance(level))
    t = t.replace(/([.!?]) ([А-ЯІЇЄҐ])/g, (_, p: string, ch: string) => `${p} ${rng.chance(0.5) ? ch.toLowerCase() : ch}`);
  return t.replace(/[а-яіїєґ]{6,}/g, (w) => {
    if (!rng.chance(level * 0.07)) return w;
    const i = rng.int(1, w.length - 2);
    return w.slice(0, i) + w.slice(i + 1);
  });
}

const PL_PLAIN: Record<string, string> = { ą: 'a', ć: 'c', ę: 'e', ł: 'l', ń: 'n', ó: 'o', ś: 's', ź: 'z', ż: 'z', Ł: 'L', Ś: 'S', Ż: 'Z' };
/** Typos of Polish written on a Dutch phone: diacritics gone, "ó"/"u" and "rz"/"ż" mixed up, commas lost. */
function typosPl(text: string, rng: Rng, level = 0.5): string {
  let t = text;
  if (rng.chance(level)) t = t.replace(/[ąćęłńóśźżŁŚŻ]/g, (ch) => PL_PLAIN[ch] ?? ch);
  else if (rng.chance(level * 0.5))
    t = t
      .replace(/\bmój\b/g, 'muj')
      .replace(/\bktóry\b/g, 'ktury')
      .replace(/\bjuż\b/g, 'jusz')
      .replace(/\bteż\b/g, 'tesz');
  if (rng.chance(level * 0.5)) t = t.replace(/,/g, () => (rng.chance(0.6) ? '' : ','));
  if (rng.chance(level))
    t = t.replace(/([.!?]) ([A-ZŁŚŻ])/g, (_, p: string, ch: string) => `${p} ${rng.chance(0.5) ? ch.toLowerCase() : ch}`);
  return t.replace(/[a-ząćęłńóśźż]{6,}/g, (w) => {
    if (!rng.chance(level * 0.07)) return w;
    const i = rng.int(1, w.length - 2);
    return w.slice(0, i) + w.slice(i + 1);
  });
}

/** Nine digits that fail the elfproef: a document number never read as a BSN. */
function nonBsn9(rng: Rng): string {
  for (;;) {
    const s = String(rng.int(1, 9)) + rng.digits(8);
    if (!isValidBsn(s)) return s;
  }
}

/** Chat times that only move forward. */
function ticker(rng: Rng, from: number): () => string {
  let hour = from;
  return () => {
    hour = Math.min(23, hour + rng.int(0, 2));
    return `${hour}:${String(rng.int(0, 59)).padStart(2, '0')}`;
  };
}

/** Header lines of a WhatsApp chat exported and printed. */
function waLine(d: Date, time: string, who: string, text: string): string {
  return `[${fmtDate(d, 'dot').slice(0, 6)}${String(d.getUTCFullYear()).slice(2)}, ${time}] ${who}: ${text}`;
}

// =============================================================================================
// UKRAINIAN

const UKL: IdLabels = { bsn: 'BSN', client: 'Номер клієнта (klantnummer)', birth: 'Дата народження' };

const ukPayslipAgency: Template = {
  id: 'payslip.uk.agency-bilingual',
  type: 'payslip',
  lang: 'uk',
  style: 'printed',
  weight: 0.35,
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const agency = rng.pick(AGENCIES_UK);
    const week = rng.int(2, 51);
    const hours = rng.int(30, 46);
    const rate = rng.amount(14.06, 16.2);
    const over = rng.chance(0.5) ? rng.int(2, 9) : 0;
    const base = hours * rate;
    const overPay = over * rate * 1.25;
    const shift = rng.chance(0.5) ? rng.amount(12, 60) : 0;
    const gross = base + overPay + shift;
    const tax = gross * rng.next() * 0.09;
    const housing = rng.chance(0.7) ? rng.amount(95, 125) : 0;
    const zorg = rng.chance(0.6) ? rng.amount(30, 36) : 0;
    const net = gross - tax - housing - zorg;
    const w = [40, 12];
    return [
      [
        `${agency.toUpperCase()}`,
        'Loonstrook / Розрахунковий лист',
        `Тиждень / Week ${week}-${c.date.getUTCFullYear()}    Дата виплати: ${dot(c.date)}`,
        '',
        `Працівник / Werknemer: ${c.p.name}`,
        ...(c.show.bsn ? [`BSN / податковий номер NL: ${c.p.bsn}`] : []),
        ...(c.show.birthDate ? [`Дата народження / Geboortedatum: ${fmtIso(c.p.birthDate, 'dot')}`] : []),
        `Посада / Functie: ${rng.pick(['orderpicker (комплектувальник)', 'productiemedewerker (працівник виробництва)', 'inpakker (пакувальник)', 'heftruckchauffeur (водій навантажувача)'])}`,
        `Фаза / Fase: ${rng.pick(['A', 'A', 'B'])}   Погодинна ставка / Uurloon: ${money(rate, { euro: true })}`,
        '',
        row(['Опис / Omschrijving', 'Сума €'], w),
        row([`Години ${hours} x ${money(rate)} (normale uren)`, money(base)], w),
        ...(over ? [row([`Понаднормові ${over} год 125%`, money(overPay)], w)] : []),
        ...(shift ? [row(['Надбавка за зміну (ploegentoeslag)', money(shift)], w)] : []),
        row(['Брутто / Bruto', money(gross)], w),
        row(['Податок (loonheffing)', money(-tax)], w),
        ...(housing ? [row(['Житло (huisvesting)', money(-housing)], w)] : []),
        ...(zorg ? [row(['Медстрахування (zorgverzekering)', money(-zorg)], w)] : []),
        row(['НЕТТО ДО ВИПЛАТИ / Netto', money(net)], w),
        '',
        `Відпускні 8% (vakantiegeld) нараховано: ${money(gross * 0.08)} — виплата у травні`,
        `Рахунок: ${ibanText(c.p.iban, rng)}`,
        '',
        one(
          rng,
          'Питання щодо зарплати: пишіть координатору у WhatsApp або на loon@agency.nl.',
          'Якщо бачите помилку в годинах — повідомте протягом 7 днів.',
          'Ця виписка створена автоматично і не потребує підпису.',
        ),
      ],
    ];
  },
};

const ukPayslipHome: Template = {
  id: 'payslip.uk.rozrakhunkovyi-lyst-tov',
  type: 'payslip',
  lang: 'uk',
  style: 'printed',
  weight: 0.3,
  supports: [],
  render(c) {
    const { rng } = c;
    const firm = rng.pick(['ТОВ «Софтлайн Плюс»', 'ТОВ «Агроцентр-Південь»', 'ПП «Бухгалтерія Онлайн»', 'ТОВ «Дніпро Логістик»']);
    const salary = rng.int(18, 62) * 1000;
    const bonus = rng.chance(0.5) ? rng.int(2, 12) * 500 : 0;
    const total = salary + bonus;
    const pdfo = total * 0.18;
    const vz = total * 0.05;
    const m = addDays(c.date, -20);
    return [
      [
        firm,
        `РОЗРАХУНКОВИЙ ЛИСТ за ${monthUk(m)} ${m.getUTCFullYear()} р.`,
        '',
        `ПІБ: ${c.p.lastName} ${c.p.firstName}`,
        `Табельний № ${rng.int(10, 480)}    Посада: ${rng.pick(['бухгалтер', 'менеджер з продажу', 'програміст', 'оператор call-центру', 'аналітик'])}`,
        `Режим роботи: ${rng.pick(['дистанційна робота', 'віддалено (Нідерланди)', 'повний робочий день, дистанційно'])}`,
        `Відпрацьовано днів: ${rng.int(18, 23)}`,
        '',
        'НАРАХОВАНО',
        row(['  Оклад', uah(salary)], [34, 16]),
        ...(bonus ? [row(['  Премія', uah(bonus)], [34, 16])] : []),
        row(['  Всього нараховано', uah(total)], [34, 16]),
        'УТРИМАНО',
        row(['  ПДФО 18%', uah(pdfo)], [34, 16]),
        row(['  Військовий збір 5%', uah(vz)], [34, 16]),
        row(['  Всього утримано', uah(pdfo + vz)], [34, 16]),
        '',
        row(['ДО ВИПЛАТИ', uah(total - pdfo - vz)], [34, 16]),
        `ЄСВ 22% (за рахунок роботодавця): ${uah(total * 0.22)}`,
        '',
        `Перераховано на картку ${rng.pick(['ПриватБанк', 'monobank', 'Ощадбанк'])} **** ${rng.digits(4)}`,
        `Головний бухгалтер ____________ ${rng.pick(UK_STAFF)}`,
      ],
    ];
  },
};

const ukBankPrivat: Template = {
  id: 'bank_statement.uk.vypyska-kartka',
  type: 'bank_statement',
  lang: 'uk',
  style: 'printed',
  weight: 0.35,
  supports: [],
  render(c) {
    const { rng } = c;
    const from = past(c, 35, 40);
    const to = past(c, 1, 5);
    let bal = rng.amount(6000, 25000);
    const start = bal;
    const kinds: [string, number, number][] = [
      ['АТБ-Маркет', -80, -1200],
      ['Сільпо', -150, -2100],
      ['Нова Пошта, відправлення', -70, -400],
      ['Київстар, поповнення рахунку', -100, -300],
      ['Комунальні платежі (Портмоне)', -600, -2800],
      ['Переказ з картки іншого банку', 500, 8000],
      [`Переказ від ${rng.pick(UK_STAFF)}`, 300, 5000],
      ['Зарахування пенсії', 3000, 6500],
      ['Орендна плата за квартиру', 5000, 14000],
      ['Зняття готівки, банкомат', -500, -3000],
      ['Укрзалізниця, квитки', -400, -1800],
      ['Аптека Доброго Дня', -90, -900],
    ];
    const rows: string[] = [];
    const n = rng.int(7, 14);
    for (let i = 0; i < n; i++) {
      const [what, a, b] = rng.pick(kinds);
      const amt = a < 0 ? -rng.amount(-a, -b) : rng.amount(a, b);
      bal += amt;
      rows.push(row([dot(addDays(from, Math.floor((i * 30) / n))), what, spaced(amt), spaced(bal)], [11, 38, 12, 12]));
    }
    return [
      [
        rng.pick(['АТ КБ «ПриватБанк»', 'АТ «Ощадбанк»', 'АТ «Райффайзен Банк»']),
        'ВИПИСКА ЗА КАРТКОЮ',
        `Клієнт: ${c.p.name.toUpperCase()}`,
        `Картка: ${rng.pick(['5168', '4149', '5363'])} **** **** ${rng.digits(4)}   Валюта: UAH`,
        `Рахунок (IBAN): ${uaIban(rng)}`,
        `Період: з ${dot(from)} по ${dot(to)}`,
        '',
        row(['Дата', 'Опис операції', 'Сума', 'Залишок'], [11, 38, 12, 12]),
        ...rows,
        '',
        `Вхідний залишок: ${uah(start)}    Вихідний залишок: ${uah(bal)}`,
        `Сформовано в ${rng.pick(['Приват24', 'інтернет-банкінгу', 'мобільному застосунку'])} ${dot(c.date)} ${clock(rng, 8, 22)}`,
      ],
    ];
  },
};

const ukBankMono: Template = {
  id: 'bank_statement.uk.mono-app-export',
  type: 'bank_statement',
  lang: 'uk',
  style: 'printed',
  weight: 0.3,
  supports: ['name-birthdate'],
  render(c) {
    const { rng } = c;
    const lines: string[] = [];
    const n = rng.int(5, 11);
    let d = past(c, 30, 32);
    for (let i = 0; i < n; i++) {
      d = addDays(d, rng.int(1, 4));
      const [cat, what, sign] = rng.pick([
        ['Продукти', rng.pick(['Сільпо', 'Novus', 'Fora', 'Albert Heijn']), -1],
        ['Перекази', `Переказ на картку ${rng.pick(['Мама', 'Олег К.', 'Оксана'])}`, -1],
        ['Поповнення', rng.pick(['З гривневої картки', 'Від: Wise Europe', 'Термінал поповнення']), 1],
        ['Кешбек', 'Виведення кешбеку', 1],
        ['Зв’язок', 'Vodafone Україна', -1],
        ['Транспорт', rng.pick(['Bolt', 'Uklon', 'NS Reizigers']), -1],
      ] as const);
      const amt = sign * rng.amount(50, 4000);
      lines.push(`${dot(d)}  ${clock(rng, 10, 23)}  ${cat.padEnd(11)} ${what.padEnd(26)} ${spaced(amt).padStart(11)} ₴`);
    }
    return [
      [
        'monobank | Universal Bank',
        'Виписка по рахунку',
        '',
        `${c.p.firstName} ${c.p.lastName}`,
        ...(c.show.birthDate ? [`Дата народження ${fmtIso(c.p.birthDate, 'dot')}`] : []),
        `Гривнева картка · IBAN ${uaIban(rng)}`,
        `За період ${dot(past(c, 31, 31))} — ${dot(c.date)}`,
        '',
        'Дата і час         Категорія   Опис                              Сума',
        ...lines,
        '',
        `Надходження: ${uah(rng.amount(1000, 15000))}   Витрати: ${uah(rng.amount(1000, 15000))}`,
        'Документ сформовано автоматично та не потребує підпису.',
      ],
    ];
  },
};

const ukChangeSurzhyk: Template = {
  id: 'change_form.uk.handwritten-surzhyk',
  type: 'change_form',
  lang: 'uk',
  style: 'handwritten',
  weight: 0.35,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const from = fmtDate(past(c, 2, 20), 'dot');
    const body = one(
      rng,
      `Здраствуйте. Я хочу сказать що з ${from} я ${g(c, 'начав', 'начала')} працювати на фабриці через агенство ${rng.pick(AGENCIES_UK)}. Перша зарплата буде в п'ятницю. Я вам потом пришлю loonstrook. Спасибо`,
      `Добрий день! Повідомляю шо я ${g(c, 'переїхав', 'переїхала')} на нову адресу, ${c.p.street} ${c.p.houseNumber}. Ключі дали ${from}. Старе житло вже не моє. Если нада документ від хозяїна я принесу.`,
      `Добрий день. До мене приїхав ${rng.pick(['мій чоловік', 'мій син', 'мой брат'])} з України, ${from}. Він буде жити разом зі мною поки шо. Він не працює. Скажіть будь ласка чи це міняє мою uitkering.`,
      `Я більше не працюю в ${rng.pick(EMPLOYERS)}, контракт закінчився ${from}. Тепер в мене нема доходу. Прошу знов платити мені допомогу. Дякую`,
      `Шановні! У мене народилась дитина ${from}, ${rng.pick(['донечка', 'синочок'])}. Тепер нас в сім'ї ${rng.int(3, 5)}. Прошу врахувати. Свідоцтво про народження додаю копію.`,
    );
    return [
      [
        c.p.name,
        ...idsInline(c, { bsn: 'BSN', client: 'klantnummer', birth: 'д.н.' }),
        '',
        rng.pick(['Гемеенте, відділ uitkering', `В ${c.org.name}`, 'Для моєї консультантки']),
        '',
        ...paras(rng.int(46, 60), typosUk(body, rng, 0.4 + rng.next() * 0.5)),
        '',
        `${dot(c.date)}   ${rng.pick(['підпис', '', c.p.firstName])}`,
      ],
    ];
  },
};

const ukChangeVolunteer: Template = {
  id: 'change_form.uk.volunteer-email',
  type: 'change_form',
  lang: 'uk',
  style: 'printed',
  weight: 0.3,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const female = rng.chance(0.7);
    const vol = rng.pick(female ? UK_STAFF_F : UK_STAFF_M);
    const org = rng.pick(['Українська громада', 'Stichting Oekraïense Hulp', 'Волонтерський центр Разом', 'Vluchtelingenwerk']);
    const hours = rng.int(12, 32);
    const what = rng.pick([
      `з ${dot(past(c, 3, 25))} ${g(c, 'пан', 'пані')} ${c.p.lastName} працює ${hours} год. на тиждень (роботодавець: ${rng.pick(EMPLOYERS)}). Дохід щомісяця буде різний, приблизно ${money(hours * 4.3 * 14.5, { euro: true })} брутто.`,
      `${g(c, 'пан', 'пані')} ${c.p.lastName} з ${dot(past(c, 3, 25))} живе разом із ${c.q.firstName} ${c.q.lastName} за адресою ${c.p.street} ${c.p.houseNumber}. Вони ведуть спільне господарство.`,
      `${g(c, 'пан', 'пані')} ${c.p.lastName} ${g(c, 'отримав', 'отримала')} одноразову виплату з України (${uah(rng.int(6, 40) * 1000)}, це приблизно ${money(rng.amount(150, 900), { euro: true })}). Виписку з банку додаю.`,
      `старший син ${g(c, 'пана', 'пані')} ${c.p.lastName} переїхав у студентське житло ${dot(past(c, 3, 25))} і більше не живе вдома.`,
    ]);
    return [
      [
        `Від: ${vol} <${slug(vol) || 'vrijwilliger'}${rng.int(1, 99)}@gmail.com>`,
        `Кому: ${muniMail(c)}`,
        `Дата: ${dot(c.date)} ${clock(rng, 9, 20)}`,
        `Тема: ${rng.pick(['Зміни у ситуації клієнта / wijziging', 'wijziging doorgeven – ' + c.p.lastName, 'Повідомлення про зміни'])}`,
        '',
        `Шановна пані / шановний пане ${c.r.lastName}!`,
        '',
        ...paras(
          84,
          `Мене звати ${vol}, я ${female ? rng.pick(['волонтерка', 'помічниця']) : 'волонтер'} організації «${org}». Пишу від імені ${g(c, 'пана', 'пані')} ${c.p.name}, бо ${g(c, 'він', 'вона')} поки що погано розуміє нідерландську. ${g(c, 'Він дав', 'Вона дала')} згоду на цей лист.`,
          `Хочемо повідомити про зміну: ${what}`,
          rng.chance(0.6) &&
            'Чи потрібно ще заповнити офіційний wijzigingsformulier на сайті? Якщо так, ми зробимо це разом під час наступної зустрічі.',
        ),
        '',
        ...ids(c, UKL),
        '',
        'З повагою,',
        vol,
        org,
      ],
    ];
  },
};

const ukChangeForm: Template = {
  id: 'change_form.uk.form-zminy',
  type: 'change_form',
  lang: 'uk',
  style: 'form',
  weight: 0.3,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const items = [
      'Новий дохід (робота, стипендія)',
      'Дохід припинився',
      'Переїзд / нова адреса',
      'Хтось переїхав до мене / від мене',
      'Відкрито новий банківський рахунок',
      'Інше',
    ];
    const ticked = rng.int(0, items.length - 1);
    return [
      [
        c.org.name,
        'ПОВІДОМЛЕННЯ ПРО ЗМІНИ (wijzigingsformulier, переклад українською)',
        'Заповніть друкованими літерами',
        '',
        `Прізвище та ім'я: ${c.p.name}`,
        `Адреса: ${c.p.street} ${c.p.houseNumber}, ${c.p.postcode} ${c.p.city}`,
        ...ids(c, { bsn: 'BSN', client: 'Klantnummer', birth: 'Дата народження' }),
        `Телефон: ${c.p.phone}`,
        '',
        'Що змінилося?',
        ...items.map((it, i) => `[${i === ticked ? 'X' : ' '}] ${it}`),
        '',
        `З якої дати: ${dot(past(c, 1, 30))}`,
        `Пояснення: ${typosUk(
          rng.pick([
            `почала працювати прибиральницею ${rng.int(8, 20)} годин`,
            'робота закінчилась, контракт не продовжили',
            `переїхала в ${c.p.city}, договір оренди додаю`,
            'до мене переїхала мама з України',
            'новий рахунок у bunq',
            'отримую стипендію на курси мови',
          ]),
          rng,
          0.3,
        )}`,
        `Сума (якщо відомо): ${rng.chance(0.6) ? money(rng.amount(200, 1600), { euro: true }) : '—'}`,
        '',
        'Я заявляю, що заповнив(ла) цю форму правдиво і повно.',
        `Дата: ${dot(c.date)}        Підпис: ______________`,
      ],
    ];
  },
};

const ukApplicationWhatsapp: Template = {
  id: 'benefit_application.uk.whatsapp-chat',
  type: 'benefit_application',
  lang: 'uk',
  style: 'printed',
  weight: 0.3,
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const d = past(c, 0, 2);
    const me = c.p.firstName;
    const them = rng.pick(['Gemeente Werk&Inkomen', 'Klantmanager Oksana', 'Poort W&I']);
    const t = ticker(rng, rng.int(7, 10));
    const msgs = [
      waLine(
        d,
        t(),
        me,
        typosUk(
          `Добрий день. Мене звати ${c.p.name}. Нам сказали в opvang що з ${dot(ahead(c, 5, 30))} ми самі будемо жити і треба подати на допомогу, bijstand. Як це зробити?`,
          rng,
          0.5,
        ),
      ),
      waLine(
        d,
        t(),
        them,
        'Доброго дня! Ви можете подати заяву онлайн або прийти в ратушу. Напишіть, будь ласка, ваш BSN і дату народження.',
      ),
      waLine(
        d,
        t(),
        me,
        [c.show.bsn ? `BSN ${c.p.bsn}` : '', c.show.birthDate ? `${g(c, 'народився', 'народилась')} ${fmtIso(c.p.birthDate, 'dot')}` : '']
          .filter(Boolean)
          .join(', ') || 'Номер я не знаю напам’ять, пришлю фото документа',
      ),
      waLine(
        d,
        t(),
        me,
        typosUk(
          rng.pick([
            'Роботи в мене поки нема, я хожу на курси мови. Грошей нема зовсім, тільки то що дали на цей місяць. Дитина ходить в школу.',
            `Я ${g(c, 'працював', 'працювала')} в теплиці але контракт закінчився. WW мені не дали бо мало ${g(c, 'працював', 'працювала')}. Короче, прошу допомогу на прожиття.`,
            `Ми з ${g(c, 'дружиною', 'чоловіком')} обидва шукаємо роботу. ${g(c, 'Вона', 'Він')} ${rng.pick(['водій', 'бухгалтер', 'електрик'])}, я ${g(c, 'зварювальник', rng.pick(['вчителька', 'бухгалтер', 'медсестра']))}. Поки шо живемо на те що залишилось.`,
          ]),
          rng,
          0.5,
        ),
      ),
      waLine(d, t(), me, 'Ось фото паспорта і договору оренди. Дякую заранєє!'),
      waLine(d, t(), me, '<Медіа пропущено>'),
    ];
    return [[`WhatsApp чат з ${them}`, '', ...msgs]];
  },
};

const ukApplicationSocial: Template = {
  id: 'benefit_application.uk.social-worker-letter',
  type: 'benefit_application',
  lang: 'uk',
  style: 'printed',
  weight: 0.3,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const worker = rng.pick(UK_STAFF);
    const kids = rng.int(0, 3);
    const body = paras(
      86,
      `Цим листом підтримую заяву ${g(c, 'пана', 'пані')} ${c.p.name} (${c.p.street} ${c.p.houseNumber}, ${c.p.postcode} ${c.p.city}) про надання допомоги на прожиття відповідно до Participatiewet.`,
      `${g(c, 'Пан', 'Пані')} ${c.p.lastName} ${g(c, 'прибув', 'прибула')} до Нідерландів у ${rng.int(2022, 2025)} році з міста ${rng.pick(UK_CITIES)} і має статус тимчасового захисту. ${kids ? `Разом з ${g(c, 'ним', 'нею')} проживає ${kids === 1 ? 'одна дитина' : `${kids} дітей`} шкільного віку.` : `${g(c, 'Він', 'Вона')} проживає сам(а).`}`,
      one(
        rng,
        `До ${dot(past(c, 10, 50))} ${g(c, 'він', 'вона')} ${g(c, 'працював', 'працювала')} через агентство; після закінчення контракту жодного доходу немає. Заощаджень також немає.`,
        `Муніципальне житло для біженців закривається, і з ${dot(ahead(c, 5, 40))} ${g(c, 'він', 'вона')} ${g(c, 'переходить', 'переходить')} на власне житло, а отже виплата leefgeld припиняється.`,
        `Через стан здоров'я ${g(c, 'він', 'вона')} тимчасово не може працювати повний день; доходу від неповної зайнятості не вистачає на життя.`,
      ),
      'Просимо розглянути заяву якнайшвидше та, за можливості, виплатити аванс (voorschot). Наша організація допоможе зібрати необхідні документи. Для розмови потрібен перекладач українською мовою.',
    );
    return [
      [
        rng.pick(['Stichting Oekraïense Hulp', 'Wijkteam — україномовна служба', 'Соціальна служба «Нова домівка»']),
        `${rng.pick(['Soc. працівниця', 'Соціальний працівник', 'Консультант'])}: ${worker}`,
        '',
        `${c.org.name}, Werk en Inkomen, ${c.org.postbus}`,
        '',
        `${c.org.city}, ${longUk(c.date)}`,
        `Щодо: заява на допомогу (aanvraag bijstand) — ${c.p.name}`,
        ...ids(c, UKL),
        '',
        'Шановні колеги!',
        '',
        ...body,
        '',
        'З повагою,',
        worker,
        `тел. 06-${rng.digits(8)}`,
      ],
    ];
  },
};

const ukApplicationOnline: Template = {
  id: 'benefit_application.uk.online-form-print',
  type: 'benefit_application',
  lang: 'uk',
  style: 'form',
  weight: 0.3,
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const url = `https://www.${slug(c.org.city)}.nl/aanvraag-bijstand?lang=uk`;
    const pageHead = (p: number, n: number) => [`${dot(c.date)} ${clock(rng, 8, 22)}     Заява на допомогу — ${c.org.name}     ${p}/${n}`];
    const lines = [
      'Крок 1 з 4 — Особисті дані',
      `Прізвище: ${c.p.lastName}`,
      `Ім'я: ${c.p.firstName}`,
      ...(c.show.birthDate ? [`Дата народження: ${fmtIso(c.p.birthDate, 'dot')}`] : []),
      ...(c.show.bsn ? [`Громадянський сервісний номер (BSN): ${c.p.bsn}`] : []),
      `Адреса: ${c.p.street} ${c.p.houseNumber}, ${c.p.postcode} ${c.p.city}`,
      `Електронна пошта: ${c.p.email}`,
      '',
      'Крок 2 з 4 — Ваша ситуація',
      `Сімейний стан: ${rng.pick(['неодружений(а)', 'одружений(а)', 'розлучений(а)', 'вдівець / вдова'])}`,
      `Кількість дітей: ${rng.int(0, 3)}`,
      `Чи маєте ви зараз роботу? ${rng.pick(['Ні', 'Так, неповний день', 'Ні, контракт закінчився'])}`,
      `Чи маєте ви майно або заощадження понад ліміт? Ні`,
      `Чи маєте ви майно (квартиру, будинок) в Україні? ${rng.pick(['Ні', 'Так, частка у квартирі батьків', 'Так, квартира (зруйнована)'])}`,
      '',
      'Крок 3 з 4 — Банківські дані',
      `IBAN: ${ibanText(c.p.iban, rng)}`,
      '',
      'Крок 4 з 4 — Підтвердження',
      '[X] Я підтверджую, що всі дані правдиві.',
      `[X] Я даю згоду на перевірку моїх даних (Suwinet, BRP).`,
      `Заяву відправлено: ${dot(c.date)} — номер заяви ${kenmerk(rng, 'AB-')}`,
      '',
      url,
    ];
    return paginate(lines, rng.int(14, 30), pageHead);
  },
};

const ukObjectionSurzhyk: Template = {
  id: 'objection.uk.handwritten-ne-soglasna',
  type: 'objection',
  lang: 'uk',
  style: 'handwritten',
  weight: 0.35,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const amt = money(rng.amount(250, 4800), { euro: true });
    const letterDate = dot(past(c, 5, 35));
    const body = one(
      rng,
      `Я не согласна з вашим рішенням від ${letterDate}. Ви пишете що я маю вернуть ${amt} бо я не сказала про гроші з України. Але це були гроші від мами на ліки, один раз! Я не знала шо це треба казати. Прошу відмінити це рішення. Я роблю bezwaar.`,
      `Пишу вам заперечення (bezwaar). В листі від ${letterDate} написано що мою допомогу зупинено. Чому? Я все здавала вчасно, всі папери. Зараз я без грошей, за квартиру платити нічим. Прошу переглянути.`,
      `Я не согласен з boete ${amt}. Я не обманював. Я працював тільки 2 тижні і потом сказав консультанту по телефону. Ви кажете що я не повідомив — це неправда. Прошу пересмотреть рішення від ${letterDate}.`,
      `Я хочу оскаржити ваше рішення від ${letterDate} про kostendelersnorm. Мій брат живе зі мною тільки тимчасово, він шукає своє житло. Ми не сімʼя в одному господарстві, в нас окремі гроші і окрема їжа.`,
    );
    return [
      [
        `${c.p.name}`,
        `${c.p.street} ${c.p.houseNumber}`,
        `${c.p.postcode} ${c.p.city}`,
        ...ids(c, { bsn: 'BSN', client: 'klantnummer', birth: 'дата народж.' }, ' '),
        '',
        rng.pick(['Bezwaar!', 'ЗАПЕРЕЧЕННЯ', 'Тема: bezwaar', 'Оскарження рішення']),
        '',
        ...paras(rng.int(44, 58), typosUk(body, rng, 0.4 + rng.next() * 0.5)),
        '',
        rng.pick(['Дякую', 'З повагою', 'Спасибо']),
        c.p.firstName,
        dot(c.date),
      ],
    ];
  },
};

const ukObjectionLawyer: Template = {
  id: 'objection.uk.yurist-zaperechennia',
  type: 'objection',
  lang: 'uk',
  style: 'printed',
  weight: 0.3,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const lawyer = rng.pick(UK_STAFF);
    const decided = past(c, 8, 40);
    const subj = rng.pick([
      'про припинення виплати допомоги',
      'про стягнення надміру виплаченої допомоги',
      'про відмову у наданні особливої допомоги (bijzondere bijstand)',
      'про зменшення допомоги на 20% через невиконання зобов’язань',
    ]);
    const body = paras(
      88,
      `Від імені та за дорученням ${g(c, 'мого клієнта', 'моєї клієнтки')} ${c.p.name}, що проживає за адресою ${c.p.street} ${c.p.houseNumber}, ${c.p.postcode} ${c.p.city}, подаю заперечення (bezwaarschrift у розумінні ст. 6:4 Awb) на рішення від ${dot(decided)} ${subj}.`,
      '1. Обставини справи',
      `${g(c, 'Клієнт', 'Клієнтка')} отримує допомогу з ${rng.int(2022, 2025)} року. ${rng.pick([
        'Муніципалітет вважає, що дохід з України не було повідомлено вчасно.',
        'Муніципалітет посилається на те, що клієнт не з’явився на дві зустрічі.',
        'Під час перевірки було встановлено наявність банківського рахунку в Україні.',
      ])}`,
      '2. Підстави заперечення',
      `2.1 Рішення не містить належного обґрунтування (ст. 7:12 Awb). 2.2 ${g(c, 'Клієнта', 'Клієнтку')} не було заслухано і не було надано перекладача, хоча ${g(c, 'він', 'вона')} не володіє нідерландською мовою. 2.3 Муніципалітет не врахував особливих обставин: ${rng.pick(['тяжку хворобу', 'наявність малолітніх дітей', 'психологічну травму внаслідок війни', 'борги'])}.`,
      '3. Прохання',
      'Прошу визнати заперечення обґрунтованим, скасувати оскаржуване рішення та надати можливість бути заслуханим з перекладачем. Обґрунтування може бути доповнене після ознайомлення з матеріалами справи.',
    );
    return paginate(
      body,
      rng.int(16, 30),
      (p) =>
        p === 1
          ? [
              `Юрист ${lawyer}`,
              rng.pick([
                'Juridisch advies voor Oekraïners',
                'Адвокатське бюро «Право і Захист»',
                'Sociaal raadslieden — україномовна консультація',
              ]),
              '',
              `${c.org.name}`,
              'Bezwaarcommissie / Комісія з розгляду заперечень',
              c.org.postbus,
              '',
              `${longUk(c.date)}`,
              `Щодо: заперечення (bezwaar) — ${c.p.name}`,
              `Рішення від ${dot(decided)}, ваш номер ${kenmerk(rng)}`,
              ...ids(c, UKL),
              '',
              'Шановна комісіє!',
              '',
            ]
          : [`${c.p.name} — заперечення — стор. ${p}`, ''],
      (p, n) => (p === n ? ['', 'З повагою,', lawyer, 'Додатки: рішення, довіреність, копія посвідки'] : []),
    );
  },
};

const ukObjectionEmail: Template = {
  id: 'objection.uk.email-short',
  type: 'objection',
  lang: 'uk',
  style: 'printed',
  weight: 0.3,
  supports: ['bsn', 'client-number'],
  render(c) {
    const { rng } = c;
    return [
      [
        `From: ${c.p.email}`,
        `To: ${muniMail(c, 'bezwaar')}`,
        `Subject: ${rng.pick(['bezwaar', 'Заперечення на рішення', 'bezwaar / заперечення ' + c.p.lastName])}`,
        `Date: ${fmtDate(c.date, 'dot')}`,
        '',
        rng.pick(['Добрий день,', 'Доброго дня.', 'Здравствуйте,']),
        '',
        ...paras(
          78,
          typosUk(
            one(
              rng,
              `я не згодна з листом від ${dot(past(c, 3, 30))}, де мені відмовили в допомозі на окуляри та стоматолога. Це для мене дуже важливо, без зубів я не можу нормально їсти. Прошу розглянути ще раз.`,
              `подаю заперечення на рішення про повернення грошей (terugvordering). Я не отримувала ніякого доходу в цей період, це помилка. Банківські виписки можу показати.`,
              `прошу вважати цей лист запереченням. Рішення від ${dot(past(c, 3, 30))} я отримав тільки вчора, бо лист прийшов на стару адресу. Обґрунтування надішлю пізніше.`,
            ),
            rng,
            0.3,
          ),
        ),
        ...ids(c, UKL),
        '',
        c.p.name,
        `Sent from my iPhone`,
      ],
    ];
  },
};

const ukComplaintHand: Template = {
  id: 'complaint.uk.handwritten-skarga',
  type: 'complaint',
  lang: 'uk',
  style: 'handwritten',
  weight: 0.35,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const who = `${c.r.gender === 'f' ? 'пані' : 'пан'} ${c.r.lastName}`;
    const body = one(
      rng,
      `Я хочу пожалуватись на ${who}. На зустрічі ${dot(past(c, 3, 20))} ${c.r.gender === 'f' ? 'вона' : 'він'} кричав(ла) на мене, бо я не розумію голандську. Перекладача не було, хоча я просила. Я почувала себе як людина другого сорту.`,
      `Я вже ${rng.int(3, 7)} тижні чекаю відповідь, дзвоню кожен день на 14 0${rng.int(10, 99)} і ніхто не бере трубку або кажуть перезвонять. Ніхто не перезвонив! Гроші не прийшли, дитині нема що їсти. Це не нормально.`,
      `Мої документи загубили вже другий раз. Я здавала їх на стійці, мені навіть дали квитанцію. А тепер кажуть що нічого нема і допомогу зупинили. Це ваша помилка а не моя.`,
    );
    return [
      [
        rng.pick(['СКАРГА', 'Klacht (скарга)', 'Скарга на працівника']),
        '',
        `Від: ${c.p.name}, ${c.p.street} ${c.p.houseNumber}, ${c.p.city}`,
        ...idsInline(c, UKL),
        '',
        ...paras(rng.int(46, 62), typosUk(body, rng, 0.3 + rng.next() * 0.5)),
        '',
        one(
          rng,
          'Я хочу щоб мені вибачились і щоб таке більше не було.',
          'Прошу розібратися і відповісти мені письмово.',
          'Хочу поговорити з керівником.',
        ),
        '',
        `${c.p.firstName} ${dot(c.date)}`,
      ],
    ];
  },
};

const ukComplaintForm: Template = {
  id: 'complaint.uk.web-form-klacht',
  type: 'complaint',
  lang: 'uk',
  style: 'form',
  weight: 0.3,
  supports: ['client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    return [
      [
        `${c.org.name} — Klachtenformulier (українська версія)`,
        `Надіслано ${dot(c.date)} о ${clock(rng, 7, 23)}   Реєстраційний номер: ${kenmerk(rng, 'KL-')}`,
        '',
        `Ваше ім'я: ${c.p.name}`,
        `Адреса: ${c.p.street} ${c.p.houseNumber}, ${c.p.postcode} ${c.p.city}`,
        ...ids(c, { bsn: 'BSN', client: 'Клієнтський номер', birth: 'Дата народження' }),
        `Телефон: ${c.p.phone}`,
        '',
        `На кого або на що ваша скарга? ${rng.pick(['На поведінку працівника', 'На затримку виплати', 'На те, як розглянули мою справу', 'На відсутність перекладача'])}`,
        `Коли це сталося? ${dot(past(c, 2, 40))}`,
        'Опишіть, що сталося:',
        ...paras(
          80,
          typosUk(
            rng.pick([
              'Виплату за минулий місяць я отримала на 12 днів пізніше. Ніхто не попередив. Мені довелося позичати гроші у знайомих, щоб заплатити за оренду.',
              'Консультант прийшов додому без попередження і перевіряв шафи та холодильник при дітях. Діти дуже злякались.',
              'Я тричі надсилала один і той самий документ, і кожен раз мені пишуть, що його немає. На пошту ніхто не відповідає.',
            ]),
            rng,
            0.2,
          ),
        ),
        `Чого ви очікуєте? ${rng.pick(['Вибачення і пояснення', 'Щоб гроші виплатили вчасно', 'Іншого консультанта', 'Розмову з керівником'])}`,
        '',
        'Ми підтвердимо отримання скарги протягом тижня.',
      ],
    ];
  },
};

const ukCourtDivorce: Template = {
  id: 'court_document.uk.rishennia-sudu-alimenty',
  type: 'court_document',
  lang: 'uk',
  style: 'printed',
  weight: 0.3,
  supports: ['name-birthdate'],
  render(c) {
    const { rng } = c;
    const court = rng.pick([
      'Шевченківський районний суд м. Києва',
      'Київський районний суд м. Харкова',
      'Приморський районний суд м. Одеси',
      'Галицький районний суд м. Львова',
    ]);
    const judge = rng.pick(UK_STAFF);
    const caseNo = `${rng.int(120, 760)}/${rng.int(1000, 99999)}/${rng.int(23, 25)}`;
    const claimant = c.p.gender === 'f' ? c.p : c.q;
    const respondent = c.p.gender === 'f' ? c.q : c.p;
    const share = rng.pick(['1/4 частини', '1/3 частини', 'у твердій грошовій сумі 5 000,00 грн']);
    const body = paras(
      88,
      `${longUk(past(c, 30, 300))} ${court} у складі: головуючий суддя — ${judge}, секретар судового засідання — ${rng.pick(UK_STAFF)}, розглянувши у порядку спрощеного позовного провадження цивільну справу за позовом ${claimant.name} до ${respondent.name} про розірвання шлюбу та стягнення аліментів на утримання дитини,`,
      'ВСТАНОВИВ:',
      `Сторони перебувають у зареєстрованому шлюбі з ${rng.int(2005, 2018)} року. Від шлюбу мають ${rng.pick(['неповнолітнього сина', 'неповнолітню доньку', 'двох неповнолітніх дітей'])}. Спільне життя не склалося, сторони проживають окремо, позивач(ка) разом з дитиною перебуває за кордоном (Королівство Нідерланди). Відповідач(ка) проти позову не заперечував(ла).`,
      'Керуючись ст. ст. 110, 112, 180, 183 Сімейного кодексу України, ст. ст. 12, 81, 263–265 ЦПК України, суд',
      'УХВАЛИВ:',
      `Позов задовольнити. Шлюб між ${claimant.name} та ${respondent.name} розірвати. Стягнути з ${respondent.name} на користь ${claimant.name} аліменти на утримання дитини у розмірі ${share} від усіх видів заробітку (доходу) щомісячно, починаючи з дня пред’явлення позову і до досягнення дитиною повноліття.`,
      'Рішення може бути оскаржене до апеляційного суду протягом тридцяти днів з дня його проголошення. Рішення в частині стягнення аліментів у межах суми платежу за один місяць підлягає негайному виконанню.',
    );
    return paginate(
      body,
      rng.int(18, 34),
      (p) =>
        p === 1
          ? [
              `Справа № ${caseNo}`,
              `Провадження № 2/${rng.int(100, 999)}/${rng.int(1000, 9999)}/${rng.int(23, 25)}`,
              '',
              'РІШЕННЯ',
              'ІМЕНЕМ УКРАЇНИ',
              '',
            ]
          : [`Справа № ${caseNo} — стор. ${p}`, ''],
      (p, n) =>
        p === n
          ? [
              '',
              `Суддя ${judge}`,
              ...(c.show.birthDate ? ['', `Позивач(ка)/відповідач(ка) ${c.p.name}, ${fmtIso(c.p.birthDate, 'dot')} р.н.`] : []),
              rng.pick(['Згідно з оригіналом', 'Копія вірна. Рішення набрало законної сили', '']),
            ]
          : [],
    );
  },
};

const ukCourtTranslation: Template = {
  id: 'court_document.uk.pereklad-uitspraak',
  type: 'court_document',
  lang: 'uk',
  style: 'printed',
  weight: 0.3,
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const court = rng.pick([
      'Rechtbank Gelderland',
      'Rechtbank Oost-Brabant',
      'Rechtbank Midden-Nederland',
      'Rechtbank Noord-Holland',
      'Rechtbank Den Haag',
    ]);
    const zaak = `${rng.pick(['ARN', 'SHE', 'UTR', 'HAA', 'SGR'])} ${rng.int(23, 26)}/${rng.digits(4)}`;
    const translator = rng.pick(UK_STAFF);
    const win = rng.chance(0.5);
    const body = paras(
      86,
      `${court.replace('Rechtbank', 'Окружний суд')} (${court})`,
      `Адміністративне право, номер справи: ${zaak}`,
      `РІШЕННЯ одноосібного судді у справі між ${c.p.name}, ${c.p.city}, позивач(ка) (адвокат: mr. ${c.r.initials} ${c.r.lastName}), та колегією бургомістра і ради муніципалітету ${c.org.city}, відповідач.`,
      'Процесуальний хід',
      `Рішенням від ${dot(past(c, 200, 400))} відповідач ${rng.pick(['припинив виплату допомоги позивачу(ці)', 'стягнув з позивача(ки) надміру виплачену допомогу', 'наклав штраф на позивача(ку)'])}. Рішенням за запереченням від ${dot(past(c, 100, 199))} відповідач визнав заперечення необґрунтованим. Позивач(ка) подав(ла) позов (beroep). Справу розглянуто на засіданні ${dot(past(c, 14, 60))}.`,
      'Рішення суду',
      win
        ? 'Суд визнає позов обґрунтованим, скасовує оскаржуване рішення за запереченням і зобов’язує відповідача прийняти нове рішення з урахуванням цього рішення протягом шести тижнів. Відповідач відшкодовує позивачу(ці) судовий збір та судові витрати.'
        : 'Суд визнає позов необґрунтованим. Відповідач діяв у межах своїх повноважень і належним чином обґрунтував рішення.',
      'На це рішення можна подати апеляцію до Центральної апеляційної ради (Centrale Raad van Beroep) протягом шести тижнів з дня його надіслання.',
    );
    return paginate(
      body,
      rng.int(20, 36),
      (p) =>
        p === 1
          ? [
              `ПЕРЕКЛАД З НІДЕРЛАНДСЬКОЇ МОВИ УКРАЇНСЬКОЮ`,
              `Присяжний перекладач ${translator}, реєстраційний № Wbtv ${rng.digits(4)}`,
              ...(c.show.bsn ? [`(BSN позивача в оригіналі: ${c.p.bsn})`] : []),
              '',
            ]
          : [`Переклад — ${zaak} — стор. ${p}`, ''],
      (p, n) =>
        p === n
          ? [
              '',
              ...(c.show.birthDate ? [`Дані позивача(ки): ${c.p.name}, дата народження ${fmtIso(c.p.birthDate, 'dot')}`] : []),
              `Я, ${translator}, присяжний перекладач, засвідчую, що цей переклад повністю відповідає оригіналу, складеному нідерландською мовою.`,
              `${c.org.city}, ${dot(c.date)}           [печатка перекладача]`,
            ]
          : [],
    );
  },
};

const ukUwvTranslation: Template = {
  id: 'uwv_decision.uk.vilnyi-pereklad-ww',
  type: 'uwv_decision',
  lang: 'uk',
  style: 'printed',
  weight: 0.3,
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const start = past(c, 5, 30);
    const daily = rng.amount(45, 120);
    const months = rng.int(3, 9);
    const kind = rng.pick(['ww', 'ww-stop', 'zw'] as const);
    const text =
      kind === 'ww'
        ? [
            `Ви отримуєте допомогу по безробіттю (WW-uitkering) з ${dot(start)}.`,
            `Розмір: ${money(daily, { euro: true })} брутто за день (70% від вашої денної зарплати). Тривалість: ${months} міс., до ${dot(addDays(start, months * 30))}.`,
            'Ви зобов’язані шукати роботу: щонайменше 4 заявки кожні 4 тижні, записувати їх на werk.nl.',
          ]
        : kind === 'ww-stop'
          ? [
              `Ми припиняємо вашу допомогу WW з ${dot(start)}, бо ви почали працювати на повний робочий день.`,
              'Якщо ви отримали забагато грошей, ми надішлемо окремий лист про повернення.',
            ]
          : [
              `Ви отримуєте лікарняну допомогу (Ziektewet-uitkering) з ${dot(start)}, бо ви захворіли після закінчення контракту з агентством.`,
              `Розмір: ${money(daily, { euro: true })} брутто за день. Лікар UWV запросить вас на огляд.`,
            ];
    return [
      [
        'НЕОФІЦІЙНИЙ ПЕРЕКЛАД (для розуміння, не є юридичним документом)',
        `Переклад: ${rng.pick(UK_STAFF)} (${rng.pick(['волонтерська служба', 'мовна підтримка', 'Taalhuis'])})`,
        '',
        'Оригінал: лист від UWV',
        `Дата листа: ${dot(past(c, 1, 10))}`,
        `Тема: ${kind === 'zw' ? 'Рішення щодо Ziektewet' : 'Рішення щодо вашої WW-uitkering'}`,
        `Кому: ${c.p.name}, ${c.p.street} ${c.p.houseNumber}, ${c.p.postcode} ${c.p.city}`,
        ...(c.show.bsn ? [`Burgerservicenummer (BSN): ${c.p.bsn}`] : []),
        ...(c.show.birthDate ? [`Дата народження: ${fmtIso(c.p.birthDate, 'dot')}`] : []),
        '',
        ...paras(84, ...text),
        '',
        ...paras(
          84,
          'Не згодні? Ви можете подати заперечення (bezwaar) протягом 6 тижнів після дати цього листа через «Mijn UWV» або поштою.',
          rng.chance(0.6) && 'Примітка перекладача: цей лист треба показати консультанту в гемеенте, бо WW впливає на розмір bijstand.',
        ),
      ],
    ];
  },
};

const ukPensionFund: Template = {
  id: 'uwv_decision.uk.pensiinyi-fond-rishennia',
  type: 'uwv_decision',
  lang: 'uk',
  style: 'printed',
  weight: 0.25,
  supports: ['name-birthdate'],
  render(c) {
    const { rng } = c;
    const amount = rng.amount(2600, 9800);
    const kind = rng.pick(['за віком', 'по інвалідності', 'у зв’язку з втратою годувальника']);
    const act = rng.pick([
      ['призначення', 'призначити пенсію'],
      ['перерахунок', 'перерахувати пенсію'],
      ['поновлення виплати', 'поновити виплату пенсії'],
    ] as const);
    return [
      [
        'ПЕНСІЙНИЙ ФОНД УКРАЇНИ',
        `Головне управління Пенсійного фонду України в ${rng.pick(['Харківській', 'Київській', 'Одеській', 'Полтавській', 'Дніпропетровській'])} області`,
        '',
        `РІШЕННЯ № ${rng.digits(6)}${rng.letters(2, 'АБВГДЕ')} від ${dot(past(c, 5, 60))}`,
        `про ${act[0]} пенсії ${kind}`,
        '',
        `Заявник: ${c.p.lastName} ${c.p.firstName}`,
        ...(c.show.birthDate ? [`Дата народження: ${fmtIso(c.p.birthDate, 'dot')}`] : []),
        `РНОКПП: ${rng.digits(10)}`,
        `Місце проживання: ${rng.pick(['за кордоном (Нідерланди)', 'внутрішньо переміщена особа, фактично перебуває за кордоном'])}`,
        '',
        ...paras(
          86,
          `Розглянувши заяву від ${dot(past(c, 60, 120))} та додані документи, відповідно до Закону України «Про загальнообов’язкове державне пенсійне страхування» прийнято рішення ${act[1]} ${kind} з ${dot(past(c, 30, 90))}.`,
          `Розмір пенсії: ${uah(amount)} на місяць. Страховий стаж: ${rng.int(12, 38)} років ${rng.int(0, 11)} місяців.`,
          `Виплата здійснюється через ${rng.pick(['АТ «Ощадбанк»', 'АТ КБ «ПриватБанк»'])} на поточний рахунок. Для продовження виплати необхідно щороку проходити ідентифікацію (відеоідентифікація через вебпортал або в консульстві).`,
        ),
        '',
        `Начальник відділу ____________ ${rng.pick(UK_STAFF)}`,
        'М.П.',
      ],
    ];
  },
};

const ukToeslagTranslation: Template = {
  id: 'tax_document.uk.pereklad-toeslagen',
  type: 'tax_document',
  lang: 'uk',
  style: 'printed',
  weight: 0.3,
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const y = c.date.getUTCFullYear() + (rng.chance(0.5) ? 0 : 1);
    const kind = rng.pick([
      ['zorgtoeslag', 'надбавка на медичне страхування (zorgtoeslag)', rng.amount(98, 131)],
      ['huurtoeslag', 'надбавка на оплату оренди житла (huurtoeslag)', rng.amount(120, 420)],
      ['kindgebonden budget', 'допомога на дітей (kindgebonden budget)', rng.amount(90, 380)],
    ] as const);
    const terug = rng.chance(0.35);
    return [
      [
        'Belastingdienst / Toeslagen — переклад українською',
        '',
        `Кому: ${c.p.name}`,
        `${c.p.street} ${c.p.houseNumber}, ${c.p.postcode} ${c.p.city}`,
        ...(c.show.bsn ? [`Ваш BSN: ${c.p.bsn}`] : []),
        ...(c.show.birthDate ? [`Дата народження: ${fmtIso(c.p.birthDate, 'dot')}`] : []),
        `Дата: ${dot(past(c, 1, 12))}`,
        '',
        terug ? `ОСТАТОЧНИЙ РОЗРАХУНОК ${kind[0]} за ${y - 1} рік` : `ПОПЕРЕДНЄ РІШЕННЯ (voorschot) ${kind[0]} на ${y} рік`,
        '',
        ...paras(
          84,
          terug
            ? `Ми розрахували, скільки ${kind[1]} вам належало за ${y - 1} рік. Ваш дохід виявився вищим, ніж ви вказали. Ви отримали на ${money(rng.amount(150, 1900), { euro: true })} більше, ніж мали право. Цю суму треба повернути; ви отримаєте окремий лист з інформацією про оплату.`
            : `Ви отримуватимете ${kind[1]} у розмірі ${money(kind[2], { euro: true })} на місяць. Ми розрахували суму на основі очікуваного доходу ${money(rng.amount(14000, 26000), { euro: true })} за рік. Якщо ваш дохід або склад сім’ї зміниться, повідомте про це на toeslagen.nl.`,
          `Номер рішення (beschikkingsnummer): ${rng.digits(4)}.${rng.digits(2)}.${rng.digits(3)}.T${rng.digits(2)}`,
          'Не згодні з рішенням? Подайте заперечення протягом 6 тижнів.',
        ),
        '',
        rng.pick(['Переклад зроблено через програму та перевірено волонтером.', 'Переклад: Taalmaatjes, безкоштовно.', '']),
      ],
    ];
  },
};

const ukTaxDps: Template = {
  id: 'tax_document.uk.dps-dovidka-dokhody',
  type: 'tax_document',
  lang: 'uk',
  style: 'printed',
  weight: 0.25,
  supports: ['name-birthdate'],
  render(c) {
    const { rng } = c;
    const y = c.date.getUTCFullYear() - 1;
    const agent = rng.pick(['ТОВ «Софтлайн Плюс»', 'ФОП (власна діяльність)', 'Пенсійний фонд України', 'ТОВ «Агроцентр-Південь»']);
    const rows = [1, 2, 3, 4].map((q) => {
      const paid = rng.chance(0.8) ? rng.amount(9000, 90000) : 0;
      return row([`${q} кв. ${y}`, agent.slice(0, 26), uah(paid), uah(paid * 0.18)], [12, 28, 16, 14]);
    });
    return [
      [
        'ДЕРЖАВНА ПОДАТКОВА СЛУЖБА УКРАЇНИ',
        'ВІДОМОСТІ з Державного реєстру фізичних осіб — платників податків',
        'про суми виплачених доходів та утриманих податків',
        '',
        `Прізвище, ім’я: ${c.p.lastName} ${c.p.firstName}`,
        `РНОКПП: ${rng.digits(10)}`,
        ...(c.show.birthDate ? [`Дата народження: ${fmtIso(c.p.birthDate, 'dot')}`] : []),
        `Період: 01.01.${y} — 31.12.${y}`,
        '',
        row(['Період', 'Податковий агент', 'Дохід', 'ПДФО'], [12, 28, 16, 14]),
        ...rows,
        '',
        `Сформовано через Електронний кабінет платника ${dot(past(c, 1, 20))}. Документ підписано КЕП.`,
        `Номер запиту: ${rng.digits(7)}/${rng.int(1, 9)}`,
      ],
    ];
  },
};

const ukRentalRoom: Template = {
  id: 'rental_agreement.uk.dohovir-kimnata',
  type: 'rental_agreement',
  lang: 'uk',
  style: 'form',
  weight: 0.3,
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const rent = rng.int(38, 75) * 10;
    const deposit = rent * rng.int(1, 2);
    const start = ahead(c, -40, 20);
    return [
      [
        'ДОГОВІР ОРЕНДИ КІМНАТИ / huurovereenkomst kamer',
        '',
        `Орендодавець (verhuurder): ${c.q.name}, ${c.q.street} ${c.q.houseNumber}, ${c.q.postcode} ${c.q.city}`,
        `Орендар (huurder): ${c.p.name}`,
        ...ids(c, { bsn: 'BSN орендаря', client: 'klantnummer', birth: 'Дата народження орендаря' }),
        '',
        `1. Орендодавець здає орендарю одну кімнату (${rng.int(9, 18)} м²) за адресою ${c.p.street} ${c.p.houseNumber}, ${c.p.postcode} ${c.p.city}. Кухня, душ і туалет — спільні.`,
        `2. Договір діє з ${dot(start)} ${rng.pick(['на невизначений строк', `до ${dot(addDays(start, 365))}`, 'на 6 місяців з можливістю продовження'])}.`,
        `3. Орендна плата: ${money(rent, { euro: true })} на місяць, включно з ${rng.pick(['газом, водою, світлом та інтернетом', 'комунальними послугами (servicekosten ' + money(rng.int(40, 90), { euro: true }) + ')', 'всім, крім інтернету'])}.`,
        `4. Оплата до 1-го числа кожного місяця на рахунок ${ibanText(c.q.iban, rng)}.`,
        `5. Застава (borg): ${money(deposit, { euro: true })}, повертається після виїзду, якщо немає пошкоджень.`,
        `6. Реєстрація за цією адресою (inschrijving BRP) ${rng.pick(['дозволена', 'дозволена', 'узгоджується окремо'])}.`,
        '7. Паління в будинку заборонено. Тварини — тільки за згодою орендодавця.',
        '8. Розірвання договору: письмово, за один місяць.',
        '',
        `Місце і дата: ${c.p.city}, ${dot(start)}`,
        'Підпис орендодавця: ____________      Підпис орендаря: ____________',
      ],
    ];
  },
};

const ukRentalUkraine: Template = {
  id: 'rental_agreement.uk.dohovir-naimu-kvartyry-ua',
  type: 'rental_agreement',
  lang: 'uk',
  style: 'printed',
  weight: 0.25,
  supports: ['name-birthdate'],
  render(c) {
    const { rng } = c;
    const city = rng.pick(UK_CITIES);
    const tenant = rng.pick(UK_STAFF);
    const rent = rng.int(6, 22) * 1000;
    const start = past(c, 10, 200);
    const body = paras(
      88,
      `м. ${city}                                                        ${longUk(start)}`,
      `${c.p.lastName} ${c.p.firstName}${c.show.birthDate ? `, ${fmtIso(c.p.birthDate, 'dot')} року народження` : ''}, в особі представника за довіреністю ${rng.pick(UK_STAFF)} (надалі — «Наймодавець»), з однієї сторони, та ${tenant} (надалі — «Наймач»), з іншої сторони, уклали цей договір про наступне:`,
      `1. ПРЕДМЕТ ДОГОВОРУ. Наймодавець передає, а Наймач приймає у тимчасове платне користування ${rng.pick(['однокімнатну', 'двокімнатну', 'трикімнатну'])} квартиру за адресою: м. ${city}, вул. ${rng.pick(['Сумська', 'Шевченка', 'Грушевського', 'Соборна', 'Незалежності'])}, буд. ${rng.int(1, 120)}, кв. ${rng.int(1, 200)}, загальною площею ${rng.int(32, 78)} м².`,
      `2. ПЛАТА ЗА НАЙМ. Плата становить ${uah(rent)} на місяць і сплачується не пізніше ${rng.int(1, 10)} числа кожного місяця на картковий рахунок Наймодавця. Комунальні послуги сплачує Наймач окремо за показниками лічильників.`,
      `3. СТРОК. Договір укладено строком на ${rng.pick(['11 (одинадцять) місяців', '1 (один) рік', '6 (шість) місяців'])} з можливістю продовження.`,
      '4. ОБОВ’ЯЗКИ СТОРІН. Наймач зобов’язується використовувати житло за призначенням, утримувати його в належному стані, не здавати в піднайм без письмової згоди Наймодавця.',
      '5. Договір складено у двох примірниках, що мають однакову юридичну силу.',
    );
    return paginate(
      body,
      rng.int(22, 40),
      (p) => (p === 1 ? ['ДОГОВІР НАЙМУ (ОРЕНДИ) КВАРТИРИ', ''] : []),
      (p, n) =>
        p === n ? ['', 'НАЙМОДАВЕЦЬ ____________                НАЙМАЧ ____________', `${c.p.name}                       ${tenant}`] : [],
    );
  },
};

const ukHolidayHand: Template = {
  id: 'holiday_notice.uk.handwritten-poizdka',
  type: 'holiday_notice',
  lang: 'uk',
  style: 'handwritten',
  weight: 0.35,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const from = ahead(c, 7, 40);
    const to = addDays(from, rng.int(5, 27));
    const body = one(
      rng,
      `Повідомляю шо я поїду в Україну з ${dot(from)} до ${dot(to)}. Мама дуже хворіє, треба її провідати, вона живе в ${rng.pick(UK_CITIES_LOC)}. Повернусь автобусом.`,
      `Здраствуйте! Я з дітьми їду на канікули до сестри в Польщу, ${dot(from)} — ${dot(to)}. Прошу не зупиняти uitkering. Адреса там: ${rng.pick(['Warszawa', 'Kraków', 'Wrocław'])}.`,
      `Мені треба з'їздити в ${rng.pick(UK_CITIES)} забрати документи (довідки для пенсії) і паспорт поміняти. Я буду там з ${dot(from)} по ${dot(to)}, ${Math.round((to.getTime() - from.getTime()) / 86_400_000)} днів. Це не відпочинок, це по ділу.`,
    );
    return [
      [
        `${c.p.name}`,
        ...idsInline(c, { bsn: 'BSN', client: 'klantnr', birth: 'д/н' }),
        '',
        rng.pick(['Vakantie melding', 'Повідомлення про від’їзд', 'Для гемеенте']),
        '',
        ...paras(rng.int(42, 58), typosUk(body, rng, 0.3 + rng.next() * 0.6)),
        '',
        rng.pick(['Дякую', 'Дякую за розуміння', 'Спасибо']),
        `${dot(c.date)}   тел. ${c.p.phone}`,
      ],
    ];
  },
};

const ukHolidayEmail: Template = {
  id: 'holiday_notice.uk.email-z-kvytkamy',
  type: 'holiday_notice',
  lang: 'uk',
  style: 'printed',
  weight: 0.3,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const from = ahead(c, 5, 50);
    const back = addDays(from, rng.int(7, 28));
    const carrier = rng.pick(['FlixBus', 'Укрзалізниця + FlixBus', 'Wizz Air (до Кракова) + автобус', 'Regiojet']);
    return [
      [
        `Від: ${c.p.name} <${c.p.email}>`,
        `Кому: ${muniMail(c)}`,
        `Тема: ${rng.pick(['Поїздка в Україну', 'vakantie doorgeven', 'Відпустка — повідомлення'])}`,
        `Дата: ${dot(c.date)}`,
        '',
        'Доброго дня!',
        '',
        ...paras(
          80,
          `Хочу повідомити, що з ${dot(from)} по ${dot(back)} я буду за кордоном — ${rng.pick(['в Україні у батьків', 'в Україні, на похороні бабусі', 'у Польщі в родичів', 'в Україні, треба переоформити документи на квартиру'])}.`,
          `Квитки вже купила, бронювання нижче. ${rng.pick(['Телефон буде з собою, пошту перевіряю.', 'Листи прошу надсилати на e-mail.', 'Якщо потрібно, можу повернутись раніше.'])}`,
        ),
        '',
        '----- Підтвердження бронювання -----',
        `${carrier}`,
        `Бронювання № ${rng.digits(10)}`,
        `Туди: ${dot(from)} ${clock(rng, 6, 22)} ${c.p.city} → ${rng.pick(UK_CITIES)}`,
        `Назад: ${dot(back)} ${clock(rng, 6, 22)} ${rng.pick(UK_CITIES)} → ${c.p.city}`,
        `Пасажир: ${c.p.name}${rng.chance(0.5) ? ` + ${rng.int(1, 2)} дит.` : ''}`,
        '------------------------------------',
        '',
        ...ids(c, UKL),
        'З повагою,',
        c.p.firstName,
      ],
    ];
  },
};

const ukMedicalDovidka: Template = {
  id: 'medical_statement.uk.dovidka-likaria',
  type: 'medical_statement',
  lang: 'uk',
  style: 'printed',
  weight: 0.3,
  supports: ['name-birthdate'],
  render(c) {
    const { rng } = c;
    const doc = rng.pick(UK_STAFF);
    return [
      [
        `КНП «${rng.pick(['Центр первинної медико-санітарної допомоги №3', 'Міська клінічна лікарня №8', 'Обласний клінічний центр кардіології', 'Консультативно-діагностичний центр'])}»`,
        `м. ${rng.pick(UK_CITIES)}`,
        '',
        `ДОВІДКА № ${rng.int(10, 999)} від ${dot(past(c, 5, 120))}`,
        '',
        `Видана ${c.p.lastName} ${c.p.firstName}${c.show.birthDate ? `, ${fmtIso(c.p.birthDate, 'dot')} р.н.` : ''},`,
        ...paras(
          84,
          `в тому, що ${g(c, 'він', 'вона')} ${g(c, 'перебував', 'перебувала')} на ${rng.pick(['амбулаторному', 'стаціонарному'])} лікуванні з ${dot(past(c, 200, 400))} по ${dot(past(c, 120, 199))} з діагнозом: ${rng.pick(
            [
              'гіпертонічна хвороба II ст.',
              'остеохондроз поперекового відділу хребта з корінцевим синдромом',
              'цукровий діабет 2 типу, інсулінонезалежний',
              'посттравматичний стресовий розлад',
              'стан після оперативного втручання на колінному суглобі',
            ],
          )}.`,
          `Рекомендовано: ${rng.pick([
            'обмеження фізичних навантажень, не піднімати вагу понад 5 кг',
            'продовжити медикаментозне лікування, спостереження сімейного лікаря',
            'уникати нічних змін та тривалого стояння',
            'легка праця, не більше 4 годин на день',
          ])}.`,
          'Довідка видана для пред’явлення за місцем вимоги.',
        ),
        '',
        `Лікар ____________ ${doc}`,
        `Завідувач відділення ____________ ${rng.pick(UK_STAFF)}`,
        'М.П.',
      ],
    ];
  },
};

const ukMedicalPsych: Template = {
  id: 'medical_statement.uk.psycholoh-lyst',
  type: 'medical_statement',
  lang: 'uk',
  style: 'printed',
  weight: 0.3,
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const psy = rng.pick(UK_STAFF);
    return [
      [
        `${psy}, ${rng.pick(['психолог (GZ-psycholoog)', 'психотерапевтка', 'лікар-психіатр'])}`,
        rng.pick(['GGZ-praktijk Samen Sterk', 'Praktijk voor traumabehandeling', 'ARQ Centrum ’45 — україномовна група']),
        '',
        `${c.org.name}, Werk en Inkomen`,
        '',
        `Дата: ${dot(c.date)}`,
        `Щодо: ${c.p.name}${c.show.birthDate ? `, д.н. ${fmtIso(c.p.birthDate, 'dot')}` : ''}`,
        ...(c.show.bsn ? [`BSN: ${c.p.bsn}`] : []),
        '',
        'ВИСНОВОК ДЛЯ ПРЕД’ЯВЛЕННЯ В МУНІЦИПАЛІТЕТ',
        '',
        ...paras(
          82,
          `На прохання ${g(c, 'пацієнта', 'пацієнтки')} повідомляю, що ${g(c, 'він', 'вона')} з ${dot(past(c, 60, 400))} проходить у мене курс ${rng.pick(['психотерапії', 'лікування травми (EMDR)', 'психологічної підтримки'])}.`,
          'Зміст лікування є конфіденційним і тут не розкривається.',
          `На мою професійну думку, ${g(c, 'він', 'вона')} наразі ${rng.pick([
            'не може працювати більше ніж 12 годин на тиждень',
            'не здатний(а) брати участь у програмі працевлаштування (re-integratie)',
            'може поступово розпочати волонтерську роботу, до 2 днів на тиждень',
            'потребує щонайменше ще 3 місяців лікування до початку роботи',
          ])}. Перегляд — через ${rng.int(2, 6)} міс.`,
          'За потреби ваш лікар-консультант може зв’язатися зі мною за згодою пацієнта.',
        ),
        '',
        `З повагою, ${psy}`,
        `BIG-реєстрація ${rng.digits(11)}`,
      ],
    ];
  },
};

const ukJobList: Template = {
  id: 'job_application_proof.uk.spysok-zaiavok',
  type: 'job_application_proof',
  lang: 'uk',
  style: 'handwritten',
  weight: 0.35,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const n = rng.int(3, 7);
    const rows: string[] = [];
    let d = past(c, 28, 30);
    for (let i = 0; i < n; i++) {
      d = addDays(d, rng.int(2, 6));
      rows.push(
        `${i + 1}) ${dot(d)} — ${rng.pick([...EMPLOYERS, ...STAFFING])} — ${rng.pick(JOB_TITLES)} — ${rng.pick(['через сайт', 'email', 'ходила сама', 'через Indeed', 'по телефону', 'werk.nl'])} — ${rng.pick(['чекаю', 'відмова', 'відмова, мало голандської', 'співбесіда ' + dot(addDays(d, 5)), 'нема відповіді'])}`,
      );
    }
    return [
      [
        typosUk(rng.pick(['Мої sollicitaties', 'Список де я шукала роботу', 'Пошук роботи за місяць', 'Sollicitatielijst']), rng, 0.3),
        `${c.p.name}  ${monthUk(c.date)} ${c.date.getUTCFullYear()}`,
        ...idsInline(c, { bsn: 'BSN', client: 'klantnummer', birth: 'дата нар.' }),
        '',
        'дата — де — яка робота — як — результат',
        ...rows.map((r) => typosUk(r, rng, 0.3)),
        '',
        typosUk(
          rng.pick([
            'Ще ходжу на курси мови 2 рази на тиждень.',
            'В агенствах сказали передзвонять коли буде робота.',
            'Скріни з емейлів додаю.',
            '',
          ]),
          rng,
          0.4,
        ),
        `Підпис ${c.p.firstName}`,
      ],
    ];
  },
};

const ukJobRecruiter: Template = {
  id: 'job_application_proof.uk.recruiter-email',
  type: 'job_application_proof',
  lang: 'uk',
  style: 'printed',
  weight: 0.3,
  supports: ['name-birthdate'],
  render(c) {
    const { rng } = c;
    const agency = rng.pick(AGENCIES_UK);
    const rec = rng.pick(UK_STAFF);
    const job = rng.pick([
      'комплектувальник на складі',
      'пакувальниця на виробництві',
      'прибиральник у готелі',
      'працівник теплиці',
      'водій навантажувача',
    ]);
    const invite = rng.chance(0.5);
    return [
      [
        `Від: ${rec} <${slug(rec) || 'recruiter'}@${slug(agency)}.nl>`,
        `Кому: ${c.p.name} <${c.p.email}>`,
        `Тема: ${invite ? 'Запрошення на співбесіду' : 'Ваша заявка'} — ${job}`,
        `Дата: ${dot(c.date)} ${clock(rng, 8, 18)}`,
        '',
        `Вітаю, ${c.p.firstName}!`,
        '',
        ...paras(
          82,
          `Дякуємо за ваш відгук на вакансію «${job}» (${rng.pick(['Venlo', 'Tilburg', 'Waalwijk', 'Bleiswijk', 'Zwolle'])}).`,
          invite
            ? `Запрошуємо вас на коротку співбесіду ${dot(ahead(c, 1, 8))} о ${clock(rng, 9, 15)} в нашому офісі або по відеозв’язку. Візьміть, будь ласка, паспорт і банківську картку.${c.show.birthDate ? ` Для реєстрації ми вже внесли вашу дату народження: ${fmtIso(c.p.birthDate, 'dot')}.` : ''}`
            : `На жаль, наразі ми обрали іншого кандидата${rng.chance(0.5) ? ', бо для цієї роботи потрібні водійські права категорії B' : ''}. Ми збережемо ваше резюме і зв’яжемося з вами, коли з’явиться відповідна вакансія.`,
        ),
        ...(c.show.birthDate && !invite ? ['', `Ваш профіль кандидата: ${c.p.name}, дата народження ${fmtIso(c.p.birthDate, 'dot')}`] : []),
        '',
        'З найкращими побажаннями,',
        rec,
        `${agency} | україномовний відділ підбору`,
      ],
    ];
  },
};

const ukContractAgency: Template = {
  id: 'employment_contract.uk.uitzend-dohovir',
  type: 'employment_contract',
  lang: 'uk',
  style: 'printed',
  weight: 0.3,
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const agency = rng.pick(AGENCIES_UK);
    const start = ahead(c, -10, 14);
    const rate = rng.amount(14.06, 16.5);
    const body = paras(
      88,
      `Сторони: ${agency} (далі — агентство) та ${c.p.name}, ${c.p.street} ${c.p.houseNumber}, ${c.p.postcode} ${c.p.city}${c.show.birthDate ? `, дата народження ${fmtIso(c.p.birthDate, 'dot')}` : ''}${c.show.bsn ? `, BSN ${c.p.bsn}` : ''} (далі — працівник).`,
      `Стаття 1. Працівник працюватиме через агентство у клієнта ${rng.pick(EMPLOYERS)} на посаді ${rng.pick(JOB_TITLES)} починаючи з ${dot(start)}.`,
      'Стаття 2. Це договір тимчасової зайнятості фази A з умовою про агентство (uitzendbeding): договір припиняється автоматично, коли клієнт більше не потребує працівника.',
      `Стаття 3. Погодинна оплата: ${money(rate, { euro: true })} брутто. Відпускні — 8%, виплачуються щотижня/у травні. Застосовується колективний договір ABU (CAO voor uitzendkrachten).`,
      `Стаття 4. Робочий час: в середньому ${rng.int(24, 40)} год. на тиждень, графік змін визначає клієнт.`,
      `Стаття 5. Житло надається агентством за окремим договором; вартість ${money(rng.amount(95, 130), { euro: true })} на тиждень утримується із зарплати за письмовою згодою працівника.`,
      'Стаття 6. Працівник повідомляє про хворобу до 9:00 ранку координатору по телефону.',
    );
    return paginate(
      body,
      rng.int(18, 34),
      (p) =>
        p === 1 ? [agency, 'ДОГОВІР ТИМЧАСОВОЇ ЗАЙНЯТОСТІ (uitzendovereenkomst), переклад українською', ''] : [`${agency} — стор. ${p}`],
      (p, n) => (p === n ? ['', `Дата: ${dot(start)}`, 'Підпис агентства ____________    Підпис працівника ____________'] : []),
    );
  },
};

const ukContractHome: Template = {
  id: 'employment_contract.uk.trudovyi-dohovir-dystantsiino',
  type: 'employment_contract',
  lang: 'uk',
  style: 'printed',
  weight: 0.25,
  supports: [],
  render(c) {
    const { rng } = c;
    const firm = rng.pick(['ТОВ «Софтлайн Плюс»', 'ТОВ «Дніпро Логістик»', 'ТОВ «Юрконсалт»', 'ПП «Бухгалтерія Онлайн»']);
    const boss = rng.pick(UK_STAFF);
    const sal = rng.int(16, 70) * 1000;
    return [
      [
        `ТРУДОВИЙ ДОГОВІР № ${rng.int(1, 99)}/${rng.int(23, 26)}`,
        'про дистанційну роботу',
        '',
        `м. ${rng.pick(UK_CITIES)}                              ${dot(past(c, 5, 200))}`,
        '',
        ...paras(
          86,
          `${firm} в особі директора ${boss} (далі — Роботодавець) та громадянин(ка) України ${c.p.lastName} ${c.p.firstName} (далі — Працівник) уклали цей трудовий договір про таке:`,
          `1. Працівник приймається на посаду ${rng.pick(['менеджера з продажу', 'бухгалтера', 'розробника програмного забезпечення', 'оператора підтримки клієнтів'])} з виконанням роботи дистанційно, у тому числі за межами України.`,
          `2. Робочий час: ${rng.pick(['40 годин на тиждень', '20 годин на тиждень (неповний робочий час)', '30 годин на тиждень'])}. Працівник самостійно планує робочий час.`,
          `3. Заробітна плата: ${uah(sal)} на місяць (до оподаткування), виплачується двічі на місяць на картковий рахунок.`,
          `4. Договір укладено ${rng.pick(['на невизначений строк', 'строком на один рік'])}. Випробувальний термін — ${rng.pick(['1 місяць', '3 місяці', 'не встановлюється'])}.`,
          '5. Обладнання (ноутбук) надає Роботодавець. Витрати на інтернет компенсуються.',
        ),
        '',
        `Роботодавець: ____________ ${boss}        Працівник: ____________ ${c.p.lastName} ${c.p.firstName[0]}.`,
      ],
    ];
  },
};

/** A Latin name as it appears on a Ukrainian document: surname and given name in capitals. */
const upper = (s: string) => s.toUpperCase();
const mrzName = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/[^A-Z ]/g, '')
    .trim()
    .replace(/\s+/g, '<');
const yymmdd = (iso: string) => iso.slice(2, 4) + iso.slice(5, 7) + iso.slice(8, 10);

const ukIdCard: Template = {
  id: 'identity_document.uk.id-kartka',
  type: 'identity_document',
  lang: 'uk',
  style: 'printed',
  weight: 0.3,
  supports: ['name-birthdate'],
  render(c) {
    const { rng, p } = c;
    const num = nonBsn9(rng);
    const exp = addDays(c.date, rng.int(300, 3500));
    const birth = yymmdd(p.birthDate);
    const e = yymmdd(isoOf(exp));
    const rec = `${p.birthDate.replace(/-/g, '')}-${rng.digits(5)}`;
    const l1 = `IDUKR${num}${mrzCheck(num)}${rec.replace('-', '').slice(0, 14)}`.padEnd(30, '<').slice(0, 30);
    const l2 = `${birth}${mrzCheck(birth)}${p.gender === 'f' ? 'F' : 'M'}${e}${mrzCheck(e)}UKR`.padEnd(29, '<');
    return [
      [
        ...(rng.chance(0.4) ? [rng.pick(['КОПІЯ', `Kopie voor ${c.org.name}`])] : []),
        'УКРАЇНА / UKRAINE',
        'ПАСПОРТ ГРОМАДЯНИНА УКРАЇНИ / IDENTITY CARD',
        `Прізвище / Surname: ${upper(p.lastName)}`,
        `Ім’я / Given names: ${upper(p.firstName)}`,
        `Стать / Sex: ${p.gender === 'f' ? 'Ж/F' : 'Ч/M'}    Громадянство / Nationality: Україна/UKR`,
        `Дата народження / Date of birth: ${fmtIso(p.birthDate, 'dot')}`,
        `Запис № / Record No.: ${rec}`,
        `Дата закінчення строку дії / Date of expiry: ${dot(exp)}`,
        `Документ № / Document No.: ${num}`,
        '',
        '(зворотний бік)',
        `Місце народження: ${rng.pick(['М. ХАРКІВ', 'М. КИЇВ', 'М. ОДЕСА', 'ЗАПОРІЗЬКА ОБЛ.', 'М. ДНІПРО'])} УКРАЇНА`,
        `Дата видачі: ${dot(addDays(exp, -3652))}    Орган, що видав: ${rng.int(1000, 8099)}`,
        `${l1}`,
        `${l2}${mrzCheck(l1.slice(5) + l2.slice(0, 7) + l2.slice(8, 15))}`,
        `${mrzName(p.lastName)}<<${mrzName(p.firstName)}`.padEnd(30, '<').slice(0, 30),
      ],
    ];
  },
};

const ukPassport: Template = {
  id: 'identity_document.uk.zakordonnyi-pasport',
  type: 'identity_document',
  lang: 'uk',
  style: 'printed',
  weight: 0.3,
  supports: ['name-birthdate'],
  render(c) {
    const { rng, p } = c;
    const num = `${rng.letters(2, 'ABEFGHKMNPRST')}${rng.digits(6)}`;
    const exp = addDays(c.date, rng.int(200, 3000));
    const birth = yymmdd(p.birthDate);
    const e = yymmdd(isoOf(exp));
    const pers = rng.digits(8).padEnd(14, '<');
    const l1 = `P<UKR${mrzName(p.lastName)}<<${mrzName(p.firstName)}`.padEnd(44, '<').slice(0, 44);
    const l2core = `${num}<${mrzCheck(`${num}<`)}UKR${birth}${mrzCheck(birth)}${p.gender === 'f' ? 'F' : 'M'}${e}${mrzCheck(e)}${pers}${mrzCheck(pers)}`;
    const note = rng.chance(0.5)
      ? [
          '',
          rng.pick([
            `Примітка: копію подано разом із посвідкою на проживання (verblijfsdocument, наклейка «Tijdelijke bescherming»).`,
            `Добрий день, це копія мого паспорта як ви просили. ${p.firstName}`,
            `Паспорт діє. Продовжено в консульстві України ${dot(past(c, 30, 400))}.`,
          ]),
        ]
      : [];
    return [
      [
        'УКРАЇНА UKRAINE',
        'ПАСПОРТ / PASSPORT',
        `Тип / Type: P   Код держави / Code of State: UKR   Паспорт № / Passport No.: ${num}`,
        `Прізвище / Surname: ${upper(p.lastName)}`,
        `Ім’я / Given Names: ${upper(p.firstName)}`,
        'Громадянство / Nationality: УКРАЇНА/UKRAINE',
        `Дата народження / Date of birth: ${fmtIso(p.birthDate, 'dot')}`,
        `Запис № / Record No.: ${p.birthDate.replace(/-/g, '')}-${rng.digits(5)}`,
        `Стать / Sex: ${p.gender === 'f' ? 'Ж/F' : 'Ч/M'}   Місце народження / Place of birth: ${rng.pick(['УКРАЇНА/UKR', 'ХАРКІВСЬКА ОБЛ./UKR', 'М. КИЇВ/UKR'])}`,
        `Дата видачі / Date of issue: ${dot(addDays(exp, -3652))}   Орган, що видав / Authority: ${rng.int(1000, 8099)}`,
        `Дата закінчення строку дії / Date of expiry: ${dot(exp)}`,
        '',
        l1,
        `${l2core}${mrzCheck(l2core.slice(0, 10) + l2core.slice(13, 20) + l2core.slice(21, 43))}`,
        ...note,
      ],
    ];
  },
};

const ukDebtClient: Template = {
  id: 'debt_notice.uk.handwritten-borhy',
  type: 'debt_notice',
  lang: 'uk',
  style: 'handwritten',
  weight: 0.3,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const amt = money(rng.amount(180, 3800), { euro: true });
    const body = one(
      rng,
      `Мені прийшли вже 3 листа від incassobureau за ${rng.pick(['зорґферзекерінг', 'zorgverzekering', 'телефон Odido', 'енергію Vattenfall'])}. Там написано ${amt} і кожен раз більше. Я не розумію шо там пишуть. Будь ласка допоможіть, можна мені в schuldhulp?`,
      `Здраствуйте. В мене долги. Я не заплатила за квартиру ${rng.int(2, 4)} місяці і тепер woningcorporatie пише шо буде суд. Сума ${amt}. Я хочу платити потрохи але не знаю як договоритись. Прошу помочь.`,
      `Прийшов лист від deurwaarder, написано aanmaning і сума ${amt}. Це за штраф CJIB за проїзд без квитка який я не знав. Боюсь що заберуть гроші з рахунку. Що мені робити?`,
    );
    return [
      [
        `${c.p.name}`,
        `${c.p.street} ${c.p.houseNumber}, ${c.p.city}`,
        ...ids(c, { bsn: 'BSN', client: 'klantnummer', birth: 'народж.' }, ' '),
        '',
        rng.pick(['Schuldhulp — прохання', 'Допоможіть з боргами', 'Борги']),
        '',
        ...paras(rng.int(42, 60), typosUk(body, rng, 0.4 + rng.next() * 0.5)),
        '',
        rng.pick(['Листи додаю (копії).', 'Копії листів в конверті.', '']),
        `${c.p.firstName}, тел ${c.p.phone}`,
      ],
    ];
  },
};

const ukDebtBank: Template = {
  id: 'debt_notice.uk.vymoha-pohashennia',
  type: 'debt_notice',
  lang: 'uk',
  style: 'printed',
  weight: 0.3,
  supports: ['name-birthdate'],
  render(c) {
    const { rng } = c;
    const creditor = rng.pick(['ТОВ «ФК «Кредит-Капітал»', 'ТОВ «Коллект Центр»', 'АТ «Банк Кредит Дніпро»', 'ТОВ «Мані Експрес»']);
    const body = rng.amount(4000, 60000);
    const pct = body * rng.next() * 0.4;
    const fine = rng.amount(200, 3000);
    return [
      [
        creditor,
        `вих. № ${rng.int(100, 9999)}/${rng.int(23, 26)} від ${dot(past(c, 3, 20))}`,
        '',
        `${c.p.lastName} ${c.p.firstName}`,
        ...(c.show.birthDate ? [`${fmtIso(c.p.birthDate, 'dot')} р.н.`] : []),
        'остання відома адреса: м. ' + rng.pick(UK_CITIES),
        '',
        'ВИМОГА',
        'про дострокове погашення заборгованості',
        '',
        ...paras(
          86,
          `Між Вами та ${rng.pick(['АТ «ОТП Банк»', 'АТ «Альфа-Банк»', 'ТОВ «Швидкогрош»'])} ${dot(past(c, 500, 1500))} укладено кредитний договір № ${rng.digits(8)}. ${creditor.startsWith('ТОВ «ФК') || creditor.startsWith('ТОВ «Коллект') ? 'Право вимоги за договором відступлено на користь нашої компанії.' : ''}`,
          'Станом на дату цієї вимоги Ваша заборгованість становить:',
        ),
        row(['  тіло кредиту', uah(body)], [30, 16]),
        row(['  проценти', uah(pct)], [30, 16]),
        row(['  пеня та штрафи', uah(fine)], [30, 16]),
        row(['  РАЗОМ', uah(body + pct + fine)], [30, 16]),
        '',
        ...paras(
          86,
          `Вимагаємо погасити заборгованість протягом 30 календарних днів з дня отримання цієї вимоги. У разі невиконання ми будемо змушені звернутися до суду та приватного виконавця, що призведе до додаткових витрат.`,
          `Реквізити для оплати: IBAN ${uaIban(rng)}, призначення платежу: погашення боргу за договором. Можлива реструктуризація — телефонуйте 0 800 ${rng.digits(3)} ${rng.digits(3)}.`,
        ),
        '',
        `Представник ____________ ${rng.pick(UK_STAFF)}`,
      ],
    ];
  },
};

const ukAvgRequest: Template = {
  id: 'other.uk.zapyt-personalni-dani',
  type: 'other',
  lang: 'uk',
  style: 'printed',
  weight: 0.3,
  supports: ['client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const correct = rng.chance(0.4);
    return [
      [
        c.p.name,
        `${c.p.street} ${c.p.houseNumber}, ${c.p.postcode} ${c.p.city}`,
        '',
        `${c.org.name}`,
        'Функціонер з питань захисту даних (Functionaris Gegevensbescherming)',
        '',
        `${c.org.city}, ${dot(c.date)}`,
        `Тема: ${correct ? 'запит на виправлення персональних даних (ст. 16 AVG/GDPR)' : 'запит на доступ до персональних даних (ст. 15 AVG/GDPR)'}`,
        ...ids(c, UKL),
        '',
        'Шановні пані та панове!',
        '',
        ...paras(
          82,
          correct
            ? `У вашій системі неправильно записано ${rng.pick(['моє прізвище (неправильна транслітерація)', 'мою дату народження', 'склад моєї сім’ї — мій колишній чоловік більше не живе зі мною', 'мою адресу'])}. Прошу виправити ці дані та письмово підтвердити виправлення.`
            : 'Відповідно до статті 15 Загального регламенту захисту даних прошу надати мені копію всіх персональних даних, які муніципалітет зберігає про мене: записи розмов, нотатки консультанта, звіти перевірок, а також інформацію, кому ці дані передавалися.',
          'Прошу відповісти протягом одного місяця. Копію посвідки додаю (фото і BSN закрито).',
        ),
        '',
        'З повагою,',
        c.p.name,
      ],
    ];
  },
};

const ukFlyer: Template = {
  id: 'other.uk.zaproshennia-klub',
  type: 'other',
  lang: 'uk',
  style: 'printed',
  weight: 0.25,
  supports: [],
  render(c) {
    const { rng } = c;
    const what = rng.pick([
      ['РОЗМОВНИЙ КЛУБ НІДЕРЛАНДСЬКОЇ МОВИ', 'Практикуємо розмовну мову в дружній атмосфері. Рівень A1–B1. Чай і печиво безкоштовно.'],
      ['БЕЗКОШТОВНА ЮРИДИЧНА КОНСУЛЬТАЦІЯ', 'Питання про житло, роботу, tijdelijke bescherming, листи від гемеенте. Україномовний юрист.'],
      ['ДИТЯЧЕ СВЯТО ДО ДНЯ НЕЗАЛЕЖНОСТІ', 'Концерт, майстер-класи, українська кухня. Вхід вільний, донати на ЗСУ.'],
      ['ЗБІР ГУМАНІТАРНОЇ ДОПОМОГИ', 'Приймаємо ліки, теплий одяг, павербанки. Відправка бусом щоп’ятниці.'],
    ] as const);
    return [
      [
        rng.pick(['Українська громада', 'Stichting Oekraïne Samen', 'Церква св. Володимира — парафіяльний центр']),
        '',
        what[0],
        '',
        ...paras(60, what[1]),
        '',
        `Коли: ${rng.pick(['щосуботи', 'щовівторка', longUk(ahead(c, 3, 30))])} о ${clock(rng, 10, 19)}`,
        `Де: ${rng.pick(['Buurthuis De Schakel', 'Bibliotheek', 'Wijkcentrum Oost'])}, ${c.org.city}`,
        `Інформація: 06-${rng.digits(8)} (Viber/Telegram)`,
        '',
        rng.pick(['Приходьте з друзями!', 'Реєстрація не потрібна.', 'Слава Україні!']),
      ],
    ];
  },
};

// =============================================================================================
// POLISH

const PLL: IdLabels = { bsn: 'BSN', client: 'Numer klienta (klantnummer)', birth: 'Data urodzenia' };

/** A PESEL whose first six digits are the birth date (months +20 for those born from 2000). */
function pesel(c: Ctx): string {
  const [y, m, d] = c.p.birthDate.split('-') as [string, string, string];
  const mm = Number(m) + (Number(y) >= 2000 ? 20 : 0);
  return `${y.slice(2)}${String(mm).padStart(2, '0')}${d}${c.rng.digits(5)}`;
}

const plPayslipAgency: Template = {
  id: 'payslip.pl.specyfikacja-agencja',
  type: 'payslip',
  lang: 'pl',
  style: 'printed',
  weight: 0.35,
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const agency = rng.pick(AGENCIES_PL);
    const week = rng.int(2, 51);
    const hours = rng.int(28, 48);
    const rate = rng.amount(14.06, 15.9);
    const night = rng.chance(0.4) ? rng.int(4, 16) : 0;
    const gross = hours * rate + night * rate * 0.3;
    const reserve = gross * 0.08;
    const tax = gross * rng.next() * 0.08;
    const housing = rng.chance(0.75) ? rng.amount(99, 130) : 0;
    const transport = rng.chance(0.4) ? rng.amount(10, 35) : 0;
    const net = gross - tax - housing - transport;
    const w = [44, 12];
    return [
      [
        agency,
        `SPECYFIKACJA WYNAGRODZENIA (loonstrook) — tydzień ${week} / ${c.date.getUTCFullYear()}`,
        '',
        `Pracownik: ${c.p.name}`,
        ...(c.show.bsn ? [`Numer BSN (sofinummer): ${c.p.bsn}`] : []),
        ...(c.show.birthDate ? [`Data urodzenia: ${fmtIso(c.p.birthDate, 'dot')}`] : []),
        `Stanowisko: ${rng.pick(['pracownik produkcji', 'orderpicker', 'pracownik szklarni', 'operator wózka widłowego', 'pakowacz'])}   Faza: ${rng.pick(['A', 'A', 'B'])}`,
        `Stawka godzinowa: ${eurPl(rate)}   Klient: ${rng.pick(['Westland', 'Venlo DC', 'Tilburg', 'Moerdijk', 'Bleiswijk'])}`,
        '',
        row(['Składnik', 'Kwota'], w),
        row([`Godziny normalne ${hours} h`, spaced(hours * rate)], w),
        ...(night ? [row([`Dodatek nocny 30% (${night} h)`, spaced(night * rate * 0.3)], w)] : []),
        row(['Brutto', spaced(gross)], w),
        row(['Podatek od wynagrodzenia (loonheffing)', spaced(-tax)], w),
        ...(housing ? [row(['Zakwaterowanie (huisvesting)', spaced(-housing)], w)] : []),
        ...(transport ? [row(['Transport busem', spaced(-transport)], w)] : []),
        row(['Do wypłaty netto', spaced(net)], w),
        '',
        `Rezerwa: wakacyjne 8% ${spaced(reserve)} €; dni wolne ${spaced(hours * 0.1)} h`,
        `Przelew na konto ${ibanText(c.p.iban, rng)} dnia ${dot(c.date)}`,
        '',
        rng.pick([
          'Reklamacje godzin zgłaszaj u koordynatora w ciągu 5 dni.',
          'Pytania? Napisz do działu płac po polsku: place@agencja.nl',
          'Ten dokument wygenerowano automatycznie.',
        ]),
      ],
    ];
  },
};

const plPayslipHome: Template = {
  id: 'payslip.pl.pasek-wynagrodzenia-zus',
  type: 'payslip',
  lang: 'pl',
  style: 'printed',
  weight: 0.3,
  supports: ['name-birthdate'],
  render(c) {
    const { rng } = c;
    const firm = rng.pick([
      'Przedsiębiorstwo Handlowe „Mar-Pol” Sp. z o.o.',
      'Transbud Sp. z o.o.',
      'Firma Usługowa „Remix” s.c.',
      'Zakład Produkcyjny „Drewnex”',
    ]);
    const gross = rng.int(4666, 9800) + rng.int(0, 99) / 100;
    const em = gross * 0.0976;
    const rent = gross * 0.015;
    const chor = gross * 0.0245;
    const zdrowBase = gross - em - rent - chor;
    const zdrow = zdrowBase * 0.09;
    const pit = Math.max(0, Math.round((zdrowBase - 250) * 0.12 - 300));
    const net = gross - em - rent - chor - zdrow - pit;
    const m = addDays(c.date, -15);
    const w = [40, 14];
    return [
      [
        firm,
        `PASEK WYNAGRODZENIA — ${monthPl(m)} ${m.getUTCFullYear()}`,
        '',
        `Pracownik: ${c.p.lastName} ${c.p.firstName}`,
        ...(c.show.birthDate ? [`PESEL: ${pesel(c)}`, `Data urodzenia: ${fmtIso(c.p.birthDate, 'dot')}`] : []),
        `Umowa: ${rng.pick(['umowa o pracę', 'umowa o pracę, 1/2 etatu', 'umowa zlecenie'])}`,
        '',
        row(['Wynagrodzenie zasadnicze', spaced(gross)], w),
        row(['Składka emerytalna 9,76%', spaced(em)], w),
        row(['Składka rentowa 1,50%', spaced(rent)], w),
        row(['Składka chorobowa 2,45%', spaced(chor)], w),
        row(['Składka zdrowotna 9%', spaced(zdrow)], w),
        row(['Zaliczka na podatek (PIT)', spaced(pit)], w),
        row(['DO WYPŁATY', pln(net)], w),
        '',
        `Wypłacono przelewem na rachunek ${plAccount(rng)}`,
        `Sporządził(a): ${rng.pick(PL_STAFF)}, kadry i płace`,
      ],
    ];
  },
};

const plBankPko: Template = {
  id: 'bank_statement.pl.wyciag-rachunku',
  type: 'bank_statement',
  lang: 'pl',
  style: 'printed',
  weight: 0.35,
  supports: [],
  render(c) {
    const { rng } = c;
    const from = past(c, 31, 34);
    let bal = rng.amount(5000, 18000);
    const open = bal;
    const ops: [string, number, number][] = [
      ['PRZELEW PRZYCHODZĄCY — wynagrodzenie', 2500, 7000],
      ['ZAKUP PRZY UŻYCIU KARTY — Biedronka', -30, -400],
      ['ZAKUP PRZY UŻYCIU KARTY — Żabka', -8, -60],
      ['BLIK — przelew na telefon', -50, -800],
      ['WYPŁATA Z BANKOMATU', -100, -1000],
      ['PRZELEW WYCHODZĄCY — czynsz', -600, -2200],
      ['ZLECENIE STAŁE — rata kredytu', -300, -1500],
      ['PRZELEW Z REVOLUT', 200, 3000],
      ['OPŁATA ZA PROWADZENIE RACHUNKU', -5, -15],
      ['WPŁYW — najem mieszkania', 1200, 3200],
      ['ŚWIADCZENIE 800+', 800, 800],
    ];
    const rows: string[] = [];
    const n = rng.int(6, 13);
    for (let i = 0; i < n; i++) {
      const [t, a, b] = rng.pick(ops);
      const amt = a === b ? a : a < 0 ? -rng.amount(-a, -b) : rng.amount(a, b);
      bal += amt;
      rows.push(row([dot(addDays(from, Math.floor((i * 30) / n))), t, spaced(amt), spaced(bal)], [11, 42, 11, 11]));
    }
    return [
      [
        rng.pick(['PKO Bank Polski SA', 'Bank Pekao SA', 'mBank S.A.', 'Santander Bank Polska S.A.', 'ING Bank Śląski S.A.']),
        `WYCIĄG Z RACHUNKU nr ${rng.int(1, 12)}/${c.date.getUTCFullYear()}`,
        `Posiadacz: ${c.p.name.toUpperCase()}`,
        `Rachunek: PL${plAccount(rng)}   Waluta: PLN`,
        `Okres: ${dot(from)} — ${dot(addDays(from, 30))}`,
        '',
        row(['Data', 'Opis operacji', 'Kwota', 'Saldo'], [11, 42, 11, 11]),
        ...rows,
        '',
        `Saldo początkowe: ${pln(open)}   Saldo końcowe: ${pln(bal)}`,
        'Dokument wygenerowany elektronicznie, nie wymaga podpisu ani stempla.',
      ],
    ];
  },
};

const plBankRevolut: Template = {
  id: 'bank_statement.pl.revolut-wyciag-eur',
  type: 'bank_statement',
  lang: 'pl',
  style: 'printed',
  weight: 0.3,
  supports: [],
  render(c) {
    const { rng } = c;
    const lines: string[] = [];
    let d = past(c, 30, 31);
    let bal = rng.amount(20, 900);
    const n = rng.int(6, 12);
    for (let i = 0; i < n; i++) {
      d = addDays(d, rng.int(1, 4));
      const [desc, sign] = rng.pick([
        [`Wypłata od ${rng.pick(AGENCIES_PL)}`, 1],
        ['Doładowanie z karty *' + rng.digits(4), 1],
        [rng.pick(['Lidl', 'Jumbo', 'Aldi', 'Action', 'Kruidvat']), -1],
        ['Przelew do ' + rng.pick(['Mama', 'Kasia W.', 'Tomek']), -1],
        ['Wymiana na PLN', -1],
        ['Shell', -1],
        ['Vodafone NL', -1],
      ] as const);
      const amt = sign * rng.amount(5, sign > 0 ? 700 : 180);
      bal += amt;
      lines.push(`${dot(d)}  ${desc.padEnd(30)} ${(amt < 0 ? '' : '+') + spaced(amt)} €`.padEnd(58) + `${spaced(bal)} €`);
    }
    return [
      [
        'Revolut Bank UAB',
        'Wyciąg z konta w EUR',
        `Wygenerowano ${dot(c.date)}`,
        '',
        c.p.name,
        `${c.p.street} ${c.p.houseNumber}, ${c.p.postcode} ${c.p.city}, Holandia`,
        `IBAN: LT${rng.int(10, 99)} 3250 0${rng.digits(3)} ${rng.digits(4)} ${rng.digits(4)}`,
        '',
        'Data        Opis                            Kwota            Saldo',
        ...lines,
        '',
        'Revolut Bank UAB jest nadzorowany przez Bank Litwy.',
      ],
    ];
  },
};

const plChangeHand: Template = {
  id: 'change_form.pl.kartka-reczna',
  type: 'change_form',
  lang: 'pl',
  style: 'handwritten',
  weight: 0.35,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const d = dot(past(c, 2, 25));
    const body = one(
      rng,
      `Dzień dobry. Chciał${g(c, 'em', 'am')} zgłosić, że od ${d} pracuję znowu, w szklarni przez agencję. Na razie ${rng.int(20, 40)} godzin w tygodniu. Paski będę wysyłać co tydzień.`,
      `Zmiana adresu!! Od ${d} mieszkam pod nowym adresem: ${c.p.street} ${c.p.houseNumber}, ${c.p.postcode} ${c.p.city}. Umowę najmu dołączam.`,
      `Moja żona przyjechała z Polski i od ${d} mieszka ze mną. Ona na razie nie pracuje. Czy to coś zmienia z zasiłkiem?`,
      `Od ${d} nie pracuję już, agencja zakończyła kontrakt bo nie było pracy. Proszę o wypłatę bijstand za ten miesiąc.`,
      `Syn skończył 18 lat i poszedł do pracy, zarabia ok. ${money(rng.amount(600, 1500), { euro: true })} miesięcznie. Nadal mieszka z nami.`,
    );
    return [
      [
        `${c.p.name}`,
        ...idsInline(c, { bsn: 'BSN', client: 'klantnummer', birth: 'ur.' }),
        '',
        rng.pick(['Do gminy — zmiana', 'Wijziging', 'ZGŁOSZENIE ZMIANY', 'Dla pani konsultant']),
        '',
        ...paras(rng.int(44, 60), typosPl(body, rng, 0.4 + rng.next() * 0.5)),
        '',
        `${dot(c.date)}  ${c.p.firstName}`,
      ],
    ];
  },
};

const plChangeWhatsapp: Template = {
  id: 'change_form.pl.whatsapp-konsultant',
  type: 'change_form',
  lang: 'pl',
  style: 'printed',
  weight: 0.3,
  supports: ['bsn', 'client-number'],
  render(c) {
    const { rng } = c;
    const d = past(c, 0, 3);
    const t = ticker(rng, rng.int(7, 12));
    const me = c.p.firstName;
    const cons = rng.pick(['Konsultant gemeente', 'Klantmanager W&I', 'Gemeente — pani od zasiłku']);
    const news = rng.pick([
      `od poniedziałku mam pracę w ${rng.pick(EMPLOYERS)}, umowa na ${rng.int(3, 12)} miesięcy, ${rng.int(24, 40)} godzin`,
      `dostałem jednorazowo pieniądze z Polski, zwrot podatku ${pln(rng.amount(300, 3000))}`,
      `wyprowadził${g(c, 'em', 'am')} się od partnera${g(c, 'ki', '')}, teraz mieszkam ${g(c, 'sam', 'sama')} z dziećmi u siostry`,
      `od ${dot(past(c, 1, 10))} jestem na chorobowym, agencja nie płaci`,
    ]);
    return [
      [
        `Czat WhatsApp: ${c.p.name} — ${cons}`,
        '',
        waLine(
          d,
          t(),
          me,
          typosPl(
            `Dzień dobry ${c.r.gender === 'f' ? 'pani' : 'panie'} ${c.r.lastName}, chciał${g(c, 'em', 'am')} tylko powiedzieć że ${news}`,
            rng,
            0.6,
          ),
        ),
        waLine(
          d,
          t(),
          cons,
          'Dank u / dziękuję za informację. Proszę też wypełnić wijzigingsformulier online, wtedy mamy to na piśmie. Jaki jest Pana/Pani klantnummer?',
        ),
        waLine(
          d,
          t(),
          me,
          [c.show.clientNumber && c.p.clientNumber ? `klantnummer ${c.p.clientNumber}` : '', c.show.bsn ? `BSN ${c.p.bsn}` : '']
            .filter(Boolean)
            .join(' i ') || 'nie mam przy sobie listu, wyślę później',
        ),
        waLine(
          d,
          t(),
          me,
          typosPl(
            rng.pick(['ok zrobię dzisiaj wieczorem', 'formularz nie działa na telefonie, mogę przyjść?', 'dziękuję, miłego dnia']),
            rng,
            0.6,
          ),
        ),
      ],
    ];
  },
};

const plChangeForm: Template = {
  id: 'change_form.pl.formularz-zmian-dochodu',
  type: 'change_form',
  lang: 'pl',
  style: 'form',
  weight: 0.3,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const m = addDays(c.date, -20);
    const rows = [1, 2, 3, 4].map(
      (wk) => `  tydzień ${wk}:  ${rng.int(0, 40)} h   brutto ${rng.chance(0.8) ? eurPl(rng.amount(0, 620)) : '— €'}`,
    );
    return [
      [
        `${c.org.name} — Werk en Inkomen`,
        `FORMULARZ: DOCHODY I ZMIANY (opgave inkomsten) — miesiąc ${monthPl(m)} ${m.getUTCFullYear()}`,
        '',
        `Imię i nazwisko: ${c.p.name}`,
        ...ids(c, { bsn: 'BSN', client: 'Klantnummer', birth: 'Data urodzenia' }),
        '',
        `1. Czy miał(a) Pan/Pani dochody w tym miesiącu?  [${rng.chance(0.7) ? 'X' : ' '}] tak   [ ] nie`,
        `   Pracodawca / agencja: ${rng.pick([...STAFFING, ...EMPLOYERS])}`,
        ...rows,
        `2. Czy zmienił się skład gospodarstwa domowego?  [ ] tak   [X] nie`,
        `3. Czy ma Pan/Pani nowe konto bankowe lub oszczędności?  [${rng.chance(0.2) ? 'X' : ' '}] tak   [ ] nie`,
        `4. Inne zmiany: ${typosPl(rng.pick(['brak', 'od przyszłego miesiąca kurs językowy 2x w tygodniu', 'córka wyjechała do Polski na studia', 'samochód sprzedany, 1500 euro']), rng, 0.5)}`,
        '',
        'Załączniki: paski wypłat (loonstroken), wyciąg bankowy',
        `Data: ${dot(c.date)}         Podpis: ______________`,
      ],
    ];
  },
};

const plApplicationBarka: Template = {
  id: 'benefit_application.pl.streetworker-list',
  type: 'benefit_application',
  lang: 'pl',
  style: 'printed',
  weight: 0.3,
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const worker = rng.pick(PL_STAFF);
    const org = rng.pick([
      'Fundacja Barka NL',
      'Streetcornerwork — zespół polski',
      'Stichting Polska Pomoc',
      'Leger des Heils — polskojęzyczny streetworker',
    ]);
    return [
      [
        org,
        `${worker}, ${rng.pick(['streetworker', 'lider/asystent', 'pracownik socjalny'])}`,
        `tel. 06-${rng.digits(8)}`,
        '',
        `${c.org.name}, Werk en Inkomen — intake`,
        '',
        `${c.org.city}, ${longPl(c.date)}`,
        `Dotyczy: wniosek o zasiłek (aanvraag bijstand) i adres korespondencyjny (postadres) — ${c.p.name}`,
        ...ids(c, PLL),
        '',
        'Szanowni Państwo,',
        '',
        ...paras(
          86,
          `zwracam się w imieniu ${g(c, 'Pana', 'Pani')} ${c.p.name}, ${g(c, 'którego', 'którą')} poznaliśmy podczas dyżuru w noclegowni. ${g(c, 'Pan', 'Pani')} ${c.p.lastName} pracował${g(c, '', 'a')} przez ${rng.int(2, 9)} lat w Holandii przez agencje pracy. Po utracie pracy ${dot(past(c, 20, 90))} stracił${g(c, '', 'a')} również mieszkanie agencyjne i obecnie nie ma stałego adresu.`,
          rng.pick([
            `${g(c, 'Pan', 'Pani')} ${c.p.lastName} chce zostać w Holandii i szukać pracy. Nie ma żadnych dochodów ani oszczędności. Posiada ważny dowód osobisty i konto bankowe.`,
            `Zdrowie ${g(c, 'Pana', 'Pani')} ${c.p.lastName} jest obecnie słabe (problemy z alkoholem, w trakcie terapii). Potrzebny jest dochód i adres, żeby ${g(c, 'mógł', 'mogła')} kontynuować leczenie.`,
          ]),
          'Prosimy o rejestrację adresu korespondencyjnego w BRP oraz przyjęcie wniosku o pomoc socjalną. Możemy towarzyszyć przy rozmowie i tłumaczyć.',
        ),
        '',
        'Z poważaniem,',
        worker,
        org,
      ],
    ];
  },
};

const plApplicationHand: Template = {
  id: 'benefit_application.pl.prosba-odreczna',
  type: 'benefit_application',
  lang: 'pl',
  style: 'handwritten',
  weight: 0.3,
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const body = one(
      rng,
      `Proszę o pomoc bo nie mam z czego żyć. Pracował${g(c, 'em', 'am')} ${rng.int(3, 11)} lat w Holandii, teraz agencja nie ma dla mnie pracy. WW dostawał${g(c, 'em', 'am')} ale się skończyło w ${monthPl(past(c, 10, 40))}. Mam mieszkanie, czynsz ${money(rng.int(550, 950), { euro: true })}.`,
      `Chcę złożyć wniosek o bijstand. Rozwiodłam się i zostałam sama z ${rng.int(1, 3)} dzieci. Były mąż nie płaci alimentów. Nie znam dobrze holenderskiego, proszę o tłumacza na rozmowę.`,
      `Dzień dobry, proszę o zasiłek. Miałem wypadek w pracy i długo byłem chory, teraz nie mam już pracy ani pieniędzy. Mieszkam u kolegi, ${c.p.street} ${c.p.houseNumber}.`,
    );
    return [
      [
        c.p.name,
        `${c.p.street} ${c.p.houseNumber}, ${c.p.postcode} ${c.p.city}`,
        ...ids(c, { bsn: 'BSN', client: 'klantnummer', birth: 'data ur.' }, ' '),
        '',
        rng.pick(['Wniosek o zasiłek', 'Aanvraag bijstand', 'Do gminy']),
        '',
        ...paras(rng.int(44, 60), typosPl(body, rng, 0.3 + rng.next() * 0.6)),
        '',
        `Konto: ${ibanText(c.p.iban, rng)}`,
        `Tel. ${c.p.phone}`,
        `${rng.pick(['Z poważaniem', 'Dziękuję', 'Pozdrawiam'])}, ${c.p.firstName}`,
      ],
    ];
  },
};

const plApplicationOnline: Template = {
  id: 'benefit_application.pl.formularz-online-wydruk',
  type: 'benefit_application',
  lang: 'pl',
  style: 'form',
  weight: 0.3,
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const lines = [
      'WNIOSEK O ŚWIADCZENIE Z POMOCY SPOŁECZNEJ (Participatiewet)',
      `Wersja polska formularza ${c.org.name}`,
      '',
      'A. Dane osobowe',
      `Nazwisko: ${c.p.lastName}`,
      `Imię: ${c.p.firstName}`,
      ...(c.show.birthDate ? [`Data urodzenia: ${fmtIso(c.p.birthDate, 'dot')}`] : []),
      ...(c.show.bsn ? [`Numer BSN: ${c.p.bsn}`] : []),
      `Obywatelstwo: polskie`,
      `W Holandii od: ${rng.int(2008, 2024)}`,
      `Adres: ${c.p.street} ${c.p.houseNumber}, ${c.p.postcode} ${c.p.city}`,
      '',
      'B. Sytuacja',
      `Stan cywilny: ${rng.pick(['kawaler / panna', 'żonaty / zamężna', 'rozwiedziony(a)', 'w separacji'])}`,
      `Ostatnia praca: ${rng.pick(JOB_TITLES)}, do ${dot(past(c, 10, 120))}`,
      `Powód braku dochodu: ${rng.pick(['koniec umowy z agencją', 'choroba', 'zwolnienie', 'koniec WW'])}`,
      `Majątek w Polsce (mieszkanie, działka, samochód): ${rng.pick(['nie', 'tak — udział w mieszkaniu rodziców', 'tak — samochód', 'nie'])}`,
      '',
      'C. Konto',
      `IBAN: ${ibanText(c.p.iban, rng)}`,
      '',
      '[X] Oświadczam, że podane informacje są prawdziwe i kompletne.',
      `Wysłano: ${dot(c.date)} ${clock(rng, 8, 23)} — numer zgłoszenia ${kenmerk(rng, 'WI-')}`,
    ];
    return paginate(lines, rng.int(14, 30), (p, n) => [`https://www.${slug(c.org.city)}.nl/formulier/bijstand?jezyk=pl     ${p}/${n}`]);
  },
};

const plObjectionHand: Template = {
  id: 'objection.pl.odwolanie-odreczne',
  type: 'objection',
  lang: 'pl',
  style: 'handwritten',
  weight: 0.35,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const amt = money(rng.amount(300, 5200), { euro: true });
    const ld = dot(past(c, 5, 38));
    const body = one(
      rng,
      `Nie zgadzam się z decyzją z ${ld}. Mam oddać ${amt} bo niby nie zgłosił${g(c, 'em', 'am')} pracy. Ale ja zgłosił${g(c, 'em', 'am')} telefonicznie i wysłał${g(c, 'em', 'am')} paski! To nie moja wina że ktoś tego nie wpisał. Składam bezwaar.`,
      `Odwołuję się od decyzji o wstrzymaniu zasiłku. Nie przyszed${g(c, 'łem', 'łam')} na spotkanie bo był${g(c, 'em', 'am')} w szpitalu, mam zaświadczenie. Proszę to cofnąć, nie mam pieniędzy na jedzenie.`,
      `Piszę bezwaar na karę (boete) ${amt}. Ja nie wiedział${g(c, 'em', 'am')} że samochód muszę zgłosić, to stary samochód za 800 euro. Nikt mi tego nie wytłumaczył po polsku.`,
      `Nie zgadzam się że mieszkamy razem z ${c.q.firstName}. On tylko był zameldowany u mnie bo nie miał adresu. Mieszka w Rotterdamie. To nie jest wspólne gospodarstwo.`,
    );
    return [
      [
        c.p.name,
        `${c.p.street} ${c.p.houseNumber}`,
        `${c.p.postcode} ${c.p.city}`,
        ...ids(c, { bsn: 'BSN', client: 'Klantnr', birth: 'ur.' }, ' '),
        '',
        rng.pick(['BEZWAAR — odwołanie', 'Odwołanie', 'Sprzeciw od decyzji', 'bezwaar']),
        '',
        ...paras(rng.int(44, 60), typosPl(body, rng, 0.4 + rng.next() * 0.5)),
        '',
        rng.pick(['Z poważaniem', 'Proszę o odpowiedź', 'Dziękuję']),
        `${c.p.firstName} ${c.p.lastName[0]}.   ${dot(c.date)}`,
      ],
    ];
  },
};

const plObjectionLawyer: Template = {
  id: 'objection.pl.pelnomocnik-pismo',
  type: 'objection',
  lang: 'pl',
  style: 'printed',
  weight: 0.3,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const lawyer = `mr ${rng.pick(PL_STAFF)}`;
    const decided = past(c, 10, 40);
    const body = paras(
      88,
      `Działając w imieniu ${g(c, 'Pana', 'Pani')} ${c.p.name} (pełnomocnictwo w załączeniu), niniejszym wnoszę sprzeciw (bezwaarschrift, art. 6:4 Awb) od decyzji Kolegium Burmistrza i Radnych z dnia ${dot(decided)} w sprawie ${rng.pick(
        [
          'zwrotu nienależnie pobranego zasiłku',
          'zakończenia wypłaty zasiłku',
          'odmowy przyznania zasiłku specjalnego (bijzondere bijstand)',
          'zastosowania normy współdzielenia kosztów (kostendelersnorm)',
        ],
      )}.`,
      'UZASADNIENIE',
      `1. Organ nie zbadał należycie stanu faktycznego (art. 3:2 Awb). ${g(c, 'Mój Mocodawca', 'Moja Mocodawczyni')} nie został${g(c, '', 'a')} wysłuchan${g(c, 'y', 'a')} przed wydaniem decyzji.`,
      `2. Decyzja nie zawiera wystarczającego uzasadnienia (art. 7:12 Awb). Nie wyjaśniono, na jakiej podstawie przyjęto kwotę ${money(rng.amount(800, 9000), { euro: true })}.`,
      `3. Organ pominął szczególne okoliczności: ${rng.pick(['znaczne zadłużenie', 'opiekę nad małoletnimi dziećmi', 'chorobę przewlekłą', 'barierę językową i brak tłumacza'])}.`,
      'WNIOSKI',
      `Wnoszę o uznanie sprzeciwu za zasadny, uchylenie zaskarżonej decyzji, wysłuchanie ${g(c, 'Mocodawcy', 'Mocodawczyni')} z udziałem tłumacza języka polskiego oraz zwrot kosztów pomocy prawnej.`,
    );
    return paginate(
      body,
      rng.int(18, 32),
      (p) =>
        p === 1
          ? [
              rng.pick([
                'Kancelaria Prawna Nowak & Partners — Den Haag',
                'Advocatenkantoor De Brug — sekcja polska',
                'Polski Punkt Porad Prawnych NL',
              ]),
              '',
              `${c.org.name}`,
              'Commissie bezwaarschriften',
              c.org.postbus,
              '',
              `${c.org.city}, ${longPl(c.date)}`,
              `Dotyczy: sprzeciw — ${c.p.name}, decyzja z ${dot(decided)}, sygn. ${kenmerk(rng)}`,
              ...ids(c, PLL),
              '',
              'Szanowni Państwo,',
              '',
            ]
          : [`${c.p.name} — sprzeciw — str. ${p}`, ''],
      (p, n) => (p === n ? ['', 'Z wyrazami szacunku,', lawyer, 'Załączniki: pełnomocnictwo, decyzja'] : []),
    );
  },
};

const plObjectionDaughter: Template = {
  id: 'objection.pl.email-od-corki',
  type: 'objection',
  lang: 'pl',
  style: 'printed',
  weight: 0.3,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const helper = `${rng.pick(['Natalia', 'Karolina', 'Kamil', 'Dawid', 'Weronika'])} ${c.p.lastName}`;
    return [
      [
        `Od: ${helper} <${slug(helper)}${rng.int(1, 99)}@wp.pl>`,
        `Do: ${muniMail(c, 'bezwaar')}`,
        `Data: ${dot(c.date)} ${clock(rng, 7, 23)}`,
        `Temat: ${rng.pick(['bezwaar w imieniu mojej mamy', 'Odwołanie — ' + c.p.name, 'bezwaar / odwołanie od decyzji'])}`,
        '',
        'Dzień dobry,',
        '',
        ...paras(
          82,
          `piszę w imieniu ${g(c, 'mojego taty', 'mojej mamy')}, ${c.p.name}, bo ${g(c, 'on', 'ona')} nie mówi po holendersku ani po angielsku. ${g(c, 'Tata', 'Mama')} dostał${g(c, '', 'a')} list z dnia ${dot(past(c, 5, 30))}, w którym gmina ${rng.pick(['obniża zasiłek o 100%', 'żąda zwrotu pieniędzy za trzy miesiące', 'odmawia zwrotu kosztów okularów i dentysty', 'zamyka sprawę, bo nie dostarczono wyciągów'])}.`,
          `Chcemy złożyć sprzeciw (bezwaar). ${rng.pick([
            'Wyciągi bankowe zostały wysłane pocztą 2 tygodnie przed terminem, mamy potwierdzenie nadania.',
            `${g(c, 'Tata', 'Mama')} był${g(c, '', 'a')} w tym czasie w Polsce na pogrzebie i zgłosiła to wcześniej telefonicznie.`,
            'Dochód, który gmina wpisała, to pieniądze z Polski na leczenie, nie wynagrodzenie.',
          ])}`,
          'Proszę o potwierdzenie otrzymania tego maila. Podpisane upoważnienie dołączam jako skan.',
        ),
        ...ids(c, PLL),
        '',
        'Pozdrawiam',
        helper,
      ],
    ];
  },
};

const plComplaintHand: Template = {
  id: 'complaint.pl.skarga-odreczna',
  type: 'complaint',
  lang: 'pl',
  style: 'handwritten',
  weight: 0.35,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const who = `${c.r.gender === 'f' ? 'pani' : 'pan'} ${c.r.lastName}`;
    const body = one(
      rng,
      `Chcę złożyć skargę na ${who}. Na spotkaniu ${dot(past(c, 3, 25))} powiedział(a) do mnie że "Polacy tylko przyjeżdżają po zasiłek". To jest dyskryminacja. Pracowałem tu 8 lat i płaciłem podatki.`,
      `Od ${rng.int(3, 8)} tygodni czekam na odpowiedź w sprawie mojego wniosku. Dzwonię i nikt nic nie wie. Raz mi powiedzieli że papiery zginęły. Tak nie można traktować ludzi.`,
      `Konsultant przyszedł do mnie do domu bez zapowiedzi o 8 rano, dzieci jeszcze spały. Zaglądał do szafy i do lodówki. Czuję się upokorzona.`,
    );
    return [
      [
        rng.pick(['SKARGA', 'Klacht — skarga', 'Skarga na pracownika gminy']),
        '',
        `${c.p.name}, ${c.p.street} ${c.p.houseNumber}, ${c.p.city}`,
        ...idsInline(c, { bsn: 'BSN', client: 'nr klienta', birth: 'ur.' }),
        '',
        ...paras(rng.int(44, 60), typosPl(body, rng, 0.4 + rng.next() * 0.5)),
        '',
        one(rng, 'Chcę przeprosin i innego konsultanta.', 'Proszę o pisemną odpowiedź.', 'Chcę rozmawiać z kierownikiem.'),
        `${c.p.firstName}  ${dot(c.date)}`,
      ],
    ];
  },
};

const plComplaintForm: Template = {
  id: 'complaint.pl.formularz-skargi-www',
  type: 'complaint',
  lang: 'pl',
  style: 'form',
  weight: 0.3,
  supports: ['client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    return [
      [
        `Formularz skargi — ${c.org.name} (tłumaczenie automatyczne)`,
        `Potwierdzenie wysłania ${dot(c.date)}, nr ${kenmerk(rng, 'KL-')}`,
        '',
        `Imię i nazwisko: ${c.p.name}`,
        `Adres e-mail: ${c.p.email}`,
        ...ids(c, { bsn: 'BSN', client: 'Numer klienta', birth: 'Data urodzenia' }),
        '',
        `Czego dotyczy skarga: ${rng.pick(['zachowania pracownika', 'opóźnienia płatności', 'braku odpowiedzi', 'sposobu rozpatrzenia sprawy'])}`,
        `Data zdarzenia: ${dot(past(c, 2, 45))}`,
        'Opis:',
        ...paras(
          80,
          typosPl(
            rng.pick([
              'Wysłałem wszystkie dokumenty przez Mijn Gemeente, a mimo to dostałem list, że zasiłek zostaje wstrzymany z powodu braku dokumentów. Nikt nie odpisuje na wiadomości.',
              'Na rozmowie nie było tłumacza, chociaż prosiłam o to dwa razy. Podpisałam dokument, którego nie rozumiałam.',
              'Zasiłek za ten miesiąc wpłynął 15 dni za późno. Musiałam zapłacić karę za spóźniony czynsz.',
            ]),
            rng,
            0.2,
          ),
        ),
        `Oczekiwane rozwiązanie: ${rng.pick(['przeprosiny', 'zwrot kosztów kary', 'tłumacz na każdej rozmowie', 'szybsza odpowiedź'])}`,
      ],
    ];
  },
};

const plCourtAlimony: Template = {
  id: 'court_document.pl.wyrok-sad-rejonowy',
  type: 'court_document',
  lang: 'pl',
  style: 'printed',
  weight: 0.3,
  supports: ['name-birthdate'],
  render(c) {
    const { rng } = c;
    const city = rng.pick(PL_CITIES);
    const judge = rng.pick(PL_STAFF);
    const sig = `${rng.pick(['III RC', 'III RC', 'I C', 'VI RC'])} ${rng.int(100, 2400)}/${rng.int(23, 25)}`;
    const amount = rng.int(4, 16) * 100;
    const claimant = c.p.gender === 'f' ? c.p : c.q;
    const defendant = c.p.gender === 'f' ? c.q : c.p;
    const body = paras(
      88,
      `Dnia ${longPl(past(c, 30, 250))} Sąd Rejonowy ${plIn(city)}, III Wydział Rodzinny i Nieletnich, w składzie: Przewodniczący — sędzia ${judge}, Protokolant — ${rng.pick(PL_STAFF)}, po rozpoznaniu na rozprawie sprawy z powództwa małoletniej reprezentowanej przez matkę ${claimant.name} przeciwko ${defendant.name} o alimenty`,
      `1. zasądza od pozwanego ${defendant.name} na rzecz ${rng.pick(['małoletniej córki', 'małoletniego syna'])} alimenty w kwocie ${pln(amount)} miesięcznie, płatne do dnia ${rng.int(5, 15)} każdego miesiąca do rąk przedstawicielki ustawowej, z ustawowymi odsetkami w razie zwłoki;`,
      '2. w pozostałym zakresie powództwo oddala;',
      '3. nakazuje pobrać od pozwanego na rzecz Skarbu Państwa kwotę tytułem opłaty sądowej;',
      '4. wyrokowi w punkcie 1 nadaje rygor natychmiastowej wykonalności.',
    );
    return paginate(
      body,
      rng.int(18, 30),
      (p) => (p === 1 ? [`Sygn. akt ${sig}`, '', 'WYROK', 'W IMIENIU RZECZYPOSPOLITEJ POLSKIEJ', ''] : [`Sygn. akt ${sig}`, '']),
      (p, n) =>
        p === n
          ? [
              '',
              `SSR ${judge}`,
              ...(c.show.birthDate ? [`${c.p.name}, ur. ${fmtIso(c.p.birthDate, 'dot')}, PESEL ${pesel(c)}`] : []),
              rng.pick(['Za zgodność z oryginałem', 'Wyrok jest prawomocny', '']),
            ]
          : [],
    );
  },
};

const plCourtEpu: Template = {
  id: 'court_document.pl.nakaz-zaplaty-epu',
  type: 'court_document',
  lang: 'pl',
  style: 'printed',
  weight: 0.25,
  supports: ['name-birthdate'],
  render(c) {
    const { rng } = c;
    const creditor = rng.pick([
      'Kredyt Inkaso S.A.',
      'Ultimo Sp. z o.o.',
      'Best Fundusz Inwestycyjny',
      'Provident Polska S.A.',
      'Orange Polska S.A.',
    ]);
    const main = rng.amount(400, 12000);
    return [
      [
        'Sąd Rejonowy Lublin-Zachód w Lublinie',
        'VI Wydział Cywilny — Elektroniczne Postępowanie Upominawcze',
        `Sygn. akt VI Nc-e ${rng.int(100000, 2999999)}/${rng.int(23, 26)}`,
        '',
        'NAKAZ ZAPŁATY W POSTĘPOWANIU UPOMINAWCZYM',
        '',
        ...paras(
          86,
          `Dnia ${longPl(past(c, 10, 40))} referendarz sądowy ${rng.pick(PL_STAFF)} w sprawie z powództwa ${creditor} przeciwko ${c.p.name}${c.show.birthDate ? ` (ur. ${fmtIso(c.p.birthDate, 'dot')}, PESEL ${pesel(c)})` : ''} o zapłatę nakazuje pozwanemu, aby zapłacił powodowi kwotę ${pln(main)} wraz z odsetkami ustawowymi za opóźnienie od dnia ${dot(past(c, 300, 700))} do dnia zapłaty oraz kwotę ${pln(rng.amount(30, 300))} tytułem zwrotu kosztów procesu — w terminie dwóch tygodni od doręczenia nakazu albo wniósł w tym terminie sprzeciw.`,
          'POUCZENIE: Pozwany może wnieść sprzeciw do tutejszego Sądu w terminie dwóch tygodni od dnia doręczenia nakazu zapłaty. Sprzeciw wnosi się wyłącznie za pośrednictwem systemu teleinformatycznego (e-sad.gov.pl) albo na piśmie. Nakaz zapłaty, przeciwko któremu nie wniesiono sprzeciwu, ma skutki prawomocnego wyroku.',
        ),
        '',
        `Kod dostępu do dokumentu: ${rng.letters(4)}-${rng.digits(4)}-${rng.letters(4)}`,
      ],
    ];
  },
};

const plUwvTranslation: Template = {
  id: 'uwv_decision.pl.tlumaczenie-decyzji-uwv',
  type: 'uwv_decision',
  lang: 'pl',
  style: 'printed',
  weight: 0.3,
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const start = past(c, 3, 30);
    const kind = rng.pick(['ww', 'zw', 'afwijzing'] as const);
    const day = rng.amount(48, 125);
    const body =
      kind === 'ww'
        ? [
            `Przyznajemy Panu/Pani zasiłek dla bezrobotnych (WW-uitkering) od ${dot(start)}. Wysokość: ${eurPl(day)} brutto dziennie. Zasiłek trwa ${rng.int(3, 14)} miesięcy, jeżeli nadal spełnia Pan/Pani warunki.`,
            'Obowiązki: aktywne szukanie pracy (co najmniej 4 aplikacje na 4 tygodnie), rejestracja na werk.nl, zgłaszanie każdej zmiany.',
          ]
        : kind === 'zw'
          ? [
              `Otrzymuje Pan/Pani zasiłek chorobowy (Ziektewet) od ${dot(start)}, ponieważ zachorował(a) Pan/Pani w okresie pracy przez agencję.`,
              `Wysokość: ${eurPl(day)} brutto dziennie. Lekarz UWV zaprosi Pana/Panią na badanie.`,
            ]
          : [
              `Nie otrzymuje Pan/Pani zasiłku WW. Powód: w ciągu ostatnich 36 tygodni pracował(a) Pan/Pani krócej niż 26 tygodni.`,
              'Może Pan/Pani złożyć wniosek o pomoc socjalną (bijstand) w gminie.',
            ];
    return [
      [
        rng.pick([
          'Tłumaczenie robocze — nie jest dokumentem urzędowym',
          'TŁUMACZENIE (dla klienta, agencja pracy)',
          'Przekład listu UWV na język polski',
        ]),
        '',
        'UWV — Uitvoeringsinstituut Werknemersverzekeringen',
        `List z dnia: ${dot(past(c, 0, 8))}`,
        `Temat: ${kind === 'zw' ? 'decyzja w sprawie Ziektewet' : 'decyzja w sprawie zasiłku WW'}`,
        `Adresat: ${c.p.name}, ${c.p.postcode} ${c.p.city}`,
        ...(c.show.bsn ? [`Burgerservicenummer: ${c.p.bsn}`] : []),
        ...(c.show.birthDate ? [`Data urodzenia: ${fmtIso(c.p.birthDate, 'dot')}`] : []),
        '',
        'DECYZJA',
        ...paras(84, ...body),
        '',
        ...paras(84, 'Jeśli nie zgadza się Pan/Pani z decyzją, można złożyć sprzeciw (bezwaar) w ciągu 6 tygodni od daty listu.'),
      ],
    ];
  },
};

const plZus: Template = {
  id: 'uwv_decision.pl.zus-decyzja',
  type: 'uwv_decision',
  lang: 'pl',
  style: 'printed',
  weight: 0.25,
  supports: ['name-birthdate'],
  render(c) {
    const { rng } = c;
    const what = rng.pick([
      ['o przyznaniu renty z tytułu częściowej niezdolności do pracy', 'przyznać rentę'],
      ['o przyznaniu emerytury', 'przyznać emeryturę'],
      ['o odmowie prawa do renty', 'odmówić prawa do renty'],
      ['o ponownym ustaleniu wysokości świadczenia', 'ponownie ustalić wysokość świadczenia'],
    ] as const);
    const refused = what[0].includes('odmowie');
    return [
      [
        'ZAKŁAD UBEZPIECZEŃ SPOŁECZNYCH',
        `Oddział w ${rng.pick(['Opolu', 'Rzeszowie', 'Lublinie', 'Zielonej Górze', 'Białymstoku'])} — Wydział Realizacji Umów Międzynarodowych`,
        `Znak: ${rng.int(100000, 999999)}/${rng.int(1, 9)}/${rng.letters(2)}`,
        '',
        `${c.p.name}`,
        `${c.p.street} ${c.p.houseNumber}, ${c.p.postcode} ${c.p.city}, HOLANDIA`,
        ...(c.show.birthDate ? [`PESEL ${pesel(c)}, ur. ${fmtIso(c.p.birthDate, 'dot')}`] : []),
        '',
        `DECYZJA ${what[0]}`,
        '',
        ...paras(
          86,
          `Na podstawie rozporządzenia (WE) nr 883/2004 oraz ustawy o emeryturach i rentach z Funduszu Ubezpieczeń Społecznych, po rozpatrzeniu wniosku z dnia ${dot(past(c, 60, 200))}, ZUS postanowił ${what[1]}${refused ? '.' : ` od dnia ${dot(past(c, 20, 120))}.`}`,
          refused
            ? 'Uzasadnienie: lekarz orzecznik ZUS nie stwierdził niezdolności do pracy.'
            : `Wysokość świadczenia (część polska, pro rata): ${pln(rng.amount(400, 2800))} brutto miesięcznie. Okresy ubezpieczenia w Holandii uwzględniono na podstawie formularza E 205 NL.`,
          'Od niniejszej decyzji przysługuje odwołanie do Sądu Okręgowego — Sądu Pracy i Ubezpieczeń Społecznych, za pośrednictwem ZUS, w terminie miesiąca od dnia jej doręczenia.',
        ),
        '',
        `Z upoważnienia Prezesa ZUS: ${rng.pick(PL_STAFF)}`,
      ],
    ];
  },
};

const plTaxUs: Template = {
  id: 'tax_document.pl.urzad-skarbowy-pismo',
  type: 'tax_document',
  lang: 'pl',
  style: 'printed',
  weight: 0.25,
  supports: ['name-birthdate'],
  render(c) {
    const { rng } = c;
    const y = c.date.getUTCFullYear() - 1;
    const kind = rng.pick(['zwrot', 'wezwanie', 'zaleglosc'] as const);
    const usCity = rng.pick(PL_CITIES);
    return [
      [
        `Naczelnik Urzędu Skarbowego ${plIn(usCity)}`,
        `${usCity}, ${dot(past(c, 2, 20))}`,
        `Nr sprawy: ${rng.int(1600, 3299)}-SPV.${rng.int(4000, 4199)}.${rng.int(10, 999)}.${y}`,
        '',
        `${c.p.name}`,
        `${c.p.street} ${c.p.houseNumber}, ${c.p.postcode} ${c.p.city}, Niderlandy`,
        ...(c.show.birthDate ? [`PESEL: ${pesel(c)}`, `Data urodzenia: ${fmtIso(c.p.birthDate, 'dot')}`] : []),
        '',
        kind === 'zwrot' ? 'ZAWIADOMIENIE O ZWROCIE NADPŁATY' : kind === 'wezwanie' ? 'WEZWANIE' : 'UPOMNIENIE',
        '',
        ...paras(
          86,
          kind === 'zwrot'
            ? `Uprzejmie informuję, że na podstawie zeznania PIT-36 za rok ${y} z zastosowaniem metody proporcjonalnego odliczenia (ulga abolicyjna) dokonano zwrotu nadpłaty w kwocie ${pln(rng.amount(100, 4500))} na rachunek bankowy wskazany w zeznaniu.`
            : kind === 'wezwanie'
              ? `W związku z prowadzonym postępowaniem wzywam do złożenia w terminie 14 dni od doręczenia: zaświadczenia o dochodach uzyskanych w Holandii w roku ${y} (jaaropgaaf) oraz certyfikatu rezydencji podatkowej. Niezłożenie dokumentów spowoduje wydanie decyzji na podstawie zgromadzonego materiału.`
              : `Wzywam do zapłaty zaległości w podatku dochodowym od osób fizycznych za rok ${y} w kwocie ${pln(rng.amount(200, 6000))} wraz z odsetkami za zwłokę w terminie 7 dni od doręczenia upomnienia. Brak wpłaty spowoduje wszczęcie egzekucji administracyjnej.`,
          'Pismo wygenerowano w systemie e-Urząd Skarbowy.',
        ),
        '',
        `z up. Naczelnika: ${rng.pick(PL_STAFF)}`,
      ],
    ];
  },
};

const plTaxOffice: Template = {
  id: 'tax_document.pl.biuro-rozliczen-holandia',
  type: 'tax_document',
  lang: 'pl',
  style: 'printed',
  weight: 0.3,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const y = c.date.getUTCFullYear() - 1;
    const back = rng.chance(0.65);
    const amt = rng.amount(80, 2600);
    return [
      [
        rng.pick([
          'EuroPodatki Holandia B.V.',
          'Biuro Rachunkowe Tulipan',
          'Rozliczenia NL — Polskie Biuro Podatkowe',
          'Belastingservice Polonia',
        ]),
        '',
        `Do: ${c.p.name}, ${c.p.email}`,
        `Data: ${dot(c.date)}`,
        `Temat: rozliczenie podatku w Holandii za ${y} — decyzja Belastingdienst`,
        ...ids(c, { bsn: 'BSN (sofinummer)', client: 'Nr klienta gminy', birth: 'Data urodzenia' }),
        '',
        'Szanowny Kliencie,',
        '',
        ...paras(
          84,
          `otrzymaliśmy z Belastingdienst ${rng.pick(['tymczasową decyzję (voorlopige aanslag)', 'ostateczną decyzję (definitieve aanslag)'])} inkomstenbelasting za rok ${y}.`,
          back
            ? `Wynik: ZWROT ${eurPl(amt)}. Kwota zostanie przelana na Państwa konto ${ibanText(c.p.iban, rng)} w ciągu ok. 6 tygodni. Uwaga: jeśli pobierasz zasiłek (bijstand), zwrot podatku trzeba zgłosić w gminie.`
            : `Wynik: DOPŁATA ${eurPl(amt)}. Termin płatności: ${dot(ahead(c, 30, 60))}. Można wnioskować o rozłożenie na raty (betalingsregeling).`,
          `Dochód z pracy: ${eurPl(rng.amount(9000, 32000))}; podatek pobrany przez pracodawcę: ${eurPl(rng.amount(0, 3500))}; ulgi: heffingskorting, arbeidskorting.`,
          'Kopię decyzji w języku niderlandzkim załączamy.',
        ),
        '',
        'Pozdrawiamy,',
        rng.pick(PL_STAFF),
      ],
    ];
  },
};

const plRentalAgency: Template = {
  id: 'rental_agreement.pl.umowa-najmu-pokoju-agencja',
  type: 'rental_agreement',
  lang: 'pl',
  style: 'printed',
  weight: 0.3,
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const agency = rng.pick(AGENCIES_PL);
    const week = rng.amount(95, 135);
    const start = ahead(c, -30, 10);
    const body = paras(
      88,
      `Zawarta w dniu ${dot(start)} pomiędzy ${agency} Huisvesting B.V. (dalej: Wynajmujący) a ${c.p.name}${c.show.birthDate ? `, ur. ${fmtIso(c.p.birthDate, 'dot')}` : ''}${c.show.bsn ? `, BSN ${c.p.bsn}` : ''} (dalej: Najemca).`,
      `§1. Wynajmujący oddaje Najemcy do używania ${rng.pick(['jedno miejsce w pokoju dwuosobowym', 'pokój jednoosobowy', 'miejsce w domku na parku (vakantiepark)'])} pod adresem ${c.p.street} ${c.p.houseNumber}, ${c.p.postcode} ${c.p.city}.`,
      `§2. Czynsz wynosi ${eurPl(week)} tygodniowo i obejmuje media, internet i sprzątanie części wspólnych. Czynsz jest potrącany z wynagrodzenia za zgodą Najemcy.`,
      '§3. Umowa jest związana z umową o pracę tymczasową. Po zakończeniu zatrudnienia Najemca opuszcza lokal w ciągu 7 dni (ta klauzula nie dotyczy najmu powyżej 6 miesięcy — SNF).',
      `§4. Kaucja: ${eurPl(rng.int(0, 3) * 50 || 100)}. Zwrot po odbiorze pokoju bez szkód.`,
      '§5. Zakaz palenia w budynku, zakaz przyjmowania gości na noc bez zgody. Naruszenie regulaminu może skutkować karą.',
      '§6. Meldunek (inschrijving BRP) pod tym adresem jest możliwy — zgłoszenie w gminie.',
    );
    return paginate(
      body,
      rng.int(20, 34),
      (p) => (p === 1 ? [`${agency} Huisvesting`, 'UMOWA NAJMU MIEJSCA ZAKWATEROWANIA (huurovereenkomst)', ''] : []),
      (p, n) => (p === n ? ['', 'Wynajmujący ____________        Najemca ____________', c.p.name] : []),
    );
  },
};

const plRentalPoland: Template = {
  id: 'rental_agreement.pl.umowa-najmu-mieszkania-polska',
  type: 'rental_agreement',
  lang: 'pl',
  style: 'printed',
  weight: 0.25,
  supports: ['name-birthdate'],
  render(c) {
    const { rng } = c;
    const city = rng.pick(PL_CITIES);
    const tenant = rng.pick(PL_STAFF);
    const rent = rng.int(12, 38) * 100;
    return [
      [
        'UMOWA NAJMU LOKALU MIESZKALNEGO',
        `zawarta ${plIn(city)}, dnia ${longPl(past(c, 10, 300))}`,
        '',
        `Wynajmujący: ${c.p.name}${c.show.birthDate ? `, ur. ${fmtIso(c.p.birthDate, 'dot')}, PESEL ${pesel(c)}` : ''}, zam. obecnie w ${c.p.city} (Holandia), reprezentowan${g(c, 'y', 'a')} przez pełnomocnika: ${rng.pick(PL_STAFF)}`,
        `Najemca: ${tenant}, legitymujący(a) się dowodem osobistym`,
        '',
        ...paras(
          86,
          `§1. Wynajmujący oświadcza, że jest właścicielem lokalu mieszkalnego nr ${rng.int(1, 90)} przy ul. ${rng.pick(['Mickiewicza', 'Słowackiego', 'Kościuszki', 'Ogrodowej', 'Polnej'])} ${rng.int(1, 80)} ${plIn(city)}, o powierzchni ${rng.int(30, 72)} m².`,
          `§2. Czynsz najmu wynosi ${pln(rent)} miesięcznie, płatny z góry do ${rng.int(5, 10)}. dnia miesiąca na rachunek Wynajmującego nr ${plAccount(rng)}. Opłaty eksploatacyjne (prąd, gaz) Najemca pokrywa według zużycia.`,
          `§3. Umowa zostaje zawarta na czas ${rng.pick(['określony 12 miesięcy', 'nieokreślony', 'określony do 30.06.' + (c.date.getUTCFullYear() + 1)])}. Kaucja zabezpieczająca: ${pln(rent)}.`,
          '§4. Najemca nie może podnajmować lokalu bez pisemnej zgody Wynajmującego.',
          '§5. W sprawach nieuregulowanych zastosowanie mają przepisy Kodeksu cywilnego.',
        ),
        '',
        'WYNAJMUJĄCY ____________                 NAJEMCA ____________',
      ],
    ];
  },
};

const plHolidayHand: Template = {
  id: 'holiday_notice.pl.wyjazd-kartka',
  type: 'holiday_notice',
  lang: 'pl',
  style: 'handwritten',
  weight: 0.35,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const from = ahead(c, 5, 40);
    const to = addDays(from, rng.int(5, 26));
    const body = one(
      rng,
      `Zgłaszam wyjazd do Polski od ${dot(from)} do ${dot(to)}. Jadę na ${rng.pick(['Wszystkich Świętych', 'święta do rodziców', 'komunię chrześniaka', 'wesele siostry'])}. Jadę autem z kolegą.`,
      `Informuję że będę w Polsce ${dot(from)} - ${dot(to)} bo mama jest po operacji i trzeba się nią zająć. Telefon mam ten sam.`,
      `Dzień dobry, wakacje z dziećmi w Polsce u babci, wyjazd ${dot(from)}, powrót ${dot(to)}. Razem ${Math.round((to.getTime() - from.getTime()) / 86_400_000)} dni. Proszę o zgodę.`,
    );
    return [
      [
        c.p.name,
        ...idsInline(c, { bsn: 'BSN', client: 'klantnummer', birth: 'ur.' }),
        '',
        rng.pick(['Vakantie — wyjazd', 'Zgłoszenie wyjazdu', 'Urlop / vakantiemelding']),
        '',
        ...paras(rng.int(42, 58), typosPl(body, rng, 0.3 + rng.next() * 0.6)),
        '',
        `${rng.pick(['Pozdrawiam', 'Dziękuję'])} ${c.p.firstName}`,
        dot(c.date),
      ],
    ];
  },
};

const plHolidayEmail: Template = {
  id: 'holiday_notice.pl.email-bilety',
  type: 'holiday_notice',
  lang: 'pl',
  style: 'printed',
  weight: 0.3,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const from = ahead(c, 4, 45);
    const back = addDays(from, rng.int(6, 28));
    const airport = rng.pick(['Eindhoven (EIN)', 'Weeze (NRN)', 'Amsterdam (AMS)']);
    const dest = rng.pick(['Katowice (KTW)', 'Wrocław (WRO)', 'Gdańsk (GDN)', 'Poznań (POZ)', 'Rzeszów (RZE)']);
    return [
      [
        `Od: ${c.p.name} <${c.p.email}>`,
        `Do: ${muniMail(c)}`,
        `Temat: ${rng.pick(['zgłoszenie urlopu', 'vakantie doorgeven', 'Wyjazd do Polski — informacja'])}`,
        `Data: ${dot(c.date)}`,
        '',
        'Dzień dobry,',
        '',
        ...paras(
          80,
          `zgodnie z obowiązkiem informuję o wyjeździe za granicę w dniach ${dot(from)} – ${dot(back)}. Poniżej potwierdzenie rezerwacji lotu.`,
          rng.chance(0.5) && 'W tym czasie nie będę mógł/mogła przyjść na spotkania ani na kurs językowy.',
        ),
        '',
        `>>> ${rng.pick(['Ryanair', 'Wizz Air'])} — Potwierdzenie rezerwacji ${rng.letters(6)}`,
        `>>> Wylot ${dot(from)} ${clock(rng, 6, 21)}  ${airport} → ${dest}`,
        `>>> Powrót ${dot(back)} ${clock(rng, 6, 21)}  ${dest} → ${airport}`,
        `>>> Pasażer: ${c.p.name.toUpperCase()}`,
        '',
        ...ids(c, PLL),
        'Z poważaniem',
        c.p.name,
      ],
    ];
  },
};

const plMedicalZaswiadczenie: Template = {
  id: 'medical_statement.pl.zaswiadczenie-lekarskie',
  type: 'medical_statement',
  lang: 'pl',
  style: 'printed',
  weight: 0.3,
  supports: ['name-birthdate'],
  render(c) {
    const { rng } = c;
    const doc = rng.pick(PL_STAFF);
    return [
      [
        rng.pick([
          'NZOZ „Przychodnia Rodzinna”',
          'Centrum Medyczne „Zdrowie”',
          'Poradnia Ortopedyczna — SP ZOZ',
          'Przychodnia Specjalistyczna „Medica”',
        ]),
        `ul. ${rng.pick(['Kwiatowa', 'Szpitalna', 'Lipowa', 'Zielona'])} ${rng.int(1, 60)}, ${rng.pick(PL_CITIES)}`,
        '',
        'ZAŚWIADCZENIE LEKARSKIE',
        '',
        `Zaświadcza się, że ${g(c, 'Pan', 'Pani')} ${c.p.name}${c.show.birthDate ? `, ur. ${fmtIso(c.p.birthDate, 'dot')}, PESEL ${pesel(c)}` : ''},`,
        ...paras(
          84,
          `${g(c, 'pozostaje', 'pozostaje')} pod opieką tutejszej poradni z powodu ${rng.pick([
            'przewlekłych bólów kręgosłupa lędźwiowego (dyskopatia L4–L5)',
            'choroby niedokrwiennej serca',
            'depresji nawracającej',
            'stanu po złamaniu kości podudzia',
            'cukrzycy typu 2 z powikłaniami',
          ])}.`,
          `Ze względu na stan zdrowia ${rng.pick([
            'przeciwwskazana jest praca fizyczna z dźwiganiem powyżej 5 kg',
            'nie może wykonywać pracy w pozycji stojącej dłużej niż 2 godziny',
            'przeciwwskazana jest praca w systemie zmianowym i nocnym',
            'jest niezdolny(a) do pracy do dnia ' + dot(ahead(c, 20, 90)),
          ])}.`,
          'Zaświadczenie wydaje się na prośbę pacjenta w celu przedłożenia w urzędzie w Holandii.',
        ),
        '',
        `${rng.pick(PL_CITIES)}, ${dot(past(c, 3, 60))}`,
        `lek. med. ${doc}, ${rng.pick(['specjalista medycyny rodzinnej', 'specjalista ortopeda', 'psychiatra', 'kardiolog'])}`,
        `NPWZ ${rng.digits(7)}    [pieczątka i podpis]`,
      ],
    ];
  },
};

const plMedicalHospital: Template = {
  id: 'medical_statement.pl.karta-informacyjna-szpital',
  type: 'medical_statement',
  lang: 'pl',
  style: 'printed',
  weight: 0.25,
  supports: ['name-birthdate'],
  render(c) {
    const { rng } = c;
    const inn = past(c, 20, 120);
    const [dept, diag, treat, advice] = rng.pick([
      [
        'Kardiologii',
        'Zawał mięśnia sercowego bez uniesienia odcinka ST (I21.4)',
        'koronarografia, implantacja stentu',
        'oszczędzający tryb życia, bez wysiłku fizycznego przez 3 miesiące',
      ],
      ['Chirurgii Ogólnej', 'Ostre zapalenie trzustki (K85)', 'leczenie zachowawcze, nawadnianie', 'dieta, zakaz alkoholu'],
      ['Neurochirurgii', 'Przepuklina krążka międzykręgowego L5-S1 (M51.1)', 'mikrodiscektomia', 'rehabilitacja, zakaz dźwigania'],
      [
        'Ortopedii i Traumatologii',
        'Złamanie kostki bocznej (S82.6)',
        'zespolenie śrubami',
        'chodzenie o kulach, bez obciążania kończyny przez 6 tygodni',
      ],
    ] as const);
    const out = addDays(inn, rng.int(2, 14));
    const body = paras(
      88,
      `Pacjent: ${c.p.name}${c.show.birthDate ? `, ur. ${fmtIso(c.p.birthDate, 'dot')}` : ''}`,
      `Przyjęty(a) w trybie ${rng.pick(['nagłym', 'planowym'])}: ${dot(inn)}   Wypisany(a): ${dot(out)}`,
      `Rozpoznanie: ${diag}`,
      `Zastosowane leczenie: ${treat}.`,
      `Zalecenia: kontrola w poradni za ${rng.int(2, 6)} tyg.; ${advice}. Niezdolność do pracy do ${dot(addDays(out, rng.int(21, 90)))}.`,
    );
    return paginate(
      body,
      rng.int(16, 30),
      (p) =>
        p === 1
          ? [
              `${rng.pick(['Szpital Wojewódzki', 'Uniwersytecki Szpital Kliniczny', 'Szpital Powiatowy'])} w ${rng.pick(['Opolu', 'Rzeszowie', 'Lublinie', 'Kielcach'])}`,
              `Oddział ${dept}`,
              '',
              `KARTA INFORMACYJNA LECZENIA SZPITALNEGO nr ${rng.int(1000, 99999)}/${c.date.getUTCFullYear()}`,
              '',
            ]
          : [],
      (p, n) =>
        p === n ? ['', `Lekarz prowadzący: lek. ${rng.pick(PL_STAFF)}`, 'Kierownik oddziału: dr n. med. ' + rng.pick(PL_STAFF)] : [],
    );
  },
};

const plJobList: Template = {
  id: 'job_application_proof.pl.lista-aplikacji',
  type: 'job_application_proof',
  lang: 'pl',
  style: 'form',
  weight: 0.35,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const n = rng.int(3, 8);
    const rows: string[] = [];
    let d = past(c, 28, 30);
    for (let i = 0; i < n; i++) {
      d = addDays(d, rng.int(2, 5));
      rows.push(
        row(
          [
            dot(d),
            rng.pick([...STAFFING, ...EMPLOYERS, ...AGENCIES_PL]).slice(0, 24),
            rng.pick(JOB_TITLES).slice(0, 20),
            rng.pick(['e-mail', 'osobiście', 'Indeed', 'telefon', 'werk.nl']),
            rng.pick(['czekam', 'odmowa', 'rozmowa', 'brak odp.']),
          ],
          [11, 25, 21, 10, 9],
        ),
      );
    }
    return [
      [
        'LISTA POSZUKIWANIA PRACY (sollicitatieformulier)',
        `Imię i nazwisko: ${c.p.name}`,
        ...ids(c, { bsn: 'BSN', client: 'Klantnummer', birth: 'Data urodzenia' }),
        `Okres: ${monthPl(c.date)} ${c.date.getUTCFullYear()}`,
        '',
        row(['Data', 'Firma', 'Stanowisko', 'Jak', 'Wynik'], [11, 25, 21, 10, 9]),
        ...rows,
        '',
        typosPl(
          rng.pick([
            'Dołączam maile z potwierdzeniem.',
            'W agencjach jestem zapisany, czekam na telefon.',
            'Uwagi: brak prawa jazdy utrudnia szukanie.',
            '',
          ]),
          rng,
          0.4,
        ),
        `Podpis: ____________   Data: ${dot(c.date)}`,
      ],
    ];
  },
};

const plJobSent: Template = {
  id: 'job_application_proof.pl.wyslana-aplikacja-cv',
  type: 'job_application_proof',
  lang: 'pl',
  style: 'printed',
  weight: 0.3,
  supports: ['name-birthdate'],
  render(c) {
    const { rng } = c;
    const firm = rng.pick([
      'Polski Sklep Biedronka NL',
      'Transport Kowalski B.V.',
      'Bouwbedrijf Nowak B.V.',
      'Polskie Delikatesy Smak',
      'Schoonmaakbedrijf Czysto B.V.',
    ]);
    const job = rng.pick(['kierowca C+E', 'sprzedawca', 'pomocnik budowlany', 'sprzątaczka', 'magazynier']);
    return [
      [
        `Wysłane: ${dot(c.date)} ${clock(rng, 7, 23)}`,
        `Od: ${c.p.email}`,
        `Do: ${rng.pick(['praca', 'rekrutacja', 'info'])}@${slug(firm)}.nl`,
        `Temat: Aplikacja na stanowisko ${job}`,
        `Załączniki: CV_${c.p.lastName}.pdf (${rng.int(80, 900)} KB)`,
        '',
        'Dzień dobry,',
        '',
        ...paras(
          80,
          `w odpowiedzi na ogłoszenie na ${rng.pick(['Facebooku (grupa Polacy w Holandii)', 'stronie Praca.nl', 'Indeed'])} chciał${g(c, 'bym', 'abym')} zgłosić swoją kandydaturę na stanowisko ${job}.`,
          `Mam ${rng.int(2, 15)} lat doświadczenia${rng.chance(0.5) ? ', w tym w Holandii' : ''}. ${rng.pick(['Posiadam prawo jazdy kat. B i własny samochód.', 'Mówię po polsku i trochę po angielsku, uczę się holenderskiego (A2).', 'Mogę pracować na zmiany, także w weekendy.'])}`,
          `Jestem dostępn${g(c, 'y', 'a')} od zaraz. Telefon: ${c.p.phone}.${c.show.birthDate ? ` Data urodzenia: ${fmtIso(c.p.birthDate, 'dot')}.` : ''}`,
        ),
        '',
        'Z poważaniem',
        c.p.name,
      ],
    ];
  },
};

const plContractAgency: Template = {
  id: 'employment_contract.pl.umowa-o-prace-tymczasowa',
  type: 'employment_contract',
  lang: 'pl',
  style: 'printed',
  weight: 0.3,
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const agency = rng.pick(AGENCIES_PL);
    const start = ahead(c, -10, 14);
    const body = paras(
      88,
      `Strony: ${agency}, zwana dalej „Agencją”, oraz ${c.p.name}, ${c.p.street} ${c.p.houseNumber}, ${c.p.postcode} ${c.p.city}${c.show.bsn ? `, BSN ${c.p.bsn}` : ''}${c.show.birthDate ? `, ur. ${fmtIso(c.p.birthDate, 'dot')}` : ''}, zwany(a) dalej „Pracownikiem”.`,
      `Art. 1. Pracownik zostaje zatrudniony od ${dot(start)} jako ${rng.pick(JOB_TITLES)} i będzie wykonywał pracę u klienta Agencji: ${rng.pick(EMPLOYERS)}.`,
      `Art. 2. Umowa o pracę tymczasową ${rng.pick(['fazy A z klauzulą agencyjną (uitzendbeding)', 'fazy B na czas określony do ' + dot(addDays(start, rng.int(90, 365)))])}. Obowiązuje układ zbiorowy ABU.`,
      `Art. 3. Wynagrodzenie: ${eurPl(rng.amount(14.06, 17))} brutto za godzinę; dodatek urlopowy 8%; dni wolne zgodnie z CAO.`,
      `Art. 4. Wymiar czasu pracy: średnio ${rng.int(24, 40)} godzin tygodniowo; brak gwarancji minimalnej liczby godzin w fazie A.`,
      'Art. 5. Zakwaterowanie i ubezpieczenie zdrowotne mogą być zapewnione na podstawie odrębnych umów, a koszty potrącane z wynagrodzenia za pisemną zgodą Pracownika.',
      'Art. 6. Pracownik oświadcza, że otrzymał polskie tłumaczenie niniejszej umowy i je zrozumiał. W razie rozbieżności wiąże wersja niderlandzka.',
    );
    return paginate(
      body,
      rng.int(18, 34),
      (p) => (p === 1 ? [agency, 'UMOWA O PRACĘ TYMCZASOWĄ (uitzendovereenkomst) — tłumaczenie polskie', ''] : [`${agency} — str. ${p}`]),
      (p, n) =>
        p === n ? ['', `Miejscowość, data: ${c.p.city}, ${dot(start)}`, 'Agencja ____________        Pracownik ____________'] : [],
    );
  },
};

const plContractHome: Template = {
  id: 'employment_contract.pl.umowa-o-prace-polska-firma',
  type: 'employment_contract',
  lang: 'pl',
  style: 'printed',
  weight: 0.25,
  supports: ['name-birthdate'],
  render(c) {
    const { rng } = c;
    const firm = rng.pick(['Transbud Sp. z o.o.', 'Mar-Pol Sp. z o.o.', 'Budimex-Serwis Sp. z o.o.', 'Instal-Tech s.c.']);
    const start = ahead(c, -20, 20);
    return [
      [
        'UMOWA O PRACĘ',
        `zawarta w dniu ${dot(addDays(start, -3))} ${plIn(rng.pick(PL_CITIES))}`,
        '',
        `między: ${firm}, reprezentowaną przez Prezesa Zarządu — ${rng.pick(PL_STAFF)}`,
        `a: ${c.p.name}${c.show.birthDate ? `, ur. ${fmtIso(c.p.birthDate, 'dot')}, PESEL ${pesel(c)}` : ''}, zam. ${c.p.street} ${c.p.houseNumber}, ${c.p.postcode} ${c.p.city}`,
        '',
        ...paras(
          86,
          `1. Rodzaj umowy: ${rng.pick(['na czas określony do ' + dot(addDays(start, 365)), 'na okres próbny 3 miesięcy', 'na czas nieokreślony'])}.`,
          `2. Rodzaj pracy: ${rng.pick(['monter instalacji sanitarnych', 'kierowca C+E', 'murarz', 'spawacz'])}, praca w delegacji na terenie Niderlandów (pracownik delegowany, formularz A1).`,
          `3. Wymiar czasu pracy: pełny etat. Wynagrodzenie zasadnicze: ${pln(rng.int(4666, 7000))} brutto miesięcznie + dieta za każdy dzień delegacji.`,
          `4. Termin rozpoczęcia pracy: ${dot(start)}.`,
          '5. Pracownik potwierdza zapoznanie się z regulaminem pracy i przepisami BHP.',
        ),
        '',
        'Pracodawca ____________            Pracownik ____________',
      ],
    ];
  },
};

const plIdCard: Template = {
  id: 'identity_document.pl.dowod-osobisty',
  type: 'identity_document',
  lang: 'pl',
  style: 'printed',
  weight: 0.3,
  supports: ['name-birthdate'],
  render(c) {
    const { rng, p } = c;
    const num = `${rng.letters(3, 'ABCDEFGHKLMNPRSTVWXZ')}${rng.digits(6)}`;
    const exp = addDays(c.date, rng.int(300, 3600));
    const birth = yymmdd(p.birthDate);
    const e = yymmdd(isoOf(exp));
    const ps = pesel(c);
    const l1 = `IDPOL${num}${mrzCheck(num)}`.padEnd(30, '<').slice(0, 30);
    const l2 = `${birth}${mrzCheck(birth)}${p.gender === 'f' ? 'F' : 'M'}${e}${mrzCheck(e)}POL${ps}`.padEnd(29, '<').slice(0, 29);
    const front = [
      'RZECZPOSPOLITA POLSKA',
      'DOWÓD OSOBISTY / IDENTITY CARD',
      `Nazwisko / Surname: ${upper(p.lastName)}`,
      `Imiona / Given names: ${upper(p.firstName)}`,
      `Obywatelstwo / Nationality: POLSKIE`,
      `Data urodzenia / Date of birth: ${fmtIso(p.birthDate, 'dot')}`,
      `Płeć / Sex: ${p.gender === 'f' ? 'K/F' : 'M/M'}`,
      `Numer dowodu / Card number: ${num}`,
      `Termin ważności / Expiry date: ${dot(exp)}`,
    ];
    const back = [
      `Numer PESEL: ${ps}`,
      `Miejsce urodzenia: ${upper(rng.pick(PL_CITIES))}`,
      `Organ wydający: PREZYDENT MIASTA ${upper(rng.pick(PL_CITIES))}`,
      `Data wydania: ${dot(addDays(exp, -3652))}`,
      '',
      l1,
      `${l2}${mrzCheck(l1.slice(5) + l2.slice(0, 7) + l2.slice(8, 15) + l2.slice(18, 29))}`,
      `${mrzName(p.lastName)}<<${mrzName(p.firstName)}`.padEnd(30, '<').slice(0, 30),
    ];
    const note = rng.chance(0.35)
      ? [rng.pick(['kopia dowodu — ' + p.name, `KOPIE t.b.v. ${c.org.name}`, 'Kopia zgodna z oryginałem'])]
      : [];
    return rng.chance(0.5) ? [[...note, ...front, '', '(rewers)', ...back]] : [[...note, ...front], back];
  },
};

const plPassport: Template = {
  id: 'identity_document.pl.paszport',
  type: 'identity_document',
  lang: 'pl',
  style: 'printed',
  weight: 0.25,
  supports: ['name-birthdate'],
  render(c) {
    const { rng, p } = c;
    const num = `${rng.letters(2, 'EFGHKLMNPRST')}${rng.digits(7)}`;
    const exp = addDays(c.date, rng.int(200, 3600));
    const birth = yymmdd(p.birthDate);
    const e = yymmdd(isoOf(exp));
    const ps = pesel(c).padEnd(14, '<');
    const l1 = `P<POL${mrzName(p.lastName)}<<${mrzName(p.firstName)}`.padEnd(44, '<').slice(0, 44);
    const core = `${num}${mrzCheck(num)}POL${birth}${mrzCheck(birth)}${p.gender === 'f' ? 'F' : 'M'}${e}${mrzCheck(e)}${ps}${mrzCheck(ps)}`;
    return [
      [
        'RZECZPOSPOLITA POLSKA — REPUBLIC OF POLAND',
        'PASZPORT / PASSPORT',
        `Typ / Type: P   Kod państwa / Code: POL   Nr paszportu / Passport No.: ${num}`,
        `Nazwisko / Surname: ${upper(p.lastName)}`,
        `Imiona / Given names: ${upper(p.firstName)}`,
        'Obywatelstwo / Nationality: POLSKIE / POLISH',
        `Data urodzenia / Date of birth: ${fmtIso(p.birthDate, 'dot')}`,
        `Nr PESEL / Personal No.: ${pesel(c)}`,
        `Płeć / Sex: ${p.gender === 'f' ? 'K/F' : 'M/M'}   Miejsce urodzenia / Place of birth: ${upper(rng.pick(PL_CITIES))}`,
        `Data wydania / Date of issue: ${dot(addDays(exp, -3652))}   Organ wydający / Authority: WOJEWODA ${rng.pick(['OPOLSKI', 'DOLNOŚLĄSKI', 'LUBELSKI', 'PODKARPACKI'])}`,
        `Data ważności / Date of expiry: ${dot(exp)}`,
        '',
        l1,
        `${core}${mrzCheck(core)}`,
      ],
    ];
  },
};

const plDebtBailiff: Template = {
  id: 'debt_notice.pl.komornik-zawiadomienie',
  type: 'debt_notice',
  lang: 'pl',
  style: 'printed',
  weight: 0.3,
  supports: ['name-birthdate'],
  render(c) {
    const { rng } = c;
    const km = rng.pick(PL_STAFF);
    const city = rng.pick(PL_CITIES);
    const main = rng.amount(800, 25000);
    return [
      [
        `Komornik Sądowy przy Sądzie Rejonowym ${plIn(city)}`,
        `${km}`,
        `Kancelaria Komornicza nr ${rng.int(1, 12)} ${plIn(city)}`,
        `Sygn. akt Km ${rng.int(100, 9999)}/${rng.int(23, 26)}`,
        '',
        `Dłużnik: ${c.p.name}${c.show.birthDate ? `, ur. ${fmtIso(c.p.birthDate, 'dot')}, PESEL ${pesel(c)}` : ''}`,
        `Adres: ${c.p.street} ${c.p.houseNumber}, ${c.p.postcode} ${c.p.city}, Holandia`,
        '',
        'ZAWIADOMIENIE O WSZCZĘCIU EGZEKUCJI',
        '',
        ...paras(
          86,
          `Na wniosek wierzyciela ${rng.pick(['Kredyt Inkaso S.A.', 'PKO BP S.A.', 'Funduszu Alimentacyjnego — Gmina ' + city, 'Best S.A.'])} i na podstawie tytułu wykonawczego — ${rng.pick(['nakazu zapłaty Sądu Rejonowego Lublin-Zachód', `wyroku Sądu Rejonowego ${plIn(city)}`, 'postanowienia o nadaniu klauzuli wykonalności'])} — komornik wszczął egzekucję świadczenia pieniężnego.`,
          `Należność główna: ${pln(main)}; odsetki: ${pln(main * rng.next() * 0.3)}; koszty egzekucji: ${pln(rng.amount(150, 900))}.`,
          `Wzywam dłużnika do zapłaty całości zadłużenia na rachunek kancelarii ${plAccount(rng)} w terminie 7 dni. Jednocześnie dokonano zajęcia ${rng.pick(['rachunku bankowego w Polsce', 'wierzytelności', 'wynagrodzenia za pracę'])}.`,
          'Dłużnik ma obowiązek złożyć wyjaśnienia co do źródeł dochodu i miejsca zatrudnienia. Za niezłożenie wyjaśnień grozi grzywna.',
        ),
        '',
        `Komornik Sądowy ${km}`,
      ],
    ];
  },
};

const plDebtHand: Template = {
  id: 'debt_notice.pl.prosba-o-pomoc-dlugi',
  type: 'debt_notice',
  lang: 'pl',
  style: 'handwritten',
  weight: 0.3,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const amt = money(rng.amount(200, 6500), { euro: true });
    const body = one(
      rng,
      `Mam długi i nie daję rady. Przychodzą listy od incasso za ${rng.pick(['ubezpieczenie zdrowotne', 'prąd', 'telefon', 'mandat CJIB'])}, teraz już ${amt}. Chcę się zapisać do schuldhulp. Co mam zrobić?`,
      `Dostałem pismo od deurwaardera że zajmą mi pensję. Dług to ${amt} za czynsz z poprzedniego mieszkania. Nie rozumiem wszystkiego w tym liście. Proszę o pomoc.`,
      `Proszę o pomoc w sprawie długów. Mam kredyt w Polsce i komornik pisze do mnie, a tutaj też zaległości ${amt}. Nie wiem od czego zacząć.`,
    );
    return [
      [
        c.p.name,
        `${c.p.street} ${c.p.houseNumber}, ${c.p.city}`,
        ...ids(c, { bsn: 'BSN', client: 'klantnummer', birth: 'ur.' }, ' '),
        '',
        rng.pick(['Schuldhulp — prośba', 'DŁUGI — pomoc', 'Do działu schuldhulpverlening']),
        '',
        ...paras(rng.int(42, 58), typosPl(body, rng, 0.4 + rng.next() * 0.5)),
        '',
        rng.pick(['Kopie listów w załączniku.', 'Listy przyniosę na spotkanie.', '']),
        `${c.p.firstName}, tel. ${c.p.phone}`,
      ],
    ];
  },
};

const plDebtCollector: Template = {
  id: 'debt_notice.pl.wezwanie-windykacja',
  type: 'debt_notice',
  lang: 'pl',
  style: 'printed',
  weight: 0.25,
  supports: ['name-birthdate'],
  render(c) {
    const { rng } = c;
    const firm = rng.pick(['Kredyt Inkaso S.A.', 'Ultimo Sp. z o.o.', 'Intrum Polska', 'GetBack Windykacja']);
    const amt = rng.amount(150, 9000);
    return [
      [
        firm,
        `${rng.pick(PL_CITIES)}, ${dot(past(c, 1, 14))}`,
        '',
        `Sz. P. ${c.p.name}`,
        `${c.p.street} ${c.p.houseNumber}`,
        `${c.p.postcode} ${c.p.city}, NIDERLANDY`,
        ...(c.show.birthDate ? [`data ur. ${fmtIso(c.p.birthDate, 'dot')}`] : []),
        '',
        rng.pick(['OSTATECZNE PRZEDSĄDOWE WEZWANIE DO ZAPŁATY', 'WEZWANIE DO ZAPŁATY', 'PROPOZYCJA UGODY']),
        '',
        ...paras(
          86,
          `Informujemy, że nabyliśmy wierzytelność wobec Pana/Pani wynikającą z umowy z ${rng.pick(['Play', 'Orange', 'Alior Bank', 'Vivus', 'Wonga'])} nr ${rng.digits(10)}. Aktualne saldo zadłużenia wynosi ${pln(amt)}.`,
          rng.chance(0.5)
            ? `Proponujemy ugodę: spłata w ${rng.int(6, 24)} ratach po ${pln(amt / rng.int(6, 24))} bez dalszych odsetek. Oferta ważna do ${dot(ahead(c, 10, 30))}.`
            : `Prosimy o wpłatę całości w terminie 7 dni. W przeciwnym razie sprawa zostanie skierowana do sądu, co spowoduje dodatkowe koszty, a następnie do komornika.`,
          `Wpłaty: ${plAccount(rng)}, tytułem: ${rng.digits(8)}. Kontakt: 22 ${rng.digits(3)} ${rng.digits(2)} ${rng.digits(2)} (pn–pt 8–20).`,
        ),
        '',
        'Dział Obsługi Klienta',
      ],
    ];
  },
};

const plRodo: Template = {
  id: 'other.pl.wniosek-rodo-dostep',
  type: 'other',
  lang: 'pl',
  style: 'printed',
  weight: 0.3,
  supports: ['client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    return [
      [
        `Od: ${c.p.name} <${c.p.email}>`,
        `Do: privacy@${slug(c.org.city)}.nl`,
        `Temat: ${rng.pick(['Wniosek o dostęp do danych osobowych (art. 15 RODO/AVG)', 'inzageverzoek AVG — wniosek', 'Sprostowanie danych osobowych (art. 16 RODO)'])}`,
        `Data: ${dot(c.date)}`,
        '',
        'Szanowni Państwo,',
        '',
        ...ids(c, PLL),
        ...paras(
          82,
          rng.chance(0.6)
            ? 'na podstawie art. 15 RODO (AVG) proszę o przesłanie kopii wszystkich moich danych osobowych przetwarzanych przez gminę, w tym notatek z rozmów, raportów z kontroli i informacji, komu dane zostały przekazane.'
            : `na podstawie art. 16 RODO proszę o poprawienie moich danych: ${rng.pick(['nazwisko zapisane jest bez polskich znaków i z błędem', 'błędna data urodzenia', 'nieaktualny adres', 'zły numer telefonu'])}.`,
          'Proszę o odpowiedź w ciągu miesiąca, najlepiej po polsku lub po angielsku.',
        ),
        '',
        'Z poważaniem,',
        c.p.name,
      ],
    ];
  },
};

const plParish: Template = {
  id: 'other.pl.ogloszenie-parafia',
  type: 'other',
  lang: 'pl',
  style: 'printed',
  weight: 0.25,
  supports: [],
  render(c) {
    const { rng } = c;
    return [
      [
        rng.pick(['Polska Misja Katolicka w Holandii', 'Polski Klub Seniora', 'Stowarzyszenie Polaków w Brabancji']),
        '',
        rng.pick(['OGŁOSZENIA DUSZPASTERSKIE', 'ZAPROSZENIE', 'BIULETYN MIESIĘCZNY']),
        '',
        ...paras(
          64,
          rng.pick([
            `Msza święta w języku polskim w każdą niedzielę o ${clock(rng, 11, 18)} w kościele św. Józefa w ${c.org.city}. Spowiedź pół godziny przed mszą.`,
            `Zapraszamy na polski piknik rodzinny ${longPl(ahead(c, 5, 40))}: grill, gry dla dzieci, występ zespołu. Wstęp wolny.`,
            'Bezpłatne dyżury doradcy: podatki, zasiłki, umowy z agencjami. Co drugi czwartek, bez zapisów.',
          ]),
          rng.pick([
            'Przypominamy o zapisach na katechezę przed I Komunią Świętą.',
            'Szukamy wolontariuszy do pomocy przy tłumaczeniu listów.',
            'Zbiórka darów dla potrzebujących — ubrania, żywność o długim terminie.',
          ]),
        ),
        '',
        `Kontakt: 06-${rng.digits(8)}   www.${rng.pick(['polskamisja', 'polonia-nl', 'klubpolski'])}.nl`,
      ],
    ];
  },
};

const polish: Template[] = [
  plPayslipAgency,
  plPayslipHome,
  plBankPko,
  plBankRevolut,
  plChangeHand,
  plChangeWhatsapp,
  plChangeForm,
  plApplicationBarka,
  plApplicationHand,
  plApplicationOnline,
  plObjectionHand,
  plObjectionLawyer,
  plObjectionDaughter,
  plComplaintHand,
  plComplaintForm,
  plCourtAlimony,
  plCourtEpu,
  plUwvTranslation,
  plZus,
  plTaxUs,
  plTaxOffice,
  plRentalAgency,
  plRentalPoland,
  plHolidayHand,
  plHolidayEmail,
  plMedicalZaswiadczenie,
  plMedicalHospital,
  plJobList,
  plJobSent,
  plContractAgency,
  plContractHome,
  plIdCard,
  plPassport,
  plDebtBailiff,
  plDebtHand,
  plDebtCollector,
  plRodo,
  plParish,
];

// =============================================================================================
// ENGLISH

const ENL: IdLabels = { bsn: 'BSN', client: 'Client number (klantnummer)', birth: 'Date of birth' };
const enDate = (d: Date) => fmtDate(d, 'en');
const gbp = (x: number) => `£${x.toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`;
/** A UK National Insurance number (two letters, six digits, a letter). */
const niNumber = (rng: Rng) =>
  `${rng.letters(2, 'ABCEGHJKLMNPRSTWXYZ')} ${rng.digits(2)} ${rng.digits(2)} ${rng.digits(2)} ${rng.pick(['A', 'B', 'C', 'D'])}`;

const enPayslipUk: Template = {
  id: 'payslip.en.uk-paye-monthly',
  type: 'payslip',
  lang: 'en',
  style: 'printed',
  weight: 0.3,
  supports: [],
  render(c) {
    const { rng } = c;
    const basic = rng.int(1400, 3200) + rng.int(0, 99) / 100;
    const overtime = rng.chance(0.4) ? rng.amount(40, 400) : 0;
    const gross = basic + overtime;
    const tax = Math.max(0, (gross - 1047.5) * 0.2);
    const ni = Math.max(0, (gross - 1048) * 0.08);
    const pension = gross * 0.05;
    const w = [30, 12];
    return [
      [
        rng.pick(['Harbourside Logistics Ltd', 'Greenfield Care Homes Ltd', 'Northway Foods plc', 'Brightclean Services Ltd']),
        'PAYSLIP',
        `Employee: ${c.p.name}    Employee No: ${rng.int(1000, 9999)}`,
        `NI Number: ${niNumber(rng)}    Tax code: ${rng.pick(['1257L', '1257L M1', 'BR', '0T'])}`,
        `Pay date: ${enDate(c.date)}    Period: M${rng.int(1, 12)}`,
        '',
        row(['Payments', 'Amount'], w),
        row(['Basic pay', gbp(basic)], w),
        ...(overtime ? [row(['Overtime', gbp(overtime)], w)] : []),
        row(['Deductions', ''], w),
        row(['PAYE tax', gbp(tax)], w),
        row(['National Insurance', gbp(ni)], w),
        row(['Pension (auto-enrolment)', gbp(pension)], w),
        '',
        row(['NET PAY', gbp(gross - tax - ni - pension)], w),
        `Year to date: gross ${gbp(gross * rng.int(2, 11))}   tax ${gbp(tax * rng.int(2, 11))}`,
        '',
        rng.pick(['Paid by BACS', 'Final payslip — P45 to follow', 'Paid to account ending ' + rng.digits(4)]),
      ],
    ];
  },
};

const enBankWise: Template = {
  id: 'bank_statement.en.wise-eur-statement',
  type: 'bank_statement',
  lang: 'en',
  style: 'printed',
  weight: 0.3,
  supports: [],
  render(c) {
    const { rng } = c;
    let bal = rng.amount(10, 2500);
    const open = bal;
    const rows: string[] = [];
    let d = past(c, 30, 31);
    for (let i = 0, n = rng.int(5, 11); i < n; i++) {
      d = addDays(d, rng.int(1, 4));
      const [what, sign] = rng.pick([
        ['Received money from ' + rng.pick(['Mum', 'A. Mensah', 'Brightclean Services Ltd', 'J. Okafor']), 1],
        ['Card transaction — ' + rng.pick(['Albert Heijn', 'Lidl', 'NS', 'Primark', 'Bol.com']), -1],
        ['Sent money to ' + rng.pick(['landlord', 'Grace O.', 'Western Union']), -1],
        ['Converted GBP to EUR', 1],
        ['Topped up from bank account', 1],
      ] as const);
      const amt = sign * rng.amount(4, sign > 0 ? 900 : 250);
      bal += amt;
      rows.push(row([enDate(d), what, moneyEn(amt).replace('€-', '-€'), moneyEn(bal)], [18, 40, 11, 11]));
    }
    return [
      [
        'Wise Europe SA',
        'EUR statement',
        `${c.p.name}`,
        `${c.p.street} ${c.p.houseNumber}, ${c.p.postcode} ${c.p.city}, Netherlands`,
        `IBAN BE${rng.int(10, 99)} 9670 ${rng.digits(4)} ${rng.digits(4)}`,
        `${enDate(past(c, 31, 31))} – ${enDate(c.date)}`,
        '',
        row(['Date', 'Description', 'Amount', 'Balance'], [18, 40, 11, 11]),
        ...rows,
        '',
        `Opening balance ${moneyEn(open)}   Closing balance ${moneyEn(bal)}`,
        'Wise Europe SA is authorised by the National Bank of Belgium.',
      ],
    ];
  },
};

const enChangeNote: Template = {
  id: 'change_form.en.short-note-nonnative',
  type: 'change_form',
  lang: 'en',
  style: 'handwritten',
  weight: 0.3,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const d = dot(past(c, 2, 25));
    return [
      [
        `To the gemeente — ${rng.pick(['changes', 'wijziging', 'Information for my consultant'])}`,
        '',
        c.p.name,
        ...ids(c, { bsn: 'BSN', client: 'klantnr', birth: 'born' }, ' ', 'slash'),
        '',
        ...paras(
          rng.int(46, 60),
          rng.pick([
            `Hello, I want to tell that I start work from ${d} in cleaning company, ${rng.int(10, 24)} hours each week. I will send the loonstrook when I receive. Thank you`,
            `Good day. My wife and children is arrived in Netherlands on ${d} by family reunification. Now they live with me in my house. Please change my uitkering for family.`,
            `I am moving to new house on ${d}. New adress is ${c.p.street} ${c.p.houseNumber} ${c.p.city}. The old house I give back keys to housing company.`,
            `My contract with the uitzendbureau is finish on ${d}. So no more salary from this date. Please can you pay the full bijstand again.`,
          ]),
        ),
        '',
        `${rng.pick(['Regards', 'Thank you', 'Many thanks'])}, ${c.p.firstName}   ${dot(c.date)}`,
      ],
    ];
  },
};

const enApplicationSupport: Template = {
  id: 'benefit_application.en.refugee-support-letter',
  type: 'benefit_application',
  lang: 'en',
  style: 'printed',
  weight: 0.3,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const worker = `${c.r.firstName} ${c.r.lastName}`;
    const he = c.p.gender === 'f' ? 'she' : 'he';
    const his = c.p.gender === 'f' ? 'her' : 'his';
    return [
      [
        rng.pick([
          'Refugee Support Network',
          'Vluchtelingenwerk — English desk',
          'International Community Help Desk',
          'Salvation Army Outreach Team',
        ]),
        `${worker}, ${rng.pick(['support worker', 'case worker', 'volunteer coordinator'])}`,
        '',
        `${c.org.name}, Werk en Inkomen — Intake team`,
        '',
        enDate(c.date),
        `Re: application for income support (bijstand) — ${c.p.name}`,
        ...ids(c, ENL, ': ', 'en'),
        '',
        'Dear colleagues,',
        '',
        ...paras(
          86,
          `I am writing in support of ${c.p.name}'s application for social assistance under the Participatiewet. ${rng.pick([
            `${c.p.firstName} was granted a residence permit in ${rng.int(2022, 2025)} and moved from the reception centre to ${his} own flat in ${c.p.city} last month.`,
            `${c.p.firstName} lost ${his} job at a distribution centre when ${his} temporary contract ended and is not entitled to WW.`,
            `${c.p.firstName} recently separated from ${his} partner and now lives alone with ${rng.int(1, 3)} child(ren).`,
          ])}`,
          `At the moment ${he} has no income and no savings; rent and the health insurance premium are already in arrears. ${rng.pick(['We have helped with food parcels for the last two weeks.', 'A request for an advance payment (voorschot) would be very welcome.', `${he[0]?.toUpperCase()}${he.slice(1)} speaks English and some Dutch (A2).`])}`,
          'Enclosed: copy of residence document, bank statements for the last three months, rental contract. Please contact me if anything is missing; I can attend the intake interview.',
        ),
        '',
        'Kind regards,',
        worker,
      ],
    ];
  },
};

const enApplicationHand: Template = {
  id: 'benefit_application.en.handwritten-help-request',
  type: 'benefit_application',
  lang: 'en',
  style: 'handwritten',
  weight: 0.3,
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    return [
      [
        c.p.name,
        `${c.p.street} ${c.p.houseNumber}, ${c.p.city}`,
        ...idsInline(c, { bsn: 'BSN', client: 'client nr', birth: 'birth' }, 'slash'),
        '',
        rng.pick(['I ask for help money', 'Application', 'Request for bijstand']),
        '',
        ...paras(
          rng.int(44, 58),
          rng.pick([
            'Dear sir/madam, I have no money for living since 2 months. My husband left and I am alone with my daughter. I ask you for bijstand please. I can come for appointment any day.',
            'Hello. I came from Ghana to live with my partner but we are separated now. I have no work, I look for job every day. Please I need some help for rent and food.',
            'I was working in restaurant but the owner closed the business and did not pay my last salary. Now I have nothing. Please help me with social money until I find new work.',
          ]),
        ),
        '',
        `Phone ${c.p.phone}`,
        `${c.p.firstName} ${dot(c.date)}`,
      ],
    ];
  },
};

const enObjectionHand: Template = {
  id: 'objection.en.handwritten-disagree',
  type: 'objection',
  lang: 'en',
  style: 'handwritten',
  weight: 0.3,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const amt = moneyEn(rng.amount(200, 4000));
    return [
      [
        `${c.p.name}, ${c.p.street} ${c.p.houseNumber}, ${c.p.postcode} ${c.p.city}`,
        ...ids(c, { bsn: 'BSN', client: 'Klantnummer', birth: 'born' }, ' ', 'slash'),
        '',
        rng.pick(['BEZWAAR (objection)', 'I object!', 'Objection to your letter', 'bezwaar']),
        '',
        ...paras(
          rng.int(46, 60),
          rng.pick([
            `I do not agree with your letter from ${dot(past(c, 5, 35))}. You say I must pay back ${amt} but the money in my account was a loan from my brother, not income. I can show the messages. Please look again.`,
            `You stopped my benefit because I did not come to the appointment. But the letter came to my old address, I never received it. This is not fair. I want the payments back.`,
            `I disagree with the decision about the cost sharing (kostendelersnorm). My cousin only stays with me for few weeks, he pays his own food. We are not one household.`,
          ]),
        ),
        '',
        rng.pick(['Sincerely', 'Thank you', 'Regards']),
        c.p.firstName,
        dot(c.date),
      ],
    ];
  },
};

const enComplaintForm: Template = {
  id: 'complaint.en.online-complaint-form',
  type: 'complaint',
  lang: 'en',
  style: 'form',
  weight: 0.3,
  supports: ['client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    return [
      [
        `${c.org.name} — Complaint form (English)`,
        `Submitted ${enDate(c.date)} ${clock(rng, 7, 23)} — reference ${kenmerk(rng, 'KL-')}`,
        '',
        `Your name: ${c.p.name}`,
        `E-mail: ${c.p.email}`,
        ...ids(c, ENL, ': ', 'en'),
        '',
        `What is your complaint about? ${rng.pick(['The behaviour of an employee', 'Late payment', 'No reply to my messages', 'How my file was handled'])}`,
        `When did it happen? ${enDate(past(c, 2, 40))}`,
        'Please describe what happened:',
        ...paras(
          80,
          rng.pick([
            'I have been calling every day for two weeks and nobody calls me back. My benefit has not been paid and I have received a warning from my landlord.',
            'During the home visit the inspector was rude, opened my wardrobe without asking and made comments about my religion in front of my children.',
            'I asked three times for the letters in English or for an interpreter. Every time I get letters in Dutch only and then I miss deadlines.',
          ]),
        ),
        `What outcome would you like? ${rng.pick(['An apology', 'A different consultant', 'Payment as soon as possible', 'Letters in English'])}`,
      ],
    ];
  },
};

const enCourtUk: Template = {
  id: 'court_document.en.uk-family-court-order',
  type: 'court_document',
  lang: 'en',
  style: 'printed',
  weight: 0.25,
  supports: ['name-birthdate'],
  render(c) {
    const { rng } = c;
    const applicant = c.p.gender === 'f' ? c.p : c.q;
    const respondent = c.p.gender === 'f' ? c.q : c.p;
    const judge = `District Judge ${c.r.lastName}`;
    const heard = past(c, 30, 300);
    return [
      [
        `IN THE FAMILY COURT sitting at ${rng.pick(['Birmingham', 'Manchester', 'East London', 'Leeds'])}`,
        `Case No: ${rng.letters(2)}${rng.int(10, 99)}P${rng.digits(5)}`,
        '',
        `${applicant.name} — Applicant`,
        `and ${respondent.name} — Respondent`,
        ...(c.show.birthDate ? [`(${c.p.name}, born ${enDate(new Date(`${c.p.birthDate}T00:00:00Z`))})`] : []),
        '',
        rng.pick(['CHILD ARRANGEMENTS ORDER', 'FINAL ORDER — FINANCIAL REMEDY', 'CONSENT ORDER']),
        '',
        ...paras(
          86,
          `Before ${judge} on ${enDate(heard)}, sitting in private. Upon hearing the Applicant in person and the Respondent by video link from the Netherlands,`,
          'IT IS ORDERED THAT:',
          rng.pick([
            `1. The child shall live with the Applicant. 2. The Respondent shall spend time with the child by video call twice a week and in person during the school summer holidays. 3. The Respondent shall pay child maintenance of ${gbp(rng.int(30, 120))} per week.`,
            `1. The Respondent shall pay to the Applicant a lump sum of ${gbp(rng.int(2000, 20000))} within 56 days. 2. Upon payment, all other claims for financial provision are dismissed.`,
          ]),
          `Any party may apply to vary this order. Dated ${enDate(heard)}.`,
        ),
        '',
        `Sealed by the court — ${judge}`,
      ],
    ];
  },
};

const enCourtNotice: Template = {
  id: 'court_document.en.hearing-notice-translation',
  type: 'court_document',
  lang: 'en',
  style: 'printed',
  weight: 0.3,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const court = rng.pick([
      'District Court of Gelderland',
      'District Court of Overijssel',
      'District Court of Rotterdam',
      'District Court of The Hague',
    ]);
    const hearing = ahead(c, 14, 60);
    return [
      [
        'TRANSLATION — for information only (original in Dutch)',
        '',
        `${court} — Administrative Law Section`,
        `Case number: ${rng.pick(['AWB', 'ROT', 'ZWO'])} ${rng.int(24, 26)}/${rng.digits(4)}`,
        '',
        `To: ${c.p.name}, ${c.p.street} ${c.p.houseNumber}, ${c.p.postcode} ${c.p.city}`,
        ...ids(c, ENL, ': ', 'en'),
        '',
        `Subject: invitation to the hearing in your appeal (beroep) against the Board of Mayor and Aldermen of ${c.org.city}`,
        '',
        ...paras(
          84,
          `The court will hear your appeal on ${enDate(hearing)} at ${rng.int(9, 15)}:${rng.pick(['00', '15', '30', '45'])} in courtroom ${rng.int(1, 12)}. You may bring a lawyer or another person to assist you. If you need an interpreter, tell the court at least two weeks before the hearing.`,
          'If you do not attend, the court may decide the case without hearing you. The municipality has sent its statement of defence (verweerschrift); a copy is enclosed.',
          `Court fee: ${moneyEn(rng.pick([51, 53, 54]))} — already paid.`,
        ),
        '',
        `Translated by ${rng.pick(['the Legal Aid Desk', 'a sworn translator', 'Stichting Rechtshulp'])}, ${dot(c.date)}`,
      ],
    ];
  },
};

const enUwvLetter: Template = {
  id: 'uwv_decision.en.ww-decision-letter',
  type: 'uwv_decision',
  lang: 'en',
  style: 'printed',
  weight: 0.3,
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const start = past(c, 3, 30);
    const refuse = rng.chance(0.3);
    return [
      [
        'UWV',
        `Postbus ${rng.int(50000, 59999)}, ${rng.int(1000, 9999)} ${rng.letters(2)} ${rng.pick(['Amsterdam', 'Groningen', 'Den Bosch'])}`,
        '',
        ...(rng.chance(0.5) ? [c.p.name] : [`${c.p.gender === 'f' ? 'Ms' : 'Mr'} ${c.p.initials} ${c.p.lastName}`, `(${c.p.name})`]),
        `${c.p.street} ${c.p.houseNumber}`,
        `${c.p.postcode} ${c.p.city}`,
        '',
        `Date ${enDate(past(c, 0, 6))}`,
        ...(c.show.bsn ? [`Citizen service number (BSN) ${c.p.bsn}`] : []),
        ...(c.show.birthDate ? [`Date of birth ${fmtIso(c.p.birthDate, 'en')}`] : []),
        `Subject: ${refuse ? 'You will not receive unemployment benefit' : 'Decision on your unemployment benefit (WW)'}`,
        '',
        'Dear Sir/Madam,',
        '',
        ...paras(
          84,
          refuse
            ? `You applied for unemployment benefit (WW) on ${enDate(start)}. You will not receive WW because you did not work at least 26 of the 36 weeks before you became unemployed.`
            : `You will receive unemployment benefit (WW) from ${enDate(start)}. For the first two months you receive 75% of your daily wage, after that 70%. Your daily wage is ${moneyEn(rng.amount(70, 170))}. The benefit lasts until ${enDate(addDays(start, rng.int(3, 14) * 30))} at the latest.`,
          'You must look for work and report every change through My UWV (Mijn UWV). If you do not agree with this decision, you can object within 6 weeks.',
        ),
        '',
        'Kind regards,',
        'UWV',
      ],
    ];
  },
};

const enUwvMessage: Template = {
  id: 'uwv_decision.en.mijn-uwv-message-print',
  type: 'uwv_decision',
  lang: 'en',
  style: 'printed',
  weight: 0.25,
  supports: ['bsn'],
  render(c) {
    const { rng } = c;
    const end = ahead(c, 7, 40);
    return [
      [
        `https://mijn.uwv.nl/berichtenbox     printed ${dot(c.date)} ${clock(rng, 8, 22)}`,
        '',
        `Message for ${c.p.name}`,
        ...(c.show.bsn ? [`BSN: ${c.p.bsn}`] : []),
        '',
        `Subject: ${rng.pick(['Your Sickness Benefits Act (ZW) benefit will end', 'Change in your WW benefit', 'Your WIA assessment result'])}`,
        '',
        ...paras(
          84,
          rng.pick([
            `Our doctor has examined you on ${enDate(past(c, 5, 20))}. We have concluded that you are able to do your last work again. Your sickness benefit will therefore end on ${enDate(end)}.`,
            `You told us that you started working on ${enDate(past(c, 3, 20))}. We will deduct your earnings from your WW benefit. From now on you must enter your income every month on the income form.`,
            `After the medical and vocational assessment your degree of disability is less than 35%. You will therefore not receive a WIA benefit. Your sickness benefit ends on ${enDate(end)}.`,
          ]),
          'Objection: within 6 weeks of the date of this decision. You can find the full decision letter under "Documents".',
        ),
      ],
    ];
  },
};

const enTaxHmrc: Template = {
  id: 'tax_document.en.hmrc-tax-calculation',
  type: 'tax_document',
  lang: 'en',
  style: 'printed',
  weight: 0.25,
  supports: [],
  render(c) {
    const { rng } = c;
    const y = c.date.getUTCFullYear() - 1;
    const refund = rng.chance(0.6);
    const income = rng.int(6000, 28000);
    return [
      [
        'HM Revenue & Customs',
        'PAYE and Self Assessment, BX9 1AS',
        '',
        c.p.name,
        `${c.p.street} ${c.p.houseNumber}, ${c.p.postcode} ${c.p.city}, NETHERLANDS`,
        '',
        `Date ${enDate(past(c, 2, 20))}    National Insurance number ${niNumber(rng)}`,
        '',
        `Tax calculation (P800) — 6 April ${y - 1} to 5 April ${y}`,
        '',
        ...paras(
          84,
          refund
            ? `We have worked out that you paid ${gbp(rng.amount(60, 1400))} too much tax. This is because you left the UK part-way through the tax year and your employer used an emergency tax code.`
            : `We have worked out that you paid ${gbp(rng.amount(60, 900))} too little tax. We will collect this through your tax code or you can pay online.`,
          `Total UK income: ${gbp(income)}. Personal Allowance: £12,570.00. Tax paid: ${gbp(Math.max(0, income - 12570) * 0.2 + (refund ? rng.amount(60, 500) : 0))}.`,
          refund
            ? 'Claim your refund online at GOV.UK or we will send you a cheque within 6 weeks.'
            : 'If you think this is wrong, contact us within 60 days.',
        ),
      ],
    ];
  },
};

const enTaxToeslag: Template = {
  id: 'tax_document.en.toeslagen-volunteer-explanation',
  type: 'tax_document',
  lang: 'en',
  style: 'printed',
  weight: 0.3,
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const y = c.date.getUTCFullYear();
    const kind = rng.pick(['huurtoeslag (rent benefit)', 'zorgtoeslag (healthcare allowance)', 'kinderopvangtoeslag (childcare benefit)']);
    return [
      [
        `Summary in English of a letter from the Belastingdienst/Toeslagen — made for ${c.p.name}`,
        `By ${rng.pick(['Taalhuis volunteer', 'Humanitas thuisadministratie', 'the library help desk'])}, ${dot(c.date)}`,
        ...(c.show.bsn ? [`BSN on the letter: ${c.p.bsn}`] : []),
        ...(c.show.birthDate ? [`Date of birth: ${fmtIso(c.p.birthDate, 'slash')}`] : []),
        '',
        `Letter type: ${rng.pick(['voorschotbeschikking (advance decision)', 'definitieve berekening (final calculation)', 'terugvordering (demand for repayment)'])}`,
        `About: ${kind}, year ${rng.pick([y, y - 1])}`,
        '',
        ...paras(
          84,
          rng.pick([
            `You will get ${moneyEn(rng.amount(30, 420))} per month from ${enDate(past(c, 0, 30))}. They calculated this with an expected yearly income of ${moneyEn(rng.amount(12000, 30000))}. If your income changes, you must tell them on Mijn toeslagen.`,
            `They say you received ${moneyEn(rng.amount(150, 2500))} too much, because your income was higher than expected. You must pay it back; you can ask for a payment plan (betalingsregeling). You will get a separate letter with the payment details.`,
            `Your allowance stops from ${enDate(ahead(c, 0, 30))} because ${rng.pick(['your partner moved in', 'your rent is too high', 'your savings are above the limit'])}.`,
          ]),
          'You can object within 6 weeks. Keep the original letter — the municipality may also ask for it.',
        ),
      ],
    ];
  },
};

const enPassportUk: Template = {
  id: 'identity_document.en.british-passport',
  type: 'identity_document',
  lang: 'en',
  style: 'printed',
  weight: 0.25,
  supports: ['name-birthdate'],
  render(c) {
    const { rng, p } = c;
    const num = nonBsn9(rng);
    const exp = addDays(c.date, rng.int(200, 3600));
    const birth = yymmdd(p.birthDate);
    const e = yymmdd(isoOf(exp));
    const l1 = `P<GBR${mrzName(p.lastName)}<<${mrzName(p.firstName)}`.padEnd(44, '<').slice(0, 44);
    const pers = '<'.repeat(14);
    const core = `${num}${mrzCheck(num)}GBR${birth}${mrzCheck(birth)}${p.gender === 'f' ? 'F' : 'M'}${e}${mrzCheck(e)}${pers}0`;
    return [
      [
        ...(rng.chance(0.4) ? [rng.pick(['COPY', `Copy for ${c.org.name}`, 'Certified true copy'])] : []),
        'UNITED KINGDOM OF GREAT BRITAIN AND NORTHERN IRELAND',
        'PASSPORT',
        `Type P   Code GBR   Passport No. ${num}`,
        `Surname ${upper(p.lastName)}`,
        `Given names ${upper(p.firstName)}`,
        'Nationality BRITISH CITIZEN',
        `Date of birth ${fmtIso(p.birthDate, 'en').toUpperCase()}`,
        `Sex ${p.gender === 'f' ? 'F' : 'M'}   Place of birth ${rng.pick(['LONDON', 'BIRMINGHAM', 'LAGOS', 'KINGSTON', 'GLASGOW'])}`,
        `Date of issue ${dot(addDays(exp, -3652))}   Authority HMPO`,
        `Date of expiry ${dot(exp)}`,
        '',
        l1,
        `${core}${mrzCheck(core.slice(0, 10) + core.slice(13, 20) + core.slice(21, 43))}`,
      ],
    ];
  },
};

const enResidenceLetter: Template = {
  id: 'identity_document.en.ind-residence-card-copy',
  type: 'identity_document',
  lang: 'en',
  style: 'printed',
  weight: 0.25,
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng, p } = c;
    const num = `${rng.letters(1, 'BCDFGHJKLMNPRSTVWXZ')}${rng.digits(2)}${rng.letters(1, 'BCDFGHJKLMNPRSTVWXZ')}${rng.digits(5)}`;
    const exp = addDays(c.date, rng.int(100, 1800));
    return [
      [
        `Copy of residence document — ${p.name}`,
        '',
        'KINGDOM OF THE NETHERLANDS — RESIDENCE DOCUMENT',
        `Verblijfsdocument / Residence permit   Document no. ${num}`,
        `Name ${upper(p.lastName)}, ${upper(p.firstName)}`,
        `Date of birth ${fmtIso(p.birthDate, 'dot')}   Sex ${p.gender === 'f' ? 'F' : 'M'}`,
        `Nationality ${rng.pick(['NIGERIAN', 'GHANAIAN', 'INDIAN', 'AMERICAN', 'SOUTH AFRICAN', 'FILIPINO'])}`,
        `Type of permit ${rng.pick(['REGULIER BEPAALDE TIJD', 'ASIEL BEPAALDE TIJD', 'VERBLIJFSDOCUMENT EU/EER FAMILIELID', 'KENNISMIGRANT'])}`,
        `Remarks ${rng.pick(['Arbeid vrij toegestaan, TWV niet vereist', 'Arbeid toegestaan', 'Arbeid in loondienst alleen toegestaan met TWV'])}`,
        `Valid until ${dot(exp)}`,
        ...(c.show.bsn ? [`BSN ${p.bsn}`] : []),
        '',
        rng.pick(['I attach the front and back as requested. — ' + p.firstName, 'Copy made at the Werkplein desk', '']),
      ],
    ];
  },
};

const enDebtUk: Template = {
  id: 'debt_notice.en.uk-collection-agency',
  type: 'debt_notice',
  lang: 'en',
  style: 'printed',
  weight: 0.25,
  supports: ['name-birthdate'],
  render(c) {
    const { rng } = c;
    const firm = rng.pick(['Northgate Credit Recovery Ltd', 'Pennine Collections Ltd', 'Capital Debt Services Ltd']);
    const bal = rng.amount(120, 6000);
    return [
      [
        firm,
        `Ref: ${rng.letters(3)}${rng.digits(7)}`,
        '',
        c.p.name,
        `${c.p.street} ${c.p.houseNumber}`,
        `${c.p.postcode} ${c.p.city}`,
        'NETHERLANDS',
        ...(c.show.birthDate ? [`Date of birth held: ${fmtIso(c.p.birthDate, 'slash')}`] : []),
        '',
        enDate(past(c, 1, 15)),
        '',
        rng.pick(['NOTICE OF ASSIGNMENT AND DEMAND FOR PAYMENT', 'FINAL REMINDER', 'We have tried to contact you']),
        '',
        ...paras(
          84,
          `Your account with ${rng.pick(['Vodafone UK', 'Capital One', 'a payday lender (QuickQuid)', 'British Gas'])} has been passed to us. The outstanding balance is ${gbp(bal)}.`,
          rng.chance(0.5)
            ? `Please pay in full or contact us by ${enDate(ahead(c, 10, 21))} to agree an affordable repayment plan. If you ignore this letter we may instruct solicitors to start court action.`
            : 'We understand that you may now live abroad. Please call us or use our online portal to discuss your options; free debt advice is available.',
          `Pay online at our portal or by bank transfer, sort code ${rng.digits(2)}-${rng.digits(2)}-${rng.digits(2)}, quoting your reference.`,
        ),
        '',
        'Customer Services Team',
      ],
    ];
  },
};

const enDebtHand: Template = {
  id: 'debt_notice.en.handwritten-schuldhulp-request',
  type: 'debt_notice',
  lang: 'en',
  style: 'handwritten',
  weight: 0.3,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    return [
      [
        c.p.name,
        ...idsInline(c, { bsn: 'BSN', client: 'klantnummer', birth: 'dob' }, 'slash'),
        '',
        rng.pick(['For schuldhulp please', 'Debts — need help', 'Help with letters']),
        '',
        ...paras(
          rng.int(44, 58),
          rng.pick([
            `I have many letters from incasso and deurwaarder, I can not read them all. Total maybe ${moneyEn(rng.amount(800, 9000))}. The health insurance and energy company. Please can someone from schuldhulp help me make a plan.`,
            `The bailiff came to my door yesterday and said they will take my things. It is for an old phone contract. I did not know it was so much. I am scared, please help.`,
            `I am behind with rent ${rng.int(2, 4)} months and the housing corporation send letter about court. I want to pay but I need time. Can you help me to arrange?`,
          ]),
        ),
        '',
        `${c.p.firstName}  tel ${c.p.phone}`,
      ],
    ];
  },
};

const enMedicalGp: Template = {
  id: 'medical_statement.en.nhs-gp-letter',
  type: 'medical_statement',
  lang: 'en',
  style: 'printed',
  weight: 0.25,
  supports: ['name-birthdate'],
  render(c) {
    const { rng } = c;
    const dr = `Dr ${c.r.initials} ${c.r.lastName}`;
    return [
      [
        rng.pick(['Riverside Medical Practice', 'Church Lane Surgery', 'Westgate Health Centre']),
        `${rng.pick(['Leeds', 'Bristol', 'Croydon', 'Cardiff'])} — NHS`,
        '',
        `Date: ${enDate(past(c, 5, 90))}`,
        'To whom it may concern',
        '',
        `Re: ${c.p.name}${c.show.birthDate ? `, DOB ${fmtIso(c.p.birthDate, 'slash')}` : ''}`,
        `NHS No: ${rng.digits(3)} ${rng.digits(3)} ${rng.digits(4)}`,
        '',
        ...paras(
          84,
          `I can confirm that the above patient has been registered at this practice and has a history of ${rng.pick(['chronic lower back pain', 'type 2 diabetes', 'moderate depression and anxiety', 'asthma and recurrent chest infections', 'osteoarthritis of both knees'])}.`,
          `In my opinion ${c.p.gender === 'f' ? 'she' : 'he'} ${rng.pick(['should avoid heavy lifting and prolonged standing', 'is currently not fit for full-time work', 'would benefit from a gradual return to work', 'requires ongoing medication and regular review'])}. I would be grateful if this could be taken into account.`,
          'This letter is provided at the patient\u2019s request; a fee may apply.',
        ),
        '',
        'Yours faithfully,',
        dr,
        'General Practitioner',
      ],
    ];
  },
};

const enContractExpat: Template = {
  id: 'employment_contract.en.employment-agreement-intl',
  type: 'employment_contract',
  lang: 'en',
  style: 'printed',
  weight: 0.3,
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const firm = rng.pick(['Brightlane Logistics B.V.', 'Canalside Hospitality B.V.', 'DutchTech Support B.V.', 'Orion Fulfilment B.V.']);
    const start = ahead(c, -15, 20);
    const body = paras(
      88,
      `between ${firm}, established in ${rng.pick(['Amsterdam', 'Eindhoven', 'Venlo', 'Rotterdam'])} (the "Employer"), and ${c.p.name}, residing at ${c.p.street} ${c.p.houseNumber}, ${c.p.postcode} ${c.p.city}${c.show.birthDate ? `, born on ${fmtIso(c.p.birthDate, 'en')}` : ''}${c.show.bsn ? `, BSN ${c.p.bsn}` : ''} (the "Employee").`,
      `1. Position. The Employee is employed as ${rng.pick(['Customer Support Agent (English/German)', 'Warehouse Team Member', 'Housekeeping Attendant', 'Kitchen Assistant'])} as of ${enDate(start)}.`,
      `2. Term. This agreement is entered into for a fixed term of ${rng.pick(['6', '7', '12'])} months and ends by operation of law without notice. A probationary period of one month applies.`,
      `3. Hours and salary. ${rng.int(24, 40)} hours per week. Gross salary ${moneyEn(rng.int(2100, 3200))} per month, plus 8% holiday allowance paid in May.`,
      '4. Collective agreement. The CAO for the sector applies where mandatory. The Employee is entitled to statutory holidays plus extra days according to company policy.',
      '5. Illness. The Employee must report sick before 9:00 to the direct manager. The Employer pays 70% of salary during illness, supplemented to 100% in the first year.',
      '6. Governing law. This agreement is governed by Dutch law. In case of differences between this English version and a Dutch version, the Dutch version prevails.',
    );
    return paginate(
      body,
      rng.int(18, 32),
      (p) =>
        p === 1
          ? ['EMPLOYMENT AGREEMENT (arbeidsovereenkomst voor bepaalde tijd)', '']
          : [`Employment agreement ${c.p.name} — page ${p}`, ''],
      (p, n) =>
        p === n ? ['', `Signed in two copies on ${enDate(addDays(start, -5))}`, 'Employer ____________     Employee ____________'] : [],
    );
  },
};

const enJobLinkedin: Template = {
  id: 'job_application_proof.en.linkedin-easy-apply',
  type: 'job_application_proof',
  lang: 'en',
  style: 'printed',
  weight: 0.3,
  supports: [],
  render(c) {
    const { rng } = c;
    const job = rng.pick([
      'Customer Service Representative',
      'Warehouse Associate',
      'Barista',
      'Housekeeper',
      'Data Entry Assistant',
      'Delivery Driver',
    ]);
    const firm = rng.pick(['Booking Holdings', 'Picnic', 'Starbucks Benelux', 'Hilton Amsterdam', 'Flink', 'Uber Eats partner']);
    return [
      [
        `LinkedIn — ${rng.pick(['Your application was sent', 'Application submitted', 'Your application was viewed'])}`,
        '',
        `${c.p.name}, your application was sent to ${firm}`,
        '',
        job,
        `${firm} · ${rng.pick(['Amsterdam', 'Utrecht', 'Rotterdam', 'Eindhoven'])}, Netherlands (${rng.pick(['On-site', 'Hybrid'])})`,
        `Applied on ${enDate(past(c, 0, 10))}`,
        '',
        rng.pick([
          'Your profile and resume were shared with the hiring team.',
          `Resume: CV_${c.p.lastName}_${c.date.getUTCFullYear()}.pdf`,
          'Easy Apply · 1 of 3 questions answered: Do you have the right to work in the Netherlands? Yes',
        ]),
        '',
        'Track your applications under My Jobs > Applied.',
        `This email was intended for ${c.p.name} (${c.p.email}).`,
      ],
    ];
  },
};

const enRentalRoom: Template = {
  id: 'rental_agreement.en.room-email-confirmation',
  type: 'rental_agreement',
  lang: 'en',
  style: 'printed',
  weight: 0.3,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const rent = rng.int(40, 85) * 10;
    return [
      [
        `From: ${c.q.name} <${c.q.email}>`,
        `To: ${c.p.name} <${c.p.email}>`,
        `Date: ${enDate(c.date)}`,
        'Subject: Room — confirmation of our agreement',
        '',
        `Hi ${c.p.firstName},`,
        '',
        ...paras(
          82,
          `As discussed, this email confirms that you rent the ${rng.pick(['front room on the first floor', 'small room at the back', 'attic room'])} at ${c.p.street} ${c.p.houseNumber}, ${c.p.postcode} ${c.p.city} from ${enDate(ahead(c, -20, 14))}.`,
          `Rent is ${moneyEn(rent)} per month, including gas, water, electricity and wifi. Deposit ${moneyEn(rent)}. Please transfer the rent before the 1st of each month to ${ibanText(c.q.iban, rng)}.`,
          `${rng.pick(['You may register at this address (BRP).', 'Registration at the address is fine, the municipality may ask me to confirm.', 'I am sorry but registration (inschrijving) at this address is not possible.'])} Notice period is one month for both of us.`,
          'Please reply "agreed" so we both have it in writing.',
        ),
        '',
        `Best, ${c.q.firstName}`,
        '',
        `> agreed. ${c.p.firstName}`,
        ...ids(c, ENL, ': ', 'en').map((l) => `> ${l}`),
      ],
    ];
  },
};

const enHolidayForm: Template = {
  id: 'holiday_notice.en.stay-abroad-form',
  type: 'holiday_notice',
  lang: 'en',
  style: 'form',
  weight: 0.3,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const from = ahead(c, 5, 50);
    const to = addDays(from, rng.int(5, 28));
    return [
      [
        `${c.org.name} — NOTIFICATION OF STAY ABROAD (vakantie / verblijf buitenland)`,
        '',
        `Name: ${c.p.name}`,
        ...ids(c, ENL, ': ', 'en'),
        `Phone: ${c.p.phone}`,
        '',
        `Country: ${rng.pick(['Ghana', 'India', 'United Kingdom', 'Nigeria', 'Philippines', 'South Africa', 'Kenya'])}`,
        `Departure date: ${dot(from)}        Return date: ${dot(to)}`,
        `Reason: ${rng.pick(['holiday', 'visit family', 'funeral of my father', 'wedding of my sister', 'medical treatment'])}`,
        `Travelling with: ${rng.pick(['alone', 'my children', 'partner and children'])}`,
        '[X] I understand that I may stay abroad for a maximum of 4 weeks per year with benefit.',
        '[X] I will report my return within 2 days.',
        '',
        `Date: ${dot(c.date)}     Signature: ______________`,
        '',
        'For office use: approved / not approved   initials ____',
      ],
    ];
  },
};

const enNewsletter: Template = {
  id: 'other.en.community-newsletter',
  type: 'other',
  lang: 'en',
  style: 'printed',
  weight: 0.25,
  supports: [],
  render(c) {
    const { rng } = c;
    return [
      [
        rng.pick(['International Church ' + c.org.city, 'Expat Centre Newsletter', 'English Library Corner', 'African Women Network NL']),
        `${rng.pick(['Newsletter', 'Bulletin', 'What\u2019s on'])} — ${fmtDate(c.date, 'en').replace(/^\d+ /, '')}`,
        '',
        ...paras(
          66,
          rng.pick([
            `Sunday service at ${clock(rng, 10, 12)}, followed by coffee. Everyone is welcome!`,
            'Free Dutch conversation group every Wednesday evening — no registration needed.',
            `Clothes swap on ${enDate(ahead(c, 5, 30))}: bring what you no longer wear, take what you need.`,
          ]),
          rng.pick([
            'Volunteers needed for our food bank collection. Sign up after the service.',
            'Need help with official letters? Our volunteers can read them with you on Thursdays.',
            'Next month: workshop on budgeting and saving, with a guest from the municipality.',
          ]),
        ),
        '',
        `Contact: info@${rng.pick(['intlchurch', 'expatcentre', 'englishcorner', 'awn'])}.nl`,
      ],
    ];
  },
};

const english: Template[] = [
  enPayslipUk,
  enBankWise,
  enChangeNote,
  enApplicationSupport,
  enApplicationHand,
  enObjectionHand,
  enComplaintForm,
  enCourtUk,
  enCourtNotice,
  enUwvLetter,
  enUwvMessage,
  enTaxHmrc,
  enTaxToeslag,
  enPassportUk,
  enResidenceLetter,
  enDebtUk,
  enDebtHand,
  enMedicalGp,
  enContractExpat,
  enJobLinkedin,
  enRentalRoom,
  enHolidayForm,
  enNewsletter,
];

const ukrainian: Template[] = [
  ukPayslipAgency,
  ukPayslipHome,
  ukBankPrivat,
  ukBankMono,
  ukChangeSurzhyk,
  ukChangeVolunteer,
  ukChangeForm,
  ukApplicationWhatsapp,
  ukApplicationSocial,
  ukApplicationOnline,
  ukObjectionSurzhyk,
  ukObjectionLawyer,
  ukObjectionEmail,
  ukComplaintHand,
  ukComplaintForm,
  ukCourtDivorce,
  ukCourtTranslation,
  ukUwvTranslation,
  ukPensionFund,
  ukToeslagTranslation,
  ukTaxDps,
  ukRentalRoom,
  ukRentalUkraine,
  ukHolidayHand,
  ukHolidayEmail,
  ukMedicalDovidka,
  ukMedicalPsych,
  ukJobList,
  ukJobRecruiter,
  ukContractAgency,
  ukContractHome,
  ukIdCard,
  ukPassport,
  ukDebtClient,
  ukDebtBank,
  ukAvgRequest,
  ukFlyer,
];

/** Set B of the foreign-voice templates: Ukrainian, Polish and English. */
export const foreignVoicesBTemplates: Template[] = [...ukrainian, ...polish, ...english];
