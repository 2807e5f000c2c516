import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { LetterBox } from '../../ports.ts';
import type { KeyRing } from './key-ring.ts';

/**
 * Letters for clients without e-mail: PDFs in `<outbox>/letters/`, picked up for printing and
 * posting. Sealed with the key ring (they carry a name and address): `postkamer keys open` reads one.
 */
export class OutboxLetterBox implements LetterBox {
  constructor(
    private readonly lettersDir: string,
    private readonly keys: KeyRing,
  ) {}

  async post(letter: { documentId: string; pdf: Uint8Array }) {
    await mkdir(this.lettersDir, { recursive: true });
    const file = join(this.lettersDir, `receipt-${letter.documentId}.pdf`);
    await writeFile(`${file}.tmp`, this.keys.seal(letter.pdf));
    await rename(`${file}.tmp`, file);
    return { key: file };
  }
}
