package newsgraph.nlp;

/** Command-line options; defaults from NLP_LOCAL_PORT (9000) and {@link Limits#defaults()}. */
record Options(String host, int port, long parentPid, Limits limits) {
    private static final String USAGE = "usage: Service [--port N] [--host 127.0.0.1] [--parent-pid PID] [--workers N]"
            + " [--queue N] [--max-body-bytes N] [--max-text-chars N] [--timeout-ms N]";

    static Options parse(String[] args) {
        String host = "127.0.0.1";
        int port = (int) number("NLP_LOCAL_PORT", nonEmpty(System.getenv("NLP_LOCAL_PORT"), "9000"), 0, 65535);
        long parentPid = -1;
        Limits limits = Limits.defaults();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (i + 1 >= args.length) {
                fail(arg + " expects a value (" + USAGE + ")");
            }
            String value = args[++i];
            switch (arg) {
                case "--host" -> host = value;
                case "--port" -> port = (int) number(arg, value, 0, 65535);
                case "--parent-pid" -> parentPid = number(arg, value, 1, Long.MAX_VALUE);
                case "--workers" -> limits = limits.withWorkers((int) number(arg, value, 1, 64));
                case "--queue" -> limits = limits.withQueue((int) number(arg, value, 1, 1024));
                case "--max-body-bytes" -> limits = limits.withMaxBodyBytes((int) number(arg, value, 1024, 64L << 20));
                case "--max-text-chars" -> limits = limits.withMaxTextChars((int) number(arg, value, 100, 10_000_000));
                case "--timeout-ms" -> limits = limits.withTimeoutMs(number(arg, value, 100, 3_600_000));
                default -> fail("unknown argument " + arg + " (" + USAGE + ")");
            }
        }
        return new Options(host, port, parentPid, limits);
    }

    private static long number(String name, String value, long min, long max) {
        try {
            long parsed = Long.parseLong(value.trim());
            if (parsed < min || parsed > max) {
                fail(name + " must be between " + min + " and " + max + ", got " + value);
            }
            return parsed;
        } catch (NumberFormatException e) {
            fail(name + " expects a number, got " + value);
            return -1;
        }
    }

    private static String nonEmpty(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    private static void fail(String message) {
        System.err.println("[local-nlp] " + message);
        System.exit(2);
    }
}
