import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { type Area, canUse } from './access.ts';
import type { Ctx, WebContext, WebEnv } from './context.ts';
import { formData, wantsJson } from './context.ts';
import { common, isLang, LANG_COOKIE } from './i18n.ts';
import { messagePage, view } from './layout.ts';
import { publicUser } from './users.ts';

/**
 * Request middleware: the session (created when missing), the signed-in user (looked up in the
 * user file on every request, so a removed user is out at once), the language, and the CSRF check
 * on every state-changing request.
 */
export function sessionMiddleware(web: WebContext): MiddlewareHandler<WebEnv> {
  return async (c, next) => {
    let session = await web.sessions.read(c);
    if (!session) {
      session = web.sessions.fresh();
      await web.sessions.write(c, session);
    }
    const record = session.username ? web.users.get(session.username) : undefined;
    c.set('session', session);
    c.set('demo', web.demo);
    c.set('user', record ? publicUser(record) : null);
    const lang = getCookie(c, LANG_COOKIE);
    c.set('lang', isLang(lang) ? lang : 'nl');
    c.set('t', common(c.get('lang')));
    await next();
  };
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Session-bound CSRF token in a hidden `_csrf` field (forms) or an `X-CSRF-Token` header (scripts); plus an Origin check. */
export function csrfMiddleware(): MiddlewareHandler<WebEnv> {
  return async (c, next) => {
    if (SAFE_METHODS.has(c.req.method)) return next();
    const origin = c.req.header('origin');
    const sameOrigin = !origin || origin === new URL(c.req.url).origin || origin === forwardedOrigin(c);
    let token = c.req.header('x-csrf-token');
    if (!token) {
      const type = c.req.header('content-type') ?? '';
      if (type.startsWith('multipart/form-data') || type.startsWith('application/x-www-form-urlencoded')) {
        const form = await formData(c);
        token = typeof form._csrf === 'string' ? form._csrf : undefined;
      }
    }
    if (!sameOrigin || !token || token !== c.get('session').csrf) {
      if (wantsJson(c)) return c.json({ error: 'csrf', message: 'Missing or wrong CSRF token.' }, 403);
      const v = view(c);
      return c.html(messagePage(v, v.t.badRequestTitle, v.t.csrfText), 403);
    }
    return next();
  };
}

function forwardedOrigin(c: Ctx): string | undefined {
  const proto = c.req.header('x-forwarded-proto');
  const host = c.req.header('x-forwarded-host') ?? c.req.header('host');
  return proto && host ? `${proto}://${host}` : undefined;
}

/** Signed in, else a redirect to the sign-in page (pages) or 401 (API). */
export function requireUser(): MiddlewareHandler<WebEnv> {
  return async (c, next) => {
    if (c.get('user')) return next();
    if (wantsJson(c)) return c.json({ error: 'unauthenticated', message: 'Sign in first.' }, 401);
    const back = c.req.method === 'GET' ? c.req.path + (new URL(c.req.url).search ?? '') : '/';
    return c.redirect(`/login?next=${encodeURIComponent(back)}`, 303);
  };
}

/** Signed in with a role that may use this area, else 403. */
export function requireArea(area: Area): MiddlewareHandler<WebEnv> {
  return async (c, next) => {
    const user = c.get('user');
    if (!user) return requireUser()(c, next);
    if (canUse(user, area)) return next();
    return forbidden(c);
  };
}

/** Signed in with a role that may use at least one of these areas, else 403 (pages shared by several roles). */
export function requireAnyArea(areas: readonly Area[]): MiddlewareHandler<WebEnv> {
  return async (c, next) => {
    const user = c.get('user');
    if (!user) return requireUser()(c, next);
    if (areas.some((a) => canUse(user, a))) return next();
    return forbidden(c);
  };
}

export function forbidden(c: Ctx, text?: string) {
  const v = view(c);
  if (wantsJson(c)) return c.json({ error: 'forbidden', message: text ?? common('en').forbiddenText }, 403);
  return c.html(messagePage(v, v.t.forbiddenTitle, text ?? v.t.forbiddenText), 403);
}

export function notFound(c: Ctx) {
  const v = view(c);
  if (wantsJson(c)) return c.json({ error: 'not-found', message: 'Not found.' }, 404);
  return c.html(messagePage(v, v.t.notFoundTitle, v.t.notFoundText), 404);
}
