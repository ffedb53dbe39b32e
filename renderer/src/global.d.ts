import type { TouchpointApi } from '../../shared/contract/index';

declare global {
  interface Window {
    /** Exposed by the preload (Electron) or the test harness; use it only through api.ts. */
    readonly touchpoint: TouchpointApi;
  }
}

export {};
