import { EMPLOYERS, JOB_TITLES, JOB_TITLES_EN, STAFFING } from '../pools.ts';
import type { Ctx, Template } from '../template.ts';
import {
  addDays,
  address,
  birthLine,
  bsnLine,
  clientLine,
  fmtDate,
  fmtIso,
  ibanText,
  money,
  paginate,
  paras,
  salutation,
  sloppy,
} from '../template.ts';

// ---------------------------------------------------------------------------------------------
// Job application proof

const sentEmail: Template = {
  id: 'job_application_proof.sollicitatie-email',
  type: 'job_application_proof',
  lang: 'nl',
  style: 'printed',
  weight: 1.5,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const employer = rng.pick(EMPLOYERS);
    const job = rng.pick(JOB_TITLES);
    return [
      [
        ...clientLine(c),
        ...bsnLine(c),
        ...birthLine(c),
        `Van: ${c.p.name} <${c.p.email}>`,
        `Aan: ${rng.pick(['vacatures', 'hr', 'werkenbij', 'recruitment'])}@${employer
          .toLowerCase()
          .replace(/[^a-z]/g, '')
          .slice(0, 14)}.nl`,
        `Verzonden: ${fmtDate(addDays(c.date, -rng.int(1, 25)), 'weekday')} ${rng.int(8, 22)}:${rng.digits(2)}`,
        `Onderwerp: Sollicitatie ${job}`,
        'Bijlagen: CV.pdf; motivatiebrief.pdf',
        '',
        'Geachte heer/mevrouw,',
        '',
        ...paras(
          80,
          sloppy(
            `Via ${rng.pick(['Indeed', 'werk.nl', 'uw website', 'Nationale Vacaturebank', 'een kennis'])} zag ik uw vacature voor ${job}. Graag solliciteer ik naar deze functie. Ik heb ervaring als ${rng.pick(JOB_TITLES)} en ben direct beschikbaar.`,
            rng,
            rng.next() * 0.4,
          ),
          'In de bijlage vindt u mijn cv en motivatiebrief. Ik hoop op een uitnodiging voor een gesprek.',
        ),
        '',
        'Met vriendelijke groet,',
        c.p.name,
        c.p.phone,
      ],
    ];
  },
};

const rejection: Template = {
  id: 'job_application_proof.afwijzingsbrief',
  type: 'job_application_proof',
  lang: 'nl',
  style: 'printed',
  weight: 1.5,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const employer = rng.pick(EMPLOYERS);
    return [
      [
        employer,
        'Afdeling HR / Recruitment',
        '',
        ...address(c.p),
        ...clientLine(c),
        ...bsnLine(c),
        ...birthLine(c),
        '',
        `${c.p.city}, ${fmtDate(c.date, 'long')}`,
        `Betreft: uw sollicitatie als ${rng.pick(JOB_TITLES)}`,
        '',
        salutation(c.p, rng),
        '',
        ...paras(
          86,
          `Hartelijk dank voor uw sollicitatie en de interesse in ${employer}. Wij hebben veel reacties ontvangen op deze vacature.`,
          rng.pick([
            'Na zorgvuldige overweging moeten wij u helaas laten weten dat wij u niet uitnodigen voor een gesprek. Andere kandidaten sloten beter aan bij het profiel.',
            'Helaas hebben wij besloten de procedure met andere kandidaten voort te zetten.',
            'Wij hebben de vacature inmiddels ingevuld. Wij bewaren uw gegevens met uw toestemming nog zes maanden.',
          ]),
          'Wij wensen u veel succes bij het vinden van een passende baan.',
        ),
        '',
        'Met vriendelijke groet,',
        `${c.r.name}, recruiter`,
      ],
    ];
  },
};

const rejectionAts: Template = {
  id: 'job_application_proof.afwijzing-recruitmentsysteem',
  type: 'job_application_proof',
  lang: 'nl',
  style: 'printed',
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const employer = rng.pick(['PostNL', 'Albert Heijn', 'Jumbo', 'HEMA', 'Bol.com', 'ProRail', 'NS', 'Schiphol Group', 'Coolblue']);
    return [
      [
        ...clientLine(c),
        ...bsnLine(c),
        ...birthLine(c),
        `${rng.pick(['no-reply@myworkdayjobs.com', 'noreply@recruitee.com', 'jobs@homerun.co', 'noreply@successfactors.eu'])}`,
        `Aan: ${c.p.name} <${c.p.email}>`,
        `${fmtDate(c.date, 'slash')}`,
        `Onderwerp: Update over je sollicitatie bij ${employer} - vacature ${rng.digits(6)}`,
        '',
        `Hoi ${c.p.firstName},`,
        '',
        ...paras(
          80,
          `Bedankt voor je sollicitatie bij ${employer}. We hebben je profiel bekeken, maar we gaan helaas niet verder met je sollicitatie voor deze functie.`,
          'Dit is een automatisch bericht. Je kunt niet reageren op deze e-mail. Bekijk onze andere vacatures op werkenbij.',
        ),
        '',
        `Team Recruitment ${employer}`,
      ],
    ];
  },
};

const invitation: Template = {
  id: 'job_application_proof.uitnodiging-gesprek',
  type: 'job_application_proof',
  lang: 'nl',
  style: 'printed',
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const employer = rng.pick(EMPLOYERS);
    return [
      [
        employer,
        '',
        ...address(c.p),
        ...clientLine(c),
        ...bsnLine(c),
        ...birthLine(c),
        '',
        fmtDate(c.date, 'long'),
        'Onderwerp: uitnodiging sollicitatiegesprek',
        '',
        salutation(c.p, rng),
        '',
        ...paras(
          86,
          `Naar aanleiding van uw sollicitatie naar de functie van ${rng.pick(JOB_TITLES)} nodigen wij u graag uit voor een kennismakingsgesprek op ${fmtDate(addDays(c.date, rng.int(3, 14)), 'weekday')} om ${rng.int(9, 16)}:${rng.pick(['00', '30'])} uur.`,
          'Het gesprek vindt plaats op ons kantoor. Wilt u een geldig identiteitsbewijs meenemen? Kunt u niet op dit tijdstip, neem dan contact met ons op.',
        ),
        '',
        'Met vriendelijke groet,',
        `${c.r.name}, HR-adviseur`,
      ],
    ];
  },
};

const activityList: Template = {
  id: 'job_application_proof.overzicht-sollicitatieactiviteiten',
  type: 'job_application_proof',
  lang: 'nl',
  style: 'form',
  weight: 1.5,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const rows = Array.from({ length: rng.int(3, 10) }, (_, i) => {
      const d = addDays(c.date, -28 + i * rng.int(1, 4));
      return `${fmtDate(d)}  ${rng.pick(EMPLOYERS).padEnd(36).slice(0, 36)} ${rng.pick(JOB_TITLES).padEnd(26).slice(0, 26)} ${rng.pick(['e-mail', 'online', 'telefonisch', 'open sollicitatie', 'langsgegaan'])}  ${rng.pick(['afgewezen', 'geen reactie', 'gesprek', 'afwachten'])}`;
    });
    return [
      [
        c.org.name,
        'Overzicht sollicitatieactiviteiten',
        `Periode: ${fmtDate(addDays(c.date, -28))} t/m ${fmtDate(c.date)}`,
        `Naam: ${c.p.name}`,
        ...clientLine(c),
        ...bsnLine(c),
        ...birthLine(c),
        '',
        'Datum       Werkgever                            Functie                    Hoe          Resultaat',
        ...rows,
        '',
        'Bewijsstukken (e-mails, brieven) meesturen. Minimaal 4 sollicitaties per 4 weken.',
        `Handtekening: ${c.p.initials} ${c.p.lastName}`,
      ],
    ];
  },
};

const indeed: Template = {
  id: 'job_application_proof.vacaturesite-bevestiging',
  type: 'job_application_proof',
  lang: 'nl',
  style: 'printed',
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const site = rng.pick(['Indeed', 'werk.nl', 'Nationale Vacaturebank', 'Jobbird', 'LinkedIn']);
    return [
      [
        ...clientLine(c),
        ...bsnLine(c),
        ...birthLine(c),
        `${site}`,
        `Je sollicitatie is verzonden`,
        '',
        `${c.p.name}, je sollicitatie is verstuurd naar ${rng.pick(EMPLOYERS)}.`,
        `Functie: ${rng.pick(JOB_TITLES)} - ${c.p.city}`,
        `Verzonden op ${fmtDate(addDays(c.date, -rng.int(0, 20)), 'long')}`,
        '',
        'Wat gebeurt er nu?',
        'De werkgever bekijkt je sollicitatie. Je ontvangt bericht als de werkgever contact met je wil opnemen.',
        '',
        `Bekijk je sollicitaties in Mijn ${site}.`,
      ],
    ];
  },
};

const uitzendInschrijving: Template = {
  id: 'job_application_proof.inschrijving-uitzendbureau',
  type: 'job_application_proof',
  lang: 'nl',
  style: 'printed',
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const agency = rng.pick(STAFFING);
    return [
      [
        agency,
        `Vestiging ${c.p.city}`,
        '',
        `Bewijs van inschrijving`,
        '',
        `Hierbij verklaren wij dat ${c.p.name}`,
        ...birthLine(c),
        ...bsnLine(c),
        ...clientLine(c),
        `op ${fmtDate(addDays(c.date, -rng.int(0, 10)))} staat ingeschreven als werkzoekende bij ${agency}.`,
        '',
        `Gewenste functies: ${rng.pick(JOB_TITLES)}, ${rng.pick(JOB_TITLES)}`,
        `Beschikbaarheid: ${rng.int(16, 40)} uur per week`,
        'Wij nemen contact op zodra er een passende vacature is.',
        '',
        `Intercedent: ${c.r.name}`,
      ],
    ];
  },
};

const englishRejection: Template = {
  id: 'job_application_proof.english-rejection',
  type: 'job_application_proof',
  lang: 'en',
  style: 'printed',
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const company = rng.pick(['Booking.com', 'Adyen', 'Tesla Tilburg', 'Amazon Logistics', 'Uber', 'Flink', 'Picnic']);
    return [
      [
        ...clientLine(c, 'en'),
        ...bsnLine(c, 'en'),
        ...birthLine(c, 'en'),
        `From: careers@${company.toLowerCase().replace(/[^a-z]/g, '')}.com`,
        `To: ${c.p.name} <${c.p.email}>`,
        `Date: ${fmtDate(c.date, 'en')}`,
        `Subject: Your application for ${rng.pick(JOB_TITLES_EN)}`,
        '',
        `Dear ${c.p.firstName},`,
        '',
        ...paras(
          80,
          `Thank you for applying for the position of ${rng.pick(JOB_TITLES_EN)} at ${company}. We appreciate the time you invested in your application.`,
          'After careful consideration, we regret to inform you that we will not be moving forward with your application at this time.',
          'We wish you every success in your job search.',
        ),
        '',
        `The ${company} Talent Acquisition Team`,
      ],
    ];
  },
};

const motivatiebrief: Template = {
  id: 'job_application_proof.motivatiebrief-kopie',
  type: 'job_application_proof',
  lang: 'nl',
  style: 'printed',
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const employer = rng.pick(EMPLOYERS);
    const job = rng.pick(JOB_TITLES);
    return [
      [
        rng.pick(['Kopie sollicitatiebrief', 'Sollicitatie (kopie voor de gemeente)', 'Bewijs sollicitatie']),
        ...clientLine(c),
        '',
        ...address(c.p),
        c.p.phone,
        ...bsnLine(c),
        ...birthLine(c),
        '',
        employer,
        't.a.v. de afdeling Personeelszaken',
        '',
        `${c.p.city}, ${fmtDate(c.date, 'long')}`,
        `Betreft: sollicitatie naar de functie van ${job}`,
        '',
        'Geachte heer/mevrouw,',
        '',
        ...paras(
          84,
          sloppy(
            `Met veel interesse heb ik uw vacature voor ${job} gelezen. Ik ben een harde werker, betrouwbaar en ik werk graag in een team. Ik heb eerder gewerkt als ${rng.pick(JOB_TITLES)} bij ${rng.pick(EMPLOYERS)}.`,
            rng,
            rng.next() * 0.5,
          ),
          'Ik ben per direct beschikbaar en flexibel inzetbaar, ook in het weekend. Graag licht ik mijn motivatie toe in een persoonlijk gesprek.',
        ),
        '',
        'Met vriendelijke groet,',
        c.p.name,
      ],
    ];
  },
};

// ---------------------------------------------------------------------------------------------
// Employment contracts

function contractBody(c: Ctx, kind: 'bepaald' | 'onbepaald' | 'oproep' | 'minmax', employer: string) {
  const { rng } = c;
  const start = addDays(c.date, rng.int(-10, 30));
  const job = rng.pick(JOB_TITLES);
  const hours = kind === 'oproep' ? 0 : rng.pick([12, 16, 20, 24, 28, 32, 36, 38, 40]);
  const rate = rng.amount(14.06, 19);
  return paras(
    90,
    `De ondergetekenden: ${employer}, gevestigd te ${rng.pick(['Utrecht', 'Zwolle', 'Breda', 'Amersfoort', c.p.city])}, hierna te noemen "werkgever", en ${c.p.name}, geboren op ${fmtIso(c.p.birthDate, 'long')}, wonende te ${c.p.city}, hierna te noemen "werknemer", komen het volgende overeen:`,
    `Artikel 1 Indiensttreding en functie. Werknemer treedt met ingang van ${fmtDate(start, 'long')} in dienst van werkgever in de functie van ${job}.`,
    kind === 'bepaald'
      ? `Artikel 2 Duur. Deze arbeidsovereenkomst is aangegaan voor bepaalde tijd van ${rng.pick(['6', '7', '12'])} maanden en eindigt van rechtswege zonder dat opzegging is vereist. Er geldt een proeftijd van één maand.`
      : kind === 'onbepaald'
        ? 'Artikel 2 Duur. Deze arbeidsovereenkomst is aangegaan voor onbepaalde tijd. Er geldt een proeftijd van twee maanden. De opzegtermijn bedraagt één maand.'
        : kind === 'oproep'
          ? 'Artikel 2 Oproepovereenkomst. Werknemer wordt opgeroepen wanneer werkgever werk heeft (nulurencontract). Een oproep geschiedt ten minste vier dagen van tevoren. Werknemer heeft per oproep recht op minimaal drie uur loon.'
          : `Artikel 2 Arbeidsduur. De arbeidsduur bedraagt minimaal ${hours} en maximaal ${hours + 12} uur per week (min-maxcontract).`,
    kind === 'oproep'
      ? ''
      : `Artikel 3 Arbeidsduur. De arbeidsduur bedraagt ${hours} uur per week. De werktijden worden in onderling overleg vastgesteld volgens rooster.`,
    `Artikel 4 Salaris. Het bruto uurloon bedraagt ${money(rate, { euro: true })}. Het salaris wordt maandelijks uiterlijk de laatste werkdag van de maand betaald op rekening ${ibanText(c.p.iban, rng)}.`,
    'Artikel 5 Vakantie. Werknemer bouwt vakantiedagen op volgens de wet en de cao. De vakantietoeslag bedraagt 8% van het brutoloon en wordt in mei uitbetaald.',
    `Artikel 6 Cao en pensioen. Op deze overeenkomst is de ${rng.pick(['cao Schoonmaak- en Glazenwassersbedrijf', 'cao Levensmiddelenbedrijf', 'cao Beroepsgoederenvervoer', 'cao VVT', 'cao Horeca', 'cao Metalektro'])} van toepassing. Werknemer neemt deel aan de pensioenregeling van het bedrijfstakpensioenfonds.`,
    'Artikel 7 Ziekte. Werknemer meldt zich bij ziekte vóór 9.00 uur bij de leidinggevende. Gedurende ziekte wordt 70% van het loon doorbetaald, de eerste dag is een wachtdag.',
    'Artikel 8 Geheimhouding. Werknemer is verplicht tot geheimhouding van alle bedrijfsinformatie, ook na het einde van het dienstverband.',
    `Aldus overeengekomen en in tweevoud ondertekend te ${c.p.city} op ${fmtDate(c.date, 'long')}.`,
    'Werkgever:                                        Werknemer:',
  ).filter((l, i, a) => !(l === '' && a[i - 1] === ''));
}

const contractTemplate = (id: string, kind: 'bepaald' | 'onbepaald' | 'oproep' | 'minmax', title: string, weight = 1): Template => ({
  id: `employment_contract.${id}`,
  group: 'employment_contract.standard',
  type: 'employment_contract',
  lang: 'nl',
  style: 'printed',
  weight,
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const employer = c.rng.pick(EMPLOYERS);
    const body = contractBody(c, kind, employer);
    return paginate(body, 30, (p, n) =>
      p === 1 ? [employer, title, ...bsnLine(c), ''] : [`${title} ${c.p.initials} ${c.p.lastName} - pagina ${p} van ${n}`, ''],
    );
  },
});

const uitzendovereenkomst: Template = {
  id: 'employment_contract.uitzendovereenkomst',
  type: 'employment_contract',
  lang: 'nl',
  style: 'printed',
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const agency = rng.pick(STAFFING);
    return [
      [
        agency,
        'UITZENDOVEREENKOMST MET UITZENDBEDING (FASE A)',
        `Uitzendkracht: ${c.p.name}`,
        ...bsnLine(c),
        ...birthLine(c),
        `Registratienummer: ${rng.digits(8)}`,
        '',
        `Opdrachtgever (inlener): ${rng.pick(EMPLOYERS)}`,
        `Functie: ${rng.pick(JOB_TITLES)}   Standplaats: ${c.p.city}`,
        `Ingangsdatum: ${fmtDate(addDays(c.date, rng.int(-5, 14)))}`,
        `Uurloon: ${money(rng.amount(14.06, 18), { euro: true })} bruto volgens de inlenersbeloning`,
        `Gemiddelde arbeidsduur: ${rng.int(16, 40)} uur per week`,
        '',
        ...paras(
          86,
          'Deze uitzendovereenkomst eindigt van rechtswege doordat de terbeschikkingstelling op verzoek van de opdrachtgever ten einde komt (uitzendbeding). Op deze overeenkomst is de ABU-cao voor uitzendkrachten van toepassing.',
          'De uitzendkracht bouwt vakantiegeld en vakantiedagen op. Reserveringen worden vermeld op de loonstrook.',
        ),
        '',
        `Datum ${fmtDate(c.date)}   Digitaal ondertekend door ${c.p.name}`,
      ],
    ];
  },
};

const englishContract: Template = {
  id: 'employment_contract.english',
  type: 'employment_contract',
  lang: 'en',
  style: 'printed',
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const company = rng.pick([
      'Booking Holdings NL',
      'Tesla Tilburg B.V.',
      'Amazon Logistics NL',
      'DHL Supply Chain',
      'Picnic Technologies B.V.',
    ]);
    const body = paras(
      90,
      `This employment agreement is entered into by ${company} (the Employer) and ${c.p.name}, born on ${fmtIso(c.p.birthDate, 'en')} (the Employee).`,
      `1. Position and start date. The Employee will be employed as ${rng.pick(JOB_TITLES_EN)} as of ${fmtDate(addDays(c.date, rng.int(-5, 30)), 'en')}.`,
      `2. Term. This agreement is for a fixed term of ${rng.pick(['6', '12'])} months, with a probationary period of one month.`,
      `3. Working hours. The working week is ${rng.pick([24, 32, 40])} hours.`,
      `4. Salary. The gross monthly salary is €${rng.amount(2000, 3200).toFixed(2)}, plus 8% holiday allowance.`,
      '5. Collective agreement. No collective labour agreement applies, unless stated otherwise.',
      '6. Notice. Either party may terminate this agreement with due observance of the statutory notice period.',
      'Signed in duplicate.',
    );
    return paginate(body, 30, (p, n) =>
      p === 1 ? [company, 'EMPLOYMENT CONTRACT', ...bsnLine(c, 'en'), ''] : [`Employment contract - page ${p} of ${n}`, ''],
    );
  },
};

const verlenging: Template = {
  id: 'employment_contract.contractverlenging',
  type: 'employment_contract',
  lang: 'nl',
  style: 'printed',
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const employer = rng.pick(EMPLOYERS);
    const end = addDays(c.date, rng.int(10, 40));
    return [
      [
        employer,
        '',
        ...address(c.p),
        ...bsnLine(c),
        ...birthLine(c),
        '',
        fmtDate(c.date, 'long'),
        'Betreft: verlenging arbeidsovereenkomst',
        '',
        salutation(c.p, rng),
        '',
        ...paras(
          86,
          `Uw arbeidsovereenkomst voor bepaalde tijd eindigt op ${fmtDate(end, 'long')}. Wij zijn tevreden over uw functioneren en bieden u graag een verlenging aan van ${rng.int(6, 12)} maanden, tot en met ${fmtDate(addDays(end, 365), 'long')}.`,
          `De overige arbeidsvoorwaarden blijven ongewijzigd. Uw arbeidsduur wordt ${rng.pick([16, 24, 32, 36])} uur per week. Wilt u een exemplaar van deze brief getekend retourneren?`,
        ),
        '',
        'Met vriendelijke groet,',
        `${c.r.name}, HR`,
        '',
        'Voor akkoord werknemer: ________________',
      ],
    ];
  },
};

const bbl: Template = {
  id: 'employment_contract.bbl-leerwerkovereenkomst',
  type: 'employment_contract',
  lang: 'nl',
  style: 'printed',
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    return [
      [
        rng.pick(EMPLOYERS),
        'Arbeidsovereenkomst in het kader van een BBL-opleiding (leerwerkovereenkomst)',
        '',
        `Werknemer/student: ${c.p.name}`,
        ...bsnLine(c),
        ...birthLine(c),
        `Opleiding: ${rng.pick(['Verzorgende IG niveau 3', 'Logistiek medewerker niveau 2', 'Monteur elektrotechniek niveau 2', 'Kok niveau 2'])} bij ${rng.pick(['ROC Midden Nederland', 'Deltion College', 'Albeda', 'ROC van Twente'])}`,
        `Duur: ${fmtDate(addDays(c.date, rng.int(0, 20)))} tot het einde van de opleiding, maximaal 2 jaar`,
        `Werkweek: ${rng.int(24, 32)} uur werken en 1 dag school`,
        `Salaris: ${money(rng.amount(1600, 2300), { euro: true })} bruto per maand`,
        '',
        ...paras(
          86,
          'De arbeidsovereenkomst eindigt van rechtswege wanneer de praktijkovereenkomst met de onderwijsinstelling eindigt. De werkgever wijst een praktijkopleider aan.',
        ),
        '',
        `Ondertekend op ${fmtDate(c.date)}`,
      ],
    ];
  },
};

const payrollContract: Template = {
  id: 'employment_contract.payroll',
  type: 'employment_contract',
  lang: 'nl',
  style: 'printed',
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    return [
      [
        rng.pick(['Payroll Select B.V.', 'Tentoo Payroll Services', 'ANP Payroll', 'Driessen Payroll']),
        'Payrollovereenkomst / arbeidsovereenkomst voor bepaalde tijd',
        '',
        `Werknemer: ${c.p.name}`,
        ...bsnLine(c),
        ...birthLine(c),
        `Opdrachtgever: ${rng.pick(EMPLOYERS)}`,
        `Functie: ${rng.pick(JOB_TITLES)}`,
        `Periode: ${fmtDate(addDays(c.date, rng.int(-10, 10)))} t/m ${fmtDate(addDays(c.date, rng.int(120, 370)))}`,
        `Arbeidsduur: ${rng.int(8, 38)} uur per week   Uurloon: ${money(rng.amount(14.06, 22), { euro: true })}`,
        '',
        ...paras(
          86,
          'Werknemer is in dienst van de payrollwerkgever en wordt ter beschikking gesteld aan de opdrachtgever. De arbeidsvoorwaarden zijn gelijkwaardig aan die van werknemers in dienst van de opdrachtgever.',
        ),
        '',
        'Handtekening werkgever ________   Handtekening werknemer ________',
      ],
    ];
  },
};

export const jobApplicationTemplates: Template[] = [
  sentEmail,
  rejection,
  rejectionAts,
  invitation,
  activityList,
  indeed,
  uitzendInschrijving,
  englishRejection,
  motivatiebrief,
];
export const contractTemplates: Template[] = [
  contractTemplate('bepaalde-tijd', 'bepaald', 'ARBEIDSOVEREENKOMST VOOR BEPAALDE TIJD', 1.5),
  contractTemplate('onbepaalde-tijd', 'onbepaald', 'Arbeidsovereenkomst voor onbepaalde tijd'),
  contractTemplate('oproepovereenkomst', 'oproep', 'Oproepovereenkomst (nulurencontract)'),
  contractTemplate('min-max', 'minmax', 'Arbeidscontract min-max'),
  uitzendovereenkomst,
  englishContract,
  verlenging,
  bbl,
  payrollContract,
];
