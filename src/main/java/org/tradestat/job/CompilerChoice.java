package org.tradestat.job;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.management.JMException;
import javax.management.ObjectName;
import org.tradestat.ingest.InputScanner;

/**
 * Chooses, inside the JVM, how much of the JIT a run uses, from the size of the input as the job reads it (through
 * symbolic links and mounted shares alike). A small input runs in a few seconds, and on two cores the optimising
 * compiler (C2) takes CPU from the run without paying back: below {@link #SMALL_INPUT_BYTES} every method is kept to
 * the quick compiler (C1) by a compiler directive, the equivalent of {@code jcmd <pid> Compiler.directives_add}. A big
 * input keeps both compilers. The launcher passes {@code -XX:TieredStopAtLevel=1} for a small input, which is quicker
 * still; this serves a JVM started another way ({@code java -jar}). See docs/scaling.md, "Start-up".
 */
public final class CompilerChoice {

    static final long SMALL_INPUT_BYTES = 64L << 20;
    private static final String QUICK_COMPILER_ONLY = "[ { match: \"*.*\", c2: { Exclude: true } } ]";

    private CompilerChoice() {
    }

    /**
     * Keeps a small input's run to the quick compiler. Does nothing for a big input, or when the JVM does not offer
     * compiler directives (the run is then only slower, never wrong).
     */
    public static void forInput(Path inputDir) {
        if (optimisingCompilerOn() && isSmall(inputDir, threshold())) {
            keepToQuickCompiler();
        }
    }

    /** Whether the {@code *.csv} files of the folder, as the load reads them, hold fewer than {@code threshold} bytes. */
    static boolean isSmall(Path inputDir, long threshold) {
        try {
            return InputScanner.bytesOf(inputDir) < threshold;
        } catch (RuntimeException e) {
            return false; // the scan of the load says what is wrong with the folder
        }
    }

    /** Whether the JVM was started with C2 (not {@code -XX:TieredStopAtLevel=1}, nor {@code -client}-like). */
    private static boolean optimisingCompilerOn() {
        try {
            HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            return Integer.parseInt(vm.getVMOption("TieredStopAtLevel").getValue()) == 4;
        } catch (RuntimeException e) {
            return false; // not HotSpot: leave its JIT as it is
        }
    }

    private static void keepToQuickCompiler() {
        try {
            Path directives = Files.createTempFile("tradestat-jit", ".json");
            try {
                Files.writeString(directives, QUICK_COMPILER_ONLY, StandardCharsets.UTF_8);
                ManagementFactory.getPlatformMBeanServer().invoke(
                        new ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerDirectivesAdd",
                        new Object[] {new String[] {directives.toString()}}, new String[] {String[].class.getName()});
            } finally {
                Files.deleteIfExists(directives);
            }
        } catch (IOException | JMException | RuntimeException e) {
            // a JVM without the diagnostic command, or no temporary folder: run with both compilers
        }
    }

    private static long threshold() {
        String given = System.getenv("TRADESTAT_SMALL_INPUT_BYTES");
        try {
            return given == null ? SMALL_INPUT_BYTES : Long.parseLong(given.trim());
        } catch (NumberFormatException e) {
            return SMALL_INPUT_BYTES;
        }
    }
}
