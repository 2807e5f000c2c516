import type { Template } from '../template.ts';
import { arabicVoicesTemplates } from './arabic-voices.ts';
import { bankStatementTemplates } from './bank-statement.ts';
import { changeFormTemplates } from './change-form.ts';
import { debtTemplates } from './debt.ts';
import { dutchVoicesTemplates } from './dutch-voices.ts';
import { extraTemplates } from './extra.ts';
import { foreignVoicesATemplates } from './foreign-voices-a.ts';
import { foreignVoicesBTemplates } from './foreign-voices-b.ts';
import { taxTemplates, uwvTemplates } from './government.ts';
import { medicalTemplates, rentalTemplates } from './housing-medical.ts';
import { identityTemplates } from './identity.ts';
import { otherLanguageTemplates } from './languages.ts';
import { complaintTemplates, courtTemplates, objectionTemplates } from './legal.ts';
import { moneyLinesTemplates } from './money-lines.ts';
import { moreVoicesATemplates } from './more-voices-a.ts';
import { moreVoicesBTemplates } from './more-voices-b.ts';
import { applicationTemplates, holidayTemplates } from './municipal.ts';
import { otherTemplates } from './other.ts';
import { otherPostTemplates } from './other-post.ts';
import { paperLinesTemplates } from './paper-lines.ts';
import { payslipTemplates } from './payslip.ts';
import { requestLinesTemplates } from './request-lines.ts';
import { turkishVoicesTemplates } from './turkish-voices.ts';
import { contractTemplates, jobApplicationTemplates } from './work.ts';

/** Every template, all types. */
export const ALL_TEMPLATES: Template[] = [
  ...payslipTemplates,
  ...bankStatementTemplates,
  ...changeFormTemplates,
  ...applicationTemplates,
  ...objectionTemplates,
  ...complaintTemplates,
  ...courtTemplates,
  ...uwvTemplates,
  ...taxTemplates,
  ...rentalTemplates,
  ...holidayTemplates,
  ...medicalTemplates,
  ...jobApplicationTemplates,
  ...contractTemplates,
  ...identityTemplates,
  ...debtTemplates,
  ...otherTemplates,
  ...extraTemplates,
  ...otherLanguageTemplates,
  ...moreVoicesATemplates,
  ...moreVoicesBTemplates,
  ...foreignVoicesATemplates,
  ...foreignVoicesBTemplates,
  ...dutchVoicesTemplates,
  ...arabicVoicesTemplates,
  ...turkishVoicesTemplates,
  ...otherPostTemplates,
  ...moneyLinesTemplates,
  ...requestLinesTemplates,
  ...paperLinesTemplates,
];
