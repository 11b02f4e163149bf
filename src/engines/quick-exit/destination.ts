// Where a quick exit may send someone. Only http(s): a `javascript:` or `data:` destination would run
// code or show attacker content in the moment a person most needs to get away.

/** GOV.UK's neutral default. Hosts should test their own choice with users. */
export const DEFAULT_EXIT_URL = 'https://www.bbc.co.uk/weather';

export interface Destination {
  /** Absolute URL to navigate to. */
  url: string;
  /** Set when the requested value was refused, with the reason (for a console warning). */
  rejected?: string;
}

/**
 * Resolves `requested` against `base`. Empty → the fallback, silently; a non-http(s) or unparsable
 * value → the fallback, with a reason.
 */
export function resolveDestination(requested: string | null | undefined, base: string, fallback = DEFAULT_EXIT_URL): Destination {
  const value = (requested ?? '').trim();
  if (!value) return { url: fallback };
  let parsed: URL;
  try {
    parsed = new URL(value, base);
  } catch {
    return { url: fallback, rejected: `"${value}" is not a valid URL` };
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    return { url: fallback, rejected: `"${parsed.protocol}" links are not allowed; use http(s)` };
  }
  return { url: parsed.href };
}
