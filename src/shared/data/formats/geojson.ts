import { isRecord } from '../normalized.js';
import { namedRowToRecord } from './csv.js';

/**
 * Workshops as GeoJSON (`format="geojson"`): a FeatureCollection of Point features whose
 * `properties` are the workshop's fields (nested ones may be flattened with dots, and `sessions` may
 * be a JSON string, as GIS tools export them). Coordinates are `[lng, lat]` and win over any
 * `location.lat/lng` in the properties. A feature without geometry is fine when it is `virtual`.
 */

/** The features of a FeatureCollection (or of a bare array of features, or of one Feature). */
export function geojsonFeatures(raw: unknown): unknown[] | undefined {
  // A bare list of Features; a list with none (a "pl" file given as geojson) is another kind of file.
  if (Array.isArray(raw)) return !raw.length || raw.some((item) => isRecord(item) && item.type === 'Feature') ? raw : undefined;
  if (isRecord(raw) && raw.type === 'FeatureCollection' && Array.isArray(raw.features)) return raw.features;
  if (isRecord(raw) && raw.type === 'Feature') return [raw];
  return undefined;
}

/** One Feature to a "pl" workshop record, or the reason it cannot be one. */
export function featureToRecord(feature: unknown): unknown {
  if (!isRecord(feature) || feature.type !== 'Feature') return 'not a GeoJSON Feature';
  // Properties as a sheet's columns are read (GIS tools make features of sheets): any case, dotted
  // names, short forms of the place (`city`, `zip`, ...), nested fields as JSON text.
  const props = { ...(isRecord(feature.properties) ? feature.properties : {}) };
  const record = namedRowToRecord(props) as Record<string, unknown>;
  // A GIS export writes an empty attribute as null or "": the feature's own id stands.
  if (record.id === undefined && feature.id !== undefined) record.id = feature.id;
  const location = record.location;

  const geometry = feature.geometry;
  if (isRecord(geometry)) {
    if (geometry.type !== 'Point') return `geometry is a ${String(geometry.type)}, not a Point`;
    const coords = geometry.coordinates;
    // An empty Point (how GIS tools export a row without a place) leaves the properties' place, or
    // none (a virtual workshop's; the check says when an in-person one has none).
    if (Array.isArray(coords) && coords.length > 1) record.location = { ...(isRecord(location) ? location : {}), lng: coords[0], lat: coords[1] };
  }
  return record;
}
