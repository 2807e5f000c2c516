/**
 * A worker process that dies (SIGKILL, no clean-up) right after it has done a step's work but
 * before it could mark the job complete: the worst moment for duplicates.
 * Usage: tsx crash-worker.ts <dataDir> <directoryPath> <step>
 */
import { extract } from '../../functions/extract/extract.ts';
import { sendReceipt } from '../../functions/receipt/receipt.ts';
import { route } from '../../functions/route/route.ts';
import { openRuntime } from '../../local/runtime.ts';
import { silentLogger } from '../../shared/adapters/local/json-logger.ts';

const [dataDir, directoryPath, step] = process.argv.slice(2);
const rt = await openRuntime({ dataDir, directoryPath, logger: silentLogger });
const job = rt.queue.lease([step as 'route']);
if (!job) {
  process.stdout.write('no job\n');
  process.exit(3);
}
if (job.step === 'extract') await extract(rt.extractDeps, job.documentId);
if (job.step === 'route') await route(rt.routeDeps, job.documentId);
if (job.step === 'receipt') await sendReceipt(rt.receiptDeps, job.documentId);
process.kill(process.pid, 'SIGKILL');
