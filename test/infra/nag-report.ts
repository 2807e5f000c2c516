import { AwsSolutionsChecks } from 'cdk-nag';
import { buildApp } from '../../infra/app.ts';
import { testApp } from './synth.ts';

const { app } = buildApp(testApp());
const report = new AwsSolutionsChecks().validateScope(app);
for (const v of report.violations) for (const r of v.violatingResources) console.log(v.ruleName, JSON.stringify(r));
console.log('success', report.success);
