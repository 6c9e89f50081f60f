// Stable error codes sent by the server, a closed union derived from the shared feature list
// (src/common/features.ts). The server sends the Spanish message too, for API clients and the CLI;
// the web shows the message of its language from errorTexts.
import { errorTexts, type ErrorCode } from './features.js';

export type { ErrorCode };
export { errorTexts };

/** code -> Spanish message. */
export const errorMessages = Object.fromEntries(
  Object.entries(errorTexts).map(([code, text]) => [code, text.es]),
) as Record<ErrorCode, string>;

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(errorTexts, value);
}

export interface ErrorBody {
  error: { code: string; message: string; details?: unknown };
}
