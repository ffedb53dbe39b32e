import type { LogRow } from './log-rows';

/**
 * The moments recorded about each meeting, kept as rows come and go, so an intention set for a
 * meeting refreshes just those moments' rows: a scan of the whole log per check-in held the
 * main process for milliseconds per card with years of history, and once per month while
 * loading it.
 */
export class MomentsByMeeting {
  private readonly byMeeting = new Map<string, Set<string>>();

  /** Follows one row's change (`before` gone, `after` in its place; either may be absent). */
  track(before: LogRow | undefined, after: LogRow | null): void {
    const gone = meetingMoment(before);
    if (gone) {
      const ids = this.byMeeting.get(gone.meeting);
      ids?.delete(gone.moment);
      if (ids?.size === 0) this.byMeeting.delete(gone.meeting);
    }
    const added = meetingMoment(after);
    if (added) {
      const ids = this.byMeeting.get(added.meeting) ?? new Set<string>();
      ids.add(added.moment);
      this.byMeeting.set(added.meeting, ids);
    }
  }

  reset(rows: Iterable<LogRow>): void {
    this.byMeeting.clear();
    for (const row of rows) this.track(undefined, row);
  }

  /** The ids of the moments about this meeting (a copy: refreshing them changes the index). */
  momentIds(meetingId: string): string[] {
    return [...(this.byMeeting.get(meetingId) ?? [])];
  }
}

function meetingMoment(row: LogRow | null | undefined): { meeting: string; moment: string } | null {
  if (row?.entry.kind !== 'moment') return null;
  const meeting = row.entry.moment.meeting?.occurrenceId;
  return meeting ? { meeting, moment: row.entry.moment.id } : null;
}
