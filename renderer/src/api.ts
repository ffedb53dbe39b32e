/**
 * The renderer's only door to the main process. Unwraps the `{ok, value | error}` envelope:
 * success returns the value, failure throws an ApiError whose message is meant for the user.
 */
import { windowT } from './window-text';
import type {
  CommandArgs,
  CommandName,
  CommandOutput,
  EventName,
  EventPayload,
  TouchpointApi,
} from '../../shared/contract/index';
import type { AppErrorInfo, Result } from '../../shared/domain/errors';

export class ApiError extends Error {
  readonly code: AppErrorInfo['code'];
  readonly fields: Record<string, string>;

  constructor(info: AppErrorInfo) {
    super(info.message);
    this.name = 'ApiError';
    this.code = info.code;
    this.fields = info.fields ?? {};
  }
}

function bridge(): TouchpointApi {
  const api = (window as { touchpoint?: TouchpointApi }).touchpoint;
  if (!api) throw new ApiError({ code: 'internal', message: 'Touchpoint’s connection to its data is missing. Please restart the app.' });
  return api;
}

export async function call<K extends CommandName>(name: K, ...args: CommandArgs<K>): Promise<CommandOutput<K>> {
  const [ns, method] = name.split('.') as [string, string];
  const group = (bridge() as unknown as Record<string, Record<string, (input?: unknown) => Promise<Result<unknown>>>>)[ns];
  const fn = group?.[method];
  if (!fn) throw new ApiError({ code: 'unknown_command', message: `Unknown command ${name}` });
  let result: Result<unknown>;
  try {
    result = await fn(args[0]);
  } catch {
    throw new ApiError({ code: 'internal', message: windowT()('errors.unreachable') });
  }
  if (!result.ok) throw new ApiError(result.error);
  return result.value as CommandOutput<K>;
}

export function subscribe<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void {
  return bridge().on(event, listener);
}

export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof Error) return error.message;
  return windowT()('errors.generic');
}
