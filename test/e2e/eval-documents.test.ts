import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { textPdf } from '../../scripts/lib/render-page.ts';

const run = promisify(execFile);

/** `npm run eval:documents` on a small folder in the independent sets' format: truth.json + files/. */
describe('npm run eval:documents', () => {
  it('reads, classifies, identifies and routes each file, and reports against the truth', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'postkamer-eval-documents-'));
    mkdirSync(join(dir, 'files'));
    const payslip = [
      'Loonstrook maart 2026',
      'Werkgever: Bakkerij Jansen B.V.',
      'Werknemer: J. de Vries',
      'BSN: 999931829',
      'Nettoloon 1.824,40',
    ];
    writeFileSync(join(dir, 'files', 'loonstrook.pdf'), await textPdf([payslip]));
    writeFileSync(join(dir, 'files', 'kapot.pdf'), 'dit is geen pdf');
    writeFileSync(
      join(dir, 'truth.json'),
      JSON.stringify([
        // The truth says another client, with another consultant: the routed payslip is a misroute.
        { file: 'loonstrook.pdf', type: 'payslip', clientNumber: 'K-100108', expected: 'route', language: 'nl' },
        { file: 'kapot.pdf', type: 'other', clientNumber: null, expected: 'triage', language: 'en' },
      ]),
    );
    const cache = join(dir, 'text-cache');
    const evaluate = async () => {
      const { stdout } = await run(process.execPath, [
        '--import',
        'tsx',
        'scripts/eval-documents.ts',
        dir,
        '--json',
        '--text-cache',
        cache,
      ]);
      return JSON.parse(stdout.trim().split('\n').pop() ?? '{}');
    };
    const report = await evaluate();
    const set = report.sets[dir];
    expect(set).toMatchObject({
      documents: 2,
      unreadable: 1,
      typeAccuracy: 0.5,
      misroutes: 1,
      misrouteRate: 0.5,
      clientWrongRouted: 1,
      // The unreadable file is rejected with a reason: a person sees it, so it is not routed.
      triageRecall: 1,
      autoRouteRate: 1,
      met: { misrouteRate: false, triageRecall: true },
    });
    expect(set.misroutedFiles).toEqual([
      { file: 'loonstrook.pdf', type: 'payslip', predicted: 'payslip', expected: 'inkomen/c-003', decided: 'inkomen/c-002' },
    ]);
    expect(Object.keys(set.byLanguage).sort()).toEqual(['en', 'nl']);
    expect(set.reliability.reduce((n: number, b: { documents: number }) => n + b.documents, 0)).toBe(1);
    expect(set.typeConfusions).toEqual(['other → unreadable × 1']);
    expect(report.all.documents).toBe(2);

    // The payslip's text was kept by the file's hash: a second run reads it from there, not from the file.
    const [kept] = readdirSync(cache);
    expect(readFileSync(join(cache, kept as string), 'utf8')).toContain('Nettoloon');
    writeFileSync(join(cache, kept as string), 'Bankafschrift ING\nRekeningoverzicht\nSaldo 12,00\nBij/af Omschrijving');
    const again = (await evaluate()).sets[dir];
    expect(again.typeConfusions).toEqual(['other → unreadable × 1', 'payslip → bank_statement × 1']);
  }, 60_000);
});
