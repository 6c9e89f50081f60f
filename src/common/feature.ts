// What a feature shares with the web: its access policies (which roles may call its routes) and its
// error codes with their messages in every language of the UI. Pure data: imported by the server
// (route guard, AppError) and by the web (navigation, error display), so neither repeats them.
import type { Role } from './roles.js';

export interface ErrorText {
  es: string;
  en: string;
}

export interface SharedFeature<P extends string = string, E extends string = string> {
  name: string;
  /** policy key ('<feature>.<verb>') -> roles that pass. */
  policies: { readonly [K in P]: readonly Role[] };
  /** stable error code -> message in Spanish (source) and English. */
  errors: { readonly [K in E]: ErrorText };
}

/** Keeps the literal keys of a feature's policies and errors for the derived unions. */
export function defineSharedFeature<const P extends string, const E extends string>(
  feature: SharedFeature<P, E>,
): SharedFeature<P, E> {
  return feature;
}
