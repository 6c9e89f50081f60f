// Renders the printable model (the same one the DOCX/PDF writers use) as a web page.
import { Loader, Stack, Table, Text, Title } from '@mantine/core';
import { lazy, Suspense } from 'react';
import type { ReportDocument, TableBlock } from './types';

// ECharts is large: loaded only when a report is shown.
const EChart = lazy(() => import('./EChart').then((m) => ({ default: m.EChart })));

function ReportTable({ block }: { block: TableBlock }) {
  const firstTotal = block.body.length - block.totalRows;
  return (
    <figure style={{ margin: 0 }}>
      <Table.ScrollContainer minWidth={700}>
        <Table withTableBorder withColumnBorders fz="xs" data-testid={`table-${block.id}`}>
          <Table.Caption style={{ captionSide: 'top', fontWeight: 700, color: 'inherit' }}>
            CUADRO {block.number}. {block.title}
          </Table.Caption>
          <Table.Thead style={{ background: '#9F2241', color: 'white' }}>
            {block.header.map((row, i) => (
              <Table.Tr key={i}>
                {row.map((h, j) => (
                  <Table.Th key={j} scope="col" colSpan={h.colSpan} rowSpan={h.rowSpan} style={{ textAlign: 'center' }}>
                    {h.text}
                  </Table.Th>
                ))}
              </Table.Tr>
            ))}
          </Table.Thead>
          <Table.Tbody>
            {block.body.map((row, i) => (
              <Table.Tr key={i} fw={i >= firstTotal ? 700 : undefined}>
                {row.map((c, j) =>
                  j === 0 ? (
                    <Table.Th key={j} scope="row" fw={i >= firstTotal ? 700 : 400}>
                      {c}
                    </Table.Th>
                  ) : (
                    <Table.Td key={j} style={{ textAlign: block.align?.[j] ?? 'center' }}>
                      {c}
                    </Table.Td>
                  ),
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {block.notes.map((n) => (
        <Text key={n} size="xs">
          {n}
        </Text>
      ))}
    </figure>
  );
}

export function ReportView({ doc }: { doc: ReportDocument }) {
  return (
    <Stack gap="md" data-testid="report-view">
      <Title order={2} size="h3">
        {doc.title}
      </Title>
      {doc.sections.map((s) => (
        <Stack key={s.id} gap="sm" component="section" aria-labelledby={`section-${s.id}`}>
          <Title order={3} size="h4" id={`section-${s.id}`} c="#9F2241">
            {s.number}. {s.title}.
          </Title>
          {s.blocks.map((b) => {
            switch (b.kind) {
              case 'heading':
                return (
                  <Title key={b.id} order={4} size="h5">
                    {b.number} {b.text}
                  </Title>
                );
              case 'paragraph':
                return (
                  <Text key={b.id} ta="justify" data-paragraph={b.id}>
                    {b.text}
                  </Text>
                );
              case 'table':
                return <ReportTable key={b.id} block={b} />;
              case 'chart':
                return (
                  <figure key={b.id} style={{ margin: 0 }}>
                    <Text fw={700} size="sm" ta="center">
                      GRÁFICA {b.number}. {b.title}
                    </Text>
                    <Suspense fallback={<Loader size="sm" />}>
                      <EChart option={b.option} height={b.height} label={`Gráfica ${b.number}. ${b.title}`} />
                    </Suspense>
                    {b.notes.map((n) => (
                      <Text key={n} size="xs">
                        {n}
                      </Text>
                    ))}
                  </figure>
                );
              case 'image':
                // The downscaled photo travels in the block (the caption paragraph follows it).
                return (
                  <img
                    key={b.id}
                    src={`data:${b.mime};base64,${b.data}`}
                    alt={b.caption}
                    width={b.width}
                    height={b.height}
                    style={{ maxWidth: '100%', height: 'auto', alignSelf: 'center' }}
                  />
                );
            }
          })}
        </Stack>
      ))}
    </Stack>
  );
}
