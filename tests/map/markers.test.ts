import { describe, expect, it } from 'vitest';
import { markerId, markerPlacement, markerStatus, parseMarkerId, type MarkerSpec } from '@/lib/map/markers';

describe('marker ids spell the look of a marker', () => {
  it('round-trip every shape, status and placement', () => {
    for (const shape of ['diamond', 'circle'] as const)
      for (const status of ['fact', 'planned', 'proposed', 'claimed'] as const)
        for (const placement of ['exact', 'approximate', 'region'] as const) {
          const spec: MarkerSpec = { shape, color: '#d55e00', status, placement };
          expect(parseMarkerId(markerId(spec))).toEqual(spec);
        }
  });

  it('refuse ids that are not markers', () => {
    for (const id of ['anchor-pill', 'marker:square:d55e00:fact:exact', 'marker:circle:zzzzzz:fact:exact', 'marker:circle:d55e00:maybe:exact', 'marker:circle:d55e00:fact:symbolic', '']) {
      expect(parseMarkerId(id)).toBeNull();
    }
  });

  it('draw what is reported as fact or in force alike, and never draw a symbolic placement as a marker', () => {
    expect(markerStatus(undefined)).toBe('fact');
    expect(markerStatus('in-force')).toBe('fact');
    expect(markerStatus('occurred')).toBe('fact');
    expect(markerStatus('claimed')).toBe('claimed');
    expect(markerPlacement('symbolic')).toBeNull();
    expect(markerPlacement('region')).toBe('region');
  });
});
