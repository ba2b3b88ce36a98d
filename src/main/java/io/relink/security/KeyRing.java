package io.relink.security;

import com.google.crypto.tink.KeysetHandle;
import io.relink.platform.Setting;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Holds the keyset that seals every secret, loaded once at start.
 *
 * <p>Rules: the keyset comes from {@code relink.secrets.keyset}; only in demo mode is one
 * generated, once, into the data folder and reused at every start. Outside demo mode Relink refuses
 * to start without a keyset. At every start a canary sealed at the first start must still open, so
 * that a wrong keyset is caught at once instead of at the first token read.
 */
@Singleton
@Startup
@DependsOn("Migrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class KeyRing {

    private static final Logger LOG = Logger.getLogger(KeyRing.class.getName());
    private static final String CANARY = "keyset-canary";
    private static final String CANARY_TEXT = "relink keyset canary";

    @Inject
    @ConfigProperty(name = "relink.secrets.keyset")
    Optional<String> configuredKeyset;

    @Inject
    @ConfigProperty(name = "relink.demo")
    boolean demo;

    @Inject
    @ConfigProperty(name = "relink.data.dir")
    String dataDir;

    @PersistenceContext EntityManager em;

    private Sealer sealer;

    @PostConstruct
    void load() {
        KeysetHandle keyset =
                configuredKeyset
                        .filter(k -> !k.isBlank())
                        .map(Keysets::parse)
                        .orElseGet(this::demoKeyset);
        sealer = new Sealer(keyset);
        verifyCanary();
    }

    /** The sealer for the current keyset. */
    public Sealer sealer() {
        return sealer;
    }

    private KeysetHandle demoKeyset() {
        if (!demo) {
            throw new IllegalStateException(
                    "Relink cannot start: no keyset to seal tokens with. Set relink.secrets.keyset "
                            + "(environment RELINK_SECRETS_KEYSET) to a Tink JSON keyset, e.g. one printed by "
                            + "'java -cp ... io.relink.security.KeysetTool generate' (see README, 'Secrets').");
        }
        Path file = Path.of(dataDir, "keyset.json");
        try {
            if (Files.exists(file)) {
                return Keysets.parse(Files.readString(file));
            }
            Files.createDirectories(file.getParent());
            KeysetHandle fresh = Keysets.generate();
            Files.writeString(file, Keysets.json(fresh));
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the folder's own permissions apply
            }
            LOG.warning(
                    "Demo mode: generated a keyset in "
                            + file.toAbsolutePath()
                            + ". Never use demo mode in production.");
            return fresh;
        } catch (IOException failure) {
            throw new UncheckedIOException(
                    "Could not read or write the demo keyset " + file.toAbsolutePath(), failure);
        }
    }

    private void verifyCanary() {
        Setting canary = em.find(Setting.class, CANARY);
        if (canary == null) {
            em.persist(new Setting(CANARY, sealer.seal(CANARY_TEXT, CANARY)));
            return;
        }
        try {
            sealer.open(canary.value(), CANARY);
        } catch (Sealer.SealBrokenException wrongKey) {
            throw new IllegalStateException(
                    "Relink cannot start: the configured keyset cannot open the secrets already in "
                            + "the database. Configure the keyset they were sealed with (when rotating, keep the old keys in the keyset).",
                    wrongKey);
        }
    }
}
