import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

describe('configuration', () => {
  it('defaults to the embedded local Neo4j on port 7687 and the API on 4000', () => {
    const c = loadConfig({}, '/srv/app');
    expect(c.port).toBe(4000);
    expect(c.neo4j).toEqual({ mode: 'embedded', uri: 'bolt://127.0.0.1:7687', user: 'neo4j', password: '', database: 'neo4j' });
    expect(c.local.dataDir).toBe('/srv/app/.data');
    expect(c.local.boltPort).toBe(7687);
  });

  it('uses the configured server, starting nothing, when NEO4J_URI is set', () => {
    const c = loadConfig({ NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io', NEO4J_USER: 'u', NEO4J_PASSWORD: 'p', NEO4J_DATABASE: 'belagg' });
    expect(c.neo4j).toEqual({ mode: 'external', uri: 'neo4j+s://abc.databases.neo4j.io', user: 'u', password: 'p', database: 'belagg' });
  });

  it('lets a second instance run beside the first', () => {
    const c = loadConfig({ PORT: '4001', BELAGG_BOLT_PORT: '7688', BELAGG_DATA_DIR: '/tmp/second' });
    expect([c.port, c.local.boltPort, c.local.dataDir, c.neo4j.uri]).toEqual([4001, 7688, '/tmp/second', 'bolt://127.0.0.1:7688']);
  });

  it('treats empty values as unset', () => {
    expect(loadConfig({ PORT: '' }).port).toBe(4000);
  });

  it('reports every bad value at once, each with what is expected', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', BELAGG_BOLT_PORT: '70000', NEO4J_URI: 'http://localhost:7474', BELAGG_NEO4J_HEAP: 'lots', BELAGG_SEED: 'maybe' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems;
    expect(problems).toHaveLength(6);
    expect(problems.join('\n')).toMatch(/PORT: expected a port number .*"eighty"/);
    expect(problems.join('\n')).toMatch(/BELAGG_BOLT_PORT: expected a port number/);
    expect(problems.join('\n')).toMatch(/NEO4J_URI: expected a Neo4j URI/);
    expect(problems.join('\n')).toMatch(/NEO4J_PASSWORD: expected a password when NEO4J_URI is set/);
    expect(problems.join('\n')).toMatch(/BELAGG_NEO4J_HEAP: expected a JVM heap size/);
    expect(problems.join('\n')).toMatch(/BELAGG_SEED: expected 'auto'/);
  });
});
