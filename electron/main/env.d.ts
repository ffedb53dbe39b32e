/// <reference types="electron-vite/node" />

// Baked in by the main build from the environment of `npm run build` (README → Google Calendar and Microsoft 365).
interface ImportMetaEnv {
  readonly MAIN_VITE_GOOGLE_CLIENT_ID?: string;
  readonly MAIN_VITE_GOOGLE_CLIENT_SECRET?: string;
  readonly MAIN_VITE_MICROSOFT_CLIENT_ID?: string;
}
