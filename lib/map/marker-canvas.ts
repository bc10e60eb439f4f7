/**
 * Draws the marker and badge images the map asks for (MapLibre's `styleimagemissing`) and the
 * legend shows, from their ids (markers.ts). One drawing for both, so the legend cannot drift from
 * the map. Browser-only: it draws on a canvas.
 */
import { MARKER_SIZE, parseMarkerId, type MarkerSpec } from './markers';
import { GROUP_COLOR, NEUTRAL, SELECTION_COLOR, UNCERTAIN_RING } from './palette';

/** Canvas size of every marker image, CSS px: room for the halo and the region ring. */
export const MARKER_CANVAS = 30;

const GROUP_PREFIX = 'group:';

/** Radius of a group's circle: bigger groups, bigger circles, in four steps. */
export function groupRadius(count: number): number {
  return count < 4 ? 12 : count < 10 ? 14 : count < 25 ? 17 : 20;
}

/** The count as a group shows it: 1,234 as 1.2k. */
function abbreviated(count: number): string {
  return count < 1000 ? String(count) : count < 10_000 ? `${(count / 1000).toFixed(1)}k` : `${Math.round(count / 1000)}k`;
}

/**
 * A group of nearby features: a dark circle with their count, ringed in amber when some of them
 * are only planned, proposed or claimed.
 */
export function drawGroup(ctx: CanvasRenderingContext2D, count: number, uncertain: boolean): number {
  const r = groupRadius(count);
  const size = (r + 3) * 2;
  const c = size / 2;
  ctx.save();
  ctx.beginPath();
  ctx.arc(c, c, r, 0, Math.PI * 2);
  ctx.fillStyle = GROUP_COLOR;
  ctx.fill();
  ctx.lineWidth = uncertain ? 3 : 2;
  ctx.strokeStyle = uncertain ? UNCERTAIN_RING : NEUTRAL.paper;
  ctx.stroke();
  ctx.fillStyle = NEUTRAL.paper;
  ctx.font = `bold ${count < 100 ? 12 : 10.5}px sans-serif`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillText(abbreviated(count), c, c + 0.5);
  ctx.restore();
  return size;
}


function shapePath(ctx: CanvasRenderingContext2D, shape: MarkerSpec['shape'], c: number, r: number) {
  ctx.beginPath();
  if (shape === 'diamond') {
    ctx.moveTo(c, c - r);
    ctx.lineTo(c + r, c);
    ctx.lineTo(c, c + r);
    ctx.lineTo(c - r, c);
    ctx.closePath();
  } else {
    ctx.arc(c, c, r * 0.82, 0, Math.PI * 2);
  }
}

/** Draws one marker centred in a MARKER_CANVAS square, in CSS px (scale the context for the pixel ratio). */
export function drawMarker(ctx: CanvasRenderingContext2D, spec: MarkerSpec): void {
  const c = MARKER_CANVAS / 2;
  const r = MARKER_SIZE / 2 - 1;
  ctx.save();
  if (spec.placement === 'approximate') {
    const halo = ctx.createRadialGradient(c, c, r * 0.6, c, c, c);
    halo.addColorStop(0, `${spec.color}66`);
    halo.addColorStop(1, `${spec.color}00`);
    ctx.fillStyle = halo;
    ctx.fillRect(0, 0, MARKER_CANVAS, MARKER_CANVAS);
  }
  if (spec.placement === 'region') {
    // A wide ring, no point: the feature lies somewhere in the region.
    ctx.beginPath();
    ctx.arc(c, c, c - 2, 0, Math.PI * 2);
    ctx.fillStyle = `${spec.color}22`;
    ctx.fill();
    ctx.setLineDash([3, 2.5]);
    ctx.lineWidth = 1.6;
    ctx.strokeStyle = spec.color;
    ctx.stroke();
    ctx.setLineDash([]);
    ctx.globalAlpha = 0.75;
  }
  const size = spec.placement === 'region' ? r * 0.7 : r;
  shapePath(ctx, spec.shape, c, size);
  switch (spec.status) {
    case 'fact':
      ctx.fillStyle = spec.color;
      ctx.fill();
      ctx.lineWidth = 1.6;
      ctx.strokeStyle = NEUTRAL.paper;
      ctx.stroke();
      break;
    case 'planned':
    case 'proposed':
      ctx.fillStyle = NEUTRAL.paper;
      ctx.fill();
      ctx.lineWidth = 2.2;
      ctx.lineCap = 'round';
      ctx.setLineDash(spec.status === 'planned' ? [3.2, 2.2] : [0.1, 2.9]);
      ctx.strokeStyle = spec.color;
      ctx.stroke();
      break;
    case 'claimed': {
      ctx.fillStyle = NEUTRAL.paper;
      ctx.fill();
      ctx.save();
      ctx.clip();
      ctx.lineWidth = 1.4;
      ctx.strokeStyle = spec.color;
      for (let x = -MARKER_CANVAS; x < MARKER_CANVAS * 2; x += 3.6) {
        ctx.beginPath();
        ctx.moveTo(x, MARKER_CANVAS);
        ctx.lineTo(x + MARKER_CANVAS, 0);
        ctx.stroke();
      }
      ctx.restore();
      shapePath(ctx, spec.shape, c, size);
      ctx.lineWidth = 1.8;
      ctx.strokeStyle = spec.color;
      ctx.stroke();
      break;
    }
  }
  ctx.restore();
}

/** Width of a capital badge image for a count, CSS px. */
function badgeWidth(n: number): number {
  return 24 + 7.5 * String(n).length;
}

/**
 * A capital badge as the legend shows it: a small building pictogram and a number of features
 * placed at that capital for want of a venue. Reads as "n things said or decided in this capital",
 * not as a site. (On the map MapLibre stretches ANCHOR_PILL around the count.)
 */
export function drawAnchorBadge(ctx: CanvasRenderingContext2D, n: number): { width: number; height: number } {
  const w = badgeWidth(n);
  const h = 18;
  ctx.save();
  ctx.beginPath();
  ctx.roundRect(1, 1, w - 2, h - 2, 4);
  ctx.fillStyle = NEUTRAL.paper;
  ctx.fill();
  ctx.lineWidth = 1.4;
  ctx.strokeStyle = '#3d4a55';
  ctx.stroke();
  ctx.fillStyle = '#3d4a55';
  drawPictogram(ctx);
  ctx.font = 'bold 11px sans-serif';
  ctx.textBaseline = 'middle';
  ctx.fillText(String(n), 19, h / 2 + 0.5);
  ctx.restore();
  return { width: w, height: h };
}

/** The capital's pictogram, a pediment on three columns, in the current fill, at the badge's left. */
function drawPictogram(ctx: CanvasRenderingContext2D): void {
  ctx.beginPath();
  ctx.moveTo(5, 8);
  ctx.lineTo(10.5, 4);
  ctx.lineTo(16, 8);
  ctx.closePath();
  ctx.fill();
  for (const x of [6, 9.75, 13.5]) ctx.fillRect(x, 9, 1.6, 4.5);
  ctx.fillRect(5, 13.5, 11, 1.4);
}

/** An image for MapLibre's `addImage`, drawn at the screen's pixel ratio. */
export interface DrawnImage {
  width: number;
  height: number;
  data: Uint8ClampedArray;
  /** For images stretched around a text (`icon-text-fit`): the stretchable columns and the text box, in image pixels. */
  stretchX?: [number, number][];
  content?: [number, number, number, number];
}

/**
 * The background of a capital badge, stretched around its count by MapLibre (`icon-text-fit`): the
 * building pictogram on the left, then room for the number.
 */
export const ANCHOR_PILL = 'anchor-pill';
const PILL = { width: 40, height: 18, pictogram: 19 };

function drawAnchorPill(ctx: CanvasRenderingContext2D): void {
  ctx.save();
  ctx.beginPath();
  ctx.roundRect(1, 1, PILL.width - 2, PILL.height - 2, 4);
  ctx.fillStyle = NEUTRAL.paper;
  ctx.fill();
  ctx.lineWidth = 1.4;
  ctx.strokeStyle = GROUP_COLOR;
  ctx.stroke();
  ctx.fillStyle = GROUP_COLOR;
  drawPictogram(ctx);
  ctx.restore();
}

function draw(width: number, height: number, ratio: number, paint: (ctx: CanvasRenderingContext2D) => void): DrawnImage {
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(width * ratio);
  canvas.height = Math.ceil(height * ratio);
  // Read back at once: a canvas kept in memory, not on the GPU, makes that read cheap.
  const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
  ctx.scale(ratio, ratio);
  paint(ctx);
  return { width: canvas.width, height: canvas.height, data: ctx.getImageData(0, 0, canvas.width, canvas.height).data };
}

/** The disc behind a hovered marker (styles/points.ts): 15 px in radius, the selection's colour at a fifth. */
export const HOVER_HALO = 'hover-halo';
const HALO_RADIUS = 15;

function drawHoverHalo(ctx: CanvasRenderingContext2D): void {
  ctx.beginPath();
  ctx.arc(HALO_RADIUS, HALO_RADIUS, HALO_RADIUS, 0, Math.PI * 2);
  ctx.globalAlpha = 0.2;
  ctx.fillStyle = SELECTION_COLOR;
  ctx.fill();
}

/** The image an id stands for (a marker or a capital badge), or null for an id this module does not draw. */
export function imageFor(id: string, ratio: number): DrawnImage | null {
  if (id === ANCHOR_PILL) {
    const image = draw(PILL.width, PILL.height, ratio, drawAnchorPill);
    const px = (v: number) => Math.round(v * ratio);
    return { ...image, stretchX: [[px(PILL.pictogram + 4), px(PILL.width - 6)]], content: [px(PILL.pictogram + 2), px(3), px(PILL.width - 4), px(PILL.height - 3)] };
  }
  if (id === HOVER_HALO) return draw(HALO_RADIUS * 2, HALO_RADIUS * 2, ratio, drawHoverHalo);
  const marker = parseMarkerId(id);
  if (marker) return draw(MARKER_CANVAS, MARKER_CANVAS, ratio, (ctx) => drawMarker(ctx, marker));
  if (id.startsWith(GROUP_PREFIX)) {
    const [count, uncertain] = id.slice(GROUP_PREFIX.length).split(':').map(Number);
    if (!Number.isInteger(count) || count! < 1) return null;
    const size = (groupRadius(count!) + 3) * 2;
    return draw(size, size, ratio, (ctx) => drawGroup(ctx, count!, uncertain === 1));
  }
  return null;
}

/** Draws each image a map asks for when it first needs it (`setMissingStyleImageResolver`). */
export function imageResolver(map: import('maplibre-gl').Map): (id: string) => void {
  return (id: string) => {
    if (map.hasImage(id)) return;
    const ratio = window.devicePixelRatio || 1;
    const image = imageFor(id, ratio);
    if (!image) return;
    const { stretchX, content, ...data } = image;
    map.addImage(id, data, { pixelRatio: ratio, ...(stretchX ? { stretchX } : {}), ...(content ? { content } : {}) });
  };
}
