'use client';
import { postEdit } from '@/lib/client/edit-api';

export default function SignOutButton() {
  return (
    <button
      type="button"
      className="link-button"
      onClick={async () => {
        await postEdit('/api/edit/sign-out', {});
        window.location.reload();
      }}
    >
      Sign out
    </button>
  );
}
