import type { Template } from '../template.ts';
import { bankStatementTemplates } from './bank-statement.ts';
import { changeFormTemplates } from './change-form.ts';
import { payslipTemplates } from './payslip.ts';

/** Every template, all types. */
export const ALL_TEMPLATES: Template[] = [...payslipTemplates, ...bankStatementTemplates, ...changeFormTemplates];
