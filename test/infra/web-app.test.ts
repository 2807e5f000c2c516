import { Match, Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../infra/app.ts';
import { LEDGER_DENIED } from '../../infra/pipeline-settings.ts';
import { WEB_TABLE_KEYS } from '../../shared/adapters/aws/dynamo-table.ts';
import { testApp } from './synth.ts';

/**
 * The web app in the CDK app (issue 18): its Lambda behind a function URL, the web state table,
 * the grants of its role, its secrets, and the two sign-in options (the municipality's OIDC
 * provider, a Cognito user pool made here).
 */
type Resource = { Type: string; Properties?: Record<string, unknown> };
type Statement = { Effect: string; Action: string | string[]; Resource: unknown; Condition?: Record<string, Record<string, unknown>> };

const resourcesOf = (t: Template) => Object.entries(t.toJSON().Resources as Record<string, Resource>);
const ofType = (t: Template, type: string) => resourcesOf(t).filter(([, r]) => r.Type === type);
const actionsOf = (s: Statement) => [s.Action].flat();
const resourcesOfStatement = (s: Statement) => JSON.stringify(s.Resource);

/** The statements of the web function's role. */
function webStatements(t: Template): Statement[] {
  const policies = ofType(t, 'AWS::IAM::Policy').filter(([id]) => id.startsWith('WebHandlerRole'));
  expect(policies).toHaveLength(1);
  const [[, policy]] = policies as [[string, Resource]];
  return ((policy.Properties?.PolicyDocument ?? { Statement: [] }) as { Statement: Statement[] }).Statement;
}

function webFunction(t: Template): Record<string, unknown> {
  const fns = ofType(t, 'AWS::Lambda::Function').filter(([id]) => id.startsWith('WebHandlerFunction'));
  expect(fns).toHaveLength(1);
  return fns[0]?.[1].Properties as Record<string, unknown>;
}

const envOf = (t: Template) => (webFunction(t).Environment as { Variables: Record<string, unknown> }).Variables;

function nagFindings(built: ReturnType<typeof buildApp>): string[] {
  const report = new AwsSolutionsChecks().validateScope(built.app);
  return report.violations.flatMap((v) => v.violatingResources.map((r) => `${v.ruleName} at ${r.constructPath ?? r.resourceLogicalId}`));
}

let built: ReturnType<typeof buildApp>;
let web: Template;
beforeAll(() => {
  built = buildApp(testApp({}));
  web = Template.fromStack(built.web);
});

describe('the web Lambda', () => {
  it('is its own stack per stage, after the stateful and processing stacks', () => {
    expect(built.web.stackName).toBe('PostkamerWeb-test');
    expect(built.web.dependencies.map((s) => s.stackName).sort()).toEqual(['PostkamerProcessing-test', 'PostkamerStateful-test']);
  });

  it('runs the web handler on Node.js 22 with 1 GB, 30 s, active tracing and modest reserved concurrency', () => {
    expect(webFunction(web)).toMatchObject({
      Runtime: 'nodejs22.x',
      // The page-image modules are shipped as the Linux x64 builds in node_modules.
      Architectures: ['x86_64'],
      MemorySize: 1024,
      Timeout: 30,
      TracingConfig: { Mode: 'Active' },
      ReservedConcurrentExecutions: 10,
      Handler: 'index.handler',
    });
    expect(webFunction(Template.fromStack(buildApp(testApp({ webConcurrency: 25 })).web)).ReservedConcurrentExecutions).toBe(25);
  });

  it('is served by a public, buffered function URL: the app signs people in itself', () => {
    web.resourceCountIs('AWS::Lambda::Url', 1);
    web.hasResourceProperties('AWS::Lambda::Url', {
      AuthType: 'NONE',
      TargetFunctionArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^WebHandlerFunction'), 'Arn'] },
    });
    const [[, url]] = ofType(web, 'AWS::Lambda::Url') as [[string, Resource]];
    expect(url.Properties?.InvokeMode ?? 'BUFFERED').toBe('BUFFERED');
    // Since October 2025 a public URL needs both permissions.
    web.hasResourceProperties('AWS::Lambda::Permission', {
      Action: 'lambda:InvokeFunctionUrl',
      Principal: '*',
      FunctionUrlAuthType: 'NONE',
    });
    web.hasResourceProperties('AWS::Lambda::Permission', { Action: 'lambda:InvokeFunction', Principal: '*', InvokedViaFunctionUrl: true });
    expect(web.toJSON().Outputs.WebUrl.Value).toEqual({
      'Fn::GetAtt': [expect.stringMatching(/^WebHandlerFunctionFunctionUrl/), 'FunctionUrl'],
    });
  });

  it('gets the environment the web composition root reads', () => {
    const env = envOf(web);
    for (const name of [
      'TABLE_NAME',
      'WEB_TABLE_NAME',
      'BUCKET_NAME',
      'DIRECTORY_KEY',
      'DIRECTORY_RECHECK_SECONDS',
      'EXTRACT_QUEUE_URL',
      'SPLIT_QUEUE_URL',
      'ROUTE_QUEUE_URL',
      'RECEIPT_QUEUE_URL',
      'TEAM_QUEUE_URLS',
      'ALERT_TOPIC_ARN',
      'MAIL_FROM',
      'SES_CONFIGURATION_SET',
      'RECEIPT_CHECK_HINT',
      'MAX_FILE_MB',
      'USERS_KEY',
      'SESSION_SECRET_ARN',
    ])
      expect(env[name], name).toBeDefined();
    expect(env).toMatchObject({
      DIRECTORY_KEY: 'directory/directory.json',
      USERS_KEY: 'config/users.json',
      SES_CONFIGURATION_SET: 'postkamer-receipts-test',
      SESSION_SECRET_ARN: { Ref: expect.stringMatching(/^WebSessionSecret/) },
      WEB_TABLE_NAME: { 'Fn::ImportValue': expect.stringMatching(/^PostkamerStateful-test:ExportsOutputRefWebTable/) },
    });
    // Without publicUrl the function cannot be handed its own URL (a dependency cycle): unset, and no OIDC.
    expect(Object.keys(env).filter((k) => k === 'PUBLIC_URL' || k.startsWith('OIDC_'))).toEqual([]);
    const withUrl = envOf(Template.fromStack(buildApp(testApp({ publicUrl: 'https://postkamer.gemeente.example/' })).web));
    expect(withUrl.PUBLIC_URL).toBe('https://postkamer.gemeente.example');
    expect(env.TRUST_PROXY).toBeUndefined();
    const behindCloudFront = envOf(
      Template.fromStack(buildApp(testApp({ publicUrl: 'https://postkamer.gemeente.example', trustProxy: '2' })).web),
    );
    expect(behindCloudFront.TRUST_PROXY).toBe('2');
  });

  it('generates the session secret and alarms operations on crashes and throttling', () => {
    web.hasResourceProperties('AWS::SecretsManager::Secret', {
      GenerateSecretString: { PasswordLength: 64, ExcludePunctuation: true },
    });
    const alarms = ofType(web, 'AWS::CloudWatch::Alarm').map(([, a]) => a.Properties as Record<string, unknown>);
    expect(alarms.map((a) => a.MetricName).sort()).toEqual(['Errors', 'Throttles']);
    for (const alarm of alarms) {
      expect(alarm.AlarmActions).toEqual([
        { 'Fn::ImportValue': expect.stringMatching(/^PostkamerProcessing-test:ExportsOutputRefAlertTopic/) },
      ]);
      expect(alarm.OKActions).toEqual(alarm.AlarmActions);
    }
  });
});

describe('the web state table', () => {
  it('keeps pk/sk items with TTL, the data key, point-in-time recovery and deletion protection, in the stateful stack', () => {
    const stateful = Template.fromStack(built.stateful);
    const tables = ofType(stateful, 'AWS::DynamoDB::GlobalTable').filter(([id]) => id.startsWith('WebTable'));
    expect(tables).toHaveLength(1);
    expect(tables[0]?.[1].Properties).toMatchObject({
      KeySchema: [
        { AttributeName: WEB_TABLE_KEYS.partitionKey, KeyType: 'HASH' },
        { AttributeName: WEB_TABLE_KEYS.sortKey, KeyType: 'RANGE' },
      ],
      BillingMode: 'PAY_PER_REQUEST',
      TimeToLiveSpecification: { AttributeName: WEB_TABLE_KEYS.timeToLiveAttribute, Enabled: true },
      SSESpecification: { SSEEnabled: true, SSEType: 'KMS' },
      Replicas: [
        expect.objectContaining({
          PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
          DeletionProtectionEnabled: true,
          SSESpecification: { KMSMasterKeyId: { 'Fn::GetAtt': [expect.stringMatching(/^Key/), 'Arn'] } },
        }),
      ],
    });
    expect(tables[0]?.[1]).toMatchObject({ DeletionPolicy: 'Retain' });
  });
});

describe("the web role's grants", () => {
  const LEDGER = { 'Fn::ImportValue': 'PostkamerStateful-test-LedgerArn' };
  const WEB_TABLE = { 'Fn::ImportValue': 'PostkamerStateful-test-WebTableArn' };

  it('reads and writes ledger items without deleting any: the deny every pipeline role has applies to it too', () => {
    const statements = webStatements(web);
    const onLedger = statements.filter((s) => resourcesOfStatement(s).includes('-LedgerArn'));
    for (const s of onLedger.filter((s) => s.Effect === 'Allow'))
      expect(actionsOf(s).filter((a) => a === 'dynamodb:*' || (LEDGER_DENIED as readonly string[]).includes(a))).toEqual([]);
    expect(statements).toContainEqual({
      Effect: 'Allow',
      Action: ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:Query', 'dynamodb:Scan', 'dynamodb:UpdateItem'],
      Resource: LEDGER,
    });
    expect(statements).toContainEqual({
      Effect: 'Deny',
      Action: [...LEDGER_DENIED].sort(),
      Resource: [LEDGER, { 'Fn::Join': ['', [LEDGER, '/index/*']] }],
    });
  });

  it('may delete items of the web state table, and of nothing else', () => {
    const statements = webStatements(web);
    expect(statements).toContainEqual({
      Effect: 'Allow',
      Action: ['dynamodb:DeleteItem', 'dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:Query', 'dynamodb:UpdateItem'],
      Resource: WEB_TABLE,
    });
    const deleting = statements.filter((s) => s.Effect === 'Allow' && actionsOf(s).some((a) => /Delete/.test(a)));
    expect(deleting.map((s) => s.Resource)).toEqual([WEB_TABLE]);
  });

  it('grants no wildcard action', () => {
    for (const s of webStatements(web).filter((s) => s.Effect === 'Allow'))
      expect(
        actionsOf(s).filter((a) => a.includes('*')),
        JSON.stringify(s),
      ).toEqual([]);
  });

  it('reads the users file without writing it, and works only under the prefixes the app uses (never inbox/)', () => {
    const statements = webStatements(web);
    const objectsOf = (action: string) =>
      statements
        .filter((s) => s.Effect === 'Allow' && actionsOf(s).includes(action))
        .flatMap((s) => [s.Resource].flat())
        .map((r) => ((r as { 'Fn::Join': [string, unknown[]] })['Fn::Join'][1][1] as string).slice(1))
        .sort();
    expect(objectsOf('s3:GetObject')).toEqual([
      'config/users.json',
      'directory/directory.json',
      'letters/*',
      'originals/*',
      'text/*',
      'web/*',
    ]);
    expect(objectsOf('s3:PutObject')).toEqual(['corrections/*', 'directory/directory.json', 'letters/*', 'originals/*', 'text/*', 'web/*']);
    expect(JSON.stringify(statements)).not.toMatch(/s3:DeleteObject|inbox\//);
  });

  it('sends to the step and team queues, publishes alerts, mails as the sender with the configuration set, and reads its secret', () => {
    const statements = webStatements(web);
    const sending = statements.find((s) => actionsOf(s).includes('sqs:SendMessage'));
    expect([sending?.Resource].flat()).toHaveLength(4 + 9); // the steps and the example directory's team queues
    expect(statements).toContainEqual(expect.objectContaining({ Action: ['kms:Decrypt', 'kms:GenerateDataKey'] }));
    expect(statements).toContainEqual(expect.objectContaining({ Action: 'sns:Publish' }));
    const mail = statements.find((s) => actionsOf(s).includes('ses:SendEmail'));
    expect(JSON.stringify(mail?.Resource)).toMatch(
      /configuration-set\/postkamer-receipts-test.*identity\/gemeente\.example.*identity\/postkamer@gemeente\.example/,
    );
    expect(statements).toContainEqual({
      Effect: 'Allow',
      Action: ['secretsmanager:DescribeSecret', 'secretsmanager:GetSecretValue'],
      Resource: { Ref: expect.stringMatching(/^WebSessionSecret/) },
    });
  });
});

describe("sign-in through the municipality's OIDC provider", () => {
  let oidc: ReturnType<typeof buildApp>;
  beforeAll(() => {
    oidc = buildApp(
      testApp({ oidcIssuer: 'https://login.gemeente.example/realms/staff', oidcClientId: 'postkamer', oidcName: 'Gemeente Voorbeeld' }),
    );
  });

  it('gives the app the issuer, the client id and a placeholder secret for the client secret, which operations fill in', () => {
    const t = Template.fromStack(oidc.web);
    expect(envOf(t)).toMatchObject({
      OIDC_ISSUER: 'https://login.gemeente.example/realms/staff',
      OIDC_CLIENT_ID: 'postkamer',
      OIDC_NAME: 'Gemeente Voorbeeld',
      OIDC_CLIENT_SECRET_ARN: { Ref: expect.stringMatching(/^WebOidcClientSecret/) },
    });
    t.resourceCountIs('AWS::SecretsManager::Secret', 2);
    t.resourceCountIs('AWS::Cognito::UserPool', 0);
    expect(t.toJSON().Outputs.OidcClientSecretArn.Description).toMatch(/aws secretsmanager put-secret-value/);
    const reads = webStatements(t).find((s) => actionsOf(s).includes('secretsmanager:GetSecretValue'));
    expect(JSON.stringify(reads?.Resource)).toMatch(/WebOidcClientSecret/);
  });

  it('leaves cdk-nag nothing open', () => {
    expect(nagFindings(oidc)).toEqual([]);
  });
});

describe('sign-in through a Cognito user pool made for the stage', () => {
  let cognito: ReturnType<typeof buildApp>;
  let t: Template;
  beforeAll(() => {
    cognito = buildApp(testApp({ stage: 'acceptance', webSignIn: 'cognito', publicUrl: 'https://postkamer.gemeente.example' }));
    t = Template.fromStack(cognito.web);
  });

  it('makes a staff-only pool: no self sign-up, MFA required, strong passwords, threat protection, retained', () => {
    t.hasResource('AWS::Cognito::UserPool', {
      Properties: Match.objectLike({
        UserPoolName: 'postkamer-acceptance',
        AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
        MfaConfiguration: 'ON',
        EnabledMfas: ['SOFTWARE_TOKEN_MFA'],
        UserPoolTier: 'PLUS',
        UserPoolAddOns: { AdvancedSecurityMode: 'ENFORCED' },
        DeletionProtection: 'ACTIVE',
        Policies: { PasswordPolicy: Match.objectLike({ MinimumLength: 12, RequireSymbols: true }) },
      }),
      DeletionPolicy: 'Retain',
    });
    t.hasResourceProperties('AWS::Cognito::UserPoolDomain', { Domain: 'postkamer-acceptance-123456789012' });
  });

  it('registers the app as a code-flow client sent back to <publicUrl>/login/oidc/callback', () => {
    t.hasResourceProperties('AWS::Cognito::UserPoolClient', {
      GenerateSecret: true,
      AllowedOAuthFlows: ['code'],
      AllowedOAuthScopes: ['openid', 'profile', 'email'],
      CallbackURLs: ['https://postkamer.gemeente.example/login/oidc/callback'],
      LogoutURLs: ['https://postkamer.gemeente.example/login?msg=signed-out'],
      SupportedIdentityProviders: ['COGNITO'],
    });
  });

  it("hands the app the pool's issuer, its client and the client secret copied into Secrets Manager", () => {
    const pool = t.getResourceId('AWS::Cognito::UserPool', {});
    expect(envOf(t)).toMatchObject({
      PUBLIC_URL: 'https://postkamer.gemeente.example',
      OIDC_ISSUER: { 'Fn::Join': ['', ['https://cognito-idp.eu-central-1.', { Ref: 'AWS::URLSuffix' }, '/', { Ref: pool }]] },
      OIDC_CLIENT_ID: { Ref: expect.stringMatching(/^WebUserPoolWebClient/) },
      OIDC_USERNAME_CLAIM: 'cognito:username',
      OIDC_CLIENT_SECRET_ARN: { Ref: expect.stringMatching(/^WebCognitoClientSecret/) },
    });
    t.hasResourceProperties('AWS::SecretsManager::Secret', {
      SecretString: { 'Fn::GetAtt': [Match.stringLikeRegexp('DescribeCognitoUserPoolClient'), 'UserPoolClient.ClientSecret'] },
    });
  });

  it('leaves cdk-nag nothing open', () => {
    expect(nagFindings(cognito)).toEqual([]);
  });
});

describe('web settings are validated with messages that name the bad value', () => {
  it.each([
    [{ webSignIn: 'cognito' }, /webSignIn=cognito needs publicUrl/],
    [{ webSignIn: 'saml' }, /webSignIn must be password, oidc or cognito, got "saml"/],
    [{ webSignIn: 'oidc' }, /webSignIn=oidc needs the provider/],
    [{ oidcIssuer: 'https://login.gemeente.example' }, /needs both oidcIssuer and oidcClientId, got only oidcIssuer/],
    [{ oidcIssuer: 'http://login.gemeente.example', oidcClientId: 'p' }, /oidcIssuer must be the provider's https issuer URL/],
    [{ publicUrl: 'http://postkamer.gemeente.example' }, /publicUrl must be an https address .* got "http:\/\/postkamer/],
    [
      { webSignIn: 'cognito', publicUrl: 'https://p.gemeente.example', cognitoDomainPrefix: 'aws-postkamer' },
      /cognitoDomainPrefix .* got "aws-postkamer"/,
    ],
    [{ webConcurrency: 0 }, /reservedConcurrency must be a whole number from 1 to 1000, got 0/],
  ])('refuses %o', (context, message) => {
    expect(() => buildApp(testApp(context))).toThrow(message);
  });
});
