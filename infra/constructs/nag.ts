import { Stack, Validations } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';

/**
 * Acknowledges a cdk-nag finding on a construct, always with a written reason (cdk-nag 3 uses CDK's
 * native Validations; each finding id, e.g. `AwsSolutions-IAM5[Action::s3:GetObject*]`, separately).
 */
export function acknowledge(scope: IConstruct, reason: string, ...ids: string[]): void {
  if (reason.trim().length < 20) throw new Error(`a cdk-nag acknowledgement needs a real reason, got "${reason}" for ${ids.join(', ')}`);
  for (const id of ids) Validations.of(scope).acknowledge({ id, reason });
}

/**
 * The cdk-nag finding id of a wildcard resource (`AwsSolutions-IAM5[Resource::…]`), as cdk-nag
 * renders the ARN once resolved in `scope`'s stack: a reference as `<LogicalId.Attr>`, an imported
 * value by its export name. Only names that are fixed at construction render the same after
 * synthesis, hence the stable exports (`exportOnce`) for what a policy names in another stack.
 */
export function wildcardResourceId(scope: IConstruct, arn: string): string {
  const resolved = Stack.of(scope).resolve(arn);
  return `AwsSolutions-IAM5[Resource::${renderArn(resolved)}]`;
}

function renderArn(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (Array.isArray(v['Fn::Join'])) {
      const [sep, parts] = v['Fn::Join'] as [string, unknown[]];
      return parts.map(renderArn).join(sep);
    }
    if (typeof v.Ref === 'string') return `<${v.Ref}>`;
    if (Array.isArray(v['Fn::GetAtt'])) return `<${(v['Fn::GetAtt'] as string[]).join('.')}>`;
    // cdk-nag names an imported value by its export name.
    if ('Fn::ImportValue' in v) return renderArn(v['Fn::ImportValue']);
  }
  return JSON.stringify(value);
}
