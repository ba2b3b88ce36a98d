package io.relink.notifications.boundary;

import io.relink.channels.control.ChannelQuery;
import io.relink.notifications.control.Letters;
import io.relink.notifications.control.Postbox;
import io.relink.notifications.control.SentNotices;
import io.relink.platform.Page;
import io.relink.problems.Ids;
import io.relink.problems.ProblemException;
import io.relink.workspaces.boundary.Caller;
import io.relink.workspaces.entity.Scope;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** What was told to whom and where each notice stands, and the message as its reader sees it. */
@Path("notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Scope.CHANNELS_READ)
public class NotificationsResource {

    @Inject Caller caller;
    @Inject SentNotices notices;
    @Inject Postbox postbox;

    @GET
    public Page<NoticeView> list(
            @QueryParam("channelId") String channelId,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        Page<io.relink.notifications.entity.Notice> found =
                notices.of(
                        caller.workspaceId(),
                        channelId == null ? null : Ids.of(channelId, "channelId"),
                        ChannelQuery.whole("page", page, 1, 1, Integer.MAX_VALUE),
                        ChannelQuery.whole(
                                "size", size, ChannelQuery.DEFAULT_SIZE, 1, ChannelQuery.MAX_SIZE));
        return found.map(NoticeView::of);
    }

    /** The message a notice went (or goes) out in: subject, plain text and HTML. */
    @GET
    @Path("{id}/message")
    public Letters.Written message(@PathParam("id") String id) {
        return postbox.preview(caller.workspaceId(), Ids.of(id, "notice"))
                .orElseThrow(
                        () ->
                                ProblemException.conflict(
                                        "That notice has nothing left to tell (a digest of"
                                                + " channels that all work again)."));
    }
}
