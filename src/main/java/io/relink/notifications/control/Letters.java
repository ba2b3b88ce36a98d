package io.relink.notifications.control;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import io.relink.notifications.entity.NoticeKind;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Writes a message from notices with the Mustache templates in {@code notifications/}: a subject, a
 * plain-text part and an HTML part (every value escaped there). Thread-safe; the templates are
 * compiled once.
 */
@ApplicationScoped
public class Letters {

    /** A message lists at most this many channels, then says how many more there are. */
    static final int MAX_ITEMS = 100;

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final Mustache html =
            new DefaultMustacheFactory("notifications").compile("notice.html.mustache");

    /** Plain text: nothing to escape. */
    private final Mustache text =
            new DefaultMustacheFactory("notifications") {
                @Override
                public void encode(String value, Writer writer) {
                    try {
                        writer.write(value);
                    } catch (IOException failed) {
                        throw new UncheckedIOException(failed);
                    }
                }
            }.compile("notice.txt.mustache");

    /**
     * One message.
     *
     * @param member whether the reader is a member (links go to the Connection Center and their
     *     settings) or an address outside the workspace
     * @param publicUrl Relink's public URL, without a trailing slash
     */
    public record Letter(
            NoticeKind kind,
            String workspace,
            String publicUrl,
            boolean member,
            List<Item> items) {}

    /**
     * One channel in a message.
     *
     * @param fixUrl where the reader goes to fix it; null when there is nothing to fix
     */
    public record Item(
            UUID channelId,
            String channel,
            String network,
            String headline,
            String nextStep,
            String whoActs,
            Instant at,
            String fixUrl) {}

    /** A written message. */
    public record Written(String subject, String text, String html) {}

    public Written write(Letter letter) {
        String subject = subject(letter);
        Map<String, Object> model = new HashMap<>();
        model.put("subject", subject);
        model.put("title", subject);
        model.put("workspace", letter.workspace());
        model.put("publicUrl", letter.publicUrl());
        model.put("centerUrl", letter.publicUrl() + "/center/channels.xhtml");
        model.put(
                "manageUrl",
                letter.member() ? letter.publicUrl() + "/center/notifications.xhtml" : null);
        model.put("intro", intro(letter));
        List<Map<String, Object>> items =
                letter.items().stream().limit(MAX_ITEMS).map(i -> item(letter.kind(), i)).toList();
        model.put("items", items);
        int more = letter.items().size() - items.size();
        model.put("more", more > 0 ? more : null);
        return new Written(subject, render(text, model), render(html, model));
    }

    private static Map<String, Object> item(NoticeKind kind, Item item) {
        Map<String, Object> model = new HashMap<>();
        model.put("channel", item.channel());
        model.put("network", item.network());
        model.put("headline", item.headline());
        model.put("nextStep", item.nextStep());
        model.put("whoActs", item.whoActs());
        model.put("when", (kind == NoticeKind.DIGEST ? "Since " : "") + WHEN.format(item.at()));
        model.put("fixUrl", item.fixUrl());
        model.put("fixLabel", kind == NoticeKind.EXPIRING ? "Renew it now" : "Reconnect");
        model.put("colour", colour(kind));
        return model;
    }

    static String subject(Letter letter) {
        List<Item> items = letter.items();
        int n = items.size();
        String one = n == 1 ? items.get(0).channel() + " on " + items.get(0).network() : null;
        String ws = letter.workspace();
        return switch (letter.kind()) {
            case EXPIRING ->
                    n == 1
                            ? one + " needs reconnecting soon"
                            : n + " channels of " + ws + " need reconnecting soon";
            case LOST ->
                    n == 1
                            ? one + " lost its access"
                            : n + " channels of " + ws + " lost their access";
            case RECOVERED ->
                    n == 1 ? one + " works again" : n + " channels of " + ws + " work again";
            case UNVERIFIED ->
                    n == 1
                            ? one + " could not be confirmed for a long time"
                            : n + " channels of " + ws + " could not be confirmed for a long time";
            case UNLINKED ->
                    n == 1 ? one + " was unlinked" : n + " channels of " + ws + " were unlinked";
            case DIGEST ->
                    "Daily digest: "
                            + n
                            + (n == 1 ? " channel" : " channels")
                            + " of "
                            + ws
                            + " need attention";
            case ESCALATED ->
                    n == 1
                            ? "Still disconnected: " + one
                            : "Still disconnected: " + n + " channels of " + ws;
        };
    }

    private static String intro(Letter letter) {
        boolean many = letter.items().size() > 1;
        return switch (letter.kind()) {
            case EXPIRING ->
                    (many ? "These channels stop" : "This channel stops")
                            + " publishing when the access below lapses, unless someone"
                            + " reconnects first.";
            case LOST ->
                    (many ? "Posts to these channels are" : "Posts to this channel are")
                            + " not published until the access is restored.";
            case RECOVERED ->
                    (many ? "These channels publish" : "This channel publishes")
                            + " again; nothing more to do.";
            case UNVERIFIED ->
                    "The network could not confirm "
                            + (many ? "these channels'" : "this channel's")
                            + " access for longer than Relink's grace period. They are not known to"
                            + " be broken; Relink keeps trying.";
            case UNLINKED ->
                    (many ? "These channels were" : "This channel was")
                            + " removed from the workspace: Relink no longer publishes to or checks"
                            + " them.";
            case DIGEST -> "Everything in " + letter.workspace() + " that is still not working.";
            case ESCALATED ->
                    (many ? "These channels have" : "This channel has")
                            + " been disconnected for days although people were told. As an owner,"
                            + " please see that someone reconnects.";
        };
    }

    private static String colour(NoticeKind kind) {
        return switch (kind) {
            case LOST, ESCALATED -> "#c81e1e";
            case EXPIRING, UNVERIFIED, DIGEST -> "#d97706";
            case RECOVERED -> "#15803d";
            case UNLINKED -> "#9aa5b1";
        };
    }

    private static String render(Mustache template, Map<String, Object> model) {
        StringWriter out = new StringWriter();
        template.execute(out, model);
        return out.toString();
    }
}
