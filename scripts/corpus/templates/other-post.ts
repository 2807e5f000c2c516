import { HOUSING_CORPS, OTHER_CITIES, SCHOOLS } from '../pools.ts';
import type { Ctx, DateStyle, IdLabels, Template } from '../template.ts';
import {
  addDays,
  addressFormal,
  ahead,
  clock,
  fmtDate,
  he,
  ibanText,
  idLine,
  ids,
  maybe,
  money,
  moneyEn,
  one,
  paginate,
  paras,
  past,
  row,
  sloppy,
} from '../template.ts';

/**
 * "Other" post: what a W&I mailroom receives that belongs to no document type and has to go to a
 * person. Requests under the AVG/GDPR/RODO to see, correct or erase personal data (they carry a
 * one-month clock, but their type is `other`), advertising of commercial debt-help companies, loan
 * and credit offers, energy marketing, newsletters, club, library, school, church and mosque
 * letters, applications and questions meant for another department (parking, Wmo, burgerzaken,
 * belastingen), thank-you cards, survey invitations and letters delivered to the wrong address.
 *
 * Many of them mention money, debts, an "aanvraag", a "bezwaar" or a "klacht" in passing, as such
 * letters do, while clearly being something else. Client evidence appears only through the
 * helpers, and only when `c.show` asks for it.
 */

// ---------------------------------------------------------------------------------------------
// Helpers

/** The id lines preceded by a blank line, or nothing when the document shows none. */
const idBlock = (c: Ctx, l: IdLabels, sep = ': ', style: DateStyle = 'dmy') => {
  const lines = ids(c, l, sep, style);
  return lines.length ? ['', ...lines] : [];
};
const idsInline = (c: Ctx, l: IdLabels, joint = ' - ', style: DateStyle = 'dmy') => idLine(c, l, joint, { birthStyle: style });

const NL: IdLabels = {
  bsn: ['BSN', 'Burgerservicenummer', 'BSN-nummer', 'bsn'],
  client: ['Klantnummer', 'Klantnr.', 'Dossiernummer', 'mijn klantnummer'],
  birth: ['Geboortedatum', 'Geb.datum', 'geboren op'],
};
const EN: IdLabels = {
  bsn: ['BSN', 'Citizen service number (BSN)', 'BSN number'],
  client: ['Client number', 'Client no.', 'Your reference (klantnummer)'],
  birth: ['Date of birth', 'DOB', 'Born'],
};
const PL: IdLabels = {
  bsn: ['BSN', 'Numer BSN', 'numer BSN (sofinummer)'],
  client: ['Numer klienta (klantnummer)', 'Klantnummer', 'Nr klienta'],
  birth: ['Data urodzenia', 'ur.', 'Data ur.'],
};
const UK: IdLabels = {
  bsn: ['BSN', 'Номер BSN', 'BSN (burgerservicenummer)'],
  client: ['Номер клієнта (klantnummer)', 'Klantnummer'],
  birth: ['Дата народження', 'Geboortedatum'],
};
const AR: IdLabels = {
  bsn: ['رقم BSN', 'BSN', 'الرقم الشخصي BSN'],
  client: ['رقم الملف (klantnummer)', 'Klantnummer', 'رقم الملف'],
  birth: ['تاريخ الميلاد', 'Geboortedatum'],
};
const TR: IdLabels = {
  bsn: ['BSN', 'BSN numaram', 'BSN no'],
  client: ['Klantnummer', 'Dosya no (klantnummer)', 'Müşteri no'],
  birth: ['Doğum tarihi', 'Geboortedatum'],
};

const townMail = (c: Ctx) => c.org.city.toLowerCase().replace(/[^a-z]/g, '');
const year = (c: Ctx) => c.date.getUTCFullYear();
const kenteken = (c: Ctx) =>
  c.rng.pick([
    `${c.rng.letters(2)}-${c.rng.digits(3)}-${c.rng.letters(1)}`,
    `${c.rng.digits(1)}-${c.rng.letters(3)}-${c.rng.digits(2)}`,
    `${c.rng.letters(3)}-${c.rng.digits(2)}-${c.rng.letters(1)}`,
  ]);
/** Monthly payment of an annuity loan. */
const annuity = (principal: number, yearRate: number, months: number) => {
  const r = yearRate / 1200;
  return Math.round(((principal * r) / (1 - (1 + r) ** -months)) * 100) / 100;
};
const PRIMARY = SCHOOLS.filter((s) => !/^ROC|College/.test(s));

// =============================================================================================
// DUTCH
// =============================================================================================

const nlAvgInzageHand: Template = {
  id: 'other.nl.avg-inzage-dossier-hand',
  type: 'other',
  lang: 'nl',
  style: 'handwritten',
  weight: 0.5,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const body = [
      one(
        rng,
        'Ik wil graag mijn hele dossier inzien. Alles wat jullie over mij hebben opgeschreven, ook de verslagen van de gesprekken met mijn consulent.',
        'Graag ontvang ik een kopie van mijn dossier bij Werk en Inkomen. Ik wil weten wat er allemaal over mij in de computer staat.',
        'Hierbij vraag ik om inzage in mijn persoonsgegevens die bij de sociale dienst bewaard worden, van de afgelopen vijf jaar.',
      ),
      one(
        rng,
        'Dit is geen bezwaar en ook geen klacht, ik wil het alleen zelf kunnen lezen.',
        'Mijn advocaat heeft gezegd dat ik daar recht op heb.',
        `Bij het laatste gesprek op ${fmtDate(past(c, 10, 60), 'dmy')} werd iets voorgelezen wat niet klopte, daarom wil ik zien wat er staat.`,
        'Ik heb het nodig voor mijn schuldhulpverlener, die wil weten vanaf wanneer ik uitkering heb.',
      ),
      one(
        rng,
        'Mag het op papier? Ik heb geen computer thuis.',
        `U mag het ook mailen naar ${c.p.email}.`,
        'Ik kom het ook graag ophalen op het gemeentehuis, bel mij maar.',
      ),
    ];
    return [
      [
        c.p.name,
        `${c.p.street} ${c.p.houseNumber}`,
        `${c.p.postcode} ${c.p.city}`,
        ...ids(c, NL, ': ', rng.pick(['dmy', 'long'] as const)),
        '',
        rng.pick([`Aan de gemeente ${c.org.city}`, 'Aan Werk en Inkomen', 'Gemeente, afdeling Sociale Zaken']),
        '',
        `${c.p.city}, ${fmtDate(c.date, rng.pick(['dmy', 'long'] as const))}`,
        '',
        ...maybe(rng, 0.5, () => [`Betreft: ${rng.pick(['inzage in mijn dossier', 'inzageverzoek', 'kopie van mijn gegevens'])}`, '']),
        rng.pick(['Geachte mevrouw/meneer,', 'Beste mensen,', 'Hallo,']),
        '',
        ...paras(58, ...body.map((t) => sloppy(t, rng, rng.pick([0.1, 0.3, 0.5])))),
        '',
        rng.pick(['Met vriendelijke groet', 'Groeten', 'Alvast bedankt']),
        '',
        c.p.name,
        ...maybe(rng, 0.5, () => [`tel ${c.p.phone}`]),
      ],
    ];
  },
};

const nlAvgWissenMail: Template = {
  id: 'other.nl.avg-gegevens-wissen-mail',
  type: 'other',
  lang: 'nl',
  style: 'printed',
  weight: 0.5,
  supports: ['client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const end = past(c, 60, 700);
    return [
      [
        `Van: ${c.p.name} <${c.p.email}>`,
        `Aan: ${rng.pick(['privacy', 'fg', 'info', 'gegevensbescherming'])}@${townMail(c)}.nl`,
        `Verzonden: ${fmtDate(c.date, 'weekday')} ${clock(c, 7, 23)}`,
        `Onderwerp: ${rng.pick(['Verwijderen van mijn gegevens', 'Verzoek om gegevens te wissen (art. 17 AVG)', 'graag mijn gegevens verwijderen a.u.b.'])}`,
        '',
        rng.pick(['Geachte heer, mevrouw,', 'Beste functionaris gegevensbescherming,', 'Goedendag,']),
        '',
        ...paras(
          84,
          one(
            rng,
            `Tot ${fmtDate(end, 'long')} had ik een bijstandsuitkering bij uw gemeente. Sinds ik ben verhuisd naar ${rng.pick(OTHER_CITIES)} heb ik niets meer met Werk en Inkomen te maken.`,
            `Mijn uitkering is op ${fmtDate(end, 'long')} gestopt omdat ik een vaste baan heb gevonden. Ik sta dus niet meer bij u ingeschreven als klant.`,
            `Sinds ${fmtDate(end, 'long')} ontvang ik geen uitkering meer van de gemeente.`,
          ),
          `Ik verzoek u de persoonsgegevens die u over mij heeft en die u niet meer wettelijk hoeft te bewaren, te verwijderen. Ik denk dan aan ${rng.sample(['de kopieën van mijn bankafschriften', 'mijn cv en sollicitatiebrieven', 'de verslagen van het re-integratietraject', 'de foto van mijn paspoort', 'de medische informatie die ik ooit heb ingeleverd', 'mijn oude huurcontract'], 3).join(', ')}.`,
          one(
            rng,
            'Wilt u mij laten weten welke gegevens u wel moet bewaren en tot wanneer?',
            'Als u bepaalde stukken nog moet houden voor de archiefwet, hoor ik graag welke en hoe lang.',
          ),
          'Ik ontvang graag per e-mail een bevestiging wanneer het is gebeurd.',
        ),
        ...idBlock(c, NL),
        '',
        rng.pick(['Met vriendelijke groet,', 'Vriendelijke groet,', 'Groet,']),
        c.p.name,
        c.p.phone,
      ],
    ];
  },
};

const nlSchuldhulpReclame: Template = {
  id: 'other.nl.commercieel-schuldenbureau-reclame',
  type: 'other',
  lang: 'nl',
  style: 'printed',
  weight: 0.5,
  supports: [],
  render(c) {
    const { rng } = c;
    const firm = rng.pick(['Rustpunt Financieel B.V.', 'FinRust Adviesgroep', 'Budget & Balans Bureau', 'Zorgeloos Financieel B.V.']);
    const fee = rng.int(39, 129);
    return [
      [
        ...maybe(rng, 0.5, () => [`Aan de bewoners van ${c.p.street} ${c.p.houseNumber}`, `${c.p.postcode} ${c.p.city}`, '']),
        rng.pick(['GELDZORGEN? WIJ HELPEN U ER VANAF!', 'Schulden? Slaap weer rustig.', 'Stop met piekeren over rekeningen']),
        `${firm} - uw partner in financiële rust`,
        '',
        ...paras(
          76,
          one(
            rng,
            'Ligt uw deurmat vol met rekeningen en herinneringen? U bent niet de enige. Meer dan een half miljoen huishoudens in Nederland heeft problematische schulden.',
            'Belt het incassobureau u steeds op en weet u niet meer waar u moet beginnen? Onze adviseurs nemen het contact met uw schuldeisers van u over.',
          ),
        ),
        '',
        '✔ Gratis en vrijblijvend intakegesprek',
        '✔ Eén vast bedrag per maand, wij verdelen het',
        '✔ Binnen 48 uur persoonlijk contact',
        '✔ Ook als u een BKR-registratie heeft',
        '',
        ...paras(
          76,
          `Vraag vandaag nog een adviesgesprek aan via ${firm.split(' ')[0]?.toLowerCase()}.nl of bel ${rng.pick(['085', '088', '0900'])}-${rng.digits(7)} (ma t/m za 8-20 uur).`,
        ),
        '',
        ...paras(
          92,
          `${firm} is een commercieel bedrijf en geen onderdeel van de gemeentelijke schuldhulpverlening. Voor onze begeleiding betaalt u ${money(fee, { euro: true })} per maand. KvK ${rng.digits(8)}.`,
        ),
      ],
    ];
  },
};

const nlLeningAanbod: Template = {
  id: 'other.nl.persoonlijke-lening-aanbod',
  type: 'other',
  lang: 'nl',
  style: 'printed',
  weight: 0.5,
  supports: [],
  render(c) {
    const { rng } = c;
    const [lender, site] = rng.pick([
      ['Lenen.nu', 'lenen.nu'],
      ['Krediet Direct B.V.', 'kredietdirect.nl'],
      ['Voordeelkrediet', 'voordeelkrediet.nl'],
      ['Santander Consumer Finance', 'santander.nl'],
      ['Freo', 'freo.nl'],
    ] as const);
    const rate = rng.pick([5.9, 6.4, 7.2, 8.5, 9.9]);
    const amount = rng.pick([5000, 7500, 10000, 15000]);
    const months = rng.pick([36, 48, 60, 72]);
    const monthly = annuity(amount, rate, months);
    return [
      [
        lender,
        '',
        ...addressFormal(c.p, rng),
        '',
        `Datum: ${fmtDate(c.date, 'long')}`,
        `Uw persoonlijke code: ${rng.letters(3)}${rng.digits(5)}`,
        '',
        `Betreft: uw persoonlijke aanbieding - lenen vanaf ${String(rate).replace('.', ',')}%`,
        '',
        `${c.p.gender === 'f' ? 'Beste mevrouw' : 'Beste meneer'} ${c.p.lastName},`,
        '',
        ...paras(
          86,
          one(
            rng,
            'Een nieuwe keuken, een auto of eindelijk die verbouwing? Met een persoonlijke lening weet u precies waar u aan toe bent: een vaste rente en een vast maandbedrag.',
            'Goed nieuws: u komt mogelijk in aanmerking voor een voordelige persoonlijke lening. Oversluiten van bestaande leningen kan ook, en dat scheelt vaak flink in de maandlasten.',
          ),
          `Aanvragen doet u in een paar minuten online met uw persoonlijke code. Binnen één werkdag hoort u of uw aanvraag is goedgekeurd.`,
        ),
        '',
        'Rekenvoorbeeld',
        row(['Leenbedrag', money(amount, { euro: true })], [28, 14]),
        row(['Looptijd', `${months} maanden`], [28, 14]),
        row(['Vaste debetrentevoet', `${String(rate).replace('.', ',')}%`], [28, 14]),
        row(['Maandbedrag', money(monthly, { euro: true })], [28, 14]),
        row(['Totaal terug te betalen', money(monthly * months, { euro: true })], [28, 14]),
        '',
        'LET OP: geld lenen kost geld. Leen nooit meer dan u maandelijks kunt terugbetalen.',
        '',
        ...paras(
          92,
          `Wij toetsen elke aanvraag bij het BKR. Wilt u geen aanbiedingen meer van ons ontvangen? Laat het weten via ${site}/afmelden.`,
        ),
      ],
    ];
  },
};

const nlEnergieBonus: Template = {
  id: 'other.nl.energie-overstap-welkomstbonus',
  type: 'other',
  lang: 'nl',
  style: 'printed',
  weight: 0.5,
  supports: [],
  render(c) {
    const { rng } = c;
    const sup = rng.pick(['Vandebron', 'Budget Energie', 'Engie', 'Oxxio', 'Frank Energie', 'Pure Energie']);
    const bonus = rng.pick([100, 150, 200, 250]);
    const w = [34, 14];
    return [
      [
        sup,
        '',
        ...(rng.chance(0.5)
          ? [`Aan de bewoner(s) van`, `${c.p.street} ${c.p.houseNumber}`, `${c.p.postcode} ${c.p.city}`]
          : [`Hallo ${c.p.firstName}!`]),
        '',
        `Stap nu over en ontvang ${money(bonus, { euro: true })} welkomstkorting`,
        '',
        ...paras(
          80,
          `Wij regelen alles: ook de opzegging bij uw huidige leverancier. U zit geen dag zonder stroom of gas.`,
          one(rng, 'Kies voor 1 of 3 jaar vaste tarieven.', 'Kies voor een variabel contract, maandelijks opzegbaar.'),
        ),
        '',
        row(['Stroom (per kWh)', `€ 0,${rng.int(22, 34)}`], w),
        row(['Gas (per m³)', `€ 1,${rng.int(10, 45)}`], w),
        row(['Vaste leveringskosten p/m', money(rng.amount(5.5, 8.5), { euro: true })], w),
        row(['Terugleververgoeding (per kWh)', `€ 0,0${rng.int(1, 9)}`], w),
        '',
        `Actiecode: ${rng.letters(4)}${rng.int(10, 99)}  -  geldig tot ${fmtDate(ahead(c, 14, 45), 'long')}`,
        '',
        ...paras(
          92,
          'Tarieven inclusief btw en energiebelasting, exclusief netbeheerkosten. De welkomstkorting wordt verrekend op uw eerste jaarnota.',
        ),
      ],
    ];
  },
};

const nlBewonersblad: Template = {
  id: 'other.nl.bewonersnieuws-renovatie',
  type: 'other',
  lang: 'nl',
  style: 'printed',
  weight: 0.5,
  supports: [],
  render(c) {
    const { rng } = c;
    const corp = rng.pick(HOUSING_CORPS);
    const wijk = rng.pick(['Bloemenbuurt', 'De Horst', 'Oost', 'Kerkwijk', 'Molenkwartier', 'Het Zand']);
    const lines = [
      `${corp}  |  Wijknieuws ${wijk}  |  nr. ${rng.int(1, 4)} - ${year(c)}`,
      '',
      'VERDUURZAMING VAN UW BLOK',
      ...paras(
        84,
        `Vanaf ${fmtDate(ahead(c, 20, 90), 'long')} krijgen de woningen aan de ${c.p.street} nieuwe kozijnen met HR++-glas en spouwmuurisolatie. De aannemer ${rng.pick(['Bouwgroep Dijkstra', 'Van Wijnen', 'Heijmans', 'BAM Wonen'])} komt vooraf bij iedereen langs voor een opname.`,
        'Omdat uw woning daarna minder energie verbruikt, vragen wij geen huurverhoging voor deze werkzaamheden.',
      ),
      '',
      'NIEUWE WIJKBEHEERDER',
      ...paras(
        84,
        `${c.r.name} is vanaf deze maand uw aanspreekpunt voor overlast, rommel in de bergingen en kapotte verlichting in de portiek. Elke woensdagochtend is er spreekuur in het buurthuis.`,
      ),
      '',
      'BEWONER AAN HET WOORD',
      ...paras(
        84,
        `"${rng.pick(['Ik woon hier al dertig jaar en ken bijna iedereen in de straat.', 'Sinds de moestuin achter de flat er is, praten de buren veel meer met elkaar.', 'Met de klusbus hebben we samen de speeltuin opgeknapt.'])}" - ${c.q.firstName}, ${rng.int(24, 81)} jaar`,
      ),
      '',
      'KORT',
      `- Containerdag grofvuil: ${fmtDate(ahead(c, 5, 40), 'weekday')}`,
      '- Zorgen over de huur of andere rekeningen? Bel op tijd onze huurconsulent, samen zoeken we een oplossing.',
      '- Nieuwe leden voor de bewonerscommissie zijn van harte welkom.',
      '',
      `${corp} - klantenservice ${rng.pick(['088', '085', '010'])}-${rng.digits(7)} - www.${corp.toLowerCase().replace(/[^a-z]/g, '')}.nl`,
    ];
    return paginate(lines, rng.pick([60, 24]), (p, t) => (t > 1 && p > 1 ? [`Wijknieuws ${wijk} - pagina ${p}`, ''] : []));
  },
};

const nlBibliotheek: Template = {
  id: 'other.nl.bibliotheek-pas-en-uitleningen',
  type: 'other',
  lang: 'nl',
  style: 'printed',
  weight: 0.45,
  supports: [],
  render(c) {
    const { rng } = c;
    const books = rng.sample(
      [
        'De Gruffalo',
        'Het leven is vurrukkulluk',
        'Taal voor Nu A2 - werkboek',
        'Kikker is verliefd',
        'Oorlogswinter',
        'Nederlands in gang',
        'Dikkie Dik op vakantie',
      ],
      rng.int(1, 3),
    );
    return [
      [
        `Bibliotheek ${c.org.city}`,
        '',
        c.p.name,
        `${c.p.street} ${c.p.houseNumber}`,
        `${c.p.postcode} ${c.p.city}`,
        '',
        `${c.org.city}, ${fmtDate(c.date, 'long')}`,
        `Lenersnummer: ${rng.digits(10)}`,
        '',
        `Beste ${c.p.firstName},`,
        '',
        ...paras(
          84,
          `Uw abonnement loopt af op ${fmtDate(ahead(c, 7, 30), 'long')}. Wilt u blijven lenen? Verlengen kan aan de balie of via Mijn Bibliotheek.`,
          'Wist u dat een volwassenenabonnement gratis is met de stadspas? Neem uw pas mee bij uw volgende bezoek.',
        ),
        '',
        'Deze materialen staan nog op uw pas:',
        ...books.map((b) => `  ${b.padEnd(36)} inleverdatum ${fmtDate(past(c, 1, 20), 'dmy')}`),
        `Te-laat-geld tot nu toe: ${money(rng.amount(0.3, 4.5), { euro: true })}`,
        '',
        'Activiteiten deze maand',
        '- Taalcafé: elke dinsdag 10.00-11.30 uur',
        '- Informatiepunt Digitale Overheid: hulp bij DigiD en formulieren, donderdag 14.00-16.00 uur',
        '- Voorleesochtend voor peuters: zaterdag 10.30 uur',
        '',
        'Tot ziens in de bibliotheek!',
      ],
    ];
  },
};

const nlParkeervergunning: Template = {
  id: 'other.nl.parkeervergunning-bewoners-formulier',
  type: 'other',
  lang: 'nl',
  style: 'form',
  weight: 0.45,
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const x = (b: boolean) => (b ? '[X]' : '[ ]');
    const kind = rng.int(0, 2);
    const owner = rng.weighted([
      [0, 8],
      [1, 1],
      [2, 1],
    ] as const);
    return [
      [
        `Gemeente ${c.org.city}`,
        'AANVRAAGFORMULIER PARKEERVERGUNNING',
        '',
        '1. Gegevens aanvrager',
        `Naam en voorletters:  ${c.p.lastName}, ${c.p.initials}`,
        `Adres:                ${c.p.street} ${c.p.houseNumber}`,
        `Postcode/plaats:      ${c.p.postcode} ${c.p.city}`,
        ...ids(c, { bsn: 'BSN', birth: 'Geboortedatum' }, ':        '),
        `Telefoon:             ${c.p.phone}`,
        '',
        '2. Soort vergunning',
        `${x(kind === 0)} bewonersvergunning   ${x(kind === 1)} bezoekersvergunning   ${x(kind === 2)} mantelzorgvergunning`,
        `Vergunninggebied: ${rng.pick(['A - Centrum', 'B - Stationsgebied', 'C - Oude Wijk', 'Zone 2'])}`,
        '',
        '3. Voertuig',
        `Kenteken:             ${kenteken(c)}`,
        `Merk en type:         ${rng.pick(['Opel Corsa', 'Toyota Yaris', 'Volkswagen Polo', 'Peugeot 208', 'Kia Picanto', 'Renault Clio'])}`,
        `Kenteken op naam van: ${x(owner === 0)} mijzelf   ${x(owner === 1)} werkgever/lease   ${x(owner === 2)} partner`,
        '',
        '4. Betaling',
        `Kosten: ${money(rng.pick([48, 72, 96, 118.5]), { euro: true })} per jaar. Machtiging automatische incasso:`,
        `IBAN: ${ibanText(c.p.iban, rng)}`,
        '',
        '5. Ondertekening',
        `Datum: ${fmtDate(c.date, 'dmy')}        Handtekening: ____________`,
        '',
        ...maybe(rng, 0.45, () => [
          sloppy(
            one(
              rng,
              'ps. ik heb een uitkering, is er korting op de vergunning?',
              'ps. sorry als dit het verkeerde adres is, ik wist niet waar het heen moest',
              'ps. mijn vorige aanvraag is nooit beantwoord',
            ),
            rng,
            0.3,
          ),
          '',
        ]),
        'Stuur dit formulier met een kopie van het kentekenbewijs naar: Team Parkeren, ' + c.org.postbus,
      ],
    ];
  },
};

const nlWmoVraag: Template = {
  id: 'other.nl.wmo-huishoudelijke-hulp-vraag',
  type: 'other',
  lang: 'nl',
  style: 'handwritten',
  weight: 0.5,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const forMother = rng.chance(0.4);
    const subject = forMother ? 'mijn moeder' : 'ik';
    const texts = [
      forMother
        ? `Mijn moeder is ${rng.int(72, 91)} jaar en woont alleen. Zij krijgt via de Wmo huishoudelijke hulp, maar sinds ${rng.pick(['de zomer', 'januari', 'een paar maanden'])} komt er maar een keer in de twee weken iemand.`
        : `Ik heb sinds mijn ${rng.pick(['heupoperatie', 'herseninfarct', 'ongeluk'])} huishoudelijke hulp via de Wmo. Nu ben ik ook ${rng.pick(['slecht ter been', 'snel moe', 'mijn evenwicht kwijt'])} en lukt de trap bijna niet meer.`,
      one(
        rng,
        `Bij wie moet ${subject === 'ik' ? 'ik' : 'ik voor haar'} zijn om meer uren te vragen? Moet er een nieuwe aanvraag komen of kan het via een telefoontje?`,
        `Kan er iemand van het Wmo-loket langskomen om te kijken wat er nodig is? ${forMother ? 'Zij' : 'Ik'} denk${forMother ? 't' : ''} aan een traplift of een douchestoel.`,
        'Ik wil weten of er ook hulp is voor boodschappen doen en wat dat kost aan eigen bijdrage bij het CAK.',
      ),
      one(
        rng,
        'Ik weet niet of dit bij uw afdeling hoort, maar het stond op de brief van mijn uitkering. Wilt u het anders doorsturen?',
        'Het is geen klacht, de hulp is heel lief, we willen gewoon weten wat de mogelijkheden zijn.',
        'Ik heb al twee keer gebeld maar kreeg steeds een ander nummer.',
      ),
    ];
    return [
      [
        `${c.org.city}, ${fmtDate(c.date, rng.pick(['dmy', 'slash'] as const))}`,
        '',
        rng.pick(['Beste mevrouw of meneer,', 'Geachte gemeente,', 'Aan de Wmo-consulent']),
        '',
        ...paras(56, ...texts.map((t) => sloppy(t, rng, rng.pick([0.1, 0.3, 0.6])))),
        '',
        rng.pick(['Groeten,', 'Met vriendelijke groet,', 'Dank u wel,']),
        c.p.name,
        ...idsInline(c, NL),
        `${c.p.street} ${c.p.houseNumber}`,
        `tel. ${c.p.phone}`,
      ],
    ];
  },
};

const nlBurgerzakenMail: Template = {
  id: 'other.nl.burgerzaken-uittreksel-mail',
  type: 'other',
  lang: 'nl',
  style: 'printed',
  weight: 0.45,
  supports: ['name-birthdate', 'bsn'],
  render(c) {
    const { rng } = c;
    const purpose = rng.pick([
      'mijn nieuwe werkgever',
      'de woningcorporatie',
      'het consulaat (mijn huwelijk in het buitenland)',
      'de notaris',
    ]);
    return [
      [
        `Van: ${c.p.email}`,
        `Aan: info@${townMail(c)}.nl`,
        `Datum: ${fmtDate(c.date, 'dmy')} ${clock(c, 8, 22)}`,
        `Onderwerp: ${rng.pick(['uittreksel BRP aanvragen', 'Vraag voor Burgerzaken', 'uittreksel + afspraak paspoort'])}`,
        '',
        'Goedemiddag,',
        '',
        ...paras(
          82,
          `Ik heb voor ${purpose} een uittreksel uit de Basisregistratie Personen nodig, met adreshistorie. Kan ik die per post ontvangen of moet ik daarvoor langskomen? En wat kost het?`,
          rng.chance(0.6) &&
            `Verder wil ik een afspraak maken om mijn ${rng.pick(['paspoort', 'identiteitskaart', 'rijbewijs'])} te verlengen, die verloopt op ${fmtDate(ahead(c, 10, 80), 'long')}. Online lukt het niet met mijn DigiD.`,
          one(
            rng,
            'Ik heb dit adres op een brief van Werk en Inkomen gevonden. Ik hoop dat u het kunt doorsturen naar Burgerzaken.',
            'Excuses als ik bij de verkeerde afdeling ben, ik kon het goede e-mailadres niet vinden.',
          ),
        ),
        ...idBlock(c, NL),
        '',
        'Met vriendelijke groet,',
        c.p.name,
        `${c.p.street} ${c.p.houseNumber}, ${c.p.city}`,
      ],
    ];
  },
};

const nlHondenbelasting: Template = {
  id: 'other.nl.hondenbelasting-afmelden',
  type: 'other',
  lang: 'nl',
  style: 'printed',
  weight: 0.4,
  supports: [],
  render(c) {
    const { rng } = c;
    const dog = rng.pick(['Bobby', 'Max', 'Luna', 'Saar', 'Rocky', 'Guus', 'Bella']);
    return [
      [
        c.p.name,
        `${c.p.street} ${c.p.houseNumber}`,
        `${c.p.postcode} ${c.p.city}`,
        '',
        `Gemeente ${c.org.city}`,
        rng.pick(['Afdeling Belastingen', 't.a.v. Gemeentelijke Belastingen', 'Belastingen en Invordering']),
        c.org.postbus,
        '',
        `${c.p.city}, ${fmtDate(c.date, 'long')}`,
        '',
        `Betreft: afmelding hondenbelasting${rng.chance(0.6) ? `, aanslagnummer ${rng.digits(4)}.${rng.digits(5)}.${rng.digits(2)}` : ''}`,
        '',
        'Geachte heer, mevrouw,',
        '',
        ...paras(
          84,
          one(
            rng,
            `Onze hond ${dog} is op ${fmtDate(past(c, 5, 60), 'long')} overleden. Wij hebben geen hond meer en willen hem daarom afmelden.`,
            `Wegens mijn gezondheid kon ik niet meer voor ${dog} zorgen; sinds ${fmtDate(past(c, 5, 60), 'long')} woont hij bij mijn dochter in ${rng.pick(OTHER_CITIES)}. Ik meld de hond hierbij af.`,
          ),
          `Wilt u het teveel betaalde deel terugstorten op rekening ${ibanText(c.p.iban, rng)}?`,
          rng.chance(0.5) &&
            'Ik heb tegelijk een vraag: klopt het dat ik voor de afvalstoffenheffing kwijtschelding kan krijgen omdat ik van een bijstandsuitkering leef? Hoe vraag ik dat aan?',
        ),
        '',
        'Met vriendelijke groet,',
        '',
        c.p.name,
      ],
    ];
  },
};

const nlBedankkaart: Template = {
  id: 'other.nl.bedankkaartje-consulent',
  type: 'other',
  lang: 'nl',
  style: 'handwritten',
  weight: 0.4,
  supports: [],
  render(c) {
    const { rng } = c;
    const to = rng.chance(0.5) ? `Lieve ${c.r.firstName},` : `Beste ${c.r.gender === 'f' ? 'mevrouw' : 'meneer'} ${c.r.lastName},`;
    return [
      [
        rng.pick(['~ BEDANKT ~', 'Dankjewel!', '(kaart met bloemen)', 'Merci!']),
        '',
        to,
        '',
        ...paras(
          44,
          sloppy(
            one(
              rng,
              `Ik wil u heel erg bedanken voor alle hulp het afgelopen jaar. Sinds ${rng.pick(['maart', 'de zomer', 'vorige maand'])} heb ik werk en dat was zonder u niet gelukt.`,
              'Wat een jaar was het. U heeft altijd naar me geluisterd, ook als ik boos was. Dank daarvoor.',
              'Toen ik hier net woonde begreep ik niks van alle brieven. U heeft me geholpen met alle papieren, heel erg bedankt.',
            ),
            rng,
            0.4,
          ),
          one(rng, 'Fijne feestdagen!', 'Ik wens u een mooie zomer.', 'Veel succes met uw nieuwe baan!', 'Blijf zoals u bent.'),
        ),
        '',
        rng.pick([`Groetjes, ${c.p.firstName}`, `${c.p.firstName} en de kinderen`, `Liefs, ${c.p.firstName} ${c.p.lastName[0]}.`]),
      ],
    ];
  },
};

const nlVerkeerdBezorgd: Template = {
  id: 'other.nl.verkeerd-bezorgd-retour',
  type: 'other',
  lang: 'nl',
  style: 'handwritten',
  weight: 0.45,
  supports: [],
  render(c) {
    const { rng } = c;
    if (rng.chance(0.5))
      return [
        [
          'PostNL  -  RETOUR AFZENDER',
          `${rng.chance(0.6) ? '[X]' : '[ ]'} Geadresseerde onbekend      [ ] Adres onvolledig`,
          `${rng.chance(0.4) ? '[X]' : '[ ]'} Verhuisd                    [ ] Geweigerd`,
          '',
          ...addressFormal(c.q, rng),
          '',
          sloppy(
            one(
              rng,
              `woont hier niet meer sinds ${rng.int(2019, 2025)}`,
              'Deze persoon woont hier NIET. Graag uw administratie aanpassen',
              'onbekend op dit adres, al de 3e brief!',
            ),
            rng,
            0.3,
          ),
        ],
      ];
    return [
      [
        `${c.p.city}, ${fmtDate(c.date, 'short')}`,
        '',
        ...paras(
          50,
          sloppy(
            one(
              rng,
              `Deze brief lag bij ons in de bus maar is voor ${c.q.name}. Die woont hier niet, wij wonen hier sinds ${rng.int(2018, 2025)}.`,
              `Beste gemeente, u stuurt steeds post voor ${c.q.name} naar ons adres (${c.p.street} ${c.p.houseNumber}). Wij kennen deze persoon niet.`,
            ),
            rng,
            0.3,
          ),
          one(
            rng,
            'Sorry, we hebben de envelop per ongeluk opengemaakt.',
            'Wilt u het adres aanpassen?',
            'De brief zit erbij, wij hebben niks gelezen.',
          ),
        ),
        '',
        rng.pick([`de bewoners van nr. ${c.p.houseNumber}`, `fam. ${c.p.lastName}`, c.p.firstName]),
      ],
    ];
  },
};

const nlEnquete: Template = {
  id: 'other.nl.klantonderzoek-uitnodiging',
  type: 'other',
  lang: 'nl',
  style: 'printed',
  weight: 0.45,
  supports: [],
  render(c) {
    const { rng } = c;
    const bureau = rng.pick(['I&O Research', 'Ipsos I&O', 'Onderzoeksbureau Motivaction', 'Citisens', 'Bureau Onderzoek en Statistiek']);
    const code = `${rng.letters(4)}-${rng.digits(4)}`;
    return [
      [
        bureau,
        `in opdracht van gemeente ${c.org.city}`,
        '',
        ...addressFormal(c.p, rng),
        '',
        `Datum: ${fmtDate(c.date, 'long')}`,
        `Onderwerp: ${rng.pick(['uw mening over de dienstverlening van Werk en Inkomen', 'klanttevredenheidsonderzoek Sociaal Domein', 'uitnodiging vragenlijst'])}`,
        '',
        'Geachte heer/mevrouw,',
        '',
        ...paras(
          86,
          `U heeft het afgelopen jaar contact gehad met de gemeente over werk, inkomen of ondersteuning. De gemeente wil graag weten hoe u dat heeft ervaren, zodat ze de dienstverlening kan verbeteren. ${bureau} voert dit onderzoek uit.`,
          `Het invullen duurt ongeveer ${rng.pick([8, 10, 15])} minuten. Meedoen is vrijwillig en heeft geen enkele invloed op uw uitkering of andere regelingen.`,
          `Ga naar www.${bureau
            .split(' ')[0]
            ?.toLowerCase()
            .replace(/[^a-z]/g, '')}.nl/gemeente en log in met de code ${code}. U kunt meedoen tot ${fmtDate(ahead(c, 14, 28), 'long')}.`,
          rng.chance(0.6) && `Onder de deelnemers verloten wij ${rng.pick([10, 20, 25])} cadeaubonnen van ${money(25, { euro: true })}.`,
          'Heeft u een klacht over de gemeente? Die kunt u niet via deze vragenlijst indienen; neem daarvoor contact op met de gemeente zelf.',
        ),
        '',
        'Met vriendelijke groet,',
        `${c.r.name}, projectleider`,
      ],
    ];
  },
};

const dutch: Template[] = [
  nlAvgInzageHand,
  nlAvgWissenMail,
  nlSchuldhulpReclame,
  nlLeningAanbod,
  nlEnergieBonus,
  nlBewonersblad,
  nlBibliotheek,
  nlParkeervergunning,
  nlWmoVraag,
  nlBurgerzakenMail,
  nlHondenbelasting,
  nlBedankkaart,
  nlVerkeerdBezorgd,
  nlEnquete,
];

// =============================================================================================
// ENGLISH
// =============================================================================================

const enGdprRectify: Template = {
  id: 'other.en.gdpr-rectification-letter',
  type: 'other',
  lang: 'en',
  style: 'printed',
  weight: 0.5,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const mangled =
      c.p.lastName.length > 3 ? c.p.lastName.slice(0, -2) + c.p.lastName.slice(-1) + c.p.lastName.slice(-2, -1) : `${c.p.lastName}e`;
    const errors = rng.sample(
      [
        `my surname is spelled "${mangled}" instead of "${c.p.lastName}"`,
        'my date of birth is recorded with day and month swapped',
        `I am listed as sharing my home with ${c.q.firstName} ${c.q.lastName}, who moved out long ago`,
        'my telephone number is an old number I no longer use',
        'my nationality is recorded incorrectly',
      ],
      rng.int(1, 3),
    );
    return [
      [
        c.p.name,
        `${c.p.street} ${c.p.houseNumber}`,
        `${c.p.postcode} ${c.p.city}`,
        c.p.email,
        '',
        `Municipality of ${c.org.city}`,
        'Attn. Data Protection Officer',
        c.org.postbus,
        '',
        fmtDate(c.date, 'en'),
        '',
        `Re: correction of my personal data (Article 16 GDPR)`,
        ...ids(c, EN, ': ', 'en'),
        '',
        'Dear Sir or Madam,',
        '',
        ...paras(
          84,
          `While reading the letter I received from your Work and Income department on ${fmtDate(past(c, 5, 40), 'en')}, I noticed that some of my details are wrong in your records:`,
        ),
        ...errors.map((e, i) => `  - ${e}${i === errors.length - 1 ? '.' : ';'}`),
        '',
        ...paras(
          84,
          'I request that you rectify these details and confirm in writing once this has been done.',
          rng.chance(0.6) &&
            'Until the corrections are made, I ask you to restrict the use of the incorrect information (Article 18 GDPR).',
          'To be clear, this is not an objection to any decision; I simply want my data to be right. A copy of my residence permit is enclosed for identification.',
        ),
        '',
        'Yours faithfully,',
        '',
        c.p.name,
      ],
    ];
  },
};

const enDebtReliefAd: Template = {
  id: 'other.en.debt-relief-company-ad',
  type: 'other',
  lang: 'en',
  style: 'printed',
  weight: 0.45,
  supports: [],
  render(c) {
    const { rng } = c;
    const firm = rng.pick(['ClearPath Finance Solutions', 'Clearwater Debt Advice', 'Expat Money Rescue', 'FreshStart Financial B.V.']);
    const months = rng.pick([18, 24, 36]);
    return [
      [
        rng.pick([`DEBT-FREE IN ${months} MONTHS?`, 'Drowning in bills?', 'One payment. One plan. No more stress.']),
        firm,
        '',
        ...paras(
          76,
          'Collection letters piling up? Phone calls you dread answering? Our English-speaking advisors help internationals in the Netherlands take back control of their finances.',
        ),
        '',
        'How it works',
        '  1. Free 15-minute phone assessment',
        '  2. We negotiate with your creditors on your behalf',
        '  3. You pay one affordable amount each month',
        '',
        `  ★★★★★ "${rng.pick(['They stopped the calls within a week.', 'Finally I can sleep again.', 'Friendly people, clear plan.'])}" - ${c.r.firstName}, ${rng.pick(OTHER_CITIES)}`,
        '',
        `Call ${rng.pick(['020', '085', '070'])}-${rng.digits(7)} or apply online at ${firm.split(' ')[0]?.toLowerCase()}.nl`,
        '',
        ...paras(
          92,
          `${firm} is a private company and is not affiliated with any municipality. A service fee of ${moneyEn(rng.int(45, 149))} per month applies. Debt assistance from your municipality (schuldhulpverlening) is free of charge.`,
        ),
      ],
    ];
  },
};

const enSportsClub: Template = {
  id: 'other.en.sports-club-membership-letter',
  type: 'other',
  lang: 'en',
  style: 'printed',
  weight: 0.4,
  supports: [],
  render(c) {
    const { rng } = c;
    const club = rng.pick([`VV ${c.org.city} Boys`, 'Swimming club De Dolfijn', 'Basketball club Blue Stars', 'Judo school Kumite']);
    const child = rng.pick(['Adam', 'Sara', 'Yusuf', 'Mila', 'Noah', 'Amira', 'Liam', 'Olena']);
    const fee = rng.int(120, 320);
    return [
      [
        club,
        `Season ${year(c)}/${year(c) + 1}`,
        '',
        `To the parent/guardian of ${child} ${c.p.lastName}`,
        `${c.p.street} ${c.p.houseNumber}, ${c.p.postcode} ${c.p.city}`,
        '',
        `Dear ${c.p.firstName},`,
        '',
        ...paras(
          84,
          `Welcome to ${club}! We are happy that ${child} has joined us. Below you will find the most important information for the new season.`,
        ),
        '',
        row(
          [
            'Training',
            `${rng.pick(['Tuesday', 'Monday', 'Wednesday'])} & ${rng.pick(['Thursday', 'Friday'])} ${rng.pick(['17:30-18:45', '18:00-19:15'])}`,
          ],
          [16, 30],
        ),
        row(['Matches', 'Saturday mornings, schedule in the club app'], [16, 30]),
        row(['Kit', 'club shirt on loan, own sports shoes'], [16, 30]),
        '',
        ...paras(
          84,
          `The membership fee is ${moneyEn(fee)} per season, collected in two instalments. If the fee is a problem for your family, you can apply to the Youth Fund for Sport & Culture (Jeugdfonds Sport & Cultuur) through a social worker or school.`,
          'Every family helps out four times per season with a bar shift or driving to away games.',
        ),
        '',
        'Sporty greetings,',
        `${c.r.name}, membership secretary`,
      ],
    ];
  },
};

const enSchoolTrip: Template = {
  id: 'other.en.international-class-trip-letter',
  type: 'other',
  lang: 'en',
  style: 'printed',
  weight: 0.4,
  supports: [],
  render(c) {
    const { rng } = c;
    const school = rng.pick([...PRIMARY, `International School ${c.org.city}`, `ISK ${c.org.city} (newcomers class)`]);
    const trip = ahead(c, 14, 60);
    const cost = rng.int(15, 95);
    return [
      [
        school,
        '',
        `Dear parents and carers of ${rng.pick(['Group 6', 'Year 2', 'class 1C', 'the newcomers class'])},`,
        '',
        ...paras(
          84,
          `On ${fmtDate(trip, 'en')} we are going on a ${rng.pick(['class trip to the Rijksmuseum', 'two-day camp in the woods near Apeldoorn', 'field trip to a farm', 'day out at the Zoo'])}. The bus leaves at ${rng.pick(['8:15', '8:30', '9:00'])} from the school gate and we will be back around ${rng.pick(['15:00', '16:30', '17:00'])}.`,
          `The contribution is ${moneyEn(cost)} per child. Please pay via the school app before ${fmtDate(addDays(trip, -7), 'en')}. No family should have to skip the trip for financial reasons: please talk to the class teacher in confidence, or contact Stichting Leergeld.`,
          'Children need a packed lunch, a drink, a raincoat and comfortable shoes. Medicines must be handed to the teacher in the morning.',
        ),
        '',
        'Please return the slip below.',
        '',
        'Kind regards,',
        `${c.r.name}, ${rng.pick(['class teacher', 'head of school', 'trip coordinator'])}`,
        '',
        '- - - - - - - - - - - - - - - - - - - - -',
        'Name of child: ______________  Allergies: ______________',
        'Parent phone number: ______________  Signature: __________',
      ],
    ];
  },
};

const enCreditCardOffer: Template = {
  id: 'other.en.preapproved-credit-card-mailer',
  type: 'other',
  lang: 'en',
  style: 'printed',
  weight: 0.4,
  supports: [],
  render(c) {
    const { rng } = c;
    const card = rng.pick(['Flex Gold Card', 'SmartPay Visa', 'Travel+ Mastercard', 'ICS Cashback Card']);
    const limit = rng.pick([1500, 2500, 5000]);
    return [
      [
        `${card} - exclusive invitation`,
        '',
        ...addressFormal(c.p, rng),
        '',
        fmtDate(c.date, 'en'),
        `Invitation code: ${rng.letters(2)}${rng.digits(6)}`,
        '',
        `Dear ${c.p.firstName} ${c.p.lastName},`,
        '',
        ...paras(
          84,
          `You have been selected to apply for the ${card} with a spending limit of up to ${moneyEn(limit)}. Enjoy ${rng.pick(['0% interest on purchases for the first 3 months', '1% cashback on all groceries', 'free travel insurance'])} and pay in convenient monthly instalments.`,
          'Applying takes less than ten minutes: enter your invitation code online and upload your ID and a recent payslip.',
        ),
        '',
        `Representative example: credit limit ${moneyEn(limit)}, variable borrowing rate ${rng.pick(['13.9', '14.0', '12.5'])}% per year, minimum monthly repayment 2% of the balance.`,
        'Borrowing money costs money.',
        '',
        ...paras(
          92,
          'You received this mailing because you were found in our marketing file. Would you rather not receive offers from us? Unsubscribe on our website or call customer service.',
        ),
      ],
    ];
  },
};

const enCivicAffairs: Template = {
  id: 'other.en.civic-affairs-extract-request',
  type: 'other',
  lang: 'en',
  style: 'printed',
  weight: 0.4,
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    return [
      [
        `From: ${c.p.name} <${c.p.email}>`,
        `To: info@${townMail(c)}.nl`,
        `Sent: ${fmtDate(c.date, 'en')} ${clock(c, 8, 23)}`,
        `Subject: ${rng.pick(['Request for BRP extract (international)', 'Question for Civic Affairs', 'extract of registration + birth certificate'])}`,
        '',
        'Hello,',
        '',
        ...paras(
          82,
          "I'm not sure this is the right department, but I could not reach Civic Affairs (Burgerzaken) by phone.",
          `I need an international extract from the Personal Records Database (BRP) with my address history, for ${rng.pick(['my visa application at the embassy', 'my wedding in my home country', 'a new job abroad', 'registering my child at a foreign consulate'])}. Could you tell me how to request it, how long it takes and what it costs?`,
          rng.chance(0.5) && 'I may also need an apostille. Is that something you arrange, or should I go to the court?',
          `I have lived in ${c.org.city} since ${rng.int(2012, 2024)}. Please forward this e-mail if it should go to a colleague.`,
        ),
        ...idBlock(c, EN, ': ', 'en'),
        '',
        'Many thanks,',
        c.p.name,
        c.p.phone,
      ],
    ];
  },
};

const english: Template[] = [enGdprRectify, enDebtReliefAd, enSportsClub, enSchoolTrip, enCreditCardOffer, enCivicAffairs];

// =============================================================================================
// POLISH
// =============================================================================================

const plRodoSprostowanie: Template = {
  id: 'other.pl.rodo-sprostowanie-danych',
  type: 'other',
  lang: 'pl',
  style: 'handwritten',
  weight: 0.45,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const what = rng.sample(
      [
        'moje nazwisko jest zapisane bez polskich znaków i z błędem',
        'mam zły adres - mieszkam teraz gdzie indziej',
        `w systemie jestem ${he(c, 'zapisany jako żonaty', 'zapisana jako mężatka')}, a od dwóch lat jestem po rozwodzie`,
        'numer konta bankowego jest stary',
        'data urodzenia jest pomylona (dzień z miesiącem)',
      ],
      rng.int(1, 2),
    );
    return [
      [
        c.p.name,
        `${c.p.street} ${c.p.houseNumber}, ${c.p.postcode} ${c.p.city}`,
        ...ids(c, PL, ': ', 'dot'),
        '',
        `Do: Gemeente ${c.org.city} - Werk en Inkomen`,
        `${c.p.city}, ${fmtDate(c.date, 'dot')}`,
        '',
        'Wniosek o sprostowanie danych osobowych (RODO art. 16)',
        '',
        'Szanowni Państwo,',
        '',
        ...paras(60, `${he(c, 'Zauważyłem', 'Zauważyłam')}, że w Państwa dokumentach są błędy:`),
        ...what.map((w) => `- ${w}`),
        '',
        ...paras(
          60,
          'Wnoszę o sprostowanie moich danych i proszę o potwierdzenie na piśmie, kiedy to zostanie zrobione.',
          one(
            rng,
            'To nie jest odwołanie (bezwaar) od decyzji, chodzi mi tylko o poprawne dane.',
            'Przez ten błąd listy przychodzą z opóźnieniem.',
            'Kopię dowodu osobistego dołączam.',
          ),
        ),
        '',
        'Z poważaniem',
        c.p.name,
      ],
    ];
  },
};

const plPozyczkaUlotka: Template = {
  id: 'other.pl.pozyczka-dla-polakow-ulotka',
  type: 'other',
  lang: 'pl',
  style: 'printed',
  weight: 0.4,
  supports: [],
  render(c) {
    const { rng } = c;
    const firm = rng.pick(['PolFinans NL', 'Biuro Orzeł - Pomoc Polakom', 'Kasa Holandia', 'Szybka Gotówka Benelux']);
    return [
      [
        rng.pick(['POŻYCZKA BEZ BIK I BEZ BKR!', 'Potrzebujesz gotówki na już?', 'Kredyt dla Polaków w Holandii']),
        firm,
        '',
        `- do ${money(rng.pick([3000, 5000, 8000]), { euro: true })} nawet w 24 godziny`,
        '- decyzja w 15 minut, bez wychodzenia z domu',
        '- także dla pracujących przez agencję (uitzendbureau)',
        '- rata od ' + money(rng.int(49, 129), { euro: true }) + ' miesięcznie',
        '',
        ...paras(
          70,
          'Pomagamy też w rozliczeniu podatku (belasting), wnioskach o zasiłki (toeslagen) i tłumaczeniu listów z gminy. Mówimy po polsku!',
          `Złóż wniosek przez WhatsApp: +31 6 ${rng.digits(8)} albo odwiedź nasze biuro w ${rng.pick(['Rotterdamie', 'Hadze', 'Venlo', 'Tilburgu'])}.`,
        ),
        '',
        ...paras(92, `RRSO ${rng.int(14, 29)},${rng.int(0, 9)}%. Pożyczanie pieniędzy kosztuje. ${firm} nie jest bankiem.`),
      ],
    ];
  },
};

const plSzkolaSobotnia: Template = {
  id: 'other.pl.szkola-sobotnia-list-do-rodzicow',
  type: 'other',
  lang: 'pl',
  style: 'printed',
  weight: 0.4,
  supports: [],
  render(c) {
    const { rng } = c;
    return [
      [
        `Szkoła Polska ${rng.pick(['im. Marii Konopnickiej', 'im. Jana Pawła II', 'Biało-Czerwoni', 'Orzełek'])} w ${c.org.city}`,
        '',
        `${c.org.city}, ${fmtDate(c.date, 'dot')}`,
        '',
        'Szanowni Rodzice,',
        '',
        ...paras(
          82,
          `Zapraszamy na zebranie rodziców w sobotę ${fmtDate(ahead(c, 7, 30), 'dot')} o godz. ${rng.pick(['9:00', '12:30', '13:00'])} w sali nr ${rng.int(1, 12)}. Omówimy plan zajęć z języka polskiego, historii i geografii.`,
          `Opłata za semestr wynosi ${money(rng.int(120, 260), { euro: true })}. Rodzeństwo płaci mniej. W razie trudności finansowych prosimy o rozmowę z dyrekcją - nikt nie musi rezygnować z nauki.`,
          one(
            rng,
            'W grudniu przygotowujemy jasełka. Szukamy rodziców do pomocy przy strojach.',
            'W czerwcu uczniowie klas ósmych mogą przystąpić do egzaminu ORPEG.',
            'Przypominamy o zmianie obuwia i podpisaniu zgody na zdjęcia.',
          ),
        ),
        '',
        'Z wyrazami szacunku,',
        `${c.r.name}, dyrektor szkoły`,
      ],
    ];
  },
};

const plKartka: Template = {
  id: 'other.pl.kartka-z-podziekowaniem',
  type: 'other',
  lang: 'pl',
  style: 'handwritten',
  weight: 0.35,
  supports: [],
  render(c) {
    const { rng } = c;
    return [
      [
        rng.pick(['Dziękuję!', 'DANK JE WEL / DZIĘKUJĘ', 'Wesołych Świąt!']),
        '',
        `${rng.pick(['Droga Pani', 'Szanowna Pani', 'Drogi Panie'])} ${c.r.lastName},`,
        '',
        ...paras(
          44,
          one(
            rng,
            'Bardzo dziękuję za pomoc przez cały ten czas. Teraz mam stałą pracę i mieszkanie, a dzieci chodzą do szkoły.',
            `${he(c, 'Chciałem', 'Chciałam')} podziękować za cierpliwość i za to, że zawsze Pani wszystko wytłumaczyła po angielsku.`,
            'Dziękujemy za wszystko, co Pani dla nas zrobiła w trudnym roku.',
          ),
          one(rng, 'Życzę zdrowia i spokoju.', 'Wesołych Świąt i szczęśliwego Nowego Roku!', 'Powodzenia!'),
        ),
        '',
        rng.pick([`${c.p.firstName} z rodziną`, `${c.p.firstName} ${c.p.lastName}`, `Pozdrawiam, ${c.p.firstName}`]),
      ],
    ];
  },
};

const polish: Template[] = [plRodoSprostowanie, plPozyczkaUlotka, plSzkolaSobotnia, plKartka];

// =============================================================================================
// UKRAINIAN
// =============================================================================================

const ukTserkva: Template = {
  id: 'other.uk.parafiia-ogoloshennia',
  type: 'other',
  lang: 'uk',
  style: 'printed',
  weight: 0.35,
  supports: [],
  render(c) {
    const { rng } = c;
    return [
      [
        rng.pick([
          `Українська греко-католицька парафія св. ${rng.pick(['Володимира', 'Миколая', 'Ольги'])} у Нідерландах`,
          `Православна громада ${c.org.city}`,
        ]),
        '',
        'ОГОЛОШЕННЯ',
        '',
        `Божественна Літургія: неділя о ${rng.pick(['10:00', '11:30', '13:00'])}, ${rng.pick(['церква св. Йосифа', 'каплиця при монастирі', 'Ontmoetingskerk'])}, ${c.org.city}.`,
        '',
        ...paras(
          80,
          one(
            rng,
            `Освячення пасок відбудеться у суботу ${fmtDate(ahead(c, 3, 30), 'dot')} о 16:00. Приносьте кошики з собою.`,
            `Святий вечір для всіх охочих - ${fmtDate(ahead(c, 3, 30), 'dot')}. Кожна родина приносить одну страву.`,
          ),
          'Збір гуманітарної допомоги для України: теплий одяг, ліки, ліхтарики. Грошові пожертви - в скриньку біля входу.',
          'Недільна школа для дітей з 5 років: після Літургії. Також працює розмовний клуб нідерландської мови.',
        ),
        '',
        `Отець ${rng.pick(['Андрій', 'Василь', 'Роман'])}  тел. +31 6 ${rng.digits(8)}`,
      ],
    ];
  },
};

const ukShkola: Template = {
  id: 'other.uk.lyst-shkoly-batkam',
  type: 'other',
  lang: 'uk',
  style: 'printed',
  weight: 0.35,
  supports: [],
  render(c) {
    const { rng } = c;
    const school = rng.pick([...PRIMARY, `ISK ${c.org.city}`, `Internationale Schakelklas ${c.org.city}`]);
    return [
      [
        school,
        '(переклад листа для батьків / vertaling ouderbrief)',
        '',
        `${c.org.city}, ${fmtDate(c.date, 'dot')}`,
        '',
        'Шановні батьки!',
        '',
        ...paras(
          80,
          `${fmtDate(ahead(c, 7, 40), 'dot')} о ${rng.pick(['18:30', '19:00'])} запрошуємо вас на батьківські збори (ouderavond). Ми розповімо про навчання, про перехід дитини до звичайного класу та відповімо на питання. Буде перекладач.`,
          one(
            rng,
            `Наступного місяця клас їде на екскурсію. Внесок: ${money(rng.int(10, 40), { euro: true })}. Якщо для вашої сім'ї це складно, напишіть вчителю - школа допоможе.`,
            'Просимо повідомляти школу до 8:30, якщо дитина захворіла.',
          ),
          'Ці листи не стосуються вашої виплати (leefgeld) чи інших документів гемеенте.',
        ),
        '',
        'З повагою,',
        `${c.r.name}, класний керівник`,
      ],
    ];
  },
};

const ukOpytuvannia: Template = {
  id: 'other.uk.zaproshennia-opytuvannia',
  type: 'other',
  lang: 'uk',
  style: 'printed',
  weight: 0.35,
  supports: [],
  render(c) {
    const { rng } = c;
    const [who, site] = rng.pick([
      ['Університет Утрехта', 'uu.nl'],
      ['Universiteit van Amsterdam', 'uva.nl'],
      ['VluchtelingenWerk Nederland', 'vluchtelingenwerk.nl'],
      ['Radboud Universiteit', 'ru.nl'],
    ] as const);
    return [
      [
        who,
        '',
        `${c.p.name}`,
        `${c.p.street} ${c.p.houseNumber}, ${c.p.postcode} ${c.p.city}`,
        '',
        'Запрошення до опитування: «Життя українців у Нідерландах»',
        '',
        `${he(c, 'Шановний', 'Шановна')} ${c.p.firstName},`,
        '',
        ...paras(
          80,
          `Ми проводимо дослідження про роботу, житло, навчання дітей та досвід спілкування з гемеенте. Ваша адреса була обрана випадково.`,
          `Опитування анонімне і займе близько ${rng.pick([15, 20, 25])} хвилин. Участь добровільна і ніяк не впливає на вашу виплату, дозвіл на проживання чи інші справи.`,
          `Посилання: ${site}/oekraine - код доступу ${rng.letters(3)}${rng.digits(4)}. Як подяку ви отримаєте подарунковий сертифікат на ${money(rng.pick([10, 15, 20]), { euro: true })}.`,
          'Це не спосіб подати скаргу; з особистих питань звертайтесь до гемеенте.',
        ),
        '',
        'З вдячністю,',
        `${c.r.name}, дослідницька група`,
      ],
    ];
  },
};

const ukAfvalpas: Template = {
  id: 'other.uk.kartka-smittievyi-konteiner',
  type: 'other',
  lang: 'uk',
  style: 'handwritten',
  weight: 0.35,
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    return [
      [
        `Гемеенте ${c.org.city}`,
        '',
        rng.pick(['Добрий день!', 'Доброго дня.', 'Вітаю.']),
        '',
        ...paras(
          52,
          `Ми живемо за адресою ${c.p.street} ${c.p.houseNumber} з ${fmtDate(past(c, 20, 200), 'dot')}. Нам потрібна картка для підземного сміттєвого контейнера (afvalpas), але ми її не отримали.`,
          one(
            rng,
            'Сусіди сказали, що треба написати в гемеенте. Куди звертатись і чи треба за це платити?',
            'Попередні мешканці забрали картку з собою. Як отримати нову?',
          ),
          'Вибачте, якщо пишу не у той відділ.',
        ),
        ...maybe(rng, 0.5, () => ['', '(NL) Goedendag, wij hebben een afvalpas nodig. Dank u.']),
        '',
        c.p.name,
        ...ids(c, UK, ': ', 'dot'),
        c.p.phone,
      ],
    ];
  },
};

const ukrainian: Template[] = [ukTserkva, ukShkola, ukOpytuvannia, ukAfvalpas];

// =============================================================================================
// ARABIC
// =============================================================================================

const arAvgIttila: Template = {
  id: 'other.ar.talab-ittila-bayanat-shakhsiya',
  type: 'other',
  lang: 'ar',
  style: 'handwritten',
  weight: 0.45,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    return [
      [
        `إلى بلدية ${c.org.city} - قسم العمل والدخل`,
        rng.pick(['(Werk en Inkomen)', 'Aan: Werk en Inkomen', '']),
        '',
        `التاريخ: ${fmtDate(c.date, 'slash')}`,
        '',
        'الموضوع: طلب الاطلاع على بياناتي الشخصية (AVG)',
        '',
        'السلام عليكم،',
        '',
        ...paras(
          56,
          one(
            rng,
            'أطلب الاطلاع على جميع بياناتي الموجودة في ملفي لديكم، مع نسخة من تقارير المقابلات مع المستشار.',
            'أرجو إرسال نسخة من جميع بياناتي المحفوظة عندكم، لأنني أريد أن أعرف ما هي المعلومات التي لديكم عني.',
          ),
          one(
            rng,
            'هذا ليس اعتراضاً على أي قرار، فقط أريد أن أفهم ملفي.',
            'المحامي قال لي إن من حقي أن أحصل على هذه المعلومات خلال شهر.',
            `كتبت هذه الرسالة بمساعدة متطوعة من ${rng.pick(['VluchtelingenWerk', 'مكتب الحي', 'المكتبة'])}.`,
          ),
          'يمكن إرسال الأوراق بالبريد إلى عنواني.',
        ),
        '',
        c.p.name,
        `${c.p.street} ${c.p.houseNumber}، ${c.p.postcode} ${c.p.city}`,
        ...ids(c, AR),
        'التوقيع: __________',
      ],
    ];
  },
};

const arMasjid: Template = {
  id: 'other.ar.iilan-masjid-ramadan',
  type: 'other',
  lang: 'ar',
  style: 'printed',
  weight: 0.35,
  supports: [],
  render(c) {
    const { rng } = c;
    const mosque = rng.pick(['مسجد التوحيد', 'مسجد الفرقان', 'مسجد السلام', 'المركز الإسلامي']);
    const start = ahead(c, 0, 10);
    const hm = (m: number) => `${Math.floor(m / 60)}:${String(m % 60).padStart(2, '0')}`;
    let imsak = rng.int(4 * 60 + 5, 5 * 60 + 50);
    let maghrib = rng.int(17 * 60, 21 * 60 + 50);
    const times: string[] = [];
    for (let i = 0; i < rng.int(4, 7); i++) {
      times.push(`${fmtDate(addDays(start, i), 'short')}    الإمساك ${hm(imsak)}    المغرب ${hm(maghrib)}`);
      imsak -= rng.int(1, 2);
      maghrib += rng.int(1, 2);
    }
    return [
      [
        `${mosque} - ${c.org.city}`,
        '',
        'إعلان للمصلين',
        '',
        ...paras(
          70,
          'تعلن إدارة المسجد عن مواعيد صلاة التراويح يومياً بعد صلاة العشاء، ودروس تحفيظ القرآن للأطفال يوم السبت.',
          `زكاة الفطر: ${money(rng.pick([8, 10, 12]))} يورو عن كل فرد، تُدفع قبل صلاة العيد. يمكن الدفع في صندوق المسجد أو بالتحويل.`,
          `صلاة العيد في ${rng.pick(['القاعة الرياضية', 'ساحة المسجد', 'الحديقة العامة'])} الساعة ${rng.pick(['8:30', '9:00', '9:30'])} صباحاً إن شاء الله.`,
        ),
        '',
        'جدول المواعيد:',
        ...times,
        '',
        'تقبل الله منا ومنكم صالح الأعمال.',
      ],
    ];
  },
};

const arDebtOffice: Template = {
  id: 'other.ar.iilan-maktab-duyun',
  type: 'other',
  lang: 'ar',
  style: 'printed',
  weight: 0.35,
  supports: [],
  render(c) {
    const { rng } = c;
    const office = rng.pick(['مكتب النور للاستشارات', 'مكتب الأمل للخدمات الإدارية', 'Bureau Al Amana']);
    return [
      [
        office,
        '',
        rng.pick(['هل عندك ديون أو رسائل لا تفهمها؟', 'ديون؟ غرامات؟ رسائل كثيرة؟', 'نحن نحل مشاكلك المالية!']),
        '',
        ...paras(
          66,
          'نساعدك في ترتيب الديون مع الشركات، وكتابة الرسائل للبلدية والضرائب، وطلبات المساعدات (toeslagen)، وترجمة الرسائل الهولندية.',
          `الاستشارة الأولى مجانية. بعدها اشتراك شهري ${money(rng.int(25, 75))} يورو فقط.`,
          `نتكلم العربية والهولندية والأمازيغية. واتساب: +31 6 ${rng.digits(8)}`,
        ),
        '',
        ...paras(80, `${office} شركة خاصة وليس تابعاً للبلدية. المساعدة في الديون من البلدية (schuldhulpverlening) مجانية.`),
      ],
    ];
  },
};

const arWmo: Template = {
  id: 'other.ar.sual-musaada-manziliya-wmo',
  type: 'other',
  lang: 'ar',
  style: 'handwritten',
  weight: 0.35,
  supports: ['bsn', 'client-number'],
  render(c) {
    const { rng } = c;
    return [
      [
        rng.pick(['إلى البلدية', `بلدية ${c.org.city}`, 'Aan de gemeente']),
        '',
        ...paras(
          52,
          one(
            rng,
            `أنا ${c.p.firstName}، أكتب عن والدي، عمره ${rng.int(70, 88)} سنة وساكن معنا. لا يستطيع الاستحمام وحده ويحتاج كرسي للحمام.`,
            `أنا كبيرة بالعمر ومريضة بالسكري والركبة. لا أستطيع تنظيف البيت وحدي.`,
            'ابني معاق ويحتاج من يساعده في البيت عندما أكون في دورة اللغة.',
          ),
          'سمعت أنه يوجد مساعدة منزلية من البلدية (Wmo - huishoudelijke hulp). لمن أرسل الطلب؟ وهل يجب أن ندفع شيئاً؟',
          one(rng, 'أرجو أن تتصلوا بي، لغتي الهولندية ضعيفة.', 'ابنتي تستطيع أن تترجم على الهاتف.'),
        ),
        '',
        c.p.name,
        ...ids(c, AR, ' '),
        c.p.phone,
      ],
    ];
  },
};

const arabic: Template[] = [arAvgIttila, arMasjid, arDebtOffice, arWmo];

// =============================================================================================
// TURKISH
// =============================================================================================

const trVeriSilme: Template = {
  id: 'other.tr.kisisel-veri-silme-talebi',
  type: 'other',
  lang: 'tr',
  style: 'printed',
  weight: 0.45,
  supports: ['client-number', 'name-birthdate', 'bsn'],
  render(c) {
    const { rng } = c;
    return [
      [
        `Kimden: ${c.p.name} <${c.p.email}>`,
        `Kime: privacy@${townMail(c)}.nl`,
        `Tarih: ${fmtDate(c.date, 'dot')} ${clock(c, 8, 23)}`,
        `Konu: ${rng.pick(['Kişisel verilerimin silinmesi (AVG)', 'verilerimin silinmesini istiyorum', 'AVG - silme talebi'])}`,
        '',
        'Sayın yetkili,',
        '',
        ...paras(
          80,
          `${fmtDate(past(c, 90, 900), 'dot')} tarihine kadar belediyeden sosyal yardım (bijstand) alıyordum. Artık ${rng.pick(['çalışıyorum', 'başka bir şehirde yaşıyorum', 'eşimin geliriyle geçiniyoruz'])} ve sizinle bir işim kalmadı.`,
          'Bu nedenle, yasal olarak saklamanız gerekmeyen bütün kişisel verilerimin silinmesini talep ediyorum. Özellikle eski banka dökümlerim ve doktor yazılarımın kopyaları dosyada kalmasın.',
          'Hangi bilgileri saklamak zorunda olduğunuzu ve ne kadar süre saklayacağınızı da bana yazılı olarak bildirin lütfen.',
          rng.chance(0.5) && 'Bu bir şikayet değil, sadece bilgilerimin gereksiz yere durmasını istemiyorum.',
        ),
        ...idBlock(c, TR, ': ', 'dot'),
        '',
        'Saygılarımla,',
        c.p.name,
      ],
    ];
  },
};

const trSporKulubu: Template = {
  id: 'other.tr.spor-kulubu-uyelik-mektubu',
  type: 'other',
  lang: 'tr',
  style: 'printed',
  weight: 0.35,
  supports: [],
  render(c) {
    const { rng } = c;
    const club = rng.pick([`${c.org.city} Gençlerbirliği`, `SV Anadolu ${c.org.city}`, 'Türkiyemspor Gençlik', 'Kick-boks Kulübü Aslan']);
    return [
      [
        club,
        '',
        `Sayın ${c.p.name},`,
        '',
        ...paras(
          78,
          `Yeni sezon ${fmtDate(ahead(c, 7, 40), 'dot')} tarihinde başlıyor. Çocuğunuzun antrenmanları ${rng.pick(['salı ve perşembe', 'pazartesi ve çarşamba'])} günleri saat ${rng.pick(['17.30', '18.00', '18.30'])}'da yapılacaktır.`,
          `Yıllık üyelik aidatı ${money(rng.int(90, 240), { euro: true })}'dur ve iki taksitte ödenebilir. Ödemede zorluk çekiyorsanız belediyenin çocuk spor fonuna (Jeugdfonds Sport) başvurabilirsiniz; formu antrenörden alabilirsiniz.`,
          one(
            rng,
            'Kulübümüz bu yıl bir yardım turnuvası düzenliyor. Gönüllü veliler aranıyor.',
            'Forma ve eşofman siparişleri için son tarih ay sonudur.',
            'Kulüp yemeğimize tüm aileler davetlidir.',
          ),
        ),
        '',
        'Sportif selamlar,',
        `${c.r.name}, kulüp sekreteri`,
      ],
    ];
  },
};

const trYanlisAdres: Template = {
  id: 'other.tr.yanlis-adrese-gelen-mektup',
  type: 'other',
  lang: 'tr',
  style: 'handwritten',
  weight: 0.35,
  supports: [],
  render(c) {
    const { rng } = c;
    return [
      [
        rng.pick(['Belediyeye', 'Gemeente', 'Sayın yetkili']),
        '',
        ...paras(
          50,
          one(
            rng,
            `Bu mektup bize ait değil. ${c.q.name} adlı kişi bu adreste oturmuyor, biz onu tanımıyoruz.`,
            `${c.q.name} için gelen mektuplar hep bizim posta kutumuza düşüyor. Biz ${rng.int(2017, 2025)}'den beri burada oturuyoruz.`,
          ),
          one(rng, 'Yanlışlıkla zarfı açtık, kusura bakmayın.', 'Lütfen adresi düzeltin.', 'Mektubu geri gönderiyoruz.'),
        ),
        ...maybe(rng, 0.5, () => ['', 'Niet voor ons - woont hier niet!']),
        '',
        `${c.p.street} ${c.p.houseNumber}`,
        rng.pick([`${c.p.lastName} ailesi`, c.p.firstName, 'komşu']),
      ],
    ];
  },
};

const trEnerji: Template = {
  id: 'other.tr.enerji-firmasi-kampanya',
  type: 'other',
  lang: 'tr',
  style: 'printed',
  weight: 0.35,
  supports: [],
  render(c) {
    const { rng } = c;
    const firm = rng.pick(['EnerjiNL Danışmanlık', 'Hollanda Enerji Merkezi', 'Ucuz Enerji B.V.']);
    return [
      [
        firm,
        '',
        rng.pick(['Enerji faturanız çok mu yüksek?', 'Elektrik ve gazda büyük indirim!', 'Türkçe hizmet, uygun fiyat']),
        '',
        ...paras(
          74,
          `Anlaşmalı olduğumuz enerji şirketine geçin, ilk yıl ${money(rng.pick([100, 150, 200]), { euro: true })} hoş geldin bonusu kazanın. Eski sözleşmenizi sizin yerinize biz iptal ediyoruz.`,
          `1 veya 3 yıllık sabit fiyat. Aylık taksit yaklaşık ${money(rng.int(95, 190), { euro: true })}'dan başlıyor (ortalama bir daire için).`,
          `Türkçe müşteri hizmetleri: 0${rng.int(10, 88)}-${rng.digits(7)} veya WhatsApp.`,
        ),
        '',
        `Kampanya kodu: ${rng.letters(3)}${rng.digits(3)} - son gün ${fmtDate(ahead(c, 10, 40), 'dot')}`,
        ...paras(90, 'Fiyatlara KDV ve enerji vergisi dahildir. Şebeke ücretleri hariçtir.'),
      ],
    ];
  },
};

const turkish: Template[] = [trVeriSilme, trSporKulubu, trYanlisAdres, trEnerji];

/** Post of no type that must go to a person: 36 templates in Dutch, English, Polish, Ukrainian, Arabic and Turkish. */
export const otherPostTemplates: Template[] = [...dutch, ...english, ...polish, ...ukrainian, ...arabic, ...turkish];
