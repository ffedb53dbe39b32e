import type { TFunction } from 'i18next';
import type { Translator } from '../../shared/i18n/translator';

let windowTranslator: Translator | null = null;

/** Set once by `loadTranslator` (i18n.ts) before the first render. */
export function setWindowTranslator(translator: Translator): void {
  windowTranslator = translator;
}

/**
 * The window's `t` for plain helpers outside React (a form check's zod messages, api.ts's own
 * errors): the one loadTranslator built before the first render. Its own module, importing
 * nothing of the window's (nor a catalog), so api.ts can use it without a loop.
 */
export function windowT(): TFunction {
  if (!windowTranslator) throw new Error('windowT() before loadTranslator(): the window has no words yet');
  return windowTranslator.t;
}
