// test/feed-middleware.mjs: feeds that misbehave, served by the test runner under /test-feeds/*, so
// component tests can meet every way a council's directory can fail.
const FEED_ITEM = (id, name) => ({ id, name, status: 'active', description: `Local service ${id}`, url: `https://example.org/${id}` });

const FEEDS = {
  // ORUK 3.0 in three pages; the element must follow them.
  paged: (url) => {
    const page = Number(url.searchParams.get('page') ?? 1);
    return { status: 200, body: { total_items: 6, total_pages: 3, page_number: page, size: 2, first_page: page === 1, last_page: page === 3, empty: false,
      contents: [FEED_ITEM(`p${page}a`, `Paged service ${page}a`), FEED_ITEM(`p${page}b`, `Paged service ${page}b`)] } };
  },
  // "next" loops back to page 1 forever
  loop: () => ({ status: 200, body: { total_pages: 99, page_number: 1, last_page: false, contents: [FEED_ITEM('loop', 'Loop service')] } }),
  empty: () => ({ status: 200, body: { total_items: 0, total_pages: 1, page_number: 1, contents: [] } }),
  broken: () => ({ status: 500, body: { error: 'down' } }),
  malformed: () => ({ status: 200, raw: '{"contents": [ {"id": "x", "name": ' }),
  unknown: () => ({ status: 200, body: { results: [{ title: 'Not a known format' }] } }),
  hostile: () => ({ status: 200, body: { contents: [
    { id: 'h1', name: '<img src=x onerror="window.__pwned=1">Safe name', description: '<script>window.__pwned=2</script><b>bold</b> text', url: 'javascript:window.__pwned=3', email: 'a@b.co' },
    { id: 'h2', name: 'Data link', url: 'data:text/html,<script>window.__pwned=4</script>', contacts: [{ phones: [{ number: 'javascript:alert(1)' }] }] },
  ] } }),
};

export function feedMiddleware() {
  return async function serveTestFeeds(ctx, next) {
    const url = new URL(ctx.url, 'http://localhost');
    if (!url.pathname.startsWith('/test-feeds/')) return next();
    const name = url.pathname.slice('/test-feeds/'.length);
    if (name === 'slow') {
      await new Promise((resolve) => setTimeout(resolve, 12000)); // past the element's 8 s limit
      ctx.body = { contents: [FEED_ITEM('slow', 'Slow service')] };
      return undefined;
    }
    if (name === 'huge') {
      // 11 MB of valid JSON, with no content-length: the element must stop reading at 10 MB
      ctx.type = 'application/json';
      const { Readable } = await import('node:stream');
      const chunk = ' '.repeat(1024 * 1024);
      let sent = 0;
      ctx.body = Readable.from((function* () {
        yield '{"contents": [], "padding": "';
        while (sent++ < 11) yield chunk;
        yield '"}';
      })());
      return undefined;
    }
    const feed = FEEDS[name];
    if (!feed) return next();
    const { status, body, raw } = feed(url);
    ctx.status = status;
    ctx.type = 'application/json';
    ctx.body = raw ?? JSON.stringify(body);
    return undefined;
  };
}
