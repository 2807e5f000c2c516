/**
 * CloudWatch Embedded Metric Format: one JSON log line that CloudWatch turns into metrics, with no
 * API call and no extra permission. Written straight to stdout (not through the runtime's patched
 * console), so the line reaches the log stream unwrapped.
 */
export const METRICS_NAMESPACE = 'Postkamer';
/** `Service` names the stage's deployment (METRICS_SERVICE, set by the CDK app to `postkamer-<stage>`), so stages in one account keep their metrics apart. */
export const METRICS_DIMENSIONS = { Service: process.env.METRICS_SERVICE || 'postkamer' } as const;

/** Metric names the sweep emits and the alarms watch. */
export const METRICS = {
  /** Documents unrouted (triage, failed) beyond UNROUTED_ALERT_AFTER business time: open `unrouted` alerts. */
  unroutedOverdue: 'UnroutedOverdue',
  openAlerts: 'OpenAlerts',
  alertsRaised: 'AlertsRaised',
  alertsResolved: 'AlertsResolved',
} as const;

/** The metric log line; stamped like every log line, with the machine's time (CloudWatch files it by it). */
export function emfLine(metrics: Record<string, number>, timestamp = Date.now()): string {
  return JSON.stringify({
    _aws: {
      Timestamp: timestamp,
      CloudWatchMetrics: [
        {
          Namespace: METRICS_NAMESPACE,
          Dimensions: [Object.keys(METRICS_DIMENSIONS)],
          Metrics: Object.keys(metrics).map((Name) => ({ Name, Unit: 'Count' })),
        },
      ],
    },
    ...METRICS_DIMENSIONS,
    ...metrics,
  });
}

export function emitMetrics(metrics: Record<string, number>, write: (line: string) => void = (l) => process.stdout.write(`${l}\n`)): void {
  write(emfLine(metrics));
}
