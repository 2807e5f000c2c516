/**
 * Builds the CDK app once per test file, as `cdk synth` would (same context from cdk.json), but
 * without bundling the Lambda code: the templates are identical apart from asset hashes, and the
 * tests stay fast. `npx cdk synth` bundles for real.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { REPO_ROOT } from '../../infra/constructs/pipeline-function.ts';

export function testApp(context: Record<string, unknown> = {}): App {
  const cdkJson = JSON.parse(readFileSync(join(REPO_ROOT, 'cdk.json'), 'utf8')) as { context: Record<string, unknown> };
  return new App({
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

export function templates(built: { stateful: import('aws-cdk-lib').Stack; processing: import('aws-cdk-lib').Stack }) {
  return { stateful: Template.fromStack(built.stateful), processing: Template.fromStack(built.processing) };
}
