/**
 * Reading back what src/xlsx/write wrote, part by part: the zip entries in order, each part parsed as XML (saxes,
 * strict: any well-formedness error throws), and the cell links as Excel resolves them (ExcelJS only reads links
 * that have a relationship, so links inside the workbook are invisible to it).
 */
import { strFromU8, unzipSync } from 'fflate';
import { SaxesParser } from 'saxes';

export type XmlNode = { name: string; attributes: Record<string, string>; children: XmlNode[]; text: string };

/** The parts of a package, in zip order, as text. */
export function unzipParts(bytes: Uint8Array): Map<string, string> {
  return new Map(Object.entries(unzipSync(bytes)).map(([path, data]) => [path, strFromU8(data)]));
}

/** Parses XML into a tree; throws on the first error, with the part name. */
export function parseXml(xml: string, fileName = 'part'): XmlNode {
  const parser = new SaxesParser({ fileName, position: true });
  const root: XmlNode = { name: '#document', attributes: {}, children: [], text: '' };
  const stack: XmlNode[] = [root];
  parser.on('error', (error) => {
    throw error;
  });
  parser.on('opentag', (tag) => {
    const node: XmlNode = {
      name: tag.name,
      attributes: { ...(tag.attributes as Record<string, string>) },
      children: [],
      text: '',
    };
    stack[stack.length - 1].children.push(node);
    stack.push(node);
  });
  parser.on('text', (text) => {
    stack[stack.length - 1].text += text;
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.write(xml).close();
  if (root.children.length !== 1) throw new Error(`${fileName}: ${root.children.length} root elements`);
  return root.children[0];
}

/** Child elements by name. */
export function children(node: XmlNode, name: string): XmlNode[] {
  return node.children.filter((c) => c.name === name);
}

export function child(node: XmlNode, name: string): XmlNode | undefined {
  return node.children.find((c) => c.name === name);
}

/** Relationships of a part: id → target and mode. */
export function relationships(
  parts: Map<string, string>,
  relsPath: string,
): Map<string, { type: string; target: string; external: boolean }> {
  const xml = parts.get(relsPath);
  if (!xml) return new Map();
  return new Map(
    children(parseXml(xml, relsPath), 'Relationship').map((r) => [
      r.attributes.Id,
      {
        type: r.attributes.Type.replace(/^.*\//, ''),
        target: r.attributes.Target,
        external: r.attributes.TargetMode === 'External',
      },
    ]),
  );
}

/**
 * The links of sheet N (1-based) as a spec states them: "#location" inside the workbook, "target#location" or
 * "target" outside it (the target percent-decoded).
 */
export function sheetLinks(parts: Map<string, string>, n: number): Map<string, string> {
  const sheet = parseXml(parts.get(`xl/worksheets/sheet${n}.xml`)!, `sheet${n}`);
  const rels = relationships(parts, `xl/worksheets/_rels/sheet${n}.xml.rels`);
  const links = new Map<string, string>();
  for (const link of children(child(sheet, 'hyperlinks') ?? sheet, 'hyperlink')) {
    const { ref, location } = link.attributes;
    const rId = link.attributes['r:id'];
    const target = rId ? decodeURI(rels.get(rId)!.target) : '';
    links.set(ref, location === undefined ? target : `${target}#${location}`);
  }
  return links;
}

/** Element names of a node's children, in order, without repeats. */
export function childOrder(node: XmlNode): string[] {
  return node.children.map((c) => c.name).filter((name, i, all) => all[i - 1] !== name);
}

/** Whether `names` follow the order of `sequence` (each name must be in it). */
export function followsSequence(names: string[], sequence: string[]): boolean {
  const positions = names.map((n) => sequence.indexOf(n));
  return positions.every((p, i) => p >= 0 && (i === 0 || p > positions[i - 1]));
}
