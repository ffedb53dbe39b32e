import {
  commands,
  isCommandName,
  type CommandName,
  type CommandOutput,
  type ParsedCommandInput,
} from '../../../shared/contract/index';
import { AppError, type AppErrorInfo, type Result } from '../../../shared/domain/errors';
import { describeZodError } from '../../../shared/domain/validation';
import { t } from '../text/main-text';

/** Which of our windows sent a command. */
export type WindowRole = 'main' | 'popup';

export interface CallContext {
  window: WindowRole;
}

export type Handlers = {
  [K in CommandName]: (input: ParsedCommandInput<K>, context: CallContext) => Promise<CommandOutput<K>> | CommandOutput<K>;
};

export type Dispatch = (name: unknown, input: unknown, context: CallContext) => Promise<Result<unknown>>;

/** The passphrase lock's commands are answered by the AppHost, which outlives each service graph. */
export type VaultCommand = Extract<CommandName, `vault.${string}`>;
export type ServiceHandlers = Omit<Handlers, VaultCommand>;


/**
 * One entry point for every command: unknown names and invalid input are rejected with a
 * readable message before any handler runs; handler errors become error envelopes.
 */
export function createDispatcher(
  handlers: Partial<Handlers>,
  log: (message: string, error: unknown) => void,
  /** The reply for a known command this table does not serve (e.g. "locked"). */
  notServed: (name: CommandName) => AppErrorInfo = (name) => ({ code: 'unknown_command', message: `Unknown command: ${name}` }),
): Dispatch {
  return async (name, input, context) => {
    if (!isCommandName(name)) {
      return { ok: false, error: { code: 'unknown_command', message: `Unknown command: ${String(name).slice(0, 80)}` } };
    }
    if (!handlers[name]) return { ok: false, error: notServed(name) };
    const parsed = commands[name].input.safeParse(input);
    if (!parsed.success) {
      const { message, fields } = describeZodError(parsed.error, t);
      return { ok: false, error: { code: 'invalid_input', message, fields } };
    }
    try {
      const handler = handlers[name] as (input: unknown, context: CallContext) => unknown;
      const value = await handler(parsed.data, context);
      return { ok: true, value };
    } catch (error) {
      if (error instanceof AppError) return { ok: false, error: error.toInfo() };
      log(`Command ${name} failed`, error);
      return { ok: false, error: { code: 'internal', message: t('errors:internal') } };
    }
  };
}
