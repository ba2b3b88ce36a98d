package io.relink.workspaces.control;

import io.relink.people.control.People;
import io.relink.people.entity.Person;
import io.relink.workspaces.entity.Workspace;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Decides who a person verified by the identity provider is, in one transaction: someone Relink
 * knows (by the provider's subject, or by e-mail address the first time, which links the two), or
 * someone with a pending invitation to that address, who is made now and joins every workspace that
 * invited them (the provider vouches for the address as the invitation's e-mail would). Nobody else
 * is made. Groups a workspace maps to roles (see {@link GroupRoles}) give roles there at every such
 * sign-in.
 */
@Stateless
public class Admissions {

    @Inject People people;
    @Inject Invitations invitations;
    @Inject Memberships memberships;

    @PersistenceContext EntityManager em;

    /** The person, or empty when they are neither known nor invited. */
    public Optional<Person> admit(
            String subject, String email, String name, Collection<String> groups) {
        Optional<Person> known = people.bySubject(subject).or(() -> people.byEmail(email));
        Person person;
        if (known.isPresent()) {
            person = known.get();
            if (person.externalSubject() == null) {
                person.linkExternal(subject);
            }
        } else if (invitations.pendingFor(email)) {
            person = people.add(email, name, false);
            person.linkExternal(subject);
        } else {
            return Optional.empty();
        }
        invitations.acceptPendingFor(person);
        Map<UUID, String> mappings = new HashMap<>();
        em.createNamedQuery(Workspace.WITH_SSO_GROUPS, Workspace.class)
                .getResultList()
                .forEach(w -> mappings.put(w.id(), w.ssoGroups()));
        memberships.grant(person, GroupRoles.of(mappings).rolesFor(groups));
        return Optional.of(person);
    }
}
