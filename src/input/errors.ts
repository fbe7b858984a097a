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

// What a user can do about each kind of unreadable file; appended to a message that does not already say it.
const ADVICE: Partial<Record<InputErrorCode, string>> = {
  E_CORRUPT: 'open it in the program that made it and save or export it again',
  E_EMPTY: 'check that this is the right file',
  E_NOT_FOUND: 'check the path',
  E_READ: 'check the path and its permissions',
  E_TOO_LARGE: 'raise the limit (--max-file-size) or split the document',
  E_TIMEOUT: 'split the document or lint it on its own',
  E_NO_TEXT: 'OCR it first',
  E_ENCRYPTED: 'remove the password and try again',
};
const HAS_ADVICE = /:\s*(?:remove|save|export|ocr|raise|check|convert|split|try|open|repair)\b|\((?:raise|use)\b/i;

export function withAdvice(code: string, message: string): string {
  const advice = ADVICE[code as InputErrorCode];
  return advice && !HAS_ADVICE.test(message) ? `${message}: ${advice}` : message;
}
