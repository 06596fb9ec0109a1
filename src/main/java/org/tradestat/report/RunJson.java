package org.tradestat.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.tradestat.figure.InputSummary;

/** Writes {@code run.json}: what ran and what it did, for scripts and auditors (SPEC 6). */
public final class RunJson {

    private RunJson() {
    }

    public static void write(ReportData data, String status, Instant startTime, Instant endTime, List<String> outputs,
                             Path target) throws IOException {
        StringBuilder json = new StringBuilder(4096);
        json.append("{\n");
        field(json, 1, "job", data.run().job()).append(",\n");
        indent(json, 1).append("\"runId\": ").append(data.run().runId()).append(",\n");
        field(json, 1, "status", status).append(",\n");
        field(json, 1, "runDate", data.run().runDate().toString()).append(",\n");
        field(json, 1, "focusPeriod", data.run().focusPeriod()).append(",\n");
        indent(json, 1).append("\"parameters\": {");
        int n = 0;
        for (Map.Entry<String, String> p : data.run().parameters().entrySet()) {
            json.append(n++ == 0 ? "\n" : ",\n");
            field(json, 2, p.getKey(), p.getValue());
        }
        json.append(n == 0 ? "},\n" : "\n  },\n");
        field(json, 1, "startTime", startTime.toString()).append(",\n");
        field(json, 1, "endTime", endTime.toString()).append(",\n");
        indent(json, 1).append("\"inputs\": [");
        n = 0;
        for (InputSummary in : data.inputs()) {
            json.append(n++ == 0 ? "\n" : ",\n");
            indent(json, 2).append("{");
            string(json.append("\"file\": "), in.file());
            string(json.append(", \"kind\": "), in.kind());
            string(json.append(", \"sha256\": "), in.sha256());
            string(json.append(", \"encoding\": "), in.encoding());
            json.append(", \"lines\": ").append(in.lines());
            json.append(", \"loaded\": ").append(in.loaded());
            json.append(", \"duplicates\": ").append(in.duplicates());
            json.append(", \"conflicts\": ").append(in.conflicts());
            json.append(", \"rejected\": ").append(in.rejected());
            json.append(", \"warnings\": [");
            for (int i = 0; i < in.warnings().size(); i++) {
                string(json.append(i == 0 ? "" : ", "), in.warnings().get(i));
            }
            json.append("]}");
        }
        json.append(n == 0 ? "],\n" : "\n  ],\n");
        indent(json, 1).append("\"outputs\": [");
        for (int i = 0; i < outputs.size(); i++) {
            string(json.append(i == 0 ? "" : ", "), outputs.get(i));
        }
        json.append("]\n}\n");
        AtomicFiles.write(target, out -> out.write(json.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static StringBuilder indent(StringBuilder json, int level) {
        return json.append("  ".repeat(level));
    }

    private static StringBuilder field(StringBuilder json, int level, String name, String value) {
        indent(json, level);
        string(json, name).append(": ");
        return value == null ? json.append("null") : string(json, value);
    }

    static StringBuilder string(StringBuilder json, String value) {
        json.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"');
    }
}
