'use client';
import { useState } from 'react';
import { postEdit, problemsAt } from '@/lib/client/edit-api';
import type { AttributionType, CitationRole } from '@/lib/edit/draft';
import type { FieldProblem } from '@/lib/edit/problems';
import type { BuiltSelector } from '@/lib/edit/selector';
import ConflictNotice, { type Conflict } from './ConflictNotice';
import FieldError from './FieldError';

/** Adds the selected passage to a feature that already exists, with its role and attribution. */
export default function ExistingCitation({
  sourceId,
  selector,
  features,
  baseVersion,
  setBaseVersion,
  onClose,
}: {
  sourceId: string;
  selector: BuiltSelector;
  features: { id: string; name: string; layer: string }[];
  baseVersion: string;
  setBaseVersion: (v: string) => void;
  onClose: () => void;
}) {
  const [busy, setBusy] = useState(false);
  const [featureId, setFeatureId] = useState('');
  const [role, setRole] = useState<CitationRole>('evidence');
  const [type, setType] = useState<AttributionType | ''>('');
  const [by, setBy] = useState('');
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [saved, setSaved] = useState(false);
  if (saved) {
    return (
      <div className="editor-card" role="status" data-testid="existing-saved">
        <p>
          Added to <a href={`/?feature=${encodeURIComponent(featureId)}`}>{features.find((f) => f.id === featureId)?.name}</a>. Reload to see it
          marked.
        </p>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    );
  }
  return (
    <form
      className="editor-card editor-form"
      data-testid="existing-citation"
      onSubmit={async (e) => {
        e.preventDefault();
        const citation = {
          source: sourceId,
          role,
          exact: selector.exact,
          ...(selector.prefix ? { prefix: selector.prefix } : {}),
          ...(selector.suffix ? { suffix: selector.suffix } : {}),
          ...(type ? { attribution: { type, by: by.trim() } } : {}),
        };
        setBusy(true);
        const r = await postEdit<{ version: string }>('/api/edit/citations', { baseVersion, featureId, citation });
        setBusy(false);
        if (r.ok) {
          setBaseVersion(r.data.version);
          return setSaved(true);
        }
        setProblems(r.problems);
        setMessage(r.description);
        if (r.code === 'VersionConflict') {
          setConflict({ description: r.description, changes: (r.body.changes as Conflict['changes']) ?? [] });
          setBaseVersion(String(r.body.version));
        }
      }}
    >
      <h2>Add this passage to a feature</h2>
      <blockquote className="editor-quote">{selector.exact}</blockquote>
      <label>
        Feature
        <select value={featureId} onChange={(e) => setFeatureId(e.target.value)} required data-testid="existing-feature">
          <option value="">Choose…</option>
          {features.map((f) => (
            <option key={f.id} value={f.id}>
              {f.name} ({f.layer})
            </option>
          ))}
        </select>
        <FieldError problems={problemsAt(problems, 'featureId')} />
      </label>
      <RoleAndAttribution role={role} setRole={setRole} type={type} setType={setType} by={by} setBy={setBy} name="existing" />
      {conflict && <ConflictNotice conflict={conflict} />}
      <FieldError problems={problems.filter((p) => p.field !== 'featureId')} />
      {message && problems.length === 0 && !conflict && <p className="field-error" role="alert">{message}</p>}
      <div className="editor-row">
        <button type="submit" disabled={busy}>
          {busy ? 'Adding…' : 'Add the passage'}
        </button>
        <button type="button" className="link-button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/** What a passage does for its feature, and whose view it is. */
export function RoleAndAttribution(props: {
  role: CitationRole;
  setRole: (r: CitationRole) => void;
  type: AttributionType | '';
  setType: (t: AttributionType | '') => void;
  by: string;
  setBy: (s: string) => void;
  name: string;
}) {
  return (
    <>
      <fieldset className="editor-inline">
        <legend>Role</legend>
        <label className="inline">
          <input type="radio" name={`${props.name}-role`} value="evidence" checked={props.role === 'evidence'} onChange={() => props.setRole('evidence')} /> evidence
        </label>
        <label className="inline">
          <input type="radio" name={`${props.name}-role`} value="context" checked={props.role === 'context'} onChange={() => props.setRole('context')} /> context
          only
        </label>
      </fieldset>
      <label>
        Attribution
        <select value={props.type} onChange={(e) => props.setType(e.target.value as AttributionType | '')} data-testid={`${props.name}-attribution`}>
          <option value="">none: a fact the text reports</option>
          <option value="opinion">opinion</option>
          <option value="loaded-wording">loaded wording</option>
          <option value="claim">claim by a party</option>
        </select>
      </label>
      {props.type && (
        <label>
          Whose {props.type === 'loaded-wording' ? 'wording' : props.type}
          <input value={props.by} onChange={(e) => props.setBy(e.target.value)} placeholder="e.g. Robert Ananyan (analyst)" data-testid={`${props.name}-attribution-by`} />
        </label>
      )}
    </>
  );
}
