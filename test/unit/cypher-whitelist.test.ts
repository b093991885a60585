/**
 * No injection by construction (issue 5, item 3): every Cypher text lives in a *.repo.ts file (or the paged-query
 * builder), and every `${…}` substitution in those files is proven by the TypeScript checker to come from a closed
 * list or from our own constant fragments — never from a runtime value. Values travel as $parameters.
 *
 * A substitution is accepted when (rules below, applied recursively):
 *  - its type is a union of literals or a number (a NodeLabel, a RelationshipType, a matrix axis, a hop count);
 *  - it is a literal, or a template/conditional/array whose parts are accepted;
 *  - it names a constant whose initializer is accepted, or indexes such a constant with a literal-typed key;
 *  - it calls a helper declared in these files (whose own templates are checked here), or maps a closed list;
 *  - it is a parameter of a helper, and every call of that helper in these files passes an accepted argument.
 * Anything else fails the test, naming the file, the line and the expression.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const walk = (dir: string): string[] =>
  readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(path.join(dir, e.name)) : e.name.endsWith('.repo.ts') ? [path.join(root, dir, e.name)] : [],
  );
const files = [...walk('src'), ...walk('test/support'), path.join(root, 'src/graph/paged-query.ts')];
/** Queries built the wrong way: checked by the same rules, which must refuse each of their substitutions. */
const fixture = path.join(root, 'test/fixtures/cypher/unsafe-queries.ts');

const program = ts.createProgram([...files, fixture], {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  strict: true,
  resolveJsonModule: true,
  skipLibCheck: true,
  noEmit: true,
});
const checker = program.getTypeChecker();
const checked = new Set([...files, fixture].map((f) => path.resolve(f)));
const inChecked = (node: ts.Node) => checked.has(path.resolve(node.getSourceFile().fileName));

function closedType(t: ts.Type): boolean {
  if (t.isUnion()) return t.types.every(closedType);
  return !!(t.flags & (ts.TypeFlags.StringLiteral | ts.TypeFlags.NumberLike | ts.TypeFlags.BooleanLike | ts.TypeFlags.Undefined | ts.TypeFlags.Null));
}

/** A list whose elements have a closed type: nodeLabels, relationshipTypes, matrixRows … */
function closedElements(list: ts.Expression): boolean {
  const element = checker.getIndexTypeOfType(checker.getTypeAtLocation(list), ts.IndexKind.Number);
  return !!element && closedType(element);
}

/** The parameter a name is, or is destructured from. */
function enclosingParameter(decl: ts.Node): ts.ParameterDeclaration | undefined {
  let n: ts.Node = decl;
  while (ts.isBindingElement(n) || ts.isObjectBindingPattern(n) || ts.isArrayBindingPattern(n)) n = n.parent;
  return ts.isParameter(n) ? n : undefined;
}

/** An imported name is the symbol it imports. */
const resolved = (symbol: ts.Symbol | undefined) => (symbol && symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol);

/** Every call in the checked files whose callee is `fn` (by symbol). */
function callsOf(fn: ts.SignatureDeclaration): ts.CallExpression[] {
  const target = fn.name ? checker.getSymbolAtLocation(fn.name) : ts.isVariableDeclaration(fn.parent) ? checker.getSymbolAtLocation(fn.parent.name) : undefined;
  const calls: ts.CallExpression[] = [];
  const visit = (n: ts.Node) => {
    if (ts.isCallExpression(n) && target && resolved(checker.getSymbolAtLocation(n.expression)) === target) calls.push(n);
    n.forEachChild(visit);
  };
  for (const f of program.getSourceFiles()) if (checked.has(path.resolve(f.fileName))) visit(f);
  return calls;
}

/** The parameter a name comes from, and the property of it for destructured ones (`{ where }: Spec`, `const { where } = parts`). */
function parameterOf(decl: ts.ParameterDeclaration | ts.BindingElement): { param: ts.ParameterDeclaration; property?: string } | undefined {
  if (ts.isParameter(decl)) return { param: decl };
  const property = (decl.propertyName ?? decl.name).getText();
  const holder = decl.parent.parent;
  if (ts.isParameter(holder)) return { param: holder, property };
  if (ts.isVariableDeclaration(holder) && holder.initializer && ts.isIdentifier(holder.initializer)) {
    const source = resolved(checker.getSymbolAtLocation(holder.initializer))?.valueDeclaration;
    if (source && ts.isParameter(source)) return { param: source, property };
  }
  return undefined;
}

function safeParameter(decl: ts.ParameterDeclaration | ts.BindingElement, seen: Set<ts.Node>): boolean {
  const found = parameterOf(decl);
  if (!found) return false;
  const { param, property } = found;
  const fn = param.parent as ts.SignatureDeclaration;
  const index = fn.parameters.indexOf(param);
  const calls = callsOf(fn);
  return (
    calls.length > 0 &&
    calls.every((call) => {
      const arg = call.arguments[index];
      if (!arg) return false;
      if (property === undefined) return safe(arg, seen);
      if (ts.isObjectLiteralExpression(arg)) {
        const prop = arg.properties.find((p) => p.name?.getText() === property);
        return !prop || (ts.isPropertyAssignment(prop) ? safe(prop.initializer, seen) : ts.isShorthandPropertyAssignment(prop) && safe(prop.name, seen));
      }
      const symbol = checker.getTypeAtLocation(arg).getProperty(property);
      return !symbol || closedType(checker.getTypeOfSymbol(symbol));
    })
  );
}

function safe(e: ts.Expression, seen = new Set<ts.Node>()): boolean {
  if (seen.has(e)) return true;
  seen.add(e);
  if (closedType(checker.getTypeAtLocation(e))) return true;
  if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) return true;
  if (ts.isTemplateExpression(e)) return e.templateSpans.every((s) => safe(s.expression, seen));
  if (ts.isParenthesizedExpression(e) || ts.isAsExpression(e) || ts.isSatisfiesExpression(e)) return safe(e.expression, seen);
  if (ts.isConditionalExpression(e)) return safe(e.whenTrue, seen) && safe(e.whenFalse, seen);
  if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.PlusToken) return safe(e.left, seen) && safe(e.right, seen);
  if (ts.isArrayLiteralExpression(e)) return e.elements.every((x) => safe(ts.isSpreadElement(x) ? x.expression : x, seen));
  if (ts.isObjectLiteralExpression(e)) return e.properties.every((p) => ts.isPropertyAssignment(p) && safe(p.initializer, seen));
  if (ts.isArrowFunction(e)) return ts.isExpression(e.body) && safe(e.body, seen);
  if (ts.isElementAccessExpression(e)) return safe(e.expression, seen) && safe(e.argumentExpression, seen);
  if (ts.isCallExpression(e)) {
    const callee = e.expression;
    // closedList.map((l) => `…${l}…`).join(' UNION '), Object.entries(FRAGMENTS), and the like
    if (ts.isPropertyAccessExpression(callee) && callee.expression.getText() === 'Object' && ['entries', 'values', 'fromEntries'].includes(callee.name.text))
      return e.arguments.every((a) => safe(a, seen));
    if (ts.isPropertyAccessExpression(callee) && ['map', 'flatMap', 'join', 'concat', 'filter'].includes(callee.name.text))
      return (closedElements(callee.expression) || safe(callee.expression, seen)) && e.arguments.every((a) => safe(a, seen));
    const decl = resolved(checker.getSymbolAtLocation(callee))?.valueDeclaration;
    // A helper of these files: its own templates are checked one by one, its parameters through its calls.
    return !!decl && inChecked(decl) && (ts.isFunctionDeclaration(decl) || (ts.isVariableDeclaration(decl) && !!decl.initializer && ts.isArrowFunction(decl.initializer)));
  }
  if (ts.isIdentifier(e)) {
    const decl = resolved(checker.getSymbolAtLocation(e))?.valueDeclaration;
    if (!decl || !inChecked(decl)) return false;
    if (ts.isVariableDeclaration(decl)) return !!decl.initializer && (ts.getCombinedNodeFlags(decl) & ts.NodeFlags.Const) !== 0 && safe(decl.initializer, seen);
    if (ts.isParameter(decl) || ts.isBindingElement(decl)) {
      // The callback of list.map(…): its parameter is an element of the list.
      const fn = enclosingParameter(decl)?.parent;
      const call = fn?.parent;
      if (fn && call && ts.isCallExpression(call) && call.arguments.includes(fn as ts.Expression) && ts.isPropertyAccessExpression(call.expression))
        return ['map', 'flatMap', 'filter'].includes(call.expression.name.text) && (closedElements(call.expression.expression) || safe(call.expression.expression, seen));
      return safeParameter(decl, seen);
    }
  }
  return false;
}

interface Substitution {
  where: string;
  text: string;
  safe: boolean;
}

function substitutions(paths: string[]): Substitution[] {
  const out: Substitution[] = [];
  for (const file of program.getSourceFiles().filter((f) => paths.includes(path.resolve(f.fileName)))) {
    const visit = (n: ts.Node) => {
      // An error message is not Cypher.
      if (ts.isNewExpression(n) && n.expression.getText() === 'Error') return;
      if (ts.isTemplateExpression(n))
        for (const span of n.templateSpans) {
          const line = file.getLineAndCharacterOfPosition(span.expression.getStart()).line + 1;
          out.push({ where: `${path.relative(root, file.fileName)}:${line}`, text: span.expression.getText(), safe: safe(span.expression) });
        }
      n.forEachChild(visit);
    };
    visit(file);
  }
  return out;
}

describe('Cypher in repo files', () => {
  it('builds every query only from closed lists and constant fragments', () => {
    const all = substitutions(files);
    console.log(`cypher-whitelist: ${all.length} substitutions in ${files.length} files, all from closed lists or constant fragments`);
    expect(files.length).toBeGreaterThan(15);
    expect(all.length).toBeGreaterThan(30);
    expect(all.filter((s) => !s.safe).map((s) => `${s.where}: \${${s.text}}`)).toEqual([]);
  });

  it('refuses runtime values spliced into a query', () => {
    const bad = substitutions([fixture]);
    expect(bad.map((s) => s.text)).toEqual(['name', 'l', 'where']);
    expect(bad.filter((s) => s.safe)).toEqual([]);
  });
});
