'use client';
import { useEffect, useMemo, useRef, useState, type Dispatch, type ReactNode, type SetStateAction } from 'react';
import type { Geometry } from 'geojson';
import { postEdit, problemsAt } from '@/lib/client/edit-api';
import { authoredFeature, type Draft, type DraftCitation } from '@/lib/edit/draft';
import { suggestPlaces, type GazetteerEntry } from '@/lib/edit/place-suggest';
import type { FieldProblem } from '@/lib/edit/problems';
import { LANGUAGE_NAMES, NAME_LANGUAGES } from '@/lib/data/languages';
import { selectorNear } from '@/lib/edit/selector';
import ConflictNotice, { type Conflict } from './ConflictNotice';
import { RoleAndAttribution } from './ExistingCitation';
import FieldError from './FieldError';
import PlacePicker from './PlacePicker';
import type { EditorSource } from './SourceEditor';

export interface EditorLayer {
  id: string;
  title: string;
  kinds: string[];
  geometry: 'point' | 'line' | 'area' | 'link';
}

const STATUSES: [string, string][] = [
  ['occurred', 'occurred (it happened)'],
  ['in-force', 'in force (it existed or exists)'],
  ['planned', 'planned (announced, agreed, expected)'],
  ['proposed', 'proposed (suggested, not agreed)'],
  ['claimed', 'claimed (one party asserts it)'],
];

/** How long the form waits after the last keystroke before it asks the data check. */
const CHECK_DELAY_MS = 400;

/**
 * The feature being made: every field of the authored form, each with the data check's problems
 * next to it, checked as the editor types by the very loader `check:data` runs (POST /api/edit/check).
 */
export default function FeatureForm({
  source,
  draft,
  setDraft,
  layers,
  gazetteer,
  baseVersion,
  setBaseVersion,
  editingId,
  onSaved,
}: {
  source: EditorSource;
  draft: Draft;
  setDraft: Dispatch<SetStateAction<Draft>>;
  layers: EditorLayer[];
  gazetteer: GazetteerEntry[];
  features: { id: string; name: string; layer: string }[];
  baseVersion: string;
  setBaseVersion: (v: string) => void;
  /** The stored draft being changed; absent: a new feature. */
  editingId?: string;
  onSaved: () => void;
}) {
  const [problems, setProblems] = useState<FieldProblem[] | null>(null);
  /** The draft (as JSON) the shown problems belong to. */
  const [checkedFor, setCheckedFor] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [saved, setSaved] = useState<{ id: string; name: string; layer: string } | null>(null);
  const layer = layers.find((l) => l.id === draft.layer) ?? layers[0]!;
  const authored = useMemo(() => authoredFeature(draft, layer.geometry), [draft, layer.geometry]);
  const authoredJson = useMemo(() => JSON.stringify(authored), [authored]);
  const seq = useRef(0);
  const touched = draft.citations.length > 0 || draft.name !== '';
  const checking = checkedFor !== authoredJson;

  // Validation as you go: the same schema and rules as `npm run check:data`, on the draft.
  useEffect(() => {
    if (!touched) return;
    const n = ++seq.current;
    const t = setTimeout(async () => {
      const r = await postEdit<{ problems: FieldProblem[] }>('/api/edit/check', { feature: JSON.parse(authoredJson) as unknown, ...(editingId ? { featureId: editingId } : {}) });
      if (n !== seq.current) return;
      setProblems(r.ok ? r.data.problems : r.problems.length > 0 ? r.problems : [{ field: '', message: r.description }]);
      setCheckedFor(authoredJson);
    }, CHECK_DELAY_MS);
    return () => clearTimeout(t);
  }, [authoredJson, touched, editingId]);

  const all = problems ?? [];
  const at = (field: string, exact = false) => problemsAt(all, field, exact);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const setDate = (key: keyof Draft['date'], value: string) => setDraft((d) => ({ ...d, date: { ...d.date, [key]: value } }));
  const setCitation = (i: number, patch: Partial<DraftCitation>) =>
    setDraft((d) => ({ ...d, citations: d.citations.map((c, j) => (j === i ? { ...c, ...patch } : c)) }));

  const suggestions = useMemo(
    () => suggestPlaces(draft.citations.map((c) => c.exact).join('\n'), gazetteer),
    [draft.citations, gazetteer],
  );

  const save = async () => {
    setSaving(true);
    const r = await postEdit<{ id: string; version: string }>('/api/edit/features', { baseVersion, feature: authored, ...(editingId ? { featureId: editingId } : {}) });
    setSaving(false);
    if (r.ok) {
      setSaved({ id: r.data.id, name: draft.name, layer: draft.layer });
      setBaseVersion(r.data.version);
      setConflict(null);
      setMessage(null);
      setProblems(null);
      setCheckedFor(null);
      onSaved();
      return;
    }
    setMessage(r.description);
    if (r.problems.length > 0) setProblems(r.problems);
    if (r.code === 'VersionConflict') {
      setConflict({ description: r.description, changes: (r.body.changes as Conflict['changes']) ?? [] });
      setBaseVersion(String(r.body.version));
    }
  };

  const count = all.length;
  return (
    <form
      className="editor-form"
      data-testid="feature-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h2>{editingId ? `Changing the draft ${editingId}` : 'New feature'}</h2>
      {saved && (
        <div className="editor-saved" role="status" data-testid="feature-saved">
          Saved <strong>{saved.name}</strong> as a draft ({saved.id}). <a href={`/?feature=${encodeURIComponent(saved.id)}`}>See it on the map</a> ·{' '}
          <a href={`/sources/${source.id}?feature=${encodeURIComponent(saved.id)}`}>in the reader</a>. A second editor marks it reviewed.
        </div>
      )}
      <Field label="Passages" group problems={at('citations', true)} hint="select words in the text to cite them">
        {draft.citations.length === 0 && <p className="tag" data-testid="no-citations">No passage cited yet.</p>}
        <ol className="editor-citations">
          {draft.citations.map((c, i) => (
            <CitationCard
              key={c.key}
              index={i}
              citation={c}
              text={source.text}
              problems={at(`citations.${i}`)}
              onChange={(patch) => setCitation(i, patch)}
              onRemove={() => set('citations', draft.citations.filter((_, j) => j !== i))}
            />
          ))}
        </ol>
      </Field>
      <div className="editor-row">
        <Field label="Layer" problems={at('layer')}>
          <select
            name="layer"
            value={draft.layer}
            disabled={editingId !== undefined}
            onChange={(e) => {
              const next = layers.find((l) => l.id === e.target.value)!;
              setDraft((d) => ({ ...d, layer: next.id, kind: next.kinds[0]!, geometry: next.geometry === layer.geometry ? d.geometry : null }));
            }}
          >
            {layers.map((l) => (
              <option key={l.id} value={l.id}>
                {l.title}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Kind" problems={at('kind')}>
          <select name="kind" value={draft.kind} onChange={(e) => set('kind', e.target.value)}>
            {layer.kinds.map((k) => (
              <option key={k} value={k}>
                {k.replace(/-/g, ' ')}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <Field label="Name" hint="neutral words; contested names side by side" problems={at('name')}>
        <input name="name" value={draft.name} onChange={(e) => set('name', e.target.value)} />
      </Field>
      <Field label="Other names" group hint="and who uses them" problems={at('altNames')}>
        {draft.altNames.map((a, i) => (
          <div className="editor-row" key={i}>
            <input aria-label={`Other name ${i + 1}`} value={a.name} onChange={(e) => set('altNames', draft.altNames.map((b, j) => (j === i ? { ...b, name: e.target.value } : b)))} />
            <input aria-label={`Who uses name ${i + 1}`} placeholder="e.g. Azerbaijani usage" value={a.usage} onChange={(e) => set('altNames', draft.altNames.map((b, j) => (j === i ? { ...b, usage: e.target.value } : b)))} />
            <select aria-label={`Language of name ${i + 1}`} value={a.lang ?? ''} onChange={(e) => set('altNames', draft.altNames.map((b, j) => (j === i ? { ...b, lang: e.target.value } : b)))}>
              <option value="">no language marked</option>
              {NAME_LANGUAGES.map((l) => (
                <option key={l} value={l}>
                  {LANGUAGE_NAMES[l]}
                </option>
              ))}
            </select>
            <button type="button" className="link-button" onClick={() => set('altNames', draft.altNames.filter((_, j) => j !== i))}>
              remove
            </button>
          </div>
        ))}
        <button type="button" className="link-button" onClick={() => set('altNames', [...draft.altNames, { name: '', usage: '' }])}>
          + another name
        </button>
      </Field>
      <Field label="Actors" hint="ISO codes or organisations: AZE, TUR, CSTO" problems={at('actors')}>
        <input name="actors" value={draft.actors} onChange={(e) => set('actors', e.target.value)} />
      </Field>
      {layer.geometry === 'link' && (
        <Field label="Members" hint="states, whose capitals the links join: AZE, TUR, PAK" problems={at('members')}>
          <input name="members" value={draft.members} onChange={(e) => set('members', e.target.value)} />
        </Field>
      )}
      <Field label="Status" hint="what the sources say of its reality" problems={at('status')}>
        <select name="status" value={draft.status} onChange={(e) => set('status', e.target.value)}>
          {STATUSES.map(([v, l]) => (
            <option key={v} value={v}>
              {l}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Description" hint="our neutral words; quote contested wording" problems={at('description')}>
        <textarea name="description" rows={3} value={draft.description} onChange={(e) => set('description', e.target.value)} />
      </Field>
      <fieldset>
        <legend>Date</legend>
        <div className="editor-row">
          <Field label="Start" hint="YYYY, YYYY-MM or YYYY-MM-DD" problems={at('date.start')}>
            <input name="date-start" value={draft.date.start} onChange={(e) => setDate('start', e.target.value)} placeholder="2026-10" />
          </Field>
          <Field label="End" group problems={at('date.end')}>
            <select name="date-end-mode" aria-label="End" value={draft.date.endMode} onChange={(e) => setDate('endMode', e.target.value)}>
              <option value="instant">none: an instant</option>
              <option value="open">open: no end reported</option>
              <option value="date">a date</option>
            </select>
            {draft.date.endMode === 'date' && <input name="date-end" aria-label="End date" value={draft.date.end} onChange={(e) => setDate('end', e.target.value)} />}
          </Field>
        </div>
        <Field label="How it is known" problems={at('date.basis')}>
          <select name="date-basis" value={draft.date.basis} onChange={(e) => setDate('basis', e.target.value)}>
            <option value="">Choose…</option>
            <option value="stated">stated in the text</option>
            <option value="resolved">resolved from the text&apos;s words (e.g. &quot;last month&quot;)</option>
            <option value="outside-knowledge">outside knowledge</option>
          </select>
        </Field>
        <Field label="Phrase" hint="the words of an evidence passage it comes from: select them in the text, Use as date phrase" problems={at('date.phrase')}>
          <input name="date-phrase" value={draft.date.phrase} onChange={(e) => setDate('phrase', e.target.value)} />
        </Field>
        {draft.date.basis === 'resolved' && (
          <Field label="How it was resolved" hint={`e.g. month from the text; year from the article date (${source.published})`} problems={at('date.resolution')}>
            <input name="date-resolution" value={draft.date.resolution} onChange={(e) => setDate('resolution', e.target.value)} />
          </Field>
        )}
        {draft.date.basis === 'outside-knowledge' && (
          <Field label="Which reporting, which fact" problems={at('date.outside')}>
            <input name="date-outside" value={draft.date.outside} onChange={(e) => setDate('outside', e.target.value)} />
          </Field>
        )}
        <Field label="The span means" problems={at('date.extent')}>
          <select name="date-extent" value={draft.date.extent} onChange={(e) => setDate('extent', e.target.value)}>
            <option value="dated">it began at the start</option>
            <option value="first-attested">first attested then (may be older)</option>
            <option value="within">it happened some time within start–end</option>
          </select>
        </Field>
        <FieldError problems={at('date', true)} />
      </fieldset>
      <fieldset>
        <legend>Place</legend>
        {layer.geometry !== 'link' && (
          <>
            <div data-testid="place-suggestions">
              {suggestions.length === 0 ? (
                <p className="tag">No place named in the cited passages matches a town or a feature; click or draw on the map.</p>
              ) : (
                <p className="tag">Named in the passages:</p>
              )}
              <ul className="editor-suggestions">
                {suggestions.map((s) => (
                  <li key={s.entry.id}>
                    <button
                      type="button"
                      data-testid="place-suggestion"
                      onClick={() =>
                        setDraft((d) => ({
                          ...d,
                          geometry: { type: 'Point', coordinates: s.entry.coordinates },
                          location: {
                            precision: d.location.precision || (s.entry.kind === 'town' ? 'exact' : 'approximate'),
                            note:
                              s.entry.kind === 'town'
                                ? `The passage names “${s.matched}”: the point is the centre of ${s.entry.label} (GeoNames).`
                                : `The passage names “${s.matched}”: placed at the point of the feature ${s.entry.label}.`,
                          },
                        }))
                      }
                    >
                      {s.entry.label}
                    </button>{' '}
                    <span className="tag">
                      {s.entry.kind === 'town' ? 'town' : 'feature'}
                      {s.entry.detail ? `, ${s.entry.detail}` : ''}; “{s.matched}”
                    </span>
                  </li>
                ))}
              </ul>
            </div>
            <PlacePicker geometryClass={layer.geometry} geometry={draft.geometry} onChange={(g) => set('geometry', g)} />
            <GeometryText geometry={draft.geometry} onChange={(g) => set('geometry', g)} />
            <FieldError problems={at('geometry')} />
          </>
        )}
        <div className="editor-row">
          <Field label="Precision" problems={at('location.precision')}>
            <select name="location-precision" value={draft.location.precision} onChange={(e) => setDraft((d) => ({ ...d, location: { ...d.location, precision: e.target.value } }))}>
              <option value="">Choose…</option>
              <option value="exact">exact: a site the text names</option>
              <option value="approximate">approximate: placed by judgement</option>
              <option value="region">region: only the region or country is known</option>
              <option value="symbolic">symbolic: not a place</option>
            </select>
          </Field>
        </div>
        <Field label="How the place was fixed" problems={at('location.note')}>
          <input name="location-note" value={draft.location.note} onChange={(e) => setDraft((d) => ({ ...d, location: { ...d.location, note: e.target.value } }))} />
        </Field>
        <FieldError problems={at('location', true)} />
      </fieldset>
      {conflict && <ConflictNotice conflict={conflict} />}
      <div className="editor-general" data-testid="general-problems">
        <FieldError problems={all.filter((p) => p.field === '' || !KNOWN_FIELDS.test(p.field))} />
      </div>
      <p className="editor-check" role="status" data-testid="check-status">
        {!touched ? 'Cite a passage to begin.' : checking || problems === null ? 'Checking…' : count === 0 ? 'The data check passes: ready to save.' : `${count} problem${count === 1 ? '' : 's'} to fix before saving (shown at their fields).`}
      </p>
      {message && !conflict && count === 0 && <p className="field-error" role="alert">{message}</p>}
      <button type="submit" disabled={saving || !touched} data-testid="save-feature">
        {saving ? 'Saving…' : editingId ? 'Save the changes' : 'Save as draft'}
      </button>
    </form>
  );
}

/** Fields the form shows problems at; the rest are shown for the whole draft. */
const KNOWN_FIELDS = /^(citations(\.\d+.*)?|layer|kind|name|altNames.*|actors.*|members.*|status|description|date(\..*)?|location(\..*)?|geometry)$/;

/**
 * One field with its problems. A single control is wrapped in its label; several controls (`group`)
 * share a fieldset whose legend names them.
 */
function Field({ label, hint, problems, group = false, children }: { label: string; hint?: string; problems: FieldProblem[]; group?: boolean; children: ReactNode }) {
  const caption = (
    <span className="editor-label">
      {label} {hint && <span className="tag">({hint})</span>}
    </span>
  );
  const cls = `editor-field${problems.length > 0 ? ' has-problem' : ''}`;
  if (group) {
    return (
      <fieldset className={`${cls} editor-group`}>
        <legend>{caption}</legend>
        {children}
        <FieldError problems={problems} />
      </fieldset>
    );
  }
  return (
    <div className={cls}>
      <label>
        {caption}
        {children}
      </label>
      <FieldError problems={problems} />
    </div>
  );
}

/** One cited passage: its quote (editable; the selector is recomputed), role and attribution. */
function CitationCard({
  index,
  citation: c,
  text,
  problems,
  onChange,
  onRemove,
}: {
  index: number;
  citation: DraftCitation;
  text: string;
  problems: FieldProblem[];
  onChange: (patch: Partial<DraftCitation>) => void;
  onRemove: () => void;
}) {
  const [local, setLocal] = useState<string | null>(null);
  return (
    <li className="editor-card" data-testid="draft-citation">
      <label>
        <span className="editor-label">Quote {index + 1}</span>
        <textarea
          rows={3}
          value={c.exact}
          data-testid="citation-exact"
          onChange={(e) => {
            const exact = e.target.value;
            // The selector is the code's: a quote edited by hand is anchored again (at the occurrence
            // nearest where it was selected), or reported.
            const r = selectorNear(text, exact, c.at);
            if ('problem' in r) {
              setLocal(r.problem);
              onChange({ exact, prefix: undefined, suffix: undefined });
            } else {
              setLocal(null);
              onChange({ exact: r.selector.exact, prefix: r.selector.prefix, suffix: r.selector.suffix, at: r.at });
            }
          }}
        />
      </label>
      {(c.prefix || c.suffix) && (
        <p className="tag">
          made unique by {c.prefix ? `“…${c.prefix}” before` : ''}
          {c.prefix && c.suffix ? ' and ' : ''}
          {c.suffix ? `“${c.suffix}…” after` : ''}
        </p>
      )}
      {local && <span className="field-error" role="alert">{local}</span>}
      <RoleAndAttribution
        name={`citation-${index}`}
        role={c.role}
        setRole={(role) => onChange({ role })}
        type={c.attributionType}
        setType={(attributionType) => onChange({ attributionType })}
        by={c.attributionBy}
        setBy={(attributionBy) => onChange({ attributionBy })}
      />
      <FieldError problems={problems} />
      <button type="button" className="link-button" onClick={onRemove}>
        Remove this passage
      </button>
    </li>
  );
}

/** The geometry as GeoJSON, for coordinates pasted or corrected by hand. */
function GeometryText({ geometry, onChange }: { geometry: Geometry | null; onChange: (g: Geometry | null) => void }) {
  const shown = geometry ? JSON.stringify(geometry) : '';
  // What was typed, kept while it still stands for the draft's geometry (drawing replaces it).
  const [typed, setTyped] = useState<{ for: string; text: string } | null>(null);
  const text = typed && typed.for === shown ? typed.text : shown;
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <details className="editor-geojson">
      <summary>Coordinates as GeoJSON</summary>
      <textarea
        rows={3}
        aria-label="Geometry as GeoJSON"
        data-testid="geometry-json"
        value={text}
        onChange={(e) => {
          const value = e.target.value;
          if (value.trim() === '') {
            setTyped({ for: '', text: value });
            setProblem(null);
            return onChange(null);
          }
          try {
            const g = JSON.parse(value) as Geometry;
            setTyped({ for: JSON.stringify(g), text: value });
            setProblem(null);
            onChange(g);
          } catch {
            setTyped({ for: shown, text: value });
            setProblem('not JSON yet');
          }
        }}
      />
      {problem && <span className="tag">{problem}</span>}
    </details>
  );
}
