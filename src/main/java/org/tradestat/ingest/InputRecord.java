package org.tradestat.ingest;

import org.tradestat.figure.EngagementEvent;
import org.tradestat.figure.Figure;
import org.tradestat.figure.GroupMember;

/** What one data line of an input file becomes: a figure, an event, a group member, or a reject. */
public sealed interface InputRecord {

    int fileSeq();

    long line();

    record FigureLine(int fileSeq, long line, Figure figure) implements InputRecord {
    }

    record EventLine(int fileSeq, long line, EngagementEvent event) implements InputRecord {
    }

    record GroupLine(int fileSeq, long line, GroupMember member) implements InputRecord {
    }

    record Rejected(int fileSeq, long line, String reason, String raw) implements InputRecord {
    }
}
