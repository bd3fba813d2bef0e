import { VERSION } from './version.js';
import { warn } from './warn.js';

const VERSION_KEY = Symbol.for('pl-widgets.version');
type Versioned = CustomElementConstructor & { [VERSION_KEY]?: string };

const warned = new Set<string>();

/**
 * Registers `tag` unless it is already taken. Two copies of the drop-in script, or two versions of
 * it, on one page must never throw: the first definition wins, and a different version is reported
 * once on the console so the partner can find the duplicate script tag ("<pl-value> is already defined
 * by version 0.1.0; load pl-widgets once.", the version left out when another script defined the tag).
 */
export function define(tag: string, ctor: CustomElementConstructor): void {
  try {
    const existing = customElements.get(tag) as Versioned | undefined;
    if (!existing) {
      (ctor as Versioned)[VERSION_KEY] = VERSION;
      return customElements.define(tag, ctor);
    }
    const theirs = existing[VERSION_KEY];
    if (existing !== ctor && theirs !== VERSION && !warned.has(tag)) {
      warned.add(tag);
      warn(`pl-widgets ${VERSION}: <${tag}> is already defined${theirs ? ` by version ${theirs}` : ''}; load pl-widgets once.`);
    }
  } catch (error) {
    // The browser's message names the tag and why (a registry a page replaced, say).
    warn(error);
  }
}
