import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../../shared/domain/calendar';
import type { FollowUp } from '../../../shared/domain/followup';
import { lastIntentionSentence, loopFollowUpLabel } from '../../../shared/domain/close-the-loop';
import { loopWith } from '../../../electron/services/checkins/close-the-loop';
import { FakeClock } from '../../support/fake-clock';
import { FakeScheduler, meeting } from '../../support/coach';
import { closeAllServices, startServices } from '../../support/services';
import { tempFolderPerTest } from '../../support/temp-dir';
import { intention, reflection, snapshot } from '../insights/helpers';
import english from '../../../shared/i18n/en/index';
import { createTranslator } from '../../../shared/i18n/translator';

const { t } = createTranslator('en-GB', { en: english });

const sam = { name: 'Sam Rivera', email: 'sam.rivera@acme.test' };
const priya = { name: 'Priya Nair', email: 'priya@acme.test' };

function followUp(id: string, person: string | null, extra: Partial<FollowUp> = {}): FollowUp {
  const at = '2026-07-01T10:00:00.000Z';
  return { id, text: `Follow-up ${id}`, person, repair: false, status: 'open', notBefore: null, origin: { kind: 'manual', id: null }, createdAt: at, updatedAt: at, closedAt: null, ...extra };
}

describe('closing the loop with the people of a coming meeting', () => {
  const now = new FakeClock('2026-07-13T07:58:00.000Z');
  // Sam appears under another name in an older meeting: the address decides, not the name.
  const first = { ...snapshot('M1', '2026-07-03T09:00:00.000Z'), title: '1:1', attendees: [{ name: 'Sam R.', email: 'SAM.RIVERA@acme.test' }] };
  const second = { ...snapshot('M2', '2026-07-06T09:00:00.000Z'), title: 'Planning', attendees: [sam, priya] };
  const priyaOnly = { ...snapshot('M3', '2026-07-10T09:00:00.000Z'), attendees: [priya] };
  const coming = { ...snapshot('NEXT', '2026-07-13T08:00:00.000Z'), attendees: [sam] };
  const later = { ...snapshot('M4', '2026-07-20T08:00:00.000Z'), attendees: [sam] };
  const firstReflection = reflection(first, 'yes');

  it('finds the last intention with them by address, with whether it was kept; never a meeting with others only, a later one or the coming one', () => {
    const checkIns = [
      intention(first, { intentionFor: { meeting: first, intention: { type: 'chip', id: 'be-present' } } }),
      firstReflection,
      intention(second, { intentionFor: { meeting: second, intention: { type: 'own', text: 'Ask Sam about the move' } } }),
      reflection(second, 'partly'),
      intention(priyaOnly),
      intention(coming),
      intention(later),
    ];
    const loop = loopWith({ attendees: [sam], meetingId: 'NEXT', now: now.now(), checkIns, followUps: [] });
    expect(loop.lastIntention).toEqual({ intention: { type: 'own', text: 'Ask Sam about the move' }, meetingTitle: 'Planning', meetingStart: second.start, kept: 'partly' });
    expect(lastIntentionSentence(loop.lastIntention!, false, t)).toBe('Last time you meant to “Ask Sam about the move” — you partly kept it.');
    // A week earlier, before the planning meeting: the 1:1 was the last one, kept.
    const earlier = loopWith({ attendees: [sam], meetingId: 'NEXT', now: new Date('2026-07-05T00:00:00.000Z'), checkIns, followUps: [] });
    expect(earlier.lastIntention).toMatchObject({ meetingTitle: '1:1', kept: 'yes' });
    expect(lastIntentionSentence(earlier.lastIntention!, false, t)).toBe('Last time you meant to be present — you kept it.');
    expect(loopWith({ attendees: [], meetingId: 'NEXT', now: now.now(), checkIns, followUps: [] }).lastIntention).toBeNull();
  });

  it('a planned repair reads as still open while a repair with them is; never looked back on says so', () => {
    const repairIntention = intention(second, { intentionFor: { meeting: second, intention: { type: 'chip', id: 'repair-something' } } });
    const open = followUp('f1', 'Sam', { repair: true, text: 'Apologise for cutting Sam off' });
    const loop = loopWith({ attendees: [sam], meetingId: 'NEXT', now: now.now(), checkIns: [repairIntention], followUps: [open] });
    expect(loop.lastIntention?.kept).toBeNull();
    expect(lastIntentionSentence(loop.lastIntention!, loop.followUps.some((f) => f.repair), t)).toBe('Last time you planned a small repair with them — still open.');
    const closed = loopWith({ attendees: [sam], meetingId: 'NEXT', now: now.now(), checkIns: [repairIntention], followUps: [{ ...open, status: 'done' }] });
    expect(closed.followUps).toEqual([]);
    expect(lastIntentionSentence(closed.lastIntention!, false, t)).toBe('Last time you planned a small repair with them — not looked back on.');
  });

  it('lists open follow-ups with them (by name, or from a check-in on a meeting with them), repairs first, oldest first, at most three', () => {
    const followUps = [
      followUp('named-full', 'Sam Rivera', { createdAt: '2026-07-02T10:00:00.000Z' }),
      followUp('named-first', 'sam', { createdAt: '2026-07-01T10:00:00.000Z' }),
      followUp('repair', 'Sam', { repair: true, createdAt: '2026-07-09T10:00:00.000Z' }),
      followUp('from-check-in', null, { origin: { kind: 'check-in', id: firstReflection.id }, createdAt: '2026-07-03T10:00:00.000Z' }),
      followUp('done', 'Sam Rivera', { status: 'done' }),
      followUp('dropped', 'Sam Rivera', { status: 'dropped' }),
      followUp('someone-else', 'Priya Nair'),
      followUp('nobody', null),
    ];
    const loop = loopWith({ attendees: [sam], meetingId: 'NEXT', now: now.now(), checkIns: [firstReflection], followUps });
    expect(loop.followUps.map((f) => f.id)).toEqual(['repair', 'named-first', 'named-full']);
    expect(loop.moreFollowUps).toBe(1);
    expect(loop.followUps.map((f) => loopFollowUpLabel(f, t))).toEqual(['Repair with Sam, still open', 'Follow up with sam', 'Follow up with Sam Rivera']);
  });
});

const dir = tempFolderPerTest(closeAllServices);

describe('the before card of the next meeting with someone', () => {
  it('shows what is still open with them and last time’s intention, from what the user answered a week earlier', async () => {
    const people = (m: Meeting): Meeting => ({ ...m, title: '1:1 with Sam', uid: 'series@acme', attendees: [{ email: 'me@acme.test', name: 'Me', partstat: 'ACCEPTED' }, { email: 'sam.rivera@acme.test', name: null, partstat: 'ACCEPTED' }] });
    const lastWeek = people(meeting('A', '2026-07-06T08:00:00Z', '2026-07-06T08:30:00Z'));
    const thisWeek = people(meeting('B', '2026-07-13T08:00:00Z', '2026-07-13T08:30:00Z'));
    const clock = new FakeClock('2026-07-06T07:00:00Z');
    const scheduler = new FakeScheduler(clock);
    const { services } = await startServices(dir.path, { clock, scheduler, meetingsOverride: () => [lastWeek, thisWeek], timeZone: () => 'Europe/Berlin' });
    services.settings.update({ meetingRules: { ...services.settings.get().meetingRules, userEmails: ['me@acme.test'] } });
    services.coach.start();

    scheduler.runUntil('2026-07-06T07:58:30Z');
    expect(services.coach.currentView()?.loop).toEqual({ followUps: [], moreFollowUps: 0, lastIntention: null });
    await services.coach.answer({ promptId: 'before:A', intention: { type: 'chip', id: 'listen-first' }, reflection: null });
    scheduler.runUntil('2026-07-06T08:30:30Z');
    await services.coach.answer({
      promptId: 'after:A',
      intention: null,
      reflection: { kept: 'no', moment: { valence: 'harmed', tags: ['interrupting'], people: ['Sam Rivera'], note: '' }, followUp: { text: 'Let Sam finish his point about hiring', person: null, repair: true } },
    });

    scheduler.runUntil('2026-07-13T07:58:30Z');
    const view = services.coach.currentView()!;
    expect(view.prompt.id).toBe('before:B');
    expect(view.loop?.lastIntention).toEqual({ intention: { type: 'chip', id: 'listen-first' }, meetingTitle: '1:1 with Sam', meetingStart: '2026-07-06T08:00:00.000Z', kept: 'no' });
    expect(view.loop?.followUps).toEqual([expect.objectContaining({ text: 'Let Sam finish his point about hiring', person: null, repair: true })]);
    expect(lastIntentionSentence(view.loop!.lastIntention!, true, t)).toBe('Last time you meant to listen first — you did not keep it.');

    // Done now: the card no longer lists it.
    await services.followUps.setStatus(view.loop!.followUps[0]!.id, 'done');
    expect(services.coach.currentView()?.loop?.followUps).toEqual([]);
    // Walking a simulated week of timers is real work: an explicit budget, not vitest's default.
  }, 60_000);
});
