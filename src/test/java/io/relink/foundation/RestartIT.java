package io.relink.foundation;

import static org.assertj.core.api.Assertions.assertThat;

import io.relink.Deployments;
import io.relink.Http;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A stopped and restarted Relink keeps its data: the same channels with the same ids, no second
 * demo seeding, and (because a start refuses a keyset that cannot open the stored canary) the same
 * keyset. Undeploying stops the Payara Micro process; deploying boots a new one.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@RunAsClient
class RestartIT {

    private static final String RELINK = "relink";
    private static List<String> before;

    @ArquillianResource Deployer deployer;

    @Deployment(name = RELINK, managed = false)
    static WebArchive deployment() {
        return Deployments.relink();
    }

    @Test
    @Order(1)
    void start() {
        deployer.deploy(RELINK);
    }

    @Test
    @Order(2)
    void read_before_the_restart(@ArquillianResource @OperateOnDeployment(RELINK) URL base) {
        before = channels(base);
        assertThat(before).hasSizeGreaterThanOrEqualTo(12);
    }

    @Test
    @Order(3)
    void restart() {
        deployer.undeploy(RELINK);
        deployer.deploy(RELINK);
    }

    @Test
    @Order(4)
    void the_same_data_is_there_after_the_restart(
            @ArquillianResource @OperateOnDeployment(RELINK) URL base) {
        assertThat(before).as("read before the restart").isNotNull();
        assertThat(channels(base)).containsExactlyElementsOf(before);
        deployer.undeploy(RELINK);
    }

    private static List<String> channels(URL base) {
        HttpResponse<String> answer = new Http(base).get("api/v1/channels?size=200", Http.DEMO_KEY);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return Http.json(answer).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(
                        i ->
                                i.getString("id")
                                        + " "
                                        + i.getString("name")
                                        + " "
                                        + i.getString("state"))
                .toList();
    }
}
