import { describe, expect, it } from 'vitest';
import english from '../../../shared/i18n/en/index';
import german from '../../../shared/i18n/de/index';
import { BUILDER_TAGS, DAMAGER_TAGS, TAG_IDS } from '../../../shared/domain/tags';
import { languageOf } from '../../../shared/i18n/languages';
import { createTranslator } from '../../../shared/i18n/translator';

type Tree = { readonly [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

/** What a translation must keep from the English: its placeholders and its markup tags. */
function slots(text: string): string[] {
  const placeholders = [...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => `{{${m[1]}}}`);
  const tags = [...text.matchAll(/<\/?(\w+)\s*\/?>/g)].map((m) => `<${m[1]}>`);
  return [...placeholders, ...tags].sort();
}

const en = flatten(english);
const de = flatten(german);

describe('message catalogs', () => {
  it('German has every English key and no other', () => {
    expect([...de.keys()].sort()).toEqual([...en.keys()].sort());
  });

  it('every German text keeps the placeholders and tags of its English one, and none is empty', () => {
    const broken: string[] = [];
    for (const [key, text] of en) {
      const translated = de.get(key) ?? '';
      if (!translated.trim() || JSON.stringify(slots(translated)) !== JSON.stringify(slots(text))) broken.push(`${key}: "${text}" → "${translated}"`);
    }
    expect(broken).toEqual([]);
  });

  it('plural keys come in pairs (_one and _other), in both languages', () => {
    const partner = (key: string) => (key.endsWith('_one') ? key.replace(/_one$/, '_other') : key.endsWith('_other') ? key.replace(/_other$/, '_one') : key);
    const unpaired = [...en.keys()].filter((key) => !en.has(partner(key)));
    expect(unpaired).toEqual([]);
  });
});

describe('the translator', () => {
  it('reads the language from the OS locale and falls back to English for languages without a catalog', () => {
    expect(['de-DE', 'de-AT', 'de', 'en-GB', 'fr-FR', 'pt_BR'].map(languageOf)).toEqual(['de', 'de', 'de', 'en', 'en', 'en']);
    const catalogs = { en: english, de: german };
    expect(createTranslator('de-CH', catalogs).t('common:actions.save')).toBe('Speichern');
    expect(createTranslator('en-GB', catalogs).t('common:actions.save')).toBe('Save');
    expect(createTranslator('fr-FR', catalogs).t('common:actions.save')).toBe('Save');
    // A window loads only its language's catalog; a locale whose catalog is not loaded reads English.
    expect(createTranslator('de-DE', { en: english }).t('common:actions.save')).toBe('Save');
  });

  it('tells of a key with no text, in a namespace not loaded or not written, and of no other', () => {
    const missing: string[] = [];
    const translator = createTranslator('de-DE', { de: { common: german.common } }, (key) => missing.push(key));
    translator.t('common:actions.save');
    translator.t('common:listEditor.remove', { item: 'x' });
    translator.t('log:loadFailed', { error: 'x' });
    // A key the catalogs' types do not know, as a key built at run time could be.
    (translator.t as (key: string) => string)('common:actions.nothingHere');
    expect(missing).toEqual(['log:loadFailed', 'common:actions.nothingHere']);
    // A namespace added later (a view's words) is found.
    translator.addResourceBundle('de', 'log', german.log);
    translator.t('log:loadFailed', { error: 'x' });
    expect(missing).toEqual(['log:loadFailed', 'common:actions.nothingHere']);
  });
});

describe('behaviour tags', () => {
  it('every tag has a label in the catalogs, and the English one is the domain’s', () => {
    const translator = createTranslator('en-GB', { en: english, de: german });
    for (const tag of [...BUILDER_TAGS, ...DAMAGER_TAGS]) expect(translator.t(`common:tags.${tag.id}`)).toBe(tag.label);
    expect(Object.keys(english.common.tags).sort()).toEqual([...TAG_IDS].sort());
  });
});
