import type { Logger } from '../../ports.ts';

export type LogLevel = 'info' | 'warn' | 'error' | 'silent';
const RANK: Record<LogLevel, number> = { info: 0, warn: 1, error: 2, silent: 3 };

/**
 * One JSON line per event on stderr, at or above `level`. Callers pass ids, steps, counts and
 * durations only; fields are written as given, so never pass personal data or document text.
 */
export function createJsonLogger(
  service: string,
  level: LogLevel = 'info',
  write: (line: string) => void = (l) => process.stderr.write(`${l}\n`),
): Logger {
  const log =
    (at: Exclude<LogLevel, 'silent'>) =>
    (message: string, fields: Record<string, unknown> = {}) => {
      if (RANK[at] >= RANK[level]) write(JSON.stringify({ time: new Date().toISOString(), level: at, service, message, ...fields }));
    };
  return { info: log('info'), warn: log('warn'), error: log('error') };
}

export const silentLogger: Logger = { info() {}, warn() {}, error() {} };
