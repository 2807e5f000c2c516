import { Command } from 'commander';
import { registerAlerts } from './commands/alerts.ts';
import { registerAudit } from './commands/audit.ts';
import { registerAws } from './commands/aws-redrive.ts';
import { registerBackup } from './commands/backup.ts';
import { registerCoverSheet } from './commands/cover-sheet.ts';
import { registerDirectory } from './commands/directory.ts';
import { registerKeys } from './commands/keys.ts';
import { registerLetters } from './commands/letters.ts';
import { registerProcess } from './commands/process.ts';
import { registerRetention } from './commands/retention.ts';
import { registerServe } from './commands/serve.ts';
import { registerSweep } from './commands/sweep.ts';
import { registerWorkItems } from './commands/work-items.ts';
import { registerWorker } from './commands/worker.ts';

/** The `postkamer` command line. Usage errors exit non-zero; a bad input file never does. */
export function buildProgram(): Command {
  const program = new Command('postkamer').description('digital mailroom for Werk & Inkomen').showHelpAfterError();
  registerProcess(program);
  registerServe(program);
  registerSweep(program);
  registerAlerts(program);
  registerWorkItems(program);
  registerWorker(program);
  registerAudit(program);
  registerBackup(program);
  registerKeys(program);
  registerCoverSheet(program);
  registerAws(program);
  registerRetention(program);
  registerDirectory(program);
  registerLetters(program);
  return program;
}

// `postkamer process … | head` closes the pipe early: that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

try {
  await buildProgram().parseAsync(process.argv);
} catch (error) {
  process.stderr.write(`postkamer: ${(error as Error).message}\n`);
  process.exitCode = 2;
}
