/** Leaflet's ES source modules ship without types; src/workshop-map/leaflet.ts types what it re-exports. */
declare module 'leaflet/src/*';
