import { Match, Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../infra/app.ts';
import { STEPS } from '../../shared/domain/pipeline.ts';
import { testApp } from './synth.ts';

/** What an operator facing dead letters is told, and what `postkamer aws redrive` needs, in the synthesized stacks. */
let stateful: Template;
let processing: Template;

beforeAll(() => {
  const built = buildApp(testApp());
  stateful = Template.fromStack(built.stateful);
  processing = Template.fromStack(built.processing);
});

describe('dead-letter recovery in the stacks', () => {
  it('outputs the ledger table and every step queue URL for the redrive command', () => {
    const outputs = stateful.toJSON().Outputs as Record<string, { Description?: string }>;
    expect(outputs.LedgerTableName?.Description).toMatch(/TABLE_NAME/);
    for (const step of STEPS) expect(Object.keys(outputs)).toContain(`${step[0]?.toUpperCase()}${step.slice(1)}QueueUrl`);
  });

  it("tells operators to redrive a step's dead letters with the command, never the SQS console", () => {
    for (const step of STEPS)
      processing.hasResourceProperties('AWS::CloudWatch::Alarm', {
        AlarmDescription: Match.stringLikeRegexp(`dead-letter queue.*postkamer aws redrive --queue ${step}`),
      });
    processing.hasResourceProperties('AWS::CloudWatch::Alarm', {
      AlarmDescription: Match.stringLikeRegexp('TextractComplete dead-letter queue.*redrive --queue extract --document'),
    });
  });
});
