'use client';
import { useState } from 'react';
import { postEdit } from '@/lib/client/edit-api';

/** Marks a draft reviewed (by a second editor; the server refuses the author). */
export default function ReviewButton({ featureId, baseVersion }: { featureId: string; baseVersion: string }) {
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <>
      <button
        type="button"
        data-testid="review"
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          const r = await postEdit('/api/edit/review', { baseVersion, featureId });
          // A 409: the data moved on; the page shows it as it is now, and the button works again.
          if (r.ok || r.code === 'VersionConflict') window.location.reload();
          else {
            setBusy(false);
            setMessage(r.description);
          }
        }}
      >
        Mark reviewed
      </button>
      {message && <span role="alert" className="field-error">{message}</span>}
    </>
  );
}
