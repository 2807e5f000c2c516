import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Duration, RemovalPolicy } from 'aws-cdk-lib';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { acknowledge } from './nag.ts';
import type { QueueWithDlq } from './queue-with-dlq.ts';

/** The repository root: entries and the lock file are found from here. */
export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface PipelineFunctionProps {
  /** The handler file, relative to the repository root (`functions/<step>/handler.ts`). */
  readonly entry: string;
  readonly timeout: Duration;
  /**
   * @default 512
   */
  readonly memoryMiB?: number;
  readonly environment?: Record<string, string>;
  /**
   * Where failed asynchronous invocations go (scheduled functions). SQS-triggered functions need
   * none: their failed messages go to their source queue's dead-letter queue.
   * @default none
   */
  readonly deadLetterQueue?: IQueue;
  /**
   * @default one year
   */
  readonly logRetention?: RetentionDays;
  /**
   * Ships pdfjs-dist's legacy build, CMaps, fonts and decoders beside the bundle, for code that
   * reads PDF text layers (shared/adapters/pdf-text-layer.ts loads them at run time, by path).
   * @default false
   */
  readonly pdfjs?: boolean;
  /**
   * Ships the DejaVu font files beside the bundle, for code that draws receipts (Turkish, Polish,
   * Cyrillic and Arabic text needs them; shared/adapters/local/dejavu-fonts.ts loads them by path).
   * @default false
   */
  readonly fonts?: boolean;
  /**
   * Ships what drawing page images loads at run time (local/web/page-images.ts, the web viewer):
   * sharp and @napi-rs/canvas, native modules that cannot be bundled, pdfjs (as with `pdfjs`, and
   * its full build, whose worker is loaded from beside it) and pdf-lib's stream decoders (the PDF
   * budget check loads them by path). They are copied from the project's node_modules, so the
   * function runs on x86_64: the builds installed there are Linux x64 ones on the machines that
   * synthesize (CI, Linux hosts); synthesis stops with a message where they are missing (e.g. on
   * macOS). Bundling stays offline: nothing is downloaded, as for every other function.
   * @default false (arm64)
   */
  readonly pageImages?: boolean;
  /**
   * Ships the web app's stylesheet, scripts and icon (local/web/static) as `static/` beside the
   * bundle: the app reads them from beside its module when it is built (local/web/app.ts).
   * @default false
   */
  readonly webAssets?: boolean;
  /**
   * Concurrent executions reserved for (and at most run by) the function.
   * @default none: the account's unreserved pool
   */
  readonly reservedConcurrency?: number;
}

/** The pdfjs-dist files a PDF text-layer reader needs at run time (about 5 MB). */
const PDFJS_FILES = [
  'package.json',
  'legacy/build/pdf.min.mjs',
  'legacy/build/pdf.worker.min.mjs',
  'cmaps',
  'standard_fonts',
  'wasm',
  'iccs',
];

/** pdfjs-dist's full build, which drawing page images imports (with the worker it loads from beside it; about 3.4 MB). */
const PDFJS_DRAWING_FILES = ['legacy/build/pdf.mjs', 'legacy/build/pdf.worker.mjs'];

/** The dejavu-fonts-ttf files receipts are drawn with (about 1.5 MB). */
const FONT_FILES = ['package.json', 'ttf/DejaVuSans.ttf', 'ttf/DejaVuSans-Bold.ttf', 'ttf/DejaVuSansMono.ttf'];

/**
 * What drawing page images loads beside the bundle (about 55 MB), each a package and its files:
 * sharp's JavaScript with its dependencies and the Linux x64 builds of sharp (with libvips) and of
 * @napi-rs/canvas; pdf-lib's CommonJS build (its stream decoders) with its dependencies.
 */
const PAGE_IMAGE_PACKAGES: [string, string[]][] = [
  ['sharp', ['package.json', 'dist']],
  ['@img/colour', ['.']],
  ['detect-libc', ['.']],
  ['semver', ['.']],
  ['@napi-rs/canvas', ['.']],
  ['pdf-lib', ['package.json', 'cjs']],
  ['@pdf-lib/standard-fonts', ['.']],
  ['pako', ['.']],
  ['tslib', ['.']],
];
const PAGE_IMAGE_BUILDS = ['@img/sharp-linux-x64', '@img/sharp-libvips-linux-x64', '@napi-rs/canvas-linux-x64-gnu'];

/** Shell commands that stop the bundling with `message` unless every package in `pkgs` is installed. */
const requirePackages = (pkgs: string[], message: string) => (inputDir: string) =>
  pkgs.map((pkg) => `test -f "${inputDir}/node_modules/${pkg}/package.json" || { echo "${message} (${pkg} is missing)" >&2; exit 1; }`);

/** Shell commands that copy `files` of package `pkg` from the project's node_modules to the bundle's. */
const copyPackageFiles = (pkg: string, files: string[]) => (inputDir: string, outputDir: string) => [
  ...new Set(files.map((file) => `mkdir -p "${outputDir}/node_modules/${pkg}/${dirname(file) === '.' ? '' : dirname(file)}"`)),
  ...files.map(
    (file) =>
      `cp -R "${inputDir}/node_modules/${pkg}/${file}" "${outputDir}/node_modules/${pkg}/${dirname(file) === '.' ? '' : `${dirname(file)}/`}"`,
  ),
];

export interface ConsumeOptions {
  readonly batchSize: number;
  /**
   * Concurrent invocations the event source may run (SQS minimum 2).
   * @default no limit beyond the account's
   */
  readonly maxConcurrency?: number;
}

/**
 * A pipeline Lambda: Node.js 22 on arm64 (x86_64 with `pageImages`), bundled by the local esbuild
 * (no Docker), X-Ray active tracing, its own log group and a role that starts with nothing but
 * writing to that log group and sending trace segments; everything else is granted by intent where
 * the function is wired.
 */
export class PipelineFunction extends Construct {
  readonly function: NodejsFunction;
  readonly role: Role;
  readonly logGroup: LogGroup;
  readonly timeout: Duration;

  constructor(scope: Construct, id: string, props: PipelineFunctionProps) {
    super(scope, id);
    const memory = props.memoryMiB ?? 512;
    if (!Number.isInteger(memory) || memory < 128 || memory > 10_240)
      throw new Error(`${this.node.path}: memoryMiB must be a whole number from 128 to 10240, got ${memory}`);
    if (props.timeout.toSeconds() < 1 || props.timeout.toSeconds() > 900)
      throw new Error(`${this.node.path}: timeout must be from 1 second to 15 minutes, got ${props.timeout.toHumanString()}`);
    this.timeout = props.timeout;

    if (
      props.reservedConcurrency !== undefined &&
      (!Number.isInteger(props.reservedConcurrency) || props.reservedConcurrency < 1 || props.reservedConcurrency > 1000)
    )
      throw new Error(`${this.node.path}: reservedConcurrency must be a whole number from 1 to 1000, got ${props.reservedConcurrency}`);
    const pageImages = props.pageImages ?? false;
    const pdfjs = (props.pdfjs ?? false) || pageImages;

    this.logGroup = new LogGroup(this, 'Logs', {
      retention: props.logRetention ?? RetentionDays.ONE_YEAR,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    this.role = new Role(this, 'Role', { assumedBy: new ServicePrincipal('lambda.amazonaws.com') });
    this.logGroup.grantWrite(this.role);

    this.function = new NodejsFunction(this, 'Function', {
      entry: join(REPO_ROOT, props.entry),
      handler: 'handler',
      projectRoot: REPO_ROOT,
      depsLockFilePath: join(REPO_ROOT, 'package-lock.json'),
      runtime: Runtime.NODEJS_22_X,
      architecture: pageImages ? Architecture.X86_64 : Architecture.ARM_64,
      timeout: props.timeout,
      memorySize: memory,
      reservedConcurrentExecutions: props.reservedConcurrency,
      // X-Ray traces each invocation; SQS passes the trace header on, so a document's steps link up.
      tracing: Tracing.ACTIVE,
      role: this.role,
      logGroup: this.logGroup,
      deadLetterQueue: props.deadLetterQueue,
      environment: { NODE_OPTIONS: '--enable-source-maps', POWERTOOLS_SERVICE_NAME: 'postkamer', ...props.environment },
      bundling: {
        forceDockerBundling: false,
        format: OutputFormat.ESM,
        target: 'node22',
        mainFields: ['module', 'main'],
        // The AWS SDK is bundled too: the versions tested are the versions deployed. Native modules
        // cannot be bundled: they are loaded from the node_modules shipped beside the bundle.
        // pdfjs too for page images: its fake worker loads pdf.worker.mjs from beside pdf.mjs.
        externalModules: pageImages ? ['sharp', '@napi-rs/canvas', 'pdfjs-dist'] : [],
        minify: true,
        // Error class names are what the logs say about a failure (`errorFields`): keep them readable.
        keepNames: true,
        sourceMap: true,
        sourcesContent: false,
        // CommonJS dependencies bundled into an ES module still call require() for built-ins.
        banner: "import { createRequire as __postkamerRequire } from 'node:module'; const require = __postkamerRequire(import.meta.url);",
        ...(pdfjs || props.fonts || props.webAssets
          ? {
              commandHooks: {
                beforeBundling: (inputDir: string) =>
                  pageImages
                    ? requirePackages(
                        [...PAGE_IMAGE_PACKAGES.map(([pkg]) => pkg), ...PAGE_IMAGE_BUILDS],
                        `${this.node.path} ships the Linux x64 builds of sharp and @napi-rs/canvas from node_modules: synthesize on Linux x64 (CI), or add them with npm install --no-save --os=linux --cpu=x64 --libc=glibc sharp @napi-rs/canvas`,
                      )(inputDir)
                    : [],
                beforeInstall: () => [],
                afterBundling: (inputDir: string, outputDir: string) => [
                  ...(pdfjs
                    ? copyPackageFiles('pdfjs-dist', [...PDFJS_FILES, ...(pageImages ? PDFJS_DRAWING_FILES : [])])(inputDir, outputDir)
                    : []),
                  ...(props.fonts ? copyPackageFiles('dejavu-fonts-ttf', FONT_FILES)(inputDir, outputDir) : []),
                  ...(props.webAssets
                    ? [`mkdir -p "${outputDir}/static"`, `cp "${inputDir}/local/web/static/"* "${outputDir}/static/"`]
                    : []),
                  ...(pageImages
                    ? [...PAGE_IMAGE_PACKAGES, ...PAGE_IMAGE_BUILDS.map((pkg): [string, string[]] => [pkg, ['.']])].flatMap(
                        ([pkg, files]) => copyPackageFiles(pkg, files)(inputDir, outputDir),
                      )
                    : []),
                ],
              },
            }
          : {}),
      },
    });
    acknowledge(
      this.role,
      'kms:GenerateDataKey* and kms:ReEncrypt* are what CDK grants for sending to KMS-encrypted queues and topics (grantSendMessages, grantPublish), always on the ARN of one of this app\'s keys, never on "*".',
      'AwsSolutions-IAM5[Action::kms:GenerateDataKey*]',
      'AwsSolutions-IAM5[Action::kms:ReEncrypt*]',
    );
    acknowledge(
      this.role,
      'Active tracing sends segments with xray:PutTraceSegments and xray:PutTelemetryRecords, which X-Ray does not scope to resources: the documented resource is "*".',
      'AwsSolutions-IAM5[Resource::*]',
    );
    acknowledge(
      this.function,
      'Node.js 22 is the runtime postkamer targets and tests (DESIGN.md); the move to a newer Lambda runtime is a deliberate change with its own test run.',
      'AwsSolutions-L1',
    );
  }

  /**
   * Runs the function on a queue: partial batch failures reported, the queue's own DLQ behind it,
   * and the queue's visibility timeout checked against the function timeout (at least 6×).
   */
  consume(source: QueueWithDlq, options: ConsumeOptions): void {
    const needed = this.timeout.toSeconds() * 6;
    if (source.visibilityTimeout.toSeconds() < needed)
      throw new Error(
        `${source.node.path}: visibility timeout ${source.visibilityTimeout.toSeconds()} s is less than 6× the timeout of ${this.node.path} (${needed} s)`,
      );
    if (
      options.maxConcurrency !== undefined &&
      (!Number.isInteger(options.maxConcurrency) || options.maxConcurrency < 2 || options.maxConcurrency > 1000)
    )
      throw new Error(`${this.node.path}: maxConcurrency must be a whole number from 2 to 1000, got ${options.maxConcurrency}`);
    this.function.addEventSource(
      new SqsEventSource(source.queue, {
        batchSize: options.batchSize,
        reportBatchItemFailures: true,
        maxConcurrency: options.maxConcurrency,
      }),
    );
    this.function.addEnvironment('MAX_RECEIVE_COUNT', String(source.maxReceiveCount));
  }
}
