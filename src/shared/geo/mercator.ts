/** Web Mercator in world units (0..1 across and down), the projection the map's tiles use. */

const MAX_LAT = 85.0511287798;

export const mercatorX = (lng: number): number => (lng + 180) / 360;

export function mercatorY(lat: number): number {
  const sin = Math.sin((Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * Math.PI) / 180);
  return 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI);
}

export const mercatorLng = (x: number): number => x * 360 - 180;
export const mercatorLat = (y: number): number => (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;
