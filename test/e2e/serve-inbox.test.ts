import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterAll, describe, expect, it } from 'vitest';
import directoryJson from '../../examples/directory.json' with { type: 'json' };
import { parseDirectory } from '../../shared/domain/directory.ts';

async function payslipPdf(bsn: string): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const page = pdf.addPage([595, 842]);
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const lines = [
    'Loonstrook oktober 2026',
    'Werkgever: Schoonmaakbedrijf De Vlijt BV',
    `BSN: ${bsn}`,
    'Bruto loon 1.850,00',
    'Loonheffing 120,00',
    'Netto loon 1.620,00',
  ];
  for (const [i, line] of lines.entries()) page.drawText(line, { x: 50, y: 780 - i * 20, size: 12, font });
  return pdf.save();
}

async function waitFor<T>(check: () => T | undefined, ms: number): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    let value: T | undefined;
    try {
      value = check();
    } catch {
      value = undefined; // e.g. the outbox folder does not exist yet
    }
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Signs in over HTTP as a browser would; returns the session cookie. */
async function signIn(url: string, username: string, password: string): Promise<string> {
  const form = await fetch(`${url}/login`);
  const anonymous = /pk_session=[^;]+/.exec(form.headers.get('set-cookie') ?? '')?.[0] ?? '';
  const csrf = /name="_csrf" value="([^"]+)"/.exec(await form.text())?.[1] ?? '';
  const res = await fetch(`${url}/login`, {
    method: 'POST',
    redirect: 'manual',
    headers: { cookie: anonymous, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ _csrf: csrf, username, password, next: '/' }).toString(),
  });
  return /pk_session=[^;]+/.exec(res.headers.get('set-cookie') ?? '')?.[0] ?? '';
}

describe('npm start (postkamer serve --demo)', () => {
  let server: ChildProcess | undefined;
  afterAll(() => {
    server?.kill('SIGTERM');
  });

  it('starts, processes a file dropped into the inbox, and writes the receipt to the outbox', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'postkamer-serve-'));
    server = spawn('node', ['bin/postkamer.mjs', 'serve', '--demo', '--data-dir', dataDir, '--port', '0'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    server.stderr?.on('data', (d) => {
      stderr += d;
    });
    const url = await waitFor(() => /running: (http:\/\/\S+)/.exec(stderr)?.[1], 30_000);

    const client = parseDirectory(directoryJson).clients.find((c) => c.bsn && c.email && c.consultants.inkomen);
    if (!client?.bsn) throw new Error('example directory needs a client with BSN, e-mail and inkomen consultant');
    writeFileSync(join(dataDir, 'inbox', 'post', 'scan-0001.pdf'), await payslipPdf(client.bsn));

    const eml = await waitFor(() => readdirSync(join(dataDir, 'outbox')).find((f) => f.endsWith('.eml')), 30_000).catch(() => undefined);
    expect(eml, stderr).toBeDefined();
    // The counts need sign-in (operations); the demo accounts are on, and every page says so.
    expect((await fetch(`${url}/api/status`)).status).toBe(401);
    expect(await (await fetch(`${url}/check`)).text()).toContain('class="demo-banner"');
    const cookie = await signIn(url, 'beheer', 'demo-beheer');
    const status = (await (await fetch(`${url}/api/status`, { headers: { cookie } })).json()) as { documents: Record<string, number> };
    expect(status.documents.routed).toBe(1);
    expect(readdirSync(join(dataDir, 'inbox', 'post'))).toEqual([]); // taken in, so deleted from the inbox (the store keeps the bytes)

    // A second start on the same port: a plain message and exit code 2, and its inbox is left alone.
    const port = new URL(url).port;
    const otherDir = mkdtempSync(join(tmpdir(), 'postkamer-serve-'));
    const second = spawn('node', ['bin/postkamer.mjs', 'serve', '--demo', '--data-dir', otherDir, '--port', port], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let secondErr = '';
    second.stderr?.on('data', (d) => {
      secondErr += d;
    });
    const code = await new Promise<number | null>((resolve) => second.on('close', resolve));
    expect(code).toBe(2);
    expect(secondErr).toContain(`127.0.0.1:${port} is already in use`);
    expect(secondErr).not.toMatch(/\n\s+at /); // no stack trace

    // Without --demo and without POSTKAMER_USERS: a plain message naming both ways, exit code 2.
    const { POSTKAMER_USERS: _, ...env } = process.env;
    const third = spawn('node', ['bin/postkamer.mjs', 'serve', '--data-dir', otherDir, '--port', '0'], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env,
    });
    let thirdErr = '';
    third.stderr?.on('data', (d) => {
      thirdErr += d;
    });
    expect(await new Promise<number | null>((resolve) => third.on('close', resolve))).toBe(2);
    expect(thirdErr).toMatch(/POSTKAMER_USERS.*--demo/);
  }, 90_000);
});
