/** Second part of set A: medical, job applications, holidays, housing, UWV, tax, debts, data-correction requests. */
import { bsnDots, client, Doc, date, eur, GEMEENTE, INK, letter, letterhead, stranger } from './lib.ts';
import type { Spec } from './spec.ts';

/** An official-looking letter: letterhead, address window, reference table, body. */
export function official(o: {
  org: string;
  orgLines: string[];
  color: [number, number, number];
  style?: 'block' | 'bar' | 'plain';
  to: string[];
  refs: [string, string][];
  subject: string;
  body: string[];
  closing?: string[];
  font?: 'sans' | 'serif' | 'cond';
  footer?: string;
}): Doc {
  const d = new Doc({ font: o.font ?? 'sans', size: 9.5, margin: 22, top: 16 });
  letterhead(d, o.org, o.orgLines, o.color, o.style ?? 'block');
  d.gap(6);
  d.text(o.to.join('\n'));
  d.gap(8);
  for (const [k, v] of o.refs)
    d.row([
      { s: k, x: 0, color: INK.grey, size: 8 },
      { s: v, x: 40 },
    ]);
  d.gap(5);
  d.text(o.subject, { font: o.font === 'serif' ? 'serifB' : 'sansB', size: 11 });
  d.gap(3);
  for (const p of o.body) {
    d.text(p, { lh: 1.4 });
    d.gap(2.5);
  }
  if (o.closing) d.gap(3).text(o.closing.join('\n'));
  if (o.footer) d.put(o.footer, 22, 285, { size: 6.5, color: INK.grey });
  return d;
}

function addr(p: { name: string; street: string; pc: string; city: string }, nameLine?: string): string[] {
  return [nameLine ?? p.name, p.street, `${p.pc}  ${p.city.toUpperCase()}`];
}

export function docsTwo(): Spec[] {
  const marek = client('K-100395');
  const nadia = client('K-100276');
  const yonas = client('K-100297');
  const winston = client('K-100542');
  const bart = client('K-100255');
  const jakub = client('K-100507');
  const emine = client('K-100325');
  const dewi = client('K-100192');
  const lina = client('K-100402');
  const els = client('K-100430');
  const stefan = client('K-100528');
  const kevin = client('K-100486');
  const mieke = client('K-100521');
  const marlon = client('K-100304');
  const roy = client('K-100472');
  const samira = client('K-100493');
  const murat = client('K-100437');
  const agnieszka = client('K-100227');
  const brouwer = stranger('Thijs Brouwer', '218640936', '1986-05-17', 'Singel 48', '1233 LN');

  const specs: Spec[] = [];
  const add = (s: Spec): void => {
    specs.push(s);
  };

  // ------------------------------------------------------------------ medical (restricted)
  add({
    id: 'verklaring-huisarts-rugklachten',
    type: 'medical_statement',
    client: marek.kn,
    expected: 'route',
    language: 'nl',
    render: 'digital',
    label: 'GP statement (huisarts) on back problems and work capacity; name, birth date, BSN',
    date: '2026-03-11',
    producer: 'Medicom HIS',
    build: () =>
      official({
        org: 'Huisartsenpraktijk De Linde',
        orgLines: ['dr. S. Kuiper & dr. A. Öztürk, huisartsen', 'Lindelaan 12, 1234 TB Voorbeeld', 'T 0123 411 200 · AGB 01-012345'],
        color: INK.green!,
        to: ['Gemeente Voorbeeld', 'Team Werk, t.a.v. de werkconsulent', 'Postbus 1234', '1230 AA Voorbeeld'],
        refs: [
          ['Datum', date('2026-03-11')],
          ['Betreft', `dhr. M. Wójcik, geb. ${date(marek.birth, 'num')}`],
          ['BSN', marek.bsn],
          ['Vertrouwelijk', 'medisch geheim'],
        ],
        subject: 'Medische verklaring',
        body: [
          'Geachte collega, geachte heer/mevrouw,',
          'Op verzoek van bovengenoemde patiënt, en met zijn schriftelijke toestemming, bericht ik u het volgende. Patiënt is sinds december 2025 bij mij onder behandeling in verband met lage rugklachten met uitstraling naar het linkerbeen (lumbosacraal radiculair syndroom). Hij is verwezen naar de neuroloog; een MRI staat gepland op 2 april.',
          'Op dit moment is patiënt niet in staat tot zwaar lichamelijk werk, tillen boven 5 kg of langdurig staan. Zittend werk van maximaal 4 uur per dag met de mogelijkheid tot afwisselen lijkt mij verantwoord. Ik verwacht dat dit beeld de komende drie maanden niet wezenlijk verandert.',
          'Voor een oordeel over de belastbaarheid verwijs ik u naar een onafhankelijk (bedrijfs)arts; als behandelend arts geef ik geen arbeidsongeschiktheidsoordeel.',
        ],
        closing: ['Met collegiale groet,', '', 'S. Kuiper, huisarts'],
      }),
  });
  add({
    id: 'brief-polikliniek-orthopedie',
    type: 'medical_statement',
    client: nadia.kn,
    expected: 'route',
    language: 'nl',
    render: 'scan',
    label: 'Specialist letter (orthopaedics outpatient clinic) about a knee operation and recovery',
    date: '2026-06-23',
    build: () =>
      official({
        org: 'Spaarne Voorbeeld Ziekenhuis',
        orgLines: ['Polikliniek Orthopedie', 'Ziekenhuisweg 1, 1236 ZH Voorbeeld', 'www.zhvoorbeeld.example'],
        color: [0.0, 0.35, 0.6],
        style: 'bar',
        font: 'serif',
        to: ['Aan: Gemeente Voorbeeld, Werk & Inkomen', 't.a.v. consulent re-integratie', 'Postbus 1234, 1230 AA Voorbeeld'],
        refs: [
          ['Patiënt', `mw. N. Ait Lahcen`],
          ['Geboortedatum', date(nadia.birth, 'num')],
          ['BSN', bsnDots(nadia.bsn)],
          ['Patiëntnr.', '4419203'],
          ['Datum', date('2026-06-23', 'num')],
        ],
        subject: 'Betreft: verklaring beperkingen na operatie',
        body: [
          'Geachte heer/mevrouw,',
          'Mevrouw Ait Lahcen heeft op 2 juni 2026 in ons ziekenhuis een totale knieprothese rechts ondergaan. Het postoperatieve beloop is ongecompliceerd. Zij revalideert momenteel thuis met fysiotherapie, drie keer per week.',
          'Gedurende ten minste 12 weken na de operatie is zij aangewezen op krukken en kan zij geen activiteiten verrichten waarbij langdurig gestaan, gelopen of traplopen wordt. Deelname aan een werktraject of sollicitatieverplichtingen achten wij in deze periode niet haalbaar. Controle op de polikliniek volgt op 1 september.',
        ],
        closing: ['Hoogachtend,', '', 'drs. R.P. Vlaar, orthopedisch chirurg'],
      }),
  });
  add({
    id: 'doktersbriefje-alleen-naam',
    type: 'medical_statement',
    client: null,
    expected: 'triage',
    reason: 'no-client',
    language: 'nl',
    render: 'photo',
    label: "Short handwritten doctor's note naming the patient by name only (no birth date, no number)",
    date: '2026-02-24',
    build: () => {
      const d = new Doc({ font: 'hand2', size: 13, margin: 26, top: 24 });
      d.text('Huisartsenpost Voorbeeld e.o.', { font: 'sansB', size: 11, color: INK.navy });
      d.text('Spoedpost · Ziekenhuisweg 1 · 0123 - 200 300', { font: 'sans', size: 8, color: INK.grey });
      d.gap(10);
      d.text(
        'Hierbij verklaar ik dat dhr. Y. Berhane op 24-2 op de huisartsenpost is geweest i.v.m. acute klachten en de komende 5 dagen rust moet houden. Hij kon daardoor niet op zijn afspraak verschijnen.',
        { color: INK.pen, hand: true, lh: 1.7 },
      );
      d.gap(8);
      d.text('24/2/26', { color: INK.pen, hand: true });
      d.gap(4);
      d.text('H. de Boer, arts', { color: INK.pen, hand: true, size: 15 });
      d.put('HAP VOORBEELD', 120, 120, { font: 'sansB', size: 12, color: [0.6, 0.1, 0.5] });
      return d;
    },
  });

  // ------------------------------------------------------------------ job application proofs
  add({
    id: 'afwijzing-sollicitatie-doorgestuurd',
    type: 'job_application_proof',
    client: winston.kn,
    expected: 'route',
    language: 'nl',
    render: 'digital',
    label: 'Forwarded e-mail: rejection from an employer, client adds his client number for the werk consultant',
    date: '2026-05-14',
    producer: 'Outlook - Microsoft Print to PDF',
    build: () => {
      const d = new Doc({ font: 'sans', size: 9.5, margin: 18, top: 14 });
      d.text('FW: Uw sollicitatie als magazijnmedewerker (vac. 2026-118)', { font: 'sansB', size: 12 });
      d.gap(2);
      d.text(
        [
          `Van: Winston Doelwijt <${winston.email}>`,
          'Verzonden: donderdag 14 mei 2026 19:03',
          'Aan: werk@gemeente-voorbeeld.example',
          'Onderwerp: FW: Uw sollicitatie als magazijnmedewerker (vac. 2026-118)',
        ].join('\n'),
        { size: 8.5 },
      );
      d.rule({ w: 0.3, color: INK.grey });
      d.text(
        `Hoi, hierbij weer een afwijzing voor mijn sollicitatieverplichting. Klantnummer ${winston.kn}. Dit is nummer 3 van deze maand.\nGr Winston`,
      );
      d.gap(5);
      d.text(
        [
          '---------- Doorgestuurd bericht ----------',
          'Van: Recruitment Van Tol Logistics <werkenbij@vantol-logistics.example>',
          'Datum: wo 13 mei 2026 om 16:47',
          'Onderwerp: Uw sollicitatie als magazijnmedewerker (vac. 2026-118)',
          'Aan: <winston.doelwijt@example.net>',
        ].join('\n'),
        { size: 8.5, color: INK.grey },
      );
      d.gap(3);
      d.text(
        [
          'Beste Winston,',
          '',
          'Hartelijk dank voor je sollicitatie op de functie van magazijnmedewerker in onze vestiging Voorbeeld-Noord en voor de tijd die je hierin hebt gestoken.',
          '',
          'We hebben veel reacties ontvangen. Na zorgvuldige afweging hebben we besloten om andere kandidaten uit te nodigen, die beter aansluiten bij het profiel (ervaring met reachtruck en ploegendienst).',
          '',
          'We bewaren je gegevens, met je toestemming, vier weken in ons bestand. Veel succes met je verdere zoektocht!',
          '',
          'Met vriendelijke groet,',
          'Team Recruitment – Van Tol Logistics',
        ].join('\n'),
      );
      return d;
    },
  });
  add({
    id: 'sollicitatieoverzicht-formulier-hand',
    type: 'job_application_proof',
    client: bart.kn,
    expected: 'route',
    language: 'nl',
    render: 'scan',
    label: 'Job-search log form (sollicitatie-overzicht) filled in by hand',
    date: '2026-06-30',
    build: () => {
      const d = new Doc({ font: 'sans', size: 9, margin: 18, top: 16 });
      d.text('Gemeente Voorbeeld — Team Werk', { font: 'sansB', size: 11, color: INK.teal });
      d.text('Overzicht sollicitatieactiviteiten', { font: 'sansB', size: 14 });
      d.gap(2);
      d.field('Naam', 'Bart Meijer', { labelW: 30, lineTo: 100 });
      d.field('Klantnummer', bart.kn, { labelW: 30, lineTo: 100 });
      d.field('Maand', 'juni 2026', { labelW: 30, lineTo: 100 });
      d.gap(4);
      d.row([
        { s: 'Datum', x: 0, font: 'sansB' },
        { s: 'Bedrijf', x: 22, font: 'sansB' },
        { s: 'Functie', x: 70, font: 'sansB' },
        { s: 'Hoe (brief/mail/tel)', x: 112, font: 'sansB' },
        { s: 'Resultaat', x: 150, font: 'sansB' },
      ]);
      d.rule({ w: 0.5 });
      const rows = [
        ['2/6', 'Hornbach', 'verkoper tuin', 'online', 'afgewezen'],
        ['5/6', 'Gemeente Voorbeeld', 'chauffeur', 'mail', 'nog niks'],
        ['11/6', 'Randstad', 'orderpicker', 'langs geweest', 'ingeschreven'],
        ['17/6', 'Bouwmarkt Gamma', 'magazijn', 'open sollicitatie', 'gesprek 3/7!'],
        ['24/6', 'PostNL', 'sorteerder', 'online', 'afgewezen'],
      ];
      for (const r of rows) {
        d.row(
          r.map((s, i) => ({ s, x: [0, 22, 70, 112, 150][i]!, font: 'hand' as const, color: INK.pen, hand: true, size: 11.5 })),
          { lh: 1.9 },
        );
        d.rule({ w: 0.2, color: INK.grey });
      }
      d.gap(6);
      d.text('Bewijzen (mails/brieven) zoveel mogelijk bijvoegen.', { size: 8, color: INK.grey });
      d.field('Handtekening', 'B. Meijer', { labelW: 30, lineTo: 100 });
      return d;
    },
  });
  add({
    id: 'potwierdzenie-rejestracji-agencja-pl',
    type: 'job_application_proof',
    client: jakub.kn,
    expected: 'route',
    language: 'pl',
    render: 'digital',
    label: 'Polish-language confirmation of registration and application at an employment agency, BSN',
    date: '2026-07-15',
    producer: 'WorkFlex CRM',
    build: () =>
      official({
        org: 'Polwork Uitzendbureau',
        orgLines: ['Biuro Voorbeeld · Stationsweg 30', '1235 AB Voorbeeld · tel. 0123 777 010', 'praca@polwork.example'],
        color: [0.75, 0.1, 0.15],
        to: addr(jakub, `Pan ${jakub.name}`),
        refs: [
          ['Data', date('2026-07-15', 'dot')],
          ['Kandydat', jakub.name],
          ['BSN', jakub.bsn],
          ['Nr kandydata', 'PW-22817'],
        ],
        subject: 'Potwierdzenie rejestracji i aplikacji',
        body: [
          'Szanowny Panie Mazur,',
          'potwierdzamy, że w dniu 14 lipca 2026 r. zarejestrował się Pan w naszym biurze jako osoba poszukująca pracy oraz złożył Pan aplikację na następujące stanowiska:',
          '– operator wózka widłowego (Venlo, od 3 sierpnia), – pracownik produkcji (Voorbeeld, praca zmianowa).',
          'O wyniku rekrutacji poinformujemy Pana telefonicznie lub e-mailem w ciągu 10 dni roboczych. To potwierdzenie może Pan przedłożyć w gminie jako dowód aktywnego poszukiwania pracy (sollicitatiebewijs).',
        ],
        closing: ['Z poważaniem,', 'Ewa Kaczmarek, konsultant ds. rekrutacji'],
      }),
  });

  // ------------------------------------------------------------------ holiday notices
  add({
    id: 'tatil-bildirimi-turkce',
    type: 'holiday_notice',
    client: emine.kn,
    expected: 'route',
    language: 'tr',
    render: 'scan',
    label: 'Turkish letter announcing a three-week stay in Turkey, client number given',
    date: '2026-06-01',
    build: () =>
      letter({
        sender: ['Emine Öztürk', emine.street, `${emine.pc} ${emine.city}`, `Müşteri numarası: ${emine.kn}`],
        to: GEMEENTE,
        place: `Voorbeeld, ${date('2026-06-01', 'dot')}`,
        subject: 'Konu: Yurt dışında kalış bildirimi (vakantiemelding)',
        salutation: 'Sayın Yetkili,',
        body: [
          '15 Temmuz 2026 ile 5 Ağustos 2026 tarihleri arasında annemi ziyaret etmek için Türkiye’ye (Kayseri) gideceğimi bildirmek isterim. Toplam 22 gün yurt dışında olacağım.',
          'Uçak biletimin bir kopyasını ekte gönderiyorum. Bu süre içinde randevularıma katılamayacağım; dönüşümden sonra hemen iletişime geçeceğim. Acil bir durumda e-posta ile ulaşılabilirim.',
          'Hollandaca yazamadığım için özür dilerim, kızım çeviri için yardım edemedi.',
        ],
        closing: 'Saygılarımla,',
        signature: 'E. Öztürk',
        signedBy: ['Emine Öztürk'],
      }),
  });
  add({
    id: 'melding-verblijf-buitenland-suriname',
    type: 'holiday_notice',
    client: dewi.kn,
    expected: 'route',
    language: 'nl',
    render: 'digital',
    label: 'Municipal "verblijf in het buitenland" form filled in on screen (Suriname trip)',
    date: '2026-09-14',
    producer: 'Adobe Acrobat Reader (formulier)',
    build: () => {
      const d = new Doc({ font: 'sans', size: 9.5, margin: 22, top: 16 });
      d.rect(22, 16, 166, 12, { fill: INK.teal });
      d.put('Gemeente Voorbeeld · Melding verblijf in het buitenland', 26, 24, { font: 'sansB', size: 12, color: [1, 1, 1] });
      d.at(36);
      d.text(
        'Meld uw vakantie minimaal 2 weken van tevoren. U mag maximaal 4 weken per jaar (28 dagen) in het buitenland verblijven met behoud van uitkering.',
        {
          size: 8.5,
          color: INK.grey,
        },
      );
      d.gap(3);
      d.field('Naam', dewi.name, { hand: false });
      d.field('Klantnummer', dewi.kn, { hand: false, lineTo: 100 });
      d.field('BSN', dewi.bsn, { hand: false, lineTo: 100 });
      d.field('Land van bestemming', 'Suriname (Paramaribo)', { hand: false });
      d.field('Vertrekdatum', '02-11-2026', { hand: false, lineTo: 100 });
      d.field('Terugkomstdatum', '23-11-2026', { hand: false, lineTo: 100 });
      d.field('Reden', 'familiebezoek, 80e verjaardag van mijn oma', { hand: false });
      d.field('Bereikbaar via', '+597 8 812 334 / whatsapp', { hand: false });
      d.gap(3);
      d.check('Ik heb een kopie van mijn ticket bijgevoegd', true, { hand: false });
      d.check('Ik heb een sollicitatieplicht en heb dit met mijn werkconsulent besproken', true, { hand: false });
      d.gap(4);
      d.field('Datum', '14-09-2026', { hand: false, lineTo: 100 });
      d.field('Handtekening', 'D. Soekhoe', { lineTo: 100 });
      return d;
    },
  });
  add({
    id: 'ishaar-safar-arabi',
    type: 'holiday_notice',
    client: lina.kn,
    expected: 'route',
    language: 'ar',
    render: 'photo',
    label: 'Arabic letter (right to left) announcing a family visit abroad, client number and BSN in digits',
    date: '2026-07-02',
    build: () =>
      letter({
        rtl: true,
        size: 12,
        sender: ['لينا صباغ', `رقم العميل: ${lina.kn}`, `الرقم الشخصي BSN: ${lina.bsn}`],
        to: ['إلى بلدية فوربيلد', 'قسم العمل والدخل'],
        subject: 'الموضوع: إشعار بالسفر إلى الخارج',
        salutation: 'السادة المحترمون،',
        body: [
          'أود إعلامكم بأنني سأسافر إلى الأردن لزيارة ابنتي المريضة في الفترة من 20 تموز 2026 حتى 10 آب 2026، أي لمدة اثنين وعشرين يومًا.',
          'مرفق نسخة من تذكرة الطيران. أرجو إعلامي إذا كان هذا السفر يؤثر على المساعدة الاجتماعية. سأكون متاحة عبر البريد الإلكتروني خلال فترة السفر.',
        ],
        closing: 'مع خالص الشكر والتقدير،',
        signedBy: ['لينا صباغ', 'فوربيلد، 2 تموز 2026'],
      }),
  });

  // ------------------------------------------------------------------ rental
  add({
    id: 'huurverhoging-corporatie-klantnr-pen',
    type: 'rental_agreement',
    client: els.kn,
    expected: 'route',
    language: 'nl',
    render: 'scan',
    label: "Housing association's annual rent increase letter; client number written on it by hand",
    date: '2026-04-28',
    build: () => {
      const d = official({
        org: 'Woonstede Voorbeeld',
        orgLines: ['Postbus 501, 1230 CA Voorbeeld', 'www.woonstede.example · 0123 600 600', 'KvK 41001234'],
        color: [0.45, 0.1, 0.45],
        to: addr(els, 'Mevrouw E. Peters'),
        refs: [
          ['Huurdernummer', '0088-21455'],
          ['Adres woning', `${els.street}, Voorbeeld`],
          ['Datum', date('2026-04-28')],
        ],
        subject: 'Voorstel tot huurverhoging per 1 juli 2026',
        body: [
          'Geachte mevrouw Peters,',
          'Elk jaar passen wij de huur aan. Met deze brief doen wij u een voorstel voor de nieuwe huurprijs van uw woning per 1 juli 2026.',
          `Uw huidige kale huur is ${eur(684.2)}. De nieuwe kale huur wordt ${eur(715.0)}; een verhoging van 4,5%. De servicekosten blijven ${eur(38.5)}. Uw totale huur per 1 juli 2026 wordt daarmee ${eur(753.5)} per maand.`,
          'Bent u het niet eens met dit voorstel? Dan kunt u vóór 1 juli 2026 bezwaar maken bij ons. Meer informatie vindt u in de bijgevoegde folder en op onze website.',
        ],
        closing: ['Met vriendelijke groet,', 'Woonstede Voorbeeld, afdeling Verhuur'],
      });
      d.put(`${els.kn} nieuwe huur!`, 120, 62, { font: 'hand', size: 14, color: INK.pen, hand: true });
      return d;
    },
  });
  add({
    id: 'huurovereenkomst-zelfstandig',
    type: 'rental_agreement',
    client: yonas.kn,
    expected: 'route',
    language: 'nl',
    render: 'digital',
    label: 'Tenancy agreement for an apartment; tenant identified by name + birth date',
    date: '2026-08-03',
    producer: 'Huurcontract Generator v3 (ROZ-model)',
    build: () => {
      const d = new Doc({ font: 'serif', size: 9.5, margin: 24, top: 18 });
      d.text('HUUROVEREENKOMST WOONRUIMTE', { font: 'serifB', size: 14, align: 'center' });
      d.text('naar het model van de Raad voor Onroerende Zaken', { size: 8, align: 'center', color: INK.grey });
      d.gap(6);
      d.text('DE ONDERGETEKENDEN:', { font: 'serifB' });
      d.text('Vastgoed Beheer Noordhaven B.V., gevestigd te Voorbeeld, Kanaalweg 14, KvK 71234567, hierna te noemen "verhuurder",');
      d.gap(2);
      d.text('en');
      d.gap(2);
      d.text(`de heer Yonas Berhane, geboren op ${date(yonas.birth)} te Asmara, thans wonende te Voorbeeld, hierna te noemen "huurder",`);
      d.gap(4);
      d.text('ZIJN OVEREENGEKOMEN:', { font: 'serifB' });
      const arts = [
        `1.1 Verhuurder verhuurt aan huurder de zelfstandige woonruimte, plaatselijk bekend ${yonas.street}, ${yonas.pc} Voorbeeld, bestaande uit een woonkamer, een slaapkamer, keuken en badkamer.`,
        '2.1 Deze overeenkomst gaat in op 1 september 2026 en wordt aangegaan voor onbepaalde tijd.',
        `3.1 De kale huurprijs bedraagt bij aanvang ${eur(742.66)} per maand. De voorschotbijdrage servicekosten bedraagt ${eur(45.0)} per maand. Totaal te betalen: ${eur(787.66)} per maand, vóór de eerste van de maand.`,
        `4.1 Huurder betaalt bij aanvang een waarborgsom van ${eur(1485.32)}.`,
        '5.1 De huurprijs kan jaarlijks per 1 juli worden aangepast overeenkomstig de wettelijke bepalingen.',
        '6.1 Het is huurder niet toegestaan het gehuurde geheel of gedeeltelijk onder te verhuren.',
      ];
      for (const a of arts) d.text(a).gap(1.5);
      d.gap(6);
      d.text('Aldus opgemaakt en in tweevoud ondertekend te Voorbeeld op 3 augustus 2026.');
      d.gap(8);
      d.row([
        { s: 'Verhuurder', x: 0, font: 'serifB' },
        { s: 'Huurder', x: 95, font: 'serifB' },
      ]);
      d.row([
        { s: 'p.o. M. Rietveld', x: 0, font: 'hand2', size: 14, color: INK.pen },
        { s: 'Y. Berhane', x: 95, font: 'hand2', size: 14, color: INK.pen },
      ]);
      return d;
    },
  });
  add({
    id: 'kamerhuur-handgeschreven',
    type: 'rental_agreement',
    client: stefan.kn,
    expected: 'route',
    language: 'nl',
    render: 'photo',
    label: 'Handwritten room-rental agreement with a private landlord (name + birth date)',
    date: '2026-02-01',
    build: () =>
      letter({
        font: 'hand',
        size: 12.5,
        hand: true,
        subject: 'Huurovereenkomst kamer',
        body: [
          'Ondergetekende A. Kramer, Kerkstraat 33 Voorbeeld, verhuurt aan',
          `Stefan Kuipers, geb. ${date(stefan.birth, 'num')}, een kamer op de 1e verdieping van dit adres (Kerkstraat 33, ${stefan.pc}).`,
          'Ingang: 1 februari 2026, voor onbepaalde tijd. Opzegtermijn 1 maand.',
          'Huur: 475,- per maand all-in (gas licht water internet). Keuken en douche worden gedeeld met 1 andere huurder.',
          'Borg 475,- contant ontvangen.',
          'Voorbeeld, 1-2-2026',
        ],
        signature: 'A. Kramer          S. Kuipers',
        signedBy: ['verhuurder                          huurder'],
      }),
  });

  // ------------------------------------------------------------------ UWV
  add({
    id: 'uwv-ww-toekenning',
    type: 'uwv_decision',
    client: kevin.kn,
    expected: 'route',
    language: 'nl',
    render: 'digital',
    label: 'UWV decision granting unemployment benefit (WW), BSN',
    date: '2026-02-19',
    producer: 'UWV Documentservice',
    build: () =>
      official({
        org: 'UWV',
        orgLines: ['Uitvoeringsinstituut Werknemersverzekeringen', 'Postbus 58285, 1040 HG Amsterdam', 'uwv.nl · 088 - 898 92 94'],
        color: [0.0, 0.3, 0.6],
        style: 'plain',
        to: addr(kevin, 'De heer K. Mulder'),
        refs: [
          ['Datum', date('2026-02-19')],
          ['Burgerservicenummer', kevin.bsn],
          ['Ons kenmerk', 'WW/26/0448123'],
          ['Onderwerp', 'Uw WW-uitkering'],
        ],
        subject: 'U krijgt een WW-uitkering',
        body: [
          'Geachte heer Mulder,',
          `U hebt een WW-uitkering aangevraagd. U krijgt deze uitkering vanaf 2 februari 2026. In deze brief leest u hoe hoog uw uitkering is en hoe lang u deze krijgt.`,
          `Uw dagloon is ${eur(112.4)}. De eerste 2 maanden krijgt u 75% van uw dagloon, daarna 70%. Uw uitkering is in de eerste maanden ongeveer ${eur(1832.0)} bruto per maand. U krijgt de uitkering tot en met 1 november 2026, tenzij u eerder werk vindt.`,
          'Hebt u naast de WW ook bijstand van de gemeente? Geef deze brief dan door aan uw gemeente.',
          'Bent u het niet eens met deze beslissing? Dan kunt u binnen 6 weken na de datum van deze brief bezwaar maken.',
        ],
        closing: ['Met vriendelijke groet,', 'UWV, afdeling Uitkeringen'],
        footer: 'WW01-2026 · Deze brief is automatisch aangemaakt en daarom niet ondertekend.',
      }),
  });
  add({
    id: 'uwv-wia-afwijzing-scan',
    type: 'uwv_decision',
    client: mieke.kn,
    expected: 'route',
    language: 'nl',
    render: 'scan',
    label: 'UWV decision refusing WIA (less than 35% incapacity), BSN',
    date: '2026-05-08',
    build: () =>
      official({
        org: 'UWV',
        orgLines: ['Afdeling Sociaal-Medische Zaken', 'Postbus 58285, 1040 HG Amsterdam', 'Telefoon 088 - 898 92 95'],
        color: [0.0, 0.3, 0.6],
        style: 'plain',
        to: addr(mieke, 'Mevrouw M. de Wit'),
        refs: [
          ['Datum', date('2026-05-08')],
          ['BSN', mieke.bsn],
          ['Kenmerk', 'WIA-B/2026/11923'],
        ],
        subject: 'Beslissing op uw WIA-aanvraag',
        body: [
          'Geachte mevrouw De Wit,',
          'U hebt een WIA-uitkering aangevraagd. Wij hebben onderzocht of u recht hebt op deze uitkering. U krijgt geen WIA-uitkering, omdat u voor minder dan 35% arbeidsongeschikt bent. Uw mate van arbeidsongeschiktheid is 22%.',
          'De verzekeringsarts heeft vastgesteld dat u beperkingen hebt, maar dat u nog wel kunt werken in functies zoals administratief medewerker en telefonist. De rapporten van de verzekeringsarts en de arbeidsdeskundige sturen wij u op verzoek toe.',
          'Bent u het niet eens met deze beslissing? Maak dan binnen 6 weken bezwaar.',
        ],
        closing: ['Met vriendelijke groet,', 'UWV'],
      }),
  });

  // ------------------------------------------------------------------ tax
  add({
    id: 'toeslagen-beschikking-huurtoeslag',
    type: 'tax_document',
    client: marlon.kn,
    expected: 'route',
    language: 'nl',
    render: 'digital',
    label: 'Belastingdienst/Toeslagen: provisional rent allowance 2026, BSN',
    date: '2026-01-20',
    producer: 'Belastingdienst',
    build: () =>
      official({
        org: 'Belastingdienst/Toeslagen',
        orgLines: ['Postbus 8100', '6401 HK Heerlen', 'BelastingTelefoon 0800 - 0543'],
        color: [0.08, 0.2, 0.45],
        style: 'bar',
        to: addr(marlon, 'Dhr. M. Kromodimedjo'),
        refs: [
          ['Burgerservicenummer', bsnDots(marlon.bsn)],
          ['Datum', date('2026-01-20')],
          ['Betreft', 'Voorschot huurtoeslag 2026'],
        ],
        subject: 'Voorlopige berekening huurtoeslag 2026',
        body: [
          'Geachte heer Kromodimedjo,',
          `U krijgt in 2026 een voorschot huurtoeslag van ${eur(3744)} voor het hele jaar. Dit is ${eur(312)} per maand. Wij betalen het voorschot rond de 20e van elke maand uit op rekening NL58 SNSB 0912 3345 67.`,
          `Wij hebben het voorschot berekend met deze gegevens: rekenhuur ${eur(698.1)} per maand, toetsingsinkomen ${eur(16820)}, 1 persoon in huis.`,
          'Klopt een van deze gegevens niet? Geef wijzigingen dan zo snel mogelijk door via Mijn toeslagen. Zo voorkomt u dat u achteraf moet terugbetalen.',
        ],
        closing: ['Met vriendelijke groet,', 'Belastingdienst/Toeslagen'],
      }),
  });
  add({
    id: 'jaaropgave-2025-werkgever',
    type: 'tax_document',
    client: roy.kn,
    expected: 'route',
    language: 'nl',
    render: 'scan',
    label: "Employer's annual income statement (jaaropgave) 2025, BSN and birth date",
    date: '2026-01-29',
    build: () => {
      const d = new Doc({ font: 'mono', size: 9, margin: 20, top: 16 });
      d.text('TECHNISCH INSTALLATIEBEDRIJF HOOGLAND B.V.', { font: 'monoB', size: 10 });
      d.text('Nijverheidsweg 7 1239 AB VOORBEELD   Loonheffingennr 8612.03.447.L01');
      d.gap(8);
      d.text('JAAROPGAAF 2025', { font: 'monoB', size: 13 });
      d.gap(4);
      const kv: [string, string][] = [
        ['Naam werknemer', 'R. Amatmoekrim'],
        ['Adres', `${roy.street}, ${roy.pc} VOORBEELD`],
        ['Burgerservicenummer', roy.bsn],
        ['Geboortedatum', date(roy.birth, 'num')],
        ['Personeelsnummer', '0317'],
        ['Periode', '01-01-2025 t/m 31-12-2025'],
        ['', ''],
        ['Loon voor de loonheffing', eur(24118.4)],
        ['Ingehouden loonheffing', eur(1903.0)],
        ['Verrekende arbeidskorting', eur(4210.0)],
        ['Loonheffingskorting toegepast', 'ja, vanaf 01-01-2025'],
        ['Bijdrageloon Zvw', eur(24118.4)],
        ['Ingehouden bijdrage Zvw', eur(0)],
        ['Code Zvw', 'K'],
        ['Waarde privégebruik auto', eur(0)],
      ];
      for (const [k, v] of kv)
        d.row([
          { s: k, x: 0 },
          { s: v, x: 78 },
        ]);
      d.gap(8);
      d.text('Bewaar deze jaaropgaaf bij uw belastingpapieren. U heeft hem nodig voor uw aangifte inkomstenbelasting.', { size: 8 });
      return d;
    },
  });

  // ------------------------------------------------------------------ debts
  add({
    id: 'aanmaning-incassobureau-alleen-naam',
    type: 'debt_notice',
    client: null,
    expected: 'route',
    language: 'nl',
    render: 'digital',
    label: 'Collection agency reminder addressed to a client by name and address only (no usable identifier); schuldhulp takes it',
    date: '2026-03-17',
    producer: 'Collectrix Incasso Suite',
    build: () =>
      official({
        org: 'Noordkust Incasso B.V.',
        orgLines: ['Gerechtsdeurwaarders & incasso', 'Postbus 2020, 8000 CA Zwolle', 'T 038 - 420 00 00 · info@noordkust.example'],
        color: [0.6, 0.05, 0.05],
        to: addr(samira, 'Mevrouw S. Ouled Ali'),
        refs: [
          ['Dossiernummer', '2026-0031877'],
          ['Opdrachtgever', 'Ziggo Services B.V.'],
          ['Datum', date('2026-03-17', 'num')],
        ],
        subject: 'LAATSTE AANMANING — voorkom verdere kosten',
        body: [
          'Geachte mevrouw Ouled Ali,',
          'Ondanks eerdere herinneringen van onze opdrachtgever heeft u de onderstaande vordering nog steeds niet voldaan. Wij verzoeken u dringend het totaalbedrag binnen 14 dagen na dagtekening van deze brief over te maken.',
          `Hoofdsom: ${eur(214.87)}  ·  Buitengerechtelijke incassokosten: ${eur(40.0)}  ·  Wettelijke rente: ${eur(3.12)}  ·  Totaal te voldoen: ${eur(257.99)}`,
          'Betaal op NL86 RABO 0301 2245 77 onder vermelding van uw dossiernummer. Kunt u niet in één keer betalen? Neem dan contact met ons op voor een betalingsregeling. Betaalt u niet, dan zullen wij onze opdrachtgever adviseren een gerechtelijke procedure te starten, wat aanzienlijke extra kosten met zich meebrengt.',
        ],
        closing: ['Hoogachtend,', 'Noordkust Incasso B.V.'],
      }),
  });
  add({
    id: 'cak-betalingsachterstand-bsn',
    type: 'debt_notice',
    client: murat.kn,
    expected: 'route',
    language: 'nl',
    render: 'scan',
    label: 'CAK letter: arrears on the administrative health-insurance premium (bestuursrechtelijke premie), BSN',
    date: '2026-04-09',
    build: () =>
      official({
        org: 'CAK',
        orgLines: ['Postbus 84030', '2508 AA Den Haag', 'hetcak.nl · 0800 - 0087'],
        color: [0.85, 0.3, 0.05],
        style: 'plain',
        to: addr(murat, 'Dhr. M. Doğan'),
        refs: [
          ['Datum', date('2026-04-09')],
          ['Burgerservicenummer', murat.bsn],
          ['Referentie', 'BRP-2026-7781034'],
        ],
        subject: 'Herinnering: betaal uw bestuursrechtelijke premie',
        body: [
          'Geachte heer Doğan,',
          `U bent aangemeld bij het CAK omdat u een betalingsachterstand hebt bij uw zorgverzekeraar. U betaalt daarom een bestuursrechtelijke premie. Wij hebben de premie over maart 2026 van ${eur(187.42)} niet ontvangen.`,
          'Betaal het bedrag binnen 14 dagen. Hebt u een uitkering van de gemeente? Dan kan de premie in overleg met u op uw uitkering worden ingehouden (bronheffing).',
          'Hebt u schulden en lukt het niet meer? Neem contact op met de schuldhulpverlening van uw gemeente.',
        ],
        closing: ['Met vriendelijke groet,', 'CAK'],
      }),
  });
  add({
    id: 'aanmaning-energie-onbekende',
    type: 'debt_notice',
    client: null,
    expected: 'route',
    language: 'nl',
    render: 'digital',
    label: 'Energy supplier payment reminder for a person who is not a client (schuldhulp handles unknown people)',
    date: '2026-10-05',
    producer: 'Voltera Energie klantpost',
    build: () =>
      official({
        org: 'Voltera Energie',
        orgLines: ['Postbus 100, 9700 AC Groningen', 'Klantenservice 085 - 303 03 03', 'voltera.example'],
        color: [0.1, 0.55, 0.3],
        to: addr(brouwer, 'T. Brouwer'),
        refs: [
          ['Klantnummer', '500 221 9903'],
          ['Factuurnummer', 'F2026-0918822'],
          ['Datum', date('2026-10-05')],
        ],
        subject: 'Tweede herinnering: uw termijnbedragen staan nog open',
        body: [
          'Beste heer Brouwer,',
          `Wij hebben de termijnbedragen van augustus en september (2 × ${eur(142.0)}) nog niet van u ontvangen. Het openstaande bedrag is ${eur(284.0)}.`,
          'Wilt u dit bedrag binnen 14 dagen betalen? Lukt dat niet, bel ons dan: we kijken graag samen naar een betalingsregeling. Ook kunt u hulp vragen bij uw gemeente. Als wij niets van u horen, dragen wij de vordering over aan een incassobureau; daar zijn extra kosten aan verbonden.',
          'Wij melden een betalingsachterstand niet eerder bij de gemeente dan nadat wij u een aanbod voor schuldhulp hebben gedaan (vroegsignalering).',
        ],
        closing: ['Met vriendelijke groet,', 'Team Debiteuren, Voltera Energie'],
      }),
  });

  // ------------------------------------------------------------------ AVG rectification (type other)
  add({
    id: 'avg-rectificatie-naam-spelling',
    type: 'other',
    client: agnieszka.kn,
    expected: 'triage',
    reason: 'type-other',
    language: 'nl',
    render: 'digital',
    label: 'GDPR art. 16 request to correct the spelling of her name (privacy request: type other)',
    date: '2026-02-11',
    build: () =>
      letter({
        sender: ['Agnieszka Wiśniewska', agnieszka.street, `${agnieszka.pc} ${agnieszka.city}`, agnieszka.email ?? ''],
        to: ['Gemeente Voorbeeld', 't.a.v. de Functionaris Gegevensbescherming', 'Postbus 1234', '1230 AA Voorbeeld'],
        place: `Voorbeeld, ${date('2026-02-11')}`,
        subject: 'Verzoek tot rectificatie van persoonsgegevens (art. 16 AVG)',
        refs: [`Klantnummer Werk & Inkomen: ${agnieszka.kn}`],
        salutation: 'Geachte heer/mevrouw,',
        body: [
          'In alle brieven die ik van Werk & Inkomen ontvang, wordt mijn achternaam geschreven als "Wisniewska" of zelfs "Wlsniewska". De juiste schrijfwijze is Wiśniewska, met een ś, zoals in mijn paspoort en in de BRP.',
          'Ook staat mijn geboortedatum in uw brief van 2 februari verkeerd vermeld als 06-09-1995; dat moet 09-06-1995 zijn. Door deze fouten werd mijn bankbetaling vorige maand tegengehouden.',
          'Op grond van artikel 16 van de Algemene verordening gegevensbescherming verzoek ik u deze onjuiste gegevens in al uw systemen te corrigeren en mij binnen een maand te laten weten dat dit is gebeurd. Een kopie van mijn paspoort (met afgeschermd BSN en foto) is bijgevoegd.',
        ],
        closing: 'Met vriendelijke groet,',
        signature: 'A. Wiśniewska',
        signedBy: ['Agnieszka Wiśniewska'],
      }),
  });

  return specs;
}
