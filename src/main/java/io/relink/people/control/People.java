package io.relink.people.control;

import io.relink.people.entity.Person;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/** Finds and makes the people who sign in to Relink. */
@Stateless
public class People {

    @PersistenceContext EntityManager em;
    @Inject Clock clock;

    public Optional<Person> byEmail(String email) {
        if (email == null || email.isBlank() || email.length() > 320) {
            return Optional.empty();
        }
        return em.createNamedQuery(Person.BY_EMAIL, Person.class)
                .setParameter("email", Person.normalize(email))
                .getResultStream()
                .findFirst();
    }

    public Optional<Person> byId(UUID id) {
        return Optional.ofNullable(id == null ? null : em.find(Person.class, id));
    }

    /** The person signed in through the identity provider with this issuer and subject. */
    public Optional<Person> bySubject(String subject) {
        return em.createNamedQuery(Person.BY_SUBJECT, Person.class)
                .setParameter("subject", subject)
                .getResultStream()
                .findFirst();
    }

    public boolean anyone() {
        return em.createNamedQuery(Person.COUNT, Long.class).getSingleResult() > 0;
    }

    public boolean anyInstanceAdmin() {
        return em.createQuery(
                                "select count(p) from Person p where p.instanceAdmin = true",
                                Long.class)
                        .getSingleResult()
                > 0;
    }

    /** Makes the person with this address an instance administrator; false if there is none. */
    public boolean makeInstanceAdmin(String email) {
        Optional<Person> person = byEmail(email);
        person.ifPresent(p -> p.instanceAdmin(true));
        return person.isPresent();
    }

    /** A new person with no password yet (it comes through a link, or a sign-on). */
    public Person add(String email, String name, boolean instanceAdmin) {
        Person person = new Person(email, name, instanceAdmin, clock.instant());
        em.persist(person);
        return person;
    }

    /** A new person with a password hash already made (demo seeding, the bootstrap). */
    public Person add(String email, String name, boolean instanceAdmin, String passwordHash) {
        Person person = add(email, name, instanceAdmin);
        person.password(passwordHash);
        return person;
    }
}
