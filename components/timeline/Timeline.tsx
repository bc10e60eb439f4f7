'use client';

import { useEffect, useMemo, useState, type KeyboardEvent, type ReactNode } from 'react';
import { COVERS_MAP } from '@/lib/client/use-camera';
import type { LayerId } from '@/lib/data/types';
import type { ShownSummary } from '@/lib/view';
import {
  axisSteps,
  formatMonth,
  formatRange,
  MONTH_NAMES,
  PLAY_STEP_MS,
  playNext,
  playStart,
  sameRange,
  stepCounts,
  stepOf,
  withEnd,
  yearOf,
  type AxisStep,
  type Interval,
  type TimeAxisSpec,
  type TimeRange,
  type YearMonth,
} from '@/lib/time';

interface Props {
  /** The months the data spans. */
  extent: TimeRange;
  /** The slider's steps: months through the dense years, years and folded quiet runs before. */
  axis: TimeAxisSpec;
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

/** Page Up / Page Down on a slider move twelve steps (a year where steps are months); the arrows one. */
const PAGE_STEPS = 12;

/**
 * The time control: a range of months picked by two handles or by month and year, a play button
 * that steps a one-year window through the data, and the count of features shown. Every layer is
 * filtered by it; a feature is shown when its dates overlap the range.
 */
export default function Timeline({ extent, axis, range, onChange, summary, onRetry, playable, children }: Props) {
  const steps = useMemo(() => axisSteps(extent, axis), [extent, axis]);
  const [playing, setPlaying] = useState(false);
  const last = steps.length - 1;
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
    const delta = e.key === 'PageUp' ? PAGE_STEPS : e.key === 'PageDown' ? -PAGE_STEPS : 0;
    if (!delta) return;
    e.preventDefault();
    const step = steps[Math.max(0, Math.min(last, stepOf(steps, range[end]) + delta))]!;
    set(end, step[end]);
  };

  const axisNote = useMemo(() => axisDescription(steps), [steps]);
  const from = stepOf(steps, range.from);
  const to = stepOf(steps, range.to);
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
        <Density playable={playable} steps={steps} />
        <div className="timeline-track" aria-hidden="true">
          <div className="timeline-selected" />
        </div>
        <input
          type="range"
          aria-label="Start of the time range"
          aria-valuetext={formatMonth(range.from, 'long')}
          aria-describedby="timeline-axis-note"
          min={0}
          max={last}
          step={1}
          value={from}
          // At the far end the start handle would hide under the end handle: lift it.
          className={from >= last ? 'on-top' : undefined}
          onChange={(e) => set('from', steps[Number(e.target.value)]!.from)}
          onKeyDown={onSliderKey('from')}
          data-testid="range-from"
        />
        <input
          type="range"
          aria-label="End of the time range"
          aria-valuetext={formatMonth(range.to, 'long')}
          aria-describedby="timeline-axis-note"
          min={0}
          max={last}
          step={1}
          value={to}
          onChange={(e) => set('to', steps[Number(e.target.value)]!.to)}
          onKeyDown={onSliderKey('to')}
          data-testid="range-to"
        />
        <Ticks steps={steps} />
        <p id="timeline-axis-note" className="visually-hidden">
          {axisNote}
        </p>
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

/** Bars of how many features each step of the axis holds, under the slider. */
function Density({ playable, steps }: { playable: readonly Interval[]; steps: readonly AxisStep[] }) {
  const counts = useMemo(() => stepCounts(steps, playable), [steps, playable]);
  const max = Math.max(1, ...counts);
  return (
    <svg className="timeline-density" viewBox={`0 0 ${steps.length} 1`} preserveAspectRatio="none" aria-hidden="true">
      {counts.map((c, i) => (c > 0 ? <rect key={i} x={i + 0.1} width={0.8} y={1 - c / max} height={c / max} /> : null))}
    </svg>
  );
}

/** The axis in words, for the sliders' description: where it steps by month, by year, and what it folds. */
function axisDescription(steps: readonly AxisStep[]): string {
  const firstMonth = steps.find((s) => s.unit === 'month');
  const folded = steps.filter((s) => s.unit === 'break').map((s) => `${yearOf(s.from)}–${yearOf(s.to)}`);
  if (!firstMonth || firstMonth === steps[0]) return 'The slider steps by month.';
  return (
    `The slider steps by month from ${formatMonth(firstMonth.from, 'long')} and by year before.` +
    (folded.length ? ` Years in which nothing in the data begins or ends are folded into one step each (marked by a break in the track): ${folded.join(', ')}.` : '')
  );
}

/** Least distance between two year labels, in % of the track: about five characters on a phone. */
const TICK_ROOM = 9;

/**
 * Labels along the slider: the first and last year at the ends; each folded run of quiet years as
 * a break mark across the track that says which years it stands for; and years where they fit, the first
 * month of each year in the month-by-month part first.
 */
function Ticks({ steps }: { steps: readonly AxisStep[] }) {
  const span = steps.length - 1 || 1;
  const pct = (i: number) => (i / span) * 100;
  const placed: number[] = [pct(0), 100];
  const years: { i: number; year: number }[] = [];
  const fits = (p: number) => placed.every((q) => Math.abs(q - p) >= TICK_ROOM);
  // Years that open a month-by-month year, newest first, then the year steps before them.
  const candidates = steps
    .map((s, i) => ({ s, i }))
    .filter(({ s, i }) => i > 0 && i < span && (s.unit === 'year' || (s.unit === 'month' && s.from.endsWith('-01'))))
    .sort((a, b) => (a.s.unit === b.s.unit ? b.i - a.i : a.s.unit === 'month' ? -1 : 1));
  const breaks = steps.map((s, i) => ({ s, i })).filter(({ s }) => s.unit === 'break');
  for (const b of breaks) placed.push(pct(b.i));
  for (const { s, i } of candidates) {
    if (!fits(pct(i))) continue;
    placed.push(pct(i));
    years.push({ i, year: yearOf(s.from) });
  }
  return (
    <div className="timeline-ticks" aria-hidden="true">
      <span style={{ left: '0%' }}>{yearOf(steps[0]!.from)}</span>
      {breaks.map(({ s, i }) => (
        <span
          key={`break-${i}`}
          className="timeline-break"
          style={{ left: `${pct(i)}%` }}
          title={`${yearOf(s.from)}–${yearOf(s.to)}: nothing in the data begins or ends; these years share one step`}
          data-testid="timeline-break"
        />
      ))}
      {years.map(({ i, year }) => (
        <span key={i} style={{ left: `${pct(i)}%` }}>
          {year}
        </span>
      ))}
      <span style={{ left: '100%' }}>{yearOf(steps[span]!.to)}</span>
    </div>
  );
}
