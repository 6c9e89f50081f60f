// Pieces shared by the bodies pages: types of the API answers (from the shared contract, types only)
// and dates (errors: src/web/ui/ErrorAlert).
import type { z } from 'zod';
import { formatDate } from '../../../common/date-format';
import type * as C from '../../../common/features/bodies.contract';

export type SessionRow = z.infer<typeof C.SessionRow>;
export type Member = z.infer<typeof C.MemberOut>;
export type Agreement = z.infer<typeof C.AgreementOut>;
export type AgreementList = z.infer<typeof C.AgreementListOut>;
export type BodySummary = z.infer<typeof C.BodySummary>;
export type BodyList = z.infer<typeof C.BodyListOut>;
export type BodyPageData = z.infer<typeof C.BodyPageOut>;
export type SessionPageData = z.infer<typeof C.SessionPageOut>;
export type Saved = z.infer<typeof C.Saved>;

/** `01/12/2026`: the one date format of the pages (common/date-format.ts). */
export function formatDay(iso: string | null | undefined, lang: string): string {
  return formatDate(iso, lang);
}
