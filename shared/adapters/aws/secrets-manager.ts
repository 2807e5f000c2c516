import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { SDK_RETRY } from './clients.ts';

/** Reads a secret's value (the web app's session key, an OIDC client secret). */
export interface SecretReader {
  read(secretId: string): Promise<string>;
}

/** Secrets Manager: the secret's current string value; an empty or binary secret is refused by name. */
export class SecretsManagerSecrets implements SecretReader {
  constructor(private readonly client: SecretsManagerClient = new SecretsManagerClient(SDK_RETRY)) {}

  async read(secretId: string): Promise<string> {
    const res = await this.client.send(new GetSecretValueCommand({ SecretId: secretId }));
    if (!res.SecretString) throw new Error(`secret ${res.Name ?? 'unnamed'} has no string value`);
    return res.SecretString;
  }
}
