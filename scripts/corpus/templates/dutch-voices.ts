import type { DocumentTypeId } from '../../../shared/domain/document-types.ts';
import {
  EMPLOYERS as ALL_EMPLOYERS,
  JOB_TITLES as ALL_JOB_TITLES,
  STAFFING as ALL_STAFFING,
  COUNTRIES_HOLIDAY,
  SURNAMES,
} from '../pools.ts';
import type { Ctx, DateStyle, IdLabels, Page, PageStyle, Template } from '../template.ts';
import {
  addDays,
  ahead,
  fmtBsn,
  fmtDate,
  fmtIso,
  ibanText,
  idLine,
  ids,
  kenmerk,
  money,
  one,
  paginate,
  paras,
  past,
  sloppy,
} from '../template.ts';

/**
 * Dutch voices for the types that are most often taken for another: complaints, holiday notices,
 * proof of job applications, objections against a rejected application, change notices, and
 * "other" post that is none of the types; plus medical statements, tax letters and rental papers
 * that were taken for "other". Each template is its own writer: a client who barely writes (no
 * punctuation, spelling by ear), a neighbour, a buurtteam worker, a bewindvoerder, a lawyer, a GP
 * practice, a half-filled form, WhatsApp and e-mail printouts. Wording is written per template on
 * purpose: documents of one type share meaning, not sentences.
 */

// ---------------------------------------------------------------------------------------------
// Helpers

type Supports = Template['supports'];

/** Employers whose names hold no person's name (a first name plus "Garage Meijer" could name another client). */
const EMPLOYERS = ALL_EMPLOYERS.filter((e) => !/Meijer|Smit|Kuipers|Wijk|Bart|Linda/.test(e));
const SURNAME_WORDS = new Set(SURNAMES.map((s) => s.toLowerCase().split(/\s+/).at(-1)));
/** Job titles that are not also surnames ("kok"), for the same reason. */
const JOB_TITLES = ALL_JOB_TITLES.filter((j) => !j.split(/\s+/).some((w) => SURNAME_WORDS.has(w)));
const STAFFING = ALL_STAFFING.filter((j) => !j.split(/\s+/).some((w) => SURNAME_WORDS.has(w.toLowerCase())) && !/Otto/.test(j));
const ALL: Supports = ['bsn', 'client-number', 'name-birthdate'];

function mk(
  type: DocumentTypeId,
  slug: string,
  style: PageStyle,
  weight: number,
  supports: Supports,
  render: (c: Ctx) => Page[],
): Template {
  return { id: `${type}.nl.${slug}`, type, lang: 'nl', style, weight, supports, render };
}

/** The client's identifying lines this document shows, with the writer's own labels, squeezed on one line (`ids` gives them one per line). */
const idsInline = (c: Ctx, l: IdLabels = {}, birthStyle: DateStyle = 'dmy', joiner = '   ') => idLine(c, l, joiner, { birthStyle });

const hhmm = (c: Ctx, from = 7, to = 22) => `${String(c.rng.int(from, to)).padStart(2, '0')}:${String(c.rng.int(0, 59)).padStart(2, '0')}`;
const mevr = (c: Ctx, p = c.p) => (p.gender === 'f' ? 'mevrouw' : 'meneer');
const zijHij = (p: Ctx['p']) => (p.gender === 'f' ? 'zij' : 'hij');
const haarZijn = (p: Ctx['p']) => (p.gender === 'f' ? 'haar' : 'zijn');
const consulent = (c: Ctx) => `${c.r.gender === 'f' ? 'mevrouw' : 'meneer'} ${c.r.lastName}`;
const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/\b(b\.v\.|gmbh|nederland|stichting)\b/g, '')
    .replace(/[^a-z]/g, '')
    .slice(0, 18);

/** Writing without punctuation or capitals, the way someone who hardly writes puts it on paper. */
function bare(text: string, c: Ctx, level = 0.6): string {
  let t = sloppy(text, c.rng, level);
  if (c.rng.chance(0.7)) t = t.replace(/[.,;:!?]+(\s|$)/g, (_, s: string) => (c.rng.chance(0.75) ? ' ' : `.${s}`));
  if (c.rng.chance(0.6)) t = t.toLowerCase();
  return t.replace(/\s{2,}/g, ' ').trim();
}

/** A WhatsApp chat printed from a phone: a header and timestamped bubbles. */
function whatsapp(c: Ctx, title: string, msgs: [string, string][], day = c.date): string[] {
  const out = [
    c.rng.pick([`WhatsApp-chat met ${title}`, `< ${title}`, `${title}  (online)`]),
    c.rng.pick(['', `${fmtDate(day, 'weekday').replace(/^\w/, (s) => s.toUpperCase())}`, 'VANDAAG']),
    '',
  ];
  let h = c.rng.int(8, 19);
  let m = c.rng.int(0, 40);
  for (const [who, text] of msgs) {
    m += c.rng.int(1, 14);
    if (m > 59) {
      h += 1;
      m -= 60;
    }
    const time = `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
    out.push(...paras(52, `[${fmtDate(day)} ${time}] ${who}: ${text}`), '');
  }
  out.push(c.rng.pick(['Typ een bericht', '', 'Bericht']));
  return out;
}

/** An e-mail header block as a mail program prints it. */
function mailHead(c: Ctx, from: string, to: string, subject: string, when = c.date, cc?: string): string[] {
  return [
    `Van: ${from}`,
    `Verzonden: ${fmtDate(when, 'weekday')} ${hhmm(c)}`,
    `Aan: ${to}`,
    ...(cc ? [`CC: ${cc}`] : []),
    `Onderwerp: ${subject}`,
    '',
  ];
}

const muniMail = (c: Ctx, box: string) => `${box}@${slug(c.org.city) || 'gemeente'}.nl`;
const buurtteam = (c: Ctx) =>
  c.rng.pick(['Buurtteam Oost', 'Wijkteam Centrum-Noord', 'Sociaal Team De Horst', 'Buurtteam Zuidwest', 'Wijkteam Kanaleneiland']);
const bewindKantoor = (c: Ctx) =>
  c.rng.pick([
    'Bewindvoering Noordster',
    'Budgetbeheer & Bewind Rijnland',
    'Stichting Bewindvoering De Balans',
    'Kroon Beschermingsbewind',
    'Bewindvoerderskantoor Het Anker',
  ]);

// ---------------------------------------------------------------------------------------------
// Complaints (klacht): about treatment, waiting, lost papers, not about a decision's content

const complaintBare = mk('complaint', 'laaggeletterd-zonder-punten', 'handwritten', 0.45, ALL, (c) => {
  const { rng } = c;
  const weeks = rng.int(5, 14);
  const body = one(
    rng,
    `ik wil klagen over de gemeente ik bel en bel maar niemand belt mij terug al ${weeks} weken ik heb geen eten voor de kinderen de mevrouw aan de telefoon zegt steeds we sturen een bericht door maar er gebeurt niks`,
    `ik ben niet tevreden over hoe jullie met mij praten aan de balie de man zei dat ik moest ophouden met zeuren ik zeur niet ik wil alleen weten wanneer ik geld krijg ik voel mij niet respect`,
    `mijn papieren zijn weer kwijt ik heb alles gebracht in de bus bij het stadhuis en nu zegt jullie het is niet gekomen dit is de derde keer ik ben het zat ik wil dat iemand dit serieus neemt`,
    `ik heb afspraak gehad om 10 uur en ik heb 1 uur gewacht en toen zeggen ze de consulent is er niet vandaag niemand heeft mij gebeld ik heb taxi betaald van mijn eigen geld`,
  );
  return [
    [
      rng.pick([c.p.name, `van ${c.p.firstName} ${c.p.lastName}`, c.p.name.toLowerCase()]),
      ...(rng.chance(0.6) ? [`${c.p.street} ${c.p.houseNumber}`] : []),
      ...idsInline(c, { bsn: 'bsn', client: 'klantnummer', birth: 'geboren' }),
      '',
      rng.pick(['klacht', 'voor klachten', 'aan de gemeente', 'KLACHT!!', '']),
      '',
      ...paras(rng.int(38, 55), bare(body, c, 0.7)),
      '',
      rng.pick(['', `${c.p.phone}`, 'groet', 'bel mij']),
    ],
  ];
});

const complaintNeighbour = mk('complaint', 'buurvrouw-schrijft-namens', 'handwritten', 0.4, ALL, (c) => {
  const { rng } = c;
  const buur = c.q;
  const hij = zijHij(c.p);
  const body = [
    `Ik ben ${buur.name}, de ${buur.gender === 'f' ? 'buurvrouw' : 'buurman'} van ${mevr(c)} ${c.p.lastName}. ${hij.replace(/^\w/, (s) => s.toUpperCase())} heeft mij gevraagd deze brief te schrijven omdat ${hij} zelf niet goed Nederlands kan schrijven.`,
    one(
      rng,
      `${mevr(c).replace(/^\w/, (s) => s.toUpperCase())} is op ${fmtDate(past(c, 4, 20), 'long')} naar het gemeentehuis gegaan. De medewerker aan de balie was erg onvriendelijk en heeft ${haarZijn(c.p)} papieren niet willen aannemen. ${hij.replace(/^\w/, (s) => s.toUpperCase())} kwam huilend thuis. Zo ga je niet met mensen om.`,
      `Al sinds ${fmtDate(past(c, 40, 90), 'long')} probeert ${hij} contact te krijgen met ${haarZijn(c.p)} consulent. Er wordt niet teruggebeld en e-mails worden niet beantwoord. Ondertussen loopt alles vast.`,
      `${hij.replace(/^\w/, (s) => s.toUpperCase())} heeft twee keer dezelfde papieren ingeleverd en krijgt nu een brief dat ze ontbreken. Ik heb zelf gezien dat ${hij} ze in de brievenbus van de gemeente deed.`,
    ),
    `Wij willen hier een klacht over indienen. Graag een reactie naar ${haarZijn(c.p)} adres, of u kunt mij bellen op ${buur.phone}.`,
  ];
  return [
    [
      `${fmtDate(c.date, rng.pick(['long', 'dmy'] as const))}`,
      '',
      `Betreft: ${c.p.name}`,
      `${c.p.street} ${c.p.houseNumber}, ${c.p.city}`,
      ...ids(c, { client: 'klantnr' }),
      '',
      'Geachte heer/mevrouw,',
      '',
      ...paras(rng.int(55, 70), ...body.map((b) => sloppy(b, rng, 0.15))),
      '',
      'Met vriendelijke groet,',
      buur.name,
      `namens ${c.p.name}`,
      ...(rng.chance(0.5) ? ['', `handtekening ${c.p.firstName}: ____________`] : []),
    ],
  ];
});

const complaintBuurtteam = mk('complaint', 'buurtteam-te-late-betaling', 'printed', 0.45, ALL, (c) => {
  const { rng } = c;
  const team = buurtteam(c);
  const worker = c.r;
  const months = rng.int(2, 4);
  const rows: string[] = [];
  let d = past(c, 95, 130);
  for (let i = 0; i < months; i++) {
    d = addDays(d, rng.int(28, 33));
    rows.push(`   - ${fmtDate(d)}: uitbetaling ${rng.int(3, 12)} werkdagen te laat (${money(rng.amount(900, 1500), { euro: true })})`);
  }
  return paginate(
    [
      team.toUpperCase(),
      `${rng.pick(['Wijkcentrum De Schakel', 'Buurthuis Het Trefpunt', 'Wijkpost Noord'])} | ${c.org.city}`,
      '',
      `Aan: ${c.org.name}, klachtencoördinator`,
      `Datum: ${fmtDate(c.date, 'long')}`,
      `Betreft: klacht namens ${mevr(c)} ${c.p.initials} ${c.p.lastName}`,
      ...ids(c),
      '',
      'Geachte klachtencoördinator,',
      '',
      ...paras(
        86,
        `Als ${rng.pick(['maatschappelijk werker', 'buurtteammedewerker', 'sociaal werker'])} begeleid ik ${mevr(c)} ${c.p.lastName}. Met ${haarZijn(c.p)} toestemming dien ik een klacht in over de manier waarop de uitbetaling van ${haarZijn(c.p)} bijstandsuitkering de afgelopen maanden is verlopen.`,
        `Het gaat niet om de hoogte van de uitkering. Het gaat erom dat de betaling steeds later binnenkomt dan de vaste betaaldatum, zonder bericht vooraf:`,
      ),
      ...rows,
      '',
      ...paras(
        86,
        `Hierdoor zijn huur en energie ${rng.pick(['al twee keer', 'herhaaldelijk', 'meerdere keren'])} gestorneerd en heeft ${mevr(c)} aanmaningskosten moeten betalen. Mijn telefonische meldingen (${rng.int(3, 6)} keer via het algemene nummer) hebben niets opgeleverd; er is nooit teruggebeld.`,
        `Wij vragen u: uit te zoeken waarom de betalingen te laat zijn, te zorgen dat dit niet opnieuw gebeurt, en de aanmaningskosten te vergoeden. Ik ben graag aanwezig bij een klachtgesprek.`,
      ),
      '',
      'Met vriendelijke groet,',
      '',
      worker.name,
      `${team}, ${rng.pick(['maatschappelijk werk', 'sociaal werk', 'gezinscoach'])}`,
      `${worker.phone} | ${worker.firstName.toLowerCase()}.${slug(worker.lastName)}@${slug(team)}.nl`,
      '',
      `Toestemming cliënt: ja, getekend ${fmtDate(past(c, 1, 10))}`,
    ],
    rng.int(30, 60),
  );
});

const complaintMailThread = mk('complaint', 'email-doorgestuurd-thread', 'printed', 0.45, ALL, (c) => {
  const { rng } = c;
  const me = `${c.p.name} <${c.p.email}>`;
  const cons = `${c.r.initials} ${c.r.lastName}`;
  const first = past(c, 20, 45);
  const second = addDays(first, rng.int(7, 12));
  return [
    [
      ...mailHead(c, me, muniMail(c, rng.pick(['klachten', 'klachtenloket', 'info'])), 'FW: FW: mijn vraag - geen antwoord'),
      ...paras(
        84,
        one(
          rng,
          'Geachte heer/mevrouw, Hieronder ziet u dat ik twee keer heb gemaild naar mijn consulent. Ik krijg geen antwoord. Ik wil hier officieel een klacht over indienen.',
          'Beste klachtenafdeling, ik stuur u mijn mails door. Niemand reageert. Dit is toch geen manier van werken? Ik dien een klacht in.',
          'Hallo, graag wil ik een klacht indienen over het niet reageren op mijn mails (zie hieronder). Het is dringend.',
        ),
        ...ids(c, { client: 'Mijn klantnummer' }),
      ),
      '',
      `Groet, ${c.p.firstName}`,
      '',
      '-----Oorspronkelijk bericht-----',
      ...mailHead(
        c,
        me,
        `${c.r.firstName.toLowerCase()}.${slug(c.r.lastName)}@${slug(c.org.city) || 'gemeente'}.nl`,
        'RE: mijn vraag',
        second,
      ),
      ...paras(
        84,
        `Beste ${cons}, ik heb nog steeds niets gehoord. ${one(rng, 'Kunt u alstublieft laten weten of mijn stukken binnen zijn?', 'Ik moet de huur betalen en weet niet waar ik aan toe ben.', 'Wanneer wordt mijn geld overgemaakt?')}`,
      ),
      '',
      '-----Oorspronkelijk bericht-----',
      ...mailHead(c, me, `${c.r.firstName.toLowerCase()}.${slug(c.r.lastName)}@${slug(c.org.city) || 'gemeente'}.nl`, 'mijn vraag', first),
      ...paras(
        84,
        `Goedemiddag ${cons}, ${one(rng, `ik heb op ${fmtDate(addDays(first, -3))} mijn bankafschriften ingeleverd. Kunt u bevestigen dat u ze heeft?`, 'kunt u mij terugbellen over de brief die ik kreeg? Ik begrijp hem niet.', 'wanneer kan ik een afspraak maken? Het is al een maand geleden.')}`,
      ),
      '',
      'Met vriendelijke groet',
      c.p.name,
    ],
  ];
});

const complaintWhatsapp = mk('complaint', 'whatsapp-gemeente-servicenummer', 'printed', 0.35, ['client-number', 'bsn'], (c) => {
  const { rng } = c;
  const idText = ids(c, { client: 'klantnummer', bsn: 'bsn' }, ' ').join(', ');
  const chat = whatsapp(c, `${c.org.name} (WhatsApp)`, [
    [c.p.firstName, rng.pick(['Goedemiddag', 'hallo', 'Hoi']) + ' ik wil een klacht indienen'],
    [
      c.org.name,
      'Goedemiddag, u chat met de gemeente. Wilt u uw naam en klantnummer of geboortedatum sturen? Wij reageren binnen 2 werkdagen.',
    ],
    [c.p.firstName, `${c.p.name}${idText ? `, ${idText}` : ''}`],
    [
      c.p.firstName,
      one(
        rng,
        'mijn consulent heeft mij uitgescholden aan de telefoon ik wil een andere consulent',
        'al 6 weken wachten op antwoord over mijn aanvraag bijzondere bijstand, niemand weet ervan. Dit is echt slecht',
        'jullie hebben mijn brief naar het oude adres gestuurd terwijl ik de verhuizing netjes had doorgegeven. Nu heb ik de termijn gemist',
        'de deurwaarder staat bij mij omdat jullie de huur niet doorbetaald hebben terwijl dat zo was afgesproken',
      ),
    ],
    [c.org.name, 'Vervelend om te horen. Ik zet uw klacht door naar de klachtencoördinator. U krijgt een ontvangstbevestiging per post.'],
    [c.p.firstName, rng.pick(['ok', 'dank je', 'hopelijk gebeurt er nu wel wat', 'ok ik wacht'])],
  ]);
  return [[...(rng.chance(0.5) ? [`${rng.int(9, 23)}:${rng.int(10, 59)}      4G  ${rng.int(8, 97)}%`, ''] : []), ...chat]];
});

const complaintOnlineForm = mk('complaint', 'online-klachtformulier-half', 'form', 0.45, ALL, (c) => {
  const { rng } = c;
  const box = (on: boolean) => (on ? '(x)' : '( )');
  const subj = rng.int(0, 3);
  return [
    [
      `https://www.${slug(c.org.city) || 'gemeente'}.nl/formulieren/klacht-indienen       ${fmtDate(c.date)} ${hhmm(c)}`,
      '',
      `${c.org.name} - Klacht indienen`,
      'Stap 3 van 3: Controleren en verzenden',
      '',
      'Uw gegevens',
      `  Voorletters en achternaam   ${c.p.initials} ${c.p.lastName}`,
      `  Straat en huisnummer         ${c.p.street} ${c.p.houseNumber}`,
      `  Postcode en plaats           ${c.p.postcode} ${c.p.city}`,
      ...ids(
        c,
        { bsn: '  BSN                         ', client: '  Klantnummer (indien bekend) ', birth: '  Geboortedatum               ' },
        ' ',
      ),
      `  Telefoonnummer               ${rng.chance(0.6) ? c.p.phone : ''}`,
      `  E-mailadres                  ${rng.chance(0.7) ? c.p.email : ''}`,
      '',
      'Waar gaat uw klacht over?',
      `  ${box(subj === 0)} De manier waarop een medewerker mij behandelde`,
      `  ${box(subj === 1)} Te lang wachten op een antwoord`,
      `  ${box(subj === 2)} Bereikbaarheid / niet teruggebeld`,
      `  ${box(subj === 3)} Iets anders`,
      '',
      'Wanneer gebeurde het?   ' + (rng.chance(0.6) ? fmtDate(past(c, 2, 30)) : ''),
      'Welke medewerker?        ' + (rng.chance(0.5) ? consulent(c) : 'weet ik niet'),
      '',
      'Beschrijf wat er is gebeurd',
      ...paras(
        80,
        sloppy(
          one(
            rng,
            'Ik kwam voor een afspraak en werd voor iedereen in de wachtruimte aangesproken over mijn schulden. Heel vernederend.',
            'Mijn aanvraag ligt al sinds de zomer. Elke keer als ik bel zeggen ze: nog even geduld.',
            'Ik heb drie keer een terugbelverzoek gedaan. Nooit teruggebeld.',
            'Medewerker zei dat ik beter terug kon gaan naar mijn eigen land. Dat is discriminatie.',
          ),
          rng,
          0.2,
        ),
      ),
      '',
      'Wat verwacht u van de gemeente?',
      `  ${rng.pick(['excuses', 'Dat iemand mij belt', '', 'een gesprek met de leidinggevende', 'dat mijn aanvraag nu wordt behandeld'])}`,
      '',
      '[ Vorige ]     [ Verzenden ]',
      `Pagina 1 van 1 - afgedrukt ${fmtDate(c.date)}`,
    ],
  ];
});

const complaintBewind = mk('complaint', 'bewindvoerder-betaling-verkeerde-rekening', 'printed', 0.4, ALL, (c) => {
  const { rng } = c;
  const kantoor = bewindKantoor(c);
  const amounts = [rng.amount(1100, 1500), rng.amount(1100, 1500)];
  return paginate(
    [
      kantoor,
      `${rng.pick(['Postbus', 'Industrieweg', 'Stationsplein'])} ${rng.int(10, 900)}  ${rng.int(1000, 9999)} ${rng.letters(2)}  ${rng.pick(['Utrecht', 'Amersfoort', 'Ede', 'Zwolle'])}`,
      `Tel. 0${rng.int(10, 79)}-${rng.digits(7)}   Lid BPBI   KvK ${rng.digits(8)}`,
      '',
      c.org.name,
      't.a.v. klachtbehandeling Werk en Inkomen',
      c.org.postbus,
      '',
      `Datum: ${fmtDate(c.date, 'long')}`,
      `Ons kenmerk: ${c.p.lastName.slice(0, 4).toUpperCase()}-${rng.digits(5)}`,
      `Betreft: klacht inzake ${c.p.initials} ${c.p.lastName}`,
      ...ids(c),
      '',
      'Geachte heer, mevrouw,',
      '',
      ...paras(
        88,
        `Sinds ${fmtDate(past(c, 120, 300), 'long')} ben ik door de kantonrechter benoemd tot beschermingsbewindvoerder van bovengenoemde cliënt. De beschikking en het nieuwe rekeningnummer (beheerrekening) heb ik u op ${fmtDate(past(c, 60, 110), 'long')} toegestuurd en op ${fmtDate(past(c, 30, 55), 'long')} nogmaals.`,
        `Toch is de uitkering over de afgelopen twee maanden (${money(amounts[0] ?? 0, { euro: true })} en ${money(amounts[1] ?? 0, { euro: true })} netto) opnieuw op de oude rekening van cliënt gestort. Cliënt heeft dat geld uitgegeven, waardoor vaste lasten onbetaald zijn gebleven en het schuldenbewind in gevaar komt.`,
        `Ik dien hierover een klacht in. Dit betreft uitdrukkelijk geen bezwaar tegen een besluit, maar de wijze waarop uw organisatie met onze meldingen omgaat. Ik verzoek u de betaling per direct om te zetten en mij schriftelijk te laten weten hoe dit heeft kunnen gebeuren.`,
      ),
      '',
      'Hoogachtend,',
      '',
      `${c.r.name}`,
      'bewindvoerder',
      '',
      `Beheerrekening: ${ibanText(c.q.iban, rng)} t.n.v. ${kantoor} inz. ${c.p.lastName}`,
    ],
    rng.int(26, 60),
  );
});

const complaintLawyer = mk('complaint', 'advocaat-klacht-hoofdstuk9', 'printed', 0.3, ALL, (c) => {
  const { rng } = c;
  const firm = rng.pick([
    'Advocatenkantoor Domplein',
    'Sociale Raadsman Advocatuur',
    'Advocatenkantoor Oude Gracht',
    'Lindeboom & Partners advocaten',
  ]);
  const city = rng.pick(['Utrecht', 'Arnhem', 'Den Bosch', 'Leiden']);
  const body = paras(
    88,
    `Namens ${mevr(c)} ${c.p.initials} ${c.p.lastName} dien ik een klacht in als bedoeld in hoofdstuk 9 van de Algemene wet bestuursrecht. Voor de goede orde: het gaat niet om een besluit, zodat de bezwaarprocedure niet openstaat.`,
    `De klacht betreft een gedraging van ${rng.pick(['een handhavingsmedewerker', 'de consulent', 'twee medewerkers van de afdeling'])} tijdens ${rng.pick(['een huisbezoek', 'een gesprek op het gemeentehuis', 'een telefoongesprek'])} op ${fmtDate(past(c, 10, 40), 'long')}. ${one(rng, 'Daarbij is zonder toestemming de slaapkamer betreden en zijn foto’s gemaakt van de kledingkast.', 'Daarbij is cliënt herhaaldelijk onderbroken en gezegd dat ‘mensen zoals u’ altijd iets verzwijgen.', 'Daarbij is informatie over de medische situatie van cliënt gedeeld in aanwezigheid van de buurvrouw.')}`,
    'Cliënt heeft dit als intimiderend en vernederend ervaren. Wij verzoeken u de klacht te behandelen, cliënt en ondergetekende te horen en schriftelijk te reageren binnen de wettelijke termijn van zes weken.',
  );
  return paginate(
    body,
    rng.int(14, 30),
    (p) =>
      p === 1
        ? [
            firm.toUpperCase(),
            rng.pick(['advocaten en mediators', 'sociaal recht - bestuursrecht - arbeidsrecht', 'advocatuur']),
            `${rng.pick(['Herenstraat', 'Nieuwegracht', 'Jansbuitensingel', 'Rapenburg'])} ${rng.int(2, 120)}`,
            `${rng.int(1000, 9999)} ${rng.letters(2)} ${city}`,
            `T 0${rng.int(10, 79)} ${rng.digits(3)} ${rng.digits(4)}`,
            `E secretariaat@${slug(firm)}.nl`,
            '',
            '',
            'Aan het college van burgemeester en wethouders',
            `van ${c.org.name}`,
            c.org.postbus,
            '',
            '',
            `${city}, ${fmtDate(c.date, 'long')}`,
            `Kenmerk: ${rng.int(2025, 2026)}${rng.digits(4)} / ${c.p.lastName}`,
            'Inzake: klacht (art. 9:1 Awb)',
            ...ids(c),
            '',
            'Geacht college,',
            '',
          ]
        : [`${firm} - vervolg`, ''],
    (p, n) => [
      ...(p === n ? ['', 'Met vriendelijke groet,', '', `mr. ${c.r.initials} ${c.r.lastName}`] : []),
      '',
      `Derdengeldenrekening NL${rng.digits(2)} ABNA ${rng.digits(10)} | KvK ${rng.digits(8)} | pag. ${p}/${n}`,
    ],
  );
});

const complaintLoonstroken = mk('complaint', 'weer-loonstroken-kwijt-briefje', 'handwritten', 0.4, ALL, (c) => {
  const { rng } = c;
  const n = rng.pick(['3de', 'derde', '4e', 'vierde']);
  return [
    [
      `${fmtDate(c.date, rng.pick(['dmy', 'dot', 'short'] as const))}`,
      '',
      ...paras(
        rng.int(40, 56),
        sloppy(
          one(
            rng,
            `Dit is de ${n} keer dat ik mijn loonstroken stuur!! Van ${rng.pick(['januari', 'februari', 'maart', 'oktober', 'november'])} en de maand erna. Ik heb ze ook gemaild. Elke keer krijg ik weer een brief "wij missen uw loonstrook". Ik ben het echt zat. Dit is een klacht. Ik wil dat iemand kijkt wat er mis gaat bij jullie.`,
            `Weer een brief dat mijn loonstrook ontbreekt. Hij zit gewoon in jullie systeem, ik heb hem ${n} keer ingeleverd. Nu houden jullie mijn geld in. Dat is niet eerlijk, ik doe alles goed. Klacht!`,
          ),
          rng,
          0.35,
        ),
      ),
      '',
      c.p.name,
      ...idsInline(c, { client: 'klantnr', birth: 'geb' }),
      ...(rng.chance(0.4) ? ['', '(kopie loonstrook zit er wéér bij)'] : []),
    ],
  ];
});

// ---------------------------------------------------------------------------------------------
// Holiday notices (vakantiemelding / verblijf buitenland)

const holidayBare = mk('holiday_notice', 'laaggeletterd-briefje', 'handwritten', 0.45, ALL, (c) => {
  const { rng } = c;
  const from = ahead(c, 4, 30);
  const back = addDays(from, rng.int(8, 27));
  const land = rng.pick(COUNTRIES_HOLIDAY);
  const body = one(
    rng,
    `ik ga naar ${land} ${rng.int(2, 4)} weke mijn moeder is ziek. ik ga ${fmtDate(from, 'short')} weg en kom terug ${fmtDate(back, 'short')}`,
    `hallo ik wil zeggen ik ben weg van ${fmtDate(from)} tot ${fmtDate(back)} naar ${land} voor familie. ticket zit erbij`,
    `ik ben met vakansie naar ${land} vertrek ${fmtDate(from)} terug ${fmtDate(back)} mijn telefoon doet het daar ook`,
    `met de kinderen naar opa in ${land} in de vakantie van school, van ${fmtDate(from)} tot ${fmtDate(back)}`,
  );
  return [
    [
      c.show.birthDate ? c.p.name : rng.pick([c.p.name, c.p.name.toLowerCase(), `${c.p.firstName} ${c.p.lastName[0]}.`]),
      ...idsInline(c, { client: 'klant nummer', bsn: 'bsn', birth: 'geb.' }),
      '',
      ...paras(rng.int(34, 50), bare(body, c, 0.6)),
      '',
      rng.pick(['', 'dank u', 'groet']),
    ],
  ];
});

const holidayWhatsapp = mk('holiday_notice', 'whatsapp-met-consulent', 'printed', 0.4, ['client-number'], (c) => {
  const { rng } = c;
  const from = ahead(c, 6, 35);
  const back = addDays(from, rng.int(7, 25));
  const land = rng.pick(COUNTRIES_HOLIDAY);
  const cons = `${c.r.firstName} (consulent ${c.org.city})`;
  const idText = c.show.clientNumber && c.p.clientNumber ? ` (klantnr ${c.p.clientNumber})` : '';
  return [
    [
      ...whatsapp(c, cons, [
        [
          c.p.firstName,
          `${rng.pick(['Goedemorgen', 'Hoi', 'Hallo'])} ${c.r.firstName}, ${c.p.name} hier${idText}. Ik wil even melden dat ik van ${fmtDate(from)} tot ${fmtDate(back)} naar ${land} ga. ${one(rng, 'Is dat goed?', 'Moet ik nog iets invullen?', 'Mijn vader is geopereerd.')}`,
        ],
        [cons, 'Hoi! Dank voor het melden. Hoeveel dagen ben je dit jaar al weg geweest?'],
        [c.p.firstName, rng.pick(['Nog niet', 'alleen 1 week in de zomer', 'niks dit jaar'])],
        [
          cons,
          `Dan is het akkoord, je valt binnen de 4 weken. Wil je een kopie van je ticket mailen of in de bus doen? Dan leg ik het vast. Je uitkering loopt gewoon door.`,
        ],
        [c.p.firstName, rng.pick(['Top dank u wel', 'Ok doe ik vandaag nog', 'dankjewel!'])],
      ]),
      '',
      rng.pick(['(afdruk van mijn telefoon, voor het dossier)', `geprint ${fmtDate(c.date)}`, '']),
    ],
  ];
});

const holidayHalfForm = mk('holiday_notice', 'formulier-half-ingevuld', 'form', 0.45, ALL, (c) => {
  const { rng } = c;
  const from = ahead(c, 5, 40);
  const back = addDays(from, rng.int(6, 28));
  const box = (on: boolean) => (on ? '[X]' : '[ ]');
  const why = rng.int(0, 3);
  const blank = () => (rng.chance(0.4) ? '..................' : '');
  return [
    [
      c.org.name,
      rng.pick([
        'Melding tijdelijk verblijf buiten Nederland',
        'Formulier: afwezigheid / verblijf in het buitenland',
        'Opgave buitenlandverblijf Participatiewet',
      ]),
      '',
      '1  Persoonsgegevens',
      `   Naam                    ${c.p.name}`,
      ...ids(c, { bsn: '   BSN                    ', client: '   Klantnummer            ', birth: '   Geboortedatum          ' }, ' '),
      `   Adres                   ${rng.chance(0.5) ? `${c.p.street} ${c.p.houseNumber}` : blank()}`,
      '',
      '2  Reis',
      `   Land(en)                ${rng.pick(COUNTRIES_HOLIDAY)}`,
      `   Vertrek                 ${fmtDate(from)}`,
      `   Terug                   ${rng.chance(0.75) ? fmtDate(back) : 'weet ik nog niet'}`,
      `   Adres tijdens verblijf  ${rng.chance(0.3) ? rng.pick(['bij mijn zus', 'hotel', 'huis van familie']) : blank()}`,
      '',
      '3  Reden',
      `   ${box(why === 0)} vakantie   ${box(why === 1)} familiebezoek   ${box(why === 2)} ziekte/overlijden familielid   ${box(why === 3)} anders`,
      '',
      '4  Reizen er gezinsleden mee?   [ ] ja   [ ] nee',
      '   Zo ja, wie: ',
      '',
      '5  Aantal dagen buitenland dit kalenderjaar (inclusief deze reis):  ' + (rng.chance(0.5) ? String(rng.int(8, 28)) : ''),
      '',
      'Ik verklaar dit formulier naar waarheid te hebben ingevuld.',
      `Datum: ${rng.chance(0.7) ? fmtDate(c.date) : ''}            Handtekening: ${rng.chance(0.6) ? c.p.initials + ' ' + c.p.lastName : ''}`,
      '',
      'Let op: bent u langer dan 4 weken per jaar in het buitenland, dan stopt uw uitkering voor de extra dagen.',
    ],
  ];
});

const holidayBuurtteam = mk('holiday_notice', 'buurtteam-overlijden-spoedvertrek', 'printed', 0.35, ALL, (c) => {
  const { rng } = c;
  const team = buurtteam(c);
  const land = rng.pick(['Suriname', 'Marokko', 'Turkije', 'Ghana', 'Eritrea', 'Somalië', 'Syrië', 'Irak']);
  const from = past(c, 0, 4);
  return [
    [
      `${team} - ${c.org.city}`,
      '',
      `Aan: ${c.org.name}, Werk en Inkomen, t.a.v. ${consulent(c)}`,
      `Datum: ${fmtDate(c.date)}`,
      '',
      `Onderwerp: melding vertrek naar ${land} - ${c.p.name}`,
      ...ids(c),
      '',
      ...paras(
        84,
        `Beste ${consulent(c)},`,
        `Namens ${mevr(c)} ${c.p.lastName} laat ik u weten dat ${haarZijn(c.p)} ${rng.pick(['vader', 'moeder', 'broer', 'oma'])} onverwacht is overleden. ${zijHij(c.p).replace(/^\w/, (s) => s.toUpperCase())} is op ${fmtDate(from, 'long')} met spoed naar ${land} vertrokken voor de begrafenis. Daardoor kon ${zijHij(c.p)} de vakantie niet twee weken vooraf melden; dat doe ik nu voor ${haarZijn(c.p)}.`,
        `De verwachte terugkeer is ${one(rng, `rond ${fmtDate(addDays(from, rng.int(10, 21)), 'long')}`, 'nog niet bekend, maar binnen vier weken', `${fmtDate(addDays(from, rng.int(14, 26)))}`)}. ${zijHij(c.p).replace(/^\w/, (s) => s.toUpperCase())} is bereikbaar via WhatsApp op ${c.p.phone}. Een kopie van het ticket stuur ik na zodra ik het heb.`,
        'Wilt u ervoor zorgen dat de uitkering doorloopt, zodat de huur betaald kan worden? Ik hoor graag of u nog iets nodig heeft.',
      ),
      '',
      'Met vriendelijke groet,',
      c.r.name,
      `${team} | ${rng.pick(['ambulant hulpverlener', 'sociaal werker', 'wijkcoach'])}`,
    ],
  ];
});

const holidayMailTicket = mk('holiday_notice', 'email-met-eticket-geplakt', 'printed', 0.4, ['client-number', 'bsn'], (c) => {
  const { rng } = c;
  const from = ahead(c, 7, 45);
  const back = addDays(from, rng.int(9, 26));
  const route = rng.pick([
    ['AMS', 'RAK', 'Marrakech', 'Marokko'],
    ['AMS', 'IST', 'Istanbul', 'Turkije'],
    ['EIN', 'WRO', 'Wrocław', 'Polen'],
    ['AMS', 'PBM', 'Paramaribo', 'Suriname'],
    ['RTM', 'AYT', 'Antalya', 'Turkije'],
    ['AMS', 'ACC', 'Accra', 'Ghana'],
    ['EIN', 'NDR', 'Nador', 'Marokko'],
  ] as const);
  const [airline, carrier] = rng.pick([
    ['Transavia', 'HV'],
    ['Turkish Airlines', 'TK'],
    ['KLM', 'KL'],
    ['Wizz Air', 'W6'],
    ['Pegasus', 'PC'],
    ['Corendon', 'XC'],
  ] as const);
  const pnr = rng.letters(6);
  return [
    [
      ...mailHead(
        c,
        `${c.p.name} <${c.p.email}>`,
        muniMail(c, rng.pick(['werkeninkomen', 'wi', 'post.wi'])),
        rng.pick(['vakantie', 'Melding verblijf buitenland', 'Mijn reis', 'Vliegticket']),
        c.date,
      ),
      ...paras(
        84,
        one(
          rng,
          `Geachte heer/mevrouw, zoals gevraagd stuur ik u mijn vliegtickets. Ik ga naar ${route[3]} van ${fmtDate(from)} tot ${fmtDate(back)}.`,
          `Hallo, hierbij meld ik mijn vakantie. Ik reis naar ${route[2]}. Hieronder de gegevens van de boeking.`,
          `Goedendag, dit is mijn vakantiemelding voor deze zomer. De boeking staat hieronder.`,
        ),
      ),
      ...ids(c, { client: 'Klantnummer' }),
      '',
      `${c.p.firstName}`,
      '',
      '---------- Doorgestuurd bericht ----------',
      `Van: ${airline} <noreply@${slug(airline)}.com>`,
      `Onderwerp: Uw boekingsbevestiging ${pnr}`,
      '',
      `Reserveringscode: ${pnr}`,
      `Passagier(s): ${c.p.lastName.toUpperCase()}/${c.p.firstName.toUpperCase()} ${c.p.gender === 'f' ? 'MRS' : 'MR'}${rng.chance(0.4) ? `, ${c.q.lastName.toUpperCase()}/${c.q.firstName.toUpperCase()}` : ''}`,
      '',
      `Heenvlucht  ${fmtDate(from, 'dmy')}  ${carrier}${rng.int(100, 9999)}  ${route[0]} ${hhmm(c, 6, 12)} - ${route[1]} ${hhmm(c, 12, 20)}`,
      `Terugvlucht ${fmtDate(back, 'dmy')}  ${carrier}${rng.int(100, 9999)}  ${route[1]} ${hhmm(c, 6, 12)} - ${route[0]} ${hhmm(c, 12, 22)}`,
      '',
      `Bagage: 1x handbagage 10 kg${rng.chance(0.5) ? ', 1x ruimbagage 20 kg' : ''}`,
      `Totaal betaald: ${money(rng.amount(180, 900), { euro: true })}`,
    ],
  ];
});

const holidayBewind = mk('holiday_notice', 'bewindvoerder-meldt-afwezigheid', 'printed', 0.3, ALL, (c) => {
  const { rng } = c;
  const kantoor = bewindKantoor(c);
  const from = ahead(c, 10, 40);
  const back = addDays(from, rng.int(10, 27));
  return [
    [
      kantoor,
      `beschermingsbewind - budgetbeheer - ${rng.pick(['inkomensbeheer', 'schuldbewind'])}`,
      '',
      `${c.org.name}`,
      'Afdeling Werk en Inkomen',
      '',
      `${rng.pick(['Utrecht', 'Amersfoort', 'Ede'])}, ${fmtDate(c.date, 'long')}`,
      `Betreft: verblijf buitenland cliënt ${c.p.initials} ${c.p.lastName}`,
      ...ids(c),
      '',
      'Geachte heer/mevrouw,',
      '',
      ...paras(
        86,
        `Als bewindvoerder van bovengenoemde cliënt meld ik u dat cliënt van ${fmtDate(from, 'long')} tot en met ${fmtDate(back, 'long')} in ${rng.pick(COUNTRIES_HOLIDAY)} verblijft. Het ticket is door ons uit het leefgeld gespaard; een kopie is bijgevoegd.`,
        `Cliënt heeft dit kalenderjaar ${one(rng, 'nog geen', 'ongeveer een week', 'nog geen vakantiedagen')} opgenomen. Wij gaan ervan uit dat de uitkering gedurende de reis ongewijzigd op de beheerrekening wordt gestort. Post voor cliënt kunt u in deze periode aan ons kantoor richten.`,
      ),
      '',
      'Met vriendelijke groet,',
      `${c.r.initials} ${c.r.lastName}`,
      `${kantoor}`,
      '',
      'Bijlage: kopie vliegticket',
    ],
  ];
});

const holidayFamily = mk('holiday_notice', 'gezin-zomervakantie-getypt', 'printed', 0.35, ALL, (c) => {
  const { rng } = c;
  const from = ahead(c, 10, 50);
  const weeks = rng.int(2, 4);
  const back = addDays(from, weeks * 7 - rng.int(0, 3));
  const land = rng.pick(COUNTRIES_HOLIDAY);
  const kids = rng.int(1, 4);
  return [
    [
      `${c.p.name}`,
      `${c.p.street} ${c.p.houseNumber}`,
      `${c.p.postcode} ${c.p.city}`,
      ...ids(c),
      '',
      `${c.p.city}, ${fmtDate(c.date, 'long')}`,
      '',
      `Aan ${c.org.name}`,
      '',
      `Onderwerp: ${rng.pick(['zomervakantie', 'wij gaan naar het buitenland', 'doorgeven vakantie', 'afwezig in de schoolvakantie'])}`,
      '',
      ...paras(
        82,
        sloppy(
          `In de schoolvakantie gaan wij met ${kids === 1 ? 'ons kind' : `onze ${kids} kinderen`} naar ${rng.pick(['oma en opa', 'mijn schoonfamilie', 'familie'])} in ${land}. We vertrekken op ${fmtDate(from, 'long')} en zijn ${weeks} weken weg, terug op ${fmtDate(back, 'long')}. ${one(rng, 'We gaan met de auto.', 'We gaan met de bus, de tickets heb ik bijgedaan.', 'Mijn broer betaalt de reis.')}`,
          rng,
          0.2,
        ),
        'Ik hoop dat het zo goed is doorgegeven. Als u nog iets nodig heeft kunt u mij bellen of mailen.',
      ),
      '',
      'Met vriendelijke groet,',
      c.p.name,
      c.p.phone,
    ],
  ];
});

const holidayReturn = mk('holiday_notice', 'terug-van-reis-met-instapkaart', 'handwritten', 0.3, ALL, (c) => {
  const { rng } = c;
  const back = past(c, 1, 6);
  const from = addDays(back, -rng.int(8, 26));
  return [
    [
      ...paras(
        rng.int(40, 56),
        sloppy(
          one(
            rng,
            `Beste meneer/mevrouw, ik ben weer terug in Nederland sinds ${fmtDate(back, 'long')}. Ik was in ${rng.pick(COUNTRIES_HOLIDAY)} vanaf ${fmtDate(from)}, dat had ik gemeld. Hierbij mijn instapkaart als bewijs dat ik terug ben.`,
            `Hallo ik ben terug van vakantie. Vertrokken ${fmtDate(from)} terug ${fmtDate(back)}. Bijgaand de boardingpass van de terugreis. Mijn stempels in paspoort kunt u bij afspraak zien.`,
          ),
          rng,
          0.3,
        ),
      ),
      '',
      c.p.name,
      ...idsInline(c, { client: 'klantnr.', birth: 'geb.' }),
      '',
      '- - - - - - - - - - - - - - - - - - - - - - - - -',
      'BOARDING PASS / INSTAPKAART',
      `${c.p.lastName.toUpperCase()}/${c.p.firstName.toUpperCase()}`,
      `FLIGHT ${rng.pick(['HV', 'TK', 'PC', 'W6'])}${rng.int(100, 6999)}   DATE ${fmtDate(back, 'dmy')}   SEAT ${rng.int(3, 33)}${rng.pick(['A', 'C', 'D', 'F'])}`,
      `TO ${rng.pick(['AMSTERDAM AMS', 'EINDHOVEN EIN', 'ROTTERDAM RTM'])}   GATE ${rng.pick(['B', 'C', 'D'])}${rng.int(1, 40)}   BOARDING ${hhmm(c, 6, 21)}`,
    ],
  ];
});

// ---------------------------------------------------------------------------------------------
// Proof of job applications (sollicitatiebewijs)

const jobAtsReject = mk('job_application_proof', 'ats-afwijzing-kandidatenportaal', 'printed', 0.45, ['name-birthdate'], (c) => {
  const { rng } = c;
  const emp = rng.pick(EMPLOYERS);
  const role = rng.pick(JOB_TITLES);
  const vac = `${rng.pick(['REQ', 'VAC', 'JR', ''])}${rng.digits(6)}`;
  return [
    [
      `Van: ${emp.replace(/ B\.V\.| GmbH/, '')} Recruitment <no-reply@${slug(emp)}.${rng.pick(['workday', 'recruitee', 'homerun', 'teamtailor'])}.com>`,
      `Aan: ${c.p.email}`,
      `Datum: ${fmtDate(c.date, 'weekday')}`,
      `Onderwerp: Update over je sollicitatie - ${role} (${vac})`,
      '',
      `Hoi ${c.p.firstName},`,
      '',
      ...paras(
        82,
        `Bedankt dat je hebt gesolliciteerd op de functie ${role} in ${rng.pick(['Tilburg', 'Utrecht', c.org.city, 'Nieuwegein', 'Waalwijk'])}. We hebben je cv met aandacht bekeken.`,
        one(
          rng,
          'We hebben besloten om verder te gaan met kandidaten van wie het profiel beter aansluit bij wat we nu zoeken. Dat is vast niet het bericht waar je op hoopte.',
          'Er waren veel reacties op deze vacature. Helaas ga je niet door naar de volgende ronde.',
          'Na zorgvuldige afweging hebben we gekozen voor een andere kandidaat.',
        ),
        'Je gegevens bewaren we vier weken, daarna worden ze verwijderd. Wil je dat we ze een jaar bewaren voor nieuwe vacatures? Dat kun je aangeven in je kandidatenprofiel.',
      ),
      '',
      'Veel succes met je zoektocht!',
      `Team Talent Acquisition ${emp.replace(/ B\.V\.| GmbH/, '')}`,
      '',
      'Dit is een automatisch gegenereerd bericht. Je kunt niet op deze e-mail reageren.',
      ...(c.show.birthDate ? ['', `Kandidaat: ${c.p.name}, geboortedatum ${fmtIso(c.p.birthDate)}`] : []),
    ],
  ];
});

const jobHandList = mk('job_application_proof', 'lijst-handgeschreven-sollicitaties', 'form', 0.45, ALL, (c) => {
  const { rng } = c;
  const n = rng.int(3, 8);
  const rows: string[] = [];
  let d = past(c, 28, 35);
  for (let i = 0; i < n; i++) {
    d = addDays(d, rng.int(1, 6));
    const emp = rng.pick([...EMPLOYERS, ...STAFFING, 'Broodjeszaak om de hoek', 'Kringloop', 'Snackbar Plaza', 'Pakketdienst DPD']);
    rows.push(
      `${fmtDate(d, 'short')}  ${emp
        .replace(/ B\.V\.| GmbH/, '')
        .padEnd(28)
        .slice(
          0,
          28,
        )} ${rng.pick(JOB_TITLES).padEnd(22).slice(0, 22)} ${rng.pick(['mail', 'langs gegaan', 'gebeld', 'website', 'via app', 'brief'])}  ${rng.pick(['nee', 'niks gehoord', 'afgewezen', 'gesprek!', 'wacht', '?', 'vol'])}`,
    );
  }
  return [
    [
      rng.pick(['Mijn sollicitaties', 'SOLLICITATIES deze maand', 'lijst sollicitatie', 'Overzicht solliciteren']),
      `naam: ${c.p.name}`,
      ...idsInline(c, { client: 'klantnr', bsn: 'BSN', birth: 'geb' }),
      '',
      'datum  bedrijf                      werk                   hoe          antwoord',
      ...rows.map((r) => sloppy(r, rng, 0.2)),
      '',
      rng.pick([
        '',
        'bewijzen van de mails zitten erachter',
        'bij Action zeiden ze kom over 2 weken terug',
        'ik heb ook cv gegeven bij de markt',
      ]),
    ],
  ];
});

const jobMailProefdag = mk('job_application_proof', 'email-werkgever-proefdag', 'printed', 0.4, ['client-number'], (c) => {
  const { rng } = c;
  const emp = rng.pick([
    'Bakkerij Het Korenaar',
    'Restaurant De Vier Jaargetijden',
    'Schildersbedrijf Kleurrijk',
    'Tuincentrum Overvecht',
    'Hotel Rijnzicht',
    'Autobedrijf Zuidpoort',
  ]);
  const boss = c.r;
  const role = rng.pick(JOB_TITLES);
  const when = ahead(c, 2, 9);
  return [
    [
      ...mailHead(c, `${boss.name} <${boss.firstName.toLowerCase()}@${slug(emp)}.nl>`, c.p.email, `RE: Sollicitatie ${role}`, c.date),
      ...paras(
        82,
        `Hallo ${c.p.firstName},`,
        `Leuk dat je hebt gereageerd. ${one(rng, 'We zoeken inderdaad nog iemand voor een paar dagen per week.', 'Je cv ziet er goed uit.', 'Wat ons betreft kun je een keer komen kijken.')} Kun je op ${fmtDate(when, 'weekday')} om ${rng.int(8, 15)}:00 langskomen voor een proefdag? Neem werkschoenen mee als je die hebt.`,
        'Laat even weten of dat lukt.',
        `Groet,\n${boss.firstName}\n${emp}`,
      ),
      '',
      `> Op ${fmtDate(past(c, 1, 6), 'weekday')} schreef ${c.p.name} <${c.p.email}>:`,
      ...paras(
        80,
        sloppy(
          `Beste meneer/mevrouw, ik zag uw vacature voor ${role} op ${rng.pick(['Indeed', 'Facebook', 'het raam van de winkel', 'Werk.nl'])}. Ik heb ervaring en ik ben snel beschikbaar. In de bijlage mijn cv. Met vriendelijke groet, ${c.p.name}`,
          rng,
          0.2,
        ),
      ).map((l) => `> ${l}`),
      '',
      ...(c.show.clientNumber && c.p.clientNumber ? [`(voor mijn dossier, klantnummer ${c.p.clientNumber})`] : []),
    ],
  ];
});

const jobPortalOverview = mk('job_application_proof', 'vacaturesite-mijn-sollicitaties', 'printed', 0.4, [], (c) => {
  const { rng } = c;
  const site = rng.pick(['Banenplein.nl', 'Vacaturewijzer', 'WerkZoeker', 'JobsInDeBuurt.nl']);
  const n = rng.int(4, 9);
  const statuses = ['Verstuurd', 'Bekeken door werkgever', 'Niet geselecteerd', 'In behandeling', 'Verstuurd', 'Vacature gesloten'];
  const rows: string[] = [];
  for (let i = 0; i < n; i++) {
    const d = past(c, 1, 40);
    rows.push(
      `${rng.pick(JOB_TITLES).padEnd(26)}${rng
        .pick([...EMPLOYERS, ...STAFFING])
        .replace(/ B\.V\.| GmbH/, '')
        .padEnd(30)
        .slice(0, 30)}${fmtDate(d).padEnd(13)}${rng.pick(statuses)}`,
    );
  }
  return [
    [
      `${site}                                   Ingelogd als ${c.p.firstName} ${c.p.lastName[0]}.`,
      '',
      'Mijn sollicitaties',
      `${n} sollicitaties in de afgelopen 30 dagen`,
      '',
      `${'Functie'.padEnd(26)}${'Werkgever'.padEnd(30)}${'Datum'.padEnd(13)}Status`,
      ...rows,
      '',
      'Tip: werkgevers reageren gemiddeld binnen 9 dagen.',
      `https://www.${slug(site)}.nl/account/sollicitaties                     ${fmtDate(c.date)} 1/1`,
    ],
  ];
});

const jobCoach = mk('job_application_proof', 'jobcoach-verklaring-activiteiten', 'printed', 0.35, ALL, (c) => {
  const { rng } = c;
  const bureau = rng.pick(['Re-integratiebureau Stap Verder', 'Werkfit Coaching', 'Jobcoach Plus', 'Het Werkatelier']);
  const n = rng.int(4, 12);
  return [
    [
      bureau,
      rng.pick(['re-integratie en jobcoaching', 'begeleiding naar werk', 'training & coaching']),
      '',
      'VERKLARING SOLLICITATIE-ACTIVITEITEN',
      '',
      `Naam deelnemer: ${c.p.name}`,
      ...ids(c),
      `Periode: ${fmtDate(past(c, 30, 35))} t/m ${fmtDate(c.date)}`,
      '',
      ...paras(
        84,
        `Hierbij verklaar ik dat bovengenoemde deelnemer in deze periode onder mijn begeleiding ${n} keer heeft gesolliciteerd, waarvan ${rng.int(1, Math.max(1, Math.floor(n / 2)))} keer met een open sollicitatie bij een werkgever in de buurt. ${one(rng, 'Daarnaast is een cv opgesteld en geoefend met sollicitatiegesprekken.', 'De deelnemer was bij alle trainingen aanwezig.', 'Eén werkgever heeft een kennismakingsgesprek aangeboden.')}`,
        `De bewijzen (e-mails en reacties van werkgevers) liggen ter inzage bij ons kantoor. ${one(rng, 'De deelnemer is gemotiveerd en komt afspraken na.', 'Wel adviseren wij extra aandacht voor de Nederlandse taal.', '')}`,
      ),
      '',
      `${fmtDate(c.date, 'long')}`,
      '',
      `${c.r.name}, jobcoach`,
      '____________________',
    ],
  ];
});

const jobSmallReject = mk('job_application_proof', 'afwijzing-kleine-zaak-brief', 'printed', 0.35, [], (c) => {
  const { rng } = c;
  const shop = rng.pick([
    'Kapsalon Maison',
    'Slagerij Verhoef',
    'Fietsenmaker De Spaak',
    'Eethuis Anatolia',
    'Kinderdagverblijf Olleke Bolleke',
    'Drukkerij Rijnmond',
  ]);
  return [
    [
      shop,
      `${rng.pick(['Dorpsstraat', 'Kerkstraat', 'Marktplein', 'Voorstraat'])} ${rng.int(1, 80)}, ${rng.pick(['Zeist', 'Houten', c.org.city, 'IJsselstein'])}`,
      '',
      `${c.p.name}`,
      `${c.p.street} ${c.p.houseNumber}`,
      `${c.p.postcode} ${c.p.city}`,
      '',
      fmtDate(c.date, 'long'),
      '',
      `Beste ${c.p.firstName},`,
      '',
      ...paras(
        80,
        `Bedankt voor je brief en je bezoek aan de ${rng.pick(['winkel', 'zaak', 'werkplaats'])}. We vonden het leuk om even kennis te maken.`,
        one(
          rng,
          'We begrijpen dat dit teleurstellend is, maar we hebben de plek inmiddels aan iemand anders gegeven. Het lag echt niet aan jou; de ander had al een diploma.',
          'Helaas hebben we op dit moment toch niet genoeg werk voor een extra kracht. Als dat verandert, bellen we je.',
          'Jammer genoeg zoeken we iemand die ook in het weekend kan. Je gaf aan dat dat lastig is, dus we gaan het niet doen.',
        ),
        'Heel veel succes en sterkte met zoeken.',
      ),
      '',
      `Groeten,\n${c.r.firstName} ${c.r.lastName}`,
    ].flatMap((l) => l.split('\n')),
  ];
});

const jobClientNote = mk('job_application_proof', 'client-stuurt-sollicitaties-gefrustreerd', 'handwritten', 0.4, ALL, (c) => {
  const { rng } = c;
  const n = rng.int(3, 6);
  const emps = rng.sample([...EMPLOYERS, ...STAFFING], n).map((e) => e.replace(/ B\.V\.| GmbH| Nederland/, ''));
  return [
    [
      `Voor ${rng.pick([consulent(c), 'mijn werkconsulent', 'team werk', 'de consulent'])}`,
      '',
      ...paras(
        rng.int(44, 60),
        sloppy(
          `Hier zijn mijn sollicitaties van deze maand. ${one(rng, 'Ik doe echt mijn best maar ik krijg alleen afwijzingen, dat is heel frustrerend.', 'Niemand neemt mij aan door mijn leeftijd denk ik.', 'Bij twee heb ik niks meer gehoord.')} Ik heb gesolliciteerd bij: ${emps.join(', ')}. ${one(rng, 'Mails heb ik uitgeprint en erbij gedaan.', 'De afwijzing van de laatste zit erbij.', 'Bij de eerste mag ik misschien op gesprek.')}`,
          rng,
          0.35,
        ),
      ),
      '',
      c.p.name,
      ...idsInline(c, { client: 'klantnummer', birth: 'geb.' }),
    ],
  ];
});

const jobAgencyWhatsapp = mk('job_application_proof', 'whatsapp-intercedent-uitzendbureau', 'printed', 0.35, [], (c) => {
  const { rng } = c;
  const agency = rng.pick(STAFFING);
  const ic = `${c.r.firstName} (${agency})`;
  const role = rng.pick(JOB_TITLES);
  return [
    whatsapp(c, ic, [
      [c.p.firstName, `Hoi ${c.r.firstName}, heb je al iets gehoord over die plek als ${role}?`],
      [
        ic,
        one(
          rng,
          `Hoi ${c.p.firstName}! Helaas, de klant heeft voor iemand gekozen met heftruckcertificaat. Ik heb je cv wel doorgestuurd naar een andere opdrachtgever in ${rng.pick(['Tiel', 'Nieuwegein', 'Waalwijk', 'Venlo'])}`,
          `Hi! Ze hebben je cv bekeken maar zoeken toch iemand die ook nachtdiensten kan. Ik hou je op de hoogte van nieuwe vacatures`,
          `Nee nog niks, de klant beslist vrijdag. Duim maar!`,
        ),
      ],
      [c.p.firstName, rng.pick(['Ok jammer', 'Ok dank je, ik hoor het', 'Kan ik ook voor productie?'])],
      [ic, rng.pick(['Ik stuur je morgen een paar nieuwe vacatures', 'Tuurlijk, ik zet je erbij', 'Top, houd je telefoon bij de hand'])],
    ]),
  ];
});

// ---------------------------------------------------------------------------------------------
// Objections against a rejected application (bezwaar tegen afwijzing aanvraag)

const objBare = mk('objection', 'afwijzing-laaggeletterd', 'handwritten', 0.45, ALL, (c) => {
  const { rng } = c;
  const body = one(
    rng,
    `ik heb bijstand gevraagd en jullie zeggen nee ik ben het er niet mee eens ik heb niks geen werk geen geld ik wil dat jullie nog een keer kijken`,
    `brief gekregen mijn aanvraag is afgewezen maar ik heb alle papier gegeven ik snap niet waarom nee ik maak bezwaar`,
    `jullie zeggen ik heb te laat papieren gegeven maar de bank gaf ze pas later ik ben niet eens met de afwijzing hier zijn de papieren`,
    `ik ben het niet eens met de brief van ${fmtDate(past(c, 5, 30))} over mijn aanvraag voor de bril van mijn dochter jullie zeggen nee maar ik heb geen geld`,
  );
  return [
    [
      rng.pick([c.p.name, c.p.name.toLowerCase()]),
      ...idsInline(c, { bsn: 'bsn', client: 'nummer', birth: 'geboren' }),
      '',
      rng.pick(['bezwaar', 'aan gemeente', '', 'niet eens']),
      '',
      ...paras(rng.int(36, 52), bare(body, c, 0.7)),
      '',
      rng.pick(['', c.p.phone, 'handtekening']),
    ],
  ];
});

const objBuurtteam = mk('objection', 'buurtteam-afwijzing-bijzondere-bijstand', 'printed', 0.4, ALL, (c) => {
  const { rng } = c;
  const team = buurtteam(c);
  const what = rng.pick([
    ['een wasmachine', 'de oude wasmachine is kapot en er is een baby in huis'],
    ['een bril', 'zonder bril kan cliënt de taalles niet volgen'],
    ['de eigen bijdrage van de tandarts', 'er is sprake van ernstige pijnklachten'],
    ['verhuiskosten', 'de verhuizing was noodzakelijk na huiselijk geweld'],
    ['een bed en matras', 'het kind sliep op de bank'],
  ] as const);
  return [
    [
      team,
      '',
      `${c.org.name}`,
      't.a.v. de afdeling Bezwaar',
      c.org.postbus,
      '',
      `Datum: ${fmtDate(c.date)}`,
      `Betreft: bezwaar afwijzing aanvraag bijzondere bijstand - ${c.p.name}`,
      ...ids(c),
      '',
      ...paras(
        86,
        'Geachte heer/mevrouw,',
        `Namens ${mevr(c)} ${c.p.lastName}, en met ${haarZijn(c.p)} machtiging, maak ik bezwaar tegen uw besluit van ${fmtDate(past(c, 8, 40), 'long')}. In dat besluit heeft u de aanvraag voor bijzondere bijstand voor ${what[0]} afgewezen, omdat ${one(rng, 'de kosten tot de algemeen noodzakelijke kosten van het bestaan zouden behoren', 'cliënt hiervoor had moeten reserveren', 'de aanvraag na aanschaf zou zijn ingediend')}.`,
        `Wij vinden dat u onvoldoende rekening heeft gehouden met de situatie van cliënt: ${what[1]}. Cliënt heeft al ${rng.int(2, 6)} jaar een inkomen op bijstandsniveau en aflossingen aan schuldeisers, zodat reserveren niet mogelijk was. Er zijn dus bijzondere omstandigheden.`,
        'Wij verzoeken u het besluit te herzien en de aanvraag alsnog toe te kennen. Graag worden cliënt en ik gehoord.',
      ),
      '',
      'Met vriendelijke groet,',
      c.r.name,
      `${rng.pick(['maatschappelijk werker', 'sociaal werker', 'schuldhulpmaatje'])}, ${team}`,
      '',
      'Bijlagen: machtiging, kopie besluit, offerte',
    ],
  ];
});

const objBewind = mk('objection', 'bewindvoerder-afwijzing-kosten-bewind', 'printed', 0.35, ALL, (c) => {
  const { rng } = c;
  const kantoor = bewindKantoor(c);
  return paginate(
    [
      kantoor.toUpperCase(),
      `${rng.pick(['Kanaalweg', 'Handelsweg', 'Laan van Nieuw Oost-Indië'])} ${rng.int(1, 200)}, ${rng.int(1000, 9999)} ${rng.letters(2)} ${rng.pick(['Woerden', 'Gouda', 'Apeldoorn'])}`,
      '',
      'Aangetekend',
      c.org.name,
      'Bezwaarschriftencommissie',
      c.org.postbus,
      '',
      `Datum: ${fmtDate(c.date, 'long')}`,
      `Inzake: ${c.p.initials} ${c.p.lastName}, wonende ${c.p.street} ${c.p.houseNumber} te ${c.p.city}`,
      ...ids(c),
      `Uw besluit: ${fmtDate(past(c, 10, 40))}, kenmerk ${kenmerk(rng, 'BB-')}`,
      '',
      'Geachte commissie,',
      '',
      ...paras(
        88,
        `Hierbij teken ik als beschermingsbewindvoerder bezwaar aan tegen de afwijzing van de aanvraag bijzondere bijstand voor de kosten van bewindvoering over ${rng.int(2025, 2026)}.`,
        `U wijst de aanvraag af omdat de draagkracht van cliënt toereikend zou zijn. Daarbij heeft u echter de ${one(rng, 'maandelijkse aflossing in het kader van de schuldregeling', 'premie van de zorgverzekering die via ons wordt betaald', 'beslagvrije voet')} niet betrokken. Een juiste berekening (bijgevoegd) laat zien dat cliënt geen draagkracht heeft.`,
        `Bovendien heeft de kantonrechter het bewind op ${fmtDate(past(c, 200, 700), 'long')} noodzakelijk geacht; de kosten zijn daarmee noodzakelijk en vloeien voort uit bijzondere omstandigheden.`,
        `Ik verzoek u het bezwaar gegrond te verklaren en de aanvraag alsnog toe te kennen, met ingang van ${fmtDate(past(c, 60, 120), 'long')}.`,
      ),
      '',
      'Hoogachtend,',
      '',
      `${c.r.name}, bewindvoerder`,
      '',
      'Bijlagen: draagkrachtberekening, beschikking kantonrechter, besluit',
    ],
    rng.int(24, 50),
  );
});

const objOnlineForm = mk('objection', 'online-bezwaarformulier-afdruk', 'form', 0.4, ALL, (c) => {
  const { rng } = c;
  return [
    [
      `${c.org.name} | Digitaal loket                                        ${fmtDate(c.date)} ${hhmm(c)}`,
      '',
      'Bezwaar maken tegen een besluit',
      'Samenvatting van uw formulier',
      '',
      'Gegevens indiener',
      `Naam: ${c.p.name}`,
      ...ids(c, { bsn: 'BSN (via DigiD)', client: 'Klantnummer' }),
      `E-mail: ${c.p.email}`,
      '',
      'Besluit',
      `Waar gaat het besluit over?         ${rng.pick(['Aanvraag bijstandsuitkering', 'Aanvraag bijzondere bijstand', 'Aanvraag individuele inkomenstoeslag', 'Aanvraag kwijtschelding'])}`,
      `Wat is er besloten?                 ${rng.pick(['Afgewezen', 'Buiten behandeling gesteld', 'Afgewezen', 'Gedeeltelijk toegekend'])}`,
      `Datum van het besluit:              ${fmtDate(past(c, 5, 40))}`,
      `Kenmerk (staat op de brief):        ${rng.chance(0.6) ? kenmerk(rng) : ''}`,
      '',
      'Waarom bent u het niet eens met het besluit?',
      ...paras(
        80,
        one(
          rng,
          'Mijn aanvraag is afgewezen omdat ik een auto zou hebben. Die auto is al verkocht in de zomer, het bewijs heb ik toegevoegd.',
          'Ze zeggen dat ik samenwoon maar mijn ex komt alleen de kinderen ophalen. Hij woont in een andere stad.',
          'De aanvraag is buiten behandeling gesteld maar ik heb de stukken binnen de termijn ingeleverd bij de balie. Ik heb een ontvangstbewijs.',
          'Ik vind dat mijn spaargeld voor mijn kinderen is, dat is niet van mij.',
        ),
      ),
      '',
      `Bijlagen: ${rng.pick(['bewijs_verkoop.pdf', 'ontvangstbewijs.jpg', 'huurcontract_ex.pdf', 'geen'])}`,
      'Wilt u gehoord worden?  Ja',
      '',
      'Wij hebben uw bezwaar ontvangen. U krijgt binnen 2 weken een ontvangstbevestiging.',
      `Referentie formulier: ${rng.letters(3)}-${rng.digits(7)}`,
    ],
  ];
});

const objMailStukken = mk('objection', 'email-buiten-behandeling-stukken-alsnog', 'printed', 0.35, ['client-number', 'bsn'], (c) => {
  const { rng } = c;
  return [
    [
      ...mailHead(
        c,
        `${c.p.name} <${c.p.email}>`,
        muniMail(c, rng.pick(['bezwaar', 'juridischezaken', 'info'])),
        rng.pick(['Bezwaar buiten behandeling', 'bezwaar tegen brief aanvraag', 'Re: uw aanvraag is buiten behandeling gesteld']),
      ),
      ...paras(
        84,
        'Geachte heer/mevrouw,',
        `Ik heb een brief gekregen dat mijn aanvraag ${rng.pick(['levensonderhoud', 'bijstand', 'voor bijzondere bijstand'])} buiten behandeling is gesteld, omdat ik niet alle gevraagde stukken op tijd heb ingeleverd. ${one(rng, 'Ik lag in die periode in het ziekenhuis.', 'De bank had de afschriften nog niet gestuurd.', 'De brief met de vraag om stukken is bij mijn oude adres bezorgd.')}`,
        'Ik maak bezwaar tegen dit besluit. In de bijlage stuur ik alsnog de ontbrekende stukken: bankafschriften van de afgelopen drie maanden en mijn huurcontract. Wilt u mijn aanvraag alsnog in behandeling nemen?',
      ),
      ...ids(c),
      '',
      'Met vriendelijke groet,',
      c.p.name,
      c.p.phone,
      '',
      `Bijlagen (3): afschriften_${rng.pick(['ing', 'rabo', 'abn', 'bunq'])}.pdf, huurcontract.pdf, brief_gemeente.jpg`,
    ],
  ];
});

const objLawyerAddress = mk('objection', 'advocaat-afwijzing-geen-woonadres', 'printed', 0.3, ALL, (c) => {
  const { rng } = c;
  const firm = rng.pick(['Van Rijn Sociaal Recht', 'Advocatencollectief De Ruyter', 'Kanters Advocatuur', 'Advocatenkantoor Stadsbuiten']);
  const body = paras(
    88,
    `Namens cliënt${c.p.gender === 'f' ? 'e' : ''}, ${mevr(c)} ${c.p.initials} ${c.p.lastName}, teken ik bezwaar aan tegen uw besluit van ${fmtDate(past(c, 10, 40), 'long')}, waarbij de aanvraag om algemene bijstand van ${fmtDate(past(c, 60, 100), 'long')} is afgewezen.`,
    'Het besluit berust op de stelling dat cliënt geen woonadres in uw gemeente heeft. Dat is onjuist. Cliënt is dakloos, verblijft afwisselend in de nachtopvang en bij kennissen, en staat sinds de aanvraag ingeschreven op een briefadres. Volgens vaste rechtspraak is een dakloze die zich bij de gemeente meldt aangewezen op die gemeente (artikel 40 lid 3 Participatiewet).',
    'Door de afwijzing heeft cliënt geen enkel inkomen. Ik verzoek u het besluit te herroepen, de aanvraag alsnog toe te kennen met ingang van de meldingsdatum en ondertussen een voorschot te verlenen. Tevens verzoek ik om vergoeding van de kosten van rechtsbijstand.',
  );
  return paginate(
    body,
    rng.int(12, 24),
    (p) =>
      p === 1
        ? [
            firm,
            rng.pick(['Advocaten - Sociaal zekerheidsrecht', 'advocatuur voor iedereen', '']),
            '',
            '',
            '',
            `Per post en per e-mail`,
            'Het college van burgemeester en wethouders',
            `van ${c.org.name}`,
            c.org.postbus,
            '',
            `Datum      ${fmtDate(c.date, 'long')}`,
            `Betreft    bezwaar afwijzing aanvraag - ${c.p.lastName}`,
            `Ons kenm.  ${rng.digits(5)}`,
            ...ids(c, { bsn: 'BSN       ', client: 'Uw kenm.  ', birth: 'Geb.datum ' }, ' '),
            '',
            '',
            'Geachte heer, mevrouw,',
            '',
          ]
        : [''],
    (p, n) => [
      ...(p === n ? ['', 'Met vriendelijke groet,', `mr. ${c.r.initials} ${c.r.lastName}`] : []),
      '',
      `${firm} | ingeschreven bij de Nederlandse Orde van Advocaten | ${p}/${n}`,
    ],
  );
});

const objConfused = mk('objection', 'nieuwe-aanvraag-of-bezwaar-twijfel', 'handwritten', 0.35, ALL, (c) => {
  const { rng } = c;
  return [
    [
      `${c.p.name}`,
      `${c.p.street} ${c.p.houseNumber}`,
      `${c.p.postcode} ${c.p.city}`,
      ...ids(c, { client: 'klantnummer' }),
      '',
      `${c.p.city} ${fmtDate(c.date, 'long')}`,
      '',
      ...paras(
        rng.int(48, 64),
        sloppy(
          `Beste mensen van de gemeente, ik weet niet goed of ik een nieuwe aanvraag moet doen of bezwaar moet maken. Mijn aanvraag is afgewezen in ${fmtDate(past(c, 10, 35), 'long').replace(/^\d+ /, '')}. ${one(rng, 'Er staat dat mijn vriend bij mij woont maar dat is niet zo, hij slaapt soms hier.', 'Ze zeggen ik heb te veel geld op de bank maar dat is geld van de begrafenis van mijn moeder dat moet ik terugbetalen aan mijn broers.', 'Er staat dat ik niet op de afspraak kwam maar ik heb nooit een brief gehad.')} Ik wil dat jullie de afwijzing terug draaien. Als dit geen goed bezwaar is wilt u het dan als bezwaar zien? Dank u.`,
          rng,
          0.3,
        ),
      ),
      '',
      rng.pick(['Groeten', 'met vriendelijke groet', 'Dank u wel']),
      c.p.firstName,
    ],
  ];
});

// ---------------------------------------------------------------------------------------------
// Change notices (wijziging doorgeven): a letter or message, not a new application

const changeSamenwonen = mk('change_form', 'ik-ga-samenwonen-briefje', 'handwritten', 0.45, ALL, (c) => {
  const { rng } = c;
  const when = ahead(c, 3, 40);
  const body = one(
    rng,
    `ik ga samenwonen met mijn vriend ${c.q.firstName} vanaf ${fmtDate(when)} hij komt bij mij wonen. hij werkt bij ${rng.pick(EMPLOYERS)}`,
    `Ik wil doorgeven dat mijn vriendin ${c.q.name} per ${fmtDate(when, 'long')} bij mij intrekt. We gaan samenwonen. Wat betekend dat voor mijn uitkering?`,
    `Vanaf ${fmtDate(when)} woon ik samen. Mijn partner heet ${c.q.name}, geboren ${fmtIso(c.q.birthDate)}. Hij heeft ${rng.pick(['een WW-uitkering', 'werk', 'geen inkomen', 'studiefinanciering'])}.`,
  );
  return [
    [
      c.p.name,
      ...idsInline(c, { client: 'klantnr', bsn: 'BSN', birth: 'geb' }),
      '',
      rng.pick(['Wijziging', 'doorgeven', 'samenwonen', '']),
      '',
      ...paras(rng.int(40, 58), sloppy(body, rng, 0.4)),
      '',
      rng.pick(['Groet', 'gr', 'mvg']),
      c.p.firstName,
    ],
  ];
});

const changeWorkMail = mk('change_form', 'email-werk-gevonden', 'printed', 0.45, ['client-number', 'bsn'], (c) => {
  const { rng } = c;
  const emp = rng.pick([...EMPLOYERS, ...STAFFING]);
  const start = ahead(c, 1, 25);
  const hours = rng.pick([12, 16, 20, 24, 28, 32, 36, 38]);
  return [
    [
      ...mailHead(
        c,
        `${c.p.name} <${c.p.email}>`,
        `${c.r.firstName.toLowerCase()}.${slug(c.r.lastName)}@${slug(c.org.city) || 'gemeente'}.nl`,
        rng.pick(['Goed nieuws: werk!', 'Ik heb werk gevonden', 'Wijziging inkomen', 'nieuwe baan']),
      ),
      ...paras(
        84,
        `Beste ${consulent(c)},`,
        `${one(rng, 'Ik heb goed nieuws:', 'Ik wil u laten weten dat', 'Hierbij geef ik door dat')} ik werk heb gevonden bij ${emp} als ${rng.pick(JOB_TITLES)}. Ik begin op ${fmtDate(start, 'long')} voor ${hours} uur per week, ${rng.pick(['eerst een contract voor zes maanden', 'via het uitzendbureau', 'met een nulurencontract', 'voor een jaar'])}.`,
        `${one(rng, 'Mijn eerste loonstrook stuur ik op zodra ik hem heb.', 'Het contract heb ik nog niet, dat stuur ik na.', 'Ik weet nog niet precies wat ik ga verdienen, ongeveer ' + money(rng.amount(11, 15)) + ' euro bruto per uur.')} ${one(rng, 'Wat betekent dit voor mijn uitkering?', 'Moet ik nog een formulier invullen?', 'Kunt u mijn uitkering aanpassen?')}`,
      ),
      ...ids(c),
      '',
      'Groeten,',
      c.p.name,
    ],
  ];
});

const changeBuurtteamGezin = mk('change_form', 'buurtteam-gezinswijziging', 'printed', 0.4, ALL, (c) => {
  const { rng } = c;
  const team = buurtteam(c);
  const kind = rng.int(0, 3);
  const what = [
    `op ${fmtDate(past(c, 3, 20), 'long')} is ${haarZijn(c.p)} ${rng.pick(['dochter', 'zoon'])} geboren. Het gezin bestaat nu uit ${rng.int(3, 6)} personen.`,
    `${haarZijn(c.p)} oudste zoon is per ${fmtDate(past(c, 0, 20), 'long')} uit huis gegaan en woont nu op kamers in ${rng.pick(['Utrecht', 'Groningen', 'Nijmegen'])}. Daardoor is de kostendelersnorm niet meer van toepassing.`,
    `${haarZijn(c.p)} partner, ${c.q.name}, is per ${fmtDate(past(c, 2, 25), 'long')} gedetineerd. ${zijHij(c.p).replace(/^\w/, (s) => s.toUpperCase())} staat er nu alleen voor met de kinderen.`,
    `${haarZijn(c.p)} dochter wordt op ${fmtDate(ahead(c, 5, 40), 'long')} 18 jaar en blijft thuis wonen. Zij gaat naar het mbo en krijgt studiefinanciering.`,
  ][kind];
  return [
    [
      `${team}`,
      `${rng.pick(['Buurtcentrum De Ontmoeting', 'Wijkgebouw De Brug', 'Sociaal Loket Oost'])}`,
      '',
      `Aan: ${c.org.name}, Werk en Inkomen`,
      `Van: ${c.r.name}, ${rng.pick(['gezinscoach', 'maatschappelijk werker', 'wijkverpleegkundige', 'ouder- en kindadviseur'])}`,
      `Datum: ${fmtDate(c.date)}`,
      '',
      `Betreft: wijziging gezinssituatie ${c.p.name}`,
      ...ids(c),
      '',
      ...paras(
        84,
        `Geachte heer/mevrouw,`,
        `In overleg met ${mevr(c)} ${c.p.lastName} geef ik de volgende wijziging aan u door: ${what}`,
        `Wilt u de uitkering hierop aanpassen? ${one(rng, 'Een kopie van de geboorteakte volgt.', 'Cliënt kan het wijzigingsformulier niet zelf invullen; ik help graag als u het nog nodig heeft.', 'Bijgaand het uittreksel uit de BRP.', '')}`,
      ),
      '',
      'Met vriendelijke groet,',
      c.r.name,
    ],
  ];
});

const changeBewindMutatie = mk('change_form', 'bewindvoerder-mutatie-verhuizing', 'printed', 0.35, ALL, (c) => {
  const { rng } = c;
  const kantoor = bewindKantoor(c);
  const rent = rng.amount(480, 980);
  return [
    [
      kantoor,
      '',
      'MUTATIEFORMULIER CLIËNT',
      `Aan: ${c.org.name} - Werk en Inkomen`,
      `Datum: ${fmtDate(c.date)}`,
      '',
      `Cliënt:             ${c.p.initials} ${c.p.lastName}`,
      ...ids(c, { bsn: 'BSN:               ', client: 'Klantnummer:       ', birth: 'Geboortedatum:     ' }, ''),
      '',
      'Soort mutatie:      [X] adres   [ ] inkomen   [ ] samenstelling huishouden   [ ] rekeningnummer',
      `Ingangsdatum:       ${fmtDate(ahead(c, -10, 20))}`,
      '',
      `Oud adres:          ${rng.pick(['Lindelaan', 'Kastanjehof', 'Molenweg', 'Plataanstraat'])} ${rng.int(1, 120)}, ${c.p.city}`,
      `Nieuw adres:        ${c.p.street} ${c.p.houseNumber}, ${c.p.postcode} ${c.p.city}`,
      `Nieuwe kale huur:   ${money(rent, { euro: true })}   servicekosten: ${money(rng.amount(15, 70), { euro: true })}`,
      `Verhuurder:         ${rng.pick(['Woongoed Voorbeeld', 'Portaal', 'Mitros', 'particulier'])}`,
      '',
      'Toelichting:',
      ...paras(
        86,
        one(
          rng,
          'Cliënt is via urgentie verhuisd naar een kleinere woning. Huurcontract en inschrijving BRP bijgevoegd. Graag de huur voortaan rechtstreeks aan de verhuurder overmaken vanuit de uitkering.',
          'Verhuizing binnen de gemeente. Wij verzoeken u de inhouding voor de huur aan te passen aan het nieuwe bedrag.',
          'Cliënt woont per ingangsdatum zelfstandig (was inwonend bij familie). Graag de norm aanpassen naar alleenstaande.',
        ),
      ),
      '',
      `Bewindvoerder: ${c.r.name}              Paraaf: ______`,
    ],
  ];
});

const changeHalfForm = mk('change_form', 'wijzigingsformulier-genummerde-vragen', 'form', 0.45, ALL, (c) => {
  const { rng } = c;
  const box = (on: boolean) => (on ? '[x]' : '[ ]');
  const pick = rng.int(0, 5);
  const blank = '______________';
  return [
    [
      `${c.org.name.toUpperCase()}   -   Wijzigingen doorgeven (Participatiewet)`,
      'Stuur dit formulier binnen 1 week na de wijziging terug. Vergeet de bewijsstukken niet.',
      '',
      `1. Naam: ${c.p.name}`,
      ...ids(c, { bsn: '2. BSN', client: '2. Klantnummer', birth: '   Geboortedatum' }),
      '',
      '3. Wat wilt u doorgeven?',
      `   ${box(pick === 0)} Ik heb (meer) inkomen          ${box(pick === 1)} Ik ga verhuizen`,
      `   ${box(pick === 2)} Iemand komt bij mij wonen     ${box(pick === 3)} Iemand gaat uit mijn huis`,
      `   ${box(pick === 4)} Ik word opgenomen / gedetineerd  ${box(pick === 5)} Mijn vermogen verandert`,
      '',
      `4. Vanaf welke datum?  ${rng.chance(0.7) ? fmtDate(past(c, -10, 20)) : blank}`,
      '5. Uitleg:',
      ...paras(
        70,
        [
          `heb 2 dagen per week werk bij ${rng.pick(EMPLOYERS)} vanaf volgende maand`,
          `nieuw adres ${rng.pick(['Sportlaan', 'Merelstraat', 'Reigerstraat'])} ${rng.int(1, 80)}`,
          `mijn zoon komt terug bij mij wonen (${rng.int(19, 27)} jaar)`,
          'mijn moeder is naar verzorgingshuis',
          'word opgenomen in ziekenhuis voor 3 weken',
          `erfenis van mijn tante ong. ${rng.int(2, 15)}.000 euro`,
        ][pick] ?? '',
      ).map((l) => `   ${l}`),
      '',
      `6. Bewijsstukken bijgevoegd?  ${rng.pick(['ja', 'nee', 'volgt', ''])}`,
      '',
      `Datum: ${fmtDate(c.date)}     Handtekening: ${rng.chance(0.6) ? c.p.lastName : blank}`,
    ],
  ];
});

const changeWhatsappIncome = mk('change_form', 'whatsapp-inkomsten-doorgeven', 'printed', 0.35, ['client-number'], (c) => {
  const { rng } = c;
  const cons = `${c.r.firstName} ${c.r.lastName[0]}. gemeente`;
  const idText = c.show.clientNumber && c.p.clientNumber ? ` klantnr ${c.p.clientNumber}` : '';
  return [
    whatsapp(c, cons, [
      [
        c.p.firstName,
        `Hoi, ${c.p.name} hier${idText ? ` (${idText.trim()})` : ''}. Deze maand heb ik ${rng.int(2, 9)} dagen gewerkt via ${rng.pick(STAFFING)}. Ik heb ${money(rng.amount(140, 780))} euro gekregen op ${fmtDate(past(c, 1, 8))}`,
      ],
      [cons, 'Dank je! Wil je de loonstrook ook uploaden via Mijn Gemeente of mailen? Dan verrekenen we het met je uitkering.'],
      [c.p.firstName, rng.pick(['Ja stuur ik', 'heb geen loonstrook nog, alleen bankafschrift', 'ok'])],
      [c.p.firstName, rng.pick(['Volgende maand werk ik misschien meer', 'Is dat goed zo?', 'Ik doe foto erbij'])],
    ]),
  ];
});

const changeNeighbourMove = mk('change_form', 'buurman-geeft-verhuizing-door', 'handwritten', 0.35, ALL, (c) => {
  const { rng } = c;
  const buur = c.q;
  const newStreet = `${rng.pick(['Zwanenhof', 'Veldweg', 'Thorbeckestraat', 'Singel', 'Kievitlaan'])} ${rng.int(1, 99)}`;
  return [
    [
      `${fmtDate(c.date)}`,
      '',
      'Aan de gemeente, afdeling uitkeringen',
      '',
      ...paras(
        rng.int(50, 66),
        sloppy(
          `Ik schrijf voor mijn ${c.p.gender === 'f' ? 'buurvrouw' : 'buurman'} ${c.p.name}. ${zijHij(c.p).replace(/^\w/, (s) => s.toUpperCase())} gaat verhuizen op ${fmtDate(ahead(c, 3, 30), 'long')} naar ${newStreet} in ${c.p.city}. ${zijHij(c.p).replace(/^\w/, (s) => s.toUpperCase())} vroeg of ik dit wil doorgeven omdat ${zijHij(c.p)} niet goed kan lezen en schrijven. De huur wordt ${money(rng.amount(520, 890), { euro: true })} in de maand. ${one(rng, 'Het contract komt later.', 'Kopie sleutelbrief zit erbij.', '')}`,
          rng,
          0.2,
        ),
      ),
      ...(c.show.birthDate || c.show.bsn || c.show.clientNumber ? [`Gegevens van ${c.p.name}:`] : []),
      ...ids(c, { client: 'klantnummer' }),
      '',
      `Groet, ${buur.name} (${buur.phone})`,
      `Handtekening ${c.p.firstName}: ${rng.pick(['X', '~~~~', '_____'])}`,
    ],
  ];
});

const changeSeparated = mk('change_form', 'uit-elkaar-nu-alleen', 'printed', 0.4, ALL, (c) => {
  const { rng } = c;
  const when = past(c, 2, 25);
  return [
    [
      `${c.p.name}`,
      `${c.p.street} ${c.p.houseNumber}, ${c.p.postcode} ${c.p.city}`,
      ...ids(c),
      '',
      `Aan ${c.org.name}`,
      `${fmtDate(c.date, 'long')}`,
      '',
      `Onderwerp: ${rng.pick(['verandering in mijn gezin', 'mijn man/vrouw is vertrokken', 'wijziging leefsituatie', 'ik ben nu alleen'])}`,
      '',
      ...paras(
        80,
        'Geachte heer of mevrouw,',
        sloppy(
          `Ik wil doorgeven dat ${c.p.gender === 'f' ? 'mijn man' : 'mijn vrouw'} ${c.q.firstName} op ${fmtDate(when, 'long')} is vertrokken. We zijn uit elkaar. ${one(rng, `${c.p.gender === 'f' ? 'Hij' : 'Zij'} woont nu bij ${c.p.gender === 'f' ? 'zijn' : 'haar'} familie in ${rng.pick(['Rotterdam', 'Den Haag', 'Almere', 'België'])}.`, 'Het adres weet ik niet.', `${c.p.gender === 'f' ? 'Hij' : 'Zij'} heeft zich al uitgeschreven.`)} De kinderen blijven bij mij.`,
          rng,
          0.25,
        ),
        'Wij kregen samen een uitkering. Ik denk dat dit nu moet veranderen naar een uitkering voor mij alleen. Moet ik hiervoor iets invullen? Ik wil alles goed doen.',
      ),
      '',
      'Met vriendelijke groet,',
      c.p.name,
    ],
  ];
});

// ---------------------------------------------------------------------------------------------
// Other: real post in a W&I mailbox that is none of the types (each its own template)

const otherBirthdayCard = mk('other', 'verjaardagskaart', 'handwritten', 0.3, [], (c) => {
  const { rng } = c;
  const age = rng.pick(['30', '40', '50', '18', '25', '60']);
  return [
    [
      rng.pick(['HIEP HIEP HOERA!', 'Gefeliciteerd!', 'Van harte!', '*** 1 jaar ouder ***']),
      '',
      ...paras(
        rng.int(30, 44),
        one(
          rng,
          `Lieve ${c.p.firstName}, van harte gefeliciteerd met je ${age}e verjaardag! Maak er een mooie dag van. We komen zaterdag langs met taart.`,
          `Beste ${c.p.firstName}, alle goeds voor het nieuwe levensjaar. Fijn dat het weer wat beter met je gaat. Tot snel!`,
          `Hoi ${c.p.firstName}!! Gefeliciteerd lieverd. Sorry dat ik er niet bij kan zijn, ik bel je vanavond. Dikke kus`,
        ),
      ),
      '',
      rng.pick(['Liefs,', 'Groetjes,', 'xxx', 'Veel liefs van']),
      `${c.q.firstName}${rng.chance(0.5) ? ` en ${c.r.firstName}` : ''}${rng.chance(0.4) ? ' en de kinderen' : ''}`,
    ],
  ];
});

const otherEnergyOffer = mk('other', 'energie-overstapaanbod', 'printed', 0.3, [], (c) => {
  const { rng } = c;
  const brand = rng.pick(['Zonstroom Energie', 'Polder Power', 'HollandWind', 'EnergieDirect Plus', 'Groene Stroom Collectief']);
  const bonus = rng.pick([100, 150, 200, 250]);
  return [
    [
      brand.toUpperCase(),
      '',
      ...[c.p.name, `${c.p.street} ${c.p.houseNumber}`, `${c.p.postcode} ${c.p.city}`].map((l) => (rng.chance(0.5) ? l : l)),
      '',
      `${c.p.city}, ${fmtDate(c.date, 'long')}`,
      '',
      `Beste ${c.p.firstName},`,
      '',
      ...paras(
        82,
        `Betaalt u ook te veel voor stroom en gas? Stap nu over naar ${brand} en ontvang € ${bonus} welkomstbonus. Wij regelen de overstap, ook het opzeggen bij uw huidige leverancier.`,
        `Vast tarief voor ${rng.pick(['1 jaar', '3 jaar'])}: stroom € ${money(rng.amount(0.22, 0.32))} per kWh, gas € ${money(rng.amount(1.1, 1.5))} per m³ (incl. btw en energiebelasting). Maandbedrag voor een gemiddeld huishouden vanaf ${money(rng.amount(95, 160), { euro: true })}.`,
        'Bel gratis 0800 of scan de QR-code. Let op: dit aanbod is geldig tot het einde van de maand.',
      ),
      '',
      `Actiecode: ${rng.letters(4)}${rng.int(10, 99)}`,
      'U ontvangt deze brief omdat u in ons verzorgingsgebied woont. Geen post meer? Meld u af via de website.',
    ],
  ];
});

const otherSchoolContribution = mk('other', 'school-ouderbijdrage-schoolreis', 'printed', 0.3, [], (c) => {
  const { rng } = c;
  const school = rng.pick(['Basisschool De Vlinder', 'IKC Het Palet', 'OBS De Zonnewijzer', 'Al Noer basisschool', 'CBS Het Kompas']);
  const amount = rng.pick([25, 35, 45, 55, 60]);
  return [
    [
      school,
      rng.pick(['Samen leren, samen groeien', 'school voor iedereen', '']),
      '',
      `Aan de ouder(s)/verzorger(s) van ${c.q.firstName} ${c.p.lastName}, groep ${rng.int(1, 8)}`,
      `${c.p.city}, ${fmtDate(c.date, 'long')}`,
      '',
      `Onderwerp: ${rng.pick(['vrijwillige ouderbijdrage', 'schoolreis', 'schoolkamp groep 8'])}`,
      '',
      ...paras(
        84,
        `Beste ouders en verzorgers,`,
        `Ook dit jaar vragen wij een vrijwillige ouderbijdrage van € ${amount} per kind. Daarvan betalen we het schoolreisje, het sinterklaasfeest en de afscheidsavond.`,
        `U kunt het bedrag overmaken op rekening NL${rng.digits(2)} RABO 0${rng.digits(9)} t.n.v. Ouderraad ${school}, onder vermelding van de naam van uw kind. Betalen in termijnen mag ook.`,
        'Is betalen lastig? Geen kind wordt uitgesloten van activiteiten. Via Stichting Leergeld of het kindpakket van de gemeente kunt u mogelijk een vergoeding krijgen. Vraag het gerust aan de juf of meester.',
      ),
      '',
      'Met vriendelijke groet,',
      `${c.r.name}, directeur`,
    ],
  ];
});

const otherParking = mk('other', 'aanvraag-parkeervergunning-briefje', 'handwritten', 0.25, [], (c) => {
  const { rng } = c;
  return [
    [
      c.p.name,
      `${c.p.street} ${c.p.houseNumber}`,
      `${c.p.postcode} ${c.p.city}`,
      '',
      rng.pick(['Aan: gemeente, parkeren', 'Afdeling Burgerzaken / parkeervergunningen', 'aan de gemeente']),
      '',
      ...paras(
        rng.int(44, 60),
        sloppy(
          one(
            rng,
            `Ik wil een aanvraag doen voor een bewonersvergunning voor parkeren. Mijn kenteken is ${rng.letters(2)}-${rng.int(100, 999)}-${rng.letters(1)}. Ik woon hier sinds kort. Het online formulier lukt niet met mijn DigiD.`,
            `Graag vraag ik een gehandicaptenparkeerkaart aan voor mijn ${rng.pick(['moeder', 'man', 'vrouw'])}, die slecht ter been is. Het formulier van de website heb ik niet kunnen vinden, daarom schrijf ik deze brief.`,
            `Mijn parkeervergunning is verlopen. Ik wil die verlengen. Kunt u mij het formulier opsturen of zeggen hoe dat moet?`,
          ),
          rng,
          0.2,
        ),
      ),
      '',
      'Met vriendelijke groet,',
      c.p.name,
    ],
  ];
});

const otherPublicSpace = mk('other', 'melding-openbare-ruimte', 'printed', 0.25, [], (c) => {
  const { rng } = c;
  const what = rng.pick([
    ['Straatverlichting', 'De lantaarnpaal voor nummer 12 brandt al drie weken niet. In de winter is het hier erg donker.'],
    ['Afval / grofvuil', 'Bij de containers ligt al dagen een bank en zakken vuilnis. Er lopen ratten rond.'],
    ['Bestrating', 'Losse stoeptegels op de hoek van de straat. Mijn buurvrouw met rollator is al gevallen.'],
    ['Groen', 'De struiken bij de speeltuin zijn zo hoog dat je niet meer kunt zien of er auto’s aankomen.'],
  ] as const);
  return [
    [
      `${c.org.name} - Melding openbare ruimte`,
      `Meldingsnummer: ${rng.int(2025, 2026)}-MOR-${rng.digits(6)}`,
      '',
      `Categorie: ${what[0]}`,
      `Locatie: ${c.p.street} ter hoogte van nr. ${rng.int(1, 80)}, ${c.p.city}`,
      `Datum melding: ${fmtDate(c.date)} ${hhmm(c)}`,
      '',
      'Omschrijving:',
      ...paras(80, what[1]),
      '',
      'Melder:',
      `  Naam: ${c.p.name}`,
      `  Telefoon: ${c.p.phone}`,
      `  Terugkoppeling gewenst: ${rng.pick(['ja, per e-mail', 'nee', 'ja'])}`,
      '',
      'Bedankt voor uw melding. Wij streven ernaar meldingen binnen 5 werkdagen op te pakken. U kunt de status volgen via de app.',
    ],
  ];
});

const otherPassportReady = mk('other', 'burgerzaken-reisdocument-ligt-klaar', 'printed', 0.3, [], (c) => {
  const { rng } = c;
  const doc = rng.pick(['paspoort', 'identiteitskaart', 'rijbewijs']);
  return [
    [
      c.org.name,
      'Publiekszaken / Burgerzaken',
      '',
      ...[c.p.name, `${c.p.street} ${c.p.houseNumber}`, `${c.p.postcode}  ${c.p.city.toUpperCase()}`],
      '',
      `Datum: ${fmtDate(c.date, 'long')}`,
      `Onderwerp: uw ${doc} ligt klaar`,
      '',
      `Beste ${c.p.gender === 'f' ? 'mevrouw' : 'heer'} ${c.p.lastName},`,
      '',
      ...paras(
        84,
        `Uw nieuwe ${doc} is klaar. U kunt het ophalen ${rng.pick(['op afspraak', 'zonder afspraak tijdens de openingstijden'])} bij de balie Burgerzaken in het stadskantoor.`,
        `Neem mee: deze brief en uw oude ${doc} (als u die nog heeft). Haalt u het document binnen drie maanden niet op, dan wordt het vernietigd en moet u opnieuw aanvragen en betalen.`,
        'Let op: u moet het document zelf ophalen; een vingerafdruk kan bij het ophalen worden gecontroleerd.',
      ),
      '',
      'Met vriendelijke groet,',
      'Team Burgerzaken',
      '',
      `Afspraak maken: ${c.org.website} of bel ${c.org.phone}`,
    ],
  ];
});

const otherFluShot = mk('other', 'huisarts-uitnodiging-griepprik', 'printed', 0.3, [], (c) => {
  const { rng } = c;
  const practice = rng.pick([
    'Huisartsenpraktijk Het Lindeplein',
    'Gezondheidscentrum De Boog',
    'Huisartsenpraktijk Vaartsche Rijn',
    'Medisch Centrum Oost',
  ]);
  const d = ahead(c, 7, 30);
  return [
    [
      practice,
      '',
      ...[c.p.name, `${c.p.street} ${c.p.houseNumber}`, `${c.p.postcode} ${c.p.city}`],
      '',
      fmtDate(c.date, 'long'),
      '',
      `Uitnodiging ${rng.pick(['griepprik', 'griep- en coronaprik', 'pneumokokkenvaccinatie'])}`,
      '',
      ...paras(
        82,
        `Beste ${c.p.firstName} ${c.p.lastName},`,
        `U komt in aanmerking voor de jaarlijkse ${rng.pick(['griepprik', 'vaccinatie'])}. De prik is gratis. U bent welkom op ${fmtDate(d, 'weekday')} tussen ${rng.int(8, 13)}.00 en ${rng.int(14, 17)}.00 uur in ${rng.pick(['de sporthal naast de praktijk', 'de praktijk', 'het wijkcentrum'])}.`,
        'Neem deze brief en uw identiteitsbewijs mee en draag kleding waarmee u uw bovenarm makkelijk kunt ontbloten. Heeft u koorts? Kom dan niet en bel ons voor een nieuwe datum.',
      ),
      '',
      'Met vriendelijke groet,',
      `${practice}, ${rng.pick(['de huisartsen en assistentes', 'het praktijkteam'])}`,
    ],
  ];
});

const otherThankYou = mk('other', 'bedankkaartje-aan-consulent', 'handwritten', 0.25, [], (c) => {
  const { rng } = c;
  return [
    [
      rng.pick(['BEDANKT!', 'Dank je wel', 'Thank you']),
      '',
      ...paras(
        rng.int(34, 48),
        sloppy(
          one(
            rng,
            `Beste ${consulent(c)}, ik wil u bedanken voor alle hulp de afgelopen jaren. Ik heb nu een vaste baan en heb geen uitkering meer nodig. Zonder u was het niet gelukt.`,
            `Lieve ${c.r.firstName}, dankjewel dat je altijd naar mij luisterde ook als ik boos was. Het gaat nu veel beter met ons. Ik ga je missen!`,
            `Voor het hele team: bedankt voor de hulp met de verhuizing en alle papieren. Fijne feestdagen!`,
          ),
          rng,
          0.25,
        ),
      ),
      '',
      `${c.p.firstName}${rng.chance(0.5) ? ` ${c.p.lastName}` : ''}${rng.chance(0.4) ? ' en kinderen' : ''}`,
    ],
  ];
});

const otherFoodbank = mk('other', 'voedselbank-toelating', 'printed', 0.3, [], (c) => {
  const { rng } = c;
  const day = rng.pick(['dinsdag', 'donderdag', 'vrijdag']);
  return [
    [
      `Voedselbank ${c.org.city}`,
      'Uitgiftepunt ' + rng.pick(['De Kapel', 'Wijkcentrum Noord', 'Het Pakhuis']),
      '',
      c.p.name,
      `${c.p.street} ${c.p.houseNumber}`,
      '',
      `Datum: ${fmtDate(c.date)}`,
      '',
      ...paras(
        84,
        `Beste ${c.p.firstName},`,
        `Na het intakegesprek met ${rng.pick(['onze intaker', 'het buurtteam', 'uw hulpverlener'])} bent u toegelaten tot de voedselbank voor de periode van ${rng.pick(['zes maanden', 'drie maanden', 'een half jaar'])}. Uw huishouden telt ${one(rng, '1 persoon', `${rng.int(2, 6)} personen`)}.`,
        `U kunt uw pakket elke ${day} ophalen tussen ${rng.int(13, 15)}.00 en ${rng.int(16, 18)}.00 uur. Neem uw pasje en een stevige tas mee. Kunt u een keer niet? Laat het ons weten.`,
        'Voor de herbeoordeling vragen wij u opnieuw uw inkomsten en vaste lasten te laten zien. Wij zijn een vrijwilligersorganisatie en geven geen geld.',
      ),
      '',
      `Pasnummer: VB-${rng.digits(4)}`,
      `Met vriendelijke groet, ${c.r.firstName} (vrijwilliger)`,
    ],
  ];
});

const otherScam = mk('other', 'prijswinnaar-oplichtingsbrief', 'printed', 0.2, [], (c) => {
  const { rng } = c;
  const prize = rng.pick(['€ 25.000,00', '€ 12.500,00', 'een nieuwe auto', '€ 50.000,00']);
  return [
    [
      rng.pick(['EUROPESE PRIJZENCENTRALE', 'Nationale Prijzen Trekking B.V.', 'GOUDEN KANS LOTERIJ']),
      'OFFICIËLE KENNISGEVING - VERTROUWELIJK',
      '',
      c.p.name.toUpperCase(),
      `${c.p.street} ${c.p.houseNumber}`,
      `${c.p.postcode} ${c.p.city}`,
      '',
      `GEFELICITEERD! U bent de winnaar van ${prize}!`,
      '',
      ...paras(
        80,
        `Uw naam is bij de trekking van ${fmtDate(past(c, 5, 20), 'long')} als hoofdprijswinnaar getrokken. Om uw prijs te ontvangen hoeft u alleen de administratiekosten van ${money(rng.amount(14.95, 39.95), { euro: true })} binnen 7 dagen te voldoen.`,
        'Reageer snel, anders vervalt uw prijs aan een andere deelnemer. Stuur het antwoordformulier terug met een kopie van uw bankpas.',
      ),
      '',
      `Winnaarscode: ${rng.letters(3)}-${rng.digits(5)}-${rng.letters(2)}`,
      'Handtekening notaris: ______________',
    ],
  ];
});

const otherMourning = mk('other', 'rouwkaart', 'printed', 0.2, [], (c) => {
  const { rng } = c;
  const d = past(c, 3, 12);
  const dec = c.q;
  return [
    [
      '',
      rng.pick(['Verdrietig maar dankbaar', 'Na een leven vol liefde', 'Veel te vroeg', 'In liefdevolle herinnering']),
      '',
      'hebben wij afscheid moeten nemen van',
      '',
      `${dec.firstName} ${dec.lastName}`,
      `* ${rng.int(1935, 1975)}                    † ${fmtDate(d, 'long')}`,
      '',
      rng.pick(['geliefde moeder, oma en zus', 'lieve vader, opa en broer', 'onze dierbare vriend']),
      '',
      `${c.p.name}`,
      rng.pick(['en familie', 'kinderen en kleinkinderen', '']),
      '',
      `De uitvaart vindt plaats op ${fmtDate(addDays(d, rng.int(4, 7)), 'weekday')} om ${rng.int(10, 14)}.00 uur in ${rng.pick(['de aula van begraafplaats Oud Eik', 'crematorium Daelwijck', 'de Sint-Jozefkerk', 'de moskee aan de Kanaalweg'])}.`,
      'Aansluitend is er gelegenheid tot condoleren.',
    ],
  ];
});

const otherTaalhuis = mk('other', 'taalhuis-uitnodiging', 'printed', 0.2, [], (c) => {
  const { rng } = c;
  return [
    [
      rng.pick(['TAALHUIS', 'Taalcafé in de bibliotheek', 'Digi-Taalhuis']),
      `Bibliotheek ${c.org.city}`,
      '',
      rng.pick(['Wilt u beter Nederlands leren?', 'Moeite met lezen, schrijven of de computer?', 'Samen oefenen met taal']),
      '',
      ...paras(
        78,
        'Kom naar het Taalhuis! Elke week oefenen we samen met vrijwilligers. Praten, lezen, formulieren invullen, DigiD gebruiken, brieven van de gemeente begrijpen.',
        `Wanneer: elke ${rng.pick(['maandag', 'woensdag', 'donderdag'])} van ${rng.int(9, 14)}.00 tot ${rng.int(15, 17)}.00 uur. Gratis. Aanmelden hoeft niet.`,
        'Neem gerust iemand mee. Er is koffie en thee.',
      ),
      '',
      `Vragen? Bel ${c.org.phone} of loop binnen bij de balie.`,
    ],
  ];
});

const otherWmo = mk('other', 'wmo-aanvraag-huishoudelijke-hulp', 'handwritten', 0.3, ['bsn', 'name-birthdate'], (c) => {
  const { rng } = c;
  return [
    [
      `Aan: ${c.org.name}, ${rng.pick(['Wmo-loket', 'afdeling zorg (Wmo)', 'Sociaal Loket / Wmo'])}`,
      '',
      c.p.name,
      `${c.p.street} ${c.p.houseNumber}, ${c.p.city}`,
      ...ids(c),
      '',
      ...paras(
        rng.int(48, 62),
        sloppy(
          one(
            rng,
            `Ik wil hulp aanvragen voor het huishouden. Sinds mijn operatie aan mijn heup kan ik niet meer stofzuigen en de badkamer schoonmaken. Mijn kinderen wonen ver weg. Kan er iemand langskomen voor een keukentafelgesprek?`,
            'Hierbij vraag ik een scootmobiel aan. Ik kan niet meer naar de winkel lopen. De huisarts weet ervan.',
            'Ik vraag een traplift of aanpassing aan. Mijn man kan de trap niet meer op en slaapt nu in de woonkamer.',
          ),
          rng,
          0.2,
        ),
      ),
      '',
      'Met vriendelijke groet,',
      c.p.name,
      c.p.phone,
    ],
  ];
});

// ---------------------------------------------------------------------------------------------
// Medical statements that were taken for "other"

const medGpNote = mk('medical_statement', 'huisartspraktijk-geprinte-verklaring', 'printed', 0.4, ['name-birthdate', 'bsn'], (c) => {
  const { rng } = c;
  const practice = rng.pick([
    'Huisartsenpraktijk De Meent',
    'Huisartsen Lombok',
    'Praktijk Dr. Aalbers',
    'Gezondheidscentrum Hoograven',
    'HAP De Vaart',
  ]);
  return [
    [
      practice.toUpperCase(),
      `${rng.pick(['Vaartweg', 'Kerkplein', 'Dokter Zamenhoflaan', 'Ravellaan'])} ${rng.int(1, 99)}`,
      `${rng.int(1000, 9999)} ${rng.letters(2)} ${c.org.city}`,
      `tel. ${`0${rng.int(10, 79)}`}-${rng.digits(7)}  (spoed: toets 1)`,
      `AGB-code ${rng.digits(8)}`,
      '',
      '',
      '',
      'Aan wie het aangaat',
      '',
      `Datum: ${fmtDate(c.date)}`,
      '',
      `Betreft: ${c.p.gender === 'f' ? 'mevr.' : 'dhr.'} ${c.p.name}`,
      ...ids(c, { birth: 'geb.', bsn: 'BSN' }),
      '',
      ...paras(
        80,
        one(
          rng,
          `Bovengenoemde patiënt${c.p.gender === 'f' ? 'e' : ''} is bij ons bekend en staat onder behandeling. Op medische gronden is ${zijHij(c.p)} de komende ${rng.int(4, 16)} weken niet in staat om werk of re-integratieactiviteiten te verrichten.`,
          `Patiënt${c.p.gender === 'f' ? 'e' : ''} heeft ons spreekuur bezocht op ${fmtDate(past(c, 1, 10))}. Zonder in te gaan op de diagnose (beroepsgeheim) kan ik verklaren dat er sprake is van klachten die deelname aan een werktraject op dit moment belemmeren.`,
          `Wegens een medische aandoening kan patiënt${c.p.gender === 'f' ? 'e' : ''} niet langer dan ${rng.int(2, 4)} uur achter elkaar zitten of staan. Hiermee kan bij taken rekening worden gehouden.`,
        ),
        'Nadere medische informatie kan alleen worden verstrekt aan een arts, met schriftelijke toestemming van patiënt.',
      ),
      '',
      `${c.r.initials} ${c.r.lastName}, huisarts`,
      '(stempel praktijk)',
    ],
  ];
});

const medPharmacy = mk('medical_statement', 'apotheek-medicatieoverzicht', 'printed', 0.3, ['name-birthdate'], (c) => {
  const { rng } = c;
  const meds = rng.sample(
    [
      ['Metformine 500 mg', '2x per dag 1 tablet'],
      ['Omeprazol 20 mg', '1x per dag voor het ontbijt'],
      ['Sertraline 50 mg', '1x per dag 1 tablet'],
      ['Paracetamol 500 mg', 'zo nodig max 6 per dag'],
      ['Salbutamol inhalator 100 mcg', 'zo nodig 1-2 pufjes'],
      ['Amlodipine 5 mg', '1x per dag'],
      ['Oxazepam 10 mg', 'zo nodig voor de nacht'],
      ['Naproxen 500 mg', '2x per dag bij pijn'],
      ['Quetiapine 25 mg', '1x per dag voor de nacht'],
    ],
    rng.int(3, 6),
  );
  return [
    [
      `${rng.pick(['Apotheek De Lindeboom', 'Stadsapotheek', 'BENU Apotheek Zuid', 'Service Apotheek Oost'])}`,
      'MEDICATIEOVERZICHT',
      `Afdrukdatum ${fmtDate(c.date)}`,
      '',
      `Patiënt: ${c.p.name}`,
      ...(c.show.birthDate ? [`Geboortedatum: ${fmtIso(c.p.birthDate)}`] : []),
      `Huisarts: ${c.r.initials} ${c.r.lastName}`,
      '',
      `${'Geneesmiddel'.padEnd(32)}Gebruik                       Start`,
      ...meds.map(([m, u]) => `${(m ?? '').padEnd(32)}${(u ?? '').padEnd(30)}${fmtDate(past(c, 30, 900))}`),
      '',
      'Overgevoeligheid/contra-indicaties: ' + rng.pick(['geen bekend', 'penicilline', 'NSAID’s']),
      '',
      'Dit overzicht is vertrouwelijk. Controleer of het klopt en neem het mee naar uw arts of ziekenhuis.',
      ...(rng.chance(0.5) ? ['', sloppy('(voor mijn consulent, als bewijs dat ik ziek ben)', rng, 0.2)] : []),
    ],
  ];
});

const medMidwife = mk('medical_statement', 'verloskundige-zwangerschapsverklaring', 'printed', 0.3, ['name-birthdate', 'bsn'], (c) => {
  const { rng } = c;
  const due = ahead(c, 40, 200);
  return [
    [
      rng.pick([
        'Verloskundigenpraktijk De Wieg',
        'Verloskunde Centrum Oost',
        'Verloskundigen Samen Baren',
        'De Kraamkamer verloskundigen',
      ]),
      '',
      'ZWANGERSCHAPSVERKLARING',
      '',
      `Hierbij verklaart ondergetekende, verloskundige, dat`,
      `${c.p.gender === 'f' ? 'mevrouw' : 'de partner van meneer'} ${c.p.name}`,
      ...ids(c),
      `${c.p.street} ${c.p.houseNumber}, ${c.p.postcode} ${c.p.city}`,
      '',
      ...paras(
        80,
        `zwanger is. De vermoedelijke bevallingsdatum is ${fmtDate(due, 'long')}. ${one(rng, 'Het gaat om een eenlingzwangerschap.', 'Het betreft een tweelingzwangerschap.', 'De zwangerschap verloopt tot nu toe zonder bijzonderheden.')}`,
        rng.chance(0.5) && 'In verband met de zwangerschap wordt geadviseerd geen zwaar tillen of nachtdiensten te laten verrichten.',
      ),
      '',
      `Plaats en datum: ${c.org.city}, ${fmtDate(c.date)}`,
      '',
      `${c.r.name}, verloskundige   BIG ${rng.digits(11)}`,
      'Handtekening: ______________',
    ],
  ];
});

const medAdvisor = mk('medical_statement', 'keuringsarts-advies-belastbaarheid', 'printed', 0.3, ALL, (c) => {
  const { rng } = c;
  const bureau = rng.pick([
    'MediKeur Advies',
    'Sociaal Medisch Adviesbureau Midden',
    'Keuringsdienst Arbeid & Gezondheid',
    'Bureau Medische Advisering',
  ]);
  const hours = rng.pick([0, 8, 12, 16, 20, 24, 32]);
  return paginate(
    [
      bureau,
      'Sociaal-medisch advies Participatiewet',
      '',
      `Opdrachtgever: ${c.org.name}, Werk en Inkomen (${consulent(c)})`,
      `Cliënt: ${c.p.name}`,
      ...ids(c),
      `Datum onderzoek: ${fmtDate(past(c, 3, 15))}          Datum rapport: ${fmtDate(c.date)}`,
      '',
      'VRAAGSTELLING',
      ...paras(
        86,
        'Is cliënt op medische gronden (tijdelijk) ontheven van de arbeidsverplichting? Zo ja, voor welke duur en welke activiteiten zijn wel mogelijk?',
      ),
      '',
      'BEVINDINGEN (zonder diagnose)',
      ...paras(
        86,
        one(
          rng,
          'Er is sprake van aanhoudende psychische klachten met concentratie- en slaapproblemen. Cliënt is in behandeling bij de GGZ.',
          'Er zijn chronische rugklachten met uitstraling naar het been. Zitten en staan zijn beperkt; tillen boven 5 kg wordt afgeraden.',
          'Er is sprake van een herstelperiode na een operatie. De verwachting is dat de belastbaarheid geleidelijk toeneemt.',
        ),
      ),
      '',
      'ADVIES',
      ...paras(
        86,
        hours === 0
          ? `Cliënt is op dit moment niet belastbaar voor arbeid of re-integratie. Tijdelijke ontheffing van de arbeidsverplichtingen voor ${rng.int(3, 12)} maanden wordt geadviseerd. Herbeoordeling daarna.`
          : `Cliënt is belastbaar voor ${hours} uur per week, verdeeld over korte dagdelen, in licht fysiek werk zonder tijdsdruk. Geleidelijke opbouw onder begeleiding wordt geadviseerd.`,
      ),
      '',
      `${c.r.initials} ${c.r.lastName}, arts M&G / verzekeringsarts`,
      'Dit rapport is vertrouwelijk en uitsluitend bestemd voor de opdrachtgever.',
    ],
    rng.int(24, 50),
  );
});

// ---------------------------------------------------------------------------------------------
// Tax documents that were taken for "other"

const taxToeslagenChange = mk('tax_document', 'toeslagen-wijziging-verwerkt', 'printed', 0.35, ['bsn'], (c) => {
  const { rng } = c;
  const kind = rng.pick(['huurtoeslag', 'zorgtoeslag', 'kindgebonden budget']);
  const newAmount = rng.amount(20, 420);
  return [
    [
      'Dienst Toeslagen',
      'Ministerie van Financiën',
      '',
      `${c.p.gender === 'f' ? 'Mevrouw' : 'De heer'} ${c.p.initials} ${c.p.lastName}`,
      `${c.p.street} ${c.p.houseNumber}`,
      `${c.p.postcode}  ${c.p.city.toUpperCase()}`,
      '',
      `Datum     ${fmtDate(c.date, 'long')}`,
      ...bsnLineSafe(c),
      `Onderwerp  Wij hebben uw wijziging verwerkt`,
      '',
      ...paras(
        84,
        `Geachte ${c.p.gender === 'f' ? 'mevrouw' : 'heer'} ${c.p.lastName},`,
        `U heeft een wijziging aan ons doorgegeven: ${rng.pick(['uw inkomen', 'uw huur', 'er is iemand bij u komen wonen', 'uw adres'])}. Daardoor verandert uw ${kind} over ${c.date.getUTCFullYear()}.`,
        `Vanaf ${rng.pick(['volgende maand', 'de eerste van de komende maand'])} ontvangt u ${money(newAmount, { euro: true })} per maand. ${one(rng, 'U hoeft niets te doen.', 'Heeft u over de afgelopen maanden te veel gekregen, dan krijgt u daarover een aparte brief.', 'Klopt de wijziging niet? Pas uw gegevens dan aan in Mijn toeslagen.')}`,
        'Dit is geen definitieve berekening. Die krijgt u nadat het jaar voorbij is.',
      ),
      '',
      'Met vriendelijke groet,',
      'Dienst Toeslagen',
      '',
      `Vragen? BelastingTelefoon 0800 - 0543. Kenmerk: ${rng.digits(4)}.${rng.digits(2)}.${rng.digits(3)}.T${rng.int(10, 99)}`,
    ],
  ];
});

/** The BSN on a tax letter: labelled as the Belastingdienst does. */
function bsnLineSafe(c: Ctx): string[] {
  return c.show.bsn ? [`Burgerservicenummer  ${fmtBsn(c.p.bsn, c.rng)}`] : [];
}

const taxBerichtenbox = mk('tax_document', 'berichtenbox-afdruk', 'printed', 0.35, ['bsn'], (c) => {
  const { rng } = c;
  const year = c.date.getUTCFullYear() - 1;
  const msg = rng.int(0, 2);
  const subject = [
    'Uw aangifte inkomstenbelasting is ontvangen',
    `Voorlopige aanslag ${c.date.getUTCFullYear()}`,
    `Uitnodiging aangifte inkomstenbelasting ${year}`,
  ][msg];
  return [
    [
      `MijnOverheid - Berichtenbox                                   Ingelogd met DigiD`,
      '',
      `Van: Belastingdienst`,
      `Ontvangen: ${fmtDate(c.date, 'weekday')}`,
      `Onderwerp: ${subject}`,
      '',
      ...paras(
        84,
        `Geachte ${c.p.gender === 'f' ? 'mevrouw' : 'heer'} ${c.p.initials} ${c.p.lastName},`,
        [
          `Wij hebben uw aangifte inkomstenbelasting ${year} op ${fmtDate(past(c, 1, 10))} ontvangen. U krijgt binnen drie maanden bericht over de uitkomst. Verwacht u geld terug? Dan krijgt u dat na de aanslag op uw rekening.`,
          `In de bijlage vindt u uw voorlopige aanslag ${c.date.getUTCFullYear()}. U krijgt ${money(rng.amount(20, 180), { euro: true })} per maand terug, in ${rng.int(9, 12)} termijnen. Dit bedrag is gebaseerd op uw gegevens van vorig jaar.`,
          `Wij nodigen u uit om vóór 1 mei aangifte te doen over ${year}. Dat kan met de vooraf ingevulde aangifte in Mijn Belastingdienst. Heeft u hulp nodig? Kijk op onze website of ga naar een Belastingdienst-servicepunt.`,
        ][msg] ?? '',
      ),
      ...bsnLineSafe(c),
      '',
      'Met vriendelijke groet,',
      'Belastingdienst',
      '',
      `Bijlage: ${['bevestiging.pdf', 'voorlopige_aanslag.pdf', 'uitnodiging_aangifte.pdf'][msg]}`,
      `https://mijn.overheid.nl/berichtenbox/bericht/${rng.digits(8)}       1/1`,
    ],
  ];
});

const taxLetterhead = mk('tax_document', 'aanslag-vooral-briefhoofd', 'printed', 0.3, ['bsn'], (c) => {
  const { rng } = c;
  const year = c.date.getUTCFullYear() - 1;
  const refund = rng.chance(0.6);
  const amount = rng.amount(40, 1900);
  return [
    [
      'Belastingdienst',
      '',
      '',
      '',
      '',
      `Retouradres Postbus ${rng.int(1000, 9999)}, ${rng.int(1000, 9999)} ${rng.letters(2)} ${rng.pick(['Apeldoorn', 'Heerlen', 'Utrecht'])}`,
      '',
      `${c.p.initials} ${c.p.lastName}`,
      `${c.p.street} ${c.p.houseNumber}`,
      `${c.p.postcode}  ${c.p.city.toUpperCase()}`,
      '',
      '',
      '',
      `Aanslag inkomstenbelasting en premie volksverzekeringen ${year}`,
      '',
      `Dagtekening ${fmtDate(c.date, 'long')}`,
      ...(c.show.bsn
        ? [`Aanslagnummer ${fmtBsn(c.p.bsn, rng)}.H.${String(year).slice(2)}.01`, `Burgerservicenummer ${c.p.bsn}`]
        : [`Aanslagnummer ${rng.digits(4)}.${rng.digits(2)}.${rng.digits(3)}.H.${String(year).slice(2)}.01`]),
      '',
      '',
      '',
      '',
      `Deze aanslag: ${refund ? 'u krijgt' : 'u moet betalen'} ${money(amount, { euro: true })}`,
      '',
      'Lees de toelichting op de achterkant.',
    ],
    [
      'Toelichting',
      '',
      ...paras(
        86,
        `Belastbaar inkomen uit werk en woning: ${money(rng.amount(12000, 26000), { euro: true })}. Heffingskortingen: ${money(rng.amount(2000, 5000), { euro: true })}.`,
        `${refund ? 'Wij betalen het bedrag binnen 6 weken uit op uw rekening.' : 'Betaal het bedrag vóór de vervaldatum op de acceptgiro. Kunt u niet in één keer betalen? Vraag een betalingsregeling aan.'} Bent u het niet eens met deze aanslag? Dan kunt u binnen 6 weken bezwaar maken bij de Belastingdienst.`,
      ),
    ],
  ];
});

const taxBewindCover = mk('tax_document', 'bewindvoerder-stuurt-belastingbrief-door', 'printed', 0.3, ALL, (c) => {
  const { rng } = c;
  const kantoor = bewindKantoor(c);
  const year = c.date.getUTCFullYear() - 1;
  return [
    [
      kantoor,
      '',
      `Aan: ${c.org.name}, Werk en Inkomen`,
      `Datum: ${fmtDate(c.date)}`,
      `Betreft: belastingbrief ${c.p.name}`,
      ...ids(c),
      '',
      ...paras(
        84,
        `Ter informatie sturen wij u een kopie van de ${rng.pick(['definitieve aanslag inkomstenbelasting', 'beschikking terugvordering zorgtoeslag', 'voorlopige aanslag'])} ${year} van cliënt. ${one(rng, 'De teruggave is op de beheerrekening ontvangen en valt volgens ons niet onder de middelen.', 'De terugvordering wordt met een betalingsregeling voldaan.', 'Graag verrekenen met de lopende aanvraag bijzondere bijstand.')}`,
      ),
      '',
      `Met vriendelijke groet, ${c.r.name}`,
      '',
      '------------------------------------------------------------------ (kopie)',
      `Belastingdienst${rng.chance(0.5) ? '/Toeslagen' : ''}`,
      `${c.p.initials} ${c.p.lastName} p/a ${kantoor}`,
      `Datum ${fmtDate(past(c, 5, 30), 'long')}`,
      ...bsnLineSafe(c),
      `Over het jaar ${year}`,
      `Bedrag: ${money(rng.amount(60, 2400), { euro: true })}`,
      '',
      '[rest van de kopie is onleesbaar]',
    ],
  ];
});

// ---------------------------------------------------------------------------------------------
// Rental agreements that were taken for "other"

const rentRoomWord = mk('rental_agreement', 'kamer-particulier-zelfgetypt', 'printed', 0.3, ['name-birthdate'], (c) => {
  const { rng } = c;
  const landlord = c.q;
  const rent = rng.int(380, 750);
  const start = past(c, 0, 40);
  return [
    [
      'HUURCONTRACT KAMER',
      '',
      `Verhuurder: ${landlord.name}, ${landlord.street} ${landlord.houseNumber}, ${landlord.city}`,
      `Huurder: ${c.p.name}${c.show.birthDate ? `, geboren ${fmtIso(c.p.birthDate)}` : ''}`,
      '',
      `1. De verhuurder verhuurt aan huurder een kamer (${rng.int(9, 18)} m2) op ${c.p.street} ${c.p.houseNumber}, ${c.p.postcode} ${c.p.city}. Keuken, douche en wc worden gedeeld met ${rng.int(1, 4)} andere bewoners.`,
      `2. De huur gaat in op ${fmtDate(start)} ${rng.pick(['voor onbepaalde tijd', `en duurt tot ${fmtDate(addDays(start, 365))}`, 'voor 1 jaar'])}.`,
      `3. De huurprijs is ${rng.pick([`${rent} euro`, `€ ${rent},-`])} per maand all-in (gas, water, licht, internet), te betalen voor de 1e van de maand op ${ibanText(landlord.iban, rng)}.`,
      `4. Borg: ${rng.pick(['1 maand', '2 maanden', `${rent} euro`])}. Terug bij vertrek als de kamer netjes is.`,
      '5. Niet roken in huis. Geen huisdieren. Bezoek mag niet blijven slapen langer dan 3 nachten.',
      '6. Opzeggen: 1 maand van tevoren, schriftelijk.',
      '',
      `Getekend in ${c.p.city} op ${fmtDate(start)}`,
      '',
      'Verhuurder: ____________          Huurder: ____________',
    ],
  ];
});

const rentServiceCosts = mk('rental_agreement', 'afrekening-servicekosten', 'printed', 0.3, [], (c) => {
  const { rng } = c;
  const corp = rng.pick(['Woongoed Voorbeeld', 'Portaal', 'Mitros', 'Woonstichting De Kernen', 'Eigen Haard']);
  const items = rng.sample(
    [
      'Schoonmaak trappenhuis',
      'Elektra algemene ruimten',
      'Glasbewassing',
      'Huismeester',
      'Tuinonderhoud',
      'Lift onderhoud',
      'Warm water',
      'Rioolontstopping',
    ],
    rng.int(3, 6),
  );
  let paid = 0;
  let cost = 0;
  const rows = items.map((i) => {
    const v = rng.amount(20, 260);
    const k = Math.round(v * (0.75 + rng.next() * 0.5) * 100) / 100;
    paid += v;
    cost += k;
    return `${i.padEnd(32)}${money(v).padStart(10)}${money(k).padStart(12)}`;
  });
  const diff = paid - cost;
  return [
    [
      corp,
      '',
      ...[c.p.name, `${c.p.street} ${c.p.houseNumber}`, `${c.p.postcode} ${c.p.city}`],
      '',
      `Datum ${fmtDate(c.date)}        Huurcontractnummer ${rng.digits(8)}`,
      '',
      `Jaarafrekening servicekosten ${c.date.getUTCFullYear() - 1}`,
      '',
      `${'Post'.padEnd(32)}${'Voorschot'.padStart(10)}${'Werkelijk'.padStart(12)}`,
      ...rows,
      `${'Totaal'.padEnd(32)}${money(paid).padStart(10)}${money(cost).padStart(12)}`,
      '',
      diff >= 0
        ? `U krijgt ${money(diff, { euro: true })} terug. Wij storten dit binnen 4 weken op uw rekening.`
        : `U moet ${money(-diff, { euro: true })} bijbetalen. Dit bedrag verrekenen wij met de huur van volgende maand.`,
      `Uw nieuwe voorschot servicekosten wordt ${money(rng.amount(25, 90), { euro: true })} per maand.`,
      '',
      'Niet eens met de afrekening? Laat het ons binnen 6 weken weten.',
    ],
  ];
});

const rentAntikraak = mk('rental_agreement', 'antikraak-gebruiksovereenkomst', 'printed', 0.25, ['name-birthdate'], (c) => {
  const { rng } = c;
  const org = rng.pick(['Ad Hoc Beheer', 'Camelot Leegstandbeheer', 'Villex Beheer', 'Zwerfkei Leegstandsbeheer']);
  return paginate(
    [
      org,
      '',
      'GEBRUIKSOVEREENKOMST (BRUIKLEEN) - TIJDELIJK WONEN',
      '',
      `Beheerder: ${org}, hierna "beheerder"`,
      `Gebruiker: ${c.p.name}${c.show.birthDate ? `, geboren op ${fmtIso(c.p.birthDate)}` : ''}, hierna "gebruiker"`,
      `Object: ${c.p.street} ${c.p.houseNumber}, ${c.p.postcode} ${c.p.city}`,
      '',
      ...paras(
        86,
        'Artikel 1. Beheerder stelt het object in bruikleen ter beschikking aan gebruiker ter voorkoming van leegstand, kraak en verloedering. Deze overeenkomst is geen huurovereenkomst; de huurbescherming is niet van toepassing.',
        `Artikel 2. Gebruiker betaalt een maandelijkse vergoeding van ${money(rng.amount(180, 420), { euro: true })} voor beheer- en administratiekosten. Dit is geen huurprijs.`,
        'Artikel 3. De overeenkomst kan door beheerder worden opgezegd met een termijn van 28 dagen. Gebruiker levert het object dan leeg en schoon op.',
        'Artikel 4. Gebruiker staat ingeschreven op het adres van het object, meldt gebreken direct en laat inspecties toe.',
      ),
      '',
      `Ingangsdatum: ${fmtDate(past(c, 10, 300))}`,
      'Handtekening beheerder: ____________   Handtekening gebruiker: ____________',
    ],
    rng.int(20, 40),
  );
});

const rentLandlordStatement = mk('rental_agreement', 'verklaring-verhuurder-huurbedrag', 'handwritten', 0.3, ['name-birthdate'], (c) => {
  const { rng } = c;
  const landlord = c.q;
  return [
    [
      'Verklaring van de verhuurder',
      '',
      ...paras(
        rng.int(50, 64),
        sloppy(
          `Ik, ${landlord.name}, wonend ${landlord.street} ${landlord.houseNumber} in ${landlord.city}, verklaar dat ik sinds ${fmtDate(past(c, 60, 900), 'long')} een ${rng.pick(['kamer', 'zolderkamer', 'appartement', 'bovenwoning'])} verhuur aan ${c.p.name} op het adres ${c.p.street} ${c.p.houseNumber}. De huur is ${money(rng.amount(350, 950), { euro: true })} per maand, inclusief ${rng.pick(['gas en licht', 'servicekosten', 'niets'])}. ${one(rng, 'Er is geen schriftelijk contract, alleen deze verklaring.', 'Het contract ben ik kwijt, daarom deze verklaring.', 'De huur wordt contant betaald.')}`,
          rng,
          0.15,
        ),
      ),
      '',
      `Huurder: ${c.p.name}${c.show.birthDate ? `, geboren ${fmtIso(c.p.birthDate)}` : ''}`,
      '',
      `${c.p.city}, ${fmtDate(c.date)}`,
      `Handtekening verhuurder: ${landlord.lastName} ~~~~`,
      `Telefoon: ${landlord.phone}`,
    ],
  ];
});

// ---------------------------------------------------------------------------------------------
// Benefit applications in voices the existing ones lack

const appBuurtteamSpoed = mk('benefit_application', 'buurtteam-spoedmelding-aanvraag', 'printed', 0.3, ALL, (c) => {
  const { rng } = c;
  const team = buurtteam(c);
  const why = one(
    rng,
    `${mevr(c)} ${c.p.lastName} op ${fmtDate(past(c, 2, 12), 'long')} uit detentie is vrijgekomen en geen enkel inkomen heeft.`,
    `${mevr(c)} ${c.p.lastName} na een relatiebreuk met ${haarZijn(c.p)} kinderen in de opvang terecht is gekomen en geen eigen inkomen heeft.`,
    `de WW-uitkering van ${mevr(c)} ${c.p.lastName} per ${fmtDate(past(c, 5, 20), 'long')} is geëindigd en er geen nieuw werk is.`,
  );
  return [
    [
      `${team} - aanmelding`,
      '',
      `Aan: ${c.org.name}, Team Intake`,
      `Datum: ${fmtDate(c.date)}`,
      `Spoed: ja`,
      '',
      `Aanvrager: ${c.p.name}`,
      ...ids(c),
      `Adres: ${rng.chance(0.7) ? `${c.p.street} ${c.p.houseNumber}, ${c.p.postcode} ${c.p.city}` : 'briefadres via de daklozenopvang'}`,
      `Telefoon: ${c.p.phone}`,
      '',
      ...paras(
        84,
        `Wij melden ${c.p.name} aan voor een bijstandsuitkering, omdat ${why}`,
        `Wij vragen u de aanvraag met voorrang te behandelen en een voorschot te overwegen. ${one(rng, 'Identiteitsbewijs en bankafschriften zijn bijgevoegd.', 'De stukken verzamelen wij samen met cliënt; zij volgen binnen een week.', 'Cliënt heeft nog geen bankrekening; wij helpen bij het openen daarvan.')}`,
      ),
      '',
      `${c.r.name}, ${rng.pick(['casemanager', 'maatschappelijk werker', 'trajectbegeleider'])}`,
    ],
  ];
});

const appMail = mk('benefit_application', 'email-ww-op-bijstand-aanvragen', 'printed', 0.3, ['bsn', 'name-birthdate'], (c) => {
  const { rng } = c;
  return [
    [
      ...mailHead(
        c,
        `${c.p.name} <${c.p.email}>`,
        muniMail(c, rng.pick(['info', 'werkeninkomen', 'intake'])),
        rng.pick(['bijstand aanvragen', 'aanvraag uitkering', 'Vraag: WW stopt, bijstand?']),
      ),
      ...paras(
        84,
        'Goedendag,',
        `Mijn WW-uitkering stopt op ${fmtDate(ahead(c, 5, 30), 'long')} en ik heb nog geen nieuw werk. Ik wil daarom bijstand aanvragen. ${one(rng, 'Ik woon alleen.', `Ik woon samen met mijn ${rng.pick(['vrouw', 'man', 'partner'])} en ${rng.int(1, 3)} kinderen.`, 'Ik woon bij mijn ouders.')} Het online formulier lukt mij niet omdat ${one(rng, 'mijn DigiD is verlopen', 'ik geen computer heb, alleen een telefoon', 'de website steeds vastloopt')}.`,
        'Kunt u mij een papieren aanvraagformulier sturen of een afspraak maken? Wat moet ik allemaal meenemen?',
      ),
      ...ids(c),
      '',
      'Met vriendelijke groet,',
      c.p.name,
      `${c.p.street} ${c.p.houseNumber}, ${c.p.postcode} ${c.p.city}`,
      c.p.phone,
    ],
  ];
});

export const dutchVoicesTemplates: Template[] = [
  complaintBare,
  complaintNeighbour,
  complaintBuurtteam,
  complaintMailThread,
  complaintWhatsapp,
  complaintOnlineForm,
  complaintBewind,
  complaintLawyer,
  complaintLoonstroken,
  holidayBare,
  holidayWhatsapp,
  holidayHalfForm,
  holidayBuurtteam,
  holidayMailTicket,
  holidayBewind,
  holidayFamily,
  holidayReturn,
  jobAtsReject,
  jobHandList,
  jobMailProefdag,
  jobPortalOverview,
  jobCoach,
  jobSmallReject,
  jobClientNote,
  jobAgencyWhatsapp,
  objBare,
  objBuurtteam,
  objBewind,
  objOnlineForm,
  objMailStukken,
  objLawyerAddress,
  objConfused,
  changeSamenwonen,
  changeWorkMail,
  changeBuurtteamGezin,
  changeBewindMutatie,
  changeHalfForm,
  changeWhatsappIncome,
  changeNeighbourMove,
  changeSeparated,
  otherBirthdayCard,
  otherEnergyOffer,
  otherSchoolContribution,
  otherParking,
  otherPublicSpace,
  otherPassportReady,
  otherFluShot,
  otherThankYou,
  otherFoodbank,
  otherScam,
  otherMourning,
  otherTaalhuis,
  otherWmo,
  medGpNote,
  medPharmacy,
  medMidwife,
  medAdvisor,
  taxToeslagenChange,
  taxBerichtenbox,
  taxLetterhead,
  taxBewindCover,
  rentRoomWord,
  rentServiceCosts,
  rentAntikraak,
  rentLandlordStatement,
  appBuurtteamSpoed,
  appMail,
];
