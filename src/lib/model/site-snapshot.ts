// A checked site as plain data, for handing it from the process that checked it to code that renders it (the
// Astro integration writes it once, the pages read it back): everything but the message catalog, which is code
// and is made again from the site's configuration.
import { deserialize, serialize } from 'node:v8';
import { siteMessages } from './build-site.ts';
import type { Site } from './types.ts';

/** A site without its catalog: maps, lists and dates only, so the structured clone algorithm can copy it. */
export type SiteData = Omit<Site, 'messages'>;

/** The site as bytes. Shared objects stay shared: a claim in `claims` is the one in `claimBySlug`. */
export function serializeSite(site: Site): Buffer {
  return serialize(siteData(site));
}

/** The site `serializeSite` wrote, with its catalog. */
export function deserializeSite(bytes: Uint8Array): Site {
  return siteFromData(deserialize(bytes) as SiteData);
}

/** The site's data, for a larger snapshot that holds it. */
export function siteData(site: Site): SiteData {
  const data: Partial<Record<keyof Site, unknown>> = { ...site };
  delete data.messages;
  return data as SiteData;
}

/** A site from its data, with the catalog of its language. */
export function siteFromData(data: SiteData): Site {
  return { ...data, messages: siteMessages(data.config) };
}
