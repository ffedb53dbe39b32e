import type { z } from 'zod';
import { addDays, weekdayOf, type Weekday } from '../../../shared/domain/days';
import { AppError } from '../../../shared/domain/errors';
import { reviewPromptText, type Review, type ReviewInputSchema } from '../../../shared/domain/review';
import type { Clock } from '../clock';
import type { Emit } from '../events';
import type { PartitionedCollection, StorageWriteError } from '../storage/collection';
import { writeOrKeep } from '../storage/write-or-keep';
import { t } from '../text/main-text';

export interface ReviewServiceDeps {
  collection: PartitionedCollection<Review>;
  clock: Clock;
  timeZone: () => string;
  newId: () => string;
  emit: Emit;
  onWriteFailed: (error: StorageWriteError) => void;
}

/** End-of-day reviews: one per day, saved as a draft or completed, for any day (back-filling is fine). */
export class ReviewService {
  constructor(private readonly deps: ReviewServiceDeps) {}

  forDay(day: string): Review | null {
    for (const review of this.deps.collection.values()) if (review.day === day) return review;
    return null;
  }

  all(): Review[] {
    return [...this.deps.collection.values()];
  }

  get(id: string): Review {
    const review = this.deps.collection.get(id);
    if (!review) throw new AppError('not_found', t('errors:entries.reviewGone'));
    return review;
  }

  async save(input: z.output<typeof ReviewInputSchema>): Promise<Review> {
    const now = this.deps.clock.now().toISOString();
    const existing = this.forDay(input.day);
    const answers = input.answers
      .filter((a) => a.answer.length > 0)
      .map((a) => ({ ...a, question: reviewPromptText(a.promptId, t) }));
    const review: Review = {
      id: existing?.id ?? this.deps.newId(),
      day: input.day,
      answers,
      mood: input.mood,
      energy: input.energy,
      tomorrowIntention: input.tomorrowIntention,
      completedAt: input.complete ? (existing?.completedAt ?? now) : (existing?.completedAt ?? null),
      timeZone: existing?.timeZone ?? this.deps.timeZone(),
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    };
    await writeOrKeep(() => (existing ? this.deps.collection.replace(review) : this.deps.collection.insert(review)), this.deps.onWriteFailed);
    this.changed(review.id);
    return review;
  }

  async remove(id: string): Promise<Review> {
    const review = this.get(id);
    await writeOrKeep(() => this.deps.collection.remove(id), this.deps.onWriteFailed);
    this.changed(id);
    return review;
  }

  async restore(review: Review): Promise<Review> {
    if (this.deps.collection.get(review.id)) throw new AppError('conflict', t('errors:entries.reviewExists'));
    if (this.forDay(review.day)) throw new AppError('conflict', t('errors:entries.reviewForDay'));
    await writeOrKeep(() => this.deps.collection.insert(review), this.deps.onWriteFailed);
    this.changed(review.id);
    return review;
  }

  /**
   * Consecutive working days with a completed review, counting back from today (or from the
   * last working day before it while today's review is still to do). Days off neither count
   * nor break the streak; a review filled in later counts for its day.
   */
  streak(today: string, workingDays: readonly Weekday[]): { current: number; todayDone: boolean } {
    if (workingDays.length === 0) return { current: 0, todayDone: false };
    const done = new Set<string>();
    for (const r of this.deps.collection.values()) if (r.completedAt) done.add(r.day);
    const working = new Set(workingDays);
    const todayDone = done.has(today);
    let day = todayDone || !working.has(weekdayOf(today)) ? today : addDays(today, -1);
    let current = 0;
    for (let steps = 0; steps < 3660; steps++, day = addDays(day, -1)) {
      if (!working.has(weekdayOf(day))) continue;
      if (!done.has(day)) break;
      current++;
    }
    return { current, todayDone };
  }

  private changed(id: string): void {
    this.deps.emit('log.changed', { kind: 'review', id, at: this.deps.clock.now().toISOString() });
  }
}
