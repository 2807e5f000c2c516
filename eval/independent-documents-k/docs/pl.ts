// Set K, Polish: agency payslips and contracts, notes and e-mails by Polish-speaking clients.
import {
  BLACK_INK,
  BLUE_INK,
  C,
  Doc,
  euro,
  footer,
  GREY,
  groupIban,
  handLines,
  iban,
  letterhead,
  notebook,
  RED,
  scribble,
} from '../../independent-documents-d/docs/kit.ts';
import { OAK, type Spec } from '../../independent-documents-d/spec.ts';

const anna = C('K-100122');
const tomasz = C('K-100283');
const piotr = C('K-100171');
const magda = C('K-100451');
const marek = C('K-100395');
const agnieszka = C('K-100227');

export const PL: Spec[] = [
  {
    slug: 'pl-pasek-wynagrodzenia-agencja',
    type: 'payslip',
    client: anna.clientNumber,
    language: 'pl',
    render: 'digital',
    label: 'Tweetalige loonstrook (Pools/Nederlands) van een uitzendbureau, week 44–45, met BSN',
    date: '2026-11-10',
    author: 'FlexPol Payroll',
    build() {
      const d = new Doc('sans', 9);
      const p = d.page();
      letterhead(p, 'FlexPol Uitzendbureau B.V.', ['Industrieweg 77', '1236 RC Voorbeeld', 'NBBU-lid · SNA-gecertificeerd'], {
        color: [0.8, 0.1, 0.2],
      });
      p.ln('Pasek wynagrodzenia / Loonstrook  —  tydzień/week 44–45 2026', { f: 'sansB', size: 11, after: 6 });
      p.kv(
        [
          ['Pracownik / Werknemer', 'Anna Kowalska'],
          ['BSN', anna.bsn],
          ['Nr pracownika / Personeelsnr', '40-1187'],
          ['Stawka / Uurloon', '€ 14,40 (fase A)'],
          ['Klient / Opdrachtgever', 'Kwekerij De Groene Kas'],
        ],
        { labelW: 170 },
      );
      p.table(
        [
          { h: 'Składnik / Omschrijving', w: 250 },
          { h: 'Godziny / Uren', w: 80, r: true },
          { h: 'Kwota / Bedrag', w: 100, r: true },
        ],
        [
          ['Godziny normalne / Normale uren', '61,75', euro(889.2)],
          ['Nadgodziny 125% / Overuren 125%', '4,00', euro(72)],
          ['Dodatek wakacyjny / Vakantiegeld 8%', '', euro(76.9)],
          ['Rezerwacja dni wolnych / Reservering verlof', '', euro(96.12)],
          ['Brutto / Bruto', '', euro(1134.22)],
          ['Podatek / Loonheffing', '', euro(-94.56)],
          ['Zakwaterowanie / Huisvesting', '', euro(-190)],
          ['Ubezpieczenie / Zorgverzekering', '', euro(-64.3)],
          ['Netto / Netto', '', euro(785.36)],
        ],
        { size: 8.5, zebra: [0.95, 0.95, 0.95] },
      );
      p.ln(`Wypłata na konto / Uitbetaald op ${groupIban(iban('RABO', 'akowalska'))}`, { size: 8.5 });
      p.p('Pytania? Zadzwoń do biura: 0234-600 770 (PL/NL/EN).', { size: 8, color: GREY });
      return d;
    },
  },
  {
    slug: 'pl-umowa-najmu-huurovereenkomst',
    type: 'rental_agreement',
    client: tomasz.clientNumber,
    language: 'pl',
    render: 'scan',
    crumple: 1,
    label: 'Tweetalige huurovereenkomst (Pools/Nederlands) voor een appartement via een huisvester (2 pagina’s)',
    date: '2026-10-25',
    build() {
      const d = new Doc('serif', 9.8);
      const p = d.page();
      p.ln('UMOWA NAJMU / HUUROVEREENKOMST', { f: 'serifB', size: 14, align: 'center', after: 8 });
      p.p(
        `Wynajmujący / Verhuurder: Domowo Huisvesting B.V., Spoorlaan 200, 1235 PA Voorbeeld.

Najemca / Huurder: Tomasz Lewandowski, ur. / geboren ${tomasz.birthDate.split('-').reverse().join('-')}, zamieszkały / wonende ${tomasz.street}, Voorbeeld.

§1 Przedmiot najmu / Het gehuurde
Mieszkanie przy ${tomasz.street}, parter, 2 pokoje, ok. 48 m². / Appartement ${tomasz.street}, begane grond, 2 kamers, ca. 48 m².

§2 Okres / Duur
Od 1 listopada 2026 na czas nieokreślony. / Vanaf 1 november 2026 voor onbepaalde tijd.

§3 Czynsz / Huurprijs
Czynsz kale: € 735,00 miesięcznie; opłaty za usługi € 45,00; razem € 780,00, płatne z góry przed 1. dniem miesiąca.
Kale huur € 735,00 per maand; servicekosten € 45,00; totaal € 780,00, vooruit te betalen vóór de 1e van de maand.

§4 Kaucja / Waarborgsom
€ 780,00, zwracana po zakończeniu najmu. / € 780,00, terug bij einde huur.`,
        { lh: 14 },
      );
      footer(p, 'str. 1/2 — paraf / paraaf: ____');
      scribble(p, 420, 54, [tomasz.clientNumber], { rot: -5, size: 14 });
      const q = d.page();
      q.at(60);
      q.p(
        `§5 Wypowiedzenie / Opzegging
Najemca może wypowiedzieć umowę z zachowaniem jednego miesiąca. / Huurder kan opzeggen met een termijn van één maand.

§6 Zameldowanie / Inschrijving
Najemca ma prawo do zameldowania pod adresem. / Huurder mag zich op het adres inschrijven (BRP).

§7 Postanowienia ogólne / Algemene bepalingen
Obowiązują Ogólne Warunki Najmu Domowo 2025. W razie sporu decyduje tekst niderlandzki. / De Algemene Huurvoorwaarden Domowo 2025 zijn van toepassing. Bij verschil is de Nederlandse tekst beslissend.

Podpisano w Voorbeeld, 25 października 2026 / Getekend te Voorbeeld, 25 oktober 2026`,
        { lh: 14 },
      );
      q.gap(16);
      q.t(q.left, q.y + 18, 'J. Vermaat', { f: 'hand', size: 16, color: BLACK_INK });
      q.t(q.left + 260, q.y + 18, 'T. Lewandowski', { f: 'hand', size: 16, color: BLUE_INK });
      q.gap(28);
      q.t(q.left, q.y + 10, 'Wynajmujący / Verhuurder', { size: 8.5 });
      q.t(q.left + 260, q.y + 10, 'Najemca / Huurder', { size: 8.5 });
      footer(q, 'str. 2/2');
      return d;
    },
  },
  {
    slug: 'pl-umowa-o-prace-magazyn',
    type: 'employment_contract',
    client: piotr.clientNumber,
    language: 'pl',
    render: 'scan',
    crumple: 0,
    label: 'Tweetalige arbeidsovereenkomst (Pools/Nederlands) magazijnmedewerker met naam en geboortedatum (2 pagina’s)',
    date: '2026-11-14',
    build() {
      const d = new Doc('sans', 9.5);
      const p = d.page();
      letterhead(p, 'LogiTrans Benelux B.V.', ['Havenweg 12', '1238 HB Voorbeeld', 'KvK 66120984'], { color: [0.2, 0.3, 0.5] });
      p.ln('UMOWA O PRACĘ NA CZAS OKREŚLONY', { f: 'sansB', size: 12, after: 0 });
      p.ln('Arbeidsovereenkomst voor bepaalde tijd', { f: 'sansI', size: 10, after: 8 });
      p.kv(
        [
          ['Pracownik / Werknemer', 'Piotr Nowak'],
          ['Data urodzenia / Geboortedatum', '18-04-1963'],
          ['Adres / Adres', `${piotr.street}, Voorbeeld`],
          ['Stanowisko / Functie', 'pracownik magazynu / magazijnmedewerker'],
          ['Początek / Ingangsdatum', '1 grudnia 2026 / 1 december 2026'],
          ['Koniec / Einddatum', '30 listopada 2027 / 30 november 2027'],
          ['Godziny / Uren per week', '32'],
          ['Wynagrodzenie / Loon', '€ 2.312,00 brutto / maand'],
        ],
        { labelW: 190 },
      );
      p.p(
        `Art. 1. Okres próbny wynosi jeden miesiąc. / Er geldt een proeftijd van één maand.
Art. 2. Zastosowanie ma układ zbiorowy CAO Beroepsgoederenvervoer. / Op de overeenkomst is de cao Beroepsgoederenvervoer van toepassing.
Art. 3. Praca zmianowa, w tym soboty. / Ploegendienst, inclusief zaterdagen.`,
        { lh: 14 },
      );
      footer(p, '1/2');
      const q = d.page();
      q.at(60);
      q.p(
        `Art. 4. Urlop: 25 dni rocznie przy pełnym etacie, proporcjonalnie. / Vakantie: 25 dagen per jaar bij voltijd, naar rato.
Art. 5. Choroba zgłaszana telefonicznie przed 7:00. / Ziekmelding telefonisch vóór 7.00 uur.
Art. 6. Pracownik otrzymał regulamin pracy. / Werknemer heeft het personeelsreglement ontvangen.

Voorbeeld, 14-11-2026`,
        { lh: 14 },
      );
      q.gap(20);
      q.t(q.left, q.y + 18, 'M. de Ruiter', { f: 'hand', size: 16, color: BLACK_INK });
      q.t(q.left + 260, q.y + 18, 'Piotr Nowak', { f: 'hand', size: 16, color: BLUE_INK });
      q.gap(28);
      q.t(q.left, q.y + 10, 'pracodawca / werkgever', { size: 8.5 });
      q.t(q.left + 260, q.y + 10, 'pracownik / werknemer', { size: 8.5 });
      q.gap(40);
      q.t(q.left, q.y + 10, 'dla pani z gemeente – nowa praca od grudnia, P. Nowak', { f: 'hand', size: 13, color: RED });
      footer(q, '2/2');
      return d;
    },
  },
  {
    slug: 'pl-wyjazd-do-polski-kartka',
    type: 'holiday_notice',
    client: magda.clientNumber,
    language: 'pl',
    render: 'photo',
    table: OAK,
    label: 'Pools handgeschreven kaartje: reis naar Polen voor de kerst en de operatie van haar zus',
    date: '2026-11-26',
    build() {
      const d = new Doc();
      const p = d.page();
      notebook(p, { top: 70, lh: 25 });
      handLines(
        p,
        [
          'Do Gemeente Voorbeeld',
          '',
          `Magdalena Kamińska, nr klienta ${magda.clientNumber}`,
          '',
          'Informuję, że wyjeżdżam do Polski (Rzeszów)',
          'od 18 grudnia 2026 do 8 stycznia 2027.',
          'Moja siostra ma operację 21 grudnia i muszę',
          'się nią opiekować, a potem święta z rodziną.',
          'Bilet autobusowy kupił mój syn.',
          'Telefon w Polsce: +48 600 000 412.',
          '',
          'Z poważaniem',
          'M. Kamińska   26.11.2026',
        ],
        { top: 94, lh: 25, size: 14, ink: BLUE_INK },
      );
      return d;
    },
  },
  {
    slug: 'pl-aplikacje-email-wydruk',
    type: 'job_application_proof',
    client: marek.clientNumber,
    language: 'pl',
    render: 'digital',
    label: 'Pools e-mail aan de werkconsulent met een overzicht van sollicitaties in november, met klantnummer',
    date: '2026-11-30',
    author: 'Marek Wójcik',
    build() {
      const d = new Doc();
      const p = d.page();
      p.left = 48;
      p.right = 547;
      p.at(36);
      p.t(p.left, 44, 'Poczta', { f: 'sansB', size: 13, color: [0.1, 0.5, 0.3] });
      p.t(p.right, 44, 'marek.wojcik@example.net', { size: 8, align: 'right', color: GREY });
      p.line(p.left, 52, p.right, 52, 0.5, GREY);
      p.at(64);
      p.kv(
        [
          ['Od:', 'Marek Wójcik <marek.wojcik@example.net>'],
          ['Data:', 'niedziela, 30 listopada 2026 21:04'],
          ['Do:', 'werk@gemeente-voorbeeld.example'],
          ['Temat:', `sollicitaties listopad – ${marek.clientNumber}`],
        ],
        { lf: 'sansB', labelW: 55, size: 9.5, after: 10 },
      );
      p.p(
        `Dzień dobry,

przesyłam listę moich aplikacji o pracę z listopada, tak jak prosił pan Ouali. Przepraszam, że po polsku – po holendersku jeszcze nie piszę dobrze.`,
        { size: 10, lh: 14.5 },
      );
      p.table(
        [
          { h: 'Data', w: 60 },
          { h: 'Firma', w: 170 },
          { h: 'Stanowisko', w: 130 },
          { h: 'Wynik', w: 130 },
        ],
        [
          ['03.11', 'Otto Work Force', 'operator wózka', 'brak odpowiedzi'],
          ['07.11', 'Bouwbedrijf Kramer', 'pomocnik budowlany', 'odmowa'],
          ['12.11', 'Covebo', 'magazynier', 'rozmowa 17.11'],
          ['17.11', 'Covebo', 'rozmowa', 'czekam na telefon'],
          ['21.11', 'Kwekerij De Groene Kas', 'pracownik szklarni', 'odmowa (język)'],
          ['26.11', 'LogiTrans Benelux', 'kierowca C', 'wysłane CV'],
        ],
        { size: 9 },
      );
      p.p(
        `Zrzuty ekranu z potwierdzeniami są w załączniku. W grudniu zaczynam też kurs języka w ROC.

Pozdrawiam,
Marek Wójcik
tel. 06 47 22 18 90`,
        { size: 10, lh: 14.5 },
      );
      p.ln('[Załączniki: 4 zdjęcia, screenshot_covebo.jpg …]', { size: 8.5, f: 'sansI' });
      return d;
    },
  },
  {
    slug: 'pl-wezwanie-do-zaplaty-windykacja',
    type: 'debt_notice',
    client: agnieszka.clientNumber,
    language: 'pl',
    render: 'scan',
    crumple: 1,
    label: 'Pools incassobureau: ostateczne wezwanie do zapłaty (lening uit Polen), klantnummer erop geschreven',
    date: '2026-11-06',
    build() {
      const d = new Doc('sans', 10);
      const p = d.page();
      letterhead(p, 'KredytWindykacja Sp. z o.o.', ['ul. Długa 14/3', '00-238 Warszawa', 'tel. +48 22 000 19 19'], {
        band: true,
        color: [0.25, 0.25, 0.3],
      });
      p.p(`Pani\nAgnieszka Wiśniewska\n${agnieszka.street}\n${agnieszka.city}\nHOLANDIA`, { lh: 14 });
      p.gap(8);
      p.kv(
        [
          ['Sygnatura', 'KW/2026/11/07731'],
          ['Wierzyciel', 'SzybkaPożyczka24 S.A.'],
          ['Data', 'Warszawa, 6 listopada 2026'],
        ],
        { labelW: 90, size: 9.5 },
      );
      p.ln('OSTATECZNE PRZEDSĄDOWE WEZWANIE DO ZAPŁATY', { f: 'sansB', size: 12, color: RED, after: 4 });
      p.p(
        'Działając w imieniu wierzyciela, wzywamy Panią do zapłaty poniższej kwoty w terminie 7 dni od daty otrzymania niniejszego pisma. Brak wpłaty spowoduje skierowanie sprawy na drogę sądową oraz obciążenie Pani dodatkowymi kosztami postępowania sądowego i egzekucyjnego.',
        { lh: 14.5 },
      );
      p.table(
        [
          { h: 'Pozycja', w: 300 },
          { h: 'Kwota (PLN)', w: 120, r: true },
        ],
        [
          ['Kapitał pożyczki', '3.200,00'],
          ['Odsetki umowne i karne', '918,44'],
          ['Koszty windykacji', '350,00'],
          ['Razem do zapłaty', '4.468,44'],
        ],
      );
      p.p('Numer rachunku: PL61 1090 1014 0000 0712 1981 2874. W tytule przelewu prosimy podać sygnaturę sprawy.', { lh: 14 });
      scribble(p, 90, 700, [`${agnieszka.clientNumber} – proszę o pomoc (schuldhulp)`, 'nie rozumiem skąd te odsetki'], {
        rot: 2,
        size: 13,
      });
      return d;
    },
  },
];
