import { PlPhase } from './program-timeline/phase.js';
import { define } from './shared/define.js';
import { PlProgramTimeline } from './program-timeline/program-timeline.js';

export { PlPhase, PlProgramTimeline };
export type { DataLoadDetail, ErrorDetail } from './shared/events.js';
export type { PhaseSelectDetail } from './program-timeline/program-timeline.js';
export type { PhaseFormat, PhaseInput, PhaseItem, PhaseLink } from './program-timeline/phase-items.js';

export function defineProgramTimeline(): void {
  define('pl-phase', PlPhase);
  define('pl-program-timeline', PlProgramTimeline);
}
defineProgramTimeline();
