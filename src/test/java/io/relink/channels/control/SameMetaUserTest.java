package io.relink.channels.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.relink.networks.NetworkType;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SameMetaUserTest {

    private static SameMetaUser.Ref ref(NetworkType network, String user, String name) {
        return new SameMetaUser.Ref(UUID.randomUUID(), network, user, name);
    }

    @Test
    void facebook_and_instagram_identities_with_one_facebook_user_id_are_one_person() {
        SameMetaUser.Ref facebook = ref(NetworkType.FACEBOOK, "10158000000000001", "Jane Doe");
        SameMetaUser.Ref instagram = ref(NetworkType.INSTAGRAM, "10158000000000001", "Jane D.");
        List<SameMetaUser.Ref> both = List.of(facebook, instagram);

        assertThat(SameMetaUser.of(both, both))
                .containsEntry(facebook.id(), List.of(instagram))
                .containsEntry(instagram.id(), List.of(facebook))
                .hasSize(2);
    }

    @Test
    void names_other_ids_and_other_networks_say_nothing() {
        SameMetaUser.Ref facebook = ref(NetworkType.FACEBOOK, "10158000000000001", "Jane Doe");
        // Instagram Login's own user id, the same name: not known to be Jane
        SameMetaUser.Ref instagram = ref(NetworkType.INSTAGRAM, "17841400000000001", "Jane Doe");
        // Threads and LinkedIn ids are their own, even when the digits happen to agree
        SameMetaUser.Ref threads = ref(NetworkType.THREADS, "10158000000000001", "Jane Doe");
        SameMetaUser.Ref linkedin = ref(NetworkType.LINKEDIN, "10158000000000001", "Jane Doe");
        List<SameMetaUser.Ref> all = List.of(facebook, instagram, threads, linkedin);

        assertThat(SameMetaUser.of(all, all)).isEmpty();
    }

    @Test
    void two_identities_on_one_network_are_never_grouped_here() {
        // one network keeps one identity per user id; two would be two workspaces' rows
        SameMetaUser.Ref one = ref(NetworkType.FACEBOOK, "1", "A");
        SameMetaUser.Ref other = ref(NetworkType.FACEBOOK, "1", "A");
        SameMetaUser.Ref missing = ref(NetworkType.INSTAGRAM, null, "B");
        List<SameMetaUser.Ref> all = List.of(one, other, missing);

        assertThat(SameMetaUser.of(all, all)).isEmpty();
    }
}
