import { useState } from 'react';
import type { TeamMember } from '../../../../shared/domain/insights';

/**
 * The user's team, as they choose it: listed first under "not reached lately". Touchpoint only
 * suggests (people with a recurring 1:1); nobody is added without a click.
 */
export function TeamEditor(props: { team: TeamMember[]; suggestions: TeamMember[]; onChange: (team: TeamMember[]) => void }) {
  const { team, suggestions } = props;
  // Open at first while there is a team to suggest; after that it stays as the user leaves it
  // (adding someone must not fold the panel away under the pointer).
  const [open, setOpen] = useState(team.length === 0 && suggestions.length > 0);
  return (
    <details className="disclosure team" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Your team{team.length > 0 ? ` (${team.length})` : ''}</summary>
      {team.length === 0 ? (
        <p className="muted">No one yet. Your team comes first in this list; add people below or with “Add to team”.</p>
      ) : (
        <ul className="team__list" aria-label="Your team">
          {team.map((m) => (
            <li key={m.email} className="team__member">
              <span>
                {m.name} <span className="muted">{m.email}</span>
              </span>
              <button type="button" className="button button--small button--ghost" onClick={() => props.onChange(team.filter((t) => t.email !== m.email))} aria-label={`Remove ${m.name} from my team`}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      {suggestions.length > 0 && (
        <div className="team__suggestions">
          <p className="muted">You have recurring 1:1s with:</p>
          <ul className="team__list" aria-label="Suggested for your team">
            {suggestions.map((m) => (
              <li key={m.email} className="team__member">
                <span>
                  {m.name} <span className="muted">{m.email}</span>
                </span>
                <button type="button" className="button button--small" onClick={() => props.onChange([...team, m])} aria-label={`Add to team: ${m.name}`}>
                  Add to team
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </details>
  );
}
