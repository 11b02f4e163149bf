// One MutationObserver for the whole document, however many elements, so a `lang` change anywhere
// (a page's language switcher, say) re-renders every element. It cannot see `lang` set inside
// another component's shadow root; such hosts can call `requestUpdate()` themselves.
type Callback = () => void;
const callbacks = new Set<Callback>();
let observer: MutationObserver | undefined;

export function watchLang(callback: Callback): () => void {
  callbacks.add(callback);
  if (!observer && typeof MutationObserver !== 'undefined') {
    observer = new MutationObserver(() => callbacks.forEach((cb) => cb()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
  return () => {
    callbacks.delete(callback);
    if (callbacks.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}
