// Replacing a phrase the way typing does, so the browser's own undo (Ctrl+Z) brings the original
// back, and the person's caret stays where it was (moved by the change in length if it was after).
import { rangeAt } from './highlights.js';
import type { TextControl } from './mirror.js';

export function replaceInControl(control: TextControl, start: number, end: number, text: string): void {
  const [selStart, selEnd] = [control.selectionStart ?? 0, control.selectionEnd ?? 0];
  const shift = (at: number) => (at >= end ? at + text.length - (end - start) : at > start ? start + text.length : at);
  control.focus();
  control.setSelectionRange(start, end);
  // execCommand is the one way to edit a textarea that the browser's undo stack records.
  const done = document.execCommand('insertText', false, text);
  if (!done) {
    control.setRangeText(text, start, end, 'end');
    control.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: text }));
  }
  control.setSelectionRange(shift(selStart), shift(selEnd));
}

export function replaceInEditable(root: HTMLElement, start: number, end: number, text: string): void {
  const range = rangeAt(root, start, end);
  if (!range) return;
  root.focus();
  const selection = getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  if (!document.execCommand('insertText', false, text)) {
    range.deleteContents();
    range.insertNode(document.createTextNode(text));
    root.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: text }));
  }
}
