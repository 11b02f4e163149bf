// What find-support imports only when a `feed` is set: the loader and the adapters are a chunk of
// their own in dist/no-wrong-door.js, so a page without a local feed never downloads them.
export { loadFeed, type FeedResult } from './feed-loader.js';
export { FEED_FORMATS } from '../../engines/services/adapters/index.js';
