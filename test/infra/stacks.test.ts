import { Duration, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { Key } from 'aws-cdk-lib/aws-kms';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../infra/app.ts';
import { PipelineFunction } from '../../infra/constructs/pipeline-function.ts';
import { QueueWithDlq } from '../../infra/constructs/queue-with-dlq.ts';
import { PIPELINE_FUNCTIONS } from '../../infra/pipeline-settings.ts';
import { StatefulStack } from '../../infra/stacks/stateful-stack.ts';
import { INDEXES, TTL_ATTRIBUTE } from '../../shared/adapters/aws/dynamo-table.ts';
import { STEPS } from '../../shared/domain/pipeline.ts';
import { testApp } from './synth.ts';

type Resources = Record<string, { Type: string; Properties?: Record<string, unknown> }>;

let built: ReturnType<typeof buildApp>;
let stateful: Template;
let processing: Template;
const TEAMS = ['intake', 'inkomen', 'werk', 'bezwaar', 'klachten', 'schuldhulp', 'triage', 'handhaving', 'terugvordering'];
/**
 * One Lambda per pipeline function (PIPELINE_FUNCTIONS) and the receipt-bounces handler; one work
 * queue per step, intake, mail intake, Textract completions, team, and bounce reports.
 */
const FUNCTIONS = Object.keys(PIPELINE_FUNCTIONS).length + 1;
const WORK_QUEUES = 3 + STEPS.length + TEAMS.length + 1;

beforeAll(() => {
  built = buildApp(testApp({ alertEmail: 'ops@gemeente.example' }));
  stateful = Template.fromStack(built.stateful);
  processing = Template.fromStack(built.processing);
});

const ofType = (t: Template, type: string) => Object.entries(t.toJSON().Resources as Resources).filter(([, r]) => r.Type === type);

/** A resource policy with the statement that denies every request not made over TLS. */
function deniesPlainHttp(policy: { Properties?: Record<string, unknown> }): boolean {
  const document = policy.Properties?.PolicyDocument as
    | { Statement: { Effect: string; Condition?: { Bool?: Record<string, string> } }[] }
    | undefined;
  const statements = document?.Statement ?? [];
  return statements.some((s) => s.Effect === 'Deny' && s.Condition?.Bool?.['aws:SecureTransport'] === 'false');
}

describe('stateful stack', () => {
  it('rotates every KMS key', () => {
    const keys = [...ofType(stateful, 'AWS::KMS::Key'), ...ofType(processing, 'AWS::KMS::Key')];
    expect(keys.length).toBe(5);
    for (const [, key] of keys) expect(key.Properties?.EnableKeyRotation).toBe(true);
  });

  it('keeps documents in a versioned, SSE-KMS, non-public bucket with access logs and retention by prefix', () => {
    stateful.hasResourceProperties('AWS::S3::Bucket', {
      VersioningConfiguration: { Status: 'Enabled' },
      BucketEncryption: {
        ServerSideEncryptionConfiguration: [
          { ServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: Match.anyValue() }, BucketKeyEnabled: true },
        ],
      },
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      LoggingConfiguration: { DestinationBucketName: Match.anyValue(), LogFilePrefix: 'documents/' },
      LifecycleConfiguration: {
        Rules: Match.arrayWith([
          Match.objectLike({ Id: 'expire-processed-uploads', Prefix: 'inbox/', ExpirationInDays: 30, Status: 'Enabled' }),
          Match.objectLike({ Id: 'retain-originals', Prefix: 'originals/', ExpirationInDays: 2557 }),
          Match.objectLike({ Id: 'retain-text', Prefix: 'text/', ExpirationInDays: 2557 }),
          Match.objectLike({ Id: 'expire-old-versions', NoncurrentVersionExpiration: { NoncurrentDays: 30 } }),
        ]),
      },
    });
  });

  it('refuses plain HTTP on both buckets', () => {
    const policies = ofType(stateful, 'AWS::S3::BucketPolicy');
    expect(policies).toHaveLength(2);
    for (const [, policy] of policies) expect(deniesPlainHttp(policy)).toBe(true);
  });

  it('encrypts every queue with KMS, refuses plain HTTP and gives every work queue a DLQ with a receive limit', () => {
    const queues = ofType(stateful, 'AWS::SQS::Queue');
    const dlqs = queues.filter(([id]) => id.includes('DeadLetterQueue'));
    const work = queues.filter(([id]) => !id.includes('DeadLetterQueue'));
    expect(work).toHaveLength(WORK_QUEUES - 1); // the bounce reports' queue is the processing stack's (below)
    expect(ofType(processing, 'AWS::SQS::Queue').filter(([id]) => id.startsWith('ReceiptBounces'))).toHaveLength(2);
    expect(dlqs).toHaveLength(work.length);
    for (const [, q] of queues) expect(q.Properties?.KmsMasterKeyId).toBeDefined();
    for (const [, q] of work)
      expect(q.Properties?.RedrivePolicy).toMatchObject({ deadLetterTargetArn: expect.anything(), maxReceiveCount: 5 });
    for (const [, q] of dlqs) expect(q.Properties?.MessageRetentionPeriod).toBe(14 * 86_400);
    const policies = ofType(stateful, 'AWS::SQS::QueuePolicy');
    expect(policies).toHaveLength(queues.length);
    for (const [, p] of policies) expect(deniesPlainHttp(p)).toBe(true);
  });

  it('has one queue per team in the directory', () => {
    for (const team of TEAMS) expect(built.stateful.teamQueues[team]).toBeInstanceOf(QueueWithDlq);
  });

  it('gives each step queue a visibility timeout of at least six times its consumer timeout', () => {
    const pairs: [QueueWithDlq, keyof typeof PIPELINE_FUNCTIONS][] = [
      [built.stateful.intakeQueue, 'intake'],
      [built.stateful.mailIntakeQueue, 'mailIntake'],
      [built.stateful.stepQueues.extract, 'extract'],
      [built.stateful.textractCompleteQueue, 'textractComplete'],
      [built.stateful.stepQueues.route, 'route'],
      [built.stateful.stepQueues.receipt, 'receipt'],
    ];
    for (const [queue, fn] of pairs)
      expect(queue.visibilityTimeout.toSeconds()).toBeGreaterThanOrEqual(6 * PIPELINE_FUNCTIONS[fn].timeout.toSeconds());
    stateful.hasResourceProperties('AWS::SQS::Queue', { VisibilityTimeout: 720, RedrivePolicy: Match.anyValue() });
  });

  it('keeps the ledger in DynamoDB with point-in-time recovery, KMS, deletion protection and its three indexes', () => {
    stateful.hasResourceProperties('AWS::DynamoDB::GlobalTable', {
      KeySchema: [
        { AttributeName: 'pk', KeyType: 'HASH' },
        { AttributeName: 'sk', KeyType: 'RANGE' },
      ],
      SSESpecification: { SSEEnabled: true, SSEType: 'KMS' },
      TimeToLiveSpecification: { AttributeName: TTL_ATTRIBUTE, Enabled: true },
      Replicas: [
        Match.objectLike({ PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true }, DeletionProtectionEnabled: true }),
      ],
      GlobalSecondaryIndexes: [INDEXES.byStatus.name, INDEXES.byReference.name, INDEXES.byAlertId.name].map((IndexName) =>
        Match.objectLike({ IndexName }),
      ),
    });
  });

  it('sends uploads under inbox/<channel>/ to the intake queue, received mail to its own and Textract completions to theirs', () => {
    stateful.hasResourceProperties('Custom::S3BucketNotifications', {
      NotificationConfiguration: {
        QueueConfigurations: ['inbox/desk/', 'inbox/post/', 'inbox/email/', 'mail/'].map((prefix) =>
          Match.objectLike({
            Events: ['s3:ObjectCreated:*'],
            Filter: { Key: { FilterRules: [{ Name: 'prefix', Value: prefix }] } },
          }),
        ),
      },
    });
    stateful.hasResourceProperties('AWS::SNS::Topic', { KmsMasterKeyId: Match.anyValue() });
    stateful.hasResourceProperties('AWS::SNS::Subscription', { Protocol: 'sqs', RawMessageDelivery: true });
  });
});

describe('processing stack', () => {
  it('runs every handler on Node.js 22, arm64, with its own log group', () => {
    const fns = ofType(processing, 'AWS::Lambda::Function');
    expect(fns).toHaveLength(FUNCTIONS);
    for (const [, fn] of fns)
      expect(fn.Properties).toMatchObject({
        Runtime: 'nodejs22.x',
        Architectures: ['arm64'],
        LoggingConfig: { LogGroup: expect.anything() },
      });
    processing.resourceCountIs('AWS::Logs::LogGroup', FUNCTIONS);
  });

  it('reports partial batch failures on every queue consumer and caps Textract steps to the Textract rate', () => {
    const mappings = ofType(processing, 'AWS::Lambda::EventSourceMapping');
    expect(mappings).toHaveLength(FUNCTIONS - 2); // all but the scheduled sweep and letters
    for (const [, m] of mappings) expect(m.Properties?.FunctionResponseTypes).toEqual(['ReportBatchItemFailures']);
    const capped = mappings.filter(([, m]) => m.Properties?.ScalingConfig);
    expect(capped.map(([id]) => id.replace(/Function.*/, '')).sort()).toEqual(['Extract', 'TextractComplete']);
    for (const [, m] of capped) expect(m.Properties).toMatchObject({ BatchSize: 1, ScalingConfig: { MaximumConcurrency: 2 } });
  });

  it('sizes the Textract cap from textractTps', () => {
    const wide = buildApp(testApp({ textractTps: 7 }));
    Template.fromStack(wide.processing).hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      ScalingConfig: { MaximumConcurrency: 7 },
    });
  });

  it('sweeps every five minutes, with retries and a dead-letter queue for the schedule and the function', () => {
    processing.hasResourceProperties('AWS::Events::Rule', {
      ScheduleExpression: 'rate(5 minutes)',
      State: 'ENABLED',
      Targets: [
        Match.objectLike({
          DeadLetterConfig: { Arn: Match.anyValue() },
          RetryPolicy: { MaximumRetryAttempts: 2, MaximumEventAgeInSeconds: 3600 },
        }),
      ],
    });
    processing.hasResourceProperties('AWS::Lambda::Function', {
      DeadLetterConfig: { TargetArn: Match.anyValue() },
      Environment: { Variables: Match.objectLike({ UNROUTED_ALERT_AFTER: '4h' }) },
    });
  });

  it('makes the print batch of letters once a day, keeps it under letters/batches/ and mails it to the mailroom', () => {
    const withMailroom = Template.fromStack(buildApp(testApp({ mailroomEmail: 'post@gemeente.example' })).processing);
    withMailroom.hasResourceProperties('AWS::Events::Rule', {
      ScheduleExpression: 'cron(0 15 * * ? *)',
      Targets: [Match.objectLike({ DeadLetterConfig: { Arn: Match.anyValue() }, RetryPolicy: { MaximumRetryAttempts: 2 } })],
    });
    withMailroom.hasResourceProperties('AWS::Lambda::Function', {
      Environment: { Variables: Match.objectLike({ MAILROOM_EMAIL: 'post@gemeente.example' }) },
    });
    type Statement = { Action: string | string[]; Resource: unknown };
    const puts = ofType(withMailroom, 'AWS::IAM::Policy').flatMap(([, p]) =>
      ((p.Properties as { PolicyDocument?: { Statement?: Statement[] } } | undefined)?.PolicyDocument?.Statement ?? []).filter((st) =>
        [st.Action].flat().includes('s3:PutObject'),
      ),
    );
    expect(JSON.stringify(puts)).toContain('letters/batches/*');
  });

  it("gives every Lambda a dead-letter path: its source queue's DLQ or its own", () => {
    const consumers = new Set(
      ofType(processing, 'AWS::Lambda::EventSourceMapping').map(([, m]) => JSON.stringify(m.Properties?.FunctionName)),
    );
    for (const [id, fn] of ofType(processing, 'AWS::Lambda::Function'))
      expect(consumers.has(JSON.stringify({ Ref: id })) || fn.Properties?.DeadLetterConfig !== undefined).toBe(true);
  });

  it('alerts operations through a KMS-encrypted, SSL-only topic with the e-mail subscription', () => {
    processing.hasResourceProperties('AWS::SNS::Topic', { KmsMasterKeyId: Match.anyValue() });
    processing.hasResourceProperties('AWS::SNS::TopicPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })]),
      },
    });
    processing.hasResourceProperties('AWS::SNS::Subscription', { Protocol: 'email', Endpoint: 'ops@gemeente.example' });
  });

  it('alarms on DLQ depth, oldest message age, Lambda errors and throttles, the unrouted count and a silent sweep', () => {
    const alarms = ofType(processing, 'AWS::CloudWatch::Alarm').map(([, a]) => a.Properties as Record<string, unknown>);
    const byMetric = (name: string) => alarms.filter((a) => a.MetricName === name);
    const queues = WORK_QUEUES;
    expect(byMetric('ApproximateNumberOfMessagesVisible')).toHaveLength(queues + 1); // every DLQ and the sweep's
    expect(byMetric('ApproximateAgeOfOldestMessage')).toHaveLength(queues);
    expect(byMetric('Errors')).toHaveLength(FUNCTIONS);
    expect(byMetric('Throttles')).toHaveLength(FUNCTIONS);
    expect(byMetric('UnroutedOverdue')).toEqual([
      expect.objectContaining({ Namespace: 'Postkamer', Dimensions: [{ Name: 'Service', Value: 'postkamer-test' }], Threshold: 1 }),
    ]);
    expect(byMetric('Invocations')).toEqual([
      expect.objectContaining({ ComparisonOperator: 'LessThanThreshold', TreatMissingData: 'breaching' }),
    ]);
    expect(alarms).toHaveLength(2 * queues + 1 + 2 * FUNCTIONS + 1 + 1);
    for (const alarm of alarms) expect(alarm.AlarmActions).toHaveLength(1);
    // The same topic hears when an alarm clears.
    for (const alarm of alarms) expect(alarm.OKActions).toEqual(alarm.AlarmActions);
    processing.resourceCountIs('AWS::CloudWatch::Dashboard', 1);
  });

  it('grants no IAM statement a wildcard action on a wildcard resource', () => {
    const statements = [...ofType(stateful, 'AWS::IAM::Policy'), ...ofType(processing, 'AWS::IAM::Policy')].flatMap(
      ([, p]) =>
        (p.Properties?.PolicyDocument as { Statement: { Action: string | string[]; Resource: unknown }[] } | undefined)?.Statement ?? [],
    );
    expect(statements.length).toBeGreaterThan(20);
    for (const s of statements) {
      const actions = [s.Action].flat();
      const resources = [s.Resource].flat();
      expect(actions.some((a) => a === '*' || a.endsWith(':*')) && resources.includes('*'), JSON.stringify(s)).toBe(false);
      expect(actions).not.toContain('*');
    }
  });

  it('lets only the extract step start Textract jobs and pass the Textract role', () => {
    const policies = ofType(processing, 'AWS::IAM::Policy').map(([id, p]) => [id, JSON.stringify(p.Properties)] as const);
    const starting = policies.filter(([, p]) => p.includes('textract:StartDocumentTextDetection')).map(([id]) => id);
    const passing = policies.filter(([, p]) => p.includes('iam:PassRole')).map(([id]) => id);
    expect(starting).toEqual([expect.stringMatching(/^ExtractRole/)]);
    expect(passing).toEqual([expect.stringMatching(/^ExtractRole/)]);
  });
});

describe('props are validated with messages that name the bad value', () => {
  const stack = () => new Stack(testApp(), 'T', { env: { region: 'eu-central-1' } });
  it.each([
    [{ textractTps: 0 }, /textractTps .* got 0/],
    [{ textractTps: 2.5 }, /textractTps .* got 2.5/],
    [{ unroutedAlertAfter: 'soon' }, /unroutedAlertAfter "soon"/],
    [{ alertEmail: 'ops' }, /alertEmail must be an e-mail address, got "ops"/],
    [{ sweepEveryMinutes: 120 }, /sweepEvery must be from 1 to 60 minutes/],
  ])('processing stack rejects %o', (context, message) => {
    expect(() => buildApp(testApp(context))).toThrow(message);
  });

  it.each([
    [{ retentionDays: 0 }, /retentionDays .* got 0/],
    [{ teams: [] }, /at least one team queue, got none/],
    [{ teams: ['Team Inkomen'] }, /"Team Inkomen" is not a usable queue name/],
    [{ teams: ['werk', 'werk'] }, /"werk" appears twice/],
  ])('stateful stack rejects %o', (props, message) => {
    expect(() => new StatefulStack(testApp(), 'S', props)).toThrow(message);
  });

  it('refuses a queue whose visibility timeout is shorter than six function timeouts', () => {
    const s = stack();
    const queue = new QueueWithDlq(s, 'Q', { visibilityTimeout: Duration.seconds(60), encryptionKey: new Key(s, 'K') });
    const fn = new PipelineFunction(s, 'F', { entry: 'functions/route/handler.ts', timeout: Duration.seconds(30) });
    expect(() => fn.consume(queue, { batchSize: 1 })).toThrow(/visibility timeout 60 s is less than 6× the timeout of T\/F \(180 s\)/);
  });
});

type Statement = { Action: unknown; Resource: unknown };
const statementsOf = (policy: { Properties?: Record<string, unknown> } | undefined): Statement[] =>
  (policy?.Properties?.PolicyDocument as { Statement: Statement[] } | undefined)?.Statement ?? [];

describe('post by e-mail: SES receiving into the documents bucket', () => {
  let mail: ReturnType<typeof buildApp>;
  let statefulMail: Template;
  let processingMail: Template;
  beforeAll(() => {
    mail = buildApp(testApp({ mailRecipients: 'post@gemeente.example, bezwaar@gemeente.example' }));
    statefulMail = Template.fromStack(mail.stateful);
    processingMail = Template.fromStack(mail.processing);
  });

  it('makes no receipt rule set unless recipients are configured', () => {
    stateful.resourceCountIs('AWS::SES::ReceiptRuleSet', 0);
    stateful.resourceCountIs('AWS::SES::ReceiptRule', 0);
  });

  it('stores every message for the recipients under mail/, spam- and virus-scanned, written through its own role', () => {
    statefulMail.resourceCountIs('AWS::SES::ReceiptRuleSet', 1);
    statefulMail.hasResourceProperties('AWS::SES::ReceiptRuleSet', { RuleSetName: 'postkamer-test' });
    const documents = statefulMail.getResourceId('AWS::S3::Bucket', { Properties: { LoggingConfiguration: Match.anyValue() } });
    const roleId = ofType(statefulMail, 'AWS::IAM::Role').find(([id]) => id.startsWith('MailReceivingWriterRole'))?.[0];
    statefulMail.hasResourceProperties('AWS::SES::ReceiptRule', {
      Rule: {
        Name: 'store-in-bucket',
        Enabled: true,
        Recipients: ['post@gemeente.example', 'bezwaar@gemeente.example'],
        ScanEnabled: true,
        Actions: [
          { S3Action: { BucketName: { Ref: documents }, ObjectKeyPrefix: 'mail/', IamRoleArn: { 'Fn::GetAtt': [roleId, 'Arn'] } } },
        ],
      },
    });
    // SES checks its write when the rule is made: the role's policy must exist first.
    const [, rule] = ofType(statefulMail, 'AWS::SES::ReceiptRule')[0] as [string, { DependsOn?: string[] }];
    expect(rule.DependsOn).toEqual(expect.arrayContaining([expect.stringMatching(/^MailReceivingWriterRoleDefaultPolicy/)]));
  });

  it('lets SES assume the writer role only for this account and this rule, to put objects under mail/ with the bucket key', () => {
    statefulMail.hasResourceProperties('AWS::IAM::Role', {
      AssumeRolePolicyDocument: {
        Statement: [
          {
            Action: 'sts:AssumeRole',
            Effect: 'Allow',
            Principal: { Service: 'ses.amazonaws.com' },
            Condition: {
              StringEquals: {
                'aws:SourceAccount': '123456789012',
                'aws:SourceArn': {
                  'Fn::Join': [
                    '',
                    [
                      'arn:',
                      { Ref: 'AWS::Partition' },
                      ':ses:eu-central-1:123456789012:receipt-rule-set/postkamer-test:receipt-rule/store-in-bucket',
                    ],
                  ],
                },
              },
            },
          },
        ],
      },
    });
    const [, policy] = ofType(statefulMail, 'AWS::IAM::Policy').find(([id]) => id.startsWith('MailReceivingWriterRole')) ?? [];
    expect(statementsOf(policy)).toEqual([
      {
        Effect: 'Allow',
        Action: 's3:PutObject',
        Resource: { 'Fn::Join': ['', [{ 'Fn::GetAtt': [expect.stringMatching(/^Documents/), 'Arn'] }, '/mail/*']] },
      },
      {
        Effect: 'Allow',
        Action: ['kms:Encrypt', 'kms:GenerateDataKey'],
        Resource: { 'Fn::GetAtt': [expect.stringMatching(/^Key/), 'Arn'] },
      },
    ]);
  });

  it('tells the operator to activate the rule set and keeps refused messages as long as originals', () => {
    const outputs = statefulMail.toJSON().Outputs as Record<string, { Description?: string }>;
    expect(outputs.MailRuleSetName?.Description).toMatch(/aws ses set-active-receipt-rule-set --rule-set-name postkamer-test/);
    stateful.hasResourceProperties('AWS::S3::Bucket', {
      LifecycleConfiguration: {
        Rules: Match.arrayWith([Match.objectLike({ Id: 'retain-mail-rejected', Prefix: 'mail-rejected/', ExpirationInDays: 2557 })]),
      },
    });
  });

  it('runs the mail intake on its queue, knowing its own addresses, and lets only it delete, and only under mail/', () => {
    processingMail.hasResourceProperties('AWS::Lambda::Function', {
      Environment: {
        Variables: Match.objectLike({ MAIL_RECIPIENTS: 'post@gemeente.example,bezwaar@gemeente.example', MAIL_FROM: Match.anyValue() }),
      },
    });
    const deleting = ofType(processingMail, 'AWS::IAM::Policy').filter(([, p]) => JSON.stringify(p.Properties).includes('s3:DeleteObject'));
    expect(deleting.map(([id]) => id)).toEqual([expect.stringMatching(/^MailIntakeRole/)]);
    const statement = statementsOf(deleting[0]?.[1]).find((s) => s.Action === 's3:DeleteObject');
    expect(JSON.stringify(statement?.Resource)).toMatch(/"\/mail\/\*"/);
  });

  it.each([
    [{ mailRecipients: 'post' }, /"post" is neither an e-mail address nor a domain/],
    [{ mailRecipients: 'post@gemeente.example,gemeente example' }, /"gemeente example" is neither/],
  ])('refuses %o', (context, message) => {
    expect(() => buildApp(testApp(context))).toThrow(message);
  });
});
