// The files of a new feature. Each one passes typecheck, lint and the tests as written; the
// feature then grows from there (see docs/development.md).
const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);

export interface ListInsertion {
  file: string;
  importLine: string;
  /** The array the feature joins: its declaration, matched up to the closing bracket. */
  array: RegExp;
  entry: string;
}

export function listInsertions(name: string): ListInsertion[] {
  return [
    {
      file: 'src/common/features.ts',
      importLine: `import { ${name}Shared } from './features/${name}.js';`,
      array: /(export const sharedFeatures = \[)([\s\S]*?)(\] as const;)/,
      entry: `${name}Shared`,
    },
    {
      file: 'src/server/features/index.ts',
      importLine: `import { ${name}Feature } from './${name}/${name}.feature.js';`,
      array: /(export const featureManifests: readonly FeatureManifest\[\] = \[)([\s\S]*?)(\];)/,
      entry: `${name}Feature`,
    },
    {
      file: 'src/web/features/index.tsx',
      importLine: `import { ${name}Web } from './${name}/${name}.feature';`,
      array: /(export const webFeatureManifests: readonly WebFeatureManifest\[\] = \[)([\s\S]*?)(\];)/,
      entry: `${name}Web`,
    },
  ];
}

export function featureFiles(name: string): Record<string, string> {
  const Name = cap(name);
  const table = `${name}_items`;
  return {
    [`src/common/features/${name}.ts`]: `import { defineSharedFeature } from '../feature.js';

export const ${name}Shared = defineSharedFeature({
  name: '${name}',
  policies: {
    '${name}.read': ['dg', 'admin'],
    '${name}.write': ['dg'],
  },
  errors: {},
});
`,
    [`src/server/features/${name}/${name}.schema.ts`]: `import { integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const ${name}Items = pgTable('${table}', {
  id: uuid('id').primaryKey().defaultRandom(),
  title: text('title').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  version: integer('version').notNull().default(1),
});
`,
    [`src/common/features/${name}.contract.ts`]: `// Request and response shapes of /api/${name}, shared with the web (which imports types only).
import { z } from 'zod';

export const ${Name}ItemIn = z.strictObject({ title: z.string().trim().min(1).max(500) });
export const ${Name}ItemOut = z.object({ id: z.uuid(), title: z.string(), version: z.number().int() });
export const ${Name}ListQuery = z.strictObject({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export const ${Name}ListOut = z.object({ items: z.array(${Name}ItemOut), total: z.number().int() });
`,
    [`src/server/features/${name}/${name}.queries.ts`]: `import { count, desc } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { ${name}Items } from './${name}.schema.js';

/** One page, newest first, and the total: both in SQL. */
export async function list${Name}Items(db: Database, page: number, pageSize: number) {
  const items = await db
    .select({ id: ${name}Items.id, title: ${name}Items.title, version: ${name}Items.version })
    .from(${name}Items)
    .orderBy(desc(${name}Items.createdAt), desc(${name}Items.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const [row] = await db.select({ n: count() }).from(${name}Items);
  return { items, total: Number(row?.n ?? 0) };
}

export async function insert${Name}Item(db: Database, title: string) {
  const [row] = await db
    .insert(${name}Items)
    .values({ title })
    .returning({ id: ${name}Items.id, title: ${name}Items.title, version: ${name}Items.version });
  return row!;
}
`,
    [`src/server/features/${name}/${name}.service.ts`]: `import type { z } from 'zod';
import type { ServiceContext } from '../../platform/context.js';
import type { ${Name}ItemIn, ${Name}ListQuery } from '../../../common/features/${name}.contract.js';
import { insert${Name}Item, list${Name}Items } from './${name}.queries.js';

export function list${Name}(ctx: ServiceContext, q: z.output<typeof ${Name}ListQuery>) {
  return list${Name}Items(ctx.db, q.page, q.pageSize);
}

/** Creates an item and its audit entry in one transaction. */
export function create${Name}(ctx: ServiceContext, input: z.output<typeof ${Name}ItemIn>) {
  return ctx.db.transaction(async (tx) => {
    const item = await insert${Name}Item(tx, input.title);
    await ctx.audit(tx, { action: 'create', entity: '${table}', entityId: item.id });
    return item;
  });
}
`,
    [`src/server/features/${name}/${name}.routes.ts`]: `import { requestContext } from '../../platform/context.js';
import type { FeaturePlugin } from '../manifest.js';
import {
  ${Name}ItemIn,
  ${Name}ItemOut,
  ${Name}ListOut,
  ${Name}ListQuery,
} from '../../../common/features/${name}.contract.js';
import { create${Name}, list${Name} } from './${name}.service.js';

export const ${name}Routes: FeaturePlugin = async (app, deps) => {
  app.get(
    '/${name}/items',
    {
      config: { policy: '${name}.read' },
      schema: { querystring: ${Name}ListQuery, response: { 200: ${Name}ListOut } },
    },
    async (req) => list${Name}(requestContext(deps, req), req.query),
  );
  app.post(
    '/${name}/items',
    {
      config: { policy: '${name}.write' },
      schema: { body: ${Name}ItemIn, response: { 201: ${Name}ItemOut } },
    },
    async (req, reply) => reply.status(201).send(await create${Name}(requestContext(deps, req), req.body)),
  );
};
`,
    [`src/server/features/${name}/${name}.feature.ts`]: `import { ${name}Shared } from '../../../common/features/${name}.js';
import type { FeatureManifest } from '../manifest.js';
import { ${name}Routes } from './${name}.routes.js';

export const ${name}Feature: FeatureManifest = {
  name: '${name}',
  shared: ${name}Shared,
  routes: ${name}Routes,
};
`,
    [`src/server/features/${name}/${name}.test.ts`]: `import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../tests/support/context.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(async () => ctx?.close());

describe('${name}', () => {
  it('creates an item, lists it with the total and audits the write', async () => {
    const dg = await ctx.signInAs(['dg']);
    const created = await dg.post('/api/${name}/items', { title: 'Primero' });
    expect(created.statusCode).toBe(201);
    const list = (await dg.get('/api/${name}/items')).json();
    expect(list).toEqual({ items: [{ id: created.json().id, title: 'Primero', version: 1 }], total: 1 });
    const trail = (await (await ctx.signInAs(['admin'])).get('/api/audit?entity=${table}')).json();
    expect(JSON.stringify(trail)).toContain(created.json().id);
  });

  it('refuses a role outside the policy and an empty title', async () => {
    expect((await (await ctx.signInAs(['board'])).get('/api/${name}/items')).statusCode).toBe(403);
    const res = await (await ctx.signInAs(['dg'])).post('/api/${name}/items', { title: ' ' });
    expect(res.statusCode).toBe(400);
  });
});
`,
    [`src/web/features/${name}/${name}.feature.tsx`]: `import { page, type WebFeatureManifest } from '../manifest';

export const ${name}Web: WebFeatureManifest = {
  name: '${name}',
  pages: [
    {
      path: '/${name}',
      navKey: '${name}:nav',
      policy: '${name}.read',
      component: page(() => import('./${Name}Page'), '${Name}Page'),
    },
  ],
};
`,
    [`src/web/features/${name}/${Name}Page.tsx`]: `import { Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { ${Name}ListOut } from '../../../common/features/${name}.contract';
import { api } from '../../api';

type ListOut = z.infer<typeof ${Name}ListOut>;

export function ${Name}Page() {
  const { t } = useTranslation('${name}');
  const list = useQuery({ queryKey: ['${name}', 'items'], queryFn: () => api.get<ListOut>('/api/${name}/items') });
  return (
    <Stack>
      <Title order={1}>{t('title')}</Title>
      <Text>{t('total', { count: list.data?.total ?? 0 })}</Text>
      <Table>
        <Table.Tbody>
          {(list.data?.items ?? []).map((item) => (
            <Table.Tr key={item.id}>
              <Table.Td>{item.title}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
`,
    [`src/web/i18n/es-MX/${name}.json`]: `{
  "nav": "${Name}",
  "title": "${Name}",
  "total_one": "{{count}} registro",
  "total_other": "{{count}} registros"
}
`,
    [`src/web/i18n/en/${name}.json`]: `{
  "nav": "${Name}",
  "title": "${Name}",
  "total_one": "{{count}} record",
  "total_other": "{{count}} records"
}
`,
  };
}
