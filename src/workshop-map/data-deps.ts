// TEMPORARY stand-ins for the data helper's format modules (src/shared/data/formats/) until they
// land; the element imports them through this file so the swap is one edit.
import type { Normalized } from '../shared/data/normalized.js';
import type { Workshop, WorkshopFormat } from './types.js';
import { normalizeWorkshops } from './validate-workshop.js';

export const parseWorkshopDocument = (text: string, _format: WorkshopFormat): unknown => JSON.parse(text);
export const normalizeByFormat = (raw: unknown, _format: WorkshopFormat): Normalized<Workshop> => normalizeWorkshops(raw);
