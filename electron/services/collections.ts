import { CheckInSchema } from '../../shared/domain/checkin';
import { FollowUpSchema } from '../../shared/domain/followup';
import { MomentSchema } from '../../shared/domain/moment';
import { NoteSchema } from '../../shared/domain/note';
import { ReviewSchema } from '../../shared/domain/review';
import { StoredOutcomeSchema } from './coach/coach-service';
import type { CollectionSpec, StoredRecord } from './storage/collection';

/** Every kind of record the store keeps, and how its files are split. */
export const COLLECTIONS: readonly CollectionSpec<StoredRecord>[] = [
  { name: 'moments', recordSchema: MomentSchema, partition: 'month' },
  { name: 'check-ins', recordSchema: CheckInSchema, partition: 'month' },
  { name: 'follow-ups', recordSchema: FollowUpSchema, partition: 'month' },
  { name: 'prompt-outcomes', recordSchema: StoredOutcomeSchema, partition: 'month' },
  { name: 'notes', recordSchema: NoteSchema, partition: 'month' },
  { name: 'reviews', recordSchema: ReviewSchema, partition: 'month' },
];
