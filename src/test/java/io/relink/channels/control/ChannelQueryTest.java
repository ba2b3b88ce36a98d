package io.relink.channels.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.relink.channels.entity.ChannelState;
import io.relink.networks.NetworkType;
import io.relink.problems.ProblemException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Paging and filter validation of the channel list: anything wrong is a 400 naming its parameter.
 *
 * <p>Proves rules channels R8 (numbered in the component's package-info).
 */
class ChannelQueryTest {

    static ProblemException rejected(ThrowingCallable parsing) {
        ProblemException problem = catchThrowableOfType(ProblemException.class, parsing);
        assertThat(problem).as("a ProblemException").isNotNull();
        assertThat(problem.status()).isEqualTo(400);
        return problem;
    }

    static void assertRejected(ThrowingCallable parsing, String parameter) {
        assertThat(rejected(parsing).extensions()).containsEntry("parameter", parameter);
    }

    @Test
    void no_parameters_give_page_1_of_50_without_filters() {
        ChannelQuery q = ChannelQuery.parse(null, null, null, null, null, null, null);

        assertThat(q.page()).isEqualTo(1);
        assertThat(q.size()).isEqualTo(50);
        assertThat(q.state()).isNull();
        assertThat(q.network()).isNull();
        assertThat(q.text()).isNull();
        assertThat(q.offset()).isZero();
    }

    @Test
    void empty_parameters_count_as_absent() {
        ChannelQuery q = ChannelQuery.parse("", " ", "", "", "", null, null);

        assertThat(q).isEqualTo(new ChannelQuery(1, 50, null, null, null, null, ChannelOrder.NAME));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "50", "200", " 200 "})
    void sizes_from_1_to_200_are_accepted(String size) {
        assertThat(ChannelQuery.parse(null, size, null, null, null, null, null).size())
                .isEqualTo(Integer.parseInt(size.strip()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"201", "0", "-1", "abc", "1.5", "99999999999"})
    void sizes_outside_1_to_200_are_rejected_naming_size(String size) {
        assertRejected(() -> ChannelQuery.parse(null, size, null, null, null, null, null), "size");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "abc", "1.5", "1e3"})
    void pages_that_are_not_whole_numbers_from_1_are_rejected_naming_page(String page) {
        assertRejected(() -> ChannelQuery.parse(page, null, null, null, null, null, null), "page");
    }

    @Test
    void a_rejected_page_says_what_was_wrong() {
        assertThat(
                        rejected(
                                        () ->
                                                ChannelQuery.parse(
                                                        "abc", null, null, null, null, null, null))
                                .getMessage())
                .contains("page")
                .contains("'abc'");
    }

    @ParameterizedTest(name = "page {0}, size {1} -> offset {2}")
    @CsvSource({
        "1,  50,  0",
        "2,  50,  50",
        "3,  20,  40",
        "10, 200, 1800",
    })
    void the_offset_skips_the_earlier_pages(String page, String size, int offset) {
        assertThat(ChannelQuery.parse(page, size, null, null, null, null, null).offset())
                .isEqualTo(offset);
    }

    @ParameterizedTest
    @ValueSource(strings = {"disconnected", "DISCONNECTED", "Disconnected", " disconnected "})
    void the_state_filter_ignores_case(String state) {
        assertThat(ChannelQuery.parse(null, null, state, null, null, null, null).state())
                .isEqualTo(ChannelState.DISCONNECTED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"facebook", "FACEBOOK", "FaceBook"})
    void the_network_filter_ignores_case(String network) {
        assertThat(ChannelQuery.parse(null, null, null, network, null, null, null).network())
                .isEqualTo(NetworkType.FACEBOOK);
    }

    @Test
    void an_unknown_state_is_rejected_listing_the_allowed_states() {
        ProblemException problem =
                rejected(() -> ChannelQuery.parse(null, null, "broken", null, null, null, null));

        assertThat(problem.extensions()).containsEntry("parameter", "state");
        assertThat(problem.getMessage()).contains("broken");
        for (ChannelState allowed : ChannelState.values()) {
            assertThat(problem.getMessage()).contains(allowed.name());
        }
    }

    @Test
    void an_unknown_network_is_rejected_listing_the_allowed_networks() {
        ProblemException problem =
                rejected(() -> ChannelQuery.parse(null, null, null, "myspace", null, null, null));

        assertThat(problem.extensions()).containsEntry("parameter", "network");
        assertThat(problem.getMessage()).contains("myspace");
        for (NetworkType allowed : NetworkType.values()) {
            assertThat(problem.getMessage()).contains(allowed.name());
        }
    }

    @Test
    void a_text_of_200_characters_is_accepted() {
        String text = "a".repeat(200);

        assertThat(ChannelQuery.parse(null, null, null, null, text, null, null).text())
                .isEqualTo(text);
    }

    @Test
    void a_text_longer_than_200_characters_is_rejected_naming_q() {
        assertRejected(
                () -> ChannelQuery.parse(null, null, null, null, "a".repeat(201), null, null), "q");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t \n"})
    void a_blank_text_is_no_filter(String text) {
        assertThat(ChannelQuery.parse(null, null, null, null, text, null, null).text()).isNull();
    }

    @Test
    void the_text_is_stripped() {
        assertThat(ChannelQuery.parse(null, null, null, null, "  acme  ", null, null).text())
                .isEqualTo("acme");
    }

    @Test
    void the_identity_filter_takes_an_id_in_its_canonical_form() {
        assertThat(
                        ChannelQuery.parse(
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        " 3F0C2A5E-1111-4222-8333-944455556666 ",
                                        null)
                                .identity())
                .isEqualTo(java.util.UUID.fromString("3f0c2a5e-1111-4222-8333-944455556666"));
        assertThat(ChannelQuery.parse(null, null, null, null, null, " ", null).identity()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dana", "1-1-1-1-1", "3f0c2a5e-1111-4222-8333-94445555666x"})
    void an_identity_that_is_not_an_id_is_rejected_naming_the_parameter(String identity) {
        assertRejected(
                () -> ChannelQuery.parse(null, null, null, null, null, identity, null), "identity");
    }
}
