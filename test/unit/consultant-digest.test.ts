import { describe, expect, it } from 'vitest';
import { digestWindow, sendConsultantDigests } from '../../functions/notify/consultant-digest.ts';
import { mailAlerts, operationsAddress, recipientFor } from '../../functions/sweep/alert-mail.ts';
import type { AlertRecord } from '../../shared/domain/alert.ts';
import { BusinessCalendar, zonedInstant } from '../../shared/domain/business-calendar.ts';
import { putDocument, recordingMailer, type WorkWorld, workDirectory, workWorld } from '../helpers/work-item-factories.ts';

const ams = (day: string, time: string) => zonedInstant(day, time, 'Europe/Amsterdam').toISOString();

function digestAt(world: WorkWorld, at: string, mailer = recordingMailer()) {
  world.clock.set(at);
  return sendConsultantDigests({
    ledger: world.ledger,
    directory: world.directorySource,
    mailer,
    clock: world.clock,
    logger: world.logger,
  }).then((report) => ({ report, mailer }));
}

describe('consultant digest', () => {
  it('covers the previous business day, the night and the weekend, from opening to opening', () => {
    const cal = BusinessCalendar.fromDirectory(workDirectory());
    expect(digestWindow(cal, new Date(ams('2026-06-15', '08:29')))).toBeNull();
    expect(digestWindow(cal, new Date(ams('2026-06-13', '10:00')))).toBeNull(); // Saturday
    expect(digestWindow(cal, new Date(ams('2026-06-15', '08:30')))).toEqual({
      day: '2026-06-15',
      from: ams('2026-06-12', '08:30'),
      to: ams('2026-06-15', '08:30'),
    });
    expect(digestWindow(cal, new Date(ams('2026-04-28', '09:00')))?.from).toBe(ams('2026-04-24', '08:30')); // over Koningsdag
  });

  it('sends one e-mail per consultant with receipt numbers and counts, no names or content, once per window', async () => {
    const world = workWorld();
    const a = await putDocument(world, {
      receivedAt: ams('2026-06-12', '10:00'),
      status: 'routed',
      consultantId: 'c-002',
      documentType: 'payslip',
      clientNumber: 'K-100234',
    });
    const b = await putDocument(world, {
      receivedAt: ams('2026-06-13', '11:00'),
      status: 'routed',
      consultantId: 'c-002',
      documentType: 'medical_statement',
    });
    await putDocument(world, { receivedAt: ams('2026-06-12', '08:00'), status: 'routed', consultantId: 'c-002', documentType: 'payslip' }); // before the window
    await putDocument(world, {
      receivedAt: ams('2026-06-12', '12:00'),
      status: 'routed',
      consultantId: 'c-003',
      documentType: 'bank_statement',
    });
    await putDocument(world, {
      receivedAt: ams('2026-06-12', '12:00'),
      status: 'acknowledged',
      consultantId: 'c-010',
      documentType: 'payslip',
    });
    await putDocument(world, { receivedAt: ams('2026-06-12', '12:00'), status: 'routed', team: 'bezwaar', documentType: 'objection' }); // team queue

    const { report, mailer } = await digestAt(world, ams('2026-06-15', '08:31'));
    expect(report.sent.map((s) => [s.consultantId, s.count])).toEqual([
      ['c-002', 2],
      ['c-003', 1],
    ]);
    const toC002 = mailer.sent.find((m) => m.to === 'c-002@gemeente.example');
    expect(toC002).toMatchObject({
      subject: 'Postkamer: 2 nieuwe documenten voor u',
      idempotencyKey: 'consultant-digest:c-002:2026-06-15',
    });
    expect(toC002?.text).toContain(a.receiptNumber);
    expect(toC002?.text).toContain(b.receiptNumber);
    expect(toC002?.text).toContain('1 × loonstrook');
    expect(toC002?.text).toContain('1 × vertrouwelijk document'); // a medical statement is not named
    expect(toC002?.text).toContain('In totaal wachten 3 document(en)');
    const client = world.directory.clients[0];
    for (const text of [client?.name, client?.bsn, client?.email, 'medische']) expect(JSON.stringify(mailer.sent)).not.toContain(text);

    const again = await digestAt(world, ams('2026-06-15', '09:00'));
    expect(again.mailer.sent).toEqual([]);
  });
});

describe('alert e-mails', () => {
  const directory = workDirectory();

  it('go to the person or team the audience names, else to operations', () => {
    expect(operationsAddress(directory)).toBe('triage@gemeente.example');
    expect(operationsAddress(directory, 'ops@gemeente.example')).toBe('ops@gemeente.example');
    expect(recipientFor('operations', directory, 'ops@gemeente.example')).toBe('ops@gemeente.example');
    expect(recipientFor('consultant:c-002', directory)).toBe('c-002@gemeente.example');
    expect(recipientFor('team:bezwaar', directory)).toBe('bezwaar@gemeente.example');
    expect(recipientFor('lead:inkomen', directory)).toBe('c-001@gemeente.example');
    expect(recipientFor('lead:werk', directory)).toBe('werk@gemeente.example'); // no lead: the team mailbox
    expect(recipientFor('consultant:c-999', directory, 'ops@gemeente.example')).toBe('ops@gemeente.example');
  });

  it('carry the alert text in Dutch with the English below, the receipt number in the subject, one message per alert', async () => {
    const mailer = recordingMailer();
    const alert: AlertRecord = {
      id: 'a-1',
      kind: 'escalation',
      key: 'escalation:d-1',
      documentId: 'd-1',
      message: 'Ontvangstbewijs PK-7K3M-9QX2T is na 2 werkdagen nog niet in behandeling genomen.',
      audience: 'lead:inkomen',
      raisedAt: '2026-06-17T08:00:00.000Z',
      dueSince: '2026-06-17T08:00:00.000Z',
      status: 'open',
      acknowledgedAt: null,
      acknowledgedBy: null,
      resolvedAt: null,
      resolvedBy: null,
      data: { receiptNumber: 'PK-7K3M-9QX2T', messageEn: 'Receipt PK-7K3M-9QX2T is not acknowledged after 2 business days.' },
    };
    const report = await mailAlerts({ mailer, directory, logger: { info() {}, warn() {}, error() {} } }, [alert]);
    expect(report.sent).toEqual(['a-1']);
    expect(mailer.sent[0]).toMatchObject({
      to: 'c-001@gemeente.example',
      subject: '[postkamer] escalatie · ontvangstbewijs PK-7K3M-9QX2T',
      idempotencyKey: 'alert:a-1',
    });
    const [nl, en] = (mailer.sent[0]?.text ?? '').split('— English —');
    expect(nl).toContain('Ontvangstbewijs PK-7K3M-9QX2T is na 2 werkdagen nog niet in behandeling genomen.');
    expect(nl).toContain('Melding van wo 17 jun 10:00, te laat sinds wo 17 jun 10:00.');
    expect(en).toContain('Receipt PK-7K3M-9QX2T is not acknowledged after 2 business days.');
    expect(en).toContain('Alert raised Wed 17 Jun 10:00, due since Wed 17 Jun 10:00.');
    expect(en).toContain('Document: d-1');
  });
});
