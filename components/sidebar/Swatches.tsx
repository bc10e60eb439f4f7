'use client';

import { useCallback, useState } from 'react';
import type { Swatch } from '@/lib/layers';
import { drawAnchorBadge, drawGroup, drawMarker, MARKER_CANVAS } from '@/lib/map/marker-canvas';
import { NEUTRAL, SELECTION_COLOR } from '@/lib/map/palette';

const W = 26;
const H = 18;

/**
 * A marker or badge drawn by the same code the map draws them with. The canvas is kept in memory
 * (`willReadFrequently`), not on the GPU: a GPU canvas costs far more to create than a swatch costs
 * to draw (about 13 ms each with software rendering, 20 of them while the page hydrates, before
 * the map is created). Drawn once per mount with the painter it mounted with, so a re-render does
 * not repaint (a swatch that changes is keyed by its description, so it mounts again).
 */
function CanvasSwatch({ paint, width }: { paint: (ctx: CanvasRenderingContext2D) => void; width: number }) {
  const [painter] = useState(() => paint);
  const draw = useCallback(
    (el: HTMLCanvasElement | null) => {
      const ctx = el?.getContext('2d', { willReadFrequently: true });
      if (!el || !ctx) return;
      const ratio = window.devicePixelRatio || 1;
      el.width = width * ratio;
      el.height = H * ratio;
      ctx.scale(ratio, ratio);
      painter(ctx);
    },
    [width, painter],
  );
  return <canvas ref={draw} width={width} height={H} style={{ width, height: H }} aria-hidden="true" />;
}

/** One legend symbol from its description, as the map draws it. */
function SwatchShape({ swatch }: { swatch: Swatch }) {
  switch (swatch.shape) {
    case 'marker':
      return (
        <CanvasSwatch
          key={JSON.stringify(swatch)}
          width={W}
          paint={(ctx) => {
            const s = H / MARKER_CANVAS;
            ctx.translate((W - MARKER_CANVAS * s) / 2, 0);
            ctx.scale(s, s);
            drawMarker(ctx, swatch.marker);
          }}
        />
      );
    case 'anchor':
      return <CanvasSwatch width={34} paint={(ctx) => drawAnchorBadge(ctx, 3)} />;
    case 'group':
      return (
        <CanvasSwatch
          key={JSON.stringify(swatch)}
          width={W}
          paint={(ctx) => {
            const s = H / 30;
            ctx.translate((W - 30 * s) / 2, 0);
            ctx.scale(s, s);
            drawGroup(ctx, 3, !!swatch.uncertain);
          }}
        />
      );
    case 'selected':
      return (
        <svg width={W} height={H} aria-hidden="true">
          <circle cx={W / 2} cy={H / 2} r="7.5" fill={NEUTRAL.paper} stroke={SELECTION_COLOR} strokeWidth="2.5" />
        </svg>
      );
    case 'line':
      return (
        <svg width={W} height={H} aria-hidden="true">
          <line
            x1="1"
            y1={H / 2}
            x2={W - 1}
            y2={H / 2}
            stroke={swatch.color}
            strokeWidth={swatch.width ?? 2}
            strokeOpacity={swatch.opacity ?? 1}
            strokeDasharray={swatch.dash ? swatch.dash.map((d) => d * 2.5).join(' ') : undefined}
          />
        </svg>
      );
    case 'arc':
      return (
        <svg width={W} height={H} aria-hidden="true">
          <path d={`M1 14 Q${W / 2} 0 ${W - 1} 14`} fill="none" stroke={swatch.color} strokeWidth="2.5" strokeDasharray={swatch.dash ? swatch.dash.join(' ') : undefined} />
        </svg>
      );
  }
}

/** Legend symbols side by side. */
export function Swatches({ swatches }: { swatches: readonly Swatch[] }) {
  return (
    <span className="swatches" aria-hidden="true">
      {swatches.map((s, i) => (
        <SwatchShape key={i} swatch={s} />
      ))}
    </span>
  );
}

/** An alliance's colour as a short arc; dashed when the relation is only proposed or planned. */
export function AllianceSwatch({ color, uncertain }: { color: string; uncertain: boolean }) {
  return <Swatches swatches={[{ shape: 'arc', color, dash: uncertain ? [4, 3] : undefined }]} />;
}
