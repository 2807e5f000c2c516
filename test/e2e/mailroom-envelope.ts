import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import directoryJson from '../../examples/directory.json' with { type: 'json' };
import { textPdf } from '../../scripts/lib/render-page.ts';
import { parseDirectory } from '../../shared/domain/directory.ts';

const run = promisify(execFile);

/**
 * A mailroom envelope run through `postkamer process --json`: a payslip of Jan (page 1), a two-page
 * objection of Fatima with a blank back side (pages 2–4) and a medical statement of Jan (page 5).
 * Returns the two clients, the data dir and the output lines (one per document).
 */
export async function processMailroomEnvelope(name: string) {
  const directory = parseDirectory(directoryJson);
  const [jan, fatima] = directory.clients.filter((c) => c.bsn && c.email && c.consultants.inkomen && c.consultants.werk);
  if (!jan?.bsn || !fatima?.bsn) throw new Error('the example directory lacks two suitable clients');
  const dir = mkdtempSync(join(tmpdir(), 'postkamer-envelope-'));
  const file = join(dir, name);
  writeFileSync(
    file,
    await textPdf([
      [
        'Schoonmaakbedrijf De Vlijt BV',
        'Loonstrook oktober 2026',
        `Naam werknemer: ${jan.name}`,
        `BSN: ${jan.bsn}`,
        'Brutoloon 1.850,00 Loonheffing 120,00 Nettoloon 1.620,00',
      ],
      [
        'Aan het college van burgemeester en wethouders',
        'Bezwaarschrift',
        'Betreft: bezwaar tegen het besluit van 3 november 2026',
        'Geacht college,',
        'Hierbij maak ik bezwaar tegen uw besluit over de terugvordering van mijn bijstand.',
        'pagina 1 van 2',
      ],
      [],
      [
        'Ik ben het niet eens met de berekening en vraag u het besluit te herzien.',
        `Naam: ${fatima.name}`,
        `Burgerservicenummer: ${fatima.bsn}`,
        'Met vriendelijke groet,',
        fatima.name,
        'pagina 2 van 2',
      ],
      [
        'Huisartsenpraktijk De Linde',
        'Medische verklaring',
        `Hierbij verklaar ik dat ${jan.name} (BSN ${jan.bsn}) vanwege medische klachten tot 1 maart 2027 niet in staat is om te werken of te solliciteren.`,
        'De huisarts, dr. P. Smit',
      ],
    ]),
  );
  const dataDir = join(dir, 'data');
  const { stdout } = await run(
    process.execPath,
    ['bin/postkamer.mjs', 'process', file, '--data-dir', dataDir, '--at', '2026-11-25T10:00:00+01:00', '--json'],
    { env: { ...process.env, POSTKAMER_DIRECTORY: 'examples/directory.json' } },
  );
  const lines = stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  return { jan, fatima, dataDir, lines };
}
