/**
 * Document types and their default routes. The ids are a stable contract (DESIGN.md): scripts,
 * evaluations and the directory's `routing` section depend on them.
 */
export const DOCUMENT_TYPE_IDS = [
  'payslip',
  'bank_statement',
  'change_form',
  'benefit_application',
  'objection',
  'complaint',
  'court_document',
  'uwv_decision',
  'tax_document',
  'rental_agreement',
  'holiday_notice',
  'medical_statement',
  'job_application_proof',
  'employment_contract',
  'identity_document',
  'debt_notice',
  'other',
] as const;

export type DocumentTypeId = (typeof DOCUMENT_TYPE_IDS)[number];

export type Discipline = 'inkomen' | 'werk';

/**
 * Where a type goes: a client's consultant for a discipline, or a team queue. `clientUnknown`
 * says what happens when no client is found: "team" (the discipline's or the route's team queue
 * takes it with "client unknown") or "triage"; without it, the type's default.
 */
export type ClientUnknownRoute = 'team' | 'triage';
export type RouteTarget =
  | { discipline: Discipline; copyTo?: Discipline; clientUnknown?: ClientUnknownRoute }
  | { team: string; clientUnknown?: ClientUnknownRoute };

export interface DocumentTypeInfo {
  id: DocumentTypeId;
  nl: string;
  en: string;
  defaultRoute: RouteTarget;
  /** Only the assignee may open it; receipts name it generically. */
  restricted: boolean;
  /**
   * Handled by a team that also deals with people not (yet) in the directory, or whose type alone
   * says where it belongs (a debt letter goes to schuldhulp): the default of `clientUnknown`.
   */
  acceptsUnknownClient: boolean;
  /** Statutory written acknowledgement (Awb 6:14 objection, 9:6 complaint). */
  formalReceipt?: 'objection' | 'complaint';
  /** Statutory decision period in weeks, shown as a legal clock. */
  decisionWeeks?: number;
}

const t = (info: Omit<DocumentTypeInfo, 'restricted' | 'acceptsUnknownClient'> & Partial<DocumentTypeInfo>): DocumentTypeInfo => ({
  restricted: false,
  acceptsUnknownClient: false,
  ...info,
});

export const DOCUMENT_TYPES: Record<DocumentTypeId, DocumentTypeInfo> = {
  payslip: t({ id: 'payslip', nl: 'loonstrook', en: 'payslip', defaultRoute: { discipline: 'inkomen' } }),
  bank_statement: t({ id: 'bank_statement', nl: 'bankafschrift', en: 'bank statement', defaultRoute: { discipline: 'inkomen' } }),
  change_form: t({ id: 'change_form', nl: 'wijzigingsformulier', en: 'change form', defaultRoute: { discipline: 'inkomen' } }),
  benefit_application: t({
    id: 'benefit_application',
    nl: 'aanvraag bijstand',
    en: 'benefit application',
    defaultRoute: { team: 'intake' },
    acceptsUnknownClient: true,
    decisionWeeks: 8,
  }),
  objection: t({
    id: 'objection',
    nl: 'bezwaarschrift',
    en: 'objection',
    defaultRoute: { team: 'bezwaar' },
    acceptsUnknownClient: true,
    formalReceipt: 'objection',
    decisionWeeks: 6,
  }),
  complaint: t({
    id: 'complaint',
    nl: 'klacht',
    en: 'complaint',
    defaultRoute: { team: 'klachten' },
    acceptsUnknownClient: true,
    formalReceipt: 'complaint',
    decisionWeeks: 6,
  }),
  court_document: t({
    id: 'court_document',
    nl: 'beroepschrift of uitspraak rechtbank',
    en: 'court document',
    defaultRoute: { team: 'bezwaar' },
    acceptsUnknownClient: true,
  }),
  uwv_decision: t({ id: 'uwv_decision', nl: 'beslissing UWV', en: 'UWV decision', defaultRoute: { discipline: 'inkomen' } }),
  tax_document: t({ id: 'tax_document', nl: 'brief van de Belastingdienst', en: 'tax document', defaultRoute: { discipline: 'inkomen' } }),
  rental_agreement: t({ id: 'rental_agreement', nl: 'huurcontract', en: 'rental agreement', defaultRoute: { discipline: 'inkomen' } }),
  holiday_notice: t({ id: 'holiday_notice', nl: 'vakantiemelding', en: 'holiday notice', defaultRoute: { discipline: 'inkomen' } }),
  medical_statement: t({
    id: 'medical_statement',
    nl: 'medische verklaring',
    en: 'medical statement',
    defaultRoute: { discipline: 'werk' },
    restricted: true,
  }),
  job_application_proof: t({
    id: 'job_application_proof',
    nl: 'sollicitatiebewijs',
    en: 'proof of job application',
    defaultRoute: { discipline: 'werk' },
  }),
  employment_contract: t({
    id: 'employment_contract',
    nl: 'arbeidsovereenkomst',
    en: 'employment contract',
    defaultRoute: { discipline: 'inkomen', copyTo: 'werk' },
  }),
  identity_document: t({
    id: 'identity_document',
    nl: 'kopie identiteitsbewijs',
    en: 'copy of identity document',
    defaultRoute: { discipline: 'inkomen' },
  }),
  debt_notice: t({
    id: 'debt_notice',
    nl: 'aanmaning of schuldbrief',
    en: 'debt notice',
    defaultRoute: { team: 'schuldhulp' },
    acceptsUnknownClient: true,
  }),
  other: t({ id: 'other', nl: 'overig document', en: 'other document', defaultRoute: { team: 'triage' } }),
};

export function isDocumentTypeId(value: string): value is DocumentTypeId {
  return (DOCUMENT_TYPE_IDS as readonly string[]).includes(value);
}
