import { Table } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A table's header row with column scopes for screen readers. A `false` label leaves the column
 * out (e.g. a "manage" column for someone who cannot manage).
 */
export function TableHead({ labels }: { labels: (ReactNode | false)[] }) {
  return (
    <Table.Thead>
      <Table.Tr>
        {labels.map((label, i) =>
          label === false || label === null || label === undefined ? null : (
            <Table.Th key={i} scope="col">
              {label}
            </Table.Th>
          ),
        )}
      </Table.Tr>
    </Table.Thead>
  );
}
