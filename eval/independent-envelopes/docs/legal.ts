/**
 * Lawyers, the administrative court and UWV: an objection by a lawyer, a court ruling, a letter of the
 * court registry, an appeal, and four UWV decisions.
 */
import {
  A4,
  addDays,
  addMonths,
  type Day,
  type Doc,
  dLong,
  dNum,
  eur,
  Flow,
  fmtBsn,
  formal,
  geachte,
  type NumStyle,
  numberOps,
  round2,
} from '../lib/core.ts';
import { type Block, letter, logoOps, type Org } from '../lib/letter.ts';
import { type DocCtx, mk, toAddr } from './common.ts';
import { kenmerkGemeente, type ObjectionTopic } from './letters.ts';

const COLLEGE_TO = [
  'Het college van burgemeester en wethouders',
  'van de gemeente Voorbeeld',
  't.a.v. Team Bezwaar en Beroep',
  'Postbus 1234',
  '1230 AA  VOORBEELD',
];

const DE_BRUG: Org = {
  name: 'De Brug Advocaten',
  sub: 'sociaal advocatenkantoor',
  lines: ['Kerkplein 4', '1234 AH Voorbeeld'],
  phone: '0223 - 44 55 66',
  email: 'secretariaat@debrugadvocaten.example',
  logo: 'none',
  color: '#5a2d0c',
  nameFont: 'serifB',
  place: 'Voorbeeld',
};

export function lawyerObjection(
  c: DocCtx,
  o: { proForma?: boolean; num?: NumStyle; topic?: ObjectionTopic; decisionDate?: Day } = {},
): Doc {
  const { r, p } = c;
  const lawyer = r.pick(['mr. S. Karimi', 'mr. J.P. Hofman', 'mr. A.E. van Wijk']);
  const dd = o.decisionDate ?? addDays(c.date, -r.int(14, 40));
  const km = kenmerkGemeente(p, dd);
  const topic = o.topic ?? r.pick<ObjectionTopic>(['terugvordering', 'intrekking', 'verlaging']);
  const body: Block[] = [
    `Namens ${p.gender === 'v' ? 'mijn cliënte' : 'mijn cliënt'}, ${formal(p)}, geboren op ${dLong(p.birth)}, wonende aan de ${p.street} te ${p.city} (BSN ${fmtBsn(p.bsn, 1)}), maak ik hierbij bezwaar tegen uw besluit van ${dLong(dd)}, kenmerk ${km}. Een kopie van het besluit is bijgevoegd.`,
  ];
  if (o.proForma) {
    body.push(
      'Dit bezwaar wordt pro forma ingediend om de termijn veilig te stellen. Ik verzoek u mij een termijn van vier weken te gunnen om de gronden van het bezwaar aan te vullen.',
      'Tevens verzoek ik u mij een afschrift te sturen van alle op de zaak betrekking hebbende stukken, waaronder het rapport van het onderzoek dat aan het besluit ten grondslag ligt.',
      'Ik verzoek u uitdrukkelijk de kosten die mijn cliënt in verband met de behandeling van het bezwaar redelijkerwijs heeft moeten maken te vergoeden, op grond van artikel 7:15 Awb.',
    );
  } else {
    const grounds: Record<ObjectionTopic, string[]> = {
      terugvordering: [
        'U stelt dat cliënt de inlichtingenplicht heeft geschonden door inkomsten uit arbeid niet tijdig te melden. Dat is onjuist. Cliënt heeft zijn werkzaamheden via het uitzendbureau op de eerste werkdag telefonisch gemeld en daarna iedere maand een inkomstenopgave ingeleverd. Dat de loonstroken kennelijk niet in het dossier terecht zijn gekomen, kan hem niet worden tegengeworpen.',
        'Subsidiair is het bedrag van de terugvordering onjuist berekend. U heeft de brutolonen in mindering gebracht op de bijstand, terwijl op grond van artikel 32 Participatiewet het netto-inkomen bepalend is. Daarnaast heeft u ten onrechte geen rekening gehouden met de inkomstenvrijlating van artikel 31, tweede lid, onder n, Participatiewet.',
        'Meer subsidiair had u gebruik moeten maken van uw bevoegdheid om geheel of gedeeltelijk van terugvordering af te zien. Cliënt heeft forse schulden en is aangemeld bij de schuldhulpverlening. Terugvordering zal zijn financiële situatie ernstig verslechteren.',
      ],
      intrekking: [
        'U heeft de bijstand ingetrokken omdat cliënte een gezamenlijke huishouding zou voeren met de heer X. Voor het aannemen van een gezamenlijke huishouding is vereist dat sprake is van een gezamenlijk hoofdverblijf én wederzijdse zorg. Geen van beide is aangetoond.',
        'Het onderzoek bestaat uit één onaangekondigd huisbezoek en enkele waarnemingen van een auto in de straat. Uit vaste rechtspraak van de Centrale Raad van Beroep volgt dat een besluit tot intrekking moet berusten op een deugdelijk onderzoek waaruit concrete feiten en omstandigheden blijken. Daarvan is geen sprake.',
        'Cliënte heeft verklaringen van de verhuurder van de heer X en van diens werkgever overgelegd, waaruit blijkt dat hij op zijn eigen adres woont. U bent op deze stukken in het geheel niet ingegaan.',
      ],
      verlaging: [
        'U heeft de uitkering van cliënt verlaagd wegens het niet verschijnen op een afspraak. Cliënt was die dag ziek en heeft zich telefonisch afgemeld. Er is derhalve geen sprake van verwijtbaar gedrag.',
        'Ten onrechte heeft u cliënt niet gehoord voordat u het besluit nam. Had u dat wel gedaan, dan had hij kunnen uitleggen wat er was gebeurd.',
        'De opgelegde maatregel is bovendien onevenredig. U heeft geen rekening gehouden met de omstandigheden van cliënt, waaronder zijn zorg voor twee minderjarige kinderen.',
      ],
      'bijzondere-bijstand': [
        'Cliënte heeft aangetoond dat de kosten noodzakelijk zijn en dat zij deze niet uit eigen middelen kan voldoen.',
      ],
      kostendelers: ['De dochter van cliënte heeft haar hoofdverblijf elders. De inschrijving in de BRP is niet doorslaggevend.'],
    };
    body.push({ h: 'Gronden' });
    grounds[topic].forEach((g, i) => {
      body.push(`${i + 1}. ${g}`);
    });
    body.push(
      { h: 'Verzoek' },
      'Gelet op het voorgaande verzoek ik u het bezwaar gegrond te verklaren, het bestreden besluit te herroepen en de kosten van rechtsbijstand te vergoeden. Ik verzoek u cliënt en ondergetekende in de gelegenheid te stellen het bezwaar tijdens een hoorzitting mondeling toe te lichten.',
    );
  }
  const ns = o.num ?? (o.proForma ? 'none' : 'dashX');
  const pages = letter({
    r,
    org: DE_BRUG,
    head: 'left',
    to: COLLEGE_TO,
    date: c.date,
    dateLine: `Voorbeeld, ${dLong(c.date)}`,
    refs: [
      ['Uw kenmerk', km],
      ['Ons kenmerk', `${c.date.getUTCFullYear()}${r.digits(4)}/${lawyer.split(' ').pop()!.slice(0, 3).toUpperCase()}`],
      ['Inzake', `${p.last} / gemeente Voorbeeld`],
    ],
    subject: o.proForma ? 'pro forma bezwaarschrift' : 'bezwaarschrift',
    salutation: 'Geacht college,',
    body,
    closing: 'Hoogachtend,',
    signer: [lawyer, 'advocaat'],
    enclosures: ['kopie bestreden besluit', 'machtiging cliënt'],
    num: ns,
    numPos: 'bottom-center',
    font: 'serif',
    footer: [
      'De Brug Advocaten is een handelsnaam van De Brug Advocaten B.V. · Op onze dienstverlening zijn de algemene voorwaarden van toepassing · Derdengeldenrekening NL33 POLD 0987 6543 21',
    ],
  });
  return mk('objection', p, 'nl', pages, `bezwaarschrift advocaat${o.proForma ? ' (pro forma)' : ''}`, ns !== 'none');
}

// ---------------------------------------------------------------------------------------------
// Court

const COURT: Org = {
  name: 'Rechtbank Voorbeeld',
  sub: 'Team bestuursrecht',
  lines: ['Postbus 900', '1230 XK Voorbeeld'],
  phone: '088 - 361 00 00',
  web: 'www.rechtspraak.example',
  logo: 'court',
  color: '#222',
  nameFont: 'serifB',
  place: 'Voorbeeld',
};

const zaaknr = (c: DocCtx) => `VBD ${String(c.date.getUTCFullYear() - (c.r.chance(0.6) ? 1 : 0)).slice(2)}/${c.r.int(1000, 6999)}`;

export function courtRuling(c: DocCtx, o: { num?: NumStyle; gegrond?: boolean } = {}): Doc {
  const { r, p } = c;
  const zn = zaaknr(c);
  const ns = o.num ?? r.pick<NumStyle>(['bladXvanN', 'bare', 'paginaXvanN']);
  const gegrond = o.gegrond ?? r.chance(0.5);
  const zitting = addDays(c.date, -r.int(14, 42));
  const prim = addMonths(c.date, -r.int(7, 12));
  const bestreden = addMonths(prim, 3);
  const judge = r.pick(['mr. E.M. Kooistra', 'mr. R. El Idrissi', 'mr. drs. H.A. Vermeulen']);
  const clerk = r.pick(['mr. T. de Boer', 'L. Visser', 'mr. N. Bakker']);
  const eiser = p.gender === 'v' ? 'eiseres' : 'eiser';
  const Eiser = p.gender === 'v' ? 'Eiseres' : 'Eiser';
  const f = new Flow(80, A4.w - 80, 80, A4.h - 70, 40, (ops) => {
    ops.push({ t: 'text', x: 80, y: 46, s: `zaaknummer: ${zn}`, f: 'serif', size: 8.5 });
    return 80;
  });
  f.ops.push(...logoOps('court', A4.w / 2, 30, '#222'));
  f.y = 80;
  f.text('RECHTBANK VOORBEELD', { f: 'serifB', size: 13, align: 'center' });
  f.text('Bestuursrecht', { f: 'serif', size: 10.5, align: 'center', after: 14 });
  f.text(`zaaknummer: ${zn}`, { f: 'serif', size: 10.5 });
  f.space(8);
  f.text(`uitspraak van de enkelvoudige kamer van ${dLong(c.date)} in de zaak tussen`, { f: 'serif', size: 10.5, after: 8 });
  f.text(`${p.name}, uit ${p.city}, ${eiser}`, { f: 'serifB', size: 10.5 });
  f.text(`(gemachtigde: ${r.pick(['mr. S. Karimi', 'mr. J.P. Hofman'])}),`, { f: 'serif', size: 10.5, after: 8 });
  f.text('en', { f: 'serif', size: 10.5, after: 8 });
  f.text('het college van burgemeester en wethouders van Voorbeeld, het college', { f: 'serifB', size: 10.5 });
  f.text(`(gemachtigde: ${r.pick(['mr. drs. L. van Tol', 'mr. K. Smit', 'I. Yildiz'])}).`, { f: 'serif', size: 10.5, after: 10 });
  const para = (n: string, s: string) =>
    f.text(s, { f: 'serif', size: 10.5, indent: 28, label: n, labelW: 28, after: 6, align: 'justify' });
  f.heading('Inleiding', { f: 'serifB', size: 10.5 });
  para(
    '1.',
    `In deze uitspraak beoordeelt de rechtbank het beroep van ${eiser} tegen de herziening en terugvordering van ${p.gender === 'v' ? 'haar' : 'zijn'} bijstandsuitkering.`,
  );
  para(
    '1.1',
    `Met het besluit van ${dLong(prim)} (primair besluit) heeft het college het recht op bijstand van ${eiser} over de periode van 1 januari tot en met 30 juni herzien en een bedrag van ${eur(round2(r.float(1500, 9000)))} van ${eiser} teruggevorderd.`,
  );
  para(
    '1.2',
    `Met het besluit van ${dLong(bestreden)} (bestreden besluit) heeft het college het bezwaar van ${eiser} ongegrond verklaard.`,
  );
  para('1.3', `${Eiser} heeft beroep ingesteld tegen het bestreden besluit. Het college heeft een verweerschrift ingediend.`);
  para(
    '1.4',
    `De rechtbank heeft het beroep op ${dLong(zitting)} op zitting behandeld. Hieraan hebben deelgenomen: ${eiser}, de gemachtigde van ${eiser} en de gemachtigde van het college.`,
  );
  f.heading('Beoordeling door de rechtbank', { f: 'serifB', size: 10.5 });
  para(
    '2.',
    `De rechtbank beoordeelt of het college terecht heeft geconcludeerd dat ${eiser} de inlichtingenplicht heeft geschonden en daardoor te veel bijstand heeft ontvangen. Zij doet dat aan de hand van de beroepsgronden van ${eiser}.`,
  );
  para(
    '3.',
    'Het besluit tot herziening is een voor de betrokkene belastend besluit. Het ligt daarom op de weg van het college om de nodige kennis te vergaren over de relevante feiten en omstandigheden en aannemelijk te maken dat aan de voorwaarden voor herziening is voldaan.',
  );
  para(
    '4.',
    `${Eiser} heeft aangevoerd dat de inkomsten tijdig zijn gemeld. Ter onderbouwing heeft ${eiser} kopieën overgelegd van inkomstenopgaven met een ontvangststempel van de gemeente. Het college heeft ter zitting erkend dat deze opgaven in het dossier aanwezig waren, maar dat zij niet tijdig zijn verwerkt.`,
  );
  para(
    '4.1',
    `Het college heeft zich in het verweerschrift op het standpunt gesteld dat ${eiser} ook in de periode daarvoor wisselende inkomsten had en dat ${p.gender === 'v' ? 'zij' : 'hij'} er daarom op bedacht had moeten zijn dat deze inkomsten gevolgen hebben voor de hoogte van de bijstand. ${Eiser} heeft dat niet betwist, maar heeft erop gewezen dat ${p.gender === 'v' ? 'zij' : 'hij'} meermaals om uitleg heeft gevraagd en die niet heeft gekregen.`,
  );
  para(
    '4.2',
    'Ter zitting is verder besproken dat de inkomstenopgaven via de balie van het stadskantoor zijn ingeleverd. Volgens de gemachtigde van het college worden stukken die aan de balie worden ingeleverd gescand en automatisch aan het dossier toegevoegd. Waarom dat in dit geval niet of pas later is gebeurd, heeft de gemachtigde niet kunnen verklaren.',
  );
  para(
    '5.',
    gegrond
      ? `Gelet hierop is de rechtbank van oordeel dat het college niet aannemelijk heeft gemaakt dat ${eiser} de inlichtingenplicht heeft geschonden. Het college heeft het bestreden besluit daarom niet zorgvuldig voorbereid en niet deugdelijk gemotiveerd. Het bestreden besluit komt wegens strijd met de artikelen 3:2 en 7:12 van de Algemene wet bestuursrecht (Awb) voor vernietiging in aanmerking.`
      : `De rechtbank volgt ${eiser} hierin niet. Uit de stukken blijkt dat de opgaven over de maanden maart tot en met juni pas in oktober zijn ingediend, nadat het college zelf een signaal van de Belastingdienst had ontvangen. Het college heeft zich daarom terecht op het standpunt gesteld dat de inlichtingenplicht is geschonden.`,
  );
  para(
    '6.',
    gegrond
      ? 'De rechtbank ziet geen mogelijkheid om zelf in de zaak te voorzien of de rechtsgevolgen van het bestreden besluit in stand te laten, omdat nader onderzoek nodig is naar de hoogte van de inkomsten per maand. Het college moet daarom een nieuw besluit nemen op het bezwaar, met inachtneming van deze uitspraak.'
      : `Ook de beroepsgrond dat het college had moeten afzien van terugvordering slaagt niet. Van dringende redenen als bedoeld in artikel 58, achtste lid, van de Participatiewet is niet gebleken. Dat terugvordering financiële gevolgen heeft voor ${eiser}, is daarvoor onvoldoende.`,
  );
  f.heading('Conclusie en gevolgen', { f: 'serifB', size: 10.5 });
  para(
    '7.',
    gegrond
      ? `Het beroep is gegrond. Omdat het beroep gegrond is, moet het college het griffierecht aan ${eiser} vergoeden en krijgt ${eiser} ook een vergoeding van de proceskosten. Deze worden vastgesteld op ${eur(1814)} (1 punt voor het indienen van het beroepschrift en 1 punt voor het verschijnen op de zitting, met een waarde per punt van € 907,-).`
      : `Het beroep is ongegrond. Dit betekent dat het bestreden besluit in stand blijft. ${Eiser} krijgt het griffierecht niet terug en krijgt ook geen vergoeding van de proceskosten.`,
  );
  f.heading('Beslissing', { f: 'serifB', size: 10.5 });
  f.text('De rechtbank:', { f: 'serif', size: 10.5 });
  f.bullets(
    gegrond
      ? [
          'verklaart het beroep gegrond;',
          'vernietigt het bestreden besluit;',
          'draagt het college op binnen zes weken na de dag van verzending van deze uitspraak een nieuw besluit te nemen op het bezwaar, met inachtneming van deze uitspraak;',
          `bepaalt dat het college het griffierecht van € 54,- aan ${eiser} moet vergoeden;`,
          `veroordeelt het college tot betaling van ${eur(1814)} aan proceskosten aan ${eiser}.`,
        ]
      : ['verklaart het beroep ongegrond.'],
    { f: 'serif', size: 10.5, bullet: '-' },
  );
  f.text(
    `Deze uitspraak is gedaan door ${judge}, rechter, in aanwezigheid van ${clerk}, griffier. De uitspraak is uitgesproken in het openbaar op ${dLong(c.date)}.`,
    {
      f: 'serif',
      size: 10.5,
      after: 8,
    },
  );
  f.block(60, (ops, y) => {
    ops.push({ t: 'text', x: 80, y: y + 12, s: 'griffier', f: 'serif', size: 10.5 });
    ops.push({ t: 'text', x: 330, y: y + 12, s: 'rechter', f: 'serif', size: 10.5 });
    ops.push({ t: 'text', x: 80, y: y + 40, s: '(was getekend)', f: 'serifI', size: 9 });
    ops.push({ t: 'text', x: 330, y: y + 40, s: '(was getekend)', f: 'serifI', size: 9 });
  });
  f.text(`Afschrift verzonden aan partijen op: ${dNum(addDays(c.date, 1))}`, { f: 'serif', size: 9, after: 10 });
  f.heading('Informatie over hoger beroep', { f: 'serifB', size: 10.5 });
  f.text(
    'Een partij die het niet eens is met deze uitspraak, kan een hogerberoepschrift sturen naar de Centrale Raad van Beroep waarin wordt uitgelegd waarom deze partij het niet eens is met deze uitspraak. Het hogerberoepschrift moet worden ingediend binnen zes weken na de dag waarop deze uitspraak is verzonden.',
    { f: 'serif', size: 9.5, align: 'justify' },
  );
  const n = f.pages.length;
  const pages = f.pages.map((ops, i) => ({
    ops: [...ops, ...numberOps(ns, ns === 'bladXvanN' ? 'top-right' : 'bottom-center', i, n, { f: 'serif', size: 9 })],
  }));
  return mk('court_document', p, 'nl', pages, `uitspraak rechtbank (${gegrond ? 'gegrond' : 'ongegrond'})`, ns !== 'none');
}

export function courtLetter(c: DocCtx, o: { kind?: 'zitting' | 'stukken'; num?: NumStyle } = {}): Doc {
  const { r, p } = c;
  const zn = zaaknr(c);
  const kind = o.kind ?? r.pick(['zitting', 'stukken'] as const);
  const zitting = addDays(c.date, r.int(21, 60));
  const body: Block[] =
    kind === 'zitting'
      ? [
          `Hierbij wordt u uitgenodigd voor de behandeling ter zitting van het beroep in bovengenoemde zaak.`,
          {
            kv: [
              ['Datum', dLong(zitting)],
              ['Tijd', `${r.pick(['09.30', '10.15', '11.00', '13.45', '14.30'])} uur`],
              ['Plaats', 'Paleis van Justitie, Rechtsplein 1, Voorbeeld'],
              ['Zaal', `${r.int(1, 4)}.${r.int(10, 30)}`],
            ],
            labelW: 90,
          },
          'U wordt verzocht een kwartier voor aanvang van de zitting aanwezig te zijn en u te melden bij de informatiebalie. Neemt u een geldig identiteitsbewijs mee.',
          'Nadere stukken kunnen tot uiterlijk tien dagen voor de zitting worden ingediend. Stukken die later binnenkomen, kunnen door de rechtbank buiten beschouwing worden gelaten.',
          'Bent u verhinderd? Laat dit dan zo snel mogelijk schriftelijk weten en geef daarbij de reden op. Uitstel wordt alleen bij uitzondering verleend.',
        ]
      : [
          `Bij de rechtbank is een beroepschrift ingediend tegen uw besluit van ${dLong(addMonths(c.date, -2))}. Een afschrift van het beroepschrift treft u hierbij aan.`,
          'Op grond van artikel 8:42 van de Algemene wet bestuursrecht verzoek ik u binnen vier weken na verzending van deze brief de op de zaak betrekking hebbende stukken in te zenden en een verweerschrift in te dienen.',
          'Wilt u bij alle correspondentie het zaaknummer vermelden? U kunt de stukken ook digitaal indienen via het portaal Mijn Rechtspraak.',
        ];
  const pages = letter({
    r,
    org: COURT,
    head: 'gov',
    to: COLLEGE_TO,
    returnAddress: 'Retouradres: Postbus 900, 1230 XK Voorbeeld',
    date: c.date,
    refs: [
      ['Zaaknummer', zn],
      ['Eiser', `${p.initials} ${p.last}`],
      ['Uw kenmerk', kenmerkGemeente(p, addMonths(c.date, -2))],
      ['Contactpersoon', r.pick(['mw. L. Visser', 'dhr. T. de Boer'])],
    ],
    subject: kind === 'zitting' ? 'Uitnodiging zitting' : 'Beroep ingesteld - verzoek om stukken en verweerschrift',
    salutation: 'Geacht college,',
    body,
    closing: 'Hoogachtend,',
    signer: ['de griffier,', r.pick(['mr. N. Bakker', 'mr. T. de Boer'])],
    sign: false,
    num: o.num ?? 'none',
    footer: ['Bezoekadres Rechtsplein 1, Voorbeeld · Bereikbaar op werkdagen van 8.30 tot 17.00 uur'],
  });
  return mk('court_document', p, 'nl', pages, `brief griffie rechtbank (${kind})`, (o.num ?? 'none') !== 'none');
}

export function appeal(c: DocCtx, o: { num?: NumStyle } = {}): Doc {
  const { r, p } = c;
  const bestreden = addDays(c.date, -r.int(20, 40));
  const ns = o.num ?? 'paginaX';
  const pages = letter({
    r,
    org: DE_BRUG,
    head: 'left',
    to: ['Rechtbank Voorbeeld', 'Team bestuursrecht', 'Postbus 900', '1230 XK  VOORBEELD'],
    date: c.date,
    refs: [
      ['Ons kenmerk', `${c.date.getUTCFullYear()}${r.digits(4)}`],
      ['Inzake', `${p.last} / college van B&W Voorbeeld`],
    ],
    subject: 'beroepschrift',
    salutation: 'Edelachtbaar college,',
    body: [
      `Ondergetekende, mr. S. Karimi, advocaat te Voorbeeld, kantoorhoudende aan het Kerkplein 4, die in deze zaak optreedt voor ${formal(p)}, wonende te ${p.city} (hierna: ${p.gender === 'v' ? 'eiseres' : 'eiser'}), stelt hierbij beroep in tegen het besluit van het college van burgemeester en wethouders van de gemeente Voorbeeld van ${dLong(bestreden)}, kenmerk ${kenmerkGemeente(p, bestreden)}, waarbij het bezwaar van ${p.gender === 'v' ? 'eiseres' : 'eiser'} ongegrond is verklaard.`,
      { h: 'Feiten' },
      `${p.gender === 'v' ? 'Eiseres' : 'Eiser'} ontvangt sinds ${2026 - r.int(2, 8)} een bijstandsuitkering. Het college heeft de uitkering herzien en teruggevorderd, omdat ${p.gender === 'v' ? 'eiseres' : 'eiser'} inkomsten uit arbeid niet zou hebben gemeld. In bezwaar is dit besluit gehandhaafd.`,
      { h: 'Gronden' },
      {
        ol: [
          'Het college heeft ten onrechte aangenomen dat de inlichtingenplicht is geschonden. De inkomsten zijn maandelijks opgegeven; de opgaven zijn voorzien van een ontvangststempel van de gemeente.',
          'Het college heeft in de beslissing op bezwaar niet gereageerd op de in bezwaar overgelegde stukken. Het besluit is daarom onvoldoende gemotiveerd (artikel 7:12 Awb).',
          'Het college had gebruik moeten maken van de bevoegdheid om van terugvordering af te zien, gelet op de schuldenproblematiek van eiser en de omstandigheid dat de fout bij de gemeente ligt.',
        ],
      },
      'Eiser behoudt zich het recht voor de gronden aan te vullen na ontvangst van de op de zaak betrekking hebbende stukken.',
      { h: 'Verzoek' },
      'Eiser verzoekt de rechtbank het beroep gegrond te verklaren, het bestreden besluit te vernietigen, het college op te dragen een nieuw besluit te nemen, en het college te veroordelen in de proceskosten en tot vergoeding van het griffierecht.',
    ],
    closing: 'Hoogachtend,',
    signer: ['mr. S. Karimi'],
    enclosures: ['bestreden besluit', 'primair besluit', 'bezwaarschrift', 'toevoeging'],
    num: ns,
    numPos: 'bottom-right',
    font: 'serif',
  });
  return mk('court_document', p, 'nl', pages, 'beroepschrift advocaat aan rechtbank (afschrift)', ns !== 'none');
}

// ---------------------------------------------------------------------------------------------
// UWV

const UWV: Org = {
  name: 'UWV',
  lines: ['Postbus 57300', '1040 HA Amsterdam'],
  phone: '088 - 898 00 00',
  web: 'uwv.example',
  logo: 'uwv',
  color: '#1d3f8f',
  place: 'Amsterdam',
};

export type UwvKind = 'ww-toekenning' | 'ww-einde' | 'zw-einde' | 'wga';

export function uwvDecision(c: DocCtx, o: { kind?: UwvKind; num?: NumStyle } = {}): Doc {
  const { r, p } = c;
  const kind = o.kind ?? r.pick<UwvKind>(['ww-toekenning', 'ww-einde', 'zw-einde', 'wga']);
  const start = addDays(c.date, -r.int(10, 40));
  const dagloon = round2(r.float(78, 142));
  const ns = o.num ?? r.pick<NumStyle>(['paginaXvanN', 'XslashN', 'paginaXvanN']);
  const bezwaar: Block[] = [
    { h: 'Bent u het niet eens met deze beslissing?' },
    'Dan kunt u bezwaar maken. Dit moet u doen binnen 6 weken na de datum van deze brief. Maak bezwaar via Mijn UWV op uwv.example, of stuur een brief naar UWV, Postbus 57300, 1040 HA Amsterdam. Stuur een kopie van deze brief mee. Leg in uw bezwaar uit waarom u het niet eens bent met de beslissing.',
  ];
  let subject = '';
  let body: Block[] = [];
  switch (kind) {
    case 'ww-toekenning': {
      const end = addMonths(start, r.pick([3, 4, 6, 9]));
      subject = 'U krijgt een WW-uitkering';
      body = [
        `U heeft op ${dLong(addDays(start, 3))} een WW-uitkering aangevraagd. Wij hebben uw aanvraag beoordeeld. In deze brief leest u wat wij hebben besloten.`,
        { h: 'Wat hebben wij besloten?' },
        `U krijgt vanaf ${dLong(start)} een WW-uitkering. U krijgt deze uitkering tot en met ${dLong(end)}, als er in de tussentijd niets verandert.`,
        { h: 'Hoe hoog is uw uitkering?' },
        {
          table: {
            cols: [
              { w: 300, head: 'Berekening' },
              { w: 130, head: 'Bedrag', align: 'right' },
            ],
            rows: [
              ['Uw dagloon', eur(dagloon)],
              ['Uitkering per dag in de eerste 2 maanden (75%)', eur(dagloon * 0.75)],
              ['Uitkering per dag daarna (70%)', eur(dagloon * 0.7)],
              ['Gemiddeld bruto per maand in de eerste 2 maanden', eur(dagloon * 0.75 * 21.75)],
            ],
          },
        },
        'Op uw uitkering houden wij loonheffing in. Wilt u dat wij rekening houden met de loonheffingskorting? Geef dat dan door in Mijn UWV. Doe dit maar bij één werkgever of uitkeringsinstantie tegelijk.',
        { h: 'Waarom krijgt u een WW-uitkering?' },
        'U was werknemer en u bent werkloos geworden. U heeft in de 36 weken voordat u werkloos werd, in minstens 26 weken gewerkt. U bent beschikbaar voor werk. Daarom heeft u recht op een WW-uitkering.',
        { h: 'Wat moet u doen?' },
        {
          ul: [
            'Zoek werk. U moet elke 4 weken minstens 4 keer solliciteren en deze activiteiten doorgeven in Mijn UWV.',
            'Vul elke maand het formulier Inkomstenopgave in, ook als u geen inkomsten heeft.',
            'Geef veranderingen binnen een week aan ons door, bijvoorbeeld als u gaat werken, ziek wordt of naar het buitenland gaat.',
          ],
        },
        'Ontvangt u ook een uitkering van de gemeente? Dan moet u deze brief ook aan de gemeente laten zien. De gemeente houdt rekening met uw WW-uitkering.',
        ...bezwaar,
        { h: 'Bijlage: zo hebben wij uw dagloon berekend' },
        {
          table: {
            cols: [
              { w: 220, head: 'Onderdeel' },
              { w: 100, head: 'Periode' },
              { w: 110, head: 'Bedrag', align: 'right' },
            ],
            rows: [
              ['SV-loon in de referteperiode', '12 maanden', eur(dagloon * 261 * 1.02)],
              ['Aantal dagen in de referteperiode', '', '261'],
              ['Dagloon (SV-loon gedeeld door dagen)', '', eur(dagloon)],
              ['Maximumdagloon', '', eur(290.67)],
              ['Vastgesteld dagloon', '', eur(dagloon)],
            ],
          },
        },
        'Het dagloon is gebaseerd op de loongegevens die uw werkgever(s) aan ons hebben doorgegeven over de periode van 12 maanden voordat u werkloos werd. Vakantiegeld en eindejaarsuitkeringen zijn meegeteld als u die in deze periode heeft opgebouwd. Klopt het loon niet, laat het ons dan weten en stuur uw jaaropgaaf of loonstroken mee.',
      ];
      break;
    }
    case 'ww-einde':
      subject = 'Uw WW-uitkering stopt';
      body = [
        `U krijgt een WW-uitkering. Op ${dLong(addDays(c.date, r.int(10, 30)))} heeft u de maximale duur van uw uitkering bereikt. Daarom stopt uw WW-uitkering op die datum.`,
        { h: 'Wat betekent dit voor u?' },
        'U krijgt vanaf die datum geen WW-uitkering meer van ons. Heeft u daarna niet genoeg inkomen? Dan kunt u misschien een bijstandsuitkering krijgen bij uw gemeente. Vraag dit op tijd aan: de gemeente heeft tijd nodig om uw aanvraag te beoordelen.',
        { h: 'Uw laatste betaling' },
        `De laatste betaling krijgt u rond ${dLong(addDays(c.date, r.int(30, 45)))}. Daarin zit ook het vakantiegeld dat u tot dan heeft opgebouwd. Na afloop van het jaar krijgt u van ons een jaaropgaaf.`,
        ...bezwaar,
      ];
      break;
    case 'zw-einde':
      subject = 'U krijgt geen Ziektewet-uitkering meer';
      body = [
        `Op ${dLong(addDays(c.date, -r.int(5, 14)))} bent u onderzocht door onze verzekeringsarts. De verzekeringsarts vindt dat u weer meer dan 65% kunt verdienen van wat u verdiende voordat u ziek werd.`,
        { h: 'Wat hebben wij besloten?' },
        `U krijgt geen Ziektewet-uitkering meer vanaf ${dLong(addDays(c.date, 14))}. U bent vanaf die datum niet meer ziek volgens de Ziektewet.`,
        { h: 'Waarom hebben wij dit besloten?' },
        'De verzekeringsarts heeft met u gesproken en uw medische gegevens bekeken. Hij vindt dat u geschikt bent voor ander werk dan uw eigen werk, bijvoorbeeld als productiemedewerker of administratief medewerker. De arbeidsdeskundige heeft berekend dat u met deze functies meer dan 65% van uw oude loon kunt verdienen. In de bijlage leest u de rapporten.',
        { h: 'Wat betekent dit voor u?' },
        'Bent u werkloos? Dan kunt u misschien een WW-uitkering krijgen. Vraag die binnen een week aan via uwv.example. Heeft u een uitkering van de gemeente? Geef deze beslissing dan door aan uw consulent.',
        ...bezwaar,
      ];
      break;
    case 'wga':
      subject = 'U krijgt een WGA-uitkering';
      body = [
        `U bent ${r.pick(['104', '104'])} weken ziek. U heeft een WIA-uitkering aangevraagd. Wij hebben onderzocht of u recht heeft op een uitkering.`,
        { h: 'Wat hebben wij besloten?' },
        `U krijgt een WGA-loongerelateerde uitkering vanaf ${dLong(start)}. U bent voor ${r.int(35, 79)}% arbeidsongeschikt.`,
        { h: 'Hoe hoog is uw uitkering?' },
        {
          kv: [
            ['Maandloon', eur(dagloon * 21.75)],
            ['Uitkering eerste 2 maanden (75%)', eur(dagloon * 21.75 * 0.75)],
            ['Uitkering daarna (70%)', eur(dagloon * 21.75 * 0.7)],
          ],
          labelW: 220,
        },
        { h: 'Hoe lang krijgt u deze uitkering?' },
        `U krijgt de loongerelateerde uitkering tot en met ${dLong(addMonths(start, r.int(6, 24)))}. Daarna krijgt u een loonaanvullingsuitkering of een vervolguitkering. Welke uitkering u dan krijgt, hangt af van hoeveel u dan verdient.`,
        { h: 'Wat moet u doen?' },
        {
          ul: ['Probeer weer aan het werk te gaan, passend bij wat u nog kunt.', 'Geef inkomsten en veranderingen in uw gezondheid door.'],
        },
        ...bezwaar,
      ];
      break;
  }
  const pages = letter({
    r,
    org: UWV,
    head: 'gov',
    to: [`${p.initials} ${p.last}`, ...toAddr(p).slice(1)],
    returnAddress: '> Retouradres Postbus 57300, 1040 HA Amsterdam',
    date: c.date,
    refs: [
      ['Ons kenmerk', `${r.int(10, 99)}${r.digits(8)}`],
      ['Burgerservicenummer', fmtBsn(p.bsn, 1)],
      ['Telefoon', '088 - 898 00 00'],
    ],
    subject,
    salutation: geachte(p),
    body,
    closing: 'Met vriendelijke groet,',
    signer: [r.pick(['R. Jansen', 'M. El Khatib', 'S. de Haan', 'K. Brouwer']), 'afdelingsmanager Uitkeringen', 'UWV'],
    sign: r.chance(0.5),
    num: ns,
    numPos: 'bottom-right',
    cont: true,
    footer: ['Wilt u reageren op deze brief? Vermeld dan altijd uw burgerservicenummer. Kijk voor meer informatie op uwv.example.'],
  });
  const labels: Record<UwvKind, string> = {
    'ww-toekenning': 'toekenning WW',
    'ww-einde': 'einde WW',
    'zw-einde': 'einde Ziektewet',
    wga: 'toekenning WGA',
  };
  return mk('uwv_decision', p, 'nl', pages, `beslissing UWV (${labels[kind]})`, ns !== 'none');
}
