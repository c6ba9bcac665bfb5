import { parseAst } from 'rollup/parseAst';
import { describe, expect, it } from 'vitest';
import { minifyCssPart, minifyLitCss } from '../../../scripts/minify-lit-css.mjs';

describe('minifyCssPart', () => {
  it('drops comments, indentation and the spaces around { } ; , and after :', () => {
    const css = `
      /* tokens */
      :host {
        color: red;
        margin: 0 auto;
      }
      a,
      b { padding: 1px 2px; }
    `;
    expect(minifyCssPart(css)).toBe(':host{color:red;margin:0 auto}a,b{padding:1px 2px}');
  });

  it('keeps strings as they are, spaces, colons, braces and comment markers included', () => {
    expect(minifyCssPart(`a::before { content: ' a  ;  {b} : /* c */ '; }`)).toBe(`a::before{content:' a  ;  {b} : /* c */ '}`);
    expect(minifyCssPart(`q { quotes: "\\" x  y"  '\\' z'; }`)).toBe(`q{quotes:"\\" x  y" '\\' z'}`);
  });

  it('keeps a space before : and ( where it is a combinator or a keyword separator', () => {
    expect(minifyCssPart(`a :is(b) { x: 1 }`)).toBe('a :is(b){x:1}');
    expect(minifyCssPart(`.a .b, .c > .d { x: 1 }`)).toBe('.a .b,.c > .d{x:1}');
    expect(minifyCssPart(`:host(:focus-within) .a { x: 1 }`)).toBe(':host(:focus-within) .a{x:1}');
    expect(minifyCssPart(`@media screen and (max-width: 30rem) { a { x: 1 } }`)).toBe('@media screen and (max-width:30rem){a{x:1}}');
  });

  it('keeps the spaces calc() needs and the values of custom properties', () => {
    expect(minifyCssPart(`a { width: calc(100% - 2 * var(--gap)); }`)).toBe('a{width:calc(100% - 2 * var(--gap))}');
    expect(minifyCssPart(`a { --x: 1px   2px; inset: calc(a + b) 0; }`)).toBe('a{--x:1px 2px;inset:calc(a + b) 0}');
  });

  it('keeps CSS escapes, an escaped semicolon included', () => {
    expect(minifyCssPart(`.a\\;b { content: '\\2022'; }`)).toBe(`.a\\;b{content:'\\2022'}`);
  });

  it('keeps one space next to an expression, where it may separate two tokens', () => {
    expect(minifyCssPart(`  .a  `, { afterExpression: true, beforeExpression: true })).toBe(' .a ');
    expect(minifyCssPart(` { x: 1; } `, { afterExpression: true, beforeExpression: true })).toBe('{x:1}');
    expect(minifyCssPart(`a {\n  color: `, { beforeExpression: true })).toBe('a{color:');
  });

  it('leaves a comment or string that runs into an expression alone', () => {
    expect(minifyCssPart(`a { x: 1; } /* ends  `, { beforeExpression: true })).toBe('a{x:1} /* ends  ');
    expect(minifyCssPart(`a { content: ' open  `, { beforeExpression: true })).toBe(`a{content:' open  `);
  });
});

describe('minifyLitCss', () => {
  const run = (code: string) => {
    const result = minifyLitCss(code, parseAst(code), 'styles.js');
    const tag = (strings: TemplateStringsArray, ...values: unknown[]) => strings.reduce((all, s, i) => all + s + (i < values.length ? String(values[i]) : ''), '');
    return { result, css: new Function('css', 'color', `return ${result?.code ?? code}`)(tag, 'blue') as string };
  };

  it('minifies css templates and keeps their expressions', () => {
    const { result, css } = run('css`\n  a {\n    color: ${color};\n    border: 1px solid ${color};\n  }\n`');
    expect(result?.code).toBe('css`a{color:${color};border:1px solid ${color}}`');
    expect(css).toBe('a{color:blue;border:1px solid blue}');
    expect(result?.map).toBeTruthy();
  });

  it('leaves other templates (html, plain strings) alone', () => {
    const code = 'html`<p>  a  </p>` + `  b  {  }`';
    expect(minifyLitCss(code, parseAst(code), 'x.js')).toBeUndefined();
  });
});
