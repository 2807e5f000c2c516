import { describe, expect, it } from 'vitest';
import directoryJson from '../../examples/directory.json' with { type: 'json' };
import { clientIndexFor } from '../../shared/domain/client-matching.ts';
import { parseDirectory } from '../../shared/domain/directory.ts';
import { pageNumbering, proposeSplit, type SplitPage, splitPages } from '../../shared/domain/split.ts';

/**
 * Separating a file into documents, with the real page classifier and the example directory.
 * The texts are short but written the way the papers are: letterhead, address, subject, closing.
 */
const index = clientIndexFor(parseDirectory(directoryJson));

const payslip = (name: string, bsn: string, month: string) =>
  `Schoonmaakbedrijf De Vlijt BV\nLoonstrook ${month} 2026\nNaam werknemer: ${name}\nBSN: ${bsn}\nBrutoloon 1.850,00\nLoonheffing 120,00\nNettoloon 1.620,00\nUitbetaald op rekening NL91ABNA0417164300`;
const objection = (name: string, bsn: string) =>
  `Aan het college van burgemeester en wethouders\nBezwaarschrift\nGeachte heer, mevrouw,\nHierbij maak ik bezwaar tegen uw besluit van 3 november 2026 over de terugvordering van mijn bijstand.\nNaam: ${name}\nBSN: ${bsn}\nMet vriendelijke groet,\n${name}`;
const medical = (name: string) =>
  `Huisartsenpraktijk De Linde\nMedische verklaring\nHierbij verklaar ik dat ${name} vanwege medische klachten tot 1 maart niet in staat is om te werken of te solliciteren.\nDe arts, dr. P. Smit`;
const letterPage = (n: number, total: number, body: string) => `${body}\n\npagina ${n} van ${total}`;

const pages = (...texts: (string | null)[]): SplitPage[] =>
  texts.map((text, i) => ({ page: i + 1, text: text ?? '', blank: text === null }));

describe('pageNumbering', () => {
  it.each([
    ['pagina 2 van 3', { index: 2, total: 3 }],
    ['Page 1 of 4', { index: 1, total: 4 }],
    ['blad 2', { index: 2 }],
    ['tekst\n2/3\n', { index: 2, total: 3 }],
    ['tekst\n- 2 -\n', { index: 2 }],
  ])('reads "%s"', (text, expected) => {
    expect(pageNumbering(text)).toEqual(expected);
  });

  it('does not take a date or an amount for a page number', () => {
    expect(pageNumbering('Datum: 12/11/2026\nBedrag 1.850,00')).toBeNull();
    expect(pageNumbering('huur per maand 3/12 deel')).toBeNull();
  });
});

describe('splitPages', () => {
  it('separates an envelope of two clients: a payslip and an objection, each with its own reason', () => {
    const result = splitPages(pages(payslip('Jan de Vries', '999931829', 'oktober'), objection('Fatima el Amrani', '999950253')), index);
    expect(result.parts.map((p) => p.pages)).toEqual([[1], [2]]);
    expect(result.parts[1]?.reasons.map((r) => r.code)).toContain('split.client');
    expect(result.parts[1]?.reasons[0]?.text).toMatch(/nieuw document vanaf pagina 2/);
  });

  it('keeps three monthly payslips of one client apart, and a bank statement’s continuation page with its first', () => {
    const bankFirst =
      'ING Bank\nRekeningafschrift nr. 10\nRekeninghouder: J. de Vries\nIBAN NL91INGB0001234567\nPeriode 1 oktober t/m 31 oktober 2026\nDatum Omschrijving Bedrag\n01-10 Huur -650,00\n03-10 Albert Heijn -45,20';
    const bankNext =
      '05-10 Gemeente Voorbeeld bijstand +1.100,00\n09-10 Jumbo -32,10\n12-10 Eneco -88,00\n15-10 Opname -50,00\nNieuw saldo 123,45';
    const slips = ['augustus', 'september', 'oktober'].map((m) => payslip('Jan de Vries', '999931829', m));
    // Decided on its own, or (not sure enough) proposed so to the person in triage: never merged silently.
    const separated = (input: SplitPage[]) => {
      const result = splitPages(input, index);
      return (result.uncertain ? proposeSplit(input, index) : result).parts.map((p) => p.pages);
    };
    expect(separated(pages(...slips))).toEqual([[1], [2], [3]]);
    expect(separated(pages(bankFirst, bankNext, slips[2] as string))).toEqual([[1, 2], [3]]);
  });

  it('never cuts a numbered letter in the middle, even when a page looks like a first page', () => {
    const body = objection('Mehmet Yilmaz', '999943005');
    const result = splitPages(pages(letterPage(1, 3, body), letterPage(2, 3, body), letterPage(3, 3, 'Bijlagen: kopie besluit')), index);
    expect(result.parts.map((p) => p.pages)).toEqual([[1, 2, 3]]);
    expect(result.boundaries.every((b) => !b.split && !b.uncertain)).toBe(true);
  });

  it('keeps a letter whole that goes on after its salutation on the next page, with no page numbers', () => {
    const first =
      'Bezwaarschrift\nAan het college van burgemeester en wethouders\nBetreft: bezwaar tegen het besluit van 3 oktober 2026\nGeacht college,';
    const second =
      'Hierbij maak ik bezwaar tegen uw besluit van 3 oktober 2026 waarin mijn bijstandsuitkering is verlaagd.\nIk verzoek u het besluit te herroepen.\nMet vriendelijke groet,\nJ. de Vries';
    const result = splitPages(pages(first, second), index);
    expect(result.parts.map((p) => p.pages)).toEqual([[1, 2]]);
    expect(result.boundaries[0]?.reasons[0]?.code).toBe('split.letter-continues');
  });

  it('starts a new document at "pagina 1 van 2" after a finished numbered one', () => {
    const a = objection('Mehmet Yilmaz', '999943005');
    const b = objection('Mehmet Yilmaz', '999943005');
    const result = splitPages(pages(letterPage(1, 2, a), letterPage(2, 2, a), letterPage(1, 2, b), letterPage(2, 2, b)), index);
    expect(result.parts.map((p) => p.pages)).toEqual([
      [1, 2],
      [3, 4],
    ]);
  });

  it('drops blank pages and records them; a blank page is never a document', () => {
    const result = splitPages(
      pages(payslip('Jan de Vries', '999931829', 'oktober'), null, payslip('Anna Kowalska', '999921782', 'oktober'), null),
      index,
    );
    expect(result.blankPages).toEqual([2, 4]);
    expect(result.parts.map((p) => p.pages)).toEqual([[1], [3]]);
  });

  it('puts a medical statement on its own, even inside the same client’s envelope', () => {
    const result = splitPages(pages(payslip('Jan de Vries', '999931829', 'oktober'), medical('Jan de Vries')), index);
    expect(result.parts.map((p) => p.pages)).toEqual([[1], [2]]);
    expect(result.parts[1]?.reasons.map((r) => r.code)).toEqual(['split.restricted']);
  });

  it('never joins a page of another type to a medical statement silently, however much it looks like a continuation', () => {
    // The page after a medical letter reads as an application, too unsure for the restricted rule and
    // with nothing of a first page: joined, it would hide inside the confidential document.
    const classify = (type: 'benefit_application' | 'other') => (texts: string[]) =>
      texts.map((_, i) =>
        i === 0
          ? { type: 'medical_statement' as const, confidence: 0.99, firstPage: 0.99 }
          : { type, confidence: 0.7, firstPage: 0.01, classifierFirstPage: 0.01 },
      );
    const texts = pages(medical('Jan de Vries'), 'ik wil graag bijstand aanvragen want ik heb geen inkomen meer');
    const doubted = splitPages(texts, index, { classify: classify('benefit_application') });
    expect(doubted.uncertain).toBe(true);
    expect(doubted.boundaries[0]?.reasons.map((r) => r.code)).toContain('split.restricted-doubt');
    expect(doubted.boundaries[0]?.reasons.find((r) => r.code === 'split.restricted-doubt')?.text).toContain('medische verklaring');
    // A page nobody can type is in doubt too: it could be anyone's.
    const other = splitPages(texts, index, { classify: classify('other') });
    expect(other.uncertain).toBe(true);
    expect(other.boundaries[0]?.reasons.find((r) => r.code === 'split.restricted-doubt')?.text).toContain('onbekend soort');
    // The proposal a person starts from keeps them apart (the evidence alone says "continues").
    expect(proposeSplit(texts, index, { classify: classify('benefit_application') }).parts.map((p) => p.pages)).toEqual([[1], [2]]);
    expect(proposeSplit(texts, index, { classify: classify('other') }).parts.map((p) => p.pages)).toEqual([[1], [2]]);
  });

  it('follows cover and separator sheets over anything the pages say, and keeps them out of the documents', () => {
    const slip = payslip('Jan de Vries', '999931829', 'oktober');
    const result = splitPages(
      [
        { page: 1, text: '', blank: false, sheet: { kind: 'cover', clientNumber: 'K-100101', documentType: 'payslip' } },
        { page: 2, text: slip, blank: false },
        { page: 3, text: '', blank: false, sheet: { kind: 'separator' } },
        { page: 4, text: slip, blank: false },
      ],
      index,
    );
    expect(result.sheetPages).toEqual([1, 3]);
    expect(result.parts.map((p) => p.pages)).toEqual([[2], [4]]);
    expect(result.parts[0]).toMatchObject({ coverClientNumber: 'K-100101', coverDocumentType: 'payslip' });
    expect(result.parts[1]?.reasons.map((r) => r.code)).toEqual(['split.separator-sheet']);
  });

  it('once a stack is separated with sheets, lets only the sheets (and a restricted type) start documents', () => {
    const slips = ['augustus', 'september'].map((m) => payslip('Jan de Vries', '999931829', m));
    const sheet = (page: number): SplitPage => ({ page, text: '', blank: false, sheet: { kind: 'separator' } });
    const input = [
      sheet(1),
      { page: 2, text: slips[0] as string, blank: false },
      { page: 3, text: slips[1] as string, blank: false }, // the mailroom kept two payslips together
      sheet(4),
      { page: 5, text: objection('Fatima el Amrani', '999950253'), blank: false },
      { page: 6, text: medical('Fatima el Amrani'), blank: false },
    ];
    const result = splitPages(input, index);
    expect(result.parts.map((p) => p.pages)).toEqual([[2, 3], [5], [6]]);
    expect(result.boundaries.find((b) => b.page === 3)?.reasons[0]?.code).toBe('split.sheets-in-use');
    expect(result.boundaries.find((b) => b.page === 6)?.reasons[0]?.code).toBe('split.restricted');
    // Without the sheets the two payslips would be two documents (or proposed so to a person).
    const unsheeted = input.filter((p) => !p.sheet);
    expect(proposeSplit(unsheeted, index).parts.map((p) => p.pages)).toEqual([[2], [3], [5], [6]]);
  });

  it('marks a boundary it cannot tell either way as uncertain, instead of guessing', () => {
    // Two pages with no cue either way ("Vervolg" on top would be one: a continuation), weighed by a
    // boundary model that sees no evidence at all: an even score, between its two thresholds.
    const result = splitPages(pages('Overzicht', 'Lijst'), index, {
      classify: (texts) => texts.map((_, i) => ({ type: 'other', confidence: 0.3, firstPage: i === 0 ? 1 : 0.5 })),
      model: { features: [], weights: [], bias: 0, thresholds: { split: 0.9, keep: 0.1 } },
    });
    expect(result.boundaries[0]?.score).toBe(0.5);
    expect(result.uncertain).toBe(true);
    expect(result.boundaries[0]?.reasons[0]?.code).toBe('split.uncertain');
  });
});

describe('npm run eval:split (generated envelopes of held-out templates)', () => {
  it('meets the separation targets: boundary precision and recall ≥ 0.98, no blank page kept, no restricted page mixed in', async () => {
    const { execFile } = await import('node:child_process');
    const { promisify } = await import('node:util');
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'scripts/eval-split.ts', '--envelopes', '80', '--seed', 'split-eval-ci', '--json'],
      { maxBuffer: 4 * 1024 * 1024 },
    );
    const report = JSON.parse(stdout.trim().split('\n').pop() ?? '{}');
    expect(report.documents).toBeGreaterThan(400);
    // The proposal a person starts from is good, and most files need no person. Since the corpus
    // gained 270 templates in six languages (issue 16), held-out envelopes with unnumbered foreign
    // pages go to a person more often: 0.55 of these files (was under 0.5 with Dutch-heavy templates).
    expect(report.uncertainRate).toBeLessThan(0.6);
    // Proposals find 0.936 of the true boundaries here (was over 0.95 before the corpus gained 90
    // templates of easily confused post); half of those missed lie between two documents of one
    // type (a payslip after a payslip, two doctors' letters), which the person separates.
    expect(report.proposalPrecision).toBeGreaterThan(0.95);
    expect(report.proposalRecall).toBeGreaterThan(0.93);
    expect(report.boundaryPrecision).toBeGreaterThanOrEqual(report.targets.boundaryPrecision);
    expect(report.boundaryRecall).toBeGreaterThanOrEqual(report.targets.boundaryRecall);
    expect(report.blankPagesKept).toBe(0);
    expect(report.restrictedMixed).toBe(0);
  }, 120_000);
});
