import type { Ctx, Template } from '../template.ts';
import { addDays, fmtIso, MONTHS_EN } from '../template.ts';

/** Machine-readable zone check digit (ICAO 9303): weights 7, 3, 1. */
export function mrzCheck(s: string): string {
  const weights = [7, 3, 1];
  let sum = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i] as string;
    const v = ch === '<' ? 0 : /\d/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 55;
    sum += v * (weights[i % 3] as number);
  }
  return String(sum % 10);
}

const mrzName = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/[^A-Z ]/g, '')
    .trim()
    .replace(/\s+/g, '<');

const yymmdd = (iso: string) => iso.slice(2, 4) + iso.slice(5, 7) + iso.slice(8, 10);

const NL_MONTHS = ['JAN', 'FEB', 'MAA', 'APR', 'MEI', 'JUN', 'JUL', 'AUG', 'SEP', 'OKT', 'NOV', 'DEC'];
function cardDate(iso: string): string {
  const m = Number(iso.slice(5, 7)) - 1;
  return `${iso.slice(8, 10)} ${NL_MONTHS[m]}/${(MONTHS_EN[m] as string).slice(0, 3).toUpperCase()} ${iso.slice(0, 4)}`;
}

function docNumber(c: Ctx): string {
  return `${c.rng.letters(2, 'BCDFGHJKLMNPRSTVWXZ')}${c.rng.letters(2, 'BCDFGHJKLMNPRSTVWXZ0123456789')}${c.rng.digits(5)}`;
}

function td3(c: Ctx, type: string, country: string, nationality: string, personal: string): string[] {
  const p = c.p;
  const l1 = `${type}<${country}${mrzName(p.lastName)}<<${mrzName(p.firstName)}`.padEnd(44, '<').slice(0, 44);
  const num = docNumber(c);
  const birth = yymmdd(p.birthDate);
  const expiry = yymmdd(fmtIso(addDays(c.date, c.rng.int(200, 3500)).toISOString().slice(0, 10), 'iso'));
  const pers = personal.padEnd(14, '<').slice(0, 14);
  const body = `${num}${mrzCheck(num)}${nationality}${birth}${mrzCheck(birth)}${p.gender === 'f' ? 'F' : 'M'}${expiry}${mrzCheck(expiry)}${pers}${mrzCheck(pers)}`;
  const composite = mrzCheck(`${num}${mrzCheck(num)}${birth}${mrzCheck(birth)}${expiry}${mrzCheck(expiry)}${pers}${mrzCheck(pers)}`);
  return [l1, `${body}${composite}`];
}

function td1(c: Ctx, type: string, country: string, nationality: string, optional: string): { lines: string[]; num: string } {
  const p = c.p;
  const num = docNumber(c);
  const l1 = `${type}${country}${num}${mrzCheck(num)}${optional}`.padEnd(30, '<').slice(0, 30);
  const birth = yymmdd(p.birthDate);
  const expiry = yymmdd(addDays(c.date, c.rng.int(200, 3500)).toISOString().slice(0, 10));
  const l2core = `${birth}${mrzCheck(birth)}${p.gender === 'f' ? 'F' : 'M'}${expiry}${mrzCheck(expiry)}${nationality}`.padEnd(29, '<');
  const l2 = `${l2core}${mrzCheck(l1.slice(5) + l2core.slice(0, 7) + l2core.slice(8, 15))}`;
  const l3 = `${mrzName(p.lastName)}<<${mrzName(p.firstName)}`.padEnd(30, '<').slice(0, 30);
  return { lines: [l1, l2, l3], num };
}

const copyNote = (c: Ctx): string[] =>
  c.rng.chance(0.35)
    ? [
        c.rng.pick([
          `KOPIE - alleen voor ${c.org.name} - ${fmtIso(c.date.toISOString().slice(0, 10))}`,
          'Kopie ID (KopieID app) - BSN afgeschermd niet van toepassing',
          'KOPIE',
        ]),
      ]
    : [];

const passportNl: Template = {
  id: 'identity_document.paspoort-nl',
  type: 'identity_document',
  lang: 'nl',
  style: 'printed',
  weight: 1.5,
  supports: ['bsn'],
  render(c) {
    const { rng, p } = c;
    const mrz = td3(c, 'P', 'NLD', 'NLD', c.show.bsn ? p.bsn : '');
    return [
      [
        ...copyNote(c),
        'KONINKRIJK DER NEDERLANDEN - KINGDOM OF THE NETHERLANDS',
        'PASPOORT  PASSPORT  PASSEPORT',
        `Type/Type P   Code/Code NLD   Paspoortnr./Passport No. ${mrz[1]?.slice(0, 9)}`,
        `Naam/Surname ${p.lastName.toUpperCase()}`,
        `Voornamen/Given names ${p.firstName.toUpperCase()}`,
        'Nationaliteit/Nationality NEDERLANDSE',
        `Geboortedatum/Date of birth ${cardDate(p.birthDate)}`,
        `Geslacht/Sex ${p.gender === 'f' ? 'V/F' : 'M/M'}   Geboorteplaats/Place of birth ${rng.pick(['AMSTERDAM', 'ROTTERDAM', 'UTRECHT', 'NADOR', 'ANKARA', p.city.toUpperCase()])}`,
        `Datum van afgifte/Date of issue ${cardDate(addDays(c.date, -rng.int(100, 3000)).toISOString().slice(0, 10))}`,
        `Geldig tot/Date of expiry ${cardDate(addDays(c.date, rng.int(200, 3500)).toISOString().slice(0, 10))}`,
        ...(c.show.bsn ? [`Persoonsnummer/Personal No. ${p.bsn.slice(0, 4)}.${p.bsn.slice(4, 6)}.${p.bsn.slice(6)}`] : []),
        `Lengte/Height ${rng.int(150, 195) / 100} m`.replace('.', ','),
        `Autoriteit/Authority Burg. v. ${c.org.city}`,
        '',
        ...mrz,
      ],
    ];
  },
};

const idCardNl: Template = {
  id: 'identity_document.identiteitskaart-nl',
  type: 'identity_document',
  lang: 'nl',
  style: 'printed',
  weight: 1.5,
  supports: ['bsn'],
  render(c) {
    const { rng, p } = c;
    const { lines, num } = td1(c, 'I<', 'NLD', 'NLD', c.show.bsn ? p.bsn : '');
    const front = [
      ...copyNote(c),
      'KONINKRIJK DER NEDERLANDEN',
      'IDENTITEITSKAART  IDENTITY CARD  CARTE D IDENTITE',
      `Naam / Surname   ${p.lastName.toUpperCase()}`,
      `Voornamen / Given names   ${p.firstName.toUpperCase()}`,
      `Geslacht / Sex ${p.gender === 'f' ? 'V/F' : 'M/M'}   Nationaliteit / Nationality  Nederlandse`,
      `Geboortedatum / Date of birth   ${cardDate(p.birthDate)}`,
      `Documentnummer / Document No.   ${num}`,
      `Geldig tot / Date of expiry   ${cardDate(addDays(c.date, rng.int(200, 3500)).toISOString().slice(0, 10))}`,
    ];
    const back = [
      `Persoonsnummer / Personal No.   ${c.show.bsn ? `${p.bsn.slice(0, 4)}.${p.bsn.slice(4, 6)}.${p.bsn.slice(6)}` : '<<<<'}`,
      `Geboorteplaats / Place of birth   ${rng.pick(['AMSTERDAM', 'DEN HAAG', 'EINDHOVEN', p.city.toUpperCase()])}`,
      `Autoriteit / Authority   Burgemeester van ${c.org.city}`,
      '',
      ...lines,
    ];
    return rng.chance(0.5) ? [[...front, '', '(achterzijde)', ...back]] : [front, back];
  },
};

const residencePermit: Template = {
  id: 'identity_document.verblijfsdocument',
  type: 'identity_document',
  lang: 'nl',
  style: 'printed',
  weight: 1.3,
  supports: ['bsn'],
  render(c) {
    const { rng, p } = c;
    const nat = rng.pick(['SYR', 'ERI', 'TUR', 'MAR', 'AFG', 'IRQ', 'YEM', 'SOM', 'UKR']);
    const { lines, num } = td1(c, 'IR', 'NLD', nat, '');
    return [
      [
        ...copyNote(c),
        'VERBLIJFSDOCUMENT  RESIDENCE PERMIT',
        'KONINKRIJK DER NEDERLANDEN',
        `Naam ${p.lastName.toUpperCase()}   Voornamen ${p.firstName.toUpperCase()}`,
        `Geldig tot ${cardDate(addDays(c.date, rng.int(200, 1800)).toISOString().slice(0, 10))}   Documentnummer ${num}`,
        `Soort ${rng.pick(['ASIEL BEPAALDE TIJD', 'REGULIER BEPAALDE TIJD', 'VERBLIJFSVERGUNNING EU-LANGDURIG INGEZETENE', 'VERBLIJF ALS GEZINSLID'])}`,
        'Opmerkingen ARBEID VRIJ TOEGESTAAN. TWV NIET VEREIST',
        `Nationaliteit ${nat}   Geslacht ${p.gender === 'f' ? 'V' : 'M'}   Geboortedatum ${cardDate(p.birthDate)}`,
        `V-nummer ${rng.digits(10)}`,
        ...(c.show.bsn ? [`BSN ${p.bsn}`] : []),
        'Immigratie- en Naturalisatiedienst',
        '',
        ...lines,
      ],
    ];
  },
};

const vreemdelingendocument: Template = {
  id: 'identity_document.w-document',
  type: 'identity_document',
  lang: 'nl',
  style: 'printed',
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng, p } = c;
    return [
      [
        ...copyNote(c),
        'VREEMDELINGENDOCUMENT (W-DOCUMENT)',
        'Immigratie- en Naturalisatiedienst',
        'Dit document is geen verblijfsvergunning en geen reisdocument.',
        `Naam: ${p.lastName.toUpperCase()}`,
        `Voornaam: ${p.firstName.toUpperCase()}`,
        `Geboortedatum: ${fmtIso(p.birthDate)}`,
        `Nationaliteit: ${rng.pick(['SYRISCHE', 'ERITRESE', 'AFGHAANSE', 'ONBEKEND'])}`,
        `V-nummer: ${rng.digits(10)}`,
        `Documentnummer: W${rng.digits(7)}`,
        ...(c.show.bsn ? [`BSN: ${p.bsn}`] : []),
        `Geldig tot: ${fmtIso(addDays(c.date, rng.int(60, 400)).toISOString().slice(0, 10))}`,
      ],
    ];
  },
};

const rijbewijs: Template = {
  id: 'identity_document.rijbewijs',
  type: 'identity_document',
  lang: 'nl',
  style: 'printed',
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng, p } = c;
    return [
      [
        ...copyNote(c),
        'RIJBEWIJS  NL',
        'Koninkrijk der Nederlanden',
        `1. ${p.lastName.toUpperCase()}`,
        `2. ${p.firstName.toUpperCase()}`,
        `3. ${fmtIso(p.birthDate, 'dot')} ${rng.pick(['Amsterdam', 'Rotterdam', 'Utrecht', p.city])}`,
        `4a. ${fmtIso(addDays(c.date, -rng.int(100, 3000)).toISOString().slice(0, 10), 'dot')}   4b. ${fmtIso(addDays(c.date, rng.int(100, 3500)).toISOString().slice(0, 10), 'dot')}`,
        `4c. Gemeente ${c.org.city}`,
        ...(c.show.bsn ? [`4d. ${p.bsn}`] : []),
        `5. ${rng.digits(10)}`,
        `9. ${rng.pick(['AM B', 'B', 'AM B BE', 'B C CE'])}`,
      ],
    ];
  },
};

const foreignPassport: Template = {
  id: 'identity_document.buitenlands-paspoort',
  type: 'identity_document',
  lang: 'en',
  style: 'printed',
  supports: ['name-birthdate'],
  render(c) {
    const { rng, p } = c;
    const [country, code, header] = rng.pick([
      ['MAROC', 'MAR', 'ROYAUME DU MAROC  PASSEPORT'],
      ['TURKIYE', 'TUR', 'TURKIYE CUMHURIYETI  PASAPORT  PASSPORT'],
      ['POLSKA', 'POL', 'RZECZPOSPOLITA POLSKA  PASZPORT  PASSPORT'],
      ['SURINAME', 'SUR', 'REPUBLIEK SURINAME  PASPOORT'],
      ['ROMANIA', 'ROU', 'ROMANIA  PASAPORT  PASSPORT'],
      ['SYRIA', 'SYR', 'SYRIAN ARAB REPUBLIC  PASSPORT'],
    ] as const);
    const mrz = td3(c, 'P', code, code, '');
    return [
      [
        ...copyNote(c),
        header,
        `Type P   Code ${code}   Passport No. ${mrz[1]?.slice(0, 9)}`,
        `Surname / Nom ${p.lastName.toUpperCase()}`,
        `Given names / Prénoms ${p.firstName.toUpperCase()}`,
        `Nationality ${country}`,
        `Date of birth ${fmtIso(p.birthDate, 'dot')}`,
        `Sex ${p.gender === 'f' ? 'F' : 'M'}`,
        `Date of expiry ${fmtIso(addDays(c.date, rng.int(100, 3000)).toISOString().slice(0, 10), 'dot')}`,
        '',
        ...mrz,
      ],
    ];
  },
};

const euIdCard: Template = {
  id: 'identity_document.eu-id-kaart',
  type: 'identity_document',
  lang: 'en',
  style: 'printed',
  supports: ['name-birthdate'],
  render(c) {
    const { rng, p } = c;
    const [code, header] = rng.pick([
      ['POL', 'RZECZPOSPOLITA POLSKA  DOWOD OSOBISTY  IDENTITY CARD'],
      ['ROU', 'ROMANIA  CARTE DE IDENTITATE  IDENTITY CARD'],
      ['BEL', 'BELGIE  IDENTITEITSKAART  CARTE D IDENTITE'],
      ['DEU', 'BUNDESREPUBLIK DEUTSCHLAND  PERSONALAUSWEIS  IDENTITY CARD'],
    ] as const);
    const { lines, num } = td1(c, 'ID', code, code, '');
    return [
      [
        ...copyNote(c),
        header,
        `Surname ${p.lastName.toUpperCase()}   Given names ${p.firstName.toUpperCase()}`,
        `Date of birth ${fmtIso(p.birthDate, 'dot')}   Sex ${p.gender === 'f' ? 'F' : 'M'}   Nationality ${code}`,
        `Document number ${num}   Expiry ${fmtIso(addDays(c.date, rng.int(100, 3000)).toISOString().slice(0, 10), 'dot')}`,
        '',
        ...lines,
      ],
    ];
  },
};

const idWithCover: Template = {
  id: 'identity_document.kopie-met-begeleidend-briefje',
  type: 'identity_document',
  lang: 'nl',
  style: 'handwritten',
  supports: ['bsn', 'client-number'],
  render(c) {
    const { rng, p } = c;
    const { lines } = td1(c, 'I<', 'NLD', 'NLD', '');
    return [
      [
        rng.pick([
          'Hierbij een kopie van mijn ID-kaart zoals gevraagd.',
          'kopie legitimatie',
          'Hier is mijn ID voor het dossier',
          'Kopie identiteitsbewijs van mij en mijn partner',
        ]),
        c.p.name,
        ...(c.show.clientNumber && p.clientNumber ? [`klantnr ${p.clientNumber}`] : []),
        ...(c.show.bsn ? [`BSN ${p.bsn}`] : []),
        '',
        'IDENTITEITSKAART  IDENTITY CARD',
        `${p.lastName.toUpperCase()}`,
        `${p.firstName.toUpperCase()}`,
        `${cardDate(p.birthDate)}`,
        '',
        ...lines,
      ],
    ];
  },
};

export const identityTemplates: Template[] = [
  passportNl,
  idCardNl,
  residencePermit,
  vreemdelingendocument,
  rijbewijs,
  foreignPassport,
  euIdCard,
  idWithCover,
];
