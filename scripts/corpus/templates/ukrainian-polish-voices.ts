import { EMPLOYERS, STAFFING } from '../pools.ts';
import type { Rng } from '../random.ts';
import type { Ctx, IdLabels, Template } from '../template.ts';
import {
  addDays,
  ahead,
  clock,
  fmtDate,
  fmtIso,
  he,
  ibanText,
  idLine,
  ids,
  maybe,
  money,
  one,
  paginate,
  paras,
  past,
  row,
} from '../template.ts';

/**
 * Ukrainian and Polish voices (2): documents written by Ukrainian refugees (often with Russian words
 * mixed in), Polish seasonal and agency workers, older people and the volunteers who translate for
 * them. Weighted to the types the classifier confuses: holiday notices that look like family letters
 * or tickets, medical papers from home, proofs of applying for work, debt letters from home-country
 * banks and collectors, change notices, benefit applications, payslips with notes, and unrelated post.
 *
 * Client evidence (BSN, client number, birth date) is only shown when `c.show` asks for it, in Latin
 * digits, next to a label that keeps the Dutch word (BSN) the way people copy it from their letters.
 */

// ---------------------------------------------------------------------------------------------
// Helpers

const UKV: IdLabels = {
  bsn: ['BSN', 'Номер BSN', 'BSN (соціальний номер)', 'BSN-номер'],
  client: ['Номер клієнта', 'Klantnummer', 'номер справи (klantnummer)', 'Клієнтський №'],
  birth: ['Дата народження', 'Д.н.', 'Народж.'],
};
const PLV: IdLabels = {
  bsn: ['BSN', 'Numer BSN', 'BSN (sofinummer)', 'nr BSN'],
  client: ['Numer klienta', 'Klantnummer', 'Nr klienta w gminie', 'nr sprawy (klantnummer)'],
  birth: ['Data urodzenia', 'Ur.', 'data ur.'],
};

const dd = (d: Date) => fmtDate(d, 'dot');
const days = (a: Date, b: Date) => Math.round((b.getTime() - a.getTime()) / 86_400_000);
const uah = (x: number) =>
  `${x
    .toFixed(2)
    .replace('.', ',')
    .replace(/\B(?=(\d{3})+(?!\d))/g, ' ')} грн`;
const pln = (x: number) =>
  `${x
    .toFixed(2)
    .replace('.', ',')
    .replace(/\B(?=(\d{3})+(?!\d))/g, ' ')} zł`;
const mailOf = (c: Ctx) =>
  `${c.p.firstName.toLowerCase().replace(/[^a-z]/g, '')}.${c.p.lastName.toLowerCase().replace(/[^a-z]/g, '')}${c.rng.int(1, 98)}`;

const UA_MONTHS = [
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
const UA_TOWNS = ['Харків', 'Запоріжжя', 'Дніпро', 'Вінниця', 'Житомир', 'Полтава', 'Черкаси', 'Суми', 'Миколаїв', 'Рівне', 'Кременчук'];
const UA_TOWNS_TO = [
  'Харкова',
  'Запоріжжя',
  'Дніпра',
  'Вінниці',
  'Житомира',
  'Полтави',
  'Черкас',
  'Сум',
  'Миколаєва',
  'Рівного',
  'Кременчука',
];
const PL_TOWNS_LOC: Record<string, string> = {
  Białystok: 'Białymstoku',
  Rzeszów: 'Rzeszowie',
  Opole: 'Opolu',
  Kielce: 'Kielcach',
  Lublin: 'Lublinie',
  Olsztyn: 'Olsztynie',
  Zamość: 'Zamościu',
  Nysa: 'Nysie',
  'Gorzów Wielkopolski': 'Gorzowie Wielkopolskim',
  Tarnów: 'Tarnowie',
};
/** "w Opolu": the town in the locative. */
const wTown = (town: string) => `w ${PL_TOWNS_LOC[town] ?? town}`;
const PL_TOWNS = ['Białystok', 'Rzeszów', 'Opole', 'Kielce', 'Lublin', 'Olsztyn', 'Zamość', 'Nysa', 'Gorzów Wielkopolski', 'Tarnów'];

/** Russian words and spellings creeping into a refugee's Ukrainian, the way people type on a phone. */
const RU_SWAPS: [RegExp, string][] = [
  [/\bщо\b/g, 'шо'],
  [/\bзараз\b/g, 'щас'],
  [/\bДякую\b/g, 'Спасибо'],
  [/\bбудь ласка\b/g, 'пожалуйста'],
  [/\bвзагалі\b/g, 'вообще'],
  [/\bзвичайно\b/g, 'канєшно'],
  [/\bвиходить\b/g, 'получається'],
  [/\bтобто\b/g, 'тоість'],
  [/\bпотрібно\b/g, 'нужно'],
  [/\bлікарня\b/g, 'больніца'],
  [/\bгроші\b/g, 'деньги'],
  [/\bдокументи\b/g, 'документи'],
  [/\bпоки\b/g, 'пока'],
  [/\bтеж\b/g, 'тоже'],
];
function surzhyk(text: string, rng: Rng, level = 0.5): string {
  let t = text;
  for (const [re, to] of RU_SWAPS) if (rng.chance(level * 0.6)) t = t.replace(re, to);
  if (rng.chance(level * 0.5)) t = t.replace(/ї/g, () => (rng.chance(0.3) ? 'і' : 'ї'));
  if (rng.chance(level * 0.4)) t = t.replace(/,/g, () => (rng.chance(0.5) ? '' : ','));
  if (rng.chance(level * 0.3)) t = t.replace(/'/g, '');
  return t;
}

/** Polish typed on a Dutch phone or keyboard: no diacritics, sometimes some dropped commas. */
function bezOgonkow(text: string, rng: Rng, level = 0.5): string {
  if (!rng.chance(level)) return text;
  const map: Record<string, string> = { ą: 'a', ę: 'e', ł: 'l', ś: 's', ć: 'c', ń: 'n', ó: 'o', ż: 'z', ź: 'z', Ł: 'L', Ś: 'S', Ż: 'Z' };
  let t = text.replace(/[ąęłśćńóżźŁŚŻ]/g, (ch) => map[ch] ?? ch);
  if (rng.chance(level * 0.5)) t = t.replace(/,/g, () => (rng.chance(0.5) ? '' : ','));
  return t;
}

// =============================================================================================
// HOLIDAY NOTICES
// =============================================================================================

const ukFuneralNote: Template = {
  id: 'holiday_notice.uk.pokhoron-zapyska',
  type: 'holiday_notice',
  lang: 'uk',
  style: 'handwritten',
  weight: 0.3,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const from = ahead(c, 1, 6);
    const to = addDays(from, rng.int(6, 16));
    const i = rng.int(0, UA_TOWNS.length - 1);
    const who = rng.pick(['батько', 'бабуся', 'рідний брат', 'дядько, який мене виростив', 'свекруха']);
    const body = one(
      rng,
      `Шановні працівники гемеенте. У мене помер ${who}. Похорон буде у місті ${UA_TOWNS[i]} і я мушу їхати. Виїжджаю ${dd(from)}, назад планую ${dd(to)}. Якщо затримаюсь через кордон, я зателефоную.`,
      `Пишу від руки бо нема принтера. Вчора подзвонили з дому, ${who} помер. Я їду на похорон до ${UA_TOWNS_TO[i]} з ${dd(from)} по ${dd(to)}. Свідоцтво про смерть привезу і покажу, якщо треба.`,
    );
    return [
      [
        c.p.name,
        `${c.p.street} ${c.p.houseNumber}, ${c.p.city}`,
        ...ids(c, UKV),
        '',
        rng.pick(['До відділу Werk en Inkomen', 'Gemeente — afdeling uitkeringen', 'Для моєї консультантки']),
        '',
        ...paras(rng.int(44, 60), surzhyk(body, rng, rng.next())),
        '',
        ...maybe(rng, 0.5, () => [
          rng.pick([
            'Телефон буде працювати, є роумінг.',
            `Ключі від квартири ${he(c, 'залишив', 'залишила')} сусідці.`,
            'Пробачте за почерк.',
          ]),
        ]),
        rng.pick(['З повагою', 'Дякую', 'Спасибо за розуміння']),
        `${c.p.firstName}  ${dd(c.date)}`,
      ],
    ];
  },
};

const ukDutchFormAnswers: Template = {
  id: 'holiday_notice.uk.formulier-vidpovidi-ukrainskoiu',
  type: 'holiday_notice',
  lang: 'uk',
  style: 'form',
  weight: 0.3,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const from = ahead(c, 5, 30);
    const to = addDays(from, rng.int(7, 28));
    const reason = rng.pick([
      'забрати маму до себе, вона сама лишилась',
      'оформлення спадщини після смерті батька, нотаріус',
      'весілля рідної сестри',
      'операція у мами, буду доглядати',
      'продаж квартири, треба підписати документи особисто',
    ]);
    const f = (label: string, v: string) => `${label.padEnd(30, '.')} ${v}`;
    return [
      [
        c.org.name,
        'Melding verblijf in het buitenland',
        '(in te vullen in het Nederlands of Engels)',
        '',
        f('Naam', c.p.name),
        ...ids(c, { bsn: 'BSN', client: 'Klantnummer', birth: 'Geboortedatum' }).map((l) => {
          const [k, v] = l.split(': ');
          return f(k ?? '', v ?? '');
        }),
        f('Land van bestemming', rng.pick(['Україна', 'Oekraïne / Україна', 'Україна (через Польщу)'])),
        f('Vertrekdatum', dd(from)),
        f('Datum terugkomst', dd(to)),
        f('Reden van het verblijf', reason),
        f(
          'Adres tijdens verblijf',
          `${rng.pick(UA_TOWNS)}, вул. ${rng.pick(['Шевченка', 'Соборна', 'Миру', 'Гагаріна', 'Садова'])} ${rng.int(1, 90)}`,
        ),
        f('Telefoonnummer bereikbaar', c.p.phone),
        f('Reist u met gezinsleden?', rng.pick(['ні, сама', 'так, з дитиною', 'ні', 'так, чоловік теж'])),
        '',
        'Ondergetekende verklaart de vragen eerlijk en volledig te hebben beantwoord.',
        `Datum: ${dd(c.date)}          Handtekening: ${c.p.initials} ${c.p.lastName}`,
        '',
        ...maybe(rng, 0.5, () => ['(заповнено з допомогою волонтерки, вибачте що українською)']),
      ],
    ];
  },
};

const plFamilyMatterNote: Template = {
  id: 'holiday_notice.pl.sprawa-rodzinna-list',
  type: 'holiday_notice',
  lang: 'pl',
  style: 'handwritten',
  weight: 0.3,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const from = ahead(c, 3, 25);
    const to = addDays(from, rng.int(5, 21));
    const town = rng.pick(PL_TOWNS);
    const body = one(
      rng,
      `Szanowni Państwo, informuję że muszę wyjechać do Polski w sprawie rodzinnej. Mój ojciec ma operację serca ${wTown(town)} i ktoś musi się nim zająć po wyjściu ze szpitala. Wyjeżdżam ${dd(from)}, wracam ${dd(to)} (${days(from, to)} dni).`,
      `Dzień dobry. Piszę bo jadę do Polski na sprawę w sądzie o podział majątku po mamie. Termin rozprawy jest ${wTown(town)}. Będę w Polsce od ${dd(from)} do ${dd(to)}. Wezwanie z sądu mogę pokazać.`,
      `Zgłaszam wyjazd do Polski od ${dd(from)} do ${dd(to)}. Siostra wychodzi za mąż, cała rodzina się zjeżdża. Jadę samochodem z kolegą, adres pobytu: ${town}, u rodziców.`,
    );
    return [
      [
        `${c.p.name}`,
        ...ids(c, PLV),
        `${c.p.street} ${c.p.houseNumber}`,
        `${c.p.postcode} ${c.p.city}`,
        '',
        `${c.org.city}, ${dd(c.date)}`,
        '',
        rng.pick(['Do Gemeente – Werk en Inkomen', 'Gmina – dział zasiłków', 'Dla pana konsultanta']),
        '',
        ...paras(rng.int(46, 62), bezOgonkow(body, rng, 0.4)),
        '',
        rng.pick(['W razie pytań proszę dzwonić: ', 'Mój telefon: ', 'Tel. ']) + c.p.phone,
        '',
        rng.pick(['Z poważaniem', 'Pozdrawiam', 'Dziękuję']),
        c.p.firstName,
      ],
    ];
  },
};

const plBusTicketNote: Template = {
  id: 'holiday_notice.pl.bilet-autobus-dopisek',
  type: 'holiday_notice',
  lang: 'pl',
  style: 'printed',
  weight: 0.3,
  supports: ['bsn', 'client-number'],
  render(c) {
    const { rng } = c;
    const from = ahead(c, 4, 30);
    const to = addDays(from, rng.int(6, 20));
    const carrier = rng.pick(['Sindbad', 'FlixBus', 'Eurobus-Tour', 'Adam Bus']);
    const town = rng.pick(PL_TOWNS);
    const pax = c.p.name.toUpperCase();
    const leg = (d: Date, a: string, b: string) => [
      `${dd(d)}  ${clock(c, 5, 22)}  ${a}`,
      `           → ${b}  (${rng.pick(['przesiadka Berlin ZOB', 'bez przesiadek', 'przesiadka Poznań'])})`,
      `Miejsce: ${rng.int(1, 56)}   Bagaż: 1 + podręczny   Nr biletu: ${rng.letters(2)}${rng.digits(8)}`,
    ];
    return [
      [
        `${carrier} — potwierdzenie rezerwacji / e-bilet`,
        `Rezerwacja nr ${rng.digits(10)} z dnia ${dd(past(c, 1, 14))}`,
        '',
        `Pasażer: ${pax}`,
        '',
        'TAM:',
        ...leg(from, `${c.org.city}, ${rng.pick(['station', 'Centraal Station, perron bus', 'P+R'])}`, `${town}, dworzec autobusowy`),
        '',
        'POWRÓT:',
        ...leg(to, `${town}, dworzec autobusowy`, `${c.org.city}`),
        '',
        `Cena łącznie: ${money(rng.amount(89, 240))} EUR  (zapłacono kartą)`,
        'Prosimy być na przystanku 15 min przed odjazdem. Bilet ważny z dokumentem tożsamości.',
        '',
        '— dopisek długopisem na dole —',
        ...paras(
          56,
          bezOgonkow(
            one(
              rng,
              `Do gminy: jadę do Polski do chorej mamy, wracam ${dd(to)}. Bilet w załączeniu. ${c.p.firstName}`,
              `To mój bilet. Wyjazd do rodziny ${dd(from)}, powrót ${dd(to)}. Proszę zapisać urlop.`,
            ),
            rng,
            0.5,
          ),
        ),
        ...idLine(c, PLV, ', '),
      ],
    ];
  },
};

const ukBusTicketNote: Template = {
  id: 'holiday_notice.uk.avtobusnyi-kvytok-prymitka',
  type: 'holiday_notice',
  lang: 'uk',
  style: 'printed',
  weight: 0.3,
  supports: ['bsn', 'client-number'],
  render(c) {
    const { rng } = c;
    const from = ahead(c, 3, 30);
    const to = addDays(from, rng.int(8, 24));
    const town = rng.pick(UA_TOWNS);
    const carrier = rng.pick(['Gunsel', 'Ecolines', 'Sindbad', 'FlixBus', 'Musiltur']);
    return [
      [
        `${carrier}  |  ЕЛЕКТРОННИЙ КВИТОК / E-TICKET`,
        `Замовлення № ${rng.digits(9)}    Оплачено: ${dd(past(c, 0, 10))}`,
        '',
        `Пасажир / Passenger: ${c.p.lastName.toUpperCase()} ${c.p.firstName.toUpperCase()}`,
        `Документ: паспорт ${rng.letters(2, 'ABCEHKMOPTX')}${rng.digits(6)}`,
        '',
        row(['Рейс', 'Відправлення', 'Прибуття'], [20, 28, 24]),
        row([`${c.org.city} → ${town}`, `${dd(from)} ${clock(c, 6, 20)}`, `${dd(addDays(from, 1))} ${clock(c, 6, 22)}`], [20, 28, 24]),
        row([`${town} → ${c.org.city}`, `${dd(to)} ${clock(c, 6, 20)}`, `${dd(addDays(to, 1))} ${clock(c, 6, 22)}`], [20, 28, 24]),
        '',
        `Вартість: ${money(rng.amount(110, 260))} EUR    Місце: ${rng.int(1, 52)}`,
        'Кордон: КПП Ягодин / Краковець. Посадка за 30 хв до відправлення.',
        '',
        '--- від руки внизу квитка ---',
        ...paras(
          52,
          surzhyk(
            one(
              rng,
              `Це мій квиток. Їду додому до ${rng.pick(['мами', 'дітей', 'чоловіка', 'бабусі'])} по сімейній справі, вернусь ${dd(to)}.`,
              `Для гемеенте: виїзд ${dd(from)}, назад ${dd(to)}. Поїздка по ділу, переоформлення пенсії мами. ${c.p.firstName}`,
            ),
            rng,
            rng.next(),
          ),
        ),
        ...idLine(c, UKV, ' / '),
      ],
    ];
  },
};

// =============================================================================================
// MEDICAL STATEMENTS
// =============================================================================================

const ukOutpatientExtract: Template = {
  id: 'medical_statement.uk.vypyska-medychnoi-karty-ambulatorna',
  type: 'medical_statement',
  lang: 'uk',
  style: 'printed',
  weight: 0.3,
  supports: ['name-birthdate'],
  render(c) {
    const { rng } = c;
    const town = rng.pick(UA_TOWNS);
    const [dx, icd] = rng.pick([
      ['Гіпертонічна хвороба ІІ ст., ризик 3', 'I11.9'],
      ['Цукровий діабет 2 типу, субкомпенсований', 'E11.6'],
      ['Остеохондроз поперекового відділу хребта з корінцевим синдромом', 'M51.1'],
      ['Посттравматичний стресовий розлад', 'F43.1'],
      ['Наслідки мінно-вибухової травми, контузія', 'T70.8'],
    ] as const);
    const visits = Array.from({ length: rng.int(2, 5) }, () => past(c, 60, 900)).sort((a, b) => a.getTime() - b.getTime());
    return [
      [
        'МІНІСТЕРСТВО ОХОРОНИ ЗДОРОВ’Я УКРАЇНИ',
        `КНП «Центр первинної медико-санітарної допомоги № ${rng.int(1, 9)}» м. ${town}`,
        'Медична документація, форма № 027/о',
        '',
        'ВИПИСКА ІЗ МЕДИЧНОЇ КАРТИ АМБУЛАТОРНОГО ХВОРОГО',
        '',
        `П.І.Б. пацієнта: ${c.p.lastName} ${c.p.firstName}`,
        ...(c.show.birthDate ? [`Дата народження: ${fmtIso(c.p.birthDate, 'dot')}`] : [`Вік: ${rng.int(24, 66)} р.`]),
        `Декларація з лікарем: ${rng.digits(4)}-${rng.digits(4)}-${rng.digits(4)}`,
        '',
        `Заключний діагноз: ${dx} (МКХ-10: ${icd})`,
        '',
        'Звернення:',
        ...visits.map(
          (d) =>
            `  ${dd(d)} — ${rng.pick(['огляд, корекція терапії', 'скарги на погіршення', 'направлення на обстеження', 'продовження лікування'])}`,
        ),
        '',
        ...paras(
          84,
          `Рекомендовано: постійний прийом призначених препаратів, уникати ${rng.pick(['важкої фізичної праці та підйому ваги понад 5 кг', 'тривалого стояння та нічних змін', 'стресових навантажень'])}, контроль у сімейного лікаря кожні ${rng.int(1, 3)} міс.`,
        ),
        '',
        `Лікар загальної практики: ${rng.pick(['Коваленко О.В.', 'Бондар І.М.', 'Савчук Т.П.', 'Мельник В.С.'])}`,
        `Дата видачі: ${dd(past(c, 10, 200))}        М.П.`,
        '',
        ...maybe(rng, 0.4, () => [`(переклад на нідерландську додається — vertaling bijgevoegd)`]),
      ],
    ];
  },
};

const ukPsychologistLetter: Template = {
  id: 'medical_statement.uk.psykholohynia-lyst-konsultantu',
  type: 'medical_statement',
  lang: 'uk',
  style: 'printed',
  weight: 0.3,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const psy = rng.pick(['Олена Гриценко', 'Марта Левицька', 'Ірина Шевчук', 'Андрій Костенко']);
    const sessions = rng.int(4, 18);
    return [
      [
        `${psy}, психологиня / психолог (онлайн-консультації українською)`,
        rng.pick([
          'Член Української асоціації психотерапевтів',
          'Проєкт психологічної підтримки для біженців',
          'Praktijk Veerkracht — Oekraïens sprekend',
        ]),
        '',
        `${c.org.city}, ${dd(c.date)}`,
        '',
        'Для консультанта з питань роботи (werkconsulent)',
        `Щодо: ${c.p.name}`,
        ...ids(c, UKV),
        '',
        ...paras(
          82,
          `${he(c, 'Пан', 'Пані')} ${c.p.lastName} звертається до мене з ${fmtDate(past(c, 90, 400), 'dot')}. Ми провели ${sessions} сесій. Основні скарги: порушення сну, нав’язливі спогади про обстріли, панічні атаки в транспорті та в місцях з великою кількістю людей.`,
          one(
            rng,
            'На мою професійну думку, зараз повна зайнятість або робота в змінах погіршить стан. Можлива поступова активація: до 8–12 годин на тиждень, спокійне місце, без нічних змін.',
            'Прошу на найближчі три місяці не зобов’язувати клієнта до щоденних співбесід та тренінгів у групі. Мовний курс можна продовжувати, бо він допомагає.',
            `Рекомендую відкласти обов’язок шукати роботу до ${dd(ahead(c, 60, 120))} та після цього переглянути ситуацію разом з лікарем загальної практики (huisarts).`,
          ),
          'Деталі терапії є конфіденційними і надаються лише з окремої згоди клієнта.',
        ),
        '',
        'З повагою,',
        psy,
        `тел. 06-${rng.digits(8)}`,
      ],
    ];
  },
};

const plDoctorCertificate: Template = {
  id: 'medical_statement.pl.zaswiadczenie-lekarz-rodzinny-praca',
  type: 'medical_statement',
  lang: 'pl',
  style: 'form',
  weight: 0.3,
  supports: ['name-birthdate', 'bsn'],
  render(c) {
    const { rng } = c;
    const town = rng.pick(PL_TOWNS);
    const doc = rng.pick(['lek. med. Anna Wróbel', 'lek. Tomasz Pawlak', 'dr n. med. Ewa Kaczmarek', 'lek. Piotr Zieliński']);
    return [
      [
        `NZOZ Przychodnia Rodzinna „${rng.pick(['Zdrowie', 'Medicus', 'Pod Lipami', 'Rodzina'])}”`,
        `ul. ${rng.pick(['Mickiewicza', 'Kościuszki', 'Długa', 'Słowackiego'])} ${rng.int(1, 60)}, ${town}`,
        `REGON ${rng.digits(9)}`,
        '',
        'ZAŚWIADCZENIE LEKARSKIE',
        'o stanie zdrowia — do przedłożenia w urzędzie w Holandii',
        '',
        `Imię i nazwisko: ${c.p.name}`,
        ...(c.show.birthDate ? [`Data urodzenia: ${fmtIso(c.p.birthDate, 'dot')}`] : []),
        ...(c.show.bsn ? [`Nr BSN (podany przez pacjenta): ${c.p.bsn}`] : []),
        '',
        ...paras(
          80,
          `Zaświadcza się, że pacjent${he(c, '', 'ka')} pozostaje pod opieką poradni od ${rng.int(2009, 2023)} r. z powodu ${rng.pick(['przewlekłej obturacyjnej choroby płuc', 'zwyrodnienia stawów kolanowych', 'depresji nawracającej', 'choroby niedokrwiennej serca', 'padaczki'])}.`,
          one(
            rng,
            `Stan zdrowia nie pozwala obecnie na pracę fizyczną ani pracę w systemie zmianowym. Przeciwwskazane dźwiganie powyżej ${rng.int(5, 10)} kg.`,
            `Pacjent${he(c, '', 'ka')} jest niezdoln${he(c, 'y', 'a')} do pracy w okresie od ${dd(past(c, 5, 30))} do ${dd(ahead(c, 20, 60))}.`,
            'Może wykonywać lekką pracę siedzącą w wymiarze do 4 godzin dziennie.',
          ),
          'Zaświadczenie wydaje się na prośbę pacjenta w celu przedłożenia w gminie (Gemeente) w Holandii.',
        ),
        '',
        `${town}, dnia ${dd(past(c, 2, 40))}`,
        '',
        `${doc}`,
        `specjalista ${rng.pick(['medycyny rodzinnej', 'chorób wewnętrznych', 'psychiatrii'])}   nr PWZ ${rng.digits(7)}`,
        '[pieczątka i podpis lekarza]',
      ],
    ];
  },
};

const plEmergencyDischarge: Template = {
  id: 'medical_statement.pl.karta-informacyjna-sor',
  type: 'medical_statement',
  lang: 'pl',
  style: 'printed',
  weight: 0.3,
  supports: ['name-birthdate'],
  render(c) {
    const { rng } = c;
    const town = rng.pick(PL_TOWNS);
    const inn = past(c, 8, 60);
    const out = addDays(inn, rng.int(2, 12));
    const [dx, icd] = rng.pick([
      ['Złamanie kostki bocznej prawej', 'S82.6'],
      ['Zapalenie płuc', 'J18.9'],
      ['Ostre zapalenie trzustki', 'K85.9'],
      ['Udar niedokrwienny mózgu', 'I63.9'],
      ['Zawał mięśnia sercowego bez uniesienia ST', 'I21.4'],
    ] as const);
    const lines = [
      `Szpital Wojewódzki im. ${rng.pick(['Jana Pawła II', 'św. Łukasza', 'Kopernika'])} ${wTown(town)}`,
      `Oddział: ${rng.pick(['Chirurgii Urazowo-Ortopedycznej', 'Chorób Wewnętrznych', 'Kardiologii', 'Neurologii'])}`,
      '',
      'KARTA INFORMACYJNA LECZENIA SZPITALNEGO',
      `Nr księgi głównej: ${rng.digits(5)}/${out.getUTCFullYear()}`,
      '',
      `Pacjent: ${c.p.lastName.toUpperCase()} ${c.p.firstName}`,
      ...(c.show.birthDate ? [`Data urodzenia: ${fmtIso(c.p.birthDate, 'dot')}`] : []),
      `Adres: ${c.p.street} ${c.p.houseNumber}, ${c.p.city} (Holandia)`,
      `Przyjęt${he(c, 'y', 'a')}: ${dd(inn)}   Wypisan${he(c, 'y', 'a')}: ${dd(out)}`,
      '',
      `Rozpoznanie zasadnicze: ${dx} (ICD-10 ${icd})`,
      '',
      'Epikryza:',
      ...paras(
        84,
        `Pacjent${he(c, '', 'ka')} przyjęt${he(c, 'y', 'a')} w trybie nagłym podczas pobytu w Polsce. W trakcie hospitalizacji ${rng.pick(['wykonano zabieg operacyjny', 'prowadzono antybiotykoterapię dożylną', 'wdrożono leczenie przeciwkrzepliwe', 'wykonano koronarografię'])}. Przebieg bez powikłań. Wypisan${he(c, 'y', 'a')} w stanie ogólnym dobrym.`,
      ),
      '',
      'Zalecenia:',
      `- kontrola u lekarza rodzinnego w Holandii za ${rng.int(7, 14)} dni`,
      `- ${rng.pick(['chodzenie o kulach bez obciążania kończyny przez 6 tygodni', 'unikać wysiłku fizycznego przez 4 tygodnie', 'leki wg karty zleceń'])}`,
      `- niezdolność do pracy do ${dd(addDays(out, rng.int(14, 60)))}`,
      '',
      `Lekarz prowadzący: lek. ${rng.pick(['Marek Sowa', 'Joanna Lis', 'Krzysztof Nowicki'])}      Ordynator: dr ${rng.pick(['Adam Rogalski', 'Beata Wilk'])}`,
    ];
    return paginate(lines, 60);
  },
};

// =============================================================================================
// JOB APPLICATION PROOFS
// =============================================================================================

const ukApplicationsTable: Template = {
  id: 'job_application_proof.uk.tablytsia-vidguky-misiats',
  type: 'job_application_proof',
  lang: 'uk',
  style: 'form',
  weight: 0.3,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const n = rng.int(4, 9);
    const how = ['Indeed', 'сайт фірми', 'особисто', 'через uitzendbureau', 'LinkedIn', 'email', 'Werk.nl'];
    const res = [
      'відмова',
      'чекаю',
      'немає відповіді',
      'співбесіда ' + dd(ahead(c, 2, 10)),
      'потрібна нідерландська мова',
      'відмова (мова)',
    ];
    const w = [11, 30, 18, 22];
    const rows = Array.from({ length: n }, () => past(c, 1, 30))
      .sort((a, b) => a.getTime() - b.getTime())
      .map((d) => row([dd(d), rng.pick([...EMPLOYERS, ...STAFFING]).slice(0, 29), rng.pick(how), rng.pick(res)], w));
    return [
      [
        'Мої заявки на роботу / Sollicitatieoverzicht',
        `${c.p.name}`,
        ...ids(c, UKV),
        `Місяць: ${UA_MONTHS[c.date.getUTCMonth()]} ${c.date.getUTCFullYear()}`,
        '',
        row(['Дата', 'Куди (werkgever)', 'Як', 'Результат'], w),
        '-'.repeat(84),
        ...rows,
        '',
        ...paras(
          80,
          surzhyk(
            one(
              rng,
              'Я шукаю роботу на складі або прибирання, бо мова ще А2. Відповіді від фірм збираю в телефоні, можу показати.',
              'Більшість фірм хочуть нідерландську мову. Я ходжу на курси два рази на тиждень.',
              'Всього відправила резюме в цьому місяці, скріншоти є.',
            ),
            rng,
            rng.next() * 0.6,
          ),
        ),
        '',
        `Підпис: ________   ${dd(c.date)}`,
      ],
    ];
  },
};

const ukAgencyRegistration: Template = {
  id: 'job_application_proof.uk.reiestratsiia-uitzendbureau',
  type: 'job_application_proof',
  lang: 'uk',
  style: 'printed',
  weight: 0.3,
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const agency = rng.pick(['Otto Work Force', 'Covebo', 'Randstad', 'Tempo-Team', 'Workwise', 'Flexpower Group']);
    const coord = c.r.firstName;
    return [
      [
        `${agency} — відділ для працівників з України`,
        `${c.org.city}  ·  kantoor ${rng.pick(['Centrum', 'Noord', 'Industrieweg'])}`,
        '',
        'ПІДТВЕРДЖЕННЯ РЕЄСТРАЦІЇ / Bevestiging inschrijving',
        '',
        `Ім’я: ${c.p.name}`,
        ...ids(c, { bsn: 'BSN', birth: 'Дата народження' }),
        `Номер кандидата: ${rng.letters(1)}${rng.digits(7)}`,
        `Дата реєстрації: ${dd(past(c, 0, 6))}`,
        '',
        'Вказані побажання:',
        `  Робота: ${rng.sample(['склад / orderpicker', 'виробництво', 'прибирання', 'теплиці', 'кухня', 'логістика'], 2).join(', ')}`,
        `  Годин на тиждень: ${rng.pick(['24–32', '32–40', '40', '20'])}`,
        `  Мова: українська, ${rng.pick(['англійська B1', 'англійська A2', 'нідерландська A2', 'російська'])}`,
        `  Водійські права: ${rng.pick(['так (B)', 'ні', 'так, але українські'])}`,
        `  Власний транспорт: ${rng.pick(['велосипед', 'ні', 'авто'])}`,
        '',
        ...paras(
          80,
          `Ви зареєстровані як кандидат. Наш координатор ${coord} зв’яжеться з вами, коли буде відповідна вакансія. Будь ласка, тримайте телефон увімкненим і відповідайте на WhatsApp протягом дня.`,
          rng.chance(0.5) && 'Для першого робочого дня потрібні: паспорт або ID, BSN, номер рахунку в банку, робоче взуття (S3).',
        ),
        '',
        `${agency} · uitzendbureau · ${rng.pick(['ABU', 'NBBU'])}-lid`,
      ],
    ];
  },
};

const plEmployerInterviewMail: Template = {
  id: 'job_application_proof.pl.zaproszenie-na-rozmowe-email',
  type: 'job_application_proof',
  lang: 'pl',
  style: 'printed',
  weight: 0.3,
  supports: ['client-number'],
  render(c) {
    const { rng } = c;
    const firm = rng.pick([
      'Polbud Montage B.V.',
      'Kowalski Transport B.V.',
      'Hortimax Werving',
      'Bouw & Stucadoor Nowak',
      'EuroPack Logistics B.V.',
    ]);
    const hr = c.r;
    const when = ahead(c, 2, 9);
    const job = rng.pick([
      'magazynier',
      'pomocnik budowlany',
      'kierowca kat. B (dostawy)',
      'pracownik produkcji',
      'operator wózka widłowego',
    ]);
    return [
      [
        `Od: ${hr.firstName} ${hr.lastName} <rekrutacja@${firm
          .toLowerCase()
          .replace(/[^a-z]/g, '')
          .slice(0, 14)}.nl>`,
        `Do: ${mailOf(c)}@${rng.pick(['wp.pl', 'o2.pl', 'gmail.com', 'onet.pl'])}`,
        `Data: ${dd(c.date)}, ${clock(c, 8, 17)}`,
        `Temat: Re: Aplikacja na stanowisko ${job}`,
        '',
        `Dzień dobry Pani${he(c, 'e', '')} ${c.p.firstName},`,
        '',
        ...paras(
          82,
          `dziękujemy za przesłane CV na stanowisko ${job}. Chcielibyśmy zaprosić ${he(c, 'Pana', 'Panią')} na rozmowę w naszym biurze w ${c.org.city} dnia ${dd(when)} o godz. ${clock(c, 9, 15)}.`,
          one(
            rng,
            'Prosimy zabrać dowód osobisty, kartę BSN oraz prawo jazdy (jeśli posiada). Rozmowa potrwa ok. 30 minut.',
            'Prosimy o potwierdzenie obecności odpowiedzią na tego maila. Jeśli termin nie pasuje, zaproponujemy inny.',
          ),
        ),
        '',
        'Pozdrawiamy,',
        `${hr.firstName} ${hr.lastName}`,
        `Dział HR, ${firm}`,
        '',
        '----- Wiadomość oryginalna -----',
        ...paras(
          82,
          bezOgonkow(
            `Dzień dobry, zgłaszam się na ogłoszenie ${job}. Mam doświadczenie ${rng.int(1, 12)} lat. W załączniku CV. Pozdrawiam, ${c.p.name}`,
            rng,
            0.6,
          ),
        ),
        ...maybe(rng, 0.6, () => [
          '',
          `(wydrukowane dla gminy jako dowód szukania pracy${c.show.clientNumber && c.p.clientNumber ? `, nr klienta ${c.p.clientNumber}` : ''})`,
        ]),
      ],
    ];
  },
};

const plVisitLogHandwritten: Template = {
  id: 'job_application_proof.pl.zeszyt-gdzie-pytalem',
  type: 'job_application_proof',
  lang: 'pl',
  style: 'handwritten',
  weight: 0.3,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const places = [
      'piekarnia',
      'szklarnia w Westland',
      'myjnia samochodowa',
      'polski sklep',
      'firma sprzątająca',
      'hotel',
      'chłodnia',
      'budowa przy dworcu',
      'restauracja',
    ];
    const lines = Array.from({ length: rng.int(4, 8) }, () => past(c, 1, 28))
      .sort((a, b) => a.getTime() - b.getTime())
      .map(
        (d) =>
          `${fmtDate(d, 'short')} – ${rng.pick(places)}, ${rng.pick([`${he(c, 'pytałem', 'pytałam')} osobiście`, `${he(c, 'zostawiłem', 'zostawiłam')} CV`, he(c, 'dzwoniłem', 'dzwoniłam'), `${he(c, 'wysłałem', 'wysłałam')} maila`, `${he(c, 'byłem', 'byłam')} z koleżanką`])} – ${rng.pick(['nie ma pracy', 'oddzwonią', 'tylko z językiem', 'może od przyszłego miesiąca', 'nie', 'kazali przyjść w poniedziałek'])}`,
      );
    return [
      [
        rng.pick(['Szukanie pracy – moja lista', `Gdzie ${he(c, 'pytałem', 'pytałam')} o pracę`, 'Sollicitaties (po polsku)']),
        c.p.name,
        ...idLine(c, PLV, ', '),
        '',
        ...lines.map((l) => bezOgonkow(l, rng, 0.5)),
        '',
        ...paras(
          52,
          bezOgonkow(
            one(
              rng,
              'Wszędzie chcą holenderski albo angielski. Chodzę dalej, proszę mnie nie karać.',
              'Nazwiska ludzi nie pamiętam ale adresy mogę podać.',
              'Jak trzeba, to mogę przynieść kartki od firm z pieczątką.',
            ),
            rng,
            0.5,
          ),
        ),
        `${dd(c.date)}  ${c.p.firstName[0]}. ${c.p.lastName}`,
      ],
    ];
  },
};

// =============================================================================================
// DEBT NOTICES
// =============================================================================================

const ukBankOverdue: Template = {
  id: 'debt_notice.uk.bank-prostrochena-kartka',
  type: 'debt_notice',
  lang: 'uk',
  style: 'printed',
  weight: 0.3,
  supports: ['name-birthdate'],
  render(c) {
    const { rng } = c;
    const bank = rng.pick(['АТ «Ощадбанк»', 'АТ КБ «ПриватБанк»', 'АТ «Укрсиббанк»', 'АТ «Сенс Банк»', 'АТ «ПУМБ»']);
    const body = rng.amount(8000, 95000);
    const pct = Math.round(body * rng.amount(0.08, 0.3) * 100) / 100;
    const fine = Math.round(body * rng.amount(0.01, 0.06) * 100) / 100;
    const due = ahead(c, 10, 30);
    return [
      [
        bank,
        'Департамент роботи з проблемною заборгованістю',
        `Вих. № ${rng.digits(6)}/${rng.int(10, 99)} від ${dd(c.date)}`,
        '',
        `${c.p.lastName} ${c.p.firstName}`,
        ...(c.show.birthDate ? [`дата народження ${fmtIso(c.p.birthDate, 'dot')}`] : []),
        `адреса для листування: ${c.p.street} ${c.p.houseNumber}, ${c.p.postcode} ${c.p.city}, Нідерланди`,
        '',
        'ВИМОГА',
        'про дострокове повернення заборгованості за кредитним договором',
        '',
        ...paras(
          84,
          `За договором № ${rng.digits(4)}-${rng.digits(6)} від ${dd(past(c, 500, 1500))} (кредитна картка «${rng.pick(['Універсальна', 'Зелена', 'Кредитка'])}») у Вас виникла прострочена заборгованість. Останній платіж надійшов ${dd(past(c, 120, 500))}.`,
          'Станом на дату цього листа сума заборгованості становить:',
        ),
        `  тіло кредиту ..................... ${uah(body)}`,
        `  проценти ......................... ${uah(pct)}`,
        `  пеня / штраф ..................... ${uah(fine)}`,
        `  РАЗОМ ............................ ${uah(body + pct + fine)}`,
        '',
        ...paras(
          84,
          `Вимагаємо погасити заборгованість до ${dd(due)}. У разі невиконання банк звернеться до суду та/або передасть право вимоги колекторській компанії. Під час воєнного стану пеня за прострочення не нараховується для військовослужбовців — якщо це Ваш випадок, надайте підтвердні документи.`,
          `Реквізити для оплати: IBAN UA${rng.digits(2)} ${rng.digits(6)} ${rng.digits(19)}, призначення: погашення за договором.`,
        ),
        '',
        `Гаряча лінія: 0 800 ${rng.digits(3)} ${rng.digits(3)} (з-за кордону +380 ${rng.digits(2)} ${rng.digits(3)} ${rng.digits(4)})`,
      ],
    ];
  },
};

const plKomornikIncomeInquiry: Template = {
  id: 'debt_notice.pl.komornik-wezwanie-o-dochody',
  type: 'debt_notice',
  lang: 'pl',
  style: 'printed',
  weight: 0.3,
  supports: ['name-birthdate'],
  render(c) {
    const { rng } = c;
    const town = rng.pick(PL_TOWNS);
    const kom = rng.pick(['Marcin Szulc', 'Agnieszka Borowska', 'Rafał Duda', 'Grażyna Malinowska']);
    const claim = rng.amount(3000, 40000);
    const costs = rng.amount(250, 1800);
    return [
      [
        `Komornik Sądowy przy Sądzie Rejonowym ${wTown(town)}`,
        kom,
        `Kancelaria Komornicza nr ${rng.int(1, 9)} ${wTown(town)}`,
        `Sygn. akt: KM ${rng.int(100, 9999)}/${String(c.date.getUTCFullYear()).slice(2)}`,
        '',
        `${town}, dnia ${dd(c.date)}`,
        '',
        'Dłużnik:',
        `${c.p.name}`,
        ...(c.show.birthDate ? [`ur. ${fmtIso(c.p.birthDate, 'dot')}`] : []),
        `${c.p.street} ${c.p.houseNumber}, ${c.p.postcode} ${c.p.city}, NIDERLANDY`,
        '',
        'WEZWANIE DO ZŁOŻENIA WYJAŚNIEŃ O MAJĄTKU I ŹRÓDŁACH DOCHODU',
        '',
        ...paras(
          84,
          `W toku postępowania egzekucyjnego z wniosku wierzyciela ${rng.pick(['Santander Consumer Bank S.A.', 'PROVIDENT POLSKA S.A.', 'Fundusz Sekurytyzacyjny Best I', 'Gmina Miejska ' + town + ' (zaległe alimenty z funduszu)'])} na podstawie art. 801 k.p.c. komornik wzywa dłużnika do wskazania w terminie 7 dni: miejsca pracy i wysokości wynagrodzenia, otrzymywanych świadczeń (także zagranicznych), rachunków bankowych oraz posiadanych nieruchomości i ruchomości.`,
          `Należność główna wynosi ${pln(claim)}, koszty egzekucji ${pln(costs)}, odsetki liczone do dnia zapłaty.`,
          'Za uchylanie się od złożenia wyjaśnień lub złożenie nieprawdziwych wyjaśnień grozi grzywna. Komornik może wystąpić o uznanie tytułu wykonawczego za granicą.',
        ),
        '',
        `Rachunek komornika: ${rng.digits(2)} ${rng.digits(4)} ${rng.digits(4)} ${rng.digits(4)} ${rng.digits(4)} ${rng.digits(4)} ${rng.digits(4)}`,
        '',
        `Komornik Sądowy ${kom}`,
        '(podpis elektroniczny)',
      ],
    ];
  },
};

const plDebtCollectorSettlement: Template = {
  id: 'debt_notice.pl.firma-windykacyjna-propozycja-ugody',
  type: 'debt_notice',
  lang: 'pl',
  style: 'printed',
  weight: 0.3,
  supports: ['name-birthdate'],
  render(c) {
    const { rng } = c;
    const firm = rng.pick(['KRUK S.A.', 'Best S.A.', 'Ultimo sp. z o.o.', 'Intrum Polska sp. z o.o.', 'Hoist Finance']);
    const total = rng.amount(900, 18000);
    const n = rng.pick([6, 10, 12, 18, 24]);
    const discount = rng.pick([0.1, 0.2, 0.3, 0.35]);
    const after = Math.round(total * (1 - discount) * 100) / 100;
    const inst = Math.round((after / n) * 100) / 100;
    const sched = Array.from({ length: Math.min(n, 4) }, (_, i) =>
      row([`${i + 1}.`, dd(addDays(c.date, 20 + i * 30)), pln(inst)], [4, 14, 14]),
    );
    return [
      [
        firm,
        `Departament Obsługi Klienta · ul. ${rng.pick(['Legnicka', 'Postępu', 'Grzybowska', 'Marynarska'])} ${rng.int(1, 80)} · ${rng.pick(['Wrocław', 'Warszawa', 'Gdańsk'])}`,
        '',
        `${c.p.firstName} ${c.p.lastName}`,
        ...(c.show.birthDate ? [`data urodzenia: ${fmtIso(c.p.birthDate, 'dot')}`] : []),
        `${c.p.street} ${c.p.houseNumber}`,
        `${c.p.postcode} ${c.p.city}, Holandia`,
        '',
        `Numer sprawy: ${rng.digits(8)}          Data: ${dd(c.date)}`,
        '',
        `Zaległość: ${pln(total)} — rabat ${Math.round(discount * 100)}% przy spłacie w ratach!`,
        '',
        ...paras(
          84,
          `Nabyliśmy wierzytelność wobec ${he(c, 'Pana', 'Pani')} od ${rng.pick(['Plus (Polkomtel)', 'Orange Polska', 'Alior Bank', 'Wonga', 'PGNiG'])}. Mimo wcześniejszych wezwań zadłużenie nie zostało spłacone.`,
          `Proponujemy ugodę: ${n} ${n === 24 ? 'raty' : 'rat'} po ${pln(inst)} (łącznie ${pln(after)} zamiast ${pln(total)}). Pierwsza rata do ${dd(addDays(c.date, 20))}. Wystarczy wpłacić pierwszą ratę — ugoda zawiera się automatycznie.`,
          'Brak reakcji spowoduje skierowanie sprawy na drogę sądową i do komornika, a także wpis do Biura Informacji Gospodarczej.',
        ),
        '',
        row(['Rata', 'Termin', 'Kwota'], [4, 14, 14]),
        ...sched,
        ...(n > 4 ? ['...'] : []),
        '',
        `Indywidualny numer konta: PL${rng.digits(2)} ${rng.digits(4)} ${rng.digits(4)} ${rng.digits(4)} ${rng.digits(4)} ${rng.digits(4)} ${rng.digits(4)}`,
        `Infolinia: +48 ${rng.digits(2)} ${rng.digits(3)} ${rng.digits(2)} ${rng.digits(2)}   ${firm.startsWith('KRUK') ? 'e-KRUK' : 'portal klienta online'}`,
      ],
    ];
  },
};

// =============================================================================================
// CHANGE NOTICES
// =============================================================================================

const ukLeavingHostFamily: Template = {
  id: 'change_form.uk.vyizd-vid-pryimaiuchoi-simi',
  type: 'change_form',
  lang: 'uk',
  style: 'printed',
  weight: 0.3,
  supports: ['bsn', 'client-number'],
  render(c) {
    const { rng } = c;
    const host = c.q;
    const moved = past(c, 1, 20);
    const rent = rng.amount(450, 950);
    return [
      [
        `Від: ${mailOf(c)}@${rng.pick(['gmail.com', 'ukr.net', 'i.ua'])}`,
        `Кому: ${rng.pick(['wijzigingen', 'werkeninkomen', 'info'])}@${c.org.website.replace(/^www\./, '')}`,
        `Дата: ${dd(c.date)} ${clock(c, 7, 23)}`,
        `Тема: ${rng.pick(['Зміна адреси', 'Verhuizing / переїзд від гастсім’ї', 'Переїхала від приймаючої родини'])}`,
        '',
        ...paras(
          rng.int(60, 84),
          surzhyk(
            `Добрий день. Повідомляю що ми ${dd(moved)} виїхали від приймаючої сім'ї (gastgezin) ${host.lastName} з ${host.street} ${host.houseNumber}. Зараз живемо самі, орендуємо ${rng.pick(['квартиру', 'студію', 'кімнату з окремим входом', 'будиночок'])} за адресою ${c.p.street} ${c.p.houseNumber}, ${c.p.postcode} ${c.p.city}.`,
            rng,
            rng.next(),
          ),
          surzhyk(
            one(
              rng,
              `Оренда ${money(rent)} євро на місяць, комунальні окремо. Договір оренди прикріплюю. ${rng.pick(['З нами живе син 9 років.', 'З нами живе дочка 14 років.', 'З нами живе моя мама.', 'Більше ніхто з нами не живе.'])}`,
              `Адресу в BRP вже змінили ${dd(addDays(moved, rng.int(1, 5)))}. Оренда ${money(rent)} євро. Сім'я була дуже добра, ми просто хотіли своє житло.`,
            ),
            rng,
            rng.next(),
          ),
          'Будь ласка, змініть адресу для виплат. Якщо потрібні ще документи — напишіть.',
        ),
        '',
        ...ids(c, UKV),
        '',
        rng.pick(['З повагою,', 'Дякую!', 'Спасибо,']),
        c.p.name,
        `${c.p.phone}`,
        '',
        `Вкладення: ${rng.pick(['huurcontract.pdf', 'IMG_' + rng.digits(4) + '.jpg', 'dohovir_orendy.pdf'])}`,
      ],
    ];
  },
};

const ukPartnerArrivingChat: Template = {
  id: 'change_form.uk.cholovik-pryikhav-chat',
  type: 'change_form',
  lang: 'uk',
  style: 'printed',
  weight: 0.3,
  supports: ['client-number'],
  render(c) {
    const { rng } = c;
    const arrived = past(c, 1, 15);
    const partner = he(c, 'дружина', 'чоловік');
    const t = (h1: number, h2: number) => `[${dd(c.date)} ${clock(c, h1, h2)}]`;
    const consultant = c.r.firstName;
    return [
      [
        `WhatsApp — чат з ${consultant} (Gemeente ${c.org.city})`,
        '',
        `${t(7, 8)} ${c.p.firstName}: ${surzhyk(`Добрий день ${consultant}. Хочу повідомити, що ${he(c, 'моя', 'мій')} ${partner} ${he(c, 'приїхала', 'приїхав')} з України ${dd(arrived)}.`, rng, rng.next())}`,
        `${t(9, 9)} ${c.p.firstName}: ${surzhyk(one(rng, `${he(c, 'Її', 'Його')} звільнили з армії за станом здоров’я, тепер ${he(c, 'вона', 'він')} живе з нами за нашою адресою.`, `${he(c, 'Вона', 'Він')} буде жити з нами. Реєстрацію в гемеенте записали на ${dd(ahead(c, 2, 14))}.`, `Тепер ми живемо разом, ${he(c, 'вона', 'він')} поки не працює, шукає роботу.`), rng, rng.next())}`,
        ...(c.show.clientNumber && c.p.clientNumber ? [`${t(10, 10)} ${c.p.firstName}: мій номер клієнта ${c.p.clientNumber}`] : []),
        `${t(11, 12)} ${consultant}: Dank voor het doorgeven. Kunt u het wijzigingsformulier invullen en een kopie van het paspoort van uw partner sturen?`,
        `${t(13, 15)} ${c.p.firstName}: ${surzhyk(one(rng, 'Так, зараз скину фото паспорта. Форму заповню ввечері з дочкою.', 'Добре. Паспорт пришлю, форму принесу в четвер.', 'Ok, дякую. А виплата тепер зміниться? Ми ж тепер удвох.'), rng, rng.next())}`,
        ...maybe(rng, 0.6, () => [`${t(16, 18)} ${c.p.firstName}: <фото: паспорт_${he(c, 'дружини', 'чоловіка')}.jpg>`]),
        '',
        `Роздруковано ${dd(c.date)}`,
      ],
    ];
  },
};

const plNewJobForm: Template = {
  id: 'change_form.pl.wijzigingsformulier-nowa-praca',
  type: 'change_form',
  lang: 'pl',
  style: 'form',
  weight: 0.3,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const start = past(c, 0, 20);
    const hours = rng.int(12, 40);
    const box = (on: boolean) => (on ? '[X]' : '[ ]');
    const f = (label: string, v: string) => `${label.padEnd(36, ' ')}${v}`;
    return [
      [
        `${c.org.name} — Wijzigingsformulier`,
        'Geef wijzigingen binnen 1 week door.',
        '',
        f('Naam:', c.p.name),
        ...ids(c, { bsn: 'BSN', client: 'Klantnummer', birth: 'Geboortedatum' }).map((l) =>
          f(`${l.split(': ')[0]}:`, l.split(': ')[1] ?? ''),
        ),
        f('Telefoon:', c.p.phone),
        '',
        'Wat verandert er?',
        `${box(true)} Ik ga werken / ik krijg ander werk`,
        `${box(false)} Verhuizing`,
        `${box(false)} Iemand komt bij mij wonen / gaat weg`,
        `${box(false)} Anders`,
        '',
        f('Naam werkgever:', bezOgonkow(rng.pick([...STAFFING, ...EMPLOYERS]), rng)),
        f('Eerste werkdag:', dd(start)),
        f('Uren per week:', `${hours} ${rng.pick(['godzin', 'godz. (zmiennie)', 'h, czasem więcej'])}`),
        f(
          'Bruto loon:',
          rng.pick([
            `${money(rng.amount(13.7, 17))} za godzinę`,
            'jeszcze nie wiem, dostanę pasek',
            `ok. ${money(rng.amount(900, 2300))} miesięcznie`,
          ]),
        ),
        f('Tijdelijk of vast?', rng.pick(['umowa tymczasowa (fase A)', 'na 6 miesięcy', 'przez agencję, tydzień na tydzień', 'na stałe'])),
        '',
        'Toelichting:',
        ...paras(
          70,
          bezOgonkow(
            one(
              rng,
              `Zaczynam pracę przez agencję na magazynie. Pierwszy pasek wypłaty przyniosę jak dostanę. Mieszkanie dalej to samo.`,
              `${he(c, 'Dostałem', 'Dostałam')} pracę na budowie u polskiego szefa, umowa w załączniku. Proszę przeliczyć zasiłek.`,
              'Nowa praca w szklarni od poniedziałku. Godziny zależą od sezonu, proszę nie zatrzymywać całej wypłaty.',
            ),
            rng,
            0.5,
          ),
        ),
        '',
        `Datum: ${dd(c.date)}     Handtekening: ${c.p.initials} ${c.p.lastName}`,
      ],
    ];
  },
};

const plBabyBornLetter: Template = {
  id: 'change_form.pl.urodzilo-sie-dziecko-list',
  type: 'change_form',
  lang: 'pl',
  style: 'handwritten',
  weight: 0.3,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const born = past(c, 3, 30);
    const [name, girl] = rng.pick([
      ['Zuzanna', true],
      ['Antoni', false],
      ['Lena', true],
      ['Jan', false],
      ['Hanna', true],
      ['Franciszek', false],
      ['Maja', true],
      ['Nikodem', false],
    ] as const);
    const body = one(
      rng,
      `Szanowni Państwo, chcę zgłosić, że ${dd(born)} urodził${girl ? 'a się nasza córka' : ' się nasz syn'} ${name}. Poród był w ${rng.pick(['Isala', 'Amphia', 'Rijnstate', 'Erasmus MC', 'szpitalu w ' + c.org.city])}. Dziecko jest już zapisane w gminie (BRP).`,
      `Dzień dobry, piszę żeby poinformować że w naszej rodzinie jest nowa osoba: ${name}, urodzon${girl ? 'a' : 'y'} ${dd(born)}. Teraz w domu mieszkamy w ${one(rng, '3 osoby', '4 osoby', '5 osób', '6 osób')}.`,
    );
    return [
      [
        `${c.p.name}`,
        `${c.p.street} ${c.p.houseNumber}, ${c.p.postcode} ${c.p.city}`,
        ...ids(c, PLV),
        '',
        `${c.org.city} ${dd(c.date)}`,
        '',
        ...paras(rng.int(44, 60), bezOgonkow(body, rng, 0.4)),
        '',
        ...paras(
          rng.int(44, 60),
          bezOgonkow(
            one(
              rng,
              'Czy to coś zmienia w zasiłku? Kinderbijslag złożyłam w SVB.',
              'Akt urodzenia (uittreksel) dołączam. Proszę o informację czy trzeba coś jeszcze wypełnić.',
              `${he(c, 'Żona', 'Jestem')} teraz na urlopie macierzyńskim, ${he(c, 'ja', 'partner')} pracuje dalej normalnie.`,
            ),
            rng,
            0.4,
          ),
        ),
        '',
        rng.pick(['Z poważaniem', 'Pozdrawiam serdecznie', 'Dziękuję']),
        c.p.name,
      ],
    ];
  },
};

// =============================================================================================
// BENEFIT APPLICATIONS
// =============================================================================================

const ukDivorcedApplicationMail: Template = {
  id: 'benefit_application.uk.prokhannia-pislia-rozluchennia',
  type: 'benefit_application',
  lang: 'uk',
  style: 'printed',
  weight: 0.3,
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const left = past(c, 5, 40);
    const kids = rng.int(0, 3);
    return [
      [
        `${c.p.name}`,
        `${c.p.street} ${c.p.houseNumber}, ${c.p.postcode} ${c.p.city}`,
        ...ids(c, UKV),
        '',
        `Gemeente ${c.org.city}, team intake`,
        `Тема: ${rng.pick(['Aanvraag bijstand — заява на соціальну допомогу', 'Прошу призначити bijstand', 'Заява на допомогу'])}`,
        '',
        ...paras(
          rng.int(70, 86),
          surzhyk(
            `Добрий день. Я ${he(c, 'громадянин', 'громадянка')} України, живу в Нідерландах з ${rng.int(2014, 2021)} року за дозволом на проживання (verblijfsvergunning) як партнер. ${dd(left)} ми з ${he(c, 'дружиною', 'чоловіком')} розійшлися, ${he(c, 'вона виїхала', 'він виїхав')}, і тепер у мене немає жодного доходу.`,
            rng,
            rng.next() * 0.8,
          ),
          surzhyk(
            one(
              rng,
              `Зі мною ${kids ? `${kids} ${kids === 1 ? 'дитина' : 'дітей'}` : 'нікого немає'}. Я ${he(c, 'працював на складі', 'працювала прибиральницею')}, але контракт закінчився. Прошу призначити мені допомогу (bijstand) з дати цього листа.`,
              `Оренду ${money(rng.amount(600, 1100))} євро я вже не можу платити сама. Прошу розглянути мою заяву на bijstand і, якщо можливо, дати аванс (voorschot).`,
            ),
            rng,
            rng.next() * 0.8,
          ),
          `Я ${he(c, 'готовий', 'готова')} прийти на співбесіду, можу взяти з собою перекладача. Банківські виписки та договір оренди надішлю.`,
        ),
        '',
        `Рахунок: ${ibanText(c.p.iban, rng)}`,
        `Тел.: ${c.p.phone}`,
        '',
        'З повагою,',
        c.p.name,
      ],
    ];
  },
};

const ukWidowerHandwritten: Template = {
  id: 'benefit_application.uk.litnii-cholovik-ruchna-zaiava',
  type: 'benefit_application',
  lang: 'uk',
  style: 'handwritten',
  weight: 0.3,
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    return [
      [
        rng.pick(['ЗАЯВА', 'Заява на допомогу', 'До гемеенте. Заява']),
        '',
        `Я, ${c.p.name},`,
        ...ids(c, UKV),
        `проживаю ${c.p.street} ${c.p.houseNumber} ${c.p.city}`,
        '',
        ...paras(
          rng.int(40, 54),
          surzhyk(
            one(
              rng,
              `Прошу призначити мені грошову допомогу на життя. Раніше ми жили на доходи ${he(c, 'дружини', 'чоловіка')}, але ${dd(past(c, 20, 90))} ${he(c, 'вона померла', 'він помер')}. Мені вже ${rng.int(55, 64)} р., працювати по здоров'ю не можу, пенсія з України ${uah(rng.amount(2600, 5200))} приходить не кожен місяць.`,
              `Прошу дати мені допомогу (bijstand). Я ${he(c, 'приїхав', 'приїхала')} до дочки, вона тут живе давно, але зараз дочка переїжджає в інше місто, і я лишаюсь сам${he(c, '', 'а')}. Своїх грошей немає, тільки українська пенсія ${uah(rng.amount(2400, 4800))}.`,
            ),
            rng,
            0.5 + rng.next() * 0.5,
          ),
        ),
        '',
        ...maybe(rng, 0.6, () => ['Рахунок в банку: ' + ibanText(c.p.iban, rng)]),
        'Документи (паспорт, свідоцтво про смерть) додаю.',
        '',
        `${dd(c.date)}            підпис ____________`,
      ],
    ];
  },
};

const plSeparationApplication: Template = {
  id: 'benefit_application.pl.samotna-matka-wniosek-pilny',
  type: 'benefit_application',
  lang: 'pl',
  style: 'printed',
  weight: 0.3,
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const kids = rng.int(1, 3);
    return [
      [
        `Od: ${mailOf(c)}@${rng.pick(['wp.pl', 'gmail.com', 'interia.pl'])}`,
        `Do: aanvraag@${c.org.website.replace(/^www\./, '')}`,
        `Temat: ${rng.pick(['Wniosek o bijstand – pilne', 'Aanvraag bijstandsuitkering (po polsku)', 'Prośba o pomoc finansową z gminy'])}`,
        `Data: ${dd(c.date)} ${clock(c, 6, 23)}`,
        '',
        'Dzień dobry,',
        '',
        ...paras(
          rng.int(64, 84),
          bezOgonkow(
            `mieszkam w Holandii od ${rng.int(2012, 2022)} roku, jestem ${he(c, 'zameldowany', 'zameldowana')} pod adresem ${c.p.street} ${c.p.houseNumber} w ${c.p.city}. Od ${dd(past(c, 5, 45))} jestem ${he(c, 'sam', 'sama')} z ${kids === 1 ? 'dzieckiem' : `${kids} dzieci`}, ${he(c, 'partnerka się wyprowadziła i nie płaci', 'partner się wyprowadził i nie płaci')} na dzieci.`,
            rng,
            0.5,
          ),
          bezOgonkow(
            one(
              rng,
              `${he(c, 'Pracowałem', 'Pracowałam')} na część etatu w sprzątaniu, ale z dziećmi nie daję rady z godzinami. Na koncie mam mniej niż 200 euro. Składam wniosek o bijstand.`,
              'WW mi się skończyło w zeszłym miesiącu. Proszę o przyznanie zasiłku z gminy i o zaliczkę, bo nie mam z czego zapłacić czynszu.',
            ),
            rng,
            0.5,
          ),
          'Mogę przyjść na rozmowę z tłumaczem. Wszystkie dokumenty (wyciągi z banku, umowa najmu, akt urodzenia dzieci) mam i mogę dosłać.',
        ),
        '',
        ...ids(c, PLV),
        `Telefon: ${c.p.phone}`,
        '',
        'Z poważaniem',
        c.p.name,
      ],
    ];
  },
};

// =============================================================================================
// PAYSLIPS
// =============================================================================================

const plPayslipWithNotes: Template = {
  id: 'payslip.pl.loonstrook-z-dopiskami',
  type: 'payslip',
  lang: 'pl',
  style: 'printed',
  weight: 0.3,
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const agency = rng.pick(['Covebo Uitzendgroep', 'Otto Workforce', 'E&A Uitzendbureau', 'Workforce Plus', 'Flexpoint Uitzend']);
    const week = rng.int(1, 52);
    const hours = rng.int(24, 48);
    const rate = rng.amount(14.06, 16.2);
    const gross = Math.round(hours * rate * 100) / 100;
    const ot = rng.chance(0.5) ? Math.round(rng.int(2, 8) * rate * 1.25 * 100) / 100 : 0;
    const housing = rng.pick([95, 105, 112.5, 120]);
    const insurance = rng.chance(0.7) ? rng.amount(30, 38) : 0;
    const tax = Math.round((gross + ot) * rng.amount(0.05, 0.12) * 100) / 100;
    const net = gross + ot - housing - insurance - tax;
    const w = [36, 12];
    return [
      [
        `${agency} B.V.`,
        `LOONSTROOK week ${week} – ${c.date.getUTCFullYear()}`,
        '',
        `Werknemer: ${c.p.name}`,
        ...ids(c, { bsn: 'BSN', birth: 'Geboortedatum' }),
        `Personeelsnr: ${rng.digits(6)}     Fase: ${rng.pick(['A', 'A', 'B'])}     Inlener: ${rng.pick(EMPLOYERS)}`,
        '',
        row(['Omschrijving', 'Bedrag'], w),
        row([`Gewerkte uren ${hours} x ${money(rate)}`, money(gross)], w),
        ...(ot ? [row(['Overuren 125%', money(ot)], w)] : []),
        row(['Inhouding huisvesting', `-${money(housing)}`], w),
        ...(insurance ? [row(['Zorgverzekering (collectief)', `-${money(insurance)}`], w)] : []),
        row(['Loonheffing', `-${money(tax)}`], w),
        '-'.repeat(49),
        row(['Netto uit te betalen', money(net)], w),
        `Rekening: ${ibanText(c.p.iban, rng)}`,
        '',
        '--- dopiski długopisem ---',
        ...rng
          .sample(
            [
              `mieszkanie ${money(housing)} co tydzień!!`,
              'to jest wypłata za jeden tydzień, nie za miesiąc',
              'ubezpieczenie zdrowotne bierze agencja',
              `nadgodziny w ${rng.pick(['sobotę', 'niedzielę', 'nocy'])}`,
              'następny pasek przyniosę w przyszłym tygodniu',
              'dla gminy – proszę odliczyć od zasiłku tylko netto',
            ],
            rng.int(1, 3),
          )
          .map((n) => `→ ${bezOgonkow(n, rng, 0.5)}`),
      ],
    ];
  },
};

const plWeeklyAppStatement: Template = {
  id: 'payslip.pl.rozliczenie-tygodniowe-aplikacja',
  type: 'payslip',
  lang: 'pl',
  style: 'printed',
  weight: 0.3,
  supports: ['bsn'],
  render(c) {
    const { rng } = c;
    const agency = rng.pick(['InterWork', 'Polflex Uitzend', 'Goodwork Holland', 'EWP Personeel']);
    const weekNo = rng.int(1, 52);
    const daysWorked = rng.int(3, 6);
    const rate = rng.amount(14.06, 15.5);
    const first = past(c, 7, 14);
    const dayRows = Array.from({ length: daysWorked }, (_, i) => {
      const h = rng.pick([7.5, 8, 8, 8.5, 9, 10]);
      return { d: addDays(first, i), h };
    });
    const hours = dayRows.reduce((s, r) => s + r.h, 0);
    const gross = Math.round(hours * rate * 100) / 100;
    const reserve = Math.round(gross * 0.08 * 100) / 100;
    const tax = Math.round(gross * rng.amount(0.04, 0.1) * 100) / 100;
    const transport = rng.pick([0, 25, 35]);
    const net = gross - tax - transport;
    return [
      [
        `${agency} – aplikacja pracownika  ›  Moje wypłaty`,
        `Rozliczenie tygodnia ${weekNo} (${c.date.getUTCFullYear()})   wygenerowano ${dd(c.date)} ${clock(c, 6, 22)}`,
        '',
        `Pracownik: ${c.p.name}`,
        ...(c.show.bsn ? [`BSN: ${c.p.bsn}`] : []),
        `Klient/zakład: ${rng.pick(EMPLOYERS)}`,
        '',
        row(['Dzień', 'Godziny', 'Stawka'], [14, 9, 10]),
        ...dayRows.map((r) => row([dd(r.d), String(r.h).replace('.', ','), money(rate)], [14, 9, 10])),
        '',
        `Suma godzin:                ${String(hours).replace('.', ',')}`,
        `Brutto:                     € ${money(gross)}`,
        `Rezerwa urlopowa (8%):      € ${money(reserve)}  (wypłata w maju)`,
        `Podatek (loonheffing):     -€ ${money(tax)}`,
        ...(transport ? [`Transport busem firmowym:   -€ ${money(transport)}`] : []),
        `DO WYPŁATY:                 € ${money(net)}`,
        '',
        'Przelew w piątek na konto ' + ibanText(c.p.iban, rng),
        'Oficjalny pasek (loonstrook) znajdziesz w zakładce Dokumenty.',
      ],
    ];
  },
};

const ukIncomeCertificate: Template = {
  id: 'payslip.uk.dovidka-pro-dokhody-robotodavets',
  type: 'payslip',
  lang: 'uk',
  style: 'printed',
  weight: 0.3,
  supports: ['name-birthdate'],
  render(c) {
    const { rng } = c;
    const firm = rng.pick(['ТОВ «Агро-Світ»', 'ПП «Будмонтаж-Захід»', 'ТОВ «ІТ Софт Солюшнс»', 'ФОП Ткаченко В.І.', 'ТОВ «Логістик Груп»']);
    const base = rng.int(9000, 32000);
    const year = c.date.getUTCFullYear();
    const months = rng.int(3, 6);
    const rowsArr = Array.from({ length: months }, (_, i) => {
      const m = ((c.date.getUTCMonth() - months + i + 12) % 12) + 1;
      const g = base + rng.int(-800, 1500);
      const pdfo = Math.round(g * 0.18);
      const vz = Math.round(g * 0.05 * 100) / 100;
      return { m, g, pdfo, vz };
    });
    const w = [12, 14, 12, 12, 14];
    return [
      [
        firm,
        `код ЄДРПОУ ${rng.digits(8)}, м. ${rng.pick(UA_TOWNS)}`,
        `Вих. № ${rng.int(10, 400)} від ${dd(c.date)}`,
        '',
        'ДОВІДКА ПРО ДОХОДИ',
        '',
        ...paras(
          84,
          `Видана ${c.p.lastName} ${c.p.firstName}${c.show.birthDate ? ` (дата народження ${fmtIso(c.p.birthDate, 'dot')})` : ''} в тому, що ${he(c, 'він', 'вона')} працює в ${firm} на посаді ${rng.pick(['бухгалтера (дистанційно)', 'менеджера з продажу', 'програміста (віддалено)', 'оператора'])} з ${dd(past(c, 300, 1500))} по теперішній час, та ${he(c, 'його', 'її')} нарахована заробітна плата становить:`,
        ),
        '',
        row(['Місяць', 'Нараховано', 'ПДФО 18%', 'ВЗ 5%', 'До виплати'], w),
        ...rowsArr.map((r) =>
          row([`${String(r.m).padStart(2, '0')}.${year}`, uah(r.g), uah(r.pdfo), uah(r.vz), uah(r.g - r.pdfo - r.vz)], w),
        ),
        '',
        ...paras(84, 'Довідка видана для подання за місцем вимоги (до муніципалітету в Нідерландах).'),
        '',
        `Директор ____________ ${rng.pick(['Ткаченко В.І.', 'Гончаренко О.П.', 'Лисенко М.С.'])}`,
        `Головний бухгалтер ____________ ${rng.pick(['Демченко Н.В.', 'Кравець Л.О.'])}`,
        'М.П.',
        ...maybe(rng, 0.5, () => ['', `(курс НБУ на ${dd(c.date)}: 1 EUR = ${money(rng.amount(43, 49))} грн — дописано волонтером)`]),
      ],
    ];
  },
};

// =============================================================================================
// OTHER (unrelated post)
// =============================================================================================

const ukCommunityNewsletter: Template = {
  id: 'other.uk.hromada-informatsiinyi-lystok',
  type: 'other',
  lang: 'uk',
  style: 'printed',
  weight: 0.3,
  supports: [],
  render(c) {
    const { rng } = c;
    const sunday = ahead(c, 1, 20);
    const items = rng.sample(
      [
        `• ${dd(sunday)} — Божественна Літургія о ${rng.pick(['10:00', '11:30', '12:00'])}, після служби — спільний обід, приносьте що можете.`,
        `• Недільна школа для дітей: кожну суботу з 10:00 до 13:00, українська мова, історія, малювання.`,
        `• Збір допомоги для ${rng.pick(['Харківщини', 'Херсона', 'прифронтових сіл', 'шпиталю у Дніпрі'])}: теплий одяг, ліки, павербанки. Машина їде ${dd(ahead(c, 10, 30))}.`,
        '• Група психологічної підтримки для жінок — щочетверга, вхід вільний.',
        `• Консультації юриста щодо тимчасового захисту: ${dd(ahead(c, 3, 25))}, записуйтеся у старости.`,
        '• Хор громади шукає нових голосів, репетиції у вівторок увечері.',
        '• Шукаємо волонтерів на кухню та для перевезення гуманітарки.',
      ],
      rng.int(3, 5),
    );
    return [
      [
        rng.pick(['ВІСНИК ГРОМАДИ', 'Парафіяльний листок', 'Новини української громади']),
        `${rng.pick(['Українська греко-католицька парафія св. Володимира', 'Українська громада', 'Stichting Oekraïense Gemeenschap'])} — ${c.org.city} та околиці`,
        `№ ${rng.int(3, 60)} · ${rng.pick(['вересень', 'жовтень', 'листопад', 'грудень', 'березень', 'квітень', 'травень'])} ${c.date.getUTCFullYear()}`,
        '',
        'Дорогі брати і сестри!',
        ...paras(
          84,
          'Дякуємо всім, хто був з нами минулого місяця. Наша громада росте, і ми раді кожному новому обличчю. Ось що чекає нас найближчим часом:',
        ),
        '',
        ...items,
        '',
        ...paras(
          84,
          `Пожертви на потреби громади: ${rng.pick(['NL', 'NL'])}${rng.digits(2)} ${rng.pick(['INGB', 'RABO', 'ABNA'])} ${rng.digits(4)} ${rng.digits(4)} ${rng.digits(2)}, з позначкою «громада».`,
        ),
        `Контакти: о. ${rng.pick(['Василь', 'Михайло', 'Ігор'])}, тел. 06-${rng.digits(8)}   ·   Facebook: ${rng.pick(['UA Community', 'Українці в Нідерландах'])}`,
        '',
        'Слава Україні!',
      ],
    ];
  },
};

const ukLanguageSchoolInvite: Template = {
  id: 'other.uk.movna-shkola-zaproshennia',
  type: 'other',
  lang: 'uk',
  style: 'printed',
  weight: 0.3,
  supports: [],
  render(c) {
    const { rng } = c;
    const school = rng.pick(['Taalschool Babel', 'NT2 Centrum', 'Taalhuis', 'TaalKlas Oost', 'Language Point']);
    const start = ahead(c, 7, 40);
    return [
      [
        `${school} · ${c.org.city}`,
        '',
        `${c.p.firstName} ${c.p.lastName}`,
        `${c.p.street} ${c.p.houseNumber}`,
        `${c.p.postcode} ${c.p.city}`,
        '',
        `${dd(c.date)}`,
        '',
        `Шановн${he(c, 'ий', 'а')} ${c.p.firstName}!`,
        '',
        ...paras(
          82,
          `Запрошуємо Вас на ${rng.pick(['вступне тестування', 'безкоштовний пробний урок', 'день відкритих дверей'])} з нідерландської мови ${dd(addDays(start, -rng.int(2, 6)))} о ${clock(c, 9, 17)}. Новий курс рівня ${rng.pick(['A1', 'A2', 'B1'])} починається ${dd(start)}: ${rng.pick(['двічі', 'тричі'])} на тиждень, ранкова або вечірня група.`,
          one(
            rng,
            'Для дітей до 4 років на час занять працює дитяча кімната. Візьміть з собою документ, що посвідчує особу, та ручку.',
            'Уроки веде викладачка, яка розмовляє українською. Після курсу можна скласти іспит на рівень.',
          ),
          'Зареєструватися можна за телефоном, через WhatsApp або на нашому сайті. Кількість місць обмежена.',
        ),
        '',
        `Тел. / WhatsApp: 06-${rng.digits(8)}   ·   www.${school.toLowerCase().replace(/[^a-z0-9]/g, '')}.nl`,
        '',
        'Tot ziens! До зустрічі!',
      ],
    ];
  },
};

const ukDataRecipientsRequest: Template = {
  id: 'other.uk.avg-komu-peredaly-dani',
  type: 'other',
  lang: 'uk',
  style: 'printed',
  weight: 0.3,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    return [
      [
        c.p.name,
        `${c.p.street} ${c.p.houseNumber}, ${c.p.postcode} ${c.p.city}`,
        ...ids(c, UKV),
        '',
        `Gemeente ${c.org.city}`,
        rng.pick(['Functionaris gegevensbescherming', 'Privacy / AVG', 'Відповідальному за захист даних']),
        '',
        `${c.org.city}, ${dd(c.date)}`,
        '',
        `Тема: ${rng.pick(['Verzoek op grond van artikel 15 AVG', 'Запит згідно зі статтею 15 AVG (GDPR)', 'AVG-verzoek: ontvangers van mijn gegevens'])}`,
        '',
        ...paras(
          82,
          surzhyk(
            one(
              rng,
              'Прошу повідомити, кому саме муніципалітет передавав мої персональні дані за останні два роки: яким організаціям, з якою метою і які саме дані. Мені телефонувала незнайома фірма і знала мою адресу.',
              'Відповідно до статті 15 AVG прошу надати перелік отримувачів моїх персональних даних (UWV, Belastingdienst, приймаюча сім’я, волонтерські організації тощо) та підставу для кожної передачі.',
            ),
            rng,
            rng.next() * 0.5,
          ),
          'Прошу також повідомити, як довго зберігаються мої дані. Відповідь можна надіслати поштою або на e-mail. Копію посвідчення особи покажу при отриманні.',
          'Це не скарга і не заперечення, лише запит інформації.',
        ),
        '',
        'З повагою,',
        c.p.name,
      ],
    ];
  },
};

const plShopAdvert: Template = {
  id: 'other.pl.polski-sklep-gazetka',
  type: 'other',
  lang: 'pl',
  style: 'printed',
  weight: 0.3,
  supports: [],
  render(c) {
    const { rng } = c;
    const shop = rng.pick([
      'Polski Sklep „Biedronka u Kasi”',
      'Delikatesy Polskie Smaczek',
      'Polonia Market',
      'Sklep Polski Orzeł',
      'Mini Market Żabka-NL',
    ]);
    const until = ahead(c, 5, 14);
    const offers = rng.sample(
      [
        ['Kiełbasa śląska Krakus 1 kg', 7.99],
        ['Pierogi ruskie 1 kg', 4.49],
        ['Twaróg półtłusty 250 g', 1.79],
        ['Ogórki kiszone 900 ml', 2.49],
        ['Chleb żytni na zakwasie', 2.99],
        ['Tymbark jabłko-mięta 1 l', 1.69],
        ['Ptasie mleczko 380 g', 3.99],
        ['Piwo Tyskie 4-pak', 5.49],
        ['Kabanosy Tarczyński 105 g', 2.29],
        ['Barszcz czerwony Krakus 300 ml', 1.59],
      ] as const,
      rng.int(4, 7),
    );
    return [
      [
        `*** ${shop} ***`,
        `${rng.pick(['Stationsstraat', 'Marktplein', 'Industrieweg', 'Kerkstraat'])} ${rng.int(1, 120)}, ${c.org.city}`,
        `PROMOCJE TYGODNIA — ważne do ${dd(until)}`,
        '',
        ...offers.map(([n, p]) => row([n, `teraz € ${money(p)}`], [38, 14])),
        '',
        rng.pick([
          'Świeże pieczywo z Polski we wtorki i piątki!',
          'Nowość: paczki do Polski – nadasz u nas!',
          'Doładowania Orange / Play / Plus na miejscu.',
        ]),
        rng.pick([
          'Przy zakupach powyżej 30 € – kawa Jacobs gratis!',
          'Zbieraj punkty na karcie stałego klienta.',
          'Karty bankowe i gotówka.',
        ]),
        '',
        `Otwarte: pon–sob 9:00–20:00, niedz. 11:00–17:00   ·   tel. 06-${rng.digits(8)}`,
        'Gazetka bezpłatna. Ceny ważne do wyczerpania zapasów.',
      ],
    ];
  },
};

export const ukrainianPolishVoicesTemplates: Template[] = [
  ukFuneralNote,
  ukDutchFormAnswers,
  ukBusTicketNote,
  plFamilyMatterNote,
  plBusTicketNote,
  ukOutpatientExtract,
  ukPsychologistLetter,
  plDoctorCertificate,
  plEmergencyDischarge,
  ukApplicationsTable,
  ukAgencyRegistration,
  plEmployerInterviewMail,
  plVisitLogHandwritten,
  ukBankOverdue,
  plKomornikIncomeInquiry,
  plDebtCollectorSettlement,
  ukLeavingHostFamily,
  ukPartnerArrivingChat,
  plNewJobForm,
  plBabyBornLetter,
  ukDivorcedApplicationMail,
  ukWidowerHandwritten,
  plSeparationApplication,
  plPayslipWithNotes,
  plWeeklyAppStatement,
  ukIncomeCertificate,
  ukCommunityNewsletter,
  ukLanguageSchoolInvite,
  ukDataRecipientsRequest,
  plShopAdvert,
];
