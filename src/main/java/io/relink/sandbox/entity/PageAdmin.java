package io.relink.sandbox.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * An account's role on a page. The row stays when the role is lost ({@code admin} false), so that
 * the page is still listed for the account and a restore can give the role back.
 */
@Entity(name = "SandboxPageAdmin")
@Table(name = "sandbox_page_admin")
@NamedQuery(
        name = PageAdmin.OF_ACCOUNT,
        query = "select a from SandboxPageAdmin a where a.accountId = :account order by a.pageId")
@NamedQuery(
        name = PageAdmin.ONE,
        query =
                "select a from SandboxPageAdmin a where a.accountId = :account and a.pageId = :page")
public class PageAdmin {

    public static final String OF_ACCOUNT = "SandboxPageAdmin.ofAccount";
    public static final String ONE = "SandboxPageAdmin.one";

    @Id private UUID id;

    @Column(name = "account_id", nullable = false, length = 100)
    private String accountId;

    @Column(name = "page_id", nullable = false, length = 100)
    private String pageId;

    @Column(name = "is_admin", nullable = false)
    private boolean admin;

    protected PageAdmin() {}

    public PageAdmin(String accountId, String pageId) {
        this.id = UUID.randomUUID();
        this.accountId = accountId;
        this.pageId = pageId;
        this.admin = true;
    }

    public void restore() {
        this.admin = true;
    }

    public String accountId() {
        return accountId;
    }

    public String pageId() {
        return pageId;
    }

    public boolean admin() {
        return admin;
    }
}
