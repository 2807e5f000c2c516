import type { WeightTable } from '../../shared/domain/classifier.ts';

/**
 * Turns dense trained weights into the committed model's compact tables: rows (feature buckets)
 * centred (a softmax ignores a shift shared by all classes), pruned to the most important rows,
 * and quantised to int8 with one scale. Deterministic: ties in importance break on the bucket id.
 */
function encode(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
}

export interface PruneOptions {
  maxRows: number;
  /** Rows whose largest |weight| is below this are dropped whatever the budget. */
  minImportance: number;
}

export function compactTable(w: Float32Array, width: number, opts: PruneOptions): WeightTable & { kept: number; total: number } {
  const dims = w.length / width;
  const centred = new Float32Array(w.length);
  const importance: { row: number; imp: number }[] = [];
  let total = 0;
  for (let r = 0; r < dims; r++) {
    const base = r * width;
    let mean = 0;
    let any = false;
    for (let k = 0; k < width; k++) {
      const v = w[base + k] as number;
      if (v !== 0) any = true;
      mean += v;
    }
    if (!any) continue;
    total++;
    mean = width > 1 ? mean / width : 0;
    let imp = 0;
    for (let k = 0; k < width; k++) {
      const v = (w[base + k] as number) - mean;
      centred[base + k] = v;
      imp = Math.max(imp, Math.abs(v));
    }
    if (imp >= opts.minImportance) importance.push({ row: r, imp });
  }
  importance.sort((a, b) => b.imp - a.imp || a.row - b.row);
  const kept = importance
    .slice(0, opts.maxRows)
    .map((e) => e.row)
    .sort((a, b) => a - b);
  let maxAbs = 0;
  for (const r of kept) for (let k = 0; k < width; k++) maxAbs = Math.max(maxAbs, Math.abs(centred[r * width + k] as number));
  const scale = maxAbs > 0 ? maxAbs / 127 : 1;
  const rows = new Int32Array(kept);
  const q = new Int8Array(kept.length * width);
  kept.forEach((r, i) => {
    for (let k = 0; k < width; k++)
      q[i * width + k] = Math.max(-127, Math.min(127, Math.round((centred[r * width + k] as number) / scale)));
  });
  return {
    rows: encode(new Uint8Array(rows.buffer)),
    weights: encode(new Uint8Array(q.buffer)),
    scale: Number(scale.toPrecision(8)),
    kept: kept.length,
    total,
  };
}
