import type { z } from 'zod';
import type { AdminUser as AdminUserSchema } from '../../common/auth.contract';

/** A row of GET /api/admin/users (contract in src/common/auth.contract.ts). */
export type AdminUser = z.infer<typeof AdminUserSchema>;
