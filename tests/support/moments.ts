import type { Moment } from '../../shared/domain/moment';

let counter = 0;

/** A valid stored moment; fields can be overridden. */
export function makeMoment(overrides: Partial<Moment> = {}): Moment {
  counter++;
  const at = overrides.createdAt ?? '2026-11-21T09:30:00.000Z';
  return {
    id: `m-${String(counter).padStart(6, '0')}`,
    kind: 'own',
    valence: 'helped',
    tags: ['listened'],
    people: ['Sam'],
    note: `note ${counter}`,
    occurredAt: at,
    timeZone: 'Europe/Berlin',
    meeting: null,
    source: 'tray',
    createdAt: at,
    updatedAt: at,
    ...overrides,
  };
}
