/**
 * The obvious alternative: a @neo4j/graphql 7 server generated from typedefs.ts over the same database, on
 * the same HTTP stack as Belägg (Express 5, Apollo Server 5), in a process of its own.
 * Prints "BENCH_SERVER_READY <port>" when listening.
 */
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { Command } from 'commander';
import express from 'express';
import neo4j from 'neo4j-driver';
import { typeDefs } from './typedefs.js';

const o = new Command().requiredOption('--uri <uri>').requiredOption('--port <n>').option('--print-schema').parse().opts<{ uri: string; port: string; printSchema?: boolean }>();
const driver = neo4j.driver(o.uri, neo4j.auth.basic('neo4j', 'unused'), { logging: { level: 'error', logger: () => undefined } });
const neoSchema = new Neo4jGraphQL({ typeDefs, driver });
const schema = await neoSchema.getSchema();
// The library's own check that the database has what it needs (APOC functions among them).
await neoSchema.checkNeo4jCompat({ sessionConfig: { database: 'neo4j' } });
if (o.printSchema) {
  const { printSchema } = await import('graphql');
  console.log(printSchema(schema));
}
const apollo = new ApolloServer({ schema });
await apollo.start();
const app = express();
app.use('/graphql', express.json(), expressMiddleware(apollo, { context: async () => ({ sessionConfig: { database: 'neo4j' } }) }));
const server = app.listen(Number(o.port), '127.0.0.1', () => console.log(`BENCH_SERVER_READY ${o.port}`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
