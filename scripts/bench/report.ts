/** The benchmark's result as a terminal table and as Markdown (reports/bench.md). */
import { join } from 'node:path';

export interface Target {
  metric: string;
  value: number | null;
  op: '<=' | '>=';
  target: number;
}

interface Result {
  mode: string;
  startedAt: string;
  durationSeconds: number;
  ocrEngine: string;
  machine: { cores: number; cpu: string | null; loadAverageStart: number[]; loadAverageEnd: number[] };
  details: Record<string, unknown>;
  params: Record<string, unknown>;
  notes: string[];
  scans: string;
}

const status = (t: Target) => {
  if (t.value === null || Number.isNaN(t.value)) return 'n/a';
  return (t.op === '<=' ? t.value <= t.target : t.value >= t.target) ? 'met' : 'MISSED';
};

const show = (v: number | null) =>
  v === null || Number.isNaN(v) ? 'n/a' : v >= 100 ? String(Math.round(v)) : String(Math.round(v * 1000) / 1000);

export function tableReport(result: Result, targets: Target[], reportsDir = 'reports'): string {
  const rows = targets.map((t) => [t.metric, show(t.value), `${t.op} ${t.target}`, status(t)]);
  const widths = [0, 1, 2, 3].map((i) => Math.max(...[['metric', 'value', 'target', ''], ...rows].map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => `${r.map((c, i) => (i === 1 ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0))).join('  ')}\n`;
  let out = `\npostkamer bench (${result.mode}) — ${result.ocrEngine}; ${result.machine.cores} cores; load ${result.machine.loadAverageStart.join(' ')} → ${result.machine.loadAverageEnd.join(' ')}\n\n`;
  out += line(['metric', 'value', 'target', '']);
  for (const r of rows) out += line(r);
  out += `\ndetails in ${join(reportsDir, 'bench.json')} and ${join(reportsDir, 'bench.md')} (${result.durationSeconds} s)\n`;
  for (const n of result.notes) out += `note: ${n}\n`;
  return out;
}

export function markdownReport(result: Result, targets: Target[]): string {
  let md = `# Benchmark (${result.mode})\n\n`;
  md += `Run ${result.startedAt}, ${result.durationSeconds} s. OCR engine: ${result.ocrEngine}. `;
  md += `${result.machine.cores} cores (${result.machine.cpu ?? 'unknown CPU'}); load average ${result.machine.loadAverageStart.join(' / ')} at the start, ${result.machine.loadAverageEnd.join(' / ')} at the end.\n\n`;
  md += `Scans: ${result.scans}.\n\n`;
  md += '| metric | value | target | |\n|---|---:|---|---|\n';
  for (const t of targets) md += `| ${t.metric} | ${show(t.value)} | ${t.op} ${t.target} | ${status(t)} |\n`;
  md += '\n## Details\n\n';
  for (const [section, data] of Object.entries(result.details)) md += `- **${section}**: \`${JSON.stringify(data)}\`\n`;
  md += `\nParameters: \`${JSON.stringify(result.params)}\`\n`;
  if (result.notes.length) md += `\n## Notes\n\n${result.notes.map((n) => `- ${n}`).join('\n')}\n`;
  return md;
}
