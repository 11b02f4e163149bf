// The mirror: a copy of the host's <textarea> or <input> text laid exactly over it, with the same box
// and text metrics and transparent text, so wavy underlines under flagged phrases sit under the
// real words. It follows scrolling, wrapping and resizing. Styles are set through the CSSOM, which
// a strict Content-Security-Policy allows.

const COPIED = [
  'font-family', 'font-size', 'font-weight', 'font-style', 'font-variant', 'font-stretch', 'font-kerning',
  'line-height', 'letter-spacing', 'word-spacing', 'text-indent', 'text-transform', 'text-align', 'direction', 'tab-size',
  'padding-top', 'padding-right', 'padding-bottom', 'padding-left',
  'border-top-width', 'border-right-width', 'border-bottom-width', 'border-left-width',
];

export type TextControl = HTMLTextAreaElement | HTMLInputElement;

/**
 * Places and styles `mirror` over `control`. Positions come from bounding boxes relative to the
 * mirror's containing block: a slotted element's offsetTop is measured from a retargeted offset
 * parent, not the shadow wrapper the mirror sits in.
 */
export function alignMirror(mirror: HTMLElement, control: TextControl): void {
  const style = getComputedStyle(control);
  for (const property of COPIED) mirror.style.setProperty(property, style.getPropertyValue(property));
  // Sizes below are border-box sizes, whatever box-sizing the host gave its control.
  mirror.style.setProperty('box-sizing', 'border-box');
  mirror.style.setProperty('border-style', 'solid');
  mirror.style.setProperty('border-color', 'transparent');
  const single = control instanceof HTMLInputElement;
  mirror.style.setProperty('white-space', single ? 'pre' : 'pre-wrap');
  mirror.style.setProperty('overflow-wrap', single ? 'normal' : 'break-word');
  // clientWidth/Height leave out a scrollbar, so the text wraps at the same width as the control's.
  const borders = (a: string, b: string) => parseFloat(style.getPropertyValue(a)) + parseFloat(style.getPropertyValue(b));
  const container = (mirror.offsetParent ?? mirror.parentElement) as HTMLElement | null;
  const box = control.getBoundingClientRect();
  const origin = container?.getBoundingClientRect() ?? { left: 0, top: 0 };
  mirror.style.setProperty('left', `${box.left - origin.left - (container?.clientLeft ?? 0)}px`);
  mirror.style.setProperty('top', `${box.top - origin.top - (container?.clientTop ?? 0)}px`);
  mirror.style.setProperty('width', `${control.clientWidth + borders('border-left-width', 'border-right-width')}px`);
  mirror.style.setProperty('height', `${control.clientHeight + borders('border-top-width', 'border-bottom-width')}px`);
  if (single) {
    // An input centres its one line vertically; so does the mirror.
    mirror.style.setProperty('line-height', `${control.clientHeight - borders('padding-top', 'padding-bottom')}px`);
  }
  syncScroll(mirror, control);
}

export function syncScroll(mirror: HTMLElement, control: TextControl): void {
  mirror.scrollTop = control.scrollTop;
  mirror.scrollLeft = control.scrollLeft;
}
