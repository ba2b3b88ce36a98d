package io.relink.security;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

/**
 * Reads, writes, generates and rotates Tink keysets in their JSON form. The configured keyset may
 * be given as JSON or as base64 of that JSON (handier in an environment variable).
 */
public final class Keysets {

    static {
        try {
            AeadConfig.register();
        } catch (GeneralSecurityException impossible) {
            throw new ExceptionInInitializerError(impossible);
        }
    }

    private Keysets() {}

    public static KeysetHandle parse(String text) {
        String json = text.strip();
        if (!json.startsWith("{")) {
            try {
                json = new String(Base64.getDecoder().decode(json), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException notBase64) {
                throw new IllegalStateException(
                        "The keyset is neither Tink JSON nor base64 of it", notBase64);
            }
        }
        try {
            return TinkJsonProtoKeysetFormat.parseKeyset(json, InsecureSecretKeyAccess.get());
        } catch (GeneralSecurityException broken) {
            throw new IllegalStateException(
                    "The keyset is not a valid Tink JSON keyset: " + broken.getMessage(), broken);
        }
    }

    public static String json(KeysetHandle keyset) {
        try {
            return TinkJsonProtoKeysetFormat.serializeKeyset(keyset, InsecureSecretKeyAccess.get());
        } catch (GeneralSecurityException failure) {
            throw new IllegalStateException("Could not write the keyset", failure);
        }
    }

    /** A new keyset with one AES-256-GCM key. */
    public static KeysetHandle generate() {
        try {
            return KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
        } catch (GeneralSecurityException failure) {
            throw new IllegalStateException("Could not generate a keyset", failure);
        }
    }

    /**
     * The same keyset plus a new primary key: from then on new secrets are sealed with the new key,
     * while everything sealed before still opens with the older keys.
     */
    public static KeysetHandle rotate(KeysetHandle keyset) {
        try {
            return KeysetHandle.newBuilder(keyset)
                    .addEntry(
                            KeysetHandle.generateEntryFromParameters(
                                            PredefinedAeadParameters.AES256_GCM)
                                    .withRandomId()
                                    .makePrimary())
                    .build();
        } catch (GeneralSecurityException failure) {
            throw new IllegalStateException("Could not rotate the keyset", failure);
        }
    }
}
