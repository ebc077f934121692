import type { ErrorCode, ErrorInfo } from './contract';

/**
 * An error meant for the user: a code the UI can act on and a message in
 * plain words saying what happened and what to do. Services throw it; the
 * contract handler turns it into `{ ok: false, error }`. Anything else that
 * is thrown becomes `internal`, with no stack or path leaked to the page.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AppError';
  }

  toInfo(): ErrorInfo {
    return { code: this.code, message: this.message };
  }
}
