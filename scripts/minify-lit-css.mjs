// Minifies the CSS inside Lit `css` tagged templates at build time: esbuild and rollup leave template
// contents alone, so styles would ship with their comments and indentation. Conservative on purpose:
// strings and escapes are copied as they are, `${}` expressions are never touched, and a space is only
// dropped where CSS cannot read it (next to `{ } ; ,`, after `:`); a space before `:` or `(` stays, as in
// `a :is(b)` or `and (`, and so do spaces around `+ - * /` (calc).
import MagicString from 'magic-string';

const WHITESPACE = new Set([' ', '\t', '\n', '\r', '\f']);
/** A space after one of these is never significant. */
const NO_SPACE_AFTER = new Set(['{', '}', ';', ',', ':']);
/** A space before one of these is never significant. */
const NO_SPACE_BEFORE = new Set(['{', '}', ';', ',']);

/**
 * Minifies one static part of a `css` template (its source text, between backticks or `${}`).
 * `afterExpression` / `beforeExpression`: whether a `${}` touches its start / end, where a space may
 * separate the part from whatever the expression renders, so one is kept.
 */
export function minifyCssPart(text, { afterExpression = false, beforeExpression = false } = {}) {
  let out = '';
  let space = false;
  // Whether `out` ends with a `;` of the CSS itself (not an escaped `\;`): dropped before `}`.
  let endsWithSemicolon = false;
  const emit = (token) => {
    if (token === '}' && endsWithSemicolon) out = out.slice(0, -1);
    const hasBefore = out.length > 0 || afterExpression;
    if (space && hasBefore && !NO_SPACE_AFTER.has(out.at(-1)) && !NO_SPACE_BEFORE.has(token[0])) out += ' ';
    space = false;
    out += token;
    endsWithSemicolon = token === ';';
  };
  for (let i = 0; i < text.length; ) {
    const char = text[i];
    if (WHITESPACE.has(char)) {
      space = true;
      i++;
    } else if (text.startsWith('/*', i)) {
      const end = text.indexOf('*/', i + 2);
      // A comment that runs into an expression is left as it is: there is no telling what it hides.
      if (end < 0) return out + (space ? ' ' : '') + text.slice(i);
      space = true; // a comment separates tokens like a space
      i = end + 2;
    } else if (char === '"' || char === "'") {
      const end = stringEnd(text, i);
      if (end < 0) {
        emit(text.slice(i));
        return out;
      }
      emit(text.slice(i, end));
      i = end;
    } else if (char === '\\') {
      emit(text.slice(i, i + 2));
      i += 2;
    } else {
      emit(char);
      i++;
    }
  }
  if (space && beforeExpression && !NO_SPACE_AFTER.has(out.at(-1))) out += ' ';
  return out;
}

/** The index just past the string opened at `start`; -1 when it does not close in `text`. */
function stringEnd(text, start) {
  const quote = text[start];
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === quote) return i + 1;
  }
  return -1;
}

/**
 * Collapses the source indentation of one static part of an `html` template: a run of whitespace that
 * holds a line break becomes one space. The page renders both alike (HTML folds whitespace), except in
 * `pre`, `textarea` and `white-space: pre*` boxes, and no template writes literal text inside those.
 */
export function collapseHtmlPart(text) {
  return text.replace(/[ \t\r\f]*\n\s*/g, ' ');
}

/** Every `tag`...`` tagged template (`css` or `html`) in an ESTree AST. */
function* taggedTemplates(node, tag) {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const child of node) yield* taggedTemplates(child, tag);
    return;
  }
  if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && node.tag.name === tag) yield node.quasi;
  for (const [key, value] of Object.entries(node)) if (key !== 'type' && value && typeof value === 'object') yield* taggedTemplates(value, tag);
}

/**
 * Minifies the `css` templates of a module's JavaScript, given its ESTree AST (nodes with `start`/`end`).
 * Returns undefined when there is nothing to change.
 */
export function minifyLitCss(code, ast, id) {
  const edited = new MagicString(code);
  let changed = false;
  const templates = [
    ...[...taggedTemplates(ast, 'css')].map((quasi) => ({ quasi, minify: (source, index, count) => minifyCssPart(source, { afterExpression: index > 0, beforeExpression: index < count - 1 }) })),
    ...[...taggedTemplates(ast, 'html')].map((quasi) => ({ quasi, minify: collapseHtmlPart })),
  ];
  for (const { quasi, minify } of templates) {
    const parts = quasi.quasis;
    parts.forEach((part, index) => {
      const source = code.slice(part.start, part.end);
      // Only when the AST's offsets are those of the part's source text, as they should be.
      if (source !== part.value.raw) return;
      const minified = minify(source, index, parts.length);
      if (minified === source) return;
      if (minified) edited.overwrite(part.start, part.end, minified);
      else edited.remove(part.start, part.end);
      changed = true;
    });
  }
  return changed ? { code: edited.toString(), map: edited.generateMap({ hires: true, source: id }) } : undefined;
}

/** Rollup plugin: runs after TypeScript is compiled, on the package's own modules. */
export function litCssMinifier() {
  return {
    name: 'lit-css-minifier',
    transform(code, id) {
      if (id.includes('/node_modules/') || !(code.includes('css`') || code.includes('html`'))) return null;
      return minifyLitCss(code, this.parse(code), id) ?? null;
    },
  };
}
