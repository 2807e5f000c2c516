import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** DejaVu Sans (regular, bold) and DejaVu Sans Mono from the `dejavu-fonts-ttf` package: every Latin script, offline. */
export interface DejaVuFonts {
  regular: Uint8Array;
  bold: Uint8Array;
  mono: Uint8Array;
}

let fonts: Promise<DejaVuFonts> | undefined;

/** Read once per process; the package has no entry point, so its ttf folder is found next to its package.json. */
export function loadDejaVuFonts(): Promise<DejaVuFonts> {
  fonts ??= (async () => {
    const dir = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
    const [regular, bold, mono] = await Promise.all(
      ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf', 'DejaVuSansMono.ttf'].map((name) => readFile(join(dir, name))),
    );
    return { regular: regular as Uint8Array, bold: bold as Uint8Array, mono: mono as Uint8Array };
  })();
  fonts.catch(() => {
    fonts = undefined;
  });
  return fonts;
}
