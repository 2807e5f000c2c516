import type { Context, Hono } from 'hono';
import type { Directory } from '../../shared/domain/directory.ts';
import { localDate } from '../../shared/domain/local-date.ts';
import type { CommonMessages, Lang } from './i18n.ts';
import type { LoginThrottle } from './login-throttle.ts';
import type { OidcWeb } from './oidc.ts';
import type { Session, SessionStore } from './session.ts';
import { FILES_OVER_LIMIT, type ParsedForm, parseMultipart, type SpooledFile, type SpoolOptions } from './upload-spool.ts';
import type { UserRecord, WebUser } from './users.ts';
import type { WebRuntime } from './web-runtime.ts';
import type { Limit, PipelineView, RateLimits, UploadLog } from './web-stores.ts';

/** What every route handler gets: the runtime, the users, sessions and the web's own small stores. */
export interface WebContext {
  rt: WebRuntime;
  users: ReadonlyMap<string, UserRecord>;
  sessions: SessionStore;
  /** Per user and address: 5 failed sign-ins in 15 minutes. */
  throttle: LoginThrottle;
  /** Per-address limits (sign-in failures, receipt checks, uploads), in the database. */
  limiter: RateLimits;
  limits: { signIn: Limit; check: Limit; upload: Limit };
  /** The address a request comes from (socket, or X-Forwarded-For behind TRUST_PROXY proxies). */
  address: (c: Context) => string;
  /** The demo accounts are on (`serve --demo`): every page says so. */
  demo: boolean;
  uploads: UploadLog;
  /** Counts, pending and failed steps for operations. */
  pipeline: PipelineView;
  /** Wakes the worker after new work was queued (the worker also polls on its own). */
  nudge: () => void;
  /** Sign-in through the organisation's identity provider, when configured. */
  oidc?: OidcWeb | undefined;
}

/** Per-request values set by the session middleware. */
export interface WebEnv {
  Variables: {
    session: Session;
    user: WebUser | null;
    lang: Lang;
    t: CommonMessages;
    demo: boolean;
    /** Where and how multipart uploads are spooled (set for every request). */
    spool: SpoolOptions;
    /** The request's parsed form, once something read it. */
    form: ParsedForm | undefined;
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

/** A multipart body that is not one (no boundary, broken off, garbage): the sender's fault, a 400. */
export class MalformedFormError extends Error {
  override name = 'MalformedFormError';
  readonly code = 'form.malformed';
  readonly text = {
    nl: 'Het formulier kon niet worden gelezen (de verzending is beschadigd of afgebroken). Probeer het opnieuw.',
    en: 'The form could not be read (the upload was damaged or broken off). Please try again.',
  };
  constructor(options?: ErrorOptions) {
    super('The form could not be read (the upload was damaged or broken off). Please try again.', options);
  }
}

/** Form fields (multipart or urlencoded), parsed once per request; multipart files are spooled to disk, never held whole. */
export async function formData(c: Ctx): Promise<ParsedForm> {
  let form = c.get('form');
  if (form) return form;
  if ((c.req.header('content-type') ?? '').startsWith('multipart/form-data'))
    // The cause is kept: a body over its limit is still answered 413 (`isBodyTooLarge` reads causes).
    form = await parseMultipart(c.req.raw, c.get('spool')).catch((error: unknown) => {
      throw new MalformedFormError({ cause: error });
    });
  else form = (await c.req.parseBody({ all: true })) as Record<string, string | string[]>;
  c.set('form', form);
  return form;
}

/** How many files the form carried beyond `MAX_UPLOAD_FILES` (none of those were kept). */
export function filesOverLimit(form: ParsedForm): number {
  return (form as { [FILES_OVER_LIMIT]?: number })[FILES_OVER_LIMIT] ?? 0;
}

export function field(form: Record<string, unknown>, name: string): string {
  const v = form[name];
  const first = Array.isArray(v) ? v[0] : v;
  return typeof first === 'string' ? first.trim() : '';
}

/** The non-empty files of a field (a file input left empty sends an empty part). */
export function files(form: ParsedForm, name: string): SpooledFile[] {
  const v = form[name];
  const list = Array.isArray(v) ? v : v === undefined ? [] : [v];
  return list.filter((f): f is SpooledFile => typeof f === 'object' && f.size > 0);
}

export function wantsJson(c: Ctx): boolean {
  return c.req.path.startsWith('/api/') || (c.req.header('accept') ?? '').includes('application/json');
}

/**
 * A path on this site to go back to after sign-in or a language switch; anything else gives
 * `fallback`. The one check for every `next` the app follows. Accepted: a path that starts with one
 * `/` (not `//` or `/\`, which browsers read as another host; so no scheme either), at most 2,000
 * characters, without backslashes, whitespace or control characters; and once more after its
 * %-escapes are decoded (browsers drop tabs and newlines inside a URL, so `/\t/evil.example` is
 * `//evil.example`, and a newline in a Location header is an error): no control character anywhere,
 * and the path before `?` or `#` still a plain local path (an encoded space in a query is fine).
 */
export function safeNext(value: string | undefined, fallback = '/'): string {
  if (!value || value.length > 2000 || !isLocalPath(value)) return fallback;
  let decoded: string;
  try {
    decoded = decodeURIComponent(value);
  } catch {
    return fallback;
  }
  const path = decoded.split(/[?#]/, 1)[0] ?? '';
  return isLocalPath(path) && !CONTROL.test(decoded) ? value : fallback;
}

const CONTROL = /[\p{Cc}\p{Cf}]/u;
const UNSAFE_IN_PATH = /[\\\s\p{Cc}\p{Cf}]/u;

function isLocalPath(path: string): boolean {
  return path.startsWith('/') && !path.startsWith('//') && !UNSAFE_IN_PATH.test(path);
}
