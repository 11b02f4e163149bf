// Document-level behaviour shared by every <nwd-quick-exit> on a page: one set of key listeners
// however many instances (QE12), skip links, and the back/forward-cache reset (QE8).
import { EscSequence, ShiftSequence, type ShortcutName, type Verdict } from '../../engines/quick-exit/shortcut.js';
import { installDocumentStyles, removeOverlay } from './exit-overlay.js';

/** Gap allowed between Shift presses, and how long "expired" stays announced (GOV.UK's values). */
export const SHIFT_GAP_MS = 5000;
export const EXPIRED_NOTICE_MS = 5000;
/** Both Escape presses must fall within this window (NSW Design System). */
export const ESC_WINDOW_MS = 1000;

export type ExitTrigger = 'click' | 'keyboard' | 'shortcut' | 'skip-link';

/** Shortcut state for an instance to show: dots for everyone, words only where `speak` is true. */
export interface ShortcutProgress {
  pressed: number;
  remaining: number;
  expired: boolean;
  speak: boolean;
}

export interface ExitClient {
  readonly shortcut: ShortcutName;
  exit(trigger: ExitTrigger): void;
  showProgress(progress: ShortcutProgress): void;
  /** Back from bfcache: forget that we were leaving. */
  reset(): void;
}

const IDLE: Omit<ShortcutProgress, 'speak'> = { pressed: 0, remaining: 0, expired: false };
const EDITABLE = 'input, textarea, select, [contenteditable]:not([contenteditable="false"]), [role="combobox"]';

const clients = new Set<ExitClient>();
const shift = new ShiftSequence(3);
const esc = new EscSequence(ESC_WINDOW_MS);
let timer: ReturnType<typeof setTimeout> | undefined;

export function connectExitClient(client: ExitClient): void {
  clients.add(client);
  if (clients.size === 1) listen(true);
  installDocumentStyles();
}

export function disconnectExitClient(client: ExitClient): void {
  if (!clients.delete(client)) return;
  if (clients.size === 0) {
    listen(false);
    resetShortcuts();
  }
}

function listen(on: boolean): void {
  const method = on ? 'addEventListener' : 'removeEventListener';
  // Shift is read in the capture phase, before page handlers can stop it; Escape in the bubble
  // phase, so a page handler that used it (closing a menu) can mark it defaultPrevented first.
  document[method]('keydown', onShiftKey, true);
  document[method]('keyup', onShiftKey, true);
  document[method]('keydown', onEscKey);
  document[method]('click', onSkipLinkClick, true);
  window[method]('pageshow', onPageShow);
}

/** The first connected instance using `shortcut` acts and speaks for the page. */
function leaderFor(shortcut: ShortcutName): ExitClient | undefined {
  for (const client of clients) if (client.shortcut === shortcut) return client;
  return undefined;
}

function onShiftKey(event: Event): void {
  const key = event as KeyboardEvent;
  if (!leaderFor('shift3')) return;
  const verdict = key.type === 'keydown' ? shift.keydown(key) : shift.keyup(key);
  handle('shift3', verdict, SHIFT_GAP_MS, () => {
    shift.expire();
    broadcast('shift3', { ...IDLE, expired: true });
    timer = setTimeout(() => broadcast('shift3', IDLE), EXPIRED_NOTICE_MS);
  });
}

function onEscKey(event: Event): void {
  const key = event as KeyboardEvent;
  if (!leaderFor('esc2')) return;
  const target = key.composedPath()[0];
  const verdict = esc.keydown(key, key.timeStamp, {
    defaultPrevented: key.defaultPrevented,
    inEditable: target instanceof Element && target.closest(EDITABLE) !== null,
    modalOpen: document.querySelector('dialog[open], [aria-modal="true"]') !== null,
  });
  handle('esc2', verdict, ESC_WINDOW_MS, () => {
    esc.expire();
    broadcast('esc2', IDLE);
  });
}

function handle(shortcut: ShortcutName, verdict: Verdict, gapMs: number, onTimeout: () => void): void {
  if (verdict.kind === 'ignored') return;
  clearTimeout(timer);
  if (verdict.kind === 'progress') {
    broadcast(shortcut, { pressed: verdict.pressed, remaining: verdict.remaining, expired: false });
    timer = setTimeout(onTimeout, gapMs);
  } else {
    broadcast(shortcut, IDLE);
    if (verdict.kind === 'activate') leaderFor(shortcut)?.exit('shortcut');
  }
}

function broadcast(shortcut: ShortcutName, progress: Omit<ShortcutProgress, 'speak'>): void {
  const leader = leaderFor(shortcut);
  for (const client of clients) {
    if (client.shortcut === shortcut) client.showProgress({ ...progress, speak: client === leader });
  }
}

// A host-written skip link (`<a href="…" data-nwd-quick-exit>Exit this page</a>`) acts like the control.
function onSkipLinkClick(event: Event): void {
  const target = event.composedPath()[0];
  const link = target instanceof Element ? target.closest('a[data-nwd-quick-exit]') : null;
  const [first] = clients;
  if (!link || !first) return;
  event.preventDefault();
  first.exit('skip-link');
}

function resetShortcuts(): void {
  clearTimeout(timer);
  shift.expire();
  esc.expire();
}

// GOV.UK's lesson: when Back restores this page from the back/forward cache, the overlay and
// counters from the moment of leaving are still there; without this the person returns to a blank page.
function onPageShow(): void {
  removeOverlay();
  resetShortcuts();
  for (const client of clients) {
    client.reset();
    client.showProgress({ ...IDLE, speak: false });
  }
}
