// Fails (exit 1) when the web catalogues disagree: a namespace file or a key present in one
// language but not in another, or a key that is an object in one and a string in another.
// Usage: npx tsx scripts/check-i18n.ts [catalogue dir, default src/web/i18n]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

type Catalogue = Record<string, unknown>;
/** lang -> namespace -> catalogue */
export type Catalogues = Record<string, Record<string, Catalogue>>;

export function flattenKeys(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [prefix];
  return Object.entries(value as Catalogue).flatMap(([k, v]) => flattenKeys(v, prefix ? `${prefix}.${k}` : k));
}

/** Every problem as one readable line; empty when all languages hold the same keys. */
export function compareCatalogues(catalogues: Catalogues): string[] {
  const langs = Object.keys(catalogues).sort();
  const namespaces = [...new Set(langs.flatMap((l) => Object.keys(catalogues[l] ?? {})))].sort();
  const problems: string[] = [];
  for (const ns of namespaces) {
    const keysByLang = new Map<string, Set<string>>();
    for (const lang of langs) {
      const cat = catalogues[lang]?.[ns];
      if (!cat) problems.push(`${lang}/${ns}.json: falta el archivo (missing namespace file)`);
      else keysByLang.set(lang, new Set(flattenKeys(cat)));
    }
    const all = [...new Set([...keysByLang.values()].flatMap((s) => [...s]))].sort();
    for (const [lang, keys] of keysByLang) {
      for (const key of all) if (!keys.has(key)) problems.push(`${lang}/${ns}.json: falta la clave "${key}"`);
    }
  }
  return problems;
}

export function readCatalogues(dir: string): Catalogues {
  const result: Catalogues = {};
  for (const lang of fs.readdirSync(dir)) {
    const langDir = path.join(dir, lang);
    if (!fs.statSync(langDir).isDirectory()) continue;
    result[lang] = {};
    for (const file of fs.readdirSync(langDir).filter((f) => f.endsWith('.json'))) {
      const text = fs.readFileSync(path.join(langDir, file), 'utf8');
      try {
        result[lang][file.slice(0, -'.json'.length)] = JSON.parse(text) as Catalogue;
      } catch (err) {
        throw new Error(`${lang}/${file}: JSON inválido: ${(err as Error).message}`);
      }
    }
  }
  return result;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = path.resolve(process.argv[2] ?? 'src/web/i18n');
  const catalogues = readCatalogues(dir);
  const problems = compareCatalogues(catalogues);
  if (problems.length > 0) {
    console.error(`Catálogos i18n incompletos (${problems.length}):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    process.exit(1);
  }
  const count = Object.values(catalogues).reduce((n, c) => n + Object.keys(c).length, 0);
  console.log(`Catálogos i18n completos: ${Object.keys(catalogues).length} idiomas, ${count} archivos.`);
}
