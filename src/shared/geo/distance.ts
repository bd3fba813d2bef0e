import type { Units } from '../../workshop-map/types.js';

/** Mean Earth radius (IUGG), in each unit. */
export const EARTH_RADIUS = { km: 6371.0088, mi: 3958.7613 } as const;

const RAD = Math.PI / 180;

/** Great-circle (haversine) distance between two points, in `units` (default miles). */
export function distance(lat1: number, lng1: number, lat2: number, lng2: number, units: Units = 'mi'): number {
  const dLat = (lat2 - lat1) * RAD;
  const dLng = (lng2 - lng1) * RAD;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS[units] * Math.asin(Math.min(1, Math.sqrt(a)));
}

/**
 * A latitude/longitude box that surely contains every point within `radius` of the centre: a cheap
 * prefilter before the exact haversine. `dLng` is 180 (no longitude limit) near the poles.
 */
export function boundingBox(lat: number, radius: number, units: Units): { dLat: number; dLng: number } {
  const dLat = radius / EARTH_RADIUS[units] / RAD;
  const edge = Math.abs(lat) + dLat;
  const dLng = edge >= 89 ? 180 : Math.min(180, dLat / Math.cos(edge * RAD));
  return { dLat, dLng };
}
