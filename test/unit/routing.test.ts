import { describe, expect, it } from 'vitest';
import { ClientIndex, identifyClient } from '../../shared/domain/client-matching.ts';
import { decideRoute } from '../../shared/domain/routing.ts';
import { classification, testDirectory } from '../helpers/factories.ts';

const directory = testDirectory();
const index = new ClientIndex(directory);
const at = (iso: string) => new Date(iso);
const identified = (text: string, dir = directory) => identifyClient(text, new ClientIndex(dir));

describe('routing', () => {
  it("routes a payslip to the client's inkomen consultant, with reasons", () => {
    const d = decideRoute({
      classification: classification('payslip'),
      identification: identified('BSN 123456782'),
      directory,
      receivedAt: at('2026-06-01T10:00:00Z'),
      threshold: 0.8,
    });
    expect(d).toMatchObject({ status: 'routed', team: 'inkomen', consultantId: 'c-002', queue: 'inkomen', clientNumber: 'K-100234' });
    // In plain Dutch for people, naming the consultant and the team, never an internal id.
    expect(d.reasons.map((r) => r.text)).toEqual([
      'Soort document: loonstrook (zekerheid 97%)',
      'Klant K-100234 herkend aan BSN',
      'Naar A. Jansen (Team inkomen): consulent inkomen van klant K-100234',
    ]);
    expect(d.reasons.map((r) => r.en)).toEqual([
      'Document type: payslip (confidence 97%)',
      'Client K-100234 recognised by BSN',
      'To A. Jansen (Team inkomen): inkomen consultant of client K-100234',
    ]);
    expect(d.reasons.map((r) => r.text).join(' ')).not.toMatch(/c-00\d/);
  });

  it('routes to the substitute when the consultant is absent that day (inclusive, in Amsterdam time)', () => {
    // 2026-08-07 23:30 in Amsterdam is still the last day of the absence (21:30 UTC).
    const d = decideRoute({
      classification: classification('payslip'),
      identification: identified('BSN 123456782'),
      directory,
      receivedAt: at('2026-08-07T21:30:00Z'),
      threshold: 0.8,
    });
    expect(d.consultantId).toBe('c-003');
    expect(d.reasons.map((r) => r.text)).toEqual([
      'Soort document: loonstrook (zekerheid 97%)',
      'Klant K-100234 herkend aan BSN',
      'Naar B. Bakker (Team inkomen), vervanger van de consulent inkomen van klant K-100234',
      'A. Jansen is afwezig tot en met 7 augustus, daarom naar vervanger B. Bakker',
    ]);
    const after = decideRoute({
      classification: classification('payslip'),
      identification: identified('BSN 123456782'),
      directory,
      receivedAt: at('2026-08-07T22:30:00Z'),
      threshold: 0.8,
    });
    expect(after.consultantId).toBe('c-002');
  });

  it('routes to the team queue when the absent consultant has no substitute', () => {
    const d = decideRoute({
      classification: classification('bank_statement'),
      identification: identified('BSN 111222333'),
      directory,
      receivedAt: at('2026-07-15T09:00:00Z'),
      threshold: 0.8,
    });
    expect(d).toMatchObject({ status: 'routed', team: 'inkomen', consultantId: null, queue: 'inkomen' });
    expect(d.reasons.at(-1)?.code).toBe('consultant.absent');
  });

  it('follows a transferred client: the assignment is read at routing time', () => {
    const moved = testDirectory();
    const client = moved.clients.find((c) => c.clientNumber === 'K-100234');
    if (client) client.consultants.inkomen = 'c-003';
    const d = decideRoute({
      classification: classification('payslip'),
      identification: identified('BSN 123456782', moved),
      directory: moved,
      receivedAt: at('2026-06-01T10:00:00Z'),
      threshold: 0.8,
    });
    expect(d.consultantId).toBe('c-003');
  });

  it('sends low confidence to triage with the top guesses', () => {
    const d = decideRoute({
      classification: { type: 'payslip', confidence: 0.55, alternatives: [{ type: 'bank_statement', confidence: 0.4 }] },
      identification: identifyClient('BSN 123456782', index),
      directory,
      receivedAt: at('2026-06-01T10:00:00Z'),
      threshold: 0.8,
    });
    expect(d).toMatchObject({ status: 'triage', team: 'triage', consultantId: null });
    expect(d.reasons.map((r) => r.text)).toContain('Misschien bankafschrift (40%)');
    expect(d.reasons.map((r) => r.code)).toContain('type.uncertain');
  });

  it('sends a document without a client to triage, unless its team handles unknown people', () => {
    const none = identifyClient('geen gegevens', index);
    expect(
      decideRoute({
        classification: classification('payslip'),
        identification: none,
        directory,
        receivedAt: at('2026-06-01T10:00:00Z'),
        threshold: 0.8,
      }).status,
    ).toBe('triage');
    const app = decideRoute({
      classification: classification('benefit_application'),
      identification: none,
      directory,
      receivedAt: at('2026-06-01T10:00:00Z'),
      threshold: 0.8,
    });
    expect(app).toMatchObject({ status: 'routed', team: 'intake', clientNumber: null });
    const objection = decideRoute({
      classification: classification('objection'),
      identification: none,
      directory,
      receivedAt: at('2026-06-01T10:00:00Z'),
      threshold: 0.8,
    });
    expect(objection).toMatchObject({ status: 'routed', team: 'bezwaar' });
  });

  it('asks more confidence of a document routed on its type alone, with no client behind it', () => {
    const input = {
      classification: {
        type: 'benefit_application' as const,
        confidence: 0.85,
        alternatives: [{ type: 'other' as const, confidence: 0.1 }],
      },
      directory,
      receivedAt: at('2026-06-01T10:00:00Z'),
      threshold: 0.8,
      typeRouteThreshold: 0.9,
    };
    const withoutClient = decideRoute({ ...input, identification: identifyClient('geen gegevens', index) });
    expect(withoutClient).toMatchObject({ status: 'triage', clientNumber: null });
    expect(withoutClient.reasons.find((r) => r.code === 'type.uncertain-without-client')?.text).toBe(
      'Geen klant gevonden, en te onzeker over de soort om alleen daarop te verdelen (85%, nodig is 90%): een mens beslist',
    );
    expect(withoutClient.reasons.map((r) => r.text)).toContain('Misschien overig document (10%)');
    // A client found: its threshold is the type's own.
    expect(decideRoute({ ...input, identification: identified('BSN 123456782') }).status).toBe('routed');
    // Sure enough of the type: to the team that takes people the directory does not know.
    expect(
      decideRoute({
        ...input,
        classification: { ...input.classification, confidence: 0.93 },
        identification: identifyClient('geen gegevens', index),
      }),
    ).toMatchObject({ status: 'routed', team: 'intake', clientNumber: null });
  });

  it('sends conflicting client evidence to triage, naming both', () => {
    const d = decideRoute({
      classification: classification('payslip'),
      identification: identified('klantnummer K-100234, BSN 111222333'),
      directory,
      receivedAt: at('2026-06-01T10:00:00Z'),
      threshold: 0.8,
    });
    expect(d.status).toBe('triage');
    expect(d.reasons.filter((r) => r.code === 'client.conflict').map((r) => r.text)).toEqual([
      'Klantnummer wijst naar klant K-100234',
      'BSN wijst naar klant K-100301',
    ]);
    expect(d.clientNumber).toBeNull();
  });

  it('sends a debt letter without a known client to the schuldhulp team, and lets the directory say otherwise', () => {
    const none = identifyClient('Aanmaning. Openstaand bedrag € 312,40 bij Energie BV', index);
    const d = decideRoute({
      classification: classification('debt_notice'),
      identification: none,
      directory,
      receivedAt: at('2026-06-01T10:00:00Z'),
      threshold: 0.8,
    });
    expect(d).toMatchObject({ status: 'routed', team: 'schuldhulp', clientNumber: null });
    expect(d.reasons.map((r) => r.code)).toContain('client.unknown');
    const strict = testDirectory({ routing: { debt_notice: { team: 'schuldhulp', clientUnknown: 'triage' } } } as never);
    expect(
      decideRoute({
        classification: classification('debt_notice'),
        identification: none,
        directory: strict,
        receivedAt: at('2026-06-01T10:00:00Z'),
        threshold: 0.8,
      }).status,
    ).toBe('triage');
    // A discipline route can take unknown clients too: into the discipline's team queue.
    const lenient = testDirectory({ routing: { payslip: { discipline: 'inkomen', clientUnknown: 'team' } } } as never);
    expect(
      decideRoute({
        classification: classification('payslip'),
        identification: none,
        directory: lenient,
        receivedAt: at('2026-06-01T10:00:00Z'),
        threshold: 0.8,
      }),
    ).toMatchObject({ status: 'routed', team: 'inkomen', consultantId: null, clientNumber: null });
  });

  it('uses the routing table from the directory over the default', () => {
    const custom = testDirectory({ routing: { payslip: { team: 'werk' } } } as never);
    const d = decideRoute({
      classification: classification('payslip'),
      identification: identified('BSN 123456782', custom),
      directory: custom,
      receivedAt: at('2026-06-01T10:00:00Z'),
      threshold: 0.8,
    });
    expect(d).toMatchObject({ status: 'routed', team: 'werk', consultantId: null });
  });

  it('sends an employment contract to inkomen with a copy to the werk consultant', () => {
    const d = decideRoute({
      classification: classification('employment_contract'),
      identification: identified('BSN 123456782'),
      directory,
      receivedAt: at('2026-06-01T10:00:00Z'),
      threshold: 0.8,
    });
    expect(d).toMatchObject({ consultantId: 'c-002', copyTo: { team: 'werk', consultantId: 'c-010' } });
  });

  it('sends a request under the AVG to a person whatever its type looks like, unless it asks to see the file in an objection', () => {
    const request = { right: 'rectification', rights: ['rectification'], law: 'AVG art. 16' } as const;
    const input = {
      identification: identified('Klantnummer K-100234'),
      directory,
      receivedAt: at('2026-06-01T10:00:00Z'),
      threshold: 0.8,
      dataProtectionRequest: { ...request, rights: [...request.rights] },
    };
    const d = decideRoute({ ...input, classification: classification('change_form') });
    expect(d).toMatchObject({ status: 'triage', clientNumber: 'K-100234' });
    expect(d.reasons.at(-1)?.code).toBe('data-protection');
    // A correction is the point of the letter even when it reads like an objection…
    expect(decideRoute({ ...input, classification: classification('objection') }).status).toBe('triage');
    // …but an objection that asks to see the file stays with bezwaar.
    const access = { right: 'access', rights: ['access'], law: 'AVG art. 15' } as const;
    expect(
      decideRoute({
        ...input,
        dataProtectionRequest: { ...access, rights: [...access.rights] },
        classification: classification('objection'),
      }),
    ).toMatchObject({ status: 'routed', team: 'bezwaar' });
    // A request to see one's data taken for an application ("wniosek o dostęp do danych") goes to a person, not to intake.
    const unknown = { ...input, identification: identified('Aanvraag') };
    expect(
      decideRoute({
        ...unknown,
        dataProtectionRequest: { ...access, rights: [...access.rights] },
        classification: classification('benefit_application'),
      }),
    ).toMatchObject({ status: 'triage' });
    expect(decideRoute({ ...unknown, dataProtectionRequest: null, classification: classification('benefit_application') })).toMatchObject({
      status: 'routed',
      team: 'intake',
    });
  });

  it('asks more confidence of a document in a language the model has no held-out data for', () => {
    const input = {
      classification: { type: 'payslip' as const, confidence: 0.9, alternatives: [] },
      identification: identified('BSN 123456782'),
      directory,
      receivedAt: at('2026-06-01T10:00:00Z'),
      threshold: 0.8,
    };
    // The corpus's languages: the model's thresholds were chosen on held-out documents in them.
    for (const language of ['nl', 'en', 'tr', 'pl', 'uk', 'ar'])
      expect(decideRoute({ ...input, language }).status, language).toBe('routed');
    for (const language of ['de', 'so', 'und']) {
      const d = decideRoute({ ...input, language });
      expect(d.status).toBe('triage');
      expect(d.reasons.find((r) => r.code === 'type.uncertain')?.text).toBe(
        'Te onzeker over de soort (90%, nodig is 95% voor een document in een taal waarin het model niet is getoetst): een mens beslist',
      );
    }
    expect(decideRoute({ ...input, classification: { ...input.classification, confidence: 0.97 }, language: 'de' }).status).toBe('routed');
  });
});
