import { z } from 'zod';
import { DOCUMENT_TYPE_IDS } from './document-types.ts';
import { RETENTION_CLASSES, RETENTION_PERIOD } from './retention-period.ts';

/** The directory JSON (DESIGN.md): organisation, teams, consultants, clients and routing. */
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');
const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a time as HH:MM');
const discipline = z.enum(['inkomen', 'werk']);
/** No client found: the route's team queue takes it ("client unknown"), or triage. */
const clientUnknown = z.enum(['team', 'triage']).optional();
/**
 * An e-mail address as people really have them: international ones too (josé@example.es,
 * 用户@例子.广告), which zod's `.email()` refuses. The rule: one @, 1–64 characters before it and
 * up to 255 after, no spaces or quotes; the mail server has the last word.
 */
export const emailAddress = z.string().regex(z.regexes.unicodeEmail, 'expected an e-mail address such as naam@voorbeeld.nl');

export const absenceSchema = z
  .object({ from: isoDate, to: isoDate, substituteId: z.string().min(1).optional() })
  .refine((a) => a.from <= a.to, { message: 'absence ends before it starts' });

export const directorySchema = z
  .object({
    organisation: z.object({
      name: z.string().min(1),
      timezone: z.string().default('Europe/Amsterdam'),
      businessHours: z
        .object({ start: clockTime, end: clockTime, days: z.array(z.number().int().min(1).max(7)).min(1) })
        .default({ start: '08:30', end: '17:00', days: [1, 2, 3, 4, 5] }),
      closedDays: z.array(isoDate).default([]),
      /** Address printed on letters and receipts (optional). */
      address: z.string().optional(),
      phone: z.string().optional(),
      website: z.string().optional(),
    }),
    teams: z
      .array(
        z.object({
          id: z.string().min(1),
          name: z.string().min(1),
          queue: z.string().min(1),
          leadId: z.string().optional(),
          email: emailAddress.optional(),
        }),
      )
      .min(1),
    consultants: z.array(
      z.object({
        id: z.string().min(1),
        name: z.string().min(1),
        email: emailAddress.optional(),
        team: z.string().min(1),
        absences: z.array(absenceSchema).default([]),
        /** Deactivated (left, or moved on) since this day: gets no new documents (directory-changes.ts). */
        deactivatedOn: isoDate.optional(),
      }),
    ),
    clients: z.array(
      z.object({
        clientNumber: z.string().min(1),
        bsn: z
          .string()
          .regex(/^\d{9}$/, 'a BSN has 9 digits')
          .optional(),
        name: z.string().min(1),
        birthDate: isoDate.optional(),
        email: emailAddress.optional(),
        /** The language the client reads; absent: the language of what they wrote, else Dutch (see `receiptLanguageFor`). */
        language: z.string().min(2).optional(),
        address: z.string().optional(),
        /** The client's bank account, as further evidence of who a document is about. */
        iban: z
          .string()
          .regex(/^[A-Z]{2}\d{2} ?[A-Z0-9]{4}(?: ?[A-Z0-9]{1,4}){2,7}$/i, 'expected an IBAN such as NL91 ABNA 0417 1643 00')
          .optional(),
        consultants: z.object({ inkomen: z.string().optional(), werk: z.string().optional() }).default({}),
      }),
    ),
    routing: z
      .partialRecord(
        z.enum(DOCUMENT_TYPE_IDS),
        z.union([
          z.object({ discipline, copyTo: discipline.optional(), clientUnknown }).strict(),
          z.object({ team: z.string().min(1), clientUnknown }).strict(),
        ]),
      )
      .default({}),
    /** How long documents are kept after their case is done, per type (see retention.ts for the defaults). */
    retention: z
      .partialRecord(
        z.enum(RETENTION_CLASSES),
        z.string().regex(RETENTION_PERIOD, 'expected a retention period such as 10y, 18m, 90d or forever'),
      )
      .default({}),
  })
  .superRefine((dir, ctx) => {
    const teams = new Set(dir.teams.map((t) => t.id));
    const consultants = new Set(dir.consultants.map((c) => c.id));
    dir.consultants.forEach((c, i) => {
      if (!teams.has(c.team)) ctx.addIssue({ code: 'custom', path: ['consultants', i, 'team'], message: `unknown team "${c.team}"` });
      c.absences.forEach((a, j) => {
        if (a.substituteId && !consultants.has(a.substituteId))
          ctx.addIssue({
            code: 'custom',
            path: ['consultants', i, 'absences', j, 'substituteId'],
            message: `unknown consultant "${a.substituteId}"`,
          });
      });
    });
    const numbers = new Set<string>();
    dir.clients.forEach((c, i) => {
      if (numbers.has(c.clientNumber))
        ctx.addIssue({ code: 'custom', path: ['clients', i, 'clientNumber'], message: `duplicate client number "${c.clientNumber}"` });
      numbers.add(c.clientNumber);
      for (const [d, id] of Object.entries(c.consultants))
        if (id && !consultants.has(id))
          ctx.addIssue({ code: 'custom', path: ['clients', i, 'consultants', d], message: `unknown consultant "${id}"` });
    });
    for (const [type, target] of Object.entries(dir.routing))
      if (target && 'team' in target && !teams.has(target.team))
        ctx.addIssue({ code: 'custom', path: ['routing', type, 'team'], message: `unknown team "${target.team}"` });
  });

export type Directory = z.infer<typeof directorySchema>;
export type Team = Directory['teams'][number];
export type Consultant = Directory['consultants'][number];
export type Client = Directory['clients'][number];
export type Absence = z.infer<typeof absenceSchema>;

/** Parses a directory, with errors that name the path of each bad value. */
export function parseDirectory(json: unknown): Directory {
  const result = directorySchema.safeParse(json);
  if (!result.success) {
    const lines = result.error.issues.slice(0, 10).map((i) => `  ${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new DirectoryError(`The directory is not valid:\n${lines.join('\n')}`);
  }
  return result.data;
}

export class DirectoryError extends Error {
  readonly code = 'directory.invalid';
}
