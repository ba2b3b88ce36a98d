package io.relink.people.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Counts failed sign-ins per client address on this node (an attacker trying many accounts from one
 * address); the per-account count lives in the database, see {@link SignIns}.
 *
 * <p>An address gets {@value #FREE_FAILURES} free failures, not the account's few: behind a proxy
 * or a company's NAT many people share one address, and a few people mistyping must not pause
 * everybody's sign-in. It still slows down guessing across many accounts.
 */
@ApplicationScoped
public class AddressThrottle {

    static final int FREE_FAILURES = 20;

    private final SignInThrottle throttle = new SignInThrottle(FREE_FAILURES);

    public Optional<Duration> refusedFor(String address, Instant now) {
        return address == null ? Optional.empty() : throttle.refusedFor(key(address), now);
    }

    public void failed(String address, Instant now) {
        if (address != null) {
            throttle.failed(key(address), now);
        }
    }

    public void succeeded(String address) {
        if (address != null) {
            throttle.succeeded(key(address));
        }
    }

    /**
     * An IPv4 address as it is; an IPv6 address by its /64 prefix, since one subscriber usually
     * holds a whole /64 and could otherwise try from a fresh address each time.
     */
    static String key(String address) {
        if (!address.contains(":")) {
            return address;
        }
        try {
            byte[] bytes = java.net.InetAddress.getByName(address).getAddress();
            if (bytes.length != 16) {
                return address;
            }
            return java.util.HexFormat.of().formatHex(bytes, 0, 8) + "::/64";
        } catch (java.net.UnknownHostException notAnAddress) {
            return address;
        }
    }
}
