/**
 * Margin notes level with their passages: each note goes at the top of its passage unless the
 * note above it still occupies that height, then just below it. Notes are taken in order of the
 * height they want, so a note is never pushed by one that belongs further down.
 */
export interface NoteBox {
  /** The top of its passage, from the top of the text. */
  want: number;
  height: number;
}

/**
 * The top of each note, in the order given.
 * @example layoutNotes([{ want: 0, height: 30 }, { want: 10, height: 30 }, { want: 100, height: 30 }], 4) // [0, 34, 100]
 */
export function layoutNotes(notes: readonly NoteBox[], gap: number): number[] {
  const order = notes.map((n, i) => i).sort((a, b) => notes[a]!.want - notes[b]!.want || a - b);
  const tops = new Array<number>(notes.length);
  let free = -Infinity;
  for (const i of order) {
    const top = Math.max(notes[i]!.want, free);
    tops[i] = top;
    free = top + notes[i]!.height + gap;
  }
  return tops;
}
