// Set I, Polish documents.
import type { Spec } from '../spec.ts';
import { BLACK_INK, BLUE_INK, C, Doc, GREY, handLines, notebook, orgLetter } from './kit.ts';

const tomasz = C('K-100283');
const jakub = C('K-100507');
const magdalena = C('K-100451');

export const PL: Spec[] = [
  {
    slug: 'umowa-o-prace-tymczasowa',
    type: 'employment_contract',
    client: tomasz.clientNumber,
    language: 'pl',
    render: 'digital',
    author: 'ProStaff Polska-Holandia',
    label: 'Polish temporary employment contract from an employment agency (2 pages), with BSN and birth date, Tomasz Lewandowski',
    date: '2026-11-30',
    build: () => {
      const d = new Doc();
      const p = d.page();
      p.t(p.left, 54, 'ProStaff Uitzendbureau B.V.', { f: 'sansB', size: 14, color: [0.8, 0.1, 0.2] });
      p.t(p.left, 68, 'Biuro pośrednictwa pracy · Handelsweg 8, 1236 BB Voorbeeld', { size: 8, color: GREY });
      p.at(96);
      p.ln('UMOWA O PRACĘ TYMCZASOWĄ (uitzendovereenkomst fase A)', { f: 'sansB', size: 12, after: 8 });
      p.kv(
        [
          ['Pracownik', 'Tomasz Lewandowski'],
          ['Data urodzenia', '19.06.1990'],
          ['BSN', tomasz.bsn],
          ['Adres w NL', `${tomasz.street}, ${tomasz.city}`],
          ['Pracodawca użytkownik', 'Kwekerij Van Dam B.V., Voorbeeld'],
        ],
        { size: 10, labelW: 150, after: 10 },
      );
      p.p(
        `§1. Pracownik zostaje zatrudniony na stanowisku pracownika produkcji w szklarni od dnia 7 grudnia 2026 r. Umowa wygasa z chwilą zakończenia zlecenia u pracodawcy użytkownika (klauzula uitzendbeding).

§2. Wymiar czasu pracy: średnio 38 godzin tygodniowo, według grafiku pracodawcy użytkownika.

§3. Wynagrodzenie: 15,28 EUR brutto za godzinę zgodnie z układem zbiorowym ABU. Dodatek urlopowy 8%, wynagrodzenie za urlop i święta zgodnie z układem.

§4. Zakwaterowanie: pracownik nie korzysta z zakwaterowania zapewnionego przez agencję.`,
        { size: 10 },
      );
      const q = d.page();
      q.at(70);
      q.p(
        `§5. Pracownik zobowiązuje się do niezwłocznego informowania agencji o chorobie przed rozpoczęciem zmiany.

§6. W sprawach nieuregulowanych niniejszą umową zastosowanie mają przepisy prawa holenderskiego oraz układ zbiorowy ABU. W razie rozbieżności rozstrzyga wersja niderlandzka.

Sporządzono w Voorbeeld, dnia 30 listopada 2026 r.`,
        { size: 10 },
      );
      q.gap(10);
      q.t(q.left, q.y, 'Agencja', { size: 9 });
      q.t(q.left + 250, q.y, 'Pracownik', { size: 9 });
      q.t(q.left + 5, q.y + 30, 'K.Jansma', { f: 'hand', size: 18, color: BLACK_INK });
      q.t(q.left + 255, q.y + 30, 'T. Lewandowski', { f: 'hand', size: 18, color: BLUE_INK });
      return d;
    },
  },
  {
    slug: 'lista-aplikacji-odrecznie',
    type: 'job_application_proof',
    client: jakub.clientNumber,
    language: 'pl',
    render: 'scan',
    crumple: 2,
    label: 'Handwritten Polish list of job applications, with client number, Jakub Mazur',
    date: '2026-12-01',
    build: () => {
      const d = new Doc();
      const p = d.page();
      notebook(p, { top: 90, lh: 25 });
      handLines(
        p,
        [
          'Jakub Mazur  nr klienta K-100507',
          '',
          'Moje aplikacje w listopadzie:',
          '4.11  Bouwbedrijf Hakker - pomocnik budowlany (mail)',
          '9.11  Otto Work Force - zapisałem się w biurze',
          '13.11 Kwekerij Zonneveld - pracownik szklarni',
          '      (rozmowa 20.11, nie dostałem)',
          '21.11 PostNL - sortowanie paczek (online)',
          '27.11 Hotel De Linde - pomoc w kuchni (osobiście)',
          '',
          'Mam też kurs holenderskiego we wtorki.',
          'J. Mazur',
        ],
        { top: 114, lh: 25, size: 14, ink: BLACK_INK },
      );
      return d;
    },
  },
  {
    slug: 'wezwanie-do-zaplaty-windykacja',
    type: 'debt_notice',
    client: magdalena.clientNumber,
    language: 'pl',
    render: 'scan',
    label: 'Polish debt collection demand from a Polish collection agency, with name and birth date, Magdalena Kamińska',
    date: '2026-11-10',
    build: () => {
      const d = new Doc();
      const p = d.page();
      orgLetter(p, {
        org: 'Kredyt-Windykacja Sp. z o.o.',
        orgLines: ['ul. Marszałkowska 140', '00-061 Warszawa', 'tel. +48 22 100 20 30'],
        color: [0.1, 0.2, 0.4],
        band: true,
        to: ['Pani Magdalena Kamińska', 'Kerkstraat 93', '1233 EE Voorbeeld', 'HOLANDIA'],
        refs: [
          ['Data', '10.11.2026'],
          ['Sprawa nr', 'KW/2026/88120'],
          ['Dłużnik', 'Magdalena Kamińska, ur. 08.07.1960'],
          ['Wierzyciel', 'Bank Pożyczkowy Lux S.A.'],
        ],
        subject: 'OSTATECZNE PRZEDSĄDOWE WEZWANIE DO ZAPŁATY',
        body: `Szanowna Pani,

działając w imieniu wierzyciela, wzywamy Panią do zapłaty kwoty 7.842,19 PLN (słownie: siedem tysięcy osiemset czterdzieści dwa złote 19/100) tytułem niespłaconej pożyczki gotówkowej nr 2019/44120 wraz z odsetkami, w terminie 7 dni od daty otrzymania niniejszego pisma.

W przypadku braku wpłaty sprawa zostanie skierowana na drogę postępowania sądowego, a następnie egzekucyjnego, co narazi Panią na dodatkowe koszty. Istnieje możliwość zawarcia ugody i rozłożenia zadłużenia na raty – prosimy o kontakt.`,
        closing: ['Z poważaniem,', 'Dział Windykacji'],
      });
      return d;
    },
  },
];
