import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
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
        // The truth says another client: a routed payslip of K-100101 is then a wrong route.
        { file: 'loonstrook.pdf', type: 'payslip', clientNumber: 'K-100102', expected: 'route', language: 'nl' },
        { file: 'kapot.pdf', type: 'other', clientNumber: null, expected: 'triage', language: 'en' },
      ]),
    );
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'scripts/eval-documents.ts', dir, '--json']);
    const report = JSON.parse(stdout.trim().split('\n').pop() ?? '{}')[dir];
    expect(report).toMatchObject({ documents: 2, unreadable: 1, typeAccuracy: 0.5, clientWrong: 0.5, routedWrong: 0.5, mustSeeRouted: 0 });
    expect(report.routedWrongFiles).toEqual([
      { file: 'loonstrook.pdf', type: 'payslip', predicted: 'payslip', client: 'K-100102', decided: 'K-100101' },
    ]);
    expect(Object.keys(report.byLanguage).sort()).toEqual(['en', 'nl']);
  }, 60_000);
});
