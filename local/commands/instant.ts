import { InvalidArgumentError } from 'commander';

/** An `--at <ISO time>` option: a usage error (exit 2) when it is not a date and time. */
export function parseInstant(value: string): Date {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw new InvalidArgumentError(`not an ISO date/time: "${value}"`);
  return date;
}
