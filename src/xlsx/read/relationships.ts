import { XmlScanner } from './xml';

/** One `<Relationship>` of a .rels part; `type` is the last segment of its URI ("worksheet", "styles"...). */
export type Relationship = { id: string; type: string; target: string; external: boolean };

/**
 * Reads a .rels part. Types are compared by their last segment so that transitional
 * (schemas.openxmlformats.org) and strict (purl.oclc.org) URIs read alike.
 */
export function parseRelationships(xml: string, part: string): Relationship[] {
  const x = new XmlScanner(xml, part);
  const rels: Relationship[] = [];
  while (x.nextOpen()) {
    if (!x.is('Relationship')) continue;
    const type = x.attr('Type') ?? '';
    rels.push({
      id: x.attr('Id') ?? '',
      type: type.slice(type.lastIndexOf('/') + 1),
      target: x.attr('Target') ?? '',
      external: x.attr('TargetMode') === 'External',
    });
  }
  return rels;
}

/** "xl/workbook.xml" → "xl/_rels/workbook.xml.rels"; "" (the package) → "_rels/.rels". */
export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/**
 * The part a relationship points to: targets are relative to the source part's folder ("worksheets/sheet1.xml"
 * from xl/workbook.xml), or absolute from the package root ("/xl/worksheets/sheet1.xml").
 * @example resolveTarget('xl/workbook.xml', '../customXml/item1.xml') // 'customXml/item1.xml'
 */
export function resolveTarget(sourcePart: string, target: string): string {
  const trimmed = target.trim();
  const base = trimmed.startsWith('/') ? [] : sourcePart.split('/').slice(0, -1);
  for (const segment of trimmed.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') base.pop();
    else base.push(segment);
  }
  return base.join('/');
}

/** A part name as written in a URI may be percent-encoded ("sheet%201.xml"). */
export function unescapePartName(name: string): string {
  if (name.indexOf('%') < 0) return name;
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

/** The first relationship of a type, e.g. the workbook's "styles" part. */
export function relationshipOfType(rels: Relationship[], type: string): Relationship | undefined {
  return rels.find((r) => r.type === type && !r.external);
}
