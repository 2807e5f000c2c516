/**
 * Child process of the memory benchmark: one file through the whole embedded pipeline in a fresh
 * data directory, then one JSON line on stdout with this process's peak RSS.
 *
 *   node --import tsx scripts/bench/memory-child.ts <file> <directory.json>
 */
import { benchRuntime, pipeline } from './measure.ts';

const [file, directoryPath] = process.argv.slice(2);
if (!file || !directoryPath) {
  process.stderr.write('usage: memory-child.ts <file> <directory.json>\n');
  process.exit(2);
}
const rt = await benchRuntime(directoryPath);
const startRssMb = process.memoryUsage().rss / 1024 / 1024;
try {
  const run = await pipeline(rt, [file]);
  const line = run.value[0];
  const events = line?.documentId ? await rt.ledger.listEvents(line.documentId) : [];
  const extracted = events.find((e) => e.type === 'extracted')?.data as { pages?: number; ocrPages?: number; engine?: string } | undefined;
  process.stdout.write(
    `${JSON.stringify({
      maxRssMb: process.resourceUsage().maxRSS / 1024,
      startRssMb,
      seconds: run.seconds,
      status: line?.status ?? null,
      pages: extracted?.pages ?? null,
      ocrPages: extracted?.ocrPages ?? null,
      engine: extracted?.engine ?? null,
    })}\n`,
  );
} finally {
  await rt.close();
}
