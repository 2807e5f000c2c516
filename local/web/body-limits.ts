import type { MiddlewareHandler } from 'hono';
import type { Ctx, WebEnv } from './context.ts';
import { wantsJson } from './context.ts';
import { messagePage, view } from './layout.ts';

/**
 * Request body limits, enforced before anything parses the body: a declared `Content-Length`
 * above the limit is refused at once, unread; a body without one (chunked) is counted as it
 * arrives and reading stops at the limit. Nothing is buffered here: the body's consumer (the form
 * parser) reads through the counter. Unread bytes are left to the server, which drains a little
 * and then closes the connection (the answer says `Connection: close`).
 *
 * Only the upload endpoints, for a signed-in user, take files; every other request (sign-in,
 * forms, the JSON API, and an upload from someone not signed in) gets the small form limit, so an
 * anonymous request never makes the server hold more than that.
 */
export interface BodyLimits {
  /** Bytes for sign-in and every ordinary form. */
  formBytes: number;
  /** Bytes for one upload request: the files a form may carry plus room for its fields. */
  uploadBytes: number;
  /** Paths that take files. */
  uploadPaths: readonly string[];
}

/** Room for an upload form's fields and multipart boundaries next to its files. */
const FORM_OVERHEAD_BYTES = 1024 * 1024;

/** The limits that follow from the settings: `MAX_FORM_KB` per form, `MAX_FILE_MB` × `MAX_UPLOAD_FILES` per upload request. */
export function bodyLimitsFrom(settings: { MAX_FORM_KB: number; MAX_FILE_MB: number; MAX_UPLOAD_FILES: number }): BodyLimits {
  return {
    formBytes: Math.floor(settings.MAX_FORM_KB * 1024),
    uploadBytes: Math.floor(settings.MAX_FILE_MB * 1024 * 1024 * settings.MAX_UPLOAD_FILES) + FORM_OVERHEAD_BYTES,
    uploadPaths: ['/desk/upload', '/mailroom/upload'],
  };
}

/** Thrown into the body's reader when a streamed body passes its limit. */
export class BodyTooLargeError extends Error {
  readonly code = 'http.body-too-large';
  constructor(readonly limit: number) {
    super(`The request body is larger than ${limit} bytes.`);
    this.name = 'BodyTooLargeError';
  }
}

const NO_BODY = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Runs after the session middleware (it needs to know whether someone is signed in), before anything reads the body. */
export function bodyLimitMiddleware(limits: BodyLimits): MiddlewareHandler<WebEnv> {
  return async (c, next) => {
    const body = c.req.raw.body;
    if (NO_BODY.has(c.req.method) || !body) return next();
    const upload = limits.uploadPaths.includes(c.req.path) && c.get('user') !== null;
    const limit = upload ? limits.uploadBytes : limits.formBytes;
    const declared = c.req.header('content-length');
    if (declared !== undefined && !c.req.header('transfer-encoding')) {
      const length = Number(declared);
      if (!Number.isSafeInteger(length) || length < 0 || length > limit) return tooLarge(c, upload, limit);
      // Node's parser holds the sender to the declared length: nothing more can arrive.
      return next();
    }
    const counted = countedBody(body, limit);
    c.req.raw = new Request(c.req.raw, { body: counted.stream, duplex: 'half' } as RequestInit);
    await next();
    if (counted.exceeded()) c.res = await tooLarge(c, upload, limit);
  };
}

/** Whether an error (as the app's error handler sees it) is a streamed body over its limit. */
export function isBodyTooLarge(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++)
    if (e instanceof BodyTooLargeError) return true;
  return false;
}

/**
 * The body passed through a byte counter, pulled only as fast as its consumer reads. At the limit
 * the stream fails and the source is left unread (not cancelled: cancelling would reset the
 * connection before the 413 answer is sent).
 */
export function countedBody(source: ReadableStream<Uint8Array>, limit: number) {
  const reader = source.getReader();
  let bytes = 0;
  let over = false;
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { done, value } = await reader.read();
      if (done) {
        controller.close();
        return;
      }
      bytes += value.byteLength;
      if (bytes > limit) {
        over = true;
        reader.releaseLock();
        controller.error(new BodyTooLargeError(limit));
        return;
      }
      controller.enqueue(value);
    },
    cancel(reason) {
      return reader.cancel(reason);
    },
  });
  return { stream, exceeded: () => over, bytesRead: () => bytes };
}

async function tooLarge(c: Ctx, upload: boolean, limit: number): Promise<Response> {
  c.header('Connection', 'close');
  const size = formatSize(limit);
  const text = upload
    ? {
        nl: `Deze upload is groter dan ${size}. Stuur minder of kleinere bestanden tegelijk.`,
        en: `This upload is larger than ${size}. Send fewer or smaller files at a time.`,
      }
    : {
        nl: `Dit formulier is groter dan ${size} en is niet gelezen. Laad de pagina opnieuw en probeer het nog eens.`,
        en: `This form is larger than ${size} and was not read. Reload the page and try again.`,
      };
  if (wantsJson(c)) return c.json({ error: 'too-large', message: text.en, limitBytes: limit }, 413);
  const v = view(c);
  return c.html(messagePage(v, v.lang === 'nl' ? 'Te groot' : 'Too large', v.lang === 'nl' ? text.nl : text.en), 413);
}

function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round(bytes / (1024 * 1024))} MB`;
  return `${Math.round(bytes / 1024)} KB`;
}
