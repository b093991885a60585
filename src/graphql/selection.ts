/** What a resolver's field asks for, some levels down: lets a resolver fetch in one query what its children need. */
import type { FieldNode, FragmentDefinitionNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

type Fragments = Record<string, FragmentDefinitionNode>;

/**
 * The stored properties behind the selected fields of a type, given which properties each field reads (`reads`),
 * with `always` those its resolvers need whatever is asked. A field `reads` does not list (one added to the schema
 * later) means all of them: unknown means all, never too little.
 */
export function propertiesBehind<P>(reads: Readonly<Record<string, readonly P[]>>, fields: ReadonlySet<string>, always: readonly NoInfer<P>[]): Set<P> | 'all' {
  const properties = new Set<P>(always);
  for (const field of fields) {
    // own keys only: a name like `constructor` is not a field we know, whatever Object.prototype says
    if (!Object.hasOwn(reads, field)) return 'all';
    for (const p of reads[field] ?? []) properties.add(p);
  }
  return properties;
}

/** The fields of selection sets, with fragments (inline and named) opened. */
function fieldsOf(sets: Array<SelectionSetNode | undefined>, fragments: Fragments, seen = new Set<string>()): FieldNode[] {
  const fields: FieldNode[] = [];
  for (const set of sets)
    for (const s of set?.selections ?? []) {
      if (s.kind === 'Field') fields.push(s);
      else if (s.kind === 'InlineFragment') fields.push(...fieldsOf([s.selectionSet], fragments, seen));
      else if (!seen.has(s.name.value)) {
        seen.add(s.name.value);
        fields.push(...fieldsOf([fragments[s.name.value]?.selectionSet], fragments, seen));
      }
    }
  return fields;
}

/**
 * The names of the fields selected on the resolver's result (through fragments too), whatever their aliases; with
 * a `path` of field names, those selected under it (`['positions', 'motions']`: every field asked of any
 * positions' motions, however many times and under whatever aliases they are selected).
 */
export function selectedFields(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, path: readonly string[] = []): Set<string> {
  const sets = path.length === 0 ? info.fieldNodes.map((node) => node.selectionSet) : fieldNodesAt(info, path).map((f) => f.selectionSet);
  return new Set(fieldsOf(sets, info.fragments).map((f) => f.name.value));
}

/** Every selection of the field at the end of `path` below the resolver's field, whatever its alias and fragments. */
export function fieldNodesAt(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, path: readonly string[]): FieldNode[] {
  let sets = info.fieldNodes.map((node) => node.selectionSet);
  let nodes: FieldNode[] = [];
  for (const name of path) {
    nodes = fieldsOf(sets, info.fragments).filter((f) => f.name.value === name);
    sets = nodes.map((f) => f.selectionSet);
  }
  return nodes;
}
