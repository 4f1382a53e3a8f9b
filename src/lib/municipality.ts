import type { OrganisationData } from '../schemas/organisation';

/** A municipality or region with its official SCB code (kommunkod or länskod). */
export interface Municipality {
  id: string;
  name: string;
  code: string;
  kind: 'kommun' | 'region';
}

/**
 * The municipality or region an organisation belongs to: itself when it is one, else the first one up its
 * `partOf` chain. Undefined for organisations outside the public sector (or a chain without one).
 */
export function municipalityOf(organisations: Map<string, OrganisationData>, id: string): Municipality | undefined {
  const seen = new Set<string>();
  for (let current: string | undefined = id; current && !seen.has(current);) {
    seen.add(current);
    const org = organisations.get(current);
    if (!org) return undefined;
    if ((org.kind === 'kommun' || org.kind === 'region') && org.code)
      return { id: current, name: org.name, code: org.code, kind: org.kind };
    current = org.partOf?.id;
  }
  return undefined;
}

/** "Linköpings kommun (0580)" */
export const municipalityLabel = (m: Pick<Municipality, 'name' | 'code'>): string => `${m.name} (${m.code})`;

/** Groups items by their municipality's code, municipalities in name order. */
export function groupByMunicipality<T>(
  items: T[],
  municipality: (item: T) => Municipality,
): { municipality: Municipality; items: T[] }[] {
  const groups = new Map<string, { municipality: Municipality; items: T[] }>();
  for (const item of items) {
    const m = municipality(item);
    const group = groups.get(m.code) ?? { municipality: m, items: [] };
    group.items.push(item);
    groups.set(m.code, group);
  }
  return [...groups.values()].sort((a, b) => a.municipality.name.localeCompare(b.municipality.name, 'sv'));
}
