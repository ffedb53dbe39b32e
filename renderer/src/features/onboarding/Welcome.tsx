import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { CalendarSourceView } from '../../../../shared/domain/calendar-sources';
import { ColorSwatch } from '../../components/ColorSwatch';
import { LockIcon } from '../../components/Icons';
import { Spinner } from '../../components/Spinner';
import { ConnectAccounts } from '../settings/calendars/ConnectAccounts';
import { useOAuthClients } from '../settings/calendars/useAccountConnect';
import { useSettings } from '../settings/useSettings';
import { describeWorkingTime } from '../../../../shared/domain/working-week';
import { addressCandidates, chosenAddresses, ConfirmAddresses, type AddressChoice } from '../identity/ConfirmAddresses';
import { useOwnAddressSuggestions } from '../identity/useOwnAddressSuggestions';

// Loaded on the way to the "Connect a calendar" step, not with the welcome: it brings the
// connection checks (and the validation library) that the first screen does not need.
const loadAddCalendarForm = () => import('../settings/calendars/AddCalendarForm');
const AddCalendarForm = lazy(() => loadAddCalendarForm().then((m) => ({ default: m.AddCalendarForm })));

type Step = 'intro' | 'connect' | 'connected';

/** The first-run welcome: what Touchpoint does, the privacy promise, and connecting a calendar (or skipping, in one click). */
export function Welcome(props: { onDone: (addresses: AddressChoice | null) => Promise<void>; error: string | null }) {
  const { t } = useTranslation(['onboarding', 'common']);
  const [step, setStep] = useState<Step>('intro');
  const [added, setAdded] = useState<CalendarSourceView[]>([]);
  const [finishing, setFinishing] = useState(false);
  const { settings } = useSettings();
  const oauthClients = useOAuthClients();
  const suggestions = useOwnAddressSuggestions();
  const [unticked, setUnticked] = useState<Set<string>>(new Set());
  const [extraAddresses, setExtraAddresses] = useState<string[]>([]);
  const candidates = addressCandidates(settings?.meetingRules.userEmails ?? [], suggestions);
  const title = useRef<HTMLHeadingElement>(null);
  const stepHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => title.current?.focus(), []);
  // Once the welcome is on screen, so "Connect a calendar" opens without a wait.
  useEffect(() => void loadAddCalendarForm().catch(() => undefined), []);
  useEffect(() => {
    if (step !== 'intro') stepHeading.current?.focus();
  }, [step]);

  // On success this view goes away; on failure it stays (or comes back) with the reason.
  const finish = async () => {
    setFinishing(true);
    // Only a summary that showed the addresses confirms them; skipping leaves them as learned.
    await props.onDone(step === 'connected' ? chosenAddresses(candidates, unticked, extraAddresses) : null);
    setFinishing(false);
  };

  return (
    <section className="view welcome" aria-labelledby="welcome-title">
      <header className="welcome__header">
        <span className="welcome__logo" aria-hidden="true" />
        <h1 id="welcome-title" ref={title} tabIndex={-1}>
          {t('welcome.title')}
        </h1>
      </header>
      <p className="welcome__lead">
        {t('welcome.lead')}
      </p>
      <ul className="welcome__points">
        <li>
          <strong>{t('welcome.before')}</strong>
          <span>{t('welcome.beforeText')}</span>
        </li>
        <li>
          <strong>{t('welcome.after')}</strong>
          <span>{t('welcome.afterText')}</span>
        </li>
        <li>
          <strong>{t('welcome.endOfDay')}</strong>
          <span>{t('welcome.endOfDayText')}</span>
        </li>
      </ul>
      <p className="welcome__privacy">
        <span className="welcome__lock">
          <LockIcon />
        </span>
        <span>
          <Trans t={t} i18nKey="welcome.privacy" components={{ strong: <strong /> }} />
        </span>
      </p>

      <div className="card welcome__step">
        {step === 'intro' && (
          <>
            <h2>{t('intro.title')}</h2>
            <p className="muted">{t('intro.text')}</p>
            <div className="welcome__actions">
              <button type="button" className="button button--primary" onClick={() => setStep('connect')}>
                {t('intro.connect')}
              </button>
              <button type="button" className="button button--ghost" disabled={finishing} onClick={() => void finish()}>
                {t('intro.skip')}
              </button>
            </div>
            <p className="muted">{t('intro.signIn')}</p>
            <ConnectAccounts
              clients={oauthClients.clients}
              onConnected={(source) => {
                setAdded((list) => [...list, source]);
                setStep('connected');
              }}
            />
          </>
        )}
        {step === 'connect' && (
          <>
            <h2 ref={stepHeading} tabIndex={-1}>
              {t('connect.title')}
            </h2>
            <Suspense
              fallback={
                <p className="muted" role="status">
                  <Spinner /> {t('connect.loading')}
                </p>
              }
            >
              <AddCalendarForm
                cancelLabel={t('common:actions.back')}
                onCancel={() => setStep(added.length > 0 ? 'connected' : 'intro')}
                onAdded={(source) => {
                  setAdded((list) => [...list, source]);
                  setStep('connected');
                }}
              />
            </Suspense>
          </>
        )}
        {step === 'connected' && (
          <>
            <h2 ref={stepHeading} tabIndex={-1}>
              {t('done.title')}
            </h2>
            <ul className="welcome__added" aria-label={t('done.calendars')}>
              {added.map((source) => (
                <li key={source.id}>
                  <ColorSwatch color={source.color} />
                  <span>
                    <Trans t={t} i18nKey="done.connected" values={{ name: source.name }} components={{ strong: <strong /> }} />
                  </span>
                </li>
              ))}
            </ul>
            <ConfirmAddresses
              candidates={candidates}
              suggestions={suggestions}
              unticked={unticked}
              extra={extraAddresses}
              onChange={(nextUnticked, nextExtra) => {
                setUnticked(nextUnticked);
                setExtraAddresses(nextExtra);
              }}
            />
            <p className="muted">
              {settings ? t('done.workingTime', { time: describeWorkingTime(settings.coach) }) : t('done.workingTimeUnknown')}
            </p>
            <div className="welcome__actions">
              <button type="button" className="button button--primary" disabled={finishing} onClick={() => void finish()}>
                {finishing && <Spinner />}
                {t('done.goToToday')}
              </button>
              <button type="button" className="button" onClick={() => setStep('connect')}>
                {t('done.addAnother')}
              </button>
            </div>
          </>
        )}
        {props.error && (
          <div className="alert" role="alert">
            {props.error}
          </div>
        )}
      </div>
      {step === 'connect' && (
        <p className="welcome__skip">
          <button type="button" className="link-button" disabled={finishing} onClick={() => void finish()}>
            {added.length > 0 ? t('connect.finish') : t('connect.skip')}
          </button>
        </p>
      )}
    </section>
  );
}
