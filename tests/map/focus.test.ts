import { describe, expect, it } from 'vitest';
import { cameraPadding, coveredInsets, inFreeArea } from '@/lib/map/camera';
import { clampView, focusMaxZoom, REVEAL_ZOOM } from '@/lib/map/focus';

const MAP = { left: 0, top: 0, right: 1280, bottom: 752 };
const SIDEBAR = { left: 12, top: 12, right: 312, bottom: 740 };
const PANEL = { left: 860, top: 0, right: 1280, bottom: 752 };
const TIMELINE = { left: 330, top: 622, right: 1268, bottom: 752 };

describe('coveredInsets and cameraPadding (measured covers)', () => {
  it('keeps a target clear of the sidebar and, when open, the feature panel on a wide screen', () => {
    const closed = cameraPadding(coveredInsets(MAP, [SIDEBAR, TIMELINE]), 1280, 752);
    const open = cameraPadding(coveredInsets(MAP, [SIDEBAR, TIMELINE, PANEL]), 1280, 752);
    expect(closed.left).toBeGreaterThanOrEqual(300);
    expect(open.right).toBeGreaterThanOrEqual(420);
    expect(closed.right).toBeLessThan(100);
    // …and above the time control along the bottom.
    expect(closed.bottom).toBeGreaterThanOrEqual(130);
  });

  it('keeps a target above the bottom sheet on a phone', () => {
    const phone = { left: 0, top: 0, right: 390, bottom: 796 };
    const sheet = { left: 0, top: 796 - 478, right: 390, bottom: 796 };
    const p = cameraPadding(coveredInsets(phone, [sheet, { left: 8, top: 8, right: 140, bottom: 48 }]), 390, 796);
    expect(p.bottom).toBeGreaterThanOrEqual(0.6 * 796);
    expect(p.left).toBeLessThan(40);
    expect(390 - p.left - p.right).toBeGreaterThan(300);
  });

  it('ignores covers outside the map, and reads a cover floating a margin above an edge as covering that edge', () => {
    expect(coveredInsets(MAP, [{ left: 1300, top: 0, right: 1500, bottom: 752 }])).toEqual({ top: 0, right: 0, bottom: 0, left: 0 });
    // The time control floats 30 px above the bottom and 12 px from the right: it covers the bottom.
    expect(coveredInsets(MAP, [{ left: 316, top: 610, right: 1268, bottom: 722 }])).toEqual({ top: 0, right: 0, bottom: 142, left: 0 });
  });

  it.each([
    [700, 400],
    [641, 200],
    [200, 120],
    [0, 0],
  ])('always leaves room inside a %ix%i map', (w, h) => {
    const p = cameraPadding(coveredInsets({ left: 0, top: 0, right: w, bottom: h }, [{ ...PANEL, left: w * 0.4, right: w, bottom: h }, { left: 0, top: 0, right: w * 0.5, bottom: h }]), w, h);
    expect(p.left + p.right).toBeLessThanOrEqual(Math.max(0, w - 80));
    expect(p.top + p.bottom).toBeLessThanOrEqual(Math.max(0, h - 80));
    for (const v of Object.values(p)) expect(v).toBeGreaterThanOrEqual(0);
  });

  it('tells whether a point lies in the free area', () => {
    const p = cameraPadding(coveredInsets(MAP, [SIDEBAR, PANEL]), 1280, 752);
    expect(inFreeArea({ x: 600, y: 300 }, 1280, 752, p)).toBe(true);
    expect(inFreeArea({ x: 1000, y: 300 }, 1280, 752, p)).toBe(false);
    expect(inFreeArea({ x: 100, y: 300 }, 1280, 752, p)).toBe(false);
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
