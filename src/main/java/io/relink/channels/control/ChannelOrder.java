package io.relink.channels.control;

import io.relink.problems.ProblemException;
import java.util.Arrays;
import java.util.Locale;

/**
 * How a list of channels is ordered: by state (most urgent first: disconnected, degraded, expiring,
 * unverified, connected), by name, or by network, each either way; ties by name, then id, so that
 * pages never overlap. Each is read by an index (workspace and state, name or network, then name).
 */
public record ChannelOrder(Column column, boolean descending) {

    /** What a list can be ordered by. */
    public enum Column {
        STATE,
        NAME,
        NETWORK
    }

    /** Most urgent first: the Connection Center's table. */
    public static final ChannelOrder URGENCY = new ChannelOrder(Column.STATE, false);

    /** By name: the API's list unless asked otherwise. */
    public static final ChannelOrder NAME = new ChannelOrder(Column.NAME, false);

    /**
     * Parses the API's {@code sort}: {@code name}, {@code network} or {@code state}, with a leading
     * {@code -} for the other way; blank is by name. Anything else is a 400 naming the parameter.
     */
    public static ChannelOrder parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return NAME;
        }
        String value = raw.strip();
        boolean descending = value.startsWith("-");
        String column = (descending ? value.substring(1) : value).toUpperCase(Locale.ROOT);
        return Arrays.stream(Column.values())
                .filter(c -> c.name().equals(column))
                .findFirst()
                .map(c -> new ChannelOrder(c, descending))
                .orElseThrow(
                        () ->
                                ProblemException.invalidParameter(
                                        "sort",
                                        "Unknown sort '"
                                                + raw
                                                + "'; expected name, network or state, with a"
                                                + " leading - for the other way."));
    }

    /**
     * The order a table's column asks for ({@code name}, {@code network}, {@code state}); anything
     * else, or nothing, is most urgent first.
     */
    public static ChannelOrder ofColumn(String field, boolean descending) {
        if (field == null) {
            return URGENCY;
        }
        return Arrays.stream(Column.values())
                .filter(c -> c.name().equalsIgnoreCase(field.strip()))
                .findFirst()
                .map(c -> new ChannelOrder(c, descending))
                .orElse(URGENCY);
    }

    /** The JPQL {@code order by} of a list by name or network (by state is read state by state). */
    String jpql() {
        String way = descending ? " desc" : "";
        return switch (column) {
            case NAME -> " order by c.name" + way + ", c.id" + way;
            case NETWORK -> " order by c.network" + way + ", c.name, c.id";
            case STATE -> throw new IllegalStateException("read state by state");
        };
    }
}
