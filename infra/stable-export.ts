import { CfnOutput, Fn, type Stack } from 'aws-cdk-lib';

/**
 * A value of `producer` (a bucket's or table's ARN) exported under a fixed name and imported by
 * that name, for every stack that asks: the processing and web stacks both name the documents
 * bucket and the ledger this way. A fixed name renders the same in the policies cdk-nag reads as
 * when the acknowledgement is written (an automatic cross-stack reference is named only at synthesis),
 * and Stack.exportValue refuses a second export of one name, hence once per producer and name.
 */
export function exportOnce(producer: Stack, value: string, name: string): string {
  const id = `Export${name}`;
  if (!producer.node.tryFindChild(id)) return producer.exportValue(value, { name });
  const existing = producer.node.findChild(id);
  if (!(existing instanceof CfnOutput) || JSON.stringify(producer.resolve(existing.value)) !== JSON.stringify(producer.resolve(value)))
    throw new Error(`export ${name} of ${producer.stackName} already names another value`);
  return Fn.importValue(name);
}
