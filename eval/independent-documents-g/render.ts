// Set G renders as set D does (folds and crumples on scans, Skia-made PDFs for right-to-left text,
// ruled notebook paper): the same code, so the sets differ in their documents only.
export * from '../independent-documents-d/render.ts';
