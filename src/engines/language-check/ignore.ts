// Inline ignores for documents that quote terms on purpose (guidance pages, training material).
// A line containing `nwd-ignore-next` (in an HTML or Markdown comment `<!-- nwd-ignore-next -->`,
// or any text comment such as `// nwd-ignore-next` or `# nwd-ignore-next`) switches the check off
// for the next paragraph: up to the next blank line.

const MARKER = /nwd-ignore-next/g;

/**
 * [start, end) ranges of the text the ignores cover, in order, with ends in order too. Linear: markers
 * on one line count once, and one search for the next blank line serves every marker before it.
 */
export function ignoredRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const nonSpace = /\S/g;
  const blank = /\n[ \t]*\n/g;
  let lineEnd = -1;
  let end = -1;
  for (const match of text.matchAll(MARKER)) {
    if (match.index < lineEnd) continue;
    lineEnd = text.indexOf('\n', match.index);
    // Skip blank lines straight after the marker, then run to the next blank line.
    nonSpace.lastIndex = lineEnd;
    if (lineEnd < 0 || !nonSpace.test(text)) break;
    const start = nonSpace.lastIndex - 1;
    if (start > end) {
      blank.lastIndex = start;
      end = blank.exec(text)?.index ?? text.length;
    }
    ranges.push([start, end]);
  }
  return ranges;
}
