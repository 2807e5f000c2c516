import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import { NotFoundError, WorkItemRequestError, WorkItemStateError } from '../shared/domain/errors.ts';
import type { Runtime } from './runtime.ts';
import { csrfMiddleware, notFound, sessionMiddleware } from './web/auth.ts';
import { type WebContext, type WebEnv, wantsJson } from './web/context.ts';
import { messagePage, view } from './web/layout.ts';
import { LoginThrottle } from './web/login-throttle.ts';
import { registerApi } from './web/routes/api.ts';
import { registerAuth } from './web/routes/auth.ts';
import { registerCheck } from './web/routes/check.ts';
import { registerDesk } from './web/routes/desk.ts';
import { registerDocuments } from './web/routes/documents.ts';
import { registerMailroom } from './web/routes/mailroom.ts';
import { registerOperations } from './web/routes/operations.ts';
import { registerSheets } from './web/routes/sheets.ts';
import { registerTriage } from './web/routes/triage.ts';
import { SessionStore } from './web/session.ts';
import { sessionSecret } from './web/settings.ts';
import { UploadStore } from './web/upload-store.ts';
import { loadUsers, type UserRecord } from './web/users.ts';

/**
 * The web application of the embedded runtime: desk, mailroom, consultant inbox, triage,
 * operations and the public receipt check, server-rendered, plus a JSON API with the same rules.
 */
export interface AppOptions {
  /** Users; default: the file named by POSTKAMER_USERS (examples/users.json). */
  users?: UserRecord[];
  sessionSecret?: string;
  /** Wakes the worker when new work was queued. */
  nudge?: () => void;
}

const STATIC_DIR = join(dirname(fileURLToPath(import.meta.url)), 'web', 'static');
const STATIC: Record<string, string> = {
  'app.css': 'text/css; charset=utf-8',
  'upload.js': 'text/javascript; charset=utf-8',
  'batch.js': 'text/javascript; charset=utf-8',
};

export function createApp(rt: Runtime, options: AppOptions = {}) {
  const settings = rt.config;
  const users = options.users ?? loadUsers(settings.POSTKAMER_USERS);
  const web: WebContext = {
    rt,
    users: new Map(users.map((u) => [u.username, u])),
    sessions: new SessionStore(options.sessionSecret ?? sessionSecret(settings, rt.dataDir), settings.POSTKAMER_SESSION_HOURS * 3600_000),
    throttle: new LoginThrottle(),
    uploads: new UploadStore(rt.db),
    nudge: options.nudge ?? (() => {}),
  };

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

  app.get('/health', (c) => c.json({ ok: true }));
  app.get('/api/status', (c) =>
    c.json({ documents: rt.ledger.countByStatus(), pendingJobs: rt.queue.pending(), deadLetters: rt.queue.deadLetters().length }),
  );

  const assets = new Map(Object.entries(STATIC).map(([name, type]) => [name, { type, body: readFileSync(join(STATIC_DIR, name)) }]));
  app.get('/static/:name', (c) => {
    const asset = assets.get(c.req.param('name'));
    if (!asset) return c.text('not found', 404);
    return c.body(asset.body, 200, { 'Content-Type': asset.type, 'Cache-Control': 'public, max-age=300' });
  });

  // Uploads: a whole day's post may come in one plain form post.
  app.use(
    '*',
    bodyLimit({
      maxSize: rt.maxBytes * 20 + 1024 * 1024,
      onError: (c) =>
        (c.req.header('accept') ?? '').includes('application/json')
          ? c.json({ error: 'too-large', message: 'The upload is too large: send fewer or smaller files at a time.' }, 413)
          : c.text('The upload is too large: send fewer or smaller files at a time.', 413),
    }),
  );
  app.use('*', sessionMiddleware(web));
  app.use('*', csrfMiddleware());

  registerAuth(app, web);
  registerCheck(app, web);
  registerDesk(app, web);
  registerMailroom(app, web);
  registerDocuments(app, web);
  registerTriage(app, web);
  registerSheets(app, web);
  registerOperations(app, web);
  registerApi(app, web);

  app.notFound((c) => notFound(c));
  app.onError((error, c) => {
    const status =
      error instanceof NotFoundError ? 404 : error instanceof WorkItemStateError ? 409 : error instanceof WorkItemRequestError ? 400 : 500;
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
    return c.html(messagePage(v, v.t.badRequestTitle, error.message), status);
  });

  return app;
}
