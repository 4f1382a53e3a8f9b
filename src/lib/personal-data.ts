/**
 * Contact details in text: e-mail addresses and Swedish phone numbers. Content may carry them only as an
 * organisation's own contact details (its `contact` block), never a private person's.
 */

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;

/** Every e-mail address in the text, as written. */
export function findEmails(text: string): string[] {
  // Most texts have no at sign; the Unicode pattern is costly on long bodies, so look only when there is one.
  if (!text.includes('@')) return [];
  return [...text.matchAll(EMAIL)].map((m) => m[0]);
}

// A leading 0 or +46/0046, an area code, then digit groups split by spaces, hyphens or dashes.
const PHONE = new RegExp(
  '(?<![\\d,.:/-])(?:\\+46|0046|0)[ \\u00a0]?(?:\\(0\\))?[ \\u00a0]?\\d{1,3}' +
    '(?:[ \\u00a0\\u2010-\\u2013-]{0,3}\\d{1,4}){1,4}(?![\\d])',
  'g',
);

/** The digits of a phone number as a Swedish national number (leading 0), for comparing spellings. */
export function phoneDigits(written: string): string {
  const digits = written.replace(/\D/g, '');
  if (written.trim().startsWith('+46')) return `0${digits.slice(2).replace(/^0/, '')}`;
  if (digits.startsWith('0046')) return `0${digits.slice(4).replace(/^0/, '')}`;
  return digits;
}

/** Every Swedish phone number in the text (8 to 10 digits in national form, e.g. 013-20 60 00, 070-123 45 67). */
export function findPhoneNumbers(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(PHONE)) {
    const written = match[0].trim();
    const digits = phoneDigits(written);
    // National numbers are 8–10 digits; a first digit other than 0 after the prefix rules out years and amounts.
    if (digits.length < 8 || digits.length > 10 || digits[1] === '0') continue;
    found.push(written);
  }
  return found;
}
