import type { TFunction } from 'i18next';
import english from '../../shared/i18n/en/index';
import { createTranslator, type Translator } from '../../shared/i18n/translator';

let windowTranslator: Translator | null = null;

/** Set once by `loadTranslator` (i18n.ts) before the first render. */
export function setWindowTranslator(translator: Translator): void {
  windowTranslator = translator;
}

/**
 * The window's `t` for plain helpers outside React (a form check's zod messages, api.ts's own
 * errors): the one loadTranslator built, or English before it ran (unit tests of such helpers).
 * Its own module, importing nothing of the window's, so api.ts can use it without a loop.
 */
export function windowT(): TFunction {
  windowTranslator ??= createTranslator('en', { en: english });
  return windowTranslator.t;
}
