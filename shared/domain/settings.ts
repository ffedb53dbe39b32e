import { z } from 'zod';

/**
 * User settings, stored by electron-store in the main process. Every field has a default so
 * an older or partial settings file always loads; unknown fields are dropped on read.
 */
export const ThemeSchema = z.enum(['system', 'light', 'dark']);

export const SettingsSchema = z.object({
  theme: ThemeSchema.catch('system'),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});

export const SettingsPatchSchema = z
  .object({
    theme: ThemeSchema,
  })
  .partial()
  .strict();
export type SettingsPatch = z.infer<typeof SettingsPatchSchema>;
