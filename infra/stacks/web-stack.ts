import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import type { ITableV2 } from 'aws-cdk-lib/aws-dynamodb';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import { Bucket, type IBucket } from 'aws-cdk-lib/aws-s3';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import type { Construct } from 'constructs';
import type { Step } from '../../shared/domain/pipeline.ts';
import type { QueueWithDlq } from '../constructs/queue-with-dlq.ts';
import type { ReceiptBounces } from '../constructs/receipt-bounces.ts';
import { OIDC_CALLBACK_PATH, USERS_KEY, WebApp } from '../constructs/web-app.ts';
import { DIRECTORY_KEY } from '../pipeline-settings.ts';
import { exportOnce } from '../stable-export.ts';
import { DEFAULT_STAGE, parseStage } from '../stage.ts';

export interface WebStackProps extends StackProps {
  /**
   * The stage (test, acceptance, production): in the stack's name, the user pool's and its domain.
   * @default 'test'
   */
  readonly stage?: string;
  /** The stateful stack's data key (documents bucket, ledger and web state tables). */
  readonly key: IKey;
  readonly documents: IBucket;
  readonly ledger: ITableV2;
  readonly webTable: ITableV2;
  readonly stepQueues: Readonly<Record<Step, QueueWithDlq>>;
  readonly teamQueues: Readonly<Record<string, QueueWithDlq>>;
  /** The processing stack's alert topic. */
  readonly alertTopic: ITopic;
  /** The processing stack's bounce handling: the app sends desk receipts with its configuration set. */
  readonly receiptBounces: ReceiptBounces;
  /** @default 'postkamer@gemeente.example' */
  readonly mailFrom?: string;
  /** @default 'https://www.gemeente.example/ontvangstbewijs' */
  readonly receiptCheckHint?: string;
  /** See WebAppProps.publicUrl. @default the function URL, after a second deployment */
  readonly publicUrl?: string;
  /** See WebAppProps.trustProxy. @default 0 */
  readonly trustProxy?: number;
  /** @default 10 */
  readonly reservedConcurrency?: number;
  /** @default none */
  readonly oidcIssuer?: string;
  /** @default none */
  readonly oidcClientId?: string;
  /** @default the app's own */
  readonly oidcName?: string;
  /** @default the app's own; `cognito:username` with Cognito */
  readonly oidcUsernameClaim?: string;
  /**
   * How people sign in besides (or instead of) the users file's passwords: `password` only, the
   * municipality's `oidc` provider (needs oidcIssuer and oidcClientId), or a `cognito` user pool.
   * @default 'oidc' when oidcIssuer is given, else 'password'
   */
  readonly signIn?: 'password' | 'oidc' | 'cognito';
  /** @default `postkamer-<stage>-<account>` */
  readonly cognitoDomainPrefix?: string;
}

/**
 * The web app (triage, consultant inbox, desk and mailroom uploads, operations page): one Lambda
 * behind a function URL, its secrets, optionally its Cognito user pool, and its alarms. Stateless
 * apart from the user pool (retained): its data lives in the stateful stack's bucket and tables.
 */
export class WebStack extends Stack {
  readonly web: WebApp;

  constructor(scope: Construct, id: string, props: WebStackProps) {
    super(scope, id, props);
    const stage = parseStage(props.stage ?? DEFAULT_STAGE);
    const signIn = props.signIn ?? (props.oidcIssuer ? 'oidc' : 'password');
    if (!['password', 'oidc', 'cognito'].includes(signIn)) throw new Error(`webSignIn must be password, oidc or cognito, got "${signIn}"`);
    if (signIn === 'oidc' && !props.oidcIssuer)
      throw new Error('webSignIn=oidc needs the provider: -c oidcIssuer=<https issuer URL> -c oidcClientId=<client id>');
    if (signIn === 'password' && (props.oidcIssuer || props.oidcClientId))
      throw new Error(
        `webSignIn=password leaves OIDC off, but oidcIssuer or oidcClientId is given; leave them out or choose webSignIn=oidc`,
      );

    // The bucket and the tables through exports with fixed names, as the processing stack names them.
    const stateful = Stack.of(props.documents);
    const documentsRef = `${stateful.stackName}-DocumentsArn`;
    const documents = Bucket.fromBucketAttributes(this, 'DocumentsRef', {
      bucketArn: exportOnce(stateful, props.documents.bucketArn, documentsRef),
      bucketName: props.documents.bucketName,
      encryptionKey: props.key,
    });
    const ledgerArn = exportOnce(Stack.of(props.ledger), props.ledger.tableArn, `${Stack.of(props.ledger).stackName}-LedgerArn`);
    const webTableArn = exportOnce(Stack.of(props.webTable), props.webTable.tableArn, `${Stack.of(props.webTable).stackName}-WebTableArn`);

    this.web = new WebApp(this, 'Web', {
      stage,
      dataKey: props.key,
      documents,
      ledgerTableArn: ledgerArn,
      ledgerTableName: props.ledger.tableName,
      webTableArn,
      webTableName: props.webTable.tableName,
      stepQueues: props.stepQueues,
      teamQueues: props.teamQueues,
      alertTopic: props.alertTopic,
      directoryKey: DIRECTORY_KEY,
      mailFrom: props.mailFrom,
      receiptCheckHint: props.receiptCheckHint,
      publicUrl: props.publicUrl,
      trustProxy: props.trustProxy,
      reservedConcurrency: props.reservedConcurrency,
      oidcIssuer: signIn === 'oidc' ? props.oidcIssuer : undefined,
      oidcClientId: signIn === 'oidc' ? props.oidcClientId : undefined,
      oidcName: props.oidcName,
      oidcUsernameClaim: props.oidcUsernameClaim,
      cognito: signIn === 'cognito',
      cognitoDomainPrefix: props.cognitoDomainPrefix,
    });
    // Desk receipts are sent with the configuration set whose bounces become letters.
    props.receiptBounces.grantSendWith(this.web.handler);

    new CfnOutput(this, 'WebUrl', {
      value: this.web.url.url,
      description: this.web.publicUrl
        ? `The function URL; people use ${this.web.publicUrl} (publicUrl), which forwards here`
        : "The web app. PUBLIC_URL is not set: deploy again with -c publicUrl=<this address>, or with the municipality's domain in front of it",
    });
    new CfnOutput(this, 'WebFunctionName', {
      value: this.web.handler.function.functionName,
      description: 'The web Lambda: a configuration change starts fresh containers, which read the users file and secrets again',
    });
    if (this.web.publicUrl)
      new CfnOutput(this, 'PublicUrl', { value: this.web.publicUrl, description: 'The address of the web app (PUBLIC_URL)' });
    new CfnOutput(this, 'UsersFile', {
      value: `s3://${props.documents.bucketName}/${USERS_KEY}`,
      description: 'Who may sign in, with which roles: upload the users file here (infra/README.md, "The web app")',
    });
    new CfnOutput(this, 'SessionSecretArn', {
      value: this.web.sessionSecret.secretArn,
      description: 'Signs the session cookies; a new value signs everyone out (infra/README.md, "Rotate the session secret")',
    });
    if (this.web.oidcClientSecret && !this.web.userPool)
      new CfnOutput(this, 'OidcClientSecretArn', {
        value: this.web.oidcClientSecret.secretArn,
        description:
          "Put the identity provider's client secret here: aws secretsmanager put-secret-value --secret-id <this> --secret-string <secret>",
      });
    if (this.web.userPool && this.web.userPoolDomain) {
      new CfnOutput(this, 'UserPoolId', {
        value: this.web.userPool.userPoolId,
        description: 'Create staff accounts here (aws cognito-idp admin-create-user); their username must be in the users file',
      });
      new CfnOutput(this, 'SignInDomain', {
        value: this.web.userPoolDomain.baseUrl(),
        description: `Cognito's hosted sign-in; it sends people back to ${this.web.publicUrl}${OIDC_CALLBACK_PATH}`,
      });
    }
  }
}
