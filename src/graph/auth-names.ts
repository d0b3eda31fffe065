// Names the CLI's help text and the Action need without loading @azure/identity.

export const AUTH_MODES = [
  'default',
  'cli',
  'device-code',
  'client-secret',
  'client-certificate',
  'managed-identity',
  'workload-identity',
] as const;
export type AuthMode = (typeof AUTH_MODES)[number];

/** Environment variables gatehouse reads secrets from. Secrets are never accepted as flag values (shell history). */
export const ENV = {
  accessToken: 'GATEHOUSE_ACCESS_TOKEN',
  tenantId: 'AZURE_TENANT_ID',
  clientId: 'AZURE_CLIENT_ID',
  clientSecret: 'AZURE_CLIENT_SECRET',
  certificatePath: 'AZURE_CLIENT_CERTIFICATE_PATH',
  certificatePassword: 'AZURE_CLIENT_CERTIFICATE_PASSWORD',
  federatedTokenFile: 'AZURE_FEDERATED_TOKEN_FILE',
} as const;
