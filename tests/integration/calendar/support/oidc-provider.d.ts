/**
 * The part of oidc-provider the OAuth test server uses (the package ships no types). Kept
 * narrow: configuration goes in as data, the server comes out as a Node request handler.
 */
declare module 'oidc-provider' {
  import type { IncomingMessage, ServerResponse } from 'node:http';

  export default class Provider {
    constructor(issuer: string, configuration: Record<string, unknown>);
    callback(): (req: IncomingMessage, res: ServerResponse) => void;
  }
}
