package org.tradestat.ingest;

import org.tradestat.figure.EngagementEvent;
import org.tradestat.figure.Figure;
import org.tradestat.figure.GroupMember;

/**
 * What one data line of an input file becomes: a figure, an event, a group member, a line summarised by a total
 * given elsewhere, or a reject.
 */
public sealed interface InputRecord {

    int fileSeq();

    long line();

    record FigureLine(int fileSeq, long line, Figure figure) implements InputRecord {
    }

    record EventLine(int fileSeq, long line, EngagementEvent event) implements InputRecord {
    }

    record GroupLine(int fileSeq, long line, GroupMember member) implements InputRecord {
    }

    /**
     * A line that is not used because it breaks down a total the download gives in another line: a UN Comtrade row by
     * second partner, customs procedure or mode of transport, or a flow that is a part of exports or imports
     * (SPEC 2.6). Not an error: run.json counts it with the duplicates, as merged into its total.
     */
    record Summarised(int fileSeq, long line, String why) implements InputRecord {
    }

    record Rejected(int fileSeq, long line, String reason, String raw) implements InputRecord {
    }
}
