package io.relink.notifications.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.relink.notifications.control.Audience.Exceptions;
import io.relink.notifications.control.Audience.Member;
import io.relink.notifications.entity.NoticeKind;
import io.relink.notifications.entity.Recipient;
import io.relink.workspaces.entity.Role;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AudienceTest {

    static final Member OWNER = member("owner@acme.test", Role.OWNER);
    static final Member ADMIN = member("admin@acme.test", Role.ADMIN);
    static final Member VIEWER = member("viewer@acme.test", Role.VIEWER);
    static final List<Member> TEAM = List.of(OWNER, ADMIN, VIEWER);

    @ParameterizedTest
    @EnumSource(
            value = NoticeKind.class,
            names = {"EXPIRING", "LOST", "RECOVERED", "UNVERIFIED", "UNLINKED"})
    void untilTheyChooseOwnersAndAdminsGetEveryKindButTheDigestAndViewersNone(NoticeKind kind) {
        assertThat(addresses(Audience.of(kind, TEAM, Map.of(), Exceptions.NONE)))
                .containsExactly("owner@acme.test", "admin@acme.test");
    }

    @Test
    void nobodyGetsTheDigestUntilTheyChooseIt() {
        assertThat(Audience.of(NoticeKind.DIGEST, TEAM, Map.of(), Exceptions.NONE)).isEmpty();
        assertThat(
                        addresses(
                                Audience.of(
                                        NoticeKind.DIGEST,
                                        TEAM,
                                        Map.of(VIEWER.personId(), Set.of(NoticeKind.DIGEST)),
                                        Exceptions.NONE)))
                .containsExactly("viewer@acme.test");
    }

    @Test
    void aChoiceReplacesTheRolesDefaultBothWays() {
        Map<UUID, Set<NoticeKind>> choices =
                Map.of(
                        OWNER.personId(), EnumSet.of(NoticeKind.EXPIRING),
                        VIEWER.personId(), EnumSet.of(NoticeKind.LOST));
        assertThat(addresses(Audience.of(NoticeKind.LOST, TEAM, choices, Exceptions.NONE)))
                .containsExactly("admin@acme.test", "viewer@acme.test");
        assertThat(addresses(Audience.of(NoticeKind.EXPIRING, TEAM, choices, Exceptions.NONE)))
                .containsExactly("owner@acme.test", "admin@acme.test");
    }

    @Test
    void anEmptyChoiceMeansNothingEvenForAnOwner() {
        assertThat(
                        addresses(
                                Audience.of(
                                        NoticeKind.LOST,
                                        TEAM,
                                        Map.of(OWNER.personId(), Set.of()),
                                        Exceptions.NONE)))
                .containsExactly("admin@acme.test");
    }

    @Test
    void aChannelAddsAndLeavesOutMembersAndAddsAddressesWhateverTheyChose() {
        Exceptions exceptions =
                new Exceptions(
                        Set.of(VIEWER.personId()),
                        Set.of(ADMIN.personId()),
                        Set.of("page-owner@elsewhere.test"));
        Map<UUID, Set<NoticeKind>> choices = Map.of(VIEWER.personId(), Set.of());
        assertThat(addresses(Audience.of(NoticeKind.LOST, TEAM, choices, exceptions)))
                .containsExactly(
                        "owner@acme.test", "viewer@acme.test", "page-owner@elsewhere.test");
        Recipient outsider = Audience.of(NoticeKind.LOST, TEAM, choices, exceptions).get(2);
        assertThat(outsider.personId()).isNull();
    }

    @Test
    void escalationsGoToTheOwnersOnlyWhateverAnyoneChoseOrTheChannelSays() {
        Exceptions exceptions =
                new Exceptions(
                        Set.of(VIEWER.personId()),
                        Set.of(OWNER.personId()),
                        Set.of("page-owner@elsewhere.test"));
        assertThat(
                        addresses(
                                Audience.of(
                                        NoticeKind.ESCALATED,
                                        TEAM,
                                        Map.of(OWNER.personId(), Set.of()),
                                        exceptions)))
                .containsExactly("owner@acme.test");
    }

    @Test
    void anAddressIsToldOnceHoweverManyWaysLeadToIt() {
        Exceptions exceptions = new Exceptions(Set.of(), Set.of(), Set.of("OWNER@acme.test"));
        assertThat(addresses(Audience.of(NoticeKind.LOST, TEAM, Map.of(), exceptions)))
                .containsExactly("owner@acme.test", "admin@acme.test");
    }

    @Test
    void theDigestIgnoresChannelAddresses() {
        Exceptions exceptions = new Exceptions(Set.of(), Set.of(), Set.of("x@elsewhere.test"));
        assertThat(Audience.of(NoticeKind.DIGEST, TEAM, Map.of(), exceptions)).isEmpty();
    }

    private static Member member(String email, Role role) {
        return new Member(UUID.randomUUID(), email, role);
    }

    private static List<String> addresses(List<Recipient> recipients) {
        return recipients.stream().map(Recipient::address).toList();
    }
}
