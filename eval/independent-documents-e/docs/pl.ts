// Polish post: doctors' notes, an agency payslip, a PIT-11, a room contract, RODO, a collector's fax.
import {
  C,
  Doc,
  dmy,
  footer,
  GREY,
  hand,
  INK,
  letterhead,
  personalLetter,
  refs,
  roundStamp,
  type Spec,
  scribble,
  windowAddress,
} from '../lib.ts';

const anna = C('K-100122');
const piotr = C('K-100171');
const magdalena = C('K-100451');
const agnieszka = C('K-100227');
const marek = C('K-100395');
const katarzyna = C('K-100339');
const jakub = C('K-100507');

function doctorsNote(p: ReturnType<Doc['page']>, who: string, dob: string, text: string): void {
  p.ln('Przychodnia Rodzinna „Zdrowie” s.c.', { f: 'sansB', size: 12 });
  p.ln('ul. Piłsudskiego 14, 20-011 Lublin · tel. 81 500 00 00', { size: 8.5, color: GREY, after: 16 });
  p.ln('ZAŚWIADCZENIE LEKARSKIE', { f: 'sansB', size: 14, align: 'center', after: 12 });
  p.kv(
    [
      ['Imię i nazwisko', who],
      ['Data urodzenia', dob],
    ],
    { labelW: 120, after: 8 },
  );
  p.p(text);
  p.gap(10);
  p.ln('lek. med. Barbara Wróbel, specjalista medycyny rodzinnej');
  hand(p, p.left, p.y + 16, 'B. Wróbel', { size: 16 });
  roundStamp(p, 430, p.y + 10, ['lek. med.', 'Barbara Wróbel', 'PWZ 2281134'], [0.2, 0.3, 0.7]);
}

export const pl: Spec[] = [
  {
    slug: 'pl-zaswiadczenie-lekarskie-kowalska',
    type: 'medical_statement',
    client: 'K-100122',
    language: 'pl',
    render: 'scan',
    label: "Polish doctor's note",
    date: '2026-01-14',
    build() {
      const d = new Doc('sans', 10.5);
      const p = d.page();
      p.at(50);
      doctorsNote(
        p,
        'Anna Kowalska',
        dmy(anna.birthDate, '.'),
        `Zaświadcza się, że Pani Anna Kowalska, zamieszkała obecnie w Holandii (${anna.street}, ${anna.city}), przebywała pod opieką lekarską w okresie od 29.12.2025 do 12.01.2026 z powodu ostrej infekcji dróg oddechowych z powikłaniami. W tym czasie była niezdolna do podróży oraz do pracy.

Zaświadczenie wydano na prośbę pacjentki w celu przedłożenia w urzędzie gminy w Holandii.

Lublin, dnia 13.01.2026 r.`,
      );
      return d;
    },
  },
  {
    slug: 'pl-pasek-wyplaty-agencja',
    type: 'payslip',
    client: 'K-100171',
    language: 'pl',
    render: 'digital',
    label: "Dutch temp agency's payslip in Polish",
    date: '2026-03-20',
    author: 'PolFlex Uitzendbureau',
    build() {
      const d = new Doc('sans', 9);
      const p = d.page();
      letterhead(p, {
        name: 'PolFlex Uitzendbureau B.V.',
        sub: 'Pracujesz w Holandii – jesteśmy z Tobą',
        lines: ['Industrieweg 9', '1236 KL Voorbeeld', 'płace: loon@polflex.example'],
        style: 'bar',
        color: [0.75, 0.1, 0.15],
      });
      p.ln('PASEK WYPŁATY (loonstrook) — tydzień 11/2026', { f: 'sansB', size: 12, after: 8 });
      p.kv(
        [
          ['Pracownik', `${piotr.name}`],
          ['Numer BSN (sofi)', piotr.bsn],
          ['Nr pracownika', 'PF-77120'],
          ['Klient (inlener)', 'Kwekerij Groenrijk, Voorbeeld'],
          ['Okres', '09.03.2026 – 15.03.2026'],
          ['Data wypłaty', '20.03.2026'],
        ],
        { labelW: 130, after: 8 },
      );
      p.table(
        [
          { h: 'Składnik', w: 230 },
          { h: 'Godz.', w: 55, r: true },
          { h: 'Stawka', w: 60, r: true },
          { h: 'Kwota €', w: 80, r: true },
        ],
        [
          ['Godziny normalne', '40,00', '14,71', '588,40'],
          ['Nadgodziny 125%', '3,50', '18,39', '64,37'],
          ['Dodatek za pracę w sobotę', '', '', '22,06'],
          ['Brutto', '', '', '674,83'],
          ['Podatek od wynagrodzeń (loonheffing)', '', '', '-44,20'],
          ['Emerytura StiPP', '', '', '-11,47'],
          ['Potrącenie: zakwaterowanie (SNF)', '', '', '-118,00'],
          ['Potrącenie: ubezpieczenie zdrowotne', '', '', '-36,10'],
          ['Do wypłaty (netto)', '', '', '465,06'],
        ],
        { size: 8.5, zebra: [0.97, 0.94, 0.94] },
      );
      p.kv(
        [
          ['Rezerwa urlopowa (8%)', '53,99'],
          ['Dni wolne (saldo godzin)', '31,2'],
        ],
        { size: 8.5, labelW: 180 },
      );
      footer(p, 'PolFlex Uitzendbureau B.V. · KvK 74400112 · certyfikat SNA · lid ABU');
      return d;
    },
  },
  {
    slug: 'pl-foto-pit-11-informacja-roczna',
    type: 'tax_document',
    client: 'K-100451',
    language: 'pl',
    render: 'photo',
    label: 'photo of a Polish annual income and tax statement (PIT-11)',
    date: '2026-02-25',
    build() {
      const d = new Doc('sans', 8.5);
      const p = d.page();
      p.rect(p.left, 40, p.right - p.left, 40, { fill: [0.9, 0.92, 0.86] });
      p.t(p.left + 8, 58, 'PIT-11', { f: 'sansB', size: 16 });
      p.t(p.left + 80, 56, 'INFORMACJA O DOCHODACH ORAZ O POBRANYCH ZALICZKACH', { f: 'sansB', size: 8.5 });
      p.t(p.left + 80, 68, 'NA PODATEK DOCHODOWY za rok 2025', { f: 'sansB', size: 8.5 });
      p.at(96);
      p.ln('A. MIEJSCE I CEL SKŁADANIA INFORMACJI', { f: 'sansB', size: 8 });
      p.kv([['Urząd skarbowy', 'Drugi Urząd Skarbowy w Lublinie']], { size: 8.5, labelW: 150 });
      p.ln('B. DANE IDENTYFIKACYJNE PŁATNIKA', { f: 'sansB', size: 8 });
      p.kv(
        [
          ['Nazwa', 'Zakład Opiekuńczy „Słoneczna Dolina” Sp. z o.o.'],
          ['NIP', '712-01-88-340'],
        ],
        { size: 8.5, labelW: 150 },
      );
      p.ln('C. DANE PODATNIKA', { f: 'sansB', size: 8 });
      p.kv(
        [
          ['Nazwisko, pierwsze imię', 'KAMIŃSKA MAGDALENA'],
          ['Data urodzenia', dmy(magdalena.birthDate, '.')],
          ['Adres zamieszkania', `${magdalena.street}, ${magdalena.city}, Holandia`],
        ],
        { size: 8.5, labelW: 150 },
      );
      p.ln('E. DOCHODY (umowa o pracę, 01.01.2025 – 30.06.2025)', { f: 'sansB', size: 8 });
      p.table(
        [
          { h: 'Źródło', w: 170 },
          { h: 'Przychód', w: 80, r: true },
          { h: 'Koszty', w: 70, r: true },
          { h: 'Dochód', w: 80, r: true },
          { h: 'Zaliczka', w: 70, r: true },
        ],
        [
          ['Wynagrodzenia ze stosunku pracy', '24 180,00', '1 500,00', '22 680,00', '0,00'],
          ['Składki społeczne pobrane', '', '', '3 315,08', ''],
          ['Składka zdrowotna', '', '', '1 878,77', ''],
        ],
        { size: 8, grid: true },
      );
      p.p('Informacja przekazana podatnikowi w formie papierowej. Wypełnia płatnik.', { size: 7.5, color: GREY });
      hand(p, p.left, 520, ['Inkomen Polen 2025 (tot juli)', 'ik werk daar niet meer'], { size: 13 });
      return d;
    },
  },
  {
    slug: 'pl-umowa-najmu-pokoju-dwie-strony',
    type: 'rental_agreement',
    client: 'K-100227',
    language: 'pl',
    render: 'scan',
    label: 'two-page Polish room rental contract',
    date: '2026-01-05',
    build() {
      const d = new Doc('serif', 10.5);
      const p = d.page();
      p.ln('UMOWA NAJMU POKOJU', { f: 'serifB', size: 13, align: 'center', after: 10 });
      p.p(`zawarta w dniu 5 stycznia 2026 r. w Voorbeeld (Holandia) pomiędzy:

Panem Krzysztofem Dąbrowskim, zamieszkałym ${agnieszka.street}, 1238 AW Voorbeeld, zwanym dalej „Wynajmującym”,

a

Panią Agnieszką Wiśniewską, urodzoną ${dmy(agnieszka.birthDate, '.')}, zwaną dalej „Najemcą”.

§ 1. Wynajmujący oświadcza, że jest głównym najemcą mieszkania przy ${agnieszka.street} w Voorbeeld i posiada zgodę właściciela (Woonstichting Het Anker) na podnajem jednego pokoju.

§ 2. Wynajmujący oddaje Najemcy do używania pokój o powierzchni ok. 11 m² wraz z prawem do korzystania z kuchni i łazienki.

§ 3. Umowa zostaje zawarta na czas nieokreślony, począwszy od 1 stycznia 2026 r., z miesięcznym okresem wypowiedzenia.`);
      const q = d.page();
      q.at(60);
      q.p(
        `§ 4. Czynsz najmu wynosi 400 euro miesięcznie, płatny do 1. dnia każdego miesiąca przelewem na konto Wynajmującego. Czynsz obejmuje opłaty za prąd, gaz, wodę i internet.

§ 5. Najemca wpłaca kaucję w wysokości 400 euro, zwracaną po zakończeniu najmu.

§ 6. Najemca ma prawo zameldować się pod adresem mieszkania (inschrijving BRP).

§ 7. W sprawach nieuregulowanych niniejszą umową zastosowanie ma prawo holenderskie.

Umowę sporządzono w dwóch jednobrzmiących egzemplarzach.`,
        { after: 30 },
      );
      q.t(q.left, q.y, 'Wynajmujący', { size: 9 });
      q.t(q.left + 260, q.y, 'Najemca', { size: 9 });
      scribble(q, q.left, q.y + 30, 80);
      hand(q, q.left + 260, q.y + 32, 'A. Wiśniewska', { size: 16 });
      return d;
    },
  },
  {
    slug: 'pl-wniosek-rodo-dostep-do-danych',
    type: 'other',
    client: 'K-100395',
    language: 'pl',
    render: 'digital',
    label: 'Polish GDPR (RODO) request to see personal data',
    date: '2026-05-14',
    author: 'Marek Wójcik',
    build: () =>
      personalLetter({
        sender: ['Marek Wójcik', marek.street, marek.city, `Numer klienta: ${marek.clientNumber}`],
        to: ['Gemeente Voorbeeld', 'Inspektor ochrony danych', 'Postbus 1234', '1230 AA Voorbeeld'],
        date: 'Voorbeeld, 14 maja 2026 r.',
        subject: 'Wniosek o dostęp do danych osobowych (art. 15 RODO / AVG)',
        font: 'sans',
        size: 10.5,
        body: `Szanowni Państwo,

na podstawie art. 15 RODO proszę o przekazanie mi kopii wszystkich danych osobowych, które Wydział Pracy i Dochodu (Werk en Inkomen) przetwarza na mój temat, w szczególności notatek z rozmów, informacji otrzymanych od innych instytucji (UWV, Belastingdienst, agencja pracy) oraz informacji, komu moje dane zostały udostępnione.

Proszę także o informację, czy moje dane były wykorzystywane w jakimkolwiek automatycznym systemie oceny ryzyka.

Odpowiedź proszę przesłać pocztą na powyższy adres. Dokument tożsamości mogę okazać w urzędzie.

Z poważaniem,`,
        sign: 'Marek Wójcik',
      }),
  },
  {
    slug: 'pl-foto-zmiana-nowa-praca',
    type: 'change_form',
    client: 'K-100339',
    language: 'pl',
    render: 'photo',
    label: 'photo of a handwritten Polish notice of a new job',
    date: '2026-03-09',
    build: () =>
      personalLetter({
        sender: ['Katarzyna Zielińska', `nr klienta ${katarzyna.clientNumber}`],
        date: '9.03.2026',
        subject: 'Zgłoszenie zmiany – nowa praca',
        ink: true,
        body: `Dzień dobry,

od 16 marca 2026 zaczynam pracę w pralni
„WasServ" w Voorbeeld, 24 godziny tygodniowo,
umowa na 6 miesięcy. Wynagrodzenie ok. 14,50 €
brutto za godzinę. Kopię umowy przyniosę, jak
tylko ją dostanę. Pierwsza wypłata będzie pod
koniec marca.

Pozdrawiam,`,
        sign: 'K. Zielińska',
      }),
  },
  {
    slug: 'pl-fax-windykacja-wezwanie',
    type: 'debt_notice',
    client: 'K-100507',
    language: 'pl',
    render: 'fax',
    label: "Polish debt collector's faxed final demand",
    date: '2026-04-17',
    author: 'KREDYTPOL WINDYKACJA SA',
    build() {
      const d = new Doc('sans', 10);
      const p = d.page();
      letterhead(p, {
        name: 'KredytPol Windykacja S.A.',
        sub: 'Dział Windykacji Zagranicznej',
        lines: ['ul. Marszałkowska 140, 00-061 Warszawa', 'fax +48 22 000 00 01'],
        style: 'left',
        color: [0, 0, 0],
      });
      windowAddress(p, ['Pan Jakub Mazur', jakub.street, jakub.city, 'HOLANDIA'], { y: 130 });
      refs(
        p,
        [
          ['Data', '17.04.2026'],
          ['Sygnatura', 'KW/Z/2026/04417'],
          ['Data urodzenia dłużnika', dmy(jakub.birthDate, '.')],
        ],
        { x: p.left, lw: 140 },
      );
      p.ln('OSTATECZNE PRZEDSĄDOWE WEZWANIE DO ZAPŁATY', { f: 'sansB', size: 12, after: 6 });
      p.p(`Szanowny Panie,

działając w imieniu wierzyciela, Bank Pożyczkowy Fala S.A., wzywamy Pana do zapłaty zaległości wynikającej z umowy pożyczki gotówkowej nr 2019/88/1173 w łącznej kwocie:

należność główna: 6 240,00 zł
odsetki umowne i karne: 1 187,55 zł
koszty: 120,00 zł
RAZEM: 7 547,55 zł

Termin zapłaty: 7 dni od dnia otrzymania niniejszego wezwania. Brak wpłaty spowoduje skierowanie sprawy na drogę postępowania sądowego i egzekucyjnego, również na terenie Holandii.

Istnieje możliwość zawarcia ugody i rozłożenia długu na raty. Prosimy o kontakt: +48 22 000 00 00.`);
      hand(p, 330, 760, ['schuldhulp graag — J. Mazur'], { size: 12, color: [0, 0, 0] });
      return d;
    },
  },
  {
    slug: 'pl-list-przewodni-matki-zaswiadczenie',
    type: 'medical_statement',
    client: null,
    conflict: ['K-100339', 'K-100451'],
    language: 'pl',
    render: 'scan',
    label: "one client's cover note with her mother's doctor's note (two clients)",
    date: '2026-04-21',
    build() {
      const d = personalLetter({
        sender: ['Katarzyna Zielińska', katarzyna.street, katarzyna.city, `nr klienta: ${katarzyna.clientNumber}`],
        date: '21.04.2026',
        subject: 'Zaświadczenie lekarskie mojej mamy',
        ink: true,
        body: `Dzień dobry,

w załączniku zaświadczenie lekarskie mojej mamy,
Magdaleny Kamińskiej. Mama nie mogła przyjść
na spotkanie 15 kwietnia, bo była w szpitalu
w Polsce. Ona słabo mówi po niderlandzku, więc
ja piszę w jej imieniu.

Dziękuję,`,
        sign: 'K. Zielińska',
      });
      const q = d.page();
      q.at(50);
      doctorsNote(
        q,
        'Magdalena Kamińska',
        dmy(magdalena.birthDate, '.'),
        `Zaświadcza się, że Pani Magdalena Kamińska przebywała w szpitalu (Oddział Kardiologii, SPSK Nr 4 w Lublinie) w dniach 10.04.2026 – 18.04.2026. Do dnia 5.05.2026 nie powinna podróżować ani wykonywać wysiłku fizycznego.

Lublin, 19.04.2026 r.`,
      );
      return d;
    },
  },
];

export { INK };
