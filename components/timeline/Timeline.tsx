'use client';

import { useEffect, useMemo, useState, type KeyboardEvent, type ReactNode } from 'react';
import { COVERS_MAP } from '@/lib/client/use-camera';
import type { LayerId } from '@/lib/data/types';
import type { ShownSummary } from '@/lib/view';
import {
  formatMonth,
  formatRange,
  MONTH_NAMES,
  monthAtOffset,
  offsetOf,
  PLAY_STEP_MS,
  playNext,
  playStart,
  sameRange,
  withEnd,
  yearCounts,
  yearOf,
  type Interval,
  type TimeRange,
  type YearMonth,
} from '@/lib/time';

interface Props {
  /** The months the data spans. */
  extent: TimeRange;
  range: TimeRange;
  onChange: (range: TimeRange) => void;
  /** Features drawn now out of all, and the layers still loading or failed. */
  summary: ShownSummary;
  onRetry: (layer: LayerId) => void;
  /**
   * Intervals of the features the layer and alliance toggles allow: drawn as the density strip,
   * and used by play to skip years in which nothing changes.
   */
  playable: readonly Interval[];
  /** Actions on what is shown (the download buttons). */
  children?: ReactNode;
}

/** Page Up / Page Down on a slider move a year; the arrows move a month. */
const PAGE_MONTHS = 12;

/**
 * The time control: a range of months picked by two handles or by month and year, a play button
 * that steps a one-year window through the data, and the count of features shown. Every layer is
 * filtered by it; a feature is shown when its dates overlap the range.
 */
export default function Timeline({ extent, range, onChange, summary, onRetry, playable, children }: Props) {
  const [playing, setPlaying] = useState(false);
  const last = offsetOf(extent, extent.to);
  const whole = sameRange(range, extent);

  // Each step stays on screen for PLAY_STEP_MS, then the next one replaces it; at the end play stops.
  useEffect(() => {
    if (!playing) return;
    const timer = setTimeout(() => {
      const next = playNext(range, extent, playable);
      if (next) onChange(next);
      else setPlaying(false);
    }, PLAY_STEP_MS);
    return () => clearTimeout(timer);
  }, [playing, range, extent, playable, onChange]);

  /** A change by hand ends play: the reader has taken over. */
  const set = (end: 'from' | 'to', month: YearMonth) => {
    setPlaying(false);
    onChange(withEnd(range, end, month, extent));
  };

  const togglePlay = () => {
    if (playing) return setPlaying(false);
    setPlaying(true);
    onChange(playStart(range, extent));
  };

  const onSliderKey = (end: 'from' | 'to') => (e: KeyboardEvent<HTMLInputElement>) => {
    const delta = e.key === 'PageUp' ? PAGE_MONTHS : e.key === 'PageDown' ? -PAGE_MONTHS : 0;
    if (!delta) return;
    e.preventDefault();
    set(end, monthAtOffset(extent, offsetOf(extent, range[end]) + delta));
  };

  const from = offsetOf(extent, range.from);
  const to = offsetOf(extent, range.to);
  const pct = (offset: number) => `${last === 0 ? 0 : (offset / last) * 100}%`;

  return (
    <section className="timeline" aria-label="Time" data-testid="timeline" {...{ [COVERS_MAP]: '' }}>
      <div className="timeline-row">
        <button
          type="button"
          className="timeline-play"
          onClick={togglePlay}
          data-testid="timeline-play"
          title="Steps a one-year window through the years, skipping years in which nothing on the map changes"
        >
          <span aria-hidden="true">{playing ? '❚❚' : '▶'}</span> {playing ? 'Pause' : 'Play'}
        </button>
        <MonthPicker label="From" shown="From" month={range.from} extent={extent} onPick={(m) => set('from', m)} />
        <MonthPicker label="To" shown="to" month={range.to} extent={extent} onPick={(m) => set('to', m)} />
        <button
          type="button"
          className="link-button timeline-all"
          disabled={whole}
          onClick={() => {
            setPlaying(false);
            onChange({ ...extent });
          }}
        >
          All dates
        </button>
      </div>

      <div className="timeline-slider" style={{ ['--from' as string]: pct(from), ['--to' as string]: pct(to) }}>
        <Density playable={playable} extent={extent} />
        <div className="timeline-track" aria-hidden="true">
          <div className="timeline-selected" />
        </div>
        <input
          type="range"
          aria-label="Start of the time range"
          aria-valuetext={formatMonth(range.from, 'long')}
          min={0}
          max={last}
          step={1}
          value={from}
          // At the far end the start handle would hide under the end handle: lift it.
          className={from >= last ? 'on-top' : undefined}
          onChange={(e) => set('from', monthAtOffset(extent, Number(e.target.value)))}
          onKeyDown={onSliderKey('from')}
          data-testid="range-from"
        />
        <input
          type="range"
          aria-label="End of the time range"
          aria-valuetext={formatMonth(range.to, 'long')}
          min={0}
          max={last}
          step={1}
          value={to}
          onChange={(e) => set('to', monthAtOffset(extent, Number(e.target.value)))}
          onKeyDown={onSliderKey('to')}
          data-testid="range-to"
        />
        <Ticks extent={extent} />
      </div>

      <div className="timeline-foot">
        <ShownCount range={range} summary={summary} onRetry={onRetry} />
        {children}
      </div>
    </section>
  );
}

/**
 * "1994 – 2019: 37 of 72 features shown", and what is missing from that count: layers still
 * loading, and layers that failed, each with a Retry.
 */
function ShownCount({ range, summary, onRetry }: { range: TimeRange; summary: ShownSummary; onRetry: (layer: LayerId) => void }) {
  const { shown, total, loading, failed } = summary;
  return (
    <p className={`timeline-count${failed.length > 0 ? ' timeline-count-failed' : ''}`} aria-live="polite" data-testid="shown-count">
      <strong>{formatRange(range)}</strong>: {shown} of {total} features shown
      {loading.length > 0 && <span className="muted"> — loading {loading.join(', ').toLowerCase()}…</span>}
      {failed.length > 0 && (
        <span role="alert" data-testid="layers-failed">
          {' '}
          — {failed.map((f) => f.title.toLowerCase()).join(', ')} could not load.{' '}
          {failed.length > 1 && (
            <button type="button" className="link-button" onClick={() => failed.forEach((f) => onRetry(f.id))}>
              Retry all
            </button>
          )}
          {failed.length === 1 && (
            <button type="button" className="link-button" onClick={() => onRetry(failed[0]!.id)}>
              Retry
            </button>
          )}
        </span>
      )}
    </p>
  );
}

/** Month and year selects for one end of the range: exact, and usable without a pointer. */
function MonthPicker({
  label,
  shown,
  month,
  extent,
  onPick,
}: {
  /** Names the group and its selects for assistive technology ("From month"). */
  label: string;
  /** The word shown before the selects: "From … to …" reads as one phrase. */
  shown: string;
  month: YearMonth;
  extent: TimeRange;
  onPick: (month: YearMonth) => void;
}) {
  const [y, m] = month.split('-') as [string, string];
  const years = useMemo(() => {
    const out: string[] = [];
    for (let year = yearOf(extent.from); year <= yearOf(extent.to); year++) out.push(String(year).padStart(4, '0'));
    return out;
  }, [extent]);
  return (
    <span className="month-picker" role="group" aria-label={label}>
      <span className="month-picker-label" aria-hidden="true">
        {shown}
      </span>
      <select aria-label={`${label} month`} value={m} onChange={(e) => onPick(`${y}-${e.target.value}` as YearMonth)} data-testid={`${label.toLowerCase()}-month`}>
        {MONTH_NAMES.short.map((name, i) => {
          const v = String(i + 1).padStart(2, '0');
          return (
            <option key={v} value={v}>
              {name}
            </option>
          );
        })}
      </select>
      <select aria-label={`${label} year`} value={y} onChange={(e) => onPick(`${e.target.value}-${m}` as YearMonth)} data-testid={`${label.toLowerCase()}-year`}>
        {years.map((year) => (
          <option key={year} value={year}>
            {year}
          </option>
        ))}
      </select>
    </span>
  );
}

/** Bars of how many features each year holds, under the slider. */
function Density({ playable, extent }: { playable: readonly Interval[]; extent: TimeRange }) {
  const counts = useMemo(() => yearCounts(playable, extent), [playable, extent]);
  const max = Math.max(1, ...counts.map((c) => c.count));
  return (
    <svg className="timeline-density" viewBox={`0 0 ${counts.length} 1`} preserveAspectRatio="none" aria-hidden="true">
      {counts.map((c, i) => (
        <rect key={c.year} x={i + 0.1} width={0.8} y={1 - c.count / max} height={c.count / max} />
      ))}
    </svg>
  );
}

/** Year labels along the slider, every ten years (the first and last year at the ends). */
function Ticks({ extent }: { extent: TimeRange }) {
  const first = yearOf(extent.from);
  const lastYear = yearOf(extent.to);
  const span = offsetOf(extent, extent.to) || 1;
  const years: number[] = [];
  // Decades, leaving out those too close to the end labels to be read beside them.
  const room = Math.max(3, (lastYear - first) * 0.08);
  for (let y = Math.ceil(first / 10) * 10; y <= lastYear; y += 10) if (y - first >= room && lastYear - y >= room) years.push(y);
  const at = (y: number) => `${(offsetOf(extent, `${String(y).padStart(4, '0')}-01` as YearMonth) / span) * 100}%`;
  return (
    <div className="timeline-ticks" aria-hidden="true">
      <span style={{ left: '0%' }}>{first}</span>
      {years.map((y) => (
        <span key={y} style={{ left: at(y) }}>
          {y}
        </span>
      ))}
      <span style={{ left: '100%' }}>{lastYear}</span>
    </div>
  );
}
