// Registers an element once. Pages often load a library twice (a CMS block plus a theme, or two
// versions): a plain customElements.define would throw "already defined" and stop the second script.
import { VERSION } from './version.js';

const VERSION_KEY = Symbol.for('no-wrong-door.versions');
type Registry = Map<string, string>;
const globalScope = globalThis as typeof globalThis & { [VERSION_KEY]?: Registry };
const warned = new Set<string>();

/** Defines `tag` unless it is already defined; warns once per tag when another copy got there first. */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  const registry = (globalScope[VERSION_KEY] ??= new Map());
  const existing = customElements.get(tag);
  if (existing) {
    if (existing !== element && !warned.has(tag)) {
      warned.add(tag);
      const other = registry.get(tag) ?? 'an unknown version';
      console.warn(
        `no-wrong-door: <${tag}> is already defined by ${other}; this copy (${VERSION}) was not registered. ` +
          'Load the library once per page.',
      );
    }
    return;
  }
  customElements.define(tag, element);
  registry.set(tag, `no-wrong-door ${VERSION}`);
}
