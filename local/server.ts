import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { NotFoundError, WorkItemRequestError, WorkItemStateError } from '../shared/domain/errors.ts';
import type { Runtime } from './runtime.ts';
import { csrfMiddleware, notFound, sessionMiddleware } from './web/auth.ts';
import { bodyLimitMiddleware, bodyLimitsFrom, isBodyTooLarge } from './web/body-limits.ts';
import { clientAddress } from './web/client-address.ts';
import { MalformedFormError, type WebContext, type WebEnv, wantsJson } from './web/context.ts';
import { messagePage, view } from './web/layout.ts';
import { LoginThrottle } from './web/login-throttle.ts';
import { rateLimit } from './web/rate-limit.ts';
import { RateLimiter } from './web/rate-limiter.ts';
import { RevokedSessions } from './web/revoked-sessions.ts';
import { registerApi } from './web/routes/api.ts';
import { registerAuth, signInGate } from './web/routes/auth.ts';
import { registerCheck } from './web/routes/check.ts';
import { registerDesk } from './web/routes/desk.ts';
import { registerDirectory } from './web/routes/directory.ts';
import { registerDocuments } from './web/routes/documents.ts';
import { registerMailroom } from './web/routes/mailroom.ts';
import { registerOperations } from './web/routes/operations.ts';
import { registerSheets } from './web/routes/sheets.ts';
import { registerTriage } from './web/routes/triage.ts';
import { SessionStore } from './web/session.ts';
import { sessionSecret } from './web/settings.ts';
import { spoolDir, spooledFiles, spoolOptions } from './web/upload-spool.ts';
import { UploadStore } from './web/upload-store.ts';
import { loadWebUsers, type UserRecord } from './web/users.ts';

/**
 * The web application of the embedded runtime: desk, mailroom, consultant inbox, triage,
 * operations and the public receipt check, server-rendered, plus a JSON API with the same rules.
 */
export interface AppOptions {
  /** Users; default: the file named by POSTKAMER_USERS, or the demo accounts with `demo`. */
  users?: UserRecord[];
  /** The demo accounts of examples/users.json (`serve --demo`), with a banner on every page. */
  demo?: boolean;
  sessionSecret?: string;
  /** Wakes the worker when new work was queued. */
  nudge?: () => void;
}

const STATIC_DIR = join(dirname(fileURLToPath(import.meta.url)), 'web', 'static');
const STATIC: Record<string, string> = {
  'app.css': 'text/css; charset=utf-8',
  'upload.js': 'text/javascript; charset=utf-8',
  'batch.js': 'text/javascript; charset=utf-8',
  'favicon.svg': 'image/svg+xml',
};

export function createApp(rt: Runtime, options: AppOptions = {}) {
  const settings = rt.config;
  const demo = options.demo ?? false;
  const users = options.users ?? loadWebUsers({ demo, usersFile: settings.POSTKAMER_USERS });
  const now = () => rt.clock.now().getTime();
  const limiter = new RateLimiter(rt.db, now);
  const web: WebContext = {
    rt,
    users: new Map(users.map((u) => [u.username, u])),
    sessions: new SessionStore(
      options.sessionSecret ?? sessionSecret(settings, rt.dataDir),
      settings.POSTKAMER_SESSION_HOURS * 3600_000,
      new RevokedSessions(rt.db, now),
      now,
    ),
    throttle: new LoginThrottle(limiter),
    limiter,
    limits: { signIn: settings.RATE_LIMIT_SIGN_IN, check: settings.RATE_LIMIT_CHECK, upload: settings.RATE_LIMIT_UPLOAD },
    address: (c) => clientAddress(c, settings.TRUST_PROXY),
    demo,
    uploads: new UploadStore(rt.db),
    nudge: options.nudge ?? (() => {}),
  };

  // Each app spools into a folder of its own (its key lives in this process only); what a process
  // that is gone left behind cannot be read by anyone: cleared. Another serve on the same data
  // dir keeps its own.
  const spool = spoolOptions(spoolDir(join(rt.dataDir, 'spool')), rt.maxBytes, settings.MAX_UPLOAD_FILES);

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
        formAction: ["'self'"],
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
