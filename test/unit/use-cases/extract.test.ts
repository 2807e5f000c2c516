import { describe, expect, it } from 'vitest';
import { extract } from '../../../functions/extract/extract.ts';
import { type PageText, pagesKey } from '../../../shared/domain/document.ts';
import { UnusableInputError } from '../../../shared/domain/errors.ts';
import { AFTER_REJECTION, nextStep } from '../../../shared/domain/pipeline.ts';
import { ScriptedExtractor } from '../../helpers/fakes.ts';
import { current, extractDeps, routedDocument, storedDocument, world } from './world.ts';

const PAGES: PageText[] = [
  { page: 1, text: 'Loonstrook maart 2026\nBrutoloon € 2.134,50', source: 'text-layer' },
  { page: 2, text: 'Nettoloon € 1.824,40', source: 'ocr', ocrConfidence: 91, rotation: 90 },
  { page: 3, text: '', source: 'ocr', ocrConfidence: 0, blank: true },
];

const reads = (pages: PageText[] = PAGES) => new ScriptedExtractor({ pages, mediaType: 'application/pdf' });

const encrypted = () =>
  new UnusableInputError('extract.encrypted', 'The PDF is protected with a password. Remove the password and send it again.');

describe('extract: a received document', () => {
  it('reads the stored original and keeps the text of every page next to it', async () => {
    const w = world();
    const doc = await storedDocument(w);
    const extractor = reads();

    await extract(extractDeps(w, extractor), doc.id);

    expect(extractor.calls).toEqual([{ mediaType: 'application/pdf', objectKey: doc.objectKey }]);
    expect(await w.objects.getJson(pagesKey(doc.id))).toEqual(PAGES);
  });

  it('marks the document extracted with its page count, in one audit event that counts OCR, blank and rotated pages', async () => {
    const w = world();
    const doc = await storedDocument(w);

    await extract(extractDeps(w, reads()), doc.id);

    expect(await current(w, doc.id)).toMatchObject({ status: 'extracted', pageCount: 3, mediaType: 'application/pdf' });
    const events = await w.ledger.listEvents(doc.id);
    expect(events.map((e) => e.type)).toEqual(['received', 'extracted']);
    expect(events[1]?.data).toEqual({ pages: 3, ocrPages: 2, blankPages: 1, engine: 'scripted', rotated: [2] });
  });

  it('stores the language the document is written in, from the text of its pages', async () => {
    const w = world();
    const english = await storedDocument(w);
    const dutch = await storedDocument(w);
    const page = (text: string): PageText[] => [{ page: 1, text, source: 'ocr', ocrConfidence: 88 }, PAGES[2] as PageText];

    await extract(
      extractDeps(w, reads(page('Dear Sir or Madam,\nI would like to apply for income support. My contract ended and I have no income.'))),
      english.id,
    );
    await extract(
      extractDeps(
        w,
        reads(page('Geachte heer, mevrouw,\nHierbij vraag ik bijstand aan. Mijn contract is afgelopen en ik heb geen inkomen.')),
      ),
      dutch.id,
    );

    expect((await current(w, english.id)).language).toBe('en');
    expect((await current(w, dutch.id)).language).toBe('nl');
  });

  it('sends the document to the next step of the pipeline (split)', async () => {
    const w = world();
    const doc = await storedDocument(w);
    await extract(extractDeps(w, reads()), doc.id);
    expect(nextStep('extract')).toBe('split');
    expect(w.queue.sent).toEqual([{ step: nextStep('extract'), documentId: doc.id }]);
  });

  it('fails for a document the ledger does not know', async () => {
    const w = world();
    await expect(extract(extractDeps(w, reads()), 'no-such-document')).rejects.toThrow(/not found/);
  });
});

describe('extract: redelivery and crashes', () => {
  it('run twice for the same message: reads once, one transition, one audit event, split sent again', async () => {
    const w = world();
    const doc = await storedDocument(w);
    const extractor = reads();

    await extract(extractDeps(w, extractor), doc.id);
    await extract(extractDeps(w, extractor), doc.id);

    expect(extractor.calls).toHaveLength(1);
    expect(w.ledger.eventTypes(doc.id)).toEqual(['received', 'extracted']);
    expect(w.queue.sent).toEqual([
      { step: 'split', documentId: doc.id },
      { step: 'split', documentId: doc.id },
    ]);
  });

  it('two runs at once for the same document: one transition and one audit event', async () => {
    const w = world();
    const doc = await storedDocument(w);

    await Promise.all([extract(extractDeps(w, reads()), doc.id), extract(extractDeps(w, reads()), doc.id)]);

    expect(w.ledger.eventTypes(doc.id)).toEqual(['received', 'extracted']);
    expect(w.queue.sent.every((s) => s.step === 'split' && s.documentId === doc.id)).toBe(true);
  });

  it('only passes a document on to split when it was extracted before a crash (the send never happened)', async () => {
    const w = world();
    const doc = await storedDocument(w, { status: 'extracted', pageCount: 1 });
    const extractor = reads();

    await extract(extractDeps(w, extractor), doc.id);

    expect(extractor.calls).toEqual([]);
    expect(w.ledger.eventTypes(doc.id)).toEqual(['extracted']);
    expect(await current(w, doc.id)).toEqual(doc);
    expect(w.queue.sent).toEqual([{ step: 'split', documentId: doc.id }]);
  });

  it('leaves a document that is further along alone', async () => {
    const w = world();
    const doc = await routedDocument(w);
    const extractor = reads();

    await extract(extractDeps(w, extractor), doc.id);

    expect(extractor.calls).toEqual([]);
    expect(w.queue.sent).toEqual([]);
    expect(await current(w, doc.id)).toEqual(doc);
  });

  it('throws any other failure for a retry, leaving the document received, unqueued and unalerted', async () => {
    const w = world();
    const doc = await storedDocument(w);
    const flaky = new ScriptedExtractor({ error: new Error('OCR engine timed out') });

    await expect(extract(extractDeps(w, flaky), doc.id)).rejects.toThrow('OCR engine timed out');

    expect((await current(w, doc.id)).status).toBe('received');
    expect(w.ledger.eventTypes(doc.id)).toEqual(['received']);
    expect(w.queue.sent).toEqual([]);
    expect(w.alerts.alerts).toEqual([]);
  });
});

describe('extract: input that can never be read', () => {
  it('rejects the document with the plain reason the extractor gave', async () => {
    const w = world();
    const doc = await storedDocument(w);

    await extract(extractDeps(w, new ScriptedExtractor({ error: encrypted() })), doc.id);

    expect(await current(w, doc.id)).toMatchObject({
      status: 'rejected',
      rejectReason: 'The PDF is protected with a password. Remove the password and send it again.',
    });
    const events = await w.ledger.listEvents(doc.id);
    expect(events.map((e) => [e.type, e.data])).toEqual([
      ['received', {}],
      ['rejected', { code: 'extract.encrypted' }],
    ]);
  });

  it('raises a rejected alert and sends the document to its receipt step instead of route', async () => {
    const w = world();
    const doc = await storedDocument(w);

    await extract(extractDeps(w, new ScriptedExtractor({ error: encrypted() })), doc.id);

    expect(w.alerts.open()).toEqual([
      expect.objectContaining({
        kind: 'rejected',
        key: `rejected:${doc.id}`,
        documentId: doc.id,
        message: expect.stringContaining('protected with a password'),
      }),
    ]);
    expect(w.queue.sent).toEqual([{ step: AFTER_REJECTION, documentId: doc.id }]);
    expect(w.logger.lines).toContainEqual({
      level: 'warn',
      message: 'rejected',
      fields: { documentId: doc.id, code: 'extract.encrypted' },
    });
  });

  it('run twice for the same unreadable document: one rejection, one alert, one receipt queued', async () => {
    const w = world();
    const doc = await storedDocument(w);
    const extractor = new ScriptedExtractor({ error: encrypted() });

    await extract(extractDeps(w, extractor), doc.id);
    await extract(extractDeps(w, extractor), doc.id);

    expect(extractor.calls).toHaveLength(1);
    expect(w.ledger.eventTypes(doc.id)).toEqual(['received', 'rejected']);
    expect(w.alerts.alerts).toHaveLength(1);
    expect(w.queue.sent).toEqual([{ step: 'receipt', documentId: doc.id }]);
  });
});
