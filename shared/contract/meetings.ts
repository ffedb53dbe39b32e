import { z } from 'zod';

/**
 * "Join" on Today: the main process opens a meeting's link in the system browser, but only
 * an https link to a known meeting service; anything else is refused in plain words.
 */
export const meetingCommands = {
  'meetings.openLink': { input: z.object({ url: z.string().min(1).max(2048) }).strict(), output: z.null() },
} as const;
