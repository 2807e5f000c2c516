// Set H renders as set D does: the same code, so the sets differ in their documents only.
export * from '../independent-documents-d/render.ts';
