/** The error half of every IPC reply. `message` is written for the user, not the developer. */
export type AppErrorCode =
  | 'invalid_input'
  | 'not_found'
  | 'conflict'
  | 'storage'
  | 'forbidden'
  | 'locked'
  | 'unknown_command'
  | 'internal';

export interface AppErrorInfo {
  code: AppErrorCode;
  message: string;
  /** Per-field messages keyed by dotted path, for forms. */
  fields?: Record<string, string>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorInfo };

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly fields: Record<string, string> | undefined;

  constructor(code: AppErrorCode, message: string, fields?: Record<string, string>) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.fields = fields;
  }

  toInfo(): AppErrorInfo {
    return this.fields ? { code: this.code, message: this.message, fields: this.fields } : { code: this.code, message: this.message };
  }
}

export function assertNever(value: never, what = 'value'): never {
  throw new Error(`Unexpected ${what}: ${JSON.stringify(value)}`);
}
