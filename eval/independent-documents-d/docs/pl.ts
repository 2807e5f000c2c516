import type { Spec } from '../spec.ts';

export const PL: Spec[] = [];
