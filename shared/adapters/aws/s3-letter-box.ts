import type { LetterBox } from '../../ports.ts';
import type { S3ObjectStore } from './s3-object-store.ts';

/**
 * Letters for clients without e-mail: the receipt PDF under `letters/`, where the print-and-post
 * service picks them up. The address is printed in the PDF itself; it is not stored as metadata.
 */
export class S3LetterBox implements LetterBox {
  constructor(private readonly objects: S3ObjectStore) {}

  async post(letter: { documentId: string; pdf: Uint8Array; address: string | null }): Promise<{ key: string }> {
    const key = letterKey(letter.documentId);
    await this.objects.put(key, letter.pdf, 'application/pdf');
    return { key };
  }
}

export const letterKey = (documentId: string) => `letters/receipt-${documentId}.pdf`;
