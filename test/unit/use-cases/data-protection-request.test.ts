import { describe, expect, it } from 'vitest';
import { route } from '../../../functions/route/route.ts';
import { split } from '../../../functions/split/split.ts';
import { resolveTriage } from '../../../functions/triage/triage.ts';
import { acknowledge } from '../../../functions/work-items/work-items.ts';
import type { PageText } from '../../../shared/domain/document.ts';
import { current, extractedFile, routeDeps, splitDeps, TEXTS, textPages, triageDeps, world } from './world.ts';

const CORRECTION = `J. de Vries
Dorpsstraat 1, 1234 AB Voorbeeld
Klantnummer K-100234

Betreft: mijn gegevens

Beste meneer/mevrouw,
In uw brief van 3 juni staat mijn geboortedatum verkeerd: 14-03-1917 in plaats van 14-03-1971.
Wilt u dit in uw administratie corrigeren?

Met vriendelijke groet,
J. de Vries`;

describe('a data-protection request on the document', () => {
  it('is recognised when the document goes on to be classified, and gives the work item a one-month clock', async () => {
    const w = world('2026-06-15T08:00:00.000Z');
    const file = await extractedFile(w, textPages(CORRECTION));
    await split(splitDeps(w), file.id);
    expect(await current(w, file.id)).toMatchObject({
      status: 'separated',
      dataProtectionRequest: { right: 'rectification', rights: ['rectification'], law: 'AVG art. 16' },
    });

    await route(routeDeps(w), file.id);
    const routed = await current(w, file.id);
    expect(routed.dataProtectionRequest?.right).toBe('rectification'); // routing keeps it
    // Whatever type the letter looks like, a person picks who answers a request under the AVG.
    expect(routed.status).toBe('triage');
    expect(routed.route?.reasons.at(-1)).toMatchObject({
      code: 'data-protection',
      text: 'Verzoek op grond van de AVG (rectificatie, AVG art. 16): een mens bepaalt wie het beantwoordt, binnen een maand',
    });
    const resolved = await resolveTriage(triageDeps(w), {
      documentId: file.id,
      by: 'triage-officer-1',
      type: 'other',
      clientNumber: 'K-100234',
      target: { kind: 'consultant', consultantId: 'c-002' },
    });
    expect(resolved.ok).toBe(true);
    const result = await acknowledge(
      { ledger: w.ledger, directory: w.directorySource, clock: w.clock, logger: w.logger },
      { documentId: file.id, by: 'c-002' },
    );
    expect(result.legalClock).toMatchObject({ law: 'AVG art. 12 lid 3', startDate: '2026-06-15', dueDate: '2026-07-15' });
  });

  it('belongs to the part of a file whose own pages ask it, not to the other parts', async () => {
    const w = world();
    const separator: PageText = { page: 2, text: '', source: 'ocr', sheet: { kind: 'separator' } };
    const pages = [...textPages(TEXTS.payslipOfKnownClient), separator, { ...textPages(CORRECTION)[0], page: 3 } as PageText];
    const file = await extractedFile(w, pages);
    await split(splitDeps(w), file.id);
    const parts = await Promise.all(((await current(w, file.id)).childIds ?? []).map((id) => current(w, id)));
    expect(parts.map((p) => [p.pages, p.dataProtectionRequest?.right ?? null])).toEqual([
      [[1], null],
      [[3], 'rectification'],
    ]);
  });

  it('is not found in a payslip', async () => {
    const w = world();
    const file = await extractedFile(w, textPages(TEXTS.payslipOfKnownClient));
    await split(splitDeps(w), file.id);
    expect((await current(w, file.id)).dataProtectionRequest).toBeUndefined();
  });
});
