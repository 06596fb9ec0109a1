package org.tradestat.reliability;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.tradestat.TradestatApplication;

/**
 * A command run to its end in an environment of the test's choosing (a locale, a umask): the job in a JVM of its own,
 * or a shell that starts it. The locale variables of the test's own environment are not passed on.
 */
final class ChildProcess {

    private ChildProcess() {
    }

    /** {@code java -cp <this class path> org.tradestat.TradestatApplication ARGS}, as {@link Harness.Child} does. */
    static List<String> jobCommand(List<String> args) {
        List<String> command = new ArrayList<>(List.of(java(), "-Xmx512m", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                TradestatApplication.class.getName()));
        command.addAll(args);
        return command;
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static Harness.Result run(List<String> command, Map<String, String> env, Path consoleDir)
            throws IOException, InterruptedException {
        Files.createDirectories(consoleDir);
        Path stdout = Files.createTempFile(consoleDir, "stdout-", ".txt");
        Path stderr = Files.createTempFile(consoleDir, "stderr-", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().keySet().removeIf(k -> k.equals("LANG") || k.startsWith("LC_"));
        builder.environment().putAll(env);
        Process process = builder.redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        if (!process.waitFor(Duration.ofMinutes(2).toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            fail("did not end within 2 minutes: " + command + "\n" + Harness.read(stdout) + Harness.read(stderr));
        }
        return new Harness.Result(process.exitValue(), Harness.read(stdout), Harness.read(stderr));
    }
}
