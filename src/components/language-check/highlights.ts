// Marks for a [contenteditable] host: the CSS Custom Highlight API paints over the host's own DOM
// without changing it. Offsets are counted over the element's text nodes, in document order.

const NAME = 'nwd-language-check';
let sheet: CSSStyleSheet | undefined;

/** The text of an editable element as the checker sees it: its text nodes joined. */
export function editableText(root: Node): string {
  let text = '';
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) text += node.nodeValue ?? '';
  return text;
}

/** A DOM Range over [start, end) text offsets of `root`. */
export function rangeAt(root: Node, start: number, end: number): Range | undefined {
  const range = document.createRange();
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let offset = 0;
  let started = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.nodeValue?.length ?? 0;
    if (!started && start <= offset + length) {
      range.setStart(node, start - offset);
      started = true;
    }
    if (started && end <= offset + length) {
      range.setEnd(node, end - offset);
      return range;
    }
    offset += length;
  }
  return undefined;
}

/** Paints `ranges` as flagged phrases; an empty list clears them. No-op where the API is missing. */
export function paintHighlights(ranges: Range[]): void {
  const registry = (globalThis.CSS as unknown as { highlights?: Map<string, unknown> } | undefined)?.highlights;
  const HighlightClass = (globalThis as unknown as { Highlight?: new (...r: Range[]) => unknown }).Highlight;
  if (!registry || !HighlightClass) return;
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(`::highlight(${NAME}) { text-decoration: underline wavy #d4351c 2px; text-underline-offset: 0.2em; }`);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }
  if (ranges.length) registry.set(NAME, new HighlightClass(...ranges));
  else registry.delete(NAME);
}
