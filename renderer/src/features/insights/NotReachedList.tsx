import { useId } from 'react';
import type { NotReached, NotReachedPerson, ReachGroup, TeamMember } from '../../../../shared/domain/insights';
import { instantDate, instantDateTime, nextChance, plural, weeksBetween } from './format';
import { TeamEditor } from './TeamEditor';

const WEEK_CHOICES = [1, 2, 3, 4, 6, 8, 12];
const GROUP_LABEL: Record<ReachGroup, string> = { team: 'Team', 'one-on-one': '1:1', 'small-meeting': 'Small meeting' };

export interface InsightsSettingsChange {
  notReachedWeeks: number;
  team: TeamMember[];
}

function Person(props: { person: NotReachedPerson; now: string; timeZone: string; onTeam: boolean; onAddToTeam: () => void; onShowPerson: () => void }) {
  const p = props.person;
  const quiet = weeksBetween(p.quietSince, props.now);
  const next = p.nextMeeting ? `${p.nextMeeting.oneOnOne ? '1:1' : `“${p.nextMeeting.title}”`} ${nextChance(p.nextMeeting.start, props.now, props.timeZone)}` : 'no meeting together in the next two weeks';
  return (
    <li className="reach__item">
      <div className="reach__body">
        <span className="reach__name">
          {p.name} <span className="badge reach__group" data-group={p.group}>{GROUP_LABEL[p.group]}</span>
        </span>
        <span className="reach__detail">
          No positive moment in {plural(quiet, 'week')} · {next}
        </span>
        <span className="reach__detail muted">
          {p.lastPositiveAt ? `Last helped moment ${instantDate(p.lastPositiveAt, props.timeZone)}` : 'No helped moment yet'}
          {p.lastMeeting && ` · last met: ${p.lastMeeting.title}, ${instantDateTime(p.lastMeeting.start, props.timeZone)}`}
        </span>
      </div>
      <span className="reach__actions">
        {!props.onTeam && (
          <button type="button" className="button button--small button--ghost" onClick={props.onAddToTeam} aria-label={`Add to team: ${p.name}`}>
            Add to team
          </button>
        )}
        <button type="button" className="button button--small" onClick={props.onShowPerson} aria-label={`Person page for ${p.name}`}>
          Person page
        </button>
      </span>
    </li>
  );
}

/**
 * The few people most in need of a genuine moment: the team first, then people from 1:1s and
 * small meetings, each with how long it has been and the next chance. A nudge, not a verdict.
 */
export function NotReachedList(props: { value: NotReached; now: string; timeZone: string; onSettingsChange: (change: InsightsSettingsChange) => void; onShowPerson: (name: string) => void }) {
  const nr = props.value;
  const selectId = useId();
  const choices = WEEK_CHOICES.includes(nr.weeks) ? WEEK_CHOICES : [...WEEK_CHOICES, nr.weeks].sort((a, b) => a - b);
  const teamEmails = new Set(nr.team.map((m) => m.email));
  const setTeam = (team: TeamMember[]) => props.onSettingsChange({ notReachedWeeks: nr.weeks, team });
  const loggedLessThanWindow = nr.loggingSince !== null && weeksBetween(nr.loggingSince, props.now) < nr.weeks;
  return (
    <section className="card" aria-labelledby="not-reached-title">
      <div className="card__header">
        <h2 id="not-reached-title">Not reached lately</h2>
        <span className="inline-field">
          <label htmlFor={selectId}>After</label>
          <select id={selectId} className="select" value={nr.weeks} onChange={(e) => props.onSettingsChange({ notReachedWeeks: Number(e.target.value), team: nr.team })}>
            {choices.map((w) => (
              <option key={w} value={w}>
                {plural(w, 'week')}
              </option>
            ))}
          </select>
        </span>
      </div>
      <p className="muted">
        Your team, then people from your 1:1s and small meetings, with no moment of yours that helped trust for {plural(nr.weeks, 'week')} or more. A short, genuine exchange counts.
      </p>
      {!nr.ownAddressesKnown && nr.peopleMet > 0 && (
        <p className="hint">Touchpoint does not know your own email address yet, so you may appear in this list. Add it in Settings, under “Your email addresses”.</p>
      )}
      {nr.loggingSince === null ? (
        <p className="muted">Nothing logged yet. Once you have logged for {plural(nr.weeks, 'week')}, the people you have not reached will show here.</p>
      ) : nr.people.length > 0 ? (
        <ol className="reach">
          {nr.people.map((p) => (
            <Person
              key={p.email}
              person={p}
              now={props.now}
              timeZone={props.timeZone}
              onTeam={teamEmails.has(p.email)}
              onAddToTeam={() => setTeam([...nr.team, { email: p.email, name: p.name }])}
              onShowPerson={() => props.onShowPerson(p.name)}
            />
          ))}
        </ol>
      ) : loggedLessThanWindow ? (
        <p className="muted">
          You started logging on {instantDate(nr.loggingSince, props.timeZone)}. People show here once {plural(nr.weeks, 'week')} have passed without a moment that helped trust.
        </p>
      ) : nr.peopleMet === 0 && nr.team.length === 0 ? (
        <p className="muted">No 1:1s or small meetings with other people in the last {plural(nr.weeks, 'week')}, in the calendars connected under Settings.</p>
      ) : (
        <p className="success">Everyone on your team and from your 1:1s and small meetings had a moment that helped trust in the last {plural(nr.weeks, 'week')}.</p>
      )}
      <p className="muted stat__note">
        {nr.more > 0 && `${plural(nr.more, 'more person', 'more people')} not shown. `}
        {plural(nr.peopleMet, 'person', 'people')} met in 1:1s or small meetings in the last {plural(nr.weeks, 'week')}
        {nr.largeMeetingsIgnored > 0 && `; ${plural(nr.largeMeetingsIgnored, 'large meeting')} (more than 8 people) not counted`}.
      </p>
      <TeamEditor team={nr.team} suggestions={nr.teamSuggestions} onChange={setTeam} />
    </section>
  );
}
