import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { META_CONTENT_SECURITY_POLICY } from './shared/security';
import { RENDERER_CHUNK_GROUPS } from './scripts/renderer-chunks';

const root = import.meta.dirname;

/** Adds the CSP meta tag to the built page (dev keeps Vite's inline HMR scripts working). */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'touchpoint-csp',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace('<head>', `<head>\n    <meta http-equiv="Content-Security-Policy" content="${META_CONTENT_SECURITY_POLICY}" />`),
  };
}

export default defineConfig({
  main: {
    build: {
      outDir: resolve(root, 'out/main'),
      sourcemap: false,
      rollupOptions: { input: { index: resolve(root, 'electron/main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: resolve(root, 'out/preload'),
      sourcemap: false,
      // Sandboxed windows can only load one self-contained CommonJS preload.
      externalizeDeps: false,
      isolatedEntries: true,
      rollupOptions: {
        input: { index: resolve(root, 'electron/preload/index.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    base: './',
    plugins: [react(), contentSecurityPolicy()],
    build: {
      outDir: resolve(root, 'out/renderer'),
      sourcemap: false,
      minify: true,
      // Two pages: the main window, and the popup that loads only what it shows.
      rollupOptions: {
        input: { index: resolve(root, 'renderer/index.html'), popup: resolve(root, 'renderer/popup.html') },
        // React in a chunk of its own, shared by both pages, named for what it is; and the
        // popup's "Log a moment" face in one chunk, so the popup opens with two scripts to
        // fetch rather than one per small module.
        output: {
          codeSplitting: { groups: RENDERER_CHUNK_GROUPS },
        },
      },
    },
  },
});
