// Strings shared by every element. en-GB is the source of truth: cy and gd are typed against it.
export const common = {
  opensInNewTab: '(opens in a new tab)',
};
