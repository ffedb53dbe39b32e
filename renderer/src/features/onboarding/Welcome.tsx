import { lazy, Suspense, useEffect, useRef, useState } from 'react';
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
import { windowT } from '../../i18n';

// Loaded on the way to the "Connect a calendar" step, not with the welcome: it brings the
// connection checks (and the validation library) that the first screen does not need.
const loadAddCalendarForm = () => import('../settings/calendars/AddCalendarForm');
const AddCalendarForm = lazy(() => loadAddCalendarForm().then((m) => ({ default: m.AddCalendarForm })));

type Step = 'intro' | 'connect' | 'connected';

/** The first-run welcome: what Touchpoint does, the privacy promise, and connecting a calendar (or skipping, in one click). */
export function Welcome(props: { onDone: (addresses: AddressChoice | null) => Promise<void>; error: string | null }) {
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
          Welcome to Touchpoint
        </h1>
      </header>
      <p className="welcome__lead">
        Touchpoint is a quiet coach for the small moments that build trust at work — or wear it down. It sits in the tray, knows your meetings, and asks for forty seconds at the right time.
      </p>
      <ul className="welcome__points">
        <li>
          <strong>Before a meeting</strong>
          <span>A small card near the tray, shown without taking your keyboard: how do you want to show up?</span>
        </li>
        <li>
          <strong>After it</strong>
          <span>Did it help or harm trust? There is no neutral. Note what you did and who was there.</span>
        </li>
        <li>
          <strong>At the end of the day</strong>
          <span>A three-minute look back, and one intention for tomorrow.</span>
        </li>
      </ul>
      <p className="welcome__privacy">
        <span className="welcome__lock">
          <LockIcon />
        </span>
        <span>
          <strong>Private by design.</strong> Everything stays on this computer: no account, no cloud, no analytics. Touchpoint goes online only to read the calendars you connect.
        </span>
      </p>

      <div className="card welcome__step">
        {step === 'intro' && (
          <>
            <h2>Connect your calendar</h2>
            <p className="muted">So check-ins arrive around your real meetings. Touchpoint only reads it — nothing is written back.</p>
            <div className="welcome__actions">
              <button type="button" className="button button--primary" onClick={() => setStep('connect')}>
                Connect a calendar…
              </button>
              <button type="button" className="button button--ghost" disabled={finishing} onClick={() => void finish()}>
                Skip for now
              </button>
            </div>
            <p className="muted">Or sign in to your work calendar directly (useful when your company switches calendar links off):</p>
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
              Connect a calendar
            </h2>
            <Suspense
              fallback={
                <p className="muted" role="status">
                  <Spinner /> Getting the form ready…
                </p>
              }
            >
              <AddCalendarForm
                cancelLabel="Back"
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
              You’re set up
            </h2>
            <ul className="welcome__added" aria-label="Connected calendars">
              {added.map((source) => (
                <li key={source.id}>
                  <ColorSwatch color={source.color} />
                  <span>
                    <strong>{source.name}</strong> is connected.
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
              Check-ins come during your working time{settings ? ` (${describeWorkingTime(settings.coach, windowT())})` : ''}. Working time, quiet hours and the review time can be changed any time in Settings.
            </p>
            <div className="welcome__actions">
              <button type="button" className="button button--primary" disabled={finishing} onClick={() => void finish()}>
                {finishing && <Spinner />}
                Go to Today
              </button>
              <button type="button" className="button" onClick={() => setStep('connect')}>
                Add another calendar
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
            {added.length > 0 ? 'Finish setup' : 'Skip setup'}
          </button>
        </p>
      )}
    </section>
  );
}
