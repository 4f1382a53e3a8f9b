// Rules on single entries that the schemas cannot state: file names, real dates, personal data, party roles.
import { isRealIsoDate } from '../schemas/primitives';
import { findEmails, findPhoneNumbers, phoneDigits } from './personal-data';
import { findPersonnummer } from './personnummer';

export interface RuleProblem {
  field: string;
  found: string;
  expected: string;
  action?: string | undefined;
}

/** What a file name must be: the entry's id and its URL. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Problems with a content file's name (without folder or extension). */
export function fileNameProblems(name: string): RuleProblem[] {
  if (ID_PATTERN.test(name)) return [];
  const suggestion = name
    .toLowerCase()
    .replace(/å|ä/g, 'a')
    .replace(/ö/g, 'o')
    .replace(/é/g, 'e')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return [
    {
      field: 'id (filnamn)',
      found: `"${name}"`,
      expected: 'ett filnamn med bara små bokstäver a–z, siffror och bindestreck (filnamnet blir sidans adress)',
      action: `döp om filen, t.ex. till "${suggestion || 'namn'}"`,
    },
  ];
}

/** Walks every string in a value with its dotted path. */
export function walkStrings(value: unknown, path: string, visit: (text: string, path: string) => void): void {
  if (typeof value === 'string') visit(value, path);
  else if (Array.isArray(value)) value.forEach((item, i) => walkStrings(item, `${path}[${i}]`, visit));
  else if (value !== null && typeof value === 'object')
    for (const [key, child] of Object.entries(value)) walkStrings(child, path ? `${path}.${key}` : key, visit);
}

/** Every value written as a date (ÅÅÅÅ-MM-DD) must be a real day, quoted or not (2020-02-30 is not). */
export function impossibleDateProblems(data: unknown): RuleProblem[] {
  const problems: RuleProblem[] = [];
  walkStrings(data, '', (text, path) => {
    if (/^\d{4}-\d{2}-\d{2}$/.test(text) && !isRealIsoDate(text))
      problems.push({
        field: path,
        found: `"${text}"`,
        expected: 'ett datum som finns i kalendern, skrivet ÅÅÅÅ-MM-DD',
        action: 'rätta datumet efter källan; är dagen okänd, ange bara månad eller år där fältet tillåter det',
      });
  });
  return problems;
}

/** The e-mail addresses and phone numbers organisations publish as their own contact details. */
export interface AllowedContacts {
  emails: Set<string>;
  phones: Set<string>;
}

type Contact = { email?: string | undefined; phone?: string | undefined } | undefined;

export function allowedContacts(organisations: { data: { contact?: Contact } }[]): AllowedContacts {
  const emails = new Set<string>();
  const phones = new Set<string>();
  for (const org of organisations) {
    if (org.data.contact?.email) emails.add(org.data.contact.email.toLowerCase());
    if (org.data.contact?.phone) phones.add(phoneDigits(org.data.contact.phone));
  }
  return { emails, phones };
}

/** Personal data in one text: identity numbers always, e-mail and phone unless an organisation's own. */
export function personalDataInText(text: string, field: string, allowed: AllowedContacts): RuleProblem[] {
  const problems: RuleProblem[] = [];
  for (const pnr of findPersonnummer(text))
    problems.push({
      field,
      found: `"${pnr}"`,
      expected: 'ingen personnummer-uppgift (texten ser ut som ett personnummer eller samordningsnummer)',
      action: 'ta bort numret; personnummer publiceras aldrig',
    });
  for (const email of findEmails(text))
    if (!allowed.emails.has(email.toLowerCase()))
      problems.push({
        field,
        found: `"${email}"`,
        expected: 'ingen e-postadress utom en organisations egen (under contact i organisationens fil)',
        action: 'ta bort adressen, eller ange den som organisationens kontaktuppgift om den är det',
      });
  for (const phone of findPhoneNumbers(text))
    if (!allowed.phones.has(phoneDigits(phone)))
      problems.push({
        field,
        found: `"${phone}"`,
        expected: 'inget telefonnummer utom en organisations eget (under contact i organisationens fil)',
        action: 'ta bort numret, eller ange det som organisationens kontaktuppgift om det är det',
      });
  return problems;
}

/** Personal data anywhere in an entry's fields and body; an organisation's own `contact` block is exempt. */
export function personalDataProblems(data: unknown, body: string | undefined, allowed: AllowedContacts): RuleProblem[] {
  const problems: RuleProblem[] = [];
  walkStrings(data, '', (text, path) => {
    if (path === 'contact' || path.startsWith('contact.')) {
      for (const pnr of findPersonnummer(text)) problems.push(...personalDataInText(pnr, path, allowed));
      return;
    }
    problems.push(...personalDataInText(text, path, allowed));
  });
  if (body) problems.push(...personalDataInText(body, 'body (brödtext)', allowed));
  return problems;
}

/** Organisation kinds that can be the public party or pay municipal money. */
export const PUBLIC_KINDS = new Set(['kommun', 'region', 'nämnd', 'förvaltning', 'myndighet']);
/** Organisation kinds that can be an idea-based party. */
export const IDEA_KINDS = new Set(['idéburen organisation']);

/** A party's organisation must be of a kind that fits its role (a nämnd is not an idea-based party). */
export function roleKindProblem(
  field: string,
  role: 'public' | 'idea' | 'payer',
  organisationId: string,
  kind: string | undefined,
): RuleProblem | undefined {
  if (kind === undefined) return undefined;
  const fits = role === 'idea' ? IDEA_KINDS.has(kind) : PUBLIC_KINDS.has(kind);
  if (fits) return undefined;
  const wanted =
    role === 'idea'
      ? `en organisation av slaget ${[...IDEA_KINDS].join(', ')}`
      : `en offentlig organisation (${[...PUBLIC_KINDS].join(', ')})`;
  const roleName = role === 'idea' ? 'idéburen part' : role === 'public' ? 'offentlig part' : 'betalare (payer)';
  return {
    field,
    found: `"${organisationId}" (${kind})`,
    expected: `${wanted} som ${roleName}`,
    action: 'välj rätt organisation, eller rätta organisationens kind om den är fel',
  };
}
