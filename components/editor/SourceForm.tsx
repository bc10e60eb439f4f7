'use client';
import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';
import { postEdit, problemsAt } from '@/lib/client/edit-api';
import type { FieldProblem } from '@/lib/edit/problems';
import { storedText } from '@/lib/edit/text';
import FieldError from './FieldError';
import ConflictNotice, { type Conflict } from './ConflictNotice';

type Precision = 'day' | 'month' | 'year';

const SOURCE_DRAFT_KEY = 'atlas-editor-new-source';

/** SHA-256 of the text as it will be stored (line breaks as LF), where the browser offers it. */
async function sha256Hex(text: string): Promise<string | null> {
  if (!globalThis.crypto?.subtle) return null;
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(storedText(text)));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The "Add a source" form: the article text exactly as pasted, and what is known of it and how. */
export default function SourceForm({ baseVersion: initialVersion }: { baseVersion: string }) {
  const [baseVersion, setBaseVersion] = useState(initialVersion);
  const [f, setF] = useState({
    text: '',
    title: '',
    titleBasis: 'printed',
    outlet: '',
    outletBasis: '',
    author: '',
    authorNote: '',
    url: '',
    precision: 'day' as Precision,
    date: '',
    basis: 'explicit',
    note: '',
    earliest: '',
    latest: '',
    vantage: '',
    terms: '',
  });
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [existing, setExisting] = useState<{ href: string; title: string } | null>(null);
  const [sha, setSha] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const router = useRouter();
  const set = (k: keyof typeof f) => (e: { target: { value: string } }) => setF((old) => ({ ...old, [k]: e.target.value }));
  const at = (field: string) => problemsAt(problems, field);

  // What was typed survives a reload (and a refused save) in this browser until the source is added.
  const [restored, setRestored] = useState(false);
  useEffect(() => {
    try {
      const saved = localStorage.getItem(SOURCE_DRAFT_KEY);
      // eslint-disable-next-line react-hooks/set-state-in-effect -- the draft this browser kept is read once, after hydration
      if (saved) setF((old) => ({ ...old, ...(JSON.parse(saved) as Partial<typeof old>) }));
    } catch {
      /* a draft that does not parse is dropped */
    }
    setRestored(true);
  }, []);
  useEffect(() => {
    if (restored) localStorage.setItem(SOURCE_DRAFT_KEY, JSON.stringify(f));
  }, [f, restored]);

  useEffect(() => {
    let live = true;
    const t = setTimeout(() => void sha256Hex(f.text).then((h) => live && setSha(f.text === '' ? null : h)), 200);
    return () => {
      live = false;
      clearTimeout(t);
    };
  }, [f.text]);

  const dateInput = f.precision === 'day' ? 'date' : f.precision === 'month' ? 'month' : 'number';
  const submit = async () => {
    setBusy(true);
    const source = {
      text: f.text,
      title: f.title.trim(),
      titleBasis: f.titleBasis,
      outlet: f.outlet.trim() === '' ? null : f.outlet.trim(),
      outletBasis: f.outletBasis.trim(),
      author: f.author.trim() === '' ? null : f.author.trim(),
      ...(f.authorNote.trim() ? { authorNote: f.authorNote.trim() } : {}),
      ...(f.url.trim() ? { url: f.url.trim() } : {}),
      published: {
        date: f.date.trim(),
        basis: f.basis,
        ...(f.basis === 'inferred' && f.earliest ? { earliest: f.earliest } : {}),
        ...(f.basis === 'inferred' && f.latest ? { latest: f.latest } : {}),
        note: f.note.trim(),
      },
      vantage: f.vantage.trim(),
      terms: f.terms.trim(),
    };
    const r = await postEdit<{ id: string; version: string }>('/api/edit/sources', { baseVersion, source });
    setBusy(false);
    if (r.ok) {
      localStorage.removeItem(SOURCE_DRAFT_KEY);
      router.push(`/edit/sources/${r.data.id}`);
      return;
    }
    setProblems(r.problems);
    setMessage(r.description);
    setExisting((r.body.existing as { href: string; title: string } | undefined) ?? null);
    if (r.code === 'VersionConflict') {
      setConflict({ description: r.description, changes: (r.body.changes as Conflict['changes']) ?? [] });
      setBaseVersion(String(r.body.version));
    }
  };

  return (
    <form
      className="editor-form"
      data-testid="source-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <label>
        Article text <span className="tag">(paste it whole; it is stored exactly as pasted, with line breaks as LF)</span>
        <textarea name="text" rows={14} value={f.text} onChange={set('text')} spellCheck={false} aria-describedby="source-sha" />
        <FieldError problems={at('text')} />
        {existing && (
          <a href={existing.href} data-testid="existing-source">
            Open “{existing.title}”
          </a>
        )}
        <span id="source-sha" className="tag" data-testid="source-sha">
          {sha ? `SHA-256 ${sha}` : 'SHA-256 shown once text is pasted'}
        </span>
      </label>
      <fieldset>
        <legend>Title</legend>
        <input name="title" aria-label="Title" value={f.title} onChange={set('title')} />
        <FieldError problems={at('title')} />
        <label className="inline">
          <input type="radio" name="titleBasis" value="printed" checked={f.titleBasis === 'printed'} onChange={set('titleBasis')} /> printed headline
        </label>
        <label className="inline">
          <input type="radio" name="titleBasis" value="editorial" checked={f.titleBasis === 'editorial'} onChange={set('titleBasis')} /> our title (none printed)
        </label>
      </fieldset>
      <fieldset>
        <legend>Outlet and author</legend>
        <label>
          Outlet <span className="tag">(empty: not named)</span>
          <input name="outlet" value={f.outlet} onChange={set('outlet')} />
        </label>
        <label>
          How the outlet is known
          <input name="outletBasis" value={f.outletBasis} onChange={set('outletBasis')} placeholder='e.g. named in the text: "told Caspian News"' />
          <FieldError problems={at('outletBasis')} />
        </label>
        <label>
          Author <span className="tag">(empty: not named)</span>
          <input name="author" value={f.author} onChange={set('author')} />
        </label>
        <label>
          Note on the author <span className="tag">(optional)</span>
          <input name="authorNote" value={f.authorNote} onChange={set('authorNote')} placeholder="e.g. named in the byline" />
        </label>
        <label>
          Address <span className="tag">(optional)</span>
          <input name="url" type="url" value={f.url} onChange={set('url')} placeholder="https://…" />
          <FieldError problems={at('url')} />
        </label>
      </fieldset>
      <fieldset>
        <legend>Published</legend>
        <label>
          Known to the
          <select name="precision" value={f.precision} onChange={(e) => setF((o) => ({ ...o, precision: e.target.value as Precision, date: '' }))}>
            <option value="day">day</option>
            <option value="month">month</option>
            <option value="year">year</option>
          </select>
        </label>
        <label>
          Date
          <input name="published" type={dateInput} value={f.date} onChange={set('date')} {...(dateInput === 'number' ? { min: 1900, max: 2100 } : {})} />
          <FieldError problems={at('published.date')} />
        </label>
        <label className="inline">
          <input type="radio" name="basis" value="explicit" checked={f.basis === 'explicit'} onChange={set('basis')} /> stated in the text
        </label>
        <label className="inline">
          <input type="radio" name="basis" value="inferred" checked={f.basis === 'inferred'} onChange={set('basis')} /> inferred
        </label>
        {f.basis === 'inferred' && (
          <div className="editor-row">
            <label>
              Not before <input name="earliest" type="date" value={f.earliest} onChange={set('earliest')} />
            </label>
            <label>
              Not after <input name="latest" type="date" value={f.latest} onChange={set('latest')} />
            </label>
          </div>
        )}
        <label>
          {f.basis === 'inferred' ? 'Inferred from what' : 'Where the text states it'}
          <input name="publishedNote" value={f.note} onChange={set('note')} placeholder={f.basis === 'inferred' ? 'e.g. the latest dated event is 27 Sep 2021' : 'e.g. explicit in the byline'} />
          <FieldError problems={at('published.note')} />
          <FieldError problems={problemsAt(problems, 'published', true)} />
        </label>
      </fieldset>
      <label>
        Vantage point <span className="tag">(a neutral note on the outlet or author)</span>
        <input name="vantage" value={f.vantage} onChange={set('vantage')} />
        <FieldError problems={at('vantage')} />
      </label>
      <label>
        Reuse terms <span className="tag">(its licence, or on what terms it is quoted)</span>
        <input name="terms" value={f.terms} onChange={set('terms')} placeholder="e.g. CC BY 4.0, or: quoted for research and review; not licensed" />
        <FieldError problems={at('terms')} />
      </label>
      {conflict && <ConflictNotice conflict={conflict} />}
      <FieldError problems={problemsAt(problems, '', true)} />
      {message && problems.length > 0 && <p className="field-error">{message}</p>}
      {message && problems.length === 0 && !conflict && <p role="alert" className="field-error">{message}</p>}
      <button type="submit" disabled={busy} data-testid="save-source">
        {busy ? 'Saving…' : 'Add the source'}
      </button>
    </form>
  );
}
