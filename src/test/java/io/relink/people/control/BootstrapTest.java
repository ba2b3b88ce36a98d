package io.relink.people.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.relink.people.entity.LinkPurpose;
import io.relink.people.entity.Person;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The first start outside demo mode, with the database and links replaced by notes. */
class BootstrapTest {

    final List<Person> made = new ArrayList<>();
    final List<String> links = new ArrayList<>();
    boolean anyone;
    boolean anyAdmin;
    final List<String> promoted = new ArrayList<>();

    Bootstrap bootstrap(boolean demo, String email, String password) {
        Bootstrap bootstrap = new Bootstrap();
        bootstrap.demo = demo;
        bootstrap.adminEmail = Optional.ofNullable(email);
        bootstrap.adminPassword = Optional.ofNullable(password);
        bootstrap.people =
                new People() {
                    @Override
                    public boolean anyone() {
                        return anyone;
                    }

                    @Override
                    public boolean anyInstanceAdmin() {
                        return anyAdmin;
                    }

                    @Override
                    public boolean makeInstanceAdmin(String email) {
                        promoted.add(email);
                        return true;
                    }

                    @Override
                    public Person add(String email, String name, boolean instanceAdmin) {
                        Person person = new Person(email, name, instanceAdmin, Instant.EPOCH);
                        made.add(person);
                        return person;
                    }
                };
        bootstrap.passwords =
                new Passwords() {
                    @Override
                    public String hash(String password) {
                        return "hashed:" + password;
                    }
                };
        bootstrap.links =
                new PersonLinks() {
                    @Override
                    public String issue(Person person, LinkPurpose purpose, Duration life) {
                        assertThat(purpose).isEqualTo(LinkPurpose.SETUP);
                        assertThat(life).isEqualTo(Duration.ofHours(1));
                        links.add(person.email());
                        return "http://localhost/password.xhtml?link=x";
                    }
                };
        return bootstrap;
    }

    @Test
    void an_empty_database_gets_the_configured_administrator_with_a_setup_link() { // R6
        bootstrap(false, " IT@Example.com ", null).letTheFirstPersonIn();
        assertThat(made)
                .singleElement()
                .satisfies(
                        p -> {
                            assertThat(p.email()).isEqualTo("it@example.com");
                            assertThat(p.instanceAdmin()).isTrue();
                            assertThat(p.passwordHash()).isNull();
                        });
        assertThat(links).containsExactly("it@example.com");
    }

    @Test
    void a_configured_strong_password_is_hashed_and_no_link_is_made() { // R6
        bootstrap(false, "it@example.com", "Four oak trees stand tall!").letTheFirstPersonIn();
        assertThat(made)
                .singleElement()
                .satisfies(
                        p ->
                                assertThat(p.passwordHash())
                                        .isEqualTo("hashed:Four oak trees stand tall!"));
        assertThat(links).isEmpty();
    }

    @Test
    void a_weak_configured_password_makes_nobody() { // R6
        bootstrap(false, "it@example.com", "password1234").letTheFirstPersonIn();
        assertThat(made).isEmpty();
        assertThat(links).isEmpty();
    }

    @Test
    void without_an_address_nobody_is_made_and_there_is_no_default_password() { // R6
        bootstrap(false, null, "Four oak trees stand tall!").letTheFirstPersonIn();
        bootstrap(false, "not-an-address", null).letTheFirstPersonIn();
        assertThat(made).isEmpty();
    }

    @Test
    void demo_mode_and_a_database_with_people_and_an_administrator_are_left_alone() { // R6
        bootstrap(true, "it@example.com", null).letTheFirstPersonIn();
        anyone = true;
        anyAdmin = true;
        bootstrap(false, "it@example.com", null).letTheFirstPersonIn();
        assertThat(made).isEmpty();
        assertThat(promoted).isEmpty();
    }

    @Test
    void a_database_with_people_but_no_administrator_gets_the_configured_person_promoted() { // R6
        anyone = true;
        bootstrap(false, "it@example.com", "Four oak trees stand tall!").letTheFirstPersonIn();
        assertThat(made).isEmpty();
        assertThat(promoted).containsExactly("it@example.com");
        assertThat(links).isEmpty();
    }
}
