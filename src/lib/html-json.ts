/**
 * JSON for a `<script type="application/json">` (or JSON-LD) block inside HTML: `<`, `>` and `&` are written as
 * \u escapes, so no value can close the script element or open a comment, and U+2028/U+2029 too, so the text is also
 * valid JavaScript. `JSON.parse` reads it back unchanged.
 */
export function jsonForHtml(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** Whether a text is an absolute http: or https: address (what URL fields accept; never javascript: or data:). */
export function isHttpUrl(text: string): boolean {
  if (text !== text.trim()) return false;
  try {
    const url = new URL(text);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
  } catch {
    return false;
  }
}
