/**
 * Letters written by clients (typed, handwritten, in plain or in simple Dutch, or in English), and the
 * municipality's own decision letters that clients send back as enclosures.
 */
import {
  addDays,
  addMonths,
  type Day,
  type Doc,
  dEn,
  dLong,
  dNum,
  eur,
  geachte,
  iso,
  type Lang,
  maand,
  type NumStyle,
  type Person,
  Rng,
  round2,
  typoBsn,
} from '../lib/core.ts';
import { type Block, GEMEENTE, GEMEENTE_TO, letter } from '../lib/letter.ts';
import { CONSULTANTS, type DocCtx, mk, receivedStamp, toAddr } from './common.ts';

export type Ids = 'bsn' | 'klant' | 'both' | 'none' | 'typo';

export interface ClientLetterOpts {
  hand?: boolean;
  ruled?: boolean;
  ids?: Ids;
  num?: NumStyle;
  stampDate?: Day;
  /** language the client writes in; default by person */
  lang?: 'nl' | 'en';
}

function senderLines(p: Person, ids: Ids, lang: 'nl' | 'en'): string[] {
  const lines = [p.name, p.street, `${p.postcode} ${p.city}`];
  const bsnLabel = lang === 'en' ? 'BSN' : 'BSN';
  const klantLabel = lang === 'en' ? 'Client number' : 'Klantnummer';
  if ((ids === 'bsn' || ids === 'both') && p.bsn) lines.push(`${bsnLabel}: ${p.bsn}`);
  if (ids === 'typo') lines.push(`${bsnLabel}: ${typoBsn(p.bsn)}`);
  if ((ids === 'klant' || ids === 'both') && p.clientNumber) lines.push(`${klantLabel}: ${p.clientNumber}`);
  if (ids !== 'none' && ids !== 'bsn') lines.push(`Tel: ${p.phone}`);
  return lines;
}

function idNote(ids: Ids): string | undefined {
  return ids === 'typo'
    ? 'BSN in de brief heeft twee verwisselde cijfers (elfproef faalt)'
    : ids === 'none'
      ? 'geen BSN of klantnummer in de brief'
      : undefined;
}

export function clientLetter(
  c: DocCtx,
  o: ClientLetterOpts & { subject?: string; body: Block[]; closing?: string; salutation?: string; enclosures?: string[]; to?: string[] },
) {
  const { r, p } = c;
  const lang = o.lang ?? (p.language === 'en' ? 'en' : 'nl');
  const ids = o.ids ?? r.pick<Ids>(['bsn', 'klant', 'both', 'both', 'none']);
  const hand = o.hand ?? false;
  return {
    pages: letter({
      r,
      head: 'plain',
      sender: senderLines(p, ids, lang),
      to:
        o.to ??
        (lang === 'en' ? ['Municipality of Voorbeeld', 'Department Werk en Inkomen', 'Postbus 1234', '1230 AA Voorbeeld'] : GEMEENTE_TO),
      date: c.date,
      dateLine: lang === 'en' ? `Voorbeeld, ${dEn(c.date)}` : `${p.city}, ${hand && r.chance(0.5) ? dNum(c.date) : dLong(c.date)}`,
      subject: o.subject,
      subjectLabel: lang === 'en' ? 'Subject: ' : hand ? '' : 'Betreft: ',
      salutation:
        o.salutation ??
        (lang === 'en' ? 'Dear Sir or Madam,' : r.pick(['Geachte heer/mevrouw,', 'Geachte mevrouw, meneer,', 'Beste meneer/mevrouw,'])),
      body: o.body,
      closing:
        o.closing ??
        (lang === 'en'
          ? r.pick(['Kind regards,', 'Yours faithfully,', 'Sincerely,'])
          : r.pick(['Met vriendelijke groet,', 'Met vriendelijke groeten,', 'Hoogachtend,'])),
      signer: [p.name],
      enclosures: o.enclosures,
      enclosuresLabel: lang === 'en' ? 'Attachments:' : undefined,
      num: o.num ?? 'none',
      numPos: hand ? 'bottom-center' : 'bottom-right',
      hand,
      ruled: o.ruled,
      extraFirst: o.stampDate ? [receivedStamp(r, o.stampDate)] : undefined,
    }),
    note: idNote(ids),
    lang: lang as Lang,
  };
}

/** the language a client writes letters in: English speakers write English; some Arabic and Polish speakers too */
export function writesIn(c: DocCtx): 'nl' | 'en' {
  if (c.p.language === 'en') return 'en';
  if (c.p.language === 'ar' || c.p.language === 'pl') return c.r.chance(0.3) ? 'en' : 'nl';
  return 'nl';
}

const INTERPRETER: Record<string, string> = { en: 'Tigrinya', ar: 'Arabic', pl: 'Polish', tr: 'Turkish', nl: 'Dutch' };

const simple = (p: Person) => p.language === 'tr' || p.language === 'pl' || p.language === 'ar';

const monthYear = (d: Day) => `${maand(d.getUTCMonth() + 1)} ${d.getUTCFullYear()}`;

/** reference and amount of a municipal decision, the same wherever the decision is quoted */
export function decisionFacts(p: Person, d: Day): { km: string; amount: number } {
  const r = new Rng(`besluit:${p.bsn}:${iso(d)}`);
  return { km: `W&I/${d.getUTCFullYear()}/${r.digits(6)}`, amount: round2(r.float(900, 1400)) };
}
export const kenmerkGemeente = (p: Person, d: Day) => decisionFacts(p, d).km;

// ---------------------------------------------------------------------------------------------
// Objections

export type ObjectionTopic = 'verlaging' | 'terugvordering' | 'bijzondere-bijstand' | 'intrekking' | 'kostendelers';

export function objectionLetter(c: DocCtx, o: ClientLetterOpts & { topic?: ObjectionTopic; decisionDate?: Day; long?: boolean } = {}): Doc {
  const { r, p } = c;
  const topic = o.topic ?? r.pick<ObjectionTopic>(['verlaging', 'terugvordering', 'bijzondere-bijstand', 'intrekking', 'kostendelers']);
  const dd = o.decisionDate ?? addDays(c.date, -r.int(10, 38));
  const km = kenmerkGemeente(p, dd);
  const lang = o.lang ?? writesIn(c);
  let body: Block[];
  let subject: string;
  if (lang === 'en') {
    subject = `Objection against your decision of ${dEn(dd)} (reference ${km})`;
    body = [
      `With this letter I object to your decision of ${dEn(dd)} with reference ${km}. In this decision you ${
        {
          verlaging: 'reduced my benefit by 20% for three months',
          terugvordering: `ask me to pay back ${eur(decisionFacts(p, dd).amount * 1.68)}`,
          'bijzondere-bijstand': 'refused my request for a contribution for a new bed and a washing machine',
          intrekking: 'stopped my benefit',
          kostendelers: 'say that I share costs with my cousin',
        }[topic]
      }.`,
      'I do not agree with this decision for the following reasons.',
      {
        ol: [
          'I did send all documents that you asked for. I brought them to the counter at the town hall and I received a receipt, which I attach to this letter.',
          'I did not understand the letter in which you asked for information, because it was only in Dutch. My Dutch is not good enough yet for official letters. Nobody explained it to me.',
          'Because of this decision I can not pay my rent and my health insurance. I have two children at home and I am very worried.',
        ],
      },
      `I ask you to withdraw the decision and to continue my benefit as before. I would also like to be heard about this objection, if possible with an interpreter (${INTERPRETER[p.language]}).`,
    ];
    if (o.long)
      body.push(
        'In addition, I would like to explain my situation. Since last summer I am following a language course four mornings a week. In the afternoons I take care of my children, because my husband is not living with us anymore. I have tried to find work in cleaning and in a warehouse, but the employers ask for more Dutch. I am doing my best and I really want to work, but I need more time and help from the work coach.',
        'If you need more information, you can call me on the number above. My neighbour can translate if needed.',
      );
  } else if (o.hand && !simple(p)) {
    subject = `bezwaar tegen besluit ${km}`;
    body = [
      `Hierbij maak ik bezwaar tegen uw besluit van ${dLong(dd)} (kenmerk ${km}).`,
      {
        verlaging:
          'U verlaagt mijn uitkering omdat ik niet op de afspraak zou zijn gekomen. Ik heb die ochtend gebeld om af te zeggen omdat ik ziek was. Dat kunt u nagaan.',
        terugvordering:
          'U vraagt geld terug omdat ik mijn inkomsten niet zou hebben doorgegeven. Ik heb ieder maand mijn loonstroken ingeleverd bij de balie. Ik begrijp niet hoe dit kan.',
        'bijzondere-bijstand':
          'U wijst mijn aanvraag voor een nieuwe wasmachine af. Mijn oude machine is echt kapot en ik heb drie kinderen. Ik kan dit niet zelf betalen.',
        intrekking: 'U stopt mijn uitkering omdat ik zou samenwonen. Dat is niet zo. Mijn vriend woont in zijn eigen huis in Ooststad.',
        kostendelers: 'U zegt dat mijn zoon bij mij woont, maar hij woont al sinds de zomer bij zijn vader.',
      }[topic],
      'Ik vraag u om het besluit terug te draaien. Ik wil graag uitleggen hoe het zit.',
    ];
  } else if (simple(p) || o.hand) {
    subject = 'bezwaar';
    body = [
      `Ik maak bezwaar tegen uw brief van ${dNum(dd)}, nummer ${km}.`,
      {
        verlaging:
          'U zegt ik kom niet naar afspraak maar ik was ziek die dag en ik heb gebeld. Nu krijg ik minder geld, dat is niet eerlijk.',
        terugvordering: `U wil dat ik ${eur(decisionFacts(p, dd).amount * 1.68)} terug betaal. Maar ik heb altijd alles doorgegeven, ook mijn werk bij uitzendbureau. Ik heb alle loonstroken gestuurd.`,
        'bijzondere-bijstand':
          'Ik heb gevraagd geld voor nieuwe koelkast want oude is kapot. U zegt nee. Ik heb geen geld om zelf te kopen. Ik heb kinderen, eten moet koud blijven.',
        intrekking:
          'U stopt mijn uitkering. Maar ik woon niet samen. Mijn neef slaapt soms bij mij maar hij woont in Rotterdam. Hij is ingeschreven daar.',
        kostendelers: 'U zegt mijn zoon woont bij mij dus ik krijg minder. Maar mijn zoon is 20 en hij studeert, hij heeft stufi.',
      }[topic],
      'Ik heb nu geen geld voor huur en eten. Wil u opnieuw kijken alstublieft.',
      r.chance(0.5) ? 'Als u vraag heeft u kan mij bellen. Mijn dochter kan helpen met taal.' : 'Ik wil graag gesprek hierover.',
    ];
  } else {
    subject = `Bezwaarschrift tegen besluit van ${dLong(dd)}, kenmerk ${km}`;
    body = [
      `Hierbij maak ik bezwaar tegen uw besluit van ${dLong(dd)} met kenmerk ${km}. Een kopie van het besluit stuur ik mee.`,
      {
        verlaging:
          'In dit besluit verlaagt u mijn bijstandsuitkering gedurende drie maanden met 20%, omdat ik niet zou zijn verschenen op een afspraak met mijn werkcoach. Ik ben het hier niet mee eens.',
        terugvordering: `In dit besluit vordert u een bedrag van ${eur(decisionFacts(p, dd).amount * 1.68)} van mij terug, omdat ik inkomsten niet op tijd zou hebben doorgegeven. Ik ben het hier niet mee eens.`,
        'bijzondere-bijstand':
          'In dit besluit wijst u mijn aanvraag om bijzondere bijstand voor de kosten van een bril en tandartskosten af. Ik ben het hier niet mee eens.',
        intrekking:
          'In dit besluit trekt u mijn uitkering in met ingang van de eerste van de maand, omdat ik een gezamenlijke huishouding zou voeren. Dat is niet juist.',
        kostendelers:
          'In dit besluit past u de kostendelersnorm toe omdat mijn dochter bij mij staat ingeschreven. Mijn dochter woont echter op kamers in Utrecht.',
      }[topic],
      { h: 'Gronden van het bezwaar' },
      {
        verlaging:
          'Op de dag van de afspraak lag ik met koorts in bed. Ik heb die ochtend om 8.45 uur naar het algemene nummer gebeld en doorgegeven dat ik niet kon komen. De medewerker heeft gezegd dat dit zou worden doorgegeven. Ik heb dus niet verwijtbaar gehandeld. Bovendien ben ik de afgelopen twee jaar altijd op alle afspraken geweest.',
        terugvordering:
          'Ik heb mijn werk via het uitzendbureau direct gemeld, zowel telefonisch als via het wijzigingsformulier. Mijn loonstroken heb ik iedere maand ingeleverd. Als er iets fout is gegaan, ligt dat niet aan mij. Daarnaast is het bedrag te hoog: u rekent met brutobedragen in plaats van nettobedragen.',
        'bijzondere-bijstand':
          'Mijn oude bril is gebroken en zonder bril kan ik niet lezen en niet veilig fietsen. De tandarts heeft een behandeling nodig gevonden die niet onder mijn basisverzekering valt. Ik heb geen reserves om deze kosten te betalen; dat blijkt ook uit mijn bankafschriften.',
        intrekking:
          'De heer die volgens uw onderzoek bij mij zou wonen, is een goede kennis die mij helpt met klussen. Hij heeft een eigen woning, waar hij staat ingeschreven en waar hij ook slaapt. Wij delen geen kosten en hebben geen gezamenlijke rekening. Uw conclusie is gebaseerd op één huisbezoek waarbij hij toevallig aanwezig was.',
        kostendelers:
          'Mijn dochter studeert in Utrecht en woont daar sinds september op een kamer. Zij komt alleen af en toe in het weekend. Zij vergeet zich om te schrijven, maar daar kan ik niets aan doen. Ik stuur een kopie van haar huurcontract mee.',
      }[topic],
      'Ik verzoek u het besluit te herroepen. Ik wil graag worden gehoord voordat u op mijn bezwaar beslist.',
    ];
    if (o.long)
      body.push(
        { h: 'Verzoek om voorlopige voorziening' },
        'Omdat ik door dit besluit mijn vaste lasten niet meer kan betalen en er al een achterstand in de huur is ontstaan, verzoek ik u de uitvoering van het besluit op te schorten totdat op mijn bezwaar is beslist. Mocht u dat niet doen, dan overweeg ik de voorzieningenrechter te vragen een voorlopige voorziening te treffen.',
        'Voor de volledigheid merk ik op dat ik in de afgelopen periode ook op andere punten problemen heb ervaren met de bereikbaarheid van mijn consulent. Ik heb meerdere keren gebeld en gemaild zonder reactie. Ik vraag u hier in de beslissing op mijn bezwaar ook aandacht aan te besteden.',
        'Ik behoud mij het recht voor de gronden van mijn bezwaar aan te vullen nadat ik het dossier heb kunnen inzien. Ik verzoek u mij daarom een kopie van alle stukken te sturen die op dit besluit betrekking hebben.',
      );
  }
  const res = clientLetter(c, {
    ...o,
    lang,
    subject,
    body,
    enclosures: lang === 'en' ? ['copy of the decision', 'receipt of the documents'] : simple(p) ? undefined : ['kopie besluit'],
  });
  return mk(
    'objection',
    p,
    res.lang,
    res.pages,
    `bezwaarschrift (${topic})${lang === 'en' ? ', Engels' : ''}`,
    (o.num ?? 'none') !== 'none',
    res.note,
  );
}

// ---------------------------------------------------------------------------------------------
// Complaints

export function complaintLetter(c: DocCtx, o: ClientLetterOpts & { long?: boolean } = {}): Doc {
  const { r, p } = c;
  const lang = o.lang ?? writesIn(c);
  const consultant = r.pick(['mevrouw De Graaf', 'meneer Bouzid', 'mevrouw Demir', 'meneer Van Leeuwen', 'mijn consulent']);
  let body: Block[];
  let subject: string;
  if (lang === 'en') {
    subject = 'Complaint about the way I was treated';
    body = [
      `I want to make a complaint about the way I was treated at the counter of the town hall on ${dEn(addDays(c.date, -r.int(3, 12)))}.`,
      'I came to bring my documents for my benefit. The employee at the desk was not friendly. She said loudly, so that other people could hear, that I "always bring the wrong papers" and that I should "learn Dutch first". I felt ashamed in front of the other people in the waiting room.',
      'I understand that my Dutch is not perfect. But I think everybody should be treated with respect. I have always tried to do what the municipality asks me.',
      'I would like to receive an apology and I would like to know what you will do so that this does not happen again. Please contact me by e-mail or phone.',
    ];
  } else if (o.hand && !simple(p)) {
    subject = 'klacht';
    body = [
      `Ik wil een klacht indienen over ${consultant}. Op ${dNum(addDays(c.date, -r.int(5, 15)))} zou ik worden teruggebeld over mijn uitkering, maar er is niemand geweest. Ook daarna heb ik nog twee keer gebeld en een bericht achtergelaten.`,
      'Ik vind het vervelend dat ik steeds moet wachten terwijl ik wel alles op tijd doe. Ik wil graag dat iemand contact met mij opneemt.',
    ];
  } else if (simple(p)) {
    subject = 'klacht';
    body = [
      `Ik wil klagen over ${consultant}. Ik bel al 3 weken elke dag en niemand belt terug. Ik heb ook mail gestuurd 2 keer.`,
      'Mijn geld van deze maand is niet gekomen. Ik weet niet waarom. Ik heb geen geld voor eten en de huur.',
      'Ik vind dit niet goed. Ik wil dat iemand mij belt en uitlegt wat er is.',
    ];
  } else {
    subject = 'Klacht over behandeling en bereikbaarheid';
    body = [
      `Hierbij dien ik een klacht in over de manier waarop ik de afgelopen weken ben behandeld door de afdeling Werk en Inkomen, in het bijzonder door ${consultant}.`,
      `Op ${dLong(addDays(c.date, -r.int(20, 40)))} heb ik alle gevraagde stukken ingeleverd. Sindsdien heb ik niets meer gehoord. Ik heb minstens zes keer gebeld met het algemene nummer. Steeds werd mij beloofd dat ik zou worden teruggebeld, maar dat is niet gebeurd. Ook op mijn e-mails is niet gereageerd.`,
      'Inmiddels is mijn uitkering over de afgelopen maand nog niet betaald. Hierdoor heb ik mijn huur niet op tijd kunnen betalen en heb ik een aanmaning van de woningcorporatie ontvangen. Dit levert mij veel stress op.',
      'Ik verwacht van de gemeente dat zij bereikbaar is en afspraken nakomt. Ik verzoek u:',
      {
        ul: [
          'mij binnen een week te laten weten wanneer mijn uitkering wordt betaald;',
          'mij een vast aanspreekpunt te geven;',
          'mijn klacht serieus te behandelen en mij schriftelijk te antwoorden.',
        ],
      },
    ];
    if (o.long)
      body.push(
        'Dit is niet de eerste keer dat dit gebeurt. Ook vorig jaar heb ik maandenlang moeten wachten op een beslissing over bijzondere bijstand. Toen heb ik geen klacht ingediend omdat ik dacht dat het een uitzondering was. Nu blijkt dat niet zo te zijn.',
        { h: 'Verloop van de contacten' },
        {
          ul: [
            `${dNum(addDays(c.date, -r.int(30, 40)))}: stukken ingeleverd aan de balie, ontvangstbewijs gekregen.`,
            `${dNum(addDays(c.date, -r.int(20, 29)))}: gebeld, mij werd gezegd dat mijn dossier "in behandeling" was.`,
            `${dNum(addDays(c.date, -r.int(14, 19)))}: e-mail gestuurd aan mijn consulent, geen antwoord.`,
            `${dNum(addDays(c.date, -r.int(8, 13)))}: opnieuw gebeld, terugbelverzoek genoteerd.`,
            `${dNum(addDays(c.date, -r.int(2, 7)))}: nog steeds niets gehoord; uitkering niet ontvangen.`,
          ],
        },
        'Ik begrijp dat het druk is bij de gemeente, maar ik ben afhankelijk van deze uitkering. Ik heb twee kinderen en geen andere inkomsten. Ik heb inmiddels geld moeten lenen van familie om boodschappen te kunnen doen, en de energieleverancier heeft mij ook al een herinnering gestuurd.',
        'Ik heb ook het gevoel dat ik niet serieus word genomen. Toen ik aan de telefoon vroeg of ik mijn consulent kon spreken, werd mij op een vervelende toon gezegd dat ik "geduld moest hebben zoals iedereen". Ik vind dat niet respectvol.',
        'Ik ben graag bereid mijn klacht in een gesprek toe te lichten. Ik ben het best bereikbaar in de ochtend. Mocht mijn klacht niet naar tevredenheid worden afgehandeld, dan wend ik mij tot de Nationale ombudsman.',
      );
  }
  const res = clientLetter(c, {
    ...o,
    lang,
    subject,
    body,
    to: lang === 'en' ? undefined : ['Gemeente Voorbeeld', 't.a.v. de klachtencoördinator', 'Postbus 1234', '1230 AA  Voorbeeld'],
  });
  return mk('complaint', p, res.lang, res.pages, `klacht${lang === 'en' ? ' (Engels)' : ''}`, (o.num ?? 'none') !== 'none', res.note);
}

// ---------------------------------------------------------------------------------------------
// Changes, holidays, applications and cover notes written as letters

export function changeLetter(c: DocCtx, o: ClientLetterOpts & { what?: 'inwonen' | 'werk' | 'adres' } = {}): Doc {
  const { r, p } = c;
  const what = o.what ?? r.pick(['inwonen', 'werk', 'adres'] as const);
  const lang = o.lang ?? writesIn(c);
  const when = addDays(c.date, -r.int(2, 20));
  let body: Block[];
  if (lang === 'en')
    body = [
      {
        inwonen: `I would like to inform you that my brother ${r.pick(p.language === 'ar' ? ['Ahmad', 'Yousef', 'Khaled'] : p.language === 'pl' ? ['Pawel', 'Krzysztof', 'Marcin'] : ['Samuel', 'Biniam', 'Filmon'])} lives with me since ${dEn(when)}. He has no income at the moment and is waiting for his own house.`,
        werk: `I would like to inform you that I started working on ${dEn(when)} at Logistiek Centrum Oost through FlexWerk, about 20 hours per week. I will send my payslips every month.`,
        adres: `I would like to inform you that I will move to a new address on ${dEn(addDays(c.date, 14))}: Lindelaan ${r.int(2, 140)}, 1238 KL Voorbeeld.`,
      }[what],
      'Please let me know if you need any other documents from me.',
    ];
  else if (simple(p))
    body = [
      {
        inwonen: `Ik wil zeggen dat mijn moeder komt bij mij wonen vanaf ${dNum(when)}. Zij is oud en ziek. Zij heeft AOW klein.`,
        werk: `Ik heb werk gevonden bij schoonmaak bedrijf, vanaf ${dNum(when)}. 16 uur in de week. Contract stuur ik mee.`,
        adres: `Ik ga verhuizen naar nieuwe adres Eikenlaan ${r.int(2, 140)} vanaf ${dNum(addDays(c.date, 14))}.`,
      }[what],
      'Als u papieren nodig heeft, zeg maar.',
    ];
  else
    body = [
      {
        inwonen: `Hierbij geef ik door dat mijn ${r.pick(['vriend', 'broer', 'zus'])} sinds ${dLong(when)} tijdelijk bij mij inwoont. Het gaat om een periode van ongeveer drie maanden. Hij/zij betaalt mij geen kostgeld.`,
        werk: `Hierbij meld ik dat ik per ${dLong(when)} in dienst ben getreden bij Zorgcentrum De Wilgenhof voor 16 uur per week. Een kopie van mijn arbeidsovereenkomst stuur ik mee. Mijn eerste loonstrook volgt zodra ik die heb ontvangen.`,
        adres: `Hierbij geef ik mijn nieuwe adres door. Vanaf ${dLong(addDays(c.date, 14))} woon ik op de Eikenlaan ${r.int(2, 140)}, 1238 CG Voorbeeld. Ik heb mij ook bij de gemeente laten inschrijven op het nieuwe adres.`,
      }[what],
      'Ik hoor graag of u nog iets van mij nodig heeft.',
    ];
  const res = clientLetter(c, { ...o, lang, subject: lang === 'en' ? 'Change in my situation' : 'Wijziging doorgeven', body });
  return mk(
    'change_form',
    p,
    res.lang,
    res.pages,
    `wijziging per brief (${what})`,
    (o.num ?? 'none') !== 'none',
    [res.note, 'geen formulier maar een brief'].filter(Boolean).join('; '),
  );
}

export function holidayLetter(c: DocCtx, o: ClientLetterOpts & { depart: Day; back: Day; country: string }): Doc {
  const { p } = c;
  const lang = o.lang ?? writesIn(c);
  const body: Block[] =
    lang === 'en'
      ? [
          `I want to inform you that I will travel to ${o.country} from ${dEn(o.depart)} until ${dEn(o.back)} to visit my family. My mother is old and I have not seen her for three years.`,
          'During this time I will not be able to come to appointments. I have informed my work coach. My address in Voorbeeld stays the same.',
          'I have attached a copy of my ticket.',
        ]
      : simple(p)
        ? [
            `Ik ga naar ${o.country} van ${dNum(o.depart)} tot ${dNum(o.back)}. Ik ga naar mijn familie. Mijn vader is ziek.`,
            'Ik kom terug op tijd. Kopie van ticket doe ik erbij.',
          ]
        : [
            `Hierbij meld ik dat ik van ${dLong(o.depart)} tot en met ${dLong(o.back)} met vakantie ga naar ${o.country}. Ik verblijf daar bij familie.`,
            'Ik ben in deze periode niet beschikbaar voor afspraken. Mijn werkcoach is op de hoogte. Een kopie van de boekingsbevestiging stuur ik mee.',
          ];
  const res = clientLetter(c, { ...o, lang, subject: lang === 'en' ? 'Holiday' : 'vakantie', body });
  return mk('holiday_notice', p, res.lang, res.pages, `vakantiemelding per brief (${o.country})`, false, res.note);
}

export function applicationLetter(c: DocCtx, o: ClientLetterOpts = {}): Doc {
  const { r, p } = c;
  const lang = o.lang ?? writesIn(c);
  const body: Block[] =
    lang === 'en'
      ? [
          'I would like to apply for social assistance (bijstand). Until last month I had a job at a distribution centre through an employment agency, but my contract was not extended. I do not receive unemployment benefit (WW) because I did not work long enough.',
          `I live alone at ${p.street} in ${p.city}. I have no savings and my rent is ${eur(r.int(550, 800))} per month. I have attached my last payslips, my bank statements and a copy of my residence permit.`,
          'Could you please tell me which other documents you need and when I can have an appointment? I prefer to communicate in English.',
        ]
      : [
          `Hierbij wil ik een bijstandsuitkering aanvragen. Mijn ${r.pick(['WW-uitkering stopt', 'contract is beëindigd', 'partner en ik zijn uit elkaar'])} per ${dLong(addDays(c.date, r.int(5, 25)))} en ik heb dan geen inkomen meer.`,
          'Ik heb geen spaargeld. Mijn bankafschriften, een kopie van mijn identiteitsbewijs en mijn huurcontract stuur ik mee. Ik heb geprobeerd het formulier online in te vullen, maar DigiD werkte niet.',
          'Wilt u mij laten weten of ik nog langs moet komen en welke papieren u verder nodig heeft?',
        ];
  const res = clientLetter(c, { ...o, lang, subject: lang === 'en' ? 'Application for social assistance' : 'Aanvraag bijstand', body });
  return mk('benefit_application', p, res.lang, res.pages, 'aanvraag bijstand per brief', false, res.note);
}

/** a short note on top of the enclosures; the mailroom files it as "other" */
export function coverNote(
  c: DocCtx,
  o: { what: string; lang?: 'nl' | 'en'; small?: boolean; hand?: boolean } = { what: 'de papieren' },
): Doc {
  const { r, p } = c;
  const lang = o.lang ?? writesIn(c);
  const hand = o.hand ?? true;
  const body: Block[] =
    lang === 'en'
      ? [`Please find enclosed ${o.what}. My client number is ${p.clientNumber ?? 'unknown'}.`]
      : simple(p)
        ? [`Hierbij stuur ik ${o.what}. Graag bevestiging dat u het heeft gekregen. Dank u wel.`]
        : [
            r.pick([
              `Hierbij stuur ik u ${o.what}, zoals gevraagd in uw brief.`,
              `In de bijlage vindt u ${o.what}. Ik hoop dat het zo compleet is.`,
            ]),
          ];
  const pages = letter({
    r,
    head: hand ? 'none' : 'plain',
    sender: hand ? [] : [p.name, p.street, `${p.postcode} ${p.city}`],
    to: [],
    date: c.date,
    dateLine: dNum(c.date),
    salutation: lang === 'en' ? 'Dear Sir/Madam,' : r.pick(['Beste meneer/mevrouw,', 'Geachte heer/mevrouw,', 'Hallo,']),
    body,
    closing: lang === 'en' ? 'Regards,' : r.pick(['Groeten,', 'Met vriendelijke groet,', 'Mvg,']),
    signer: [hand ? p.name : p.name, ...(hand && r.chance(0.6) ? [p.clientNumber ?? p.bsn] : [])],
    num: 'none',
    hand,
  });
  return mk('other', p, lang, pages, `begeleidend briefje (${o.what})`, false);
}

// ---------------------------------------------------------------------------------------------
// The municipality's decision letter, sent back as an enclosure to an objection

export function gemeenteBesluit(c: DocCtx, o: { topic?: ObjectionTopic; num?: NumStyle; returned?: boolean } = {}): Doc {
  const { r, p } = c;
  const topic = o.topic ?? 'verlaging';
  const { km, amount } = decisionFacts(p, c.date);
  const bodies: Record<ObjectionTopic, Block[]> = {
    verlaging: [
      `U heeft een bijstandsuitkering. Op ${dLong(addDays(c.date, -r.int(14, 30)))} had u een afspraak met uw werkcoach. U bent niet gekomen en u heeft zich niet afgemeld. Daarom verlagen wij uw uitkering.`,
      { h: 'Ons besluit' },
      `Wij verlagen uw uitkering met 20% gedurende 3 maanden. Dit is ${eur(amount * 0.2)} per maand. De verlaging gaat in op 1 ${maand(c.date.getUTCMonth() + 2)} ${c.date.getUTCFullYear()}.`,
      { h: 'Waarom nemen wij dit besluit?' },
      'Op grond van artikel 18 van de Participatiewet en de Verordening maatregelen Participatiewet moeten wij uw uitkering verlagen als u zich niet aan uw verplichtingen houdt. U heeft geen reden gegeven waarom u niet kon komen.',
    ],
    terugvordering: [
      'Uit gegevens van de Belastingdienst blijkt dat u in de afgelopen maanden inkomsten heeft ontvangen die u niet (op tijd) aan ons heeft doorgegeven.',
      { h: 'Ons besluit' },
      `Wij herzien uw uitkering over de periode van 1 ${monthYear(addMonths(c.date, -4))} tot en met ${monthYear(addMonths(c.date, -2))} en vorderen ${eur(amount * 1.68)} van u terug.`,
      {
        table: {
          cols: [
            { w: 160, head: 'Maand' },
            { w: 130, head: 'Inkomsten', align: 'right' },
            { w: 130, head: 'Te veel ontvangen', align: 'right' },
          ],
          rows: [4, 3, 2].map((k) => [monthYear(addMonths(c.date, -k)), eur(amount * 0.5 + k * 13), eur(amount * 0.56)]),
        },
      },
      'U heeft de inlichtingenplicht geschonden (artikel 17 Participatiewet). Daarom moeten wij het te veel betaalde bedrag terugvorderen (artikel 58 Participatiewet).',
    ],
    'bijzondere-bijstand': [
      `U heeft op ${dLong(addDays(c.date, -r.int(20, 40)))} bijzondere bijstand aangevraagd voor de kosten van een bril en tandartskosten.`,
      { h: 'Ons besluit' },
      'Wij wijzen uw aanvraag af.',
      { h: 'Waarom nemen wij dit besluit?' },
      'Deze kosten zijn algemeen voorkomend. U moet deze kosten betalen uit uw uitkering of de aanvullende zorgverzekering. U had hiervoor kunnen reserveren of gebruik kunnen maken van de gemeentepolis.',
    ],
    intrekking: [
      'Op grond van het onderzoek van Team Handhaving zijn wij van oordeel dat u een gezamenlijke huishouding voert.',
      { h: 'Ons besluit' },
      `Wij trekken uw bijstandsuitkering in met ingang van ${dLong(addDays(c.date, -r.int(30, 60)))}.`,
    ],
    kostendelers: [
      'Uit de Basisregistratie Personen blijkt dat op uw adres een andere persoon van 21 jaar of ouder staat ingeschreven.',
      { h: 'Ons besluit' },
      `Wij passen met ingang van 1 ${maand(c.date.getUTCMonth() + 2)} de kostendelersnorm toe. Uw uitkering wordt ${eur(amount * 0.75)} per maand.`,
    ],
  };
  const body = [...bodies[topic]];
  body.push(
    { h: 'Bent u het niet eens met dit besluit?' },
    'Dan kunt u binnen 6 weken na de verzenddatum van deze brief bezwaar maken. Stuur uw bezwaarschrift naar het college van burgemeester en wethouders, Postbus 1234, 1230 AA Voorbeeld. Vermeld in uw bezwaarschrift uw naam en adres, de datum, het kenmerk van deze brief, en waarom u het niet eens bent met het besluit. Vergeet niet uw bezwaarschrift te ondertekenen.',
    { h: 'Wat betekent dit voor u?' },
    'U ontvangt binnen twee weken een nieuwe specificatie van uw uitkering. Hierop ziet u welk bedrag u de komende maanden ontvangt. Moet u geld terugbetalen, dan krijgt u daarover een aparte brief met een voorstel voor een betalingsregeling. Wij houden daarbij rekening met de beslagvrije voet.',
    'Heeft u schulden of dreigt u in de problemen te komen door dit besluit? Neem dan contact op met de Kredietbank Voorbeeld. Zij kunnen u gratis helpen.',
    { h: 'Wettelijk kader' },
    'Dit besluit is genomen op grond van de Participatiewet, de Algemene wet bestuursrecht en de beleidsregels van de gemeente Voorbeeld. U kunt deze regels inzien via www.gemeente-voorbeeld.example/regelgeving of opvragen bij uw consulent.',
    'Heeft u vragen over deze brief? Bel dan met uw consulent via 14 0123.',
  );
  const ns = o.num ?? 'paginaXvanN';
  const pages = letter({
    r,
    org: GEMEENTE,
    head: 'gov',
    to: toAddr(p),
    returnAddress: 'Retouradres: Postbus 1234, 1230 AA Voorbeeld',
    date: c.date,
    refs: [
      ['Ons kenmerk', km],
      ['Klantnummer', p.clientNumber ?? '-'],
      ['Behandeld door', r.pick(CONSULTANTS)],
    ],
    subject: {
      verlaging: 'Verlaging van uw uitkering',
      terugvordering: 'Herziening en terugvordering bijstand',
      'bijzondere-bijstand': 'Beslissing op uw aanvraag bijzondere bijstand',
      intrekking: 'Intrekking van uw bijstandsuitkering',
      kostendelers: 'Wijziging van uw uitkering (kostendelersnorm)',
    }[topic],
    salutation: geachte(p),
    body,
    closing: 'Met vriendelijke groet,\nnamens het college van burgemeester en wethouders,',
    signer: [r.pick(['J. Verschoor', 'H. Dijkstra', 'A. Öztürk']), 'teamleider Inkomen'],
    num: ns,
    cont: true,
    footer: [
      'Gemeente Voorbeeld · Stadhuisplein 1 · Voorbeeld · www.gemeente-voorbeeld.example · Bereikbaar op werkdagen van 8.30 tot 17.00 uur via 14 0123',
    ],
  });
  return o.returned
    ? mk(
        'other',
        p,
        'nl',
        pages,
        `besluit gemeente (${topic}), door cliënt teruggestuurd`,
        ns !== 'none',
        'eigen besluit van de gemeente, zonder begeleidende brief teruggestuurd',
      )
    : mk(
        'other',
        p,
        'nl',
        pages,
        `kopie besluit gemeente (${topic}), bijlage bij bezwaar`,
        ns !== 'none',
        'eigen besluit van de gemeente, meegestuurd als bijlage',
      );
}
