import { readFileSync } from 'node:fs';
import { ImapFlow } from 'imapflow';
import { intake } from '../functions/intake/intake.ts';
import { type MailIntakeDeps, takeInMail } from '../functions/mail-intake/mail-intake.ts';
import { renderMailBodyPdf } from '../functions/receipt/mail-body-pdf.ts';
import { receiptEffectKey } from '../functions/receipt/receipt.ts';
import { loadDejaVuFonts } from '../shared/adapters/local/dejavu-fonts.ts';
import { parseMail } from '../shared/adapters/mail-parser.ts';
import { ConfigurationError } from '../shared/domain/errors.ts';
import { DEFAULT_MAIL_RULES } from '../shared/domain/mail-intake.ts';
import type { Logger } from '../shared/ports.ts';
import type { Runtime } from './runtime.ts';

/**
 * Post by e-mail, embedded: a mailbox read over IMAP. Every message in the intake folder is
 * fetched whole, handed to the mail intake (which stores and records it before anything else) and
 * only after that returns moved to the processed folder. A crash anywhere before the move leaves
 * the message in the intake folder; the next look takes it again and the intake, keyed by the
 * message's SHA-256, gives the same record, the same documents and no second reply.
 *
 * New mail is noticed by IDLE (the server tells of it at once); a look every `pollMs` covers
 * servers without IDLE and connections that went quiet. A lost connection is made again.
 */
export interface MailboxSettings {
  host: string;
  port: number;
  /** TLS from the start (993); false: plain, STARTTLS when the server offers it. */
  secure: boolean;
  user: string;
  password: string;
  folder: string;
  processedFolder: string;
  /** Where a message too large to fetch goes (kept on the server, answered and alerted). */
  rejectedFolder: string;
  /** A message over this size is not fetched whole: only its header is read. */
  maxMessageBytes: number;
  pollMs: number;
}

export interface MailboxWatcherOptions {
  mailbox: MailboxSettings;
  /**
   * Takes one message in; must have stored and recorded it when it returns. `byteSize` is set when
   * `eml` is only the header of a message too large to fetch.
   */
  takeIn: (eml: Uint8Array, source: string, byteSize?: number) => Promise<unknown>;
  logger: Logger;
  /** Called after messages were taken in (wakes the workers). */
  onIntake?: () => void;
}

export interface MailboxStatus {
  connected: boolean;
  lastLookAt: string | null;
  lastError: string | null;
  takenIn: number;
}

export class MailboxWatcher {
  private client: ImapFlow | undefined;
  private closed = false;
  private wake: (() => void) | undefined;
  private running: Promise<void> | undefined;
  readonly status: MailboxStatus = { connected: false, lastLookAt: null, lastError: null, takenIn: 0 };

  constructor(private readonly o: MailboxWatcherOptions) {}

  /** Looks at the mailbox now and whenever IDLE tells of new mail or `pollMs` passed, until closed. */
  start() {
    this.running = this.loop();
    return this;
  }

  async close() {
    this.closed = true;
    this.wake?.();
    await this.running;
    await this.disconnect();
  }

  /**
   * One look: takes in every message in the folder, oldest first, moving each after it was
   * recorded. A message whose intake fails stays where it is (tried again at the next look).
   * Returns how many were taken in.
   */
  async look(): Promise<number> {
    const client = await this.connect();
    const { folder, processedFolder, rejectedFolder } = this.o.mailbox;
    let taken = 0;
    const lock = await client.getMailboxLock(folder);
    try {
      const uids = (await client.search({ all: true }, { uid: true })) || [];
      for (const uid of uids) {
        if (this.closed) break;
        // The size first (RFC822.SIZE): a message over the limit is never fetched whole.
        const head = await client.fetchOne(String(uid), { size: true }, { uid: true });
        if (head === false) continue; // the message vanished meanwhile
        const oversized = (head.size ?? 0) > this.o.mailbox.maxMessageBytes;
        const message = await client.fetchOne(String(uid), oversized ? { headers: true } : { source: true }, { uid: true });
        const bytes = message === false ? undefined : oversized ? message.headers : message.source;
        if (!bytes) continue;
        try {
          await this.o.takeIn(new Uint8Array(bytes), `imap:${folder}`, oversized ? head.size : undefined);
        } catch (error) {
          this.status.lastError = (error as Error).name;
          this.o.logger.error('mail intake failed; the message stays in the mailbox', { uid, error: (error as Error).name });
          continue;
        }
        // Only now: the message is stored and recorded (an oversized one stays on the server).
        await client.messageMove(String(uid), oversized ? rejectedFolder : processedFolder, { uid: true });
        taken++;
        this.status.takenIn++;
      }
    } finally {
      lock.release();
    }
    this.status.lastLookAt = new Date().toISOString();
    if (taken) this.o.onIntake?.();
    return taken;
  }

  private async loop() {
    let backoffMs = 1000;
    while (!this.closed) {
      try {
        await this.look();
        this.status.lastError = null;
        backoffMs = 1000;
        await this.sleep(this.o.mailbox.pollMs);
      } catch (error) {
        this.status.lastError = (error as Error).message;
        this.o.logger.error('mailbox unavailable', { error: (error as Error).name, code: (error as { code?: string }).code });
        await this.disconnect();
        await this.sleep(backoffMs);
        backoffMs = Math.min(backoffMs * 2, 60_000);
      }
    }
  }

  private sleep(ms: number) {
    return new Promise<void>((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wake = done;
    });
  }

  private async connect(): Promise<ImapFlow> {
    if (this.client?.usable) return this.client;
    await this.disconnect();
    const m = this.o.mailbox;
    const client = new ImapFlow({
      host: m.host,
      port: m.port,
      secure: m.secure,
      auth: { user: m.user, pass: m.password },
      logger: false,
    });
    client.on('error', (error: Error) => {
      this.status.lastError = error.message;
      this.o.logger.warn('mailbox connection error', { error: error.name });
    });
    client.on('close', () => {
      this.status.connected = false;
    });
    // IDLE: the server announces new mail while the folder is open between looks.
    client.on('exists', () => this.wake?.());
    await client.connect();
    for (const made of [m.processedFolder, m.rejectedFolder])
      try {
        await client.mailboxCreate(made);
      } catch {
        // It exists already (servers answer that with an error).
      }
    await client.mailboxOpen(m.folder);
    this.client = client;
    this.status.connected = true;
    return client;
  }

  private async disconnect() {
    const client = this.client;
    this.client = undefined;
    this.status.connected = false;
    if (!client) return;
    try {
      await client.logout();
    } catch {
      client.close();
    }
  }
}

/** The mailbox settings from the configuration, or null when no mailbox is configured. */
export function mailboxSettings(config: Runtime['config']): MailboxSettings | null {
  if (!config.MAIL_IMAP_HOST) return null;
  if (!config.MAIL_IMAP_USER) throw new ConfigurationError('config.mail', 'MAIL_IMAP_HOST is set: set MAIL_IMAP_USER too');
  const password = config.MAIL_IMAP_PASSWORD_FILE
    ? readFileSync(config.MAIL_IMAP_PASSWORD_FILE, 'utf8').trim()
    : (config.MAIL_IMAP_PASSWORD ?? '');
  if (!password) throw new ConfigurationError('config.mail', 'MAIL_IMAP_HOST is set: set MAIL_IMAP_PASSWORD_FILE (or MAIL_IMAP_PASSWORD)');
  const secure = config.MAIL_IMAP_TLS === 'true';
  return {
    host: config.MAIL_IMAP_HOST,
    port: config.MAIL_IMAP_PORT ?? (secure ? 993 : 143),
    secure,
    user: config.MAIL_IMAP_USER,
    password,
    folder: config.MAIL_IMAP_FOLDER,
    processedFolder: config.MAIL_IMAP_PROCESSED_FOLDER,
    rejectedFolder: config.MAIL_IMAP_REJECTED_FOLDER,
    maxMessageBytes: config.MAIL_MAX_MB * 1024 * 1024,
    pollMs: config.MAIL_IMAP_POLL_S * 1000,
  };
}

/** The mail intake's ports and settings in the embedded runtime. */
export function mailIntakeDeps(rt: Runtime): MailIntakeDeps {
  const own = [rt.config.MAIL_FROM, rt.config.MAIL_IMAP_USER].filter((a): a is string => Boolean(a?.includes('@')));
  return {
    intake: rt.intakeDeps,
    takeInFile: (input) => intake(rt.intakeDeps, input),
    receiptEffectKey,
    mailLog: rt.mailLog,
    mailer: rt.mailer,
    directory: rt.directory,
    renderBody: async (body, header) => renderMailBodyPdf(body, header, await loadDejaVuFonts()),
    parse: parseMail,
    settings: {
      maxMessageBytes: rt.config.MAIL_MAX_MB * 1024 * 1024,
      maxFileBytes: rt.maxBytes,
      rules: { ...DEFAULT_MAIL_RULES, ownAddresses: own.map((a) => a.toLowerCase()) },
      replyLimit: rt.config.MAIL_REPLY_LIMIT,
      publicUrl: rt.config.PUBLIC_URL,
      claimLeaseMs: rt.queue.leaseMs,
    },
  };
}

/** The embedded runtime's mailbox, read until `close()`; undefined when none is configured. */
export function watchMailbox(rt: Runtime, onIntake: () => void): MailboxWatcher | undefined {
  const mailbox = mailboxSettings(rt.config);
  if (!mailbox) return undefined;
  const deps = mailIntakeDeps(rt);
  return new MailboxWatcher({
    mailbox,
    takeIn: (bytes, source, byteSize) => takeInMail(deps, { bytes, source, byteSize }),
    logger: rt.logger,
    onIntake,
  }).start();
}
