/**
 * What a cost run counts: every SDK call by service and command (a middleware on each client, at
 * the `initialize` step), DynamoDB capacity as the server reports it (`ReturnConsumedCapacity:
 * 'TOTAL'` added to each call), and each Lambda invocation's wall and CPU time. Calls are
 * attributed to the function running when they were made (the run invokes one handler at a time);
 * calls outside a handler belong to `event source` (Lambda's SQS polling) or `upload` (scanners).
 */
import { performance } from 'node:perf_hooks';

interface MeteredClient {
  middlewareStack: { add: (...args: never[]) => void };
}

export interface Invocation {
  fn: string;
  wallMs: number;
  cpuMs: number;
}

export class Meter {
  /** `service command` → count. */
  readonly calls = new Map<string, number>();
  readonly readUnits = { value: 0 };
  readonly writeUnits = { value: 0 };
  readonly invocations: Invocation[] = [];
  /** Bytes the handlers wrote to stdout/stderr: CloudWatch Logs ingestion on Lambda. */
  logBytes = 0;
  /** Who the calls made now are attributed to. */
  caller = 'event source';

  /** `caller service command` → count: the breakdown by function. */
  readonly byCaller = new Map<string, number>();

  count(service: string, command: string, n = 1) {
    const key = `${service} ${command}`;
    this.calls.set(key, (this.calls.get(key) ?? 0) + n);
    const by = `${this.caller}|${key}`;
    this.byCaller.set(by, (this.byCaller.get(by) ?? 0) + n);
  }

  total(service: string, commands?: string[]): number {
    let sum = 0;
    for (const [key, n] of this.calls) {
      const [s, c] = key.split(' ') as [string, string];
      if (s === service && (!commands || commands.includes(c))) sum += n;
    }
    return sum;
  }

  /** Counts the client's calls under `service`; for DynamoDB, asks for and adds up the capacity used. */
  watch(service: string, client: MeteredClient) {
    const add = client.middlewareStack.add as (middleware: unknown, options: unknown) => void;
    add.call(
      client.middlewareStack,
      (
        next: (args: { input: Record<string, unknown> }) => Promise<{ output: Record<string, unknown> }>,
        context: { commandName: string },
      ) =>
        async (args: { input: Record<string, unknown> }) => {
          const command = context.commandName.replace(/Command$/, '');
          if (service === 'dynamo') args.input.ReturnConsumedCapacity = 'TOTAL';
          const result = await next(args);
          // An empty poll is Lambda's event source waiting for work: a fixed cost, not a document's.
          const empty = command === 'ReceiveMessage' && !(result.output.Messages as unknown[] | undefined)?.length;
          this.count(service, empty ? 'ReceiveMessage(empty)' : command);
          if (service === 'dynamo') this.addCapacity(command, result.output.ConsumedCapacity);
          return result;
        },
      { step: 'initialize', name: `cost-meter-${service}` },
    );
  }

  private addCapacity(command: string, consumed: unknown) {
    const list = (Array.isArray(consumed) ? consumed : consumed ? [consumed] : []) as { CapacityUnits?: number }[];
    const units = list.reduce((sum, c) => sum + (c.CapacityUnits ?? 0), 0);
    const writes = /^(Put|Update|Delete|BatchWrite|TransactWrite)/.test(command);
    (writes ? this.writeUnits : this.readUnits).value += units;
  }

  /** Runs one invocation of `fn`, timing it and attributing its calls and log output to it. */
  async invoke<T>(fn: string, run: () => Promise<T>): Promise<T> {
    const before = this.caller;
    this.caller = fn;
    const restore = this.captureLogs();
    const cpu = process.cpuUsage();
    const start = performance.now();
    try {
      return await run();
    } finally {
      const used = process.cpuUsage(cpu);
      this.invocations.push({ fn, wallMs: performance.now() - start, cpuMs: (used.user + used.system) / 1000 });
      restore();
      this.caller = before;
    }
  }

  private captureLogs(): () => void {
    const out = process.stdout.write;
    const err = process.stderr.write;
    const swallow = ((chunk: string | Uint8Array) => {
      this.logBytes += typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.byteLength;
      return true;
    }) as typeof process.stdout.write;
    process.stdout.write = swallow;
    process.stderr.write = swallow;
    return () => {
      process.stdout.write = out;
      process.stderr.write = err;
    };
  }
}
