/** What a resolver's field asks for, one level down: lets a resolver fetch in one query what its children need. */
import type { FieldNode, FragmentDefinitionNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

function collect(set: SelectionSetNode | undefined, fragments: Record<string, FragmentDefinitionNode>, into: Set<string>, seen: Set<string>): void {
  for (const s of set?.selections ?? []) {
    if (s.kind === 'Field') into.add(s.name.value);
    else if (s.kind === 'InlineFragment') collect(s.selectionSet, fragments, into, seen);
    else if (!seen.has(s.name.value)) {
      seen.add(s.name.value);
      collect(fragments[s.name.value]?.selectionSet, fragments, into, seen);
    }
  }
}

/** The names of the fields selected on the resolver's result (through fragments too), whatever their aliases. */
export function selectedFields(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>): Set<string> {
  const names = new Set<string>();
  for (const node of info.fieldNodes as readonly FieldNode[]) collect(node.selectionSet, info.fragments, names, new Set());
  return names;
}
