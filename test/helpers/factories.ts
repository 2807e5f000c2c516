import type { Classification } from '../../shared/domain/classifier.ts';
import { type Directory, parseDirectory } from '../../shared/domain/directory.ts';

/** A small directory for unit tests: two inkomen consultants (one absent), werk, and the default teams. */
export function testDirectory(overrides: Partial<Directory> = {}): Directory {
  return parseDirectory({
    organisation: { name: 'Gemeente Test', timezone: 'Europe/Amsterdam', closedDays: ['2026-12-24'] },
    teams: ['intake', 'inkomen', 'werk', 'bezwaar', 'klachten', 'schuldhulp', 'triage'].map((id) => ({
      id,
      name: `Team ${id}`,
      queue: id,
      leadId: id === 'inkomen' ? 'c-001' : undefined,
    })),
    consultants: [
      { id: 'c-001', name: 'P. Lead', team: 'inkomen' },
      { id: 'c-002', name: 'A. Jansen', team: 'inkomen', absences: [{ from: '2026-07-20', to: '2026-08-07', substituteId: 'c-003' }] },
      { id: 'c-003', name: 'B. Bakker', team: 'inkomen' },
      { id: 'c-004', name: 'C. Visser', team: 'inkomen', absences: [{ from: '2026-07-01', to: '2026-07-31' }] },
      { id: 'c-010', name: 'D. Smit', team: 'werk' },
    ],
    clients: [
      {
        clientNumber: 'K-100234',
        bsn: '123456782',
        name: 'Jan de Vries',
        birthDate: '1971-03-14',
        email: 'jan@example.org',
        consultants: { inkomen: 'c-002', werk: 'c-010' },
      },
      {
        clientNumber: 'K-100301',
        bsn: '111222333',
        name: 'Fatima El Amrani',
        birthDate: '1988-11-02',
        language: 'ar',
        address: 'Kerkstraat 5, 1234 AB Test',
        consultants: { inkomen: 'c-004' },
      },
      { clientNumber: 'K-100402', name: 'Piotr Nowak', birthDate: '1990-05-20', language: 'pl', consultants: {} },
    ],
    ...overrides,
  });
}

export function classification(type: Classification['type'], confidence = 0.97): Classification {
  return { type, confidence, alternatives: [{ type: 'other', confidence: 1 - confidence }] };
}
