// A badge that never cuts its text (Mantine's Badge truncates with an ellipsis inside table cells).
import { Badge, type BadgeProps } from '@mantine/core';
import type { ReactNode } from 'react';

export function Tag({ children, ...props }: BadgeProps & { children: ReactNode }) {
  return (
    <Badge tt="none" h="auto" py={2} styles={{ label: { overflow: 'visible', whiteSpace: 'normal' } }} {...props}>
      {children}
    </Badge>
  );
}
