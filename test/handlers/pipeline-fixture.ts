/**
 * The whole AWS pipeline in-process for handler tests: the fixture lives in
 * scripts/lib/aws-pipeline.ts (`npm run cost` runs the same wiring); here it defaults to the
 * test directory.
 */
import { type Pipeline, startPipeline as start } from '../../scripts/lib/aws-pipeline.ts';
import type { Directory } from '../../shared/domain/directory.ts';
import { testDirectory } from '../helpers/factories.ts';

export * from '../../scripts/lib/aws-pipeline.ts';

export function startPipeline(directory: Directory = testDirectory(), maxReceiveCount = 3): Promise<Pipeline> {
  return start(directory, maxReceiveCount);
}
