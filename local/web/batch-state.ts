import type { Directory } from '../../shared/domain/directory.ts';
import type { DocumentRecord } from '../../shared/domain/document.ts';
import { IN_PROCESS } from '../../shared/domain/pipeline.ts';
import { rejectionText } from '../../shared/domain/reason.ts';
import { duplicateNotice, receiptLanguage } from '../../shared/domain/receipt-text.ts';
import type { Lang } from './i18n.ts';
import type { UploadItem } from './upload-store.ts';

/**
 * Where every file of an upload batch stands, in words the desk and the mailroom understand. Only
 * delivery facts: no document content, no client names, a generic word for restricted types.
 */
export type FileState = 'received' | 'extracted' | 'separated' | 'split' | 'routed' | 'triage' | 'rejected' | 'duplicate' | 'failed';

export interface BatchFile {
  seq: number;
  filename: string;
  documentId: string;
  receiptNumber: string | null;
  state: FileState;
  label: string;
  detail: string;
  /** The detail's language: the UI's, or English for a rejection recorded before reasons were in Dutch too. */
  detailLang: Lang;
  /** No further change expected from the pipeline. */
  settled: boolean;
}

const LABEL: Record<Lang, Record<FileState, string>> = {
  nl: {
    received: 'ontvangen, wordt gelezen',
    extracted: 'gelezen, wordt gescheiden',
    separated: 'gescheiden, wordt herkend',
    split: 'meerdere documenten, elk apart doorgestuurd',
    routed: 'doorgestuurd',
    triage: 'bij triage',
    rejected: 'afgewezen',
    duplicate: 'al eerder ontvangen',
    failed: 'mislukt',
  },
  en: {
    received: 'received, being read',
    extracted: 'read, being separated',
    separated: 'separated, being recognised',
    split: 'several documents, each routed on its own',
    routed: 'routed',
    triage: 'in triage',
    rejected: 'rejected',
    duplicate: 'received before',
    failed: 'failed',
  },
};

export function fileState(doc: DocumentRecord): FileState {
  switch (doc.status) {
    case 'acknowledged':
    case 'closed':
    case 'routed':
      return 'routed';
    case 'superseded': // only a part of a file is replaced, never an uploaded file itself
      return 'split';
    case 'deleted': // after years; a batch page is not kept that long, but say what it was
      return doc.deletion?.previousStatus === 'rejected'
        ? 'rejected'
        : doc.deletion?.previousStatus === 'duplicate'
          ? 'duplicate'
          : 'routed';
    default:
      return doc.status;
  }
}

export function batchFile(
  item: UploadItem,
  doc: DocumentRecord | undefined,
  first: DocumentRecord | undefined,
  directory: Directory,
  lang: Lang,
): BatchFile {
  if (!doc)
    return {
      seq: item.seq,
      filename: item.filename,
      documentId: item.documentId,
      receiptNumber: null,
      state: 'failed',
      label: LABEL[lang].failed,
      detail: '',
      detailLang: lang,
      settled: true,
    };
  const state = fileState(doc);
  const nl = lang === 'nl';
  let detail = '';
  let detailLang: Lang = lang;
  if (state === 'rejected' || state === 'failed') {
    const why = rejectionText(doc, lang);
    detail = why?.text ?? '';
    detailLang = why?.lang ?? lang;
  } else if (state === 'duplicate' && first)
    detail = duplicateNotice(first.receiptNumber ?? '', new Date(first.receivedAt), directory.organisation.timezone, receiptLanguage(lang));
  else if (state === 'routed') {
    const team = directory.teams.find((t) => t.id === doc.route?.team);
    detail = team ? (nl ? `naar ${team.name}` : `to ${team.name}`) : '';
  } else if (state === 'triage') detail = nl ? 'een medewerker kiest de behandelaar' : 'a person chooses who handles it';
  return {
    seq: item.seq,
    filename: item.filename,
    documentId: doc.id,
    receiptNumber: doc.receiptNumber,
    state,
    label: LABEL[lang][state],
    detail,
    detailLang,
    settled: !(IN_PROCESS as readonly string[]).includes(state),
  };
}
