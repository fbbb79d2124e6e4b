// The YAML library double-quotes strings with C0, DEL or C1 controls but writes DEL, C1 and the
// bidi overrides raw inside them (and leaves bidi-only strings plain). Such strings are forced into
// double quotes here, where YAML's own \x and \u escapes then stand for those characters.
const NEEDS_ESCAPE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;
const RAW_AFTER_STRINGIFY = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** YAML text of plain data, with every control or bidi character as an escape in a double-quoted scalar. */
export async function yamlText(value: unknown): Promise<string> {
  const { Document, Scalar, visit } = await import('yaml');
  const doc = new Document(value);
  visit(doc, {
    Scalar(_, node) {
      if (typeof node.value === 'string' && NEEDS_ESCAPE.test(node.value)) node.type = Scalar.QUOTE_DOUBLE;
    },
  });
  return doc.toString().replace(RAW_AFTER_STRINGIFY, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
