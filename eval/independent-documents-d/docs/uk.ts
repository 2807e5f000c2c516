import type { Spec } from '../spec.ts';

export const UK: Spec[] = [];
