// Polish post: agency workers' payslips and contracts, a doctor's note, letters and notes by clients.
import { OILCLOTH, type Spec } from '../spec.ts';
import { BLUE_INK, C, clientLetter, Doc, euro, GREY, handLines, notebook } from './kit.ts';

const anna = C('K-100122');
const piotr = C('K-100171');
const tomasz = C('K-100283');
const jakub = C('K-100507');
const katarzyna = C('K-100339');
const magdalena = C('K-100451');
const marek = C('K-100395');

export const PL: Spec[] = [
  {
    slug: 'pl-zaswiadczenie-lekarskie',
    type: 'medical_statement',
    client: anna.clientNumber,
    language: 'pl',
    render: 'scan',
    crumple: 1,
    label: 'Pools doktersbriefje (zaświadczenie lekarskie)',
    date: '2026-10-12',
    build: () => {
      const d = new Doc('serif', 11);
      const p = d.page();
      p.p('Gabinet Lekarza Rodzinnego\nlek. med. Ewa Nowicka-Bąk\nul. Długa 14, 58-500 Jelenia Góra', { f: 'serifB', size: 10 });
      p.gap(10);
      p.ln('ZAŚWIADCZENIE LEKARSKIE', { f: 'serifB', size: 14, align: 'center', after: 12 });
      p.p(`Zaświadcza się, że Pani Anna Kowalska, ur. 03.09.1989, była badana w dniu 12.10.2026 r.

Rozpoznanie: stan po zabiegu operacyjnym (cholecystektomia laparoskopowa) z dnia 05.10.2026 r.

Pacjentka jest niezdolna do pracy i do udziału w zajęciach aktywizacyjnych w okresie od 05.10.2026 r. do 02.11.2026 r. Zalecono unikanie dźwigania powyżej 5 kg przez 6 tygodni.

Zaświadczenie wydano na prośbę pacjentki w celu przedłożenia w urzędzie gminy w Holandii.`);
      p.gap(20);
      p.ln('Jelenia Góra, 12.10.2026', { after: 10 });
      p.t(p.right, p.y + 10, 'E. Nowicka-Bąk', { f: 'hand', size: 16, color: BLUE_INK, align: 'right' });
      p.stamp(420, p.y + 60, ['lek. med. Ewa Nowicka-Bąk', 'specjalista medycyny rodzinnej', 'PWZ 2871104'], {
        rot: 4,
        color: [0.2, 0.3, 0.65],
        size: 8,
      });
      return d;
    },
  },
  {
    slug: 'pl-kartka-nowa-praca',
    type: 'change_form',
    client: piotr.clientNumber,
    language: 'pl',
    render: 'photo',
    table: OILCLOTH,
    label: 'handgeschreven Pools briefje: nieuwe baan via uitzendbureau',
    date: '2026-11-04',
    build: () => {
      const d = new Doc();
      const p = d.page();
      notebook(p, { lh: 24, top: 80, holes: true });
      handLines(
        p,
        [
          'Do gminy Voorbeeld',
          `Piotr Nowak, nr klienta ${piotr.clientNumber}`,
          '',
          'Informuję, że od 2 listopada pracuję przez',
          'biuro pracy "Polonia Flex" w chłodni w Venlo,',
          '40 godzin tygodniowo, umowa na 3 miesiące.',
          'Pierwsza wypłata będzie w przyszłym tygodniu.',
          'Proszę o zatrzymanie zasiłku (bijstand).',
          'Pasek z wypłaty dostarczę.',
          '',
          'Z poważaniem',
          '        P. Nowak   4.11.26',
        ],
        { top: 102, lh: 24, size: 14.5 },
      );
      return d;
    },
  },
  {
    slug: 'pl-sprzeciw-decyzja',
    type: 'objection',
    client: tomasz.clientNumber,
    language: 'pl',
    render: 'digital',
    author: 'Tomasz Lewandowski',
    label: 'Pools bezwaar (sprzeciw) tegen weigering bijzondere bijstand',
    date: '2026-10-30',
    build: () => {
      const d = new Doc('sans', 10.5);
      const p = d.page();
      clientLetter(p, {
        from: [tomasz.name, tomasz.street, tomasz.city, `BSN: ${tomasz.bsn}`],
        to: ['Gemeente Voorbeeld', 'Team Bezwaar en Beroep', 'Postbus 1234', '1230 AA Voorbeeld'],
        place: 'Voorbeeld, 30 października 2026',
        subject: 'Sprzeciw (bezwaarschrift) od decyzji z dnia 21.10.2026',
      });
      p.p(`Szanowni Państwo,

niniejszym wnoszę sprzeciw od decyzji z dnia 21 października 2026 r. (znak BB-2026-7781), w której odmówiono mi specjalnej pomocy (bijzondere bijstand) na zakup okularów korekcyjnych i leczenie stomatologiczne.

W uzasadnieniu napisano, że koszty te powinno pokryć ubezpieczenie zdrowotne. Moje ubezpieczenie podstawowe nie obejmuje ani okularów, ani leczenia zębów u dorosłych, a na ubezpieczenie dodatkowe mnie nie stać. Bez okularów nie mogę pracować jako kierowca wózka widłowego, a to jest praca, którą mi zaproponowano.

Załączam kosztorys optyka (€ 285) i dentysty (€ 640).

Proszę o ponowne rozpatrzenie sprawy. Jeśli to możliwe, proszę o rozmowę z tłumaczem języka polskiego.

Z poważaniem
Tomasz Lewandowski`);
      return d;
    },
  },
  {
    slug: 'pl-pasek-wyplaty-agencja',
    type: 'payslip',
    client: jakub.clientNumber,
    language: 'pl',
    render: 'digital',
    author: 'Polonia Flex',
    label: 'Poolse loonstrook van een uitzendbureau (pasek wypłaty)',
    date: '2026-11-06',
    build: () => {
      const d = new Doc('cond', 9);
      const p = d.page();
      p.t(p.left, 52, 'POLONIA FLEX', { f: 'condB', size: 18, color: [0.75, 0.1, 0.15] });
      p.t(p.right, 52, 'Pasek wypłaty / Loonstrook · tydzień 44', { f: 'condB', size: 10, align: 'right' });
      p.t(p.right, 64, 'Polonia Flex B.V. · Industrieweg 8 · 5928 Venlo', { size: 7.5, align: 'right', color: GREY });
      p.at(86);
      p.kv(
        [
          ['Pracownik', 'J. Mazur'],
          ['Nr pracownika', '88130'],
          ['BSN', jakub.bsn],
          ['Klient (inlener)', 'Koelhuis Venlo B.V.'],
          ['Okres', '26-10-2026 – 01-11-2026'],
        ],
        { labelW: 110, size: 9 },
      );
      p.table(
        [
          { h: 'Składnik / Omschrijving', w: 220 },
          { h: 'Godz.', w: 50, r: true },
          { h: 'Stawka', w: 60, r: true },
          { h: 'Kwota €', w: 80, r: true },
        ],
        [
          ['Godziny normalne / uren normaal', '38,00', '14,80', euro(38 * 14.8)],
          ['Nadgodziny 125%', '4,00', '18,50', euro(74)],
          ['Dodatek za chłodnię', '42,00', '0,95', euro(39.9)],
          ['Brutto', '', '', euro(38 * 14.8 + 74 + 39.9)],
          ['Podatek (loonheffing)', '', '', '-' + euro(61.2)],
          ['Zakwaterowanie (huisvesting)', '', '', '-' + euro(115)],
          ['Ubezpieczenie zdrowotne', '', '', '-' + euro(34.5)],
          ['Netto do wypłaty', '', '', euro(38 * 14.8 + 74 + 39.9 - 61.2 - 115 - 34.5)],
        ],
        { size: 8.5, zebra: [0.95, 0.95, 0.95] },
      );
      p.p('Wypłata na konto w piątek 06-11-2026. Pytania: payroll@poloniaflex.example (PL/NL/EN).', { size: 8, color: GREY });
      return d;
    },
  },
  {
    slug: 'pl-umowa-o-prace',
    type: 'employment_contract',
    client: katarzyna.clientNumber,
    language: 'pl',
    render: 'scan',
    label: 'Poolstalige arbeidsovereenkomst van een uitzendbureau, twee pagina\u2019s',
    date: '2026-10-16',
    build: () => {
      const d = new Doc('serif', 10.5);
      const p = d.page();
      p.ln('UMOWA O PRACĘ TYMCZASOWĄ', { f: 'serifB', size: 14, align: 'center', after: 2 });
      p.ln('(uitzendovereenkomst fase A – tłumaczenie polskie)', { size: 9, align: 'center', color: GREY, after: 12 });
      p.p(`zawarta w dniu 16 października 2026 r. pomiędzy:

WorkBridge Staffing B.V., Havenweg 3, 1231 AA Voorbeeld, zwaną dalej „Agencją”,

a

Panią Katarzyną Zielińską, ur. 13.07.1990, zam. ${katarzyna.street}, ${katarzyna.city}, zwaną dalej „Pracownikiem”.`);
      const art = (t: string, s: string, q = p) => {
        q.ln(t, { f: 'serifB', after: 1 });
        q.p(s);
      };
      art(
        '§ 1',
        'Pracownik zostaje skierowany do pracy u klienta Agencji: Sorteerbedrijf Noord B.V., na stanowisku pracownika sortowni paczek.',
      );
      art(
        '§ 2',
        'Umowa obowiązuje od 19 października 2026 r. i kończy się z chwilą zakończenia zlecenia przez klienta (klauzula agencyjna).',
      );
      art('§ 3', 'Wymiar czasu pracy: średnio 24 godziny tygodniowo, w systemie zmianowym.');
      const q = d.page();
      q.at(60);
      art(
        '§ 4',
        'Wynagrodzenie: € 14,71 brutto za godzinę, wypłacane co tydzień. Dodatek urlopowy 8% oraz dni wolne zgodnie z układem zbiorowym ABU.',
        q,
      );
      art(
        '§ 5',
        'W sprawach nieuregulowanych niniejszą umową zastosowanie ma prawo holenderskie i układ zbiorowy dla pracowników tymczasowych (cao voor uitzendkrachten).',
        q,
      );
      q.gap(30);
      q.t(q.left, q.y, 'Agencja: ____________', {});
      q.t(q.left + 260, q.y, 'Pracownik:', {});
      q.t(q.left + 320, q.y - 2, 'K. Zielińska', { f: 'hand', size: 16, color: BLUE_INK });
      return d;
    },
  },
  {
    slug: 'pl-windykacja-fax-stranger',
    type: 'debt_notice',
    client: null,
    language: 'pl',
    render: 'fax',
    faxHeader: '18-11-2026 08:51  KANCELARIA WINDYKACYJNA RES  +48 71 000 2290',
    label: 'Pools incassobureau schrijft over een dłużnik die geen klant is, gefaxt',
    date: '2026-11-18',
    build: () => {
      const d = new Doc('sans', 10.5);
      const p = d.page();
      p.ln('KANCELARIA WINDYKACYJNA RES Sp. z o.o.', { f: 'sansB', size: 13, after: 2 });
      p.ln('ul. Legnicka 55, 54-203 Wrocław · NIP 8992876610', { size: 8.5, after: 14 });
      p.ln('Do: Gemeente Voorbeeld, dział pomocy w zadłużeniu (schuldhulpverlening)', { after: 4 });
      p.ln('Dotyczy: dłużnik Pan Grzegorz Sikora, ostatni znany adres w Voorbeeld', { after: 4 });
      p.ln('Sygnatura: RES/2026/114492', { after: 12 });
      p.p(`Szanowni Państwo,

działając w imieniu wierzyciela – Pożyczka Plus S.A. – informujemy, że Pan Grzegorz Sikora posiada zadłużenie w wysokości 6 412,80 PLN z tytułu umowy pożyczki gotówkowej z 2024 r.

Uprzejmie prosimy o informację, czy dłużnik korzysta z Państwa pomocy w spłacie zadłużeń, lub o przekazanie mu załączonego wezwania do zapłaty. W razie braku kontaktu sprawa zostanie skierowana na drogę sądową.

Z poważaniem
Dział Windykacji Zagranicznej`);
      return d;
    },
  },
  {
    slug: 'pl-rodo-sprostowanie-email',
    type: 'other',
    client: magdalena.clientNumber,
    language: 'pl',
    render: 'digital',
    author: 'Magdalena Kamińska',
    label: 'Pools AVG/RODO-verzoek per e-mail om correctie van gegevens',
    date: '2026-11-11',
    build: () => {
      const d = new Doc('sans', 10);
      const p = d.page();
      p.left = 50;
      p.right = 545;
      p.t(p.left, 40, 'Poczta', { f: 'sansB', size: 13, color: [0.2, 0.4, 0.7] });
      p.line(p.left, 48, p.right, 48, 0.5, GREY);
      p.at(60);
      p.ln('Wniosek o sprostowanie danych (RODO art. 16)', { f: 'sansB', size: 13, after: 6 });
      p.kv(
        [
          ['Od:', 'Magdalena Kamińska <magdalena.kaminska@example.net>'],
          ['Do:', 'privacy@gemeente-voorbeeld.example'],
          ['Data:', 'śr., 11 lis 2026, 17:36'],
        ],
        { labelW: 40, size: 9, after: 8 },
      );
      p.p(`Dzień dobry,

zwracam się z prośbą o sprostowanie moich danych osobowych w Państwa systemie (numer klienta ${magdalena.clientNumber}).

1. W dokumentach jestem zapisana jako „Magdalena Kaminska” bez polskiej litery – proszę o poprawienie na Kamińska, tak jak w paszporcie.
2. W piśmie z 3 listopada podano, że mieszka ze mną syn. Syn wyprowadził się w sierpniu 2026 i jest zameldowany w Rotterdamie. Proszę o usunięcie tej informacji oraz o informację, skąd pochodziła.

Proszę o potwierdzenie dokonania zmian na piśmie.

Z wyrazami szacunku
Magdalena Kamińska`);
      return d;
    },
  },
  {
    slug: 'pl-lista-aplikacji-cudzy-numer',
    type: 'job_application_proof',
    client: null,
    conflict: [marek.clientNumber, jakub.clientNumber],
    language: 'pl',
    render: 'scan',
    crumple: 1,
    label: 'Poolse sollicitatielijst met naam + geboortedatum van de een en klantnummer van een ander',
    date: '2026-11-02',
    build: () => {
      const d = new Doc('sans', 10);
      const p = d.page();
      p.ln('Lista aplikacji o pracę – październik 2026', { f: 'sansB', size: 13, after: 8 });
      p.kv(
        [
          ['Imię i nazwisko', 'Marek Wójcik'],
          ['Data urodzenia', '14.03.1982'],
          ['Nr klienta', jakub.clientNumber],
        ],
        { labelW: 120 },
      );
      p.table(
        [
          { h: 'Data', w: 60 },
          { h: 'Firma', w: 180 },
          { h: 'Stanowisko', w: 130 },
          { h: 'Wynik', w: 90 },
        ],
        [
          ['03.10', 'Bouwgroep Arends', 'pomocnik budowlany', 'odmowa'],
          ['08.10', 'Transportbedrijf Kok', 'kierowca C+E', 'rozmowa 12.10'],
          ['12.10', 'Transportbedrijf Kok', 'kierowca C+E', 'odmowa'],
          ['19.10', 'Otto Workforce', 'magazynier', 'czekam'],
          ['26.10', 'Gemeente, afvalinzameling', 'ładowacz', 'brak odp.'],
        ],
        { size: 9, grid: true },
      );
      p.p('(numer klienta przepisany z listu kolegi – nie byłem pewny swojego)', { size: 9, f: 'sansI' });
      return d;
    },
  },
];
