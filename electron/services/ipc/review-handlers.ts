import { AppError } from '../../../shared/domain/errors';
import { dayKey } from '../../../shared/domain/time';
import type { CheckInService } from '../checkins/checkin-service';
import type { Clock } from '../clock';
import type { DayReview } from '../review/day-review';
import type { ReviewService } from '../review/review-service';
import type { Handlers } from './dispatcher';
import { t } from '../text/main-text';

type ReviewCommand = Extract<keyof Handlers, `review.${string}`>;

export function createReviewHandlers(deps: {
  dayReview: DayReview;
  reviews: ReviewService;
  checkIns: CheckInService;
  clock: Clock;
  timeZone: () => string;
}): Pick<Handlers, ReviewCommand> {
  return {
    'review.day': ({ day }) => deps.dayReview.forDay(day ?? dayKey(deps.clock.now(), deps.timeZone())),
    'review.save': (input) => deps.reviews.save(input),
    'review.fillMeeting': async ({ day, meetingId, intention, reflection }) => {
      const meeting = deps.dayReview.findMeeting(day, meetingId);
      if (!meeting) throw new AppError('not_found', t('errors:entries.meetingGone'));
      await deps.checkIns.record({
        kind: 'after',
        promptId: null,
        source: 'review',
        intentionFor: intention ? { meeting, intention } : null,
        reflectionOn: { meeting, kept: reflection.kept, moment: reflection.moment, followUp: reflection.followUp },
      });
      return null;
    },
  };
}
