import { z } from 'zod';
import { MeetingRulesSchema } from './calendar';
import { CoachSettingsSchema, loadCoachSettings, NOT_PAUSED, PauseStateSchema } from './coach';
import { TeamMemberSchema } from './insights';
import { WeekIntentionSchema } from './look-back';
import { PeopleSettingsSchema } from './person-aliases';
import { validationKey } from './validation';

/**
 * User settings, stored by electron-store in the main process. Reading is forgiving: every
 * field has a default and an invalid field falls back on its own, so a hand-edited or older
 * file never costs the user their other settings. Changes from the UI go through
 * SettingsPatchSchema, which reports mistakes instead of replacing them.
 */
export const ThemeSchema = z.enum(['system', 'light', 'dark']);

/** Electron accelerator syntax, e.g. "CommandOrControl+Shift+L". */
export const AcceleratorSchema = z
  .string()
  .trim()
  .max(60)
  .regex(/^(?:(?:CommandOrControl|CmdOrCtrl|Command|Cmd|Control|Ctrl|Alt|Option|AltGr|Shift|Super|Meta)\+)+[A-Za-z0-9]$|^(?:(?:CommandOrControl|CmdOrCtrl|Command|Cmd|Control|Ctrl|Alt|Option|AltGr|Shift|Super|Meta)\+)+F(?:[1-9]|1[0-9]|2[0-4])$/, validationKey('settings.shortcut'));

/** The passphrase lock's timing (the lock itself is turned on in the vault, not here). */
export const PrivacySettingsSchema = z.object({
  /** Lock after this many minutes without keyboard or mouse; null: only when asked or on screen lock. */
  autoLockMinutes: z.number().int().min(1).max(480).nullable().default(15),
  lockOnScreenLock: z.boolean().default(true),
});

export const InsightsSettingsSchema = z.object({
  /** "Not reached lately": no positive moment with a person for this many weeks. */
  notReachedWeeks: z.number().int().min(1).max(26).default(3),
  /** The user's team, curated by the user: listed first under "not reached lately". */
  team: z.array(TeamMemberSchema).max(100).default([]),
});

const ShortcutSchema = z.object({ logMoment: AcceleratorSchema.nullable() });
const DEFAULT_SHORTCUT = { logMoment: 'CommandOrControl+Shift+L' };

export const SettingsSchema = z.object({
  theme: ThemeSchema.catch('system'),
  coach: z
    .unknown()
    .optional()
    .transform((raw) => loadCoachSettings(raw)),
  pause: PauseStateSchema.catch(NOT_PAUSED),
  meetingRules: MeetingRulesSchema.catch(MeetingRulesSchema.parse({})),
  shortcut: ShortcutSchema.catch(DEFAULT_SHORTCUT),
  launchAtLogin: z.boolean().catch(false),
  insights: InsightsSettingsSchema.catch(InsightsSettingsSchema.parse({})),
  privacy: PrivacySettingsSchema.catch(PrivacySettingsSchema.parse({})),
  /** Whether the first-run setup was finished or skipped. */
  onboarded: z.boolean().catch(false),
  /** The intention accepted in the weekly look-back for a week (see look-back.ts). */
  weekIntention: WeekIntentionSchema.nullable().catch(null),
  /** Names merged into one person (see person-aliases.ts). */
  people: PeopleSettingsSchema.catch(PeopleSettingsSchema.parse({})),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});

/** A change from the UI: any top-level section, each given whole and validated strictly. */
export const SettingsPatchSchema = z
  .object({
    theme: ThemeSchema,
    coach: CoachSettingsSchema,
    meetingRules: MeetingRulesSchema,
    shortcut: ShortcutSchema,
    launchAtLogin: z.boolean(),
    insights: InsightsSettingsSchema,
    privacy: PrivacySettingsSchema,
    onboarded: z.boolean(),
    weekIntention: WeekIntentionSchema.nullable(),
    people: PeopleSettingsSchema,
  })
  .partial()
  .strict();
export type SettingsPatch = z.input<typeof SettingsPatchSchema>;
