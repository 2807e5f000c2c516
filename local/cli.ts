import { Command } from 'commander';
import { registerProcess } from './commands/process.ts';
import { registerServe } from './commands/serve.ts';

/** The `postkamer` command line. Usage errors exit non-zero; a bad input file never does. */
export function buildProgram(): Command {
  const program = new Command('postkamer').description('digital mailroom for Werk & Inkomen').showHelpAfterError();
  registerProcess(program);
  registerServe(program);
  return program;
}

try {
  await buildProgram().parseAsync(process.argv);
} catch (error) {
  process.stderr.write(`postkamer: ${(error as Error).message}\n`);
  process.exitCode = 2;
}
