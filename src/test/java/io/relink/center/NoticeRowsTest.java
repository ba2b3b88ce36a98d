package io.relink.center;

import static org.assertj.core.api.Assertions.assertThat;

import io.relink.notifications.entity.Notice;
import io.relink.notifications.entity.NoticeKind;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class NoticeRowsTest {

    private static final UUID ANA = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID BEN = UUID.fromString("00000000-0000-0000-0000-00000000000b");

    @Test
    void a_notice_nobody_got_because_the_mail_server_refused_it_is_red_and_a_sent_one_green() {
        assertThat(NoticeRows.colour(Notice.Status.SENT, null)).isEqualTo("green");
        assertThat(NoticeRows.colour(Notice.Status.PENDING, null)).isEqualTo("amber");
        assertThat(NoticeRows.colour(Notice.Status.PENDING, "Connection refused")).isEqualTo("red");
        assertThat(NoticeRows.colour(Notice.Status.CANCELLED, null)).isEqualTo("grey");
    }

    @Test
    void every_kind_a_person_may_choose_is_offered_and_escalations_are_not() {
        assertThat(NoticeRows.KINDS.stream().map(NoticeRows.Kind::key))
                .containsExactlyInAnyOrderElementsOf(
                        EnumSet.allOf(NoticeKind.class).stream()
                                .filter(NoticeKind::choosable)
                                .map(NoticeKind::key)
                                .toList());
        assertThat(NoticeRows.KINDS).allSatisfy(k -> assertThat(k.explanation()).endsWith("."));
    }

    @Test
    void kinds_are_listed_in_the_pages_order_whatever_the_set() {
        assertThat(NoticeRows.keys(EnumSet.of(NoticeKind.DIGEST, NoticeKind.EXPIRING)))
                .containsExactly("expiring", "digest");
        assertThat(NoticeRows.ticks(List.of("lost")))
                .containsEntry("lost", true)
                .containsEntry("expiring", false)
                .hasSize(6);
    }

    @Test
    void saving_the_grid_writes_only_the_rows_that_changed_so_the_others_keep_their_default() {
        Map<UUID, List<String>> read = Map.of(ANA, List.of("expiring", "lost"), BEN, List.of());
        Map<UUID, Map<String, Boolean>> grid = new LinkedHashMap<>();
        grid.put(ANA, NoticeRows.ticks(List.of("lost", "expiring")));
        grid.put(BEN, NoticeRows.ticks(List.of("digest")));

        Map<UUID, Collection<String>> changed = NoticeRows.changed(read, grid);

        assertThat(changed).containsOnlyKeys(BEN);
        assertThat(changed.get(BEN)).containsExactly("digest");
    }

    @Test
    void unticking_everything_is_a_change_to_no_kinds() {
        Map<UUID, Map<String, Boolean>> grid = new LinkedHashMap<>();
        grid.put(ANA, NoticeRows.ticks(List.of()));
        assertThat(NoticeRows.changed(Map.of(ANA, List.of("lost")), grid).get(ANA)).isEmpty();
    }

    @Test
    void extra_addresses_are_read_one_per_line_and_blank_lines_are_ignored() {
        assertThat(
                        NoticeRows.lines(
                                "a@example.com\n\n  b@example.com \r\nc@example.com, d@example.com"))
                .containsExactly(
                        "a@example.com", "b@example.com", "c@example.com", "d@example.com");
        assertThat(NoticeRows.lines(null)).isEmpty();
        assertThat(NoticeRows.lines("  \n ")).isEmpty();
    }

    @Test
    void the_fix_alert_reads_as_sentences_without_doubled_full_stops() {
        assertThat(
                        NoticeRows.fix(
                                "Page z1",
                                "Sandbox",
                                "Wendy Web changed their Sandbox password, which cut Relink's access.",
                                "Reconnect with Wendy Web's account"))
                .isEqualTo(
                        "Page z1 on Sandbox: Wendy Web changed their Sandbox password, which cut"
                                + " Relink's access. Reconnect with Wendy Web's account.");
        assertThat(NoticeRows.fix("Page z1", "Sandbox", null, null))
                .isEqualTo("Page z1 on Sandbox: it needs attention.");
    }

    @Test
    void a_channels_exceptions_read_as_each_members_choice_and_back() {
        java.util.UUID ana = java.util.UUID.randomUUID();
        java.util.UUID ben = java.util.UUID.randomUUID();
        java.util.UUID cy = java.util.UUID.randomUUID();
        java.util.Map<java.util.UUID, String> members = new java.util.LinkedHashMap<>();
        members.put(ana, "Ana");
        members.put(ben, "Ben");
        members.put(cy, "Cy");
        List<NoticeRows.Told> told = NoticeRows.told(members, List.of(ana), List.of(cy));
        assertThat(told)
                .extracting(NoticeRows.Told::getName, NoticeRows.Told::getChoice)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Ana", "always"),
                        org.assertj.core.groups.Tuple.tuple("Ben", "as-chosen"),
                        org.assertj.core.groups.Tuple.tuple("Cy", "never"));

        told.get(0).setChoice("as-chosen");
        told.get(1).setChoice("never");
        told.get(2).setChoice("made up"); // what a page cannot post reads as "as they chose"
        assertThat(NoticeRows.chose(told, NoticeRows.ALWAYS)).isEmpty();
        assertThat(NoticeRows.chose(told, NoticeRows.NEVER)).containsExactly(ben);
        assertThat(told.get(2).getChoice()).isEqualTo("as-chosen");
    }
}
