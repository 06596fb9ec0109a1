package org.tradestat.job;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;

/**
 * Writes to the run's log what the JVM spent when a job execution ends: CPU-seconds of the process and bytes allocated
 * on the heap by all its threads, from the JVM's own counters. {@code scripts/bench.sh} divides them by the input
 * lines, so that a change to the engine can see what it costs per line (see BENCHMARKS.md).
 */
final class ResourceUse implements JobExecutionListener {

    static final String PREFIX = "Resources used by this JVM: ";
    private static final Logger LOG = LoggerFactory.getLogger(ResourceUse.class);

    @Override
    public void afterJob(JobExecution execution) {
        LOG.info(line());
    }

    /** "Resources used by this JVM: 12.34 CPU-seconds, 5678901234 bytes allocated". */
    static String line() {
        long cpuNanos = -1;
        long allocated = -1;
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            cpuNanos = os.getProcessCpuTime();
        }
        if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean threads
                && threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled()) {
            allocated = threads.getTotalThreadAllocatedBytes();
        }
        return PREFIX + String.format(Locale.ROOT, "%.2f CPU-seconds, %d bytes allocated", cpuNanos / 1e9, allocated);
    }
}
