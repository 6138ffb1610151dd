package de.cloudhub.order.ui.main;

import de.cloudhub.order.model.Me;
import de.cloudhub.order.ui.common.DialogService;
import de.cloudhub.order.ui.common.I18n;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.value.ObservableValue;

/**
 * The header's account menu: who is signed in (from {@code GET /me}) and what can be done about it, by
 * how the app is signed in: signed in through the browser (Sign out, Switch account), with a token from
 * {@code CLOUDHUB_TOKEN} or {@code --token-file} (nothing to sign out of: the token is the start's), or
 * in the demo (Leave the demo, after a question).
 */
public final class AccountMenuViewModel {
    /** How this start is signed in. */
    public enum Mode {
        /** Signed in through the browser (OAuth): Sign out and Switch account. */
        SIGNED_IN,
        /** A token given at the start: no sign-out, which could not take the token away. */
        TOKEN,
        /** The embedded demo: Leave the demo. */
        DEMO
    }

    private final ObservableValue<Me> me;
    private final Mode mode;
    private final AccountActions actions;
    private final DialogService dialogs;
    private final Supplier<I18n> i18n;

    /**
     * @param me      who is signed in ({@code CatalogSource.meProperty()}); null until known
     * @param i18n    the window's language at the moment (for the question before leaving the demo)
     */
    public AccountMenuViewModel(ObservableValue<Me> me, Mode mode, AccountActions actions, DialogService dialogs,
                                Supplier<I18n> i18n) {
        this.me = Objects.requireNonNull(me);
        this.mode = Objects.requireNonNull(mode);
        this.actions = Objects.requireNonNull(actions);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.i18n = Objects.requireNonNull(i18n);
    }

    public ObservableValue<Me> meProperty() {
        return me;
    }

    public Mode mode() {
        return mode;
    }

    public boolean offersSignOut() {
        return mode == Mode.SIGNED_IN;
    }

    public boolean offersSwitchAccount() {
        return mode == Mode.SIGNED_IN;
    }

    public boolean offersLeaveDemo() {
        return mode == Mode.DEMO;
    }

    public void signOut() {
        if (offersSignOut()) {
            actions.signOut();
        }
    }

    public void switchAccount() {
        if (offersSwitchAccount()) {
            actions.switchAccount();
        }
    }

    /** Asks first: leaving the demo opens the choice of endpoint; the demo's drafts stay for a later visit. */
    public void leaveDemo() {
        if (!offersLeaveDemo()) {
            return;
        }
        I18n t = i18n.get();
        if (dialogs.confirm(t.t("account.leave-demo.title"), t.t("account.leave-demo.message"),
                t.t("account.leave-demo.confirm"), t.t("account.leave-demo.cancel"))) {
            actions.leaveDemo();
        }
    }

    /** The role in words: customer or sales, else as the server names it. */
    public static String roleKey(Me me) {
        if (me == null || me.role() == null) {
            return null;
        }
        return switch (me.role()) {
            case Me.ROLE_SALES -> "account.role.sales";
            case Me.ROLE_CUSTOMER -> "account.role.customer";
            default -> null;
        };
    }
}
