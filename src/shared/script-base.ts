/**
 * The folder the library was loaded from, so files shipped beside the drop-in script (the ZIP table)
 * can be fetched from there. `document.currentScript` is only set while a classic script runs, so it
 * is read once, at module load. Loaded as a module (or bundled by an app), currentScript is null:
 * fall back to this module's own URL, then to a <script> whose src names pl-widgets.
 */
function findScriptBase(): string {
  try {
    const current = document.currentScript as HTMLScriptElement | null;
    if (current?.src) return new URL('.', current.src).href;
    const own = import.meta.url;
    if (own && /^https?:/.test(own)) return new URL('.', own).href;
    const tag = document.querySelector<HTMLScriptElement>('script[src*="pl-widgets"]');
    if (tag?.src) return new URL('.', tag.src).href;
  } catch {
    // An exotic loader without import.meta or currentScript: the page's folder below.
  }
  return new URL('.', document.baseURI).href;
}

/** Absolute URL of the folder holding the script, ending in "/". */
export const scriptBase: string = findScriptBase();
