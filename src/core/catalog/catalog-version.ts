import type { Catalog } from '../model';

const versions = new WeakMap<Catalog, string>();

/**
 * A stable 48-bit hash (12 hex digits) of the catalog's ids and names, in catalog order: the version a generated
 * form carries, so a form made from another catalog (an indicator renamed, added or removed) is recognised.
 * Names count as NFC, so a catalog saved by another editor keeps its version.
 * @example catalogVersion({ indicators: [{ id: 'bts', name: 'Số trạm BTS', unit: 'trạm' }] }) // "…12 hex digits…"
 */
export function catalogVersion(catalog: Catalog): string {
  let version = versions.get(catalog);
  if (version === undefined) {
    version = hash48(catalog.indicators.map((i) => `${i.id}\u0001${i.name.normalize('NFC').trim()}`).join('\u0002'));
    versions.set(catalog, version);
  }
  return version;
}

/** Two 32-bit multiplicative hashes of the UTF-16 code units, 24 bits of each. */
function hash48(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const hex = (n: number): string => ((n >>> 0) & 0xffffff).toString(16).padStart(6, '0');
  return hex(h2) + hex(h1);
}
