import type { MiddlewareHandler } from 'hono';
import { html } from 'hono/html';
import { areasOf } from '../access.ts';
import { requireUser } from '../auth.ts';
import { field, formData, safeNext, type WebApp, type WebContext, type WebEnv } from '../context.ts';
import { defineMessages, isLang, LANG_COOKIE } from '../i18n.ts';
import { AREA_PATH, csrfField, errorSummary, type FieldError, fieldError, notice, page, type View, view } from '../layout.ts';
import { LoginThrottle } from '../login-throttle.ts';
import { errorCode } from '../oidc.ts';
import { minutesToWait, retryAfter } from '../rate-limit.ts';
import { isHttps } from '../session.ts';
import { verifyPassword } from '../users.ts';
import { registerOidc } from './oidc.ts';

const messages = defineMessages(
  {
    title: 'Aanmelden',
    intro: 'Meld u aan met uw gebruikersnaam en wachtwoord.',
    username: 'Gebruikersnaam',
    password: 'Wachtwoord',
    submit: 'Aanmelden',
    usernameMissing: 'Vul uw gebruikersnaam in',
    passwordMissing: 'Vul uw wachtwoord in',
    wrong: 'De gebruikersnaam of het wachtwoord klopt niet',
    throttled: (minutes: number) =>
      `Te veel mislukte pogingen. Probeer het over ${minutes} ${minutes === 1 ? 'minuut' : 'minuten'} opnieuw.`,
    signedOut: 'U bent afgemeld.',
    homeTitle: 'Waar wilt u aan werken?',
    homeIntro: 'Kies een onderdeel.',
    areaText: {
      desk: 'Documenten van klanten aan de balie innemen en een ontvangstbewijs meegeven.',
      mailroom: 'De post van vandaag scannen en uploaden, en de stand per bestand volgen.',
      inbox: 'De documenten die bij u en uw team liggen, en die van collega’s voor wie u waarneemt.',
      triage: 'Documenten die het systeem niet kon doorsturen: soort, klant en behandelaar kiezen.',
      operations: 'Stand van zaken, meldingen, wachtrijen en mislukte stappen.',
      directory: 'Afwezigheid en vervanging, consulenten, klanten overdragen, teamroutes.',
    },
    noAreas: 'Uw account heeft geen rol. Vraag functioneel beheer om een rol.',
    oidcIntro: 'Meld u aan met het account van uw organisatie.',
    oidcButton: (name: string) => `Aanmelden met ${name}`,
    passwordIntro: 'Of meld u aan met uw gebruikersnaam en wachtwoord.',
    passwordsOff: (name: string) => `Aanmelden met een wachtwoord kan hier niet. Meld u aan met ${name}.`,
  },
  {
    title: 'Sign in',
    intro: 'Sign in with your username and password.',
    username: 'Username',
    password: 'Password',
    submit: 'Sign in',
    usernameMissing: 'Enter your username',
    passwordMissing: 'Enter your password',
    wrong: 'The username or password is not right',
    throttled: (minutes: number) => `Too many failed attempts. Try again in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}.`,
    signedOut: 'You have signed out.',
    homeTitle: 'What do you want to work on?',
    homeIntro: 'Choose a part.',
    areaText: {
      desk: 'Take in documents from clients at the front desk and hand them a receipt.',
      mailroom: 'Scan and upload today’s post and follow the state of every file.',
      inbox: 'The documents with you and your team, and those of colleagues you cover for.',
      triage: 'Documents the system could not route: choose type, client and handler.',
      operations: 'Overview, alerts, queues and failed steps.',
      directory: 'Absences and substitutes, consultants, client transfers, team routes.',
    },
    noAreas: 'Your account has no role. Ask the application manager for one.',
    oidcIntro: 'Sign in with your organisation’s account.',
    oidcButton: (name: string) => `Sign in with ${name}`,
    passwordIntro: 'Or sign in with your username and password.',
    passwordsOff: (name: string) => `Signing in with a password is not possible here. Sign in with ${name}.`,
  },
);

/** How the organisation's identity provider is offered on the sign-in page, when it is configured. */
interface ProviderOption {
  name: string;
  /** The password form is offered too. */
  passwords: boolean;
}

function providerOf(web: WebContext): ProviderOption | undefined {
  const settings = web.oidc?.signIn.settings;
  return settings && { name: settings.name, passwords: settings.passwords };
}

function loginPage(
  v: View,
  o: { username?: string; next: string; errors?: FieldError[]; info?: string; provider?: ProviderOption | undefined },
) {
  const m = messages(v.lang);
  const errors = o.errors ?? [];
  const provider = o.provider;
  return page(v, {
    title: m.title,
    body: html`<h1>${m.title}</h1>
${notice(o.info, 'info')}
${errorSummary(v, errors)}
${
  provider
    ? html`<p>${m.oidcIntro}</p>
<p><a class="button" href="/login/oidc?next=${encodeURIComponent(o.next)}">${m.oidcButton(provider.name)}</a></p>
${provider.passwords ? html`<p>${m.passwordIntro}</p>${passwordForm(v, o, errors)}` : ''}`
    : html`<p>${m.intro}</p>${passwordForm(v, o, errors)}`
}`,
  });
}

function passwordForm(v: View, o: { username?: string; next: string }, errors: FieldError[]) {
  const m = messages(v.lang);
  const u = fieldError(errors, 'username');
  const p = fieldError(errors, 'password');
  return html`<form method="post" action="/login" novalidate>
  ${csrfField(v)}
  <input type="hidden" name="next" value="${o.next}">
  <label for="username">${m.username}</label>
  ${u.message}
  <input type="text" id="username" name="username" autocomplete="username" autocapitalize="none" spellcheck="false" required value="${o.username ?? ''}"${u.attrs}>
  <label for="password">${m.password}</label>
  ${p.message}
  <input type="password" id="password" name="password" autocomplete="current-password" required${p.attrs}>
  <p><button type="submit">${m.submit}</button></p>
</form>`;
}

/** Failed sign-ins from one address, whatever the usernames (password spraying). */
const SIGN_IN_ADDRESS = 'sign-in-address';

/**
 * Before a sign-in form is read: an address with too many failed sign-ins (any usernames) waits,
 * with a 429 and Retry-After. Registered before the CSRF check, which reads the body.
 */
export function signInGate(web: WebContext): MiddlewareHandler<WebEnv> {
  return async (c, next) => {
    if (c.req.method !== 'POST') return next();
    const wait = await web.limiter.wait(SIGN_IN_ADDRESS, web.address(c), web.limits.signIn);
    if (wait === 0) return next();
    const v = view(c);
    retryAfter(c, wait);
    web.rt.logger.warn('sign-in throttled', { event: 'auth.throttled', scope: 'address' });
    const message = messages(v.lang).throttled(minutesToWait(wait));
    return c.html(loginPage(v, { next: '/', errors: [{ field: 'username', message }], provider: providerOf(web) }), 429);
  };
}

export function registerAuth(app: WebApp, web: WebContext) {
  const provider = providerOf(web);
  if (web.oidc) registerOidc(app, web, web.oidc);

  app.get('/login', (c) => {
    const v = view(c);
    if (v.user) return c.redirect(safeNext(c.req.query('next')), 303);
    const info = c.req.query('msg') === 'signed-out' ? messages(v.lang).signedOut : undefined;
    return c.html(loginPage(v, { next: safeNext(c.req.query('next')), info, provider }));
  });

  app.post('/login', async (c) => {
    const v = view(c);
    const m = messages(v.lang);
    const form = await formData(c);
    const username = field(form, 'username').toLowerCase();
    const password = typeof form.password === 'string' ? form.password : '';
    const next = safeNext(field(form, 'next'));
    // Only the provider signs people in: a password hash left in the users file opens nothing.
    if (provider && !provider.passwords) return c.html(loginPage(v, { next, info: m.passwordsOff(provider.name), provider }), 403);
    const errors: FieldError[] = [];
    if (!username) errors.push({ field: 'username', message: m.usernameMissing });
    if (!password) errors.push({ field: 'password', message: m.passwordMissing });
    if (errors.length) return c.html(loginPage(v, { username, next, errors, provider }), 400);

    const address = web.address(c);
    const key = LoginThrottle.key(username, address);
    const wait = await web.throttle.retryAfter(key);
    if (wait > 0) {
      retryAfter(c, wait);
      web.rt.logger.warn('sign-in throttled', { event: 'auth.throttled', scope: 'user' });
      return c.html(
        loginPage(v, { username, next, errors: [{ field: 'username', message: m.throttled(minutesToWait(wait)) }], provider }),
        429,
      );
    }
    const record = web.users.get(username);
    const ok = await verifyPassword(password, record?.passwordHash);
    if (!ok || !record) {
      await web.throttle.fail(key);
      await web.limiter.record(SIGN_IN_ADDRESS, address, web.limits.signIn);
      web.rt.logger.warn('sign-in failed', { event: 'auth.failed' });
      return c.html(loginPage(v, { username, next, errors: [{ field: 'password', message: m.wrong }], provider }), 401);
    }
    await web.throttle.succeed(key);
    // A new session id and CSRF token at sign-in: a session planted before sign-in is worthless.
    await web.sessions.revoke(c, c.get('session'));
    await web.sessions.write(c, web.sessions.fresh(record.username));
    web.rt.logger.info('signed in', { event: 'auth.signed-in', user: record.username });
    return c.redirect(next, 303);
  });

  app.post('/logout', async (c) => {
    const user = c.get('user');
    const session = c.get('session');
    await web.sessions.revoke(c, session);
    await web.sessions.write(c, web.sessions.fresh());
    if (user) web.rt.logger.info('signed out', { event: 'auth.signed-out', user: user.username });
    const signedOut = '/login?msg=signed-out';
    // Signed in through the provider: end its session too, or the next sign-in is one click without a password.
    if (session.via === 'oidc' && web.oidc) {
      const back = new URL(signedOut, web.rt.config.PUBLIC_URL).href;
      const endSession = await web.oidc.signIn.endSessionUrl(back).catch((error: unknown) => {
        web.rt.logger.warn('OIDC end-session address unknown', { event: 'auth.oidc-logout-failed', detail: errorCode(error) });
        return undefined;
      });
      if (endSession) return c.redirect(endSession.href, 303);
    }
    return c.redirect(signedOut, 303);
  });

  app.get('/language/:lang', (c) => {
    const lang = c.req.param('lang');
    if (isLang(lang)) {
      c.header('Set-Cookie', `${LANG_COOKIE}=${lang}; Path=/; Max-Age=31536000; SameSite=Lax${isHttps(c) ? '; Secure' : ''}`, {
        append: true,
      });
    }
    return c.redirect(safeNext(c.req.query('next')), 303);
  });

  app.get('/', requireUser(), (c) => {
    const v = view(c);
    const m = messages(v.lang);
    const areas = v.user ? areasOf(v.user) : [];
    // The directory is beside someone's daily work (their absences), not a start page of its own.
    const work = areas.filter((a) => a !== 'directory');
    if (work.length === 1 && work[0]) return c.redirect(AREA_PATH[work[0]], 303);
    return c.html(
      page(v, {
        title: m.homeTitle,
        area: 'home',
        body: html`<h1>${m.homeTitle}</h1>
${
  areas.length
    ? html`<p>${m.homeIntro}</p><ul class="cards">${areas.map(
        (a) => html`<li><h2><a href="${AREA_PATH[a]}">${v.t[a]}</a></h2><p>${m.areaText[a]}</p></li>`,
      )}</ul>`
    : html`<p>${m.noAreas}</p>`
}`,
      }),
    );
  });
}
