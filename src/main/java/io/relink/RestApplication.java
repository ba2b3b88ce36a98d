package io.relink;

import io.relink.channels.boundary.ChannelsResource;
import io.relink.channels.boundary.CredentialResource;
import io.relink.channels.boundary.IdentitiesResource;
import io.relink.channels.boundary.SummaryResource;
import io.relink.checks.boundary.CheckNowResource;
import io.relink.checks.boundary.FailureReportsResource;
import io.relink.notifications.boundary.ChannelNotificationsResource;
import io.relink.notifications.boundary.MyNotificationsResource;
import io.relink.notifications.boundary.NotificationSettingsResource;
import io.relink.notifications.boundary.NotificationsResource;
import io.relink.platform.JsonConfig;
import io.relink.problems.BodyLimit;
import io.relink.problems.MediaTypes;
import io.relink.problems.ProblemMapper;
import io.relink.reconnect.boundary.CallbacksResource;
import io.relink.reconnect.boundary.ConnectionsResource;
import io.relink.reconnect.boundary.IdentityReconnectsResource;
import io.relink.reconnect.boundary.ReconnectsResource;
import io.relink.webhooks.boundary.WebhooksResource;
import io.relink.workspaces.boundary.ApiKeysResource;
import io.relink.workspaces.boundary.InvitationsResource;
import io.relink.workspaces.boundary.MeResource;
import io.relink.workspaces.boundary.MembersResource;
import io.relink.workspaces.boundary.ScopeFilter;
import io.relink.workspaces.boundary.WorkspacesResource;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import java.util.Set;

/**
 * The REST API, version 1. Callers are recognized by {@code security.CallerAuthentication} (API
 * keys; members by basic authentication) and each endpoint's scope is enforced by {@link
 * ScopeFilter}.
 *
 * <p>Its classes are listed rather than scanned: the WAR holds a second JAX-RS application (the
 * SANDBOX network under {@code /sandbox}), and a scanning application would serve the sandbox's
 * resources under {@code /api/v1} too, behind the API key filter.
 */
@ApplicationPath("/api/v1")
public class RestApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(
                ScopeFilter.class,
                BodyLimit.class,
                MediaTypes.class,
                ProblemMapper.class,
                JsonConfig.class,
                ChannelsResource.class,
                CallbacksResource.class,
                ApiKeysResource.class,
                ConnectionsResource.class,
                IdentitiesResource.class,
                SummaryResource.class,
                CredentialResource.class,
                FailureReportsResource.class,
                CheckNowResource.class,
                ReconnectsResource.class,
                IdentityReconnectsResource.class,
                WorkspacesResource.class,
                MembersResource.class,
                InvitationsResource.class,
                MeResource.class,
                WebhooksResource.class,
                NotificationSettingsResource.class,
                ChannelNotificationsResource.class,
                MyNotificationsResource.class,
                NotificationsResource.class);
    }

    /**
     * No generated WADL: {@code OPTIONS} answers with {@code Allow} only, and {@code
     * application.wadl} does not exist. The API is described by the OpenAPI document.
     */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
