import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OAuthConnections, PROVIDERS, TokenStore } from '../../../electron/services/calendar/oauth';
import { createTestSecretBox } from '../../fixtures/calendar-sync/aes-secret-box';
import { FakeClock } from '../../support/fake-clock';
import { tempFolderPerTest } from '../../support/temp-dir';

const folder = tempFolderPerTest();
const clock = new FakeClock('2026-03-02T09:00:00Z');
const tokens = { provider: 'google' as const, clientId: 'client-a', clientSecret: 'desktop-secret', refreshToken: '1//refresh-token-value' };

describe('TokenStore', () => {
  it('seals the refresh token and the client secret with the key store; nothing readable on disk', async () => {
    const store = await TokenStore.open(folder.path, createTestSecretBox(), clock);
    await store.put('acct', tokens);
    const text = await readFile(join(folder.path, 'oauth-tokens.json'), 'utf8');
    expect(text).not.toContain('refresh-token-value');
    expect(text).not.toContain('desktop-secret');
    expect(text).toContain('client-a'); // a client id is not a secret, and refreshes need the same one
    const reopened = await TokenStore.open(folder.path, createTestSecretBox(), clock);
    expect(reopened.get('acct')).toEqual({ ok: true, protected: true, tokens });
  });

  it('without a key store keeps the token marked unprotected, so Settings can say so', async () => {
    const store = await TokenStore.open(folder.path, createTestSecretBox({ available: false }), clock);
    await store.put('acct', tokens);
    expect(store.get('acct')).toMatchObject({ ok: true, protected: false });
  });

  it('a token sealed under another key is unreadable, and refreshing asks to connect again', async () => {
    const store = await TokenStore.open(folder.path, createTestSecretBox(), clock);
    await store.put('acct', tokens);
    const other = await TokenStore.open(folder.path, createTestSecretBox({ key: Buffer.alloc(32, 9) }), clock);
    expect(other.get('acct')).toEqual({ ok: false, reason: 'unreadable' });
    const connections = new OAuthConnections({ tokens: other, deps: { fetch: globalThis.fetch, clock, requestTimeoutMs: 1_000 }, providers: PROVIDERS });
    await expect(connections.accessToken('acct')).rejects.toMatchObject({ kind: 'secret-unavailable' });
    await expect(connections.accessToken('nobody')).rejects.toMatchObject({ kind: 'not-connected' });
  });

  it('an unreadable file is set aside, never deleted, and the user is told', async () => {
    await writeFile(join(folder.path, 'oauth-tokens.json'), '{"version":1,"accounts":{"x":{"provider":"yahoo"}}}');
    const store = await TokenStore.open(folder.path, createTestSecretBox(), clock);
    expect(store.loadProblem).toContain('connect those calendars again');
    expect(store.has('x')).toBe(false);
    const names = await readdir(folder.path);
    expect(names.some((name) => name.startsWith('oauth-tokens.json.unreadable-'))).toBe(true);
  });
});
