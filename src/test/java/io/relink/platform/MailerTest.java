package io.relink.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MailerTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "jane@example.com          | true",
                "jane.doe+relink@mail.co   | true",
                "not an address            | false",
                "a@b.c, d@e.f              | false",
                "Jane <jane@example.com>   | false",
                "@example.com              | false",
                "''                        | false",
            })
    void only_one_plain_address_is_an_address(String text, boolean expected) { // R3
        assertThat(Mailer.isAddress(text)).isEqualTo(expected);
    }
}
