import { useTranslation } from 'react-i18next';
import { MeetingRulesSchema, type MeetingRules } from '../../../../shared/domain/calendar';
import { ListEditor } from '../../components/ListEditor';
import { Switch } from '../../components/Switch';
import { SettingsCard } from './SettingsCard';
import { firstIssue, useFieldError } from './fields';
import { FieldError } from '../../components/FieldError';
import { withOwnAddresses } from '../../../../shared/domain/self';
import { foundText, useOwnAddressSuggestions } from '../identity/useOwnAddressSuggestions';

const EMAIL = /^[^\s@]+@[^\s@]+$/;

/** Settings → Meetings that count: which calendar events get check-ins. */
export function MeetingRulesSection(props: { headingId: string; rules: MeetingRules; onSave: (rules: MeetingRules) => Promise<string | null> }) {
  const { t } = useTranslation('settings');
  const { t: onboardingT } = useTranslation('onboarding');
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
    if (!parsed.success) return firstIssue(parsed.error, t);
    return props.onSave(parsed.data);
  };

  return (
    <SettingsCard
      headingId={props.headingId}
      title={t('sections.meetings')}
      description={t('meetings.description')}
    >
      <ListEditor
        label={t('meetings.emails.label')}
        hint={t('meetings.emails.hint')}
        items={rules.userEmails}
        describe={(email) => (foundText(onboardingT, suggestions, email) ? t('meetings.emails.fromCalendar') : null)}
        inputLabel={t('meetings.emails.inputLabel')}
        addLabel={t('meetings.emails.add')}
        inputType="email"
        placeholder={t('meetings.emails.placeholder')}
        emptyText={t('meetings.emails.empty')}
        validate={(value) => (EMAIL.test(value) ? null : t('meetings.emails.invalid'))}
        onChange={(userEmails) => reportEmails(save(withOwnAddresses(rules, userEmails)))}
        error={emailsError}
      />
      {pending.length > 0 && (
        <div className="own-address-suggestions" role="group" aria-label={t('meetings.suggestions.groupLabel')}>
          <p className="field__label">{t('meetings.suggestions.title')}</p>
          <ul className="own-address-suggestions__list">
            {pending.map((s) => (
              <li key={s.email}>
                <span>
                  <strong>{s.email}</strong> <span className="muted">{foundText(onboardingT, suggestions, s.email)}</span>
                </span>
                <button type="button" className="button button--small" onClick={() => reportEmails(save(withOwnAddresses(rules, [...rules.userEmails, s.email])))}>
                  {t('meetings.suggestions.itsMe')}
                </button>
                <button type="button" className="button button--ghost button--small" onClick={() => reportEmails(save(withOwnAddresses(rules, rules.userEmails, [s.email])))}>
                  {t('meetings.suggestions.notMe')}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      <ListEditor
        label={t('meetings.names.label')}
        hint={t('meetings.names.hint')}
        items={rules.userNames}
        inputLabel={t('meetings.names.inputLabel')}
        addLabel={t('meetings.names.add')}
        placeholder={t('meetings.names.placeholder')}
        emptyText={t('meetings.names.empty')}
        onChange={(userNames) => reportNames(save({ userNames }))}
        error={namesError}
      />
      <ListEditor
        label={t('meetings.ignore.label')}
        hint={t('meetings.ignore.hint')}
        items={rules.ignoreTitles}
        inputLabel={t('meetings.ignore.inputLabel')}
        addLabel={t('meetings.ignore.add')}
        placeholder={t('meetings.ignore.placeholder')}
        emptyText={t('meetings.ignore.empty')}
        onChange={(ignoreTitles) => reportTitles(save({ ignoreTitles }))}
        error={titlesError}
      />
      <div className="settings-group">
        <Switch
          label={t('meetings.free.label')}
          hint={t('meetings.free.hint')}
          checked={rules.includeFreeEvents}
          onChange={(includeFreeEvents) => reportToggles(save({ includeFreeEvents }))}
        />
        <Switch
          label={t('meetings.solo.label')}
          hint={t('meetings.solo.hint')}
          checked={rules.includeSoloEvents}
          onChange={(includeSoloEvents) => reportToggles(save({ includeSoloEvents }))}
        />
        <FieldError message={togglesError} />
      </div>
    </SettingsCard>
  );
}
