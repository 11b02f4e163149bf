import type { Service } from '../model.js';

/** What an adapter makes of one page of a feed. */
export interface FeedPage {
  services: Service[];
  /** Absolute URL of the next page, if the feed says there is one. */
  next?: string;
  /** Credit the feed requires us to show (ALISS: CC BY 4.0). Text only. */
  attribution?: { text: string; url?: string }[];
  /** Items left out because they were unusable (no name, inactive, wrong shape). */
  dropped: number;
}

export type FeedFormat = 'oruk' | 'aliss' | 'nwd';

/** Facts every feed service shares: where it came from and when that source last changed. */
export interface FeedOrigin {
  /** The feed's URL, shown as the service's source. */
  url: string;
  /** Publisher's name for the source line ("Example Council directory"). Defaults to the host name. */
  name?: string;
  /** Today's date (YYYY-MM-DD), used when an item carries no date of its own. */
  today: string;
}
