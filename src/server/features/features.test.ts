// The feature shape: every folder is a manifest in the one list, every shared definition has its
// manifest, every schema file reaches the database schema, and nothing is claimed twice.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defineSharedFeature } from '../../common/feature.js';
import { sharedFeatures } from '../../common/features.js';
import { featureManifests, registry } from './index.js';
import { buildRegistry } from './manifest.js';

const featuresDir = path.resolve(import.meta.dirname);
const folders = fs
  .readdirSync(featuresDir, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

describe('feature manifests', () => {
  it('lists every feature folder once, each with its <name>.feature.ts', () => {
    expect(featureManifests.map((m) => m.name).sort()).toEqual(folders);
    for (const name of folders) expect(fs.existsSync(path.join(featuresDir, name, `${name}.feature.ts`))).toBe(true);
  });

  it('gives every shared definition but the platform’s to exactly one manifest', () => {
    const shared = sharedFeatures.map((f) => f.name).filter((n) => n !== 'platform');
    expect(featureManifests.map((m) => m.shared.name).sort()).toEqual([...shared].sort());
  });

  it('re-exports every *.schema.ts from db/schema.ts', () => {
    const schemaIndex = fs.readFileSync(path.resolve(featuresDir, '../db/schema.ts'), 'utf8');
    const root = path.resolve(featuresDir, '..');
    const files = fs
      .readdirSync(root, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.schema.ts'))
      .map((f) => `../${f.replace(/\\/g, '/').replace(/\.ts$/, '.js')}`);
    expect(files.length).toBeGreaterThan(3);
    for (const f of files) expect(schemaIndex, f).toContain(`'${f}'`);
  });

  it('derives the lists and refuses a policy, error code or command claimed twice', () => {
    expect(registry.demoSeeders.map((s) => s.name)).toContain('cases');
    expect(Object.keys(registry.commands)).toEqual(expect.arrayContaining(['report', 'import', 'export']));
    const [first] = featureManifests;
    const policy = Object.keys(first!.shared.policies)[0]!;
    const clash = {
      name: 'clash',
      shared: defineSharedFeature({ name: 'clash', policies: { [policy]: ['admin'] }, errors: {} }),
    };
    expect(() => buildRegistry([...featureManifests, clash])).toThrow(/claimed by both/);
    const twice = { ...clash, shared: defineSharedFeature({ name: 'clash', policies: {}, errors: {} }) };
    expect(() => buildRegistry([...featureManifests, twice, twice])).toThrow(/feature «clash»/);
  });

  it('gives every error code a Spanish and an English message', () => {
    for (const f of sharedFeatures) {
      for (const [code, text] of Object.entries(f.errors)) {
        expect(text.es.trim(), code).not.toBe('');
        expect(text.en.trim(), code).not.toBe('');
        expect(text.en, code).not.toBe(text.es);
      }
    }
  });
});
