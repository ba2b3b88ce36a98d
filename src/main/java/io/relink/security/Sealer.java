package io.relink.security;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

/**
 * Seals secrets for storage with an AEAD (AES-256-GCM through Google Tink) and opens them again.
 *
 * <p>Each ciphertext is bound to a context, such as a token's id and which of its secrets it is, so
 * that a sealed value copied to another row or column does not open. The keyset's primary key
 * seals; every key in the keyset opens, which is what makes key rotation possible.
 */
public final class Sealer {

    private final Aead aead;

    public Sealer(KeysetHandle keyset) {
        try {
            this.aead = keyset.getPrimitive(RegistryConfiguration.get(), Aead.class);
        } catch (GeneralSecurityException unusable) {
            throw new IllegalStateException(
                    "The keyset holds no usable AEAD key: " + unusable.getMessage(), unusable);
        }
    }

    public byte[] seal(String secret, String context) {
        try {
            return aead.encrypt(secret.getBytes(StandardCharsets.UTF_8), associatedData(context));
        } catch (GeneralSecurityException failure) {
            throw new IllegalStateException("Could not seal a secret", failure);
        }
    }

    /**
     * Opens a sealed secret; fails if the key is unknown, the data was altered or the context
     * differs.
     */
    public String open(byte[] sealed, String context) {
        try {
            return new String(
                    aead.decrypt(sealed, associatedData(context)), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException failure) {
            throw new SealBrokenException(
                    "A sealed secret could not be opened (wrong key, altered data or wrong context)",
                    failure);
        }
    }

    private static byte[] associatedData(String context) {
        return ("relink:" + context).getBytes(StandardCharsets.UTF_8);
    }

    /** A sealed value did not open. */
    public static final class SealBrokenException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SealBrokenException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
