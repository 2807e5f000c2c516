import type { Hono } from 'hono';

/**
 * A client for in-process web tests (`app.request`, no browser, no network) that keeps its
 * cookies like a browser (starting with `cookies`, e.g. the UI language), reads the CSRF token
 * from a page and signs in.
 */
// biome-ignore lint/suspicious/noExplicitAny: any web app's environment will do
export function webClient(app: Hono<any>, cookies: Record<string, string> = {}) {
  const jar = new Map<string, string>(Object.entries(cookies));
  const request = async (path: string, init: RequestInit & { form?: Record<string, string> } = {}) => {
    const headers = new Headers(init.headers);
    headers.set('cookie', [...jar].map(([k, v]) => `${k}=${v}`).join('; '));
    let body = init.body;
    if (init.form) {
      body = new URLSearchParams(init.form).toString();
      headers.set('content-type', 'application/x-www-form-urlencoded');
    }
    const res = await app.request(`http://postkamer.test${path}`, { ...init, headers, body, redirect: 'manual' });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const [name, ...value] = (pair ?? '').split('=');
      if (name) jar.set(name, value.join('='));
    }
    return res;
  };
  /** The session's CSRF token, as a form on `path` carries it. */
  const csrf = async (path = '/login') => {
    const html = await (await request(path)).text();
    return /name="_csrf" value="([^"]+)"/.exec(html)?.[1] ?? '';
  };
  const signIn = async (username: string, password = `${username}-pass`) =>
    request('/login', { method: 'POST', form: { _csrf: await csrf(), username, password, next: '/' } });
  /** A form post with the session's CSRF token. */
  const post = async (path: string, form: Record<string, string>) =>
    request(path, { method: 'POST', form: { _csrf: await csrf('/check'), ...form } });
  /** The Cookie header the client sends now (to replay it later, like a copied cookie). */
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  return { request, csrf, signIn, post, cookie };
}
