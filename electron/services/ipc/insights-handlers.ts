import type { InsightsService } from '../insights/insights-service';
import type { PersonPages } from '../insights/person-page';
import type { LookBacks } from '../insights/look-back';
import type { Handlers } from './dispatcher';

type InsightsCommand = Extract<keyof Handlers, `insights.${string}`>;

export function createInsightsHandlers(insights: InsightsService, personPages: PersonPages, lookBacks: LookBacks): Pick<Handlers, InsightsCommand> {
  return {
    'insights.overview': ({ weeks }) => insights.overview(weeks),
    'insights.person': ({ name, limit }) => insights.person(name, limit),
    'insights.personPage': ({ name, limit }) => personPages.page(name, limit),
    'insights.people': () => insights.people(),
    'insights.lookBack': ({ weekStart }) => lookBacks.lookBack(weekStart),
    'insights.weeklySummary': ({ weekStart, includeNotes }) => insights.weeklySummary({ weekStart, includeNotes }),
  };
}
