import { AuthenticationError, ChainedTokenCredential, CredentialUnavailableError } from '@azure/identity';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { collectCommand } from '../../src/cli/commands/collect.js';
import { reportError } from '../../src/cli/main.js';
import { AuthenticationFailure } from '../../src/graph/errors.js';
import { packagePath } from '../../src/paths.js';
import { modelFromSnapshot } from '../../src/simulator/model.js';
import { baseSnapshot } from '../support/fixtures.js';
import { tempDirs } from '../support/temp-dirs.js';
import { FAST, startSim } from '../simulator/harness.js';

/**
 * Sign-in diagnostics: with no usable credential gatehouse says which credentials it tried and why each failed (from
 * @azure/identity's aggregate error), then what to do next — and nothing reaches Graph. The chain here is a
 * ChainedTokenCredential (what DefaultAzureCredential is) of stand-ins that fail as @azure/identity's own do; tests
 * never construct credentials that reach out.
 */
const tempDir = tempDirs('signin');
beforeEach(() => {
  vi.restoreAllMocks();
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
});

// Named as @azure/identity names its credentials, failing with their wording.
class EnvironmentCredential {
  async getToken(): Promise<never> {
    throw new CredentialUnavailableError(
      'EnvironmentCredential is unavailable. No underlying credential could be used. To troubleshoot, visit https://aka.ms/azsdk/js/identity/environmentcredential/troubleshoot.',
    );
  }
}
class WorkloadIdentityCredential {
  async getToken(): Promise<never> {
    throw new CredentialUnavailableError(
      'WorkloadIdentityCredential: is unavailable. tenantId, clientId, and federatedTokenFilePath are required parameters.',
    );
  }
}
class AzureCliCredential {
  async getToken(): Promise<never> {
    throw new CredentialUnavailableError(
      "Azure CLI could not be found. Please visit https://aka.ms/azure-cli for installation instructions and then, once installed, authenticate to your Azure account using 'az login'.",
    );
  }
}
class ClientSecretCredential {
  async getToken(): Promise<never> {
    throw new AuthenticationError(401, {
      error: 'invalid_client',
      error_description:
        'AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value.\r\n::error::forged\r\nTrace ID: 0000\r\nCorrelation ID: 1111',
    });
  }
}

async function signInFailure(credential: {
  getToken(...a: unknown[]): Promise<unknown>;
}): Promise<{ error: AuthenticationFailure; printed: string; requests: number; written: boolean }> {
  const sim = await startSim({ model: modelFromSnapshot(baseSnapshot()) });
  const out = join(tempDir(), 'snapshot.json');
  const error = (await collectCommand({ graphUrl: sim.url, credential: credential as never, out, quiet: true, graphTuning: FAST }).catch(
    (e: unknown) => e,
  )) as AuthenticationFailure;
  let printed = '';
  const code = reportError(error, (t) => (printed += t));
  expect(code).toBe(3);
  return { error, printed, requests: sim.log.length, written: existsSync(out) };
}

describe('sign-in diagnostics', () => {
  it('with no usable credential in a chain, each credential tried is printed with why it failed, then the next steps; nothing reaches Graph', async () => {
    const { error, printed, requests, written } = await signInFailure(
      new ChainedTokenCredential(new EnvironmentCredential(), new WorkloadIdentityCredential(), new AzureCliCredential()),
    );
    expect(error).toBeInstanceOf(AuthenticationFailure);
    expect(printed.split('\n')).toEqual([
      'gatehouse: authentication failed: no credential in ChainedTokenCredential could sign in; tried:',
      '  EnvironmentCredential: is unavailable. No underlying credential could be used. To troubleshoot, visit https://aka.ms/azsdk/js/identity/environmentcredential/troubleshoot.',
      '  WorkloadIdentityCredential: is unavailable. tenantId, clientId, and federatedTokenFilePath are required parameters.',
      "  AzureCliCredential: Azure CLI could not be found. Please visit https://aka.ms/azure-cli for installation instructions and then, once installed, authenticate to your Azure account using 'az login'.",
      expect.stringMatching(
        /^Next steps: sign in with `az login --tenant <tenant> --allow-no-subscriptions` \(then --auth cli\), or use --auth device-code, or evaluate a snapshot collected elsewhere with --snapshot <file>\. AZURE_LOG_LEVEL=verbose shows what @azure\/identity tried\.$/,
      ),
      '',
    ]);
    expect(requests).toBe(0);
    expect(written).toBe(false);
  });

  it('one credential failing prints the first line of its reason from the token endpoint, then the next steps; no line is a workflow command', async () => {
    const { printed, requests } = await signInFailure(new ClientSecretCredential());
    const lines = printed.trimEnd().split('\n');
    expect(lines[0]).toBe(
      'gatehouse: authentication failed (ClientSecretCredential): AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value.',
    );
    expect(lines[1]).toMatch(/^Next steps: /);
    expect(lines).toHaveLength(2);
    for (const l of lines) expect(l).not.toMatch(/^\s*::/);
    expect(requests).toBe(0);
  });

  it('the README documents AZURE_LOG_LEVEL and the next steps', () => {
    const readme = readFileSync(packagePath('README.md'), 'utf8');
    expect(readme).toMatch(/AZURE_LOG_LEVEL=verbose/);
    expect(readme).toMatch(/--auth device-code/);
  });
});
