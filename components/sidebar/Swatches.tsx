import type { Swatch } from '@/lib/layers';

/** One legend symbol from its description: a dot, a line or an arc, as the map draws it. */
function SwatchShape({ swatch, x, width }: { swatch: Swatch; x: number; width: number }) {
  switch (swatch.shape) {
    case 'dot':
      return <circle cx={x + width / 2} cy="8" r="4.5" fill={swatch.fill} stroke={swatch.stroke} strokeWidth="2" />;
    case 'line':
      return (
        <line
          x1={x + 1}
          y1="8"
          x2={x + width - 1}
          y2="8"
          stroke={swatch.color}
          strokeWidth={swatch.width ?? 2}
          strokeDasharray={swatch.dash ? swatch.dash.map((d) => d * 2.5).join(' ') : undefined}
        />
      );
    case 'arc':
      return (
        <path
          d={`M${x + 1} 13 Q${x + width / 2} 0 ${x + width - 1} 13`}
          fill="none"
          stroke={swatch.color}
          strokeWidth="2.5"
          strokeDasharray={swatch.dash ? swatch.dash.join(' ') : undefined}
        />
      );
  }
}

/** Legend symbols side by side, drawn like the map draws them (same colours, same shapes). */
export function Swatches({ swatches }: { swatches: readonly Swatch[] }) {
  const width = swatches.length > 1 ? 11 : 22;
  return (
    <svg width={Math.max(22, width * swatches.length)} height="16" aria-hidden="true">
      {swatches.map((s, i) => (
        <SwatchShape key={i} swatch={s} x={i * width} width={width} />
      ))}
    </svg>
  );
}

/** An alliance's colour as a short arc; dashed when the partnership is only proposed. */
export function AllianceSwatch({ color, proposed }: { color: string; proposed: boolean }) {
  return <Swatches swatches={[{ shape: 'arc', color, dash: proposed ? [4, 3] : undefined }]} />;
}
