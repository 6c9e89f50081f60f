// `npm run new:feature -- NAME`: writes a feature that follows the shape of docs/development.md
// (shared definitions, manifest, schema, contract, queries, service, routes, test, web page, i18n)
// and adds one line to each list. Then: `flock /tmp/salvaguarda-migrate.lock npm run db:generate`.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import prettier from 'prettier';
import { featureFiles, listInsertions, type ListInsertion } from './new-feature.templates.js';

/** Adds the import after the last import and the entry at the end of the list, then formats. */
async function join(root: string, ins: ListInsertion): Promise<void> {
  const file = path.join(root, ins.file);
  let text = fs.readFileSync(file, 'utf8');
  if (!ins.array.test(text)) throw new Error(`${ins.file}: no se encontró la lista`);
  text = text.replace(ins.array, (_m, open: string, body: string, close: string) => {
    const items = body.trim().replace(/,$/, '');
    return `${open}${items}, ${ins.entry}${close}`;
  });
  const lines = text.split('\n');
  const last = lines.reduce((at, l, i) => (/^import |^} from /.test(l) ? i : at), -1);
  lines.splice(last + 1, 0, ins.importLine);
  const options = (await prettier.resolveConfig(file)) ?? {};
  fs.writeFileSync(file, await prettier.format(lines.join('\n'), { ...options, filepath: file }));
}

export async function createFeature(root: string, name: string): Promise<string[]> {
  if (!/^[a-z][a-z0-9]{2,30}$/.test(name))
    throw new Error('El nombre debe ser una palabra en minúsculas (letras y números, 3 a 31), p. ej. "bodies".');
  const files = featureFiles(name);
  for (const file of Object.keys(files)) {
    if (fs.existsSync(path.join(root, file))) throw new Error(`Ya existe ${file}: no se escribió nada.`);
  }
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), text);
  }
  for (const ins of listInsertions(name)) await join(root, ins);
  fs.appendFileSync(
    path.join(root, 'src/server/db/schema.ts'),
    `export * from '../features/${name}/${name}.schema.js';\n`,
  );
  return Object.keys(files);
}

async function main(): Promise<void> {
  const name = process.argv[2] ?? '';
  try {
    const written = await createFeature(process.cwd(), name);
    console.log(`Escritos ${written.length} archivos:\n${written.map((f) => `  ${f}`).join('\n')}`);
    console.log('Siguiente: flock /tmp/salvaguarda-migrate.lock npm run db:generate && npm run format');
  } catch (err) {
    console.error((err as Error).message);
    process.exit(1);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) void main();
