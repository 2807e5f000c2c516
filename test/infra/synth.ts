/**
 * The CDK app for tests, as `cdk synth` builds it (same context from cdk.json), but without
 * bundling the Lambda code (the templates differ only in asset hashes) and, unless asked for,
 * without CDK's built-in CloudFormation validation engine (about 10 s to start). `npx cdk synth`
 * does both for real; the cdk-nag test runs the validation engine too.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { App } from 'aws-cdk-lib';
import { REPO_ROOT } from '../../infra/constructs/pipeline-function.ts';

export function testApp(context: Record<string, unknown> = {}, options: { cloudFormationValidation?: boolean } = {}): App {
  const cdkJson = JSON.parse(readFileSync(join(REPO_ROOT, 'cdk.json'), 'utf8')) as { context: Record<string, unknown> };
  return new App({
    builtinCloudFormationValidation: options.cloudFormationValidation ?? false,
    context: {
      ...cdkJson.context,
      directory: join(REPO_ROOT, 'examples', 'directory.json'),
      account: '123456789012',
      region: 'eu-central-1',
      'aws:cdk:bundling-stacks': [],
      ...context,
    },
  });
}
