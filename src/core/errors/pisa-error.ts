import type { ErrorCode, Issue } from './codes.js';

/** The one thrown error type: a code from the closed list, the issues behind it, the cause. */
export class PisaError extends Error {
  readonly code: ErrorCode;
  readonly issues: readonly Issue[];
  readonly params: Readonly<Record<string, string | number>>;

  constructor(code: ErrorCode, params: Readonly<Record<string, string | number>> = {}, options: { issues?: readonly Issue[]; cause?: unknown } = {}) {
    super(`${code} ${JSON.stringify(params)}`, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'PisaError';
    this.code = code;
    this.params = params;
    this.issues = options.issues ?? [];
  }
}

export function isPisaError(value: unknown): value is PisaError {
  return value instanceof PisaError;
}
