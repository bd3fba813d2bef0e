import { define } from './shared/define.js';
import { PlWorkshopMap } from './workshop-map/workshop-map.js';

export { PlWorkshopMap };
export type { DataLoadDetail, ErrorDetail } from './shared/events.js';
export type { FilterChangeDetail, WorkshopSelectDetail } from './workshop-map/workshop-map.js';
export type {
  FinderFilters,
  Mode,
  Partner,
  PartnerContact,
  PartnerInput,
  Place,
  Units,
  Workshop,
  WorkshopDetails,
  WorkshopFormat,
  WorkshopInput,
  WorkshopLocation,
  WorkshopSession,
  WorkshopType,
} from './workshop-map/types.js';
export type { GeocodeResult, Geocoder } from './shared/context.js';

export function defineWorkshopMap(): void {
  define('pl-workshop-map', PlWorkshopMap);
}
defineWorkshopMap();
