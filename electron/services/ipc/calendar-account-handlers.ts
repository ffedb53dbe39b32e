import { AppError } from '../../../shared/domain/errors';
import type { AccountConnector } from '../calendar/accounts/account-connector';
import { OAuthConnectionError } from '../calendar/oauth/oauth-errors';
import { SyncError, UnknownSourceError } from '../calendar/sync/index';
import type { Handlers } from './dispatcher';
import { t } from '../text/main-text';

type AccountHandlers = Pick<
  Handlers,
  'calendar.accounts' | 'calendar.connect' | 'calendar.cancelConnect' | 'calendar.disconnect' | 'calendar.oauthClients' | 'calendar.setOwnClient' | 'calendar.clearOwnClient'
>;

/** OAuth and sync errors already say, in plain words, what happened and what to do. */
async function plainErrors<T>(work: () => T | Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof OAuthConnectionError || error instanceof SyncError) throw new AppError('invalid_input', error.message);
    if (error instanceof UnknownSourceError) throw new AppError('not_found', t('errors:entries.calendarGone'));
    throw error;
  }
}

export function createCalendarAccountHandlers(accounts: AccountConnector): AccountHandlers {
  return {
    'calendar.accounts': () => accounts.accounts(),
    'calendar.connect': ({ provider }) => plainErrors(() => accounts.connect(provider)),
    'calendar.cancelConnect': ({ provider }) => {
      accounts.cancel(provider);
      return null;
    },
    'calendar.disconnect': ({ id }) => plainErrors(() => accounts.disconnect(id)),
    'calendar.oauthClients': () => accounts.clients(),
    'calendar.setOwnClient': ({ provider, clientId, clientSecret }) => plainErrors(() => accounts.setOwnClient(provider, clientId, clientSecret ? clientSecret : null)),
    'calendar.clearOwnClient': ({ provider }) => plainErrors(() => accounts.clearOwnClient(provider)),
  };
}
