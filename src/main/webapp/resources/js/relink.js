// The pages' own behaviour, from a file rather than inline attributes or script blocks, so that the
// content security policy can refuse every inline script PrimeFaces did not sign with its nonce.
(function () {
    // A secret shown once (an API key, a webhook's signing secret, an invitation link): focusing
    // its field selects it, ready to copy.
    document.addEventListener('focusin', function (event) {
        if (event.target.classList && event.target.classList.contains('select-on-focus')) {
            event.target.select();
        }
    });
    // The workspace switcher: choosing a workspace presses Switch (without JavaScript the person
    // presses it).
    document.addEventListener('change', function (event) {
        if (event.target.id === 'switcher:workspace') {
            var button = document.getElementById('switcher:switch');
            if (button) {
                button.click();
            }
        }
    });
})();

// A webhook's new secret appears at the top, far from the button pressed (at the bottom of a long
// page, or on a phone): bring it into view and select it. Called when the ajax request completes.
function relinkShowSecret() {
    var secret = document.getElementById('new-secret');
    if (secret) {
        secret.scrollIntoView({block: 'center'});
        secret.focus();
    }
}

// A form that appears away from the button pressed ("Ask owner" in a low row): scroll it into
// view and put the cursor in its first field.
function relinkBringIntoView(id) {
    var field = document.getElementById(id);
    if (field) {
        field.scrollIntoView({block: 'center'});
        field.focus();
    }
}

// "Ask owner" in a row of the Connection Center: the dialog, re-rendered for that channel, opens
// (PrimeFaces puts the cursor in its first field, the owner's address); closed, the focus goes
// back to the row's button, or, when a live update replaced the rows, to the table. Called when
// the button's ajax request completes, with the button's id.
var relinkAskOpener = null;
function relinkOpenAsk(openerId) {
    relinkAskOpener = openerId;
    var dialog = window.PF && PF('askDialog');
    if (dialog) {
        dialog.show();
    }
}

function relinkAskClosed() {
    var opener = relinkAskOpener && document.getElementById(relinkAskOpener);
    if (!opener) {
        opener = document.querySelector('[id$=":channels"] .ui-datatable-data');
        if (opener && !opener.hasAttribute('tabindex')) {
            opener.setAttribute('tabindex', '-1');
        }
    }
    if (opener) {
        opener.focus();
    }
}

// The dialog's answer: e-mailed, it closes (the page's messages say so); not e-mailed, it stays
// open and the link to copy takes the focus, selected; refused (a wrong address), the cursor goes
// back to the address.
function relinkAskAnswered(args) {
    if (args && args.sent) {
        PF('askDialog').hide();
    } else if (args && args.unsent) {
        var link = document.getElementById('ask-link') || document.getElementById('ask-link-0');
        if (link) {
            link.focus();
        }
    } else {
        var email = document.getElementById('ask-form:ask-email');
        if (email) {
            email.focus();
        }
    }
}

// The Connection Center's table read a page for new choices (a tile, a network, "Find a channel",
// a header, a page, "Show unlinked channels"): the address says them now (its query, written by
// center.TableChoices, e.g. "state=DISCONNECTED&sort=-state&page=2"), so that a reload or a
// bookmark shows the same. Replaced rather than pushed: Back leaves the page, as before. Called
// from the table's ajax answer (PrimeFaces signs it with the page's nonce).
function relinkTableAddress(query) {
    if (!window.history || typeof window.history.replaceState !== 'function') {
        return;
    }
    var address = window.location.pathname + (query ? '?' + query : '') + window.location.hash;
    if (address !== window.location.pathname + window.location.search + window.location.hash) {
        window.history.replaceState(window.history.state, '', address);
    }
}

// The websocket of the Connection Center or of a channel's page says a channel of this workspace
// changed: the page reads what it shows again through the remote command it defines
// (relinkLiveRefresh). Named in the page's f:websocket (onmessage); Faces calls it.
function relinkLiveMessage(message) {
    if (message === 'refresh' && typeof window.relinkLiveRefresh === 'function') {
        window.relinkLiveRefresh();
    }
}

// That websocket could not connect, lost its connection (it tries again by itself), or gave up:
// the page's poll (widgetVar livePoll) asks every 15 seconds instead, until it is reloaded. Named
// in the page's f:websocket (onerror, onclose); Faces calls it.
function relinkLiveLost() {
    var poll = window.PF && PF('livePoll');
    if (poll && !poll.isActive()) {
        poll.start();
    }
}
