package newsgraph.nlp;

/**
 * Bounds that keep one client from stalling or exhausting the service.
 *
 * @param workers       threads running CoreNLP (each needs ~100 MB of working memory on long texts)
 * @param queue         accepted requests waiting for a worker; beyond it the service answers 503 at once
 * @param maxBodyBytes  largest POST /ner body
 * @param maxTextChars  longest single text (UTF-16 code units, as Java and JavaScript count)
 * @param maxTexts      texts per request
 * @param timeoutMs     a request still queued or running after this gets 503 (its work is cancelled)
 */
record Limits(int workers, int queue, int maxBodyBytes, int maxTextChars, int maxTexts, long timeoutMs) {
    static Limits defaults() {
        return new Limits(2, 8, 2 * 1024 * 1024, 200_000, 64, 120_000);
    }

    Limits withWorkers(int value) {
        return new Limits(value, queue, maxBodyBytes, maxTextChars, maxTexts, timeoutMs);
    }

    Limits withQueue(int value) {
        return new Limits(workers, value, maxBodyBytes, maxTextChars, maxTexts, timeoutMs);
    }

    Limits withMaxBodyBytes(int value) {
        return new Limits(workers, queue, value, maxTextChars, maxTexts, timeoutMs);
    }

    Limits withMaxTextChars(int value) {
        return new Limits(workers, queue, maxBodyBytes, value, maxTexts, timeoutMs);
    }

    Limits withTimeoutMs(long value) {
        return new Limits(workers, queue, maxBodyBytes, maxTextChars, maxTexts, value);
    }
}
