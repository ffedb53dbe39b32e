import { afterEach, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../electron/services/ipc/dispatcher';
import { setMainLocale } from '../../../electron/services/text/main-text';
import { MomentInputSchema } from '../../../shared/domain/moment';
import { CoachSettingsSchema } from '../../../shared/domain/coach';
import { describeZodError, issueText } from '../../../shared/domain/validation';
import english from '../../../shared/i18n/en/index';
import german from '../../../shared/i18n/de/index';
import { createTranslator } from '../../../shared/i18n/translator';

/**
 * The schemas' field messages are keys read in the reader's language: the same failed parse
 * reads English in an English window and German in a German one.
 */
const en = createTranslator('en-GB', { en: english }).t;
const de = createTranslator('de-DE', { en: english, de: german }).t;

afterEach(() => setMainLocale('en-US'));

describe('validation messages', () => {
  it('read as field messages with their limits in English and in German', () => {
    const result = MomentInputSchema.safeParse({ valence: 'helped', tags: ['gossip'], people: ['x'.repeat(81)], source: 'tray' });
    expect(result.success).toBe(false);
    expect(describeZodError(result.error!, en).fields).toEqual({ 'tags.0': 'Unknown behaviour tag: "gossip".', 'people.0': 'Names are limited to 80 characters.' });
    expect(describeZodError(result.error!, de).fields).toEqual({ 'tags.0': 'Unbekanntes Verhaltens-Tag: "gossip".', 'people.0': 'Namen dürfen höchstens 80 Zeichen lang sein.' });
  });

  it('a refinement’s message follows its path, and zod’s own messages pass through', () => {
    const hours = CoachSettingsSchema.shape.workingHours.safeParse({ start: '18:00', end: '09:00' });
    expect(hours.error?.issues[0]?.path).toEqual(['end']);
    expect(issueText(hours.error!.issues[0]!, de)).toBe('Die Arbeitszeit muss nach ihrem Beginn enden.');
    expect(issueText({ message: 'Invalid input' }, de)).toBe('Invalid input');
  });

  it('the main process answers invalid IPC input with field messages in its language', async () => {
    setMainLocale('de-DE');
    let ran = false;
    const dispatch = createDispatcher({ 'moments.add': () => ((ran = true), null) as never }, () => undefined);
    const answer = await dispatch('moments.add', { valence: 'neutral', source: 'tray' }, { window: 'main' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { valence: 'Wähle, ob dieser Moment Vertrauen gestärkt oder ihm geschadet hat.' } } });
    expect(ran).toBe(false);
  });
});
