package org.tradestat.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompilerChoiceTest {

    @TempDir
    Path temp;

    @Test
    void anInputIsSizedAsTheLoadReadsIt() throws Exception {
        Path elsewhere = Files.createDirectories(temp.resolve("share"));
        Files.writeString(elsewhere.resolve("big.csv"), "x".repeat(5000));
        Path linked = Files.createDirectories(temp.resolve("linked"));
        Files.createSymbolicLink(linked.resolve("trade.csv"), elsewhere.resolve("big.csv"));
        assertThat(CompilerChoice.isSmall(linked, 1000)).as("a big file given as a symbolic link").isFalse();

        Path upper = Files.createDirectories(temp.resolve("upper"));
        Files.writeString(upper.resolve("TRADE.CSV"), "x".repeat(5000));
        assertThat(CompilerChoice.isSmall(upper, 1000)).as("a big file named in capitals").isFalse();

        Path small = Files.createDirectories(temp.resolve("small"));
        Files.writeString(small.resolve("trade.csv"), "x".repeat(10));
        Files.writeString(small.resolve("notes.txt"), "x".repeat(5000));
        assertThat(CompilerChoice.isSmall(small, 1000)).as("only *.csv files count").isTrue();

        assertThat(CompilerChoice.isSmall(temp.resolve("missing"), 1000)).as("a folder the load will refuse").isFalse();
    }

    /** In a JVM of its own: the directive applies to the whole JVM, and the tests share one. */
    @Test
    void aSmallInputKeepsEveryMethodToTheQuickCompiler() throws Exception {
        Path small = Files.createDirectories(temp.resolve("small"));
        Files.writeString(small.resolve("trade.csv"), "x".repeat(10));
        Path big = Files.createDirectories(temp.resolve("big"));
        Files.writeString(big.resolve("trade.csv"), "x".repeat(5000));

        String smallRun = directivesAfterChoosing(small);
        assertThat(smallRun.substring(smallRun.indexOf("c2 directives"))).contains("Exclude:true");
        assertThat(smallRun.substring(0, smallRun.indexOf("c2 directives"))).doesNotContain("Exclude:true");
        assertThat(directivesAfterChoosing(big)).contains("c2 directives").doesNotContain("Exclude:true");
    }

    private String directivesAfterChoosing(Path input) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                Probe.class.getName(), input.toString()));
        builder.environment().put("TRADESTAT_SMALL_INPUT_BYTES", "1000");
        builder.redirectErrorStream(true);
        Process p = builder.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }

    /** Chooses for the folder given, then prints the JVM's compiler directives. */
    public static final class Probe {
        public static void main(String[] args) throws Exception {
            CompilerChoice.forInput(Path.of(args[0]));
            Object printed = ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerDirectivesPrint",
                    new Object[] {new String[0]}, new String[] {String[].class.getName()});
            System.out.println(printed);
        }
    }
}
