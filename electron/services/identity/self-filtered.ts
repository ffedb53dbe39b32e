import type { Moment } from '../../../shared/domain/moment';
import type { SelfMatcher } from '../../../shared/domain/self';

/**
 * The log's moments as read by Insights: the user left out of each moment's people. Stored
 * entries are not rewritten, so learning or changing the user's addresses and names applies
 * to every earlier entry at once, and undoing it gives them back as they were.
 */
export function momentsWithoutSelf(source: { all(): readonly Moment[] }, matcher: () => SelfMatcher | null): { all(): readonly Moment[] } {
  return {
    all: () => {
      const self = matcher();
      const moments = source.all();
      if (!self) return moments;
      let changed = false;
      const result = moments.map((m) => {
        const people = self.withoutSelf(m.people);
        if (people === m.people) return m;
        changed = true;
        return { ...m, people: [...people] };
      });
      return changed ? result : moments;
    },
  };
}
