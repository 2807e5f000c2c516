import type { Spec } from '../lib.ts';
export const uk: Spec[] = [];
