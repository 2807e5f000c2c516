import type { Spec } from '../lib.ts';
export const pl: Spec[] = [];
