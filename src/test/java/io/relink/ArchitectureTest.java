package io.relink;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.relink.channels.control.ChannelLedger;
import io.relink.channels.control.TokenVault;
import io.relink.channels.entity.AccessToken;
import io.relink.channels.entity.Channel;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The structure's rules, checked on the compiled classes of src/main: components (the packages
 * directly under {@code io.relink}) depend on each other one way only; control and entity classes
 * never use a boundary; and the channel aggregate has one writer.
 *
 * <p>Proves rules channels R10 (the one writer) and the rules between components of
 * src/docs/architecture.md (numbered in the component's package-info).
 */
class ArchitectureTest {

    /** What changes a token's status, lifetimes or secrets, or a channel's stored state or link. */
    private static final Set<String> TOKEN_CHANGES =
            Set.of(
                    "storeSecrets",
                    "grant",
                    "confirm",
                    "troubled",
                    "unverified",
                    "die",
                    "reconnected",
                    "erase",
                    "announced");

    private static final Set<String> CHANNEL_CHANGES =
            Set.of("derived", "announce", "unlink", "relink");

    private static JavaClasses main;

    @BeforeAll
    static void importMain() {
        main =
                new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("io.relink");
    }

    @Test
    void components_depend_on_each_other_one_way_only() {
        slices().matching("io.relink.(*)..")
                .namingSlices("$1")
                .should()
                .beFreeOfCycles()
                .check(main);
    }

    @Test
    void control_and_entity_classes_never_use_a_boundary() {
        noClasses()
                .that()
                .resideInAnyPackage("..control..", "..entity..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("..boundary..")
                .check(main);
    }

    @Test
    void entities_use_no_control_class() {
        noClasses()
                .that()
                .resideInAPackage("..entity..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("..control..")
                .check(main);
    }

    @Test
    void only_the_ledger_changes_tokens_and_the_stored_state_of_channels() {
        noClasses()
                .that()
                .doNotHaveFullyQualifiedName("io.relink.channels.control.ChannelChange")
                .and()
                .doNotBelongToAnyOf(
                        ChannelLedger.class, AccessToken.class, Channel.class, TokenVault.class)
                .should()
                .callMethodWhere(changes(AccessToken.class, TOKEN_CHANGES))
                .orShould()
                .callMethodWhere(changes(TokenVault.class, Set.of("store")))
                .orShould()
                .callMethodWhere(changes(Channel.class, CHANNEL_CHANGES))
                .orShould()
                .callConstructorWhere(
                        DescribedPredicate.describe(
                                "a new AccessToken",
                                call -> call.getTargetOwner().isEquivalentTo(AccessToken.class)))
                .because(
                        "ChannelLedger is the one writer of a channel and its tokens (rule L1-L5 in its Javadoc)")
                .check(main);
    }

    private static DescribedPredicate<JavaAccess<?>> changes(Class<?> owner, Set<String> methods) {
        return DescribedPredicate.describe(
                owner.getSimpleName() + "." + methods,
                call ->
                        call.getTargetOwner().isEquivalentTo(owner)
                                && methods.contains(call.getName()));
    }
}
