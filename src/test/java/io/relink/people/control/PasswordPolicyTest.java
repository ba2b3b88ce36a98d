package io.relink.people.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which passwords a person may choose, and the one sentence they read when they may not. */
class PasswordPolicyTest {

    static final String EMAIL = "Alice.Smithson@Example.com";
    final PasswordPolicy policy = new PasswordPolicy();

    Optional<String> refusal(String password) {
        return policy.refusal(password, EMAIL);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Tangerine-Orbit-Velvet-42",
                "my cat eats 3 lemons daily",
                "Zürich im Nebel, 1987",
                "Xk7#pQ9!mZ2$",
                "🦊 jumps over 🌵 fences",
                "correct horse battery staples",
                "monkey wrench orchestra",
                "passwords are a chore to invent",
            })
    void a_long_uncommon_password_is_accepted(String password) {
        assertThat(refusal(password)).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"short", "Tr0ub4dor&3", "           "})
    void fewer_than_12_characters_are_refused(String password) {
        assertThat(refusal(password)).contains(PasswordPolicy.TOO_SHORT);
    }

    @Test
    void exactly_12_characters_are_enough() {
        assertThat(refusal("Kq4#vLm9!tRz")).isEmpty();
    }

    @Test
    void length_counts_characters_not_utf16_units() {
        String sixEmoji = "😀🎉🦊🌵🍋🚲";
        assertThat(sixEmoji).hasSize(12);
        assertThat(refusal(sixEmoji)).contains(PasswordPolicy.TOO_SHORT);
        assertThat(refusal(sixEmoji + "🐙🎻🧭🪁🦉🍄")).isEmpty();
    }

    @Test
    void at_most_256_characters_are_accepted() {
        String phrase = "Tangerine orbit, velvet 42; ";
        String long256 = phrase.repeat(10).substring(0, 256);
        assertThat(refusal(long256)).isEmpty();
        assertThat(refusal(long256 + "x")).contains(PasswordPolicy.TOO_LONG);
    }

    @Test
    void a_short_but_common_password_is_told_first_about_its_length() {
        assertThat(refusal("password")).contains(PasswordPolicy.TOO_SHORT);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "alice.smithson@example.com",
                "ALICE.SMITHSON@EXAMPLE.COM",
                "alice.smithson",
                "Alice.Smithson2024!",
                "iamALICE.SMITHSONforever",
            })
    void the_email_address_its_local_part_or_a_password_containing_it_is_refused(String password) {
        assertThat(refusal(password)).contains(PasswordPolicy.LIKE_EMAIL);
    }

    @Test
    void a_local_part_of_four_characters_may_not_be_contained() {
        assertThat(policy.refusal("Dear diary, bobx went home", "bobx@example.org"))
                .contains(PasswordPolicy.LIKE_EMAIL);
    }

    @Test
    void a_local_part_shorter_than_four_characters_may_be_contained() {
        assertThat(policy.refusal("jo and the river 1987", "jo@example.org")).isEmpty();
        assertThat(policy.refusal("Annual bike ride 2031", "ann@example.org")).isEmpty();
    }

    @Test
    void an_address_without_at_sign_counts_as_a_whole_local_part() {
        assertThat(policy.refusal("the-admin-team-rocks", "admin-team"))
                .contains(PasswordPolicy.LIKE_EMAIL);
    }

    @Test
    void without_an_address_only_the_other_rules_apply() {
        assertThat(policy.refusal("alice.smithson", null)).isEmpty();
        assertThat(policy.refusal("alice.smithson", "  ")).isEmpty();
        assertThat(policy.refusal("password1234", null)).contains(PasswordPolicy.COMMON);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "password1234",
                "Password123456!",
                "PASSWORD!!!!!!!!",
                "QWERTY123456",
                "qwertyuiopasdfghjkl",
                "1q2w3e4r5t6y",
                "1qaz2wsx3edc",
                "iloveyou2024!",
                "Summer2024!!!",
                "Winter2025...",
                "letmein!!!!!",
                "Welcome1234567",
                "Trustno1234567",
                "Liverpool1892",
                "dragon 2020 !",
                "Monkey_123456",
                "123456789012!",
                "1234567890!!",
            })
    void a_common_password_is_refused_even_with_digits_or_symbols_at_its_end(String password) {
        assertThat(refusal(password)).contains(PasswordPolicy.COMMON);
    }

    @Test
    void an_entry_with_digits_also_refuses_its_stem_with_other_digits() {
        // The list has "blink182" and "jordan23", not "blink" or "jordan1999".
        assertThat(refusal("Blink18299999")).contains(PasswordPolicy.COMMON);
        assertThat(refusal("jordan1999!!!")).contains(PasswordPolicy.COMMON);
    }

    @Test
    void a_stem_of_one_or_two_letters_is_not_looked_up() {
        // "a123456" is in the list; its stem "a" must not refuse random symbols after an "a".
        assertThat(refusal("a9#4!2$7%8&1")).isEmpty();
    }

    @Test
    void only_what_follows_a_common_password_is_stripped() {
        // Only suffixes are the habit the list guards against; a prefix makes its own password.
        assertThat(refusal("94!#password")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("listed")
    void every_listed_password_is_refused_even_padded_to_length(String entry) {
        String padded = entry + "!".repeat(Math.max(0, 12 - entry.length()));
        assertThat(policy.refusal(padded, null)).contains(PasswordPolicy.COMMON);
    }

    @Test
    void the_shipped_list_has_hundreds_of_distinct_lower_case_entries_under_a_header()
            throws IOException {
        List<String> lines = lines();
        assertThat(lines.get(0)).startsWith("#");
        List<String> entries = listed().toList();
        assertThat(entries).hasSizeGreaterThan(500).doesNotHaveDuplicates();
        assertThat(entries)
                .allSatisfy(
                        e -> {
                            assertThat(e)
                                    .isEqualTo(e.toLowerCase(Locale.ROOT))
                                    .isEqualTo(e.strip());
                            assertThat(e.length()).isGreaterThanOrEqualTo(3);
                        });
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "aaaaaaaaaaaa",
                "ZZZZZZZZZZZZZZZZ",
                "!!!!!!!!!!!!",
                "            ",
                "abababababab",
                "abcabcabcabca",
                "1231231231231",
                "x9!Qx9!Qx9!Qx9!Q",
                "🦊🦊🦊🦊🦊🦊🦊🦊🦊🦊🦊🦊",
            })
    void one_character_or_a_short_group_repeated_is_refused(String password) {
        assertThat(refusal(password)).contains(PasswordPolicy.REPEATED);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "234567890123",
                "0123456789012345",
                "210987654321",
                "abcdefghijklm",
                "ABCDEFGHIJKLMN",
                "lkjihgfedcba",
                "xyzabcdefghi",
                "αβγδεζηθικλμ",
            })
    void a_run_of_consecutive_characters_up_or_down_is_refused(String password) {
        assertThat(policy.refusal(password, null)).contains(PasswordPolicy.RUN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"123456789013", "abcdefghijkX", "135792468013"})
    void a_sequence_with_one_break_is_not_a_run(String password) {
        assertThat(policy.refusal(password, null)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                PasswordPolicy.TOO_SHORT,
                PasswordPolicy.TOO_LONG,
                PasswordPolicy.LIKE_EMAIL,
                PasswordPolicy.COMMON,
                PasswordPolicy.REPEATED,
                PasswordPolicy.RUN,
            })
    void every_refusal_is_one_plain_sentence(String sentence) {
        assertThat(sentence).matches("[A-Z][^.]*\\.").hasSizeLessThan(120);
    }

    static Stream<String> listed() throws IOException {
        return lines().stream().filter(l -> !l.isBlank() && !l.startsWith("#"));
    }

    static List<String> lines() throws IOException {
        try (InputStream in =
                        PasswordPolicy.class.getResourceAsStream(
                                "/io/relink/people/common-passwords.txt");
                BufferedReader reader =
                        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().toList();
        }
    }
}
