import type { Spec } from '../lib.ts';
export const tr: Spec[] = [];
