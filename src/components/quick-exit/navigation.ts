// Leaves the page. Kept behind one object so tests (and hosts with unusual needs, such as a
// clean-up URL on their own server) can see or replace the last step without touching `location`,
// which cannot be stubbed.
export type ExitMode = 'replace' | 'assign';

export const navigation = {
  /** `replace` keeps the sensitive page out of Back; `assign` is GOV.UK's behaviour. */
  go(url: string, mode: ExitMode): void {
    if (mode === 'assign') window.location.assign(url);
    else window.location.replace(url);
  },
};
