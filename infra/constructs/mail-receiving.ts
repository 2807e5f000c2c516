import { ArnFormat, CfnElement, Stack } from 'aws-cdk-lib';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { CfnReceiptRule, ReceiptRuleSet } from 'aws-cdk-lib/aws-ses';
import { Construct } from 'constructs';
import { acknowledge } from './nag.ts';

export interface MailReceivingProps {
  /** Where SES writes each message it receives (raw MIME, one object per message). */
  readonly bucket: IBucket;
  /**
   * The addresses (`post@gemeente.nl`) or whole domains (`gemeente.nl`) SES accepts mail for; the
   * domain must be verified in SES and its MX record point at SES's inbound endpoint.
   */
  readonly recipients: readonly string[];
  /**
   * Key prefix of the messages; the mail intake's S3 notification watches it.
   * @default 'mail/'
   */
  readonly objectKeyPrefix?: string;
  /**
   * Name of the receipt rule set (one per account and region may be active).
   * @default 'postkamer'
   */
  readonly ruleSetName?: string;
}

/** SES takes at most 100 recipients per receipt rule. */
const MAX_RECIPIENTS = 100;
const ADDRESS = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const DOMAIN = /^\.?([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/i;
const RULE_NAME = 'store-in-bucket';

/**
 * SES receiving: a receipt rule set with one rule that stores every message for the recipients in
 * the bucket, under the prefix, spam- and virus-scanned (SES adds its verdicts as headers).
 *
 * SES writes through a role of its own (the S3 action's `IamRoleArn`) rather than a bucket-policy
 * grant to the service: the bucket is encrypted with a customer managed KMS key, and with a role
 * that one identity holds both the write under the prefix and the use of the key. The role trusts
 * SES only on behalf of this account and this rule (`aws:SourceAccount`, `aws:SourceArn`).
 *
 * The rule set is created inactive: SES allows one active rule set per account and region, so
 * activating it is a deliberate step (infra/README.md, "Post by e-mail").
 */
export class MailReceiving extends Construct {
  readonly ruleSet: ReceiptRuleSet;
  readonly rule: CfnReceiptRule;
  /** The role SES assumes to write the messages. */
  readonly role: Role;
  readonly ruleSetName: string;

  constructor(scope: Construct, id: string, props: MailReceivingProps) {
    super(scope, id);
    const prefix = props.objectKeyPrefix ?? 'mail/';
    this.ruleSetName = props.ruleSetName ?? 'postkamer';
    validateRecipients(props.recipients);
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(this.ruleSetName))
      throw new Error(`ruleSetName must be letters, digits, ., _ and - (at most 64), got "${this.ruleSetName}"`);
    if (!/^[a-z0-9][a-z0-9_-]*\/$/.test(prefix)) throw new Error(`objectKeyPrefix must be a folder such as 'mail/', got "${prefix}"`);

    const stack = Stack.of(this);
    const ruleArn = stack.formatArn({
      service: 'ses',
      resource: 'receipt-rule-set',
      resourceName: `${this.ruleSetName}:receipt-rule/${RULE_NAME}`,
      arnFormat: ArnFormat.SLASH_RESOURCE_NAME,
    });
    this.role = new Role(this, 'WriterRole', {
      description: 'Lets SES receiving store the messages of the postkamer receipt rule in the documents bucket',
      assumedBy: new ServicePrincipal('ses.amazonaws.com').withConditions({
        StringEquals: { 'aws:SourceAccount': stack.account, 'aws:SourceArn': ruleArn },
      }),
    });
    const objects = props.bucket.arnForObjects(`${prefix}*`);
    this.role.addToPrincipalPolicy(new PolicyStatement({ actions: ['s3:PutObject'], resources: [objects] }));
    if (props.bucket.encryptionKey)
      this.role.addToPrincipalPolicy(
        new PolicyStatement({ actions: ['kms:Encrypt', 'kms:GenerateDataKey'], resources: [props.bucket.encryptionKey.keyArn] }),
      );
    // cdk-nag names the resource by the bucket's logical id (a bucket of this app, in this stack).
    const bucket = props.bucket.node.defaultChild;
    if (bucket instanceof CfnElement)
      acknowledge(
        this.role,
        `SES stores each received message as a new object under ${prefix} (its name is SES's message id), so the write is granted on that prefix only.`,
        `AwsSolutions-IAM5[Resource::<${stack.getLogicalId(bucket)}.Arn>/${prefix}*]`,
      );

    this.ruleSet = new ReceiptRuleSet(this, 'RuleSet', { receiptRuleSetName: this.ruleSetName });
    // The L1 rule: the L2 rule's S3 action has no role (it grants SES through the bucket policy).
    this.rule = new CfnReceiptRule(this, 'StoreInBucket', {
      ruleSetName: this.ruleSet.receiptRuleSetName,
      rule: {
        name: RULE_NAME,
        enabled: true,
        recipients: [...props.recipients],
        scanEnabled: true,
        // Opportunistic TLS (STARTTLS whenever the sending server offers it), as mail servers
        // commonly accept: requiring it would bounce a client's documents from an old mail system.
        tlsPolicy: 'Optional',
        actions: [{ s3Action: { bucketName: props.bucket.bucketName, objectKeyPrefix: prefix, iamRoleArn: this.role.roleArn } }],
      },
    });
    // SES checks at creation that it may write (a test object under the prefix): the role's policy must exist.
    this.rule.node.addDependency(this.role);
  }
}

function validateRecipients(recipients: readonly string[]) {
  if (recipients.length === 0) throw new Error('mailRecipients must name at least one address or domain, got none');
  if (recipients.length > MAX_RECIPIENTS)
    throw new Error(`mailRecipients: SES takes at most ${MAX_RECIPIENTS} per rule, got ${recipients.length}`);
  for (const r of recipients)
    if (!ADDRESS.test(r) && !DOMAIN.test(r))
      throw new Error(`mailRecipients: "${r}" is neither an e-mail address nor a domain such as gemeente.nl`);
}
