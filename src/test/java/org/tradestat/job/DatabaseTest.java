package org.tradestat.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The --db URL: its kind, where it is, and its password kept out of the URL and out of messages. */
class DatabaseTest {

    @Test
    void aPostgresPasswordIsTakenOutOfTheUrlAndGivenToTheDriverAlone() throws Exception {
        Database db = Database.of("jdbc:postgresql://db.example:5433/stats?password=p%40ss&user=ts&ssl=true", null, null);
        assertThat(db.kind()).isEqualTo(Database.Kind.POSTGRESQL);
        assertThat(db.url()).isEqualTo("jdbc:postgresql://db.example:5433/stats?user=ts&ssl=true");
        assertThat(db.password()).isEqualTo("p@ss");
        assertThat(db.describe()).isEqualTo("PostgreSQL database at db.example:5433, database stats");
        assertThat(Database.of("jdbc:postgresql://h/db?user=ts&password=x", null, null).url())
                .isEqualTo("jdbc:postgresql://h/db?user=ts");
        assertThat(Database.of("jdbc:postgresql://h/db", "ts", "fromenv").password()).isEqualTo("fromenv");
        assertThat(Database.of("jdbc:postgresql://h/db", null, null).describe()).contains("at h:5432, database db");
    }

    @Test
    void anH2PasswordIsTakenOutOfTheUrl() throws Exception {
        Database db = Database.of("jdbc:h2:file:./data/ts;PASSWORD=hunter2;MODE=PostgreSQL", null, null);
        assertThat(db.kind()).isEqualTo(Database.Kind.H2_FILE);
        assertThat(db.url()).isEqualTo("jdbc:h2:file:./data/ts;MODE=PostgreSQL");
        assertThat(db.user()).isEqualTo("sa");
        assertThat(db.password()).isEqualTo("hunter2");
        assertThat(db.h2File()).isEqualTo(Path.of("data/ts").toAbsolutePath());
        assertThat(Database.of("jdbc:h2:mem:x", null, null).kind()).isEqualTo(Database.Kind.H2_OTHER);
    }

    @Test
    void passwordsAreMaskedInAnyText() throws Exception {
        assertThat(Database.mask("for jdbc:postgresql://h/db?user=a&password=secret1&x=1 and jdbc:h2:f;PASSWORD=secret2;A=1"
                + " and jdbc:mysql://user:secret3@h/db")).doesNotContain("secret1", "secret2", "secret3")
                .contains("password=***", "PASSWORD=***", "user:***@");
        Database db = Database.of("jdbc:postgresql://h/db?password=s3cr3t", null, null);
        assertThat(db.maskAll("FATAL: password s3cr3t rejected")).isEqualTo("FATAL: password *** rejected");
    }

    @Test
    void otherDatabasesAndNonUrlsAreRefusedInWords() {
        assertThatThrownBy(() -> Database.of("jdbc:sqlserver://sql.example:1433;password=x", null, null))
                .isInstanceOf(Database.BadUrlException.class).hasMessageContaining("'sqlserver'")
                .hasMessageContaining("sql.example:1433").hasMessageNotContaining("password");
        assertThatThrownBy(() -> Database.of("localhost/db", null, null))
                .isInstanceOf(Database.BadUrlException.class).hasMessageContaining("not a JDBC URL");
        assertThatThrownBy(() -> Database.of("jdbc:h2:file:", null, null))
                .isInstanceOf(Database.BadUrlException.class).hasMessageContaining("names no H2 database file");
    }
}
