package org.tradestat.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tradestat.job.CommandLineOptions.UsageException;
import org.tradestat.job.Database;

/** The remote options come off the command line, leave the rest to the job, and refuse what cannot work. */
class RemoteOptionsTest {

    @Test
    void aManagerIsTheRunWithWorkersAndTheRestIsTheOrdinaryCommandLine() throws Exception {
        RemoteOptions options = RemoteOptions.extract(new String[] {"--date", "2024-12-31", "--workers", "3",
                "--shared=/mnt/work", "--input", "in"}, Map.of());
        assertThat(options.manager()).isTrue();
        assertThat(options.workers()).isEqualTo(3);
        assertThat(options.shared()).isEqualTo(Path.of("/mnt/work"));
        assertThat(options.rest()).containsExactly("--date", "2024-12-31", "--input", "in");
        assertThat(options.profile()).contains(Remote.MANAGER);
        assertThat(options.properties()).containsEntry(Remote.WORKERS, 3)
                .containsEntry(Remote.QUEUE, "tradestat.requests")
                .containsEntry(Remote.AMQP_URL, "amqp://guest:guest@127.0.0.1:5672")
                .containsEntry(Remote.SHARED, "/mnt/work");
    }

    @Test
    void withoutRemoteOptionsTheRunIsTheRunOnOneMachine() throws Exception {
        RemoteOptions options = RemoteOptions.extract(new String[] {"--date", "2024-12-31"}, Map.of());
        assertThat(options.manager()).isFalse();
        assertThat(options.worker()).isFalse();
        assertThat(options.profile()).isEmpty();
        assertThat(options.properties()).isEmpty();
        assertThat(options.refusal(Database.of("jdbc:h2:file:/tmp/x", null, null))).isEmpty();
    }

    @Test
    void theBrokerAndQueueComeFromTheEnvironmentAndThePasswordIsNeverShown() throws Exception {
        RemoteOptions options = RemoteOptions.extract(new String[] {"--worker"}, Map.of("TRADESTAT_AMQP_URL",
                "amqp://ts:secret@broker.example:5673/vh", "TRADESTAT_AMQP_QUEUE", "tradestat.night"));
        assertThat(options.worker()).isTrue();
        assertThat(options.queue()).isEqualTo("tradestat.night");
        assertThat(options.brokerShown()).isEqualTo("amqp://ts@broker.example:5673").doesNotContain("secret");
    }

    @Test
    void workersNeedPostgresqlAndAWholeNumberAndAJvmIsOneRoleOnly() throws Exception {
        RemoteOptions manager = RemoteOptions.extract(new String[] {"--workers", "2"}, Map.of());
        assertThat(manager.refusal(Database.of("jdbc:h2:file:/tmp/x", null, null))).get().asString()
                .contains("--workers needs PostgreSQL");
        assertThat(manager.refusal(Database.of("jdbc:postgresql://db:5432/ts", null, null))).isEmpty();
        for (List<String> bad : List.of(List.of("--workers", "0"), List.of("--workers", "two"), List.of("--workers"),
                List.of("--worker", "--workers", "2"))) {
            assertThrows(UsageException.class, () -> RemoteOptions.extract(bad.toArray(String[]::new), Map.of()),
                    bad.toString());
        }
    }
}
