// Entry of dist/no-wrong-door.iife.js: a small classic script for CMSs that strip type="module". It
// loads the module build from beside itself and then sets window.NoWrongDoor and fires `nwd-ready` on
// document. A page that can upload only one file uses no-wrong-door.all.iife.js instead.
const script = document.currentScript as HTMLScriptElement | null;
const base = script?.src ? script.src : document.baseURI;
import(/* @vite-ignore */ new URL('no-wrong-door.js', base).href).then(
  (api: Record<string, unknown>) => {
    (window as unknown as { NoWrongDoor: unknown }).NoWrongDoor = api;
    document.dispatchEvent(new CustomEvent('nwd-ready', { detail: api }));
  },
  (error: unknown) => console.error('no-wrong-door: dist/no-wrong-door.js could not be loaded next to no-wrong-door.iife.js.', error),
);
