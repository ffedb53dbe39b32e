import { MeetingRulesSchema, type MeetingRules } from '../../../../shared/domain/calendar';
import { ListEditor } from '../../components/ListEditor';
import { Switch } from '../../components/Switch';
import { SettingsCard } from './SettingsCard';
import { firstIssue, useFieldError } from './fields';
import { FieldError } from '../../components/FieldError';
import { withOwnAddresses } from '../../../../shared/domain/self';
import { useOwnAddressSuggestions, whyFound } from '../identity/useOwnAddressSuggestions';

const EMAIL = /^[^\s@]+@[^\s@]+$/;

/** Settings → Meetings that count: which calendar events get check-ins. */
export function MeetingRulesSection(props: { headingId: string; rules: MeetingRules; onSave: (rules: MeetingRules) => Promise<string | null> }) {
  const { rules } = props;
  const [emailsError, reportEmails] = useFieldError();
  const [titlesError, reportTitles] = useFieldError();
  const [namesError, reportNames] = useFieldError();
  const suggestions = useOwnAddressSuggestions();
  const mine = new Set(rules.userEmails.map((e) => e.trim().toLocaleLowerCase()));
  const pending = suggestions.filter((s) => !mine.has(s.email));
  const [togglesError, reportToggles] = useFieldError();
  const save = async (change: Partial<MeetingRules>): Promise<string | null> => {
    const parsed = MeetingRulesSchema.safeParse({ ...rules, ...change });
    if (!parsed.success) return firstIssue(parsed.error);
    return props.onSave(parsed.data);
  };

  return (
    <SettingsCard
      headingId={props.headingId}
      title="Meetings that count"
      description="Only real meetings with other people get check-ins: not all-day events, not cancelled or declined ones."
    >
      <ListEditor
        label="Your email addresses"
        hint="So Touchpoint recognises you among the attendees: meetings you declined are left out, and you are not listed as someone you met — in earlier entries too. Addresses your calendars show to be yours are added when you connect them; remove one and it is not suggested again."
        items={rules.userEmails}
        describe={(email) => (whyFound(suggestions, email) ? '· from your calendar' : null)}
        inputLabel="New email address"
        addLabel="Add address"
        inputType="email"
        placeholder="you@example.com"
        emptyText="None yet — add the addresses your calendars invite you with."
        validate={(value) => (EMAIL.test(value) ? null : 'That doesn’t look like an email address.')}
        onChange={(userEmails) => reportEmails(save(withOwnAddresses(rules, userEmails)))}
        error={emailsError}
      />
      {pending.length > 0 && (
        <div className="own-address-suggestions" role="group" aria-label="Addresses that may be yours">
          <p className="field__label">Also found in your calendars</p>
          <ul className="own-address-suggestions__list">
            {pending.map((s) => (
              <li key={s.email}>
                <span>
                  <strong>{s.email}</strong> <span className="muted">{whyFound(suggestions, s.email)}</span>
                </span>
                <button type="button" className="button button--small" onClick={() => reportEmails(save(withOwnAddresses(rules, [...rules.userEmails, s.email])))}>
                  It’s me
                </button>
                <button type="button" className="button button--ghost button--small" onClick={() => reportEmails(save(withOwnAddresses(rules, rules.userEmails, [s.email])))}>
                  Not me
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      <ListEditor
        label="Names you go by"
        hint="Entries that name you (typed before Touchpoint knew your address) are shown without you. The names your calendars give your addresses are added by themselves."
        items={rules.userNames}
        inputLabel="New name"
        addLabel="Add name"
        placeholder="e.g. Alex Morgan"
        emptyText="None yet."
        onChange={(userNames) => reportNames(save({ userNames }))}
        error={namesError}
      />
      <ListEditor
        label="Ignore events titled"
        hint="Whole words or phrases, any case: “Lunch” ignores “Team lunch”, but “Focus” keeps “Refocus planning”."
        items={rules.ignoreTitles}
        inputLabel="New title to ignore"
        addLabel="Add title"
        placeholder="e.g. Gym"
        emptyText="No titles are ignored."
        onChange={(ignoreTitles) => reportTitles(save({ ignoreTitles }))}
        error={titlesError}
      />
      <div className="settings-group">
        <Switch
          label="Include events shown as free"
          hint="Events marked free (transparent) — reminders, optional sessions — are left out unless this is on."
          checked={rules.includeFreeEvents}
          onChange={(includeFreeEvents) => reportToggles(save({ includeFreeEvents }))}
        />
        <Switch
          label="Include events with no one else invited"
          hint="Turn on if you keep 1:1s or walks in your calendar without inviting the other person."
          checked={rules.includeSoloEvents}
          onChange={(includeSoloEvents) => reportToggles(save({ includeSoloEvents }))}
        />
        <FieldError message={togglesError} />
      </div>
    </SettingsCard>
  );
}
