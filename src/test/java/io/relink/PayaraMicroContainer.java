package io.relink;

import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import java.util.logging.Logger;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.protocol.metadata.HTTPContext;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.client.protocol.metadata.Servlet;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.shrinkwrap.api.Archive;

/**
 * Payara's Arquillian connector, with one race closed. The connector reads Payara Micro's output
 * every 200 ms and takes the deployment as started as soon as the instance configuration shows its
 * ports; the servlets are listed a few lines further down the same log record. When the snapshot
 * falls between those lines (seen once in CI, on a busy machine), it reports a deployment without
 * servlets and every test of the class fails with "ArquillianServletRunnerEE9 not found".
 *
 * <p>Relink's WAR has one context root, {@code /} ({@code glassfish-web.xml}), and the Servlet
 * protocol adds its runner to every test archive; so where the connector found none, the runner is
 * named here. Were it really missing, the tests would still fail, with a 404 from the runner.
 */
public class PayaraMicroContainer extends PayaraMicroDeployableContainer {

    private static final Logger LOG = Logger.getLogger(PayaraMicroContainer.class.getName());
    static final String RUNNER = "ArquillianServletRunnerEE9";
    static final String CONTEXT_ROOT = "/";

    @Override
    public ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
        ProtocolMetaData found = super.deploy(archive);
        for (HTTPContext context : found.getContexts(HTTPContext.class)) {
            if (context.getServletByName(RUNNER) == null) {
                LOG.warning(
                        "The connector read no servlets from Payara Micro's output (it read it too"
                                + " early); naming "
                                + RUNNER
                                + " at "
                                + CONTEXT_ROOT);
                context.add(new Servlet(RUNNER, CONTEXT_ROOT));
            }
        }
        return found;
    }

    /** Puts {@link PayaraMicroContainer} where the connector's own container would be. */
    public static class Extension implements LoadableExtension {
        @Override
        public void register(ExtensionBuilder builder) {
            builder.override(
                    DeployableContainer.class,
                    PayaraMicroDeployableContainer.class,
                    PayaraMicroContainer.class);
        }
    }
}
