import type { z } from 'zod';
import type { Result } from '../domain/errors';
import { commands, events } from './commands';
import type { COMMAND_NAMES, EVENT_NAMES } from './names';

export * from './commands';

export type Commands = typeof commands;
export type CommandName = keyof Commands;
export type CommandInput<K extends CommandName> = z.input<Commands[K]['input']>;
export type ParsedCommandInput<K extends CommandName> = z.output<Commands[K]['input']>;
export type CommandOutput<K extends CommandName> = z.output<Commands[K]['output']>;

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = z.output<Events[E]>;

export { COMMAND_NAMES, EVENT_NAMES, commandChannel, eventChannel } from './names';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
// Compile-time guarantee that names.ts lists exactly the declared commands and events.
const namesMatchCommands: Equal<(typeof COMMAND_NAMES)[number], CommandName> = true;
const namesMatchEvents: Equal<(typeof EVENT_NAMES)[number], EventName> = true;
void namesMatchCommands;
void namesMatchEvents;

export function isCommandName(name: unknown): name is CommandName {
  return typeof name === 'string' && Object.hasOwn(commands, name);
}

export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && Object.hasOwn(events, name);
}


type NamespaceOf<K> = K extends `${infer NS}.${string}` ? NS : never;
type MethodOf<K, NS extends string> = K extends `${NS}.${infer M}` ? M : never;
/** Arguments of a command: the input may be left out when the schema has a default for it. */
export type CommandArgs<K extends CommandName> = undefined extends CommandInput<K> ? [input?: CommandInput<K>] : [input: CommandInput<K>];
type CommandFn<K extends CommandName> = (...args: CommandArgs<K>) => Promise<Result<CommandOutput<K>>>;

/**
 * The shape of `window.touchpoint`: `touchpoint.moments.add(input)` for the command
 * `moments.add`, plus `on(event, listener)` which returns an unsubscribe function.
 */
export type TouchpointApi = {
  [NS in NamespaceOf<CommandName>]: {
    [M in MethodOf<CommandName, NS>]: CommandFn<Extract<CommandName, `${NS}.${M}`>>;
  };
} & {
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
};

export { buildTouchpointApi } from './build-api';
