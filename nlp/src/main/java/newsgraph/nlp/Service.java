package newsgraph.nlp;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpServer;

/**
 * Named-entity recognition over HTTP for newsgraph, on Stanford CoreNLP. Started by scripts/local-nlp.mjs.
 *
 * <p>Usage: {@code Service [--port N] [--host H] [--parent-pid PID] [--workers N] [--queue N]
 * [--max-body-bytes N] [--max-text-chars N] [--timeout-ms N]}.
 *
 * <p>The port opens at once and answers GET /health with 503 "warming" while both pipelines load and
 * warm up; then it prints exactly one {@code READY http://<host>:<port>} line on stdout. Everything
 * else goes to stderr. The service keeps no state between requests, so several can sit behind a
 * load balancer.
 */
public final class Service {
    static final String VERSION = versionOf(edu.stanford.nlp.pipeline.StanfordCoreNLP.class);
    private static final long PARENT_POLL_MS = 500;

    private volatile Pipelines pipelines;
    private final long startedAt = System.currentTimeMillis();
    private volatile long readyAfterMs = -1;

    Pipelines pipelines() {
        return pipelines;
    }

    long uptimeMs() {
        return System.currentTimeMillis() - startedAt;
    }

    long readyAfterMs() {
        return readyAfterMs;
    }

    public static void main(String[] args) throws IOException {
        // stdout carries the READY line only; CoreNLP's own logging goes to stderr.
        PrintStream stdout = System.out;
        System.setOut(System.err);
        Options options = Options.parse(args);
        if (options.parentPid() > 0) {
            ParentWatch.start(options.parentPid());
        }
        Limits limits = options.limits();
        ThreadPoolExecutor workers = new ThreadPoolExecutor(limits.workers(), limits.workers(), 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(limits.queue()), daemon("nlp-worker"), new ThreadPoolExecutor.AbortPolicy());
        // HTTP threads: enough for every accepted request to wait on its worker, plus a few for /health and 503s.
        ExecutorService http = Executors.newFixedThreadPool(limits.workers() + limits.queue() + 4, daemon("nlp-http"));

        Service service = new Service();
        NerHandler ner = new NerHandler(service, workers, limits);
        HttpServer server = HttpServer.create(new InetSocketAddress(options.host(), options.port()), 64);
        server.createContext("/ner", ner);
        server.createContext("/health", new HealthHandler(service, workers, ner, limits));
        server.setExecutor(http);
        server.start();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.err.println("[local-nlp] shutting down");
            server.stop(0);
            workers.shutdownNow();
            http.shutdownNow();
            stopped.countDown();
        }, "local-nlp-shutdown"));

        long started = System.nanoTime();
        try {
            Pipelines loaded = Pipelines.load();
            Warmup.run(loaded);
            service.pipelines = loaded;
        } catch (RuntimeException | OutOfMemoryError e) {
            System.err.println("[local-nlp] could not load the CoreNLP models: " + e);
            System.exit(1);
        }
        service.readyAfterMs = (System.nanoTime() - started) / 1_000_000;
        System.err.printf("[local-nlp] CoreNLP %s ready in %d ms (fr, en)%n", VERSION, service.readyAfterMs);
        stdout.println("READY http://" + options.host() + ":" + server.getAddress().getPort());
        stdout.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String prefix) {
        java.util.concurrent.atomic.AtomicInteger count = new java.util.concurrent.atomic.AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    private static String versionOf(Class<?> type) {
        String version = type.getPackage().getImplementationVersion();
        return version == null ? "unknown" : version;
    }
}
