import type { Doc } from './render.ts';

export type DocType =
  | 'payslip'
  | 'bank_statement'
  | 'change_form'
  | 'benefit_application'
  | 'objection'
  | 'complaint'
  | 'court_document'
  | 'uwv_decision'
  | 'tax_document'
  | 'rental_agreement'
  | 'holiday_notice'
  | 'medical_statement'
  | 'job_application_proof'
  | 'employment_contract'
  | 'identity_document'
  | 'debt_notice'
  | 'other';

export interface Spec {
  /** Short slug, unique; the file is NNN-<id>.<ext>. */
  id: string;
  type: DocType;
  /** The directory client the document belongs to, when a careful reader can tell; else null. */
  client: string | null;
  expected: 'route' | 'triage';
  reason?: 'conflict' | 'no-client' | 'unclear-type' | 'type-other';
  candidates?: string[];
  language: 'nl' | 'en' | 'tr' | 'ar' | 'pl' | 'uk';
  render: 'scan' | 'photo' | 'digital';
  label: string;
  /** Date on the document (born-digital PDFs get it as their creation date). */
  date: string;
  producer?: string;
  title?: string;
  png?: boolean;
  heavy?: boolean;
  build: () => Doc;
}
