// Types of the protest monitoring pages, taken from the server contract (type-only: no server code in the bundle).
import type { z } from 'zod';
import type { ActivationOut, ProtestList } from '../../../common/features/monitoring.contract';
import { api } from '../../api';

export type Protests = z.infer<typeof ProtestList>;
export type Mobilization = Protests['mobilizations'][number];
export type Activation = z.infer<typeof ActivationOut>;
export const PROTESTS_KEY = ['monitoring', 'protests'] as const;

export const fetchProtests = () => api.get<Protests>('/api/monitoring/protests');
