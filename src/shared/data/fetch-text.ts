import type { LoadError, LoadFailure } from './load-error.js';

/**
 * A LoadError's shape, made here: loaded on first need, this module imports nothing (a chunk of its
 * own). It carries its words for the reader, so an element whose data is in the page never loads them.
 */
const failed = (failure: LoadFailure, detail: string, en: string, es: string): LoadError => Object.assign(new Error(detail), { failure, words: { en, es } });

/**
 * `fetch`, and `read` of its response, given up when the server does not start to
 * answer within 20 s, as if it had refused, or the answer takes over two minutes to arrive: a server
 * that hangs must not leave a widget loading, or a search searching, for ever. `signal` aborts it too.
 */
export async function fetchWithin<T>(url: string, init: RequestInit, read: (response: Response) => Promise<T>): Promise<T> {
  const abort = new AbortController();
  // A timeout's reason is what fetch rejects with, so the console says why ("no answer within 20 s"), not "AbortError".
  const stop = (reason?: string) => abort.abort(reason);
  init.signal?.addEventListener('abort', () => stop());
  if (init.signal?.aborted) stop();
  let timer = setTimeout(() => stop('no answer within 20 s'), 2e4);
  try {
    // No prototype: fetch reads its options' inherited names too, and a page that gave every object a
    // `body` or a `method` would make each load a failing POST.
    const response = await fetch(url, { __proto__: null, ...init, signal: abort.signal } as RequestInit);
    clearTimeout(timer);
    timer = setTimeout(() => stop('not all of the answer within 2 min'), 12e4);
    return await read(response);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Text as spreadsheets save it: UTF-8; UTF-16 with its byte-order mark (Excel's "Unicode Text", little-endian);
 * else Windows-1252 (Excel's "CSV" on Windows), which would otherwise show "Caf\uFFFD" for "Café".
 * A UTF-8 file with a stray byte (a line pasted from elsewhere) stays UTF-8, its accents read right
 * and only that byte lost: it has more accents read than bytes that cannot be.
 */
function decode(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  try {
    return new TextDecoder(bytes[0] == 255 && bytes[1] == 254 ? 'utf-16le' : 'utf-8', { fatal: true }).decode(bytes);
  } catch {
    const text = new TextDecoder().decode(bytes);
    return text.replace(/[\0-\x7f\uFFFD]/g, '').length < text.split('\uFFFD').length ? new TextDecoder('windows-1252').decode(bytes) : text;
  }
}

/**
 * Fetches a data document as text; every failure becomes a LoadError the element can explain.
 * `reload` bypasses the HTTP cache, so Retry really asks the server again.
 */
export async function fetchText(url: string, signal: AbortSignal, reload?: boolean): Promise<string> {
  try {
    const text = await fetchWithin(url, { signal, cache: reload ? 'reload' : 'default' }, (response) => {
      const status = response.status;
      if (response.ok === false)
        throw failed(status, `${url}: HTTP ${status}`, `This content could not be loaded (HTTP ${status}).`, `No se pudo cargar este contenido (HTTP ${status}).`);
      // A page's own fetch wrapper (or a test's stub) may answer with less than a Response: no `ok`,
      // only `text()` or `json()`.
      return response.arrayBuffer ? response.arrayBuffer().then(decode) : response.text?.() ?? response.json().then(JSON.stringify);
    });
    // A wrong address that a host answers with a page of its own ("Page not found", a single-page
    // app's index) and status 200: no data file starts with "<", so the partner is told where to look.
    if (/^\s*</.test(text))
      throw failed(
        'parse',
        `${url}: a web page, not data`,
        'This content could not be loaded: its address gave a web page, not data.',
        'No se pudo cargar este contenido: su dirección dio una página web, no datos.',
      );
    // An empty file, or a 204: nothing that could be "not valid".
    if (!text.trim())
      throw failed('parse', `${url}: empty`, 'This content could not be loaded: its address gave no data.', 'No se pudo cargar este contenido: su dirección no dio datos.');
    return text;
  } catch (error) {
    if (signal.aborted || (error as Partial<LoadError>).failure) throw error;
    throw failed(
      'network',
      `${url}: ${String(error)}`,
      'This content could not be loaded: the network request failed.',
      'No se pudo cargar este contenido: falló la solicitud de red.',
    );
  }
}
