/**
 * The "Loading" stories need a request that never answers: only URLs containing `__still-loading__`
 * are held back; every other request goes through. Imported by each stories file that has a Loading
 * story (Storybook loads one stories file at a time), installed once per page.
 */
export const FOREVER = 'data/__still-loading__.json';

const HELD = '__still-loading__';
const flag = window as Window & { __plStillLoading?: boolean };
if (!flag.__plStillLoading) {
  flag.__plStillLoading = true;
  const realFetch = window.fetch.bind(window);
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) =>
    String(input instanceof Request ? input.url : input).includes(HELD) ? new Promise<Response>(() => {}) : realFetch(input, init);
}
