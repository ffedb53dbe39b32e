import { describe, expect, it } from 'vitest';
import { MeetingsWindow } from '../../../electron/services/calendar/meetings-window';
import { FakeClock } from '../../support/fake-clock';
import { meeting } from '../../support/coach';

describe('MeetingsWindow', () => {
  it('expands once, again only when invalidated or when time has moved on a day', () => {
    const clock = new FakeClock('2026-11-23T08:00:00.000Z');
    const asked: [string, string][] = [];
    const window = new MeetingsWindow(
      {
        meetingsBetween: (from, to) => {
          asked.push([from.toISOString(), to.toISOString()]);
          return [meeting('A', '2026-11-23T09:00:00Z', '2026-11-23T09:30:00Z')];
        },
      },
      clock,
    );
    expect(window.current().map((m) => m.id)).toEqual(['A']);
    clock.advance(6 * 3_600_000);
    window.current();
    expect(asked).toEqual([['2026-11-08T08:00:00.000Z', '2026-11-26T08:00:00.000Z']]);
    window.invalidate();
    window.current();
    expect(asked).toHaveLength(2);
    clock.advance(26 * 3_600_000);
    window.current();
    expect(asked).toHaveLength(3);
  });
});
