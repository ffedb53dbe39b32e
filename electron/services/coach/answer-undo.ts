import type { Prompt } from '../../../shared/domain/coach';
import { AppError } from '../../../shared/domain/errors';
import type { CheckInService } from '../checkins/checkin-service';
import type { Clock } from '../clock';
import type { PartitionedCollection, StorageWriteError } from '../storage/collection';
import { writeOrKeep } from '../storage/write-or-keep';
import type { StoredOutcome } from './stored-outcome';
import { t } from '../text/main-text';

/**
 * How long an answer can be taken back. The popup offers Undo for 5 seconds; the rest is
 * grace for a click that lands just as the confirmation fades.
 */
export const UNDO_ANSWER_MS = 8000;

export interface AnswerUndoDeps {
  clock: Clock;
  checkIns: CheckInService;
  outcomes: PartitionedCollection<StoredOutcome>;
  onWriteFailed: (error: StorageWriteError) => void;
  /** Opens the card again (see CoachRunner.reopen). */
  reopen: (prompt: Prompt) => void;
  isOpen: (promptId: string) => boolean;
  /** True when no other card is on screen: one card at a time. */
  reopenable: (promptId: string) => boolean;
}

interface Answered {
  prompt: Prompt;
  checkInId: string | null;
  at: number;
  undone: boolean;
}

/** Remembers the last answered card for a few seconds so its answer can be taken back. */
export class AnswerUndo {
  private last: Answered | null = null;

  constructor(private readonly deps: AnswerUndoDeps) {}

  /** Returns until when the answer can be undone. */
  answered(prompt: Prompt, checkInId: string | null): string {
    const at = this.deps.clock.now().getTime();
    this.last = { prompt, checkInId, at, undone: false };
    return new Date(at + UNDO_ANSWER_MS).toISOString();
  }

  /**
   * Removes what the answer stored (check-in, its moment and follow-up, the 'answered' outcome)
   * and opens the card again. Undoing twice is harmless: the second time changes nothing.
   */
  async undo(promptId: string): Promise<void> {
    const last = this.last;
    if (last?.prompt.id === promptId && last.undone) return;
    if (!last || last.prompt.id !== promptId) {
      if (this.deps.isOpen(promptId)) return; // already back on screen
      throw new AppError('not_found', t('errors:coach.noAnswerToUndo'));
    }
    const now = this.deps.clock.now().getTime();
    if (now > last.at + UNDO_ANSWER_MS) {
      throw new AppError('conflict', t('errors:coach.tooLateToUndo'));
    }
    if (!this.deps.reopenable(promptId)) {
      throw new AppError('conflict', t('errors:coach.otherCardOpen'));
    }
    last.undone = true;
    if (last.checkInId) await this.deps.checkIns.unrecord(last.checkInId);
    const since = new Date(last.at).toISOString();
    for (const o of [...this.deps.outcomes.values()]) {
      if (o.promptId === promptId && o.outcome === 'answered' && o.at >= since) {
        await writeOrKeep(() => this.deps.outcomes.remove(o.id), this.deps.onWriteFailed);
      }
    }
    this.deps.reopen(last.prompt);
  }
}
