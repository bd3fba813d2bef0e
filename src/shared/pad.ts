/** Two digits ("7" -> "07"), as dates and times are written: the session times, the CSV reader's day-first dates, the timeline's Date values. */
export const pad = (n: number | string) => String(n).padStart(2, '0');
