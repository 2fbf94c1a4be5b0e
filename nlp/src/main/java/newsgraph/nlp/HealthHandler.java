package newsgraph.nlp;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ThreadPoolExecutor;

import javax.json.Json;
import javax.json.JsonObjectBuilder;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

/** GET /health: 200 "ready" once both pipelines are warm, 503 "warming" before; load and limits either way. */
final class HealthHandler implements HttpHandler {
    private final Service service;
    private final ThreadPoolExecutor workers;
    private final NerHandler ner;
    private final Limits limits;

    HealthHandler(Service service, ThreadPoolExecutor workers, NerHandler ner, Limits limits) {
        this.service = service;
        this.workers = workers;
        this.ner = ner;
        this.limits = limits;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"GET".equals(exchange.getRequestMethod()) && !"HEAD".equals(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().set("Allow", "GET");
                Responses.error(exchange, 405, "use GET");
                return;
            }
            Pipelines pipelines = service.pipelines();
            Runtime runtime = Runtime.getRuntime();
            JsonObjectBuilder body = Json.createObjectBuilder()
                    .add("status", pipelines == null ? "warming" : "ready")
                    .add("corenlp", Service.VERSION)
                    .add("uptimeMs", service.uptimeMs())
                    .add("readyAfterMs", service.readyAfterMs())
                    .add("workers", Json.createObjectBuilder()
                            .add("size", limits.workers())
                            .add("active", workers.getActiveCount())
                            .add("queued", workers.getQueue().size())
                            .add("queueCapacity", limits.queue()))
                    .add("requests", Json.createObjectBuilder().add("served", ner.served.get()).add("refused", ner.refused.get()))
                    .add("limits", Json.createObjectBuilder()
                            .add("maxBodyBytes", limits.maxBodyBytes())
                            .add("maxTextChars", limits.maxTextChars())
                            .add("maxTexts", limits.maxTexts())
                            .add("timeoutMs", limits.timeoutMs()))
                    .add("heap", Json.createObjectBuilder()
                            .add("usedBytes", runtime.totalMemory() - runtime.freeMemory())
                            .add("maxBytes", runtime.maxMemory()));
            if (pipelines != null) {
                JsonObjectBuilder languages = Json.createObjectBuilder();
                for (String language : new String[] {"en", "fr"}) {
                    JsonObjectBuilder described = Json.createObjectBuilder();
                    for (Map.Entry<String, String> entry : pipelines.describe(language).entrySet()) {
                        described.add(entry.getKey(), entry.getValue());
                    }
                    languages.add(language, described);
                }
                body.add("languages", languages);
            }
            Responses.json(exchange, pipelines == null ? 503 : 200, body.build());
        }
    }
}
