import { describe, expect, it } from 'vitest';
import { clampView, focusMaxZoom, focusPadding, REVEAL_ZOOM } from '@/lib/map/focus';

describe('focusPadding', () => {
  it('keeps a target clear of the sidebar and, when open, the feature panel on a wide screen', () => {
    const closed = focusPadding(1280, 752, false);
    const open = focusPadding(1280, 752, true);
    expect(closed.left).toBeGreaterThanOrEqual(300);
    expect(open.right).toBeGreaterThanOrEqual(420);
    expect(closed.right).toBeLessThan(100);
    // …and above the time control along the bottom.
    expect(closed.bottom).toBeGreaterThanOrEqual(130);
  });

  it('keeps a target above the bottom sheet on a phone', () => {
    const p = focusPadding(390, 796, true);
    expect(p.bottom).toBeGreaterThanOrEqual(0.6 * 796);
    expect(p.left).toBeLessThan(40);
    expect(390 - p.left - p.right).toBeGreaterThan(300);
  });

  it.each([
    [700, 400],
    [641, 200],
    [200, 120],
    [0, 0],
  ])('always leaves room inside a %ix%i map', (w, h) => {
    const p = focusPadding(w, h, true);
    expect(p.left + p.right).toBeLessThanOrEqual(Math.max(0, w - 80));
    expect(p.top + p.bottom).toBeLessThanOrEqual(Math.max(0, h - 80));
    for (const v of Object.values(p)) expect(v).toBeGreaterThanOrEqual(0);
  });
});

describe('focusMaxZoom', () => {
  it('zooms in to reveal a search result but never when panning to a list item', () => {
    expect(focusMaxZoom('reveal', 5)).toBe(REVEAL_ZOOM);
    expect(focusMaxZoom('reveal', 11)).toBe(11);
    expect(focusMaxZoom('pan', 5)).toBe(5);
  });
});

describe('clampView', () => {
  it('keeps the view inside the world, and a wrapped view covers all longitudes', () => {
    expect(clampView([-250, -95, 250, 95])).toEqual([-180, -90, 180, 90]);
    expect(clampView([170, 10, 190, 20])).toEqual([170, 10, 180, 20]);
    expect(clampView([40, 38, 50, 44])).toEqual([40, 38, 50, 44]);
  });
});
