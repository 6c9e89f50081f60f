/** The six kinds of case rows of the report's Cuadro 3 (shared/docs/interchange.md), in print order. */
export const CASE_BUCKETS = [
  'incorporation',
  'incorporationFollowUp',
  'attention',
  'attentionFollowUp',
  'federalCollaboration',
  'federalCollaborationFollowUp',
] as const;
export type CaseBucket = (typeof CASE_BUCKETS)[number];
