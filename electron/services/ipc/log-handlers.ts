import type { CheckInService } from '../checkins/checkin-service';
import type { FollowUpService } from '../followups/followup-service';
import type { LogService } from '../log/log-service';
import type { NoteService } from '../notes/note-service';
import type { ReviewService } from '../review/review-service';
import { addDays } from '../../../shared/domain/days';
import { dayKey } from '../../../shared/domain/time';
import type { Clock } from '../clock';
import type { OwnAddressService } from '../identity/own-address-service';
import type { Handlers } from './dispatcher';

type LogCommand = Extract<keyof Handlers, `log.${string}` | `notes.${string}` | `followUps.${string}` | `checkIns.${string}` | `reviews.${string}`>;

export function createLogHandlers(deps: {
  log: LogService;
  notes: NoteService;
  followUps: FollowUpService;
  checkIns: CheckInService;
  reviews: ReviewService;
  ownAddresses: Pick<OwnAddressService, 'matcherIfKnown'>;
  clock: Clock;
  timeZone: () => string;
}): Pick<Handlers, LogCommand> {
  return {
    'log.query': (query) => {
      const page = deps.log.query(query);
      const self = deps.ownAddresses.matcherIfKnown();
      if (!self) return page;
      // Earlier entries may name the user (before their addresses were known): shown without them.
      const entries = page.entries.map((e) => {
        if (e.kind !== 'moment') return e;
        const people = self.withoutSelf(e.moment.people);
        if (people === e.moment.people) return e;
        // Who each name means stays beside its name.
        const keep = e.moment.people.map((name) => self.withoutSelf([name]).length > 0);
        const persons = e.people?.filter((_, i) => keep[i]);
        return { ...e, moment: { ...e.moment, people: [...people] }, ...(persons ? { people: persons } : {}) };
      });
      return { ...page, entries };
    },

    'notes.add': (input) => deps.notes.add(input),
    'notes.update': ({ id, ...input }) => deps.notes.update(id, input),
    'notes.remove': ({ id }) => deps.notes.remove(id),
    'notes.restore': ({ note }) => deps.notes.restore(note),

    'followUps.add': (input) => deps.followUps.add(input, { kind: 'manual', id: null }),
    'followUps.edit': ({ id, ...patch }) => deps.followUps.edit(id, patch),
    'followUps.setStatus': ({ id, status, notBefore }) =>
      deps.followUps.setStatus(id, status, status === 'later' ? (notBefore ?? addDays(dayKey(deps.clock.now(), deps.timeZone()), 1)) : null),
    'followUps.remove': ({ id }) => deps.followUps.remove(id),
    'followUps.restore': ({ followUp }) => deps.followUps.restore(followUp),

    'checkIns.remove': ({ id }) => deps.checkIns.remove(id),
    'checkIns.restore': ({ checkIn }) => deps.checkIns.restore(checkIn),

    'reviews.remove': ({ id }) => deps.reviews.remove(id),
    'reviews.restore': ({ review }) => deps.reviews.restore(review),
  };
}
