// Leaflet's ESM build (sets no window.L) has no types of its own: it is the same API as 'leaflet'.
declare module 'leaflet/dist/leaflet-src.esm.js' {
  export * from 'leaflet';
}
