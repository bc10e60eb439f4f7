// @ts-check
/**
 * MapLibre's stylesheet without the controls the atlas never adds. Of its 72 kB, most is inline
 * SVG for the logo (three copies, about 13 kB each), geolocation, globe, terrain and fullscreen
 * buttons. The atlas uses the map, the zoom buttons, the scale bar and the attribution (compact in
 * the editor). Derived from the installed package by `copy-maplibre-worker.mjs`, never edited.
 */

/** Selectors of controls the atlas does not add: a rule whose every selector names one goes. */
export const UNUSED_CONTROLS = /maplibregl-ctrl-(logo|geolocate|globe|terrain|fullscreen|shrink)|maplibregl-user-location/;

/**
 * Top-level blocks of minified CSS (`selector{…}` or `@media …{…}`), split by brace depth. The
 * stylesheet has no comments and no braces inside strings or URLs; `split` checks that.
 * @param {string} css
 * @returns {string[]}
 */
function blocks(css) {
  const out = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < css.length; i++) {
    const c = css[i];
    if (c === '{') depth++;
    else if (c === '}') {
      depth--;
      if (depth < 0) throw new Error(`maplibre-gl.css: unbalanced "}" at ${i}`);
      if (depth === 0) {
        out.push(css.slice(start, i + 1));
        start = i + 1;
      }
    }
  }
  if (depth !== 0 || css.slice(start).trim()) throw new Error('maplibre-gl.css: unbalanced braces at the end');
  return out;
}

/**
 * Keeps a rule unless every one of its selectors names an unused control; inside `@media`, the
 * same per rule, and the block goes when nothing is left in it.
 * @param {string} block
 * @param {RegExp} unused
 * @returns {string}
 */
function trimBlock(block, unused) {
  const open = block.indexOf('{');
  const head = block.slice(0, open);
  if (head.startsWith('@media') || head.startsWith('@supports')) {
    const inner = blocks(block.slice(open + 1, -1)).map((b) => trimBlock(b, unused)).join('');
    return inner ? `${head}{${inner}}` : '';
  }
  // Other at-rules (keyframes) go with the control they animate.
  if (head.startsWith('@')) return unused.test(head) ? '' : block;
  const selectors = head.split(',');
  return selectors.every((s) => unused.test(s)) ? '' : block;
}

/**
 * @param {string} css MapLibre's minified stylesheet
 * @param {RegExp} [unused]
 * @returns {string}
 */
export function trimMapLibreCss(css, unused = UNUSED_CONTROLS) {
  if (/\/\*/.test(css)) throw new Error('maplibre-gl.css: comments are not expected in the minified stylesheet');
  return blocks(css.trim())
    .map((b) => trimBlock(b, unused))
    .join('');
}
