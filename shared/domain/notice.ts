import { z } from 'zod';

/** Something the app must tell the user about, e.g. a data file restored from a backup. */
export const NoticeSchema = z.object({
  id: z.string(),
  level: z.enum(['info', 'warning', 'error']),
  title: z.string(),
  detail: z.string(),
  at: z.string(),
});
export type Notice = z.infer<typeof NoticeSchema>;
