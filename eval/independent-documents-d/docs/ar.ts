import type { Spec } from '../spec.ts';

export const AR: Spec[] = [];
