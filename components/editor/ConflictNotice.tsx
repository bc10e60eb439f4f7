import type { Change } from '@/lib/edit/store';

export interface Conflict {
  description: string;
  changes: Pick<Change, 'at' | 'by' | 'summary'>[];
}

/** A 409: what others saved since this page was opened; the form keeps what was typed. */
export default function ConflictNotice({ conflict }: { conflict: Conflict }) {
  return (
    <div className="editor-conflict" role="alert" data-testid="conflict">
      <p>{conflict.description}</p>
      {conflict.changes.length > 0 && (
        <ul>
          {conflict.changes.map((c) => (
            <li key={`${c.at}-${c.summary}`}>
              {c.by}, {c.at.replace('T', ' ').slice(0, 16)} UTC: {c.summary}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
