// i18next setup. Catalogues are JSON files per namespace: i18n/<lang>/<namespace>.json.
// import.meta.glob picks up every file, so a feature adds its namespace without editing this file.
// Only the default language is in the first page's bundle; another language's files load when it
// is chosen (they are about 20 KB gzip that a Spanish-speaking user never needs).
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';

export const DEFAULT_LANGUAGE = 'es-MX';
export const LANGUAGES = ['es-MX', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

type Catalogue = Record<string, unknown>;
const defaultFiles = import.meta.glob<Catalogue>('./es-MX/*.json', { eager: true, import: 'default' });
const otherFiles = import.meta.glob<Catalogue>(['./*/*.json', '!./es-MX/*.json'], { import: 'default' });

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

const resources = buildResources(defaultFiles);

/** Adds a language's catalogues to i18next (once); the default language is always there. */
export async function loadLanguage(lang: Language): Promise<void> {
  if (i18next.hasResourceBundle(lang, 'common')) return;
  const prefix = `./${lang}/`;
  const entries = Object.entries(otherFiles).filter(([file]) => file.startsWith(prefix));
  const loaded = await Promise.all(entries.map(async ([file, load]) => [file, await load()] as const));
  for (const [ns, catalogue] of Object.entries(buildResources(Object.fromEntries(loaded))[lang] ?? {}))
    i18next.addResourceBundle(lang, ns, catalogue, true, true);
}

void i18next.use(initReactI18next).init({
  resources,
  lng: initialLanguage(),
  fallbackLng: DEFAULT_LANGUAGE,
  ns: Object.keys(resources[DEFAULT_LANGUAGE] ?? { common: {} }),
  defaultNS: 'common',
  interpolation: { escapeValue: false }, // React escapes already
  returnNull: false,
});

export function setLanguage(lang: Language): void {
  localStorage.setItem(LANGUAGE_STORAGE_KEY, lang);
  document.documentElement.lang = lang;
  void loadLanguage(lang).then(() => i18next.changeLanguage(lang));
}

// A person who chose another language before: it shows once its catalogues arrive (Spanish until then).
if (i18next.language !== DEFAULT_LANGUAGE)
  void loadLanguage(i18next.language as Language).then(() => i18next.changeLanguage(i18next.language));

export default i18next;
