/** The field names of one object type of the executable schema, sorted: for tests that a field map knows them all. */
import { assertObjectType } from 'graphql';
import { buildSchema } from '../../src/graphql/schema.js';

export const schemaFieldNames = (typeName: string) => Object.keys(assertObjectType(buildSchema().getType(typeName)).getFields()).sort();
