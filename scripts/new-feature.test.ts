// The generator (`npm run new:feature -- NAME`) on a scratch copy of the central lists: it writes
// the feature's folders and touches nothing central but one line (and its import) in each list.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createFeature } from './new-feature.js';
import { featureFiles, listInsertions } from './new-feature.templates.js';

const repo = path.resolve(import.meta.dirname, '..');
const LISTS = [...listInsertions('x').map((i) => i.file), 'src/server/db/schema.ts'];
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'new-feature-'));
fs.copyFileSync(path.join(repo, '.prettierrc.json'), path.join(scratch, '.prettierrc.json'));
for (const f of LISTS) {
  fs.mkdirSync(path.dirname(path.join(scratch, f)), { recursive: true });
  fs.copyFileSync(path.join(repo, f), path.join(scratch, f));
}
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

const lines = (root: string, f: string) => fs.readFileSync(path.join(root, f), 'utf8').split('\n');

describe('new:feature', () => {
  it('writes every file of the shape and adds only the import and the entry to each list', async () => {
    const written = await createFeature(scratch, 'widgets');
    expect(written.sort()).toEqual(Object.keys(featureFiles('widgets')).sort());
    for (const f of written) expect(fs.existsSync(path.join(scratch, f)), f).toBe(true);
    for (const f of LISTS) {
      const before = lines(repo, f);
      const after = lines(scratch, f);
      const added = after.filter((l) => !before.includes(l));
      const removed = before.filter((l) => !after.includes(l));
      // One import line plus the entry (Prettier may rewrap the list's line holding it).
      expect(added.length, f).toBeGreaterThanOrEqual(1);
      expect(added.length, f).toBeLessThanOrEqual(3);
      expect(removed.length, f).toBeLessThanOrEqual(2);
      expect(added.join('\n'), f).toMatch(/widgets/);
    }
  });

  it('refuses a name that exists or is not one lowercase word, writing nothing', async () => {
    const snapshot = LISTS.map((f) => fs.readFileSync(path.join(scratch, f), 'utf8'));
    await expect(createFeature(scratch, 'widgets')).rejects.toThrow(/Ya existe/);
    await expect(createFeature(scratch, 'Bad-Name')).rejects.toThrow(/minúsculas/);
    expect(LISTS.map((f) => fs.readFileSync(path.join(scratch, f), 'utf8'))).toEqual(snapshot);
  });
});
