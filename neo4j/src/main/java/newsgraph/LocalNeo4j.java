package newsgraph;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;

/**
 * Embedded Neo4j for local development and tests. Started by scripts/local-neo4j.mjs.
 *
 * <p>Usage: {@code LocalNeo4j [--port N] [--data DIR] [--parent-pid PID]}. Defaults come from
 * NEO4J_LOCAL_PORT (7687) and NEO4J_LOCAL_DATA_DIR (.data/neo4j, relative to the working dir).
 *
 * <p>Bolt listens on 127.0.0.1 only and authentication is disabled, so this must never be exposed
 * beyond loopback. Prints exactly one {@code READY bolt://127.0.0.1:<port>} line on stdout once Bolt
 * accepts connections; everything else goes to stderr or to the debug log under the data dir.
 */
public final class LocalNeo4j {
    private static final String HOST = "127.0.0.1";
    private static final Duration TRANSACTION_TIMEOUT = Duration.ofSeconds(30);
    private static final long PAGE_CACHE_BYTES = 256L * 1024 * 1024;
    /**
     * Memory a single transaction may use, and all transactions together. Without them one read typed in
     * the Cypher console (string doubling, collect over a cartesian product) runs the heap (-Xmx1g, set by
     * scripts/local-neo4j.mjs) out of memory and the JVM exits. Over the limit Neo4j fails just that
     * transaction (Neo.ClientError.General.TransactionOutOfMemoryError or
     * Neo.TransientError.General.MemoryPoolOutOfMemoryError). The total leaves about 350 MiB of heap for
     * Neo4j itself; the per-transaction limit lets the console's concurrent queries (CYPHER_CONCURRENCY,
     * 4 by default) all hit their limit at once and still leave room in the pool for everyone else.
     * Environment overrides: NEO4J_LOCAL_TX_MEMORY and NEO4J_LOCAL_TX_TOTAL_MEMORY (bytes).
     */
    private static final long TRANSACTION_MEMORY_BYTES = 128L * 1024 * 1024;
    private static final long TRANSACTION_TOTAL_MEMORY_BYTES = 640L * 1024 * 1024;
    private static final long DATABASE_AVAILABLE_TIMEOUT_MS = 120_000;
    private static final long BOLT_WAIT_TIMEOUT_MS = 60_000;
    private static final long PARENT_POLL_MS = 500;
    /**
     * Bolt waits 5 s for connections and 5 s for its worker pool on shutdown (after the databases
     * have already been checkpointed and stopped), which made every stop take ~10 s. A local
     * development server has nothing left to drain by then.
     */
    private static final Duration BOLT_SHUTDOWN_WAIT = Duration.ofMillis(250);

    private LocalNeo4j() {}

    public static void main(String[] args) {
        // Neo4j writes no user log to stdout in embedded mode, but keep stdout reserved for the
        // READY line anyway: anything else a library might print goes to stderr.
        PrintStream stdout = System.out;
        System.setOut(System.err);

        int port = parsePort(System.getenv("NEO4J_LOCAL_PORT"), 7687);
        String data = nonEmpty(System.getenv("NEO4J_LOCAL_DATA_DIR"), ".data/neo4j");
        long parentPid = -1;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (arg) {
                case "--port" -> { port = parsePort(require(arg, value), -1); i++; }
                case "--data" -> { data = require(arg, value); i++; }
                case "--parent-pid" -> { parentPid = parseLong(arg, require(arg, value)); i++; }
                default -> fail("unknown argument " + arg
                        + " (usage: LocalNeo4j [--port N] [--data DIR] [--parent-pid PID])");
            }
        }

        Path home = Path.of(data).toAbsolutePath().normalize();
        try {
            Files.createDirectories(home);
        } catch (IOException e) {
            fail("cannot create data directory " + home + ": " + e.getMessage());
        }

        if (parentPid > 0) {
            watchParent(parentPid);
        }

        DatabaseManagementService service;
        try {
            service = new DatabaseManagementServiceBuilder(home)
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress(HOST, port))
                    .setConfig(BoltConnector.advertised_address, new SocketAddress(HOST, port))
                    .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                    .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, BOLT_SHUTDOWN_WAIT)
                    .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, BOLT_SHUTDOWN_WAIT)
                    .setConfig(GraphDatabaseSettings.auth_enabled, false)
                    .setConfig(GraphDatabaseSettings.transaction_timeout, TRANSACTION_TIMEOUT)
                    .setConfig(GraphDatabaseSettings.allow_file_urls, false)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, PAGE_CACHE_BYTES)
                    .setConfig(GraphDatabaseSettings.memory_tracking, true)
                    .setConfig(GraphDatabaseSettings.memory_transaction_max_size,
                            parseBytes("NEO4J_LOCAL_TX_MEMORY", TRANSACTION_MEMORY_BYTES))
                    .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size,
                            parseBytes("NEO4J_LOCAL_TX_TOTAL_MEMORY", TRANSACTION_TOTAL_MEMORY_BYTES))
                    .setConfig(GraphDatabaseSettings.logs_directory, home.resolve("logs"))
                    .build();
        } catch (RuntimeException e) {
            System.err.println("[local-neo4j] failed to start Neo4j: " + describe(e));
            System.err.println("[local-neo4j] details in " + home.resolve("logs").resolve("debug.log"));
            System.exit(1);
            return;
        }

        AtomicBoolean stopped = new AtomicBoolean();
        CountDownLatch stoppedLatch = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (stopped.compareAndSet(false, true)) {
                long started = System.nanoTime();
                System.err.println("[local-neo4j] shutting down");
                try {
                    service.shutdown();
                    System.err.printf("[local-neo4j] stopped in %d ms%n", (System.nanoTime() - started) / 1_000_000);
                } catch (RuntimeException e) {
                    System.err.println("[local-neo4j] error during shutdown: " + describe(e));
                }
                stoppedLatch.countDown();
            }
        }, "local-neo4j-shutdown"));

        GraphDatabaseService db = service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        if (!db.isAvailable(DATABASE_AVAILABLE_TIMEOUT_MS)) {
            System.err.println("[local-neo4j] database '" + GraphDatabaseSettings.DEFAULT_DATABASE_NAME
                    + "' did not become available");
            System.exit(1);
        }
        db.executeTransactionally("RETURN 1");

        if (!waitForBolt(port)) {
            System.err.println("[local-neo4j] Bolt is not accepting connections on " + HOST + ":" + port);
            System.exit(1);
        }

        stdout.println("READY bolt://" + HOST + ":" + port);
        stdout.flush();

        try {
            stoppedLatch.await(); // the shutdown hook (SIGTERM/SIGINT/parent gone) ends the process
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Exits (running the shutdown hook) once the given process is gone, e.g. Node was SIGKILLed.
     * A dead parent can linger as a zombie until something reaps it, and a zombie still counts as
     * alive; so when the pid is our direct parent we also treat being re-parented as "gone".
     * The thread survives errors in a poll (an OutOfMemoryError while the heap is full) and tries again.
     */
    private static void watchParent(long pid) {
        boolean directParent = currentParentPid() == pid;
        Thread watcher = new Thread(() -> {
            while (true) {
                boolean alive;
                try {
                    alive = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)
                            && (!directParent || currentParentPid() == pid);
                } catch (Throwable e) {
                    // A full heap (a runaway query's untracked allocation) must not end the watch: without it an
                    // orphaned Neo4j would outlive its launcher. Look again at the next poll.
                    alive = true;
                }
                if (!alive) {
                    try {
                        System.err.println("[local-neo4j] parent process " + pid + " is gone; stopping");
                    } catch (Throwable ignored) {
                        // exit all the same
                    }
                    System.exit(0);
                    return;
                }
                try {
                    Thread.sleep(PARENT_POLL_MS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "local-neo4j-parent-watch");
        watcher.setDaemon(true);
        watcher.start();
    }

    private static long currentParentPid() {
        return ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(-1L);
    }

    private static boolean waitForBolt(int port) {
        long deadline = System.currentTimeMillis() + BOLT_WAIT_TIMEOUT_MS;
        while (System.currentTimeMillis() < deadline) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(HOST, port), 1000);
                return true;
            } catch (IOException e) {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        }
        return false;
    }

    private static String describe(Throwable e) {
        StringBuilder sb = new StringBuilder(String.valueOf(e));
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            sb.append("\n  caused by: ").append(cause);
        }
        return sb.toString();
    }

    private static int parsePort(String value, int fallback) {
        if (value == null || value.isBlank()) {
            if (fallback < 0) {
                fail("missing port");
            }
            return fallback;
        }
        try {
            int port = Integer.parseInt(value.trim());
            if (port < 1 || port > 65535) {
                fail("port out of range: " + value);
            }
            return port;
        } catch (NumberFormatException e) {
            fail("not a port number: " + value);
            return -1;
        }
    }

    private static long parseBytes(String variable, long fallback) {
        String value = System.getenv(variable);
        return value == null || value.isBlank() ? fallback : parseLong(variable, value);
    }

    private static long parseLong(String name, String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            fail(name + " expects a number, got " + value);
            return -1;
        }
    }

    private static String require(String name, String value) {
        if (value == null) {
            fail(name + " expects a value");
        }
        return value;
    }

    private static String nonEmpty(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    private static void fail(String message) {
        System.err.println("[local-neo4j] " + message);
        System.exit(2);
    }
}
