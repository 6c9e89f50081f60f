import { authDemoSeeder } from '../platform/auth/demo.js';
import type { DemoSeeder, FeatureRegistry } from '../features/manifest.js';

/**
 * Demo seeders, run in `order` on an empty embedded database when the product starts in demo mode:
 * the platform's demo users first, then each feature's manifest `demo`.
 */
export function demoSeeders(registry: FeatureRegistry): DemoSeeder[] {
  return [authDemoSeeder, ...registry.demoSeeders].sort((a, b) => a.order - b.order);
}
