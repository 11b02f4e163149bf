// The autoloader in dist/no-wrong-door.js: the elements that are not on every page are separate files
// beside the main one, fetched only when their tag is in the document or is added later (as
// Shoelace's autoloader does). Rollup resolves each import() against the main file's own URL, so a web
// team copies the dist/ folder as it is.

/** Tag → the module that registers it. Quick exit and find support are in the main file. */
const LAZY: Record<string, () => Promise<unknown>> = {
  'nwd-language-check': () => import('./components/language-check/nwd-language-check.js'),
  'nwd-safety-plan': () => import('./components/safety-plan/nwd-safety-plan.js'),
};

const pending = new Map(Object.entries(LAZY));

function load(tag: string): void {
  const importer = pending.get(tag);
  if (!importer) return;
  pending.delete(tag);
  importer().catch((error: unknown) => {
    // The element keeps its light-DOM fallback; crisis help and quick exit are in the main file.
    console.error(`no-wrong-door: <${tag}> could not be loaded; its fallback content stays.`, error);
  });
}

function scan(root: ParentNode): void {
  for (const tag of pending.keys()) if (root.querySelector(tag)) load(tag);
}

/** Loads `tag` now (e.g. before adding it from script); resolves when it is defined. */
export function loadElement(tag: string): Promise<CustomElementConstructor> {
  load(tag);
  return customElements.whenDefined(tag);
}

/** Starts watching the document. Idempotent; stops once every lazy element is loaded. */
export function startAutoload(): void {
  if (typeof document === 'undefined') return;
  scan(document);
  if (pending.size === 0) return;
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (!(node instanceof Element)) continue;
        const tag = node.localName;
        if (pending.has(tag)) load(tag);
        if (node.firstElementChild) scan(node);
      }
    }
    if (pending.size === 0) observer.disconnect();
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
}
