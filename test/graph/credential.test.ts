import { ClientCertificateCredential, ClientSecretCredential, DeviceCodeCredential, WorkloadIdentityCredential } from '@azure/identity';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { CLOUDS, isLoopbackHost, normaliseGraphUrl, resolveEndpoint } from '../../src/graph/cloud.js';
import { certificatePem, createCredential, planCredential, StaticTokenSource, tokenSourceFor } from '../../src/graph/credential.js';
import { decodeJwtClaims, tokenRoles } from '../../src/graph/jwt.js';
import { fakeJwt } from '../simulator/harness.js';

// Tests never construct DefaultAzureCredential, managed identity or the Azure CLI credential (they probe the
// network or spawn `az`): for those, the *plan* is checked. The others are constructed and inspected; none is
// asked for a token.
const AUTHORITY = 'https://login.microsoftonline.com';
const TENANT = '11111111-2222-4333-8444-555555555555';
const CLIENT = '99999999-8888-4777-8666-555555555555';

describe('national clouds', () => {
  it('chooses the authority host and the Graph endpoint together', () => {
    expect(resolveEndpoint({})).toMatchObject({
      baseUrl: 'https://graph.microsoft.com',
      authorityHost: 'https://login.microsoftonline.com',
      scope: 'https://graph.microsoft.com/.default',
      snapshotCloud: 'global',
    });
    expect(resolveEndpoint({ cloud: 'usgov' })).toMatchObject({
      baseUrl: 'https://graph.microsoft.us',
      authorityHost: 'https://login.microsoftonline.us',
      scope: 'https://graph.microsoft.us/.default',
    });
    expect(resolveEndpoint({ cloud: 'usgov-dod' })).toMatchObject({
      baseUrl: 'https://dod-graph.microsoft.us',
      authorityHost: 'https://login.microsoftonline.us',
      scope: 'https://dod-graph.microsoft.us/.default',
    });
    expect(resolveEndpoint({ cloud: 'china' })).toMatchObject({
      baseUrl: 'https://microsoftgraph.chinacloudapi.cn',
      authorityHost: 'https://login.chinacloudapi.cn',
      scope: 'https://microsoftgraph.chinacloudapi.cn/.default',
    });
    expect(Object.keys(CLOUDS)).toEqual(['global', 'usgov', 'usgov-dod', 'china']);
    expect(() => resolveEndpoint({ cloud: 'germany' })).toThrow(InputError);
  });

  it('--graph-url: https anywhere, plain http only to this machine; the cloud still picks the token audience', () => {
    expect(resolveEndpoint({ graphUrl: 'http://127.0.0.1:4321/', cloud: 'usgov' })).toMatchObject({
      baseUrl: 'http://127.0.0.1:4321',
      snapshotCloud: 'custom',
      scope: 'https://graph.microsoft.us/.default',
    });
    expect(normaliseGraphUrl('https://proxy.example/graph/v1.0')).toBe('https://proxy.example/graph');
    expect(normaliseGraphUrl('http://localhost:9')).toBe('http://localhost:9');
    expect(normaliseGraphUrl('http://[::1]:9')).toBe('http://[::1]:9');
    for (const bad of [
      'http://graph.example.com',
      'http://10.0.0.5:80',
      'ftp://x',
      'not a url',
      'https://u:p@x.example',
      'https://x.example/?q=1',
    ]) {
      expect(() => normaliseGraphUrl(bad), bad).toThrow(InputError);
    }
    expect(isLoopbackHost('127.8.9.10')).toBe(true);
    expect(isLoopbackHost('127.0.0.1.example.com')).toBe(false);
  });
});

describe('credential selection', () => {
  it('an access token (flag or GATEHOUSE_ACCESS_TOKEN) wins and needs no credential', () => {
    expect(planCredential({ accessToken: 'abc' }, AUTHORITY, {})).toEqual({ mode: 'access-token', token: 'abc', source: 'flag' });
    expect(planCredential({}, AUTHORITY, { GATEHOUSE_ACCESS_TOKEN: 'Bearer xyz' })).toEqual({
      mode: 'access-token',
      token: 'xyz',
      source: 'env',
    });
    expect(() => planCredential({ accessToken: 'abc', auth: 'cli' }, AUTHORITY, {})).toThrow(/either --access-token/);
    expect(tokenSourceFor({ mode: 'access-token', token: 'abc', source: 'flag' }, 'scope', {})).toBeInstanceOf(StaticTokenSource);
  });

  it('default, cli and managed-identity are planned (not constructed here) with tenant and client ids', () => {
    expect(planCredential({}, AUTHORITY, {})).toEqual({ mode: 'default', authorityHost: AUTHORITY });
    expect(planCredential({ auth: 'default', tenant: TENANT, clientId: CLIENT }, AUTHORITY, {})).toEqual({
      mode: 'default',
      tenantId: TENANT,
      clientId: CLIENT,
      authorityHost: AUTHORITY,
    });
    expect(planCredential({ auth: 'cli' }, AUTHORITY, { AZURE_TENANT_ID: TENANT })).toEqual({ mode: 'cli', tenantId: TENANT });
    expect(planCredential({ auth: 'managed-identity' }, AUTHORITY, {})).toEqual({ mode: 'managed-identity' });
    expect(planCredential({ auth: 'managed-identity', clientId: CLIENT }, AUTHORITY, {})).toEqual({
      mode: 'managed-identity',
      clientId: CLIENT,
    });
    expect(() => planCredential({ auth: 'password' }, AUTHORITY, {})).toThrow(/--auth "password" must be one of/);
  });

  it('client-secret: the secret only from AZURE_CLIENT_SECRET; builds a ClientSecretCredential', () => {
    expect(() => planCredential({ auth: 'client-secret', tenant: TENANT, clientId: CLIENT }, AUTHORITY, {})).toThrow(/AZURE_CLIENT_SECRET/);
    expect(() => planCredential({ auth: 'client-secret', clientId: CLIENT }, AUTHORITY, { AZURE_CLIENT_SECRET: 's' })).toThrow(/--tenant/);
    const plan = planCredential({ auth: 'client-secret', tenant: TENANT }, AUTHORITY, {
      AZURE_CLIENT_SECRET: 'fake-secret',
      AZURE_CLIENT_ID: CLIENT,
    });
    expect(plan).toEqual({ mode: 'client-secret', tenantId: TENANT, clientId: CLIENT, authorityHost: AUTHORITY });
    expect(JSON.stringify(plan)).not.toContain('fake-secret');
    expect(createCredential(plan as never, { AZURE_CLIENT_SECRET: 'fake-secret' })).toBeInstanceOf(ClientSecretCredential);
  });

  it('device-code and workload-identity build their credentials', () => {
    const device = planCredential({ auth: 'device-code', tenant: 'contoso.onmicrosoft.com' }, 'https://login.microsoftonline.us', {});
    expect(device).toEqual({ mode: 'device-code', tenantId: 'contoso.onmicrosoft.com', authorityHost: 'https://login.microsoftonline.us' });
    expect(createCredential(device as never, {})).toBeInstanceOf(DeviceCodeCredential);
    expect(() => planCredential({ auth: 'workload-identity', tenant: TENANT, clientId: CLIENT }, AUTHORITY, {})).toThrow(
      /AZURE_FEDERATED_TOKEN_FILE/,
    );
    const wl = planCredential({ auth: 'workload-identity' }, AUTHORITY, {
      AZURE_TENANT_ID: TENANT,
      AZURE_CLIENT_ID: CLIENT,
      AZURE_FEDERATED_TOKEN_FILE: '/var/run/secrets/token',
    });
    expect(wl).toMatchObject({ mode: 'workload-identity', tokenFilePath: '/var/run/secrets/token' });
    expect(createCredential(wl as never, {})).toBeInstanceOf(WorkloadIdentityCredential);
  });

  it('client-certificate: PEM as is, PFX converted in memory with the password from the environment', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gatehouse-cert-'));
    const key = join(dir, 'key.pem');
    const crt = join(dir, 'cert.crt');
    execFileSync(
      'openssl',
      ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', crt, '-days', '2', '-subj', '/CN=gatehouse-test'],
      { stdio: 'ignore' },
    );
    const pem = join(dir, 'both.pem');
    writeFileSync(pem, execFileSync('cat', [key, crt]));
    const pfx = join(dir, 'cert.pfx');
    execFileSync('openssl', ['pkcs12', '-export', '-inkey', key, '-in', crt, '-out', pfx, '-passout', 'pass:pfx-pass'], {
      stdio: 'ignore',
    });

    expect(() => planCredential({ auth: 'client-certificate', tenant: TENANT, clientId: CLIENT }, AUTHORITY, {})).toThrow(/--certificate/);
    const plan = planCredential({ auth: 'client-certificate', tenant: TENANT, clientId: CLIENT, certificate: pem }, AUTHORITY, {});
    expect(createCredential(plan as never, {})).toBeInstanceOf(ClientCertificateCredential);
    expect(certificatePem(pem, {})).toBeUndefined();

    const converted = certificatePem(pfx, { AZURE_CLIENT_CERTIFICATE_PASSWORD: 'pfx-pass' })!;
    expect(converted).toMatch(/BEGIN CERTIFICATE/);
    expect(converted).toMatch(/PRIVATE KEY/);
    const pfxPlan = planCredential({ auth: 'client-certificate', tenant: TENANT, clientId: CLIENT, certificate: pfx }, AUTHORITY, {});
    expect(createCredential(pfxPlan as never, { AZURE_CLIENT_CERTIFICATE_PASSWORD: 'pfx-pass' })).toBeInstanceOf(
      ClientCertificateCredential,
    );
    expect(() => certificatePem(pfx, { AZURE_CLIENT_CERTIFICATE_PASSWORD: 'wrong' })).toThrow(InputError);
    expect(() => certificatePem(join(dir, 'missing.pfx'), {})).toThrow(/cannot be read/);
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('token claims', () => {
  it('reads roles and tid from a JWT without verifying it; opaque tokens have none', () => {
    const token = fakeJwt({ tid: TENANT, roles: ['Policy.Read.All', 'User.Read.All'] });
    expect(decodeJwtClaims(token)).toMatchObject({ tid: TENANT });
    expect(tokenRoles(token)).toEqual(['Policy.Read.All', 'User.Read.All']);
    expect(tokenRoles(fakeJwt({ scp: 'User.Read' }))).toBeUndefined();
    expect(decodeJwtClaims('opaque-token')).toBeUndefined();
    expect(decodeJwtClaims('a.!!!.c')).toBeUndefined();
  });
});
