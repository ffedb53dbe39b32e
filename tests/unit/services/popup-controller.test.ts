import { describe, expect, it } from 'vitest';
import { PopupController } from '../../../electron/services/popup-controller';

function controller() {
  const calls: string[] = [];
  const popup = new PopupController({ show: (route, focus) => calls.push(`show:${route}:${focus ? 'focus' : 'quiet'}`), hide: () => calls.push('hide') });
  return { popup, calls };
}

describe('PopupController', () => {
  it('shows a check-in quietly, and lets it take the keyboard once the user engages', () => {
    const { popup, calls } = controller();
    popup.showPrompt();
    popup.engagePrompt();
    popup.hidePrompt();
    expect(calls).toEqual(['show:check-in:quiet', 'show:check-in:focus', 'hide']);
  });

  it('never replaces a moment the user is writing: the card waits until it closes', () => {
    const { popup, calls } = controller();
    popup.openLogMoment();
    popup.showPrompt();
    expect(popup.showing).toBe('log');
    popup.closeLog();
    expect(calls).toEqual(['show:log:focus', 'hide', 'show:check-in:quiet']);
  });

  it('"Log a moment" over a card puts the card back afterwards, unless it closed meanwhile', () => {
    const { popup, calls } = controller();
    popup.showPrompt();
    popup.openLogMoment();
    popup.closeLog();
    expect(calls).toEqual(['show:check-in:quiet', 'show:log:focus', 'hide', 'show:check-in:quiet']);

    const second = controller();
    second.popup.showPrompt();
    second.popup.openLogMoment();
    second.popup.hidePrompt(); // answered elsewhere or timed out
    second.popup.closeLog();
    expect(second.calls).toEqual(['show:check-in:quiet', 'show:log:focus', 'hide']);
  });

  it('an answered card keeps the window for its confirmation until the page closes it; a new card takes it over', () => {
    const { popup, calls } = controller();
    popup.showPrompt();
    popup.hidePrompt({ keepForConfirmation: true });
    expect(calls).toEqual(['show:check-in:quiet']);
    popup.closeLog();
    expect(calls).toEqual(['show:check-in:quiet', 'hide']);

    const second = controller();
    second.popup.showPrompt();
    second.popup.hidePrompt({ keepForConfirmation: true });
    second.popup.showPrompt(); // the next card came due, or Undo opened it again
    second.popup.closeLog(); // a card is not closed by the page
    second.popup.openLogMoment();
    second.popup.closeLog();
    expect(second.calls).toEqual(['show:check-in:quiet', 'show:check-in:quiet', 'show:log:focus', 'hide', 'show:check-in:quiet']);
  });
});
