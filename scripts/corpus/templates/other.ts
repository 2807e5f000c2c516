import { EMPLOYERS, INSURERS, JOB_TITLES, SCHOOLS } from '../pools.ts';
import type { Ctx, Page, Template } from '../template.ts';
import {
  addDays,
  address,
  addressFormal,
  bsnLine,
  clientLine,
  fmtDate,
  ibanText,
  kenmerk,
  money,
  paras,
  row,
  salutation,
} from '../template.ts';

/**
 * "Other": what also arrives in the post and belongs to none of the types. Many are hard
 * negatives on purpose: the municipality's own decisions (which tell the reader how to object and
 * list payslips and bank statements), UWV letters that decide nothing, invoices that are not
 * reminders, newsletters about rent.
 */
const mk = (id: string, render: (c: Ctx) => Page[], extra: Partial<Template> = {}): Template => ({
  id: `other.${id}`,
  type: 'other',
  lang: 'nl',
  style: 'printed',
  supports: [],
  render,
  ...extra,
});

const folder = mk('supermarkt-folder', (c) => {
  const { rng } = c;
  const shop = rng.pick(['Albert Heijn', 'Jumbo', 'Lidl', 'Aldi', 'Plus', 'Dirk', 'Action', 'Kruidvat']);
  const items = rng.sample(
    [
      'Kipfilet 1 kg',
      'Coca-Cola 1,5 liter',
      'Halfvolle melk',
      'Bananen per tros',
      'Wasmiddel 40 wasbeurten',
      'Pindakaas',
      'Kaas jong belegen',
      'Brood volkoren',
      'Koffiepads 36 st',
      'Chips naturel',
      'Tandpasta',
      'Luiers maxi',
    ],
    7,
  );
  return [
    [
      `${shop} - Aanbiedingen week ${rng.int(1, 52)}`,
      `Geldig van ${fmtDate(c.date, 'short')} t/m ${fmtDate(addDays(c.date, 6), 'short')}`,
      '',
      ...items.map(
        (i) => `${i}   ${rng.pick(['1+1 GRATIS', '2e halve prijs', '25% korting', `NU ${money(rng.amount(0.79, 9.99))}`, 'OP=OP'])}`,
      ),
      '',
      'Bestel ook online en laat bezorgen. Bezorgkosten vanaf € 0,95.',
      `Spaar voor ${rng.pick(['pannen', 'messen', 'gratis boodschappen'])} met de spaarkaart!`,
      "Alle prijzen in euro's. Zolang de voorraad strekt.",
    ],
  ];
});

const energieJaarafrekening = mk('energie-jaarafrekening', (c) => {
  const { rng } = c;
  const supplier = rng.pick(['Vattenfall', 'Eneco', 'Essent', 'Greenchoice', 'Budget Energie']);
  return [
    [
      supplier,
      '',
      ...address(c.p),
      '',
      `Jaarafrekening ${c.date.getUTCFullYear() - 1}   Klantnummer ${rng.digits(9)}   Datum ${fmtDate(c.date)}`,
      '',
      row(['Stroomverbruik', `${rng.int(1200, 3500)} kWh`, money(rng.amount(300, 1000), { euro: true })], [30, 12, 14]),
      row(['Gasverbruik', `${rng.int(400, 1600)} m3`, money(rng.amount(400, 1500), { euro: true })], [30, 12, 14]),
      row(['Netbeheerkosten', '', money(rng.amount(300, 500), { euro: true })], [30, 12, 14]),
      row(['Vermindering energiebelasting', '', money(-rng.amount(500, 630), { euro: true })], [30, 12, 14]),
      row(['Betaalde termijnbedragen', '', money(-rng.amount(900, 2500), { euro: true })], [30, 12, 14]),
      '',
      `${rng.chance(0.6) ? 'U krijgt terug' : 'U moet bijbetalen'}: ${money(rng.amount(20, 400), { euro: true })}`,
      `Uw nieuwe termijnbedrag wordt ${money(rng.amount(60, 220), { euro: true })} per maand.`,
      `Wij schrijven het bedrag af van ${ibanText(c.p.iban, rng)}.`,
    ],
  ];
});

const school = mk('school-brief', (c) => {
  const { rng } = c;
  return [
    [
      rng.pick(SCHOOLS),
      '',
      `Aan de ouders/verzorgers van ${rng.pick(['groep 3', 'groep 5', 'groep 7', 'klas 1B', 'leerlingen van leerjaar 2'])}`,
      `${c.p.city}, ${fmtDate(c.date, 'long')}`,
      '',
      `Betreft: ${rng.pick(['schoolreisje', 'ouderavond', 'vrijwillige ouderbijdrage', 'luizencontrole', 'studiedag'])}`,
      '',
      'Beste ouders en verzorgers,',
      '',
      ...paras(
        86,
        `Op ${fmtDate(addDays(c.date, rng.int(7, 40)), 'weekday')} ${rng.pick(['gaan we met de hele groep op schoolreisje naar het Dolfinarium', 'is er een ouderavond over de overgang naar de brugklas', 'zijn alle leerlingen vrij in verband met een studiedag'])}.`,
        `De vrijwillige ouderbijdrage is dit jaar ${money(rng.amount(15, 60), { euro: true })}. Heeft u een laag inkomen? Via de gemeente (Stichting Leergeld) kunt u een vergoeding krijgen.`,
        'Wilt u het strookje onderaan invullen en meegeven aan uw kind?',
      ),
      '',
      'Met vriendelijke groet,',
      `${c.r.name}, directeur`,
      '',
      '--- knip hier ---',
      `Naam kind: ______   Groep: ___   Handtekening ouder: ______`,
    ],
  ];
});

const huurdersNieuwsbrief = mk('nieuwsbrief-woningcorporatie', (c) => {
  const { rng } = c;
  const corp = rng.pick(['Woonstichting De Kernen', 'Ymere', 'Woonbron', 'Portaal', 'Mitros', 'Woongoed Voorbeeld']);
  return [
    [
      `${corp} - Bewonersblad ${rng.pick(['lente', 'zomer', 'herfst', 'winter'])} ${c.date.getUTCFullYear()}`,
      '',
      'In dit nummer:',
      '- Onderhoud aan de galerijen in uw buurt',
      '- Huurverhoging dit jaar: wat kunt u verwachten?',
      '- Tips om energie te besparen',
      '- Huurdersvereniging zoekt nieuwe bestuursleden',
      '',
      ...paras(
        86,
        'Elk jaar mogen woningcorporaties de huur verhogen. Het kabinet stelt het maximale percentage vast. U ontvangt vóór 1 mei een persoonlijke brief met uw nieuwe huurprijs. Heeft u een laag inkomen, dan kunt u misschien huurtoeslag krijgen.',
        'Schimmel in de badkamer? Zet een raam open en gebruik de afzuiging. Meld lekkages altijd via de app.',
        'Op de burendag organiseren we een opruimactie in de wijk. Doet u mee?',
      ),
    ],
  ];
});

const gemeenteBesluit = mk(
  'gemeente-besluit-bijstand',
  (c) => {
    const { rng } = c;
    const toekenning = rng.chance(0.6);
    const body = paras(
      88,
      toekenning
        ? `U heeft op ${fmtDate(addDays(c.date, -rng.int(20, 50)), 'long')} een aanvraag voor een bijstandsuitkering ingediend. Wij hebben besloten u vanaf ${fmtDate(addDays(c.date, -rng.int(10, 40)), 'long')} bijstand toe te kennen naar de norm voor een ${rng.pick(['alleenstaande', 'alleenstaande ouder', 'gehuwde'])}.`
        : `Wij hebben besloten uw bijstandsuitkering te ${rng.pick(['herzien', 'wijzigen', 'verlagen'])} omdat u inkomsten uit arbeid heeft ontvangen. De inkomsten uit uw loonstroken worden verrekend met uw uitkering.`,
      `De hoogte van uw uitkering is ${money(rng.amount(800, 1500), { euro: true })} netto per maand. Wij betalen uw uitkering op rekening ${ibanText(c.p.iban, rng)}.`,
      'Wat moet u doen? Geef wijzigingen in uw situatie direct door met het wijzigingsformulier. Lever elke maand uw loonstroken en op verzoek uw bankafschriften in. Meld uw vakantie minimaal twee weken van tevoren. Vergeet niet dat u moet solliciteren en bewijs van uw sollicitaties moet bewaren.',
      'Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken na de verzenddatum van deze brief bezwaar maken. Stuur uw bezwaarschrift naar het college van burgemeester en wethouders. Heeft u spoed, dan kunt u de voorzieningenrechter van de rechtbank vragen om een voorlopige voorziening.',
    );
    return [
      [
        c.org.name,
        'Werk en Inkomen',
        '',
        ...addressFormal(c.p, rng),
        '',
        `Datum ${fmtDate(c.date, 'long')}`,
        `Ons kenmerk ${kenmerk(rng, 'WI')}`,
        ...bsnLine(c),
        ...clientLine(c),
        `Onderwerp ${toekenning ? 'Besluit op uw aanvraag bijstand' : 'Wijziging van uw uitkering'}`,
        '',
        salutation(c.p, rng),
        '',
        ...body,
        '',
        'Met vriendelijke groet,',
        'het college van burgemeester en wethouders,',
        `namens deze, ${c.r.name}, consulent Inkomen`,
      ],
    ];
  },
  { weight: 1.6, supports: ['bsn', 'client-number'] },
);

const informatieverzoek = mk(
  'gemeente-verzoek-om-gegevens',
  (c) => {
    const { rng } = c;
    return [
      [
        c.org.name,
        '',
        ...addressFormal(c.p, rng),
        '',
        `Datum ${fmtDate(c.date, 'long')}`,
        ...clientLine(c),
        ...bsnLine(c),
        'Onderwerp Wij hebben informatie van u nodig (hersteltermijn)',
        '',
        salutation(c.p, rng),
        '',
        ...paras(
          88,
          'Om uw recht op bijstand te kunnen beoordelen hebben wij de volgende stukken van u nodig:',
          '- uw bankafschriften van alle rekeningen over de afgelopen drie maanden;\n- uw loonstroken van de afgelopen drie maanden;\n- uw huurcontract en de laatste brief over de huurverhoging;\n- een kopie van uw identiteitsbewijs of verblijfsdocument;\n- de jaaropgave en de beschikking zorgtoeslag van de Belastingdienst.',
          `Lever deze stukken uiterlijk ${fmtDate(addDays(c.date, 14), 'long')} in. Doet u dat niet, dan kunnen wij uw aanvraag buiten behandeling stellen (artikel 4:5 Awb). Tegen een besluit om uw aanvraag niet te behandelen kunt u bezwaar maken.`,
        ),
        '',
        'Met vriendelijke groet,',
        `${c.r.name}, consulent`,
      ],
    ];
  },
  { supports: ['bsn', 'client-number'] },
);

const uwvOntvangst = mk(
  'uwv-ontvangstbevestiging',
  (c) => {
    const { rng } = c;
    return [
      [
        'UWV',
        '',
        ...addressFormal(c.p, rng),
        '',
        `Datum ${fmtDate(c.date, 'long')}`,
        ...bsnLine(c),
        `Onderwerp ${rng.pick(['Wij hebben uw aanvraag ontvangen', 'Uw werkmap op werk.nl', 'Uitnodiging webinar Solliciteren', 'Informatie over uw WW-aanvraag'])}`,
        '',
        salutation(c.p, rng),
        '',
        ...paras(
          88,
          rng.pick([
            'Wij hebben uw aanvraag ontvangen. Wij beslissen binnen 4 weken. U hoeft nu niets te doen. Heeft u nog geen werkmap? Maak dan een account aan op werk.nl.',
            'Op werk.nl vindt u vacatures, trainingen en tips voor het schrijven van een cv en een sollicitatiebrief. Vul uw cv in zodat werkgevers u kunnen vinden.',
            'U bent van harte welkom bij ons gratis webinar over solliciteren via LinkedIn. Aanmelden kan via werk.nl.',
          ]),
          'Deze brief is geen beslissing. Heeft u vragen? Bel 088 - 898 92 94.',
        ),
        '',
        'Met vriendelijke groet,',
        'UWV',
      ],
    ];
  },
  { supports: ['bsn'] },
);

const polisblad = mk('zorgverzekering-polisblad', (c) => {
  const { rng } = c;
  const ins = rng.pick(INSURERS);
  return [
    [
      ins,
      `Polisblad ${c.date.getUTCFullYear()}`,
      '',
      ...address(c.p),
      '',
      `Polisnummer ${rng.digits(9)}   Ingangsdatum 01-01-${c.date.getUTCFullYear()}`,
      row(['Verzekerde', 'Verzekering', 'Premie per maand'], [28, 34, 16]),
      row([c.p.name, rng.pick(['Basis Budget', 'Basis Zeker', 'Natura']), money(rng.amount(130, 160), { euro: true })], [28, 34, 16]),
      row(['', rng.pick(['Aanvullend 1 ster', 'Tand Basis', 'geen aanvullende']), money(rng.amount(0, 30), { euro: true })], [28, 34, 16]),
      '',
      `Eigen risico: ${money(385, { euro: true })} per jaar`,
      `Collectiviteit: ${rng.pick(['Gemeentepolis Voorbeeld', 'geen'])}`,
      'Bewaar dit polisblad goed. Uw zorgpas ontvangt u apart.',
    ],
  ];
});

const telefoonFactuur = mk('telefoon-factuur', (c) => {
  const { rng } = c;
  const prov = rng.pick(['KPN', 'Odido', 'Vodafone', 'Ziggo', 'Simyo']);
  const amt = rng.amount(12, 80);
  return [
    [
      prov,
      `Factuur ${fmtDate(c.date, 'short')}-${c.date.getUTCFullYear()}`,
      '',
      ...address(c.p),
      '',
      `Factuurnummer ${rng.digits(10)}   Klantnummer ${rng.digits(8)}`,
      row(['Abonnement Sim Only 10 GB', money(amt * 0.7, { euro: true })], [40, 12]),
      row(['Buitenbundel gebruik', money(amt * 0.3, { euro: true })], [40, 12]),
      row(['Totaal incl. btw', money(amt, { euro: true })], [40, 12]),
      '',
      `Dit bedrag wordt rond ${fmtDate(addDays(c.date, 10))} automatisch afgeschreven van ${ibanText(c.p.iban, rng)}.`,
      'U hoeft niets te doen.',
    ],
  ];
});

const vereniging = mk('vereniging-brief', (c) => {
  const { rng } = c;
  return [
    [
      rng.pick([
        'Voetbalvereniging SV Voorbeeld',
        'Muziekvereniging Harmonie',
        'Buurthuis De Schakel',
        'Moskee Al Fath',
        'Protestantse Gemeente Voorbeeld',
        'Voedselbank Voorbeeld',
      ]),
      '',
      `${c.p.city}, ${fmtDate(c.date, 'long')}`,
      '',
      `Beste ${c.p.firstName},`,
      '',
      ...paras(
        86,
        rng.pick([
          `De contributie voor het nieuwe seizoen is ${money(rng.amount(50, 250), { euro: true })}. Via het Jeugdfonds Sport & Cultuur kan de gemeente dit voor uw kind betalen.`,
          'Op zaterdag houden we een open dag met muziek, eten en activiteiten voor kinderen. Iedereen is welkom.',
          'Wij nodigen u uit voor de jaarlijkse ledenvergadering. Op de agenda staan het jaarverslag en de verkiezing van het bestuur.',
          'U kunt vanaf volgende week uw pakket ophalen op donderdag tussen 14.00 en 16.00 uur. Neem uw pas mee.',
        ]),
      ),
      '',
      'Met vriendelijke groet,',
      `${c.r.name}, secretaris`,
    ],
  ];
});

const loterij = mk(
  'marketing-english',
  (c) => {
    const { rng } = c;
    return [
      [
        rng.pick(['Nationale Postcode Loterij', 'VriendenLoterij', 'Readers Digest', 'Lucky Winners International']),
        '',
        ...address(c.p),
        '',
        rng.pick(['CONGRATULATIONS!', 'Gefeliciteerd!', 'Exclusive offer for you']),
        '',
        ...paras(
          86,
          rng.pick([
            'Your postcode has been selected for our grand prize draw. Reply before the end of the month to claim your chance to win €100,000!',
            'Word nu lid en maak elke maand kans op de Postcode Kanjer. Voor slechts € 15,00 per lot steunt u ook goede doelen.',
            'As a valued customer you are pre-approved for our Platinum credit card with no annual fee in the first year.',
          ]),
          'This is an advertisement. You can unsubscribe at any time.',
        ),
      ],
    ];
  },
  { lang: 'en' },
);

const bankNotice = mk('bank-mededeling', (c) => {
  const { rng } = c;
  const bank = rng.pick(['ING', 'Rabobank', 'ABN AMRO', 'SNS', 'ASN Bank']);
  return [
    [
      bank,
      '',
      ...addressFormal(c.p, rng),
      '',
      `Datum ${fmtDate(c.date, 'long')}`,
      `Onderwerp ${rng.pick(['Uw nieuwe betaalpas', 'Wijziging voorwaarden betalen', 'Nieuwe tarieven betaalrekening', 'Uw pincode'])}`,
      '',
      salutation(c.p, rng),
      '',
      ...paras(
        88,
        rng.pick([
          `Uw betaalpas verloopt binnenkort. U ontvangt uw nieuwe pas bij rekening ${ibanText(c.p.iban, rng)} binnen 10 werkdagen. De pincode blijft hetzelfde.`,
          `Per ${fmtDate(addDays(c.date, 60), 'long')} wijzigen de voorwaarden voor betalen. Voor uw rekening ${ibanText(c.p.iban, rng)} verandert het tarief naar ${money(rng.amount(2, 5), { euro: true })} per maand.`,
        ]),
        'U hoeft niets te doen. Kijk voor meer informatie in de app of op onze website.',
      ),
      '',
      'Met vriendelijke groet,',
      bank,
    ],
  ];
});

const gemeenteUitnodiging = mk(
  'gemeente-uitnodiging-gesprek',
  (c) => {
    const { rng } = c;
    return [
      [
        c.org.name,
        '',
        ...addressFormal(c.p, rng),
        '',
        `Datum ${fmtDate(c.date, 'long')}`,
        ...clientLine(c),
        `Onderwerp ${rng.pick(['Uitnodiging gesprek', 'Afspraak met uw klantmanager Werk', 'Uitnodiging heronderzoek'])}`,
        '',
        salutation(c.p, rng),
        '',
        ...paras(
          88,
          `Wij nodigen u uit voor een gesprek op ${fmtDate(addDays(c.date, rng.int(5, 20)), 'weekday')} om ${rng.int(9, 15)}.${rng.pick(['00', '30'])} uur in het stadhuis. In dit gesprek bespreken we ${rng.pick(['uw stappen naar werk en uw sollicitaties', 'of uw situatie nog hetzelfde is', 'uw re-integratietraject'])}.`,
          'Neem mee: uw identiteitsbewijs, uw laatste bankafschriften en uw sollicitatieoverzicht. Bent u verhinderd? Bel ons dan minimaal 24 uur van tevoren.',
          'Als u zonder bericht niet komt, kan dit gevolgen hebben voor uw uitkering.',
        ),
        '',
        'Met vriendelijke groet,',
        `${c.r.name}, klantmanager`,
      ],
    ];
  },
  { supports: ['client-number'] },
);

const ontvangstBezwaar = mk(
  'gemeente-ontvangstbevestiging-bezwaar',
  (c) => {
    const { rng } = c;
    return [
      [
        c.org.name,
        'Team Bezwaar en Beroep',
        '',
        ...addressFormal(c.p, rng),
        '',
        `Datum ${fmtDate(c.date, 'long')}`,
        `Zaaknummer BZ-${rng.digits(6)}`,
        ...clientLine(c),
        'Onderwerp Ontvangstbevestiging van uw bezwaarschrift',
        '',
        salutation(c.p, rng),
        '',
        ...paras(
          88,
          `Wij hebben uw bezwaarschrift van ${fmtDate(addDays(c.date, -rng.int(2, 10)), 'long')} ontvangen. U maakt bezwaar tegen het besluit over ${rng.pick(['uw bijstandsuitkering', 'de terugvordering', 'de energietoeslag'])}.`,
          'Wij nemen binnen zes weken na het einde van de bezwaartermijn een beslissing. U wordt uitgenodigd voor een hoorzitting. Wilt u niet gehoord worden, laat het ons dan weten.',
        ),
        '',
        'Met vriendelijke groet,',
        `${c.r.name}, juridisch medewerker`,
      ],
    ];
  },
  { supports: ['client-number'] },
);

const vacature = mk('vacature-advertentie', (c) => {
  const { rng } = c;
  const employer = rng.pick(EMPLOYERS);
  const job = rng.pick(JOB_TITLES);
  return [
    [
      'VACATURE',
      `${job} (${rng.int(16, 40)} uur)`,
      employer,
      '',
      ...paras(
        86,
        `Wij zoeken een enthousiaste ${job} voor onze vestiging in ${c.p.city}. Je werkt in een gezellig team en krijgt een goede inwerkperiode.`,
        `Wat bieden wij? Een salaris van ${money(rng.amount(14, 17), { euro: true })} tot ${money(rng.amount(17, 21), { euro: true })} per uur, reiskostenvergoeding en doorgroeimogelijkheden.`,
        'Wat vragen wij? Je bent flexibel, spreekt redelijk Nederlands en kunt ook in het weekend werken.',
        `Interesse? Solliciteer via werkenbij of stuur je cv naar hr@${employer
          .toLowerCase()
          .replace(/[^a-z]/g, '')
          .slice(0, 10)}.nl.`,
      ),
    ],
  ];
});

const afvalkalender = mk('afvalkalender-gemeente', (c) => {
  const { rng } = c;
  return [
    [
      `${c.org.name} - Afvalkalender ${c.date.getUTCFullYear()}`,
      `Uw adres: ${c.p.street} ${c.p.houseNumber}`,
      '',
      ...Array.from(
        { length: 8 },
        (_, i) => `${fmtDate(addDays(c.date, i * 7), 'weekday')}   ${rng.pick(['GFT', 'Restafval', 'Papier', 'PMD (plastic)'])}`,
      ),
      '',
      'Zet de container voor 7.30 uur aan de straat. Grofvuil ophalen? Maak een afspraak via de website.',
    ],
  ];
});

const stempas = mk('stempas', (c) => {
  const { rng } = c;
  return [
    [
      'STEMPAS',
      `Verkiezing van de leden van de ${rng.pick(['gemeenteraad', 'Tweede Kamer', 'Provinciale Staten', 'waterschappen'])}`,
      `Dag van stemming ${fmtDate(addDays(c.date, rng.int(7, 20)), 'weekday')}`,
      '',
      ...address(c.p),
      '',
      'Neem deze stempas en een geldig identiteitsbewijs mee naar het stembureau.',
      'U kunt stemmen in elk stembureau in de gemeente. Stembureaus zijn open van 7.30 tot 21.00 uur.',
      `Volgnummer ${rng.digits(6)}`,
    ],
  ];
});

const verzekeringsNieuws = mk(
  'english-newsletter',
  (c) => {
    const { rng } = c;
    return [
      [
        rng.pick(['Expat Centre Newsletter', 'International Community News', 'Library Voorbeeld - What is on']),
        fmtDate(c.date, 'en'),
        '',
        ...paras(
          86,
          'Welcome to our monthly newsletter! This month we have a language café every Tuesday evening, a workshop on Dutch taxes for newcomers, and a family day in the park.',
          'Did you know that the library offers free computer lessons and help with government websites (DigiD)? Drop in on Wednesday mornings.',
          'Please note that the office will be closed on the public holiday.',
        ),
      ],
    ];
  },
  { lang: 'en' },
);

export const otherTemplates: Template[] = [
  folder,
  energieJaarafrekening,
  school,
  huurdersNieuwsbrief,
  gemeenteBesluit,
  informatieverzoek,
  uwvOntvangst,
  polisblad,
  telefoonFactuur,
  vereniging,
  loterij,
  bankNotice,
  gemeenteUitnodiging,
  ontvangstBezwaar,
  vacature,
  afvalkalender,
  stempas,
  verzekeringsNieuws,
];
