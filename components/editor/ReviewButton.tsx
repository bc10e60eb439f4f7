'use client';
import { useState } from 'react';
import { postEdit } from '@/lib/client/edit-api';

/** Marks a draft reviewed (by a second editor; the server refuses the author). */
export default function ReviewButton({ featureId, baseVersion }: { featureId: string; baseVersion: string }) {
  const [message, setMessage] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        data-testid="review"
        onClick={async () => {
          const r = await postEdit('/api/edit/review', { baseVersion, featureId });
          if (r.ok) window.location.reload();
          else setMessage(r.description);
        }}
      >
        Mark reviewed
      </button>
      {message && <span role="alert" className="field-error">{message}</span>}
    </>
  );
}
