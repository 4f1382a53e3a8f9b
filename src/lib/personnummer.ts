/**
 * Finds Swedish personal identity numbers (personnummer and samordningsnummer)
 * in text. Organisation numbers are not matched: their month digits are ≥ 20.
 */
const CANDIDATE = /(?<![\d-])(\d{2})?(\d{2})(\d{2})(\d{2})([-+]?)(\d{4})(?![\d])/g;

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
    const [whole, century, yy, mm, dd, separator, last4] = match as unknown as [string, string | undefined, string, string, string, string, string];
    // Twelve digits need a separator or a century of 18–20 to be read as a number at all.
    if (century && !['18', '19', '20'].includes(century)) continue;
    if (!century && separator === '') continue;
    if (!isDate(century, yy, mm, dd)) continue;
    if (luhnValid(`${yy}${mm}${dd}${last4}`)) found.push(whole);
  }
  return found;
}
