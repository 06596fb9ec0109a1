package org.tradestat.figure;

/** A rejected input line: its file, line number, the reason and the line as it was read. */
public record RejectLine(String file, long line, String reason, String raw) {
}
