import { describe, expect, it } from 'vitest';
import { clientsFromBuildEnv, GOOGLE, MICROSOFT, OwnClientSchema, resolveClient } from '../../../electron/services/calendar/oauth';

describe('client ids', () => {
  const built = clientsFromBuildEnv({
    MAIN_VITE_GOOGLE_CLIENT_ID: ' 123-abc.apps.googleusercontent.com ',
    MAIN_VITE_GOOGLE_CLIENT_SECRET: 'GOCSPX-desktop',
    MAIN_VITE_MICROSOFT_CLIENT_ID: '',
  });

  it('come from the build environment; empty means not configured', () => {
    expect(built).toEqual({ google: { clientId: '123-abc.apps.googleusercontent.com', clientSecret: 'GOCSPX-desktop' }, microsoft: null });
  });

  it('the user’s own client wins over the build’s', () => {
    expect(resolveClient('google', 'Google', built, { clientId: 'mine', clientSecret: null })).toEqual({ clientId: 'mine', clientSecret: null });
    expect(resolveClient('google', 'Google', built, null).clientId).toBe('123-abc.apps.googleusercontent.com');
  });

  it('without either, connecting cannot start and the message says where to add one', () => {
    expect(() => resolveClient('microsoft', 'Microsoft', built, null)).toThrow(
      'This copy of Touchpoint has no Microsoft app registration. Add your own client id under Settings → Calendars → Advanced (the README explains how to get one).',
    );
  });

  it('a pasted client id is trimmed; spaces inside are refused', () => {
    expect(OwnClientSchema.parse({ clientId: '  0c1d-22\n' })).toEqual({ clientId: '0c1d-22', clientSecret: null });
    expect(OwnClientSchema.safeParse({ clientId: 'two words' }).success).toBe(false);
  });
});

describe('provider configurations', () => {
  it('ask only to read calendars', () => {
    expect(GOOGLE.scopes).toEqual(['https://www.googleapis.com/auth/calendar.readonly']);
    expect(MICROSOFT.scopes).toEqual(['https://graph.microsoft.com/Calendars.Read', 'offline_access']);
  });

  it('Google revokes, Microsoft cannot', () => {
    expect(GOOGLE.revocationEndpoint).toBe('https://oauth2.googleapis.com/revoke');
    expect(MICROSOFT.revocationEndpoint).toBeNull();
    expect(MICROSOFT.tokenEndpoint).toBe('https://login.microsoftonline.com/common/oauth2/v2.0/token');
    expect(GOOGLE.extraAuthorizationParams).toMatchObject({ access_type: 'offline' });
  });
});
