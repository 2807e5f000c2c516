import type { Spec } from '../lib.ts';
export const ar: Spec[] = [];
