import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { NotFoundError, WorkItemRequestError, WorkItemStateError } from '../../shared/domain/errors.ts';
import { csrfMiddleware, notFound, sessionMiddleware } from './auth.ts';
import { bodyLimitMiddleware, bodyLimitsFrom, isBodyTooLarge } from './body-limits.ts';
import { clientAddress, type SocketAddress } from './client-address.ts';
import { MalformedFormError, type WebContext, type WebEnv, wantsJson } from './context.ts';
import { messagePage, view } from './layout.ts';
import { LoginThrottle } from './login-throttle.ts';
import { type OidcSettings, OidcSignIn } from './oidc.ts';
import { rateLimit } from './rate-limit.ts';
import { registerApi } from './routes/api.ts';
import { registerAuth, signInGate } from './routes/auth.ts';
import { registerCheck } from './routes/check.ts';
import { registerDesk } from './routes/desk.ts';
import { registerDirectory } from './routes/directory.ts';
import { registerDocuments } from './routes/documents.ts';
import { registerMailroom } from './routes/mailroom.ts';
import { registerOperations } from './routes/operations.ts';
import { registerSheets } from './routes/sheets.ts';
import { registerTriage } from './routes/triage.ts';
import { SessionStore } from './session.ts';
import { spooledFiles, spoolOptions } from './upload-spool.ts';
import type { UserRecord } from './users.ts';
import type { WebRuntime } from './web-runtime.ts';
import type { WebStores } from './web-stores.ts';

/**
 * The web application: desk, mailroom, consultant inbox, triage, operations and the public receipt
 * check, server-rendered, plus a JSON API with the same rules. The same app runs in the embedded
 * runtime (`createApp` in local/server.ts, SQLite) and in the AWS web Lambda (functions/web).
 */
export interface WebSite extends WebStores {
  users: UserRecord[];
  /** The demo accounts (`serve --demo`): every page says so. */
  demo: boolean;
  sessionSecret: string;
  /** A folder of this process's own where uploads are spooled (see `spoolDir`). */
  spoolDir: string;
  /** Wakes the worker when new work was queued. */
  nudge: () => void;
  /** Where a request came from when no proxy says (default: the Node socket). */
  socketAddress?: SocketAddress;
  /** Sign-in through the organisation's identity provider (OIDC); none: passwords only. */
  oidc?: OidcSettings | undefined;
}

const STATIC_DIR = join(dirname(fileURLToPath(import.meta.url)), 'static');
const STATIC: Record<string, string> = {
  'app.css': 'text/css; charset=utf-8',
  'upload.js': 'text/javascript; charset=utf-8',
  'batch.js': 'text/javascript; charset=utf-8',
  'favicon.svg': 'image/svg+xml',
};

export function createWebApp(rt: WebRuntime, site: WebSite) {
  const settings = rt.config;
  const now = () => rt.clock.now().getTime();
  const { limiter } = site;
  const web: WebContext = {
    rt,
    users: new Map(site.users.map((u) => [u.username, u])),
    sessions: new SessionStore(site.sessionSecret, settings.POSTKAMER_SESSION_HOURS * 3600_000, site.revoked, now),
    throttle: new LoginThrottle(limiter),
    limiter,
    limits: { signIn: settings.RATE_LIMIT_SIGN_IN, check: settings.RATE_LIMIT_CHECK, upload: settings.RATE_LIMIT_UPLOAD },
    address: (c) => clientAddress(c, settings.TRUST_PROXY, site.socketAddress),
    demo: site.demo,
    uploads: site.uploads,
    pipeline: site.pipeline,
    nudge: site.nudge,
    oidc: site.oidc && {
      signIn: new OidcSignIn(site.oidc, new URL('/login/oidc/callback', settings.PUBLIC_URL)),
      flowSecret: site.sessionSecret,
    },
  };
  const spool = spoolOptions(site.spoolDir, rt.maxBytes, settings.MAX_UPLOAD_FILES);

  const app = new Hono<WebEnv>();

  app.use(
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
        // Signing out posts to /logout, which redirects to the provider's end-session page: browsers hold that redirect to form-action.
        formAction: ["'self'", ...(site.oidc ? [new URL(site.oidc.issuer).origin] : [])],
      },
      referrerPolicy: 'same-origin',
      crossOriginEmbedderPolicy: false,
    }),
  );

  // Liveness, public; the counts are at /api/status, for operations (api.ts).
  app.get('/health', (c) => c.json({ ok: true }));

  const assets = new Map(Object.entries(STATIC).map(([name, type]) => [name, { type, body: readFileSync(join(STATIC_DIR, name)) }]));
  // Browsers ask for /favicon.ico whatever the page says.
  app.get('/favicon.ico', (c) => c.redirect('/static/favicon.svg', 301));
  app.get('/static/:name', (c) => {
    const asset = assets.get(c.req.param('name'));
    if (!asset) return c.text('not found', 404);
    return c.body(asset.body, 200, { 'Content-Type': asset.type, 'Cache-Control': 'public, max-age=300' });
  });

  app.use('*', sessionMiddleware(web));
  // Per-address limits, before anything reads a body.
  app.use('/login', signInGate(web));
  app.use(
    '/check',
    rateLimit({ limiter, scope: 'check', limit: web.limits.check, address: web.address, counts: (c) => !!c.req.query('receipt') }),
  );
  for (const path of ['/desk/upload', '/mailroom/upload'])
    app.use(
      path,
      rateLimit({ limiter, scope: 'upload', limit: web.limits.upload, address: web.address, counts: (c) => c.req.method === 'POST' }),
    );
  app.use('*', bodyLimitMiddleware(bodyLimitsFrom(settings)));
  // Uploads spool to disk as they arrive; the spool files go when the request is answered.
  app.use('*', async (c, next) => {
    c.set('spool', spool);
    try {
      await next();
    } finally {
      const form = c.get('form');
      if (form) await Promise.all(spooledFiles(form).map((f) => f.dispose()));
    }
  });
  app.use('*', csrfMiddleware());

  registerAuth(app, web);
  registerCheck(app, web);
  registerDesk(app, web);
  registerMailroom(app, web);
  registerDocuments(app, web);
  registerTriage(app, web);
  registerSheets(app, web);
  registerOperations(app, web);
  registerDirectory(app, web);
  registerApi(app, web);

  app.notFound((c) => notFound(c));
  app.onError((error, c) => {
    // A streamed body over its limit: the body-limit middleware answers 413.
    if (isBodyTooLarge(error)) return c.body(null, 413);
    const status =
      error instanceof NotFoundError
        ? 404
        : error instanceof WorkItemStateError
          ? 409
          : error instanceof WorkItemRequestError || error instanceof MalformedFormError
            ? 400
            : 500;
    if (status === 500)
      rt.logger.error('request failed', {
        path: c.req.routePath,
        method: c.req.method,
        error: error.name,
        message: error.message.slice(0, 200),
      });
    if (wantsJson(c))
      return c.json(
        {
          error: status === 500 ? 'internal' : ((error as { code?: string }).code ?? 'error'),
          message: status === 500 ? 'Internal error.' : error.message,
        },
        status,
      );
    const v = view(c);
    if (status === 404) return c.html(messagePage(v, v.t.notFoundTitle, v.t.notFoundText), 404);
    if (status === 500) return c.html(messagePage(v, v.t.errorTitle, v.t.errorText), 500);
    if (error instanceof MalformedFormError)
      return c.html(messagePage(v, v.t.badRequestTitle, error.text[v.lang === 'nl' ? 'nl' : 'en']), 400);
    return c.html(messagePage(v, v.t.badRequestTitle, error.message), status);
  });

  return app;
}
