package io.relink;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jboss.shrinkwrap.resolver.api.maven.Maven;

/**
 * The one place that builds test deployments: the WAR exactly as the build packaged it, plus the
 * test support classes and the libraries in-container tests use. Testing the real artifact means a
 * missing library or descriptor fails here, not in production.
 */
public final class Deployments {

    private Deployments() {}

    public static WebArchive relink() {
        File war = new File(System.getProperty("relink.war", "target/relink.war"));
        if (!war.isFile()) {
            throw new IllegalStateException(
                    "No " + war + ": integration tests run after 'package' (mvn verify)");
        }
        return ShrinkWrap.create(ZipImporter.class, "relink.war")
                .importFrom(war)
                .as(WebArchive.class)
                .addClasses(
                        Deployments.class, Fixtures.class, Http.class, Browser.class, Await.class)
                // ChromiumSession stays out: it names Selenium types, which only the test JVM has
                .addAsLibraries(
                        Maven.resolver()
                                .loadPomFromFile("pom.xml")
                                .resolve("org.assertj:assertj-core")
                                .withTransitivity()
                                .asFile());
    }
}
