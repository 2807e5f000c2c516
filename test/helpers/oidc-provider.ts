import { generateKeyPairSync } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

/**
 * A real OpenID Connect provider (oidc-provider) on loopback, for sign-in tests: one confidential
 * client, no consent screen (the organisation's own app), and its sign-in screen played by the
 * test: `answer` says who signs in there, or that the person cancels. It keeps
 * `preferred_username` for its userinfo endpoint (as a strict provider does) and puts
 * `cognito:username` in the ID token (as Cognito does), so both ways of reading a username run.
 */
export type ProviderAnswer = { account: string } | 'cancel';

export interface TestOidcProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** What the person does at the provider's sign-in screen from now on. */
  answer: ProviderAnswer;
  close(): Promise<void>;
}

export async function startOidcProvider(o: { redirectUri: string; postLogoutRedirectUri: string }): Promise<TestOidcProvider> {
  let provider: Provider | undefined;
  let handle: ((req: IncomingMessage, res: ServerResponse) => void) | undefined;
  const idp: TestOidcProvider = {
    issuer: '',
    clientId: 'postkamer',
    clientSecret: 'client-secret-for-the-loopback-provider-0123456789',
    answer: { account: 'someone' },
    close: () => new Promise((r) => server.close(() => r())),
  };
  const server = createServer((req, res) => {
    if (!provider || !handle) return void res.writeHead(503).end();
    if (!req.url?.startsWith('/interaction/')) return handle(req, res);
    const result =
      idp.answer === 'cancel'
        ? { error: 'access_denied', error_description: 'End-User aborted interaction' }
        : { login: { accountId: idp.answer.account } };
    provider.interactionFinished(req, res, result, { mergeWithLastSubmission: false }).catch(() => res.writeHead(500).end());
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  idp.issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  provider = new Provider(idp.issuer, {
    clients: [
      {
        client_id: idp.clientId,
        client_secret: idp.clientSecret,
        redirect_uris: [o.redirectUri],
        post_logout_redirect_uris: [o.postLogoutRedirectUri],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    claims: { openid: ['sub', 'cognito:username'], profile: ['preferred_username', 'name'] },
    findAccount: (_ctx, sub) => ({
      accountId: sub,
      claims: () => ({ sub, preferred_username: sub, 'cognito:username': sub.toLowerCase(), name: `Naam ${sub}` }),
    }),
    loadExistingGrant: async (ctx) => {
      const session = ctx.oidc.session;
      const client = ctx.oidc.client;
      if (!session?.accountId || !client) return undefined;
      const grant = new ctx.oidc.provider.Grant({ clientId: client.clientId, accountId: session.accountId });
      grant.addOIDCScope('openid profile');
      await grant.save();
      return grant;
    },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    features: { devInteractions: { enabled: false } },
    cookies: { keys: ['loopback-provider-cookie-key'] },
    jwks: { keys: [generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' })] },
    ttl: { Interaction: 600, Session: 600, Grant: 600, AccessToken: 600, IdToken: 600 },
  });
  handle = provider.callback();
  return idp;
}
