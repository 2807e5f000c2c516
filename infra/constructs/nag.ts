import { Validations } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';

/**
 * Acknowledges a cdk-nag finding on a construct, always with a written reason (cdk-nag 3 uses CDK's
 * native Validations; each finding id, e.g. `AwsSolutions-IAM5[Action::s3:GetObject*]`, separately).
 */
export function acknowledge(scope: IConstruct, reason: string, ...ids: string[]): void {
  if (reason.trim().length < 20) throw new Error(`a cdk-nag acknowledgement needs a real reason, got "${reason}" for ${ids.join(', ')}`);
  for (const id of ids) Validations.of(scope).acknowledge({ id, reason });
}
