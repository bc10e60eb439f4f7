import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { trimMapLibreCss } from '../../scripts/maplibre-css.mjs';

const installed = readFileSync(join(import.meta.dirname, '..', '..', 'node_modules', 'maplibre-gl', 'dist', 'maplibre-gl.css'), 'utf8');

describe('MapLibre stylesheet, trimmed to the controls the atlas adds', () => {
  const trimmed = trimMapLibreCss(installed);

  it('keeps the map, the zoom buttons, the scale bar and the attribution (compact too), with their dark and forced-colour forms', () => {
    for (const cls of ['maplibregl-map', 'maplibregl-canvas', 'maplibregl-ctrl-zoom-in', 'maplibregl-ctrl-zoom-out', 'maplibregl-ctrl-scale', 'maplibregl-ctrl-attrib-button', 'maplibregl-compact-show', 'maplibregl-ctrl-bottom-right']) {
      expect(trimmed, cls).toContain(cls);
    }
    expect(trimmed).toMatch(/@media \(forced-colors:active\)\{[^}]*maplibregl-ctrl-zoom-in|@media\(forced-colors:active\)\{[^@]*maplibregl-ctrl-zoom-in/);
  });

  it('drops the logo and the geolocation, globe, terrain and fullscreen buttons, a fifth of the size remaining', () => {
    for (const cls of ['maplibregl-ctrl-logo', 'maplibregl-ctrl-geolocate', 'maplibregl-ctrl-globe', 'maplibregl-ctrl-terrain', 'maplibregl-ctrl-fullscreen', 'maplibregl-user-location']) {
      expect(installed, cls).toContain(cls);
      expect(trimmed, cls).not.toContain(cls);
    }
    expect(trimmed.length).toBeLessThan(installed.length / 3);
  });

  it('keeps a rule that also names a used control, and drops an @media block left empty and the animation of an unused control', () => {
    const css = '.a,.maplibregl-ctrl-logo{color:red}.maplibregl-ctrl-logo{color:blue}@media(x){.maplibregl-ctrl-globe{color:green}}@media(y){.b{color:red}.maplibregl-ctrl-terrain{x:y}}@keyframes maplibregl-user-location-dot-pulse{0%{opacity:1}to{opacity:0}}';
    expect(trimMapLibreCss(css)).toBe('.a,.maplibregl-ctrl-logo{color:red}@media(y){.b{color:red}}');
  });

  it('refuses a stylesheet it cannot split safely, rather than cut it wrong', () => {
    expect(() => trimMapLibreCss('.a{color:red}}')).toThrow(/unbalanced/);
    expect(() => trimMapLibreCss('.a{color:red')).toThrow(/unbalanced/);
    expect(() => trimMapLibreCss('/* x */.a{color:red}')).toThrow(/comments/);
  });
});
