// Errors a user can act on. Each carries a stable code (part of the JSON contract) and a one-line message.

export type InputErrorCode =
  | 'E_ENCRYPTED'
  | 'E_NO_TEXT'
  | 'E_CORRUPT'
  | 'E_EMPTY'
  | 'E_UNSUPPORTED'
  | 'E_TOO_LARGE'
  | 'E_NOT_FOUND'
  | 'E_READ'
  | 'E_TIMEOUT'
  | 'E_LANGUAGE';

export class InputError extends Error {
  constructor(
    readonly code: InputErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'InputError';
  }
}

export function isInputError(error: unknown): error is InputError {
  return error instanceof InputError;
}
