import { describe, expect, it } from 'vitest';
import { layoutNotes } from '@/lib/text/margin-notes';

describe('layoutNotes', () => {
  it('puts each note level with its passage when there is room', () => {
    expect(layoutNotes([{ want: 0, height: 20 }, { want: 100, height: 20 }, { want: 300, height: 40 }], 6)).toEqual([0, 100, 300]);
  });

  it('pushes a note down only as far as the one above it needs, and no further', () => {
    expect(layoutNotes([{ want: 0, height: 50 }, { want: 10, height: 20 }, { want: 200, height: 20 }], 6)).toEqual([0, 56, 200]);
  });

  it('lays notes out by the height they want, whatever order they come in', () => {
    expect(layoutNotes([{ want: 200, height: 20 }, { want: 0, height: 20 }, { want: 10, height: 20 }], 4)).toEqual([200, 0, 24]);
  });

  it('never overlaps two notes', () => {
    const notes = Array.from({ length: 50 }, (_, i) => ({ want: (i * 37) % 400, height: 10 + (i % 4) * 9 }));
    const tops = layoutNotes(notes, 5);
    const boxes = notes.map((n, i) => [tops[i]!, tops[i]! + n.height] as const).sort((a, b) => a[0] - b[0]);
    for (let i = 1; i < boxes.length; i++) expect(boxes[i]![0]).toBeGreaterThanOrEqual(boxes[i - 1]![1] + 5);
    notes.forEach((n, i) => expect(tops[i]).toBeGreaterThanOrEqual(n.want));
  });
});
