package newsgraph.nlp;

/**
 * Exits (running the shutdown hook) once the given process is gone, e.g. Node was SIGKILLed.
 * A dead parent can linger as a zombie, which still counts as alive; so when the pid is our direct
 * parent, being re-parented also counts as "gone".
 */
final class ParentWatch {
    private static final long POLL_MS = 500;

    private ParentWatch() {}

    static void start(long pid) {
        boolean directParent = currentParentPid() == pid;
        Thread watcher = new Thread(() -> {
            while (true) {
                boolean alive = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)
                        && (!directParent || currentParentPid() == pid);
                if (!alive) {
                    System.err.println("[local-nlp] parent process " + pid + " is gone; stopping");
                    System.exit(0);
                    return;
                }
                try {
                    Thread.sleep(POLL_MS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "local-nlp-parent-watch");
        watcher.setDaemon(true);
        watcher.start();
    }

    private static long currentParentPid() {
        return ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(-1L);
    }
}
