/** Why a document could not be loaded: the HTTP status the server answered, or the network or the data failed. */
export type LoadFailure = number | 'network' | 'parse';

export class LoadError extends Error {
  constructor(readonly failure: LoadFailure, detail: string) {
    super(detail);
  }
}

/** A document's text read by `parse` (JSON by default); text it cannot read throws a 'parse' LoadError. */
export function parseText(text: string, parse: (text: string) => unknown = JSON.parse): unknown {
  try {
    return parse(text);
  } catch (error) {
    throw new LoadError('parse', String(error));
  }
}

/**
 * Fetches a data document as text; every failure becomes a LoadError the element can explain.
 * `reload` bypasses the HTTP cache, so Retry really asks the server again.
 */
export async function fetchText(url: string, signal: AbortSignal, reload: boolean): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url, { signal, cache: reload ? 'reload' : 'default' });
  } catch (error) {
    if (signal.aborted) throw error;
    throw new LoadError('network', `${url}: ${String(error)}`);
  }
  if (!response.ok) throw new LoadError(response.status, `${url}: HTTP ${response.status}`);
  return response.text();
}
