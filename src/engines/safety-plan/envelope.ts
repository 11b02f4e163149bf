// The stored envelope (spec section B): one JSON value under one key.
//   plain:     {"fmt":"nwd-sp","v":1,"enc":false,"data":PlanV1}
//   encrypted: {"fmt":"nwd-sp","v":1,"enc":true,"kdf":"PBKDF2-SHA256","iter":600000,"salt":b64(16),"iv":b64(12),"ct":b64}
// Reading tells apart: a plan, an encrypted plan, no plan, a newer version, and corrupt data.
import { validatePlan, type PlanV1 } from './model.js';

export const FORMAT = 'nwd-sp';
export const ENVELOPE_VERSION = 1;

export interface EncryptedEnvelope {
  fmt: typeof FORMAT;
  v: 1;
  enc: true;
  kdf: 'PBKDF2-SHA256';
  iter: number;
  salt: string;
  iv: string;
  ct: string;
}

export type Read =
  | { kind: 'none' }
  | { kind: 'plain'; plan: PlanV1 }
  | { kind: 'encrypted'; envelope: EncryptedEnvelope; salt: Uint8Array; iv: Uint8Array; ct: Uint8Array }
  | { kind: 'newer'; raw: string } // written by a later version of the library: keep, never overwrite silently
  | { kind: 'corrupt'; raw: string; reason: string };

/** Strict base64 (RFC 4648, padded): anything else is corruption, not a wrong passphrase. */
export function fromBase64(value: unknown): Uint8Array | undefined {
  if (typeof value !== 'string' || value.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(value)) return undefined;
  try {
    return Uint8Array.from(atob(value), (c) => c.charCodeAt(0));
  } catch {
    return undefined;
  }
}

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function plainEnvelope(plan: PlanV1): string {
  return JSON.stringify({ fmt: FORMAT, v: ENVELOPE_VERSION, enc: false, data: plan });
}

/** Reads a stored value (null: nothing stored). Never throws. */
export function readEnvelope(raw: string | null): Read {
  if (raw === null) return { kind: 'none' };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { kind: 'corrupt', raw, reason: 'not JSON' };
  }
  const env = value as Record<string, unknown>;
  if (!env || typeof env !== 'object' || env.fmt !== FORMAT) return { kind: 'corrupt', raw, reason: 'not a safety plan' };
  if (typeof env.v !== 'number' || !Number.isInteger(env.v) || env.v < 1) return { kind: 'corrupt', raw, reason: 'no version' };
  if (env.v > ENVELOPE_VERSION) return { kind: 'newer', raw };
  if (env.enc === false) {
    const result = validatePlan(env.data);
    return result.ok ? { kind: 'plain', plan: result.plan } : { kind: 'corrupt', raw, reason: result.reason };
  }
  if (env.enc !== true) return { kind: 'corrupt', raw, reason: 'enc is neither true nor false' };
  const salt = fromBase64(env.salt);
  const iv = fromBase64(env.iv);
  const ct = fromBase64(env.ct);
  if (env.kdf !== 'PBKDF2-SHA256' || !Number.isInteger(env.iter) || (env.iter as number) < 1000 || (env.iter as number) > 10_000_000) {
    return { kind: 'corrupt', raw, reason: 'unknown key derivation' };
  }
  if (!salt || salt.length !== 16) return { kind: 'corrupt', raw, reason: 'salt is not 16 bytes of base64' };
  if (!iv || iv.length !== 12) return { kind: 'corrupt', raw, reason: 'iv is not 12 bytes of base64' };
  if (!ct || ct.length < 17) return { kind: 'corrupt', raw, reason: 'ciphertext is not base64' };
  return { kind: 'encrypted', envelope: env as unknown as EncryptedEnvelope, salt, iv, ct };
}
