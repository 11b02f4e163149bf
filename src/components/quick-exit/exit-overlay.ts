// The one overlay that hides the page while the browser leaves, plus the document-level CSS it needs.
// The CSS goes in a constructed stylesheet: a strict CSP (style-src 'self') blocks <style> and style=""
// but not adoptedStyleSheets.

const BODY_CLASS = 'nwd-exiting';
const OVERLAY_CLASS = 'nwd-exit-overlay';

// Hides everything but the overlay from sight, the tab order and the accessibility tree (GOV.UK's
// approach). Print never shows the control, skip links or the overlay (QE9).
const DOCUMENT_CSS = `
body.${BODY_CLASS} > :not(.${OVERLAY_CLASS}) { display: none !important; }
.${OVERLAY_CLASS} {
  position: fixed; inset: 0; z-index: 9999;
  display: flex; align-items: center; justify-content: center;
  background: Canvas; color: CanvasText; font: inherit; font-size: max(1.25rem, 20px);
}
a[data-nwd-quick-exit]:not(:focus):not(:active) {
  position: absolute !important; inline-size: 1px !important; block-size: 1px !important;
  overflow: hidden !important; clip-path: inset(50%) !important; white-space: nowrap !important;
}
@media print {
  nwd-quick-exit, a[data-nwd-quick-exit], .${OVERLAY_CLASS} { display: none !important; }
}
`;

let sheet: CSSStyleSheet | undefined;

/** Adds the document-level rules once per page. */
export function installDocumentStyles(): void {
  if (sheet && document.adoptedStyleSheets.includes(sheet)) return;
  sheet ??= new CSSStyleSheet();
  sheet.replaceSync(DOCUMENT_CSS);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

/** Covers and hides the page. `text` is set after insertion so screen readers announce it. */
export function showOverlay(text: string): HTMLElement {
  installDocumentStyles();
  let overlay = document.querySelector<HTMLElement>(`.${OVERLAY_CLASS}`);
  if (!overlay) {
    overlay = document.createElement('div');
    overlay.className = OVERLAY_CLASS;
    overlay.setAttribute('role', 'alert');
    document.body.append(overlay);
  }
  document.body.classList.add(BODY_CLASS);
  overlay.textContent = text;
  return overlay;
}

/** Undoes `showOverlay`, for a page restored by Back (bfcache). */
export function removeOverlay(): void {
  document.body?.classList.remove(BODY_CLASS);
  document.querySelectorAll(`.${OVERLAY_CLASS}`).forEach((overlay) => overlay.remove());
}
