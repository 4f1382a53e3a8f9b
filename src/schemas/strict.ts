// Strict content schemas with Swedish messages, made from the plain schemas in one place, so the schema
// files stay as they are and every object added later is strict too.
import { z } from 'astro/zod';
import { nearest } from '../lib/nearest';

type Def = Record<string, unknown> & { type: string; error?: unknown };
type Schema = z.core.$ZodType & { clone(def?: unknown): Schema };

const KIND: Record<string, string> = {
  string: 'en text',
  number: 'ett tal',
  int: 'ett heltal',
  boolean: 'true eller false',
  array: 'en lista (rader som börjar med "- ")',
  object: 'en grupp av fält (indragna rader "nyckel: värde")',
  date: 'ett datum',
};

/** How a value found in the content reads in a message. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'saknas';
  if (value === null) return 'tomt värde (null)';
  if (Array.isArray(value)) return `en lista med ${value.length} ${value.length === 1 ? 'rad' : 'rader'}`;
  if (value instanceof Date)
    return `datumet ${Number.isNaN(value.getTime()) ? 'ogiltigt' : value.toISOString().slice(0, 10)}`;
  if (typeof value === 'object') return `en grupp med fälten ${Object.keys(value).join(', ') || '(inga)'}`;
  if (typeof value === 'string') return `"${value.length > 80 ? `${value.slice(0, 77)}…` : value}"`;
  return String(value);
}

const values = (list: readonly unknown[]) => list.map((v) => (typeof v === 'string' ? `"${v}"` : String(v))).join(', ');

/** The keys an object schema knows, for suggesting the nearest one. */
function shapeKeys(inst: unknown): string[] {
  const def = (inst as { _zod?: { def?: { shape?: Record<string, unknown> } } })?._zod?.def;
  return def?.shape ? Object.keys(def.shape) : [];
}

/**
 * Swedish message for a schema issue, phrased as what is expected (the checker puts the found value before
 * it). Messages the schemas set themselves win over these.
 */
export function swedishMessage(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) return `${KIND[issue.expected] ?? issue.expected}: fältet saknas, lägg till det`;
      if (issue.input === null) return `${KIND[issue.expected] ?? issue.expected}, inte ett tomt värde`;
      return KIND[issue.expected] ?? issue.expected;
    }
    case 'unrecognized_keys': {
      const known = shapeKeys(issue.inst);
      const guesses = issue.keys.map((key) => [key, nearest(key, known)] as const);
      if (guesses.every(([, guess]) => guess))
        return guesses.map(([key, guess]) => `"${guess}" i stället för "${key}" (menade du "${guess}"?)`).join('; ');
      return `bara fält som finns här: ${known.join(', ')}`;
    }
    case 'invalid_value':
      return issue.values.length === 1 ? `värdet ${values(issue.values)}` : `ett av värdena ${values(issue.values)}`;
    case 'invalid_union':
      return 'ett värde av något av de tillåtna slagen';
    case 'too_small': {
      const n = Number(issue.minimum);
      if (issue.origin === 'string') return n <= 1 ? 'en text som inte är tom' : `en text på minst ${n} tecken`;
      if (issue.origin === 'array') return n <= 1 ? 'en lista med minst en rad' : `en lista med minst ${n} rader`;
      if (issue.origin === 'number' || issue.origin === 'int')
        return issue.inclusive ? `ett tal som är minst ${n}` : `ett tal som är större än ${n}`;
      return undefined;
    }
    case 'too_big': {
      const n = Number(issue.maximum);
      if (issue.origin === 'string') return `en text på högst ${n} tecken`;
      if (issue.origin === 'array') return `en lista med högst ${n} rader`;
      if (issue.origin === 'number' || issue.origin === 'int')
        return issue.inclusive ? `ett tal som är högst ${n}` : `ett tal som är mindre än ${n}`;
      return undefined;
    }
    case 'invalid_format':
      if (issue.format === 'url') return 'en webbadress som börjar med https:// eller http://';
      if (issue.format === 'regex')
        return `en text på formen ${String((issue as { pattern?: unknown }).pattern ?? '')}`;
      return `en text i formatet ${issue.format}`;
    case 'not_multiple_of':
      return `en multipel av ${String(issue.divisor)}`;
    default:
      return undefined;
  }
}

const strictCache = new WeakMap<object, Schema>();

/**
 * A copy of `schema` in which every object rejects keys it does not know and every node without a message of
 * its own speaks Swedish. Refinements, defaults and transforms are kept.
 */
export function strictSchema<T extends z.core.$ZodType>(schema: T): T {
  return strictNode(schema as unknown as Schema) as unknown as T;
}

function strictNode(schema: Schema): Schema {
  const cached = strictCache.get(schema);
  if (cached) return cached;
  const def = { ...(schema._zod.def as unknown as Def) };
  def.error ??= swedishMessage;
  const inner = (key: string) => {
    if (def[key]) def[key] = strictNode(def[key] as Schema);
  };
  switch (def.type) {
    case 'object': {
      const shape = def.shape as Record<string, Schema>;
      def.shape = Object.fromEntries(Object.entries(shape).map(([key, child]) => [key, strictNode(child)]));
      def.catchall = def.catchall ? strictNode(def.catchall as Schema) : z.never();
      break;
    }
    case 'array':
      inner('element');
      break;
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'nonoptional':
    case 'readonly':
    case 'catch':
      inner('innerType');
      break;
    case 'pipe':
      inner('in');
      inner('out');
      break;
    case 'union':
      def.options = (def.options as Schema[]).map(strictNode);
      break;
    case 'intersection':
      inner('left');
      inner('right');
      break;
    case 'record':
      inner('valueType');
      break;
    case 'tuple':
      def.items = (def.items as Schema[]).map(strictNode);
      inner('rest');
      break;
    default:
      break;
  }
  const copy = schema.clone(def);
  strictCache.set(schema, copy);
  return copy;
}
