/**
 * Finds Swedish personal identity numbers (personnummer and samordningsnummer) in text, however they are
 * written: 811218-9876, 811218+9876, 19811218-9876, with a space, an en dash, a non-breaking hyphen or no
 * separator at all (10 or 12 digits). A candidate counts only with a valid date part and Luhn digit, so
 * organisation numbers (month digits ≥ 20, e.g. 802506-5742) and registry numbers are not matched.
 */
const SEPARATOR = '[-+\\u2010\\u2011\\u2012\\u2013\\u2014\\u2212 \\u00a0\\u202f]?';
const CANDIDATE = new RegExp(`(?<![\\d])(\\d{2})?(\\d{2})(\\d{2})(\\d{2})\\s?(${SEPARATOR})\\s?(\\d{4})(?![\\d])`, 'g');

/** Luhn check over the ten digits YYMMDDNNNC. */
export function luhnValid(tenDigits: string): boolean {
  let sum = 0;
  for (let i = 0; i < tenDigits.length; i++) {
    let digit = Number(tenDigits[i]) * (i % 2 === 0 ? 2 : 1);
    if (digit > 9) digit -= 9;
    sum += digit;
  }
  return sum % 10 === 0;
}

function isDate(century: string | undefined, yy: string, mm: string, dd: string): boolean {
  const month = Number(mm);
  let day = Number(dd);
  if (day > 60) day -= 60; // samordningsnummer add 60 to the day
  if (month < 1 || month > 12 || day < 1) return false;
  const year = century ? Number(century + yy) : 2000 + Number(yy);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth || (!century && month === 2 && day === 29);
}

/** Every personal identity number in the text, as written. */
export function findPersonnummer(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(CANDIDATE)) {
    const [whole, century, yy, mm, dd, , last4] = match as unknown as [
      string,
      string | undefined,
      string,
      string,
      string,
      string,
      string,
    ];
    // Twelve digits begin with a century of 18–20; anything else is not an identity number.
    if (century && !['18', '19', '20'].includes(century)) continue;
    if (!isDate(century, yy, mm, dd)) continue;
    if (luhnValid(`${yy}${mm}${dd}${last4}`)) found.push(whole);
  }
  return found;
}
