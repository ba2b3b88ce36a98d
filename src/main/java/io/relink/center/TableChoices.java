package io.relink.center;

import io.relink.channels.control.ChannelOrder;
import io.relink.channels.control.ChannelQuery;
import io.relink.channels.entity.ChannelState;
import io.relink.networks.NetworkType;
import io.relink.problems.ProblemException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.UUID;

/**
 * What the Connection Center's table shows, as its address carries it ({@code
 * channels.xhtml?state=DISCONNECTED&network=SANDBOX&q=acme&sort=-state&page=2}, {@code identity=…}
 * for one identity's channels, or {@code unlinked=true} for the unlinked channels), so that a
 * reload, a bookmark or a link keeps it. Pure: read from the address leniently (a hand-edited value
 * that means nothing is left out, never an error page) and written back with only what differs from
 * the table's defaults, in the API's words for the same choices.
 *
 * @param state the tile chosen, or null for every state
 * @param network the network chosen, or null for all
 * @param text what "Find a channel" holds, or null
 * @param sort the order in the API's words ({@code name}, {@code -state}), or null for most urgent
 *     first
 * @param page the table's page, from 1
 * @param unlinked whether the table lists the unlinked channels instead of the linked ones
 * @param identity the identity whose channels the table lists (from the Identities page), or null
 */
public record TableChoices(
        ChannelState state,
        NetworkType network,
        String text,
        String sort,
        int page,
        boolean unlinked,
        UUID identity)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The table as it opens: every linked channel, most urgent first, page 1. */
    public static final TableChoices NONE =
            new TableChoices(null, null, null, null, 1, false, null);

    public TableChoices {
        text = text == null || text.isBlank() ? null : clip(text.strip());
        sort = sortKey(order(sort));
        page = Math.max(1, page);
        state = state == ChannelState.UNLINKED ? null : state;
    }

    /** Reads the address's parameters; what cannot be read is as if it were not there. */
    public static TableChoices read(
            String state,
            String network,
            String q,
            String sort,
            String page,
            String unlinked,
            String identity) {
        return new TableChoices(
                lenient(state, ChannelState.class),
                lenient(network, NetworkType.class),
                q,
                sort,
                whole(page),
                "true".equalsIgnoreCase(unlinked == null ? null : unlinked.strip())
                        || "UNLINKED".equalsIgnoreCase(state == null ? null : state.strip()),
                lenientId(identity));
    }

    /** The address's query for these choices, without the {@code ?}; empty for the defaults. */
    public String query() {
        StringJoiner query = new StringJoiner("&");
        if (unlinked) {
            query.add("unlinked=true");
        } else if (state != null) {
            query.add("state=" + state.name());
        }
        if (network != null) {
            query.add("network=" + network.name());
        }
        if (identity != null) {
            query.add("identity=" + identity);
        }
        if (text != null) {
            query.add("q=" + URLEncoder.encode(text, StandardCharsets.UTF_8));
        }
        if (sort != null) {
            query.add("sort=" + sort);
        }
        if (page > 1) {
            query.add("page=" + page);
        }
        return query.toString();
    }

    /** The table's filters: the unlinked channels, or the linked ones in the state chosen. */
    public ChannelQuery filters() {
        return ChannelQuery.filters(
                unlinked ? ChannelState.UNLINKED : state, network, text, identity);
    }

    /** The order of the rows (most urgent first unless a header was chosen). */
    public ChannelOrder order() {
        return order(sort);
    }

    /**
     * The order a column's header shows as chosen ({@code asc}, {@code desc}), for PrimeFaces'
     * {@code sortOrder}; null when the table is not sorted by that column, and for most urgent
     * first, the table's own order, which no header shows as chosen (as before a header is
     * pressed).
     */
    public String sortOrderOf(String field) {
        ChannelOrder order = order();
        if (sort == null || !order.column().name().equalsIgnoreCase(field)) {
            return null;
        }
        return order.descending() ? "desc" : "asc";
    }

    /** Where the table's page starts, for rows of {@code rows} each. */
    public int first(int rows) {
        long first = (long) (page - 1) * rows;
        return (int) Math.min(first, Integer.MAX_VALUE - rows);
    }

    public TableChoices withState(ChannelState state) {
        return new TableChoices(state, network, text, sort, 1, false, identity);
    }

    public TableChoices withNetwork(NetworkType network) {
        return new TableChoices(state, network, text, sort, 1, unlinked, identity);
    }

    public TableChoices withText(String text) {
        return new TableChoices(state, network, text, sort, 1, unlinked, identity);
    }

    public TableChoices withUnlinked(boolean unlinked) {
        return new TableChoices(state, network, text, sort, 1, unlinked, identity);
    }

    /** Every identity's channels again, or one identity's. */
    public TableChoices withIdentity(UUID identity) {
        return new TableChoices(state, network, text, sort, 1, unlinked, identity);
    }

    /** The order and page the table read last (a header pressed, a page turned). */
    public TableChoices withPage(ChannelOrder order, int page) {
        return new TableChoices(state, network, text, sortKey(order), page, unlinked, identity);
    }

    /** An order in the API's words; null for most urgent first, the table's default. */
    static String sortKey(ChannelOrder order) {
        if (order == null || order.equals(ChannelOrder.URGENCY)) {
            return null;
        }
        return (order.descending() ? "-" : "") + order.column().name().toLowerCase(Locale.ROOT);
    }

    private static ChannelOrder order(String sort) {
        if (sort == null || sort.isBlank()) {
            return ChannelOrder.URGENCY;
        }
        try {
            return ChannelOrder.parse(sort);
        } catch (ProblemException unknown) {
            return ChannelOrder.URGENCY;
        }
    }

    private static <E extends Enum<E>> E lenient(String raw, Class<E> type) {
        try {
            return ChannelQuery.oneOf("", raw, type);
        } catch (ProblemException unknown) {
            return null;
        }
    }

    private static UUID lenientId(String raw) {
        try {
            return ChannelQuery.id("identity", raw);
        } catch (ProblemException notAnId) {
            return null;
        }
    }

    private static int whole(String raw) {
        try {
            return ChannelQuery.whole("page", raw, 1, 1, 1_000_000);
        } catch (ProblemException notAPage) {
            return 1;
        }
    }

    private static String clip(String text) {
        return text.substring(0, Math.min(text.length(), ChannelQuery.MAX_TEXT));
    }
}
