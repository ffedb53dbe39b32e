import { builtinModules } from 'node:module';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/**
 * Lint, and the dependency direction made enforceable:
 *   renderer -> shared, electron -> shared; shared imports no electron, node or DOM API;
 *   only electron/main and electron/preload import 'electron'; nothing imports renderer/.
 */
const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

const noRenderer = { regex: '(^|/)renderer(/|$)', message: 'Nothing imports renderer/: move shared logic to shared/.' };
const noElectronFolder = { regex: '(^|\\.\\./)electron(/|$)', message: 'renderer/ and shared/ must not import electron/ code.' };

const restrict = (options: { paths?: string[]; patterns: object[] }): Record<string, ['error', object]> => ({
  'no-restricted-imports': [
    'error',
    {
      paths: (options.paths ?? []).map((name) => ({ name, message: `'${name}' is not allowed in this folder (see the dependency rules in eslint.config.ts).` })),
      patterns: options.patterns,
    },
  ],
});

/** Text for people is formatted in shared/format/locale-format.ts, in the locale passed in. */
const formatSelectors = [
  {
    selector: "MemberExpression[object.name='Intl'][property.name=/^(DateTimeFormat|NumberFormat|PluralRules|RelativeTimeFormat|ListFormat|DurationFormat|DisplayNames)$/]",
    message: 'Format dates, times, numbers and plurals with shared/format/locale-format.ts (in the locale passed in), not Intl here.',
  },
  {
    selector: "CallExpression[callee.property.name=/^toLocale(String|DateString|TimeString)$/]",
    message: 'Format with shared/format/locale-format.ts, not toLocale*String (it follows the machine, not the user’s locale).',
  },
];
/** Files that use Intl for zone arithmetic (day keys, wall clocks, zone names), never for text. */
const zoneArithmetic = [
  'shared/format/locale-format.ts',
  'shared/domain/time.ts',
  'electron/services/calendar/zones.ts',
  'electron/services/calendar/zone-names.ts',
  'electron/services/shell/system-time-zone.ts',
  'electron/services/insights/harm-patterns.ts',
];
const catalogMessage = 'User-visible text lives in the message catalogs (shared/i18n): use t() from useTranslation (renderer) or main-text (main process).';
/** Words written straight into the UI instead of through the catalogs. */
const rendererTextSelectors = [
  { selector: 'JSXText[value=/[A-Za-zÀ-ÿ]{2}/]', message: catalogMessage },
  { selector: 'JSXElement > JSXExpressionContainer > Literal[value=/[A-Za-zÀ-ÿ]{2}/]', message: catalogMessage },
  { selector: 'JSXElement > JSXExpressionContainer > TemplateLiteral > TemplateElement[value.raw=/[A-Za-zÀ-ÿ]{2}/]', message: catalogMessage },
  {
    selector: 'JSXAttribute[name.name=/^(aria-label|aria-description|aria-roledescription|aria-valuetext|title|placeholder|alt|label|hint|description|message|emptyText|legend|heading)$/] > Literal[value=/[A-Za-zÀ-ÿ]{2}/]',
    message: catalogMessage,
  },
];
/** Error messages the main process sends to the windows, written without the catalogs. */
const mainTextSelectors = [
  { selector: "NewExpression[callee.name='AppError'][arguments.1.type=/^(Literal|TemplateLiteral)$/]", message: catalogMessage },
];
/**
 * Folders whose words are not yet in the catalogs: each leaves this list when it moves its words
 * over. Empty means every screen and every main-process message goes through the catalogs.
 */
const notYetInCatalogs: string[] = [];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'release/**', 'node_modules/**', 'tests/artifacts/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      'no-console': 'off',
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: restrict({
      paths: ['electron', 'react', 'react-dom', 'lowdb', 'electron-store', ...nodeBuiltins],
      patterns: [noRenderer, noElectronFolder, { group: ['node:*'], message: 'shared/ is pure: no Node APIs.' }],
    }),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Touchpoint does not use the React Compiler, so libraries it cannot memoise are fine.
      'react-hooks/incompatible-library': 'off',
      ...restrict({
        paths: ['electron', 'lowdb', 'electron-store', 'node-ical', 'tsdav', ...nodeBuiltins],
        patterns: [noElectronFolder, { group: ['node:*'], message: 'The renderer has no Node APIs: ask the main process through api.ts.' }],
      }),
    },
  },
  {
    files: ['electron/services/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: restrict({
      paths: ['electron', 'react', 'react-dom'],
      patterns: [noRenderer, { group: ['**/main/*', '**/preload/*'], message: 'Services are Electron-free and know nothing of main/preload.' }],
    }),
  },
  {
    files: ['electron/main/**/*.ts', 'electron/preload/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: restrict({ paths: ['react', 'react-dom'], patterns: [noRenderer] }),
  },
  {
    // One formatting module, so no screen drifts into its own format ("9:30" on cards, "09:30" on Today).
    files: ['shared/**/*.ts', 'renderer/**/*.{ts,tsx}', 'electron/**/*.ts'],
    ignores: zoneArithmetic,
    rules: { 'no-restricted-syntax': ['error', ...formatSelectors] },
  },
  {
    // One message catalog per language: every word on screen can be translated (the rule repeats
    // the format selectors because a later no-restricted-syntax replaces an earlier one).
    files: ['renderer/**/*.tsx'],
    ignores: notYetInCatalogs,
    rules: { 'no-restricted-syntax': ['error', ...formatSelectors, ...rendererTextSelectors] },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: [...zoneArithmetic, ...notYetInCatalogs],
    rules: { 'no-restricted-syntax': ['error', ...formatSelectors, ...mainTextSelectors] },
  },
  {
    files: ['tests/**/*.ts', 'scripts/**/*.ts', '*.config.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      ...restrict({ patterns: [noRenderer] }),
      // Playwright fixtures use an empty destructuring pattern by convention.
      'no-empty-pattern': 'off',
    },
  },
);
