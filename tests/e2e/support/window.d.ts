import type { TouchpointApi } from '../../../shared/contract/index';

// Pages under test have the bridge the harness installs, typed like the renderer's.
declare global {
  interface Window {
    readonly touchpoint: TouchpointApi;
  }
}

export {};
