package io.relink.center;

import io.relink.platform.Page;
import io.relink.problems.ProblemException;
import io.relink.webhooks.control.Deliveries;
import io.relink.webhooks.control.Subscriptions;
import io.relink.webhooks.control.WebhookSettings;
import io.relink.webhooks.entity.Delivery;
import io.relink.webhooks.entity.EventType;
import io.relink.webhooks.entity.Subscription;
import io.relink.workspaces.boundary.Caller;
import io.relink.workspaces.entity.Scope;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Backs the Webhooks page, for the workspace's owners (scope {@code admin}, as on the API): the
 * webhooks with their event types and whether they are on; adding one, whose secret is shown once;
 * changing its URL and event types; turning one off and on, rotating its secret, sending it a test
 * event, deleting it; and the deliveries of one of them, newest first, each with its tries, sent
 * again on request.
 */
@Named("webhooksPage")
@ViewScoped
public class WebhooksPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final int DELIVERIES_PER_PAGE = 10;

    /**
     * The request attribute that holds a new secret: only the answer that made or rotated it shows
     * it, and it never rests in the session with the view.
     */
    private static final String SECRET = WebhooksPage.class.getName() + ".secret";

    @Inject transient Caller caller;
    @Inject transient Subscriptions subscriptions;
    @Inject transient Deliveries deliveries;
    @Inject transient WebhookSettings settings;

    private List<WebhookRows.Hook> rows;
    private String url;
    private List<String> events = new ArrayList<>(List.of(EventType.CHANNEL_LOST.key()));
    private UUID shown;
    private UUID editing;
    private String editUrl;
    private List<String> editEvents = new ArrayList<>();
    private int page = 1;
    private Page<WebhookRows.Sent> deliveryPage;

    /** A secret just made, with its only plaintext copy; {@code previousUntil} after a rotation. */
    public record NewSecret(String url, String secret, String previousUntil) {
        @Override
        public String toString() {
            return "NewSecret[" + url + "]"; // never the secret
        }
    }

    @PostConstruct
    void load() {
        rows =
                isOwner()
                        ? subscriptions.of(caller.workspaceId()).stream()
                                .map(WebhookRows::hook)
                                .toList()
                        : List.of();
        if (shown != null && rows.stream().noneMatch(h -> h.id().equals(shown))) {
            shown = null; // deleted, here or elsewhere
        }
        if (editing != null && rows.stream().noneMatch(h -> h.id().equals(editing))) {
            editing = null; // deleted, here or elsewhere
        }
        deliveryPage = null;
        if (shown != null) {
            try {
                loadDeliveries();
            } catch (ProblemException gone) {
                shown = null; // deleted elsewhere between the two reads
            }
        }
    }

    private void loadDeliveries() {
        Page<Delivery> found =
                deliveries.of(caller.workspaceId(), shown, page, DELIVERIES_PER_PAGE);
        deliveryPage =
                WebhookRows.page(
                        found,
                        deliveries.attempts(found.items().stream().map(Delivery::id).toList()));
    }

    /** Owners manage webhooks; the page shows nothing else to others. */
    public boolean isOwner() {
        return caller.may(Scope.ADMIN);
    }

    /** Whether plain http to this machine is allowed (demo mode), to say so next to the URL. */
    public boolean isLoopbackAllowed() {
        return settings.allowLoopback();
    }

    public void create() {
        if (!ownerOrSay()) {
            return;
        }
        try {
            Subscriptions.WithSecret made =
                    subscriptions.create(caller.workspaceId(), url, chosenTypes(), caller.actor());
            show(new NewSecret(made.subscription().url(), made.secret(), null));
            url = null;
            events = new ArrayList<>(List.of(EventType.CHANNEL_LOST.key()));
        } catch (ProblemException problem) {
            Pages.error(problem.getMessage());
        }
        load();
    }

    /** Opens the form that changes a webhook's URL and event types, filled with what it has. */
    public void edit(UUID id) {
        if (!ownerOrSay()) {
            return;
        }
        try {
            Subscription hook = subscriptions.get(caller.workspaceId(), id);
            editing = id;
            editUrl = hook.url();
            editEvents = new ArrayList<>(hook.types().stream().map(EventType::key).toList());
        } catch (ProblemException problem) {
            Pages.error(problem.getMessage());
        }
        load();
    }

    /** Saves the URL and the event types together; refused (a private address, say), neither. */
    public void saveEdit() {
        if (!ownerOrSay()) {
            return;
        }
        WebhookRows.Hook hook = getEditingHook();
        if (hook == null) {
            Pages.error("That webhook is no longer there: it was deleted.");
            editing = null;
            load();
            return;
        }
        // an address left as it was is not looked up again: only the event types change
        String url = editUrl != null && editUrl.strip().equals(hook.url()) ? null : editUrl;
        try {
            Subscription changed =
                    subscriptions.change(
                            caller.workspaceId(), hook.id(), url, types(editEvents), null);
            Pages.info(
                    changed.url()
                            + " is saved: the events of the types ticked go to it from now on.");
            editing = null;
        } catch (ProblemException problem) {
            Pages.error(problem.getMessage());
        }
        load();
    }

    public void cancelEdit() {
        editing = null;
        reload();
    }

    public void enable(UUID id) {
        turn(id, true, " is on again: new events go to it, and its waiting deliveries are sent.");
    }

    public void disable(UUID id) {
        turn(
                id,
                false,
                " is off: nothing is sent to it, and events that happen until it is turned on"
                        + " again are not kept for it.");
    }

    private void turn(UUID id, boolean on, String outcome) {
        if (!ownerOrSay()) {
            return;
        }
        try {
            Subscription changed = subscriptions.change(caller.workspaceId(), id, null, null, on);
            Pages.info(changed.url() + outcome);
        } catch (ProblemException problem) {
            Pages.error(problem.getMessage());
        }
        load();
    }

    public void rotate(UUID id) {
        if (!ownerOrSay()) {
            return;
        }
        try {
            Subscriptions.WithSecret rotated = subscriptions.rotate(caller.workspaceId(), id);
            show(
                    new NewSecret(
                            rotated.subscription().url(),
                            rotated.secret(),
                            WebhookRows.minute(rotated.subscription().previousUntil())));
        } catch (ProblemException problem) {
            Pages.error(problem.getMessage());
        }
        load();
    }

    /** Sends a test event and shows this webhook's deliveries, where it turns up in seconds. */
    public void test(UUID id) {
        if (!ownerOrSay()) {
            return;
        }
        try {
            deliveries.test(caller.workspaceId(), id);
            Pages.info(
                    "A webhook.test event is on its way; press Refresh below in a few seconds to"
                            + " see how the receiver answered.");
            shown = id;
            page = 1;
        } catch (ProblemException problem) {
            Pages.error(problem.getMessage());
        }
        load();
    }

    public void delete(UUID id) {
        if (!ownerOrSay()) {
            return;
        }
        try {
            Subscription gone = subscriptions.get(caller.workspaceId(), id);
            subscriptions.delete(caller.workspaceId(), id);
            Pages.info(gone.url() + " is deleted with its deliveries: nothing more is sent to it.");
        } catch (ProblemException problem) {
            Pages.error(problem.getMessage());
        }
        load();
    }

    /** Shows a webhook's deliveries, newest first. */
    public void showDeliveries(UUID id) {
        shown = id;
        page = 1;
        reload();
    }

    public void refresh() {
        reload();
    }

    public void next() {
        if (deliveryPage != null && page < deliveryPage.totalPages()) {
            page++;
        }
        reload();
    }

    public void previous() {
        if (page > 1) {
            page--;
        }
        reload();
    }

    public void redeliver(UUID deliveryId) {
        if (!ownerOrSay()) {
            return;
        }
        try {
            deliveries.redeliver(caller.workspaceId(), shown, deliveryId);
            boolean on = shownHook().map(WebhookRows.Hook::enabled).orElse(false);
            Pages.info(
                    on
                            ? "Sent again within seconds, with the same webhook-id."
                            : "Due again, with the same webhook-id: it is sent once the webhook is"
                                    + " turned on.");
        } catch (ProblemException problem) {
            Pages.error(problem.getMessage());
        }
        load();
    }

    /** Reads everything again; a webhook deleted meanwhile simply drops out of view. */
    private void reload() {
        if (ownerOrSay()) {
            load();
        }
    }

    /** The types ticked, as the control knows them; a key the page never offered is left out. */
    private Set<EventType> chosenTypes() {
        return types(events);
    }

    private static Set<EventType> types(List<String> keys) {
        Set<EventType> types = EnumSet.noneOf(EventType.class);
        (keys == null ? List.<String>of() : keys)
                .forEach(key -> EventType.of(key).ifPresent(types::add));
        return types;
    }

    private void show(NewSecret secret) {
        FacesContext.getCurrentInstance().getExternalContext().getRequestMap().put(SECRET, secret);
    }

    /** The secret made by this request, if any. */
    public NewSecret getNewSecret() {
        return (NewSecret)
                FacesContext.getCurrentInstance().getExternalContext().getRequestMap().get(SECRET);
    }

    /** The server decides, whatever the page showed. */
    private boolean ownerOrSay() {
        if (!isOwner()) {
            Pages.error("Only owners manage webhooks.");
            return false;
        }
        return true;
    }

    /** Every type one subscribes to: {@code webhook.test} is sent on request only. */
    public List<String> getEventChoices() {
        return Arrays.stream(EventType.values())
                .filter(t -> t != EventType.WEBHOOK_TEST)
                .map(EventType::key)
                .toList();
    }

    public List<WebhookRows.Hook> getRows() {
        return rows;
    }

    /** The webhook whose deliveries are shown; null when none is. */
    public WebhookRows.Hook getShownHook() {
        return shownHook().orElse(null);
    }

    private Optional<WebhookRows.Hook> shownHook() {
        return rows.stream().filter(h -> h.id().equals(shown)).findFirst();
    }

    /** The webhook being changed; null when none is. */
    public WebhookRows.Hook getEditingHook() {
        return rows.stream().filter(h -> h.id().equals(editing)).findFirst().orElse(null);
    }

    /** The shown webhook's deliveries on the current page; null when none is shown. */
    public Page<WebhookRows.Sent> getDeliveryPage() {
        return deliveryPage;
    }

    /** How long a rotated secret keeps signing, in words for the rotation's confirmation. */
    public String getPreviousSecretLife() {
        Duration life = settings.previousSecretLife();
        return life.toMinutesPart() == 0 && life.toHours() > 0
                ? life.toHours() + (life.toHours() == 1 ? " hour" : " hours")
                : life.toMinutes() + " minutes";
    }

    /** A status as people read it, and the class that colours its badge. */
    public String statusName(Delivery.Status status) {
        return status == null ? "" : status.name().toLowerCase().replace('_', ' ');
    }

    public String statusClass(Delivery.Status status) {
        return status == null ? "" : status.name().toLowerCase().replace('_', '-');
    }

    /** Whether a webhook's row is the one whose deliveries are shown. */
    public boolean isShown(UUID id) {
        return id != null && id.equals(shown);
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getEditUrl() {
        return editUrl;
    }

    public void setEditUrl(String editUrl) {
        this.editUrl = editUrl;
    }

    public List<String> getEditEvents() {
        return editEvents;
    }

    public void setEditEvents(List<String> editEvents) {
        this.editEvents = editEvents;
    }

    public List<String> getEvents() {
        return events;
    }

    public void setEvents(List<String> events) {
        this.events = events;
    }
}
