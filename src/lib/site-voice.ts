import type { SiteSettings } from '../schemas/site';

/** The site's voice: who speaks on the start page, /om/, the footer and the accessibility statement. */
export interface SiteVoice {
  scope: SiteSettings['scope'];
  /** "Linköpings kommun", or the register's keeper. */
  publisher: string;
  /** "kommunens" for a municipality's own site; empty for a register. */
  whose: string;
  /** Where the partnerships come from, e.g. "i Linköpings kommun" or "i kommuner och regioner". */
  where: string;
  /** Where the sources come from. */
  sources: string;
  contact: string;
}

/** The voice for the given settings; `name` gives an organisation's name by id. */
export function siteVoice(settings: SiteSettings, name: (id: string) => string): SiteVoice {
  if (settings.scope === 'kommun') {
    const publisher = name(settings.publisher.id);
    return {
      scope: 'kommun',
      publisher,
      whose: 'kommunens ',
      where: `i ${publisher}`,
      sources: 'allmänna handlingar i kommunens diarium',
      contact: settings.contact,
    };
  }
  return {
    scope: 'register',
    publisher: settings.publisherName,
    whose: '',
    where: 'i kommuner och regioner',
    sources:
      'allmänna handlingar från kommuner och regioner och andra publicerade källor, som nyheter och tidningsartiklar',
    contact: settings.contact,
  };
}
