// The start of every gallery console: its URL parameters and its simulation,
// with live traffic unless ?traffic=0.
import { parseGalleryParams, type GalleryParams } from './gallery-params.ts';
import { GallerySim } from './gallery-sim.ts';

export function bootGallery(defaults: Partial<GalleryParams> = {}): {
  params: GalleryParams;
  sim: GallerySim;
} {
  const params = parseGalleryParams(window.location.search, defaults);
  const sim = new GallerySim({ seed: params.seed, now: Date.now() });
  if (params.traffic) sim.startTraffic();
  return { params, sim };
}
