package io.relink.webhooks.control;

import io.relink.platform.Mailer;
import io.relink.webhooks.entity.Subscription;
import io.relink.workspaces.control.Memberships;
import io.relink.workspaces.entity.Role;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.UUID;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Tells a workspace's owners by e-mail that Relink disabled one of its webhooks. */
@Stateless
public class DisabledNotices {

    private static final Logger LOG = Logger.getLogger(DisabledNotices.class.getName());

    @PersistenceContext EntityManager em;
    @Inject Memberships memberships;
    @Inject Mailer mailer;

    @Inject
    @ConfigProperty(name = "relink.public-url")
    String publicUrl;

    public void tellOwners(UUID subscriptionId) {
        Subscription subscription = em.find(Subscription.class, subscriptionId);
        if (subscription == null) {
            return;
        }
        memberships.inWorkspace(subscription.workspaceId()).stream()
                .filter(m -> m.role() == Role.OWNER)
                .forEach(
                        owner -> {
                            try {
                                mailer.send(
                                        owner.person().email(),
                                        "Relink disabled a webhook of " + owner.workspace().name(),
                                        "Hello "
                                                + owner.person().displayName()
                                                + ",\n\nRelink could not deliver events to "
                                                + subscription.url()
                                                + " and disabled that webhook.\n"
                                                + subscription.disabledReason()
                                                + "\n\nFix the receiver, then enable the webhook"
                                                + " again and redeliver the deliveries that gave"
                                                + " up (events while it is disabled are not"
                                                + " kept for it): "
                                                + publicUrl
                                                + "/\n");
                            } catch (Mailer.MailNotSent notSent) {
                                LOG.warning(
                                        "Could not tell an owner that webhook "
                                                + subscriptionId
                                                + " was disabled: mail not sent");
                            }
                        });
    }
}
