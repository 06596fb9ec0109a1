package org.tradestat.ingest;

import org.tradestat.figure.EngagementEvent;
import org.tradestat.figure.Figure;
import org.tradestat.figure.GroupMember;
import org.tradestat.figure.PublishedFigure;

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

    record PublishedLine(int fileSeq, long line, PublishedFigure figure) implements InputRecord {
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

    /**
     * Not a line but what a file as a whole says, found when it has been read: for the Data quality sheet's warnings
     * (e.g. a UN Comtrade part of a flow whose total the file does not give). {@code line} is the first line
     * concerned, 0 for the whole file. Not counted among the file's lines.
     */
    record FileWarning(int fileSeq, long line, String check, String message) implements InputRecord {
    }
}
