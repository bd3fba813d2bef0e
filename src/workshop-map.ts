import { define } from './shared/define.js';
import { PlWorkshopMap } from './workshop-map/workshop-map.js';

export { PlWorkshopMap };
export type { DataLoadDetail, ErrorDetail } from './shared/events.js';
export type { FilterChangeDetail, WorkshopSelectDetail } from './workshop-map/workshop-map.js';
export type { FinderFilters, Partner, PartnerInput, Place, Workshop, WorkshopFormat, WorkshopInput } from './workshop-map/types.js';

export function defineWorkshopMap(): void {
  define('pl-workshop-map', PlWorkshopMap);
}
defineWorkshopMap();
