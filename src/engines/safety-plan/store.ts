// Where the plan lives: one key in a Storage (localStorage in the browser; anything with the same
// three methods in tests or Node). Nothing here touches the DOM.
//
// Guarantees (spec SP21-SP27): no silent loss. Saves are compare-and-set on the exact stored value
// (this works for encrypted envelopes too, whose rev is inside the ciphertext), so two tabs never
// overwrite each other unseen. A full store keeps what was saved before (setItem is all or nothing).
// Unreadable or newer-version data is never overwritten or deleted silently: it can be kept as one
// backup, `<key>.bak-<timestamp>`.
import { encryptPlan, type PlanKey } from './crypto.js';
import { plainEnvelope, readEnvelope, type Read } from './envelope.js';
import type { PlanV1 } from './model.js';

export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  readonly length?: number;
  key?(index: number): string | null;
}

export type SaveResult =
  | { ok: true; plan: PlanV1 }
  | { ok: false; reason: 'quota' | 'conflict' | 'unreadable' | 'memory-only' | 'error' };

/** QuotaExceededError by name, or the legacy codes 22 (most browsers) and 1014 (old Firefox). */
export function isQuotaError(error: unknown): boolean {
  const e = error as { name?: string; code?: number } | null;
  return !!e && (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED' || e.code === 22 || e.code === 1014);
}

export class PlanStore {
  /** The exact value this store last read or wrote: the basis of compare-and-set. */
  private known: string | null = null;
  private usable: boolean;

  constructor(
    private readonly storage: StorageLike | undefined,
    readonly key = 'nwd-safety-plan',
    private readonly now = () => new Date(),
  ) {
    this.usable = this.probe();
  }

  /** False when the browser will not let us save (blocked site data, sandboxed frame): memory-only mode (SP21). */
  get canSave(): boolean {
    return this.usable;
  }

  private probe(): boolean {
    if (!this.storage) return false;
    const probe = `${this.key}.probe`;
    try {
      this.storage.setItem(probe, '1');
      this.storage.removeItem(probe);
      return true;
    } catch {
      return false;
    }
  }

  private raw(): string | null {
    try {
      return this.storage?.getItem(this.key) ?? null;
    } catch {
      return null;
    }
  }

  /** Reads what is stored now, and remembers it as the value our next save expects to replace. */
  read(): Read {
    const raw = this.raw();
    this.known = raw;
    return readEnvelope(raw);
  }

  /** True when another tab or window has changed (or removed) the stored plan since we read or wrote it. */
  changedElsewhere(): boolean {
    return this.raw() !== this.known;
  }

  /**
   * Saves `plan` (encrypted with `key` when given) as the next revision. Refuses, without writing,
   * when the stored value changed elsewhere (`conflict`; call with `force` after the person chooses)
   * or is unreadable or from a newer version (`unreadable`; back it up first).
   */
  async save(plan: PlanV1, key?: PlanKey, { force = false } = {}): Promise<SaveResult> {
    if (!this.usable) return { ok: false, reason: 'memory-only' };
    const current = this.raw();
    if (!force && current !== this.known) return { ok: false, reason: 'conflict' };
    const kind = readEnvelope(current).kind;
    if (kind === 'corrupt' || kind === 'newer') return { ok: false, reason: 'unreadable' };
    const next: PlanV1 = { ...plan, rev: plan.rev + 1, updatedAt: this.now().toISOString() };
    const text = key ? await encryptPlan(next, key) : plainEnvelope(next);
    try {
      this.storage!.setItem(this.key, text);
    } catch (error) {
      return { ok: false, reason: isQuotaError(error) ? 'quota' : 'error' };
    }
    this.known = text;
    return { ok: true, plan: next };
  }

  /** The backups kept for this key (normally none or one). */
  backups(): string[] {
    const found: string[] = [];
    try {
      for (let i = 0; i < (this.storage?.length ?? 0); i++) {
        const name = this.storage!.key?.(i);
        if (name?.startsWith(`${this.key}.bak-`)) found.push(name);
      }
    } catch {
      // no listing: no backups to report
    }
    return found.sort();
  }

  /** Moves an unreadable stored value to `<key>.bak-<timestamp>` (keeping one backup), freeing the key. */
  backUpUnreadable(): string | undefined {
    const raw = this.raw();
    if (raw === null) return undefined;
    const name = `${this.key}.bak-${this.now().getTime()}`;
    try {
      for (const old of this.backups()) this.storage!.removeItem(old);
      this.storage!.setItem(name, raw);
      this.storage!.removeItem(this.key);
    } catch {
      return undefined; // could not back up: leave the original where it is
    }
    this.known = null;
    return name;
  }

  /** "Remove my plan from this device": the plan and its backups (SP27). */
  remove(): void {
    try {
      for (const name of this.backups()) this.storage!.removeItem(name);
      this.storage?.removeItem(this.key);
    } catch {
      // nothing more we can do; the element says so
    }
    this.known = null;
  }
}
