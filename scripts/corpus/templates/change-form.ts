import { EMPLOYERS } from '../pools.ts';
import type { Ctx, Page, Template } from '../template.ts';
import { addDays, birthLine, bsnLine, clientLine, fmtDate, ibanText, money, monthName, one, paras, sloppy } from '../template.ts';

const box = (on: boolean) => (on ? '[X]' : '[ ]');

function personBlock(c: Ctx): string[] {
  return [
    `Naam: ${c.p.name}`,
    ...bsnLine(c),
    ...clientLine(c),
    ...birthLine(c),
    `Adres: ${c.p.street} ${c.p.houseNumber}`,
    `Postcode en woonplaats: ${c.p.postcode} ${c.p.city}`,
    `Telefoonnummer: ${c.p.phone}`,
  ];
}

const wijzigingsformulier: Template = {
  id: 'change_form.gemeente-wijzigingsformulier',
  type: 'change_form',
  lang: 'nl',
  style: 'form',
  weight: 2,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const kind = rng.int(0, 4);
    return [
      [
        c.org.name,
        'Afdeling Werk en Inkomen',
        'WIJZIGINGSFORMULIER',
        'Participatiewet / IOAW / IOAZ',
        'Geef wijzigingen binnen 5 werkdagen door. Zo voorkomt u dat u te veel of te weinig uitkering krijgt.',
        '',
        '1. Uw gegevens',
        ...personBlock(c),
        '',
        '2. Wat is er veranderd?',
        `${box(kind === 0)} Ik ga werken of ik heb andere inkomsten`,
        `${box(kind === 1)} Ik ga verhuizen / ik ben verhuisd`,
        `${box(kind === 2)} Er komt iemand bij mij wonen of iemand gaat weg`,
        `${box(kind === 3)} Mijn vermogen is veranderd (spaargeld, auto, erfenis)`,
        `${box(kind === 4)} Anders, namelijk: ${kind === 4 ? one(rng, 'ik krijg alimentatie', 'mijn zoon is 18 geworden', 'ik studeer nu') : ''}`,
        '',
        `Datum van de wijziging: ${fmtDate(addDays(c.date, -rng.int(0, 40)))}`,
        `Toelichting: ${
          [
            `ik werk sinds kort ${rng.int(8, 24)} uur per week bij ${rng.pick(EMPLOYERS)}`,
            `nieuw adres ${c.q.street} ${c.q.houseNumber}, ${c.q.postcode} ${c.q.city}`,
            `mijn ${one(rng, 'dochter', 'zoon', 'broer', 'vriend')} ${c.q.firstName} woont sinds ${fmtDate(addDays(c.date, -rng.int(3, 30)))} bij mij`,
            `ik heb ${money(rng.amount(1500, 9000), { euro: true })} geerfd van mijn ${one(rng, 'oma', 'vader', 'tante')}`,
            'zie bijlage',
          ][kind]
        }`,
        '',
        '3. Ondertekening',
        'Ik verklaar dat ik dit formulier naar waarheid heb ingevuld.',
        `Datum: ${fmtDate(c.date)}     Handtekening: ${c.p.initials} ${c.p.lastName}`,
        '',
        `Stuur dit formulier naar ${c.org.name}, ${c.org.postbus} of lever het in bij de balie.`,
      ],
    ];
  },
};

const inkomstenopgave: Template = {
  id: 'change_form.inkomstenopgave',
  type: 'change_form',
  lang: 'nl',
  style: 'form',
  weight: 2,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const month = new Date(Date.UTC(c.date.getUTCFullYear(), c.date.getUTCMonth() - 1, 1));
    return [
      [
        `${c.org.name}  -  Werk en Inkomen`,
        `Inkomstenopgave over de maand ${monthName(month)} ${month.getUTCFullYear()}`,
        'Vul dit formulier elke maand in als u naast uw uitkering inkomsten heeft. Stuur uw loonstrook mee.',
        '',
        ...personBlock(c),
        '',
        'Inkomsten uit werk',
        `Werkgever / uitzendbureau: ${rng.pick(EMPLOYERS)}`,
        `Aantal gewerkte uren: ${rng.int(10, 120)}`,
        `Bruto loon: ${money(rng.amount(200, 1800), { euro: true })}     Netto loon: ${money(rng.amount(180, 1500), { euro: true })}`,
        `Ontvangen op: ${fmtDate(addDays(c.date, -rng.int(2, 20)))}`,
        '',
        'Andere inkomsten',
        `${box(rng.chance(0.2))} Alimentatie   ${box(rng.chance(0.1))} Kamerhuur   ${box(rng.chance(0.1))} Inkomsten als zelfstandige   ${box(rng.chance(0.7))} Geen`,
        '',
        `Bijlagen: ${rng.pick(['loonstrook', 'loonstroken (2)', 'geen', 'bankafschrift'])}`,
        'Ik verklaar alles naar waarheid te hebben ingevuld.',
        `Datum ${fmtDate(c.date)}   Handtekening ${c.p.name}`,
      ],
    ];
  },
};

const inlichtingen: Template = {
  id: 'change_form.inlichtingenformulier',
  type: 'change_form',
  lang: 'nl',
  style: 'form',
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const q = (text: string) => `${text}   ${box(rng.chance(0.2))} ja  ${box(rng.chance(0.8))} nee`;
    return [
      [
        `${rng.pick(['ISD', 'Sociale Dienst', 'Werkplein'])} ${c.org.name.replace('Gemeente ', '')}`,
        'Inlichtingenformulier  (maandelijks / periodiek)',
        `Periode: ${monthName(c.date)} ${c.date.getUTCFullYear()}`,
        '',
        ...personBlock(c),
        '',
        q('1. Heeft u in deze periode inkomsten gehad?'),
        q('2. Is uw woonsituatie veranderd?'),
        q('3. Bent u in deze periode in het buitenland geweest?'),
        q('4. Heeft u een auto, motor of boot gekocht of verkocht?'),
        q('5. Is uw vermogen boven de grens gekomen?'),
        q('6. Volgt u een opleiding of cursus?'),
        '',
        'Als u een vraag met ja heeft beantwoord, geef dan een toelichting en stuur bewijsstukken mee.',
        `Toelichting: ${rng.pick(['-', 'geen', 'ik heb 2 dagen gewerkt via uitzendbureau', 'mijn auto is verkocht', ''])}`,
        '',
        `Datum: ${fmtDate(c.date)}   Handtekening: ______ ${c.p.initials} ${c.p.lastName}`,
      ],
    ];
  },
};

const eformulier: Template = {
  id: 'change_form.online-confirmation',
  type: 'change_form',
  lang: 'nl',
  style: 'printed',
  supports: ['bsn', 'client-number'],
  render(c) {
    const { rng } = c;
    return [
      [
        `${c.org.name} - Mijn Loket`,
        'Bevestiging: Wijziging doorgeven (e-formulier)',
        `Referentie: WIJ-${rng.digits(7)}   Verzonden op ${fmtDate(c.date)} om ${rng.int(8, 23)}:${rng.digits(2)}`,
        'Ingelogd met DigiD',
        '',
        'Samenvatting van uw gegevens',
        `Naam ${c.p.name}`,
        ...bsnLine(c),
        ...clientLine(c),
        `E-mail ${c.p.email}`,
        '',
        'Welke wijziging geeft u door?',
        rng.pick([
          `Wijziging inkomen: ik ontvang vanaf ${fmtDate(addDays(c.date, rng.int(1, 20)))} loon van ${rng.pick(EMPLOYERS)}`,
          `Verhuizing naar ${c.q.street} ${c.q.houseNumber}, ${c.q.postcode} ${c.q.city}`,
          'Wijziging woonsituatie: ik ga samenwonen',
          `Wijziging bankrekening: nieuw rekeningnummer ${ibanText(c.p.iban, rng)}`,
          'Wijziging gezinssituatie: geboorte kind',
        ]),
        '',
        'Wat gebeurt er nu?',
        'Wij verwerken uw wijziging. Als wij meer informatie nodig hebben, nemen wij contact met u op.',
        'Bewaar deze bevestiging goed.',
      ],
    ];
  },
};

const informal: Template = {
  id: 'change_form.client-letter',
  type: 'change_form',
  lang: 'nl',
  style: 'handwritten',
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const body = rng.pick([
      `Ik wil doorgeven dat ik per ${fmtDate(addDays(c.date, rng.int(-10, 14)))} ga verhuizen naar ${c.q.street} ${c.q.houseNumber} in ${c.q.city}. Mijn uitkering moet naar het nieuwe adres.`,
      `Hierbij laat ik weten dat ik weer werk heb. Ik werk ${rng.int(8, 32)} uur in de week bij ${rng.pick(EMPLOYERS)} vanaf ${fmtDate(addDays(c.date, rng.int(-10, 14)))}. Mijn eerste loonstrook stuur ik als ik die heb.`,
      `Ik wil een wijziging doorgeven. Mijn ${one(rng, 'vriend', 'vriendin', 'partner')} ${c.q.firstName} komt bij mij wonen vanaf volgende maand. Wat betekent dit voor mijn uitkering?`,
      `Mijn zoon is uit huis gegaan en woont nu op kamers in ${c.q.city}. Ik woon nu alleen. Wilt u dit aanpassen?`,
      'Ik heb deze maand geld gekregen van mijn familie om mijn schulden te betalen. Ik geef het door zodat ik geen problemen krijg met mijn uitkering.',
      `Mijn inkomsten van deze maand: ik heb ${money(rng.amount(100, 800), { euro: true })} verdiend met schoonmaken. Loonstrook zit erbij.`,
    ]);
    return [
      [
        `${c.p.name}`,
        `${c.p.street} ${c.p.houseNumber}`,
        `${c.p.postcode} ${c.p.city}`,
        ...clientLine(c),
        ...bsnLine(c),
        ...birthLine(c),
        '',
        `${c.org.name}`,
        'Afdeling Werk en Inkomen',
        '',
        `${c.p.city}, ${fmtDate(c.date, rng.pick(['dmy', 'long'] as const))}`,
        `Betreft: ${rng.pick(['wijziging', 'wijziging doorgeven', 'verandering situatie', 'doorgeven inkomsten'])}`,
        '',
        rng.pick(['Beste meneer/mevrouw,', 'Geachte heer/mevrouw,', 'Hallo,']),
        '',
        ...paras(70, sloppy(body, rng, rng.next())),
        '',
        rng.pick(['Met vriendelijke groet,', 'Groetjes', 'mvg']),
        c.p.name,
      ],
    ];
  },
};

const samenwonen: Template = {
  id: 'change_form.melding-woonsituatie',
  type: 'change_form',
  lang: 'nl',
  style: 'form',
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    return [
      [
        `${c.org.name}`,
        'Formulier wijziging woonsituatie en leefvorm',
        'Dit formulier gebruikt u als er iemand bij u komt wonen, als iemand vertrekt of als u gaat samenwonen.',
        '',
        'Deel A  Uw gegevens',
        ...personBlock(c),
        '',
        'Deel B  De medebewoner',
        `Naam: ${c.q.name}`,
        `Relatie tot u: ${rng.pick(['partner', 'kostganger', 'onderhuurder', 'familielid', 'kind boven 21 jaar'])}`,
        `Datum inwoning: ${fmtDate(addDays(c.date, -rng.int(0, 30)))}`,
        `Betaalt de medebewoner kostgeld of huur? ${box(rng.chance(0.5))} ja, ${money(rng.amount(100, 400), { euro: true })} per maand  ${box(rng.chance(0.5))} nee`,
        '',
        'Deel C  Ondertekening',
        `${c.p.city}, ${fmtDate(c.date)}`,
        'Handtekening aanvrager: ____________   Handtekening medebewoner: ____________',
      ],
    ];
  },
};

const vermogen: Template = {
  id: 'change_form.opgave-vermogen',
  type: 'change_form',
  lang: 'nl',
  style: 'form',
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    return [
      [
        `${c.org.name} | Werk & Inkomen`,
        'Opgave inkomsten en vermogen (heronderzoek / wijziging)',
        '',
        ...personBlock(c),
        '',
        'Bank- en spaarrekeningen',
        `IBAN ${ibanText(c.p.iban, rng)}   saldo ${money(rng.amount(0, 900), { euro: true })}`,
        `Spaarrekening   saldo ${money(rng.amount(0, 6000), { euro: true })}`,
        `Auto: ${rng.pick(['geen', `kenteken ${rng.letters(2)}-${rng.digits(3)}-${rng.letters(1)}, waarde ongeveer ${money(rng.amount(500, 4000), { euro: true })}`])}`,
        `Overige bezittingen: ${rng.pick(['geen', 'sieraden', 'brommer'])}`,
        '',
        'Inkomsten',
        `${box(rng.chance(0.4))} loon   ${box(rng.chance(0.2))} uitkering UWV   ${box(rng.chance(0.1))} alimentatie   ${box(rng.chance(0.3))} geen`,
        '',
        'Schulden',
        `${rng.pick(['geen', 'ja, zie bijlage', `ja, ongeveer ${money(rng.amount(300, 9000), { euro: true })}`])}`,
        '',
        `Ondertekend op ${fmtDate(c.date)} door ${c.p.name}`,
      ],
    ];
  },
};

const englishChange: Template = {
  id: 'change_form.english-letter',
  type: 'change_form',
  lang: 'en',
  style: 'printed',
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    return [
      [
        `${c.p.name}`,
        `${c.p.street} ${c.p.houseNumber}, ${c.p.postcode} ${c.p.city}`,
        ...clientLine(c, 'en'),
        ...bsnLine(c, 'en'),
        ...birthLine(c, 'en'),
        '',
        `To: ${c.org.name}, Department of Work and Income`,
        `Date: ${fmtDate(c.date, 'en')}`,
        `Subject: ${rng.pick(['Change in my situation', 'Notification of change', 'Change of address and income'])}`,
        '',
        'Dear Sir or Madam,',
        '',
        ...paras(
          80,
          rng.pick([
            `I would like to inform you that I have started a part-time job at ${rng.pick(EMPLOYERS)} as of ${fmtDate(addDays(c.date, rng.int(-5, 10)), 'en')}. I will work about ${rng.int(8, 24)} hours per week. I will send you my payslip as soon as I receive it.`,
            `I am writing to let you know that I am moving to a new address: ${c.q.street} ${c.q.houseNumber}, ${c.q.postcode} ${c.q.city}, starting ${fmtDate(addDays(c.date, rng.int(3, 20)), 'en')}.`,
            `Please note that my partner ${c.q.name} will move in with me next month. I understand this may change my benefit and I want to report it in time.`,
          ]),
          'Please let me know if you need any further documents from me.',
        ),
        '',
        'Kind regards,',
        c.p.name,
      ],
    ];
  },
};

const isdForm: Template = {
  id: 'change_form.isd-mutatieformulier',
  type: 'change_form',
  lang: 'nl',
  style: 'form',
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    return [
      [
        `Intergemeentelijke Sociale Dienst ${rng.pick(['Bollenstreek', 'Kompas', 'De Liemers', 'Brabantse Wal'])}`,
        'MUTATIEFORMULIER UITKERINGSGERECHTIGDE',
        `Formuliernummer MF-${rng.int(10, 99)}  versie ${rng.int(2019, 2025)}`,
        '',
        `Naam en voorletters: ${c.p.lastName}, ${c.p.initials}`,
        ...bsnLine(c),
        ...clientLine(c),
        ...birthLine(c),
        '',
        'Soort mutatie (aankruisen):',
        `${box(rng.chance(0.3))} inkomsten   ${box(rng.chance(0.3))} adres   ${box(rng.chance(0.2))} gezinssamenstelling   ${box(rng.chance(0.2))} rekeningnummer`,
        `Ingangsdatum mutatie: ${fmtDate(addDays(c.date, -rng.int(0, 20)))}`,
        `Omschrijving: ${rng.pick(['start werk 16 uur p/w', 'verhuisd binnen gemeente', 'dochter geboren', 'nieuwe bankrekening', 'einde studie zoon'])}`,
        '',
        `Ingevuld op ${fmtDate(c.date)}     handtekening ______`,
        'In te vullen door de dienst: ontvangen ___  verwerkt ___  consulent ___',
      ],
    ];
  },
};

export const changeFormTemplates: Template[] = [
  wijzigingsformulier,
  inkomstenopgave,
  inlichtingen,
  eformulier,
  informal,
  samenwonen,
  vermogen,
  englishChange,
  isdForm,
];
export type { Page };
