package io.relink.sandbox.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A page (channel) on the SANDBOX network. Several accounts may administer one page, as on
 * Facebook; who administers what is in {@link PageAdmin}.
 */
@Entity(name = "SandboxPage")
@Table(name = "sandbox_page")
public class Page extends Named {

    protected Page() {}

    public Page(String id, String name) {
        super(id, name);
    }
}
