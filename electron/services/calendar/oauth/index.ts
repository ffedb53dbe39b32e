/**
 * Google and Microsoft calendars over OAuth 2.0 (RFC 8252): connecting through the system
 * browser, refresh tokens kept sealed, disconnecting. Electron-free: the main process passes
 * in shell.openExternal, safeStorage (as a SecretBox), fetch and the clock.
 */
export { BUILD_ENV_NAMES, clientsFromBuildEnv, OwnClientSchema, resolveClient, type OAuthClients, type OwnClient } from './client-config';
export { OAuthConnections, type ConnectRequest, type DisconnectResult, type OAuthConnectionsOptions } from './oauth-connections';
export { OAuthConnectionError, type OAuthErrorKind } from './oauth-errors';
export { authorize, refreshAccess, revokeRefreshToken, type OAuthClient, type OAuthDeps, type OAuthGrant } from './oauth-flow';
export { GOOGLE, MICROSOFT, PROVIDERS, type LoopbackRedirectShape, type OAuthProvider, type OAuthProviderId } from './providers';
export { TokenStore, type AccountTokens, type OpenedTokens } from './token-store';
