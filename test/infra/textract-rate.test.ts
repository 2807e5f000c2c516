import { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../infra/app.ts';
import { testApp } from './synth.ts';

type Resources = Record<string, { Type: string; Properties?: Record<string, unknown> }>;
type Statement = { Effect: string; Action: string | string[]; Resource: unknown };

let processing: Template;
let resources: Resources;

beforeAll(() => {
  const built = buildApp(testApp({ textractTps: 5 }));
  processing = Template.fromStack(built.processing);
  resources = processing.toJSON().Resources as Resources;
});

/** The statements of the policies attached to a function's role (found by the construct id's start). */
function statementsOf(functionId: string): Statement[] {
  return Object.entries(resources)
    .filter(([id, r]) => r.Type === 'AWS::IAM::Policy' && id.startsWith(`${functionId}Role`))
    .flatMap(([, r]) => (r.Properties?.PolicyDocument as { Statement: Statement[] } | undefined)?.Statement ?? []);
}

const rateTableId = () =>
  Object.entries(resources).find(([id, r]) => r.Type === 'AWS::DynamoDB::GlobalTable' && id.startsWith('TextractRateTable'))?.[0];

describe('the shared Textract rate in the processing stack', () => {
  it('keeps the token buckets in their own on-demand table', () => {
    expect(rateTableId()).toBeDefined();
    processing.hasResourceProperties('AWS::DynamoDB::GlobalTable', {
      KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
      BillingMode: 'PAY_PER_REQUEST',
    });
  });

  it('lets only the Textract functions read and conditionally update a bucket, nothing more', () => {
    const table = rateTableId();
    const onTable = (s: Statement) => JSON.stringify(s.Resource).includes(table as string);
    for (const fn of ['Extract', 'TextractComplete']) {
      const statements = statementsOf(fn).filter(onTable);
      expect(statements).toEqual([
        { Effect: 'Allow', Action: ['dynamodb:GetItem', 'dynamodb:UpdateItem'], Resource: { 'Fn::GetAtt': [table, 'Arn'] } },
      ]);
    }
    for (const fn of ['Intake', 'Split', 'Route', 'Receipt', 'Sweep']) expect(statementsOf(fn).filter(onTable)).toEqual([]);
  });

  it('gives both Textract functions the rate, the table and their own queue to defer to', () => {
    for (const id of ['Extract', 'TextractComplete']) {
      const [, fn] =
        Object.entries(resources).find(([key, r]) => r.Type === 'AWS::Lambda::Function' && key.startsWith(`${id}Function`)) ?? [];
      const variables = (fn?.Properties?.Environment as { Variables: Record<string, unknown> } | undefined)?.Variables ?? {};
      expect(variables).toMatchObject({ TEXTRACT_TPS: '5', RATE_TABLE_NAME: { Ref: rateTableId() } });
      expect(variables.EXTRACT_QUEUE_URL).toBeDefined();
      expect(variables.TEXTRACT_COMPLETE_QUEUE_URL).toBeDefined();
    }
  });
});
