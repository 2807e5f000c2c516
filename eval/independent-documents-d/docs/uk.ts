// Ukrainian post: new arrivals applying, writing objections and complaints, and papers from home.
import { OILCLOTH, type Spec, WOOD } from '../spec.ts';
import { BLUE_INK, C, Doc, GREY, handLines, notebook, strangerBsn } from './kit.ts';

const agnieszka = C('K-100227');
const piotr = C('K-100171');

export const UK: Spec[] = [
  {
    slug: 'uk-zayava-dopomoha',
    type: 'benefit_application',
    client: null,
    language: 'uk',
    render: 'scan',
    label: 'Oekraïense aanvraag om bijstand, twee pagina\u2019s, aanvrager niet in bestand',
    date: '2026-10-06',
    build: () => {
      const bsn = strangerBsn('d-uk-zayava');
      const d = new Doc('serif', 11);
      const p = d.page();
      p.p('До муніципалітету Voorbeeld\nвідділ «Робота і дохід» (Werk en Inkomen)\nTeam Poort', { align: 'right', x: 300, w: 231 });
      p.gap(6);
      p.p(
        `Від: Коваленко Ірини Василівни\nKovalenko Iryna\nдата народження: 17.04.1979\nBSN: ${bsn}\nадреса: Julianalaan 4, кімн. 2, 1232 ZA Voorbeeld\nтел.: 06 2291 7730`,
      );
      p.ln('ЗАЯВА', { f: 'serifB', size: 14, align: 'center', after: 4 });
      p.ln('про надання соціальної допомоги (bijstand)', { align: 'center', after: 10 });
      p.p(`Прошу надати мені соціальну допомогу за Participatiewet з 1 жовтня 2026 року.

Я приїхала до Нідерландів у березні 2022 року з Харкова і маю тимчасовий захист. До 30 вересня 2026 року я працювала на складі через агентство, але контракт закінчився і не був продовжений. Право на WW у мене немає, бо я працювала менше ніж 26 тижнів з останніх 36.

З 1 жовтня я переїхала з приміщення для біженців до кімнати, яку винаймаю самостійно. Оренда становить 520 євро на місяць. Зараз я не маю жодного доходу, а заощаджень вистачить лише на кілька тижнів.

Разом зі мною проживає мій син Максим, 16 років, він навчається в школі.`);
      const q = d.page();
      q.at(60);
      q.p(`Я шукаю нову роботу і зареєстрована в агентствах. Також відвідую курси нідерландської мови (рівень A2).

До заяви додаю:
1. копію посвідки (W-document / verblijfsdocument);
2. договір оренди кімнати;
3. виписки з банківського рахунку за три місяці;
4. лист агентства про закінчення контракту.

Прошу надіслати відповідь поштою або на e-mail iryna.kovalenko79@example.com. Буду вдячна за перекладача на зустрічі.`);
      q.gap(16);
      q.ln('06.10.2026');
      q.t(q.left + 260, q.y, 'І. Коваленко', { f: 'hand', size: 16, color: BLUE_INK });
      return d;
    },
  },
  {
    slug: 'uk-zayava-ruchkoyu-bez-bsn',
    type: 'benefit_application',
    client: null,
    language: 'uk',
    render: 'photo',
    table: OILCLOTH,
    label: 'handgeschreven Oekraïense aanvraag om hulp, alleen naam, nog geen BSN',
    date: '2026-11-02',
    build: () => {
      const d = new Doc();
      const p = d.page();
      notebook(p, { lh: 24, top: 80 });
      handLines(
        p,
        [
          'До Гемеенте Voorbeeld',
          '',
          'Мене звати Олександр Мельник, мені 58 років.',
          'Я живу в Нідерландах з вересня, зараз у знайомих',
          'на Stationsweg. BSN у мене ще немає, реєстрація',
          'в BRP записана на 19 листопада.',
          'Прошу допомогти мені з грошима на їжу і житло,',
          'бо я не можу працювати через хворе серце.',
          'Документи з України (пенсійне посвідчення,',
          'виписка з лікарні) додаю копією.',
          '',
          'Телефон: +31 6 1877 4052 (WhatsApp)',
          '',
          'Дякую.   О. Мельник    02.11.2026',
        ],
        { top: 102, lh: 24, size: 14, f: 'hand2' },
      );
      return d;
    },
  },
  {
    slug: 'uk-dohovir-pidnayomu-kimnaty',
    type: 'rental_agreement',
    client: agnieszka.clientNumber,
    language: 'uk',
    render: 'digital',
    author: 'Oksana',
    label: 'Oekraïens onderhuurcontract: klant verhuurt een kamer aan een Oekraïense',
    date: '2026-10-01',
    build: () => {
      const d = new Doc('serif', 10.5);
      const p = d.page();
      p.ln('ДОГОВІР ПІДНАЙМУ КІМНАТИ', { f: 'serifB', size: 14, align: 'center', after: 2 });
      p.ln('(huurovereenkomst kamer / umowa podnajmu pokoju)', { align: 'center', size: 9, color: GREY, after: 10 });
      p.ln('м. Voorbeeld, 1 жовтня 2026 року', { after: 8 });
      p.p(`Наймодавець: Agnieszka Wiśniewska (Агнешка Вишневська), дата народження 09.06.1995, адреса: ${agnieszka.street}, ${agnieszka.city}, основний наймач квартири,

та

Наймач: Оксана Бондар (Oksana Bondar), громадянка України,

уклали цей договір про таке:`);
      const art = (t: string, s: string, q = p) => {
        q.ln(t, { f: 'serifB', after: 1 });
        q.p(s);
      };
      art(
        '1. Предмет договору',
        'Наймодавець передає Наймачеві в користування одну кімнату площею близько 11 м² у своїй квартирі з правом спільного користування кухнею та ванною кімнатою.',
      );
      art('2. Строк', 'Договір укладено на строк з 1 жовтня 2026 року до 31 березня 2027 року з можливістю продовження за згодою сторін.');
      art(
        '3. Плата',
        'Плата за кімнату становить 375 (триста сімдесят п’ять) євро на місяць, включно з комунальними послугами та інтернетом. Оплата здійснюється до 5 числа кожного місяця на банківський рахунок Наймодавця.',
      );
      const q = d.page();
      q.at(60);
      art('4. Застава', 'Наймач сплачує заставу в розмірі 375 євро, яка повертається після закінчення договору.', q);
      art(
        '5. Правила',
        'Наймач зобов’язується дотримуватися тиші після 22:00, не палити в квартирі та підтримувати чистоту в місцях загального користування.',
        q,
      );
      art('6. Реєстрація', 'Наймач не реєструється за цією адресою без окремої письмової згоди Наймодавця та власника житла.', q);
      q.gap(20);
      q.t(q.left, q.y, 'Наймодавець: A. Wiśniewska');
      q.t(q.left + 260, q.y, 'Наймач: О. Бондар');
      return d;
    },
  },
  {
    slug: 'uk-dovidka-likarnya-stranger',
    type: 'medical_statement',
    client: null,
    language: 'uk',
    render: 'scan',
    crumple: 1,
    label: 'Oekraïense medische verklaring (довідка) van iemand die geen klant is',
    date: '2026-08-19',
    build: () => {
      const d = new Doc('serif', 11);
      const p = d.page();
      p.p('МІНІСТЕРСТВО ОХОРОНИ ЗДОРОВ’Я УКРАЇНИ\nКНП «Міська клінічна лікарня № 4»\nм. Дніпро, вул. Травнева, 31', {
        align: 'center',
        f: 'serifB',
        size: 10,
      });
      p.gap(8);
      p.ln('ДОВІДКА № 1187', { f: 'serifB', size: 14, align: 'center', after: 10 });
      p.p(`Видана Шевчук Тетяні Миколаївні, 1968 року народження, у тому, що вона перебувала на стаціонарному лікуванні в неврологічному відділенні з 02.08.2026 по 16.08.2026 з діагнозом: гостре порушення мозкового кровообігу за ішемічним типом.

Рекомендовано: подальше спостереження невролога за місцем проживання, обмеження фізичних навантажень, не працювати протягом щонайменше 3 місяців, повторний огляд через 3 місяці.

Довідка видана для пред’явлення за місцем вимоги.`);
      p.gap(14);
      p.ln('Завідувач відділення _____________ Гончаренко В. П.');
      p.ln('19.08.2026');
      p.stamp(420, 520, ['КНП МКЛ № 4', 'ДЛЯ ДОВІДОК'], { rot: -8, color: [0.2, 0.3, 0.7], size: 10 });
      return d;
    },
  },
  {
    slug: 'uk-zaperechennya-vidmova',
    type: 'objection',
    client: null,
    language: 'uk',
    render: 'digital',
    author: 'Andrii',
    label: 'Oekraïens bezwaar tegen afwijzing van de aanvraag, aanvrager niet in bestand',
    date: '2026-11-16',
    build: () => {
      const bsn = strangerBsn('d-uk-bezwaar');
      const d = new Doc('sans', 10.5);
      const p = d.page();
      p.p(`Андрій Савченко (Andrii Savchenko)\nBSN ${bsn}\nSpoorlaan 17, 1233 PA Voorbeeld`);
      p.gap(6);
      p.p('Gemeente Voorbeeld\nTeam Bezwaar en Beroep\nPostbus 1234, 1230 AA Voorbeeld');
      p.gap(6);
      p.ln('16 листопада 2026 р.', { after: 8 });
      p.ln('Заперечення (bezwaarschrift) проти рішення від 5 листопада 2026 р.', { f: 'sansB', after: 8 });
      p.p(`Шановні пані та панове,

Я не згоден з вашим рішенням від 5 листопада 2026 року (номер справи AV-2026-2291), яким мені відмовлено у соціальній допомозі. У рішенні написано, що я маю автомобіль вартістю понад допустимий ліміт.

Це неправда. Автомобіль Skoda Octavia 2011 року належить моєму роботодавцю в Україні і стоїть тут тимчасово. Я додаю лист власника та техпаспорт. Навіть якби він був мій, його вартість на ринку менше 3000 євро.

Прошу скасувати рішення та повторно розглянути мою заяву. Прошу також запросити мене на слухання (hoorzitting) з перекладачем української мови.

З повагою,
Андрій Савченко`);
      return d;
    },
  },
  {
    slug: 'uk-partnerka-pereyikhala-do-kliyenta',
    type: 'change_form',
    client: piotr.clientNumber,
    language: 'uk',
    render: 'digital',
    author: 'Olena',
    label: 'Oekraïense brief van de nieuwe partner: zij woont nu bij de klant',
    date: '2026-10-23',
    build: () => {
      const d = new Doc('sans', 10.5);
      const p = d.page();
      p.ln('Gemeente Voorbeeld, Werk en Inkomen', { after: 2 });
      p.ln('23.10.2026', { after: 10 });
      p.ln(`Щодо: Piotr Nowak, номер клієнта ${piotr.clientNumber}`, { f: 'sansB', after: 10 });
      p.p(`Добрий день!

Мене звати Олена Ткаченко. Я пишу цей лист разом з Петром (Piotr Nowak), бо він погано читає нідерландською, а я пишу краще українською.

З 15 жовтня 2026 року я живу разом з Петром у його квартирі на Marktplein 130. Ми пара. Я працюю на повний день у теплиці (Kwekerij Van Velzen), отримую приблизно 2100 євро нетто на місяць. Мої розрахункові листи та контракт ми принесемо.

Ми розуміємо, що через це допомога Петра може змінитися або припинитися. Будь ласка, повідомте нам, що потрібно зробити.

З повагою,
Олена Ткаченко та Piotr Nowak`);
      return d;
    },
  },
  {
    slug: 'uk-skarha-email-bez-vidpovidi',
    type: 'complaint',
    client: null,
    language: 'uk',
    render: 'digital',
    author: 'Natalia',
    label: 'Oekraïense klacht per e-mail: geen antwoord op aanvraag, afzender niet in bestand',
    date: '2026-11-24',
    build: () => {
      const d = new Doc('sans', 10);
      const p = d.page();
      p.left = 50;
      p.right = 545;
      p.t(p.left, 40, 'Gmail', { f: 'sansB', size: 13, color: [0.3, 0.3, 0.3] });
      p.line(p.left, 48, p.right, 48, 0.5, GREY);
      p.at(60);
      p.ln('Скарга: 9 тижнів без відповіді на заяву', { f: 'sansB', size: 13, after: 6 });
      p.kv(
        [
          ['Від:', 'Наталія Гнатюк <n.hnatiuk@example.com>'],
          ['Кому:', 'klachten@gemeente-voorbeeld.example'],
          ['Дата:', '24 лист. 2026 р., 19:02'],
        ],
        { labelW: 50, size: 9, after: 8 },
      );
      p.p(`Доброго вечора,

Я подала заяву на соціальну допомогу 22 вересня 2026 року особисто на стійці в мерії. Мені сказали, що рішення буде протягом 8 тижнів. Минуло вже понад 9 тижнів, а я не отримала жодної відповіді — ні листа, ні дзвінка.

Я двічі телефонувала, але мені відповіли, що не можуть знайти мою заяву. Я не отримала підтвердження, що подала документи. Тепер у мене борг за квартиру за два місяці.

Прошу розглянути це як офіційну скаргу і терміново повідомити, що з моєю заявою.

Наталія Гнатюк
тел. 06 3352 8190`);
      return d;
    },
  },
  {
    slug: 'uk-rozrakhunkovyi-lyst-stranger',
    type: 'payslip',
    client: null,
    language: 'uk',
    render: 'scan',
    label: 'Oekraïense loonstrook (розрахунковий лист) van iemand die geen klant is',
    date: '2026-10-31',
    build: () => {
      const d = new Doc('sans', 9.5);
      const p = d.page();
      p.ln('ТОВ «ВЕСТЛАЙН ЛОГІСТИК»', { f: 'sansB', size: 13, after: 2 });
      p.ln('м. Львів, вул. Городоцька, 174 · ЄДРПОУ 41288305', { size: 8, color: GREY, after: 8 });
      p.ln('РОЗРАХУНКОВИЙ ЛИСТ за жовтень 2026 р.', { f: 'sansB', size: 12, after: 6 });
      p.kv(
        [
          ['Працівник', 'Романюк Віктор Іванович'],
          ['РНОКПП', '3124507718'],
          ['Посада', 'диспетчер (дистанційно)'],
          ['Відпрацьовано днів', '22'],
        ],
        { labelW: 130 },
      );
      p.table(
        [
          { h: 'Вид нарахування / утримання', w: 260 },
          { h: 'Сума, грн', w: 100, r: true },
        ],
        [
          ['Оклад', '24 000,00'],
          ['Премія', '3 000,00'],
          ['Разом нараховано', '27 000,00'],
          ['ПДФО 18%', '4 860,00'],
          ['Військовий збір 5%', '1 350,00'],
          ['Разом утримано', '6 210,00'],
          ['До виплати', '20 790,00'],
        ],
        { size: 9, grid: true },
      );
      p.p('Виплата здійснена на картковий рахунок працівника 31.10.2026.', { size: 9 });
      p.t(p.left, p.y + 20, 'Бухгалтер ____________ Л. Мороз', { size: 9 });
      return d;
    },
  },
  {
    slug: 'uk-pasport-foto-stranger',
    type: 'identity_document',
    client: null,
    language: 'uk',
    render: 'photo',
    table: WOOD,
    label: 'foto van een Oekraïens paspoort met verblijfsaantekening, iemand die geen klant is',
    date: '2026-10-02',
    build: () => {
      const d = new Doc('sans', 9);
      const p = d.page();
      p.rect(90, 110, 415, 290, { fill: [0.86, 0.88, 0.93], stroke: GREY, lw: 0.8 });
      p.t(106, 134, 'УКРАЇНА / UKRAINE', { f: 'sansB', size: 11 });
      p.t(106, 148, 'ПАСПОРТ / PASSPORT', { size: 8 });
      p.rect(106, 160, 100, 128, { fill: [0.65, 0.65, 0.68] });
      const rows: [string, string][] = [
        ['Прізвище / Surname', 'ЛИСЕНКО / LYSENKO'],
        ['Ім’я / Given names', 'ДАРИНА / DARYNA'],
        ['Громадянство / Nationality', 'УКРАЇНА / UKRAINE'],
        ['Дата народження / Date of birth', '03 ЛИП/JUL 91'],
        ['Запис № / Record No.', '19910703-01846'],
        ['Дата закінчення / Date of expiry', '11 ТРА/MAY 31'],
      ];
      rows.forEach(([k, v], i) => {
        p.t(222, 170 + i * 22, k, { size: 6.5 });
        p.t(222, 180 + i * 22, v, { f: 'sansB', size: 9.5 });
      });
      p.t(106, 360, 'P<UKRLYSENKO<<DARYNA<<<<<<<<<<<<<<<<<<<<<<<', { f: 'mono', size: 9.5 });
      p.t(106, 376, 'FX718402<4UKR9107036F3105117<<<<<<<<<<<<<<02', { f: 'mono', size: 9.5 });
      p.t(100, 450, 'копія для гемеенте, адреса: Kerkstraat 12 (у подруги)', { f: 'hand', size: 13, color: BLUE_INK });
      return d;
    },
  },
];
