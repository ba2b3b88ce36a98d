package io.relink.webhooks.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Relink sends webhooks only over https to public addresses, so nobody can aim it at the systems
 * inside its own network. Names are resolved by a fake resolver: these tests never ask DNS.
 */
class DestinationsTest {

    /** The fake DNS: a name and its addresses; unknown names do not resolve. */
    static final Map<String, List<String>> DNS =
            Map.ofEntries(
                    Map.entry("example.com", List.of("93.184.215.14", "2606:2800:21f:cb07::1")),
                    Map.entry("hooks.customer.io", List.of("34.120.10.1")),
                    Map.entry("localhost", List.of("127.0.0.1", "::1")),
                    Map.entry("internal.corp", List.of("10.20.30.40")),
                    Map.entry("metadata.google.internal", List.of("169.254.169.254")),
                    // A public name with one private address among public ones: refused whole.
                    Map.entry("mixed.example", List.of("34.120.10.1", "192.168.1.10")),
                    Map.entry("xn--bcher-kva.example", List.of("34.120.10.2")));

    static final Function<String, List<InetAddress>> RESOLVER =
            host -> {
                List<String> addresses = DNS.get(host);
                if (addresses == null) {
                    throw new IllegalStateException("unknown host " + host);
                }
                return addresses.stream().map(DestinationsTest::literal).toList();
            };

    static Optional<String> refusal(String url) {
        return Destinations.refusal(URI.create(url), false, RESOLVER);
    }

    static Optional<String> demoRefusal(String url) {
        return Destinations.refusal(URI.create(url), true, RESOLVER);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "https://example.com/webhooks",
                "https://example.com:8443/hooks?tenant=4#ignored",
                "HTTPS://EXAMPLE.COM/Hooks",
                "https://hooks.customer.io",
                "https://8.8.8.8/",
                "https://[2606:4700:4700::1111]/",
                "https://xn--bcher-kva.example/",
                "https://34.120.10.1:1/"
            })
    void https_to_a_public_host_is_fine(String url) {
        assertThat(refusal(url)).isEmpty();
    }

    /** url -> words the refusal must contain. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "http://example.com/hooks             | must start with https://",
                "HTTP://example.com/                   | must start with https://",
                "ftp://example.com/                    | must start with https://",
                "example.com/hooks                     | must start with https://",
                "https:example.com                     | no host name",
                "https:///hooks                        | no host name",
                "https://user:pw@example.com/          | user name or password",
                "https://token@example.com/            | user name or password",
                "https://127.0.0.1/                    | 127.0.0.1 is a loopback address",
                "https://127.8.9.10/                   | loopback",
                "https://localhost/                    | localhost points to 127.0.0.1, a loopback address",
                "https://[::1]/                        | loopback",
                "http://[::ffff:127.0.0.1]/            | must start with https://",
                "https://[::ffff:127.0.0.1]/           | loopback",
                "https://[::ffff:10.0.0.1]/            | private network",
                "https://169.254.169.254/latest/meta-data | link-local address (where cloud metadata",
                "https://metadata.google.internal/     | link-local",
                "https://[fe80::1]/                    | link-local",
                "https://10.0.0.1                      | 10.0.0.1 is a private network address",
                "https://172.16.0.1/                   | private network",
                "https://172.31.255.255/               | private network",
                "https://192.168.0.1/                  | private network",
                "https://internal.corp/                | internal.corp points to 10.20.30.40, a private network address",
                "https://mixed.example/                | 192.168.1.10, a private network address",
                "https://[fc00::1]/                    | unique local address",
                "https://[fd12:3456::1]/               | unique local address",
                "https://[fec0::1]/                    | site-local",
                "https://100.64.0.1/                   | carrier-grade NAT",
                "https://100.127.255.254/              | carrier-grade NAT",
                "https://0.0.0.0/                      | the unspecified address",
                "https://[::]/                         | the unspecified address",
                "https://0.1.2.3/                      | 'this network'",
                "https://224.0.0.1/                    | multicast",
                "https://239.255.255.250/              | multicast",
                "https://[ff02::1]/                    | multicast",
                "https://255.255.255.255/              | the broadcast address",
                "https://240.0.0.1/                    | reserved",
                "https://192.0.2.1/                    | documentation",
                "https://198.18.0.1/                   | benchmarks",
                "https://[2001:db8::1]/                | documentation",
                "https://[::127.0.0.1]/                | reserved",
                "https://[64:ff9b::a00:1]/             | private network",
                "https://[2002:7f00:1::]/              | loopback",
                "https://[2001:0:4136:e378::1]/        | Teredo",
                "https://127.1/                        | four numbers from 0 to 255",
                "https://2130706433/                   | four numbers from 0 to 255",
                "https://0177.0.0.1/                   | without leading zeros",
                "https://1.2.3.256/                    | four numbers",
                "https://nowhere.invalid/              | could not be found",
                "https://bücher.example/               | ASCII form, xn--bcher-kva.example",
                "https://bücher.example:8443/          | ASCII form, xn--bcher-kva.example",
                "https://ex_ample.com/                 | ex_ample.com is not valid",
            })
    void what_could_reach_inside_relinks_network_is_refused(String url, String words) {
        assertThat(refusal(url)).hasValueSatisfying(r -> assertThat(r).contains(words));
    }

    @Test
    void a_refusal_never_repeats_a_password() {
        assertThat(refusal("https://admin:s3cret@example.com/"))
                .hasValueSatisfying(r -> assertThat(r).doesNotContain("s3cret"));
    }

    @Test
    void a_name_that_does_not_resolve_is_refused_however_the_resolver_says_so() {
        Function<String, List<InetAddress>> empty = host -> List.of();
        Function<String, List<InetAddress>> nothing = host -> null;
        for (Function<String, List<InetAddress>> resolver : List.of(empty, nothing)) {
            assertThat(Destinations.refusal(URI.create("https://example.com/"), false, resolver))
                    .hasValueSatisfying(r -> assertThat(r).contains("could not be found"));
        }
    }

    @Test
    void a_literal_address_is_judged_without_asking_the_resolver() {
        Function<String, List<InetAddress>> none =
                host -> {
                    throw new AssertionError("asked to resolve " + host);
                };
        assertThat(Destinations.refusal(URI.create("https://8.8.8.8/"), false, none)).isEmpty();
        assertThat(Destinations.refusal(URI.create("https://[2606:4700::1]/"), false, none))
                .isEmpty();
        assertThat(Destinations.refusal(URI.create("https://10.1.1.1/"), false, none)).isPresent();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "http://localhost:8080/demo-receiver",
                "http://127.0.0.1:18080/",
                "http://[::1]:8080/",
                "http://[::ffff:127.0.0.1]/",
                "https://localhost/",
                "https://example.com/"
            })
    void in_demo_mode_plain_http_and_https_may_reach_this_machine(String url) {
        assertThat(demoRefusal(url)).isEmpty();
    }

    /** url -> words the refusal must contain, in demo mode. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "http://example.com/           | plain http is only allowed to this machine",
                "http://mixed.example/         | private network",
                "http://10.0.0.1/              | private network",
                "http://169.254.169.254/       | link-local",
                "https://192.168.1.1/          | private network",
                "http://0.0.0.0:8080/          | unspecified",
                "ftp://localhost/              | must start with https://"
            })
    void demo_mode_opens_loopback_only(String url, String words) {
        assertThat(demoRefusal(url)).hasValueSatisfying(r -> assertThat(r).contains(words));
    }

    /** address -> public. */
    @ParameterizedTest(name = "{0} -> public: {1}")
    @CsvSource({
        "8.8.8.8, true",
        "1.1.1.1, true",
        "93.184.215.14, true",
        "172.15.255.255, true",
        "172.32.0.1, true",
        "100.63.255.255, true",
        "100.128.0.1, true",
        "169.253.1.1, true",
        "223.255.255.255, true",
        "2606:4700:4700::1111, true",
        "2a00:1450:4001::200e, true",
        "64:ff9b::808:808, true", // NAT64 of 8.8.8.8: how IPv6-only networks reach IPv4 hosts
        "2002:808:808::1, true", // 6to4 of 8.8.8.8
        "127.0.0.1, false",
        "10.255.255.255, false",
        "172.16.0.0, false",
        "192.168.255.255, false",
        "169.254.0.1, false",
        "100.64.0.0, false",
        "0.0.0.0, false",
        "0.255.255.255, false",
        "224.0.0.251, false",
        "255.255.255.255, false",
        "::, false",
        "::1, false",
        "fe80::1, false",
        "febf::1, false",
        "fc00::, false",
        "fdff:ffff::1, false",
        "ff05::2, false",
        "64:ff9b::7f00:1, false",
        "64:ff9b::a9fe:a9fe, false",
        "2002:c0a8:101::1, false",
        "3fff::1, true",
        "4000::1, false",
        "100::1, false",
    })
    void only_public_addresses_are_public(String address, boolean isPublic) {
        assertThat(Destinations.publicAddress(literal(address))).isEqualTo(isPublic);
    }

    @Test
    void ipv4_mapped_ipv6_addresses_are_judged_by_the_ipv4_address_inside() throws Exception {
        // java.net turns ::ffff:a.b.c.d into an Inet4Address when it parses one; a resolver or
        // socket may still hand over the Inet6Address form, which must not slip through.
        assertThat(Destinations.publicAddress(mapped(127, 0, 0, 1))).isFalse();
        assertThat(Destinations.publicAddress(mapped(169, 254, 169, 254))).isFalse();
        assertThat(Destinations.publicAddress(mapped(10, 0, 0, 1))).isFalse();
        assertThat(Destinations.publicAddress(mapped(8, 8, 8, 8))).isTrue();
        assertThat(Destinations.deliverable(mapped(127, 0, 0, 1), true)).isTrue();
        assertThat(Destinations.deliverable(mapped(127, 0, 0, 1), false)).isFalse();
    }

    @Test
    void the_address_connected_to_is_checked_again_at_delivery() {
        // DNS rebinding: the name was public when the subscription was saved, and now answers
        // with an inside address.
        assertThat(Destinations.deliverable(literal("34.120.10.1"), false)).isTrue();
        assertThat(Destinations.deliverable(literal("169.254.169.254"), false)).isFalse();
        assertThat(Destinations.deliverable(literal("127.0.0.1"), false)).isFalse();
        assertThat(Destinations.deliverable(literal("::1"), true)).isTrue();
        assertThat(Destinations.deliverable(literal("10.0.0.1"), true)).isFalse();
        assertThat(Destinations.deliverable(literal("0.0.0.0"), true)).isFalse();
    }

    @Test
    void the_system_resolver_reads_a_literal_without_asking_dns() {
        assertThat(Destinations.lookUp("127.0.0.1")).containsExactly(literal("127.0.0.1"));
        assertThat(Destinations.lookUp("[::1")).isEmpty();
    }

    /** An address literal, parsed without DNS. */
    static InetAddress literal(String address) {
        try {
            return InetAddress.getByName(address);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(address, e);
        }
    }

    private static InetAddress mapped(int a, int b, int c, int d) throws UnknownHostException {
        byte[] bytes = new byte[16];
        bytes[10] = (byte) 0xff;
        bytes[11] = (byte) 0xff;
        bytes[12] = (byte) a;
        bytes[13] = (byte) b;
        bytes[14] = (byte) c;
        bytes[15] = (byte) d;
        InetAddress address = Inet6Address.getByAddress(null, bytes, -1);
        assertThat(address).isInstanceOf(Inet6Address.class);
        return address;
    }
}
