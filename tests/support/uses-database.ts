// Which test files reach a database. The suite runs twice in CI (embedded PGlite, then PostgreSQL);
// a file that never opens a database (pure domain logic, document layout, the CLI on its own
// embedded data directory) gives the same answer on both, so the PostgreSQL run leaves it out.
import fs from 'node:fs';
import path from 'node:path';

/**
 * What a file that reaches a database contains, itself or through a relative import: a call of
 * openDatabase, except its definition and a call with nothing but an embedded data directory
 * (`openDatabase({ dataDir: x })` or `({ dataDir })`, the reliability tests' installations, which never take
 * TEST_DATABASE_URL).
 */
const DATABASE_MARK =
  /createTestDatabase|(?<!function )openDatabase\((?!\{\s*dataDir(?::\s*[\w.]+)?\s*\}\))|TEST_DATABASE_URL/;
const RELATIVE_IMPORT = /^(?:import|export)\s+(?!type\b)[^;]*?from\s+['"](\.[^'"]+)['"]/gm;

function resolveImport(fromFile: string, specifier: string): string | undefined {
  const base = path.join(path.dirname(fromFile), specifier).replace(/\.js$/, '');
  return [`${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')].find((f) => fs.existsSync(f));
}

export function usesDatabase(file: string, memo = new Map<string, boolean>()): boolean {
  const known = memo.get(file);
  if (known !== undefined) return known;
  memo.set(file, false); // an import cycle adds nothing
  const source = fs.readFileSync(file, 'utf8');
  let result = DATABASE_MARK.test(source);
  for (const match of result ? [] : source.matchAll(RELATIVE_IMPORT)) {
    const target = resolveImport(file, match[1]!);
    if (target && usesDatabase(target, memo)) {
      result = true;
      break;
    }
  }
  memo.set(file, result);
  return result;
}
