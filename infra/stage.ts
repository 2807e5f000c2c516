/**
 * Stages side by side in one account: the stage name goes into every stack name and every
 * resource name that is fixed (KMS aliases, the dashboard, the SES rule set, the metric service
 * dimension); everything else gets a name CloudFormation generates from the stack name.
 */

/**
 * The stage when `-c stage` is not given. Not `production` on purpose: a deploy that forgot the
 * flag lands in a stage of its own instead of touching production's stacks.
 */
export const DEFAULT_STAGE = 'test';

/** Lower-case letters, digits and hyphens, starting with a letter: valid in every name it goes into (S3, SES, KMS, CloudFormation). */
const STAGE = /^[a-z][a-z0-9-]{0,19}$/;

export function parseStage(value: string | undefined): string {
  const stage = value ?? DEFAULT_STAGE;
  if (!STAGE.test(stage) || stage.endsWith('-'))
    throw new Error(
      `context stage must be 1 to 20 lower-case letters, digits and hyphens, starting with a letter (e.g. acceptance), got "${stage}"`,
    );
  return stage;
}

/** A fixed name of this stage: `postkamer-<stage>` or `postkamer-<stage>-<suffix>`. */
export function stageName(stage: string, suffix?: string): string {
  return suffix ? `postkamer-${stage}-${suffix}` : `postkamer-${stage}`;
}

/** The stack name of a stage: `Postkamer<Part>-<stage>`, e.g. `PostkamerStateful-acceptance`. */
export function stackName(part: 'Stateful' | 'Processing' | 'Web', stage: string): string {
  return `Postkamer${part}-${stage}`;
}

/**
 * Personal data stays in the EU: synthesis stops for a region outside it unless the operator
 * names that region explicitly (`-c allowRegion=<region>`), e.g. for a test account elsewhere.
 * A token (region from the environment at deploy time) is refused too: the guard must see the region.
 */
export function guardRegion(region: string | undefined, allowRegion: string | undefined): string {
  if (!region || region.startsWith('${Token'))
    throw new Error('region is not known at synthesis: set -c region=<eu-…> (or CDK_DEFAULT_REGION) so the EU guard can check it');
  if (/^eu-[a-z]+-\d$/.test(region)) return region;
  if (allowRegion !== undefined && allowRegion === region) return region;
  throw new Error(
    `region ${region} is outside the EU: postkamer keeps personal data (BSNs, documents) in an EU region (eu-central-1, eu-west-1, …). ` +
      `Deploy to an eu-* region, or, if outside the EU is really intended and allowed, name it explicitly with -c allowRegion=${region}.`,
  );
}
