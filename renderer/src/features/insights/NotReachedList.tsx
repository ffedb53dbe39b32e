import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { NotReached, NotReachedPerson, ReachGroup, TeamMember } from '../../../../shared/domain/insights';
import { instantDate, instantDateTime, nextChance, weeksBetween } from './format';
import { TeamEditor } from './TeamEditor';

const WEEK_CHOICES = [1, 2, 3, 4, 6, 8, 12];
const GROUP_LABEL = { team: 'notReached.groupTeam', 'one-on-one': 'notReached.groupOneOnOne', 'small-meeting': 'notReached.groupSmall' } as const satisfies Record<ReachGroup, string>;

export interface InsightsSettingsChange {
  notReachedWeeks: number;
  team: TeamMember[];
}

function Person(props: { person: NotReachedPerson; now: string; timeZone: string; onTeam: boolean; onAddToTeam: () => void; onShowPerson: () => void }) {
  const { t } = useTranslation('insights');
  const p = props.person;
  const quiet = weeksBetween(p.quietSince, props.now);
  const chance = p.nextMeeting ? nextChance(t, p.nextMeeting.start, props.now, props.timeZone) : '';
  const next = !p.nextMeeting ? t('notReached.nextNone') : p.nextMeeting.oneOnOne ? t('notReached.nextOneOnOne', { when: chance }) : t('notReached.nextMeeting', { title: p.nextMeeting.title, when: chance });
  return (
    <li className="reach__item">
      <div className="reach__body">
        <span className="reach__name">
          {p.name} <span className="badge reach__group" data-group={p.group}>{t(GROUP_LABEL[p.group])}</span>
        </span>
        <span className="reach__detail">
          {t('notReached.quiet', { count: quiet })} · {next}
        </span>
        <span className="reach__detail muted">
          {p.lastPositiveAt ? t('notReached.lastHelped', { date: instantDate(p.lastPositiveAt, props.timeZone) }) : t('notReached.noHelped')}
          {p.lastMeeting && ` · ${t('notReached.lastMet', { title: p.lastMeeting.title, when: instantDateTime(p.lastMeeting.start, props.timeZone) })}`}
        </span>
      </div>
      <span className="reach__actions">
        {!props.onTeam && (
          <button type="button" className="button button--small button--ghost" onClick={props.onAddToTeam} aria-label={t('team.addLabel', { name: p.name })}>
            {t('team.add')}
          </button>
        )}
        <button type="button" className="button button--small" onClick={props.onShowPerson} aria-label={t('notReached.personPageFor', { name: p.name })}>
          {t('notReached.personPage')}
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
  const { t } = useTranslation('insights');
  const nr = props.value;
  const selectId = useId();
  const choices = WEEK_CHOICES.includes(nr.weeks) ? WEEK_CHOICES : [...WEEK_CHOICES, nr.weeks].sort((a, b) => a - b);
  const teamEmails = new Set(nr.team.map((m) => m.email));
  const setTeam = (team: TeamMember[]) => props.onSettingsChange({ notReachedWeeks: nr.weeks, team });
  const loggedLessThanWindow = nr.loggingSince !== null && weeksBetween(nr.loggingSince, props.now) < nr.weeks;
  return (
    <section className="card" aria-labelledby="not-reached-title">
      <div className="card__header">
        <h2 id="not-reached-title">{t('notReached.title')}</h2>
        <span className="inline-field">
          <label htmlFor={selectId}>{t('notReached.after')}</label>
          <select id={selectId} className="select" value={nr.weeks} onChange={(e) => props.onSettingsChange({ notReachedWeeks: Number(e.target.value), team: nr.team })}>
            {choices.map((w) => (
              <option key={w} value={w}>
                {t('notReached.weeks', { count: w })}
              </option>
            ))}
          </select>
        </span>
      </div>
      <p className="muted">{t('notReached.intro', { count: nr.weeks })}</p>
      {!nr.ownAddressesKnown && nr.peopleMet > 0 && (
        <p className="hint">{t('notReached.ownAddress')}</p>
      )}
      {nr.loggingSince === null ? (
        <p className="muted">{t('notReached.nothingLogged', { count: nr.weeks })}</p>
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
        <p className="muted">{t('notReached.startedLogging', { count: nr.weeks, date: instantDate(nr.loggingSince, props.timeZone) })}</p>
      ) : nr.peopleMet === 0 && nr.team.length === 0 ? (
        <p className="muted">{t('notReached.noMeetings', { count: nr.weeks })}</p>
      ) : (
        <p className="success">{t('notReached.everyone', { count: nr.weeks })}</p>
      )}
      <p className="muted stat__note">
        {nr.more > 0 && `${t('notReached.moreNotShown', { count: nr.more })} `}
        {t('notReached.met', { people: t('notReached.people', { count: nr.peopleMet }), weeks: t('notReached.weeks', { count: nr.weeks }) })}
        {nr.largeMeetingsIgnored > 0 && t('notReached.largeIgnored', { count: nr.largeMeetingsIgnored })}.
      </p>
      <TeamEditor team={nr.team} suggestions={nr.teamSuggestions} onChange={setTeam} />
    </section>
  );
}
