import { describe, expect, it } from 'vitest';
import { EVENT_FAMILIES, LAYER_COLORS } from '@/lib/map/palette';
import { deltaE, type Vision } from './cvd';

/** Every point colour on the map: the exercises' and each event family's. */
const POINT_COLORS: Record<string, string> = {
  exercise: LAYER_COLORS.exercises,
  ...Object.fromEntries(EVENT_FAMILIES.map((f) => [f.label, f.color])),
};
const VISIONS: Vision[] = ['normal', 'protanopia', 'deuteranopia', 'tritanopia'];
/** CIEDE2000: about 2 is a just-noticeable difference; 10 tells two markers apart at a glance. */
const AT_A_GLANCE = 10;

function closest(vision: Vision): { pair: string; delta: number } {
  const names = Object.keys(POINT_COLORS);
  let best = { pair: '', delta: Infinity };
  for (let i = 0; i < names.length; i++)
    for (let j = i + 1; j < names.length; j++) {
      const delta = deltaE(POINT_COLORS[names[i]!]!, POINT_COLORS[names[j]!]!, vision);
      if (delta < best.delta) best = { pair: `${names[i]} / ${names[j]}`, delta };
    }
  return best;
}

describe('point colours stay apart for every reader', () => {
  it.each(VISIONS)('with %s vision (Machado 2009 simulation, CIEDE2000)', (vision) => {
    const { pair, delta } = closest(vision);
    expect(delta, `closest pair: ${pair}`).toBeGreaterThanOrEqual(AT_A_GLANCE);
  });

  it('the test tells a poor palette from a good one (the old exercise and incident reds merge for deuteranopes)', () => {
    expect(deltaE('#c0392b', '#c53030', 'deuteranopia')).toBeLessThan(2);
  });
});
