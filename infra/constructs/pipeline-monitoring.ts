import { Duration } from 'aws-cdk-lib';
import {
  Alarm,
  ComparisonOperator,
  Dashboard,
  GraphWidget,
  type IMetric,
  Metric,
  SingleValueWidget,
  TextWidget,
  TreatMissingData,
} from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { STEPS } from '../../shared/domain/pipeline.ts';
import type { PipelineFunction } from './pipeline-function.ts';
import type { QueueWithDlq } from './queue-with-dlq.ts';

export interface PipelineMonitoringProps {
  /** Where every alarm goes. */
  readonly alarmTopic: ITopic;
  /**
   * @default 'postkamer'
   */
  readonly dashboardName?: string;
}

/**
 * Alarms and one dashboard for the pipeline: per queue the age of its oldest message and the depth
 * of its dead-letter queue, per function errors and throttles, plus business metrics (the sweep's
 * unrouted count). Every alarm notifies the operations topic when it goes off and again when it
 * clears (OK action), so operations see that a problem ended without opening the console.
 */
export class PipelineMonitoring extends Construct {
  readonly dashboard: Dashboard;
  readonly alarms: Alarm[] = [];
  private readonly action: SnsAction;
  private readonly queueWidgets: GraphWidget[] = [];
  private readonly functionWidgets: GraphWidget[] = [];
  private readonly valueWidgets: SingleValueWidget[] = [];

  constructor(scope: Construct, id: string, props: PipelineMonitoringProps) {
    super(scope, id);
    this.action = new SnsAction(props.alarmTopic);
    this.dashboard = new Dashboard(this, 'Dashboard', { dashboardName: props.dashboardName ?? 'postkamer' });
  }

  /** Oldest-message age on the queue, depth of its dead-letter queue. */
  watchQueue(name: string, q: QueueWithDlq): void {
    const age = q.queue.metricApproximateAgeOfOldestMessage({ period: Duration.minutes(5), statistic: 'Maximum' });
    this.alarm(
      `${name}OldestMessage`,
      age,
      q.maxMessageAge.toSeconds(),
      `A message has waited on the ${name} queue longer than ${q.maxMessageAge.toHumanString()}`,
    );
    this.watchDeadLetterQueue(name, q.deadLetterQueue);
    this.queueWidgets.push(
      new GraphWidget({
        title: `${name} queue`,
        left: [q.queue.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5), statistic: 'Maximum', label: 'waiting' })],
        right: [age.with({ label: 'oldest (s)' })],
        width: 8,
      }),
    );
  }

  /** Any message in a dead-letter queue is work that failed for good. */
  watchDeadLetterQueue(name: string, dlq: IQueue): void {
    const depth = dlq.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5), statistic: 'Maximum' });
    this.alarm(
      `${name}DeadLetters`,
      depth,
      1,
      `Messages in the ${name} dead-letter queue: work that failed for good. ${redriveAdvice(name)}`,
    );
    this.valueWidgets.push(new SingleValueWidget({ title: `${name} dead letters`, metrics: [depth], width: 4 }));
  }

  /** Errors and throttles of a function. */
  watchFunction(name: string, fn: PipelineFunction): void {
    const errors = fn.function.metricErrors({ period: Duration.minutes(5), statistic: 'Sum' });
    const throttles = fn.function.metricThrottles({ period: Duration.minutes(5), statistic: 'Sum' });
    this.alarm(`${name}Errors`, errors, 1, `The ${name} function failed (whole invocations, not single records)`);
    this.alarm(`${name}Throttles`, throttles, 1, `The ${name} function was throttled`);
    this.functionWidgets.push(
      new GraphWidget({
        title: `${name} function`,
        left: [fn.function.metricInvocations({ period: Duration.minutes(5) }), errors, throttles],
        right: [fn.function.metricDuration({ period: Duration.minutes(5), statistic: 'p95' })],
        width: 8,
      }),
    );
  }

  /** An alarm on any metric at or above a threshold, e.g. the unrouted count. */
  watchMetric(
    name: string,
    metric: IMetric,
    threshold: number,
    description: string,
    treatMissingData = TreatMissingData.NOT_BREACHING,
  ): Alarm {
    const alarm = this.alarm(name, metric, threshold, description, treatMissingData);
    this.valueWidgets.push(new SingleValueWidget({ title: name, metrics: [metric], width: 4 }));
    return alarm;
  }

  /** A scheduled function that stopped running (no invocation within `within`) is an alarm too. */
  watchHeartbeat(name: string, fn: PipelineFunction, within: Duration): Alarm {
    const invocations = fn.function.metricInvocations({ period: within, statistic: 'Sum' });
    const alarm = new Alarm(this, `${name}NotRunning`, {
      metric: invocations,
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: ComparisonOperator.LESS_THAN_THRESHOLD,
      treatMissingData: TreatMissingData.BREACHING,
      alarmDescription: `The ${name} function has not run for ${within.toHumanString()}: nothing is alerting on unrouted documents`,
    });
    alarm.addAlarmAction(this.action);
    alarm.addOkAction(this.action);
    this.alarms.push(alarm);
    return alarm;
  }

  /** Lays out the dashboard once everything is watched. */
  render(): void {
    this.dashboard.addWidgets(
      new TextWidget({ markdown: '# postkamer\nQueues, functions, dead letters and unrouted documents.', width: 24, height: 2 }),
    );
    this.dashboard.addWidgets(...this.valueWidgets);
    this.dashboard.addWidgets(...this.queueWidgets);
    this.dashboard.addWidgets(...this.functionWidgets);
  }

  private alarm(
    id: string,
    metric: IMetric,
    threshold: number,
    description: string,
    treatMissingData = TreatMissingData.NOT_BREACHING,
  ): Alarm {
    const alarm = new Alarm(this, id, {
      metric,
      threshold,
      evaluationPeriods: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData,
      alarmDescription: description,
    });
    alarm.addAlarmAction(this.action);
    alarm.addOkAction(this.action);
    this.alarms.push(alarm);
    return alarm;
  }
}

/** A metric the sweep emits in Embedded Metric Format. */
export function sweepMetric(name: string, namespace: string, dimensions: Record<string, string>): Metric {
  return new Metric({ namespace, metricName: name, dimensionsMap: dimensions, period: Duration.minutes(5), statistic: 'Maximum' });
}

/**
 * What operations do about a queue's dead letters. A step's document was marked failed, so the
 * SQS console's redrive alone would change nothing (the step skips a failed document): the redrive
 * command resets it first. The other queues' consumers take a message again as it is.
 */
export function redriveAdvice(queueName: string): string {
  const step = STEPS.find((s) => s === queueName.toLowerCase());
  if (step) return `After fixing the cause: postkamer aws redrive --queue ${step} (infra/README.md, "Redrive dead letters").`;
  // A Textract completion that dead-lettered marked its document failed in extract: start that step again.
  if (queueName === 'TextractComplete')
    return 'After fixing the cause: postkamer aws redrive --queue extract --document <id> for each document the dead-letter alerts name, then purge this queue.';
  return 'After fixing the cause, redrive them from the SQS console (Start DLQ redrive).';
}
