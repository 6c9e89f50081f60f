// i18next setup. Catalogues are JSON files per namespace: i18n/<lang>/<namespace>.json.
// import.meta.glob picks up every file, so a feature adds its namespace without editing this file.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { setValidationLanguage } from '../../common/validation-messages';

export const DEFAULT_LANGUAGE = 'es-MX';
export const LANGUAGES = ['es-MX', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

type Catalogue = Record<string, unknown>;
const files = import.meta.glob<Catalogue>('./*/*.json', { eager: true, import: 'default' });

export function buildResources(entries: Record<string, Catalogue>): Record<string, Record<string, Catalogue>> {
  const resources: Record<string, Record<string, Catalogue>> = {};
  for (const [file, catalogue] of Object.entries(entries)) {
    const match = /^\.\/([^/]+)\/([^/]+)\.json$/.exec(file);
    if (!match) continue;
    const [, lang, ns] = match as unknown as [string, string, string];
    (resources[lang] ??= {})[ns] = catalogue;
  }
  return resources;
}

const LANGUAGE_STORAGE_KEY = 'salvaguarda.language';

function initialLanguage(): Language {
  const stored = typeof localStorage === 'undefined' ? null : localStorage.getItem(LANGUAGE_STORAGE_KEY);
  return (LANGUAGES as readonly string[]).includes(stored ?? '') ? (stored as Language) : DEFAULT_LANGUAGE;
}

const resources = buildResources(files);

void i18next.use(initReactI18next).init({
  resources,
  lng: initialLanguage(),
  fallbackLng: DEFAULT_LANGUAGE,
  ns: Object.keys(resources[DEFAULT_LANGUAGE] ?? { common: {} }),
  defaultNS: 'common',
  interpolation: { escapeValue: false }, // React escapes already
  returnNull: false,
});

// Form validation speaks the UI's language (zod's global error map follows it).
const validationLanguage = (lang: string) => setValidationLanguage(lang.startsWith('en') ? 'en' : 'es');
validationLanguage(i18next.language ?? DEFAULT_LANGUAGE);
i18next.on('languageChanged', validationLanguage);

export function setLanguage(lang: Language): void {
  localStorage.setItem(LANGUAGE_STORAGE_KEY, lang);
  document.documentElement.lang = lang;
  void i18next.changeLanguage(lang);
}

export default i18next;
