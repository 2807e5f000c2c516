import type { Spec } from '../spec.ts';

export const EN: Spec[] = [];
