package org.tradestat.job;

import org.springframework.batch.core.step.StepExecution;
import org.tradestat.ingest.ParsedElsewhere;

/**
 * In a manager of remote partitioning (README, "Running on several machines"), where the load finds the chunks the
 * workers parsed; absent in a run on one machine.
 */
public interface RemoteChunkFiles {

    /** The chunks parsed for the run of {@code load}, the load step's execution. */
    ParsedElsewhere forLoad(StepExecution load);

    /** Removes the parsed chunks of a run that has completed. */
    void delete(RunContext run) throws java.io.IOException;
}
