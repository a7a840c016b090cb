import type { Range } from '../types.js';
import type { Line } from './lines.js';

// Web chrome that scrapers carry into article text: the phrasing of publishing platforms
// (WordPress feeds, comment plugins, .gov banners), not of any one article.
const CHROME_LINES: readonly RegExp[] = [
  /^The post .{1,300} appeared first on .{1,100}$/,
  /^Help us grow\b.{0,100}$/i,
  /^(?:Please )?support (?:us|.{1,60} on Patreon)\b.{0,60}$/i,
  /^The (?:statements|views|opinions)\b.{0,120}\b(?:solely those of the author|do not necessarily (?:reflect|represent))\b.{0,200}$/i,
  /^What do you think\?$/i,
  /^Notify of$/i,
  /^(?:\d+ )?Inline Feedbacks?$/i,
  /^View all comments$/i,
  /^(?:Leave|Post) a (?:comment|reply)$/i,
  /^(?:\d+ )?Comments?$/i,
  /^(?:Related (?:Stories|Posts|Articles|Content)|Read more|Read next|You may also like|Advertisements?|Sponsored(?: content)?|Share this:?|Like this:?)$/i,
  /^An official website of the United States government$/i,
  /^Here['’]s how you know$/i,
  /^Official websites use \.gov$/i,
  /^\.gov website belongs to an official government organization\b.{0,80}$/i,
  /^Secure \.gov websites use HTTPS$/i,
  /^A lock \(.{0,20}\) or https:\/\/.{0,300}$/i,
  /^You have accessed part of a historical collection\b.{0,400}$/i,
  // Template debris: a lone function word and a comma where a byline or place used to be.
  /^\p{Ll}{1,4} ?[,;]$/u,
];
// Every line of every article is tested: the patterns run as one alternation per set of flags,
// three regex runs per line instead of nineteen.
const CHROME_LINE_GROUPS: readonly RegExp[] = (() => {
  const byFlags = new Map<string, string[]>();
  for (const re of CHROME_LINES) byFlags.set(re.flags, [...(byFlags.get(re.flags) ?? []), `(?:${re.source})`]);
  return [...byFlags].map(([flags, sources]) => new RegExp(sources.join('|'), flags));
})();

// The one test that is not anchored at the line start, so it scans whole paragraphs: it runs only
// where the word can be.
const COOKIES = /\b(?:we use cookies|accept (?:all )?cookies|cookie (?:policy|settings))\b/i;
const mayMentionCookies = (text: string): boolean => text.includes('ookie') || text.includes('OOKIE');

// After a comment widget, what is left of the page is links to other posts.
const COMMENT_WIDGET = /^(?:View all comments|Inline Feedbacks?|Notify of)$/i;
const LINK_LIKE = /^[^.!?]{1,150}(?:[!?]|\([A-Z]+\))?$/;

/** Ranges of site chrome, line by line: each holds no mentions. */
export function findFurniture(lines: readonly Line[]): Range[] {
  const ranges: Range[] = [];
  let afterComments = false;
  for (const line of lines) {
    const text = line.text.trim();
    if (!text) continue;
    const offset = line.text.indexOf(text);
    const isChrome = CHROME_LINE_GROUPS.some((re) => re.test(text)) || (mayMentionCookies(text) && COOKIES.test(text)) || (afterComments && LINK_LIKE.test(text));
    if (isChrome) ranges.push({ start: line.start + offset, end: line.start + offset + text.length });
    if (COMMENT_WIDGET.test(text)) afterComments = true;
  }
  return ranges;
}
