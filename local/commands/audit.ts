import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { type AuditCheckpoint, type AuditReport, checkChain, makeCheckpoint, verifyAudit } from '../../functions/audit/verify-audit.ts';
import { type OriginalCheck, verifyOriginal } from '../../functions/audit/verify-original.ts';
import { SqliteAuditTrail } from '../../shared/adapters/local/sqlite-audit-trail.ts';
import { loadConfig } from '../../shared/config.ts';
import { shortFingerprint } from '../../shared/domain/receipt-text.ts';
import { dataPaths, openRuntime, type Runtime } from '../runtime.ts';

/**
 * `postkamer audit verify|show|checkpoint` and `postkamer verify-original`: prove what was received
 * and that its history was not changed afterwards. Exit code 1 when something does not verify.
 */
interface DataOptions {
  dataDir?: string;
  json?: boolean;
}

export function registerAudit(program: Command) {
  const audit = program.command('audit').description('verify and show the hash-chained audit history of documents');

  audit
    .command('verify')
    .description('recompute every document’s hash chain; list each broken one (exit code 1 when any is)')
    .option('--data-dir <path>', 'data directory')
    .option('--checkpoint <file>', 'also check against a checkpoint made earlier (`audit checkpoint`)')
    .option('--json', 'one JSON object on stdout')
    .action(async (opts: DataOptions & { checkpoint?: string }) => {
      const checkpoint = opts.checkpoint ? await readCheckpoint(opts.checkpoint) : undefined;
      await withRuntime(opts, async (rt) => {
        const report = await verifyAudit(new SqliteAuditTrail(rt.db), checkpoint);
        process.stdout.write(opts.json ? `${JSON.stringify(report)}\n` : humanReport(report));
        if (report.broken.length > 0) process.exitCode = 1;
      });
    });

  audit
    .command('show')
    .description('print a document’s history, event by event, with its chain check')
    .argument('<documentId>', 'document id')
    .option('--data-dir <path>', 'data directory')
    .option('--json', 'one JSON object on stdout')
    .action(async (documentId: string, opts: DataOptions) => {
      await withRuntime(opts, async (rt) => {
        const trail = new SqliteAuditTrail(rt.db);
        const events = await trail.listEvents(documentId);
        const head = await trail.recordedHead(documentId);
        if (events.length === 0 && head === undefined) {
          process.stderr.write(`postkamer: no document with id ${documentId}\n`);
          process.exitCode = 1;
          return;
        }
        const problems = checkChain(events, head);
        if (opts.json) process.stdout.write(`${JSON.stringify({ documentId, intact: problems.length === 0, problems, events })}\n`);
        else {
          for (const e of events)
            process.stdout.write(
              `${String(e.seq).padStart(3)}  ${e.at}  ${e.type.padEnd(16)} ${e.actor.padEnd(14)} ${e.hash.slice(0, 12)}  ${JSON.stringify(e.data)}\n`,
            );
          process.stdout.write(
            problems.length === 0
              ? `chain intact (${events.length} events)\n`
              : problems.map((p) => `BROKEN ${p.kind}: ${p.detail}\n`).join(''),
          );
        }
        if (problems.length > 0) process.exitCode = 1;
      });
    });

  audit
    .command('checkpoint')
    .description('write the head of every chain to a file (keep it outside the data dir) for `audit verify --checkpoint`')
    .option('--data-dir <path>', 'data directory')
    .option('--out <file>', 'where to write it (default: stdout)')
    .action(async (opts: DataOptions & { out?: string }) => {
      await withRuntime(opts, async (rt) => {
        const checkpoint = await makeCheckpoint(new SqliteAuditTrail(rt.db), rt.clock.now());
        const text = `${JSON.stringify(checkpoint)}\n`;
        if (opts.out) {
          await writeFile(opts.out, text, { flag: 'wx' });
          process.stderr.write(`checkpoint of ${Object.keys(checkpoint.heads).length} document(s), root ${checkpoint.root}\n`);
        } else process.stdout.write(text);
      });
    });

  program
    .command('verify-original')
    .description(
      'check a file against a receipt: its SHA-256 against the recorded fingerprint, and the stored original (exit code 1 when not)',
    )
    .argument('<receiptNumber>', 'the receipt number, e.g. PK-7K3M-9QX2T')
    .argument('<file>', 'the file to check')
    .option('--data-dir <path>', 'data directory')
    .option('--json', 'one JSON object on stdout')
    .action(async (receiptNumber: string, file: string, opts: DataOptions) => {
      const bytes = await readFile(file).catch((error: NodeJS.ErrnoException) => {
        throw new Error(`cannot read ${file} (${error.code ?? 'error'})`);
      });
      await withRuntime(opts, async (rt) => {
        const check = await verifyOriginal(rt, receiptNumber, bytes);
        process.stdout.write(opts.json ? `${JSON.stringify(check)}\n` : humanCheck(check));
        if (!check.ok) process.exitCode = 1;
      });
    });
}

/** Opens an existing data dir (never creates an empty one to "verify"). */
async function withRuntime(opts: DataOptions, run: (rt: Runtime) => Promise<void>) {
  const dataDir = resolve(opts.dataDir ?? loadConfig().POSTKAMER_DATA_DIR);
  if (!existsSync(dataPaths(dataDir).database)) throw new Error(`no postkamer database in ${dataDir}`);
  const rt = await openRuntime({ dataDir, defaultLogLevel: 'warn' });
  try {
    await run(rt);
  } finally {
    await rt.close();
  }
}

async function readCheckpoint(file: string): Promise<AuditCheckpoint> {
  const parsed = JSON.parse(await readFile(file, 'utf8')) as Partial<AuditCheckpoint>;
  if (typeof parsed.heads !== 'object' || parsed.heads === null || typeof parsed.root !== 'string')
    throw new Error(`${file} is not an audit checkpoint`);
  return parsed as AuditCheckpoint;
}

function humanReport(r: AuditReport): string {
  const lines = [`${r.documents} document(s), ${r.events} event(s) checked; root ${r.root}`];
  if (r.checkpointDocuments !== undefined) lines.push(`compared with a checkpoint of ${r.checkpointDocuments} document(s)`);
  for (const d of r.broken) for (const p of d.problems) lines.push(`BROKEN ${d.documentId}  ${p.kind.padEnd(9)} ${p.detail}`);
  lines.push(r.broken.length === 0 ? 'every chain is intact' : `${r.broken.length} document(s) with a broken history`);
  return `${lines.join('\n')}\n`;
}

function humanCheck(c: OriginalCheck): string {
  if (!c.found) return `NOT FOUND  no document with receipt number ${c.receiptNumber}\n`;
  const lines = [
    `${c.ok ? 'OK' : 'MISMATCH'}  receipt ${c.receiptNumber}, document ${c.documentId}, received ${c.receivedAt}`,
    `  file:        ${shortFingerprint(c.fileSha256)}  ${c.fileMatches ? 'matches the receipt' : 'does NOT match the receipt'}`,
    `  receipt:     ${shortFingerprint(c.fingerprint ?? '')}`,
    `  stored copy: ${c.storedOriginal === 'deleted' ? `deleted by retention on ${c.deletedAt} (rule ${c.deletedBy})` : c.storedOriginal}`,
  ];
  return `${lines.join('\n')}\n`;
}
