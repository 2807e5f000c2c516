import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

interface Expected {
  at: string;
  files: {
    file: string;
    documentType: string;
    clientNumber: string | null;
    status: string;
    route: { team: string; consultantId: string | null };
  }[];
}

describe('postkamer process on the example scans', () => {
  it('prints one valid JSON line per document with the right type, client and route', async () => {
    const expected = JSON.parse(readFileSync('examples/expected.json', 'utf8')) as Expected;
    const files = readdirSync('examples/scans').map((f) => join('examples/scans', f));
    const dataDir = mkdtempSync(join(tmpdir(), 'postkamer-examples-'));
    const { stdout } = await run(
      'node',
      [
        'bin/postkamer.mjs',
        'process',
        ...files,
        '--directory',
        'examples/directory.json',
        '--data-dir',
        dataDir,
        '--at',
        expected.at,
        '--json',
      ],
      { maxBuffer: 10 * 1024 * 1024 },
    );
    const lines = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(files.length);
    for (const line of lines) {
      const want = expected.files.find((f) => f.file === basename(line.file));
      expect(want, `no expectation for ${line.file}`).toBeDefined();
      if (!want) continue;
      expect({
        file: basename(line.file),
        status: line.status,
        type: line.documentType,
        client: line.clientNumber,
        team: line.route.team,
        consultant: line.route.consultantId,
      }).toEqual({
        file: want.file,
        status: want.status,
        type: want.status === 'triage' ? line.documentType : want.documentType,
        client: want.clientNumber,
        team: want.route.team,
        consultant: want.route.consultantId,
      });
      expect(line.receiptNumber).toMatch(/^PK-/);
      expect(line.pages.length).toBeGreaterThan(0);
      for (const key of [
        'file',
        'pages',
        'documentId',
        'receiptNumber',
        'status',
        'documentType',
        'confidence',
        'clientNumber',
        'route',
        'receipt',
      ])
        expect(line).toHaveProperty(key);
    }
  }, 120_000);
});
