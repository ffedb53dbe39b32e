import type { MeetingRules, Occurrence } from '../../../shared/domain/calendar';
import type { CalendarSourceView } from '../../../shared/domain/calendar-sources';
import { calendarNames, suggestOwnAddresses, type OwnAddressSuggestion } from '../../../shared/domain/own-addresses';
import { normaliseEmail } from '../../../shared/domain/people';
import { selfMatcher, type SelfMatcher } from '../../../shared/domain/self';
import type { Clock } from '../clock';

export interface OwnAddressServiceDeps {
  sources: () => readonly CalendarSourceView[];
  occurrencesBetween: (from: Date, to: Date) => Occurrence[];
  rules: () => MeetingRules;
  saveRules: (rules: MeetingRules) => void;
  clock: Clock;
}

const DAY_MS = 86_400_000;
/** Four weeks back and two ahead: enough meetings to see who the calendar belongs to. */
const LOOK_BACK_MS = 28 * DAY_MS;
const LOOK_AHEAD_MS = 14 * DAY_MS;

/**
 * Learns the user's own addresses from the connected calendars. Strong evidence (a calendar
 * named after an address, the CalDAV account) is added to the user's addresses at once, with
 * the display names the calendars give it; weaker evidence is offered for confirmation.
 * Addresses the user removed are never added or offered again.
 */
export class OwnAddressService {
  constructor(private readonly deps: OwnAddressServiceDeps) {}

  /** What the calendars suggest, addresses the user turned down left out. */
  suggestions(): OwnAddressSuggestion[] {
    return this.read().suggestions;
  }

  private read(): { suggestions: OwnAddressSuggestion[]; names: Map<string, string> } {
    const rules = this.deps.rules();
    const rejected = new Set(rules.notUserEmails.map(normaliseEmail));
    const now = this.deps.clock.now().getTime();
    const sources = this.deps.sources().filter((s) => s.enabled);
    const facts = sources.map((source) => ({
      names: source.kind === 'caldav' ? [source.name, ...source.calendars.filter((c) => c.selected).map((c) => c.displayName)] : [source.name],
      // Google and Microsoft name the signed-in account exactly (learned at the first sync).
      account: source.kind === 'caldav' ? source.username : source.kind === 'google' || source.kind === 'microsoft' ? source.account : null,
      urls: source.kind === 'caldav' ? source.calendars.filter((c) => c.selected).map((c) => c.url) : [],
    }));
    const events = sources.length === 0 ? [] : this.deps.occurrencesBetween(new Date(now - LOOK_BACK_MS), new Date(now + LOOK_AHEAD_MS)).filter((o) => !o.allDay && o.status !== 'CANCELLED');
    return { suggestions: suggestOwnAddresses(facts, events).filter((s) => !rejected.has(s.email)), names: calendarNames(events) };
  }

  /**
   * Adds strong suggestions to the user's addresses, and the names the calendars give any of
   * the user's addresses to their names. Returns whether the rules changed (and were saved).
   */
  learn(): boolean {
    const rules = this.deps.rules();
    const { suggestions, names: calendarName } = this.read();
    const known = new Set(rules.userEmails.map(normaliseEmail));
    const emails = [...rules.userEmails];
    for (const s of suggestions) {
      if (s.strong && !known.has(s.email)) {
        known.add(s.email);
        emails.push(s.email);
      }
    }
    const names = [...rules.userNames];
    const lowerNames = new Set(names.map((n) => n.toLocaleLowerCase()));
    for (const email of known) {
      const name = calendarName.get(email);
      if (name && !lowerNames.has(name.toLocaleLowerCase()) && names.length < 20) {
        lowerNames.add(name.toLocaleLowerCase());
        names.push(name);
      }
    }
    if (emails.length === rules.userEmails.length && names.length === rules.userNames.length) return false;
    this.deps.saveRules({ ...rules, userEmails: emails, userNames: names });
    return true;
  }

  private cached: { rules: MeetingRules; matcher: SelfMatcher } | null = null;

  /** Who the user is under the current rules (rebuilt only when the rules change). */
  matcher(): SelfMatcher {
    const rules = this.deps.rules();
    if (this.cached?.rules !== rules) this.cached = { rules, matcher: selfMatcher(rules) };
    return this.cached.matcher;
  }

  /** Null while no address or name is known: nothing to leave out. */
  matcherIfKnown(): SelfMatcher | null {
    const rules = this.deps.rules();
    return rules.userEmails.length + rules.userNames.length > 0 ? this.matcher() : null;
  }
}
