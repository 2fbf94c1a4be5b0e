package newsgraph.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import javax.json.Json;
import javax.json.JsonArrayBuilder;
import javax.json.JsonObject;
import javax.json.JsonObjectBuilder;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

/**
 * POST /ner. HTTP threads only read, check and answer; CoreNLP runs on the bounded worker pool,
 * so a full pool turns into an immediate 503 instead of a growing backlog.
 */
final class NerHandler implements HttpHandler {
    private final Service service;
    private final ThreadPoolExecutor workers;
    private final Limits limits;
    final AtomicLong served = new AtomicLong();
    final AtomicLong refused = new AtomicLong();

    NerHandler(Service service, ThreadPoolExecutor workers, Limits limits) {
        this.service = service;
        this.workers = workers;
        this.limits = limits;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().set("Allow", "POST");
                Responses.error(exchange, 405, "use POST with a JSON body {\"texts\": [{\"id\", \"language\", \"text\"}]}");
                return;
            }
            String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
            if (contentType != null && !contentType.toLowerCase().startsWith("application/json")) {
                Responses.error(exchange, 415, "send the body as application/json");
                return;
            }
            Pipelines pipelines = service.pipelines();
            if (pipelines == null) {
                refused.incrementAndGet();
                exchange.getResponseHeaders().set("Retry-After", "5");
                Responses.error(exchange, 503, "the models are still loading; retry in a few seconds");
                return;
            }
            byte[] body = readBounded(exchange.getRequestBody(), limits.maxBodyBytes());
            if (body == null) {
                Responses.error(exchange, 413, "the body is larger than " + limits.maxBodyBytes() + " bytes; send fewer texts per request");
                return;
            }
            NerRequest request;
            try {
                request = NerRequest.parse(new String(body, StandardCharsets.UTF_8), limits);
            } catch (NerRequest.Invalid e) {
                Responses.error(exchange, 400, e.getMessage());
                return;
            }
            Future<JsonObject> job;
            try {
                job = workers.submit(() -> annotateAll(pipelines, request));
            } catch (RejectedExecutionException e) {
                refused.incrementAndGet();
                exchange.getResponseHeaders().set("Retry-After", "1");
                Responses.error(exchange, 503, "busy: " + limits.workers() + " requests running and " + limits.queue() + " waiting; retry shortly");
                return;
            }
            try {
                JsonObject result = job.get(limits.timeoutMs(), TimeUnit.MILLISECONDS);
                served.incrementAndGet();
                Responses.json(exchange, 200, result);
            } catch (TimeoutException e) {
                job.cancel(true);
                Responses.error(exchange, 503, "the request took longer than " + limits.timeoutMs() + " ms; send fewer or shorter texts");
            } catch (ExecutionException e) {
                System.err.println("[local-nlp] annotation failed: " + e.getCause());
                Responses.error(exchange, 500, "annotation failed: " + e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                Responses.error(exchange, 503, "the service is stopping");
            }
        }
    }

    private static JsonObject annotateAll(Pipelines pipelines, NerRequest request) {
        JsonArrayBuilder results = Json.createArrayBuilder();
        for (NerRequest.Item item : request.texts()) {
            if (Thread.currentThread().isInterrupted()) {
                throw new IllegalStateException("cancelled");
            }
            long started = System.nanoTime();
            Pipelines.Result result = pipelines.annotate(item.language(), item.text(), request.withTokens());
            JsonObjectBuilder out = Json.createObjectBuilder()
                    .add("id", item.id())
                    .add("language", item.language())
                    .add("sentences", spans(result.sentences()))
                    .add("entities", mentions(result.mentions(), item))
                    .add("elapsedMs", (System.nanoTime() - started) / 1_000_000);
            if (request.withTokens()) {
                out.add("tokens", spans(result.tokens()));
            }
            results.add(out);
        }
        return Json.createObjectBuilder().add("texts", results).build();
    }

    private static JsonArrayBuilder spans(List<Pipelines.Span> spans) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (Pipelines.Span span : spans) {
            array.add(Json.createObjectBuilder().add("start", span.start()).add("end", span.end()));
        }
        return array;
    }

    private static JsonArrayBuilder mentions(List<Pipelines.Mention> mentions, NerRequest.Item item) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (Pipelines.Mention m : mentions) {
            array.add(Json.createObjectBuilder()
                    .add("start", m.start())
                    .add("end", m.end())
                    .add("text", item.text().substring(m.start(), m.end()))
                    .add("type", m.type())
                    .add("language", item.language()));
        }
        return array;
    }

    /** The body, or null as soon as it passes `max` bytes (the rest is never buffered). */
    private static byte[] readBounded(InputStream in, int max) throws IOException {
        List<byte[]> chunks = new ArrayList<>();
        int total = 0;
        byte[] buffer = new byte[64 * 1024];
        for (int n; (n = in.read(buffer)) > 0; ) {
            total += n;
            if (total > max) {
                return null;
            }
            byte[] chunk = new byte[n];
            System.arraycopy(buffer, 0, chunk, 0, n);
            chunks.add(chunk);
        }
        byte[] body = new byte[total];
        int offset = 0;
        for (byte[] chunk : chunks) {
            System.arraycopy(chunk, 0, body, offset, chunk.length);
            offset += chunk.length;
        }
        return body;
    }
}
