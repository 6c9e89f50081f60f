import { errorMessages, type ErrorCode } from '../../../common/errors.js';

/** An error the client may see: a stable code, an HTTP status, a Spanish message and safe details. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly statusCode: number,
    readonly details?: unknown,
    message?: string,
  ) {
    super(message ?? errorMessages[code]);
    this.name = 'AppError';
  }
}

export const notFound = (details?: unknown) => new AppError('not_found', 404, details);
export const forbidden = (details?: unknown) => new AppError('forbidden', 403, details);
export const conflict = (details?: unknown) => new AppError('conflict', 409, details);
export const badRequest = (code: ErrorCode = 'bad_request', details?: unknown, message?: string) =>
  new AppError(code, 400, details, message);
export const alreadyExists = (details?: unknown) => new AppError('already_exists', 409, details);
