/** How the renderer's build groups modules into chunks both pages share (electron.vite.config.ts). */

/**
 * What the popup's first face shares with the main window (modules both pages import at start;
 * the face's own modules go to the popup's entry chunk). Its English words too: the main window
 * loads them only with the views that use them, and apart they would be two more files to fetch.
 * Never an entry itself: a group chunk is shared by both pages, so an entry's top-level code in
 * it would run in the other page too (popup-main.tsx here once drew the popup's form into the
 * main window whenever its render happened to finish last).
 */
const LOG_A_MOMENT_FACE =
  /[\\/]renderer[\\/]src[\\/](api\.ts|hooks[\\/](useHashRoute|useTheme)\.ts|features[\\/](vault[\\/]useVault|settings[\\/]data[\\/]useDataReplaced)\.ts|components[\\/](ViewErrorBoundary|FormActions|PeopleInput|TagPicker|ValenceChoice)\.tsx)$|[\\/]shared[\\/]domain[\\/](moment-limits|validation|tags)\.ts$|[\\/]shared[\\/]i18n[\\/]en[\\/](moment|check-in)\.ts$/;

/** Chunks both pages share, named for what they hold (used by the renderer build in electron.vite.config.ts). */
export const RENDERER_CHUNK_GROUPS = [
  { name: 'react', test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
  { name: 'log-a-moment', test: LOG_A_MOMENT_FACE },
];
