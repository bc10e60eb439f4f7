/**
 * What "stored exactly as pasted" means for a source text. A browser hands a textarea's line
 * breaks to script as LF, and submits them in a form as CRLF; other tools paste CR or CRLF. So the
 * one change made is that every line break (CRLF, or a lone CR) is stored as LF, as the four
 * corpus files are. Nothing else is touched: no trimming, no Unicode normalisation, no change to
 * spaces, quotes, dashes or page furniture. The SHA-256 is taken of these UTF-8 bytes.
 */

/** The text as stored: line breaks as LF, everything else as given. */
export function storedText(pasted: string): string {
  return pasted.replace(/\r\n?/g, '\n');
}

/** Why a pasted text cannot be a source, or null. */
export function textProblem(pasted: string): string | null {
  if (pasted.trim() === '') return 'paste the article text: it is empty';
  if (/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(pasted)) return 'the text holds half of a character (a lone surrogate), which UTF-8 cannot store: paste it from the original again';
  if (/\uFFFD/.test(pasted)) return 'the text holds U+FFFD replacement characters (lost characters from a wrong encoding): paste it from the original again';
  if (pasted.trim().length < 200) return 'the text is shorter than 200 characters: paste the whole article, not a passage';
  return null;
}
