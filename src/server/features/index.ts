import type { FeaturePlugin } from '../app.js';

export interface Feature {
  name: string;
  plugin: FeaturePlugin;
}

/** Every feature of the product, in registration order. One line per feature. */
export const features: Feature[] = [
];
