import type { CoachService } from '../coach/coach-service';
import type { Handlers } from './dispatcher';

type CoachCommand = Extract<keyof Handlers, `coach.${string}`>;

export function createCoachHandlers(coach: CoachService): Pick<Handlers, CoachCommand> {
  return {
    'coach.state': () => coach.state(),
    'coach.current': () => coach.currentView(),
    'coach.answer': (answer) => coach.answer(answer),
    'coach.undoAnswer': async ({ promptId }) => (await coach.undoAnswer(promptId), null),
    'coach.skip': ({ promptId }) => (coach.skip(promptId), null),
    'coach.muteSeries': ({ promptId }) => (coach.muteSeries(promptId), null),
    'coach.later': ({ promptId }) => (coach.later(promptId), null),
    'coach.snooze': ({ promptId, choice }) => coach.snooze(promptId, choice),
    'coach.startReview': ({ promptId }) => (coach.startReview(promptId), null),
    'coach.engage': ({ promptId }) => (coach.engage(promptId), null),
    'coach.pause': ({ choice }) => (coach.pause(choice), coach.state()),
    'coach.resume': () => (coach.resume(), coach.state()),
    'coach.sendTest': () => (coach.sendTestCheckIn(), null),
  };
}
