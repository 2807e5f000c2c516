import { html, raw } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import { type Area, areasOf } from './access.ts';
import type { Ctx } from './context.ts';
import { type CommonMessages, common, type Lang } from './i18n.ts';
import type { WebUser } from './users.ts';

/** The page shell every view shares: skip link, header with the menu for the user's roles, language switch, main landmark. */
export type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

export interface View {
  lang: Lang;
  t: CommonMessages;
  user: WebUser | null;
  csrf: string;
  path: string;
  /** Demo accounts are on: a banner on every page. */
  demo: boolean;
}

export function view(c: Ctx): View {
  // Robust before the session middleware ran (an error page for a request that failed early).
  const lang = c.get('lang') ?? 'nl';
  return {
    lang,
    t: c.get('t') ?? common(lang),
    user: c.get('user') ?? null,
    csrf: c.get('session')?.csrf ?? '',
    path: c.req.path,
    demo: c.get('demo') ?? false,
  };
}

export interface PageOptions {
  title: string;
  body: Html;
  /** Which menu item is current. */
  area?: Area | 'check' | 'home';
  scripts?: string[];
}

/** Each area's page: the menu and the home page link to it. */
export const AREA_PATH: Record<Area, string> = {
  desk: '/desk',
  mailroom: '/mailroom',
  inbox: '/inbox',
  triage: '/triage',
  operations: '/operations',
  directory: '/directory',
};

export function page(v: View, o: PageOptions): Html {
  const { t } = v;
  const items: { key: Area | 'check'; href: string; label: string }[] = [
    ...(v.user ? areasOf(v.user) : []).map((a) => ({ key: a, href: AREA_PATH[a], label: t[a] })),
    { key: 'check', href: '/check', label: t.check },
  ];
  const next = encodeURIComponent(v.path);
  return html`<!doctype html>
<html lang="${v.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${pageTitle(v, o)}</title>
<link rel="icon" href="/static/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/static/app.css">
</head>
<body>
<a class="skip-link" href="#main">${t.skipLink}</a>
${v.demo ? html`<div class="demo-banner" role="note"><p>${t.demoBanner}</p></div>` : ''}
<header class="site-header">
  <div class="header-inner">
    <a class="brand" href="/">${t.appName}</a>
    <nav aria-label="${t.mainNav}">
      <ul>
        ${items.map((i) => html`<li><a href="${i.href}"${o.area === i.key ? raw(' aria-current="page"') : ''}>${i.label}</a></li>`)}
      </ul>
    </nav>
    <div class="account">
      <a class="lang-switch" href="/language/${t.otherLanguageCode}?next=${next}" lang="${t.otherLanguageCode}" hreflang="${t.otherLanguageCode}">${t.otherLanguage}</a>
      ${
        v.user
          ? html`<span class="who">${t.signedInAs} <strong>${v.user.name}</strong></span>
      <form method="post" action="/logout" class="inline">${csrfField(v)}<button type="submit" class="link-button">${t.signOut}</button></form>`
          : html`<a href="/login">${t.signIn}</a>`
      }
    </div>
  </div>
</header>
<main id="main" tabindex="-1">
${o.body}
</main>
<footer class="site-footer"><p>${t.appName} · <a href="/check">${t.check}</a></p></footer>
${(o.scripts ?? []).map((s) => html`<script src="/static/${s}" defer></script>`)}
</body>
</html>`;
}

/** Where you are, most specific first: "Ontvangstbewijzen – Balie – postkamer". */
function pageTitle(v: View, o: PageOptions): string {
  const area = o.area && o.area !== 'home' ? v.t[o.area] : undefined;
  return [o.title, area && area !== o.title ? area : undefined, v.t.appName].filter(Boolean).join(' – ');
}

export function csrfField(v: Pick<View, 'csrf'>): Html {
  return html`<input type="hidden" name="_csrf" value="${v.csrf}">`;
}

export interface FieldError {
  field: string;
  message: string;
}

/** The error summary at the top of a form: each message links to its field. */
export function errorSummary(v: View, errors: FieldError[]): Html {
  if (!errors.length) return html``;
  return html`<div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1">
  <h2 id="error-summary-title">${v.t.errorSummary}</h2>
  <ul>${errors.map((e) => html`<li><a href="#${e.field}">${e.message}</a></li>`)}</ul>
</div>`;
}

/** The message under a field, and the attributes that tie it to the field. */
export function fieldError(errors: FieldError[], name: string): { message: Html; attrs: Html } {
  const e = errors.find((x) => x.field === name);
  if (!e) return { message: html``, attrs: html`` };
  return {
    message: html`<p class="field-error" id="${name}-error">${e.message}</p>`,
    attrs: raw(` aria-invalid="true" aria-describedby="${name}-error"`),
  };
}

export function notice(text: string | undefined, kind: 'success' | 'info' | 'warning' = 'success'): Html {
  if (!text) return html``;
  return html`<div class="notice notice-${kind}" role="status"><p>${text}</p></div>`;
}

/** A page with only a heading and a message, for 403/404/500 and similar. */
export function messagePage(v: View, title: string, text: string): Html {
  return page(v, {
    title,
    body: html`<h1>${title}</h1><p>${text}</p><p><a href="/">${v.t.backHome}</a></p>`,
  });
}
