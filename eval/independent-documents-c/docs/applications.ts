// Applications for bijstand, holiday notices and post that is none of the types (other).
import { C, dmy, type Spec, strangerBsn } from '../lib/common.ts';
import { addressBlock, boxField, checkbox, field, GEMEENTE_EN, outlook, signature, webmail } from '../lib/parts.ts';
import { Doc, INK } from '../lib/sheet.ts';

export const APPLICATIONS: Spec[] = [
  {
    slug: 'aanvraagformulier-bijstand-handgeschreven',
    type: 'benefit_application',
    client: null,
    language: 'nl',
    render: 'scan',
    label: 'Pre-printed application form for bijstand filled in by hand by a new applicant (not in the directory)',
    date: '2026-03-03',
    dpi: 175,
    build: () => {
      const bsn = strangerBsn('Priscilla Doorson');
      const d = new Doc('sans', 9);
      let p = d.page();
      p.t(64, 50, 'GEMEENTE VOORBEELD', { f: 'sansB', size: 11 });
      p.t(531, 50, 'Formulier A1', { size: 8, align: 'right' });
      p.at(70);
      p.ln('Aanvraag algemene bijstand (Participatiewet)', { f: 'sansB', size: 16, after: 2 });
      p.ln('Lees eerst de toelichting. Schrijf in blokletters. Lever kopieën in, geen originelen.', { size: 8.5, after: 10 });
      p.rect(64, p.y, 467, 18, { fill: [0.85, 0.85, 0.85] });
      p.t(70, p.y + 13, 'Deel 1  Persoonsgegevens aanvrager', { f: 'sansB', size: 10 });
      p.gap(26);
      boxField(p, 'Achternaam', 'DOORSON', { lw: 140 });
      boxField(p, 'Voornamen (voluit)', 'PRISCILLA MARIA', { lw: 140 });
      boxField(p, 'Geboortedatum', '03-11-1993', { lw: 140 });
      boxField(p, 'Burgerservicenummer', bsn, { lw: 140 });
      boxField(p, 'Adres', 'Reigerstraat 17, 1236 LK Voorbeeld', { lw: 140 });
      boxField(p, 'Telefoon / e-mail', '06-19 44 80 27', { lw: 140 });
      p.ln('Nationaliteit', { size: 9 });
      checkbox(p, 204, p.y - 12, 'Nederlandse', true);
      checkbox(p, 300, p.y - 12, 'Anders, namelijk ...........', false);
      p.gap(8);
      p.rect(64, p.y, 467, 18, { fill: [0.85, 0.85, 0.85] });
      p.t(70, p.y + 13, 'Deel 2  Woonsituatie', { f: 'sansB', size: 10 });
      p.gap(26);
      checkbox(p, 70, p.y, 'Ik woon alleen', false);
      checkbox(p, 200, p.y, 'Ik woon met mijn kind(eren)', true);
      checkbox(p, 380, p.y, 'Ik woon samen', false);
      p.gap(18);
      boxField(p, 'Aantal kinderen en leeftijd', '2 (4 en 7 jaar)', { lw: 140 });
      boxField(p, 'Sinds wanneer op dit adres', 'sept. 2021', { lw: 140 });
      p.rect(64, p.y, 467, 18, { fill: [0.85, 0.85, 0.85] });
      p.t(70, p.y + 13, 'Deel 3  Inkomen en vermogen', { f: 'sansB', size: 10 });
      p.gap(26);
      boxField(p, 'Laatste werk / inkomen', 'kassamedewerker, contract gestopt 28-2', { lw: 140 });
      boxField(p, 'Saldo bankrekening(en)', '€ 143,-', { lw: 140 });
      boxField(p, 'Auto, spaargeld, woning', 'nee', { lw: 140 });
      p.t(297, 820, '1', { size: 8, align: 'center' });
      p = d.page();
      p.at(60);
      p.rect(64, p.y, 467, 18, { fill: [0.85, 0.85, 0.85] });
      p.t(70, p.y + 13, 'Deel 4  Ondertekening', { f: 'sansB', size: 10 });
      p.gap(28);
      p.p(
        'Ik verklaar dat ik dit formulier volledig en naar waarheid heb ingevuld. Ik weet dat de gemeente mijn gegevens controleert bij andere instanties. Ik geef wijzigingen direct door.',
      );
      field(p, 64, p.y, 180, 'Plaats en datum', 'Voorbeeld, 2 maart 2026');
      field(p, 300, p.y, 200, 'Handtekening', 'P. Doorson');
      p.gap(50);
      p.ln('Bijlagen (kruis aan wat u meestuurt)', { f: 'sansB' });
      const att: [string, boolean][] = [
        ['Kopie legitimatiebewijs', true],
        ['Bankafschriften laatste 3 maanden', true],
        ['Huurcontract', true],
        ['Laatste loonstrook / ontslagbrief', false],
      ];
      for (const [l, on] of att) {
        checkbox(p, 70, p.y, l, on);
        p.gap(15);
      }
      return d;
    },
  },
  {
    slug: 'application-social-assistance-letter-english',
    type: 'benefit_application',
    client: null,
    language: 'en',
    render: 'digital',
    label: 'English letter applying for social assistance from a newcomer not in the directory',
    date: '2026-02-16',
    author: 'Daniel Okafor',
    build: () => {
      const d = new Doc('serif', 10.5);
      const p = d.page();
      p.at(70);
      addressBlock(p, ['Daniel Okafor', 'Kastanjelaan 22A', '1237 BK Voorbeeld', 'd.okafor@mail.example']);
      addressBlock(p, GEMEENTE_EN);
      p.ln('16 February 2026', { after: 10 });
      p.ln('Re: Application for social assistance (bijstand)', { f: 'serifB', after: 8 });
      p.p(`Dear Sir or Madam,

I would like to apply for social assistance under the Participation Act. I moved to Voorbeeld in December 2025 after my contract as a research assistant at the university ended. My unemployment benefit from UWV stopped on 31 January 2026 and I have not found new work yet.

My details:
Name: Daniel Chukwuemeka Okafor
Date of birth: 14 July 1986
Citizen service number (BSN): ${strangerBsn('Daniel Okafor')}
Residence permit: EU long-term resident, valid until 2029

I live alone and rent a room for EUR 540 per month. I have about EUR 600 in my bank account. I am actively looking for work and I am willing to follow any programme the municipality offers.

I was told at the desk that I should first register at werk.nl, which I did on 12 February. Please let me know which documents you need; I can deliver them in person.

Yours faithfully,`);
      signature(p, 'Daniel Okafor');
      return d;
    },
  },
  {
    slug: 'zaiava-sotsialna-dopomoha-ukrainska',
    type: 'benefit_application',
    client: null,
    language: 'uk',
    render: 'photo',
    ext: 'jpg',
    label: 'Handwritten Ukrainian application for social assistance from a newcomer, photographed',
    date: '2026-03-04',
    build: () => {
      const d = new Doc('hand', 14);
      const p = d.page();
      for (let i = 0; i < 28; i++) p.line(50, 100 + i * 25, 545, 100 + i * 25, 0.3, [0.6, 0.7, 0.85]);
      const lines = [
        'До муніципалітету Voorbeeld,',
        'відділ Werk en Inkomen',
        '',
        'ЗАЯВА',
        'Я, Олена Коваленко, 12.04.1979 р.н., прошу надати',
        'мені соціальну допомогу (bijstand). Я проживаю',
        'за адресою Merelstraat 5, 1235 KL Voorbeeld.',
        'Моя робота на фабриці закінчилась 27.02.2026,',
        'інших доходів у мене немає. Зі мною живе',
        'мій син Андрій, 15 років. Мій BSN: ' + strangerBsn('Olena Kovalenko'),
        'Прошу повідомити, які документи потрібні.',
        'Телефон: 06 87 12 44 90 (можна голландською',
        'через перекладача).',
        '',
        '03.03.2026                 Коваленко О.',
      ];
      p.at(80);
      for (const l of lines) {
        if (l) p.t(l === 'ЗАЯВА' ? 250 : 70, p.y + 18, l, { f: 'hand', size: 15, color: INK });
        p.gap(25);
      }
      return d;
    },
  },
  {
    slug: 'talab-musaada-ijtimaiya-arabi',
    type: 'benefit_application',
    client: null,
    language: 'ar',
    render: 'scan',
    label: 'Arabic letter applying for bijstand from a newcomer not in the directory (right-to-left)',
    date: '2026-02-25',
    build: () => {
      const d = new Doc('sans', 12);
      const p = d.page();
      p.at(70);
      p.ln('إلى بلدية فوربيلد - قسم العمل والدخل', { rtl: true, f: 'sansB', size: 13, after: 6 });
      p.ln('Gemeente Voorbeeld – Werk en Inkomen', { size: 9, after: 12 });
      p.ln('الموضوع: طلب مساعدة اجتماعية (بيستاند)', { rtl: true, f: 'sansB', after: 10 });
      p.p(
        `السادة المحترمون،

أنا خالد المصري، مولود في 1988/03/17، وصلت إلى هولندا قبل سنتين وحصلت على الإقامة في شهر يناير 2026. انتقلت من مركز اللجوء إلى بيت في مدينتكم بتاريخ 2026/02/10 وعنواني الآن: Lijsterbeslaan 41, 1232 VR Voorbeeld.

ليس لدي عمل ولا دخل حالياً، وأعيش مع زوجتي وطفلين. أرجو منكم منحي المساعدة الاجتماعية حتى أجد عملاً. رقمي الشخصي (BSN) هو ${strangerBsn('Khaled Al-Masri')}.

أرجو إرسال الرد إلي بالعربية أو بلغة هولندية بسيطة، لأنني ما زلت أتعلم اللغة الهولندية.

مع الشكر والاحترام،
خالد المصري`,
        { rtl: true, size: 12.5, lh: 22 },
      );
      p.ln('Khaled Al-Masri — tel. 06 33 81 20 57', { size: 10 });
      return d;
    },
  },
  {
    slug: 'melding-bijstand-webformulier-terugkerend',
    type: 'benefit_application',
    client: 'K-100220',
    language: 'nl',
    render: 'digital',
    label: 'Printout of the online bijstand application (returning client), BSN, two columns of answers',
    date: '2026-03-27',
    author: 'Gemeente Voorbeeld e-formulieren',
    build: () => {
      const c = C('K-100220');
      const d = new Doc('sans', 9);
      const p = d.page();
      p.left = 40;
      p.right = 555;
      p.rect(40, 36, 515, 34, { fill: [0.85, 0.1, 0.2] });
      p.t(52, 58, 'Gemeente Voorbeeld  ·  E-formulier', { f: 'sansB', size: 12, color: [1, 1, 1] });
      p.at(86);
      p.ln('Melding en aanvraag bijstand levensonderhoud', { f: 'sansB', size: 14, after: 2 });
      p.ln('Ingediend op 27-03-2026 09:41 · referentie AB-26-03-27-1182 · ingelogd met DigiD', { size: 8, after: 10 });
      const top = p.y;
      p.kv(
        [
          ['Naam', 'K. Ouahabi'],
          ['BSN', c.bsn],
          ['Geboortedatum', dmy(c.birthDate)],
          ['Adres', c.street],
          ['', c.city],
          ['Telefoon', '06 20 11 73 65'],
          ['Burgerlijke staat', 'gescheiden'],
        ],
        { x: 40, labelW: 90 },
      );
      const y1 = p.y;
      p.at(top);
      p.kv(
        [
          ['Eerder bijstand?', 'Ja, tot juni 2024'],
          ['Reden aanvraag', 'einde WW op 31-03-2026'],
          ['Gewenste ingangsdatum', '1 april 2026'],
          ['Woonkosten p.m.', '€ 597,00'],
          ['Banksaldo', '€ 1.212,40'],
          ['Vermogen anders', 'geen'],
          ['Huisgenoten', 'geen'],
        ],
        { x: 300, labelW: 120 },
      );
      p.at(Math.max(y1, p.y) + 6);
      p.p(
        'Toelichting aanvrager: "Mijn WW stopt eind maart. Ik ben 66 nog niet, dus ik heb nog geen AOW. Ik solliciteer wel maar op mijn leeftijd lukt het niet. Graag een afspraak voor het intakegesprek in de ochtend."',
        { f: 'sansI' },
      );
      p.ln('Wat gebeurt er nu?', { f: 'sansB', size: 11 });
      p.p(
        'Binnen 5 werkdagen nodigen wij u uit voor een gesprek. Neem dan de documenten mee die in de bevestigingsmail staan. U krijgt binnen 8 weken een beslissing op uw aanvraag.',
      );
      return d;
    },
  },
  {
    slug: 'email-applying-bijstand-after-contract',
    type: 'benefit_application',
    client: null,
    language: 'en',
    render: 'digital',
    label: 'Printed web-mail thread in English: a newcomer asks for bijstand, with a quoted earlier reply from the desk',
    date: '2026-03-23',
    author: 'Mail',
    build: () => {
      const d = new Doc('sans', 9.5);
      const p = d.page();
      webmail(p, 'ana.ferreira.silva@mail.example', 'Applying for bijstand after my contract ended', [
        {
          head: {
            from: 'Ana Ferreira Silva <ana.ferreira.silva@mail.example>',
            to: 'werkeninkomen@gemeente-voorbeeld.example',
            date: 'ma 23 mrt 2026 08:12',
            subject: 'Applying for bijstand after my contract ended',
            attachments: 'id-card.jpg, ontslagbrief.pdf',
          },
          body: `Good morning,

Following the advice of your colleague at the front desk, I hereby apply for bijstand. My temporary contract at a call centre ended on 15 March 2026 and I do not qualify for WW because I worked there only 20 weeks.

I am Portuguese, living in the Netherlands since 2023, registered at Bremstraat 3, 1234 KE Voorbeeld. Born 02-09-1997. I live with one housemate; we each pay our own share of the rent.

Could you please confirm that this e-mail counts as my application, so that the date of 23 March is used?

Best regards,
Ana Ferreira Silva`,
          quoted: `On Fri 20 Mar 2026, Balie Werk en Inkomen wrote:
> Dear Ms Ferreira Silva, as discussed at the desk you can apply by e-mail or online. Please mention your date of birth and address. You will then receive an invitation for an intake interview.`,
        },
      ]);
      return d;
    },
  },
  // ---------------------------------------------------------------- holidays
  {
    slug: 'melding-verblijf-buitenland-formulier',
    type: 'holiday_notice',
    client: 'K-100500',
    language: 'nl',
    render: 'scan',
    label: 'Pre-printed form "verblijf buiten Nederland" filled in by hand with client number',
    date: '2026-04-07',
    build: () => {
      const d = new Doc('sans', 9.5);
      const p = d.page();
      p.t(64, 50, 'Gemeente Voorbeeld · Werk en Inkomen', { f: 'sansB', size: 10 });
      p.at(70);
      p.ln('Melding vakantie / verblijf buiten Nederland', { f: 'sansB', size: 15, after: 2 });
      p.p(
        'Met een bijstandsuitkering mag u maximaal 4 weken per kalenderjaar in het buitenland verblijven. Meld uw vertrek minstens 2 weken van tevoren.',
        { size: 8.5 },
      );
      field(p, 64, p.y, 220, 'Naam', 'D. Arslan');
      field(p, 320, p.y, 210, 'Klantnummer', 'K-100500');
      p.gap(38);
      field(p, 64, p.y, 220, 'Land van bestemming', 'Turkije (Antalya)');
      field(p, 320, p.y, 210, 'Adres tijdens verblijf', 'bij mijn zus, Muratpaşa');
      p.gap(38);
      field(p, 64, p.y, 220, 'Vertrekdatum', '1 juli 2026');
      field(p, 320, p.y, 210, 'Terugkeerdatum', '26 juli 2026');
      p.gap(38);
      p.ln('Gaan er gezinsleden mee?', { f: 'sansB' });
      checkbox(p, 70, p.y, 'Nee', false);
      checkbox(p, 140, p.y, 'Ja, namelijk:', true);
      p.t(240, p.y + 9, 'mijn dochter Elif (12)', { f: 'hand', size: 12.5, color: INK });
      p.gap(24);
      p.ln('Eerder dit jaar buiten Nederland geweest?', { f: 'sansB' });
      checkbox(p, 70, p.y, 'Nee', true);
      checkbox(p, 140, p.y, 'Ja, van ......... tot .........', false);
      p.gap(30);
      field(p, 64, p.y, 180, 'Datum', '6-4-2026');
      field(p, 320, p.y, 200, 'Handtekening', 'D. Arslan');
      p.gap(60);
      p.rect(64, p.y, 467, 70, { stroke: [0.4, 0.4, 0.4], lw: 0.5 });
      p.t(70, p.y + 14, 'Alleen voor de gemeente', { f: 'sansB', size: 8 });
      p.t(70, p.y + 30, 'Ontvangen door: ............   Datum: ............   Akkoord consulent: ja / nee', { size: 8 });
      return d;
    },
  },
  {
    slug: 'tatil-bildirimi-eposta',
    type: 'holiday_notice',
    client: 'K-100269',
    language: 'tr',
    render: 'digital',
    label: 'Printed Turkish e-mail announcing a three-week stay in Turkey, BSN labelled',
    date: '2026-05-04',
    author: 'Microsoft Outlook',
    build: () => {
      const c = C('K-100269');
      const d = new Doc('serif', 10);
      const p = d.page();
      outlook(
        p,
        'Zeynep Çelik',
        {
          from: 'Zeynep Çelik <zeynep.celik81@mail.example>',
          to: 'werkeninkomen@gemeente-voorbeeld.example',
          date: 'maandag 4 mei 2026 19:47',
          subject: 'Tatil bildirimi / vakantie melden',
        },
        `Merhaba,

Yaz tatilinde Türkiye'ye gitmek istiyorum. Annem hasta, onun yanında kalacağım.

Adım: Zeynep Çelik
BSN: ${c.bsn}
Gidiş: 20 Temmuz 2026
Dönüş: 9 Ağustos 2026 (toplam 3 hafta)
Adres: Denizli, Merkezefendi, annemin evi

Çocuklarım da benimle geliyor. Okul tatili olduğu için okul izni gerekmiyor.

Bu bildirim yeterli mi, yoksa bir form doldurmam gerekiyor mu? Lütfen bana bildirin.

Teşekkürler,
Zeynep Çelik
(Hollandaca kısa: ik ga 20-7 t/m 9-8 naar Turkije, naar mijn zieke moeder)`,
      );
      return d;
    },
  },
  {
    slug: 'travel-notice-unknown-client-number',
    type: 'holiday_notice',
    client: 'K-100353',
    language: 'en',
    render: 'scan',
    label: 'English travel notice quoting a client number that does not exist, with correct name and birth date',
    date: '2026-04-14',
    build: () => {
      const c = C('K-100353');
      const d = new Doc('sans', 11);
      const p = d.page();
      p.at(80);
      addressBlock(p, ['Senait Kahsay', c.street, c.city]);
      p.ln('To: Gemeente Voorbeeld, Werk en Inkomen', { after: 14 });
      p.ln('Voorbeeld, 13 April 2026', { after: 10 });
      p.ln('Notification of travel abroad', { f: 'sansB', size: 13, after: 6 });
      p.kv(
        [
          ['Name', 'Senait Kahsay'],
          ['Date of birth', dmy(c.birthDate)],
          ['Client number', 'K-100365'],
        ],
        { labelW: 110, after: 10 },
      );
      p.p(`Dear consultant,

I want to inform you that I will travel to Kampala, Uganda, to visit my daughter and my grandchildren. I leave on 2 June 2026 and I will be back on 23 June 2026, so three weeks. I have not been abroad this year.

My neighbour will empty my letterbox. If you need to reach me, my daughter's phone number is +256 772 410 338.

Thank you,`);
      signature(p, 'Senait Kahsay');
      return d;
    },
  },
  // ---------------------------------------------------------------- other
  {
    slug: 'verzoek-inzage-persoonsgegevens-avg',
    type: 'other',
    client: 'K-100101',
    language: 'nl',
    render: 'digital',
    label: 'Request to see all personal data held about the client (AVG article 15), with BSN',
    date: '2026-03-12',
    author: 'J. de Vries',
    build: () => {
      const c = C('K-100101');
      const d = new Doc('sans', 10.5);
      const p = d.page();
      p.at(70);
      addressBlock(p, ['J. de Vries', c.street, c.city]);
      addressBlock(p, ['Gemeente Voorbeeld', 't.a.v. de functionaris gegevensbescherming', 'Postbus 1234', '1230 AA Voorbeeld']);
      p.ln('Voorbeeld, 12 maart 2026', { after: 10 });
      p.ln('Betreft: verzoek om inzage (artikel 15 AVG)', { f: 'sansB', after: 8 });
      p.p(`Geachte heer, mevrouw,

Op grond van artikel 15 van de Algemene verordening gegevensbescherming verzoek ik u mij een overzicht te geven van alle persoonsgegevens die de afdeling Werk en Inkomen over mij verwerkt, inclusief gespreksverslagen, notities van consulenten en de gegevens die u bij andere instanties heeft opgevraagd.

Ik wil ook weten aan wie u mijn gegevens heeft verstrekt en hoe lang u ze bewaart.

Mijn burgerservicenummer is ${c.bsn}. Een kopie van mijn identiteitsbewijs laat ik zien als ik de gegevens kom ophalen.

U moet binnen een maand op mijn verzoek reageren.

Met vriendelijke groet,`);
      signature(p, 'J. de Vries');
      return d;
    },
  },
  {
    slug: 'flyer-repaircafe-en-voedselbank',
    type: 'other',
    client: null,
    language: 'nl',
    render: 'scan',
    label: 'Flyer for a repair café and food bank hours, handed in with the post',
    date: '2026-03-01',
    build: () => {
      const d = new Doc('sansB', 14);
      const p = d.page();
      p.rect(40, 40, 515, 760, { stroke: [0.2, 0.2, 0.2], lw: 3 });
      p.at(90);
      p.ln('REPAIR CAFÉ', { size: 44, align: 'center' });
      p.ln('VOORBEELD-OOST', { size: 28, align: 'center', after: 20 });
      p.ellipse(297, 330, 110, 110, { fill: [0.8, 0.8, 0.8] });
      p.t(297, 320, 'GRATIS', { f: 'sansB', size: 34, align: 'center' });
      p.t(297, 356, 'repareren', { f: 'sans', size: 20, align: 'center' });
      p.at(470);
      p.ln('Elke 1e zaterdag van de maand', { align: 'center', size: 18 });
      p.ln('10.00 – 14.00 uur · Buurthuis De Kaars, Kerkstraat 2', { f: 'sans', align: 'center', size: 13, after: 20 });
      p.p(
        'Kapotte broodrooster? Fiets met een slag in het wiel? Broek met een scheur? Onze vrijwilligers helpen u gratis. Koffie en thee staan klaar.',
        {
          f: 'sans',
          size: 13,
          align: 'center',
          x: 90,
          w: 415,
        },
      );
      p.ln('Ook in De Kaars: uitgifte Voedselbank op dinsdag 13.00 – 15.00', { f: 'sansB', size: 12, align: 'center' });
      return d;
    },
  },
  {
    slug: 'gdpr-correction-request-email',
    type: 'other',
    client: 'K-100465',
    language: 'en',
    render: 'digital',
    label: 'Printed e-mail asking to correct a wrong record (GDPR art. 16), client number given, quoted reply',
    date: '2026-03-30',
    author: 'Mail',
    build: () => {
      const d = new Doc('sans', 9.5);
      const p = d.page();
      webmail(p, 'luwam.asmerom@mail.example', 'Wrong information in my file - request for correction', [
        {
          head: {
            from: 'Luwam Asmerom <luwam.asmerom@mail.example>',
            to: 'privacy@gemeente-voorbeeld.example',
            cc: 'werkeninkomen@gemeente-voorbeeld.example',
            date: 'ma 30 mrt 2026 16:20',
            subject: 'Wrong information in my file - request for correction',
          },
          body: `Dear privacy officer,

My client number is K-100465. In the letter of 12 March I read that, according to your records, I have "a car registered in my name". This is not correct: the car belongs to my former husband, we divorced in 2019, and he has never lived at my address.

Under article 16 of the GDPR I ask you to correct this information in my file and in any decision based on it. I also ask you to tell me which organisation gave you this information.

I attach nothing; you can check the RDW register yourself.

Regards,
Luwam Asmerom`,
          quoted: `On 26 Mar 2026 Werk en Inkomen wrote:
> Dear Ms Asmerom, questions about your personal data can be sent to our privacy officer at privacy@gemeente-voorbeeld.example.`,
        },
      ]);
      return d;
    },
  },
  {
    slug: 'zaproshennia-hromada-lystivka',
    type: 'other',
    client: null,
    language: 'uk',
    render: 'photo',
    ext: 'png',
    label: 'Photo of a Ukrainian community leaflet inviting to an information evening (no client, not a case document)',
    date: '2026-03-08',
    build: () => {
      const d = new Doc('sans', 13);
      const p = d.page();
      p.rect(0, 0, 595.28, 150, { fill: [0.0, 0.36, 0.73] });
      p.rect(0, 150, 595.28, 150, { fill: [1.0, 0.84, 0.0] });
      p.t(297, 90, 'ЗАПРОШЕННЯ', { f: 'sansB', size: 40, align: 'center', color: [1, 1, 1] });
      p.t(297, 230, 'Інформаційний вечір', { f: 'sansB', size: 28, align: 'center' });
      p.at(330);
      p.p(
        `Українська громада Voorbeeld запрошує всіх на зустріч про роботу, житло та мовні курси в Нідерландах.

Коли: четвер, 26 березня 2026, 19:00
Де: Бібліотека Voorbeeld, зал 2, Stationsweg 10

Будуть консультанти з питань працевлаштування та волонтери-перекладачі. Вхід вільний, чай та кава.`,
        { size: 15, x: 70, w: 455 },
      );
      return d;
    },
  },
];
