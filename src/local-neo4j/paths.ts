/** Where the launcher's sources, classes and jars live inside the project. */
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const launcherDir = fileURLToPath(new URL('../../tools/neo4j-local/', import.meta.url));
export const classesDir = path.join(launcherDir, 'target', 'classes');
export const libDir = path.join(launcherDir, 'target', 'lib');
export const launcherClassFile = path.join(classesDir, 'se', 'belagg', 'neo4j', 'Neo4jLauncher.class');
export const launcherMainClass = 'se.belagg.neo4j.Neo4jLauncher';
/** Written after a successful build with the pom's hash, so a changed pom (a new Neo4j version) rebuilds. */
export const buildStampFile = path.join(launcherDir, 'target', 'belagg-build.stamp');
