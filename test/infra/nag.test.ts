import { Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../infra/app.ts';
import { testApp } from './synth.ts';

/**
 * cdk-nag's AwsSolutions pack over the whole app, after synthesis (cross-stack references resolved,
 * exactly what `cdk synth` checks), with CDK's CloudFormation validation engine on as well.
 */
let built: ReturnType<typeof buildApp>;
beforeAll(() => {
  built = buildApp(
    testApp({ alertEmail: 'ops@gemeente.example', mailRecipients: 'post@gemeente.example' }, { cloudFormationValidation: true }),
  );
  built.app.synth(); // fails on any unacknowledged finding of the registered pack, or a template the engine rejects
});

function acknowledgements(root: IConstruct) {
  const found: { path: string; id: string; reason: string }[] = [];
  for (const c of root.node.findAll())
    for (const entry of c.node.metadata)
      if (entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
        for (const [id, reason] of Object.entries(entry.data as Record<string, unknown>))
          found.push({ path: c.node.path, id, reason: typeof reason === 'string' ? reason : JSON.stringify(reason) });
  return found;
}

describe('cdk-nag AwsSolutions', () => {
  it('finds no unacknowledged error or warning in any stack', () => {
    const report = new AwsSolutionsChecks().validateScope(built.app);
    const findings = report.violations.flatMap((v) =>
      v.violatingResources.map((r) => `${v.severity} ${v.ruleName} at ${r.constructPath ?? r.resourceLogicalId}`),
    );
    expect(findings).toEqual([]);
    expect(report.success).toBe(true);
  });

  it('acknowledges every finding it lets pass with a written reason', () => {
    const acks = acknowledgements(built.app);
    expect(acks.length).toBeGreaterThan(10);
    for (const ack of acks) expect(ack.reason.split(/\s+/).length, `${ack.id} on ${ack.path}: "${ack.reason}"`).toBeGreaterThanOrEqual(8);
  });
});
