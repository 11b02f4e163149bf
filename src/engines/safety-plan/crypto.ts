// Passphrase protection (spec SP16-SP20): PBKDF2-SHA-256 → non-extractable AES-GCM-256 key, a fresh
// 16-byte salt per passphrase and a fresh 12-byte IV per save. The key lives in memory only.
import { ENVELOPE_VERSION, FORMAT, toBase64, type EncryptedEnvelope } from './envelope.js';
import { validatePlan, type PlanV1 } from './model.js';

export const DEFAULT_ITERATIONS = 600_000;

/** A key and the salt and iteration count it came from: what a save needs. */
export interface PlanKey {
  key: CryptoKey;
  salt: Uint8Array;
  iter: number;
}

/** Where WebCrypto exists (secure contexts). The passphrase option is hidden elsewhere (SP16). */
export const canEncrypt = () => typeof crypto !== 'undefined' && !!crypto.subtle;

export class WrongPassphraseError extends Error {
  constructor() {
    super('That passphrase did not unlock the plan.');
    this.name = 'WrongPassphraseError';
  }
}

export async function deriveKey(passphrase: string, salt: Uint8Array, iter = DEFAULT_ITERATIONS): Promise<PlanKey> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase), 'PBKDF2', false, ['deriveKey']);
  const key = await crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations: iter },
    material,
    { name: 'AES-GCM', length: 256 },
    false, // non-extractable: the key can encrypt and decrypt, never be read out
    ['encrypt', 'decrypt'],
  );
  return { key, salt, iter };
}

/** A new key for a new passphrase: fresh random salt. */
export function newKey(passphrase: string, iter = DEFAULT_ITERATIONS): Promise<PlanKey> {
  return deriveKey(passphrase, crypto.getRandomValues(new Uint8Array(16)), iter);
}

export async function encryptPlan(plan: PlanV1, { key, salt, iter }: PlanKey): Promise<string> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const ct = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, new TextEncoder().encode(JSON.stringify(plan))));
  const envelope: EncryptedEnvelope = { fmt: FORMAT, v: ENVELOPE_VERSION, enc: true, kdf: 'PBKDF2-SHA256', iter, salt: toBase64(salt), iv: toBase64(iv), ct: toBase64(ct) };
  return JSON.stringify(envelope);
}

/**
 * Decrypts with `key`. A failed authentication tag means the wrong passphrase (WrongPassphraseError);
 * a plan that decrypts but does not validate is corruption (a plain Error).
 */
export async function decryptPlan(iv: Uint8Array, ct: Uint8Array, key: CryptoKey): Promise<PlanV1> {
  let bytes: ArrayBuffer;
  try {
    bytes = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: iv as BufferSource }, key, ct as BufferSource);
  } catch {
    throw new WrongPassphraseError();
  }
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    throw new Error('The decrypted plan is not JSON.');
  }
  const result = validatePlan(data);
  if (!result.ok) throw new Error(`The decrypted plan is not valid: ${result.reason}`);
  return result.plan;
}
