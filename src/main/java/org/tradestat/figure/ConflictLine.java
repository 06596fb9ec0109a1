package org.tradestat.figure;

/** A key given two different values: the later one (file order, then line) won. */
public record ConflictLine(String dataset, String item, String oldValue, String oldFile, long oldLine,
                           String newValue, String newFile, long newLine) {
}
