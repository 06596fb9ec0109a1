package org.tradestat.job;

/** The exit codes of SPEC 5. */
public final class ExitCodes {
    public static final int COMPLETED = 0;
    public static final int JOB_FAILED = 1;
    public static final int BAD_PARAMETERS = 2;

    private ExitCodes() {
    }
}
