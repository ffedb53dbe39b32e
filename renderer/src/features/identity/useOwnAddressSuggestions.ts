import { useEffect, useState } from 'react';
import type { TFunction } from 'i18next';
import type { OwnAddressSuggestion } from '../../../../shared/domain/own-addresses';
import { ownAddressFoundText } from '../../../../shared/domain/own-address-reasons';
import { call, subscribe } from '../../api';
import { appLocale } from '../../locale';

/**
 * What the connected calendars say about the user's own addresses; asked again when the
 * calendars bring new data or the settings change (an address added or turned down).
 */
export function useOwnAddressSuggestions(): OwnAddressSuggestion[] {
  const [suggestions, setSuggestions] = useState<OwnAddressSuggestion[]>([]);
  useEffect(() => {
    let active = true;
    const load = () => {
      call('calendar.ownAddresses').then(
        (value) => active && setSuggestions(value),
        // Suggestions are a help, not a requirement: without them the user types the address.
        () => undefined,
      );
    };
    load();
    const stops = [subscribe('calendar.meetingsChanged', load), subscribe('settings.changed', load), subscribe('calendar.sourcesChanged', load)];
    return () => {
      active = false;
      for (const stop of stops) stop();
    };
  }, []);
  return suggestions;
}

function findSuggestion(suggestions: readonly OwnAddressSuggestion[], email: string): OwnAddressSuggestion | undefined {
  return suggestions.find((s) => s.email === email.trim().toLocaleLowerCase());
}

/** "Found because a calendar is named after it", for the address, or null when nothing was found. */
export function foundText(t: TFunction<'onboarding'>, suggestions: readonly OwnAddressSuggestion[], email: string): string | null {
  const found = findSuggestion(suggestions, email);
  if (!found) return null;
  return ownAddressFoundText(found.reasons, t, appLocale());
}
