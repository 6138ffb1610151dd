package de.cloudhub.order.ui.main;

/** What the account menu's items do; the app implements them (it knows the session and the settings). */
public interface AccountActions {
    /** Sign out: the session ends (its refresh token revoked and forgotten), the sign-in window shows. */
    void signOut();

    /** Switch account: like signing out, then signing in as someone else; the drafts stay with each account. */
    void switchAccount();

    /** Leave the demo (asked before): the demo choice is forgotten and the app asks which endpoint to use. */
    void leaveDemo();
}
