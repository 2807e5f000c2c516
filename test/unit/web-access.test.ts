import { describe, expect, it } from 'vitest';
import { canAct, canOpen, canUse, coveredColleagues, fileView, relation } from '../../local/web/access.ts';
import type { WebUser } from '../../local/web/users.ts';
import type { DocumentRecord, DocumentStatus } from '../../shared/domain/document.ts';
import { testDirectory } from '../helpers/factories.ts';

// testDirectory: c-002 (inkomen) is absent 20 Jul – 7 Aug 2026 with substitute c-003; c-001 leads inkomen.
const directory = testDirectory();
const duringAbsence = '2026-07-28';
const afterAbsence = '2026-08-10';

const consultant = (id: string): WebUser => ({ username: id, name: id, roles: ['consultant'], consultantId: id });
const triageOfficer: WebUser = { username: 't', name: 'T', roles: ['triage'] };
const admin: WebUser = { username: 'a', name: 'A', roles: ['admin'] };

function doc(
  o: { status?: DocumentStatus; team?: string; consultantId?: string | null; restricted?: boolean; copyTo?: string } = {},
): DocumentRecord {
  return {
    id: 'd-1',
    intakeKey: 'k',
    receiptNumber: 'PK-TEST-00000',
    fingerprint: 'f'.repeat(64),
    objectKey: 'originals/x',
    filename: 'a.pdf',
    channel: 'post',
    source: 'test',
    receivedAt: '2026-07-27T08:00:00.000Z',
    mediaType: 'application/pdf',
    byteSize: 10,
    pageCount: 1,
    status: o.status ?? 'routed',
    documentType: o.restricted ? 'medical_statement' : 'payslip',
    confidence: 0.97,
    alternatives: [],
    deskClientNumber: null,
    clientNumber: 'K-100234',
    route: {
      status: 'routed',
      team: o.team ?? 'inkomen',
      consultantId: o.consultantId === undefined ? 'c-002' : o.consultantId,
      queue: o.team ?? 'inkomen',
      clientNumber: 'K-100234',
      copyTo: o.copyTo ? { team: 'werk', consultantId: o.copyTo, queue: 'werk' } : undefined,
      reasons: [],
    },
    restricted: o.restricted ?? false,
    rejectReason: null,
    duplicateOf: null,
    receipt: null,
    receiptEmail: null,
    updatedAt: '2026-07-27T08:00:00.000Z',
  };
}

describe('web access rules', () => {
  it('gives each role its areas; the inbox needs a consultant id', () => {
    expect(canUse(consultant('c-001'), 'inbox')).toBe(true);
    expect(canUse({ username: 'x', name: 'x', roles: ['consultant'] }, 'inbox')).toBe(false);
    expect(canUse(consultant('c-001'), 'triage')).toBe(false);
    expect(canUse(triageOfficer, 'operations')).toBe(false);
    expect(['desk', 'mailroom', 'triage', 'operations'].every((a) => canUse(admin, a as 'desk'))).toBe(true);
    expect(canUse(admin, 'inbox')).toBe(false);
  });

  it('finds the colleagues a consultant covers for only while they are absent', () => {
    expect(coveredColleagues(directory, 'c-003', duringAbsence).map((c) => c.id)).toEqual(['c-002']);
    expect(coveredColleagues(directory, 'c-003', afterAbsence)).toEqual([]);
  });

  it('lets a consultant open their own documents, copies to them, and their team queue', () => {
    expect(canOpen(consultant('c-002'), doc(), directory, duringAbsence)).toEqual({ allowed: true, via: 'own' });
    expect(relation(consultant('c-010'), doc({ copyTo: 'c-010' }), directory, duringAbsence)).toBe('own');
    expect(canOpen(consultant('c-001'), doc({ consultantId: null }), directory, duringAbsence)).toEqual({ allowed: true, via: 'team' });
  });

  it('lets the substitute open an absent colleague’s document, but not after the absence', () => {
    expect(canOpen(consultant('c-003'), doc(), directory, duringAbsence)).toEqual({ allowed: true, via: 'cover' });
    expect(canOpen(consultant('c-003'), doc(), directory, afterAbsence)).toEqual({ allowed: false, reason: 'not-assigned' });
  });

  it('refuses another consultant’s document, also to a colleague in the same team', () => {
    expect(canOpen(consultant('c-001'), doc(), directory, afterAbsence)).toEqual({ allowed: false, reason: 'not-assigned' });
    expect(canOpen(consultant('c-010'), doc({ consultantId: null }), directory, afterAbsence)).toEqual({
      allowed: false,
      reason: 'not-assigned',
    });
  });

  it('opens a restricted document only for its assignee: not for the substitute, not from the team queue', () => {
    expect(canOpen(consultant('c-002'), doc({ restricted: true }), directory, duringAbsence).allowed).toBe(true);
    expect(canOpen(consultant('c-003'), doc({ restricted: true }), directory, duringAbsence)).toEqual({
      allowed: false,
      reason: 'restricted',
    });
    expect(canOpen(consultant('c-001'), doc({ restricted: true, consultantId: null }), directory, afterAbsence)).toEqual({
      allowed: false,
      reason: 'restricted',
    });
  });

  it('lets only the team lead hand out a restricted document from the team queue', () => {
    const queued = doc({ restricted: true, consultantId: null });
    expect(canAct(consultant('c-001'), queued, directory, afterAbsence)).toBe(true); // lead of inkomen
    expect(canAct(consultant('c-003'), queued, directory, afterAbsence)).toBe(false);
    expect(canAct(consultant('c-003'), doc({ restricted: true }), directory, duringAbsence)).toBe(true); // covering: may hand it on
  });

  it('lets triage officers open unrouted documents only', () => {
    expect(canOpen(triageOfficer, doc({ status: 'triage' }), directory, afterAbsence)).toEqual({ allowed: true, via: 'triage' });
    expect(canOpen(triageOfficer, doc({ status: 'failed', restricted: true }), directory, afterAbsence).allowed).toBe(true);
    expect(canOpen(triageOfficer, doc({ status: 'routed' }), directory, afterAbsence)).toEqual({ allowed: false, reason: 'not-assigned' });
    expect(canOpen(triageOfficer, doc({ status: 'received' }), directory, afterAbsence)).toEqual({
      allowed: false,
      reason: 'not-available',
    });
    expect(canOpen(admin, doc({ status: 'routed' }), directory, afterAbsence).allowed).toBe(false);
  });

  it('allows no work-item action once a document is closed or still unrouted', () => {
    expect(canAct(consultant('c-002'), doc({ status: 'closed' }), directory, afterAbsence)).toBe(false);
    expect(canAct(consultant('c-002'), doc({ status: 'triage' }), directory, afterAbsence)).toBe(false);
    expect(canAct(consultant('c-002'), doc({ status: 'acknowledged' }), directory, afterAbsence)).toBe(true);
  });
});

describe('who sees what of a split file', () => {
  const file = { ...doc({ status: 'split' }), id: 'file', route: null, documentType: null, pageCount: 4 };
  const part = (id: string, pages: number[], o: Parameters<typeof doc>[0] = {}) => ({ ...doc(o), id, parentId: 'file', pages });
  const payslip = part('p', [1]);
  const medical = { ...part('m', [2], { restricted: true, consultantId: 'c-010', team: 'werk' }) };
  const folder = part('f', [4], { status: 'triage' });

  it('shows triage every page but the restricted part’s, and the whole original only when nothing is hidden', () => {
    const v = fileView(triageOfficer, file, [payslip, medical, folder], directory, afterAbsence);
    expect(v).toMatchObject({ allowed: true, mayCorrect: true, wholeOriginal: false });
    expect([...v.visiblePages]).toEqual([1, 3, 4]);
    expect([...v.hiddenPages]).toEqual([[2, 'restricted']]);
    expect(fileView(triageOfficer, file, [payslip, folder], directory, afterAbsence).wholeOriginal).toBe(true);
  });

  it('shows triage a restricted part’s pages while it is unrouted, never a part not yet classified', () => {
    const inTriage = { ...medical, status: 'triage' as const };
    expect(fileView(triageOfficer, file, [payslip, inTriage], directory, afterAbsence).visiblePages.has(2)).toBe(true);
    const separated = { ...payslip, status: 'separated' as const, documentType: null };
    expect([...fileView(admin, file, [separated], directory, afterAbsence).hiddenPages]).toEqual([[1, 'unclassified']]);
  });

  it('lets a consultant in only with a part of their own, and shows them no page of the file', () => {
    const own = fileView(consultant('c-010'), file, [payslip, medical], directory, afterAbsence);
    expect(own).toMatchObject({ allowed: true, mayCorrect: false, wholeOriginal: false });
    expect(own.visiblePages.size).toBe(0);
    expect(fileView(consultant('c-001'), file, [payslip, medical], directory, afterAbsence).allowed).toBe(false);
  });
});
