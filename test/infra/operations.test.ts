import { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { buildApp } from '../../infra/app.ts';
import { LEDGER_DENIED } from '../../infra/stacks/processing-stack.ts';
import { DEFAULT_STAGE } from '../../infra/stage.ts';
import { testApp } from './synth.ts';

type Resource = { Type: string; Properties?: Record<string, unknown> };
type Statement = { Effect: string; Action: string | string[]; Resource: unknown; Condition?: Record<string, Record<string, unknown>> };

const templatesOf = (built: ReturnType<typeof buildApp>) => [
  Template.fromStack(built.stateful),
  Template.fromStack(built.processing),
  Template.fromStack(built.web),
];
const resourcesOf = (t: Template) => Object.entries(t.toJSON().Resources as Record<string, Resource>);

/**
 * Every name fixed in the templates (a literal string in a resource's own `…Name` property, a
 * Cognito domain prefix, an export name) and the stack names: what CloudFormation does not make
 * unique by itself. A metric's name is not a resource's name.
 */
function fixedNames(built: ReturnType<typeof buildApp>): string[] {
  const names = [built.stateful.stackName, built.processing.stackName, built.web.stackName];
  for (const t of templatesOf(built)) {
    const json = t.toJSON() as { Resources: Record<string, Resource>; Outputs?: Record<string, { Export?: { Name?: unknown } }> };
    // An inline policy's name is scoped to its role.
    for (const [, r] of Object.entries(json.Resources))
      for (const [key, value] of Object.entries(r.Properties ?? {}))
        if (
          typeof value === 'string' &&
          ((/Name$/.test(key) && key !== 'MetricName' && r.Type !== 'AWS::IAM::Policy') ||
            (key === 'Domain' && r.Type === 'AWS::Cognito::UserPoolDomain'))
        )
          names.push(value);
    for (const o of Object.values(json.Outputs ?? {})) if (typeof o.Export?.Name === 'string') names.push(o.Export.Name);
  }
  return names;
}

function policyStatements(built: ReturnType<typeof buildApp>): [string, Statement][] {
  return templatesOf(built)
    .flatMap((t) => resourcesOf(t))
    .filter(([, r]) => r.Type === 'AWS::IAM::Policy')
    .flatMap(([id, r]) =>
      ((r.Properties?.PolicyDocument as { Statement?: Statement[] } | undefined)?.Statement ?? []).map((s): [string, Statement] => [id, s]),
    );
}

/** Every optional part with a fixed name: SES receiving, and the web app's Cognito user pool. */
const EVERYTHING = { mailRecipients: 'post@gemeente.example', webSignIn: 'cognito', publicUrl: 'https://postkamer.gemeente.example' };

let built: ReturnType<typeof buildApp>;
beforeAll(() => {
  built = buildApp(testApp(EVERYTHING));
});

describe('stages side by side', () => {
  it('puts the stage in the stack names, the default stage being test', () => {
    expect(built.stage).toBe(DEFAULT_STAGE);
    expect([built.stateful.stackName, built.processing.stackName, built.web.stackName]).toEqual([
      'PostkamerStateful-test',
      'PostkamerProcessing-test',
      'PostkamerWeb-test',
    ]);
  });

  it('lets two stages deploy in one account: no fixed name of one is a name of the other', () => {
    const acceptance = buildApp(testApp({ ...EVERYTHING, stage: 'acceptance' }));
    const test = fixedNames(built);
    const acc = fixedNames(acceptance);
    expect(test).toEqual(expect.arrayContaining(['alias/postkamer-test', 'postkamer-test', 'postkamer-test-123456789012']));
    expect(acc).toEqual(
      expect.arrayContaining([
        'alias/postkamer-acceptance',
        'alias/postkamer-acceptance-messages',
        'postkamer-acceptance',
        'PostkamerWeb-acceptance',
        'PostkamerStateful-acceptance-WebTableArn',
        'postkamer-acceptance-123456789012',
      ]),
    );
    expect(acc.filter((name) => test.includes(name))).toEqual([]);
    // The alarms read the stage's own metrics, which its functions emit under their own service name.
    const unrouted = Template.fromStack(acceptance.processing).findResources('AWS::CloudWatch::Alarm', {
      Properties: { MetricName: 'UnroutedOverdue' },
    });
    expect(Object.values(unrouted).map((a) => (a as Resource).Properties?.Dimensions)).toEqual([
      [{ Name: 'Service', Value: 'postkamer-acceptance' }],
    ]);
    Template.fromStack(acceptance.processing).allResourcesProperties('AWS::Lambda::Function', {
      Environment: { Variables: { METRICS_SERVICE: 'postkamer-acceptance' } },
    });
  });

  it.each(['Acceptance', 'prod_1', '1st', 'acceptance-'])('refuses the stage name %s', (stage) => {
    expect(() => buildApp(testApp({ stage }))).toThrow(`context stage must be 1 to 20 lower-case letters, digits and hyphens`);
  });
});

describe('metrics per stage', () => {
  it('emits the metric lines under the service the CDK app sets (METRICS_SERVICE)', async () => {
    vi.resetModules();
    vi.stubEnv('METRICS_SERVICE', 'postkamer-acceptance');
    try {
      const { emfLine } = await import('../../shared/adapters/aws/emf.ts');
      expect(JSON.parse(emfLine({ UnroutedOverdue: 2 }, 0))).toMatchObject({ Service: 'postkamer-acceptance', UnroutedOverdue: 2 });
    } finally {
      vi.unstubAllEnvs();
      vi.resetModules();
    }
  });
});

describe('region guard: personal data stays in the EU', () => {
  it.each(['eu-central-1', 'eu-west-1', 'eu-north-1'])('synthesizes in %s', (region) => {
    expect(buildApp(testApp({ region })).stateful.region).toBe(region);
  });

  it('stops outside the EU with a message that says what to do', () => {
    expect(() => buildApp(testApp({ region: 'us-east-1' }))).toThrow(/region us-east-1 is outside the EU: .*-c allowRegion=us-east-1/);
    expect(() => buildApp(testApp({ region: 'us-east-1', allowRegion: 'us-west-2' }))).toThrow(/outside the EU/);
  });

  it('synthesizes outside the EU only in the region named by allowRegion', () => {
    expect(buildApp(testApp({ region: 'us-east-1', allowRegion: 'us-east-1' })).processing.region).toBe('us-east-1');
  });
});

describe('tracing', () => {
  it('runs every Lambda with X-Ray active tracing and lets each role send its segments', () => {
    // Ours: the processing stack's and the web app's, not CDK's deploy-time custom resource (it reads the Cognito client secret).
    const fns = [Template.fromStack(built.processing), Template.fromStack(built.web)]
      .flatMap((t) => resourcesOf(t))
      .filter(([id, r]) => r.Type === 'AWS::Lambda::Function' && !id.startsWith('AWS679f53fac002430cb0da5b7982bd2287'));
    expect(fns.length).toBeGreaterThanOrEqual(9);
    for (const [id, fn] of fns) expect(fn.Properties?.TracingConfig, id).toEqual({ Mode: 'Active' });
    const roles = new Set(fns.map(([, fn]) => JSON.stringify(fn.Properties?.Role)));
    const tracing = policyStatements(built).filter(([, s]) => [s.Action].flat().includes('xray:PutTraceSegments'));
    expect(new Set(tracing.map(([id]) => id.replace(/DefaultPolicy.*/, ''))).size).toBe(roles.size);
  });
});

describe('least privilege', () => {
  it('grants no s3:List* family and lists the documents bucket only under the prefixes a function reads', () => {
    const statements = policyStatements(built);
    for (const [id, s] of statements)
      expect(
        [s.Action].flat().filter((a) => /^s3:(List\*|\*|GetBucket\*|GetObject\*)$/.test(a)),
        id,
      ).toEqual([]);
    const listing = statements.filter(([, s]) => [s.Action].flat().includes('s3:ListBucket'));
    expect(listing.length).toBeGreaterThan(0);
    for (const [id, s] of listing) {
      expect(s.Action, id).toBe('s3:ListBucket');
      const prefixes = [s.Condition?.StringLikeIfExists?.['s3:prefix']].flat() as string[];
      expect(prefixes.length, id).toBeGreaterThan(0);
      for (const p of prefixes) expect(p, id).toMatch(/^[a-z-]+\/(\*|[a-z.]+)$/);
    }
  });

  it('lets no function delete or batch-write ledger items, and denies it outright to every function that uses the ledger', () => {
    const statements = policyStatements(built);
    // The one table whose items a function may delete: the web app's own state.
    const webTable = { 'Fn::ImportValue': 'PostkamerStateful-test-WebTableArn' };
    for (const [id, s] of statements)
      if (s.Effect === 'Allow' && JSON.stringify(s.Resource) !== JSON.stringify(webTable))
        expect(
          [s.Action].flat().filter((a) => a === 'dynamodb:*' || (LEDGER_DENIED as readonly string[]).includes(a)),
          id,
        ).toEqual([]);
    const writers = new Set(statements.filter(([, s]) => [s.Action].flat().includes('dynamodb:PutItem')).map(([id]) => id));
    const denying = new Set(
      statements.filter(([, s]) => s.Effect === 'Deny' && [s.Action].flat().includes('dynamodb:DeleteItem')).map(([id]) => id),
    );
    expect(writers.size).toBeGreaterThanOrEqual(9);
    expect([...writers]).toContainEqual(expect.stringMatching(/^WebHandlerRole/));
    expect([...writers].filter((id) => !denying.has(id))).toEqual([]);
  });

  it('lets Textract assume its role only for this account and its own resources', () => {
    Template.fromStack(built.stateful).hasResourceProperties('AWS::IAM::Role', {
      AssumeRolePolicyDocument: {
        Statement: [
          {
            Action: 'sts:AssumeRole',
            Effect: 'Allow',
            Principal: { Service: 'textract.amazonaws.com' },
            Condition: {
              StringEquals: { 'aws:SourceAccount': '123456789012' },
              ArnLike: {
                'aws:SourceArn': { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':textract:eu-central-1:123456789012:*']] },
              },
            },
          },
        ],
      },
    });
  });

  it('locks every new object version of the documents bucket in governance mode for 30 days', () => {
    Template.fromStack(built.stateful).hasResourceProperties('AWS::S3::Bucket', {
      ObjectLockEnabled: true,
      ObjectLockConfiguration: { ObjectLockEnabled: 'Enabled', Rule: { DefaultRetention: { Mode: 'GOVERNANCE', Days: 30 } } },
      VersioningConfiguration: { Status: 'Enabled' },
    });
  });

  it('refuses a lock longer than the retention period', () => {
    expect(() => buildApp(testApp({ retentionDays: 20 }))).toThrow(/objectLockDays \(30\) must not exceed retentionDays \(20\)/);
  });
});
