/** A user of the accordion's entry alone: its events are typed, the shared ones included. */
import type { DataLoadDetail, ErrorDetail, ToggleDetail } from 'pl-widgets/values-accordion.js';

const accordion = document.createElement('pl-values-accordion');
accordion.addEventListener('pl-toggle', (e) => {
  const detail: ToggleDetail = e.detail;
  console.log(detail.open);
});
accordion.addEventListener('pl-data-load', (e) => {
  const detail: DataLoadDetail = e.detail;
  console.log(detail.count);
});
accordion.addEventListener('pl-error', (e) => {
  const detail: ErrorDetail = e.detail;
  console.log(detail.message);
  // @ts-expect-error: the detail has no such property
  console.log(e.detail.status);
});
