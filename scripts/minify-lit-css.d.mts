export interface PartEdges {
  afterExpression?: boolean;
  beforeExpression?: boolean;
}
export declare function minifyCssPart(text: string, edges?: PartEdges): string;
export declare function collapseHtmlPart(text: string): string;
export declare function minifyLitCss(code: string, ast: unknown, id: string): { code: string; map: unknown } | undefined;
export declare function litCssMinifier(): { name: string; transform(code: string, id: string): unknown };
