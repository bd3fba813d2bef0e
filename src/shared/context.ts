import type { Context } from '@lit/context';

export interface GeocodeResult {
  lat: number;
  lng: number;
  label: string;
}
export type Geocoder = (query: string) => Promise<GeocodeResult | null>;

/** The program document a <pl-provider> shares: see SPEC.md, `<pl-provider>`. */
export interface ProgramDocument {
  program?: {
    name?: string;
    phases?: unknown[];
    pricing?: Record<string, unknown>;
    values?: unknown[];
  };
  workshops?: unknown[];
  partners?: unknown[];
}

export interface ProvidedSettings extends ProgramDocument {
  lang?: string;
  tiles?: string;
  geocoder?: Geocoder;
}

/**
 * A global symbol key, so elements from one copy of the library still find a provider defined by
 * another copy on the same page. (What `createContext` returns: the key, typed.)
 */
export const providerContext = Symbol.for('pl-widgets.provider') as Context<symbol, ProvidedSettings | undefined>;
