import type { Logger } from '../../ports.ts';

/**
 * One JSON line per event on stderr. Callers pass ids, steps, counts and durations only; the
 * fields are written as given, so never pass personal data or document text.
 */
export function createJsonLogger(service: string, write: (line: string) => void = (l) => process.stderr.write(`${l}\n`)): Logger {
  const log =
    (level: string) =>
    (message: string, fields: Record<string, unknown> = {}) =>
      write(JSON.stringify({ time: new Date().toISOString(), level, service, message, ...fields }));
  return { info: log('info'), warn: log('warn'), error: log('error') };
}

export const silentLogger: Logger = { info() {}, warn() {}, error() {} };
