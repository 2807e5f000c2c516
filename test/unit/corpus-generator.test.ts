import { describe, expect, it } from 'vitest';
import { type CorpusDoc, generateCorpus } from '../../scripts/corpus/corpus.ts';
import { generateDirectory } from '../../scripts/corpus/people.ts';
import { Rng } from '../../scripts/corpus/random.ts';
import { assignSplits, groupOf } from '../../scripts/corpus/split.ts';
import { ALL_TEMPLATES } from '../../scripts/corpus/templates/index.ts';
import { isValidBsn } from '../../shared/domain/bsn.ts';
import { ClientIndex, findBsns, identifyClient } from '../../shared/domain/client-matching.ts';
import { parseDirectory } from '../../shared/domain/directory.ts';
import { DOCUMENT_TYPE_IDS } from '../../shared/domain/document-types.ts';

const directory = parseDirectory(generateDirectory(new Rng('test:directory'), 400));
const index = new ClientIndex(directory);
const corpus = generateCorpus({ seed: 'test-seed', count: 1200, directory });
const text = (d: CorpusDoc) => d.pages.join('\n\n');

describe('corpus generator', () => {
  it('has many templates per type, for every type', () => {
    expect(ALL_TEMPLATES.length).toBeGreaterThanOrEqual(150);
    for (const type of DOCUMENT_TYPE_IDS) expect(ALL_TEMPLATES.filter((t) => t.type === type).length, type).toBeGreaterThanOrEqual(8);
    expect(new Set(ALL_TEMPLATES.map((t) => t.id)).size).toBe(ALL_TEMPLATES.length);
  });

  it('produces every document type, with non-empty pages', () => {
    const types = new Set(corpus.map((d) => d.type));
    for (const type of DOCUMENT_TYPE_IDS) expect(types.has(type), type).toBe(true);
    for (const d of corpus) {
      expect(d.pages.length).toBeGreaterThan(0);
      expect(d.pages.every((p) => p.trim().length > 0)).toBe(true);
    }
  });

  it('is deterministic for a seed and differs between seeds', () => {
    const again = generateCorpus({ seed: 'test-seed', count: 150, directory });
    expect(JSON.stringify(again)).toBe(JSON.stringify(corpus.slice(0, 150)));
    const other = generateCorpus({ seed: 'other-seed', count: 150, directory });
    expect(JSON.stringify(other)).not.toBe(JSON.stringify(again));
  });

  it('splits by template group: no group in two splits, every type in test and validation', () => {
    const splits = assignSplits(ALL_TEMPLATES);
    for (const d of corpus) expect(d.split).toBe(splits.get(d.group));
    for (const type of DOCUMENT_TYPE_IDS) {
      const groups = ALL_TEMPLATES.filter((t) => t.type === type).map(groupOf);
      const used = new Set(groups.map((g) => splits.get(g)));
      expect([...used].sort(), type).toEqual(['test', 'train', 'validation']);
    }
  });

  it("labels a payslip's BSN with its own client", () => {
    const payslips = corpus.filter((d) => d.type === 'payslip' && d.clientEvidence === 'bsn');
    expect(payslips.length).toBeGreaterThan(10);
    for (const d of payslips) {
      const labelled = findBsns(text(d)).filter((h) => h.labelled);
      expect(labelled.length, d.id).toBeGreaterThan(0);
      for (const hit of labelled) {
        expect(isValidBsn(hit.bsn)).toBe(true);
        expect(index.byBsn.get(hit.bsn)?.clientNumber, d.id).toBe(d.clientNumber);
      }
    }
  });

  it('carries exactly the client evidence it is labelled with', () => {
    const wrong: string[] = [];
    for (const d of corpus) {
      const id = identifyClient(text(d), index);
      const ok =
        d.clientEvidence === 'conflict'
          ? id.status === 'conflict' &&
            id.candidates.includes(d.clientNumber as string) &&
            id.candidates.includes(d.otherClientNumber as string)
          : d.clientEvidence === 'none' || d.clientEvidence === 'unknown'
            ? id.status === 'none' || (id.status === 'identified' && id.clientNumber === d.clientNumber)
            : id.status === 'identified' && id.clientNumber === d.clientNumber;
      if (!ok) wrong.push(`${d.id} ${d.template} ${d.clientEvidence} → ${id.status}`);
    }
    expect(wrong).toEqual([]);
  });

  it('keeps the controlled mix of client evidence', () => {
    const share = (e: CorpusDoc['clientEvidence']) => corpus.filter((d) => d.clientEvidence === e).length / corpus.length;
    expect(share('bsn')).toBeGreaterThan(0.25);
    expect(share('client-number')).toBeGreaterThan(0.2);
    expect(share('name-birthdate')).toBeGreaterThan(0.1);
    expect(share('unknown')).toBeGreaterThan(0.02);
    expect(share('none')).toBeGreaterThan(0.005);
    expect(share('conflict')).toBeGreaterThan(0.003);
    // Unknown people are mostly new applicants.
    const apps = corpus.filter((d) => d.type === 'benefit_application');
    expect(apps.filter((d) => d.clientEvidence === 'unknown').length / apps.length).toBeGreaterThan(0.4);
    for (const d of corpus.filter((x) => x.clientEvidence === 'unknown')) expect(d.clientNumber).toBeNull();
  });

  it('writes English documents too', () => {
    expect(corpus.filter((d) => d.lang === 'en').length).toBeGreaterThan(20);
  });
});
