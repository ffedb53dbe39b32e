import { describe, expect, it } from 'vitest';

describe('time-zone projects', () => {
  it('run with the process zone set to the project zone', () => {
    const zone = process.env.TZ;
    expect(zone).toBeTruthy();
    // Local midnight of 1 July differs from UTC midnight by the zone's summer offset.
    const offsets: Record<string, number> = { UTC: 0, 'America/Los_Angeles': 420, 'Europe/Berlin': -120, 'Asia/Kolkata': -330, 'Pacific/Auckland': -720 };
    expect(new Date(2026, 6, 1).getTimezoneOffset()).toBe(offsets[zone!]);
  });
});
