import { App, Stack, Validations } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { AttributeType, Table } from 'aws-cdk-lib/aws-dynamodb';
import { Key } from 'aws-cdk-lib/aws-kms';
import { Bucket, BucketEncryption } from 'aws-cdk-lib/aws-s3';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { AwsSolutionsChecks } from 'cdk-nag';
import { beforeAll, describe, expect, it } from 'vitest';
import { acknowledge } from '../../infra/constructs/nag.ts';
import { PipelineFunction } from '../../infra/constructs/pipeline-function.ts';
import { ReceiptBounces } from '../../infra/constructs/receipt-bounces.ts';

/**
 * The bounce construct in a stack of its own (the lead wires it into the processing stack): the
 * configuration set named by stage, BOUNCE and COMPLAINT to an encrypted topic, an encrypted queue
 * with DLQ subscribed, the Lambda on it with least privilege, and cdk-nag clean.
 */
let stack: Stack;
let template: Template;
let bounces: ReceiptBounces;

beforeAll(() => {
  const app = new App();
  stack = new Stack(app, 'BounceTest', { env: { account: '123456789012', region: 'eu-central-1' } });
  const key = new Key(stack, 'Key', { enableKeyRotation: true });
  const table = new Table(stack, 'Ledger', {
    partitionKey: { name: 'pk', type: AttributeType.STRING },
    sortKey: { name: 'sk', type: AttributeType.STRING },
  });
  const bucket = new Bucket(stack, 'Documents', { encryption: BucketEncryption.KMS, encryptionKey: key, enforceSSL: true });
  const alerts = new Topic(stack, 'Alerts', { masterKey: key, enforceSSL: true });
  bounces = new ReceiptBounces(stack, 'ReceiptBounces', {
    stage: 'acceptance',
    encryptionKey: key,
    ledgerTableArn: table.tableArn,
    ledgerTableName: table.tableName,
    bucket,
    alertTopic: alerts,
    directoryKey: 'directory/directory.json',
  });
  // A sender (the receipt Lambda) that uses the configuration set.
  const sender = new PipelineFunction(stack, 'Sender', { entry: 'functions/receipt/handler.ts', timeout: bounces.handler.timeout });
  bounces.grantSendWith(sender);
  // The scaffolding of this test stack is not what is under test; the construct's own findings are.
  acknowledge(table, 'The test stack stands in for the stateful stack, whose ledger has PITR and its own nag test.', 'AwsSolutions-DDB3');
  acknowledge(
    bucket,
    'The test stack stands in for the stateful stack, whose bucket has access logs and its own nag test.',
    'AwsSolutions-S1',
  );
  Validations.of(app).addPlugins(new AwsSolutionsChecks());
  template = Template.fromStack(stack);
});

describe('ReceiptBounces', () => {
  it('makes a configuration set named by stage that publishes bounces and complaints to an encrypted topic', () => {
    expect(bounces.configurationSetName).toBe('postkamer-receipts-acceptance');
    template.hasResourceProperties('AWS::SES::ConfigurationSet', { Name: 'postkamer-receipts-acceptance' });
    template.hasResourceProperties('AWS::SES::ConfigurationSetEventDestination', {
      ConfigurationSetName: { Ref: Match.stringLikeRegexp('^ReceiptBouncesConfigurationSet') },
      EventDestination: {
        Enabled: true,
        MatchingEventTypes: ['bounce', 'complaint'],
        SnsDestination: { TopicARN: { Ref: Match.stringLikeRegexp('^ReceiptBouncesEvents') } },
      },
    });
    template.hasResourceProperties('AWS::SNS::Topic', {
      KmsMasterKeyId: { 'Fn::GetAtt': [Match.stringLikeRegexp('^Key'), 'Arn'] },
    });
    // Only SES, for this account's configuration set, may publish.
    template.hasResourceProperties('AWS::SNS::TopicPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Action: 'sns:Publish',
            Principal: { Service: 'ses.amazonaws.com' },
            Condition: { StringEquals: Match.objectLike({ 'AWS:SourceAccount': '123456789012' }) },
          }),
        ]),
      },
    });
  });

  it('subscribes an encrypted queue with a dead-letter queue, and runs the Lambda on it with partial batch failures', () => {
    template.hasResourceProperties('AWS::SNS::Subscription', { Protocol: 'sqs' });
    template.resourcePropertiesCountIs('AWS::SQS::Queue', { KmsMasterKeyId: Match.anyValue() }, 2);
    template.hasResourceProperties('AWS::SQS::Queue', { RedrivePolicy: { maxReceiveCount: 5 } });
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      BatchSize: 10,
    });
    template.hasResourceProperties('AWS::Lambda::Function', {
      Runtime: 'nodejs22.x',
      Environment: { Variables: Match.objectLike({ DIRECTORY_KEY: 'directory/directory.json', MAX_RECEIVE_COUNT: '5' }) },
    });
  });

  it('grants the Lambda only what it uses: no ledger deletes or batch writes, letters only under letters/', () => {
    const policies = JSON.stringify(
      template.findResources('AWS::IAM::Policy', { Properties: { PolicyName: Match.stringLikeRegexp('ReceiptBouncesHandler') } }),
    );
    expect(policies).toContain('letters/*');
    expect(policies).toContain('"Effect":"Deny"');
    const allows = Object.values(
      template.findResources('AWS::IAM::Policy', { Properties: { PolicyName: Match.stringLikeRegexp('ReceiptBouncesHandler') } }),
    )
      .flatMap(
        (p) =>
          (p as { Properties: { PolicyDocument: { Statement: { Effect: string; Action: string | string[] }[] } } }).Properties
            .PolicyDocument.Statement,
      )
      .filter((s) => s.Effect === 'Allow')
      .flatMap((s) => [s.Action].flat());
    expect(allows).not.toContain('dynamodb:DeleteItem');
    expect(allows).not.toContain('dynamodb:BatchWriteItem');
    expect(allows).not.toContain('dynamodb:Scan');
    expect(allows).not.toContain('s3:DeleteObject');
    expect(allows.some((a) => a.startsWith('ses:'))).toBe(false);
  });

  it('lets a sender use the configuration set and tells it the name', () => {
    template.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Action: ['ses:SendEmail', 'ses:SendRawEmail'],
            Resource: Match.objectLike({
              'Fn::Join': Match.arrayWith([Match.arrayWith([Match.stringLikeRegexp('configuration-set/postkamer-receipts-acceptance')])]),
            }),
          }),
        ]),
      },
    });
    template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: { Variables: Match.objectLike({ SES_CONFIGURATION_SET: 'postkamer-receipts-acceptance' }) },
    });
  });

  it('refuses a stage that cannot be part of a name', () => {
    const s = new Stack(new App(), 'Bad');
    const key = new Key(s, 'Key');
    expect(
      () =>
        new ReceiptBounces(s, 'B', {
          stage: 'Prod Env',
          encryptionKey: key,
          ledgerTableArn: 'arn:aws:dynamodb:eu-central-1:123456789012:table/ledger',
          ledgerTableName: 'ledger',
          bucket: new Bucket(s, 'B2'),
          alertTopic: new Topic(s, 'T'),
          directoryKey: 'directory/directory.json',
        }),
    ).toThrow(/stage must be lower-case letters.*"Prod Env"/);
  });

  it('passes cdk-nag AwsSolutions with no unacknowledged finding', () => {
    const report = new AwsSolutionsChecks().validateScope(stack);
    const findings = report.violations.flatMap((v) =>
      v.violatingResources.map(
        (r) => `${v.severity} ${v.ruleName} at ${r.constructPath ?? r.resourceLogicalId} ${JSON.stringify(r.locations ?? '')}`,
      ),
    );
    expect(findings).toEqual([]);
  });
});
