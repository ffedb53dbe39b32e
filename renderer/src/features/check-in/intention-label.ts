import type { TFunction } from 'i18next';
import type { Intention, IntentionId } from '../../../../shared/domain/checkin';

/** A suggested intention's words come from the catalog (by its stored id); the user's own line is their own. */
export function intentionLabel(t: TFunction<'checkIn'>, intention: Intention): string {
  return intention.type === 'chip' ? chipLabel(t, intention.id) : intention.text;
}

export function chipLabel(t: TFunction<'checkIn'>, id: IntentionId): string {
  return t(`intentions.${id}`);
}
