// Polish post: a Polish-run temp agency, a Polish bank, a Polish bailiff (set J).
import type { Spec } from '../../independent-documents-d/spec.ts';
import { BLACK_INK, BLUE_INK, C, Doc, dmy, euro, footer, groupIban, iban, letterhead, scribble, staple, strangerBsn } from './jkit.ts';

const TOMASZ = C('K-100283');
const KATARZYNA = C('K-100339');
const MAREK = C('K-100395');
const JAKUB = C('K-100507');
const dot = (iso: string) => dmy(iso, '.');

export const PL: Spec[] = [
  {
    slug: 'pasek-wynagrodzen-agencja',
    type: 'payslip',
    client: 'K-100283',
    language: 'pl',
    render: 'scan',
    crumple: 1,
    label: 'Polish-language weekly payslip of a Polish-run temp agency (BSN)',
    date: '2026-11-28',
    build: () => {
      const d = new Doc('sans', 9);
      const p = d.page();
      letterhead(
        p,
        'PolWork Uitzendbureau B.V.',
        ['Praca w Holandii od 2009', 'Industrieweg 80, 1231 KM Voorbeeld', 'biuro@polwork.example'],
        { color: [0.8, 0.1, 0.15] },
      );
      p.ln('PASEK WYNAGRODZEŃ / LOONSTROOK', { f: 'sansB', size: 12, after: 6 });
      p.kv(
        [
          ['Pracownik', TOMASZ.name],
          ['BSN', TOMASZ.bsn],
          ['Nr pracownika', 'PW-50218'],
          ['Okres', 'tydzień 47 (16.11.2026 - 22.11.2026)'],
          ['Klient / zakład', 'Kas De Groene Tuin, Voorbeeld'],
        ],
        { labelW: 110 },
      );
      p.table(
        [
          { h: 'Składnik', w: 220 },
          { h: 'Godziny', w: 60, r: true },
          { h: 'Stawka', w: 60, r: true },
          { h: 'Kwota €', w: 80, r: true },
        ],
        [
          ['Godziny normalne', '38,00', '14,40', euro(547.2)],
          ['Nadgodziny 125%', '4,50', '18,00', euro(81.0)],
          ['Dodatek urlopowy 8%', '', '', euro(50.26)],
          ['Podatek (loonheffing)', '', '', euro(-38.0)],
          ['Zakwaterowanie (huisvesting)', '', '', euro(-118.5)],
          ['Ubezpieczenie zdrowotne', '', '', euro(-36.2)],
          ['Transport', '', '', euro(-20.0)],
        ],
        { size: 8.5, zebra: [0.95, 0.93, 0.93] },
      );
      p.ln(`Do wypłaty netto: € ${euro(465.76)}   przelew na ${groupIban(iban('RABO', 'tomasz-j'))}`, { f: 'sansB', size: 10 });
      footer(p, 'Pytania dotyczące wypłaty: płace@polwork.example · tel. 0299-800 900 (po polsku)');
      return d;
    },
  },
  {
    slug: 'wyciag-bankowy-2p',
    type: 'bank_statement',
    client: 'K-100339',
    language: 'pl',
    render: 'scan',
    label: 'Two-page statement of an invented Polish bank, client number written on it',
    date: '2026-11-05',
    build: () => {
      const d = new Doc('sans', 8.5);
      const head = (p: ReturnType<Doc['page']>, n: number) => {
        p.t(p.left, 50, 'Bank Wiślany S.A.', { f: 'sansB', size: 15, color: [0.0, 0.2, 0.5] });
        p.t(p.right, 50, `Wyciąg nr 10/2026 · strona ${n}/2`, { size: 9, align: 'right' });
        p.at(72);
      };
      const p = d.page();
      head(p, 1);
      p.kv(
        [
          ['Posiadacz', KATARZYNA.name.toUpperCase()],
          ['Adres', `${KATARZYNA.street}, ${KATARZYNA.city}, HOLANDIA`],
          ['Rachunek', 'PL61 1090 1014 0000 0712 1981 2874'],
          ['Okres', '01.10.2026 - 31.10.2026'],
          ['Saldo początkowe', '12 480,22 PLN'],
        ],
        { labelW: 110 },
      );
      const cols = [
        { h: 'Data', w: 60 },
        { h: 'Opis operacji', w: 240 },
        { h: 'Kwota PLN', w: 75, r: true },
        { h: 'Saldo', w: 75, r: true },
      ];
      p.table(
        cols,
        [
          ['02.10.2026', 'Wpływ: czynsz za mieszkanie Gdańsk, najemca P. Kaczmarek', '+2 100,00', '14 580,22'],
          ['05.10.2026', 'Opłata za wspólnotę mieszkaniową', '-480,00', '14 100,22'],
          ['09.10.2026', 'Podatek od nieruchomości - rata', '-112,00', '13 988,22'],
          ['14.10.2026', 'Przelew do Revolut (EUR)', '-1 000,00', '12 988,22'],
          ['20.10.2026', 'Ubezpieczenie mieszkania', '-46,50', '12 941,72'],
        ],
        { size: 8, zebra: [0.93, 0.95, 0.98] },
      );
      scribble(p, 330, 600, ['K-100339', 'mieszkanie w Polsce'], { rot: -6 });
      const q = d.page();
      head(q, 2);
      q.table(
        cols,
        [
          ['24.10.2026', 'Prowizja za prowadzenie rachunku', '-9,00', '12 932,72'],
          ['31.10.2026', 'Kapitalizacja odsetek', '+3,14', '12 935,86'],
        ],
        { size: 8, zebra: [0.93, 0.95, 0.98] },
      );
      q.ln('Saldo końcowe: 12 935,86 PLN', { f: 'sansB', size: 10 });
      footer(q, 'Bank Wiślany S.A. · Dokument wygenerowany elektronicznie, nie wymaga podpisu.');
      return d;
    },
  },
  {
    slug: 'aplikacje-obcy-kandydat',
    type: 'job_application_proof',
    client: null,
    language: 'pl',
    render: 'scan',
    label: 'Polish overview of job applications of a man who is not in the directory',
    date: '2026-11-27',
    build: () => {
      const d = new Doc('sans', 10);
      const p = d.page();
      p.at(50);
      p.ln('Paweł Zając', { f: 'sansB' });
      p.ln('Molenweg 14a, 1231 GB Voorbeeld');
      p.ln(`BSN ${strangerBsn('zajac-j')}`, { after: 14 });
      p.ln('Do: Gemeente Voorbeeld, Team Werk', { after: 8 });
      p.ln('Lista moich aplikacji o pracę - listopad 2026', { f: 'sansB', size: 12, after: 6 });
      p.table(
        [
          { h: 'Data', w: 60 },
          { h: 'Firma', w: 150 },
          { h: 'Stanowisko', w: 130 },
          { h: 'Wynik', w: 110 },
        ],
        [
          ['02.11', 'Otto Work Force', 'order picker', 'brak odpowiedzi'],
          ['06.11', 'Bouwbedrijf Hollander', 'pomocnik budowlany', 'rozmowa 12.11'],
          ['12.11', 'Bouwbedrijf Hollander', 'rozmowa', 'odmowa - brak VCA'],
          ['17.11', 'Tuinbouw Van Vliet', 'pracownik szklarni', 'czekam'],
          ['24.11', 'Flexa Uitzend', 'kierowca wózka', 'zaproszenie na test'],
        ],
        { size: 9, grid: true },
      );
      p.p('W załączniku wydruki maili. Chciałbym zrobić kurs VCA, czy gmina może to sfinansować?');
      p.t(p.left, p.y + 14, 'Paweł Zając', { f: 'hand', size: 16, color: BLUE_INK });
      return d;
    },
  },
  {
    slug: 'komornik-zawiadomienie',
    type: 'debt_notice',
    client: 'K-100395',
    language: 'pl',
    render: 'scan',
    crumple: 1,
    label: "Polish bailiff's notice of enforcement for an old loan (name + date of birth)",
    date: '2026-11-03',
    build: () => {
      const d = new Doc('serif', 10);
      const p = d.page();
      p.t(p.left, 50, 'Komornik Sądowy przy Sądzie Rejonowym w Opolu', { f: 'serifB', size: 11 });
      p.t(p.left, 64, 'Jan Kowalczyk · Kancelaria Komornicza nr III · ul. Ozimska 12, 45-057 Opole', { size: 8 });
      p.line(p.left, 72, p.right, 72, 1);
      p.at(86);
      p.ln('Sygn. akt: KM 2213/26', { f: 'serifB' });
      p.ln('Opole, dnia 03.11.2026', { align: 'right', after: 8 });
      p.kv(
        [
          ['Dłużnik', `${MAREK.name}`],
          ['Data urodzenia', dot(MAREK.birthDate)],
          ['Adres', `${MAREK.street}, ${MAREK.city}, Holandia`],
          ['Wierzyciel', 'Szybka Pożyczka sp. z o.o., Wrocław'],
        ],
        { labelW: 110 },
      );
      p.ln('ZAWIADOMIENIE O WSZCZĘCIU EGZEKUCJI', { f: 'serifB', size: 12, align: 'center', after: 6 });
      p.p(
        `Na podstawie art. 805 § 1 Kodeksu postępowania cywilnego zawiadamiam, że na wniosek wierzyciela wszczęto przeciwko Panu postępowanie egzekucyjne na podstawie nakazu zapłaty Sądu Rejonowego w Opolu z dnia 14.02.2025 r., sygn. I Nc 311/25.

Do zapłaty:
należność główna: 6 400,00 zł
odsetki do dnia 03.11.2026: 1 912,44 zł
koszty procesu: 1 017,00 zł
koszty egzekucyjne: 1 250,00 zł
RAZEM: 10 579,44 zł

Wzywam do zapłaty całej kwoty w terminie 7 dni na rachunek kancelarii. W przeciwnym razie komornik przystąpi do zajęcia rachunków bankowych i wynagrodzenia.`,
      );
      p.t(p.left + 250, p.y + 16, 'J. Kowalczyk', { f: 'hand', size: 16, color: BLACK_INK });
      p.stamp(180, p.y + 50, ['KOMORNIK SĄDOWY', 'Jan Kowalczyk'], { rot: -5, size: 9, color: [0.5, 0.1, 0.4] });
      return d;
    },
  },
  {
    slug: 'umowa-o-prace-tymczasowa-2p',
    type: 'employment_contract',
    client: 'K-100507',
    language: 'pl',
    render: 'scan',
    label: 'Polish temporary employment contract of a temp agency (2 pages, BSN + birth date)',
    date: '2026-11-09',
    build: () => {
      const d = new Doc('sans', 9.5);
      const p = d.page();
      letterhead(p, 'PolWork Uitzendbureau B.V.', ['Industrieweg 80, 1231 KM Voorbeeld', 'KvK 50123344'], { color: [0.8, 0.1, 0.15] });
      p.ln('UMOWA O PRACĘ TYMCZASOWĄ (UITZENDOVEREENKOMST)', { f: 'sansB', size: 12, align: 'center', after: 4 });
      p.ln('z klauzulą agencyjną, faza A, CAO dla pracowników tymczasowych', { size: 8.5, align: 'center', after: 10 });
      p.p(`Zawarta w dniu 09.11.2026 pomiędzy PolWork Uitzendbureau B.V. (agencja) a:

Pan ${JAKUB.name}, urodzony ${dot(JAKUB.birthDate)}, BSN ${JAKUB.bsn}, zamieszkały ${JAKUB.street}, ${JAKUB.city} (pracownik).`);
      p.p(
        `§1. Pracownik zostaje skierowany do pracy u klienta: Logiport Distributie B.V., Voorbeeld, na stanowisko: magazynier / order picker.
§2. Umowa rozpoczyna się 10.11.2026 i kończy się z chwilą zakończenia zlecenia przez klienta (klauzula agencyjna).
§3. Wynagrodzenie: 14,40 € brutto za godzinę, plus dodatek urlopowy 8% i dni urlopowe zgodnie z CAO.
§4. Czas pracy: średnio 32-40 godzin tygodniowo, praca zmianowa.`,
      );
      footer(p, 'strona 1 z 2');
      staple(p, true);
      const q = d.page();
      q.at(60);
      q.p(
        `§5. Zakwaterowanie: pracownik korzysta z zakwaterowania agencji (Havenkade 210), koszt 118,50 € tygodniowo potrącany z wynagrodzenia.
§6. Pracownik zobowiązuje się zgłaszać chorobę przed rozpoczęciem zmiany.
§7. W sprawach nieuregulowanych zastosowanie ma prawo holenderskie oraz CAO.`,
      );
      q.gap(20);
      q.t(q.left, q.y, 'Agencja', { f: 'sansB' });
      q.t(q.left + 250, q.y, 'Pracownik', { f: 'sansB' });
      q.t(q.left, q.y + 30, 'M. Zielony', { f: 'hand', size: 16, color: BLACK_INK });
      q.t(q.left + 250, q.y + 30, 'Jakub Mazur', { f: 'hand', size: 16, color: BLUE_INK });
      footer(q, 'strona 2 z 2');
      return d;
    },
  },
];
