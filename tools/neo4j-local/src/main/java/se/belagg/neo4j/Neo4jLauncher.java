package se.belagg.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.api.impl.index.LuceneSettings;

/**
 * Runs Neo4j Community embedded with a Bolt connector on 127.0.0.1, for Belägg's local default database.
 *
 * Usage: Neo4jLauncher <dataDir> <boltPort> [pageCacheMiB] [--exit-on-stdin-eof]
 *
 * Prints exactly one line "BELAGG_NEO4J_READY bolt://127.0.0.1:<port>" on stdout once Bolt accepts connections,
 * so the Node side can wait for it. Auth is off: Bolt listens on loopback only (see README, "Local database").
 * SIGTERM and SIGINT stop the database cleanly through the JVM's shutdown hook. With --exit-on-stdin-eof the
 * database also stops when the parent closes our stdin, so a crashed parent (a killed test run) leaves no
 * orphaned JVM holding the store lock.
 */
public final class Neo4jLauncher {
    private Neo4jLauncher() {}

    /**
     * Lucene's own default, where Neo4j's (an internal setting, 2 in 5.26) merges every two full-text segments of a
     * size into one. Our two full-text indexes hold every document's whole text, so at 2 a bulk load rewrote each
     * indexed byte about log2(index size / segment size) times: segment merges were 21 % of Neo4j's CPU while
     * loading the S document set, and 9 % at 10 (JFR, 2026-11-28); Neo4j's CPU per document fell by 7-30 %. A
     * searcher then reads a few more segments (14 per index instead of 8 at S), which the search benchmark does
     * not tell apart from its noise. See bench/JOURNAL.md, "Fewer full-text merges".
     */
    private static final int LUCENE_MERGE_FACTOR = 10;

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: Neo4jLauncher <dataDir> <boltPort> [pageCacheMiB] [--exit-on-stdin-eof]");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        int boltPort = Integer.parseInt(args[1]);
        long pageCacheMiB = args.length > 2 && !args[2].startsWith("--") ? Long.parseLong(args[2]) : 256;
        boolean exitOnStdinEof = java.util.Arrays.asList(args).contains("--exit-on-stdin-eof");

        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", boltPort))
                .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", boltPort))
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMiB))
                .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(5))
                // A laptop-sized default: keep few transaction logs around and do not preallocate them.
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "keep_none")
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                .setConfig(LuceneSettings.lucene_merge_factor, LUCENE_MERGE_FACTOR);
        // Benchmarks only (bench/neo4j-apoc): -Dbelagg.plugins names a plugin directory (APOC, which @neo4j/graphql
        // needs) whose apoc.* procedures run unrestricted. The product passes none and loads no plugins.
        String plugins = System.getProperty("belagg.plugins");
        if (plugins != null) {
            builder.setConfig(GraphDatabaseSettings.plugin_dir, Path.of(plugins).toAbsolutePath())
                    .setConfig(GraphDatabaseSettings.procedure_unrestricted, java.util.List.of("apoc.*"));
        }
        DatabaseManagementService dbms = builder.build();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            dbms.shutdown();
            stopped.countDown();
        }, "belagg-neo4j-shutdown"));

        // Touch the default database so that the store exists and recovery has run before we say READY.
        GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        db.executeTransactionally("RETURN 1");
        System.out.println("BELAGG_NEO4J_READY bolt://127.0.0.1:" + boltPort);
        System.out.flush();

        if (exitOnStdinEof) {
            Thread watcher = new Thread(() -> {
                try (InputStream in = System.in) {
                    while (in.read() != -1) {
                        // Ignore anything the parent writes; we only care about the pipe closing.
                    }
                } catch (IOException ignored) {
                    // A broken pipe means the parent is gone too.
                }
                System.exit(0);
            }, "belagg-stdin-watcher");
            watcher.setDaemon(true);
            watcher.start();
        }
        stopped.await();
    }
}
