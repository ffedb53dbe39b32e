import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commands, COMMAND_NAMES, type CommandName } from '../../../../shared/contract/index';
import { AppError } from '../../../../shared/domain/errors';
import { createDispatcher, type Handlers } from '../../../../electron/services/ipc/dispatcher';
import { closeAllServices, startServices } from '../../../support/services';
import { makeTempDir } from '../../../support/temp-dir';

let dir: { path: string; cleanup: () => Promise<void> };
beforeEach(async () => {
  dir = await makeTempDir();
});
afterEach(async () => {
  await closeAllServices();
  await dir.cleanup();
});

const ctx = { window: 'main' as const };

describe('dispatch', () => {
  it('rejects unknown commands and bad input before any handler runs, with readable messages', async () => {
    const { services } = await startServices(dir.path);
    expect(await services.dispatch('moments.nuke', {}, ctx)).toEqual({ ok: false, error: { code: 'unknown_command', message: 'Unknown command: moments.nuke' } });
    expect(await services.dispatch('__proto__', {}, ctx)).toMatchObject({ ok: false, error: { code: 'unknown_command' } });
    const bad = await services.dispatch('moments.add', { valence: 'helped', source: 'tray', tags: ['warmth', 'gaslighting'], note: 7 }, ctx);
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    if (!bad.ok) {
      expect(bad.error.fields).toEqual({ 'tags.1': 'Unknown behaviour tag: "gaslighting".', note: expect.any(String) as string });
      expect(bad.error.message).toContain('Unknown behaviour tag: "gaslighting".');
    }
    expect(await services.dispatch('moments.update', { id: 'x', patch: {}, extra: true }, ctx)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(services.moments.count).toBe(0);
  });

  it('turns AppErrors into their message and anything else into a calm internal error', async () => {
    const logged: unknown[] = [];
    const handlers = Object.fromEntries(COMMAND_NAMES.map((n) => [n, () => null])) as unknown as Handlers;
    handlers['app.info'] = () => {
      throw new AppError('not_found', 'Nothing here.');
    };
    handlers['notices.list'] = () => {
      throw new TypeError('x is undefined');
    };
    const dispatch = createDispatcher(handlers, (_m, e) => logged.push(e));
    expect(await dispatch('app.info', {}, ctx)).toEqual({ ok: false, error: { code: 'not_found', message: 'Nothing here.' } });
    const internal = await dispatch('notices.list', undefined, ctx);
    expect(internal).toMatchObject({ ok: false, error: { code: 'internal' } });
    if (!internal.ok) expect(internal.error.message).not.toContain('undefined');
    expect(logged).toHaveLength(1);
  });

  it('every command’s real reply matches its declared output schema', async () => {
    const { services, shellCalls } = await startServices(dir.path);
    const added = await services.dispatch('moments.add', { valence: 'helped', source: 'tray', people: ['Sam'] }, ctx);
    if (!added.ok) throw new Error(added.error.message);
    const id = (added.value as { id: string }).id;
    const inputs: Record<CommandName, unknown> = {
      'app.info': undefined,
      'moments.add': { valence: 'harmed', source: 'main-window', tags: ['rushed'] },
      'moments.update': { id, patch: { note: 'edited' } },
      'moments.list': { limit: 10 },
      'moments.remove': { id },
      'moments.restore': { moment: added.value },
      'people.suggest': { query: 's' },
      'settings.get': {},
      'settings.update': { theme: 'dark' },
      'notices.list': undefined,
      'notices.dismiss': { id: 'none' },
      'coach.state': undefined,
      'coach.current': {},
      'coach.sendTest': {},
      // The test card sent just above is the one these act on; the last closes it.
      'coach.engage': { promptId: 'TEST' },
      'coach.snooze': { promptId: 'TEST', choice: '5-minutes' },
      'coach.answer': { promptId: 'none', intention: { type: 'chip', id: 'listen-first' } },
      'coach.skip': { promptId: 'none' },
      'coach.later': { promptId: 'none' },
      'coach.startReview': { promptId: 'none' },
      'coach.pause': { choice: '30-minutes' },
      'coach.resume': {},
      'windows.openMain': { view: 'settings' },
      'windows.closePopup': {},
    };
    // Commands about a card that is not open fail with a readable not_found; the rest must succeed.
    const refusedWhenNoCard = new Set(['coach.answer', 'coach.skip', 'coach.later', 'coach.startReview']);
    // A test card first, so engage and snooze have an open card to act on.
    const first: CommandName[] = ['coach.sendTest', 'coach.engage', 'coach.snooze'];
    const ordered = [...first, ...COMMAND_NAMES.filter((n) => !first.includes(n))];
    expect(ordered.length).toBe(COMMAND_NAMES.length);
    for (const name of ordered) {
      let input = inputs[name];
      const current = services.coach.currentView();
      if (current && JSON.stringify(input).includes('TEST')) input = JSON.parse(JSON.stringify(input).replace('TEST', current.prompt.id)) as unknown;
      const reply = await services.dispatch(name, input, ctx);
      if (refusedWhenNoCard.has(name)) {
        expect(reply, name).toMatchObject({ ok: false, error: { code: 'not_found' } });
        continue;
      }
      if (!reply.ok) throw new Error(`${name}: ${reply.error.message}`);
      expect(() => commands[name].output.parse(reply.value), name).not.toThrow();
    }
    expect(shellCalls).toEqual(['popup.show:check-in:quiet', 'popup.show:check-in:focus', 'popup.hide', 'openMain:settings']);
  });
});
