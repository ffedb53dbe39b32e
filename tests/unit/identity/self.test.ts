import { describe, expect, it } from 'vitest';
import { MeetingRulesSchema } from '../../../shared/domain/calendar';
import { suggestOwnAddresses, type AddressEvent } from '../../../shared/domain/own-addresses';
import { selfMatcher, withOwnAddresses } from '../../../shared/domain/self';

const rules = (patch: object) => MeetingRulesSchema.parse(patch);

describe('selfMatcher', () => {
  const self = selfMatcher({ userEmails: ['Alex.Morgan@Acme.test', 'alex@home.test'], userNames: ['Alex M.'] });

  it('knows the user by address, by a name from the settings and by the name their address spells', () => {
    expect(self.isSelf('alex.morgan@acme.test')).toBe(true);
    expect(self.isSelf('mailto:ALEX@home.test')).toBe(true);
    expect(self.isSelf('  alex   morgan ')).toBe(true);
    expect(self.isSelf('Alex M.')).toBe(true);
    expect(self.isSelfAttendee({ name: 'Someone', email: 'alex@home.test' })).toBe(true);
    expect(self.isSelfAttendee({ name: 'Alex Morgan', email: 'a.morgan@other.test' })).toBe(true);
  });

  it('does not take a one-word address as a name: "alex@" is not every Alex', () => {
    expect(self.isSelf('Alex')).toBe(false);
    expect(self.isSelf('Alex Chen')).toBe(false);
    expect(self.isSelfAttendee({ name: 'Alex', email: 'alex@acme.test' })).toBe(false);
  });

  it('leaves the user out of a list and returns the same list when they are not in it', () => {
    const people = ['Sam Rivera', 'Alex Morgan', 'Priya'];
    expect(self.withoutSelf(people)).toEqual(['Sam Rivera', 'Priya']);
    const others = ['Sam Rivera'];
    expect(self.withoutSelf(others)).toBe(others);
  });
});

describe('withOwnAddresses', () => {
  it('remembers a removed or turned-down address as not the user’s, and forgets that when it is chosen again', () => {
    const before = rules({ userEmails: ['me@acme.test', 'old@acme.test'] });
    const removed = withOwnAddresses(before, ['me@acme.test'], ['boss@acme.test']);
    expect(removed.userEmails).toEqual(['me@acme.test']);
    expect(removed.notUserEmails.sort()).toEqual(['boss@acme.test', 'old@acme.test']);
    const back = withOwnAddresses(removed, ['me@acme.test', 'OLD@acme.test']);
    expect(back.userEmails).toEqual(['me@acme.test', 'OLD@acme.test']);
    expect(back.notUserEmails).toEqual(['boss@acme.test']);
  });
});

describe('suggestOwnAddresses', () => {
  const meeting = (...emails: string[]): AddressEvent => ({ organizer: { email: emails[0]!, name: null }, attendees: emails.map((email) => ({ email, name: email === 'me@acme.test' ? 'Alex Morgan' : null })) });

  it('takes a calendar named after an address (Google’s feeds) and a CalDAV account or principal as strong evidence', () => {
    const found = suggestOwnAddresses(
      [
        { names: ['me@acme.test'], account: null, urls: [] },
        { names: ['Work'], account: 'alex', urls: ['https://dav.example/calendars/alex%40home.test/work/'] },
        { names: ['Team'], account: 'Boss@Acme.test', urls: [] },
      ],
      [meeting('me@acme.test', 'sam@acme.test')],
    );
    expect(found).toEqual([
      { email: 'me@acme.test', name: 'Alex Morgan', reasons: ['calendar-name'], strong: true },
      { email: 'alex@home.test', name: null, reasons: ['account'], strong: true },
      { email: 'boss@acme.test', name: null, reasons: ['account'], strong: true },
    ]);
  });

  it('suggests (weakly) the one person on most meetings, not a colleague on a few, and nobody when two share every meeting', () => {
    const week = [meeting('me@acme.test', 'sam@acme.test'), meeting('priya@acme.test', 'me@acme.test', 'sam@acme.test'), meeting('me@acme.test', 'lee@acme.test'), meeting('me@acme.test', 'kim@acme.test')];
    expect(suggestOwnAddresses([{ names: ['Calendar'], account: null, urls: [] }], week)).toEqual([
      { email: 'me@acme.test', name: 'Alex Morgan', reasons: ['organizer'], strong: false },
    ]);
    const oneOnOnes = [meeting('me@acme.test', 'sam@acme.test'), meeting('sam@acme.test', 'me@acme.test'), meeting('me@acme.test', 'sam@acme.test')];
    expect(suggestOwnAddresses([], oneOnOnes)).toEqual([]);
    expect(suggestOwnAddresses([], week.slice(0, 2))).toEqual([]); // too few meetings to tell
  });
});
