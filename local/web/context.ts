import type { Context, Hono } from 'hono';
import type { Directory } from '../../shared/domain/directory.ts';
import { localDate } from '../../shared/domain/local-date.ts';
import type { Runtime } from '../runtime.ts';
import type { CommonMessages, Lang } from './i18n.ts';
import type { LoginThrottle } from './login-throttle.ts';
import type { Session, SessionStore } from './session.ts';
import type { UploadStore } from './upload-store.ts';
import type { UserRecord, WebUser } from './users.ts';

/** What every route handler gets: the runtime, the users, sessions and the web's own small stores. */
export interface WebContext {
  rt: Runtime;
  users: ReadonlyMap<string, UserRecord>;
  sessions: SessionStore;
  throttle: LoginThrottle;
  uploads: UploadStore;
  /** Wakes the worker after new work was queued (the worker also polls on its own). */
  nudge: () => void;
}

/** Per-request values set by the session middleware. */
export interface WebEnv {
  Variables: {
    session: Session;
    user: WebUser | null;
    lang: Lang;
    t: CommonMessages;
  };
}

export type WebApp = Hono<WebEnv>;
export type Ctx = Context<WebEnv>;

export async function directoryNow(web: WebContext): Promise<{ directory: Directory; now: Date; today: string }> {
  const directory = await web.rt.directory.load();
  const now = web.rt.clock.now();
  return { directory, now, today: localDate(now, directory.organisation.timezone) };
}

/** The signed-in user; route guards make sure there is one. */
export function currentUser(c: Ctx): WebUser {
  const user = c.get('user');
  if (!user) throw new Error('route without a sign-in guard');
  return user;
}

/** Form fields (multipart or urlencoded), parsed once per request. */
export async function formData(c: Ctx): Promise<Record<string, string | File | (string | File)[]>> {
  return (await c.req.parseBody({ all: true })) as Record<string, string | File | (string | File)[]>;
}

export function field(form: Record<string, unknown>, name: string): string {
  const v = form[name];
  const first = Array.isArray(v) ? v[0] : v;
  return typeof first === 'string' ? first.trim() : '';
}

export function files(form: Record<string, unknown>, name: string): File[] {
  const v = form[name];
  const list = Array.isArray(v) ? v : v === undefined ? [] : [v];
  return list.filter((f): f is File => typeof f === 'object' && f !== null && 'arrayBuffer' in f && (f as File).size > 0);
}

export function wantsJson(c: Ctx): boolean {
  return c.req.path.startsWith('/api/') || (c.req.header('accept') ?? '').includes('application/json');
}

/** A local path to go back to after sign-in or a language switch; never another site. */
export function safeNext(value: string | undefined, fallback = '/'): string {
  if (!value?.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return fallback;
  return value;
}
