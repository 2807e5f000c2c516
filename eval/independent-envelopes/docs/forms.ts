/**
 * The municipality's own forms, filled in by hand (or typed by a helper): change form, monthly income
 * statement, application for social assistance, holiday notice, list of job applications, and the
 * attending physician's statement.
 */
import {
  A4,
  addDays,
  addMonths,
  type Day,
  type Doc,
  dNum,
  type FontKey,
  fmtBsn,
  fmtIban,
  maand,
  type NumPos,
  type NumStyle,
  numberOps,
  type Op,
  type Person,
  type Rng,
  signature,
  tw,
  wrap,
} from '../lib/core.ts';
import { logoOps } from '../lib/letter.ts';
import { type DocCtx, mk } from './common.ts';

const INK = '#1b2a6b';

export class Form {
  pages: Op[][] = [[]];
  y = 0;
  readonly left = 50;
  readonly right = A4.w - 50;
  constructor(
    private r: Rng,
    private title: string,
    private code: string,
    private o: { typed?: boolean; num: NumStyle; numPos?: NumPos; headerEvery?: boolean; subtitle?: string },
  ) {
    this.header(true);
  }
  get ops(): Op[] {
    return this.pages[this.pages.length - 1]!;
  }
  private header(first: boolean) {
    const ops = this.ops;
    if (first || this.o.headerEvery) {
      ops.push(...logoOps('shield', this.left, 36, '#17456e'));
      ops.push({ t: 'text', x: this.left + 40, y: 52, s: 'Gemeente Voorbeeld', f: 'serifB', size: 12, color: '#17456e' });
      ops.push({ t: 'text', x: this.left + 40, y: 64, s: 'Werk en Inkomen', f: 'sans', size: 8, color: '#17456e' });
      if (first) {
        ops.push({ t: 'text', x: this.left, y: 100, s: this.title, f: 'sansB', size: 15 });
        if (this.o.subtitle) ops.push({ t: 'text', x: this.left, y: 116, s: this.o.subtitle, f: 'sans', size: 8.5, color: '#333' });
        this.y = this.o.subtitle ? 132 : 118;
      } else this.y = 84;
    } else this.y = 50;
  }
  newPage() {
    this.pages.push([]);
    this.header(false);
  }
  ensure(h: number) {
    if (this.y + h > A4.h - 70) this.newPage();
  }
  get vf(): FontKey {
    return this.o.typed ? 'sans' : 'hand';
  }
  /** write a filled-in value, handwritten or typed */
  val(x: number, y: number, s: string, size = 10.5): Op {
    const hand = !this.o.typed;
    return {
      t: 'text',
      x: x + (hand ? this.r.float(-1.5, 2.5) : 0),
      y: y + (hand ? this.r.float(-1, 1) : 0),
      s,
      f: this.vf,
      size: hand ? size + 1 : size - 0.5,
      color: hand ? INK : '#000',
      rot: hand ? this.r.float(-0.012, 0.012) || undefined : undefined,
    };
  }
  section(n: string, title: string, keep = 110) {
    this.ensure(keep);
    this.y += 8;
    this.ops.push({ t: 'rect', x: this.left, y: this.y, w: this.right - this.left, h: 18, fill: '#d9e3ee' });
    this.ops.push({ t: 'text', x: this.left + 6, y: this.y + 13, s: `${n}  ${title}`, f: 'sansB', size: 10 });
    this.y += 26;
  }
  note(s: string, size = 8) {
    for (const l of wrap(s, 'sans', size, this.right - this.left)) {
      this.ensure(size * 1.4);
      this.ops.push({ t: 'text', x: this.left, y: this.y + size, s: l, f: 'sans', size, color: '#333' });
      this.y += size * 1.4;
    }
    this.y += 4;
  }
  /** a row of labelled boxes; widths are fractions of the full width */
  fields(fs: [string, string, number][]) {
    this.ensure(36);
    let x = this.left;
    const total = this.right - this.left;
    for (const [label, value, frac] of fs) {
      const w = total * frac - 6;
      this.ops.push({ t: 'text', x, y: this.y + 8, s: label, f: 'sans', size: 7.5, color: '#333' });
      this.ops.push({ t: 'rect', x, y: this.y + 11, w, h: 19, stroke: '#667', lw: 0.5 });
      if (value) this.ops.push(this.val(x + 4, this.y + 25, value));
      x += w + 6;
    }
    this.y += 36;
  }
  checks(question: string, options: [string, boolean][], cols = 2) {
    const qLines = question ? wrap(question, 'sans', 8.5, this.right - this.left) : [];
    this.ensure(qLines.length * 12 + Math.ceil(options.length / cols) * 15 + 6);
    for (const l of qLines) {
      this.ops.push({ t: 'text', x: this.left, y: this.y + 9, s: l, f: 'sans', size: 8.5 });
      this.y += 12;
    }
    const cw = (this.right - this.left) / cols;
    options.forEach(([label, on], i) => {
      const x = this.left + (i % cols) * cw;
      const y = this.y + Math.floor(i / cols) * 15;
      this.ops.push({ t: 'rect', x, y: y + 2, w: 9, h: 9, stroke: '#333', lw: 0.6 });
      this.ops.push({ t: 'text', x: x + 14, y: y + 10, s: label, f: 'sans', size: 8.5 });
      if (on) {
        const j = this.o.typed ? 0 : this.r.float(-1, 1);
        this.ops.push({ t: 'line', x1: x + 1 + j, y1: y + 3, x2: x + 9 + j, y2: y + 11, w: 1.3, color: this.o.typed ? '#000' : INK });
        this.ops.push({ t: 'line', x1: x + 9 + j, y1: y + 3, x2: x + 1 + j, y2: y + 11, w: 1.3, color: this.o.typed ? '#000' : INK });
      }
    });
    this.y += Math.ceil(options.length / cols) * 15 + 6;
  }
  /** a multi-line box with handwriting */
  area(label: string, text: string, lines: number) {
    this.ensure(lines * 17 + 20);
    this.ops.push({ t: 'text', x: this.left, y: this.y + 8, s: label, f: 'sans', size: 7.5, color: '#333' });
    const top = this.y + 11;
    this.ops.push({ t: 'rect', x: this.left, y: top, w: this.right - this.left, h: lines * 17 + 6, stroke: '#667', lw: 0.5 });
    for (let i = 1; i <= lines; i++)
      this.ops.push({
        t: 'line',
        x1: this.left + 4,
        y1: top + i * 17 + 2,
        x2: this.right - 4,
        y2: top + i * 17 + 2,
        w: 0.3,
        color: '#aab',
        dash: [1, 2],
      });
    const written = wrap(text, this.vf, this.o.typed ? 10 : 11.5, this.right - this.left - 14).slice(0, lines);
    written.forEach((l, i) => {
      this.ops.push(this.val(this.left + 6, top + (i + 1) * 17, l));
    });
    this.y = top + lines * 17 + 14;
  }
  table(cols: [string, number][], rows: string[][], minRows: number) {
    const rowH = 20;
    const total = this.right - this.left;
    const drawHead = () => {
      let x = this.left;
      this.ops.push({ t: 'rect', x, y: this.y, w: total, h: 16, fill: '#eef' });
      for (const [h, frac] of cols) {
        this.ops.push({ t: 'text', x: x + 3, y: this.y + 11, s: h, f: 'sansB', size: 7.5 });
        this.ops.push({ t: 'rect', x, y: this.y, w: total * frac, h: 16, stroke: '#667', lw: 0.5 });
        x += total * frac;
      }
      this.y += 16;
    };
    this.ensure(16 + rowH * 2);
    drawHead();
    const n = Math.max(minRows, rows.length);
    for (let ri = 0; ri < n; ri++) {
      if (this.y + rowH > A4.h - 70) {
        this.newPage();
        drawHead();
      }
      let x = this.left;
      cols.forEach(([, frac], ci) => {
        this.ops.push({ t: 'rect', x, y: this.y, w: total * frac, h: rowH, stroke: '#667', lw: 0.5 });
        const v = rows[ri]?.[ci];
        if (v) this.ops.push(this.val(x + 3, this.y + 14, fitText(v, this.vf, 10.5, total * frac - 6), 9.5));
        x += total * frac;
      });
      this.y += rowH;
    }
    this.y += 8;
  }
  signature(date: Day, place = 'Voorbeeld', statement?: string) {
    this.ensure(100);
    if (statement) this.note(statement, 8.5);
    this.fields([
      ['Plaats', place, 0.35],
      ['Datum', dNum(date), 0.3],
    ]);
    this.ops.push({ t: 'text', x: this.left, y: this.y + 8, s: 'Handtekening', f: 'sans', size: 7.5, color: '#333' });
    this.ops.push({ t: 'rect', x: this.left, y: this.y + 11, w: 220, h: 50, stroke: '#667', lw: 0.5 });
    this.ops.push(...signature(this.r, this.left + 20, this.y + 18, 150, 36, INK));
    this.y += 70;
  }
  done(): Op[][] {
    const n = this.pages.length;
    return this.pages.map((ops, i) => [
      ...ops,
      { t: 'text', x: this.left, y: A4.h - 30, s: this.code, f: 'sans', size: 7, color: '#555' },
      ...numberOps(this.o.num, this.o.numPos ?? 'bottom-right', i, n, { size: 7.5 }),
    ]);
  }
}

function fitText(s: string, f: FontKey, size: number, w: number): string {
  let t = s;
  while (t.length > 3 && tw(t, f, size) > w) t = t.slice(0, -1);
  return t;
}

// ---------------------------------------------------------------------------------------------

const simpleDutch = (p: Person) => p.language === 'tr' || p.language === 'pl' || p.language === 'ar';

export interface ChangeOpts {
  kind: 'werk' | 'samenwonen' | 'verhuizing' | 'inkomen-partner' | 'auto' | 'ziek';
  num?: NumStyle;
  typed?: boolean;
  employer?: string;
  /** the client number written down, may differ from the truth (empty: not filled in) */
  clientNumberWritten?: string;
  bsnWritten?: string;
}

export function changeForm(c: DocCtx, o: ChangeOpts): Doc {
  const { r, p } = c;
  const ns = o.num ?? 'paginaXvanN';
  const f = new Form(r, 'Wijzigingsformulier Participatiewet', 'W&I 07 - wijzigingsformulier (versie 2025-1)', {
    typed: o.typed,
    num: ns,
    numPos: 'bottom-right',
    subtitle: 'Geef wijzigingen altijd binnen 1 week door. Zo voorkomt u dat u te veel of te weinig uitkering krijgt.',
  });
  const when = addDays(c.date, -r.int(3, 25));
  f.section('1', 'Uw gegevens');
  f.fields([
    ['Voorletters en achternaam', `${p.initials} ${p.last}`, 0.6],
    ['Geboortedatum', dNum(p.birth), 0.4],
  ]);
  f.fields([
    ['Burgerservicenummer', o.bsnWritten ?? p.bsn, 0.4],
    ['Klantnummer (zie uw beschikking)', o.clientNumberWritten ?? p.clientNumber ?? '', 0.3],
    ['Telefoonnummer', p.phone, 0.3],
  ]);
  f.fields([
    ['Adres', p.street, 0.6],
    ['Postcode en woonplaats', `${p.postcode} ${p.city}`, 0.4],
  ]);
  f.section('2', 'Wat is er veranderd?');
  f.checks('Kruis aan wat voor u geldt. U kunt meer hokjes aankruisen.', [
    ['Ik ben gaan werken / mijn werk is veranderd', o.kind === 'werk'],
    ['Mijn partner heeft inkomen', o.kind === 'inkomen-partner'],
    ['Er komt iemand bij mij wonen', o.kind === 'samenwonen'],
    ['Er gaat iemand bij mij weg', false],
    ['Ik ga verhuizen', o.kind === 'verhuizing'],
    ['Ik heb een auto, motor of boot gekocht', o.kind === 'auto'],
    ['Ik ben ziek / kan tijdelijk niet werken', o.kind === 'ziek'],
    ['Ik ga naar het buitenland', false],
    ['Mijn vermogen is veranderd (erfenis, spaargeld)', false],
    ['Iets anders', false],
  ]);
  const emp = o.employer ?? r.pick(['FlexWerk uitzendbureau', 'Glansrijk schoonmaak', 'De Wilgenhof', 'Pizzeria Da Marco']);
  const explain: Record<ChangeOpts['kind'], string> = simpleDutch(p)
    ? {
        werk: `Ik werk nu bij ${emp}. Ik werk ${r.int(12, 30)} uur in week, niet altijd zelfde. Loonstroken doe ik erbij.`,
        samenwonen: 'Mijn broer komt bij mij wonen voor paar maanden, hij heeft geen huis. Hij heeft geen inkomen.',
        verhuizing: `Ik krijg nieuwe woning van woningbouw. Nieuwe adres is Lindelaan ${r.int(2, 140)}. Huurcontract zit erbij.`,
        'inkomen-partner': 'Mijn man werkt nu in fabriek, contract 6 maanden. Loonstrook doe ik erbij.',
        auto: 'Ik heb oude auto gekocht voor 900 euro, voor werk want bus gaat niet vroeg.',
        ziek: 'Ik ben ziek geworden en kan nu niet werken of cursus doen. Brief van dokter zit erbij.',
      }
    : {
        werk: `Sinds ${dNum(when)} werk ik via ${emp}, ongeveer ${r.int(12, 30)} uur per week. Het aantal uren wisselt. Mijn eerste loonstroken stuur ik mee.`,
        samenwonen: `Mijn ${r.pick(['zoon', 'dochter'])} (${r.int(18, 24)}) woont sinds ${dNum(when)} weer bij mij. Hij/zij heeft geen inkomen en studeert niet.`,
        verhuizing: `Ik verhuis per ${dNum(addDays(c.date, 20))} naar Lindelaan ${r.int(2, 140)} in Voorbeeld. Het nieuwe huurcontract stuur ik mee.`,
        'inkomen-partner': `Mijn partner heeft sinds ${dNum(when)} een tijdelijk contract (6 maanden, 24 uur per week). Loonstrook bijgevoegd.`,
        auto: `Ik heb op ${dNum(when)} een auto gekocht (Opel Corsa uit 2009) voor € 1.150. Ik heb de auto nodig voor mijn werk in ploegendienst.`,
        ziek: 'Ik ben sinds een paar weken ziek en kan voorlopig niet naar mijn werkervaringsplek. Ik stuur een verklaring van mijn huisarts mee.',
      };
  f.section('3', 'Toelichting');
  f.area('Leg uit wat er is veranderd', explain[o.kind], 5);
  f.section('4', 'Vanaf wanneer?');
  f.fields([
    ['Datum van de wijziging', dNum(when), 0.4],
    ['Verwachte einddatum (als bekend)', o.kind === 'samenwonen' ? dNum(addMonths(when, 4)) : '', 0.4],
  ]);
  f.section('5', 'Bewijsstukken');
  f.checks('Welke bewijsstukken stuurt u mee? Stuur altijd kopieën, geen originelen.', [
    ['Loonstroken / inkomstenopgave', o.kind === 'werk' || o.kind === 'inkomen-partner'],
    ['Arbeidsovereenkomst', o.kind === 'werk'],
    ['Huurcontract', o.kind === 'verhuizing'],
    ['Bankafschriften', r.chance(0.3)],
    ['Medische verklaring', o.kind === 'ziek'],
    ['Koopcontract / kenteken', o.kind === 'auto'],
    ['Kopie identiteitsbewijs', o.kind === 'samenwonen'],
    ['Anders', false],
  ]);
  f.section('6', 'Ondertekening', 210);
  f.signature(
    c.date,
    'Voorbeeld',
    'Ik verklaar dat ik dit formulier volledig en naar waarheid heb ingevuld. Ik weet dat de gemeente mijn gegevens kan controleren en dat ik te veel ontvangen uitkering moet terugbetalen.',
  );
  f.note(
    'Stuur het formulier met de bewijsstukken naar: Gemeente Voorbeeld, Werk en Inkomen, Antwoordnummer 1230, 1230 VB Voorbeeld. Een postzegel is niet nodig.',
  );
  const pages = f.done().map((ops) => ({ ops }));
  return mk('change_form', p, 'nl', pages, `wijzigingsformulier (${o.kind})`, ns !== 'none');
}

export function inkomstenopgave(c: DocCtx, o: { month: number; year: number; typed?: boolean; employer?: string; none?: boolean }): Doc {
  const { r, p } = c;
  const f = new Form(r, `Inkomstenopgave ${maand(o.month)} ${o.year}`, `W&I 12 - inkomstenopgave · klantnummer ${p.clientNumber ?? '-'}`, {
    typed: o.typed,
    num: 'none',
    subtitle: 'Vul dit formulier elke maand in als u naast uw uitkering inkomsten heeft. Stuur uw loonstroken mee.',
  });
  f.section('A', 'Persoonsgegevens');
  f.fields([
    ['Naam', p.name, 0.5],
    ['BSN', p.bsn, 0.25],
    ['Klantnummer', p.clientNumber ?? '', 0.25],
  ]);
  f.section('B', 'Inkomsten');
  f.checks('Heeft u in deze maand inkomsten gehad?', [
    ['Ja, zie hieronder', !o.none],
    ['Nee, geen inkomsten', !!o.none],
  ]);
  const emp = o.employer ?? r.pick(['FlexWerk', 'Glansrijk', 'Wilgenhof', 'Da Marco']);
  const rows = o.none
    ? []
    : Array.from({ length: r.int(1, 4) }, (_, i) => {
        const b = r.int(180, 560);
        return [
          emp,
          `week ${r.int(1, 4) + i * 1}`,
          String(r.int(8, 30)),
          `€ ${b},${r.digits(2)}`,
          `€ ${Math.round(b * 0.9)},${r.digits(2)}`,
        ];
      });
  f.table(
    [
      ['Werkgever / uitkeringsinstantie', 0.34],
      ['Periode', 0.16],
      ['Uren', 0.1],
      ['Bruto', 0.2],
      ['Netto', 0.2],
    ],
    rows,
    5,
  );
  f.checks('Ontvangt u nog andere inkomsten (alimentatie, kostgeld, verkoop spullen)?', [
    ['Nee', r.chance(0.85)],
    ['Ja, namelijk:', false],
  ]);
  f.section('C', 'Ondertekening', 210);
  f.signature(c.date, 'Voorbeeld', 'Ik verklaar dit formulier naar waarheid te hebben ingevuld.');
  const pages = f.done().map((ops) => ({ ops }));
  return mk('change_form', p, 'nl', pages, `inkomstenopgave ${maand(o.month)} ${o.year}`, false);
}

export function aanvraagBijstand(c: DocCtx, o: { num?: NumStyle; typed?: boolean; partner?: Person } = {}): Doc {
  const { r, p } = c;
  const ns = o.num ?? 'bladXvanN';
  const f = new Form(r, 'Aanvraag levensonderhoud (Participatiewet)', 'LO-01 aanvraagformulier bijstand · Gemeente Voorbeeld', {
    typed: o.typed,
    num: ns,
    numPos: ns === 'bladXvanN' ? 'top-right' : 'bottom-right',
    headerEvery: r.chance(0.5),
    subtitle: 'Lees eerst de toelichting. Vul het formulier volledig in, anders kunnen wij uw aanvraag niet behandelen.',
  });
  f.section('1', 'Uw persoonsgegevens');
  f.fields([
    ['Achternaam', p.last, 0.5],
    ['Voornamen (voluit)', p.first, 0.5],
  ]);
  f.fields([
    ['Burgerservicenummer', p.bsn, 0.34],
    ['Geboortedatum', dNum(p.birth), 0.33],
    [
      'Nationaliteit',
      { nl: 'Nederlandse', en: r.pick(['Eritrese', 'Nederlandse']), tr: 'Turkse', pl: 'Poolse', ar: r.pick(['Syrische', 'Nederlandse']) }[
        p.language
      ],
      0.33,
    ],
  ]);
  f.fields([
    ['Straat en huisnummer', p.street, 0.5],
    ['Postcode', p.postcode, 0.2],
    ['Woonplaats', p.city, 0.3],
  ]);
  f.fields([
    ['Telefoonnummer', p.phone, 0.4],
    ['E-mailadres', p.email, 0.6],
  ]);
  f.fields([['IBAN waarop u de uitkering wilt ontvangen', fmtIban(p.iban), 0.7]]);
  f.section('2', 'Uw partner');
  f.checks('Heeft u een partner (getrouwd, geregistreerd of samenwonend)?', [
    ['Nee', !o.partner],
    ['Ja, vul hieronder de gegevens in', !!o.partner],
  ]);
  f.fields([
    ['Naam partner', o.partner ? o.partner.name : '', 0.5],
    ['BSN partner', o.partner ? o.partner.bsn : '', 0.25],
    ['Geboortedatum', o.partner ? dNum(o.partner.birth) : '', 0.25],
  ]);
  f.section('3', 'Kinderen en andere huisgenoten');
  const kids = r.int(0, 3);
  f.table(
    [
      ['Naam', 0.4],
      ['Geboortedatum', 0.2],
      ['Relatie', 0.2],
      ['Inkomen?', 0.2],
    ],
    Array.from({ length: kids }, (_, i) => [
      `${r.pick(['Amir', 'Lisa', 'Noah', 'Yara', 'Milan', 'Sara', 'Emre', 'Zofia'])} ${p.last.split(' ').pop()}`,
      dNum(addMonths(c.date, -12 * r.int(2, 17) - i)),
      'kind',
      'nee',
    ]),
    3,
  );
  f.section('4', 'Woonsituatie');
  f.checks('Hoe woont u?', [
    ['Huurwoning', true],
    ['Koopwoning', false],
    ['Kamer / inwonend', false],
    ['Geen vaste woon- of verblijfplaats', false],
  ]);
  f.fields([
    ['Kale huur per maand', `€ ${r.int(480, 820)},-`, 0.33],
    ['Servicekosten', `€ ${r.int(10, 60)},-`, 0.33],
    ['Naam verhuurder', r.pick(['Woonstichting Het Anker', 'Vastgoedbeheer Rijnmond', 'particulier']), 0.34],
  ]);
  f.section('5', 'Inkomsten');
  f.checks('Welke inkomsten hebben u of uw partner? Stuur van alle inkomsten bewijs mee.', [
    ['Loon uit werk', r.chance(0.3)],
    ['WW- of ZW-uitkering (UWV)', r.chance(0.3)],
    ['Alimentatie', false],
    ['Toeslagen (huur/zorg/kind)', true],
    ['Studiefinanciering', false],
    ['Geen inkomsten', r.chance(0.4)],
  ]);
  f.section('6', 'Bezittingen');
  f.table(
    [
      ['Bank / soort rekening', 0.45],
      ['Rekeningnummer', 0.35],
      ['Saldo vandaag', 0.2],
    ],
    [
      ['betaalrekening', fmtIban(p.iban), `€ ${r.int(0, 900)},${r.digits(2)}`],
      ...(r.chance(0.5) ? [['spaarrekening', '', `€ ${r.int(0, 2500)},-`]] : []),
    ],
    3,
  );
  f.checks('Heeft u een auto, motor, caravan of boot?', [
    ['Nee', true],
    ['Ja', false],
  ]);
  f.section('7', 'Schulden');
  f.area(
    'Heeft u schulden? Noem de schuldeiser en het bedrag.',
    r.chance(0.5) ? `Zekerzorg ongeveer ${r.int(300, 1400)} euro, Stroomnet Noord ${r.int(100, 500)} euro` : 'geen',
    3,
  );
  f.section('8', 'Eerdere uitkeringen en verblijf in het buitenland');
  f.checks('Heeft u in de afgelopen 5 jaar een uitkering gehad van de gemeente of van UWV?', [
    ['Nee', r.chance(0.5)],
    ['Ja, namelijk:', false],
  ]);
  f.checks('Heeft u in de afgelopen 12 maanden langer dan 4 weken in het buitenland verbleven?', [
    ['Nee', true],
    ['Ja', false],
  ]);
  f.checks('Heeft u bezittingen of inkomsten in het buitenland (huis, grond, bankrekening, pensioen)?', [
    ['Nee', true],
    ['Ja, toelichting in de bijlage', false],
  ]);
  f.section('9', 'Bijlagen');
  f.checks('Stuur kopieën mee van de volgende stukken (kruis aan wat u meestuurt):', [
    ['Identiteitsbewijs van u en uw partner', true],
    ['Bankafschriften van alle rekeningen, laatste 3 maanden', true],
    ['Huurcontract of hypotheekakte', r.chance(0.6)],
    ['Laatste 3 loonstroken of uitkeringsspecificaties', r.chance(0.5)],
    ['Beschikking huurtoeslag en zorgtoeslag', r.chance(0.5)],
    ['Ontslagbrief of beëindigingsovereenkomst', r.chance(0.3)],
    ['Bewijs van schulden', r.chance(0.3)],
    ['Echtscheidingsconvenant / alimentatie', false],
  ]);
  f.section('10', 'Ondertekening', 210);
  f.signature(
    c.date,
    'Voorbeeld',
    'Ik verklaar dat ik dit formulier volledig en naar waarheid heb ingevuld. Ik geef toestemming om mijn gegevens te controleren bij andere instanties. Ik weet dat het niet doorgeven van informatie kan leiden tot terugvordering, een boete en aangifte.',
  );
  const pages = f.done().map((ops) => ({ ops }));
  return mk('benefit_application', p, 'nl', pages, 'aanvraagformulier levensonderhoud', ns !== 'none');
}

export function vakantieFormulier(c: DocCtx, o: { from: Day; to: Day; country: string; address: string; typed?: boolean }): Doc {
  const { r, p } = c;
  const f = new Form(r, 'Melding vakantie of verblijf buiten Nederland', 'W&I 15 - melding verblijf buitenland', {
    typed: o.typed,
    num: 'none',
    subtitle: 'Met een bijstandsuitkering mag u maximaal 4 weken per kalenderjaar in het buitenland verblijven. Meld dit vooraf.',
  });
  f.section('1', 'Uw gegevens');
  f.fields([
    ['Naam', p.name, 0.5],
    ['Klantnummer', p.clientNumber ?? '', 0.25],
    ['BSN', p.bsn, 0.25],
  ]);
  f.fields([
    ['Adres', `${p.street}, ${p.city}`, 0.65],
    ['Telefoon', p.phone, 0.35],
  ]);
  f.section('2', 'Uw reis');
  f.fields([
    ['Vertrekdatum', dNum(o.from), 0.3],
    ['Datum van terugkomst', dNum(o.to), 0.3],
    ['Land', o.country, 0.4],
  ]);
  f.area('Adres tijdens uw verblijf', o.address, 2);
  f.checks('Reizen er anderen mee?', [
    ['Nee', r.chance(0.5)],
    ['Ja, mijn partner / kinderen', false],
  ]);
  f.checks('Wat is de reden van uw reis?', [
    ['Vakantie', r.chance(0.5)],
    ['Familiebezoek', true],
    ['Ziekte of overlijden familielid', false],
    ['Anders', false],
  ]);
  f.section('3', 'Verplichtingen');
  f.note(
    'Tijdens uw verblijf in het buitenland bent u niet beschikbaar voor werk of een re-integratietraject. Heeft u afspraken met uw consulent of werkcoach in deze periode, neem dan vooraf contact op. Bent u langer weg dan 4 weken, dan stopt uw uitkering voor de dagen daarna.',
  );
  f.checks('', [['Ik heb mijn consulent op de hoogte gebracht van mijn afwezigheid', true]], 1);
  f.section('4', 'Ondertekening', 210);
  f.signature(c.date, 'Voorbeeld');
  const pages = f.done().map((ops) => ({ ops }));
  return mk('holiday_notice', p, 'nl', pages, `melding verblijf buitenland (${o.country})`, false);
}

export function sollicitatieOverzicht(c: DocCtx, o: { month: number; rows: number; typed?: boolean }): Doc {
  const { r, p } = c;
  const f = new Form(r, `Overzicht sollicitatieactiviteiten ${maand(o.month)}`, 'W&I 21 - sollicitatieplicht', {
    typed: o.typed,
    num: 'none',
    subtitle: 'U moet minimaal 4 sollicitaties per maand doen. Noteer ze hieronder en stuur bewijs mee (e-mails, brieven, afwijzingen).',
  });
  f.fields([
    ['Naam', p.name, 0.5],
    ['Klantnummer', p.clientNumber ?? '', 0.25],
    ['Werkcoach', r.pick(['mw. Demir', 'dhr. Verhoeven', 'mw. Hendriks', 'weet ik niet']), 0.25],
  ]);
  f.note(
    'Een sollicitatie is: een brief of e-mail naar een werkgever, een online sollicitatie, een open sollicitatie, een inschrijving bij een uitzendbureau, of een gesprek. Alleen een vacature bekijken telt niet. Bewaar bewijs van al uw sollicitaties, ook van afwijzingen. Uw werkcoach kan het bewijs opvragen.',
  );
  f.checks('Waar zoekt u naar vacatures?', [
    ['Werk.nl / vacaturesites', r.chance(0.8)],
    ['Uitzendbureaus', r.chance(0.6)],
    ['Via familie en vrienden', r.chance(0.5)],
    ['Sociale media', r.chance(0.3)],
    ['Krant / huis-aan-huisblad', r.chance(0.2)],
    ['Langsgaan bij bedrijven', r.chance(0.4)],
  ]);
  const jobs = [
    ['Hotel De Rozenhoed', 'huishoudelijk medewerker', 'e-mail'],
    ['Logistiek Centrum Oost', 'orderpicker', 'website'],
    ['Thuiszorg Samen', 'huishoudelijke hulp', 'open sollicitatie'],
    ['Kinderopvang Kleine Beer', 'pedagogisch hulp', 'brief'],
    ['Supermarkt Versland', 'vakkenvuller', 'langs geweest'],
    ['FlexWerk uitzendbureau', 'inschrijving', 'gesprek'],
    ['Schoonmaakbedrijf Glansrijk', 'schoonmaker', 'telefoon'],
    ['Bakkerij Van der Meulen', 'verkoop', 'e-mail'],
    ['Gemeente Voorbeeld', 'parkeerhandhaver', 'website'],
    ['Tuincentrum Groenrijk', 'medewerker buiten', 'e-mail'],
    ['Kwekerij Van Wijk', 'oogstmedewerker', 'uitzendbureau'],
    ['Restaurant De Smaak', 'afwasser', 'langs geweest'],
    ['Pakketdienst Snelpost', 'sorteerder', 'website'],
    ['Zorgcentrum De Wilgenhof', 'gastvrouw', 'e-mail'],
  ];
  const picked = r.sample(jobs, Math.min(o.rows, jobs.length));
  const base = new Date(Date.UTC(c.date.getUTCFullYear(), o.month - 1, 1));
  const rows = picked.map(([who, what, how], i) => [
    dNum(addDays(base, Math.min(27, 2 + i * r.int(1, 4)))),
    who!,
    what!,
    how!,
    r.pick(['afgewezen', 'geen reactie', 'wacht op antwoord', 'gesprek gehad', 'afgewezen']),
  ]);
  f.table(
    [
      ['Datum', 0.14],
      ['Bedrijf', 0.3],
      ['Functie', 0.22],
      ['Hoe', 0.14],
      ['Resultaat', 0.2],
    ],
    rows,
    Math.max(o.rows, r.pick([12, 16, 20])),
  );
  f.signature(c.date);
  const pages = f.done().map((ops) => ({ ops }));
  return mk('job_application_proof', p, 'nl', pages, `sollicitatieoverzicht ${maand(o.month)} (${o.rows} regels)`, false);
}

/** statement of the attending physician on the municipality's form (restricted) */
export function verklaringBehandelaar(c: DocCtx, o: { num?: NumStyle } = {}): Doc {
  const { r, p } = c;
  const ns = o.num ?? 'paginaXvanN';
  const f = new Form(r, 'Verklaring behandelaar', 'W&I 31 - medisch advies · VERTROUWELIJK - alleen voor de medisch adviseur', {
    typed: true,
    num: ns,
    subtitle: 'In te vullen door de behandelend arts of psycholoog. Terugsturen in de bijgevoegde envelop t.a.v. de medisch adviseur.',
  });
  f.section('1', 'Gegevens cliënt');
  f.fields([
    ['Naam', p.name, 0.5],
    ['Geboortedatum', dNum(p.birth), 0.25],
    ['BSN', fmtBsn(p.bsn, 0), 0.25],
  ]);
  f.section('2', 'Gegevens behandelaar');
  const doc = r.pick(['drs. A.M. de Ruiter, huisarts', 'E. Kaya, GZ-psycholoog', 'dr. P. Lammers, internist']);
  f.fields([
    ['Naam en functie', doc, 0.6],
    ['AGB-code', r.digits(8), 0.4],
  ]);
  f.section('3', 'Medische situatie');
  f.area(
    'Diagnose / klachten (voor zover de cliënt toestemming heeft gegeven)',
    r.pick([
      'Chronische rugklachten (HNP L5-S1), pijnklachten bij langdurig staan en tillen. In behandeling bij fysiotherapie en pijnpoli.',
      'Depressieve stoornis, matig ernstig. Sinds 4 maanden in behandeling (cognitieve gedragstherapie en medicatie).',
      'Diabetes mellitus type 2 met wisselende instelling en vermoeidheidsklachten; recent gestart met insuline.',
    ]),
    4,
  );
  f.checks('Is de cliënt naar uw oordeel op dit moment in staat om te werken of deel te nemen aan re-integratie?', [
    ['Ja, zonder beperkingen', false],
    ['Ja, met beperkingen (zie toelichting)', r.chance(0.5)],
    ['Nee, tijdelijk niet', true],
    ['Nee, langdurig niet', false],
  ]);
  f.area(
    'Toelichting en verwachte duur',
    'Naar verwachting minimaal 3 maanden. Herbeoordeling na afronding van de behandeling. Geen zware fysieke belasting.',
    3,
  );
  f.section('4', 'Ondertekening behandelaar', 210);
  f.signature(c.date, 'Voorbeeld');
  const pages = f.done().map((ops) => ({ ops }));
  return mk('medical_statement', p, 'nl', pages, 'verklaring behandelaar (formulier)', ns !== 'none');
}
