/**
 * Whole lists of workshops checked and built for the data tests: each record to a Workshop or a
 * reason, with the finder's own record check (`toWorkshop`). The element itself checks every record
 * at load (`scanByFormat`) and builds only the workshops it shows.
 */
import { recordsByFormat } from '../../src/shared/data/formats/index.js';
import { notAList, unwrapList, validateAll, type Normalized } from '../../src/shared/data/normalized.js';
import type { Workshop, WorkshopFormat } from '../../src/workshop-map/types.js';
import { toWorkshop } from '../../src/workshop-map/validate-workshop.js';

/** No records at all, for one reason: the document as a whole is unusable. */
const rejected = (reason: string): Normalized<never> => ({ items: [], skipped: 1, reasons: [reason] });

/** Each record (turned into a "pl" record by `map` first) to a Workshop or a reason; a duplicate id keeps the first. */
function normalizeWorkshopList(list: unknown[], map?: (record: unknown) => unknown): Normalized<Workshop> {
  const seen = new Set<string>();
  return validateAll(list, (record) => {
    const mapped = map ? map(record) : record;
    if (map && typeof mapped === 'string') return mapped;
    const workshop = toWorkshop(mapped);
    if (typeof workshop === 'string') return workshop;
    if (seen.has(workshop.id)) return `duplicate id "${workshop.id}"`;
    seen.add(workshop.id);
    return workshop;
  });
}

/** Records of the "pl" format: an array, or `{ "workshops": [...] }`. */
export function normalizeWorkshops(raw: unknown): Normalized<Workshop> {
  const list = unwrapList(raw, ['workshops']);
  return list ? normalizeWorkshopList(list) : rejected(notAList('workshops', 'workshops'));
}

/** Records of any format (a CSV or JSON text is parsed first). */
export function normalizeByFormat(raw: unknown, format: WorkshopFormat | string): Normalized<Workshop> {
  const records = recordsByFormat(raw, format);
  return typeof records === 'string' ? rejected(records) : normalizeWorkshopList(records.list, records.map);
}
