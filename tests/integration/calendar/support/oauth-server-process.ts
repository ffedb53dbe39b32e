/**
 * A real OpenID / OAuth 2.0 server (oidc-provider) run as its own process on 127.0.0.1, so a
 * test can stop it by pid like a provider going down. Its development login and consent pages
 * stand in for Google's and Microsoft's. Prints `{"port":N}` on stdout once listening.
 *
 * The client is a native public client (no secret, PKCE required) registered with the loopback
 * redirect http://127.0.0.1/callback: oidc-provider, like Google and Microsoft, accepts any port
 * on a loopback redirect of a native client (RFC 8252 §7.3).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import Provider from 'oidc-provider';

let handle: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => {
  res.writeHead(503).end();
};
const server = createServer((req, res) => handle(req, res));

server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  const port = address && typeof address === 'object' ? address.port : 0;
  const provider = new Provider(`http://127.0.0.1:${port}`, {
    clients: [
      {
        client_id: 'touchpoint-test-client',
        application_type: 'native',
        token_endpoint_auth_method: 'none',
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        redirect_uris: ['http://127.0.0.1/callback'],
      },
    ],
    scopes: ['openid', 'offline_access', 'calendar.read'],
    features: { devInteractions: { enabled: true }, revocation: { enabled: true } },
    cookies: { keys: ['touchpoint-test-cookie-key'] },
    // Rotation as Microsoft does it: every refresh returns a new refresh token.
    rotateRefreshToken: true,
  });
  handle = provider.callback();
  process.stdout.write(`${JSON.stringify({ port })}\n`);
});
