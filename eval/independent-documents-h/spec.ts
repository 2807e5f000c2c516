// What each document in set H declares: set D's Spec, so every set builds with the same code.
export * from '../independent-documents-d/spec.ts';
