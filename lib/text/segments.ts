/** A highlighted span of a text, in Unicode code points (as the citations' offsets are). */
export interface Highlight {
  key: string;
  start: number;
  end: number;
}

export interface Segment {
  text: string;
  /** Keys of the highlights covering this segment (empty: plain text). */
  covering: string[];
  /** Keys of the highlights that start at this segment. */
  starting: string[];
  /** Keys of the highlights that end with this segment. */
  ending: string[];
}

/**
 * Cuts a text into runs so that overlapping highlights can be drawn as nested marks: every
 * highlight boundary starts a new segment. Offsets count code points, not UTF-16 units.
 * @example segmentText('abcdef', [{key:'a', start:1, end:4}]).map(s => s.text) // ['a', 'bcd', 'ef']
 */
export function segmentText(text: string, highlights: readonly Highlight[]): Segment[] {
  const chars = Array.from(text);
  const cuts = new Set([0, chars.length]);
  for (const h of highlights) {
    if (h.start < 0 || h.end > chars.length || h.start >= h.end) {
      throw new RangeError(`highlight ${h.key} [${h.start}, ${h.end}) is outside the text (${chars.length} characters)`);
    }
    cuts.add(h.start);
    cuts.add(h.end);
  }
  const bounds = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i < bounds.length - 1; i++) {
    const from = bounds[i]!;
    const to = bounds[i + 1]!;
    segments.push({
      text: chars.slice(from, to).join(''),
      covering: highlights.filter((h) => h.start <= from && h.end >= to).map((h) => h.key),
      starting: highlights.filter((h) => h.start === from).map((h) => h.key),
      ending: highlights.filter((h) => h.end === to).map((h) => h.key),
    });
  }
  return segments;
}
