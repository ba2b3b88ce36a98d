package io.relink.channels.control;

import io.relink.channels.entity.ChannelState;
import io.relink.networks.NetworkType;
import io.relink.platform.Page;
import io.relink.problems.Ids;
import io.relink.problems.ProblemException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A validated request for a page of channels. Pages count from 1; sizes go up to {@link #MAX_SIZE}.
 * Filters are optional: a state, a network, a text matched against name and network id, and an
 * identity (the channels one of whose tokens that identity granted). Unlinked channels only appear
 * when asked for by state. The order is by name unless asked otherwise ({@link ChannelOrder}).
 */
public record ChannelQuery(
        int page,
        int size,
        ChannelState state,
        NetworkType network,
        String text,
        UUID identity,
        ChannelOrder order) {

    /**
     * The filters of a table's page: the table says where its page starts and how it is ordered.
     */
    public static ChannelQuery filters(
            ChannelState state, NetworkType network, String text, UUID identity) {
        return new ChannelQuery(
                1,
                DEFAULT_SIZE,
                state,
                network,
                text == null || text.isBlank() ? null : text.strip(),
                identity,
                ChannelOrder.URGENCY);
    }

    /** These filters, read in another order or a page at a time. */
    public ChannelQuery with(int page, int size, ChannelOrder order) {
        return new ChannelQuery(page, size, state, network, text, identity, order);
    }

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;
    public static final int MAX_TEXT = 200;

    /** Parses raw query parameters; anything wrong is a 400 naming the parameter. */
    public static ChannelQuery parse(
            String page,
            String size,
            String state,
            String network,
            String text,
            String identity,
            String sort) {
        int p = whole("page", page, 1, 1, Integer.MAX_VALUE);
        int s = whole("size", size, DEFAULT_SIZE, 1, MAX_SIZE);
        String q = text == null || text.isBlank() ? null : text.strip();
        if (q != null && q.length() > MAX_TEXT) {
            throw ProblemException.invalidParameter(
                    "q", "q may be at most " + MAX_TEXT + " characters long.");
        }
        return new ChannelQuery(
                p,
                s,
                oneOf("state", state, ChannelState.class),
                oneOf("network", network, NetworkType.class),
                q,
                id("identity", identity),
                ChannelOrder.parse(sort));
    }

    /** Parses an id; a blank value is none, anything but an id a 400 naming the parameter. */
    public static UUID id(String name, String raw) {
        return raw == null || raw.isBlank() ? null : Ids.inBody(raw.strip(), name);
    }

    /** Where the page starts (see {@link Page#offset}). */
    public int offset() {
        return Page.offset(page, size);
    }

    /**
     * Parses a whole number in a range; a blank value gives the fallback, anything wrong a 400
     * naming the parameter.
     */
    public static int whole(String name, String raw, int fallback, int min, int max) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // answered below, like an out-of-range number
        }
        String range = max == Integer.MAX_VALUE ? min + " or more" : "from " + min + " to " + max;
        throw ProblemException.invalidParameter(
                name, name + " must be a whole number " + range + ", not '" + raw + "'.");
    }

    /** Parses an enum case-insensitively, naming the allowed values when it fails. */
    public static <E extends Enum<E>> E oneOf(String name, String raw, Class<E> type) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            List<String> allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
            throw ProblemException.invalidParameter(
                    name, "Unknown " + name + " '" + raw + "'; expected one of " + allowed + ".");
        }
    }
}
