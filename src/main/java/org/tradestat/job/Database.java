package org.tradestat.job;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The database of a run, from {@code --db} or {@code TRADESTAT_DB_URL} (README, Parameters): which kind it is, where it
 * is, and its credentials kept out of the URL. A password given in the URL ({@code ?password=...} for PostgreSQL,
 * {@code ;PASSWORD=...} for H2) is taken out of it and passed to the driver as a property, so that no message, log
 * line or driver error can echo it; {@link #mask} hides it in any text that might still quote the URL as typed.
 */
public final class Database {

    /** The databases Tradestat ships a driver for (pom.xml). */
    public enum Kind {
        POSTGRESQL("PostgreSQL"), H2_FILE("H2"), H2_OTHER("H2");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    /** A {@code --db} that names no usable database: a parameter problem (exit 2). */
    public static final class BadUrlException extends Exception {
        public BadUrlException(String message) {
            super(message);
        }
    }

    private static final Pattern PG_PASSWORD = Pattern.compile("([?&]password=)([^&]*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern H2_PASSWORD = Pattern.compile("(;PASSWORD=)([^;]*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern USER_INFO = Pattern.compile("(//[^/:@?;]*:)([^@/]*)(@)");

    private final Kind kind;
    private final String url;
    private final String user;
    private final String password;
    private final String where;

    private Database(Kind kind, String url, String user, String password, String where) {
        this.kind = kind;
        this.url = url;
        this.user = user;
        this.password = password;
        this.where = where;
    }

    /**
     * The database of a URL as the operator gave it, with the user and password of {@code TRADESTAT_DB_USER} and
     * {@code TRADESTAT_DB_PASSWORD} (null when not set). A password in the URL wins over the environment's.
     */
    public static Database of(String typed, String envUser, String envPassword) throws BadUrlException {
        String url = typed.strip();
        String lower = url.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("jdbc:")) {
            throw new BadUrlException("--db '" + mask(url) + "' is not a JDBC URL; use jdbc:postgresql://host:5432/database"
                    + " (PostgreSQL) or jdbc:h2:file:path (H2)");
        }
        String scheme = lower.substring(5).split("[:;/?]", 2)[0];
        switch (scheme) {
            case "postgresql" -> {
                Matcher m = PG_PASSWORD.matcher(url);
                String password = envPassword;
                if (m.find()) {
                    password = decode(m.group(2));
                    url = m.replaceAll("").replaceFirst("^([^?&]*)&", "$1?");
                }
                String user = envUser == null || envUser.isEmpty() ? null : envUser;
                return new Database(Kind.POSTGRESQL, url, user, user == null && password == null ? null : password,
                        postgresWhere(url));
            }
            case "h2" -> {
                Matcher m = H2_PASSWORD.matcher(url);
                String password = envPassword == null ? "" : envPassword;
                if (m.find()) {
                    password = m.group(2);
                    url = m.replaceAll("");
                }
                String user = envUser == null ? "sa" : envUser;
                String rest = url.substring("jdbc:h2:".length()).split(";", 2)[0];
                String restLower = rest.toLowerCase(Locale.ROOT);
                boolean file = !restLower.startsWith("mem:") && !restLower.startsWith("tcp:")
                        && !restLower.startsWith("ssl:") && !restLower.startsWith("zip:");
                if (file) {
                    String path = restLower.startsWith("file:") ? rest.substring(5) : rest;
                    if (path.isBlank()) {
                        throw new BadUrlException("--db '" + mask(url) + "' names no H2 database file; use"
                                + " jdbc:h2:file:path, e.g. jdbc:h2:file:./data/tradestat");
                    }
                    return new Database(Kind.H2_FILE, url, user, password, "file " + h2File(path));
                }
                return new Database(Kind.H2_OTHER, url, user, password, rest);
            }
            // The URL itself is not repeated: other drivers put passwords in it in ways of their own.
            default -> throw new BadUrlException("--db names a '" + scheme + "' database" + host(url) + ", for which"
                    + " Tradestat has no driver; it works with PostgreSQL (jdbc:postgresql://host:5432/database) and H2"
                    + " (jdbc:h2:file:path)");
        }
    }

    public Kind kind() {
        return kind;
    }

    /** The URL for the driver: without the password. */
    public String url() {
        return url;
    }

    /** The user to log in as, or null when the URL says it (or the driver's default applies). */
    public String user() {
        return user;
    }

    /** The password, or null when none was given. */
    public String password() {
        return password;
    }

    /** For H2 files: the database file as H2 names it (without {@code .mv.db}). */
    public Path h2File() {
        return kind == Kind.H2_FILE ? h2File(url.substring("jdbc:h2:".length()).split(";", 2)[0]
                .replaceFirst("(?i)^file:", "")) : null;
    }

    /** The database in words, for messages: "PostgreSQL (driver org.postgresql) at 127.0.0.1:5432, database test". */
    public String describe() {
        return kind.label + " database " + where;
    }

    /** A connection of its own, outside the pool (the run lock holds one for the run). */
    public Connection connect() throws SQLException {
        Properties properties = new Properties();
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        return DriverManager.getConnection(url, properties);
    }

    /** The text with every password this database was given replaced by {@code ***}. */
    public String maskAll(String text) {
        String masked = mask(text);
        if (password != null && password.length() >= 3) {
            masked = masked.replace(password, "***");
        }
        return masked;
    }

    /** The text with what looks like a password in a JDBC URL replaced by {@code ***}. */
    public static String mask(String text) {
        if (text == null) {
            return null;
        }
        String masked = PG_PASSWORD.matcher(text).replaceAll("$1***");
        masked = H2_PASSWORD.matcher(masked).replaceAll("$1***");
        return USER_INFO.matcher(masked).replaceAll("$1***$3");
    }

    private static String postgresWhere(String url) {
        // jdbc:postgresql://host1:port1,host2/database?...  or  jdbc:postgresql:database
        String rest = url.substring("jdbc:postgresql:".length()).split("\\?", 2)[0];
        if (!rest.startsWith("//")) {
            return "at localhost:5432, database " + (rest.isEmpty() ? "(default)" : rest);
        }
        String[] hostAndDb = rest.substring(2).split("/", 2);
        String hosts = hostAndDb[0].isEmpty() ? "localhost" : hostAndDb[0];
        if (!hosts.contains(":") || hosts.startsWith("[") && !hosts.contains("]:")) {
            hosts += ":5432";
        }
        return "at " + hosts + ", database " + (hostAndDb.length < 2 || hostAndDb[1].isEmpty() ? "(default)"
                : hostAndDb[1]);
    }

    /** " (host h:p)" for the usual forms {@code //host:port/...} and {@code user/password@host:port/...}. */
    private static String host(String url) {
        Matcher m = Pattern.compile("(?:@|//)(?:[^@/]*@)?(\\[[^\\]]+\\]|[A-Za-z0-9._-]+)(:\\d+)?").matcher(url);
        String found = null;
        while (m.find()) {
            found = m.group(1) + (m.group(2) == null ? "" : m.group(2));
        }
        return found == null ? "" : " at " + found;
    }

    private static Path h2File(String path) {
        String expanded = path.startsWith("~") ? System.getProperty("user.home") + path.substring(1) : path;
        return Path.of(expanded).toAbsolutePath().normalize();
    }

    private static String decode(String value) {
        try {
            return java.net.URLDecoder.decode(value, java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return value;
        }
    }

    @Override
    public String toString() {
        return describe();
    }
}
