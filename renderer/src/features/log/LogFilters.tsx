import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LogKind, LogQuery } from '../../../../shared/domain/log';
import { BUILDER_TAGS, DAMAGER_TAGS, type TagId } from '../../../../shared/domain/tags';

/** The kinds of entry, each with its label's key in the catalog. */
const KINDS = [
  { value: 'own', label: 'filters.kind.own' },
  { value: 'witnessed', label: 'filters.kind.witnessed' },
  { value: 'intention', label: 'filters.kind.intention' },
  { value: 'review', label: 'filters.kind.review' },
  { value: 'follow-up', label: 'filters.kind.followUp' },
  { value: 'note', label: 'filters.kind.note' },
] as const satisfies readonly { value: LogKind; label: string }[];

export type Filters = Required<Pick<LogQuery, 'text' | 'kinds' | 'valence' | 'tag' | 'person' | 'meeting' | 'from' | 'to'>>;
export const NO_FILTERS: Filters = { text: '', kinds: [], valence: null, tag: null, person: '', meeting: '', from: null, to: null };

/** Whether any filter behind "More filters" is set (then they stay visible). */
function advancedActive(f: Filters): boolean {
  return f.valence !== null || f.tag !== null || f.person !== '' || f.meeting !== '' || f.from !== null || f.to !== null;
}

/** Search as you type, and filters that narrow the log; every control is labelled and keyboard-reachable. */
export function LogFilters(props: { value: Filters; onChange: (filters: Filters) => void; total: number }) {
  const { t } = useTranslation(['log', 'common']);
  const ids = { search: useId(), valence: useId(), tag: useId(), person: useId(), meeting: useId(), from: useId(), to: useId() };
  const [text, setText] = useState(props.value.text);
  const [more, setMore] = useState(false);
  const { onChange, value } = props;
  // Results follow typing after a short pause, not on every key.
  useEffect(() => {
    if (text === value.text) return;
    const timer = setTimeout(() => onChange({ ...value, text }), 150);
    return () => clearTimeout(timer);
  }, [text, value, onChange]);
  const set = (patch: Partial<Filters>) => onChange({ ...value, ...patch });
  const toggleKind = (kind: LogKind) => set({ kinds: value.kinds.includes(kind) ? value.kinds.filter((k) => k !== kind) : [...value.kinds, kind] });
  const active = JSON.stringify({ ...value, text: '' }) !== JSON.stringify({ ...NO_FILTERS, text: '' }) || value.text !== '';

  return (
    <section className="log-filters" aria-label={t('filters.region')}>
      <div className="log-filters__search">
        <label className="visually-hidden" htmlFor={ids.search}>
          {t('filters.search')}
        </label>
        <input
          id={ids.search}
          className="input"
          type="search"
          value={text}
          placeholder={t('filters.searchPlaceholder')}
          onChange={(e) => setText(e.target.value)}
        />
        <span className="log-filters__count" role="status">
          {t('filters.entries', { count: props.total })}
        </span>
      </div>
      <div className="log-filters__kinds">
        <div className="chips" role="group" aria-label={t('filters.kinds')}>
          {KINDS.map((k) => (
            <button key={k.value} type="button" className="chip" aria-pressed={value.kinds.includes(k.value)} onClick={() => toggleKind(k.value)}>
              {t(k.label)}
            </button>
          ))}
        </div>
        <div className="log-filters__actions">
          <button type="button" className="button button--ghost button--small" aria-expanded={more || advancedActive(value)} onClick={() => setMore((m) => !m)}>
            {more || advancedActive(value) ? t('filters.fewer') : t('filters.more')}
          </button>
          {active && (
            <button
              type="button"
              className="button button--ghost button--small"
              onClick={() => {
                setText('');
                setMore(false);
                onChange(NO_FILTERS);
              }}
            >
              {t('filters.clearAll')}
            </button>
          )}
        </div>
      </div>
      <div className="log-filters__row" hidden={!(more || advancedActive(value))}>
        <label className="log-filters__field">
          <span>{t('filters.outcome')}</span>
          <select id={ids.valence} className="input" value={value.valence ?? ''} onChange={(e) => set({ valence: (e.target.value || null) as Filters['valence'] })}>
            <option value="">{t('filters.any')}</option>
            <option value="helped">{t('filters.helped')}</option>
            <option value="harmed">{t('filters.harmed')}</option>
          </select>
        </label>
        <label className="log-filters__field">
          <span>{t('filters.behaviour')}</span>
          <select id={ids.tag} className="input" value={value.tag ?? ''} onChange={(e) => set({ tag: (e.target.value || null) as TagId | null })}>
            <option value="">{t('filters.any')}</option>
            <optgroup label={t('filters.builders')}>
              {BUILDER_TAGS.map((tag) => (
                <option key={tag.id} value={tag.id}>
                  {t(`common:tags.${tag.id}`)}
                </option>
              ))}
            </optgroup>
            <optgroup label={t('filters.damagers')}>
              {DAMAGER_TAGS.map((tag) => (
                <option key={tag.id} value={tag.id}>
                  {t(`common:tags.${tag.id}`)}
                </option>
              ))}
            </optgroup>
          </select>
        </label>
        <label className="log-filters__field">
          <span>{t('filters.person')}</span>
          <input id={ids.person} className="input" value={value.person} maxLength={80} onChange={(e) => set({ person: e.target.value })} />
        </label>
        <label className="log-filters__field">
          <span>{t('filters.meeting')}</span>
          <input id={ids.meeting} className="input" value={value.meeting} maxLength={200} onChange={(e) => set({ meeting: e.target.value })} />
        </label>
        <label className="log-filters__field">
          <span>{t('filters.from')}</span>
          <input id={ids.from} className="input" type="date" value={value.from ?? ''} onChange={(e) => set({ from: e.target.value || null })} />
        </label>
        <label className="log-filters__field">
          <span>{t('filters.to')}</span>
          <input id={ids.to} className="input" type="date" value={value.to ?? ''} onChange={(e) => set({ to: e.target.value || null })} />
        </label>
      </div>
    </section>
  );
}
