/**
 * Every argument of every root field, found by walking the executable schema: for each root Query and Mutation
 * field, a query with one variable per argument and a selection of its scalar fields, and the paths (through
 * input objects) where a test can put a value of its own. New fields and arguments are covered without a change.
 */
import {
  getNamedType,
  type GraphQLArgument,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLOutputType,
  type GraphQLSchema,
  isAbstractType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
} from 'graphql';

export interface ArgTarget {
  /** Argument name, then input-object field names: ['filter', 'municipalityId']. */
  path: string[];
  /** The named type at the end of the path: String, ID, Int, an enum … */
  leaf: string;
  inList: boolean;
}

export interface FieldCase {
  operation: 'query' | 'mutation';
  field: string;
  query: string;
  /** Values for the required arguments (and required input fields), from `defaults` or by type. */
  required: Record<string, unknown>;
  /** Each argument's type as SDL spells it ("ID!", "CitationFilter"), and the selection on the field. */
  argTypes: Record<string, string>;
  selection: string;
  targets: ArgTarget[];
}

type Defaults = Record<string, unknown>;

/**
 * Valid values, by argument name, for the root fields' arguments that name the same thing wherever they appear
 * (in the seed and the curated fixture); a test adds those that depend on what it loaded.
 */
export const VALID_ARGUMENTS: Readonly<Defaults> = {
  evaluationId: 'evaluation/igor',
  curatedEvaluationId: 'evaluation/bra-sluta-skjut-2023',
  fromId: 'party/SD',
  toId: 'evaluation/igor',
  abbreviation: 'SD',
  query: 'IGOR',
  rows: 'PARTY',
  columns: 'EVALUATION',
};

function selection(type: GraphQLOutputType, depth: number): string {
  const named = getNamedType(type);
  if (isLeafType(named)) return '';
  if (isAbstractType(named) || !isObjectType(named)) return '{ __typename }';
  const parts = ['__typename'];
  for (const f of Object.values(named.getFields())) {
    if (f.args.some((a) => isNonNullType(a.type))) continue;
    if (isLeafType(getNamedType(f.type))) parts.push(f.name);
    else if (depth > 1) parts.push(`${f.name} ${selection(f.type, depth - 1)}`);
  }
  return `{ ${parts.join(' ')} }`;
}

function valueFor(name: string, type: GraphQLInputType, defaults: Defaults): unknown {
  if (isNonNullType(type)) return valueFor(name, type.ofType, defaults);
  if (isListType(type)) return [valueFor(name, type.ofType, defaults)];
  if (name in defaults) return defaults[name];
  if (isInputObjectType(type)) return requiredFields(Object.values(type.getFields()), defaults);
  if (isEnumType(type)) return type.getValues()[0]?.value;
  const byScalar: Record<string, unknown> = { Int: 5, Float: 0.5, Boolean: true, String: 'x', ID: 'x' };
  return byScalar[type.name] ?? 'x';
}

function requiredFields(fields: ReadonlyArray<{ name: string; type: GraphQLInputType }>, defaults: Defaults) {
  return Object.fromEntries(fields.filter((f) => isNonNullType(f.type)).map((f) => [f.name, valueFor(f.name, f.type, defaults)]));
}

function targetsOf(name: string, type: GraphQLInputType, path: string[] = [], inList = false): ArgTarget[] {
  if (isNonNullType(type)) return targetsOf(name, type.ofType, path, inList);
  if (isListType(type)) return targetsOf(name, type.ofType, path, true);
  const here = [...path, name];
  const named: GraphQLNamedType = type;
  if (isInputObjectType(named)) return Object.values(named.getFields()).flatMap((f) => targetsOf(f.name, f.type, here, inList));
  return [{ path: here, leaf: named.name, inList }];
}

export function rootFieldCases(schema: GraphQLSchema, defaults: Defaults, depth = 3): FieldCase[] {
  const roots = [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ] as const;
  return roots.flatMap(([operation, root]) =>
    Object.values(root?.getFields() ?? {}).map((field): FieldCase => {
      const args: readonly GraphQLArgument[] = field.args;
      const declared = args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
      const passed = args.map((a) => `${a.name}: $${a.name}`).join(', ');
      const selected = selection(field.type, depth);
      const query = `${operation} Inject${args.length ? `(${declared})` : ''} { ${field.name}${args.length ? `(${passed})` : ''} ${selected} }`;
      return {
        operation,
        field: field.name,
        query,
        argTypes: Object.fromEntries(args.map((a) => [a.name, String(a.type)])),
        selection: selected,
        required: requiredFields(args, defaults),
        targets: args.flatMap((a) => targetsOf(a.name, a.type)),
      };
    }),
  );
}

/** The variables for one case with `value` placed at `target` (inside a list where the argument is one). */
export function variablesWith(c: FieldCase, target: ArgTarget, value: unknown): Record<string, unknown> {
  const variables: Record<string, unknown> = structuredClone(c.required);
  let at: Record<string, unknown> = variables;
  for (const key of target.path.slice(0, -1)) {
    // An optional input object that is not there yet (every optional one in the schema has only optional fields).
    if (typeof at[key] !== 'object' || at[key] === null) at[key] = {};
    at = at[key] as Record<string, unknown>;
  }
  const last = target.path.at(-1) as string;
  at[last] = target.inList ? [value] : value;
  return variables;
}

/**
 * One request for many values: the field once per value under an alias (a0, a1 …), the targeted argument a
 * variable of its own for each. The hostile values still reach the resolver one by one, for far fewer requests.
 */
export function aliasedRequest(c: FieldCase, target: ArgTarget, values: readonly string[]) {
  const top = target.path[0] as string;
  const names = Object.keys(c.argTypes);
  const shared = names.filter((a) => a !== top);
  const declared = [...shared.map((a) => `$${a}: ${c.argTypes[a]}`), ...values.map((_, i) => `$v${i}: ${c.argTypes[top]}`)];
  const args = (i: number) => names.map((a) => `${a}: $${a === top ? `v${i}` : a}`).join(', ');
  const query = `${c.operation} Inject(${declared.join(', ')}) { ${values.map((_, i) => `a${i}: ${c.field}(${args(i)}) ${c.selection}`).join(' ')} }`;
  const variables: Record<string, unknown> = Object.fromEntries(shared.filter((a) => a in c.required).map((a) => [a, c.required[a]]));
  values.forEach((value, i) => (variables[`v${i}`] = variablesWith(c, target, value)[top]));
  return { query, variables };
}
