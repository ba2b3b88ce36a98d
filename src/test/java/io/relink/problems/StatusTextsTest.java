package io.relink.problems;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StatusTextsTest {

    @ParameterizedTest
    @ValueSource(ints = {400, 401, 403, 404, 405, 408, 413, 415, 418, 429, 503})
    void every_client_status_keeps_its_number_and_says_something_to_both_readers(int status) {
        StatusTexts texts = StatusTexts.of(status);
        assertThat(texts.status()).isEqualTo(status);
        assertThat(texts.type()).matches("[a-z-]+");
        assertThat(texts.forClients()).isNotBlank().doesNotContain("Exception");
        assertThat(texts.forPeople()).isNotBlank().doesNotContain("Exception");
    }

    @Test
    void a_method_nothing_implements_is_a_method_not_allowed_not_a_server_failure() {
        assertThat(StatusTexts.of(501).status()).isEqualTo(405);
        assertThat(StatusTexts.of(501).type()).isEqualTo("method-not-allowed");
    }

    @ParameterizedTest
    @ValueSource(ints = {500, 502, 504, 505})
    void every_server_failure_is_one_internal_error_that_points_to_the_incident(int status) {
        StatusTexts texts = StatusTexts.of(status);
        assertThat(texts.status()).isEqualTo(500);
        assertThat(texts.type()).isEqualTo("internal-error");
        assertThat(texts.forPeople()).contains("incident");
    }

    @Test
    void a_missing_page_says_so_in_words_people_use() {
        assertThat(StatusTexts.of(404).forPeople()).startsWith("There is no such page");
        assertThat(StatusTexts.of(404).forClients()).isEqualTo("No such resource.");
    }
}
