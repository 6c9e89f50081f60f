import { ALCALDIAS, PLACES } from '../../../common/features/monitoring';

export const MONITORING_KEY = ['monitoring'] as const;
export const placeLabel = (k: string, t: (key: string) => string) =>
  k in ALCALDIAS ? ALCALDIAS[k as keyof typeof ALCALDIAS] : t(`monitoring:place.${k}`);
export const placeOptions = (t: (key: string) => string) => PLACES.map((k) => ({ value: k, label: placeLabel(k, t) }));

export interface FindingSummary {
  id: string;
  code: string;
  detectedOn: string;
  factsOn: string | null;
  situation: string;
  forms: string[];
  types: string[];
  profile: string;
  identity: string;
  alcaldia: string;
  protest: boolean;
  sources: number;
  verified: boolean;
  caseId: string | null;
  caseFolio: string | null;
  summary: string | null;
  version: number;
}
export interface SourceOut {
  id: string;
  kind: string;
  outlet: string;
  url: string | null;
  capturedAt: string;
  fileName: string | null;
  mediaType: string | null;
  size: number | null;
  sha256: string | null;
}
export interface FindingDetail extends FindingSummary {
  perpetrator: string | null;
  people: string | null;
  sourceList: SourceOut[];
}
