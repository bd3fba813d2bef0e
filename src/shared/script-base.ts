/**
 * The folder the library was loaded from, so files shipped beside the drop-in script (the ZIP table)
 * can be fetched from there. `document.currentScript` is only set while a classic script runs, so it
 * is read once, at module load. The drop-in loaded with type="module" has no currentScript (and a
 * bundler's stand-in for import.meta.url points at the page), so its <script> tag is looked up by
 * name first; the ESM build (npm) falls back to its own module URL.
 */
function findScriptBase(): string {
  try {
    const current = document.currentScript as HTMLScriptElement | null;
    if (current?.src) return new URL('.', current.src).href;
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
