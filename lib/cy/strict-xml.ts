import { SaxesParser } from 'saxes';

/** An element read back from XML; `text` is its own text, children's excluded. */
export type XmlElement = { name: string; attributes: Record<string, string>; children: XmlElement[]; text: string };

/**
 * Test support for the XML exports: parses with saxes, a conforming XML 1.0 parser that rejects what browsers and
 * Gephi reject (an unescaped `<` or `&`, a control character, a bad attribute), and returns the element tree.
 */
export function parseXmlStrict(xml: string): XmlElement {
  const parser = new SaxesParser({ xmlns: false });
  const root: XmlElement = { name: '#document', attributes: {}, children: [], text: '' };
  const stack = [root];
  parser.on('error', (error) => {
    throw error;
  });
  parser.on('opentag', (tag) => {
    const element: XmlElement = { name: tag.name, attributes: { ...(tag.attributes as Record<string, string>) }, children: [], text: '' };
    stack.at(-1)!.children.push(element);
    stack.push(element);
  });
  parser.on('closetag', () => void stack.pop());
  parser.on('text', (text) => void (stack.at(-1)!.text += text));
  parser.write(xml).close();
  const [document] = root.children;
  if (!document) throw new Error('No root element');
  return document;
}

/** Every element named `name` under `element`, depth first. */
export function findAll(element: XmlElement, name: string): XmlElement[] {
  return element.children.flatMap((child) => [...(child.name === name ? [child] : []), ...findAll(child, name)]);
}
