/**
 * A worker process that dies (SIGKILL, no clean-up) right after it has done a step's work but
 * before it could mark the job complete: the worst moment for duplicates.
 * Usage: tsx crash-worker.ts <dataDir> <directoryPath> <step>
 */
import { openRuntime } from '../../local/runtime.ts';
import { silentLogger } from '../../shared/adapters/local/json-logger.ts';
import { isStep } from '../../shared/domain/pipeline.ts';

const [dataDir, directoryPath, step] = process.argv.slice(2);
const rt = await openRuntime({ dataDir, directoryPath, logger: silentLogger });
if (!step || !isStep(step)) throw new Error(`not a pipeline step: ${step}`);
const job = rt.queue.lease([step]);
if (!job) {
  process.stdout.write('no job\n');
  process.exit(3);
}
await rt.runStep(job.step, job.documentId);
process.kill(process.pid, 'SIGKILL');
