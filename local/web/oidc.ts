import * as client from 'openid-client';
import { ConfigurationError, PostkamerError } from '../../shared/domain/errors.ts';

/**
 * Sign-in through an OpenID Connect provider: the municipality's own (Entra ID, ADFS, Keycloak) or
 * Amazon Cognito. The provider says who someone is; what they may do stays in the users file
 * (their entry under the same username). This is the one file that speaks OIDC (openid-client):
 * discovery, the authorization code flow with PKCE, state and nonce, and the end-session address.
 */
export interface OidcSettings {
  /** The issuer URL; its discovery document is at `<issuer>/.well-known/openid-configuration`. */
  issuer: string;
  clientId: string;
  /** None: a public client, protected by PKCE alone. */
  clientSecret?: string | undefined;
  /** The claim (ID token, else userinfo) that is the username in the users file. */
  usernameClaim: string;
  /** The password form is offered as well as the provider. */
  passwords: boolean;
  /** How the sign-in button names the provider: "Aanmelden met <name>". */
  name: string;
}

/** The OIDC settings of a configuration, or none without an issuer; `clientSecret` comes from the runtime's own store. */
export function oidcSettings(
  config: {
    OIDC_ISSUER?: string | undefined;
    OIDC_CLIENT_ID?: string | undefined;
    OIDC_USERNAME_CLAIM: string;
    OIDC_PASSWORDS: 'on' | 'off';
    OIDC_NAME: string;
  },
  clientSecret?: string,
): OidcSettings | undefined {
  if (!config.OIDC_ISSUER) {
    if (config.OIDC_CLIENT_ID)
      throw new ConfigurationError('config.oidc', 'OIDC_CLIENT_ID is set without OIDC_ISSUER: set both, or neither.');
    return undefined;
  }
  if (!config.OIDC_CLIENT_ID)
    throw new ConfigurationError('config.oidc', 'OIDC_ISSUER is set: set OIDC_CLIENT_ID too (the app client registered at the provider).');
  return {
    issuer: config.OIDC_ISSUER,
    clientId: config.OIDC_CLIENT_ID,
    clientSecret,
    usernameClaim: config.OIDC_USERNAME_CLAIM,
    passwords: config.OIDC_PASSWORDS === 'on',
    name: config.OIDC_NAME,
  };
}

/** What the callback must match: kept in the browser between the redirect and the callback (signed cookie). */
export interface OidcFlow {
  state: string;
  nonce: string;
  /** The PKCE code verifier. */
  verifier: string;
}

export type OidcErrorCode =
  /** The provider cannot be reached or its discovery document is unusable. */
  | 'oidc.unreachable'
  /** The callback's state is not the one this browser was sent off with. */
  | 'oidc.state'
  /** The person or the provider refused (error=access_denied). */
  | 'oidc.denied'
  /** The provider answered with another error. */
  | 'oidc.provider-error'
  /** The code could not be exchanged or the ID token did not check out. */
  | 'oidc.token'
  /** The provider named no username in the configured claim. */
  | 'oidc.no-username';

export class OidcError extends PostkamerError {
  constructor(
    override readonly code: OidcErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(code, message, options);
  }
}

/** The web app's OIDC sign-in: the provider and the secret that signs the flow cookie (the session cookie's). */
export interface OidcWeb {
  signIn: OidcSignIn;
  flowSecret: string;
}

/** Seconds any call to the provider may take (the sign-in waits on it). */
const TIMEOUT_S = 10;

export class OidcSignIn {
  private configuration: Promise<client.Configuration> | undefined;

  constructor(
    readonly settings: OidcSettings,
    /** Where the provider sends the browser back to: `<PUBLIC_URL>/login/oidc/callback`, registered at the provider. */
    readonly callbackUrl: URL,
  ) {}

  /** The provider's address to send the browser to, and the flow the callback must match. */
  async start(): Promise<{ url: URL; flow: OidcFlow }> {
    const config = await this.discover();
    const flow: OidcFlow = { state: client.randomState(), nonce: client.randomNonce(), verifier: client.randomPKCECodeVerifier() };
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: this.callbackUrl.href,
      scope: 'openid profile',
      state: flow.state,
      nonce: flow.nonce,
      code_challenge: await client.calculatePKCECodeChallenge(flow.verifier),
      code_challenge_method: 'S256',
    });
    return { url, flow };
  }

  /**
   * The callback's query against the flow: state first (nothing is sent anywhere for a stranger's
   * callback), then the provider's error, then the code exchange (PKCE verifier, nonce, ID token
   * signature and claims). Returns the username, lower-cased as the users file keeps it.
   */
  async finish(query: URLSearchParams, flow: OidcFlow): Promise<string> {
    if (query.get('state') !== flow.state) throw new OidcError('oidc.state', 'The sign-in answer does not belong to this browser.');
    const error = query.get('error');
    if (error === 'access_denied') throw new OidcError('oidc.denied', 'The identity provider refused the sign-in.');
    if (error) throw new OidcError('oidc.provider-error', `The identity provider answered ${errorCode(error)}.`);
    const config = await this.discover();
    const current = new URL(this.callbackUrl);
    current.search = query.toString();
    let claims: Record<string, unknown>;
    let accessToken: string;
    try {
      const tokens = await client.authorizationCodeGrant(config, current, {
        pkceCodeVerifier: flow.verifier,
        expectedState: flow.state,
        expectedNonce: flow.nonce,
        idTokenExpected: true,
      });
      claims = tokens.claims() ?? {};
      accessToken = tokens.access_token;
    } catch (cause) {
      throw new OidcError('oidc.token', `The sign-in code could not be exchanged (${errorCode(cause)}).`, { cause });
    }
    let username = claims[this.settings.usernameClaim];
    // A provider may keep profile claims out of the ID token and answer them at userinfo only.
    if (username === undefined && config.serverMetadata().userinfo_endpoint && typeof claims.sub === 'string') {
      try {
        username = (await client.fetchUserInfo(config, accessToken, claims.sub))[this.settings.usernameClaim];
      } catch (cause) {
        throw new OidcError('oidc.token', `The provider's userinfo could not be read (${errorCode(cause)}).`, { cause });
      }
    }
    if (typeof username !== 'string' || !username.trim())
      throw new OidcError('oidc.no-username', `The identity provider named no ${this.settings.usernameClaim}.`);
    return username.trim().toLowerCase();
  }

  /** The provider's end-session address that comes back to `postLogoutRedirect`, if it has one (Cognito has none). */
  async endSessionUrl(postLogoutRedirect: string): Promise<URL | undefined> {
    const config = await this.discover();
    if (!config.serverMetadata().end_session_endpoint) return undefined;
    return client.buildEndSessionUrl(config, { post_logout_redirect_uri: postLogoutRedirect });
  }

  /** Discovery once per process; a failure is not kept, so the next sign-in asks again. */
  private discover(): Promise<client.Configuration> {
    this.configuration ??= (async () => {
      const { issuer, clientId, clientSecret } = this.settings;
      const insecure = new URL(issuer).protocol === 'http:';
      const found = await client.discovery(
        new URL(issuer),
        clientId,
        undefined,
        client.None(),
        // http only for a provider on this machine: the configuration refuses any other (shared/config.ts).
        { timeout: TIMEOUT_S, ...(insecure ? { execute: [client.allowInsecureRequests] } : {}) },
      );
      const server = found.serverMetadata();
      const config = new client.Configuration(
        server,
        clientId,
        undefined,
        clientAuth(clientSecret, server.token_endpoint_auth_methods_supported),
      );
      if (insecure) client.allowInsecureRequests(config);
      config.timeout = TIMEOUT_S;
      return config;
    })().catch((cause: unknown) => {
      this.configuration = undefined;
      throw new OidcError('oidc.unreachable', `The identity provider's discovery failed (${errorCode(cause)}).`, { cause });
    });
    return this.configuration;
  }
}

/**
 * How the client proves itself at the token endpoint: HTTP Basic, the OAuth default that every
 * provider takes (Cognito takes a secret no other way), unless the provider lists only the form post.
 */
function clientAuth(secret: string | undefined, methods: readonly string[] | undefined): client.ClientAuth {
  if (!secret) return client.None();
  const postOnly = methods && !methods.includes('client_secret_basic') && methods.includes('client_secret_post');
  return postOnly ? client.ClientSecretPost(secret) : client.ClientSecretBasic(secret);
}

/** A short machine word for logs: a provider's error code or the client error's code, never free text. */
export function errorCode(error: unknown): string {
  if (typeof error === 'string') return /^[\w.-]{1,40}$/.test(error) ? error : 'unknown';
  const e = (error ?? {}) as { error?: unknown; code?: unknown; name?: unknown };
  for (const v of [e.error, e.code, e.name]) if (typeof v === 'string' && /^[\w.-]{1,40}$/.test(v)) return v;
  return 'unknown';
}
