/**
 * The URL of the file running this code, read from the first frame of a stack trace (works for
 * modules too); only a built .js file counts (a dev server's .ts module does not sit beside the table).
 */
function urlFromStack(): string | undefined {
  const first = /(https?:\/\/[^\s()]+):\d+:\d+/.exec(new Error().stack ?? '')?.[1];
  return first && /\.m?js$/.test(first.split(/[?#]/)[0]) ? first : undefined;
}

/**
 * The folder the library was loaded from, so files shipped beside the drop-in script (the ZIP table)
 * can be fetched from there. `document.currentScript` is only set while a classic script runs, so it
 * is read once, at module load. The drop-in loaded as a module (type="module" or `import`) has no
 * currentScript, and the bundle has no import.meta.url (rollup.config.ts: rollup's stand-in could
 * only point at the page): the running file's URL is then read from a stack trace, else its <script>
 * tag is looked up by name; the ESM build (npm) ends with its own module URL.
 */
function findScriptBase(): string {
  try {
    const current = document.currentScript;
    // A page's <img name="currentScript"> takes the name over (DOM clobbering): only a script counts.
    if (current instanceof HTMLScriptElement && current.src) return new URL('.', current.src).href;
    const running = urlFromStack();
    if (running) return new URL('.', running).href;
    const tag = document.querySelector<HTMLScriptElement>('script[src*="pl-widgets"][src$=".js"]');
    if (tag?.src) return new URL('.', tag.src).href;
    const own = import.meta.url;
    if (own && /^https?:/.test(own)) return new URL('.', own).href;
  } catch {
    // An exotic loader without import.meta or currentScript: the page's folder below.
  }
  return new URL('.', document.baseURI).href;
}

/** Absolute URL of the folder holding the script, ending in "/". */
export const scriptBase: string = findScriptBase();
