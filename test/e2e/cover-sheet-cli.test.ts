import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { pdfPages } from '../../shared/adapters/local/ocr/pdf-pages.ts';
import { readSheet } from '../../shared/adapters/local/ocr/sheet-reader.ts';
import type { SheetPayload } from '../../shared/domain/cover-sheet.ts';

const run = promisify(execFile);
const CLI = resolve('bin/postkamer.mjs');
const DIRECTORY = resolve('examples/directory.json');

/** `postkamer cover-sheet …` in `cwd`; a non-zero exit is returned, not thrown. */
async function coverSheet(cwd: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [CLI, 'cover-sheet', '--directory', DIRECTORY, ...args], { cwd });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

/** The sheet the PDF's page shows, read from its rendered image as a scan would be. */
async function sheetIn(file: string): Promise<SheetPayload | null> {
  const limits = { maxPages: 2, maxPixels: 60_000_000, dpi: 200, minTextLayerLetters: Number.POSITIVE_INFINITY };
  for await (const page of pdfPages(new Uint8Array(readFileSync(file)), limits)) {
    if (page.image && !page.image.blank) return readSheet(page.image);
  }
  return null;
}

describe('postkamer cover-sheet', () => {
  it('writes a client’s cover sheet to a named file in the current folder and prints its name', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'postkamer-sheet-'));
    const result = await coverSheet(cwd, ['--client', 'K-100234', '--type', 'objection']);
    expect(result).toMatchObject({ code: 0, stdout: 'voorblad-K-100234-objection.pdf\n' });
    const file = join(cwd, 'voorblad-K-100234-objection.pdf');
    expect(readFileSync(file).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(await sheetIn(file)).toEqual({ kind: 'cover', clientNumber: 'K-100234', documentType: 'objection' });
  });

  it('writes a separator sheet where --out says', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'postkamer-sheet-'));
    const result = await coverSheet(cwd, ['--separator', '--out', 'tussenblad.pdf']);
    expect(result).toMatchObject({ code: 0, stdout: 'tussenblad.pdf\n' });
    expect(await sheetIn(join(cwd, 'tussenblad.pdf'))).toEqual({ kind: 'separator' });
  });

  it('refuses an unknown client or type as a usage error that names it, and writes nothing', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'postkamer-sheet-'));
    const client = await coverSheet(cwd, ['--client', 'K-999999']);
    expect(client.code).toBe(2);
    expect(client.stderr).toMatch(/Unknown client number "K-999999"/);
    const type = await coverSheet(cwd, ['--client', 'K-100234', '--type', 'bezwaar']);
    expect(type.code).toBe(2);
    expect(type.stderr).toMatch(/Unknown document type "bezwaar"/);
    const neither = await coverSheet(cwd, []);
    expect(neither.code).toBe(2);
    expect(neither.stderr).toMatch(/--client .*--separator/);
    expect(readdirSync(cwd)).toEqual([]);
    expect(existsSync(join(cwd, 'voorblad-K-999999.pdf'))).toBe(false);
  });
});
