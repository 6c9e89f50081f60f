// The cases the base attended during an activation: a multi-select searched by folio. Shown only to
// the roles that may see cases (cases.read); the server refuses the link to any other role.
import { MultiSelect } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { CaseList } from '../../../common/features/cases.contract';
import { policies } from '../../../common/features';
import { api } from '../../api';
import { hasAnyRole, useMe } from '../../auth/session';

export interface CaseRef {
  id: string;
  folio: string;
}

export function useCanSeeCases(): boolean {
  const me = useMe().data;
  return !!me && hasAnyRole(me.user.roles, policies['cases.read']);
}

export function CasesAttendedSelect({ value, onChange }: { value: CaseRef[]; onChange: (v: CaseRef[]) => void }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [folio] = useDebouncedValue(search.trim(), 250);
  const q = useQuery({
    queryKey: ['cases', 'picker', folio],
    queryFn: () =>
      api.get<z.infer<typeof CaseList>>(
        `/api/cases?${new URLSearchParams({ limit: '20', sort: 'opened_desc', ...(folio ? { folio } : {}) })}`,
      ),
  });
  const known = new Map<string, CaseRef>(value.map((c) => [c.id, c]));
  for (const c of q.data?.items ?? []) if (!known.has(c.id)) known.set(c.id, { id: c.id, folio: c.folio });
  return (
    <MultiSelect
      label={t('monitoring:protests.cases')}
      description={t('monitoring:protests.casesHelp')}
      placeholder={t('monitoring:protests.casesSearch')}
      searchable
      clearable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      nothingFoundMessage={q.isFetching ? t('common:loading') : t('monitoring:protests.noCasesFound')}
      data={[...known.values()].map((c) => ({ value: c.id, label: c.folio }))}
      value={value.map((c) => c.id)}
      onChange={(ids) => onChange(ids.map((id) => known.get(id)!).filter(Boolean))}
      maxValues={50}
    />
  );
}
