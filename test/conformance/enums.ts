import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { packagePath, PACKAGE_ROOT } from '../../src/paths.js';
import { graphSchema, qualified, splitRef, type GraphSchema, type Member } from '../../src/simulator/metadata/index.js';
import { snapshotSchema } from './properties.js';

/**
 * The string literals that rules and model code compare Graph values with, found in the code itself by the
 * TypeScript checker (so a new comparison cannot slip past a hand-kept list), and each judged:
 *
 * - `graph-enum`: the other side is a Graph property whose type is an enum — the literal must be one of its members
 *   (compared without regard to case when the code lower-cases the value first);
 * - `graph-type`: an `@odata.type` value — the type must exist and derive from the object's declared type;
 * - `graph-string`: a Graph property typed as a plain string (listed; nothing in the metadata to check it against);
 * - `typed`: the other side is gatehouse's own union of string literals, which tsc checks;
 * - `unattributed`: none of these — a failure unless allow-listed with its reason.
 *
 * Comparison sites: `===`/`!==`/`==`/`!=`, `switch … case`, and membership (`list.includes(x)`, `set.has(x)`,
 * `graphArray.includes('x')`). The Graph side is traced through `.toLowerCase()`, `?? ''`, `.split()`, local
 * constants, destructuring, `for … of`, array callbacks, helper functions (their call sites) and the TypeScript
 * types of snapshot.types.ts. Where a value of gatehouse's own is derived from a Graph property too indirectly to
 * trace, its declaration says so with a JSDoc tag `@graph microsoft.graph.<type>.<property>` (checked to exist); a
 * tagged constant list of literals has every literal checked.
 */

export type Verdict = 'graph-enum' | 'graph-type' | 'graph-string' | 'typed' | 'unattributed';

export interface Comparison {
  file: string;
  line: number;
  literal: string;
  verdict: Verdict;
  /** The Graph property (`microsoft.graph.type.property`) and, for enums, the enum. */
  graph?: string;
  enumName?: string;
  /** graph-enum: is the literal a member? */
  ok: boolean;
  /** Case-insensitive comparison (the code lower- or upper-cases the Graph value). */
  ignoreCase: boolean;
  /** The code of the compared expression, for messages. */
  expression: string;
}

/** The code whose comparisons are judged: rules and the domain model they share. */
export function scopeFiles(): string[] {
  const dir = (d: string) =>
    readdirSync(packagePath(d))
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts') && !f.endsWith('.types.ts'))
      .map((f) => packagePath(d, f));
  return [...dir('rules'), ...dir(join('src', 'model')), ...dir(join('src', 'xtap'))].sort();
}

const OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  strict: true,
  noEmit: true,
  skipLibCheck: true,
  resolveJsonModule: true,
  types: ['node'],
};

const ARRAY_CALLBACKS = new Set(['some', 'every', 'filter', 'find', 'findindex', 'findlast', 'map', 'foreach', 'flatmap']);
const MEMBERSHIP = new Set(['includes', 'has', 'indexof']);
const CASE_FOLD = new Set(['tolowercase', 'touppercase', 'tolocalelowercase', 'tolocaleuppercase']);
const PASS_THROUGH = new Set(['trim', 'trimstart', 'trimend', 'normalize', 'replace', 'replaceall']);
/** Array methods whose result holds (transformed) elements of the array they are called on. */
const SAME_ELEMENTS = new Set(['map', 'filter', 'slice', 'concat', 'flat', 'sort', 'tosorted', 'reverse', 'toreversed']);
const LITERAL = /^[A-Za-z][\w.#-]*$/;

interface GraphRef {
  owner: string;
  member: Member;
  schema: GraphSchema;
  /** The value reached is one element of the property's collection (or one token of a split string). */
  element: boolean;
}

interface Traced {
  graph?: GraphRef;
  ignoreCase: boolean;
  /** The value is an `@odata.type` (a type name), of an object of this Graph type. */
  odataTypeOf?: { type: string; schema: GraphSchema };
  /** A `@graph` tag that names no Graph property. */
  badTag?: string;
}

/** `@graph microsoft.graph.type.property`: where a value of gatehouse's own comes from in Graph. */
function graphTag(node: ts.Node): string | undefined {
  const tags = [
    ...ts.getJSDocTags(node),
    ...(ts.isVariableDeclaration(node) && node.parent?.parent ? ts.getJSDocTags(node.parent.parent) : []),
  ];
  const tag = tags.find((t) => t.tagName.text === 'graph');
  const text = typeof tag?.comment === 'string' ? tag.comment : tag?.comment?.map((c) => c.text).join('');
  return text?.trim().split(/\s+/)[0];
}

const parsed = new Map<string, ts.SourceFile>();

export function findComparisons(overrides: ReadonlyMap<string, string> = new Map()): Comparison[] {
  const files = scopeFiles();
  const host = ts.createCompilerHost(OPTIONS);
  const read = host.readFile.bind(host);
  host.readFile = (f) => overrides.get(f) ?? read(f);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (f, lang, onError, create) => {
    if (overrides.has(f)) return ts.createSourceFile(f, overrides.get(f)!, lang);
    // Parsed files (the standard library and Node's types above all) are shared between analyses: a planted typo
    // re-parses only the file it changes.
    let sf = parsed.get(f);
    if (!sf) {
      sf = getSourceFile(f, lang, onError, create);
      if (sf) parsed.set(f, sf);
    }
    return sf;
  };
  const program = ts.createProgram(files, OPTIONS, host);
  const checker = program.getTypeChecker();
  const definitions = snapshotSchema().definitions as Record<string, Record<string, unknown>>;
  const v1 = graphSchema('v1.0');
  const beta = graphSchema('beta');
  const out: Comparison[] = [];

  /** A `@graph` tag resolved to the Graph property it names. */
  function fromTag(tag: string): GraphRef | undefined {
    // A sub-namespace type keeps its namespace: `microsoft.graph.networkaccess.crossTenantAccessSettings.x`.
    const m = /^microsoft\.graph\.((?:[a-z]\w*\.)?[A-Za-z]\w*)\.([A-Za-z]\w*)$/.exec(tag);
    if (!m) return undefined;
    for (const schema of [v1, beta]) {
      const r = walk(schema, m[1]!, [m[2]!]);
      if (r) return r;
    }
    return undefined;
  }

  /** An object whose TypeScript type is declared in snapshot.types.ts: the Graph object it is. */
  function fromSnapshotType(expr: ts.Expression): GraphRef | undefined {
    const type = checker.getNonNullableType(checker.getTypeAtLocation(expr));
    const elementType = checker.isArrayType(type) ? checker.getTypeArguments(type as ts.TypeReference)[0] : undefined;
    const decl = (elementType ?? type).getSymbol()?.declarations?.find((d) => d.getSourceFile().fileName.endsWith('snapshot.types.ts'));
    if (!decl) return undefined;
    if (ts.isInterfaceDeclaration(decl)) {
      const root = graphTypeOfInterface(decl.name.text)[0];
      if (!root) return undefined;
      const schema = v1.type(root) ? v1 : beta;
      return { owner: root, member: { name: '', type: elementType ? `Collection(${root})` : root }, schema, element: false };
    }
    if (ts.isTypeLiteralNode(decl) && ts.isPropertySignature(decl.parent)) return fromSnapshotDeclaration(decl.parent);
    return undefined;
  }

  /** The Graph type of a snapshot.types.ts interface (by its schema definition), or undefined. */
  function graphTypeOfInterface(name: string): string[] {
    const key = Object.keys(definitions).find((k) => k.toLowerCase() === name.toLowerCase());
    if (!key) return [];
    const def = definitions[key]!;
    if (typeof def['x-graph-type'] === 'string') return [(def['x-graph-type'] as string).replace(/^microsoft\.graph\./, '')];
    if (def['x-graph-type-from'] === 'objectType') return ['application', 'servicePrincipal'];
    return v1.type(key) || beta.type(key) ? [key] : [];
  }

  /** A property declared in snapshot.types.ts, as a walk from its interface through nested type literals. */
  function fromSnapshotDeclaration(decl: ts.Declaration): GraphRef | undefined {
    const path: string[] = [];
    let node: ts.Node | undefined = decl;
    while (node && !ts.isInterfaceDeclaration(node) && !ts.isTypeAliasDeclaration(node)) {
      if (ts.isPropertySignature(node) && node.name && (ts.isIdentifier(node.name) || ts.isStringLiteral(node.name)))
        path.unshift(node.name.text);
      node = node.parent;
    }
    if (!node) return undefined;
    for (const root of graphTypeOfInterface((node as ts.InterfaceDeclaration).name.text)) {
      for (const schema of [v1, beta]) {
        const r = walk(schema, root, path);
        if (r) return r;
      }
    }
    return undefined;
  }

  function walk(schema: GraphSchema, root: string, path: readonly string[]): GraphRef | undefined {
    let type = root;
    let last: GraphRef | undefined;
    for (const name of path) {
      let m = schema.member(type, name);
      if (!m && type.toLowerCase() === 'directoryobject') m = schema.derivedMember(type, name);
      if (!m || m === 'unknown') return undefined;
      last = { owner: m.declaredOn.name, member: m.member, schema, element: false };
      type = splitRef(m.member.type).element;
    }
    return last;
  }

  function strip(e: ts.Expression, t: Traced): ts.Expression {
    for (;;) {
      if (ts.isParenthesizedExpression(e) || ts.isNonNullExpression(e) || ts.isAsExpression(e) || ts.isSatisfiesExpression(e))
        e = e.expression;
      else if (
        ts.isBinaryExpression(e) &&
        (e.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken || e.operatorToken.kind === ts.SyntaxKind.BarBarToken)
      )
        e = e.left;
      else if (
        ts.isCallExpression(e) &&
        ts.isPropertyAccessExpression(e.expression) &&
        (CASE_FOLD.has(e.expression.name.text.toLowerCase()) || PASS_THROUGH.has(e.expression.name.text.toLowerCase()))
      ) {
        if (CASE_FOLD.has(e.expression.name.text.toLowerCase())) t.ignoreCase = true;
        e = e.expression.expression;
      } else if (ts.isCallExpression(e) && ts.isIdentifier(e.expression) && e.expression.text === 'String' && e.arguments[0])
        e = e.arguments[0];
      else return e;
    }
  }

  const tracing = new Set<ts.Node>();

  /** Where a value comes from in Graph's data, if it does. */
  function trace(expr: ts.Expression, t: Traced = { ignoreCase: false }): Traced {
    const e = strip(expr, t);
    if (tracing.has(e)) return t;
    tracing.add(e);
    try {
      if (ts.isPropertyAccessExpression(e) || (ts.isElementAccessExpression(e) && ts.isStringLiteralLike(e.argumentExpression))) {
        const nameNode = ts.isPropertyAccessExpression(e) ? e.name : e.argumentExpression;
        const name = ts.isPropertyAccessExpression(e) ? e.name.text : (e.argumentExpression as ts.StringLiteral).text;
        if (name === '@odata.type') {
          const base = trace(e.expression, { ignoreCase: false });
          const owner = base.graph ? splitRef(base.graph.member.type).element : undefined;
          return owner ? { ...t, odataTypeOf: { type: owner, schema: base.graph!.schema } } : t;
        }
        const sym = checker.getSymbolAtLocation(nameNode);
        // A declared property (an index signature says nothing about which property this is).
        const decl = sym?.declarations?.find((d) => ts.isPropertySignature(d) && d.getSourceFile().fileName.endsWith('snapshot.types.ts'));
        if (decl) {
          const g = fromSnapshotDeclaration(decl);
          if (g) return { ...t, graph: g };
        }
        const tagged = sym?.declarations?.map(graphTag).find(Boolean);
        if (tagged) return fromTag(tagged) ? { ...t, graph: fromTag(tagged)! } : { ...t, badTag: tagged };
        // A property of something traced to a Graph object (e.g. an object typed loosely).
        const base = trace(e.expression, { ignoreCase: false });
        if (base.graph) {
          const owner = splitRef(base.graph.member.type).element;
          const r = walk(base.graph.schema, owner, [name]) ?? walk(v1, owner, [name]) ?? walk(beta, owner, [name]);
          if (r) return { ...t, graph: r };
        }
        return t;
      }
      if (ts.isConditionalExpression(e)) {
        const a = trace(e.whenTrue, { ...t });
        return a.graph ? a : trace(e.whenFalse, { ...t });
      }
      if (
        ts.isCallExpression(e) &&
        ts.isPropertyAccessExpression(e.expression) &&
        e.expression.name.text === 'get' &&
        ts.isIdentifier(e.expression.expression)
      ) {
        // A lookup table declared `@graph …`: its values are that property's values.
        const decl = checker.getSymbolAtLocation(e.expression.expression)?.valueDeclaration;
        const tag = decl ? graphTag(decl) : undefined;
        if (tag) return fromTag(tag) ? { ...t, graph: fromTag(tag)! } : { ...t, badTag: tag };
      }
      if (ts.isElementAccessExpression(e)) {
        const base = trace(e.expression, { ignoreCase: false });
        return base.graph && splitRef(base.graph.member.type).collection ? { ...t, graph: { ...base.graph, element: true } } : t;
      }
      if (
        ts.isCallExpression(e) &&
        ts.isPropertyAccessExpression(e.expression) &&
        SAME_ELEMENTS.has(e.expression.name.text.toLowerCase())
      ) {
        // `values.map((v) => v.toLowerCase())`: still the array's values, compared without case.
        const base = trace(e.expression.expression, t);
        return e.expression.name.text === 'map' ? { ...base, ignoreCase: true } : base;
      }
      if (ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression) && e.expression.name.text === 'split') {
        const base = trace(e.expression.expression, t);
        return base.graph ? { ...base, graph: { ...base.graph, element: true } } : base;
      }
      if (
        ts.isCallExpression(e) &&
        ts.isPropertyAccessExpression(e.expression) &&
        ['find', 'findlast', 'at'].includes(e.expression.name.text.toLowerCase())
      ) {
        const base = trace(e.expression.expression, t);
        return base.graph ? { ...base, graph: { ...base.graph, element: true } } : base;
      }
      if (ts.isIdentifier(e)) {
        const sym = checker.getSymbolAtLocation(e);
        const decl = sym?.valueDeclaration ?? sym?.declarations?.[0];
        if (!decl) return t;
        const tagged = graphTag(decl);
        if (tagged) return fromTag(tagged) ? { ...t, graph: fromTag(tagged)! } : { ...t, badTag: tagged };
        if (ts.isVariableDeclaration(decl)) {
          if (decl.initializer) return trace(decl.initializer, t);
          const forOf = decl.parent?.parent;
          if (forOf && ts.isForOfStatement(forOf)) {
            const base = trace(forOf.expression, t);
            return base.graph ? { ...base, graph: { ...base.graph, element: true } } : base;
          }
          return t;
        }
        if (ts.isBindingElement(decl)) {
          const pattern = decl.parent;
          const owner = pattern.parent;
          const prop =
            (decl.propertyName && ts.isIdentifier(decl.propertyName)
              ? decl.propertyName.text
              : ts.isIdentifier(decl.name)
                ? decl.name.text
                : undefined) ?? '';
          if (ts.isObjectBindingPattern(pattern) && ts.isVariableDeclaration(owner) && owner.initializer) {
            const base = trace(owner.initializer, { ignoreCase: false });
            if (base.graph) {
              const r = walk(base.graph.schema, splitRef(base.graph.member.type).element, [prop]);
              if (r) return { ...t, graph: r };
            }
          }
          return t;
        }
        if (ts.isParameter(decl)) {
          const p = traceParameter(decl, t);
          if (p.graph) return p;
          const typed = fromSnapshotType(e);
          return typed ? { ...t, graph: typed } : p;
        }
        return t;
      }
      const typed = fromSnapshotType(e);
      return typed ? { ...t, graph: typed } : t;
    } finally {
      tracing.delete(e);
    }
  }

  /** A callback's parameter is an element of the array it iterates; a helper's parameter is what its callers pass. */
  function traceParameter(param: ts.ParameterDeclaration, t: Traced): Traced {
    const fn = param.parent;
    const index = fn.parameters.indexOf(param);
    const call = fn.parent;
    if (
      (ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) &&
      call &&
      ts.isCallExpression(call) &&
      call.arguments.includes(fn as ts.Expression)
    ) {
      if (ts.isPropertyAccessExpression(call.expression) && ARRAY_CALLBACKS.has(call.expression.name.text.toLowerCase()) && index === 0) {
        const base = trace(call.expression.expression, t);
        return base.graph ? { ...base, graph: { ...base.graph, element: true } } : base;
      }
      return t;
    }
    // A named helper (function declaration or const arrow): what do its call sites pass?
    const nameNode = ts.isFunctionDeclaration(fn)
      ? fn.name
      : (ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) && ts.isVariableDeclaration(fn.parent) && ts.isIdentifier(fn.parent.name)
        ? fn.parent.name
        : undefined;
    if (!nameNode) return t;
    const fnSymbol = checker.getSymbolAtLocation(nameNode);
    for (const sf of program.getSourceFiles()) {
      if (sf.isDeclarationFile || !sf.fileName.startsWith(PACKAGE_ROOT) || sf.fileName.includes('node_modules')) continue;
      let found: Traced | undefined;
      const visit = (n: ts.Node) => {
        if (found) return;
        if (ts.isCallExpression(n) && n.arguments[index] && checker.getSymbolAtLocation(n.expression) === fnSymbol) {
          const r = trace(n.arguments[index]!, { ...t });
          if (r.graph) found = r;
        }
        n.forEachChild(visit);
      };
      visit(sf);
      if (found) return found;
      // Passed by reference to an array method: `values.some(isMfa)`.
      const byRef = (n: ts.Node) => {
        if (found) return;
        if (
          ts.isCallExpression(n) &&
          ts.isPropertyAccessExpression(n.expression) &&
          ARRAY_CALLBACKS.has(n.expression.name.text.toLowerCase()) &&
          index === 0 &&
          n.arguments.some((a) => ts.isIdentifier(a) && checker.getSymbolAtLocation(a) === fnSymbol)
        ) {
          const base = trace(n.expression.expression, { ...t });
          if (base.graph) found = { ...base, graph: { ...base.graph, element: true } };
        }
        n.forEachChild(byRef);
      };
      byRef(sf);
      if (found) return found;
    }
    return t;
  }

  /** The string literals an expression denotes: a literal, an array or Set of literals, or a const holding one. */
  function literalsOf(expr: ts.Expression): ts.StringLiteralLike[] | undefined {
    const e = strip(expr, { ignoreCase: false });
    if (ts.isStringLiteralLike(e)) return [e];
    if (ts.isArrayLiteralExpression(e)) {
      const items = e.elements.map((x) => strip(x, { ignoreCase: false }));
      return items.every((x) => ts.isStringLiteralLike(x)) ? (items as ts.StringLiteralLike[]) : undefined;
    }
    if (ts.isNewExpression(e) && ts.isIdentifier(e.expression) && e.expression.text === 'Set' && e.arguments?.[0])
      return literalsOf(e.arguments[0]);
    // `new Map([['lower', 'Canonical'], …])`: the values are what the code compares and returns.
    if (
      ts.isNewExpression(e) &&
      ts.isIdentifier(e.expression) &&
      e.expression.text === 'Map' &&
      e.arguments?.[0] &&
      ts.isArrayLiteralExpression(e.arguments[0])
    ) {
      const values = e.arguments[0].elements.map((pair) => (ts.isArrayLiteralExpression(pair) ? pair.elements[1] : undefined));
      return values.every((v) => v && ts.isStringLiteralLike(v)) ? (values as ts.StringLiteralLike[]) : undefined;
    }
    if (ts.isIdentifier(e)) {
      const decl = checker.getSymbolAtLocation(e)?.valueDeclaration;
      if (decl && ts.isVariableDeclaration(decl) && decl.initializer) return literalsOf(decl.initializer);
    }
    return undefined;
  }

  /** The literals of gatehouse's own type: a union of string literals (e.g. a rule option's allowed values). */
  function typedLiterals(expr: ts.Expression): string[] | undefined {
    let type = checker.getTypeAtLocation(strip(expr, { ignoreCase: false }));
    if (checker.isArrayType(type)) type = checker.getTypeArguments(type as ts.TypeReference)[0] ?? type;
    const parts = type.isUnion() ? type.types : [type];
    const lits = parts.filter((p) => !(p.flags & (ts.TypeFlags.Null | ts.TypeFlags.Undefined | ts.TypeFlags.BooleanLiteral)));
    return lits.length && lits.every((p) => p.isStringLiteral()) ? lits.map((p) => (p as ts.StringLiteralType).value) : undefined;
  }

  /** A string literal, or a constant holding one (`case BASIC:`). */
  function asLiteral(e: ts.Expression): ts.StringLiteralLike | undefined {
    const x = strip(e, { ignoreCase: false });
    if (ts.isStringLiteralLike(x)) return x;
    if (ts.isIdentifier(x)) {
      const decl = checker.getSymbolAtLocation(x)?.valueDeclaration;
      if (
        decl &&
        ts.isVariableDeclaration(decl) &&
        decl.initializer &&
        ts.isStringLiteralLike(decl.initializer) &&
        ts.getCombinedNodeFlags(decl) & ts.NodeFlags.Const
      )
        return decl.initializer;
    }
    return undefined;
  }

  function record(sf: ts.SourceFile, lit: { text: string; node: ts.Node }, other: ts.Expression): void {
    if (!LITERAL.test(lit.text)) return;
    if (/^#?microsoft\.graph\./i.test(lit.text)) {
      // A Graph type name (an @odata.type value): Microsoft's metadata must have the type.
      const name = lit.text.replace(/^#?microsoft\.graph\./i, '').toLowerCase();
      const found = [v1, beta].some((sch) => [...sch.types.values()].some((x) => x.name.toLowerCase() === name));
      const line = sf.getLineAndCharacterOfPosition(lit.node.getStart(sf)).line + 1;
      out.push({
        file: relative(PACKAGE_ROOT, sf.fileName),
        line,
        literal: lit.text,
        ignoreCase: true,
        expression: other.getText(sf).slice(0, 120),
        verdict: 'graph-type',
        graph: 'a Graph type name',
        ok: found,
      });
      return;
    }
    const t = trace(other);
    const line = sf.getLineAndCharacterOfPosition(lit.node.getStart(sf)).line + 1;
    const base = {
      file: relative(PACKAGE_ROOT, sf.fileName),
      line,
      literal: lit.text,
      ignoreCase: t.ignoreCase,
      expression: other.getText(sf).slice(0, 120),
    };
    if (t.badTag) {
      out.push({ ...base, verdict: 'unattributed', ok: false, graph: `@graph ${t.badTag} names no Graph property` });
      return;
    }
    if (t.odataTypeOf) {
      // An @odata.type literal: a type Microsoft's metadata has, deriving from the object's declared type.
      const name = lit.text.replace(/^#?microsoft\.graph\./i, '');
      const { schema, type } = t.odataTypeOf;
      const found = [...schema.types.values()].find((x) => x.name.toLowerCase() === name.toLowerCase());
      out.push({ ...base, verdict: 'graph-type', graph: `@odata.type of ${qualified(type)}`, ok: !!found && schema.isA(found.name, type) });
      return;
    }
    if (t.graph) {
      const enumName = splitRef(t.graph.member.type).element;
      const e = t.graph.schema.enum(enumName) ?? v1.enum(enumName) ?? beta.enum(enumName);
      const graph = `${qualified(t.graph.owner)}.${t.graph.member.name}`;
      if (e) {
        const ok = e.members.some((m) => (t.ignoreCase ? m.toLowerCase() === lit.text.toLowerCase() : m === lit.text));
        out.push({ ...base, verdict: 'graph-enum', graph, enumName: qualified(e.name), ok });
        return;
      }
      if (enumName.startsWith('Edm.')) {
        out.push({ ...base, verdict: 'graph-string', graph, ok: true });
        return;
      }
    }
    if (typedLiterals(other)) out.push({ ...base, verdict: 'typed', ok: true });
    else out.push({ ...base, verdict: 'unattributed', ok: false });
  }

  for (const file of files) {
    const sf = program.getSourceFile(file);
    if (!sf) continue;
    const visit = (n: ts.Node) => {
      if (ts.isVariableDeclaration(n) && n.initializer && graphTag(n)) {
        const tag = graphTag(n)!;
        const ref = fromTag(tag);
        for (const l of literalsOf(n.initializer) ?? []) {
          if (!LITERAL.test(l.text)) continue;
          const line = sf.getLineAndCharacterOfPosition(l.getStart(sf)).line + 1;
          const base = {
            file: relative(PACKAGE_ROOT, sf.fileName),
            line,
            literal: l.text,
            ignoreCase: false,
            expression: `${n.name.getText(sf)} (@graph ${tag})`,
          };
          const e = ref ? (ref.schema.enum(splitRef(ref.member.type).element) ?? v1.enum(splitRef(ref.member.type).element)) : undefined;
          if (!ref) out.push({ ...base, verdict: 'unattributed', ok: false, graph: `@graph ${tag} names no Graph property` });
          else if (e)
            out.push({
              ...base,
              ignoreCase: true,
              verdict: 'graph-enum',
              graph: tag,
              enumName: qualified(e.name),
              ok: e.members.some((m) => m.toLowerCase() === l.text.toLowerCase()),
            });
          else out.push({ ...base, verdict: 'graph-string', graph: tag, ok: true });
        }
      }
      if (
        ts.isBinaryExpression(n) &&
        [
          ts.SyntaxKind.EqualsEqualsEqualsToken,
          ts.SyntaxKind.ExclamationEqualsEqualsToken,
          ts.SyntaxKind.EqualsEqualsToken,
          ts.SyntaxKind.ExclamationEqualsToken,
        ].includes(n.operatorToken.kind)
      ) {
        const right = asLiteral(n.right);
        const left = right ? undefined : asLiteral(n.left);
        const [lit, other] = right ? [right, n.left] : left ? [left, n.right] : [undefined, undefined];
        if (lit && other && !asLiteral(other) && !ts.isTypeOfExpression(strip(other, { ignoreCase: false })))
          record(
            sf,
            {
              text: lit.text,
              node:
                ts.isStringLiteralLike(strip(n.right, { ignoreCase: false })) ||
                ts.isStringLiteralLike(strip(n.left, { ignoreCase: false }))
                  ? lit
                  : n,
            },
            other,
          );
      } else if (ts.isSwitchStatement(n) && !ts.isTypeOfExpression(strip(n.expression, { ignoreCase: false }))) {
        for (const clause of n.caseBlock.clauses) {
          const lit = ts.isCaseClause(clause) ? asLiteral(clause.expression) : undefined;
          if (lit && ts.isCaseClause(clause)) record(sf, { text: lit.text, node: clause.expression }, n.expression);
        }
      } else if (
        ts.isCallExpression(n) &&
        ts.isPropertyAccessExpression(n.expression) &&
        MEMBERSHIP.has(n.expression.name.text.toLowerCase()) &&
        n.arguments[0]
      ) {
        const container = n.expression.expression;
        const arg = n.arguments[0];
        const listed = literalsOf(container);
        if (listed) for (const l of listed) record(sf, { text: l.text, node: l }, arg);
        else if (ts.isStringLiteralLike(strip(arg, { ignoreCase: false }))) {
          const l = strip(arg, { ignoreCase: false }) as ts.StringLiteralLike;
          // `graphArray.includes('x')`: the literal is compared with the array's elements.
          const t = trace(container);
          if (t.graph || !typedLiterals(container)) record(sf, { text: l.text, node: l }, container);
        } else {
          // `typedList.includes(graphValue)`: every value of gatehouse's own literal type is compared.
          const lits = typedLiterals(container);
          if (lits && trace(arg).graph) for (const text of lits) record(sf, { text, node: n }, arg);
        }
      }
      n.forEachChild(visit);
    };
    visit(sf);
  }
  return out;
}
