package org.tradestat.figure;

/** Membership of a country in a group such as {@code CENTRAL_ASIA}. */
public record GroupMember(String group, String member, String name) {
}
