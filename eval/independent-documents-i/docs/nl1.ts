// Set I, Dutch documents part 1: payslips, bank statements, change forms.
import type { Spec } from '../spec.ts';
import {
  BLACK_INK,
  BLUE_INK,
  bankPage,
  C,
  checkbox,
  Doc,
  euro,
  faxCover,
  field,
  GEMEENTE,
  GREY,
  gemeenteForm,
  groupIban,
  handLines,
  iban,
  notebook,
  orgLetter,
  PAGE_W,
  payslip,
  RED,
  scribble,
  section,
  strangerBsn,
} from './kit.ts';

const mieke = C('K-100521');
const winston = C('K-100542');
const stefan = C('K-100528');
const els = C('K-100430');
const rinaldo = C('K-100248');
const iwan = C('K-100416');
const samira = C('K-100493');
const gerrit = C('K-100311');
const tineke = C('K-100374');
const johan = C('K-100423');
const aicha = C('K-100535');
const dewi = C('K-100192');
const joke = C('K-100479');
const kevin = C('K-100486');
const karim = C('K-100220');
const bart = C('K-100255');
const linda = C('K-100262');
const ria = C('K-100150');
const wim = C('K-100367');
const henk = C('K-100199');
const nadia = C('K-100276');
const marlon = C('K-100304');

const dots = (b: string) => `${b.slice(0, 4)}.${b.slice(4, 6)}.${b.slice(6)}`;

export const NL1: Spec[] = [
  // ---------------------------------------------------------------- payslips
  {
    slug: 'loonstrook-thuiszorg',
    type: 'payslip',
    client: mieke.clientNumber,
    language: 'nl',
    render: 'scan',
    crumple: 1,
    label: 'Loonstrook oktober van een thuiszorgorganisatie, Mieke de Wit',
    date: '2026-11-02',
    build: () => {
      const d = new Doc();
      const p = d.page();
      payslip(p, {
        employer: 'Zorgkring Oost-Voorbeeld',
        employerLines: [
          'Thuiszorg en wijkverpleging',
          'Salarisadministratie · Postbus 410 · 1230 AK Voorbeeld',
          'Loonheffingennummer 8123.45.678.L01',
        ],
        period: 'Periode 10 (oktober 2026)',
        head: [
          ['Naam', `Mw. M. de Wit`],
          ['Adres', mieke.street],
          ['', mieke.city],
          ['Personeelsnr', '40187'],
          ['BSN', dots(mieke.bsn)],
        ],
        head2: [
          ['Functie', 'Helpende Plus'],
          ['Schaal / trede', 'FWG 25 / 6'],
          ['Contracturen p/w', '16,00'],
          ['Uurloon', '16,12'],
          ['Tabel', 'wit/maand, met heffingskorting'],
        ],
        rows: [
          ['Salaris', '69,33 u', '1.117,60', ''],
          ['Onregelmatigheidstoeslag 22%', '11,50 u', '40,78', ''],
          ['Reiskosten woon-werk', '312 km', '49,92', ''],
          ['Pensioenpremie PFZW', '', '', '78,16'],
          ['Loonheffing', '1.158,38', '', '0,00'],
          ['Bijdrage Zvw werkgever', '', '', ''],
          ['Vakantietoeslag reservering 8%', '', '(92,67)', ''],
        ],
        totals: [
          ['Bruto loon', '1.158,38'],
          ['Netto uitbetaald op NL' + '** **** **** 4471', euro(1130.14)],
        ],
        note: 'Uw eindejaarsuitkering (8,33%) wordt in december uitbetaald. Vragen over uw loonstrook: salaris@zorgkring-oost.example',
      });
      scribble(p, 360, 700, ['voor de gemeente', 'okt.'], { rot: 6 });
      return d;
    },
  },
  {
    slug: 'loonstrook-schoonmaak-fax',
    type: 'payslip',
    client: winston.clientNumber,
    language: 'nl',
    render: 'fax',
    faxHeader: '01-12-2026 16:42  FROM: GLANSWERK SCHOONMAAK  +31 20 555 0190  ',
    label: 'Faxbericht salarisadministratie met loonstrook november, Winston Doelwijt',
    date: '2026-12-01',
    build: () => {
      const d = new Doc();
      faxCover(d.page(), {
        from: ['Glanswerk Schoonmaakdiensten B.V.', 'Afdeling Salarisadministratie', 'Industrieweg 14, 1231 KM Voorbeeld'],
        to: 'Gemeente Voorbeeld, Werk en Inkomen',
        toFax: '0123-456 799',
        pages: 2,
        subject: 'loonstrook nov. W. Doelwijt (op verzoek werknemer)',
        note: 'Geachte heer/mevrouw,\n\nOp verzoek van onze medewerker dhr. Doelwijt faxen wij u hierbij zijn loonstrook over november. Hij gaf aan dat u deze nodig heeft voor de verrekening met zijn uitkering. Het gewerkte aantal uren wisselt per maand omdat hij op oproepbasis werkt.\n\nMet vriendelijke groet,\nP. Brouwer\nsalarisadministratie',
      });
      const p = d.page();
      payslip(p, {
        employer: 'GLANSWERK SCHOONMAAKDIENSTEN BV',
        employerLines: ['Industrieweg 14  1231 KM Voorbeeld', 'CAO Schoonmaak- en Glazenwassersbedrijf'],
        title: 'SALARISSPECIFICATIE',
        period: 'november 2026  (periode 11)',
        mono: true,
        head: [
          ['Werknemer', 'W.R. Doelwijt'],
          ['Geb.datum', '25-10-1999'],
          ['BSN', winston.bsn],
          ['Pers.nr', '2290'],
        ],
        head2: [
          ['Dienstverband', 'oproep (0-uren)'],
          ['Uurloon', '15,28'],
          ['Loonheffingskorting', 'Ja'],
        ],
        rows: [
          ['Gewerkte uren', '47,25', '721,98', ''],
          ['Toeslag avond 25%', '12,00', '45,84', ''],
          ['Vakantiebijslag 8%', '', '61,43', ''],
          ['Pensioen SPS', '', '', '22,11'],
          ['Loonheffing', '', '', '0,00'],
          ['Voorschot 14-11', '', '', '150,00'],
        ],
        totals: [
          ['TOTAAL BRUTO', '829,25'],
          ['NETTO TE ONTVANGEN', '657,14'],
        ],
      });
      return d;
    },
  },
  {
    slug: 'loonstrook-vriend-briefje',
    type: 'payslip',
    client: null,
    conflict: [stefan.clientNumber, els.clientNumber],
    language: 'nl',
    render: 'scan',
    label: 'Loonstrook van Stefan Kuipers met briefje van zijn vriendin Els Peters en haar klantnummer',
    date: '2026-11-27',
    build: () => {
      const d = new Doc();
      const p = d.page();
      payslip(p, {
        employer: 'Bouwbedrijf Van Rijswijk & Zn.',
        employerLines: ['Ambachtsweg 7 · 1237 PR Voorbeeld', 'KvK 55123987'],
        period: 'Week 45 t/m 48 2026',
        head: [
          ['Naam', 'S. Kuipers'],
          ['BSN', stefan.bsn],
          ['Geboren', '10-06-1985'],
          ['In dienst', '01-03-2026'],
        ],
        head2: [
          ['Functie', 'timmerman'],
          ['Loontijdvak', '4 weken'],
          ['Uurloon', '21,40'],
        ],
        rows: [
          ['Normale uren', '152,00', '3.252,80', ''],
          ['Overwerk 125%', '6,00', '160,50', ''],
          ['Reiskosten (onbelast)', '', '88,40', ''],
          ['Pensioen bpfBOUW', '', '', '213,61'],
          ['Loonheffing', '', '', '512,00'],
        ],
        totals: [
          ['Bruto', '3.413,30'],
          ['Netto', '2.776,09'],
        ],
      });
      p.at(560);
      p.rotated(300, 640, 2, (s) => {
        s.rect(150, 560, 300, 150, { fill: [0.98, 0.93, 0.55] });
        handLines(
          s,
          [
            'Dit is de loonstrook van Stefan',
            'hij woont nu bij mij sinds okt.',
            'ik wist niet dat dat moest',
            'melden. Els Peters',
            'mijn klantnummer K-100430',
          ],
          {
            x: 160,
            top: 585,
            lh: 24,
            size: 13,
          },
        );
      });
      return d;
    },
  },
  {
    slug: 'loonstrook-onbekende',
    type: 'payslip',
    client: null,
    language: 'nl',
    render: 'digital',
    label: 'Loonstrook van iemand die niet in het klantenbestand staat, zonder begeleidend briefje',
    date: '2026-11-25',
    build: () => {
      const d = new Doc();
      const p = d.page();
      payslip(p, {
        employer: 'Logistiek Centrum De Brug',
        employerLines: ['Havenweg 221, 1236 TB Voorbeeld', 'Salarisverwerking: Payroll Plus B.V.'],
        period: 'november 2026',
        head: [
          ['Medewerker', 'D.J. Verbeek'],
          ['Adres', 'Weidestraat 4'],
          ['', '1239 BK Hoeve'],
          ['BSN', strangerBsn('verbeek-i')],
        ],
        head2: [
          ['Functie', 'orderpicker'],
          ['Uren per week', '32'],
          ['Datum in dienst', '12-08-2024'],
        ],
        rows: [
          ['Salaris', '138,67', '2.218,72', ''],
          ['Ploegentoeslag', '24,00', '76,80', ''],
          ['Pensioen', '', '', '98,41'],
          ['WGA-hiaat verzekering', '', '', '4,12'],
          ['Loonheffing', '', '', '143,00'],
        ],
        totals: [
          ['Bruto', '2.295,52'],
          ['Netto', '2.049,99'],
        ],
        note: 'Dit is een digitale loonstrook uit het medewerkersportaal. Bewaar deze zorgvuldig.',
      });
      return d;
    },
  },
  {
    slug: 'weekloonstrook-uitzend-foto',
    type: 'payslip',
    client: rinaldo.clientNumber,
    language: 'nl',
    render: 'photo',
    label: 'Foto van een weekloonstrook van een uitzendbureau, Rinaldo Wongsodikromo',
    date: '2026-12-03',
    build: () => {
      const d = new Doc();
      const p = d.page();
      payslip(p, {
        employer: 'FlexStart Uitzendgroep',
        employerLines: ['Vestiging Voorbeeld-Centrum', 'ABU-cao, fase A'],
        title: 'LOONSPECIFICATIE',
        period: 'Week 48 (23-11 t/m 29-11-2026)',
        head: [
          ['Naam', 'R. Wongsodikromo'],
          ['Burgerservicenr', rinaldo.bsn],
          ['Registratienr', 'FS-778120'],
        ],
        head2: [
          ['Opdrachtgever', 'Distributiecentrum Noord'],
          ['Uurloon', '14,71'],
        ],
        rows: [
          ['Uren 100%', '31,50', '463,37', ''],
          ['Uren 135% zaterdag', '4,00', '79,43', ''],
          ['Reserve vakantiegeld', '', '43,42', ''],
          ['Reserve feestdagen', '', '', ''],
          ['StiPP pensioen', '', '', '0,00'],
          ['Loonheffing', '', '', '0,00'],
        ],
        totals: [
          ['Bruto', '586,22'],
          ['Netto', '542,80'],
        ],
      });
      return d;
    },
  },
  {
    slug: 'loonstroken-sociale-werkplaats-kopie',
    type: 'payslip',
    client: iwan.clientNumber,
    language: 'nl',
    render: 'scan',
    copy: true,
    label: 'Kopie van een kopie: twee loonstroken van een leerwerkbedrijf, Iwan Sitaldin',
    date: '2026-11-20',
    build: () => {
      const d = new Doc();
      for (const [m, n, hrs, br] of [
        ['september', '09', '86,00', 1198.4],
        ['oktober', '10', '94,50', 1316.86],
      ] as const) {
        const p = d.page();
        payslip(p, {
          employer: 'Werkbedrijf Groenrijk',
          employerLines: ['Leerwerkbedrijf groen en facilitair', 'Koolzaadweg 3, 1234 ZZ Voorbeeld'],
          period: `${m} 2026 (periode ${n})`,
          head: [
            ['Naam', 'I. Sitaldin'],
            ['Geboortedatum', '08-05-1987'],
            ['BSN/sofinr', iwan.bsn],
          ],
          head2: [
            ['Functie', 'medewerker groen (LKS)'],
            ['Loonwaarde', '70%'],
          ],
          rows: [
            ['Uren', hrs, euro(br), ''],
            ['Vakantiebijslag', '', euro(br * 0.08), ''],
            ['Pensioen', '', '', euro(br * 0.031)],
            ['Loonheffing', '', '', '0,00'],
          ],
          totals: [
            ['Bruto', euro(br * 1.08)],
            ['Netto', euro(br * 1.08 - br * 0.031)],
          ],
        });
      }
      return d;
    },
  },
  {
    slug: 'loonstrook-supermarkt-klantnr',
    type: 'payslip',
    client: samira.clientNumber,
    language: 'nl',
    render: 'scan',
    crumple: 2,
    label: 'Verkreukelde loonstrook van een supermarkt met klantnummer in pen, Samira Ouled Ali',
    date: '2026-11-24',
    build: () => {
      const d = new Doc();
      const p = d.page();
      payslip(p, {
        employer: 'Versmarkt Oosterpoort',
        employerLines: ['Oosterpoortplein 2, 1233 AB Voorbeeld'],
        period: 'Periode 12 (26-10 t/m 22-11-2026)',
        head: [
          ['Naam', 'S. Ouled Ali'],
          ['Pers.nr.', '113'],
          ['Leeftijd', '34'],
        ],
        head2: [
          ['Functie', 'caissière'],
          ['Contract', '12 uur/week'],
        ],
        rows: [
          ['Gewerkte uren', '52,25', '744,04', ''],
          ['Zondagtoeslag 50%', '8,00', '56,96', ''],
          ['Pensioen', '', '', '16,80'],
          ['Loonheffing', '', '', '0,00'],
        ],
        totals: [
          ['Bruto', '801,00'],
          ['Netto', '784,20'],
        ],
        note: 'Loonstroken over een periode van 4 weken (13 perioden per jaar).',
      });
      scribble(p, 80, 40, ['K-100493'], { rot: -3, size: 15 });
      return d;
    },
  },

  // ---------------------------------------------------------------- bank statements
  {
    slug: 'bankafschrift-en-of-rekening',
    type: 'bank_statement',
    client: null,
    conflict: [gerrit.clientNumber, tineke.clientNumber],
    language: 'nl',
    render: 'scan',
    label: 'Afschrift van een gezamenlijke rekening met beide klantnummers erop geschreven (Hoekstra en Postma)',
    date: '2026-11-30',
    build: () => {
      const d = new Doc();
      const acct = groupIban(iban('RABO', 'hoekstra-postma'));
      const holder = ['G. Hoekstra en/of T. Postma', tineke.street, tineke.city];
      const rows1: [string, string, string, string][] = [
        ['01-11', 'Woonstichting Thuis huur nov', '712,40', ''],
        ['02-11', 'Gemeente Voorbeeld uitkering PW', '', '1.734,22'],
        ['03-11', 'Albert Heijn 1290 Voorbeeld', '64,17', ''],
        ['04-11', 'Eneco energie termijn', '148,00', ''],
        ['05-11', 'Zilveren Kruis zorgpremie 2 pers.', '287,50', ''],
        ['07-11', 'Lidl Voorbeeld', '38,42', ''],
        ['09-11', 'Tikkie van M. Postma', '', '25,00'],
        ['10-11', 'Belastingdienst zorgtoeslag', '', '247,00'],
        ['12-11', 'Kruidvat 7781', '12,98', ''],
        ['14-11', 'Geldautomaat Stationsplein', '50,00', ''],
      ];
      const rows2: [string, string, string, string][] = [
        ['17-11', 'Odido abonnement', '31,50', ''],
        ['18-11', 'Action 1022', '17,35', ''],
        ['20-11', 'Belastingdienst huurtoeslag', '', '312,00'],
        ['21-11', 'Jumbo Voorbeeld Centrum', '72,61', ''],
        ['24-11', 'Marktplaats betaling kinderwagen', '', '60,00'],
        ['25-11', 'Bol.com', '24,99', ''],
        ['27-11', 'Waterbedrijf termijn', '21,40', ''],
        ['28-11', 'Kosten betaalpakket', '3,95', ''],
      ];
      const p1 = d.page();
      bankPage(p1, {
        bank: 'Rabobank',
        color: [0.05, 0.2, 0.55],
        holder,
        account: `${acct}  Betaalrekening`,
        period: '01-11-2026 t/m 30-11-2026',
        page: 1,
        pages: 2,
        start: '€ 412,09',
        rows: rows1,
      });
      scribble(p1, 360, 110, ['K-100311 Gerrit', 'K-100374 Tineke'], { rot: 3, size: 14 });
      const p2 = d.page();
      bankPage(p2, {
        bank: 'Rabobank',
        color: [0.05, 0.2, 0.55],
        holder,
        account: acct,
        period: 'november 2026',
        page: 2,
        pages: 2,
        rows: rows2,
        end: '€ 1.214,47',
      });
      return d;
    },
  },
  {
    slug: 'bankafschrift-onbekende-naam',
    type: 'bank_statement',
    client: null,
    language: 'nl',
    render: 'scan',
    label: 'Bankafschrift van een persoon die niet in het bestand staat, zonder nummer',
    date: '2026-11-09',
    build: () => {
      const d = new Doc();
      const p = d.page();
      bankPage(p, {
        bank: 'ING',
        color: [1, 0.4, 0],
        holder: ['Mw W Hendriks', 'Zwanenhof 17', '1239 PK Hoeve'],
        account: groupIban(iban('INGB', 'hendriks-i')),
        period: 'oktober 2026',
        page: 1,
        pages: 1,
        start: '€ 88,12',
        rows: [
          ['01-10', 'Huur Stichting WoonGoed', '655,00', ''],
          ['01-10', 'SVB AOW oktober', '', '1.412,55'],
          ['06-10', 'Plus supermarkt', '41,20', ''],
          ['13-10', 'Vattenfall', '97,00', ''],
          ['20-10', 'Belastingdienst huurtoeslag', '', '281,00'],
          ['22-10', 'Apotheek De Linde', '7,50', ''],
          ['29-10', 'Opname geldautomaat', '100,00', ''],
        ],
        end: '€ 880,97',
      });
      return d;
    },
  },
  {
    slug: 'leefgeldrekening-bewindvoerder-3p',
    type: 'bank_statement',
    client: johan.clientNumber,
    language: 'nl',
    render: 'digital',
    author: 'Bewindvoering Kompas',
    label: 'Bewindvoerder stuurt overzicht van de beheerrekening en leefgeldrekening (3 pagina\u2019s), Johan Smits',
    date: '2026-12-02',
    build: () => {
      const d = new Doc();
      const p = d.page();
      orgLetter(p, {
        org: 'Bewindvoering Kompas',
        orgLines: ['Beschermingsbewind · mentorschap', 'Lindenhof 3, 1232 BC Voorbeeld', 'info@bewindkompas.example', 'lid BPBI'],
        color: [0.45, 0.2, 0.4],
        to: ['Gemeente Voorbeeld', 't.a.v. Werk en Inkomen', 'Postbus 1234', '1230 AA Voorbeeld'],
        refs: [
          ['Datum', '2 december 2026'],
          ['Onze referentie', 'BK-0412 / J. Smits'],
          ['Uw klantnummer', johan.clientNumber],
        ],
        subject: 'Bankafschriften september t/m november 2026 — heronderzoek',
        body: 'Geachte heer, mevrouw,\n\nIn verband met het heronderzoek naar het recht op bijstand van onze cliënt de heer J. Smits sturen wij u de gevraagde afschriften van de beheerrekening en van de leefgeldrekening over de afgelopen drie maanden.\n\nDe heer Smits ontvangt zijn leefgeld wekelijks op zijn eigen rekening. Vaste lasten worden vanaf de beheerrekening betaald. De storting van € 150,00 op 14 oktober is een gift van zijn zus voor een nieuwe wasmachine; de kassabon kunnen wij desgewenst nasturen.\n\nVoor vragen kunt u mij bereiken op dinsdag en donderdag.',
        closing: ['Met vriendelijke groet,', ''],
        sign: 'M. Terpstra',
        footer: 'Bewindvoering Kompas · KvK 61234567 · IBAN op aanvraag · bereikbaar ma-do 9.00-12.30',
      });
      p.ln('M. Terpstra, bewindvoerder');
      const rows: [string, string, string, string][][] = [
        [
          ['02-09', 'Gemeente Voorbeeld PW sept', '', '1.398,51'],
          ['03-09', 'Huur Woonstichting Thuis', '588,20', ''],
          ['03-09', 'Leefgeld week 36', '70,00', ''],
          ['05-09', 'Zorgverzekeraar premie', '141,90', ''],
          ['10-09', 'Leefgeld week 37', '70,00', ''],
          ['15-09', 'Energie termijn', '96,00', ''],
          ['17-09', 'Leefgeld week 38', '70,00', ''],
          ['22-09', 'Belastingdienst huurtoeslag', '', '301,00'],
          ['24-09', 'Leefgeld week 39', '70,00', ''],
          ['30-09', 'Beloning bewindvoerder (gemeente)', '0,00', ''],
        ],
        [
          ['01-10', 'Gemeente Voorbeeld PW okt', '', '1.398,51'],
          ['02-10', 'Huur Woonstichting Thuis', '588,20', ''],
          ['08-10', 'Leefgeld week 41', '70,00', ''],
          ['14-10', 'Storting A.M. Smits gift wasmachine', '', '150,00'],
          ['15-10', 'Coolblue wasmachine', '379,00', ''],
          ['15-10', 'Energie termijn', '96,00', ''],
          ['22-10', 'Belastingdienst huurtoeslag', '', '301,00'],
          ['29-10', 'Leefgeld week 44', '70,00', ''],
        ],
        [
          ['02-11', 'Gemeente Voorbeeld PW nov', '', '1.398,51'],
          ['03-11', 'Huur Woonstichting Thuis', '588,20', ''],
          ['05-11', 'Leefgeld week 45', '70,00', ''],
          ['12-11', 'Leefgeld week 46', '70,00', ''],
          ['16-11', 'Energie termijn', '96,00', ''],
          ['19-11', 'Leefgeld week 47', '70,00', ''],
          ['23-11', 'Belastingdienst huurtoeslag', '', '301,00'],
          ['26-11', 'Leefgeld week 48', '70,00', ''],
        ],
      ];
      const months = ['september', 'oktober', 'november'];
      for (let i = 0; i < 2; i++) {
        const q = d.page();
        bankPage(q, {
          bank: 'Triodos Bank',
          color: [0.1, 0.35, 0.3],
          holder: ['Bewindvoering Kompas', 'inz. J. Smits (beheerrekening)', 'Lindenhof 3, 1232 BC Voorbeeld'],
          account: groupIban(iban('TRIO', 'smits-beheer')),
          period: i === 0 ? '01-09-2026 t/m 31-10-2026' : '01-11-2026 t/m 30-11-2026',
          page: i + 1,
          pages: 2,
          rows: i === 0 ? [...rows[0]!, ...rows[1]!] : rows[2]!,
          start: i === 0 ? '€ 221,40' : undefined,
          end: i === 1 ? '€ 312,57' : undefined,
        });
        q.ln(`Overzicht ${i === 0 ? months.slice(0, 2).join(' en ') : months[2]} 2026`, { size: 7, color: GREY });
      }
      return d;
    },
  },
  {
    slug: 'bankpapieren-oudere-dame',
    type: 'bank_statement',
    client: aicha.clientNumber,
    language: 'nl',
    render: 'scan',
    crumple: 1,
    label: 'Handgeschreven briefje van een oudere cliënte met twee bladen bankafschrift, Aïcha Boukhari',
    date: '2026-11-18',
    build: () => {
      const d = new Doc();
      const p = d.page();
      notebook(p, { top: 120, lh: 26, holes: true });
      handLines(
        p,
        [
          'Voorbeeld 17 nov. 2026',
          '',
          'Geachte mevrouw,',
          'hier zijn de bankpapieren die u',
          'vroeg in de brief. Mijn kleinzoon',
          'heeft ze geprint want ik kan dat',
          'niet op de computer.',
          'Het geld van 200 euro is van mijn',
          'zoon voor de bril.',
          '',
          'Met vriendelijke groeten',
          'A. Boukhari',
          'klantnummer K-100535',
        ],
        { top: 146, lh: 26, size: 15, ink: BLACK_INK },
      );
      const acct = groupIban(iban('ABNA', 'boukhari'));
      const holder = ['Mevr A Boukhari', aicha.street, aicha.city];
      const p2 = d.page();
      bankPage(p2, {
        bank: 'ABN AMRO',
        color: [0, 0.45, 0.4],
        holder,
        account: acct,
        title: 'Bij- en afschrijvingen',
        period: '01-10-2026 - 31-10-2026',
        page: 1,
        pages: 2,
        start: '€ 174,30',
        rows: [
          ['01-10', 'SVB AOW partial', '', '982,14'],
          ['01-10', 'Gemeente Voorbeeld aanv. bijstand', '', '318,70'],
          ['02-10', 'Huur Woonstichting Thuis', '601,15', ''],
          ['06-10', 'Dirk van den Broek', '33,10', ''],
          ['09-10', 'Overboeking Y. Boukhari bril', '', '200,00'],
          ['11-10', 'Hans Anders opticien', '219,00', ''],
        ],
      });
      const p3 = d.page();
      bankPage(p3, {
        bank: 'ABN AMRO',
        color: [0, 0.45, 0.4],
        holder,
        account: acct,
        title: 'Bij- en afschrijvingen',
        period: '01-10-2026 - 31-10-2026',
        page: 2,
        pages: 2,
        rows: [
          ['15-10', 'Essent energie', '88,00', ''],
          ['20-10', 'Belastingdienst huurtoeslag', '', '296,00'],
          ['21-10', 'CZ zorgverzekering', '152,30', ''],
          ['27-10', 'Geldautomaat Marktplein', '60,00', ''],
        ],
        end: '€ 786,59',
      });
      return d;
    },
  },
  {
    slug: 'internetbankieren-print',
    type: 'bank_statement',
    client: dewi.clientNumber,
    language: 'nl',
    render: 'scan',
    label: 'Afdruk uit internetbankieren met naam en klantnummer in pen, Dewi Soekhoe',
    date: '2026-12-04',
    build: () => {
      const d = new Doc();
      const p = d.page();
      p.t(p.left, 30, 'https://bankieren.snsbank.example/mijn/rekeningen/transacties', { size: 7, color: GREY });
      p.t(p.right, 30, '4-12-2026 20:14', { size: 7, color: GREY, align: 'right' });
      p.t(p.left, 60, 'Mijn SNS', { f: 'sansB', size: 16, color: [0.3, 0.15, 0.5] });
      p.t(p.left, 82, `Betaalrekening  ${groupIban(iban('SNSB', 'soekhoe'))}  D. Soekhoe`, { size: 9 });
      p.t(p.left, 96, 'Saldo € 47,12', { f: 'sansB', size: 10 });
      p.at(112);
      p.table(
        [
          { h: 'Datum', w: 70 },
          { h: 'Naam / omschrijving', w: 290 },
          { h: 'Bedrag', w: 107, r: true },
        ],
        [
          ['03-12-2026', 'Tikkie R. Soekhoe boodschappen', '+ 40,00'],
          ['02-12-2026', 'Gemeente Voorbeeld Participatiewet', '+ 1.021,84'],
          ['01-12-2026', 'Woonstichting Thuis huur december', '- 645,10'],
          ['30-11-2026', 'Vodafone', '- 22,00'],
          ['28-11-2026', 'Kinderopvang Pluk', '- 80,00'],
          ['27-11-2026', 'SVB Kinderbijslag 4e kw', '+ 301,23'],
          ['26-11-2026', 'Aldi 011', '- 28,35'],
          ['24-11-2026', 'Vinted verkoop', '+ 14,00'],
          ['21-11-2026', 'Belastingdienst kinderopvangtoeslag', '+ 612,00'],
          ['20-11-2026', 'Belastingdienst kindgebonden budget', '+ 284,00'],
          ['19-11-2026', 'Kinderopvang Pluk', '- 702,66'],
          ['18-11-2026', 'Ziggo', '- 45,50'],
          ['14-11-2026', 'Gemeentelijke belastingen termijn', '- 26,00'],
          ['11-11-2026', 'Etos', '- 9,49'],
          ['05-11-2026', 'Betaalverzoek zwemles', '- 55,00'],
        ],
        { size: 8.5, rowH: 17, zebra: [0.95, 0.94, 0.97] },
      );
      p.t(p.left, 800, 'Pagina 1 van 1', { size: 7, color: GREY });
      scribble(p, 380, 560, ['Dewi Soekhoe', 'K-100192', 'okt+nov komt nog'], { rot: -5, size: 14 });
      return d;
    },
  },
  {
    slug: 'bankafschrift-foto-keukentafel',
    type: 'bank_statement',
    client: joke.clientNumber,
    language: 'nl',
    render: 'photo',
    table: [0.72, 0.58, 0.4],
    label: 'Foto van een papieren bankafschrift met klantnummer erop, Joke van der Heijden',
    date: '2026-11-12',
    build: () => {
      const d = new Doc();
      const p = d.page();
      bankPage(p, {
        bank: 'ASN Bank',
        color: [0.1, 0.4, 0.2],
        holder: ['J. van der Heijden', joke.street, joke.city],
        account: groupIban(iban('ASNB', 'heijden')),
        period: 'oktober 2026',
        page: 1,
        pages: 1,
        start: '€ 32,80',
        rows: [
          ['01-10', 'Gemeente Voorbeeld uitkering', '', '1.298,17'],
          ['01-10', 'Huur De Woonmaatschappij', '698,00', ''],
          ['03-10', 'DEEN supermarkt', '52,74', ''],
          ['08-10', 'Dierenarts Kortland', '85,00', ''],
          ['15-10', 'Greenchoice', '112,00', ''],
          ['20-10', 'Belastingdienst huurtoeslag', '', '330,00'],
          ['22-10', 'VGZ premie', '146,95', ''],
          ['30-10', 'Terugbetaling J. Heijden', '', '50,00'],
        ],
        end: '€ 616,28',
      });
      scribble(p, 340, 96, ['K100479'], { rot: 8, size: 18, ink: BLACK_INK });
      return d;
    },
  },
  {
    slug: 'bankafschrift-kopie-met-sticker',
    type: 'bank_statement',
    client: kevin.clientNumber,
    language: 'nl',
    render: 'scan',
    copy: true,
    label: 'Grijze kopie van een bankafschrift met een barcodesticker van de gemeente, Kevin Mulder',
    date: '2026-11-16',
    build: () => {
      const d = new Doc();
      const p = d.page();
      bankPage(p, {
        bank: 'Knab',
        color: [0.1, 0.1, 0.3],
        holder: ['K. Mulder', kevin.street, kevin.city],
        account: groupIban(iban('KNAB', 'mulder')),
        period: '1 okt 2026 - 31 okt 2026',
        page: 1,
        pages: 1,
        start: '€ -12,40',
        rows: [
          ['01-10', 'UWV WW-uitkering', '', '1.512,30'],
          ['02-10', 'Gemeente Voorbeeld aanvulling PW', '', '188,41'],
          ['02-10', 'Huur H. de Graaf', '750,00', ''],
          ['05-10', 'Budget Energie', '130,00', ''],
          ['09-10', 'Hoogvliet', '44,10', ''],
          ['12-10', 'Sportschool Fit4Less', '24,99', ''],
          ['19-10', 'Studio Bos incasso', '65,00', ''],
          ['26-10', 'ANWB wegenwacht', '9,75', ''],
        ],
        end: '€ 664,47',
      });
      p.rect(380, 96, 150, 48, { fill: [1, 1, 1], stroke: [0.2, 0.2, 0.2], lw: 0.5 });
      for (let i = 0; i < 34; i++) p.rect(388 + i * 4, 102, i % 3 === 0 ? 2.2 : 1.1, 22, { fill: [0, 0, 0] });
      p.t(455, 138, 'Klantnr K-100486  hdh', { size: 7.5, align: 'center' });
      return d;
    },
  },

  // ---------------------------------------------------------------- change forms
  {
    slug: 'bewindvoerder-wijziging-twee-clienten',
    type: 'change_form',
    client: null,
    conflict: [johan.clientNumber, karim.clientNumber],
    language: 'nl',
    render: 'digital',
    author: 'Bewindvoering Kompas',
    label: 'Bewindvoerder meldt nieuw rekeningnummer voor twee van haar cliënten in één brief (Smits en Ouahabi)',
    date: '2026-11-10',
    build: () => {
      const d = new Doc();
      const p = d.page();
      orgLetter(p, {
        org: 'Bewindvoering Kompas',
        orgLines: ['Beschermingsbewind · mentorschap', 'Lindenhof 3, 1232 BC Voorbeeld', 'info@bewindkompas.example'],
        color: [0.45, 0.2, 0.4],
        to: GEMEENTE,
        refs: [
          ['Datum', '10 november 2026'],
          ['Betreft', 'wijziging rekeningnummer'],
        ],
        subject: 'Wijziging betaalrekening voor de uitkering van twee cliënten',
        body: `Geachte heer, mevrouw,

Per 1 december 2026 gaan wij over naar een andere bank voor de beheerrekeningen van onze cliënten. Wilt u de uitkering van onderstaande cliënten vanaf de betaling van december op het nieuwe rekeningnummer overmaken?

1. De heer J. Smits, klantnummer ${johan.clientNumber}
   nieuw rekeningnummer: ${groupIban(iban('BUNQ', 'smits-new'))} t.n.v. Bewindvoering Kompas inz. J. Smits

2. De heer K. Ouahabi, klantnummer ${karim.clientNumber}
   nieuw rekeningnummer: ${groupIban(iban('BUNQ', 'ouahabi-new'))} t.n.v. Bewindvoering Kompas inz. K. Ouahabi

De beschikkingen van de kantonrechter waarin wij als bewindvoerder zijn benoemd, heeft u al in uw dossier. De oude rekeningen bij de Triodos Bank worden per 31 december 2026 opgeheven. Wij ontvangen graag een bevestiging per cliënt.`,
        closing: ['Met vriendelijke groet,', 'Bewindvoering Kompas'],
        sign: 'M. Terpstra',
        footer: 'Bewindvoering Kompas · KvK 61234567 · telefonisch bereikbaar ma-do 9.00-12.30',
      });
      p.ln('M. Terpstra');
      return d;
    },
  },
  {
    slug: 'wijzigingsformulier-uit-elkaar',
    type: 'change_form',
    client: null,
    conflict: [bart.clientNumber, linda.clientNumber],
    language: 'nl',
    render: 'scan',
    label: 'Handmatig ingevuld wijzigingsformulier: een stel gaat uit elkaar, beide klantnummers (Meijer en De Jong)',
    date: '2026-11-23',
    build: () => {
      const d = new Doc();
      const p = d.page();
      gemeenteForm(p, 'Wijzigingsformulier', 'Participatiewet · versie 2026-1');
      p.p('Geef wijzigingen binnen 5 werkdagen door. Vul het formulier in met blokletters. Stuur bewijsstukken mee.', {
        size: 8.5,
        color: GREY,
      });
      section(p, '1', 'Uw gegevens');
      field(p, p.left, p.y, 220, 'Naam', 'Bart Meijer');
      field(p, p.left + 240, p.y, 226, 'Klantnummer', 'K-100255');
      p.gap(34);
      field(p, p.left, p.y, 220, 'Adres', 'Tulpstraat 9');
      field(p, p.left + 240, p.y, 226, 'Telefoon', '06-4127 8890');
      p.gap(34);
      field(p, p.left, p.y, 220, 'Naam partner', 'Linda de Jong');
      field(p, p.left + 240, p.y, 226, 'Klantnummer partner', 'K-100262');
      p.gap(40);
      section(p, '2', 'Wat verandert er?');
      const items: [string, boolean][] = [
        ['Ik ga samenwonen / mijn partner komt bij mij wonen', false],
        ['Mijn partner of ik gaat uit huis / wij gaan uit elkaar', true],
        ['Ik ga verhuizen', true],
        ['Ik krijg inkomsten (werk, uitkering, alimentatie)', false],
        ['Iemand komt bij mij wonen of gaat weg', false],
        ['Ik ga naar het buitenland', false],
        ['Anders', true],
      ];
      for (const [l, t] of items) {
        checkbox(p, p.left + 4, p.y, l, t);
        p.gap(17);
      }
      p.gap(6);
      field(p, p.left, p.y, 466, 'Datum van de wijziging', '1 november 2026');
      p.gap(36);
      p.t(p.left, p.y, 'Toelichting', { size: 8 });
      p.gap(6);
      for (let i = 0; i < 5; i++) p.line(p.left, p.y + 18 + i * 20, p.right, p.y + 18 + i * 20, 0.4, GREY);
      handLines(
        p,
        [
          'Wij zijn uit elkaar sinds 1 nov. Linda woont nu op het',
          'Wilhelminapark 68 en ik blijf hier. Wij willen allebij',
          'een eigen uitkering als alleenstaande. De kinderen',
          'zijn om de week bij mij, staan ingeschreven bij Linda.',
        ],
        {
          x: p.left + 4,
          top: p.y + 16,
          lh: 20,
          size: 12.5,
        },
      );
      const q = d.page();
      gemeenteForm(q, 'Wijzigingsformulier', 'blad 2');
      section(q, '3', 'Ondertekening');
      q.p(
        'Ik verklaar dat ik dit formulier naar waarheid heb ingevuld. Ik weet dat de gemeente de gegevens kan controleren en dat te veel ontvangen bijstand wordt teruggevorderd.',
        { size: 9 },
      );
      q.gap(10);
      field(q, q.left, q.y, 200, 'Datum', '23-11-2026');
      q.gap(40);
      q.t(q.left, q.y, 'Handtekening aanvrager', { size: 8 });
      q.t(q.left + 250, q.y, 'Handtekening partner', { size: 8 });
      q.t(q.left + 10, q.y + 32, 'B. Meijer', { f: 'hand', size: 20, color: BLUE_INK });
      q.t(q.left + 260, q.y + 32, 'L.de Jong', { f: 'hand', size: 19, color: BLACK_INK });
      q.gap(60);
      section(q, '4', 'Bijlagen');
      checkbox(q, q.left + 4, q.y, 'Huurcontract nieuwe woning', true);
      q.gap(17);
      checkbox(q, q.left + 4, q.y, 'Bankafschriften', false);
      q.gap(17);
      checkbox(q, q.left + 4, q.y, 'Anders, namelijk: ...........................', false);
      q.gap(40);
      q.stamp(440, 700, ['ONTVANGEN', '24 NOV 2026', 'Gemeente Voorbeeld'], { rot: 10, color: [0.2, 0.3, 0.7] });
      return d;
    },
  },
  {
    slug: 'inkomstenopgave-handgeschreven',
    type: 'change_form',
    client: ria.clientNumber,
    language: 'nl',
    render: 'scan',
    label: 'Inkomstenopgave met de hand ingevuld, hokjes aangekruist, Ria Jansen',
    date: '2026-12-01',
    build: () => {
      const d = new Doc();
      const p = d.page();
      gemeenteForm(p, 'Inkomstenopgave', 'maandelijks inleveren vóór de 5e');
      section(p, '1', 'Persoonsgegevens');
      field(p, p.left, p.y, 300, 'Naam en voorletters', 'Jansen, R.');
      field(p, p.left + 320, p.y, 146, 'Klantnummer', 'K-100150');
      p.gap(34);
      field(p, p.left, p.y, 300, 'Burgerservicenummer', ria.bsn.split('').join(' '));
      field(p, p.left + 320, p.y, 146, 'Over de maand', 'november');
      p.gap(40);
      section(p, '2', 'Inkomsten');
      checkbox(p, p.left + 4, p.y, 'Ik had geen inkomsten', false);
      p.gap(17);
      checkbox(p, p.left + 4, p.y, 'Ik had inkomsten uit loondienst (loonstroken bijvoegen)', true);
      p.gap(17);
      checkbox(p, p.left + 4, p.y, 'Ik had inkomsten als zzp / uit verkoop spullen', false);
      p.gap(17);
      checkbox(p, p.left + 4, p.y, 'Mijn partner had inkomsten', false);
      p.gap(24);
      p.table(
        [
          { h: 'Werkgever / van wie', w: 220 },
          { h: 'Periode', w: 120 },
          { h: 'Netto bedrag', w: 127, r: true },
        ],
        [
          ['', '', ''],
          ['', '', ''],
          ['', '', ''],
        ],
        { grid: true, size: 8.5, rowH: 22 },
      );
      const y = p.y - 74;
      p.t(p.left + 4, y + 14, 'Schoonmaakbedrijf Hygiena', { f: 'hand', size: 12, color: BLUE_INK });
      p.t(p.left + 224, y + 14, 'nov. 2026', { f: 'hand', size: 12, color: BLUE_INK });
      p.t(p.left + 450, y + 14, '€ 412,60', { f: 'hand', size: 12, color: BLUE_INK, align: 'right' });
      p.t(p.left + 4, y + 36, 'vakantiegeld (zit er bij)', { f: 'hand', size: 11, color: BLUE_INK });
      p.gap(10);
      section(p, '3', 'Overige wijzigingen');
      checkbox(p, p.left + 4, p.y, 'Geen', false);
      p.gap(17);
      checkbox(p, p.left + 4, p.y, 'Wel, namelijk:', true);
      p.t(p.left + 90, p.y - 9, 'mijn dochter (19) gaat studeren en gaat op kamers per 1-1', { f: 'hand', size: 11.5, color: BLUE_INK });
      p.gap(30);
      section(p, '4', 'Ondertekening');
      field(p, p.left, p.y, 180, 'Datum', '1-12-2026');
      p.t(p.left + 240, p.y, 'Handtekening', { size: 8 });
      p.t(p.left + 250, p.y + 26, 'RJansen', { f: 'hand', size: 20, color: BLUE_INK });
      p.gap(60);
      p.t(PAGE_W / 2, 810, 'IO-2026 · Gemeente Voorbeeld · Postbus 1234 · 1230 AA Voorbeeld · antwoordnummer 55', {
        size: 6.5,
        align: 'center',
        color: GREY,
      });
      return d;
    },
  },
  {
    slug: 'mentor-meldt-verhuizing-beschermd-wonen',
    type: 'change_form',
    client: wim.clientNumber,
    language: 'nl',
    render: 'digital',
    author: 'Mentorschap Zorgvuldig',
    label: 'Mentor meldt verhuizing naar beschermd wonen, met naam en geboortedatum, Wim Vermeulen',
    date: '2026-11-26',
    build: () => {
      const d = new Doc();
      const p = d.page();
      orgLetter(p, {
        org: 'Mentorschap Zorgvuldig',
        orgLines: ['Mentorschap en curatele', 'Postbus 88, 1236 ZH Voorbeeld', '0123 - 77 88 01'],
        color: [0.15, 0.45, 0.55],
        hf: 'serifB',
        font: 'serif',
        to: GEMEENTE,
        refs: [
          ['Datum', '26 november 2026'],
          ['Cliënt', 'de heer W. Vermeulen, geboren 28-12-1985'],
          ['Ons kenmerk', 'MZ/2214/wv'],
        ],
        subject: 'Melding wijziging woonsituatie',
        body: `Geachte heer/mevrouw,

Als mentor van de heer Wim Vermeulen (geboren 28 december 1985) meld ik u dat hij per 1 december 2026 verhuist van de Beatrixstraat 114 naar een woonvoorziening voor beschermd wonen van Stichting De Lindeboom, Kastanjelaan 12, 1235 RD Voorbeeld.

De heer Vermeulen heeft daar een eigen studio. De zorg wordt geleverd met een indicatie beschermd wonen (Wmo); de eigen bijdrage wordt door het CAK vastgesteld. Ik verzoek u te beoordelen welke gevolgen dit heeft voor de hoogte van zijn bijstand en het vakantiegeld. De huurovereenkomst van de oude woning is opgezegd per 31 december 2026; over december betaalt hij dus dubbele woonlasten.

De heer Vermeulen heeft een bewindvoerder voor zijn financiën (mevrouw A. Karsten, Karsten Bewind). Ik stuur haar een kopie van deze brief.`,
        closing: ['Hoogachtend,', ''],
        sign: 'drs. E. Vos',
        footer: 'Mentorschap Zorgvuldig is aangesloten bij de branchevereniging voor mentoren. KvK 70012345.',
      });
      p.ln('drs. E. Vos, mentor');
      p.ln('cc: Karsten Bewind', { size: 8, color: GREY });
      return d;
    },
  },
  {
    slug: 'briefje-werk-gevonden-laaggeletterd',
    type: 'change_form',
    client: henk.clientNumber,
    language: 'nl',
    render: 'scan',
    crumple: 2,
    label: 'Kort briefje in fonetische spelling zonder leestekens: werk gevonden, Henk Bakker',
    date: '2026-11-30',
    build: () => {
      const d = new Doc();
      const p = d.page();
      notebook(p, { top: 100, lh: 24, margin: false });
      handLines(
        p,
        [
          'aan de gemeende',
          '',
          'ik heb werk gevonde bij de groente',
          'veiling ik begin op maandag 7 december',
          'het is via een uitzent buro ik weet nog',
          'niet hoefeel uur het word moet ik dan',
          'me uitkering stoppe of kan dat later',
          'ik bel wel maar ik kom er niet door',
          'henk bakker K 100199',
          'tel 06 81224590',
        ],
        { x: 40, top: 124, lh: 24, size: 15, ink: [0.15, 0.15, 0.18], f: 'hand2' },
      );
      return d;
    },
  },
  {
    slug: 'kleinzoon-woont-in-oma',
    type: 'change_form',
    client: nadia.clientNumber,
    language: 'nl',
    render: 'scan',
    label: 'Oudere cliënte schrijft dat haar kleinzoon tijdelijk bij haar woont, met klantnummer',
    date: '2026-11-19',
    build: () => {
      const d = new Doc();
      const p = d.page();
      p.left = 60;
      handLines(
        p,
        [
          'N. Ait Lahcen',
          nadia.street,
          nadia.city,
          '',
          'Aan de gemeente afdeling uitkering',
          '',
          'Voorbeeld 18-11-2026',
          '',
          'Betreft : inwonen kleinzoon  K-100276',
          '',
          'Geachte mevrouw, meneer,',
          'Ik wil u laten weten dat mijn kleinzoon',
          'Ilias (20 jaar) sinds 2 weken bij mij slaapt.',
          'Hij heeft ruzie met zijn vader en kan nergens',
          'heen. Hij staat niet bij mij ingeschreven.',
          'Hij werkt niet en heeft geen geld, hij eet mee.',
          'Ik weet niet of dit gevolgen heeft voor mij,',
          'ik wil het goed doen. Mijn buurvrouw',
          'heeft mij geholpen met deze brief.',
          '',
          'Met vriendelijke groet',
          '',
          'N. Ait Lahcen',
        ],
        { x: 60, top: 80, lh: 27, size: 14.5, ink: BLUE_INK },
      );
      return d;
    },
  },
  {
    slug: 'wijzigingsformulier-buurtteam-fax',
    type: 'change_form',
    client: marlon.clientNumber,
    language: 'nl',
    render: 'fax',
    faxHeader: '20-11-2026 11:03  Buurtteam Oost  0123-448810  ',
    label: 'Buurtteam faxt een ingevuld wijzigingsformulier (inkomsten uit alimentatie), Marlon Kromodimedjo',
    date: '2026-11-20',
    build: () => {
      const d = new Doc();
      faxCover(d.page(), {
        from: ['Buurtteam Voorbeeld-Oost', 'Wijkcentrum De Schakel, Pleinweg 1', 'tel 0123-448800'],
        to: 'Werk en Inkomen, t.a.v. inkomensconsulent',
        toFax: '0123-456799',
        pages: 2,
        subject: 'wijzigingsformulier M. Kromodimedjo',
        note: 'Hierbij het wijzigingsformulier dat ik vanochtend samen met meneer Kromodimedjo heb ingevuld. Het origineel stuurt hij zelf nog per post. Graag contact met mij als er iets ontbreekt.\n\nGroet, Fenna Jacobs, buurtteam',
      });
      const p = d.page();
      gemeenteForm(p, 'Wijzigingsformulier', 'Participatiewet');
      section(p, '1', 'Uw gegevens');
      field(p, p.left, p.y, 220, 'Naam', 'M. Kromodimedjo');
      field(p, p.left + 240, p.y, 226, 'Klantnummer', 'K-100304');
      p.gap(34);
      field(p, p.left, p.y, 220, 'Adres', marlon.street);
      field(p, p.left + 240, p.y, 226, 'Telefoon', '06-2981 0045');
      p.gap(40);
      section(p, '2', 'Wat verandert er?');
      for (const [l, t] of [
        ['Ik ga samenwonen / mijn partner komt bij mij wonen', false],
        ['Ik ga verhuizen', false],
        ['Ik krijg inkomsten (werk, uitkering, alimentatie)', true],
        ['Iemand komt bij mij wonen of gaat weg', false],
        ['Anders', false],
      ] as [string, boolean][]) {
        checkbox(p, p.left + 4, p.y, l, t);
        p.gap(17);
      }
      p.gap(8);
      field(p, p.left, p.y, 466, 'Toelichting', 'ik krijg vanaf okt. partneralimentatie € 175,- per maand van ex');
      p.gap(34);
      field(p, p.left, p.y, 466, '', 'via LBIO. Beschikking rechtbank zit in bijlage (komt per post)');
      p.gap(40);
      field(p, p.left, p.y, 180, 'Datum', '20-11-26');
      p.t(p.left + 240, p.y, 'Handtekening', { size: 8 });
      p.t(p.left + 250, p.y + 26, 'Kromodimedjo', { f: 'hand', size: 18, color: BLUE_INK });
      p.stamp(430, 760, ['Buurtteam Oost', 'gezien FJ'], { rot: -6, color: RED, size: 10 });
      return d;
    },
  },
];
