import { join } from 'node:path';
import { manageDirectoryDeps } from './commands/directory.ts';
import type { Runtime } from './runtime.ts';
import { createWebApp } from './web/app.ts';
import type { OidcSettings } from './web/oidc.ts';
import { RateLimiter } from './web/rate-limiter.ts';
import { RevokedSessions } from './web/revoked-sessions.ts';
import { embeddedOidc, sessionSecret } from './web/settings.ts';
import { SqlitePipelineView } from './web/sqlite-pipeline-view.ts';
import { spoolDir } from './web/upload-spool.ts';
import { UploadStore } from './web/upload-store.ts';
import { loadWebUsers, type UserRecord } from './web/users.ts';

/** The web application of the embedded runtime: the shared app (local/web/app.ts) over SQLite. */
export interface AppOptions {
  /** Users; default: the file named by POSTKAMER_USERS, or the demo accounts with `demo`. */
  users?: UserRecord[];
  /** The demo accounts of examples/users.json (`serve --demo`), with a banner on every page. */
  demo?: boolean;
  sessionSecret?: string;
  /** Sign-in through an identity provider; default: from the OIDC_* settings (none without OIDC_ISSUER). */
  oidc?: OidcSettings;
  /** Wakes the worker when new work was queued. */
  nudge?: () => void;
}

export function createApp(rt: Runtime, options: AppOptions = {}) {
  const settings = rt.config;
  const demo = options.demo ?? false;
  const now = () => rt.clock.now().getTime();
  return createWebApp(
    { ...rt, manageDirectoryDeps: manageDirectoryDeps(rt) },
    {
      users: options.users ?? loadWebUsers({ demo, usersFile: settings.POSTKAMER_USERS }),
      demo,
      sessionSecret: options.sessionSecret ?? sessionSecret(settings, rt.dataDir),
      oidc: options.oidc ?? embeddedOidc(settings),
      limiter: new RateLimiter(rt.db, now),
      revoked: new RevokedSessions(rt.db, now),
      uploads: new UploadStore(rt.db),
      pipeline: new SqlitePipelineView(rt),
      // Each app spools into a folder of its own (its key lives in this process only); what a process
      // that is gone left behind cannot be read by anyone: cleared. Another serve on the same data
      // dir keeps its own.
      spoolDir: spoolDir(join(rt.dataDir, 'spool')),
      nudge: options.nudge ?? (() => {}),
    },
  );
}
