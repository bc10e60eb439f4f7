/** Characters that are syntax inside a text directive and must be percent-encoded. */
function encodeTerm(s: string): string {
  return encodeURIComponent(s).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');
}

const WORDS_AT_EDGE = 5;

/**
 * A URL text fragment (`#:~:text=`) that makes a browser scroll to and highlight a passage on any
 * page that shows the article, outside the atlas too. Long quotes use the `start,end` form.
 * @example textFragment({exact: 'a mere 300 meters'}) // ':~:text=a%20mere%20300%20meters'
 */
export function textFragment(q: { exact: string; prefix?: string; suffix?: string }): string {
  const words = q.exact.trim().split(/\s+/);
  const body =
    words.length > WORDS_AT_EDGE * 3
      ? `${encodeTerm(words.slice(0, WORDS_AT_EDGE).join(' '))},${encodeTerm(words.slice(-WORDS_AT_EDGE).join(' '))}`
      : encodeTerm(q.exact.trim());
  const prefix = q.prefix?.trim() ? `${encodeTerm(q.prefix.trim())}-,` : '';
  const suffix = q.suffix?.trim() ? `,-${encodeTerm(q.suffix.trim())}` : '';
  return `:~:text=${prefix}${body}${suffix}`;
}
