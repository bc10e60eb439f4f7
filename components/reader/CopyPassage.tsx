'use client';

import { useState } from 'react';
import { formatCitation, type CitedSource } from '@/lib/format/citation';
import { textFragment } from '@/lib/text/text-fragment';
import { readerPath, type PassageRange } from '@/lib/url/links';

type Copied = 'link' | 'citation' | 'failed' | null;

/**
 * "Copy link" (the passage's stable address in the reader, with a text fragment) and "Copy citation" (a formatted
 * reference with that address), each confirming what it did.
 */
export default function CopyPassage({
  sourceId,
  source,
  passage,
  quote,
}: {
  sourceId: string;
  source: CitedSource;
  passage: PassageRange & { prefix?: string; suffix?: string };
  quote: string;
}) {
  const [copied, setCopied] = useState<Copied>(null);
  // The reader's own anchor, then a text fragment, so any browser highlights the words too.
  const url = () =>
    `${window.location.origin}${readerPath(sourceId, { passage })}${textFragment({ exact: quote, prefix: passage.prefix, suffix: passage.suffix })}`;
  const copy = async (what: 'link' | 'citation') => {
    try {
      await navigator.clipboard.writeText(what === 'link' ? url() : formatCitation(source, quote, url()));
      setCopied(what);
    } catch {
      setCopied('failed');
    }
  };
  return (
    <span className="passage-copy">
      <button type="button" className="link-button" onClick={() => copy('link')}>
        Copy link
      </button>
      <button type="button" className="link-button" onClick={() => copy('citation')}>
        Copy citation
      </button>
      <span role="status" className="passage-copied">
        {copied === 'link' ? 'Link copied' : copied === 'citation' ? 'Citation copied' : copied === 'failed' ? 'Could not copy: the browser refused' : ''}
      </span>
    </span>
  );
}
