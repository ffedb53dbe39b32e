import { describe, expect, it } from 'vitest';
import { colorName } from '../../../shared/domain/calendar-colors';
import { heldBackText } from '../../../shared/domain/card-policy';
import { intentionText } from '../../../shared/domain/checkin';
import { lastIntentionSentence, loopFollowUpLabel } from '../../../shared/domain/close-the-loop';
import { describeDay } from '../../../shared/domain/log-view';
import { ownAddressFoundText } from '../../../shared/domain/own-address-reasons';
import { REVIEW_PROMPTS, reviewPromptText } from '../../../shared/domain/review';
import { afterCardText } from '../../../shared/domain/review-day';
import { describeWorkingDays, describeWorkingTime } from '../../../shared/domain/working-week';
import english from '../../../shared/i18n/en/index';
import german from '../../../shared/i18n/de/index';
import { createTranslator } from '../../../shared/i18n/translator';

/** The sentences the domain composes read in the language of the `t` they are given. */
const de = createTranslator('de-DE', { en: english, de: german }).t;
const en = createTranslator('en-GB', { en: english }).t;
const createdAt = '2026-11-20T09:00:00.000Z';
const meeting = { meetingTitle: '1:1 Sam', meetingStart: createdAt };

describe('domain sentences in German', () => {
  it('closing the loop: the last intention and the open follow-ups', () => {
    expect(lastIntentionSentence({ ...meeting, intention: { type: 'chip', id: 'listen-first' }, kept: 'no' }, false, de)).toBe('Letztes Mal wolltest du erst zuhören – du hast es nicht umgesetzt.');
    expect(lastIntentionSentence({ ...meeting, intention: { type: 'chip', id: 'repair-something' }, kept: null }, true, de)).toBe(
      'Letztes Mal hast du eine kleine Wiedergutmachung mit dieser Person geplant – noch offen.',
    );
    expect(lastIntentionSentence({ ...meeting, intention: { type: 'own', text: 'Sam nach dem Umzug fragen' }, kept: 'partly' }, false, de)).toBe(
      'Letztes Mal hattest du dir vorgenommen: „Sam nach dem Umzug fragen“ – du hast es teilweise umgesetzt.',
    );
    expect(loopFollowUpLabel({ id: 'f', text: 'x', person: 'Sam', repair: true, createdAt }, de)).toBe('Wiedergutmachung mit Sam, noch offen');
    expect(loopFollowUpLabel({ id: 'f', text: 'x', person: null, repair: false, createdAt }, de)).toBe('Follow-up');
  });

  it('the review: why a meeting has no card or no check-in, and its questions', () => {
    expect(heldBackText('daily-meeting', de)).toBe('Keine Karte: Ein tägliches Meeting bekommt eine Karte pro Woche.');
    expect(afterCardText({ kind: 'skipped' }, de)).toBe('Du hast diese Karte übersprungen.');
    expect(afterCardText({ kind: 'not-shown', reason: 'screen-shared' }, de)).toBe('Verpasst: Es erschien keine Karte, weil dein Bildschirm geteilt wurde.');
    expect(reviewPromptText('unnoticed', de)).toBe('Wen hast du heute nicht wahrgenommen?');
    // Every question has its words in both languages, and they differ.
    for (const { id } of REVIEW_PROMPTS) expect(reviewPromptText(id, de)).not.toBe(reviewPromptText(id, en));
  });

  it('intentions, own addresses, working time, colours and day headings', () => {
    expect(intentionText({ type: 'chip', id: 'be-present' }, de)).toBe('Präsent sein');
    expect(intentionText({ type: 'own', text: 'Zuerst fragen' }, de)).toBe('Zuerst fragen');
    expect(ownAddressFoundText(['account', 'organizer'], de, 'de-DE')).toBe(
      'Gefunden, weil sie zum Kalenderkonto gehört, mit dem du dich angemeldet hast und sie bei den meisten Meetings in deinem Kalender steht.',
    );
    expect(ownAddressFoundText(['calendar-name'], en, 'en-GB')).toBe('Found because a calendar is named after it.');
    expect(describeWorkingDays(['mon', 'tue', 'wed', 'thu', 'fri'], de)).toBe('Montag bis Freitag');
    expect(describeWorkingDays(['mon', 'wed', 'fri'], de)).toBe('Montag, Mittwoch und Freitag');
    expect(describeWorkingTime({ workingDays: [], workingHours: { start: '08:30', end: '17:00' } }, de)).toBe('keine Arbeitstage, 08:30–17:00');
    expect(colorName('#3FA98A', de)).toBe('Grün');
    expect(colorName('#123456', de)).toBe('Eigene Farbe');
    expect(describeDay('2026-11-20', '2026-11-21', 'de-DE', de)).toBe('Gestern · Freitag, 20. November');
  });
});
