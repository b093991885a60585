/** Where the launcher's sources, classes and jars live inside the project. */
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const launcherDir = fileURLToPath(new URL('../../tools/neo4j-local/', import.meta.url));
export const classesDir = path.join(launcherDir, 'target', 'classes');
export const libDir = path.join(launcherDir, 'target', 'lib');
export const launcherClassFile = path.join(classesDir, 'se', 'belagg', 'neo4j', 'Neo4jLauncher.class');
export const launcherSourceFile = path.join(launcherDir, 'src', 'main', 'java', 'se', 'belagg', 'neo4j', 'Neo4jLauncher.java');
export const launcherMainClass = 'se.belagg.neo4j.Neo4jLauncher';
/** Written after a successful build with the hash of the pom and the launcher's source, so a change to either rebuilds. */
export const buildStampFile = path.join(launcherDir, 'target', 'belagg-build.stamp');
