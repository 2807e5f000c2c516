import type { Spec } from '../spec.ts';

export const TR: Spec[] = [];
