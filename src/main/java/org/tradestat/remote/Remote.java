package org.tradestat.remote;

/**
 * The names remote partitioning shares between a manager and its workers (README, "Running on several machines"):
 * Spring profiles, properties, the queue, the worker step and the keys of a partition's execution context.
 */
public final class Remote {

    /** The profile of a run started with {@code --workers N}. */
    public static final String MANAGER = "remote-manager";
    /** The profile of a JVM started with {@code --worker}. */
    public static final String WORKER = "remote-worker";

    /**
     * The queue of partition requests, declared durable by whichever side connects first: {@code tradestat.requests},
     * or {@code TRADESTAT_AMQP_QUEUE} (one queue per database, when several share a broker).
     */
    public static final String DEFAULT_QUEUE = "tradestat.requests";
    public static final String QUEUE = "tradestat.remote.queue";
    /** The worker step: a partition's step executions are named {@code parseChunk:<partition>}. */
    public static final String PARSE_CHUNK = "parseChunk";

    public static final String AMQP_URL = "tradestat.remote.amqp-url";
    public static final String DEFAULT_AMQP_URL = "amqp://guest:guest@127.0.0.1:5672";
    /** The property of the queue's name, with its default: for {@code @Value}. */
    static final String QUEUE_NAME = "${" + QUEUE + ":" + DEFAULT_QUEUE + "}";
    public static final String SHARED = "tradestat.remote.shared";
    public static final String WORKERS = "tradestat.remote.workers";
    /** Seconds a partition may wait for a worker, or run, before the manager fails it. */
    public static final String PARTITION_TIMEOUT = "tradestat.remote.partition-timeout";
    public static final String POLL_MILLIS = "tradestat.remote.poll-millis";

    /** The keys of a partition's execution context. */
    static final String FILE = "file";
    static final String FILE_NAME = "fileName";
    static final String FILE_SEQ = "fileSeq";
    static final String ENCODING = "encoding";
    static final String SHA256 = "sha256";
    static final String FROM = "from";
    static final String TO = "to";
    static final String FIRST_LINE = "firstLine";
    static final String GROUP_CODES = "groupCodes";
    static final String OUT = "out";
    /** Written by the worker: who parsed the partition, how many lines, and why it failed. */
    static final String HOST = "host";
    static final String LINES = "lines";
    static final String FAILURE = "failure";

    private Remote() {
    }

    /** This JVM, as a message names it: the host name and the process id. */
    static String host() {
        String name;
        try {
            name = java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            name = "unknown-host";
        }
        return name + " (pid " + ProcessHandle.current().pid() + ")";
    }
}
