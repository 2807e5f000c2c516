/**
 * Validates a directory JSON and uploads it to where the Lambdas read it (the documents bucket,
 * `directory/directory.json` by default). Refuses an invalid directory with the paths of what is
 * wrong; prints counts only, never names or addresses.
 *
 *   npx tsx scripts/upload-directory.ts examples/directory.json --bucket <DocumentsBucketName output> [--key directory/directory.json] [--region eu-central-1]
 *
 * The Lambdas pick the new version up within DIRECTORY_RECHECK_SECONDS (30 s). A directory with a
 * team queue the stacks do not have needs a deploy first: `npx cdk deploy --all -c directory=<file>`.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { DIRECTORY_KEY } from '../infra/pipeline-settings.ts';
import { parseDirectory } from '../shared/domain/directory.ts';

export async function uploadDirectory(options: { file: string; bucket: string; key?: string; s3?: S3Client }) {
  const text = readFileSync(options.file, 'utf8');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(`${options.file} is not valid JSON`);
  }
  const directory = parseDirectory(json);
  const s3 = options.s3 ?? new S3Client({});
  const key = options.key ?? DIRECTORY_KEY;
  const res = await s3.send(
    new PutObjectCommand({ Bucket: options.bucket, Key: key, Body: JSON.stringify(directory, null, 2), ContentType: 'application/json' }),
  );
  return {
    location: `s3://${options.bucket}/${key}`,
    etag: res.ETag,
    versionId: res.VersionId,
    teams: directory.teams.length,
    consultants: directory.consultants.length,
    clients: directory.clients.length,
    queues: [...new Set(directory.teams.map((t) => t.queue))],
  };
}

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { bucket: { type: 'string' }, key: { type: 'string' }, region: { type: 'string' } },
  });
  const [file] = positionals;
  if (!file || !values.bucket) {
    process.stderr.write(
      'usage: npx tsx scripts/upload-directory.ts <directory.json> --bucket <bucket> [--key <key>] [--region <region>]\n',
    );
    process.exit(2);
  }
  try {
    const result = await uploadDirectory({
      file,
      bucket: values.bucket,
      key: values.key,
      s3: new S3Client(values.region ? { region: values.region } : {}),
    });
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(1);
  }
}

if (process.argv[1]?.endsWith('upload-directory.ts')) await main();
