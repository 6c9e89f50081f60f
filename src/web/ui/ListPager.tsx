// The pager under a server-paged list: "Mostrando 51–100 de 221", page buttons and rows per page.
import { Group, Pagination, Select, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export const PAGE_SIZES = [10, 25, 50, 100] as const;

export interface PageState {
  page: number; // 1-based
  size: number;
}

export function offsetOf(p: PageState): number {
  return (p.page - 1) * p.size;
}

export function ListPager({
  state,
  onChange,
  total,
  shown,
  totalIsLowerBound = false,
}: {
  state: PageState;
  onChange: (next: PageState) => void;
  total: number;
  /** Rows on the current page. */
  shown: number;
  totalIsLowerBound?: boolean;
}) {
  const { t } = useTranslation('common');
  const from = offsetOf(state) + 1;
  const pages = Math.max(1, Math.ceil(total / state.size) + (totalIsLowerBound ? 1 : 0));
  return (
    <Group justify="space-between" wrap="wrap">
      <Text size="sm" role="status" data-testid="pager-range">
        {shown === 0
          ? t('pager.none')
          : t(totalIsLowerBound ? 'pager.rangeMore' : 'pager.range', { from, to: from + shown - 1, total })}
      </Text>
      <Group gap="sm">
        <nav aria-label={t('pager.label')}>
          <Pagination
            total={pages}
            value={state.page}
            onChange={(page) => onChange({ ...state, page })}
            size="sm"
            withEdges
            getControlProps={(control) => ({ 'aria-label': t(`pager.controls.${control}`) })}
            getItemProps={(page) => ({ 'aria-label': t('pager.page', { page }) })}
          />
        </nav>
        <Select
          aria-label={t('pager.size')}
          w={90}
          size="xs"
          data={PAGE_SIZES.map(String)}
          value={String(state.size)}
          allowDeselect={false}
          onChange={(v) => onChange({ page: 1, size: Number(v) })}
        />
      </Group>
    </Group>
  );
}
