import type { DocumentTypeId } from '../../shared/domain/document-types.ts';
import { hashString } from './random.ts';
import type { Template } from './template.ts';

/**
 * Train / validation / test split by template group, never by sample: a layout seen in training
 * never appears in evaluation. Per type, about 20% of the groups go to test and 20% to validation
 * (at least one each). The assignment depends only on the group ids, so adding documents or
 * changing the corpus seed does not move a template between splits.
 */
export type Split = 'train' | 'validation' | 'test';

const SALT = 'postkamer-split-v1';

export function groupOf(t: Pick<Template, 'id' | 'group'>): string {
  return t.group ?? t.id;
}

export function assignSplits(templates: readonly Pick<Template, 'id' | 'group' | 'type'>[]): Map<string, Split> {
  const byType = new Map<DocumentTypeId, Set<string>>();
  for (const t of templates) {
    const set = byType.get(t.type) ?? new Set<string>();
    set.add(groupOf(t));
    byType.set(t.type, set);
  }
  const out = new Map<string, Split>();
  for (const groups of byType.values()) {
    const ordered = [...groups].sort((a, b) => hashString(`${SALT}:${a}`) - hashString(`${SALT}:${b}`) || a.localeCompare(b));
    const n = ordered.length;
    const nTest = n >= 3 ? Math.max(1, Math.round(n * 0.2)) : 0;
    const nVal = n >= 3 ? Math.max(1, Math.round(n * 0.2)) : 0;
    for (const [i, g] of ordered.entries()) out.set(g, i < nTest ? 'test' : i < nTest + nVal ? 'validation' : 'train');
  }
  return out;
}
