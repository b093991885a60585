/** The resolve info of an operation's first root field, as graphql-js would give it: for tests of what a selection asks. */
import { type FieldNode, type FragmentDefinitionNode, type OperationDefinitionNode, parse } from 'graphql';

export function infoOf(source: string) {
  const document = parse(source);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition');
  const fragments = Object.fromEntries(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === 'FragmentDefinition').map((d) => [d.name.value, d]),
  );
  return { fieldNodes: [operation?.selectionSet.selections[0] as FieldNode], fragments };
}
