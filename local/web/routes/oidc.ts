import { deleteCookie, getSignedCookie, setSignedCookie } from 'hono/cookie';
import { html } from 'hono/html';
import { type Ctx, safeNext, type WebApp, type WebContext } from '../context.ts';
import { defineMessages } from '../i18n.ts';
import { page, view } from '../layout.ts';
import { errorCode, OidcError, type OidcErrorCode, type OidcFlow, type OidcWeb } from '../oidc.ts';
import { isHttps } from '../session.ts';

/**
 * Sign-in through the organisation's identity provider (OIDC, `local/web/oidc.ts`): `/login/oidc`
 * sends the browser to the provider with state, nonce and a PKCE challenge, kept meanwhile in a
 * short-lived signed cookie; `/login/oidc/callback` checks the answer, and someone the users file
 * knows gets the same session as after a password sign-in. Every failure is a page that says
 * what happened and what to do, never a 500.
 */
const messages = defineMessages(
  {
    retry: 'Opnieuw aanmelden',
    failedTitle: 'Aanmelden is niet gelukt',
    expired: 'Het aanmelden duurde te lang, of deze aanmelding is al afgerond. Probeer het opnieuw.',
    state: 'Dit antwoord van de aanmeldservice hoort niet bij deze browser. Probeer opnieuw aan te melden.',
    denied:
      'Het aanmelden is afgebroken, of uw organisatie gaf geen toestemming. Probeer het opnieuw, of vraag functioneel beheer om hulp.',
    provider: (name: string) =>
      `Aanmelden met ${name} lukt nu niet. Probeer het over een paar minuten opnieuw; blijft het misgaan, meld het dan bij functioneel beheer.`,
    noUsername: 'De aanmeldservice gaf geen gebruikersnaam door. Meld dit bij functioneel beheer.',
    noAccessTitle: 'Geen toegang',
    unknownUser: 'Uw account is bekend, maar heeft geen toegang tot postkamer. Vraag functioneel beheer om toegang.',
  },
  {
    retry: 'Sign in again',
    failedTitle: 'Signing in did not work',
    expired: 'Signing in took too long, or this sign-in was already completed. Please try again.',
    state: 'This answer from the sign-in service does not belong to this browser. Please sign in again.',
    denied: 'Signing in was cancelled, or your organisation did not allow it. Try again, or ask the application manager for help.',
    provider: (name: string) =>
      `Signing in with ${name} does not work right now. Try again in a few minutes; if it keeps failing, tell the application manager.`,
    noUsername: 'The sign-in service did not pass on a username. Tell the application manager.',
    noAccessTitle: 'No access',
    unknownUser: 'Your account is known, but it has no access to postkamer. Ask the application manager for access.',
  },
);

const FLOW_COOKIE = 'pk_oidc';
const FLOW_PATH = '/login/oidc';
/** How long someone may take at the provider (entering a password, a second factor). */
const FLOW_MS = 10 * 60_000;

interface FlowCookie extends OidcFlow {
  next: string;
  /** Epoch ms. */
  expiresAt: number;
}

export function registerOidc(app: WebApp, web: WebContext, oidc: OidcWeb) {
  const now = () => web.rt.clock.now().getTime();

  app.get(FLOW_PATH, async (c) => {
    const next = safeNext(c.req.query('next'));
    if (c.get('user')) return c.redirect(next, 303);
    try {
      const { url, flow } = await oidc.signIn.start();
      const value: FlowCookie = { ...flow, next, expiresAt: now() + FLOW_MS };
      await setSignedCookie(c, FLOW_COOKIE, Buffer.from(JSON.stringify(value)).toString('base64url'), oidc.flowSecret, {
        path: FLOW_PATH,
        httpOnly: true,
        // Lax: the provider's redirect back is a top-level GET, which carries it.
        sameSite: 'Lax',
        secure: isHttps(c),
        maxAge: FLOW_MS / 1000,
      });
      return c.redirect(url.href, 303);
    } catch (error) {
      return failed(c, web, oidc, error);
    }
  });

  app.get(`${FLOW_PATH}/callback`, async (c) => {
    const flow = await readFlow(c, oidc.flowSecret, now());
    // One use: whatever the outcome, this flow is over.
    deleteCookie(c, FLOW_COOKIE, { path: FLOW_PATH, secure: isHttps(c) });
    if (!flow) {
      web.rt.logger.warn('OIDC sign-in failed', { event: 'auth.oidc-failed', reason: 'oidc.expired' });
      return failedPage(c, messages(view(c).lang).expired, 400);
    }
    let username: string;
    try {
      username = await oidc.signIn.finish(new URL(c.req.url).searchParams, flow);
    } catch (error) {
      return failed(c, web, oidc, error);
    }
    const record = web.users.get(username);
    if (!record) {
      // Who it was stays out of the log: the provider knows them, postkamer does not.
      web.rt.logger.warn('OIDC sign-in of someone not in the users file', { event: 'auth.unknown-user' });
      const v = view(c);
      const m = messages(v.lang);
      return c.html(messageWithRetry(c, m.noAccessTitle, m.unknownUser), 403);
    }
    // As after a password: a new session id and CSRF token (a session planted before sign-in is worthless).
    await web.sessions.revoke(c, c.get('session'));
    await web.sessions.write(c, { ...web.sessions.fresh(record.username), via: 'oidc' });
    web.rt.logger.info('signed in', { event: 'auth.signed-in', user: record.username, via: 'oidc' });
    return c.redirect(flow.next, 303);
  });
}

async function readFlow(c: Ctx, secret: string, now: number): Promise<FlowCookie | undefined> {
  const value = await getSignedCookie(c, secret, FLOW_COOKIE);
  if (!value) return undefined;
  try {
    const f = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as Partial<FlowCookie>;
    const fields = [f.state, f.nonce, f.verifier, f.next];
    if (!fields.every((x) => typeof x === 'string') || typeof f.expiresAt !== 'number' || f.expiresAt <= now) return undefined;
    return { ...(f as FlowCookie), next: safeNext(f.next) };
  } catch {
    return undefined;
  }
}

const STATUS: Record<OidcErrorCode, 400 | 403 | 502> = {
  'oidc.state': 400,
  'oidc.denied': 403,
  'oidc.provider-error': 502,
  'oidc.token': 502,
  'oidc.unreachable': 502,
  'oidc.no-username': 502,
};

/** A failed sign-in, logged by its code (and the provider's or client's error code), answered with a page. */
function failed(c: Ctx, web: WebContext, oidc: OidcWeb, error: unknown) {
  const m = messages(view(c).lang);
  // Anything else is a fault of ours or the library's: still a page that says what to do.
  const code: OidcErrorCode = error instanceof OidcError ? error.code : 'oidc.provider-error';
  const detail = errorCode(error instanceof OidcError ? error.cause : error);
  web.rt.logger.warn('OIDC sign-in failed', { event: 'auth.oidc-failed', reason: code, ...(detail !== 'unknown' ? { detail } : {}) });
  const text =
    code === 'oidc.state'
      ? m.state
      : code === 'oidc.denied'
        ? m.denied
        : code === 'oidc.no-username'
          ? m.noUsername
          : m.provider(oidc.signIn.settings.name);
  return failedPage(c, text, STATUS[code]);
}

function failedPage(c: Ctx, text: string, status: 400 | 403 | 502) {
  return c.html(messageWithRetry(c, messages(view(c).lang).failedTitle, text), status);
}

function messageWithRetry(c: Ctx, title: string, text: string) {
  const v = view(c);
  return page(v, {
    title,
    body: html`<h1>${title}</h1><p>${text}</p><p><a href="/login">${messages(v.lang).retry}</a></p>`,
  });
}
