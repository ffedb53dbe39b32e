import { describe, expect, it } from 'vitest';
import { appUrlMatcher, trustedRole } from '../../../../electron/services/ipc/sender';

const isAppUrl = appUrlMatcher('app://touchpoint', undefined);
const roleOf = (id: number) => (id === 1 ? 'main' : id === 2 ? 'popup' : null);

describe('trustedRole', () => {
  it('accepts the top frame of our windows on our own pages', () => {
    expect(trustedRole({ webContentsId: 1, frameUrl: 'app://touchpoint/index.html#/log', isTopFrame: true }, roleOf, isAppUrl)).toBe('main');
    expect(trustedRole({ webContentsId: 2, frameUrl: 'app://touchpoint/index.html#/popup/log', isTopFrame: true }, roleOf, isAppUrl)).toBe('popup');
  });

  it.each([
    ['a window we did not create', { webContentsId: 7, frameUrl: 'app://touchpoint/index.html', isTopFrame: true }],
    ['an iframe inside our window', { webContentsId: 1, frameUrl: 'app://touchpoint/index.html', isTopFrame: false }],
    ['our window after navigating elsewhere', { webContentsId: 1, frameUrl: 'https://evil.example/', isTopFrame: true }],
    ['a look-alike origin', { webContentsId: 1, frameUrl: 'app://touchpoint.evil/index.html', isTopFrame: true }],
    ['a file URL', { webContentsId: 1, frameUrl: 'file:///etc/passwd', isTopFrame: true }],
    ['a frame that is gone', { webContentsId: 1, frameUrl: null, isTopFrame: true }],
  ])('refuses %s', (_label, sender) => {
    expect(trustedRole(sender, roleOf, isAppUrl)).toBeNull();
  });

  it('accepts the dev server only when one is configured', () => {
    const dev = appUrlMatcher('app://touchpoint', 'http://localhost:5173');
    expect(dev('http://localhost:5173/#/log')).toBe(true);
    expect(isAppUrl('http://localhost:5173/#/log')).toBe(false);
    expect(dev('http://localhost:5174/')).toBe(false);
  });
});
