import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeamMember } from '../../../../shared/domain/insights';

/**
 * The user's team, as they choose it: listed first under "not reached lately". Touchpoint only
 * suggests (people with a recurring 1:1); nobody is added without a click.
 */
export function TeamEditor(props: { team: TeamMember[]; suggestions: TeamMember[]; onChange: (team: TeamMember[]) => void }) {
  const { t } = useTranslation('insights');
  const { team, suggestions } = props;
  // Open at first while there is a team to suggest; after that it stays as the user leaves it
  // (adding someone must not fold the panel away under the pointer).
  const [open, setOpen] = useState(team.length === 0 && suggestions.length > 0);
  return (
    <details className="disclosure team" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{team.length > 0 ? t('team.titleCount', { value: team.length }) : t('team.title')}</summary>
      {team.length === 0 ? (
        <p className="muted">{t('team.noOne')}</p>
      ) : (
        <ul className="team__list" aria-label={t('team.title')}>
          {team.map((m) => (
            <li key={m.email} className="team__member">
              <span>
                {m.name} <span className="muted">{m.email}</span>
              </span>
              <button type="button" className="button button--small button--ghost" onClick={() => props.onChange(team.filter((member) => member.email !== m.email))} aria-label={t('team.removeLabel', { name: m.name })}>
                {t('team.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {suggestions.length > 0 && (
        <div className="team__suggestions">
          <p className="muted">{t('team.recurring')}</p>
          <ul className="team__list" aria-label={t('team.suggested')}>
            {suggestions.map((m) => (
              <li key={m.email} className="team__member">
                <span>
                  {m.name} <span className="muted">{m.email}</span>
                </span>
                <button type="button" className="button button--small" onClick={() => props.onChange([...team, m])} aria-label={t('team.addLabel', { name: m.name })}>
                  {t('team.add')}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </details>
  );
}
