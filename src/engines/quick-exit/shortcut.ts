// Keyboard shortcuts for a quick exit, as pure state machines: keys in, a verdict out.
// No DOM and no timers: the caller owns the 5 s expiry timer and calls `expire()`.

/** `shift3`: Shift on its own, three times. `esc2`: Escape twice within 1 s. `none`: off. */
export type ShortcutName = 'shift3' | 'esc2' | 'none';
export const SHORTCUTS: readonly ShortcutName[] = ['shift3', 'esc2', 'none'];

/** What one key event did to the sequence. `pressed` counts the presses so far. */
export type Verdict =
  | { kind: 'ignored' }
  | { kind: 'progress'; pressed: number; remaining: number }
  | { kind: 'reset' }
  | { kind: 'activate' };

const IGNORED: Verdict = { kind: 'ignored' };

/** The parts of a KeyboardEvent the machines read. */
export interface KeyInput {
  key: string;
  code?: string;
}

/**
 * Shift pressed on its own, `presses` times. A press is a Shift keyup with no other key pressed
 * while any Shift was held, so typing capitals never counts. Any other key resets a started
 * sequence. Left and right Shift are tracked by `code`, so mixing them (even overlapping)
 * never aborts the sequence (the govuk-frontend #5393 bug).
 */
export class ShiftSequence {
  private pressed = 0;
  private readonly held = new Set<string>();
  private chorded = false;

  constructor(readonly presses = 3) {}

  keydown({ key, code }: KeyInput): Verdict {
    if (key === 'Shift') {
      this.held.add(code || key);
      return IGNORED;
    }
    if (this.held.size > 0) this.chorded = true; // Shift+letter: this Shift press is not "on its own"
    return this.resetIfStarted();
  }

  keyup({ key, code }: KeyInput): Verdict {
    if (key !== 'Shift') return this.resetIfStarted();
    this.held.delete(code || key);
    const wasChorded = this.chorded;
    if (this.held.size === 0) this.chorded = false;
    if (wasChorded) return IGNORED;
    this.pressed += 1;
    if (this.pressed >= this.presses) {
      this.pressed = 0;
      return { kind: 'activate' };
    }
    return { kind: 'progress', pressed: this.pressed, remaining: this.presses - this.pressed };
  }

  /** The caller's timer ran out between presses: start again. */
  expire(): void {
    this.pressed = 0;
  }

  get started(): boolean {
    return this.pressed > 0;
  }

  private resetIfStarted(): Verdict {
    if (this.pressed === 0) return IGNORED;
    this.pressed = 0;
    return { kind: 'reset' };
  }
}

/** Where focus and page state are, for the Esc rules (NSW Design System's quick exit). */
export interface EscContext {
  /** Another handler already used this Esc (closing a menu, say). */
  defaultPrevented: boolean;
  /** Focus is in an input, textarea, select, contenteditable or combobox: Esc belongs to it. */
  inEditable: boolean;
  /** A dialog or aria-modal is open: Esc closes it. */
  modalOpen: boolean;
}

/** Escape twice, the second within `windowMs` of the first. Times are in milliseconds. */
export class EscSequence {
  private lastPress: number | undefined;

  constructor(readonly windowMs = 1000) {}

  keydown({ key }: KeyInput, time: number, context: EscContext): Verdict {
    if (key !== 'Escape') {
      if (this.lastPress === undefined) return IGNORED;
      this.lastPress = undefined;
      return { kind: 'reset' };
    }
    if (context.defaultPrevented || context.inEditable || context.modalOpen) return IGNORED;
    if (this.lastPress !== undefined && time - this.lastPress <= this.windowMs) {
      this.lastPress = undefined;
      return { kind: 'activate' };
    }
    this.lastPress = time;
    return { kind: 'progress', pressed: 1, remaining: 1 };
  }

  expire(): void {
    this.lastPress = undefined;
  }
}
