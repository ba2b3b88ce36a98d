package io.relink.sandbox.entity;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Accounts and pages share their id and name: kept at creation, the name changed by a rename,
 * mapped once for both tables.
 */
class NamedTest {

    @Test
    void an_account_and_a_page_keep_their_id_and_take_a_new_name() {
        Account account = new Account("ana", "Ana Sandbox", Instant.parse("2026-01-01T00:00:00Z"));
        Page page = new Page("sbx-page-1", "Acme Sandbox Page");
        assertThat(account.id()).isEqualTo("ana");
        assertThat(account.name()).isEqualTo("Ana Sandbox");
        assertThat(account.withdrawnScopes()).isEmpty();
        assertThat(page.id()).isEqualTo("sbx-page-1");
        assertThat(page.name()).isEqualTo("Acme Sandbox Page");

        account.rename("Ana B. Sandbox");
        page.rename("Acme Page");
        assertThat(account.id()).isEqualTo("ana");
        assertThat(account.name()).isEqualTo("Ana B. Sandbox");
        assertThat(page.id()).isEqualTo("sbx-page-1");
        assertThat(page.name()).isEqualTo("Acme Page");
    }

    /**
     * The columns of sandbox_account and sandbox_page: id varchar(100) primary key, name
     * varchar(200) not null.
     */
    @Test
    void the_id_and_the_name_are_mapped_as_both_tables_have_them() throws NoSuchFieldException {
        assertThat(Named.class.isAnnotationPresent(MappedSuperclass.class)).isTrue();
        var id = Named.class.getDeclaredField("id");
        assertThat(id.isAnnotationPresent(Id.class)).isTrue();
        assertThat(id.getAnnotation(Column.class).length()).isEqualTo(100);
        Column name = Named.class.getDeclaredField("name").getAnnotation(Column.class);
        assertThat(name.nullable()).isFalse();
        assertThat(name.length()).isEqualTo(200);
        assertThat(name.name()).isEmpty();
    }
}
