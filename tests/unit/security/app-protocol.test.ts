import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../shared/security';
import { makeTempDir } from '../../support/temp-dir';

import { appResponse, rendererFile } from '../../../electron/services/shell/app-protocol';

describe('app:// protocol handler', () => {
  let dir: { path: string; cleanup: () => Promise<void> };
  let renderer: string;

  beforeAll(async () => {
    dir = await makeTempDir('touchpoint-protocol-');
    renderer = join(dir.path, 'renderer');
    await mkdir(join(renderer, 'assets'), { recursive: true });
    await writeFile(join(renderer, 'index.html'), '<!doctype html><title>Touchpoint</title>');
    await writeFile(join(renderer, 'assets', 'index-abc.js'), 'console.log(1)');
    await writeFile(join(dir.path, 'secret.txt'), 'outside the renderer folder');
  });
  afterAll(() => dir.cleanup());

  const get = (url: string, method = 'GET') => appResponse(renderer, method, url);

  it('serves the built files with their content types', async () => {
    const page = await get('app://touchpoint/index.html');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await page.text()).toContain('<title>Touchpoint</title>');
    expect((await get('app://touchpoint/')).status).toBe(200);
    expect((await get('app://touchpoint/assets/index-abc.js')).headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it.each([
    ['a missing file', 'app://touchpoint/nope.js', 'GET', 404],
    ['a folder (no listings)', 'app://touchpoint/assets/', 'GET', 404],
    ['another host', 'app://elsewhere/index.html', 'GET', 404],
    ['an encoded ../ out of the folder', 'app://touchpoint/%2e%2e/secret.txt', 'GET', 404],
    ['an encoded ..\\ out of the folder', 'app://touchpoint/..%5Csecret.txt', 'GET', 404],
    ['a malformed escape', 'app://touchpoint/%E0%A4%A.js', 'GET', 404],
    ['a NUL byte', 'app://touchpoint/index.html%00.js', 'GET', 404],
    ['a POST', 'app://touchpoint/index.html', 'POST', 405],
  ])('refuses %s', async (_name, url, method, status) => {
    const response = await get(url, method);
    expect(response.status).toBe(status);
    expect(await response.text()).not.toContain('outside the renderer folder');
  });

  it('puts the CSP and nosniff on every response, errors included', async () => {
    for (const response of [await get('app://touchpoint/index.html'), await get('app://touchpoint/nope'), await get('app://touchpoint/index.html', 'PUT')]) {
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });

  it('maps URLs to files only inside the renderer folder', () => {
    expect(rendererFile(renderer, 'app://touchpoint/assets/index-abc.js')).toBe(join(renderer, 'assets', 'index-abc.js'));
    expect(rendererFile(renderer, 'app://touchpoint/../secret.txt')).toBe(join(renderer, 'secret.txt'));
    expect(rendererFile(renderer, 'file:///etc/passwd')).toBeNull();
    expect(rendererFile(renderer, 'not a url')).toBeNull();
  });
});
