package io.relink.sandbox.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A page (channel) on the SANDBOX network. Several accounts may administer one page, as on
 * Facebook; who administers what is in {@link PageAdmin}.
 */
@Entity(name = "SandboxPage")
@Table(name = "sandbox_page")
public class Page {

    @Id
    @Column(length = 100)
    private String id;

    @Column(nullable = false, length = 200)
    private String name;

    protected Page() {}

    public Page(String id, String name) {
        this.id = id;
        this.name = name;
    }

    public void rename(String name) {
        this.name = name;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }
}
